"""What changed in a followed store since a date or the last run: new
statements, new conflicts, revisions, quantities whose spread widened.

Read from the run log that ``claimgraph follow`` keeps
(``STORE/follow/runs.jsonl``, :func:`claimgraph.follow.read_runs`); each
entry is as the run saw it (who said what, as of when, in which article).
:func:`digest_html` is a short "what's new" page linking to the dispute
summaries and charts of a report made by ``claimgraph build``.
"""
from __future__ import annotations

import datetime as dt

from .errors import ClaimgraphError
from .htmlsafe import csp, esc, safe_href
from .model import slugify

__all__ = ["changes", "changes_table", "digest_html", "parse_since"]


def parse_since(text: str | None) -> dt.datetime | None:
    """``--since``: ``last`` (None: the last run only), a date (its start,
    UTC) or a date and time (ISO 8601; UTC when no offset is given).

    Examples
    --------
    >>> parse_since("last"), parse_since("2026-05-16")
    (None, datetime.datetime(2026, 5, 16, 0, 0, tzinfo=datetime.timezone.utc))
    >>> parse_since("yesterday")
    Traceback (most recent call last):
    ...
    claimgraph.errors.ClaimgraphError: --since takes a date (2026-05-16), a date and time (2026-05-16T08:00) or 'last', not 'yesterday'
    """
    if text is None or text.strip().lower() == "last":
        return None
    try:
        when = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise ClaimgraphError(f"--since takes a date (2026-05-16), a date and time (2026-05-16T08:00) or 'last', "
                              f"not {text!r}") from None
    return when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)


def changes(runs: list[dict], since: dt.datetime | None = None) -> dict:
    """What the runs that started at ``since`` or later brought (None: the
    last run), merged: each claim, conflict and revision once; for a
    spread, the first run's "before" and the last run's "after".

    Examples
    --------
    >>> runs = [{"run": "2026-05-16T08:00:00+00:00", "documents_new": 2, "claims_new": [{"id": "c1"}]},
    ...         {"run": "2026-05-17T08:00:00+00:00", "documents_new": 1, "claims_new": [{"id": "c2"}]}]
    >>> [c["id"] for c in changes(runs, parse_since("2026-05-01"))["claims_new"]], changes(runs)["documents_new"]
    (['c1', 'c2'], 1)
    """
    if since is None:
        chosen = runs[-1:]
    else:
        chosen = [r for r in runs if dt.datetime.fromisoformat(r["run"]) >= since]
    out = {"since": since.isoformat() if since else (chosen[0]["run"] if chosen else None), "runs": len(chosen),
           "documents_new": sum(r.get("documents_new", 0) for r in chosen)}
    for key, ident in (("claims_new", lambda x: x.get("id")), ("conflicts_new", _pair), ("revisions_new", _pair)):
        seen = {}
        for r in chosen:
            for x in r.get(key, []):
                seen.setdefault(ident(x), x)
        out[key] = list(seen.values())
    widened: dict[str, dict] = {}
    for r in chosen:
        for x in r.get("spreads_widened", []):
            first = widened.get(x["quantity_id"])
            widened[x["quantity_id"]] = dict(x, before=first["before"]) if first else x
    out["spreads_widened"] = list(widened.values())
    return out


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'s' * (count != 1)}"


def _summary(found: dict) -> str:
    """The counts in words: "1 new document, 1 new claim, 1 new conflict, 0 revisions, 1 spread widened"."""
    return ", ".join([_n(found.get("documents_new", 0), "new document"),
                      _n(len(found.get("claims_new", [])), "new claim"),
                      _n(len(found.get("conflicts_new", [])), "new conflict"),
                      _n(len(found.get("revisions_new", [])), "revision"),
                      _n(len(found.get("spreads_widened", [])), "spread") + " widened"])


def _pair(x: dict) -> tuple:
    return x.get("quantity_id"), frozenset((x.get("a", {}).get("claim"), x.get("b", {}).get("claim")))


def _side(s: dict) -> str:
    return f"{s.get('actor', '?')} {s.get('figure', '?')}" + (f" ({s['as_of']})" if s.get("as_of") else "")


def changes_table(found: dict, width: int | None = None) -> str:
    """The changes as text: a count line, then a table each of new
    conflicts, revisions, widened spreads and new claims (those that have
    rows), then errors when ``found`` has them (a ``follow`` result)."""
    from .tables import text_table

    errors = found.get("errors", [])
    lines = [_summary(found) + (f"; {_n(len(errors), 'error')}" if errors else "") + "."]
    if found.get("conflicts_new"):
        rows = [[x["label"], _side(x["a"]), _side(x["b"]), f"×{x['ratio']:.2f}" if x.get("ratio") else ""]
                for x in found["conflicts_new"]]
        lines += ["", "new conflicts:", text_table(rows, ["quantity", "A", "B", "ratio"], max_width=60, width=width)]
    if found.get("revisions_new"):
        rows = [[x["label"], _side(x["a"]), _side(x["b"]), x.get("direction", "")] for x in found["revisions_new"]]
        lines += ["", "new revisions:", text_table(rows, ["quantity", "later", "earlier", "direction"],
                                                   max_width=60, width=width)]
    if found.get("spreads_widened"):
        rows = [[x["label"], f"×{x['before']:.2f}", f"×{x['after']:.2f}", f"{x['smallest']} – {x['largest']}"]
                for x in found["spreads_widened"]]
        lines += ["", "spreads widened:", text_table(rows, ["quantity", "before", "now", "figures"],
                                                     max_width=60, width=width)]
    if found.get("claims_new"):
        rows = [[x.get("actor") or "", x.get("figure") or "", x.get("label") or "", x.get("as_of") or "",
                 x.get("outlet") or x.get("document") or ""] for x in found["claims_new"]]
        lines += ["", "new claims:", text_table(rows, ["claimant", "figure", "quantity", "as of", "outlet"],
                                                max_width=60, width=width)]
    if errors:
        lines += ["", "errors:"] + [f"  {e['source']}: {e['error']}" for e in errors]
    return "\n".join(lines)


def digest_html(found: dict, *, report: str = "", title: str = "claimgraph: what's new") -> str:
    """A short "what's new" page: new conflicts first, then revisions,
    widened spreads and new statements with their sentence and article.

    Every text from an article is escaped, links are http(s) only, and the
    page runs no script at all (its Content-Security-Policy forbids any).
    Quantities link to their chart and the dispute summaries of the report
    that ``claimgraph build`` writes, at ``report`` (a folder or URL, ``""``:
    the page sits in the report folder): ``REPORT/charts/<quantity>.html``
    and ``REPORT/index.html#disputes``.

    Examples
    --------
    >>> page = digest_html({"documents_new": 1, "claims_new": [{"actor": "<script>x</script>", "figure": "3"}]})
    >>> "<script>x" in page, "&lt;script&gt;x&lt;/script&gt;" in page
    (False, True)
    """
    base = report.rstrip("/") + "/" if report else ""
    index = esc(base + "index.html#disputes")

    def quantity(x):
        chart = esc(base + f"charts/{slugify(x.get('quantity_id') or '', 120)}.html")
        return (f'<a href="{chart}">{esc(x.get("label") or x.get("quantity_id"))}</a> '
                f'<small>(<a href="{index}">disputes</a>)</small>')

    since = found.get("since")
    parts = [f"<h1>{esc(title)}</h1>",
             f'<p class="sub">{esc(_summary(found))}' + (f" since {esc(since)}" if since else "") + ".</p>"]
    if found.get("conflicts_new"):
        items = [f"<li>{quantity(x)}: {esc(_side(x['a']))} <strong>vs</strong> {esc(_side(x['b']))}"
                 + (f" <span class=\"ratio\">×{esc(format(x['ratio'], '.2f'))}</span>" if x.get("ratio") else "")
                 + "</li>" for x in found["conflicts_new"]]
        parts.append("<h2>New conflicts</h2><ul>" + "".join(items) + "</ul>")
    if found.get("revisions_new"):
        items = [f"<li>{quantity(x)}: {esc(_side(x['a']))}, before {esc(_side(x['b']))}"
                 + (f" ({esc(x['direction'])})" if x.get("direction") else "") + "</li>"
                 for x in found["revisions_new"]]
        parts.append("<h2>Revisions</h2><ul>" + "".join(items) + "</ul>")
    if found.get("spreads_widened"):
        items = [f"<li>{quantity(x)}: from ×{esc(format(x['before'], '.2f'))} to ×{esc(format(x['after'], '.2f'))} "
                 f"({esc(x['smallest'])} to {esc(x['largest'])})</li>" for x in found["spreads_widened"]]
        parts.append("<h2>Spreads that widened</h2><ul>" + "".join(items) + "</ul>")
    if found.get("claims_new"):
        items = []
        for x in found["claims_new"]:
            where = esc(x.get("outlet") or x.get("document") or "")
            href = safe_href(x.get("url"))
            if href:
                where = f'<a href="{esc(href)}" rel="noopener noreferrer">{where or "article"}</a>'
            headline = f" — <em>{esc(x['headline'])}</em>" if x.get("headline") else ""
            quote = f"<blockquote>{esc(x['evidence'])}</blockquote>" if x.get("evidence") else ""
            when = f" ({esc(x['as_of'])})" if x.get("as_of") else ""
            items.append(f"<li><strong>{esc(x.get('actor'))}</strong>: {esc(x.get('figure'))}{when}, "
                         f"{quantity(x)}<br><small>{where}{headline}</small>{quote}</li>")
        parts.append("<h2>New statements</h2><ul class=\"claims\">" + "".join(items) + "</ul>")
    if len(parts) == 2:
        parts.append("<p>Nothing new.</p>")
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{csp()}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(title)}</title>'
            f"<style>{_STYLE}</style></head>\n<body>\n" + "\n".join(parts) + "\n</body></html>\n")


_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; max-width: 52em; margin: 2em auto; padding: 0 1em; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid #ddd; }
.sub, small { color: #555; } li { margin: .5em 0; } .ratio { color: #8b0000; font-weight: 600; }
blockquote { margin: .3em 0 0 1em; padding-left: .6em; border-left: 3px solid #ccc; color: #444; }
"""
