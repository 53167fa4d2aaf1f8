"""The data of the graph page (:mod:`claimgraph.viz`): nodes, edges, legend,
filter choices, as JSON-ready dicts.

Nodes get their position (:func:`claimgraph.layout.positions`), style by
kind, a plain-text tooltip (``title``), a link to the article (``href``,
http(s) or file only) and, for claims, the facets the filter panel uses
(``q`` quantity node, ``who`` claimant nodes, ``date``). Conflict edges are
red and labelled with the ratio of the figures. Claims the extractor is
unsure of (confidence below :data:`LOW_CONFIDENCE`) are faded, with a dashed
border.
"""
from __future__ import annotations

import math

from .errors import ClaimgraphError
from .htmlsafe import article_href, clean
from .layout import positions

__all__ = ["EDGE_STYLES", "LOW_CONFIDENCE", "NODE_STYLES", "page_data"]

#: Legend label, vis-network shape and colour per node kind; actors use their
#: ``actor_kind`` (person, organisation, ...) and fall back to ``"actor"``.
NODE_STYLES = {
    "person": ("Person", "dot", "#4c78a8"),
    "organisation": ("Organisation", "square", "#72b7b2"),
    "country": ("Country", "triangle", "#2f6690"),
    "group": ("Group", "triangleDown", "#5e8fc2"),
    "actor": ("Actor (other)", "hexagon", "#8ca0b3"),
    "claim": ("Claim (size ~ log figure)", "dot", "#f58518"),
    "document": ("Document", "box", "#d8d2cc"),
    "quantity": ("Quantity", "diamond", "#b279a2"),
}
#: Legend label, colour, width, dashed, arrow head per edge relation.
EDGE_STYLES = {
    "claims": ("claims", "#7f9cc0", 1, False, "to"),
    "appears_in": ("appears in", "#b7b0a8", 1, True, "to"),
    "about": ("about", "#c9a3c0", 1, False, "to"),
    "affiliated_with": ("affiliated with", "#72b7b2", 1, True, "to"),
    "conflicts_with": ("conflicts with", "#d62728", 3, False, ""),
    "agrees_with": ("agrees with", "#2ca02c", 2, False, ""),
    "revises": ("revises", "#e08a00", 2, True, "to"),
}
_CONFLICT_BORDER = "#d62728"
#: Claims whose confidence is below this are drawn faded with a dashed border.
LOW_CONFIDENCE = 0.5
_LOW_BORDER = "#8a5a00"

def page_data(graph, title: str) -> dict:
    """Everything the page script draws, for a claim graph.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("actor:a", "claim:c", relation="claims")
    >>> g.nodes["claim:c"]["kind"] = "claim"
    >>> d = page_data(g, "t")
    >>> d["stats"]["nodes"], d["stats"]["edges"], d["filters"]["claimants"]
    (2, 1, [['actor:a', 'actor:a']])
    """
    ids = {n: str(n) for n in graph}
    if len(set(ids.values())) != len(ids):
        raise ClaimgraphError("node ids must stay distinct as strings (e.g. not both 1 and '1')")
    pos = positions(graph)
    nodes, kinds, seen = [], set(), set()
    for n, attrs in graph.nodes(data=True):
        node, style = _node(graph, n, attrs)
        x, y = pos[n]
        node.update(id=ids[n], x=round(x, 1), y=round(y, 1))
        nodes.append(node)
        kinds.add(style)
    edges, pairs = [], {}
    for i, (u, v, attrs) in enumerate(graph.edges(data=True)):
        rel = str(attrs.get("relation", ""))
        edge = _edge(graph, u, v, rel, attrs)
        # Parallel edges (a conflict and a revision between two claims) would
        # be drawn on top of each other: bend every one after the first.
        k = pairs[frozenset((u, v))] = pairs.get(frozenset((u, v)), -1) + 1
        edge.update(id=f"e{i}", **{"from": ids[u], "to": ids[v]},
                    smooth={"enabled": True, "type": "curvedCW", "roundness": 0.2 * k} if k else False)
        edges.append(edge)
        seen.add(rel)
    big = len(edges) > 2000
    legend = [{"type": "node", "label": lab, "shape": shp, "color": col}
              for key, (lab, shp, col) in NODE_STYLES.items() if key in kinds]
    if any(nd.get("low_confidence") for nd in nodes):
        legend.append({"type": "node", "label": f"Claim of low confidence (< {LOW_CONFIDENCE:g})", "shape": "dot lowconf",
                       "color": NODE_STYLES["claim"][2]})
    legend += [{"type": "edge", "label": lab, "color": col, "dashes": dash}
               for key, (lab, col, _w, dash, _a) in EDGE_STYLES.items() if key in seen]
    claims = [nd for nd in nodes if nd["kind"] == "claim"]
    return {
        "title": clean(title), "nodes": nodes, "edges": edges, "legend": legend,
        "filters": _filters(graph, claims),
        "stats": {"nodes": len(nodes), "edges": len(edges), "claims": len(claims),
                  "conflicts": sum(e["relation"] == "conflicts_with" for e in edges)},
        "options": {
            "physics": {"enabled": False},
            "layout": {"improvedLayout": False},
            "interaction": {"hover": True, "tooltipDelay": 120, "multiselect": True,
                            "hideEdgesOnDrag": big, "hideEdgesOnZoom": big},
            "nodes": {"borderWidth": 1, "font": {"size": 14, "face": "sans-serif"},
                      "scaling": {"label": {"drawThreshold": 3}}},
            "edges": {"smooth": False, "selectionWidth": 2,
                      "font": {"size": 12, "align": "middle", "strokeWidth": 4}},
        },
    }


def _filters(graph, claims) -> dict:
    """Choices of the control panel: quantities and claimants that have
    claims on the page, and the span of claim dates."""
    quantities = sorted({c["q"] for c in claims if c.get("q")})
    who = sorted({a for c in claims for a in c.get("who", ())})
    label = lambda n: _short(clean(graph.nodes[n].get("label") or n), 60) if n in graph else n
    dates = sorted(c["date"] for c in claims if c.get("date"))
    return {
        "quantities": sorted(([q, label(q)] for q in quantities), key=lambda p: p[1].lower()),
        "claimants": sorted(([a, label(a)] for a in who), key=lambda p: p[1].lower()),
        "dates": [dates[0], dates[-1]] if dates else None,
    }


def _node(graph, n, attrs) -> tuple[dict, str]:
    kind, rec = attrs.get("kind"), attrs.get("record")
    label = str(attrs.get("label") or getattr(rec, "name", None) or n)
    if kind in ("claim", "document", "quantity"):
        style = kind
    else:  # actors, and anything unknown, drawn as actors
        style = attrs.get("actor_kind") or getattr(rec, "kind", None)
        style = style if style in ("person", "organisation", "country", "group") else "actor"
    _, shape, colour = NODE_STYLES[style]
    node = {"kind": str(kind or ""), "shape": shape, "color": colour, "size": 16}
    href = None
    if kind == "claim":
        figure = getattr(rec, "figure", None)
        label = str(figure) if figure is not None else label
        value = attrs.get("value", getattr(figure, "central", None))
        node["size"] = _claim_size(value)
        if attrs.get("conflicted"):
            node.update(color={"background": colour, "border": _CONFLICT_BORDER}, borderWidth=4)
        confidence = getattr(rec, "confidence", None)
        if confidence is not None:
            node["confidence"] = confidence
            if confidence < LOW_CONFIDENCE:  # faded and dashed: the extractor is unsure of it
                if not attrs.get("conflicted"):
                    node.update(color={"background": colour, "border": _LOW_BORDER}, borderWidth=2)
                node.update(opacity=0.45, shapeProperties={"borderDashes": [4, 3]}, low_confidence=True)
        doc = graph.nodes.get(f"document:{rec.document}", {}).get("record") \
            if rec is not None and rec.document else None
        node["title"] = _claim_text(rec, doc, label)
        node.update(_claim_facets(graph, n, rec, doc))
        href = article_href(doc)
    elif kind == "document":
        node["title"] = _lines("Document", ("Title", getattr(rec, "title", None) or label),
                               ("Publisher", getattr(rec, "publisher", None)),
                               ("Published", getattr(rec, "published", None)),
                               ("URL", getattr(rec, "url", None)), ("Id", getattr(rec, "id", None)))
        href = article_href(rec)
    elif kind == "quantity":
        claims = tuple(getattr(rec, "claims", ()) or ())
        figs = sorted(c.figure.central for c in claims if c.figure.central is not None)
        spread = f"{_num(figs[0])} to {_num(figs[-1])}" if figs else None
        node["title"] = _lines("Quantity", ("Label", getattr(rec, "label", None) or label),
                               ("Claims", len(claims) if claims else None), ("Figures", spread))
    else:
        aliases = ", ".join(getattr(rec, "aliases", ()) or ()) or None
        node["title"] = _lines("Actor", ("Name", label), ("Kind", attrs.get("actor_kind") or getattr(rec, "kind", None)),
                               ("Affiliation", getattr(rec, "affiliation", None)), ("Aliases", aliases),
                               ("Wikidata", getattr(rec, "wikidata", None)))
    node["label"] = _short(clean(label), 40)
    node["title"] = clean(node["title"])
    if href:
        node["href"] = href
    return node, style


def _claim_facets(graph, n, claim, doc) -> dict:
    """What the control panel filters a claim node on: quantity node,
    claimant nodes, date (stated, else published)."""
    directed = graph.is_directed()
    out = graph.out_edges(n, data="relation") if directed else graph.edges(n, data="relation")
    into = graph.in_edges(n, data="relation") if directed else ()
    day = getattr(claim, "stated_on", None) or getattr(doc, "published", None)
    return {"q": next((str(v) for _, v, rel in out if rel == "about"), None),
            "who": sorted({str(u) for u, _, rel in into if rel == "claims"}),
            "date": day.isoformat() if day is not None else None}


def _claim_text(claim, doc, label: str) -> str:
    if claim is None:
        return _lines("Claim", ("Figure", label))
    f = claim.figure
    date = (f"{claim.stated_on} (stated)" if claim.stated_on else
            f"{doc.published} (published)" if getattr(doc, "published", None) else None)
    bounds = f"{_num(f.lower) if f.lower is not None else '?'} to {_num(f.upper) if f.upper is not None else '?'}"
    return _lines(
        "Claim", ("Claimant", claim.claimant_name), ("Figure", str(f)),
        ("Bounds", bounds if (f.lower, f.upper) != (None, None) else None),
        ("Qualifier", f.qualifier), ("Date", date), ("Hedged", "yes" if claim.hedged else "no"),
        ("Confidence", _confidence_text(getattr(claim, "confidence", None))),
        ("Quantity", claim.quantity_label), ("Scope", claim.scope),
        ("Document", getattr(doc, "title", None) or claim.document),
        ("Publisher", getattr(doc, "publisher", None)),
        ("Evidence", f"\u201c{_short(claim.evidence, 600)}\u201d" if claim.evidence else None),
    )


def _edge(graph, u, v, rel: str, attrs) -> dict:
    name, colour, width, dashes, arrows = EDGE_STYLES.get(rel, (rel or "related", "#999999", 1, False, "to"))
    edge = {"relation": rel, "color": {"color": colour, "highlight": colour, "hover": colour},
            "width": width, "dashes": dashes, "arrows": arrows}
    ratio = attrs.get("ratio")
    ratio = ratio if isinstance(ratio, (int, float)) and math.isfinite(ratio) else None
    if rel == "conflicts_with":
        edge["label"] = _ratio_label(ratio)
        edge["font"] = {"color": colour}
    elif rel == "agrees_with":
        edge["label"] = "\u2248"
        edge["font"] = {"color": colour}
    side = lambda n: _claim_line(graph.nodes[n].get("record")) or _short(str(graph.nodes[n].get("label") or n), 80)
    head = name.capitalize() + (f" (\u00d7{ratio:.3g})" if ratio is not None else "")
    edge["title"] = clean(_lines(head, ("From", side(u)), ("To", side(v))))
    return edge


def _ratio_label(ratio) -> str:
    """Label of a conflict edge.

    Examples
    --------
    >>> _ratio_label(10000 / 3000), _ratio_label(25.4), _ratio_label(None)
    ('×3.3', '×25', '≠')
    """
    if ratio is None:
        return "\u2260"
    return f"\u00d7{ratio:.2g}" if ratio < 10 else f"\u00d7{ratio:,.0f}"


def _confidence_text(confidence) -> str | None:
    """The tooltip's confidence line.

    Examples
    --------
    >>> _confidence_text(0.42), _confidence_text(0.9), _confidence_text(None)
    ('0.42 (low: the extractor is unsure of this claim)', '0.90', None)
    """
    if confidence is None:
        return None
    low = " (low: the extractor is unsure of this claim)" if confidence < LOW_CONFIDENCE else ""
    return f"{confidence:.2f}{low}"


def _claim_line(rec) -> str | None:
    figure = getattr(rec, "figure", None)
    return f"{figure} ({_short(rec.claimant_name, 60)})" if figure is not None else None


# --- helpers ------------------------------------------------------------------

def _claim_size(value) -> float:
    """Node size on a log scale: 30 and 30,000 soldiers both stay visible.

    Examples
    --------
    >>> _claim_size(30) < _claim_size(3000) < _claim_size(3e6) <= 60, _claim_size(None)
    (True, 10.0)
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return 10.0
    return round(min(60.0, 6 + 6 * math.log10(1 + abs(value))), 1)


def _lines(*items) -> str:
    """Tooltip text: a str item is a line as is, a (name, value) pair is
    skipped when the value is missing."""
    return "\n".join(i if isinstance(i, str) else f"{i[0]}: {_short(str(i[1]), 700)}"
                     for i in items if isinstance(i, str) or i[1] not in (None, ""))


def _short(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _num(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() and abs(x) < 1e15 else f"{x:,.6g}"
