"""Claims and comparisons as rows: CSV, JSON lines and terminal tables.

Every writer here returns text; callers write it atomically.
"""
from __future__ import annotations

import csv
import io
import json

from .compare import Comparison
from .model import json_number

__all__ = ["CLAIM_COLUMNS", "CONFLICT_COLUMNS", "QUANTITY_COLUMNS", "claims_csv", "claims_jsonl", "claims_table",
           "comparisons_json", "conflict_rows", "conflicts_csv", "conflicts_table", "quantities_json",
           "quantities_table", "revision_rows", "text_table"]

#: Columns of claims.csv. ``reports`` is the number of reports of the claim's
#: statement (in JSON lines it is the list of reports); ``confidence`` is
#: empty for a claim nobody scored (a curated one).
CLAIM_COLUMNS = ("id", "claimant", "claimant_id", "value", "value_min", "value_max", "qualifier", "unit",
                 "subject", "quantity_id", "quantity_label", "stated_on", "scope", "hedged", "document",
                 "evidence", "start", "end", "origin", "confidence",
                 "as_of", "population", "measure", "place", "place_level", "period", "part_of", "statement", "reports",
                 "publisher", "url", "published")
#: Columns of conflicts.csv: one row per conflicting pair of statements.
#: ``a``/``b`` are the claims that stand for them (their first reports),
#: ``a_statement``/``b_statement`` the statement ids, ``a_reports``/``b_reports``
#: how many reports (outlets) carried each, ``days_apart`` the gap between the
#: dates the figures describe.
CONFLICT_COLUMNS = ("quantity_id", "label", "a", "a_claimant", "a_figure", "a_stated_on", "b", "b_claimant",
                    "b_figure", "b_stated_on", "ratio",
                    "days_apart", "a_statement", "a_as_of", "a_reports", "b_statement", "b_as_of", "b_reports")
#: Keys of each row of :func:`claimgraph.curation.quantities` (and columns of its JSON).
QUANTITY_COLUMNS = ("id", "label", "population", "measure", "place", "place_level", "period", "part_of",
                    "statements", "claims", "first_as_of", "last_as_of")


def _csv(rows, columns) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in columns})
    return buf.getvalue()


def claims_jsonl(claims) -> str:
    """One JSON object per claim (the contract of ``extract --format jsonl``)."""
    return "".join(json.dumps(c.to_dict(), ensure_ascii=False) + "\n" for c in claims)


def claims_csv(claims, documents=()) -> str:
    """One CSV row per claim (:data:`CLAIM_COLUMNS`); ``reports`` is a count,
    empty for a claim not yet grouped into statements; ``publisher``, ``url``
    and ``published`` come from the claim's document, when ``documents`` has it.

    Examples
    --------
    >>> from claimgraph.model import Actor, Claim, Document, Figure
    >>> doc = Document("d1", publisher="Daily", url="https://example.org/a", published="2024-10-20")
    >>> rows = claims_csv([Claim(Actor("NIS"), Figure(1500), document="d1")], [doc]).splitlines()
    >>> rows[1].endswith("Daily,https://example.org/a,2024-10-20")
    True
    """
    docs = {d.id: d for d in documents}

    def row(c):
        d = c.to_dict()
        d["reports"] = len(c.reports) or None
        doc = docs.get(c.document)
        if doc is not None:
            d["publisher"], d["url"], d["published"] = doc.publisher, doc.url, _iso(doc.published)
        return d

    return _csv(map(row, claims), CLAIM_COLUMNS)


def _iso(day) -> str | None:
    return day.isoformat() if day is not None else None


def _reports(claim) -> int:
    """How many reports (outlets) carried the claim's statement (at least its own)."""
    return len(claim.reports) or 1


def conflict_rows(comparisons) -> list[dict]:
    """One row per conflicting pair of statements, with both sides spelled out
    (the keys of :data:`CONFLICT_COLUMNS`)."""
    rows = []
    for comp in comparisons:
        if not comp.conflicts:
            continue
        by_id = {c.id: c for c in comp.claims}
        for r in comp.conflicts:
            a, b = by_id[r.a], by_id[r.b]
            rows.append({
                "quantity_id": comp.quantity_id, "label": comp.label,
                "a": a.id, "a_claimant": a.claimant_name, "a_figure": str(a.figure), "a_stated_on": _iso(a.stated_on),
                "b": b.id, "b_claimant": b.claimant_name, "b_figure": str(b.figure), "b_stated_on": _iso(b.stated_on),
                "ratio": None if r.ratio is None else round(r.ratio, 3),
                "days_apart": r.days_apart,
                "a_statement": r.a_statement or a.statement or None, "a_as_of": _iso(a.as_of), "a_reports": _reports(a),
                "b_statement": r.b_statement or b.statement or None, "b_as_of": _iso(b.as_of), "b_reports": _reports(b),
            })
    return rows


def revision_rows(comparisons, documents=()) -> list[dict]:
    """One row per revision: a claimant's later figure (``later``) and the
    earlier one it replaces, the dates they describe (as in
    :func:`conflicts_table`) and the direction of the change."""
    day = _reference_day(documents)
    rows = []
    for comp in comparisons:
        if not comp.revisions:
            continue
        by_id = {c.id: c for c in comp.claims}
        for r in comp.revisions:
            later, earlier = by_id[r.a], by_id[r.b]
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


def conflicts_csv(comparisons) -> str:
    return _csv(conflict_rows(comparisons), CONFLICT_COLUMNS)


def text_table(rows: list[list[str]], header: list[str], max_width: int = 48) -> str:
    """A plain fixed-width table (no terminal escapes: article text stays text).

    Examples
    --------
    >>> print(text_table([["US", "about 3,000"]], ["who", "figure"]))
    who  figure
    ---  -----------
    US   about 3,000
    """
    cut = lambda s: (s if len(s) <= max_width else s[: max_width - 1] + "…")  # noqa: E731
    clean = lambda s: cut(" ".join(str("" if s is None else s).split()))  # noqa: E731
    rows = [[clean(x) for x in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    line = lambda r: "  ".join(x.ljust(w) for x, w in zip(r, widths)).rstrip()  # noqa: E731
    return "\n".join([line(header), line(["-" * w for w in widths])] + [line(r) for r in rows])


def claims_table(claims) -> str:
    rows = [[c.claimant_name, str(c.figure), c.subject, c.quantity_id,
             c.stated_on.isoformat() if c.stated_on else "", c.document or ""] for c in claims]
    return text_table(rows, ["claimant", "figure", "counted", "quantity", "stated", "document"])


def conflicts_table(comparisons: list[Comparison], documents=()) -> str:
    """The conflicting statement pairs as a terminal table: each side's
    claimant, figure, the date the figure describes (``as_of``, else when it
    was stated, else, given ``documents``, when its article was published) and
    how many outlets carried it; then the days between the two dates and the
    ratio of the figures. Revisions follow in a second table, when there are
    any.

    Examples
    --------
    >>> from claimgraph.compare import compare
    >>> from claimgraph.model import Actor, Claim, Figure
    >>> us, ua = Actor("US officials", "group"), Actor("Ukraine", "country")
    >>> said = lambda who, value, day, doc: Claim(who, Figure(value), "soldiers", stated_on=day, document=doc)
    >>> print(conflicts_table(compare([said(us, 3000, "2024-10-30", "a1"), said(us, 3000, "2024-10-30", "a2"),
    ...                                said(ua, 10000, "2024-11-01", "a3"), said(us, 12000, "2024-12-16", "a4")])))
    quantity  claimant A    figure A  as of A     outlets A  claimant B  figure B  as of B     outlets B  days  ratio
    --------  ------------  --------  ----------  ---------  ----------  --------  ----------  ---------  ----  -----
    soldiers  US officials  3,000     2024-10-30  2          Ukraine     10,000    2024-11-01  1          2     ×3.33
    <BLANKLINE>
    revisions (a claimant's later figure)
    quantity  claimant      earlier  as of       later   as of       change
    --------  ------------  -------  ----------  ------  ----------  --------
    soldiers  US officials  3,000    2024-10-30  12,000  2024-12-16  up ×4.00
    """
    day = _reference_day(documents)
    ratio = lambda r: f"×{r:.2f}" if r is not None else ""  # noqa: E731
    rows = []
    for comp in comparisons:
        if not comp.conflicts:
            continue
        by_id = {c.id: c for c in comp.claims}
        for r in comp.conflicts:
            a, b = by_id[r.a], by_id[r.b]
            rows.append([comp.label, a.claimant_name, str(a.figure), day(a), str(_reports(a)),
                         b.claimant_name, str(b.figure), day(b), str(_reports(b)),
                         "" if r.days_apart is None else str(r.days_apart), ratio(r.ratio)])
    text = text_table(rows, ["quantity", "claimant A", "figure A", "as of A", "outlets A", "claimant B", "figure B",
                             "as of B", "outlets B", "days", "ratio"])
    revisions = [[r["label"], r["claimant"], r["earlier_figure"], r["earlier_as_of"], r["later_figure"],
                  r["later_as_of"], " ".join(x for x in (r["direction"], ratio(r["ratio"])) if x)]
                 for r in revision_rows(comparisons, documents)]
    if revisions:
        text += "\n\nrevisions (a claimant's later figure)\n" + text_table(
            revisions, ["quantity", "claimant", "earlier", "as of", "later", "as of", "change"])
    return text


def quantities_table(rows: list[dict]) -> str:
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
    return text_table([[get(r) for _, get in columns] for r in rows], [h for h, _ in columns], max_width=60)


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

