"""Corpus to RDF statements: the one generator every writer uses."""
from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from typing import Iterator
from urllib.parse import quote

from rdflib import BNode, Dataset, Graph, Literal, URIRef

from ..errors import ModelError
from ..model import Actor, Claim, Corpus, Document
from ._terms import (_COMPARISONS_GRAPH, _KIND_CLASS, _PREFIXES, _RELATION, BASE, CG, OA, OWL, PROV, RDF, RDFS,
                     SDO, WD, XSD, resource)

__all__ = ["to_rdf"]


def _number(x: float) -> Literal:
    # xsd:decimal in positional notation from the shortest repr: float(lexical)
    # gives back the same float, and rdflib's Turtle writer keeps decimals as
    # written (it rounds xsd:double to 7 digits).
    return Literal(format(Decimal(repr(x)), "f"), datatype=XSD.decimal)


def _bnode(*parts) -> BNode:
    # Deterministic labels: the same corpus always gives the same file.
    return BNode("b" + hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:20])


def _list(items, head: BNode, graph) -> Iterator[tuple]:
    items = list(items)
    for i, item in enumerate(items):
        node = head if i == 0 else _bnode(head, i)
        yield node, RDF.first, item, graph
        yield node, RDF.rest, (_bnode(head, i + 1) if i + 1 < len(items) else RDF.nil), graph


def _unique(records, what: str) -> list:
    # Same id, same record: written once. Same id, different record: one
    # resource could not hold both, so say so instead of merging them.
    seen: dict = {}
    for r in records:
        if seen.setdefault(r.id, r) != r:
            raise ModelError(f"two different {what}s share the id {r.id!r}")
    return list(seen.values())


def _actor_triples(a: Actor, node: URIRef) -> Iterator[tuple]:
    yield node, RDF.type, _KIND_CLASS[a.kind], None
    yield node, CG.actorKind, Literal(a.kind), None
    yield node, SDO.identifier, Literal(a.id), None
    yield node, SDO.name, Literal(a.name), None
    for alias in a.aliases:
        yield node, SDO.alternateName, Literal(alias), None
    if len(a.aliases) > 1:  # alternateName is a set; the list keeps the order
        head = _bnode("aliases", node)
        yield node, CG.aliases, head, None
        yield from _list(map(Literal, a.aliases), head, None)
    if a.affiliation is not None:
        yield node, SDO.memberOf, resource("actor", a.affiliation), None
    if a.wikidata is not None:
        if re.fullmatch(r"Q[1-9][0-9]*", a.wikidata):
            yield node, OWL.sameAs, URIRef(WD + a.wikidata), None
        else:  # not a Q-id: kept as written rather than made into a broken IRI
            yield node, CG.wikidata, Literal(a.wikidata), None


def _document_triples(d: Document) -> Iterator[tuple]:
    node = resource("document", d.id)
    yield node, RDF.type, SDO.NewsArticle, None
    yield node, SDO.identifier, Literal(d.id), None
    if d.title is not None:
        yield node, SDO.headline, Literal(d.title), None
    if d.publisher is not None:
        pub = resource("publisher", d.publisher)
        yield node, SDO.publisher, pub, None
        yield pub, RDF.type, SDO.Organization, None
        yield pub, SDO.name, Literal(d.publisher), None
    if d.published is not None:
        yield node, SDO.datePublished, Literal(d.published.isoformat(), datatype=XSD.date), None
    if d.url is not None:  # a literal: article URLs are not always valid IRIs
        yield node, SDO.url, Literal(d.url), None
    if d.language is not None:
        yield node, SDO.inLanguage, Literal(d.language), None
    if d.text:
        yield node, SDO.text, Literal(d.text), None
    if d.path is not None:
        yield node, CG.path, Literal(d.path), None


def _triples(corpus: Corpus, comparisons=None) -> Iterator[tuple]:
    """Every statement of the export as ``(s, p, o, g)`` rdflib terms, ``g``
    the named graph or None for the default graph.

    The one generator behind every writer (a faster store can reuse it):
    actors, documents and quantities go to the default graph; each claim's
    assertion to ``<claim>/assertion`` and its provenance (article link,
    evidence) to ``<claim>/provenance``; relations to ``graph/comparisons``.
    """
    canonical = {a.id: a for a in corpus.actors}
    for a in canonical.values():
        yield from _actor_triples(a, resource("actor", a.id))
    for d in _unique(corpus.documents, "document"):
        yield from _document_triples(d)
    seen: set = set()  # actor variants and quantities already described
    labels: dict[str, str] = {}  # quantity id -> the label its resource holds
    for c in _unique(corpus.claims, "claim"):
        yield from _claim_triples(c, canonical, seen, labels)
    for comparison in comparisons or ():
        for r in comparison.relations:
            yield from _relation_triples(r, comparison.quantity_id)


def _claimant(a: Actor, canonical: dict, seen: set) -> Iterator[tuple]:
    # Yields the description of a variant the first time; returns the node.
    if canonical.get(a.id) == a:
        return resource("actor", a.id)
    # The same id described differently (another extractor's kind, another
    # spelling): its own resource, linked to the canonical one.
    digest = hashlib.sha1(repr((a.name, a.kind, a.aliases, a.affiliation, a.wikidata)).encode("utf-8"))
    node = URIRef(f"{resource('actor', a.id)}~{digest.hexdigest()[:12]}")  # "~" is never in a slug
    if node not in seen:
        seen.add(node)
        yield from _actor_triples(a, node)
        yield node, CG.variantOf, resource("actor", a.id), None
    return node


def _claim_triples(c: Claim, canonical: dict, seen: set, labels: dict) -> Iterator[tuple]:
    node = resource("claim", c.id)
    g = URIRef(f"{node}/assertion")
    yield node, RDF.type, SDO.Claim, g
    yield node, SDO.identifier, Literal(c.id), g
    members = []
    for a in c.claimants:
        member = yield from _claimant(a, canonical, seen)
        members.append(member)
        yield node, PROV.wasAttributedTo, member, g
    head = _bnode("claimants", c.id)
    yield node, CG.claimants, head, g  # wasAttributedTo is a set; the list keeps the order
    yield from _list(members, head, g)

    f, fig = c.figure, resource("figure", c.id)
    yield node, CG.figure, fig, g
    yield fig, RDF.type, SDO.QuantitativeValue, g
    for prop, x in ((SDO.value, f.value), (SDO.minValue, f.lower), (SDO.maxValue, f.upper)):
        if x is not None:
            yield fig, prop, _number(x), g
    yield fig, CG.qualifier, Literal(f.qualifier), g
    if f.unit is not None:
        yield fig, SDO.unitText, Literal(f.unit), g

    quantity = resource("quantity", c.quantity_id)
    yield node, SDO.about, quantity, g
    if c.quantity_id not in labels:
        labels[c.quantity_id] = c.quantity_label
        yield quantity, RDF.type, CG.Quantity, None
        yield quantity, SDO.identifier, Literal(c.quantity_id), None
        yield quantity, RDFS.label, Literal(c.quantity_label), None
    elif labels[c.quantity_id] != c.quantity_label:  # the quantity keeps its first label
        yield node, CG.quantityLabel, Literal(c.quantity_label), g
    if c.subject:
        yield node, CG.subject, Literal(c.subject), g
    if c.stated_on is not None:
        yield node, SDO.dateCreated, Literal(c.stated_on.isoformat(), datatype=XSD.date), g
    if c.scope is not None:  # "" and None differ in the model, so here too
        yield node, CG.scope, Literal(c.scope), g
    yield node, CG.hedged, Literal(bool(c.hedged)), g
    yield node, CG.origin, Literal(c.origin), g
    yield from _provenance_triples(c, node, URIRef(f"{node}/provenance"))


def _provenance_triples(c: Claim, node: URIRef, g: URIRef) -> Iterator[tuple]:
    doc = resource("document", c.document) if c.document is not None else None
    if doc is not None:
        yield node, SDO.appearance, doc, g
        yield node, PROV.wasDerivedFrom, doc, g
    if not c.evidence and c.start is None:
        return
    # A Web Annotation whose body is the claim and whose target is the
    # evidence sentence, selected both by quote and by position.
    ann = resource("evidence", c.id)
    target = URIRef(f"{ann}#target")
    yield node, CG.evidence, ann, g
    yield ann, RDF.type, OA.Annotation, g
    yield ann, OA.hasBody, node, g
    yield ann, OA.hasTarget, target, g
    yield target, RDF.type, OA.SpecificResource, g
    if doc is not None:
        yield target, OA.hasSource, doc, g
    if c.evidence:
        sel = URIRef(f"{ann}#quote")
        yield target, OA.hasSelector, sel, g
        yield sel, RDF.type, OA.TextQuoteSelector, g
        yield sel, OA.exact, Literal(c.evidence), g
    if c.start is not None:
        sel = URIRef(f"{ann}#position")
        yield target, OA.hasSelector, sel, g
        yield sel, RDF.type, OA.TextPositionSelector, g
        yield sel, OA.start, Literal(c.start, datatype=XSD.nonNegativeInteger), g
        yield sel, OA.end, Literal(c.end, datatype=XSD.nonNegativeInteger), g


def _relation_triples(r, quantity_id: str) -> Iterator[tuple]:
    g = _COMPARISONS_GRAPH
    cls, link = _RELATION[r.kind]
    node = URIRef(f"{BASE}relation/{r.kind}/{quote(r.a, safe='')}/{quote(r.b, safe='')}")
    a, b = resource("claim", r.a), resource("claim", r.b)
    yield node, RDF.type, cls, g
    yield node, CG.claimA, a, g
    yield node, CG.claimB, b, g
    yield node, SDO.about, resource("quantity", quantity_id), g
    if r.ratio is not None:
        yield node, CG.ratio, _number(float(r.ratio)), g
    yield a, link, b, g  # for a revision, a is the later claim


def _bind(graph):
    for prefix, ns in _PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def _dataset(corpus: Corpus, comparisons=None) -> Dataset:
    ds = _bind(Dataset())
    for s, p, o, g in _triples(corpus, comparisons):
        ds.add((s, p, o, ds.default_graph.identifier if g is None else g))
    return ds


def to_rdf(corpus: Corpus, comparisons=None) -> Graph:
    """The corpus as one RDF graph.

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
    >>> c = Claim(Actor("Pentagon", "organisation"), Figure(None, 10000, 12000, "range"), "troops")
    >>> g = to_rdf(Corpus(claims=(c,)))
    >>> sorted(float(x) for x in g.objects(resource("figure", c.id), SDO.maxValue))
    [12000.0]
    """
    graph = _bind(Graph())
    for s, p, o, _ in _triples(corpus, comparisons):
        graph.add((s, p, o))
    return graph
