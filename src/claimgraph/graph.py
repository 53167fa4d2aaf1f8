"""The knowledge graph: actors, claims, documents and quantities in networkx.

Node ids are ``"<kind>:<record id>"`` (``"actor:nato"``, ``"claim:c1a2..."``);
every node has ``kind``, ``label`` and ``record`` attributes. Edge keys name
the relation (``claims``, ``appears_in``, ``about``, ``affiliated_with``,
``conflicts_with``, ``agrees_with``, ``revises``) and so does the edge's
``relation`` attribute. The graph is frozen and its edge data read-only
(shared by equal edges, to fit millions of claims in memory); ``g.copy()``
is editable. :class:`ClaimGraph` wraps a corpus, its comparisons
and its graph for notebooks (DataFrames, focused subgraphs, HTML summary).
"""
from __future__ import annotations

import html
from typing import Iterable, Protocol

import networkx as nx

from .compare import Comparison, _gc_paused, compare
from .errors import ModelError
from .model import Actor, Corpus, Document, slugify

__all__ = ["EDGE_NAMES", "ClaimGraph", "EdgeData", "Gazetteer", "build_graph"]

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
        Source of the claim-to-claim edges (all three carry ``ratio``);
        ``compare(corpus.claims)`` when not given. A quantity they miss gets
        a node with no relations.
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
            g.add_node(f"quantity:{cmp.quantity_id}", kind="quantity", label=cmp.label, record=cmp)
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


def _add_claims(g, edges: _Edges, claims, comparisons) -> None:
    # The bulk of the graph (claims and their edges) goes straight into the
    # adjacency dicts of the new MultiDiGraph, as add_node/add_edge would put
    # it: same nodes, edges, keys, attributes and order, at a fraction of the
    # cost. At 10^6 claims the cost is lookups in tables of millions of
    # entries, so each edge looks up the claim's own small dicts where it can.
    nodes, succ, pred, link = g._node, g._succ, g._pred, edges.link

    def adjacency(node):  # a node's successors and predecessors, made bare if missing (as add_edge does)
        out = succ.get(node)
        if out is None:
            _new_node(g, node, {})
            out = succ[node]
        return out, pred[node]

    conflicted = {i for cmp in comparisons for r in cmp.relations if r.kind == "conflict" for i in (r.a, r.b)}
    labels: dict = {}  # figure -> str(figure): equal figures are common, and so share one string
    uncompared: dict[str, list] = {}
    for c in claims:
        node = f"claim:{c.id}"
        f = c.figure
        label = labels.get(f)
        if label is None:
            label = labels[f] = str(f)
        attrs = {"kind": "claim", "label": label, "record": c, "value": f.central, "conflicted": c.id in conflicted}
        if node in nodes:  # a claim repeated: add_node updates its attributes
            nodes[node].update(attrs)
            c_succ, c_pred = succ[node], pred[node]
        else:
            c_succ, c_pred = succ[node], pred[node] = {}, {}
            nodes[node] = attrs
        for a in c.claimants:
            actor = f"actor:{a.id}"
            link(actor, adjacency(actor)[0], node, c_pred, _CLAIMS)
        if c.document is not None:
            document = f"document:{c.document}"
            if document not in nodes:  # claim read without its article
                _add_document(g, Document(c.document))
            link(node, c_succ, document, pred[document], _APPEARS_IN)
        quantity = f"quantity:{c.quantity_id}"
        if quantity not in nodes or c.quantity_id in uncompared:
            uncompared.setdefault(c.quantity_id, []).append(c)
        link(node, c_succ, quantity, adjacency(quantity)[1], _ABOUT)
    for qid, found in uncompared.items():
        g.add_node(f"quantity:{qid}", kind="quantity", label=found[0].quantity_label,
                   record=Comparison(qid, found[0].quantity_label, tuple(found)))
    for cmp in comparisons:
        for r in cmp.relations:
            a, b = f"claim:{r.a}", f"claim:{r.b}"
            a_succ, b_pred = succ.get(a), pred.get(b)
            if a_succ is None or b_pred is None:
                raise ModelError(f"the comparison of {cmp.quantity_id!r} relates {a if a_succ is None else b!r}, "
                                 "which is not in the corpus")
            link(a, a_succ, b, b_pred, (("relation", EDGE_NAMES[r.kind]), ("ratio", r.ratio)))


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


class ClaimGraph:
    """A corpus with its comparisons and graph, for notebooks and reports.

    Examples
    --------
    >>> from claimgraph.model import Actor, Claim, Corpus, Figure
    >>> us, ua = Actor("US officials", "group"), Actor("Ukraine", "country")
    >>> cg = ClaimGraph(Corpus(claims=[Claim(us, Figure(3000, qualifier="about"), "soldiers"),
    ...                                Claim(ua, Figure(10000, qualifier="about"), "soldiers")]))
    >>> len(cg), cg.quantities()
    (2, {'soldiers': 'soldiers'})
    >>> cg.conflicts_df()[["a_claimant", "b_claimant", "ratio"]].round(2).values.tolist()
    [['US officials', 'Ukraine', 3.33]]
    """

    def __init__(self, corpus: Corpus, *, tolerance: float = 0.1, gazetteer: Gazetteer | None = None):
        if not isinstance(corpus, Corpus):
            raise ModelError(f"ClaimGraph() takes a Corpus, not {type(corpus).__name__}")
        self.corpus = corpus
        self.tolerance = tolerance
        self.gazetteer = gazetteer
        self.comparisons = compare(corpus.claims, tolerance=tolerance, documents=corpus.documents)
        self._by_quantity = {c.quantity_id: c for c in self.comparisons}
        self._graph: nx.MultiDiGraph | None = None

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The graph, built on first use and then kept."""
        if self._graph is None:
            self._graph = build_graph(self.corpus, self.comparisons, gazetteer=self.gazetteer)
        return self._graph

    @property
    def claims(self):
        return self.corpus.claims

    @property
    def documents(self):
        return self.corpus.documents

    @property
    def actors(self):
        return self.corpus.actors

    def __len__(self) -> int:
        return len(self.corpus.claims)

    def quantities(self) -> dict[str, str]:
        """Quantity id -> label, most disputed first."""
        return {c.quantity_id: c.label for c in self.comparisons}

    def comparison(self, quantity_id: str) -> Comparison:
        """The comparison of one quantity, by id (or by a text that slugifies to it)."""
        found = self._by_quantity.get(quantity_id) or self._by_quantity.get(slugify(str(quantity_id), 120))
        if found is None:
            known = list(self._by_quantity)
            more = f" and {len(known) - 5} more" if len(known) > 5 else ""
            raise KeyError(f"no quantity {quantity_id!r}; known: {', '.join(known[:5]) or 'none'}{more}")
        return found

    def to_rdf(self):
        """The corpus and its relations as an rdflib graph (see
        :func:`claimgraph.rdf.to_rdf`)."""
        from .rdf import to_rdf

        return to_rdf(self.corpus, self.comparisons)

    def sparql(self, query: str, **bindings):
        """Run a SPARQL query on the corpus and its relations.

        Values go in as bindings (pyoxigraph substitutions), never into the
        query text; a record (Actor, Claim, Document) stands for its resource.
        A SELECT query must select the variables it binds. The prefixes of
        :data:`claimgraph.rdf.PREFIXES` need no declaration.

        Returns
        -------
        claimgraph.sparql.Result
            ``variables`` and ``rows`` of rdflib terms (``boolean`` for ASK).

        Examples
        --------
        >>> from claimgraph.model import Actor, Claim, Corpus, Figure
        >>> us = Actor("US officials", "group")
        >>> cg = ClaimGraph(Corpus(claims=[Claim(us, Figure(3000), "soldiers"),
        ...                                Claim(Actor("Ukraine"), Figure(10000), "soldiers")]))
        >>> r = cg.sparql("SELECT ?who ?v WHERE { ?c prov:wasAttributedTo ?who ; cg:figure/schema:value ?v }",
        ...               who=us)
        >>> [float(v) for _, v in r.rows]
        [3000.0]
        >>> cg.sparql("ASK { ?a cg:conflictsWith ?b }").boolean
        True
        """
        from .sparql import memory_store, query as run

        store = getattr(self, "_sparql_store", None)
        if store is None:
            store = self._sparql_store = memory_store(self.corpus, self.comparisons)
        return run(store, query, bindings)

    def claims_df(self):
        """One row per claim, grouped by quantity. ``value`` is the central
        figure; ``value_min``/``value_max`` the bounds the text states."""
        import pandas as pd

        conflicted = {i for cmp in self.comparisons for r in cmp.conflicts for i in (r.a, r.b)}
        rows = [
            (c.id, c.claimant_name, str(c.figure), c.figure.central, c.figure.lower, c.figure.upper,
             c.figure.qualifier, c.figure.unit, c.subject, cmp.label, cmp.quantity_id, c.stated_on, c.document, c.evidence,
             c.id in conflicted)
            for cmp in self.comparisons for c in cmp.claims
        ]
        df = pd.DataFrame(rows, columns=["id", "claimant", "figure", "value", "value_min", "value_max",
                                         "qualifier", "unit", "subject", "quantity", "quantity_id", "stated_on", "document",
                                         "evidence", "conflicted"])
        df["stated_on"] = pd.to_datetime(df["stated_on"])
        return df

    def conflicts_df(self):
        """One row per conflict, most disputed quantities first."""
        import pandas as pd

        claims = {c.id: c for c in self.corpus.claims}
        rows = [
            (cmp.label, cmp.quantity_id, claims[r.a].claimant_name, str(claims[r.a].figure),
             claims[r.b].claimant_name, str(claims[r.b].figure), r.ratio, r.a, r.b)
            for cmp in self.comparisons for r in cmp.conflicts
        ]
        return pd.DataFrame(rows, columns=["quantity", "quantity_id", "a_claimant", "a_figure", "b_claimant", "b_figure",
                                           "ratio", "a", "b"])

    def subgraph_for_quantity(self, quantity_id: str) -> nx.MultiDiGraph:
        """A quantity, its claims, their claimants (and affiliations) and documents."""
        cmp = self.comparison(quantity_id)
        g = self.graph
        nodes = {f"quantity:{cmp.quantity_id}"}
        for c in cmp.claims:
            nodes |= self._claim_neighbourhood(f"claim:{c.id}")
        return g.subgraph(nodes).copy()

    def subgraph_around(self, actor_id: str) -> nx.MultiDiGraph:
        """An actor, its affiliations both ways, its claims with their documents
        and quantities, and the claims these relate to with their claimants."""
        g = self.graph
        node = next((n for n in (str(actor_id), f"actor:{actor_id}", f"actor:{slugify(str(actor_id))}")
                     if g.nodes.get(n, {}).get("kind") == "actor"), None)
        if node is None:
            raise KeyError(f"no actor {actor_id!r} in the graph")
        nodes = {node, *g.predecessors(node), *g.successors(node)}
        for _, claim, key in g.out_edges(node, keys=True):
            if key == "claims":
                related = {n for n in (*g.successors(claim), *g.predecessors(claim)) if n.startswith("claim:")}
                for c in (claim, *related):
                    nodes |= self._claim_neighbourhood(c)
        return g.subgraph(nodes).copy()

    def _claim_neighbourhood(self, claim: str) -> set:
        # The claim, its quantity, document and claimants, and where these are affiliated.
        g = self.graph
        nodes = {claim, *(v for _, v, k in g.out_edges(claim, keys=True) if k in ("about", "appears_in"))}
        for actor, _, k in g.in_edges(claim, keys=True):
            if k == "claims":
                nodes.add(actor)
                nodes.update(v for _, v, k2 in g.out_edges(actor, keys=True) if k2 == "affiliated_with")
        return nodes

    def __repr__(self) -> str:
        return (f"<ClaimGraph: {len(self)} claims, {len(self.documents)} documents, {len(self.actors)} actors, "
                f"{len(self.comparisons)} quantities>")

    def _repr_html_(self, max_rows: int = 10) -> str:
        e = html.escape  # article text is untrusted
        conflicts = sum(len(c.conflicts) for c in self.comparisons)
        rows = []
        for cmp in self.comparisons[:max_rows]:
            figures = "; ".join(f"{e(str(c.figure))} ({e(c.claimant_name)})" for c in cmp.claims[:4])
            figures += "; …" if len(cmp.claims) > 4 else ""
            rows.append(f"<tr><td>{e(cmp.label)}</td><td>{len(cmp.claims)}</td>"
                        f"<td>{len(cmp.conflicts)}</td><td>{figures}</td></tr>")
        more = len(self.comparisons) - max_rows
        if more > 0:
            rows.append(f'<tr><td colspan="4">… {more} more quantities</td></tr>')
        return (f"<table><caption>ClaimGraph: {len(self)} claims, {len(self.documents)} documents, "
                f"{len(self.actors)} actors, {len(self.comparisons)} quantities, {conflicts} conflicts</caption>"
                "<thead><tr><th>quantity</th><th>claims</th><th>conflicts</th><th>figures</th></tr></thead>"
                f"<tbody>{''.join(rows)}</tbody></table>")

    def show(self, quantity: str | None = None, *, around: str | None = None, height: int = 600,
             title: str = "claimgraph"):
        """The interactive graph page, displayed inline in Jupyter (Notebook and Lab).

        Returns a display object (its ``_repr_html_`` is a sandboxed
        ``<iframe srcdoc=...>`` holding the whole offline page; ``save(path)``
        writes the page). ``quantity`` or ``around`` (an actor id) focus the view.

        Examples
        --------
        >>> from claimgraph.model import Actor, Claim, Corpus, Figure
        >>> cg = ClaimGraph(Corpus(claims=[Claim(Actor("NATO"), Figure(3000), "soldiers")]))
        >>> cg.show(height=400)._repr_html_().startswith("<iframe srcdoc=")
        True
        """
        from .viz import InlinePage, to_html

        graph = self.graph
        if quantity is not None:
            graph = self.subgraph_for_quantity(quantity)
        elif around is not None:
            graph = self.subgraph_around(around)
        return InlinePage(to_html(graph, title=title), height=height)

    def chart(self, quantity: str, *, kind: str = "both"):
        """The figure-comparison chart (and timeline) of one quantity.

        Returns a :class:`claimgraph.chart.Chart`: it displays inline in
        Jupyter and has ``save(path)`` (``.html``, ``.png``, ``.svg``),
        ``to_svg()``, ``to_png()``, ``to_html()`` and ``figure()``.
        ``kind`` is ``"both"``, ``"figures"`` or ``"timeline"``.

        Examples
        --------
        >>> from claimgraph.model import Actor, Claim, Corpus, Figure
        >>> cg = ClaimGraph(Corpus(claims=[Claim(Actor("NATO"), Figure(3000), "soldiers")]))
        >>> cg.chart("soldiers")
        <Chart of 'soldiers': 1 claims, kind='both'>
        """
        from .chart import chart

        return chart(self.comparison(quantity), documents=self.documents, tolerance=self.tolerance, kind=kind)

    def timeline(self, quantity: str):
        """The timeline of one quantity's figures: ``chart(quantity, kind="timeline")``."""
        return self.chart(quantity, kind="timeline")
