"""The knowledge graph: actors, claims, documents and quantities in networkx.

Node ids are ``"<kind>:<record id>"`` (``"actor:nato"``, ``"claim:c1a2..."``);
every node has ``kind``, ``label`` and ``record`` attributes. A claim node
stands for a *statement* (one speaker's figure for one quantity, see
:mod:`claimgraph.statements`): its id and record are those of the statement's
first report, it has ``statement`` and ``reports`` (how many claims of the
corpus report it) attributes, and an ``appears_in`` edge to every document
that carried it. Quantity nodes carry the frame of their claims
(``population``, ``measure``, ``place``, ``place_level``, ``period``,
``part_of``; empty when unknown). Edge keys name
the relation (``claims``, ``appears_in``, ``about``, ``affiliated_with``,
``conflicts_with``, ``agrees_with``, ``revises``) and so does the edge's
``relation`` attribute. The graph is frozen and its edge data read-only
(shared by equal edges, to fit millions of claims in memory); ``g.copy()``
is editable. :class:`~claimgraph.explore.ClaimGraph` wraps a corpus, its
comparisons and its graph for notebooks.
"""
from __future__ import annotations

from typing import Iterable, Protocol

import networkx as nx

from .compare import Comparison, _gc_paused, compare
from .errors import ModelError
from .model import Actor, Corpus, Document

__all__ = ["EDGE_NAMES", "FRAME", "EdgeData", "Gazetteer", "build_graph"]

#: Claim-to-claim edge name of each comparison relation kind.
EDGE_NAMES = {"conflict": "conflicts_with", "agreement": "agrees_with", "revision": "revises"}


class Gazetteer(Protocol):
    """Anything that finds an actor by id (a ``dict`` of id -> Actor will do)."""

    def get(self, actor_id: str) -> Actor | None: ...


def build_graph(corpus: Corpus, comparisons: Iterable[Comparison] | None = None, *,
                gazetteer: Gazetteer | None = None) -> nx.MultiDiGraph:
    """Build the graph of a corpus.

    Parameters
    ----------
    corpus : Corpus
    comparisons : iterable of Comparison, optional
        Source of the claim-to-claim edges (all three carry ``ratio``, conflicts their ``confidence``) and of
        the statements: the reports of one statement in a comparison's
        ``claims`` are one claim node, the first of them (the one its
        relations name). ``compare(corpus.claims, documents=...)`` when not
        given. A quantity they miss gets a node with no relations; its claims
        are grouped by their own ``statement`` ids.
    gazetteer : Gazetteer, optional
        Looks up affiliations that are not among the corpus actors; without
        it (or when it knows nothing) such an actor is a node labelled by id.

    Returns
    -------
    networkx.MultiDiGraph
        Frozen (``nx.is_frozen``), with read-only edge data shared by equal
        edges (:class:`EdgeData`), which is what keeps a million claims in a
        few GiB. Node attributes can be set; ``g.copy()`` is an ordinary,
        editable graph.

    Raises
    ------
    ModelError
        When a comparison relates a claim that is not in the corpus.

    Examples
    --------
    >>> from claimgraph.model import Actor, Claim, Corpus, Figure
    >>> rutte = Actor("Mark Rutte", "person", affiliation="nato")
    >>> g = build_graph(Corpus(claims=[Claim(rutte, Figure(10000), "soldiers", document="a1")]))
    >>> sorted(g.nodes)  # doctest: +ELLIPSIS
    ['actor:mark-rutte', 'actor:nato', 'claim:c...', 'document:a1', 'quantity:soldiers']
    >>> sorted(k for _, _, k in g.edges(keys=True))
    ['about', 'affiliated_with', 'appears_in', 'claims']

    Two articles that report the same statement give one claim node with
    two documents:

    >>> said = lambda doc: Claim(rutte, Figure(10000), "soldiers", document=doc, stated_on="2024-11-04")
    >>> g = build_graph(Corpus(claims=[said("a1"), said("a2")]))
    >>> [(d["reports"], sorted(g.successors(n))) for n, d in g.nodes(data=True) if d["kind"] == "claim"]
    [(2, ['document:a1', 'document:a2', 'quantity:soldiers'])]
    >>> g.add_edge("actor:nato", "document:a1")
    Traceback (most recent call last):
    ...
    networkx.exception.NetworkXError: Frozen graph can't be modified
    >>> h = g.copy()
    >>> _ = h.add_edge("actor:nato", "document:a1", key="cites", relation="cites")
    >>> h.number_of_edges() - g.number_of_edges()
    1
    """
    if not isinstance(corpus, Corpus):
        raise ModelError(f"build_graph() takes a Corpus, not {type(corpus).__name__}")
    if comparisons is None:
        comparisons = compare(corpus.claims, documents=corpus.documents)
    comparisons = list(comparisons)
    g = nx.MultiDiGraph(name="claimgraph")
    edges = _Edges(g)
    with _gc_paused():  # millions of small dicts, none in a cycle (see compare)
        for d in corpus.documents:
            _add_document(g, d)
        for a in corpus.actors:
            _add_actor(g, a)
        for a in corpus.actors:
            _affiliate(g, edges, a, gazetteer)
        for cmp in comparisons:
            g.add_node(f"quantity:{cmp.quantity_id}", kind="quantity", label=cmp.label, record=cmp, **_frame(cmp.claims))
        _add_claims(g, edges, corpus.claims, comparisons)
    return nx.freeze(g)


class EdgeData(dict):
    """The attributes of an edge: a read-only dict, shared by equal edges.

    Millions of edges carry a handful of distinct attribute sets (every
    ``claims`` edge is ``{"relation": "claims"}``), so each distinct set is
    one object, and so is the ``{key: attributes}`` dict of node pairs joined
    by a single edge: 10^6 claims fit in a few GiB instead of twice that.
    Sharing is only safe read-only: edit a copy of the graph
    (``g.copy()`` has plain dicts).

    Examples
    --------
    >>> d = EdgeData({"relation": "claims"})
    >>> d["relation"], d == {"relation": "claims"}
    ('claims', True)
    >>> d["weight"] = 2
    Traceback (most recent call last):
    ...
    TypeError: claimgraph edge data is read-only and shared by equal edges; edit a copy of the graph (g.copy())
    """

    __slots__ = ()

    def _read_only(self, *args, **kwargs):
        raise TypeError("claimgraph edge data is read-only and shared by equal edges; edit a copy of the graph (g.copy())")

    __setitem__ = __delitem__ = __ior__ = update = setdefault = pop = popitem = clear = _read_only

    def __reduce__(self):  # pickle and deepcopy rebuild it whole, not key by key
        return EdgeData, (dict(self),)


class _Edges:
    """Writes edges into a new MultiDiGraph's adjacency dicts as
    ``add_edge(u, v, key=relation, relation=relation, **attrs)`` would, with
    one shared EdgeData (and key dict) per distinct set of attributes.

    networkx stores ``_succ[u][v] = _pred[v][u] = {key: attrs}``; a key dict
    that is shared is never changed: a second edge between the same nodes
    gets a key dict of its own.
    """

    __slots__ = ("succ", "pred", "shared")

    def __init__(self, g: nx.MultiDiGraph):
        self.succ, self.pred, self.shared = g._succ, g._pred, {}

    def link(self, u, u_succ: dict, v, v_pred: dict, attrs: tuple) -> None:
        """Add the edge u -> v; ``attrs`` are its (name, value) pairs, relation first."""
        shared = self.shared.get(attrs)
        name = attrs[0][1]
        if shared is None:
            shared = self.shared[attrs] = {name: EdgeData(attrs)}
        keys = v_pred.get(u)
        if keys is None:
            u_succ[v] = v_pred[u] = shared
        elif keys is not shared:
            old = keys.get(name)
            data = shared[name] if old is None else EdgeData({**old, **dict(attrs)})  # add_edge updates
            u_succ[v] = v_pred[u] = {**keys, name: data}

    def add(self, u, v, attrs: tuple) -> None:
        self.link(u, self.succ[u], v, self.pred[v], attrs)


_CLAIMS, _APPEARS_IN, _ABOUT = ((("relation", "claims"),), (("relation", "appears_in"),), (("relation", "about"),))
_AFFILIATED_WITH = (("relation", "affiliated_with"),)


#: Quantity node attributes: the frame its claims share.
FRAME = ("population", "measure", "place", "place_level", "period", "part_of")


def _frame(claims) -> dict:
    """The frame of a quantity: each slot as the first claim that fills it says."""
    out = dict.fromkeys(FRAME, "")
    missing = len(FRAME)
    for c in claims:
        if c.population or c.place or c.measure or c.period or c.part_of:
            for name in FRAME:
                if not out[name] and getattr(c, name):
                    out[name] = getattr(c, name)
                    missing -= 1
            if not missing:
                break
    return out


def _add_claims(g, edges: _Edges, claims, comparisons) -> None:
    # The bulk of the graph (claims and their edges) goes straight into the
    # adjacency dicts of the new MultiDiGraph, as add_node/add_edge would put
    # it: same nodes, edges, keys, attributes and order, at a fraction of the
    # cost. At 10^6 claims the cost is lookups in tables of millions of
    # entries, so each edge looks up the claim's own small dicts where it can.
    #
    # One node per statement: the comparisons' claims first (each statement's
    # first report there is the claim its relations name), then the corpus
    # claims they miss.
    nodes, succ, pred, link = g._node, g._succ, g._pred, edges.link

    def adjacency(node):  # a node's successors and predecessors, made bare if missing (as add_edge does)
        out = succ.get(node)
        if out is None:
            _new_node(g, node, {})
            out = succ[node]
        return out, pred[node]

    conflicted = {i for cmp in comparisons for r in cmp.relations if r.kind == "conflict" for i in (r.a, r.b)}
    labels: dict = {}  # figure -> str(figure): equal figures are common, and so share one string
    reported: dict[str, str] = {}  # claim id of a report that is not its statement's first -> its node
    uncompared: dict[str, list] = {}

    def reports():
        # (claim, None) for the first report of a statement, (claim, first report) for the others
        for cmp in comparisons:
            members = cmp.claims
            if len(members) == 1:  # most quantities of a large corpus
                yield members[0], None
                continue
            firsts: dict = {}
            for c in members:
                first = firsts.setdefault(c.statement or c.id, c)
                yield c, (None if first.id == c.id else first)
        firsts = {}
        for c in claims:  # (runs once the comparisons' claims are in the graph)
            if c.id in reported or f"claim:{c.id}" in nodes:  # met in a comparison
                continue
            if f"quantity:{c.quantity_id}" not in nodes or c.quantity_id in uncompared:
                uncompared.setdefault(c.quantity_id, []).append(c)
            first = firsts.setdefault((c.quantity_id, c.statement), c) if c.statement else c
            yield c, (None if first is c else first)

    for c, first in reports():
        if first is None:  # the statement's node
            node = f"claim:{c.id}"
            f = c.figure
            label = labels.get(f)
            if label is None:
                label = labels[f] = str(f)
            attrs = {"kind": "claim", "label": label, "record": c, "value": f.central,
                     "conflicted": c.id in conflicted, "statement": c.statement, "reports": 1}
            if node in nodes:  # a claim repeated: add_node updates its attributes
                old = nodes[node]
                attrs["reports"] = old.get("reports", 1)
                old.update(attrs)
                c_succ, c_pred = succ[node], pred[node]
            else:
                c_succ, c_pred = succ[node], pred[node] = {}, {}
                nodes[node] = attrs
        else:  # one more report of it: more edges
            node = f"claim:{first.id}"
            c_succ, c_pred = succ[node], pred[node]
            if c.id not in reported:
                reported[c.id] = node
                nodes[node]["reports"] += 1
        for a in c.claimants:
            actor = f"actor:{a.id}"
            link(actor, adjacency(actor)[0], node, c_pred, _CLAIMS)
        if c.document is not None:
            document = f"document:{c.document}"
            if document not in nodes:  # claim read without its article
                _add_document(g, Document(c.document))
            link(node, c_succ, document, pred[document], _APPEARS_IN)
        if first is None:
            quantity = f"quantity:{c.quantity_id}"
            link(node, c_succ, quantity, adjacency(quantity)[1], _ABOUT)
    for qid, found in uncompared.items():
        g.add_node(f"quantity:{qid}", kind="quantity", label=found[0].quantity_label,
                   record=Comparison(qid, found[0].quantity_label, tuple(found)), **_frame(found))
    for cmp in comparisons:
        for r in cmp.relations:
            a, b = f"claim:{r.a}", f"claim:{r.b}"
            a_succ, b_pred = succ.get(a), pred.get(b)
            if a_succ is None or b_pred is None:
                raise ModelError(f"the comparison of {cmp.quantity_id!r} relates {a if a_succ is None else b!r}, "
                                 "which is not in the corpus")
            attrs = (("relation", EDGE_NAMES[r.kind]), ("ratio", r.ratio))
            link(a, a_succ, b, b_pred, attrs if r.confidence is None else (*attrs, ("confidence", r.confidence)))


def _new_node(g, node, attrs: dict) -> None:
    g._succ[node] = {}
    g._pred[node] = {}
    g._node[node] = attrs


def _add_document(g, d: Document) -> None:
    g.add_node(f"document:{d.id}", kind="document", label=d.title or d.id, record=d)


def _add_actor(g, a: Actor) -> None:
    g.add_node(f"actor:{a.id}", kind="actor", label=a.name, record=a, actor_kind=a.kind)


def _affiliate(g, edges: _Edges, actor: Actor, gazetteer) -> None:
    # Follow the chain (minister -> government -> country) while it leads to
    # actors not yet in the graph; stopping at known ones also stops cycles.
    while actor.affiliation:
        node = f"actor:{actor.affiliation}"
        if node in g:
            edges.add(f"actor:{actor.id}", node, _AFFILIATED_WITH)
            return
        found = gazetteer.get(actor.affiliation) if gazetteer is not None else None
        if found is not None and not isinstance(found, Actor):
            raise ModelError(f"the gazetteer gave {type(found).__name__} for {actor.affiliation!r}, not an Actor")
        found = found or Actor(actor.affiliation, id=actor.affiliation)
        known = f"actor:{found.id}" in g  # the gazetteer may resolve to another id
        if not known:
            _add_actor(g, found)
        edges.add(f"actor:{actor.id}", f"actor:{found.id}", _AFFILIATED_WITH)
        if known:
            return
        actor = found
