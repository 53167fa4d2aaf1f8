"""Interactive HTML view of a claim graph: one self-contained, offline page.

:func:`to_html` draws the graph of :mod:`claimgraph.graph` (actors, claims,
documents and quantities; conflicts in red, agreements in green) with the
vis-network copy that ships inside pyvis, inlined so the page never fetches
anything. Positions are computed here with networkx and physics is off, so
large graphs open at once.

Article text is untrusted, so it is only ever data: a JSON block with ``<``,
``>`` and ``&`` escaped (a ``</script>`` in a title cannot end the element),
tooltips are plain strings (vis-network sets them with ``innerText``), and a
Content-Security-Policy lets only this page's own scripts (by hash) run and
forbids any request.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
import string
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx

from ._io import atomic_write_text
from .errors import ClaimgraphError

__all__ = ["EDGE_STYLES", "NODE_STYLES", "to_html", "write_html"]

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
# Above this many nodes networkx's spring layout needs scipy (not a dependency)
# and O(n^2) memory, so big graphs get a cheap clustered layout instead.
_SPRING_LIMIT = 500
_GOLDEN = math.pi * (3 - math.sqrt(5))
_DATA_DIR = resources.files("claimgraph") / "data"


def to_html(graph, *, title: str = "claimgraph") -> str:
    """Render a claim graph as one self-contained HTML page.

    Parameters
    ----------
    graph : networkx.Graph
        Usually the ``MultiDiGraph`` of :func:`claimgraph.graph.build_graph`:
        nodes carry ``kind``, ``label`` and ``record``; edges ``relation``.
    title : str
        Page title and heading (escaped).

    Returns
    -------
    str
        The page. It loads nothing: vis-network is inlined, and the data is
        JSON in ``<script id="claimgraph-data">``. Once loaded, the page sets
        ``window.network`` (the vis Network) and ``window.claimgraphData``.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("actor:nato", kind="actor", label="NATO", actor_kind="organisation")
    >>> page = to_html(g, title="Troops <1>")
    >>> page.startswith("<!DOCTYPE html>"), "<title>Troops &lt;1&gt;</title>" in page
    (True, True)
    """
    if not isinstance(graph, nx.Graph):
        raise ClaimgraphError(f"to_html() takes a networkx graph, not {type(graph).__name__}")
    if not isinstance(title, str):
        raise ClaimgraphError(f"title must be a string, not {type(title).__name__}")
    data = _page_data(graph, title)
    vis_js, vis_css = _vis_assets()
    app_js = _asset(_DATA_DIR / "graph.js")
    # Only these two scripts may run: hashes, not 'unsafe-inline', so an
    # injected inline handler (onerror=...) would be refused as well.
    hashes = " ".join(f"'sha256-{_sha256(s)}'" for s in (vis_js, app_js))
    csp = (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    page = string.Template(_asset(_DATA_DIR / "graph.html"))
    return page.substitute(
        title=html.escape(_clean(title)), csp=html.escape(csp), vis_css=vis_css,
        vis_js=vis_js, app_js=app_js, data=_json_for_html(data),
    )


def write_html(graph, path, *, title: str = "claimgraph") -> Path:
    """Write :func:`to_html` to ``path`` atomically; no other file is created.

    Examples
    --------
    >>> import tempfile
    >>> out = write_html(nx.MultiDiGraph(), Path(tempfile.mkdtemp()) / "g.html")
    >>> [p.name for p in out.parent.iterdir()]
    ['g.html']
    """
    page = to_html(graph, title=title)
    path = Path(path)
    atomic_write_text(path, page)
    return path


# --- data -------------------------------------------------------------------

def _page_data(graph, title: str) -> dict:
    ids = {n: str(n) for n in graph}
    if len(set(ids.values())) != len(ids):
        raise ClaimgraphError("node ids must stay distinct as strings (e.g. not both 1 and '1')")
    pos = _layout(graph)
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
    legend += [{"type": "edge", "label": lab, "color": col, "dashes": dash}
               for key, (lab, col, _w, dash, _a) in EDGE_STYLES.items() if key in seen]
    claims = sum(1 for _, k in graph.nodes(data="kind") if k == "claim")
    return {
        "title": title, "nodes": nodes, "edges": edges, "legend": legend,
        "stats": {"nodes": len(nodes), "edges": len(edges), "claims": claims,
                  "conflicts": sum(e["relation"] == "conflicts_with" for e in edges)},
        "options": {
            "physics": {"enabled": False},
            "layout": {"improvedLayout": False},
            "interaction": {"hover": True, "tooltipDelay": 120, "multiselect": True,
                            "hideEdgesOnDrag": big, "hideEdgesOnZoom": big},
            "nodes": {"borderWidth": 1, "font": {"size": 14, "face": "sans-serif"}},
            "edges": {"smooth": False, "selectionWidth": 2,
                      "font": {"size": 12, "align": "middle", "strokeWidth": 4}},
        },
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
    if kind == "claim":
        figure = getattr(rec, "figure", None)
        label = str(figure) if figure is not None else label
        value = attrs.get("value", getattr(figure, "central", None))
        node["size"] = _claim_size(value)
        if attrs.get("conflicted"):
            node.update(color={"background": colour, "border": _CONFLICT_BORDER}, borderWidth=4)
        node["title"] = _claim_text(graph, rec, label)
    elif kind == "document":
        node["title"] = _lines("Document", ("Title", getattr(rec, "title", None) or label),
                               ("Publisher", getattr(rec, "publisher", None)),
                               ("Published", getattr(rec, "published", None)),
                               ("URL", getattr(rec, "url", None)), ("Id", getattr(rec, "id", None)))
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
    node["label"] = _short(label, 40)
    return node, style


def _claim_text(graph, claim, label: str) -> str:
    if claim is None:
        return _lines("Claim", ("Figure", label))
    f = claim.figure
    doc = graph.nodes.get(f"document:{claim.document}", {}).get("record") if claim.document else None
    date = (f"{claim.stated_on} (stated)" if claim.stated_on else
            f"{doc.published} (published)" if getattr(doc, "published", None) else None)
    bounds = f"{_num(f.lower) if f.lower is not None else '?'} to {_num(f.upper) if f.upper is not None else '?'}"
    return _lines(
        "Claim", ("Claimant", claim.claimant_name), ("Figure", str(f)),
        ("Bounds", bounds if (f.lower, f.upper) != (None, None) else None),
        ("Qualifier", f.qualifier), ("Date", date), ("Hedged", "yes" if claim.hedged else "no"),
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
        edge["label"] = f"\u00d7{ratio:.2g}" if ratio is not None and ratio < 10 else \
            f"\u00d7{ratio:,.0f}" if ratio is not None else "\u2260"
        edge["font"] = {"color": colour}
    elif rel == "agrees_with":
        edge["label"] = "\u2248"
        edge["font"] = {"color": colour}
    side = lambda n: _claim_line(graph.nodes[n].get("record")) or _short(str(graph.nodes[n].get("label") or n), 80)
    head = name.capitalize() + (f" (\u00d7{ratio:.3g})" if ratio is not None else "")
    edge["title"] = _lines(head, ("From", side(u)), ("To", side(v)))
    return edge


def _claim_line(rec) -> str | None:
    figure = getattr(rec, "figure", None)
    return f"{figure} ({_short(rec.claimant_name, 60)})" if figure is not None else None


# --- helpers ------------------------------------------------------------------

def _claim_size(value) -> float:
    # log scale: 30 and 30,000 soldiers must both stay visible and clickable.
    if not isinstance(value, (int, float)) or not math.isfinite(value):
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


def _clean(text: str) -> str:
    # Lone surrogates (from bad decoding upstream) cannot be written as UTF-8.
    return text.encode("utf-8", "replace").decode("utf-8")


def _json_for_html(data) -> str:
    """JSON that cannot end or confuse the ``<script>`` element it sits in.

    >>> _json_for_html({"t": "</script><b>&\\u2028"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026\\\\u2028"}'
    """
    text = json.dumps(data, ensure_ascii=True, allow_nan=False, default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _asset(path) -> str:
    # Browsers hash script text after turning CR/CRLF into LF: do it first.
    return path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    root = resources.files("pyvis")
    for base in ("lib", "templates/lib"):
        folder = root.joinpath(*base.split("/"))
        found = sorted((d for d in folder.iterdir() if d.name.startswith("vis-")), key=_version, reverse=True) \
            if folder.is_dir() else []
        for d in found:
            js, css = d / "vis-network.min.js", d / "vis-network.css"
            if js.is_file() and css.is_file():
                # A literal "</script" or "</style" would end the element early.
                return (re.sub(r"</(script)", r"<\\/\1", _asset(js), flags=re.I),
                        re.sub(r"</(style)", r"<\\/\1", _asset(css), flags=re.I))
    raise ClaimgraphError("vis-network.min.js not found in the pyvis package; reinstall pyvis")


def _version(folder) -> tuple:
    return tuple(int(p) for p in re.findall(r"\d+", folder.name))


# --- layout -------------------------------------------------------------------

def _layout(graph) -> dict:
    n = len(graph)
    if n == 0:
        return {}
    if n > _SPRING_LIMIT:
        return _cluster_layout(graph)
    simple = nx.Graph()
    simple.add_nodes_from(graph)
    simple.add_edges_from((u, v) for u, v in graph.edges() if u != v)
    scale = 60 * math.sqrt(n) + 80
    pos = nx.spring_layout(simple, seed=7, scale=scale)
    return {k: (float(x), float(y)) for k, (x, y) in pos.items()}


def _cluster_layout(graph, gap: float = 45.0) -> dict:
    """Claims on a disc around their quantity, quantities on a spiral (largest
    in the middle), every other node at the mean of its placed neighbours."""
    kind = dict(graph.nodes(data="kind"))
    anchor = {}
    for u, v, rel in graph.edges(data="relation"):
        if rel == "about" and kind.get(u) == "claim":
            anchor.setdefault(u, v)
    groups = {n: [] for n in graph if kind.get(n) == "quantity"}
    for n in graph:
        if kind.get(n) == "claim":
            groups.setdefault(anchor.get(n), []).append(n)
    pos, area = {}, 0.0
    for i, (hub, claims) in enumerate(sorted(groups.items(), key=lambda kv: -len(kv[1]))):
        radius = gap * (math.sqrt(len(claims) + 1) + 1)
        r = math.sqrt(area / math.pi) + radius if i else 0.0
        area += 4 * radius * radius
        cx, cy = r * math.cos(i * _GOLDEN), r * math.sin(i * _GOLDEN)
        if hub is not None:
            pos[hub] = (cx, cy)
        for j, c in enumerate(claims):
            rho = gap * math.sqrt(j + 1)
            pos[c] = (cx + rho * math.cos(j * _GOLDEN), cy + rho * math.sin(j * _GOLDEN))
    for _ in range(3):  # actors reach claims in one step, affiliations in two
        for n in graph:
            if n in pos:
                continue
            near = [pos[m] for m in nx.all_neighbors(graph, n) if m in pos]
            if near:
                # Deterministic jitter so that actors with the same claims do not overlap.
                h = int.from_bytes(hashlib.md5(str(n).encode()).digest()[:4], "big")
                angle, rho = h % 3600 / 3600 * 2 * math.pi, gap * (0.6 + h % 97 / 97)
                pos[n] = (sum(p[0] for p in near) / len(near) + rho * math.cos(angle),
                          sum(p[1] for p in near) / len(near) + rho * math.sin(angle))
    rest = [n for n in graph if n not in pos]
    outer = math.sqrt(area / math.pi) + 2 * gap
    for j, n in enumerate(rest):
        pos[n] = (outer * math.cos(2 * math.pi * j / len(rest)), outer * math.sin(2 * math.pi * j / len(rest)))
    return pos
