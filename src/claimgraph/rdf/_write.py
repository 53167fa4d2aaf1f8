"""Corpus to rdflib graphs, from the same quads the fast writers use."""
from __future__ import annotations

from pyoxigraph import DefaultGraph
from rdflib import Dataset, Graph

from ..model import Corpus
from ._convert import to_rdflib
from ._quads import quads
from ._terms import _PREFIXES

__all__ = ["to_dataset", "to_rdf"]

_DEFAULT = DefaultGraph()


def _bind(graph):
    for prefix, ns in _PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def to_rdf(corpus: Corpus, comparisons=None) -> Graph:
    """The corpus as one rdflib graph.

    Parameters
    ----------
    corpus : Corpus
        Claims, their documents and actors.
    comparisons : iterable of Comparison, optional
        As returned by :func:`claimgraph.compare.compare`: each relation
        becomes a ``cg:Conflict``/``cg:Agreement``/``cg:Revision`` resource
        and a direct ``cg:conflictsWith``/``cg:agreesWith``/``cg:revises``
        link between the claims. :func:`from_rdf` ignores them (they are
        derived).

    Returns
    -------
    rdflib.Graph

    Raises
    ------
    ModelError
        Two different claims (or documents) share an id.

    Examples
    --------
    >>> from claimgraph import Actor, Claim, Corpus, Figure
    >>> from claimgraph.rdf import SDO, resource
    >>> c = Claim(Actor("Pentagon", "organisation"), Figure(None, 10000, 12000, "range"), "troops")
    >>> g = to_rdf(Corpus(claims=(c,)))
    >>> sorted(float(x) for x in g.objects(resource("figure", c.id), SDO.maxValue))
    [12000.0]
    """
    graph = _bind(Graph())
    add = graph.add
    for q in quads(corpus, comparisons):
        add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return graph


def to_dataset(corpus: Corpus, comparisons=None) -> Dataset:
    """The corpus as an rdflib dataset, nanopublication style: each claim's
    assertion, provenance, head and publication info in named graphs
    ``<claim>/assertion``, ``/provenance``, ``/head``, ``/pubinfo``; actors,
    documents and quantities in the default graph; relations in
    ``.../id/graph/comparisons``.

    Examples
    --------
    >>> from claimgraph import Actor, Claim, Corpus, Figure
    >>> ds = to_dataset(Corpus(claims=(Claim(Actor("NATO"), Figure(1), id="c1"),)))
    >>> sorted(str(g.identifier).rsplit("/", 1)[-1] for g in ds.graphs() if "/claim/" in g.identifier)
    ['assertion', 'head', 'pubinfo']
    """
    ds = _bind(Dataset())
    default = ds.default_graph.identifier
    for q in quads(corpus, comparisons, named=True):
        g = q.graph_name
        ds.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object),
                default if g == _DEFAULT else to_rdflib(g)))
    return ds
