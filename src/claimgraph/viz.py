"""Interactive HTML view of a claim graph: one self-contained, offline page.

:func:`to_html` draws the graph of :mod:`claimgraph.graph` with the
vis-network copy that ships inside pyvis, inlined so that the page never
fetches anything. The data comes from :mod:`claimgraph.vizdata`: claims
labelled "actor: figure as said", one card per quantity (positions from
:mod:`claimgraph.layout`, physics off, so that large graphs open at once),
conflicts and agreements told apart by line, label and a colour-blind-safe
pair of colours. The page script (``data/graph.js``, styles in
``data/graph.css``) runs the legend, the filters (quantity, claimant,
dates, conflicts only, articles; each frames what remains), a debounced
search, and the side panel of a clicked node (its neighbourhood stands
out, its opponents are listed). docs/graph.md describes the page.

Article text is untrusted, so it is only ever data: a JSON block escaped by
:func:`claimgraph.htmlsafe.json_for_html`, tooltips as plain strings
(vis-network sets them as text), DOM text set with ``textContent``, and a
Content-Security-Policy that lets only this page's own scripts (by hash) run
and forbids any request.
"""
from __future__ import annotations

import re
import string
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx

from ._io import atomic_write_text
from .errors import ClaimgraphError
from .htmlsafe import csp, esc, json_for_html, read_asset
from .vizdata import EDGE_STYLES, NODE_STYLES, page_data

__all__ = ["EDGE_STYLES", "NODE_STYLES", "InlinePage", "to_html", "write_html"]

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
        JSON in ``<script id="claimgraph-data">``. Once drawn, the page sets
        ``window.network`` (the vis Network), ``window.claimgraphData`` and
        ``window.claimgraphReady``.

    Raises
    ------
    ClaimgraphError
        For something other than a networkx graph or a string title.

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
    data = page_data(graph, title)
    vis_js, vis_css = _vis_assets()
    app_js = read_asset(_DATA_DIR / "graph.js")
    page_css = read_asset(_DATA_DIR / "graph.css")
    page = string.Template(read_asset(_DATA_DIR / "graph.html"))
    # Only these two scripts may run: hashes, not 'unsafe-inline', so an
    # injected inline handler (onerror=...) would be refused as well.
    return page.substitute(
        title=esc(title), csp=esc(csp((vis_js, app_js))), vis_css=vis_css, page_css=page_css,
        vis_js=vis_js, app_js=app_js, data=json_for_html(data),
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


class InlinePage:
    """A whole HTML page shown inline in Jupyter (Notebook and Lab) in a
    sandboxed ``<iframe srcdoc=...>``; ``save`` writes the page itself.

    Examples
    --------
    >>> frame = InlinePage('<p title="a">x & y</p>', height=300)._repr_html_()
    >>> 'srcdoc="&lt;p title=&quot;a&quot;&gt;x &amp; y&lt;/p&gt;"' in frame
    True
    """

    def __init__(self, page: str, *, height: int = 600):
        if not isinstance(page, str):
            raise ClaimgraphError(f"InlinePage takes the page as a string, not {type(page).__name__}")
        if isinstance(height, bool) or not isinstance(height, int) or not 100 <= height <= 5000:
            raise ClaimgraphError(f"height must be an integer number of pixels (100 to 5000), not {height!r}")
        self.page, self.height = page, height

    def _repr_html_(self) -> str:
        # The whole page is one attribute value: esc() escapes quotes as well;
        # characters beyond ASCII as references, so that the page's scripts
        # keep their hashes whatever encoding the notebook page is read in.
        page = esc(self.page).encode("ascii", "xmlcharrefreplace").decode("ascii")
        return (f'<iframe srcdoc="{page}" sandbox="allow-scripts allow-popups '
                f'allow-popups-to-escape-sandbox" style="width: 100%; height: {self.height}px; '
                'border: 1px solid #ddd;"></iframe>')

    def save(self, path) -> Path:
        """Write the page (not the iframe) to ``path`` atomically."""
        atomic_write_text(path, self.page)
        return Path(path)


# --- assets ---------------------------------------------------------------

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
                return (_ascii_js(re.sub(r"</(script)", r"<\\/\1", read_asset(js), flags=re.I)),
                        re.sub(r"</(style)", r"<\\/\1", read_asset(css), flags=re.I))
    raise ClaimgraphError("vis-network.min.js not found in the pyvis package; reinstall pyvis")


def _ascii_js(text: str) -> str:
    """Script text in ASCII: every other character as a ``\\uXXXX`` escape
    (the same string in a literal or regular expression, the same name in
    an identifier, mere text in a comment). The script's CSP hash then holds
    however the page is decoded, as an ``<iframe srcdoc>`` in a notebook
    page of unknown encoding too.

    Examples
    --------
    >>> print(_ascii_js('s = "\\u00a9 \\U0001f600";'))
    s = "\\u00a9 \\ud83d\\ude00";
    """
    def escape(m):
        units = m.group().encode("utf-16-be")
        return "".join(f"\\u{int.from_bytes(units[i:i + 2], 'big'):04x}" for i in range(0, len(units), 2))
    return re.sub(r"[^\x00-\x7f]", escape, text)


def _version(folder) -> tuple:
    return tuple(int(p) for p in re.findall(r"\d+", folder.name))
