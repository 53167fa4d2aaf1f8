"""One record to statements: an actor, a document, a claim with its
quantity, frame, statement, evidence and nanopublication parts.
:func:`._quads.statements` walks a corpus and calls these.

Resources that several claims share (quantities, places, statements,
reports) are described the first time a claim names them, in the default
graph; :class:`Written` remembers which.
"""
from __future__ import annotations

import hashlib
import re
from typing import Iterator

from ..errors import ModelError
from ..model import Actor, Claim, Corpus, Document, Report
from ._nt import (_DATE, _KIND_CLASS, _NON_NEG, ATTRIBUTED, DERIVED, FIRST, GENID, HAS_ASSERTION, HAS_PROVENANCE,
                  HAS_PUBINFO, LABEL, NANOPUB, NIL, REST, SAME_AS, TRUE, TYPE, C, O, S, iri, lit, number, safe_key)
from ._terms import BASE, WD

__all__ = ["Written", "actor", "claim", "document", "report_key", "unique"]


def _label(*parts) -> str:
    # Deterministic blank node labels: the same corpus always gives the same file.
    return "b" + hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:20]


def _list(items: list, key: str, g, bnode) -> Iterator[tuple]:
    # An rdf:List; returns its head.
    nodes = [bnode(_label(key, i)) for i in range(len(items))] + [NIL]
    for i, item in enumerate(items):
        yield nodes[i], FIRST, item, g
        yield nodes[i], REST, nodes[i + 1], g
    return nodes[0]


def unique(records, what: str) -> list:
    # Same id, same record: written once. Same id, different record: one
    # resource could not hold both, so say so instead of merging them.
    seen: dict = {}
    for r in records:
        if seen.setdefault(r.id, r) != r:
            raise ModelError(f"two different {what}s share the id {r.id!r}")
    return list(seen.values())


class Written:
    """What has been written so far (or what the target already holds)."""

    def __init__(self, corpus: Corpus, actors: dict | None, labels: dict | None, skolem: bool):
        self.known = dict(actors or {})
        self.canonical = {**{a.id: a for a in corpus.actors}, **self.known}
        self.variants: set[str] = set()
        self.labels = dict(labels or {})
        self.publishers: set[str] = set()
        self.places: set[str] = set()
        self.parts: set[tuple[str, str]] = set()  # (quantity, total) links written
        self.stated: dict[str, tuple] = {}  # statement id -> the reports its description lists
        self.reported: set[str] = set()  # report keys described
        self.appearances: set[tuple[str, str]] = set()  # (statement, document) written
        self.bnode = (lambda label: f"<{GENID}{label}>") if skolem else (lambda label: "_:" + label)


def actor(a: Actor, here: str, state: Written) -> Iterator[tuple]:
    yield here, TYPE, _KIND_CLASS[a.kind], None
    yield here, C["actorKind"], lit(a.kind), None
    yield here, S["identifier"], lit(a.id), None
    yield here, S["name"], lit(a.name), None
    aliases = [lit(x) for x in a.aliases]
    for alias in aliases:
        yield here, S["alternateName"], alias, None
    if len(aliases) > 1:  # alternateName is a set; the list keeps the order
        head = yield from _list(aliases, "aliases\x1f" + here[1:-1], None, state.bnode)
        yield here, C["aliases"], head, None
    if a.affiliation is not None:
        yield here, S["memberOf"], iri("actor", a.affiliation), None
    if a.wikidata is not None:
        if re.fullmatch(r"Q[1-9][0-9]*", a.wikidata):
            yield here, SAME_AS, f"<{WD}{a.wikidata}>", None
        else:  # not a Q-id: kept as written rather than made into a broken IRI
            yield here, C["wikidata"], lit(a.wikidata), None


def document(d: Document, publishers: set) -> Iterator[tuple]:
    here = iri("document", d.id)
    yield here, TYPE, S["NewsArticle"], None
    yield here, S["identifier"], lit(d.id), None
    if d.title is not None:
        yield here, S["headline"], lit(d.title), None
    if d.publisher is not None:
        pub = iri("publisher", d.publisher)
        yield here, S["publisher"], pub, None
        if d.publisher not in publishers:
            publishers.add(d.publisher)
            yield pub, TYPE, S["Organization"], None
            yield pub, S["name"], lit(d.publisher), None
    if d.published is not None:
        yield here, S["datePublished"], '"' + d.published.isoformat() + _DATE, None
    if d.url is not None:  # a literal: article URLs are not always valid IRIs
        yield here, S["url"], lit(d.url), None
    if d.language is not None:
        yield here, S["inLanguage"], lit(d.language), None
    if d.text:
        yield here, S["text"], lit(d.text), None
    if d.path is not None:
        yield here, C["path"], lit(d.path), None


def _claimant(a: Actor, state: Written) -> Iterator[tuple]:
    # Yields the description of a variant the first time; returns the node.
    if state.canonical.get(a.id) == a:
        return iri("actor", a.id)
    # The same id described differently (another extractor's kind, another
    # spelling): its own resource, linked to the canonical one.
    digest = hashlib.sha1(repr((a.name, a.kind, a.aliases, a.affiliation, a.wikidata)).encode("utf-8"))
    here = f"{iri('actor', a.id)[:-1]}~{digest.hexdigest()[:12]}>"  # "~" is never in a slug
    if here not in state.variants:
        state.variants.add(here)
        yield from actor(a, here, state)
        yield here, C["variantOf"], iri("actor", a.id), None
    return here


def claim(c: Claim, state: Written, named: bool) -> Iterator[tuple]:
    key = safe_key(c.id)
    here = f"<{BASE}claim/{key}>"
    base = here[:-1]
    members = []
    for a in c.claimants:
        member = yield from _claimant(a, state)
        members.append(member)
    quantity = iri("quantity", c.quantity_id)
    if c.quantity_id not in state.labels:  # first seen here: describe it
        state.labels[c.quantity_id] = c.quantity_label
        yield quantity, TYPE, C["Quantity"], None
        yield quantity, S["identifier"], lit(c.quantity_id), None
        yield quantity, LABEL, lit(c.quantity_label), None
    yield from _shared(c, quantity, state)
    label = state.labels[c.quantity_id]
    g = base + "/assertion>" if named else None
    prov = base + "/provenance>" if named else None
    own = None
    if (c.statement and c.reports != state.stated[c.statement]) or (not c.statement and c.reports):
        # reports of its own (its statement's description lists others): in order, rdf:nil for none
        own, docs = yield from _reports(c.reports, "claim-reports\x1f" + c.id, c.statement, prov, state)
        for doc in docs:  # the statement appears where these reports are too
            yield iri("statement", c.statement), S["appearance"], doc, None
    yield here, TYPE, S["Claim"], g
    yield here, S["identifier"], lit(c.id), g
    for member in dict.fromkeys(members):
        yield here, ATTRIBUTED, member, g
    if len(members) > 1:  # wasAttributedTo is a set; the list keeps the order
        head = yield from _list(members, "claimants\x1f" + c.id, g, state.bnode)
        yield here, C["claimants"], head, g
    f, fig = c.figure, f"<{BASE}figure/{key}>"
    yield here, C["figure"], fig, g
    yield fig, TYPE, S["QuantitativeValue"], g
    if f.value is not None:
        yield fig, S["value"], number(f.value), g
    if f.lower is not None:
        yield fig, S["minValue"], number(f.lower), g
    if f.upper is not None:
        yield fig, S["maxValue"], number(f.upper), g
    yield fig, C["qualifier"], lit(f.qualifier), g
    if f.unit is not None:
        yield fig, S["unitText"], lit(f.unit), g
    yield here, S["about"], quantity, g
    if label != c.quantity_label:  # the quantity keeps its first label
        yield here, C["quantityLabel"], lit(c.quantity_label), g
    if c.subject:
        yield here, C["subject"], lit(c.subject), g
    if c.stated_on is not None:
        yield here, S["dateCreated"], '"' + c.stated_on.isoformat() + _DATE, g
    if c.scope is not None:  # "" and None differ in the model, so here too
        yield here, C["scope"], lit(c.scope), g
    if c.hedged:
        yield here, C["hedged"], TRUE, g
    if c.origin != "extracted":
        yield here, C["origin"], lit(c.origin), g
    yield from _frame(c, here, g)
    if c.statement:
        yield here, C["statement"], iri("statement", c.statement), g
    if own is not None:
        yield here, C["reports"], own, prov
    if c.confidence is not None:  # how sure the extraction is: provenance, not part of the assertion
        yield here, C["confidence"], number(c.confidence), prov
    yield from _provenance(c, here, key, prov)
    if named:
        yield from _head(base)


def _frame(c: Claim, here: str, g) -> Iterator[tuple]:
    # What the figure counts, where and when, on the claim itself: the model
    # keeps the frame per claim (a quantity id may also be given as is).
    if c.as_of is not None:
        yield here, S["temporalCoverage"], '"' + c.as_of.isoformat() + _DATE, g
    if c.population:
        yield here, C["population"], lit(c.population), g
    if c.measure:
        yield here, C["measure"], lit(c.measure), g
    if c.place:
        yield here, S["spatialCoverage"], iri("place", c.place), g
    if c.place_level:
        yield here, C["placeLevel"], lit(c.place_level), g
    if c.period:
        yield here, C["period"], lit(c.period), g
    if c.part_of:
        yield here, C["partOf"], iri("quantity", c.part_of), g


def _shared(c: Claim, quantity: str, state: Written) -> Iterator[tuple]:
    # Places, subset links between quantities and statements, described once
    # per export in the default graph.
    if c.place and c.place not in state.places:
        state.places.add(c.place)
        place = iri("place", c.place)
        yield place, TYPE, S["Place"], None
        yield place, S["identifier"], lit(c.place), None
    if c.part_of and (c.quantity_id, c.part_of) not in state.parts:
        state.parts.add((c.quantity_id, c.part_of))
        yield quantity, C["partOf"], iri("quantity", c.part_of), None
    if c.statement and c.statement not in state.stated:
        state.stated[c.statement] = c.reports
        here = iri("statement", c.statement)
        head, docs = yield from _reports(c.reports, "reports\x1f" + c.statement, c.statement, None, state)
        yield here, TYPE, C["Statement"], None
        yield here, S["identifier"], lit(c.statement), None
        for doc in docs:
            yield here, S["appearance"], doc, None
        if c.reports:
            yield here, C["reports"], head, None


def report_key(r: Report) -> str:
    """The key of a report's IRI (``…/id/report/<key>``): a hash of what it
    holds, so that equal reports are one resource.

    Examples
    --------
    >>> report_key(Report("c1", "article-1", "2024-10-20"))
    'ra819676beeed769c'
    """
    day = r.stated_on.isoformat() if r.stated_on is not None else None
    return "r" + hashlib.sha1(repr((r.claim, r.document, day)).encode("utf-8")).hexdigest()[:16]


def _reports(reports: tuple, owner: str, statement: str, g, state: Written) -> Iterator[tuple]:
    # Each report described once (default graph) and an rdf:List of the
    # reports in order in graph g. Returns the list's head (rdf:nil when
    # empty) and the documents the statement has not yet been said to appear
    # in. The list's blank node labels hash its items too: two lists of one
    # owner never share a cell, even skolemized in one store.
    keys = [report_key(r) for r in reports]
    nodes, docs = [], []
    for r, k in zip(reports, keys):
        here = iri("report", k)
        nodes.append(here)
        if k not in state.reported:
            state.reported.add(k)
            yield here, TYPE, C["Report"], None
            yield here, C["claim"], iri("claim", r.claim), None
            if r.document is not None:
                yield here, S["appearance"], iri("document", r.document), None
            if r.stated_on is not None:
                yield here, S["dateCreated"], '"' + r.stated_on.isoformat() + _DATE, None
        if statement and r.document is not None and (statement, r.document) not in state.appearances:
            state.appearances.add((statement, r.document))
            docs.append(iri("document", r.document))
    digest = hashlib.sha1("\x1f".join(keys).encode("utf-8")).hexdigest()
    head = yield from _list(nodes, f"{owner}\x1f{digest}", g, state.bnode)
    return head, docs


def _provenance(c: Claim, here: str, key: str, g) -> Iterator[tuple]:
    doc = iri("document", c.document) if c.document is not None else None
    if doc is not None:
        yield here, S["appearance"], doc, g
        yield here, DERIVED, doc, g
        if g is not None:  # nanopublication: the provenance is about the assertion graph
            yield here[:-1] + "/assertion>", DERIVED, doc, g
    if not c.evidence and c.start is None:
        return
    # A Web Annotation whose body is the claim and whose target is the
    # evidence sentence, selected both by quote and by position.
    ann, target = f"<{BASE}evidence/{key}>", f"<{BASE}evidence-target/{key}>"
    yield here, C["evidence"], ann, g
    yield ann, TYPE, O["Annotation"], g
    yield ann, O["hasBody"], here, g
    yield ann, O["hasTarget"], target, g
    yield target, TYPE, O["SpecificResource"], g
    if doc is not None:
        yield target, O["hasSource"], doc, g
    if c.evidence:
        sel = f"<{BASE}quote-selector/{key}>"
        yield target, O["hasSelector"], sel, g
        yield sel, TYPE, O["TextQuoteSelector"], g
        yield sel, O["exact"], lit(c.evidence), g
    if c.start is not None:
        sel = f"<{BASE}position-selector/{key}>"
        yield target, O["hasSelector"], sel, g
        yield sel, TYPE, O["TextPositionSelector"], g
        yield sel, O["start"], f'"{c.start}{_NON_NEG}', g
        yield sel, O["end"], f'"{c.end}{_NON_NEG}', g


def _head(base: str) -> Iterator[tuple]:
    np, head, pubinfo = base + "/np>", base + "/head>", base + "/pubinfo>"
    yield np, TYPE, NANOPUB, head
    yield np, HAS_ASSERTION, base + "/assertion>", head
    yield np, HAS_PROVENANCE, base + "/provenance>", head
    yield np, HAS_PUBINFO, pubinfo, head
    yield np, ATTRIBUTED, C["claimgraph"], pubinfo


