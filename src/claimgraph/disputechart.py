"""The step chart of a dispute, and the dispute summaries as an HTML section.

:func:`step_chart` draws a :class:`~claimgraph.dispute.Dispute` with
matplotlib: the x axis is the date each figure describes (``as_of``), and
each actor is one **step line** (its figure holds until its next one), in a
colour of the Okabe–Ito palette (safe for colour-blind readers) with a marker
shape of its own, and named at the right end with its latest figure as said.

* a stated value is a level (a filled marker when exact, a hollow one when
  approximate, an arrow up for "at least"/"more than", down for "up to"); a
  range is a band between its bounds and a vague figure a hatched band
  (never a midpoint);
* a **revision** (the same actor, a later different figure) is the dashed
  vertical part of its step; figures of different actors weeks apart (an
  evolution) are simply different lines, never joined;
* a **contemporaneous conflict** is a dark vertical bar between the two
  figures at the later of their dates, labelled with the ratio;
* the value axis is logarithmic when the figures span a factor of 20 or
  more, with the ticks of the comparison charts ("1k", "10k"; 2k and 5k too
  under three decades);
* a source line gives the outlets and the dates.

:func:`chart_svg` gives the chart as inline SVG: each figure's marker has a
tooltip, every id is prefixed so that several charts share one page, and
matplotlib escapes the text it writes (math parsing off: see
:data:`claimgraph.chartplot.RC`). :func:`disputes_html` is the section that
opens the ``build`` front page and the notebook view: per quantity the
sentence, the chart and the latest-figure-per-actor table. Every text there
is escaped.
"""
from __future__ import annotations

import datetime as dt
import io
import math
import re

import matplotlib
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from .chartplot import RC, _number_ticks, _short
from .dispute import Dispute, date_span, fmt_date, fmt_ratio
from .htmlsafe import esc, safe_href

__all__ = ["MARKERS", "MAX_ACTORS", "MAX_CHARTS", "MAX_MORE", "PALETTE", "chart_svg", "disputes_html",
           "has_chart", "step_chart"]

#: Okabe–Ito colours (yellow left out: too pale on white), then greys.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#999999")
#: One marker shape per actor, with the character that stands for it in labels.
MARKERS = ("o", "s", "D", "P", "X", "h", "p", "*")
_GLYPHS = ("\u25cf", "\u25a0", "\u25c6", "\u271a", "\u2716", "\u2b22", "\u2b1f", "\u2605")
#: Actors drawn at most in one chart (those in a conflict, then the most recent).
MAX_ACTORS = len(PALETTE)
#: Quantities drawn in full (sentence, chart, table) in :func:`disputes_html`.
MAX_CHARTS = 10
#: Further quantities listed by their sentence alone.
MAX_MORE = 200
CONFLICT = "#222222"
_OPEN_UP, _OPEN_DOWN = ("at_least", "more_than"), ("at_most", "up_to", "less_than")


def has_chart(d: Dispute) -> bool:
    """Whether ``d`` has a dated figure to draw."""
    return any(f.as_of is not None for f in d.figures)


def step_chart(d: Dispute, *, title: str | None = None) -> Figure:
    """The step chart of one dispute, as a new matplotlib Figure; ``title``
    defaults to the quantity label (``""``: none, where the page names it).

    Artists carry ids: ``step-<k>`` the step line of the k-th actor drawn,
    ``rev-<k>`` its revisions (dashed), ``band-<k>-<i>`` the band of the
    figure ``d.figures[i]``, ``pt-<k>-<i>`` its marker, ``conflict-<j>`` the
    bar of ``d.conflicts[j]``.

    Examples
    --------
    >>> from claimgraph.compare import compare
    >>> from claimgraph.dispute import dispute
    >>> from claimgraph.model import Actor, Claim, Figure as F
    >>> us, ua = Actor("US"), Actor("Ukraine")
    >>> [c] = compare([Claim(us, F(3000, qualifier="about"), "x", stated_on="2024-10-23"),
    ...                Claim(ua, F(10000, qualifier="about"), "x", stated_on="2024-10-25"),
    ...                Claim(us, F(None, 11000, 12000, "range"), "x", stated_on="2024-11-04")])
    >>> ax = step_chart(dispute(c)).axes[0]
    >>> sorted(a.get_gid() for a in ax.lines if a.get_gid() and a.get_gid()[:4] in ("step", "conf"))
    ['conflict-0', 'step-0', 'step-1']
    >>> ax.get_yscale()
    'linear'
    """
    dated = [f for f in d.figures if f.as_of is not None]
    index = {id(f): i for i, f in enumerate(d.figures)}
    actors = _actors(d, dated)
    colour = {a: PALETTE[k] for k, a in enumerate(actors)}
    scale, limits = _value_axis(f for f in dated if f.actor_id in colour)
    with matplotlib.rc_context(RC):
        fig = Figure(figsize=(8.6, 4.6), layout="constrained")
        top, foot = fig.subfigures(2, 1, height_ratios=[5, 1])
        ax = top.subplots()
        if title != "":
            top.suptitle(_short(title or d.label, 90), fontweight="bold", x=0.01, ha="left", fontsize=10)
        if not dated:
            ax.text(0.5, 0.5, "no dated figures", transform=ax.transAxes, ha="center", va="center", color="#777")
            ax.set_xticks([])
            ax.set_yticks([])
            return fig
        ax.set_yscale(scale)
        ax.set_ylim(*limits)
        _value_ticks(ax.yaxis, scale, limits)
        days = sorted({f.as_of for f in dated})
        x_first, x_last = date2num(days[0]), date2num(days[-1])
        pad = max(2.0, (x_last - x_first) * 0.05)
        ax.set_xlim(x_first - pad, x_last + pad)
        hold_until = x_last + pad * 0.6
        ends = {}
        for k, actor in enumerate(actors):
            mine = [f for f in dated if f.actor_id == actor]
            ends[actor] = _draw_actor(ax, k, mine, index, colour[actor], hold_until)
        _draw_conflicts(ax, d, colour, limits, scale, pad)
        _direct_labels(ax, d, actors, colour, ends, scale, limits)
        locator = AutoDateLocator(minticks=3, maxticks=6)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(
            locator, formats=["%Y", "%b", "%d %b", "%H:%M", "%H:%M", "%S"],
            zero_formats=["", "%Y", "%b %Y", "%d %b", "%H:%M", "%H:%M"], show_offset=False))
        ax.set_xlabel("date the figure describes (as of)", fontsize=8, color="#444")
        ax.set_ylabel(_unit(dated), fontsize=8, color="#444")
        ax.grid(color="#e8e8e8", lw=0.6)
        ax.spines[["top", "right"]].set_visible(False)
        foot.legend(handles=_legend(bool(d.conflicts), any(_band(f) for f in dated),
                                    any(f.figure.vague for f in dated)),
                    loc="upper center", ncols=3, frameon=False, fontsize=7.5)
        foot.text(0.01, 0.04, _source_line(d, dated, actors), fontsize=7, color="#555", ha="left", va="bottom",
                  wrap=True)
    return fig


def _actors(d: Dispute, dated) -> list[str]:
    """The actor ids drawn: those in a conflict first, then the most recent,
    at most :data:`MAX_ACTORS`; in the order of their first figure."""
    first, last = {}, {}
    for f in dated:
        first.setdefault(f.actor_id, f.as_of)
        last[f.actor_id] = f.as_of
    of = {f.claim: f for f in d.figures}
    fighting = {of[x].actor_id for r in d.conflicts for x in (r.a, r.b) if x in of}
    kept = sorted(first, key=lambda a: (a not in fighting, -last[a].toordinal(), a))[:MAX_ACTORS]
    return sorted(kept, key=lambda a: (first[a], a))


def _band(f) -> bool:
    fig = f.figure
    return fig.qualifier in ("range", "vague") or (fig.value is None and fig.lower is not None
                                                    and fig.upper is not None)


def _extent(f) -> tuple[float | None, float | None]:
    """What is drawn of a figure: its bounds for a band, else its stated value."""
    fig = f.figure
    if _band(f):
        return fig.lower, fig.upper
    v = fig.value if fig.value is not None else (fig.lower if fig.lower is not None else fig.upper)
    return v, v


def _value_axis(figures) -> tuple[str, tuple[float, float]]:
    values = [x for f in figures for x in _extent(f) if x is not None and math.isfinite(x)]
    if not values:
        return "linear", (0.0, 1.0)
    positive = [x for x in values if x > 0]
    if positive and min(values) >= 0 and max(positive) / min(positive) >= 20:
        return "log", (min(positive) / 1.6, max(positive) * 1.6)
    lo, hi = min(values), max(values)
    top = hi + (abs(hi) * 0.15 or 1.0)
    return "linear", (min(0.0, lo * 1.15), top)


def _value_ticks(axis, scale: str, limits) -> None:
    # the value axis of the comparison charts: "1k", "10k" (and 2k, 5k under three decades) when log
    if scale != "log":
        axis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10], integer=True))
    _number_ticks(axis, limits)


def _draw_actor(ax, k, figures, index, colour, hold_until):
    """One actor's step line, bands, markers and revisions; returns its last figures."""
    marker = MARKERS[k]
    days = sorted({f.as_of for f in figures})
    xs, ys, rx, ry = [], [], [], []
    previous = []
    for n, day in enumerate(days):
        x0 = date2num(day)
        x1 = date2num(days[n + 1]) if n + 1 < len(days) else hold_until
        today = [f for f in figures if f.as_of == day]
        for f in today:
            lo, hi = _extent(f)
            i = index[id(f)]
            if lo is None:
                continue
            if _band(f):
                ax.fill_between([x0, x1], [lo, lo], [hi, hi], color=colour, alpha=0.16, lw=0,
                                hatch="////" if f.figure.vague else None, gid=f"band-{k}-{i}")
                for y in (lo, hi):
                    xs += [x0, x1, math.nan]
                    ys += [y, y, math.nan]
                xs += [x0, x0, math.nan]  # the band's opening edge
                ys += [lo, hi, math.nan]
                points = ([x0, x0], [lo, hi])
            else:
                xs += [x0, x1, math.nan]
                ys += [lo, lo, math.nan]
                points = ([x0], [lo])
            approx = f.figure.qualifier in ("about", "nearly") or f.figure.vague
            ax.add_line(Line2D(*points, ls="none", marker=marker, ms=7, mew=1.6, mec=colour,
                               mfc="white" if approx else colour, zorder=6, gid=f"pt-{k}-{i}"))
            if f.figure.qualifier in _OPEN_UP + _OPEN_DOWN and not _band(f):
                up = f.figure.qualifier in _OPEN_UP
                ax.annotate("", xy=(x0, lo), xytext=(0, 16 if up else -16), textcoords="offset points",
                            arrowprops=dict(arrowstyle="<|-", color=colour, lw=1.3, shrinkA=0, shrinkB=5),
                            zorder=5)
        if previous:  # a revision: from the figures held to the new ones, dashed
            before = [x for f in previous for x in _extent(f) if x is not None]
            after = [x for f in today for x in _extent(f) if x is not None]
            if before and after and {f.said for f in previous} != {f.said for f in today}:
                if min(after) > max(before):
                    y0, y1 = max(before), min(after)
                elif max(after) < min(before):
                    y0, y1 = min(before), max(after)
                else:
                    y0 = y1 = None
                if y0 is not None:
                    rx += [x0, x0, math.nan]
                    ry += [y0, y1, math.nan]
        previous = today
    ax.add_line(Line2D(xs, ys, color=colour, lw=2.2, solid_capstyle="butt", zorder=4, gid=f"step-{k}"))
    if rx:
        ax.add_line(Line2D(rx, ry, color=colour, lw=1.6, ls=(0, (4, 2.5)), zorder=4, gid=f"rev-{k}"))
    return previous


def _draw_conflicts(ax, d, colour, limits, scale, pad) -> None:
    of = {f.claim: f for f in d.figures}
    taken: dict[float, int] = {}
    for j, r in enumerate(d.conflicts):
        a, b = of.get(r.a), of.get(r.b)
        if a is None or b is None or a.as_of is None or b.as_of is None:
            continue
        if a.actor_id not in colour or b.actor_id not in colour:
            continue
        low, high = sorted((a, b), key=lambda f: (_extent(f)[1] or 0.0))
        y0, y1 = _extent(low)[1], _extent(high)[0]
        if y0 is None or y1 is None:
            continue
        x = date2num(max(a.as_of, b.as_of))
        n = taken[x] = taken.get(x, -1) + 1
        x += pad * 0.12 * n
        ax.add_line(Line2D([x, x], [y0, y1], color=CONFLICT, lw=1.5, marker="_", ms=10, mew=1.5, zorder=7,
                           gid=f"conflict-{j}"))
        mid = math.sqrt(y0 * y1) if scale == "log" and y0 > 0 and y1 > 0 else (y0 + y1) / 2
        ax.annotate(fmt_ratio(r.ratio) or "conflict", xy=(x, mid), xytext=(5, 0), textcoords="offset points",
                    ha="left", va="center", fontsize=8, fontweight="bold", color=CONFLICT, zorder=8,
                    bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none", alpha=0.85))


def _direct_labels(ax, d, actors, colour, ends, scale, limits) -> None:
    """Each actor named at the right, at its latest figure (spread apart)."""
    lo, hi = limits
    def frac(y):
        if scale == "log":
            return (math.log(y) - math.log(lo)) / (math.log(hi) - math.log(lo))
        return (y - lo) / (hi - lo)
    rows = []
    for k, actor in enumerate(actors):
        last = ends.get(actor) or []
        spots = [x for f in last for x in _extent(f) if x is not None and x > (0 if scale == "log" else -math.inf)]
        if not last or not spots:
            continue
        y = math.sqrt(min(spots) * max(spots)) if scale == "log" else (min(spots) + max(spots)) / 2
        name, figs = _short(last[0].actor, 40), " / ".join(dict.fromkeys(f.said for f in last))
        text = f"{_GLYPHS[k]} {name}: {figs}" if len(name) + len(figs) <= 30 else f"{_GLYPHS[k]} {name}\n   {figs}"
        rows.append([frac(y), text, colour[actor]])
    rows.sort(key=lambda r: r[0])
    step = 0.045  # axes fraction per line of label
    for n in range(1, len(rows)):
        need = step * (rows[n - 1][1].count("\n") + rows[n][1].count("\n") + 2) / 2 + 0.015
        rows[n][0] = max(rows[n][0], rows[n - 1][0] + need)
    if rows and rows[-1][0] > 1.0:
        shift = rows[-1][0] - 1.0
        for r in rows:
            r[0] -= shift
    for y, text, c in rows:
        ax.text(1.01, y, text, transform=ax.transAxes, ha="left", va="center", fontsize=8, color=c,
                clip_on=False)


def _legend(conflicts: bool, bands: bool, vague: bool) -> list:
    grey = "#555555"
    items = [Line2D([], [], color=grey, lw=2.2, marker="o", ms=5, label="an actor's figure, held until its next"),
             Line2D([], [], color=grey, lw=0, marker="o", ms=5, mfc="white", label="hollow: approximate (~)"),
             Line2D([], [], color=grey, lw=1.6, ls=(0, (4, 2.5)), label="dashed: revised by the same actor")]
    if bands:
        items.append(Patch(facecolor=grey, alpha=0.25, edgecolor=grey,
                           hatch="////" if vague else None, label="band: a range" + (" or vague words (hatched)" if vague else "")))
    if conflicts:
        items.append(Line2D([], [], color=CONFLICT, lw=1.5, marker="_", ms=8, label="conflict at the same time (×ratio)"))
    items.append(Line2D([], [], color="none", label="colour and shape: the actor"))
    return items


def _source_line(d: Dispute, dated, actors) -> str:
    outlets = list(dict.fromkeys(o for f in dated for o in f.outlets))
    shown = ", ".join(_short(o, 40) for o in outlets[:5]) + (f" and {len(outlets) - 5} more" if len(outlets) > 5 else "")
    days = [f.as_of for f in dated]
    parts = [f"Sources: {shown or 'no outlet named'}", f"figures as of {date_span(min(days), max(days))}"]
    undated = len(d.figures) - len(dated)
    if undated:
        parts.append(f"{undated} undated figure{'s' * (undated != 1)} not drawn")
    hidden = len({f.actor_id for f in dated}) - len(actors)
    if hidden > 0:
        parts.append(f"{hidden} more actor{'s' * (hidden != 1)} not drawn")
    parts.append("claimgraph")
    return " \u00b7 ".join(parts)


def _unit(figures) -> str:
    units = {f.figure.unit for f in figures if f.figure.unit}
    return _short(units.pop(), 40) if len(units) == 1 else "figure as said"


# ---------------------------------------------------------------- SVG and HTML


def chart_svg(d: Dispute, *, prefix: str = "d-", title: str | None = None) -> str:
    """The step chart as inline SVG (no XML prolog): every id starts with
    ``prefix`` (several charts on one page), each figure's marker has an
    escaped tooltip. ``title`` as in :func:`step_chart`.

    Examples
    --------
    >>> from claimgraph.compare import compare
    >>> from claimgraph.dispute import dispute
    >>> from claimgraph.model import Actor, Claim, Figure as F
    >>> [c] = compare([Claim(Actor("<b>US</b>"), F(3000, qualifier="about"), "x", stated_on="2024-10-23"),
    ...                Claim(Actor("Ukraine"), F(10000), "x", stated_on="2024-10-23")])
    >>> svg = chart_svg(dispute(c), prefix="q1-")
    >>> svg.startswith("<svg"), "<b>" in svg, "&lt;b&gt;US" in svg, sorted(set(re.findall(r'id="(q1-step-\\d+)"', svg)))
    (True, False, True, ['q1-step-0', 'q1-step-1'])
    """
    if not re.fullmatch(r"[A-Za-z][\w-]*", prefix):
        raise ValueError(f"an id prefix is a letter then letters, digits, '-' or '_', not {prefix!r}")
    buf = io.StringIO()
    with matplotlib.rc_context(RC):
        step_chart(d, title=title).savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]
    tips = {}
    for i, f in enumerate(d.figures):
        who = f.actor if not f.claimant or f.claimant == f.actor else f"{f.actor} ({f.claimant})"
        lines = [f"{who}: {f.said}", f"as of {fmt_date(f.as_of)}",
                 "reported by " + ", ".join(f.outlets) if f.outlets else ""]
        tips[str(i)] = esc("\n".join(x for x in lines if x))
    svg = re.sub(r'<g id="pt-(\d+)-(\d+)">',
                 lambda m: f'<g id="pt-{m.group(1)}-{m.group(2)}" class="pt"><title>{tips.get(m.group(2), "")}</title>',
                 svg)
    svg = re.sub(r'\bid="([^"]+)"', lambda m: f'id="{prefix}{m.group(1)}"', svg)
    svg = re.sub(r'((?:xlink:)?href)="#([^"]+)"', lambda m: f'{m.group(1)}="#{prefix}{m.group(2)}"', svg)
    return re.sub(r"url\(#([^)]+)\)", lambda m: f"url(#{prefix}{m.group(1)})", svg)


_STYLE = """
  .disputes article { margin: 10px 0 26px; padding-bottom: 12px; border-bottom: 1px solid #ddd; }
  .disputes h3 { font-size: 15px; margin: 0 0 4px; }
  .disputes .sentence { font-size: 15px; margin: 4px 0 8px; }
  .disputes .badge { font-size: 12px; font-weight: 600; padding: 1px 6px; border-radius: 3px; margin-left: 6px;
                     background: #fde7d2; color: #7a3300; border: 1px solid #e6a66e; }
  .disputes .badge.settled { background: #eef0f2; color: #444; border-color: #c8ccd0; font-weight: normal; }
  .disputes figure { margin: 4px 0 8px; max-width: 960px; }
  .disputes figure svg { width: 100%; height: auto; }
  .disputes table.latest { width: auto; min-width: 60%; }
  .disputes svg g.pt, .disputes svg g.pt * { pointer-events: auto; cursor: help; }
  .disputes details li { margin: 4px 0; }
"""


def disputes_html(ds, *, charts: int = MAX_CHARTS, more: int = MAX_MORE, heading: str | None = None) -> str:
    """The dispute summaries as one ``<section id="disputes">``: the disputed
    quantities (a contemporaneous conflict, now or before) in the order
    given, the first ``charts`` of them with their sentence, step chart and
    latest-figure-per-actor table, the rest and the undisputed quantities
    by their sentence (``more`` at most). Every text is escaped.

    Examples
    --------
    >>> from claimgraph.compare import compare
    >>> from claimgraph.dispute import disputes
    >>> from claimgraph.model import Actor, Claim, Figure as F
    >>> ds = disputes(compare([Claim(Actor("<script>x()</script>"), F(30), "x", stated_on="2024-10-23"),
    ...                        Claim(Actor("B"), F(300), "x", stated_on="2024-10-23")]))
    >>> page = disputes_html(ds)
    >>> page.startswith('<section id="disputes"'), "<script" in page, "&lt;script&gt;x()&lt;/script&gt; 30 vs B 300" in page
    (True, False, True)
    """
    ds = list(ds)
    disputed = [d for d in ds if d.conflicts]
    quiet = [d for d in ds if not d.conflicts]
    out = [f'<section id="disputes" class="disputes">\n<style>{_STYLE}</style>',
           f"<h2>{esc(heading or 'Who says what: disputes, most contested now first')}</h2>",
           '<p class="sub">A conflict is two actors giving figures that do not overlap for dates at most '
           f"{esc(ds[0].window if ds else 3)} days apart; it is <em>contested now</em> while both figures are still "
           "their actors' latest (ordered by the ratio of the widest such conflict), <em>settled</em> once one side "
           "has given a later figure. Figures are as said: ranges stay ranges, vague words stay words.</p>"]
    if not disputed:
        out.append("<p>No two actors give conflicting figures at the same time on any quantity.</p>")
    for n, d in enumerate(disputed[:charts]):
        out.append(_article(d, n))
    rest = [*disputed[charts:], *quiet]
    if rest and more > 0:
        items = [f"<li><strong>{esc(d.label)}</strong>: {esc(d.sentence)}</li>" for d in rest[:more]]
        extra = f"<li>\u2026 and {len(rest) - more} more (see the tables below)</li>" if len(rest) > more else ""
        what = f"{len(rest)} more quantit{'ies' if len(rest) != 1 else 'y'}"
        out.append(f"<details><summary>{what}</summary><ul>{''.join(items)}{extra}</ul></details>")
    out.append("</section>")
    return "\n".join(out)


def _article(d: Dispute, n: int) -> str:
    if d.contested:
        badge = f'<span class="badge">contested now {esc(fmt_ratio(d.score))}</span>'
    else:
        badge = '<span class="badge settled">no conflict standing</span>'
    chart = f'<figure class="step">{chart_svg(d, prefix=f"d{n}-", title="")}</figure>' if has_chart(d) else ""
    return (f'<article class="dispute" id="dispute-{n}">\n<h3>{esc(d.label)}{badge}</h3>\n'
            f'<p class="sentence">{esc(d.sentence)}</p>\n{chart}\n{_latest_table(d)}\n</article>')


def _latest_table(d: Dispute) -> str:
    rows = []
    for f in d.latest:
        who = esc(f.actor) + (f' <small>({esc(f.claimant)})</small>' if f.claimant and f.claimant != f.actor else "")
        day = fmt_date(f.as_of, d.lang)
        if f.since and f.as_of and f.since != f.as_of:
            day += f" (since {fmt_date(f.since, d.lang)})"
        outlet = esc(f.outlets[0]) if f.outlets else ""
        href = safe_href(f.url)
        if href:
            outlet = f'<a href="{esc(href)}" rel="noopener noreferrer" target="_blank">{outlet or "source"}</a>'
        if len(f.outlets) > 1:
            others = ", ".join(f.outlets[1:4]) + (" \u2026" if len(f.outlets) > 4 else "")
            outlet += f" <small>and {esc(others)}</small>"
        unit = f" {f.figure.unit}" if f.figure.unit else ""
        rows.append(f"<tr><td>{who}</td><td class=\"num\">{esc(f.said + unit)}</td><td>{esc(day)}</td>"
                    f"<td>{outlet}</td></tr>")
    return ('<table class="latest"><thead><tr><th>actor</th><th>latest figure (as said)</th><th>as of</th>'
            "<th>outlet</th></tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody></table>")
