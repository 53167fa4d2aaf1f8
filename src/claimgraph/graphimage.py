"""The claim graph as a still picture, and the notebook display that keeps it.

A notebook saves what a cell displayed, but JupyterLab and Notebook 7 show
the saved HTML of an *untrusted* notebook (one executed elsewhere, or opened
on another machine) through a sanitizer that removes ``<iframe>``,
``<script>`` and ``<style>``: the interactive graph page, an iframe, would
leave a blank. :class:`GraphView` therefore displays one bundle that
carries both:

* ``text/html``: the interactive page in a sandboxed ``<iframe srcdoc>``
  (:class:`claimgraph.viz.InlinePage`), and after it a PNG of the graph as an
  ``<img>`` data URI that a ``<style>`` element in the same output hides. In
  a trusted notebook the style applies and the iframe shows; in an untrusted
  one the sanitizer drops the iframe and the style, and the picture shows.
* ``image/png``: the same picture, for renderers that skip HTML (nbconvert
  to PDF, Notebook 6 untrusted, previews).

The picture is drawn with matplotlib from :func:`claimgraph.vizdata.page_data`,
so it has the page's positions, shapes, colours, labels and legend.
"""
from __future__ import annotations

import base64
import hashlib
import io
import json
from pathlib import Path

import matplotlib
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyBboxPatch

from ._io import atomic_write_bytes
from .chartplot import RC
from .errors import ClaimgraphError
from .htmlsafe import esc

__all__ = ["GraphView", "draw_graph", "graph_png", "page_json"]

#: vis-network node shape -> matplotlib marker.
_MARKERS = {"dot": "o", "ellipse": "o", "circle": "o", "square": "s", "box": "s", "triangle": "^",
            "triangleDown": "v", "hexagon": "h", "diamond": "D", "star": "*"}
#: Nodes of a graph this small are all labelled; larger ones name their
#: quantities and actors only, the most connected first, up to MAX_LABELS.
LABEL_ALL = 60
MAX_LABELS = 60


def draw_graph(graph, *, title: str = "claimgraph", width: float = 11.0, height: float = 7.0,
               data: dict | None = None) -> Figure:
    """A new matplotlib Figure of the graph page's picture (no pyplot).

    ``data`` is the page's :func:`~claimgraph.vizdata.page_data` when the
    caller has it already (the layout is the costly part); it is computed
    from ``graph`` otherwise.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("actor:nato", kind="actor", label="NATO", actor_kind="organisation")
    >>> g.add_node("quantity:q", kind="quantity", label="soldiers")
    >>> _ = g.add_edge("actor:nato", "quantity:q", relation="about")
    >>> fig = draw_graph(g, title="t")
    >>> sorted(t.get_text() for t in fig.axes[0].texts)
    ['NATO', 'soldiers']
    """
    if data is None:
        from .vizdata import page_data

        data = page_data(graph, title)
    # what the page shows at first: no articles (shown on demand) and no hidden edges (the quantity lines: the card says it)
    nodes = [n for n in data["nodes"] if n.get("kind") != "document"]
    edges = [e for e in data["edges"] if not e.get("hidden")]
    cards = [c["box"] for c in data.get("cards") or () if isinstance(c, dict) and len(c.get("box") or ()) == 4]
    with matplotlib.rc_context(RC):
        fig = Figure(figsize=(width, height), layout="constrained")
        ax = fig.add_subplot()
        ax.set_axis_off()
        ax.set_aspect("equal", adjustable="box")
        ax.invert_yaxis()  # the page's y grows downwards
        stats = data["stats"]
        fig.suptitle(f"{_short(title, 80)}: {stats['nodes']} nodes, {stats['edges']} edges, "
                     f"{stats['conflicts']} conflict{'' if stats['conflicts'] == 1 else 's'}", fontweight="bold")
        if not nodes:
            ax.text(0.5, 0.5, "empty graph", transform=ax.transAxes, ha="center", va="center", color="#777")
            return fig
        at = {n["id"]: (n["x"], n["y"]) for n in nodes}
        xs = [x for x, _ in at.values()] + [x for b in cards for x in (b[0], b[2])]
        ys = [y for _, y in at.values()] + [y for b in cards for y in (b[1], b[3])]
        extent = max(max(xs) - min(xs), max(ys) - min(ys), 1.0)
        pad = extent * 0.04
        ax.set_xlim(min(xs) - pad, max(xs) + pad)
        ax.set_ylim(max(ys) + pad, min(ys) - pad)
        points_per_unit = min(width, height) * 72 / (extent + 2 * pad)
        _cards(ax, cards)
        _edges(ax, edges, at)
        _nodes(ax, nodes, points_per_unit)
        _labels(ax, nodes, graph)
        drawn = {e.get("relation") for e in edges if e.get("from") in at and e.get("to") in at}
        _legend(fig, [item for item in data["legend"] if _drawn(item, drawn)])
    return fig


def graph_png(graph, *, title: str = "claimgraph", dpi: int = 100, data: dict | None = None) -> bytes:
    """:func:`draw_graph` as PNG bytes (1100 x 700 pixels at the default dpi),
    in 128 colours: a notebook keeps it twice (see the module doc), and a
    palette makes it about three times smaller than full colour."""
    from PIL import Image

    buf = io.BytesIO()
    with matplotlib.rc_context(RC):
        draw_graph(graph, title=title, data=data).savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    picture = Image.open(buf).convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT,
                                                         dither=Image.Dither.NONE)
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True, dpi=(dpi, dpi))
    return out.getvalue()


def page_json(page: str) -> dict | None:
    """The data block of a graph page (``<script id="claimgraph-data">``, see
    :func:`claimgraph.viz.to_html`), or None when the page has none.

    Examples
    --------
    >>> page_json('<script id="claimgraph-data" type="application/json">{"a": "\\u003cb\\u003e"}</script>')
    {'a': '<b>'}
    >>> page_json("<p>no data</p>") is None
    True
    """
    start = page.find('<script id="claimgraph-data"')
    if start < 0:
        return None
    start = page.find(">", start) + 1
    end = page.find("</script>", start)
    try:
        data = json.loads(page[start:end])
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


class GraphView:
    """The graph shown inline in Jupyter, interactive while the notebook is
    trusted and a still picture once it is saved and reopened elsewhere (see
    the module doc). ``save(path)`` writes the page (``.html``) or the
    picture (``.png``).

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("actor:nato", kind="actor", label="NATO", actor_kind="organisation")
    >>> view = GraphView(g, "<!DOCTYPE html><p>page</p>", height=300)
    >>> bundle = view._repr_mimebundle_()
    >>> sorted(bundle)
    ['image/png', 'text/html', 'text/plain']
    >>> html = bundle["text/html"]
    >>> "<iframe srcdoc=" in html, 'src="data:image/png;base64,' + bundle["image/png"] + '"' in html
    (True, True)
    """

    def __init__(self, graph, page: str, *, height: int = 600, title: str = "claimgraph"):
        from .viz import InlinePage

        self.frame = InlinePage(page, height=height)  # checks the page and the height
        if not isinstance(title, str):
            raise ClaimgraphError(f"title must be a string, not {type(title).__name__}")
        self.graph, self.title = graph, title
        self._png: bytes | None = None

    @property
    def page(self) -> str:
        """The interactive page (what ``save("x.html")`` writes)."""
        return self.frame.page

    @property
    def height(self) -> int:
        return self.frame.height

    def to_png(self) -> bytes:
        """The still picture (drawn once, then kept)."""
        if self._png is None:  # from the page's own data: the same layout, computed once
            data = page_json(self.page)
            usable = isinstance(data, dict) and all(k in data for k in ("nodes", "edges", "legend", "stats"))
            self._png = graph_png(self.graph, title=self.title, data=data if usable else None)
        return self._png

    def __repr__(self) -> str:
        return f"<claimgraph view of {self.graph.number_of_nodes()} nodes, {self.graph.number_of_edges()} edges>"

    def _repr_html_(self) -> str:
        png = base64.b64encode(self.to_png()).decode("ascii")
        key = "claimgraph-view-" + hashlib.sha1(self.page.encode("utf-8")).hexdigest()[:12]
        alt = esc(f"{self.title}: a still picture of the graph, {self.graph.number_of_nodes()} nodes")
        return (f'<div id="{key}" class="claimgraph-view">'
                f"<style>#{key} .claimgraph-static {{ display: none; }}</style>"
                f"{self.frame._repr_html_()}"
                '<div class="claimgraph-static">'
                f'<img src="data:image/png;base64,{png}" alt="{alt}" style="max-width: 100%; height: auto;">'
                '<p style="color: #666; font-size: 12px;">A still picture of the graph: the interactive one shows '
                "in a trusted notebook (File \u25b8 Trust Notebook, or run the cell again).</p></div></div>")

    def _repr_png_(self) -> bytes:
        return self.to_png()

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:
        return {"text/plain": repr(self), "text/html": self._repr_html_(),
                "image/png": base64.b64encode(self.to_png()).decode("ascii")}

    def save(self, path) -> Path:
        """Write the page (``.html``) or the picture (``.png``) to ``path``."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix in (".html", ".htm"):
            return self.frame.save(path)
        if suffix == ".png":
            atomic_write_bytes(path, self.to_png())
            return path
        raise ClaimgraphError(f"{path}: the graph is saved as .html (interactive) or .png (picture), "
                              f"not {path.suffix or 'no suffix'!r}")


def _colour(c, part: str, default: str) -> str:
    if isinstance(c, dict):
        return c.get(part) or c.get("background") or c.get("color") or default
    return c or default


def _cards(ax, boxes) -> None:
    """The quantities' cards, tinted as on the page, under everything else."""
    for x0, y0, x1, y1 in boxes:
        ax.add_patch(FancyBboxPatch((x0, y0), x1 - x0, y1 - y0, boxstyle="round,pad=0,rounding_size=10",
                                    facecolor="#f8f3f7", edgecolor="#dccbd8", linewidth=0.6, zorder=0))


def _drawn(item, relations) -> bool:
    """Whether a legend entry of the page names something the picture draws
    (no articles, no edge of a relation left undrawn)."""
    from .vizdata import NODE_STYLES

    if item.get("type") == "edge":
        return item.get("relation") in relations
    return item.get("label") != NODE_STYLES["document"][0]


def _edges(ax, edges, at) -> None:
    groups: dict = {}
    for e in edges:
        a, b = at.get(e.get("from")), at.get(e.get("to"))
        if a is None or b is None:
            continue
        conflict = e.get("relation") == "conflicts_with"
        style = (_colour(e.get("color"), "color", "#999999"), float(e.get("width") or 1),
                 "--" if e.get("dashes") else "-", conflict)
        groups.setdefault(style, []).append((a, b))
    for (colour, width, dash, conflict), segments in sorted(groups.items(), key=lambda kv: kv[0][3]):
        ax.add_collection(LineCollection(segments, colors=colour, linewidths=0.5 + 0.4 * width, linestyles=dash,
                                         alpha=0.95 if conflict else 0.55, zorder=3 if conflict else 1))


def _nodes(ax, nodes, points_per_unit: float) -> None:
    groups: dict = {}
    for n in nodes:
        groups.setdefault(_MARKERS.get(str(n.get("shape", "")).split()[0] if n.get("shape") else "", "o"), []).append(n)
    for marker, group in groups.items():
        size = [min(28.0, max(4.0, 2 * float(n.get("size") or 10) * points_per_unit)) ** 2 for n in group]
        ax.scatter([n["x"] for n in group], [n["y"] for n in group], s=size, marker=marker, zorder=4,
                   c=[_colour(n.get("color"), "background", "#888888") for n in group],
                   edgecolors=[_colour(n.get("color"), "border", "#555555") for n in group],
                   linewidths=[1.6 if (n.get("borderWidth") or 1) > 2 else 0.5 for n in group],
                   alpha=None if not any(n.get("opacity") for n in group) else 0.85)


def _labels(ax, nodes, graph) -> None:
    if len(nodes) <= LABEL_ALL:
        chosen = nodes
    else:
        named = [n for n in nodes if n.get("kind") not in ("claim", "document")]
        degree = lambda n: graph.degree(n["id"]) if n["id"] in graph else 0
        chosen = sorted(named, key=lambda n: (n.get("kind") != "quantity", -degree(n), n["id"]))[:MAX_LABELS]
    for n in chosen:
        bold = n.get("kind") == "quantity"
        ax.annotate(_short(n.get("label") or n["id"], 34), (n["x"], n["y"]), xytext=(0, -9), textcoords="offset points",
                    ha="center", va="top", fontsize=7.5 if bold else 6.5, fontweight="bold" if bold else "normal",
                    color="#222222", zorder=5, annotation_clip=True)


def _legend(fig, legend) -> None:
    handles = []
    for item in legend:
        colour = _colour(item.get("color"), "background", "#888888")
        if item.get("type") == "edge":
            handles.append(Line2D([], [], color=colour, lw=1.6, ls="--" if item.get("dashes") else "-",
                                  label=item.get("label", "")))
        else:
            marker = _MARKERS.get(str(item.get("shape", "dot")).split()[0], "o")
            handles.append(Line2D([], [], color=colour, marker=marker, ls="none", ms=7, label=item.get("label", "")))
    if handles:
        fig.legend(handles=handles, loc="outside right upper", frameon=False, fontsize=7.5)


def _short(text, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
