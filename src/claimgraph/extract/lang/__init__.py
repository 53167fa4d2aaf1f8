"""Per-language data for the extractor (one module per language, as in spaCy).

Each module exposes the same names; :func:`get` returns the module for a
language code and falls back to English.
"""
from __future__ import annotations

from importlib import import_module

__all__ = ["LANGUAGES", "get"]

LANGUAGES = ("fr", "en")


def get(lang: str | None):
    """The data module of a language ("fr", "en"); unknown codes read as English."""
    code = (lang or "en")[:2].lower()
    return import_module(f"{__name__}.{code if code in LANGUAGES else 'en'}")
