"""Claims and comparisons as rows: CSV, JSON lines and terminal tables.

Every writer here returns text; callers write it atomically.
"""
from __future__ import annotations

import csv
import io
import json

from .compare import Comparison
from .model import json_number

__all__ = ["CLAIM_COLUMNS", "CONFLICT_COLUMNS", "claims_csv", "claims_jsonl", "claims_table", "comparisons_json",
           "conflict_rows", "conflicts_csv", "conflicts_table", "text_table"]

CLAIM_COLUMNS = ("id", "claimant", "claimant_id", "value", "value_min", "value_max", "qualifier", "unit",
                 "subject", "quantity_id", "quantity_label", "stated_on", "scope", "hedged", "document",
                 "evidence", "start", "end", "origin")
CONFLICT_COLUMNS = ("quantity_id", "label", "a", "a_claimant", "a_figure", "a_stated_on", "b", "b_claimant",
                    "b_figure", "b_stated_on", "ratio")


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


def claims_csv(claims) -> str:
    return _csv((c.to_dict() for c in claims), CLAIM_COLUMNS)


def conflict_rows(comparisons) -> list[dict]:
    """One row per conflicting pair, with both sides spelled out."""
    rows = []
    for comp in comparisons:
        by_id = {c.id: c for c in comp.claims}
        for r in comp.conflicts:
            a, b = by_id[r.a], by_id[r.b]
            rows.append({
                "quantity_id": comp.quantity_id, "label": comp.label,
                "a": a.id, "a_claimant": a.claimant_name, "a_figure": str(a.figure),
                "a_stated_on": a.stated_on.isoformat() if a.stated_on else None,
                "b": b.id, "b_claimant": b.claimant_name, "b_figure": str(b.figure),
                "b_stated_on": b.stated_on.isoformat() if b.stated_on else None,
                "ratio": None if r.ratio is None else round(r.ratio, 3),
            })
    return rows


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


def conflicts_table(comparisons: list[Comparison]) -> str:
    rows = [[r["label"], r["a_claimant"], r["a_figure"], r["b_claimant"], r["b_figure"],
             f"×{r['ratio']:.2f}" if r["ratio"] is not None else ""] for r in conflict_rows(comparisons)]
    return text_table(rows, ["quantity", "claimant A", "figure A", "claimant B", "figure B", "ratio"])


def comparisons_json(comparisons) -> str:
    out = []
    for comp in comparisons:
        d = comp.to_dict()
        for rel in ("conflicts", "agreements", "revisions"):
            for r in d.get(rel, []):
                r["ratio"] = json_number(r["ratio"]) if isinstance(r.get("ratio"), float) else r.get("ratio")
        out.append(d)
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"

