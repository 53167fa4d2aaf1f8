"""The claim graph with plain attributes, for Gephi, Cytoscape and friends.

The graph of :func:`claimgraph.graph.build_graph` keeps each node's record
(a Claim, Actor, Document or Comparison) and dates, and its edge data are
shared read-only dicts: right for Python, refused by ``nx.write_gexf`` and
``nx.write_graphml``, which take only strings, numbers and booleans.
:func:`plain_graph` copies it with every attribute plain: records become
flat fields (a claim's claimant, figure as stated, bounds, dates, outlet
document, evidence), dates ISO strings, and missing values are left out
rather than written as None. One attribute keeps one type on every node (a
claim's ``value`` is always a float), so the files read back with the same
types.
"""
from __future__ import annotations

import datetime as dt
import math

import networkx as nx

__all__ = ["plain_graph"]

#: Attributes a plain node may carry, by kind, beside ``kind`` and ``label``.
_FIELDS = {
    "claim": ("claimant", "figure", "value", "value_min", "value_max", "qualifier", "unit", "subject",
              "quantity_id", "stated_on", "as_of", "document", "evidence", "hedged", "confidence", "origin",
              "conflicted", "statement", "reports"),
    "actor": ("name", "actor_kind", "affiliation", "wikidata", "aliases"),
    "document": ("title", "publisher", "url", "published", "language"),
    "quantity": ("quantity_id", "claims", "population", "measure", "place", "place_level", "period", "part_of"),
}
_FLOATS = {"value", "value_min", "value_max", "confidence", "ratio"}
_INTS = {"reports", "claims"}
_STATED = {"value", "value_min", "value_max"}


def plain_graph(graph: nx.Graph) -> nx.MultiDiGraph:
    """A copy of a claim graph whose attributes are all str, int, float or bool.

    Parameters
    ----------
    graph : networkx graph
        Usually ``ClaimGraph.graph`` (a frozen MultiDiGraph with records).

    Returns
    -------
    networkx.MultiDiGraph
        Editable, same node ids, edges and edge keys; ``nx.write_gexf`` and
        ``nx.write_graphml`` accept it.

    Examples
    --------
    >>> import io
    >>> from claimgraph.graph import build_graph
    >>> from claimgraph.model import Actor, Claim, Corpus, Figure
    >>> g = build_graph(Corpus(claims=[Claim(Actor("NATO"), Figure(None, 2000, 3000, "range"), "soldiers",
    ...                                      stated_on="2024-11-04")]))
    >>> p = plain_graph(g)
    >>> claim = next(d for _, d in p.nodes(data=True) if d["kind"] == "claim")
    >>> claim["figure"], claim["value_min"], claim["stated_on"], "value" in claim
    ('2,000–3,000', 2000.0, '2024-11-04', False)
    >>> nx.write_graphml(p, io.BytesIO()); nx.write_gexf(p, io.BytesIO())
    """
    out = nx.MultiDiGraph(name=str(graph.graph.get("name", "claimgraph")))
    for n, attrs in graph.nodes(data=True):
        out.add_node(str(n), **_node(attrs))
    multi = graph.is_multigraph()
    for edge in (graph.edges(keys=True, data=True) if multi else graph.edges(data=True)):
        u, v, key, attrs = edge if multi else (edge[0], edge[1], None, edge[2])
        data = {k: x for k, x in ((k, _plain(k, x)) for k, x in attrs.items()) if x is not None}
        out.add_edge(str(u), str(v), key=str(key if key is not None else data.get("relation", "")), **data)
    return out


def _node(attrs: dict) -> dict:
    kind = str(attrs.get("kind") or "")
    rec = attrs.get("record")
    found: dict = {"kind": kind, "label": str(attrs.get("label") or "")}
    for name in _FIELDS.get(kind, ()):
        if name in _STATED or name not in attrs:  # the figure as stated: never the graph's midpoint
            found[name] = _from_record(kind, rec, name)
        else:
            found[name] = attrs[name]
    for name, value in attrs.items():  # anything else a caller set, when it is plain already
        if name not in found and name != "record":
            found[name] = value
    return {k: x for k, x in ((k, _plain(k, x)) for k, x in found.items()) if x is not None}


def _from_record(kind: str, rec, name: str):
    if rec is None:
        return None
    if kind == "claim":
        f = rec.figure
        return {"claimant": lambda: rec.claimant_name, "figure": lambda: str(f), "value": lambda: f.value,
                "value_min": lambda: f.lower, "value_max": lambda: f.upper, "qualifier": lambda: f.qualifier,
                "unit": lambda: f.unit}.get(name, lambda: getattr(rec, name, None))()
    if kind == "actor":
        return {"actor_kind": lambda: rec.kind, "aliases": lambda: "; ".join(rec.aliases)}.get(
            name, lambda: getattr(rec, name, None))()
    if kind == "quantity":
        return len(rec.claims) if name == "claims" else getattr(rec, name, None)
    return getattr(rec, name, None)


def _plain(name: str, x):
    """A value as GEXF and GraphML take it, or None to leave it out."""
    if x is None or x == "" and name not in ("label", "kind"):
        return None
    if name in _FLOATS:
        try:
            x = float(x)
        except (TypeError, ValueError):
            return None
        return x if math.isfinite(x) else None
    if name in _INTS and not isinstance(x, bool):
        return int(x)
    if isinstance(x, (bool, str)):
        return x
    if isinstance(x, int):
        return x
    if isinstance(x, float):
        return x if math.isfinite(x) else None
    if isinstance(x, (dt.date, dt.datetime)):
        return x.isoformat()
    if isinstance(x, (list, tuple, set, frozenset)):
        return "; ".join(str(i) for i in x) or None
    return str(x)
