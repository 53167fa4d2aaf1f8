"""The data of the graph page (:mod:`claimgraph.viz`): nodes, edges, cards,
legend, filter choices, as JSON-ready dicts.

A claim node is labelled "actor: figure as said" (:func:`claim_label`): the
stated value, range or vague words with their qualifier, never a computed
midpoint. Nodes get their position from :func:`claimgraph.layout.arrange`
(one card per quantity, named by the quantity node on top of it, with the
label boxes the page will draw, so that labels do not overlap), style by
kind, a plain-text tooltip (``title``), a link to the article (``href``,
http(s) or file only) and, for claims, the facets the filter panel uses
(``q`` quantity node, ``who`` claimant nodes, ``date``, ``conflicted``).

Conflicts and agreements differ in more than colour (a dark red and a dark
blue that stay apart under red-green colour blindness): conflicts are thick
solid lines labelled with the ratio of the figures ("×3.3"), agreements
dashed lines labelled "≈", revisions grey dotted arrows. Claims the
extractor is unsure of (confidence below :data:`LOW_CONFIDENCE`) are faded,
with a dashed border.
"""
from __future__ import annotations

import math
import re

from .errors import ClaimgraphError
from .htmlsafe import article_href, clean
from .layout import CLAIM_RELATIONS, arrange, node_box

__all__ = ["EDGE_STYLES", "LOW_CONFIDENCE", "NODE_STYLES", "claim_label", "figure_as_said", "page_data"]

#: Legend label, vis-network shape and colour per node kind; actors use their
#: ``actor_kind`` (person, organisation, ...) and fall back to ``"actor"``.
NODE_STYLES = {
    "person": ("Person", "dot", "#4c78a8"),
    "organisation": ("Organisation", "square", "#72b7b2"),
    "country": ("Country", "triangle", "#2f6690"),
    "group": ("Group", "triangleDown", "#5e8fc2"),
    "actor": ("Actor (other)", "hexagon", "#8ca0b3"),
    "claim": ("Claim: \u201cactor: figure as said\u201d (size ~ log figure)", "dot", "#f58518"),
    "document": ("Article", "box", "#e4dfda"),
    "quantity": ("Quantity (names its card)", "diamond", "#8e5a85"),
}
#: Legend label, colour, width, dash pattern (False: solid), arrow head per
#: edge relation. Conflict and agreement differ by dash and label as well as
#: by colour (dark red and dark blue: apart under deuteranopia too).
EDGE_STYLES = {
    "claims": ("claims", "#b4c4d6", 1, False, ""),
    "appears_in": ("appears in", "#c9c2ba", 1, False, ""),
    "about": ("about (the card; drawn when its quantity is clicked)", "#c9a9c1", 1, False, ""),
    "affiliated_with": ("affiliated with", "#86bdb8", 1, False, "to"),
    "conflicts_with": ("conflicts with (\u00d7 ratio)", "#b2182b", 3, False, ""),
    "agrees_with": ("agrees with (\u2248)", "#2166ac", 2.5, [9, 5], ""),
    "revises": ("revises (later figure, same source)", "#8c8c8c", 1.5, False, "to"),
}
_CONFLICT_BORDER = "#b2182b"
#: Claims whose confidence is below this are drawn faded with a dashed border.
LOW_CONFIDENCE = 0.5
_LOW_BORDER = "#8a5a00"
#: Font size (px) of the labels, per node kind.
FONT = {"claim": 16, "quantity": 16, "document": 13}
_FONT_ACTOR = 15
#: Above this many nodes, edges are hidden while dragging or zooming.
BIG = 1500


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
    nodes, kinds, boxes = {}, set(), {}
    for n, attrs in graph.nodes(data=True):
        node, style = _node(graph, n, attrs)
        node["id"] = ids[n]
        nodes[n] = node
        kinds.add(style)
        boxes[n] = node_box(node["label"], font=node["font"]["size"], size=node["size"], shape=node["shape"])
    layout = arrange(graph, boxes)
    for n, (x, y) in layout.positions.items():
        nodes[n].update(x=x, y=y)
    card_of = {m: c for c in layout.cards for m in c["members"]}
    nodes = list(nodes.values())
    edges, pairs, seen, sides = [], {}, set(), {}
    for i, (u, v, attrs) in enumerate(graph.edges(data=True)):
        rel = str(attrs.get("relation", ""))
        edge = _edge(graph, u, v, rel, attrs, sides)
        # Parallel edges (a conflict and a revision between two claims) would
        # be drawn on top of each other: bend every one after the first.
        k = pairs[frozenset((u, v))] = pairs.get(frozenset((u, v)), -1) + 1
        edge.update(id=f"e{i}", **{"from": ids[u], "to": ids[v]})
        if rel in CLAIM_RELATIONS or k:
            card = card_of.get(u) if card_of.get(u) is card_of.get(v) else None
            edge["smooth"] = _route(layout.positions[u], layout.positions[v], k, card, layout.positions, boxes, (u, v))
        edges.append(edge)
        seen.add(rel)
    big = len(nodes) > BIG
    legend = [{"type": "node", "label": lab, "shape": shp, "color": col}
              for key, (lab, shp, col) in NODE_STYLES.items() if key in kinds]
    if any(nd.get("low_confidence") for nd in nodes):
        legend.append({"type": "node", "label": f"Claim of low confidence (< {LOW_CONFIDENCE:g})", "shape": "dot lowconf",
                       "color": NODE_STYLES["claim"][2]})
    legend += [{"type": "edge", "label": lab, "color": col, "dashes": dash, "width": w, "relation": key}
               for key, (lab, col, w, dash, _a) in EDGE_STYLES.items() if key in seen]
    claims = [nd for nd in nodes if nd["kind"] == "claim"]
    return {
        "title": clean(title), "nodes": nodes, "edges": edges, "legend": legend,
        "cards": [{"id": ids[c["id"]] if c["id"] is not None else None, "box": c["box"]} for c in layout.cards],
        "filters": _filters(graph, claims),
        "stats": {"nodes": len(nodes), "edges": len(edges), "claims": len(claims),
                  "conflicts": sum(e["relation"] == "conflicts_with" for e in edges),
                  "documents": sum(nd["kind"] == "document" for nd in nodes)},
        "options": {
            "physics": {"enabled": False},
            "layout": {"improvedLayout": False},
            "interaction": {"hover": True, "tooltipDelay": 150, "multiselect": True,
                            "hideEdgesOnDrag": big, "hideEdgesOnZoom": big},
            # a white halo keeps a label legible where an edge runs under it
            "nodes": {"borderWidth": 1, "font": {"size": 14, "face": "sans-serif", "strokeWidth": 3,
                                                 "strokeColor": "#ffffff"},
                      # below 7 px on screen a label is not drawn: unreadable, and slow at thousands of nodes
                      "scaling": {"label": {"drawThreshold": 7}}},
            "edges": {"smooth": False, "selectionWidth": 2,
                      "font": {"size": 12, "align": "middle", "strokeWidth": 4},
                      "scaling": {"label": {"drawThreshold": 7}}},
        },
    }


#: Cards up to this many members have their claim-to-claim edges drawn
#: straight where nothing is on the way (checked against every member).
_ROUTE_LIMIT = 80


def _route(a, b, k: int, card, pos, boxes, ends):
    """How vis-network draws an edge between two claims at ``a`` and ``b``:
    straight (False) when no other node of their card is on the way, else
    an arc that bulges up (a mostly level edge: the labels are below the
    dots) or out of the card (a mostly upright one). The ``k``-th of
    parallel edges bends further.

    Examples
    --------
    >>> _route((0, 0), (100, 0), 0, None, {}, {}, ())["type"], _route((100, 0), (0, 0), 0, None, {}, {}, ())["type"]
    ('curvedCW', 'curvedCCW')
    >>> card = {"members": ["a", "b"], "box": [0, 0, 200, 100]}
    >>> _route((0, 0), (100, 0), 0, card, {"a": (0, 0), "b": (100, 0)}, {}, ("a", "b"))
    False
    """
    members = card["members"] if card is not None and len(card["members"]) <= _ROUTE_LIMIT else None
    if not k and members is not None and not any(
            _crosses(a, b, pos[m], boxes[m]) for m in members if m not in ends):
        return False
    dx, dy = b[0] - a[0], b[1] - a[1]
    if abs(dx) >= abs(dy):
        want = (0.0, -1.0)
    else:
        middle = (card["box"][0] + card["box"][2]) / 2 if card is not None else 0.0
        want = (-1.0, 0.0) if (a[0] + b[0]) / 2 < middle else (1.0, 0.0)
    # vis-network's "curvedCW" bulges to the left of the way from -> to
    # (on screen, y down): towards (dy, -dx).
    kind = "curvedCW" if dy * want[0] - dx * want[1] >= 0 else "curvedCCW"
    return {"enabled": True, "type": kind, "roundness": round(0.3 + 0.2 * k, 2)}


def _crosses(a, b, at, box, shrink: float = 2.0) -> bool:
    """Whether the segment a-b meets the ``box`` of a node at ``at``
    (Liang-Barsky clipping).

    Examples
    --------
    >>> _crosses((0, 0), (100, 0), (50, 0), (-5, -5, 5, 5)), _crosses((0, 0), (100, 0), (50, 20), (-5, -5, 5, 5))
    (True, False)
    """
    x0, y0, x1, y1 = at[0] + box[0] + shrink, at[1] + box[1] + shrink, at[0] + box[2] - shrink, at[1] + box[3] - shrink
    lo, hi = 0.0, 1.0
    dx, dy = b[0] - a[0], b[1] - a[1]
    for p, q in ((-dx, a[0] - x0), (dx, x1 - a[0]), (-dy, a[1] - y0), (dy, y1 - a[1])):
        if p == 0:
            if q < 0:
                return False
        else:
            t = q / p
            if p < 0:
                lo = max(lo, t)
            else:
                hi = min(hi, t)
            if lo > hi:
                return False
    return True


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
    node = {"kind": str(kind or ""), "shape": shape, "color": colour, "size": 10,
            "font": {"size": FONT.get(style, _FONT_ACTOR)}}
    href = None
    if kind == "claim":
        figure = getattr(rec, "figure", None)
        said = figure_as_said(figure, getattr(rec, "evidence", "")) if figure is not None else _short(label, 40)
        label = claim_label(rec, said) if rec is not None else said
        node["figure"] = clean(said)
        value = attrs.get("value", getattr(figure, "central", None))
        node["size"] = _claim_size(value)  # the size only: a midpoint is never shown as a figure
        if attrs.get("conflicted"):
            node.update(color={"background": colour, "border": _CONFLICT_BORDER}, borderWidth=4, conflicted=True)
        confidence = getattr(rec, "confidence", None)
        if confidence is not None:
            node["confidence"] = confidence
            if confidence < LOW_CONFIDENCE:  # faded and dashed: the extractor is unsure of it
                if not attrs.get("conflicted"):
                    node.update(color={"background": colour, "border": _LOW_BORDER}, borderWidth=2)
                node.update(opacity=0.45, shapeProperties={"borderDashes": [4, 3]}, low_confidence=True)
        doc = graph.nodes.get(f"document:{rec.document}", {}).get("record") \
            if rec is not None and rec.document else None
        node["title"] = _claim_text(rec, doc, said)
        node.update(_claim_facets(graph, n, rec, doc))
        href = article_href(doc)
        node["label"] = clean(label)
    elif kind == "document":
        node["title"] = _lines("Article", ("Title", getattr(rec, "title", None) or label),
                               ("Publisher", getattr(rec, "publisher", None)),
                               ("Published", getattr(rec, "published", None)),
                               ("URL", getattr(rec, "url", None)), ("Id", getattr(rec, "id", None)))
        href = article_href(rec)
        node["label"] = _short(clean(label), 36)
    elif kind == "quantity":
        claims = tuple(getattr(rec, "claims", ()) or ())
        node["title"] = _lines("Quantity", ("Label", getattr(rec, "label", None) or label),
                               ("Claims", len(claims) if claims else None), ("Figures", _spread(claims)))
        node["label"] = _wrap(clean(label), 30, 3)
        node["size"] = 8
        node["font"].update(color="#4d2a47")
    else:
        aliases = ", ".join(getattr(rec, "aliases", ()) or ()) or None
        node["title"] = _lines("Actor", ("Name", label), ("Kind", attrs.get("actor_kind") or getattr(rec, "kind", None)),
                               ("Affiliation", getattr(rec, "affiliation", None)), ("Aliases", aliases),
                               ("Wikidata", getattr(rec, "wikidata", None)))
        node["label"] = _wrap(clean(label), 26, 2)
    node["title"] = clean(node["title"])
    if isinstance(node["color"], dict):  # selected or hovered, it keeps its colours (vis-network would turn it blue)
        c = node["color"]
        c["highlight"] = c["hover"] = {"background": c["background"], "border": c["border"]}
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


def _claim_text(claim, doc, said: str) -> str:
    if claim is None:
        return _lines("Claim", ("Figure", said))
    f = claim.figure
    date = (f"{claim.stated_on} (stated)" if claim.stated_on else
            f"{doc.published} (published)" if getattr(doc, "published", None) else None)
    bounds = f"{_num(f.lower) if f.lower is not None else '?'} to {_num(f.upper) if f.upper is not None else '?'}"
    return _lines(
        "Claim", ("Claimant", claim.claimant_name), ("Figure", said),
        ("Bounds", bounds if (f.lower, f.upper) != (None, None) else None),
        ("Qualifier", f.qualifier), ("As of", getattr(claim, "as_of", None)), ("Date", date),
        ("Hedged", "yes" if claim.hedged else "no"),
        ("Confidence", _confidence_text(getattr(claim, "confidence", None))),
        ("Quantity", claim.quantity_label), ("Scope", claim.scope),
        ("Document", getattr(doc, "title", None) or claim.document),
        ("Publisher", getattr(doc, "publisher", None)),
        ("Evidence", f"\u201c{_short(claim.evidence, 600)}\u201d" if claim.evidence else None),
    )


def _edge(graph, u, v, rel: str, attrs, sides: dict) -> dict:
    name, colour, width, dashes, arrows = EDGE_STYLES.get(rel, (rel or "related", "#999999", 1, False, "to"))
    edge = {"relation": rel, "color": {"color": colour, "highlight": colour, "hover": colour},
            "width": width, "dashes": dashes, "arrows": arrows}
    ratio = attrs.get("ratio")
    ratio = ratio if isinstance(ratio, (int, float)) and math.isfinite(ratio) else None
    if rel == "conflicts_with":
        edge["label"] = _ratio_label(ratio)
        edge["font"] = {"color": colour, "size": 15, "background": "#ffffff"}  # the line does not strike the label through
    elif rel == "agrees_with":
        edge["label"] = "\u2248"
        edge["font"] = {"color": colour, "size": 15, "background": "#ffffff"}  # the line does not strike the label through
    elif rel == "about":  # the card says it; drawn when the quantity is clicked
        edge["hidden"] = True
    if ratio is not None and rel in CLAIM_RELATIONS:
        edge["ratio"] = round(ratio, 4)
    def side(n):  # how the tooltip names an end (once per node)
        text = sides.get(n)
        if text is None:
            text = sides[n] = _claim_line(graph.nodes[n].get("record")) or _short(str(graph.nodes[n].get("label") or n), 80)
        return text
    head = name.split(" (")[0].capitalize() + (f" (\u00d7{ratio:.3g})" if ratio is not None else "")
    trust = attrs.get("confidence")  # (conflicts only; a number from compare)
    edge["title"] = clean(_lines(head, ("From", side(u)), ("To", side(v)),
                                 ("Conflict confidence", None if trust is None else f"{trust:.2f}")))
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
    if figure is None:
        return None
    return f"{figure_as_said(figure, rec.evidence)} ({_short(rec.claimant_name, 60)})"


# --- figures as said -------------------------------------------------------------

def claim_label(claim, said: str | None = None) -> str:
    """The label of a claim node: "actor: figure as said".

    The actor is the first claimant: a person of two names by the second
    (the surname), an organisation whose name ends with an acronym in
    brackets by the acronym, anyone else by the name cut at 24 characters;
    "+1" when there are more. The label goes on two lines when it is long.

    Examples
    --------
    >>> from claimgraph.model import Actor, Claim, Figure
    >>> claim_label(Claim(Actor("National Intelligence Service (NIS)"), Figure(1500, qualifier="about")))
    'NIS: about 1,500'
    >>> claim_label(Claim(Actor("Volodymyr Zelensky", "person"), Figure(3000, 3000, None, "more_than")))
    'Zelensky: more than 3,000'
    >>> claim_label(Claim((Actor("Pentagon"), Actor("NATO")), Figure(None, 11000, 12000, "range", "soldiers")))
    'Pentagon +1:\\n11,000–12,000 soldiers'
    """
    said = figure_as_said(claim.figure, claim.evidence) if said is None else said
    actor = claim.claimants[0]
    name = " ".join(str(actor.name).split())
    acronym = re.fullmatch(r".{6,}\s\(([A-Z][A-Za-z0-9.&-]{1,9})\)", name)
    if acronym:
        name = acronym.group(1)
    elif actor.kind == "person" and len(name.split(" ")) == 2 and name.split(" ")[1][:1].isalpha():
        name = name.split(" ")[1]
    who = _short(name, 24)
    if len(claim.claimants) > 1:
        who += f" +{len(claim.claimants) - 1}"
    text = f"{who}: {said}"
    return text if len(text) <= 34 else f"{who}:\n{said}"


_VAGUE_UNIT = {"dozens": 1, "scores": 1, "dizaines": 1, "hundreds": 2, "hundred": 2, "centaines": 2,
               "thousands": 3, "thousand": 3, "milliers": 3, "millions": 6, "million": 6,
               "billions": 9, "milliards": 9}
_VAGUE_WORD = "|".join(sorted(_VAGUE_UNIT, key=len, reverse=True))
_VAGUE = re.compile(
    r"(?<![\w-])(?:(?:des|plusieurs|quelques|de\s+nombreux|de\s+nombreuses|d'innombrables|many|several|"
    r"a\s+few|some|tens\s+of|hundreds\s+of|countless)\s+)?"
    rf"(?P<u1>{_VAGUE_WORD})(?:\s+(?:de|d'|of)\s*(?P<u2>{_VAGUE_WORD}))?(?![\w-])", re.I)


def figure_as_said(figure, evidence: str = "") -> str:
    """A figure as its source said it (:meth:`claimgraph.model.Figure.as_said`:
    the value, range or bound with its qualifier; never a midpoint), and for
    a vague figure the very words of the evidence ("des milliers") when they
    are found there, in quotes.

    Examples
    --------
    >>> from claimgraph.model import Figure
    >>> figure_as_said(Figure(None, 11000, 12000, "range"))
    '11,000–12,000'
    >>> figure_as_said(Figure(None, 2000, 9999, "vague"), "l'arrivée de milliers de soldats")
    '“milliers”'
    >>> figure_as_said(Figure(None, 200, 999, "vague"), "avaient subi « plusieurs centaines » de pertes")
    '“plusieurs centaines”'
    >>> figure_as_said(Figure(None, 2000, 9999, "vague", "soldiers"))
    'thousands soldiers'
    """
    if figure.qualifier == "vague":
        low = figure.lower if figure.lower is not None else figure.value if figure.value is not None else figure.upper
        order = int(math.floor(math.log10(low))) if low and low > 0 else None
        for m in _VAGUE.finditer(str(evidence or "")):
            exp = _VAGUE_UNIT[m.group("u1").lower()] + (_VAGUE_UNIT[m.group("u2").lower()] if m.group("u2") else 0)
            if exp == order:
                text = f"\u201c{' '.join(m.group().split())}\u201d"
                return f"{text} {figure.unit}" if figure.unit else text
    return figure.as_said()


def _spread(claims) -> str | None:
    """The lowest and highest figures stated for a quantity (bounds as said,
    no midpoint).

    Examples
    --------
    >>> from claimgraph.model import Actor, Claim, Figure
    >>> _spread([Claim(Actor("A"), Figure(None, 11000, 12000, "range")), Claim(Actor("B"), Figure(3000))])
    '3,000 to 12,000'
    """
    lows = [x for c in claims for x in (c.figure.lower if c.figure.lower is not None else c.figure.value,)
            if x is not None]
    highs = [x for c in claims for x in (c.figure.upper if c.figure.upper is not None else c.figure.value,)
             if x is not None]
    if not lows and not highs:
        return None
    lo, hi = min(lows or highs), max(highs or lows)
    return _num(lo) if lo == hi else f"{_num(lo)} to {_num(hi)}"


# --- helpers ------------------------------------------------------------------

def _claim_size(value) -> float:
    """Node size on a log scale: 30 and 300,000 soldiers both stay visible,
    and small enough that the label, not the dot, takes the room.

    Examples
    --------
    >>> _claim_size(30) < _claim_size(3000) < _claim_size(3e6) <= 14, _claim_size(None)
    (True, 7.0)
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return 7.0
    return round(min(14.0, 4 + 1.5 * math.log10(1 + abs(value))), 1)


def _lines(*items) -> str:
    """Tooltip text: a str item is a line as is, a (name, value) pair is
    skipped when the value is missing."""
    return "\n".join(i if isinstance(i, str) else f"{i[0]}: {_short(str(i[1]), 700)}"
                     for i in items if isinstance(i, str) or i[1] not in (None, ""))


def _short(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _wrap(text: str, width: int, lines: int) -> str:
    """``text`` on at most ``lines`` lines of about ``width`` characters.

    Examples
    --------
    >>> _wrap("North Korean troops killed or wounded in Russia's Kursk region", 30, 3)
    "North Korean troops killed or\\nwounded in Russia's Kursk\\nregion"
    >>> _wrap("a " * 40, 10, 2)
    'a a a a a\\na a a a a…'
    """
    words, out, line = " ".join(str(text).split()).split(" "), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    out.append(line)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = _short(out[-1] + " \u2026", width).rstrip(" \u2026") + "\u2026"
    return "\n".join(_short(x, width + 8) for x in out)


def _num(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() and abs(x) < 1e15 else f"{x:,.6g}"
