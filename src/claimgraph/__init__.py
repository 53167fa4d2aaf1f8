"""claimgraph: who claims what figure, when, and how the figures disagree.

The public surface, in the order data flows: read articles and claims
(:func:`load`, :func:`read_article`), extract claims (:func:`extract`),
compare them (:func:`compare`), build the graph (:class:`ClaimGraph`,
:func:`build_graph`) and write views (:func:`build`, ``claimgraph.viz``,
``claimgraph.rdf``).

Examples
--------
>>> import claimgraph as cg
>>> doc = cg.Document("d1", "Kyiv said some 10,000 soldiers were deployed.", language="en")
>>> [(c.claimants[0].name, c.figure.value, c.figure.qualifier) for c in cg.extract(doc)]
[('Ukraine', 10000.0, 'about')]
"""
from .errors import ClaimgraphError, InputError, ModelError
from .model import Actor, Claim, Corpus, Document, Figure
from .ingest import read_article
from .extract import extract
from .inputs import load
from .compare import Comparison, Relation, compare
from .explore import ClaimGraph
from .graph import build_graph
from .report import build

__version__ = "0.1.0"

__all__ = [
    "Actor", "Claim", "ClaimGraph", "ClaimgraphError", "Comparison", "Corpus", "Document", "Figure",
    "InputError", "ModelError", "Relation", "build", "build_graph", "compare", "extract", "load",
    "read_article",
]
