"""Figure-comparison chart and timeline of one quantity, static or in a page.

:func:`chart` wraps a :class:`~claimgraph.compare.Comparison` in a
:class:`Chart` drawn by :mod:`claimgraph.chartplot` (matplotlib). A Chart
saves as PNG, SVG or a self-contained HTML page (inline SVG with a tooltip on
every claim, a click on a claim jumps to its row in the table below; no
script at all and no request), and shows itself inline in Jupyter.

Claimant names, titles and evidence are untrusted: matplotlib escapes the
text it writes, the tooltips and the table are escaped here, and the page's
Content-Security-Policy forbids every script.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

import matplotlib

from ._io import atomic_write_bytes, atomic_write_text
from .chartplot import KINDS, MAX_ROWS, PNG_DPI, RC, draw, order
from .chartpage import fmt_num, fmt_ratio, page
from .compare import Comparison
from .errors import ClaimgraphError
from .model import one_name_per_actor
from .htmlsafe import esc

__all__ = ["FORMATS", "Chart", "chart", "chart_pages", "write_chart"]

#: File formats :meth:`Chart.save` writes, by suffix.
FORMATS = ("html", "png", "svg")


def chart(comparison: Comparison, *, documents=(), tolerance: float = 0.1, kind: str = "both",
          title: str | None = None) -> "Chart":
    """The chart of one quantity.

    Parameters
    ----------
    comparison : Comparison
        One quantity's claims and relations (from :func:`claimgraph.compare`).
    documents : iterable of Document
        Their ``published`` dates stand in for a missing ``stated_on``, and
        their URLs become links in the HTML table.
    tolerance : float
        Width given to approximate figures, as in the comparison.
    kind : {"both", "figures", "timeline"}
        Figures grouped by claimant, the timeline, or both panels.
    title : str, optional
        Defaults to the quantity label.

    Examples
    --------
    >>> from claimgraph.compare import compare
    >>> from claimgraph.model import Actor, Claim, Figure
    >>> [cmp] = compare([Claim(Actor("US officials"), Figure(3000, qualifier="about"), "soldiers"),
    ...                  Claim(Actor("<b>Kyiv</b>"), Figure(10000, qualifier="about"), "soldiers")])
    >>> c = chart(cmp)
    >>> svg = c.to_svg()
    >>> svg.startswith("<svg"), "&lt;b&gt;Kyiv" in svg, "<b>" in svg
    (True, True, False)
    >>> c.to_png()[:4]
    b'\\x89PNG'
    """
    return Chart(comparison, documents=documents, tolerance=tolerance, kind=kind, title=title)


class Chart:
    """A drawable, savable chart of one quantity (see :func:`chart`)."""

    def __init__(self, comparison: Comparison, *, documents=(), tolerance: float = 0.1, kind: str = "both",
                 title: str | None = None):
        if not isinstance(comparison, Comparison):
            raise ClaimgraphError(f"a chart is drawn from a Comparison, not {type(comparison).__name__}")
        if kind not in KINDS:
            raise ClaimgraphError(f"chart kind must be one of {', '.join(KINDS)}, not {kind!r}")
        if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or not 0 <= tolerance < 1e6:
            raise ClaimgraphError(f"tolerance must be a number >= 0, not {tolerance!r}")
        if title is not None and not isinstance(title, str):
            raise ClaimgraphError(f"title must be a string, not {type(title).__name__}")
        if not comparison.claims:
            raise ClaimgraphError(f"quantity {comparison.quantity_id!r} has no claims to chart")
        comparison = _one_name_per_actor(comparison)
        self.comparison, self.kind, self.tolerance = comparison, kind, float(tolerance)
        self.title = title or comparison.label
        self.documents = {d.id: d for d in documents}
        self.dates = {c.id: c.stated_on or getattr(self.documents.get(c.document), "published", None)
                      for c in comparison.claims}
        self._svg: str | None = None
        self._notes: dict | None = None

    def __repr__(self) -> str:
        return f"<Chart of {self.comparison.quantity_id!r}: {len(self.comparison.claims)} claims, kind={self.kind!r}>"

    def figure(self):
        """A new matplotlib Figure of the chart (not attached to pyplot)."""
        return draw(self.comparison, self.dates, tolerance=self.tolerance, kind=self.kind, title=self.title,
                    source=self.source_line())

    def source_line(self) -> str:
        """Where the figures come from: the outlets (the four that carry the
        most claims, then how many more) and the span of their dates.

        Examples
        --------
        >>> from claimgraph.compare import compare
        >>> from claimgraph.model import Actor, Claim, Document, Figure
        >>> docs = [Document("a", publisher="Example Wire", published="2024-10-30"),
        ...         Document("b", publisher="Le Veilleur", published="2024-11-02")]
        >>> [cmp] = compare([Claim(Actor("A"), Figure(3), "x", document="a"), Claim(Actor("B"), Figure(9), "x", document="b"),
        ...                  Claim(Actor("C"), Figure(5), "x")])
        >>> chart(cmp, documents=docs).source_line()
        'Source: Example Wire, Le Veilleur and 1 curated claim · 2024-10-30 to 2024-11-02'
        """
        counts: dict[str, int] = {}
        curated = 0
        for c in self.comparison.claims:
            doc = self.documents.get(c.document)
            outlet = (getattr(doc, "publisher", None) or _host(getattr(doc, "url", None))
                      or getattr(doc, "title", None) or c.document)
            if outlet:
                counts[outlet] = counts.get(outlet, 0) + 1
            else:
                curated += 1
        outlets = [o for o, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
        names = [_short(o, 32) for o in outlets[:4]]
        if len(outlets) > 4:
            names.append(f"{len(outlets) - 4} more outlet{'s' * (len(outlets) > 5)}")
        if curated:
            names.append(f"{curated} curated claim{'s' * (curated != 1)}")
        said = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)
        days = sorted(d for d in self.dates.values() if d is not None)
        span = "undated" if not days else str(days[0]) if days[0] == days[-1] else f"{days[0]} to {days[-1]}"
        return f"Source: {_short(said, 110)} \u00b7 {span}"

    def to_png(self, dpi: int = PNG_DPI) -> bytes:
        """The chart as PNG bytes, by default at twice the figure's size
        (:data:`claimgraph.chartplot.PNG_DPI`), sharp on high-density screens."""
        buf = io.BytesIO()
        with matplotlib.rc_context(RC):
            self.figure().savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
        return buf.getvalue()

    def to_svg(self) -> str:
        """The chart as an SVG document (no XML prolog), with a ``<title>``
        tooltip on each claim and a link from it to ``#claim-<row>``."""
        if self._svg is None:
            buf = io.StringIO()
            with matplotlib.rc_context(RC):
                self.figure().savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
            svg = buf.getvalue()
            svg = svg[svg.index("<svg"):]
            tips = [esc(self._describe(c)) for c in self.claims_in_order()[:MAX_ROWS]]
            # Matplotlib opens links in a new tab: these jump within the page.
            svg = re.sub(r'(<a xlink:href="#claim-\d+") target="_blank">', r"\1>", svg)
            self._svg = re.sub(r'<g id="cg([bctu])(\d+)">',
                               lambda m: f'{m.group(0)[:-1]} class="claim"><title>{tips[int(m.group(2))]}</title>', svg)
        return self._svg

    def claims_in_order(self) -> list:
        """The claims as drawn: grouped by claimant, each group by date."""
        return order(self.comparison.claims, self.dates)

    def _describe(self, claim) -> str:
        doc = self.documents.get(claim.document)
        lo, hi = claim.figure.interval(self.tolerance)
        if self._notes is None:
            self._notes = self.notes()
        relations = self._notes.get(claim.id, [])
        lines = [f"{claim.claimant_name}: {claim.figure}",
                 f"compared as {fmt_num(lo)} to {fmt_num(hi)}",
                 f"date: {self.dates.get(claim.id) or 'undated'}" + (" (stated)" if claim.stated_on else ""),
                 "hedged" if claim.hedged else "",
                 *relations,
                 f"source: {getattr(doc, 'title', None) or claim.document}" if claim.document else "",
                 f"\u201c{_short(claim.evidence, 400)}\u201d" if claim.evidence else ""]
        return "\n".join(line for line in lines if line)

    def notes(self) -> dict:
        """Claim id -> lines on its conflicts and revisions."""
        by_id = {c.id: c for c in self.comparison.claims}
        out: dict[str, list] = {}
        for r in self.comparison.relations:
            if r.kind == "agreement" or r.a not in by_id or r.b not in by_id:
                continue
            ratio = f" ({fmt_ratio(r.ratio)})" if r.ratio is not None else ""
            a, b = by_id[r.a], by_id[r.b]
            if r.kind == "conflict":
                out.setdefault(r.a, []).append(f"conflicts with {b.claimant_name}: {b.figure}{ratio}")
                out.setdefault(r.b, []).append(f"conflicts with {a.claimant_name}: {a.figure}{ratio}")
            else:
                out.setdefault(r.a, []).append(f"revises {b.figure} ({self.dates.get(r.b)})")
                out.setdefault(r.b, []).append(f"revised to {a.figure} ({self.dates.get(r.a)})")
        return out

    def to_html(self) -> str:
        """A self-contained page: the chart, then a table of the claims."""
        return page(self)

    def _repr_html_(self) -> str:
        return f'<div style="max-width: 100%; overflow: auto;">{self.to_svg()}</div>'

    def _repr_svg_(self) -> str:
        return self.to_svg()

    def save(self, path) -> Path:
        """Write the chart to ``path``; the format follows its suffix
        (``.html``, ``.png`` or ``.svg``). Exactly that file is written."""
        path = Path(path)
        fmt = path.suffix.lower().lstrip(".")
        if fmt == "htm":
            fmt = "html"
        if fmt not in FORMATS:
            raise ClaimgraphError(f"{path}: a chart is saved as .html, .png or .svg, not {path.suffix or 'no suffix'!r}")
        if fmt == "png":
            atomic_write_bytes(path, self.to_png())
        elif fmt == "svg":
            atomic_write_text(path, '<?xml version="1.0" encoding="utf-8" standalone="no"?>\n' + self.to_svg())
        else:
            atomic_write_text(path, self.to_html())
        return path


def write_chart(comparison: Comparison, path, **options) -> Path:
    """:func:`chart` then :meth:`Chart.save`.

    Examples
    --------
    >>> import tempfile
    >>> from claimgraph.compare import compare
    >>> from claimgraph.model import Actor, Claim, Figure
    >>> [cmp] = compare([Claim(Actor("A"), Figure(3), "x")])
    >>> out = write_chart(cmp, Path(tempfile.mkdtemp()) / "x.svg")
    >>> [p.name for p in out.parent.iterdir()]
    ['x.svg']
    """
    return chart(comparison, **options).save(path)


def chart_pages(comparisons, *, documents=(), tolerance: float = 0.1, jobs: int = 1) -> list[str]:
    """The HTML page (:meth:`Chart.to_html`) of each comparison, in order.

    With ``jobs`` > 1 the charts are drawn in that many processes (matplotlib
    draws in one thread, so this is where the time of a large ``build`` goes);
    each worker gets its comparison and the documents its claims cite, and
    the pages are the same, in the same order, whatever ``jobs`` is.

    Examples
    --------
    >>> from claimgraph.compare import compare
    >>> from claimgraph.model import Actor, Claim, Figure
    >>> cmps = compare([Claim(Actor("A"), Figure(3), "x"), Claim(Actor("B"), Figure(30), "y")])
    >>> pages = chart_pages(cmps, jobs=2)
    >>> pages == chart_pages(cmps, jobs=1), [p.count("<svg") for p in pages]
    (True, [1, 1])
    """
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ClaimgraphError(f"jobs must be a whole number >= 1, not {jobs!r}")
    import dataclasses

    by_id = {d.id: d for d in documents}
    cited = lambda cmp: tuple(dataclasses.replace(by_id[i], text="")  # a chart never shows the article text
                              for i in dict.fromkeys(c.document for c in cmp.claims) if i in by_id)
    work = [(cmp, cited(cmp), tolerance) for cmp in comparisons]
    if jobs == 1 or len(work) < 2:
        return [_chart_page(w) for w in work]
    from .parallel import worker_pool

    # The costliest charts first, so that no worker is left with a big one at
    # the end; map() still gives the pages back in the order asked.
    with worker_pool(min(jobs, len(work))) as pool:
        costly = sorted(range(len(work)), key=lambda i: -min(len(work[i][0].claims), MAX_ROWS))
        pages = dict(zip(costly, pool.map(_chart_page, [work[i] for i in costly])))
    return [pages[i] for i in range(len(work))]


def _chart_page(work) -> str:
    comparison, documents, tolerance = work
    return chart(comparison, documents=documents, tolerance=tolerance).to_html()


def _host(url) -> str | None:
    """The site of an article URL, as a stand-in for its outlet."""
    if not url:
        return None
    from urllib.parse import urlsplit

    host = urlsplit(str(url)).hostname or ""
    return host[4:] if host.startswith("www.") else host or None


def _short(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _one_name_per_actor(comparison):
    """"Pentagon" and "Pentagone" are one actor: drawn in one row, under the
    name the tables use (:func:`claimgraph.model.one_name_per_actor`)."""
    import dataclasses

    claims = one_name_per_actor(comparison.claims)
    return dataclasses.replace(comparison, claims=tuple(claims) if isinstance(comparison.claims, tuple) else claims)
