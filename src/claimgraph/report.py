"""The ``build`` report: every view of a corpus written into one directory.

``index.html`` (a small offline report: summary, disputed quantities, the
conflicts and claims tables) links ``graph.html`` (the interactive graph),
``charts/<quantity>.html`` (one chart per disputed quantity), and the data
files ``graph.ttl``, ``claims.csv`` and ``conflicts.csv``. Every page is
self-contained, escapes all article-derived text and runs no script but the
graph's own.
"""
from __future__ import annotations

from pathlib import Path

from ._io import atomic_write_text
from .chartpage import STYLE, fmt_num, fmt_ratio
from .errors import ClaimgraphError
from .htmlsafe import article_href, csp, esc
from .model import slugify

__all__ = ["MAX_CHARTS", "MAX_ROWS", "build", "index_html", "render"]

#: Charts drawn at most (the most disputed quantities first).
MAX_CHARTS = 40
#: Rows at most in each table of index.html (the CSV files have them all).
MAX_ROWS = 500


def render(cg, *, title: str = "claimgraph", charts: bool = True, jobs: int = 1) -> dict[str, str]:
    """Render every file of the report in memory, keyed by relative path.

    Parameters
    ----------
    cg : ClaimGraph
        The graph to report on.
    title : str
        Heading of the index and graph pages.
    charts : bool
        Draw a chart page per disputed quantity (False: none, and no links).
    jobs : int
        Draw the charts in this many processes (:func:`claimgraph.chart.chart_pages`).
    """
    from .chart import chart_pages
    from .rdf import dumps
    from .tables import claims_csv, conflicts_csv
    from .viz import to_html

    drawn = [c for c in cg.comparisons if c.conflicts][:MAX_CHARTS] if charts else []
    charts = {cmp.quantity_id: f"charts/{slugify(cmp.quantity_id, 120)}.html" for cmp in drawn}
    files = {
        "index.html": index_html(cg, charts, title=title),
        "graph.html": to_html(cg.graph, title=title),
        "graph.ttl": dumps(cg.corpus, "turtle", comparisons=cg.comparisons),
        "claims.csv": claims_csv(cg.claims, cg.documents),
        "conflicts.csv": conflicts_csv(cg.comparisons),
    }
    files.update(zip(charts.values(), chart_pages(drawn, documents=cg.documents, tolerance=cg.tolerance, jobs=jobs)))
    return files


def build(corpus, outdir, *, tolerance: float = 0.1, gazetteer=None, window: int = 3, by: str = "body",
          charts: bool = True, jobs: int = 1):
    """Write the report on ``corpus`` into ``outdir`` and return its ClaimGraph.

    Everything is rendered in memory first, then each file is written
    atomically, so a failure leaves no half-written output. ``charts=False``
    skips the chart pages; ``jobs`` draws them in that many processes.
    """
    from .actors import default_gazetteer
    from .explore import ClaimGraph

    out = Path(outdir)
    if out.exists() and not out.is_dir():
        raise ClaimgraphError(f"{out}: exists and is not a directory")
    cg = ClaimGraph(corpus, tolerance=tolerance, gazetteer=gazetteer or default_gazetteer(), window=window, by=by)
    for name, text in render(cg, charts=charts, jobs=jobs).items():
        atomic_write_text(out / name, text)
    return cg


def index_html(cg, charts: dict, *, title: str = "claimgraph") -> str:
    """The report's front page; ``charts`` maps quantity id -> relative path.

    Examples
    --------
    >>> from claimgraph.explore import ClaimGraph
    >>> from claimgraph.model import Actor, Claim, Corpus, Figure
    >>> cg = ClaimGraph(Corpus(claims=[Claim(Actor("<img src=x onerror=alert(1)>"), Figure(3), "x"),
    ...                                Claim(Actor("B"), Figure(30), "x")]))
    >>> page = index_html(cg, {"x": "charts/x.html"})
    >>> "<img" in page, "&lt;img src=x" in page, 'href="charts/x.html"' in page
    (False, True, True)
    """
    n_conf = sum(len(c.conflicts) for c in cg.comparisons)
    disputed = [c for c in cg.comparisons if c.conflicts]
    summary = (f"{len(cg.claims)} claims from {len(cg.documents)} documents by {len(cg.actors)} actors, "
               f"about {len(cg.comparisons)} quantities; {len(disputed)} disputed quantities, "
               f"{n_conf} conflicting pairs.")
    nav = " ".join(f'<a href="{f}">{label}</a>' for f, label in (
        ("graph.html", "Interactive graph"), ("claims.csv", "claims.csv"), ("conflicts.csv", "conflicts.csv"),
        ("graph.ttl", "graph.ttl (RDF Turtle)")))
    body = [f"<h1>{esc(title)}</h1>", f'<p class="sub">{esc(summary)}</p>', f"<nav>{nav}</nav>",
            "<h2>Disputed quantities</h2>", _quantities(disputed, charts),
            "<h2>Conflicts</h2>", _conflicts(cg), "<h2>Claims</h2>", _claims(cg)]
    from .disputechart import disputes_html
    body.insert(1, disputes_html(cg.disputes()))  # the page opens on who says what, most contested now first
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{esc(csp())}\">\n"
            "<meta name=\"referrer\" content=\"no-referrer\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{esc(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
            + "\n".join(body) + "\n</body>\n</html>\n")


def _quantities(disputed, charts) -> str:
    if not disputed:
        return "<p>No two claimants disagree on any figure.</p>"
    rows = []
    for cmp in disputed[:MAX_ROWS]:
        ratios = [r.ratio for r in cmp.conflicts if r.ratio is not None]
        figs = sorted(c.figure.central for c in cmp.claims if c.figure.central is not None)
        spread = f"{fmt_num(figs[0])} \u2013 {fmt_num(figs[-1])}" if figs else ""
        link = f'<a href="{esc(charts[cmp.quantity_id])}">chart</a>' if cmp.quantity_id in charts else ""
        rows.append(f"<tr><td>{esc(cmp.label)}</td><td class=\"num\">{len(cmp.claims)}</td>"
                    f"<td class=\"num\">{len(cmp.conflicts)}</td>"
                    f"<td class=\"num\">{esc(fmt_ratio(max(ratios))) if ratios else ''}</td>"
                    f"<td class=\"num\">{esc(spread)}</td><td>{link}</td></tr>")
    return _table(("quantity", "claims", "conflicts", "widest gap", "figures", ""), rows, len(disputed))


def _conflicts(cg) -> str:
    claims = {c.id: c for c in cg.claims}
    pairs = [(cmp, r) for cmp in cg.comparisons for r in cmp.conflicts]
    rows = []
    for cmp, r in pairs[:MAX_ROWS]:
        a, b = claims[r.a], claims[r.b]
        ratio = fmt_ratio(r.ratio)
        rows.append(f"<tr><td>{esc(cmp.label)}</td><td>{esc(a.claimant_name)}</td><td class=\"num\">{esc(str(a.figure))}</td>"
                    f"<td>{esc(b.claimant_name)}</td><td class=\"num\">{esc(str(b.figure))}</td>"
                    f"<td class=\"num conflict\">{esc(ratio)}</td></tr>")
    if not rows:
        return "<p>No conflicts.</p>"
    return _table(("quantity", "claimant", "figure", "claimant", "figure", "ratio"), rows, len(pairs))


def _claims(cg) -> str:
    docs = {d.id: d for d in cg.documents}
    ordered = [(cmp, c) for cmp in cg.comparisons for c in cmp.claims]
    rows = []
    for cmp, c in ordered[:MAX_ROWS]:
        doc = docs.get(c.document)
        day = c.stated_on or getattr(doc, "published", None)
        source = esc(getattr(doc, "title", None) or c.document or "")
        href = article_href(doc)
        if href:
            source = f'<a href="{esc(href)}" rel="noopener noreferrer" target="_blank">{source or "article"}</a>'
        rows.append(f"<tr><td>{esc(cmp.label)}</td><td>{esc(c.claimant_name)}</td><td class=\"num\">{esc(str(c.figure))}</td>"
                    f"<td>{esc(day or '')}</td><td>{source}</td><td class=\"ev\">{esc(c.evidence)}</td></tr>")
    if not rows:
        return "<p>No claims.</p>"
    return _table(("quantity", "claimant", "figure", "date", "source", "evidence"), rows, len(ordered))


def _table(head, rows, total: int) -> str:
    more = (f'<p class="sub">First {len(rows)} of {total} rows; the CSV files have them all.</p>'
            if total > len(rows) else "")
    return ("<table><thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in head) + "</tr></thead>\n<tbody>\n"
            + "\n".join(rows) + "\n</tbody></table>" + more)
