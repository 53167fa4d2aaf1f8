"""The ``build`` report: every view of a corpus written into one directory.

``index.html`` (a small offline report: summary, disputed quantities, the
conflicts and claims tables) links ``graph.html`` (the interactive graph),
``charts/<quantity>.html`` (one chart per disputed quantity), and the data
files ``graph.ttl``, ``claims.csv`` and ``conflicts.csv``. Every page is
self-contained, escapes all article-derived text and runs no script but its
own: the graph's, and on the index the one that sorts and pages its tables
(``data/tables.js``, allowed by its hash). A rebuild removes what the
previous build wrote and this one does not (:data:`MANIFEST`).
"""
from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from ._io import atomic_write_text, swapped_folder
from .compare import MAX_RATIO
from .errors import ClaimgraphError
from .htmlsafe import article_href, csp, esc, read_asset
from .model import slugify

__all__ = ["MANIFEST", "MAX_CHARTS", "MAX_ROWS", "build", "index_html", "render", "write_report", "written_files"]

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
        "conflicts.csv": conflicts_csv(cg.comparisons, cg.documents),
    }
    files.update(zip(charts.values(), chart_pages(drawn, documents=cg.documents, tolerance=cg.tolerance, jobs=jobs)))
    return files


def build(corpus, outdir, *, tolerance: float = 0.1, gazetteer=None, window: int = 3, by: str = "body",
          charts: bool = True, jobs: int = 1, progress=None, max_ratio: float | None = MAX_RATIO,
          min_conflict_confidence: float | None = None):
    """Write the report on ``corpus`` into ``outdir`` and return its ClaimGraph.

    Everything is rendered in memory first, then written into a temporary
    folder beside ``outdir`` that is swapped into place
    (:func:`claimgraph._io.swapped_folder`): a failure or an interrupt
    leaves the previous report as it was and no temporary folder behind. ``charts=False``
    skips the chart pages; ``jobs`` draws them in that many processes.
    What an earlier build wrote there and this one does not is removed
    (:func:`write_report`). ``progress``, if given, is called with the name
    of each step as it starts.
    """
    from .actors import default_gazetteer
    from .explore import ClaimGraph

    out = Path(outdir)
    if out.exists() and not out.is_dir():
        raise ClaimgraphError(f"{out}: exists and is not a directory")
    step = progress or (lambda _: None)
    step("comparing the figures")
    cg = ClaimGraph(corpus, tolerance=tolerance, gazetteer=gazetteer or default_gazetteer(), window=window, by=by,
                    max_ratio=max_ratio, min_conflict_confidence=min_conflict_confidence)
    step("drawing the report")
    files = render(cg, charts=charts, jobs=jobs)
    step("writing the files")
    with swapped_folder(out) as folder:  # beside it, then swapped into place: a failure leaves the old report
        write_report(folder, files)
    return cg


#: The file of a report folder that lists what the last build wrote there,
#: each file with its SHA-256, so that the next build removes what it no
#: longer writes and nothing else.
MANIFEST = ".claimgraph-manifest.json"


def write_report(outdir, files: dict) -> list[str]:
    """Write ``files`` (relative path -> text or bytes) into ``outdir``, each
    atomically, and remove what the previous build there wrote and this one
    does not: the files its manifest (:data:`MANIFEST`) lists, if they still
    hold what was written (a file someone changed or added is kept), and the
    folders this leaves empty. Returns the relative paths removed.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "notes.txt").write_text("mine", encoding="utf-8")
    >>> write_report(d, {"index.html": "1", "charts/a.html": "a"})
    []
    >>> write_report(d, {"index.html": "2"})
    ['charts/a.html']
    >>> sorted(p.name for p in d.iterdir())
    ['.claimgraph-manifest.json', 'index.html', 'notes.txt']
    """
    import json

    from ._io import atomic_write_bytes

    out = Path(outdir)
    before = _read_manifest(out)
    now = {name: _sha256(data) for name, data in files.items()}
    # first list what this build may leave behind too, so that one that fails half-way is cleaned up by the next
    pending = {name: sorted({*before.get(name, ()), *([now[name]] if name in now else [])})
               for name in {*before, *now}}
    atomic_write_text(out / MANIFEST, json.dumps({"files": pending}, indent=1, sort_keys=True) + "\n")
    for name, data in files.items():
        (atomic_write_bytes if isinstance(data, bytes) else atomic_write_text)(_inside(out, name), data)
    removed = []
    for name in sorted(set(before) - set(now)):
        path = _inside(out, name)
        try:
            if path is None or path.is_symlink() or not path.is_file() \
                    or _sha256(path.read_bytes()) not in before[name]:  # not ours, or changed since
                continue
            path.unlink()
        except OSError:
            continue
        removed.append(name)
        for folder in path.parents:  # the folders it leaves empty, up to the report's own
            if folder == out or out not in folder.parents:
                break
            try:
                folder.rmdir()
            except OSError:
                break
    atomic_write_text(out / MANIFEST, json.dumps({"files": {n: [h] for n, h in now.items()}}, indent=1,
                                                 sort_keys=True) + "\n")
    return removed


def _sha256(data) -> str:
    import hashlib

    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def _inside(out: Path, name: str) -> Path | None:
    """``out/name`` for a plain relative path of the report, else None."""
    parts = str(name).split("/")
    if not name or str(name).startswith("/") or "\\" in str(name) or any(p in ("", ".", "..") for p in parts) \
            or name == MANIFEST:
        return None
    return out.joinpath(*parts)


def written_files(outdir) -> set[Path]:
    """The files the last build wrote into ``outdir`` (as its manifest lists
    them, under ``outdir``): never inputs of the next one.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = write_report(d, {"index.html": "1", "claims.csv": "id,claimant"})
    >>> sorted(p.name for p in written_files(d))
    ['claims.csv', 'index.html']
    """
    out = Path(outdir)
    return {path for path in map(functools.partial(_inside, out), _read_manifest(out)) if path is not None}


def _read_manifest(out: Path) -> dict[str, list[str]]:
    """What the previous build wrote (path -> the SHA-256 each may hold);
    nothing when there is no manifest or it is not one of ours."""
    import json

    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        files = data["files"]
        return {str(n): [str(h) for h in hashes] for n, hashes in files.items() if isinstance(hashes, list)}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def index_html(cg, charts: dict, *, title: str = "claimgraph") -> str:
    """The report's front page; ``charts`` maps quantity id -> relative path.

    Examples
    --------
    >>> from claimgraph.explore import ClaimGraph
    >>> from claimgraph.model import Actor, Claim, Corpus, Figure
    >>> cg = ClaimGraph(Corpus(claims=[Claim(Actor("<img src=x onerror=alert(1)>"), Figure(30), "x"),
    ...                                Claim(Actor("B"), Figure(300), "x")]))
    >>> page = index_html(cg, {"x": "charts/x.html"})
    >>> "<img" in page, "&lt;img src=x" in page, 'href="charts/x.html"' in page
    (False, True, True)
    """
    from .chartpage import STYLE  # with matplotlib: not on every start of the command line

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
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{esc(csp((TABLE_SCRIPT,)))}\">\n"
            "<meta name=\"referrer\" content=\"no-referrer\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{esc(title)}</title>\n<style>{STYLE}{TABLE_STYLE}</style>\n</head>\n<body>\n"
            + "\n".join(body) + f"\n<script>{TABLE_SCRIPT}</script>\n</body>\n</html>\n")


def _quantities(disputed, charts) -> str:
    from .chartpage import fmt_ratio

    if not disputed:
        return "<p>No two claimants disagree on any figure.</p>"
    rows = []
    shown = disputed[:MAX_ROWS]
    rank = _figure_ranks([c for cmp in shown for c in cmp.claims])
    for cmp in shown:
        ratios = [r.ratio for r in cmp.conflicts if r.ratio is not None]
        # the smallest and the largest figure as said (a range stays a range); central figures only order them
        sized = sorted((c for c in cmp.claims if c.figure.central is not None), key=lambda c: rank[c.id])
        ends = (_figure_cell(sized[0], rank) + _figure_cell(sized[-1], rank) if sized
                else '<td class="num"></td><td class="num"></td>')
        link = f'<a href="{esc(charts[cmp.quantity_id])}">chart</a>' if cmp.quantity_id in charts else ""
        rows.append(f"<tr><td>{esc(cmp.label)}</td><td class=\"num\">{len(cmp.claims)}</td>"
                    f"<td class=\"num\">{len(cmp.conflicts)}</td>"
                    f"<td class=\"num\">{esc(fmt_ratio(max(ratios))) if ratios else ''}</td>"
                    f"{ends}<td>{link}</td></tr>")
    return _table(("quantity", "claims", "conflicts", "widest gap", "smallest figure", "largest figure", ""), rows,
                  len(disputed))


def _conflicts(cg) -> str:
    from .chartpage import fmt_ratio

    # every pair (the table is paged in the browser), each side citable: outlet, headline, language, dates, evidence
    claims = {c.id: c for c in cg.claims}
    docs = {d.id: d for d in cg.documents}
    rank = _figure_ranks(cg.claims)
    pairs = [(cmp, r) for cmp in cg.comparisons for r in cmp.conflicts]
    rows = []
    for cmp, r in pairs:
        cells = [f"<td class=\"label\">{esc(cmp.label)}</td>"]
        for c in (claims[r.a], claims[r.b]):
            doc = docs.get(c.document)
            cells.append(f"<td>{esc(c.claimant_name)}</td>{_figure_cell(c, rank, as_of=True)}"
                         f"<td class=\"src\">{_source(c, doc)}</td>")
        days = "" if r.days_apart is None else str(r.days_apart)
        sort = "" if r.ratio is None else f' data-sort="{r.ratio:.6g}"'
        cells.append(f'<td class="num">{days}</td><td class="num conflict"{sort}>{esc(fmt_ratio(r.ratio))}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    if not rows:
        return "<p>No conflicts.</p>"
    return _table(("quantity", "claimant A", "figure A", "source A", "claimant B", "figure B", "source B", "days apart",
                   "ratio"), rows)


def _claims(cg) -> str:
    # every claim (the table is paged in the browser), with what a citation needs
    docs = {d.id: d for d in cg.documents}
    rank = _figure_ranks(cg.claims)
    rows = []
    for cmp in cg.comparisons:
        for c in cmp.claims:
            doc = docs.get(c.document)
            rows.append(f"<tr><td class=\"label\">{esc(cmp.label)}</td><td>{esc(c.claimant_name)}</td>{_figure_cell(c, rank)}"
                        f"<td class=\"date\">{esc(_iso(c.as_of))}</td>"
                        f"<td class=\"date\">{esc(_iso(_stated(c, doc)))}</td>"
                        f"<td>{esc(getattr(doc, 'publisher', None) or '')}</td><td class=\"src\">{_headline(c, doc)}</td>"
                        f"<td>{esc(getattr(doc, 'language', None) or '')}</td>"
                        f"<td class=\"ev\">{esc(c.evidence)}</td></tr>")
    if not rows:
        return "<p>No claims.</p>"
    return _table(("quantity", "claimant", "figure", "as of", "stated", "outlet", "headline", "language", "evidence"),
                  rows)


def _iso(day) -> str:
    return day.isoformat() if day is not None else ""


def _stated(claim, doc):
    """When the claim was stated: its date, else its article's."""
    return claim.stated_on or getattr(doc, "published", None)


def _figure_ranks(claims) -> dict:
    """claim id -> its figure's place in size order, the sort key of a figure
    cell (so that no computed midpoint is written into the page)."""
    ordered = sorted(claims, key=lambda c: (c.figure.central is None, c.figure.central or 0.0, c.id))
    return {c.id: i for i, c in enumerate(ordered)}


def _figure_cell(claim, rank, as_of: bool = False) -> str:
    """The figure as said (sorted by size); with ``as_of``, the date it describes under it."""
    day = f'<br><span class="sub date">as of {esc(_iso(claim.as_of))}</span>' if as_of and claim.as_of else ""
    return f'<td class="num" data-sort="{rank.get(claim.id, "")}">{esc(claim.figure.as_said())}{day}</td>'


def _headline(claim, doc) -> str:
    """The article's headline, linked to its URL (or file) when it has one."""
    text = esc(getattr(doc, "title", None) or (claim.document or ""))
    href = article_href(doc)
    if href:
        text = f'<a href="{esc(href)}" rel="noopener noreferrer" target="_blank">{text or "article"}</a>'
    return text


def _source(claim, doc) -> str:
    """One side of a conflict: headline (linked), outlet, language, when
    stated, and the evidence sentence folded away."""
    said = " \u00b7 ".join(x for x in (getattr(doc, "publisher", None), getattr(doc, "language", None),
                                      _iso(_stated(claim, doc)) and f"stated {_iso(_stated(claim, doc))}") if x)
    evidence = (f"<details><summary>evidence</summary><span class=\"ev\">{esc(claim.evidence)}</span></details>"
                if claim.evidence else "")
    return f'{_headline(claim, doc)}<br><span class="sub">{esc(said)}</span>{evidence}'


#: Rows a page of a report table shows (the script pages and sorts them;
#: without it, every row shows).
PAGE_ROWS = 50
#: The script of index.html: sortable, paged tables (allowed by its hash).
TABLE_SCRIPT = read_asset(resources.files("claimgraph").joinpath("data/tables.js"))
#: Styles of the sort buttons and the pager.
TABLE_STYLE = """
  th button { all: unset; cursor: pointer; font-weight: 600; }
  td.date { white-space: nowrap; }
  td.src { width: 22%; overflow-wrap: anywhere; } td.label { min-width: 9em; } td.ev { min-width: 16em; }
  th button::after { content: " \\2195"; color: #aaa; font-weight: 400; }
  th[aria-sort=ascending] button::after { content: " \\2191"; color: #222; }
  th[aria-sort=descending] button::after { content: " \\2193"; color: #222; }
  th button:focus-visible { outline: 2px solid #1f77b4; }
  .pager { margin: 6px 0 14px; display: flex; gap: .8em; align-items: center; font-size: 13px; }
  details summary { cursor: pointer; color: #555; font-size: 12px; }
"""


def _table(head, rows, total: int | None = None) -> str:
    """A sortable, paged table (see ``data/tables.js``) of pre-rendered rows;
    a note says when only the first of ``total`` rows are there."""
    total = len(rows) if total is None else total
    more = (f'<p class="sub">First {len(rows)} of {total} rows; the CSV files have them all.</p>'
            if total > len(rows) else "")
    return (f'<table class="sortable" data-page="{PAGE_ROWS}"><thead><tr>'
            + "".join(f"<th>{esc(h)}</th>" for h in head) + "</tr></thead>\n<tbody>\n"
            + "\n".join(rows) + "\n</tbody></table>" + more)
