"""Corpus to statements: the one generator behind every writer.

Statements are built straight from the records as N-Triples terms (text),
with no rdflib graph and no Python term objects in between: N-Triples is
written as is, Turtle and TriG go through pyoxigraph's parser and
serialisers, and :func:`~claimgraph.rdf.to_rdf` converts the same statements
into rdflib terms.
"""
from __future__ import annotations

import hashlib
from typing import Iterable, Iterator

import pyoxigraph as ox

from ..model import Corpus
from ._nt import (_INTEGER, _RELATION, COMPARISONS_GRAPH, FIRST, GENID, NIL, TYPE, C, S,  # noqa: F401 (FIRST, NIL: doctests)
                  iri, lit, nquads, number)
from ._records import Written, actor, claim, document, unique
from ._terms import BASE

__all__ = ["quads", "skolemize", "statements"]


def statements(corpus: Corpus, comparisons=None, *, named: bool = False, skolem: bool = False,
               actors: dict | None = None, labels: dict | None = None) -> Iterator[tuple]:
    """Every statement of the export as ``(s, p, o, g)`` N-Triples terms
    (text), ``g`` None for the default graph.

    Parameters
    ----------
    corpus : Corpus
    comparisons : iterable of Comparison, optional
        Each relation becomes a resource and a direct claim-to-claim link.
    named : bool
        Put each claim's assertion, provenance and nanopublication head and
        publication info in named graphs (TriG, stores); otherwise every
        statement is in the default graph.
    skolem : bool
        Blank nodes as stable IRIs under ``/.well-known/genid/`` (what a store
        or a SPARQL server needs to keep lists whole across writes).
    actors, labels : dict, optional
        What the target already holds: actor descriptions by id (not written
        again; a claimant described otherwise becomes a variant) and quantity
        labels by quantity id.

    Raises
    ------
    ModelError
        Two different claims (or documents) share an id.

    Examples
    --------
    >>> from claimgraph import Actor, Claim, Corpus, Figure
    >>> c = Claim(Actor("NATO", "organisation"), Figure(3000), "soldiers", id="c1")
    >>> found = list(statements(Corpus(claims=(c,))))
    >>> [o for s, p, o, g in found if p == TYPE]  # doctest: +NORMALIZE_WHITESPACE
    ['<https://schema.org/Organization>', '<https://w3id.org/claimgraph/ns#Quantity>',
     '<https://schema.org/Claim>', '<https://schema.org/QuantitativeValue>']
    """
    state = Written(corpus, actors, labels, skolem)
    for a in corpus.actors:
        if a.id not in state.known:
            yield from actor(a, iri("actor", a.id), state)
    for d in unique(corpus.documents, "document"):
        yield from document(d, state.publishers)
    for c in unique(corpus.claims, "claim"):
        yield from claim(c, state, named)
    seen: set = set()
    for comparison in comparisons or ():
        for r in comparison.relations:
            if (r.kind, r.a, r.b) not in seen:
                seen.add((r.kind, r.a, r.b))
                yield from _relation(r, comparison.quantity_id, COMPARISONS_GRAPH if named else None)


def relation_key(r) -> str:
    """The key of a relation's IRI (``…/id/relation/<key>``): a hash of its
    kind and claims, flat like every other key so that each kind of resource
    is one namespace (an IRI per claim under ``…/relation/<a>/`` or
    ``…/evidence/<a>#`` made rdflib's Turtle writer quadratic, RDFLib issue
    1752).

    Examples
    --------
    >>> from claimgraph.compare import Relation
    >>> relation_key(Relation("conflict", "c1", "c2", 2.0))
    'r283e70d7d0409c65'
    """
    return "r" + hashlib.sha1(f"{r.kind}\x1f{r.a}\x1f{r.b}".encode("utf-8")).hexdigest()[:16]


def _relation(r, quantity_id: str, g) -> Iterator[tuple]:
    cls, link = _RELATION[r.kind]
    here = f"<{BASE}relation/{relation_key(r)}>"
    a, b = iri("claim", r.a), iri("claim", r.b)
    yield here, TYPE, cls, g
    yield here, C["claimA"], a, g
    yield here, C["claimB"], b, g
    yield here, S["about"], iri("quantity", quantity_id), g
    if r.ratio is not None:
        yield here, C["ratio"], number(r.ratio), g
    if r.days_apart is not None:
        yield here, C["daysApart"], f'"{int(r.days_apart)}{_INTEGER}', g
    if r.direction:
        yield here, C["direction"], lit(r.direction), g
    if r.a_statement:
        yield here, C["statementA"], iri("statement", r.a_statement), g
    if r.b_statement:
        yield here, C["statementB"], iri("statement", r.b_statement), g
    yield a, link, b, g  # for a revision, a is the later claim


def quads(corpus: Corpus, comparisons=None, **options) -> Iterator[ox.Quad]:
    """:func:`statements` as pyoxigraph quads (parsed by pyoxigraph from the
    N-Quads text: faster than building terms in Python).

    Examples
    --------
    >>> from claimgraph import Actor, Claim, Corpus, Figure
    >>> qs = list(quads(Corpus(claims=(Claim(Actor("NATO"), Figure(3000)),)), named=True))
    >>> len({q.graph_name for q in qs}) > 2
    True
    """
    text = nquads(statements(corpus, comparisons, **options))
    return ox.parse(text.encode("utf-8"), ox.RdfFormat.N_QUADS)


def skolemize(found: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    """pyoxigraph quads with each blank node replaced by a stable IRI under
    ``/.well-known/genid/`` (RDF 1.1 skolem IRIs).

    Examples
    --------
    >>> q = ox.Quad(ox.BlankNode("b1"), ox.NamedNode(FIRST[1:-1]), ox.NamedNode(NIL[1:-1]))
    >>> next(skolemize([q])).subject.value
    'https://w3id.org/claimgraph/.well-known/genid/b1'
    """
    for q in found:
        s, o = q.subject, q.object
        if isinstance(s, ox.BlankNode) or isinstance(o, ox.BlankNode):
            if isinstance(s, ox.BlankNode):
                s = ox.NamedNode(GENID + s.value)
            if isinstance(o, ox.BlankNode):
                o = ox.NamedNode(GENID + o.value)
            q = ox.Quad(s, q.predicate, o, q.graph_name)
        yield q
