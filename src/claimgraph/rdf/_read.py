"""RDF statements back to a Corpus: the reader paired with the writer."""
from __future__ import annotations

import datetime as dt

import pyoxigraph as ox
from rdflib import BNode, Graph, URIRef
from rdflib.graph import ConjunctiveGraph

from ..errors import ModelError
from ..model import Actor, Claim, Corpus, Document, Figure, Report
from ._convert import to_rdflib
from ._terms import _CLASS_KIND, CG, OA, OWL, PROV, RDF, RDFS, SDO, WD, _key, _short, resource

__all__ = ["QuadIndex", "from_rdf", "held_claims"]


class QuadIndex:
    """The union of some quads' graphs, indexed by subject: just what the
    reader asks of a graph (``objects``, ``subjects``, ``in``), built without
    an rdflib graph so that large files read at pyoxigraph's speed.

    IRIs and blank nodes become rdflib terms; literals become their lexical
    form (``str``), which is all the reader looks at.

    Examples
    --------
    >>> s, p = ox.NamedNode("http://x/s"), ox.NamedNode("http://x/p")
    >>> index = QuadIndex([ox.Quad(s, p, ox.Literal("a")), ox.Quad(s, p, ox.Literal("a"), s)])
    >>> list(index.objects(URIRef("http://x/s"), URIRef("http://x/p")))
    ['a']
    """

    def __init__(self, quads=()):
        self._spo: dict = {}
        self._types: dict = {}
        for q in quads:
            self.add(q.subject, q.predicate, q.object)

    def add(self, s, p, o) -> None:
        """Add one statement given as pyoxigraph terms."""
        s, p = to_rdflib(s), to_rdflib(p)
        o = o.value if type(o) is ox.Literal else to_rdflib(o)
        self._spo.setdefault(s, {}).setdefault(p, {})[o] = None
        if p == RDF.type:
            self._types.setdefault(o, {})[s] = None

    def objects(self, s, p):
        return iter(self._spo.get(s, {}).get(p, ()))

    def subjects(self, p, o=None):
        if p == RDF.type and o is not None:
            return iter(self._types.get(o, ()))
        return iter([s for s, props in self._spo.items() if p in props and (o is None or o in props[p])])

    def __contains__(self, triple) -> bool:
        s, p, o = triple
        subjects = [s] if s is not None else list(self._spo)
        for subject in subjects:
            for prop, objects in self._spo.get(subject, {}).items():
                if (p is None or prop == p) and (o is None or o in objects):
                    return True
        return False

    def __len__(self) -> int:
        return sum(len(objs) for props in self._spo.values() for objs in props.values())


def _one(graph: Graph, s, p, required: bool = False):
    values = list(graph.objects(s, p))
    if len(values) > 1:
        raise ModelError(f"<{s}> has {len(values)} values for {_short(p)}, expected one")
    if not values and required:
        raise ModelError(f"<{s}> has no {_short(p)}")
    return values[0] if values else None


def _text(graph, s, p, default=None):
    v = _one(graph, s, p)
    return default if v is None else str(v)


def _build(record, node, *args, **kwargs):
    # The model says what is wrong; add which resource it is.
    try:
        return record(*args, **kwargs)
    except ModelError as exc:
        raise ModelError(f"<{node}>: {exc}") from None


def _items(graph, head) -> list:
    items, seen = [], set()
    while head is not None and head != RDF.nil:
        if head in seen:
            raise ModelError(f"<{head}>: the list loops back on itself")
        seen.add(head)
        first = _one(graph, head, RDF.first, required=True)
        items.append(first)
        head = _one(graph, head, RDF.rest, required=True)
    return items


def _read_actor(graph, node, cache) -> Actor:
    if node not in cache:
        kind = _text(graph, node, CG.actorKind)
        if kind is None:  # foreign data: the closest kind from the schema.org type
            kind = next((_CLASS_KIND[t] for t in graph.objects(node, RDF.type) if t in _CLASS_KIND), "unknown")
        head = _one(graph, node, CG.aliases)
        aliases = (_items(graph, head) if head is not None
                   else sorted(graph.objects(node, SDO.alternateName)))
        member = _one(graph, node, SDO.memberOf)
        affiliation = None if member is None else _text(graph, member, SDO.identifier, _key(member))
        wikidata = _text(graph, node, CG.wikidata)
        if wikidata is None:
            wikidata = next((str(x)[len(WD):] for x in sorted(graph.objects(node, OWL.sameAs))
                             if str(x).startswith(WD)), None)
        cache[node] = _build(Actor, node, _text(graph, node, SDO.name) or "", kind,
                             _text(graph, node, SDO.identifier, _key(node)), tuple(map(str, aliases)),
                             affiliation, wikidata)
    return cache[node]


def _read_document(graph, node) -> Document:
    pub = _one(graph, node, SDO.publisher)
    if isinstance(pub, URIRef | BNode):
        pub = _one(graph, pub, SDO.name)
    return _build(
        Document, node, id=_text(graph, node, SDO.identifier, _key(node)), text=_text(graph, node, SDO.text, ""),
        title=_text(graph, node, SDO.headline), publisher=None if pub is None else str(pub),
        url=_text(graph, node, SDO.url), published=_text(graph, node, SDO.datePublished),
        language=_text(graph, node, SDO.inLanguage), path=_text(graph, node, CG.path),
    )


def _int(node, lit):
    if lit is None:
        return None
    try:
        return int(str(lit))
    except ValueError:
        raise ModelError(f"<{node}>: not an integer: {str(lit)!r}") from None


def _ref(graph, value) -> str | None:
    # The id a link names: the resource's schema:identifier, else its IRI's
    # key (a resource the graph does not describe); a literal as written.
    if value is None:
        return None
    if isinstance(value, URIRef | BNode):
        return _text(graph, value, SDO.identifier, _key(value))
    return str(value)


def _read_report(graph, node) -> Report:
    return _build(Report, node, _ref(graph, _one(graph, node, CG.claim, required=True)),
                  _ref(graph, _one(graph, node, SDO.appearance)), _text(graph, node, SDO.dateCreated))


def _report_list(graph, head) -> tuple:
    return tuple(_read_report(graph, r) for r in _items(graph, head))


def _statement_reports(graph, statement, cache) -> tuple:
    # One list: its reports in its order. A statement described by several
    # exports merged into one graph (or store) has several lists: its
    # reports are their union, by date (undated last), document and claim.
    if statement not in cache:
        heads = list(graph.objects(statement, CG.reports))
        if len(heads) == 1:
            cache[statement] = _report_list(graph, heads[0])
        else:
            union = {r: None for head in heads for r in _report_list(graph, head)}
            cache[statement] = tuple(sorted(union, key=lambda r: (
                r.stated_on is None, r.stated_on or dt.date.min, r.document or "", r.claim)))
    return cache[statement]


def _read_claim(graph, node, actors, statements=None) -> Claim:
    head = _one(graph, node, CG.claimants)
    members = _items(graph, head) if head is not None else sorted(graph.objects(node, PROV.wasAttributedTo))
    fig = _one(graph, node, CG.figure, required=True)
    figure = _build(Figure, fig, *(_text(graph, fig, p) for p in (SDO.value, SDO.minValue, SDO.maxValue)),
                    qualifier=_text(graph, fig, CG.qualifier, "exact"), unit=_text(graph, fig, SDO.unitText))
    quantity = _one(graph, node, SDO.about)
    qid = qlabel = ""
    if quantity is not None:
        qid = _text(graph, quantity, SDO.identifier, _key(quantity))
        qlabel = _text(graph, quantity, RDFS.label, "")
    doc = _one(graph, node, SDO.appearance) or _one(graph, node, PROV.wasDerivedFrom)
    evidence, start, end = "", None, None
    ann = _one(graph, node, CG.evidence)
    if ann is not None:
        for target in graph.objects(ann, OA.hasTarget):
            for sel in graph.objects(target, OA.hasSelector):
                types = set(graph.objects(sel, RDF.type))
                if OA.TextQuoteSelector in types:
                    evidence = _text(graph, sel, OA.exact, "")
                if OA.TextPositionSelector in types:
                    start, end = _int(sel, _one(graph, sel, OA.start)), _int(sel, _one(graph, sel, OA.end))
    hedged = _one(graph, node, CG.hedged)
    statement = _one(graph, node, CG.statement)
    own = _one(graph, node, CG.reports)  # reports of its own, rdf:nil for none
    if own is not None:
        reports = _report_list(graph, own)
    elif statement is not None:
        reports = _statement_reports(graph, statement, {} if statements is None else statements)
    else:
        reports = ()
    return _build(
        Claim, node, claimants=tuple(_read_actor(graph, m, actors) for m in members), figure=figure,
        subject=_text(graph, node, CG.subject, ""), quantity_id=qid,
        quantity_label=_text(graph, node, CG.quantityLabel, qlabel),
        document=None if doc is None else _text(graph, doc, SDO.identifier, _key(doc)),
        evidence=evidence, start=start, end=end, stated_on=_text(graph, node, SDO.dateCreated),
        scope=_text(graph, node, CG.scope), hedged=hedged is not None and str(hedged) in ("true", "1"),
        origin=_text(graph, node, CG.origin, "extracted"), id=_text(graph, node, SDO.identifier, _key(node)),
        population=_text(graph, node, CG.population, ""), measure=_text(graph, node, CG.measure, ""),
        place=_ref(graph, _one(graph, node, SDO.spatialCoverage)) or "",
        place_level=_text(graph, node, CG.placeLevel, ""), as_of=_text(graph, node, SDO.temporalCoverage),
        period=_text(graph, node, CG.period, ""), part_of=_ref(graph, _one(graph, node, CG.partOf)) or "",
        statement=_ref(graph, statement) or "", reports=reports, confidence=_text(graph, node, CG.confidence),
    )


def from_rdf(graph: Graph) -> Corpus:
    """Read back a corpus written by :func:`to_rdf` (or loaded from any format).

    Claims are the ``schema:Claim`` resources, documents the
    ``schema:NewsArticle`` ones; relations between claims are ignored. A
    claim's reports are its own ``cg:reports`` list when it has one, else
    those of its ``cg:statement`` (the union of the statement's lists, by
    date, when several exports describe it). A
    :class:`rdflib.Dataset` is read as the union of its graphs.

    Parameters
    ----------
    graph : rdflib.Graph, rdflib.Dataset, QuadIndex or iterable of pyoxigraph quads

    Returns
    -------
    Corpus
        Documents and claims sorted by id.

    Raises
    ------
    ModelError
        A resource lacks what a record needs, or holds inconsistent values.

    Examples
    --------
    >>> from claimgraph import Actor, Claim, Corpus, Figure
    >>> from claimgraph.rdf import to_rdf
    >>> c = Claim((Actor("Kim", "person", affiliation="north-korea"),), Figure(1.5e-3, unit="%"))
    >>> from_rdf(to_rdf(Corpus(claims=(c,)))).claims[0] == c
    True
    """
    if isinstance(graph, ConjunctiveGraph):  # Dataset too: read the union of its graphs
        union = Graph()
        for s, p, o, _ in graph.quads((None, None, None, None)):
            union.add((s, p, o))
        graph = union
    elif not isinstance(graph, Graph | QuadIndex):  # pyoxigraph quads, a Store or a Dataset
        graph = QuadIndex(graph)
    cache: dict = {}
    docs = [_read_document(graph, n) for n in set(graph.subjects(RDF.type, SDO.NewsArticle))]
    statements: dict = {}
    claims = [_read_claim(graph, n, cache, statements) for n in set(graph.subjects(RDF.type, SDO.Claim))]
    actors = [_read_actor(graph, n, cache) for n in sorted(set(graph.subjects(CG.actorKind, None)))
              if (n, CG.variantOf, None) not in graph]
    return Corpus(tuple(sorted(docs, key=lambda d: d.id)), tuple(sorted(claims, key=lambda c: c.id)),
                  tuple(actors))


#: Resources of the default graph read at the most to name one stored claim's claimants.
_AROUND = 64


def held_claims(store, ids) -> dict:
    """The claims a store in the layout of ``claimgraph ingest`` (each claim
    in its named graphs, actors in the default graph) holds under ``ids``,
    read from those graphs alone: id -> Claim. A claim the store does not
    hold, or describes too poorly to read, is left out.

    Examples
    --------
    >>> from claimgraph import Actor, Claim, Corpus, Figure
    >>> from claimgraph.rdf import quads
    >>> c = Claim(Actor("NATO", "organisation"), Figure(3000), document="a", id="c1")
    >>> store = ox.Store()
    >>> store.extend(quads(Corpus(claims=(c,)), named=True))
    >>> held_claims(store, ["c1", "c2"]) == {"c1": c}
    True
    """
    default = ox.DefaultGraph()
    found = {}
    for claim_id in ids:
        here = resource("claim", claim_id)
        held = [q for part in ("assertion", "provenance")
                for q in store.quads_for_pattern(None, None, None, ox.NamedNode(f"{here}/{part}"))]
        if not held:
            continue
        index = QuadIndex(held)
        # the claimants (and their lists of aliases) and the document's identifier, from the default graph
        todo = [q.object for q in held if q.predicate.value == str(PROV.wasAttributedTo)]
        seen = set()
        while todo and len(seen) < _AROUND:
            subject = todo.pop()
            if subject in seen or not isinstance(subject, ox.NamedNode | ox.BlankNode):
                continue
            seen.add(subject)
            for q in store.quads_for_pattern(subject, None, None, default):
                index.add(q.subject, q.predicate, q.object)
                todo.append(q.object)
        for q in held:
            if q.predicate.value in (str(SDO.appearance), str(PROV.wasDerivedFrom)):
                for d in store.quads_for_pattern(q.object, ox.NamedNode(str(SDO.identifier)), None, default):
                    index.add(d.subject, d.predicate, d.object)
        try:
            found[claim_id] = _read_claim(index, here, {})
        except ModelError:
            continue
    return found
