"""Claim extraction: attributed figures in French and English news.

``extract(document)`` returns the claims of one article; the language data
lives in ``claimgraph.extract.lang`` (one module per language).
"""
from .extractor import extract, sentences

__all__ = ["extract", "sentences"]
