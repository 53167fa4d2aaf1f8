"""Claims and comparisons as rows: CSV, JSON lines and terminal tables.

Every writer here returns text; callers write it atomically. The rows are
citable: each claim carries its outlet (``publisher``), ``url``, headline,
language, dates and evidence, and figures are written as said
(:meth:`~claimgraph.model.Figure.as_said`), never as a computed midpoint.
Terminal tables fit a given width (``width``), wrapping with rich when the
table is wider than that.
"""
from __future__ import annotations

import csv
import io
import json
import re

from .compare import Comparison
from .model import json_number

__all__ = ["CLAIM_COLUMNS", "CONFLICT_COLUMNS", "QUANTITY_COLUMNS", "claim_row", "claims_csv", "claims_jsonl", "csv_cell",
           "claims_table", "comparisons_json", "conflict_rows", "conflicts_csv", "conflicts_table", "quantities_json",
           "quantities_table", "revision_rows", "source_fields", "table_width", "text_table"]

#: Columns of claims.csv. ``value`` is the stated value (empty for a range or
#: a vague band, whose bounds are ``value_min``/``value_max``); ``as_said`` the
#: figure as the text states it ("about 3,000", "11,000–12,000", "thousands").
#: ``reports`` is the number of reports of the claim's statement (in JSON
#: lines it is the list of reports); ``confidence`` is empty for a claim nobody
#: scored (a curated one). ``publisher`` (the outlet), ``url``, ``published``,
#: ``headline`` (the article's title) and ``language`` come from the claim's
#: document.
CLAIM_COLUMNS = ("id", "claimant", "claimant_id", "value", "value_min", "value_max", "qualifier", "unit",
                 "subject", "quantity_id", "quantity_label", "stated_on", "scope", "hedged", "document",
                 "evidence", "start", "end", "origin", "confidence",
                 "as_of", "population", "measure", "place", "place_level", "period", "part_of", "statement", "reports",
                 "publisher", "url", "published", "headline", "language", "as_said")
#: What each side of a conflict says of its source (after ``a_``/``b_``).
_SIDE_SOURCE = ("publisher", "url", "headline", "language", "evidence")
#: Columns of conflicts.csv: one row per conflicting pair of statements.
#: ``a``/``b`` are the claims that stand for them (their first reports),
#: ``a_figure``/``b_figure`` their figures as said, ``a_statement``/``b_statement``
#: the statement ids, ``a_reports``/``b_reports`` how many reports (outlets)
#: carried each, ``days_apart`` the gap between the dates the figures
#: describe; then, for each side, its outlet, URL, headline, language and
#: evidence.
CONFLICT_COLUMNS = ("quantity_id", "label", "a", "a_claimant", "a_figure", "a_stated_on", "b", "b_claimant",
                    "b_figure", "b_stated_on", "ratio",
                    "days_apart", "confidence", "a_statement", "a_as_of", "a_reports", "b_statement", "b_as_of", "b_reports",
                    *(f"{side}_{k}" for side in "ab" for k in _SIDE_SOURCE))
#: Keys of each row of :func:`claimgraph.curation.quantities` (and columns of its JSON).
QUANTITY_COLUMNS = ("id", "label", "population", "measure", "place", "place_level", "period", "part_of",
                    "statements", "claims", "first_as_of", "last_as_of")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?")


def csv_cell(value):
    """A cell a spreadsheet will not run: text starting with ``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return gets a leading ``'`` (OWASP's
    rule against CSV injection); numbers, and text that is just a number,
    stay as they are.

    Examples
    --------
    >>> [csv_cell(v) for v in ("=HYPERLINK('http://x')", "@SUM(A1)", "+cmd|x", "-3000", -3000, "2024-11-04", "NATO")]
    ["'=HYPERLINK('http://x')", "'@SUM(A1)", "'+cmd|x", '-3000', -3000, '2024-11-04', 'NATO']
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def _csv(rows, columns) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("" if r.get(k) is None else csv_cell(r.get(k))) for k in columns})
    return buf.getvalue()


def claims_jsonl(claims) -> str:
    """One JSON object per claim (the contract of ``extract --format jsonl``)."""
    return "".join(json.dumps(c.to_dict(), ensure_ascii=False) + "\n" for c in claims)


def source_fields(doc) -> dict:
    """What a claim's document says of its source: outlet (``publisher``),
    ``url``, ``published``, ``headline`` (the title) and ``language``; all
    None without a document."""
    if doc is None:
        return dict.fromkeys(("publisher", "url", "published", "headline", "language"))
    return {"publisher": doc.publisher, "url": doc.url, "published": _iso(doc.published), "headline": doc.title,
            "language": doc.language}


def claim_row(claim, doc=None) -> dict:
    """The keys of :data:`CLAIM_COLUMNS` for one claim (``doc`` is its
    document, when known): the JSON contract, the number of reports, the
    figure as said and where the claim can be cited from."""
    d = claim.to_dict()
    d["reports"] = len(claim.reports) or None
    d["as_said"] = claim.figure.as_said()
    d.update(source_fields(doc))
    return d


def claims_csv(claims, documents=()) -> str:
    """One CSV row per claim (:data:`CLAIM_COLUMNS`); ``reports`` is a count,
    empty for a claim not yet grouped into statements; ``publisher``, ``url``,
    ``published``, ``headline`` and ``language`` come from the claim's
    document, when ``documents`` has it.

    Examples
    --------
    >>> from claimgraph.model import Actor, Claim, Document, Figure
    >>> doc = Document("d1", title="NIS: 1,500", publisher="Daily", url="https://example.org/a", published="2024-10-20",
    ...                language="en")
    >>> rows = claims_csv([Claim(Actor("NIS"), Figure(None, 1000, 2000, "range"), document="d1")], [doc]).splitlines()
    >>> rows[1].split(",")[3:6]  # value (none stated), value_min, value_max
    ['', '1000', '2000']
    >>> rows[1].endswith('Daily,https://example.org/a,2024-10-20,"NIS: 1,500",en,"1,000–2,000"')
    True
    """
    docs = {d.id: d for d in documents}
    return _csv((claim_row(c, docs.get(c.document)) for c in claims), CLAIM_COLUMNS)


def _iso(day) -> str | None:
    return day.isoformat() if day is not None else None


def _reports(claim) -> int:
    """How many reports (outlets) carried the claim's statement (at least its own)."""
    return len(claim.reports) or 1


def _pairs(comparisons, kind: str):
    """``(comparison, relation, a, b)`` for each relation of ``kind``
    ("conflicts", "revisions") with its two claims."""
    for comp in comparisons:
        relations = getattr(comp, kind)
        if relations:
            by_id = {c.id: c for c in comp.claims}
            for r in relations:
                yield comp, r, by_id[r.a], by_id[r.b]


def conflict_rows(comparisons, documents=()) -> list[dict]:
    """One row per conflicting pair of statements, with both sides spelled out
    (the keys of :data:`CONFLICT_COLUMNS`): figures as said, dates, reports,
    and each side's outlet, URL, headline, language and evidence (from
    ``documents``). ``ratio`` is not rounded here."""
    docs = {d.id: d for d in documents}
    rows = []
    for comp, r, a, b in _pairs(comparisons, "conflicts"):
        row = {
            "quantity_id": comp.quantity_id, "label": comp.label,
            "a": a.id, "a_claimant": a.claimant_name, "a_figure": str(a.figure), "a_stated_on": _iso(a.stated_on),
            "b": b.id, "b_claimant": b.claimant_name, "b_figure": str(b.figure), "b_stated_on": _iso(b.stated_on),
            "ratio": r.ratio, "days_apart": r.days_apart, "confidence": r.confidence,
            "a_statement": r.a_statement or a.statement or None, "a_as_of": _iso(a.as_of), "a_reports": _reports(a),
            "b_statement": r.b_statement or b.statement or None, "b_as_of": _iso(b.as_of), "b_reports": _reports(b),
        }
        for side, claim in (("a", a), ("b", b)):
            source = source_fields(docs.get(claim.document))
            source["evidence"] = claim.evidence or None
            row.update((f"{side}_{k}", source[k]) for k in _SIDE_SOURCE)
        rows.append(row)
    return rows


def revision_rows(comparisons, documents=()) -> list[dict]:
    """One row per revision: a claimant's later figure (``later``) and the
    earlier one it replaces, the dates they describe (as in
    :func:`conflicts_table`) and the direction of the change."""
    day = _reference_day(documents)
    rows = []
    for comp, r, later, earlier in _pairs(comparisons, "revisions"):
        rows.append({
            "quantity_id": comp.quantity_id, "label": comp.label, "claimant": later.claimant_name,
            "earlier": earlier.id, "earlier_figure": str(earlier.figure), "earlier_as_of": day(earlier),
            "later": later.id, "later_figure": str(later.figure), "later_as_of": day(later),
            "direction": r.direction or None, "ratio": None if r.ratio is None else round(r.ratio, 3),
            "days_apart": r.days_apart,
        })
    return rows


def _reference_day(documents):
    """claim -> ISO date the figure describes: ``as_of``, else when stated,
    else when its article (among ``documents``) was published."""
    published = {d.id: d.published for d in documents if d.published is not None}
    return lambda c: _iso(c.as_of or c.stated_on or published.get(c.document))


def conflicts_csv(comparisons, documents=()) -> str:
    """One CSV row per conflicting pair (:data:`CONFLICT_COLUMNS`), the ratio
    rounded to three decimals; each side's source from ``documents``."""
    rows = conflict_rows(comparisons, documents)
    for r in rows:
        r["ratio"] = None if r["ratio"] is None else round(r["ratio"], 3)
    return _csv(rows, CONFLICT_COLUMNS)


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _cell(value, max_width: int) -> str:
    """A cell's text on one line, without control characters (no terminal
    escapes: article text stays text), cut to ``max_width`` characters."""
    text = _CONTROL.sub("", " ".join(str("" if value is None else value).split()))
    return text if len(text) <= max_width else text[: max_width - 1] + "…"


def _widths(rows, header) -> list[int]:
    from rich.cells import cell_len

    return [max([cell_len(h)] + [cell_len(r[i]) for r in rows]) for i, h in enumerate(header)]


def table_width(rows: list[list[str]], header: list[str], max_width: int = 48) -> int:
    """How many columns :func:`text_table` takes when nothing wraps."""
    widths = _widths([[_cell(x, max_width) for x in r] for r in rows], header)
    return sum(widths) + 2 * (len(widths) - 1)


def text_table(rows: list[list[str]], header: list[str], max_width: int = 48, width: int | None = None,
               block: int = 1) -> str:
    """A plain fixed-width table (no terminal escapes: article text stays text).

    Cells longer than ``max_width`` are cut. Given ``width`` (the terminal's
    columns), a table wider than that is laid out by rich, its cells
    wrapped so that every line fits (one character per column at the least);
    when a cell wraps, a blank line separates each ``block`` rows.

    Examples
    --------
    >>> print(text_table([["US", "about 3,000"]], ["who", "figure"]))
    who  figure
    ---  -----------
    US   about 3,000
    >>> print(text_table([["US officials", "about 3,000 soldiers"], ["Kyiv", "10,000"]], ["who", "figure"], width=20))
    who        figure
    ---------  ---------
    US         about
    officials  3,000
               soldiers
    <BLANKLINE>
    Kyiv       10,000
    """
    from rich.cells import cell_len

    rows = [[_cell(x, max_width) for x in r] for r in rows]
    widths = _widths(rows, header)
    if width is None or sum(widths) + 2 * (len(widths) - 1) <= width:
        def line(r):
            return "  ".join(x + " " * (w - cell_len(x)) for x, w in zip(r, widths)).rstrip()

        return "\n".join([line(header), line(["-" * w for w in widths])] + [line(r) for r in rows])
    text = _rich_table(rows, header, widths, width)
    if text.count("\n") > len(rows) + 1 and len(rows) > block:  # a cell wrapped: show where rows end
        text = _rich_table(rows, header, widths, width, block)
    return text


class _Rule:
    """The dashes under a header, as wide as rich makes the column."""

    def __rich_measure__(self, console, options):
        from rich.measure import Measurement

        return Measurement(1, 1)

    def __rich_console__(self, console, options):
        from rich.segment import Segment

        yield Segment("-" * options.max_width)


def _rich_table(rows, header, widths, width: int, block: int = 0) -> str:
    # The same look as the plain table (two spaces between columns, dashes
    # under the header), with cells wrapped to fit ``width``.
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, show_edge=False, pad_edge=False, padding=(0, 1), header_style="", expand=False)
    for h, w in zip(header, widths):
        # short columns (dates, counts, ratios) keep their cells whole
        table.add_column(Text(h), overflow="fold", no_wrap=w <= 10 and w * len(header) < width)
    table.add_row(*(_Rule() for _ in header))
    for i, r in enumerate(rows):
        if block and i and not i % block:
            table.add_row()
        table.add_row(*(Text(x) for x in r))
    out = io.StringIO()
    console = Console(file=out, width=max(width, len(header)), color_system=None, no_color=True, markup=False,
                      emoji=False, highlight=False, force_terminal=False, force_jupyter=False, force_interactive=False,
                      soft_wrap=False, legacy_windows=False)
    console.print(table)
    return "\n".join(line.rstrip() for line in out.getvalue().splitlines())


def claims_table(claims, width: int | None = None) -> str:
    """The claims as a terminal table (see :func:`text_table` for ``width``)."""
    rows = [[c.claimant_name, str(c.figure), c.subject, c.quantity_id,
             c.stated_on.isoformat() if c.stated_on else "", c.document or ""] for c in claims]
    return text_table(rows, ["claimant", "figure", "counted", "quantity", "stated", "document"], width=width)


_CONFLICT_HEADER = ["quantity", "claimant A", "figure A", "as of A", "outlets A", "claimant B", "figure B", "as of B",
                    "outlets B", "days", "ratio"]
_REVISION_HEADER = ["quantity", "claimant", "earlier", "as of", "later", "as of", "change"]


def conflicts_table(comparisons: list[Comparison], documents=(), width: int | None = None) -> str:
    """The conflicting statement pairs as a terminal table: each side's
    claimant, figure, the date the figure describes (``as_of``, else when it
    was stated, else, given ``documents``, when its article was published) and
    how many outlets carried it; then the days between the two dates and the
    ratio of the figures. Revisions follow in a second table, when there are
    any.

    Given ``width`` (the terminal's columns), a table wider than that is laid
    out a quantity at a time, each pair on two lines (the second side after
    "vs"), and wrapped if it still does not fit.

    Examples
    --------
    >>> from claimgraph.compare import compare
    >>> from claimgraph.model import Actor, Claim, Figure
    >>> us, ua = Actor("US officials", "group"), Actor("Ukraine", "country")
    >>> said = lambda who, value, day, doc: Claim(who, Figure(value), "soldiers", stated_on=day, document=doc)
    >>> comps = compare([said(us, 3000, "2024-10-30", "a1"), said(us, 3000, "2024-10-30", "a2"),
    ...                  said(ua, 10000, "2024-11-01", "a3"), said(us, 12000, "2024-12-16", "a4")])
    >>> print(conflicts_table(comps))
    quantity  claimant A    figure A  as of A     outlets A  claimant B  figure B  as of B     outlets B  days  ratio
    --------  ------------  --------  ----------  ---------  ----------  --------  ----------  ---------  ----  -----
    soldiers  US officials  3,000     2024-10-30  2          Ukraine     10,000    2024-11-01  1          2     ×3.33
    <BLANKLINE>
    revisions (a claimant's later figure)
    quantity  claimant      earlier  as of       later   as of       change
    --------  ------------  -------  ----------  ------  ----------  --------
    soldiers  US officials  3,000    2024-10-30  12,000  2024-12-16  up ×4.00
    >>> print(conflicts_table(comps, width=72))
    soldiers
      claimant      figure  as of       outlets  days  ratio
      ------------  ------  ----------  -------  ----  -----
      US officials  3,000   2024-10-30  2        2     ×3.33
      vs Ukraine    10,000  2024-11-01  1
    <BLANKLINE>
    revisions (a claimant's later figure)
    soldiers
      claimant      earlier  as of       later   as of       change
      ------------  -------  ----------  ------  ----------  --------
      US officials  3,000    2024-10-30  12,000  2024-12-16  up ×4.00
    """
    day = _reference_day(documents)
    ratio = lambda r: f"×{r:.2f}" if r is not None else ""  # noqa: E731
    rows = []
    for comp, r, a, b in _pairs(comparisons, "conflicts"):
        rows.append([comp.label, a.claimant_name, str(a.figure), day(a), str(_reports(a)),
                     b.claimant_name, str(b.figure), day(b), str(_reports(b)),
                     "" if r.days_apart is None else str(r.days_apart), ratio(r.ratio)])
    revisions = [[r["label"], r["claimant"], r["earlier_figure"], r["earlier_as_of"], r["later_figure"],
                  r["later_as_of"], " ".join(x for x in (r["direction"], ratio(r["ratio"])) if x)]
                 for r in revision_rows(comparisons, documents)]
    if width is None or max(table_width(rows, _CONFLICT_HEADER),
                            table_width(revisions, _REVISION_HEADER) if revisions else 0) <= width:
        text = text_table(rows, _CONFLICT_HEADER)
        if revisions:
            text += "\n\nrevisions (a claimant's later figure)\n" + text_table(revisions, _REVISION_HEADER)
        return text
    # narrow: one block per quantity, each pair on two lines
    pairs = [[[a, fa, da, na, days, rt], ["vs " + b, fb, db, nb, "", ""]]
             for _, a, fa, da, na, b, fb, db, nb, days, rt in rows]
    text = _by_quantity([r[0] for r in rows], pairs, ["claimant", "figure", "as of", "outlets", "days", "ratio"],
                        width) or text_table([], _CONFLICT_HEADER[1:], width=width)
    if revisions:
        text += "\n\nrevisions (a claimant's later figure)\n" + _by_quantity(
            [r[0] for r in revisions], [[r[1:]] for r in revisions], _REVISION_HEADER[1:], width)
    return text


def _by_quantity(labels, groups, header, width: int) -> str:
    """A heading per quantity (in the order met) and an indented table of its rows."""
    blocks: dict[str, list] = {}
    for label, lines in zip(labels, groups):
        blocks.setdefault(label, []).extend(lines)
    out = []
    for label, lines in blocks.items():
        table = text_table(lines, header, width=max(width - 2, 1), block=len(groups[0]) if groups else 1)
        indented = "\n".join(("  " + line).rstrip() for line in table.splitlines())
        out.append(_cell(label, max(width, 2)) + "\n" + indented)
    return "\n\n".join(out)


def quantities_table(rows: list[dict], width: int | None = None) -> str:
    """The rows of :func:`claimgraph.curation.quantities` as a terminal table
    (the period and part of columns only when some row has one).

    Examples
    --------
    >>> print(quantities_table([{"id": "deaths-derna", "label": "deaths in Derna", "population": "deaths",
    ...     "measure": "killed", "place": "derna", "place_level": "city", "period": None, "part_of": None,
    ...     "statements": 3, "claims": 4, "first_as_of": "2023-09-12", "last_as_of": "2023-09-17"}]))
    id            label            population  measure  place         statements  claims  first       last
    ------------  ---------------  ----------  -------  ------------  ----------  ------  ----------  ----------
    deaths-derna  deaths in Derna  deaths      killed   derna (city)  3           4       2023-09-12  2023-09-17
    """
    def place(r):
        return f"{r['place']} ({r['place_level']})" if r.get("place") and r.get("place_level") else r.get("place")

    columns = [("id", lambda r: r["id"]), ("label", lambda r: r["label"]), ("population", lambda r: r.get("population")),
               ("measure", lambda r: r.get("measure")), ("place", place), ("period", lambda r: r.get("period")),
               ("part of", lambda r: r.get("part_of")), ("statements", lambda r: str(r["statements"])),
               ("claims", lambda r: str(r["claims"])), ("first", lambda r: r.get("first_as_of")),
               ("last", lambda r: r.get("last_as_of"))]
    # period and part of are rare: their columns show only when some quantity has one
    columns = [(h, get) for h, get in columns if h not in ("period", "part of") or any(get(r) for r in rows)]
    return text_table([[get(r) for _, get in columns] for r in rows], [h for h, _ in columns], max_width=60,
                      width=width)


def quantities_json(rows: list[dict]) -> str:
    return json.dumps([{k: r.get(k) for k in QUANTITY_COLUMNS} for r in rows], ensure_ascii=False, indent=2) + "\n"


def comparisons_json(comparisons) -> str:
    out = []
    for comp in comparisons:
        d = comp.to_dict()
        for rel in ("conflicts", "agreements", "revisions"):
            for r in d.get(rel, []):
                r["ratio"] = json_number(r["ratio"]) if isinstance(r.get("ratio"), float) else r.get("ratio")
        out.append(d)
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"

