"""ClaimGraph: a corpus with its comparisons and graph, for notebooks and reports.

Tables (``claims_df``, ``conflicts_df``), focused subgraphs, SPARQL, an
HTML summary, the interactive graph page and the comparison charts, each
computed from the corpus on first use.
"""
from __future__ import annotations

import html

import networkx as nx

from .compare import MAX_RATIO, WINDOW, Comparison, compare
from .errors import ModelError
from .graph import Gazetteer, build_graph
from .model import Corpus, slugify

__all__ = ["ClaimGraph"]


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

    def __init__(self, corpus: Corpus, *, tolerance: float = 0.1, gazetteer: Gazetteer | None = None,
                 window: int = WINDOW, by: str = "body", max_ratio: float | None = MAX_RATIO,
                 min_conflict_confidence: float | None = None):
        if not isinstance(corpus, Corpus):
            raise ModelError(f"ClaimGraph() takes a Corpus, not {type(corpus).__name__}")
        # one display name per actor in every table, chart and page ("Pentagon" / "Pentagone")
        # one claim per report, each knowing its statement (the same figure carried by several outlets)
        self.corpus = corpus = corpus.with_display_names().with_statements(window)
        self.tolerance, self.window, self.by = tolerance, window, by
        self.gazetteer = gazetteer
        self.comparisons = compare(corpus.claims, tolerance=tolerance, documents=corpus.documents, window=window,
                                   by=by, actors=corpus.actors, max_ratio=max_ratio,
                                   min_conflict_confidence=min_conflict_confidence)
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
        """One row per claim, grouped by quantity, citable: ``value`` is the
        stated value (missing, NaN, for a range or a vague band), ``value_min``/
        ``value_max`` the bounds the text states, ``figure`` and ``as_said``
        the figure as said ("about 3,000", "11,000–12,000", "thousands");
        ``confidence`` the extractor's (NaN for a curated claim); then where
        to cite it from: ``as_of``, outlet (``publisher``), ``url``,
        ``headline``, ``language`` and ``published``.

        Examples
        --------
        >>> from claimgraph.model import Actor, Claim, Corpus, Document, Figure
        >>> doc = Document("d1", title="11,000 to 12,000", publisher="Ledger", url="https://example.org/1", language="en")
        >>> cg = ClaimGraph(Corpus((doc,), (Claim(Actor("Pentagon"), Figure(None, 11000, 12000, "range"), "troops",
        ...                                      document="d1"),)))
        >>> df = cg.claims_df()
        >>> bool(df.value.isna().all()), df[["value_min", "value_max", "as_said", "publisher", "headline"]].values.tolist()
        (True, [[11000.0, 12000.0, '11,000–12,000', 'Ledger', '11,000 to 12,000']])
        """
        import pandas as pd

        from .tables import claim_row

        docs = {d.id: d for d in self.documents}
        conflicted = {i for cmp in self.comparisons for r in cmp.conflicts for i in (r.a, r.b)}
        columns = ["id", "claimant", "figure", "value", "value_min", "value_max", "qualifier", "unit", "subject",
                   "quantity", "quantity_id", "stated_on", "document", "evidence", "conflicted", "confidence",
                   "as_said", "as_of", "publisher", "url", "headline", "language", "published"]
        rows = []
        for cmp in self.comparisons:
            for c in cmp.claims:
                row = claim_row(c, docs.get(c.document))
                f = c.figure
                row.update(figure=row["as_said"], value=f.value, value_min=f.lower, value_max=f.upper,
                           quantity=cmp.label, quantity_id=cmp.quantity_id, stated_on=c.stated_on,
                           conflicted=c.id in conflicted)
                rows.append([row.get(k) for k in columns])
        df = pd.DataFrame(rows, columns=columns)
        for number in ("value", "value_min", "value_max"):
            df[number] = df[number].astype(float)  # nothing stated: NaN, never a midpoint
        for day in ("stated_on", "as_of", "published"):
            df[day] = pd.to_datetime(df[day])
        df["confidence"] = df["confidence"].astype(float)  # None (not scored) as NaN
        return df

    def conflicts_df(self):
        """One row per conflicting pair of statements, most disputed
        quantities first: both sides' claimants and figures as said, the
        ratio, the claim ids, then the columns of ``conflicts.csv`` (dates,
        statements, reports, and each side's outlet, URL, headline, language
        and evidence)."""
        import pandas as pd

        from .tables import CONFLICT_COLUMNS, conflict_rows

        first = ["quantity", "quantity_id", "a_claimant", "a_figure", "b_claimant", "b_figure", "ratio", "a", "b"]
        columns = first + [c for c in CONFLICT_COLUMNS if c not in first and c != "label"]
        rows = conflict_rows(self.comparisons, self.documents)
        for r in rows:
            r["quantity"] = r.pop("label")
        df = pd.DataFrame(rows, columns=columns)
        for day in ("a_stated_on", "a_as_of", "b_stated_on", "b_as_of"):
            df[day] = pd.to_datetime(df[day])
        return df

    def disputes(self, lang: str = "en") -> list:
        """The dispute summary of every quantity, most contested now first
        (:func:`claimgraph.dispute.disputes`): who says what as of when, each
        actor's latest figure as said, the contemporaneous conflicts and the
        contested-now score. ``lang`` is ``"en"`` or ``"fr"`` (the sentences).

        Examples
        --------
        >>> from claimgraph.model import Actor, Claim, Corpus, Figure
        >>> said = lambda who, n, day: Claim(Actor(who), Figure(n, qualifier="about"), "soldiers", stated_on=day)
        >>> cg = ClaimGraph(Corpus(claims=[said("US", 3000, "2024-10-23"), said("Ukraine", 10000, "2024-10-24")]))
        >>> [d] = cg.disputes()
        >>> d.sentence, round(d.score, 2)
        ('As of 23–24 Oct 2024: US ~3,000 vs Ukraine ~10,000 (×3.3)', 3.33)
        """
        from .dispute import disputes

        cache = self.__dict__.setdefault("_disputes", {})
        if lang not in cache:
            cache[lang] = disputes(self.comparisons, documents=self.documents, actors=self.actors, by=self.by,
                                   lang=lang)
        return list(cache[lang])

    def disputes_df(self, lang: str = "en", *, per: str = "quantity"):
        """The dispute summaries as a pandas DataFrame, most contested now first.

        ``per="quantity"``: one row per quantity (``score``, ``contested``,
        ``sentence``, counts of conflicts, standing conflicts and actors, and
        each actor's latest figure as said). ``per="actor"``: one row per
        actor's latest figure (``figure`` as said, the stated bounds,
        ``as_of``, ``since``, ``outlets``, ``url``).

        Examples
        --------
        >>> from claimgraph.model import Actor, Claim, Corpus, Figure
        >>> cg = ClaimGraph(Corpus(claims=[Claim(Actor("US"), Figure(None, 11000, 12000, "range"), "x", stated_on="2024-11-04"),
        ...                                Claim(Actor("Ukraine"), Figure(3000, qualifier="about"), "x", stated_on="2024-11-04")]))
        >>> cg.disputes_df()[["quantity_id", "score", "conflicts", "latest"]].round(2).values.tolist()
        [['x', 3.83, 1, 'US: 11,000–12,000 (2024-11-04); Ukraine: ~3,000 (2024-11-04)']]
        >>> cg.disputes_df(per="actor")[["actor", "figure", "value", "value_min"]].values.tolist()
        [['US', '11,000–12,000', nan, 11000.0], ['Ukraine', '~3,000', 3000.0, nan]]
        """
        import pandas as pd

        if per not in ("quantity", "actor"):
            raise ValueError(f"per must be 'quantity' or 'actor', not {per!r}")
        ds = self.disputes(lang)
        day = lambda d: d.isoformat() if d else "undated"
        if per == "quantity":
            rows = [(d.quantity_id, d.label, d.score, d.contested, d.sentence, len(d.conflicts), len(d.standing),
                     len(d.actors), "; ".join(f"{f.actor}: {f.said} ({day(f.as_of)})" for f in d.latest))
                    for d in ds]
            return pd.DataFrame(rows, columns=["quantity_id", "quantity", "score", "contested", "sentence",
                                               "conflicts", "standing", "actors", "latest"])
        rows = [(d.quantity_id, d.label, d.score, f.actor, f.claimant, f.said, f.figure.value, f.figure.lower,
                 f.figure.upper, f.figure.qualifier, f.figure.unit, f.as_of, f.since, ", ".join(f.outlets), f.url)
                for d in ds for f in d.latest]
        df = pd.DataFrame(rows, columns=["quantity_id", "quantity", "score", "actor", "claimant", "figure", "value",
                                         "value_min", "value_max", "qualifier", "unit", "as_of", "since", "outlets",
                                         "url"])
        for number in ("value", "value_min", "value_max"):
            df[number] = df[number].astype(float)  # not stated: NaN, never a midpoint
        for when in ("as_of", "since"):
            df[when] = pd.to_datetime(df[when])
        return df

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

    def _repr_html_(self, max_rows: int = 10, charts: int = 3) -> str:
        """The dispute summaries first (the ``charts`` most contested with
        their step chart and latest-figure table), then the quantities."""
        from .disputechart import disputes_html

        e = html.escape  # article text is untrusted
        first = disputes_html(self.disputes(), charts=charts, more=max_rows,
                              heading="Who says what: disputes, most contested now first")
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
        return first + (f"<table><caption>ClaimGraph: {len(self)} claims, {len(self.documents)} documents, "
                f"{len(self.actors)} actors, {len(self.comparisons)} quantities, {conflicts} conflicts</caption>"
                "<thead><tr><th>quantity</th><th>claims</th><th>conflicts</th><th>figures</th></tr></thead>"
                f"<tbody>{''.join(rows)}</tbody></table>")

    def show(self, quantity: str | None = None, *, around: str | None = None, height: int = 600,
             title: str = "claimgraph"):
        """The interactive graph page, displayed inline in Jupyter (Notebook and Lab).

        Returns a :class:`claimgraph.graphimage.GraphView`: its display is a
        sandboxed ``<iframe srcdoc=...>`` holding the whole offline page, with
        a still picture of the graph (PNG) in the same output, which is what
        a saved notebook shows where it is not trusted (JupyterLab then strips
        iframes). ``save(path)`` writes the page (``.html``) or the picture
        (``.png``). ``quantity`` or ``around`` (an actor id) focus the view.

        Examples
        --------
        >>> from claimgraph.model import Actor, Claim, Corpus, Figure
        >>> cg = ClaimGraph(Corpus(claims=[Claim(Actor("NATO"), Figure(3000), "soldiers")]))
        >>> bundle = cg.show(height=400)._repr_mimebundle_()
        >>> "<iframe srcdoc=" in bundle["text/html"], bundle["image/png"][:8]
        (True, 'iVBORw0K')
        """
        from .graphimage import GraphView
        from .viz import to_html

        graph = self.graph
        if quantity is not None:
            graph = self.subgraph_for_quantity(quantity)
        elif around is not None:
            graph = self.subgraph_around(around)
        return GraphView(graph, to_html(graph, title=title), height=height, title=title)

    def to_networkx(self, *, plain: bool = True) -> nx.MultiDiGraph:
        """The graph as an ordinary, editable networkx MultiDiGraph.

        ``plain=True`` (the default): every node and edge attribute is a str,
        int, float or bool (records flattened into fields such as
        ``claimant``, ``figure``, ``value_min``, ``stated_on``, ``publisher``;
        missing values left out), so ``nx.write_gexf`` (Gephi) and
        ``nx.write_graphml`` take it; see :func:`claimgraph.plaingraph.plain_graph`.
        ``plain=False``: a copy of :attr:`graph` that keeps the records.

        Examples
        --------
        >>> import io
        >>> from claimgraph.model import Actor, Claim, Corpus, Figure
        >>> cg = ClaimGraph(Corpus(claims=[Claim(Actor("NATO"), Figure(3000), "soldiers", stated_on="2024-11-04")]))
        >>> g = cg.to_networkx()
        >>> nx.write_gexf(g, io.BytesIO()); nx.write_graphml(g, io.BytesIO())
        >>> sorted(d["kind"] for _, d in g.nodes(data=True))
        ['actor', 'claim', 'quantity']
        >>> type(cg.to_networkx(plain=False).nodes["quantity:soldiers"]["record"]).__name__
        'Comparison'
        """
        if plain:
            from .plaingraph import plain_graph

            return plain_graph(self.graph)
        return self.graph.copy()

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
