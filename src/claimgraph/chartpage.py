"""The HTML page of a :class:`~claimgraph.chart.Chart`: inline SVG and a table.

No script at all: tooltips are SVG ``<title>`` elements, a click on a claim
follows a link to its table row (highlighted with ``:target``). Every text
is escaped and the Content-Security-Policy forbids scripts and requests.
"""
from __future__ import annotations

from .chartplot import MAX_ROWS
from .htmlsafe import article_href, csp, esc

__all__ = ["STYLE", "claims_table", "fmt_num", "fmt_ratio", "page"]

#: CSS shared by the chart page and the report index.
STYLE = """
  body { margin: 0 auto; padding: 12px 18px; max-width: 1100px; color: #222;
         font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  h1 { font-size: 20px; margin: 4px 0; } h2 { font-size: 16px; margin: 22px 0 6px; }
  .sub { color: #666; margin: 0 0 10px; }
  svg { max-width: 100%; height: auto; }
  svg * { pointer-events: none; }
  svg g.claim a, svg g.claim a * { pointer-events: auto; cursor: pointer; }
  svg g.claim:hover { opacity: .65; }
  table { border-collapse: collapse; width: 100%; font-size: 13px; }
  th, td { border-bottom: 1px solid #e3e3e3; padding: 4px 6px; text-align: left; vertical-align: top; }
  th { background: #f6f6f6; position: sticky; top: 0; }
  td.num { text-align: right; white-space: nowrap; }
  tr:target { background: #fff3c4; }
  .conflict { color: #d62728; font-weight: 600; }
  .ev { color: #444; max-width: 420px; }
  nav a { margin-right: 1em; }
"""


def page(chart) -> str:
    """The whole page of ``chart`` (a :class:`~claimgraph.chart.Chart`).

    Examples
    --------
    >>> from claimgraph.chart import chart
    >>> from claimgraph.compare import compare
    >>> from claimgraph.model import Actor, Claim, Figure
    >>> [cmp] = compare([Claim(Actor("<script>x()</script>"), Figure(3), "x")])
    >>> html = page(chart(cmp))
    >>> html.count("<script"), "&lt;script&gt;x()" in html, "script-src &#x27;none&#x27;" in html
    (0, True, True)
    """
    cmp = chart.comparison
    n_conf, n_rev = len(cmp.conflicts), len(cmp.revisions)
    ratios = [r.ratio for r in cmp.conflicts if r.ratio is not None]
    widest = f", widest gap {fmt_ratio(max(ratios))}" if ratios else ""
    sub = (f"{len(cmp.claims)} claim{'s' * (len(cmp.claims) != 1)} \u00b7 {n_conf} conflicting "
           f"pair{'s' * (n_conf != 1)}{widest} \u00b7 {n_rev} revision{'s' * (n_rev != 1)}")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{esc(csp())}\">\n"
        "<meta name=\"referrer\" content=\"no-referrer\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{esc(chart.title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{esc(chart.title)}</h1>\n<p class=\"sub\">{esc(sub)} \u00b7 quantity <code>{esc(cmp.quantity_id)}</code>"
        " \u00b7 hover a figure for details, click it to find its row</p>\n"
        f"<figure id=\"chart\">{chart.to_svg()}</figure>\n<h2>Claims</h2>\n"
        f"{claims_table(chart)}\n</body>\n</html>\n"
    )


def claims_table(chart) -> str:
    """The claims in chart order, one row each (``id="claim-<row>"``)."""
    conflicted = {i for r in chart.comparison.conflicts for i in (r.a, r.b)}
    notes = chart.notes()
    rows = []
    for i, c in enumerate(chart.claims_in_order()):
        doc = chart.documents.get(c.document)
        lo, hi = c.figure.interval(chart.tolerance)
        source = esc(getattr(doc, "title", None) or c.document or "")
        href = article_href(doc)
        if href:
            source = f'<a href="{esc(href)}" rel="noopener noreferrer" target="_blank">{source or "article"}</a>'
        publisher = getattr(doc, "publisher", None)
        if publisher:
            source += f"<br><small>{esc(publisher)}</small>"
        lines = notes.get(c.id, [])
        rel = "<br>".join(esc(n) for n in lines[:4]) + (f"<br>\u2026 {len(lines) - 4} more" if len(lines) > 4 else "")
        klass = ' class="conflict"' if c.id in conflicted else ""
        anchor = f' id="claim-{i}"' if i < MAX_ROWS else ""
        rows.append(
            f"<tr{anchor}><td>{esc(c.claimant_name)}</td><td class=\"num\"><span{klass}>{esc(str(c.figure))}</span></td>"
            f"<td class=\"num\">{esc(fmt_num(lo))} \u2013 {esc(fmt_num(hi))}</td>"
            f"<td>{esc(chart.dates.get(c.id) or 'undated')}{'' if c.stated_on or not chart.dates.get(c.id) else ' (published)'}</td>"
            f"<td>{'yes' if c.hedged else ''}</td><td>{rel}</td><td>{source}</td>"
            f"<td class=\"ev\">{esc(c.evidence)}</td></tr>"
        )
    return ("<table><thead><tr><th>claimant</th><th>figure</th><th>compared as</th><th>date</th><th>hedged</th>"
            "<th>relations</th><th>source</th><th>evidence</th></tr></thead>\n<tbody>\n"
            + "\n".join(rows) + "\n</tbody></table>")


def fmt_num(x: float) -> str:
    """A figure for tables.

    Examples
    --------
    >>> fmt_num(11490.5), fmt_num(2.5), fmt_num(float("inf"))
    ('11,490', '2.5', '∞')
    """
    if x != x or abs(x) == float("inf"):
        return "\u221e" if x > 0 else "?"
    return f"{x:,.0f}" if float(x).is_integer() or abs(x) >= 1000 else f"{x:,.4g}"


def fmt_ratio(ratio) -> str:
    """A conflict ratio.

    Examples
    --------
    >>> fmt_ratio(10000 / 3000), fmt_ratio(5740.2), fmt_ratio(None)
    ('×3.33', '×5,740', '')
    """
    if ratio is None:
        return ""
    return f"\u00d7{ratio:.3g}" if ratio < 100 else f"\u00d7{ratio:,.0f}"
