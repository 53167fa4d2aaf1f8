"""Matplotlib drawing of one quantity's figures (see :mod:`claimgraph.chart`).

Two panels share the value axis (log when the figures span a factor of 20
or more): **figures**, one row per claim grouped by claimant and ordered by
date, each claim's comparison interval as a bar, its stated value as a dot,
vague figures as shaded ranges; and **timeline**, the dated claims at their
statement date. Colour stands for the claimant (a legend says which); claims
in conflict get a red ring; revisions are orange arrows from the earlier
figure to the later one. A log axis is labelled 1k, 10k, 100k; a source
line under the chart names the outlets and their dates.

Artists of claim ``i`` (in :func:`order`) get the SVG ids ``cgc<i>`` (dot or
shaded range) and ``cgb<i>`` (bar), ``cgt<i>``/``cgu<i>`` in the timeline,
and link to ``#claim-<i>``, so :mod:`claimgraph.chart` can attach tooltips.
Untrusted text is drawn with math parsing off.
"""
from __future__ import annotations

import datetime as dt
import math

import matplotlib
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

__all__ = ["KINDS", "MAX_ROWS", "PNG_DPI", "RC", "draw", "order"]

KINDS = ("both", "figures", "timeline")
#: Claims drawn at most (the first ones in :func:`order`).
MAX_ROWS = 150
#: Resolution of PNG files: twice the figure's 100 dpi, sharp on a 2x screen.
PNG_DPI = 200
#: Claimants named in the colour legend at most (the others share one grey).
MAX_CLAIMANT_KEYS = 10
CONFLICT, REVISION = "#d62728", "#e08a00"
#: Matplotlib settings for drawing and saving: untrusted text is never read
#: as math, SVG text stays text, SVG ids are reproducible.
RC = {"text.parse_math": False, "font.size": 9, "svg.fonttype": "none", "svg.hashsalt": "claimgraph"}
_OTHER = "#8c8c8c"
_PALETTE = ("#4c78a8", "#f58518", "#54a24b", "#b279a2", "#9d755d", "#72b7b2", "#e45756", "#79706e",
            "#ff9da6", "#bab0ac")


def order(claims, dates: dict) -> list:
    """Claims grouped by claimant (groups by first date), each group by date.

    ``dates`` maps claim id -> date or None; undated claims and groups last.

    Examples
    --------
    >>> from claimgraph.model import Actor, Claim, Figure
    >>> a, b = Actor("A"), Actor("B")
    >>> cs = [Claim(b, Figure(1), "x", stated_on="2024-01-02"), Claim(a, Figure(2), "x"),
    ...       Claim(a, Figure(3), "x", stated_on="2024-01-03")]
    >>> [c.figure.value for c in order(cs, {c.id: c.stated_on for c in cs})]
    [1.0, 3.0, 2.0]
    """
    key = lambda c: (dates.get(c.id) is None, dates.get(c.id) or dt.date.min, c.figure.central or 0.0, c.id)
    groups: dict[str, list] = {}
    for c in sorted(claims, key=key):
        groups.setdefault(c.claimant_name, []).append(c)
    ranked = sorted(groups.items(), key=lambda kv: (key(kv[1][0])[:2], kv[0]))
    return [c for _, cs in ranked for c in cs]


def draw(comparison, dates: dict, *, tolerance: float = 0.1, kind: str = "both", title: str | None = None,
         source: str | None = None) -> Figure:
    """The chart of a :class:`~claimgraph.compare.Comparison` as a new Figure.

    Examples
    --------
    >>> from claimgraph.compare import compare
    >>> from claimgraph.model import Actor, Claim, Figure
    >>> [cmp] = compare([Claim(Actor("A"), Figure(3000, qualifier="about"), "x", stated_on="2024-10-30"),
    ...                  Claim(Actor("B"), Figure(10000), "x")])
    >>> fig = draw(cmp, {c.id: c.stated_on for c in cmp.claims}, source="Source: Example Wire")
    >>> len(fig.axes), fig.axes[0].get_xscale()
    (2, 'linear')
    >>> [lg.get_title().get_text() for lg in fig.legends]
    ['Colour = claimant', "Marks (in the claimant's colour)"]
    >>> fig.texts[-1].get_text()
    'Source: Example Wire'
    """
    claims = order(comparison.claims, dates)[:MAX_ROWS]
    index = {c.id: i for i, c in enumerate(claims)}
    spans = [c.figure.interval(tolerance) for c in claims]
    scale, limits = _value_axis(claims, spans)
    conflicted = {i for r in comparison.conflicts for i in (r.a, r.b)}
    colours = _colours(claims)
    n = len(claims)
    show_f, show_t = kind in ("both", "figures"), kind in ("both", "timeline")
    heights = ([max(1.6, 0.3 * n + 0.6)] if show_f else []) + ([2.8] if show_t else [])
    with matplotlib.rc_context(RC):
        fig = Figure(figsize=(11, sum(heights) + 1.1), layout="constrained")
        axes = fig.subplots(len(heights), 1, squeeze=False, height_ratios=heights)[:, 0]
        style = dict(claims=claims, spans=spans, colours=colours, conflicted=conflicted, index=index,
                     revisions=comparison.revisions, scale=scale, limits=limits)
        if show_f:
            _figures(axes[0], dates=dates, **style)
        if show_t:
            _timeline(axes[-1], dates=dates, **style)
        n_conf = len(comparison.conflicts)
        more = f" (first {n} of {len(comparison.claims)} claims)" if len(comparison.claims) > n else ""
        fig.suptitle(_short(title or comparison.label, 90) + more, fontweight="bold")
        fig.legend(handles=_claimant_keys(colours), loc="outside right upper", frameon=False, fontsize=8,
                   title="Colour = claimant", title_fontsize=8, alignment="left")
        fig.legend(handles=_legend(n_conf, bool(comparison.revisions)), loc="outside right lower", frameon=False,
                   fontsize=8, title="Marks (in the claimant's colour)", title_fontsize=8, alignment="left")
        if source:
            fig.supxlabel(_short(source, 150), x=0.005, ha="left", fontsize=7.5, color="#555555")
    return fig


def _figures(ax, *, claims, spans, colours, conflicted, index, revisions, scale, limits, dates) -> None:
    ax.set_xscale(scale)
    ax.set_xlim(*limits)
    _number_ticks(ax.xaxis, limits)
    ax.set_ylim(len(claims) - 0.5, -0.5)
    labels, previous = [], None
    for i, c in enumerate(claims):
        name = c.claimant_name
        day = dates.get(c.id) or "undated"
        labels.append(f"{_short(name, 30)} \u00b7 {day}" if name != previous else f"{day}")
        if name != previous and colours[name][1] % 2:
            end = next((j for j in range(i, len(claims)) if claims[j].claimant_name != name), len(claims))
            ax.axhspan(i - 0.5, end - 0.5, color="#f2f2f2", zorder=0, lw=0)
        previous = name
        _mark(ax, i, c, spans[i], i, colours[name][0], c.id in conflicted, limits, horizontal=True)
    ax.set_yticks(range(len(claims)), labels)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color="#e5e5e5", lw=0.6)
    ax.set_xlabel(_unit_label(claims))
    ax.set_title("Figures by claimant", loc="left", fontsize=9)
    _arrows(ax, revisions, index, lambda i: (_point(claims[i], spans[i]), i))


def _timeline(ax, *, claims, spans, colours, conflicted, index, revisions, scale, limits, dates) -> None:
    ax.set_yscale(scale)
    ax.set_ylim(*limits)
    _number_ticks(ax.yaxis, limits)
    dated = [(i, dates.get(c.id)) for i, c in enumerate(claims) if dates.get(c.id) is not None]
    undated = len(claims) - len(dated)
    note = f" ({undated} undated claim{'s' * (undated != 1)} not shown)" if undated else ""
    ax.set_title("Timeline (x = statement date)" + note, loc="left", fontsize=9)
    ax.grid(color="#e5e5e5", lw=0.6)
    ax.set_ylabel(_unit_label(claims))
    if not dated:
        ax.text(0.5, 0.5, "no dated claims", transform=ax.transAxes, ha="center", va="center", color="#777")
        ax.set_xticks([])
        return
    xs = {i: date2num(day) for i, day in dated}
    lo, hi = min(xs.values()), max(xs.values())
    pad = max(2.0, (hi - lo) * 0.06)
    ax.set_xlim(lo - pad, hi + pad)
    # Claims of one day side by side rather than on top of each other.
    same: dict[float, int] = {}
    for i, _ in dated:
        k = same[xs[i]] = same.get(xs[i], -1) + 1
        xs[i] += (k % 7 - 3) * pad * 0.08 if k else 0.0
    for i, _ in dated:
        c = claims[i]
        _mark(ax, xs[i], c, spans[i], i, colours[c.claimant_name][0], c.id in conflicted, limits,
              horizontal=False, width=pad * 0.25)
    locator = AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    _arrows(ax, revisions, {k: v for k, v in index.items() if v in xs},
            lambda i: (xs[i], _point(claims[i], spans[i])))


def _mark(ax, at, claim, span, i, colour, conflicted, limits, *, horizontal, width=0.6) -> None:
    """One claim: bar (or shaded range when vague) and dot, at row/date ``at``."""
    dot, bar = ("cgc", "cgb") if horizontal else ("cgt", "cgu")
    lo, hi = span
    lo_d, hi_d = max(lo, limits[0]), min(hi, limits[1])
    xy = (lambda v, p: (v, p)) if horizontal else (lambda v, p: (p, v))
    if claim.figure.vague:
        corner = xy(lo_d, at - width / 2)
        w, h = (hi_d - lo_d, width) if horizontal else (width, hi_d - lo_d)
        ax.add_patch(Rectangle(corner, w, h, facecolor=colour, alpha=0.3, hatch="///", edgecolor=colour,
                               lw=0.8, gid=f"{dot}{i}", url=f"#claim-{i}"))
    else:
        ax.add_line(Line2D(*zip(xy(lo_d, at), xy(hi_d, at)), color=colour, lw=2.4, alpha=0.8,
                           solid_capstyle="butt", gid=f"{bar}{i}", url=f"#claim-{i}"))
        for bound, at_limit, end in ((lo, lo <= limits[0], "lo"), (hi, hi >= limits[1], "hi")):
            head = (">" if end == "hi" else "<") if horizontal else ("^" if end == "hi" else "v")
            # a bare Line2D: the same mark without ax.plot's argument parsing and autoscaling
            ax.add_line(Line2D(*zip(xy(min(max(bound, limits[0]), limits[1]), at)), marker=head if at_limit else
                               ("|" if horizontal else "_"), color=colour, ms=7 if at_limit else 9, mew=1.6, ls="none"))
    value = claim.figure.value
    point = value if value is not None else claim.figure.central
    if point is not None and limits[0] <= point <= limits[1]:
        ax.add_line(Line2D(*zip(xy(point, at)), marker="o", ms=8 if conflicted else 6, mew=2.2 if conflicted else 1,
                           mfc=colour if value is not None else "white", mec=CONFLICT if conflicted else colour,
                           ls="none", zorder=4, gid=None if claim.figure.vague else f"{dot}{i}",
                           url=f"#claim-{i}"))


def _arrows(ax, revisions, index, where) -> None:
    for r in revisions:  # r.b is the earlier claim, r.a the later one
        if r.a in index and r.b in index:
            (x0, y0), (x1, y1) = where(index[r.b]), where(index[r.a])
            if None not in (x0, y0, x1, y1):
                ax.annotate("", xy=(x1, y1), xytext=(x0, y0), zorder=5,
                            arrowprops=dict(arrowstyle="-|>", color=REVISION, lw=1.4,
                                            connectionstyle="arc3,rad=0.15", shrinkA=4, shrinkB=4))


def _number_ticks(axis, limits=None) -> None:
    # Plain "10,000" rather than math text (which is off: see RC); on a log
    # axis "1k", "10k", "100k" at each power of ten, and at 2 and 5 times it
    # as well when the axis spans fewer than three of them.
    if axis.get_scale() != "log":
        axis.set_major_formatter(FuncFormatter(lambda v, _pos: _tick(v)))
        axis.set_minor_formatter(NullFormatter())
        return
    lo, hi = limits
    subs = (1.0,) if hi / lo >= 1e3 else (1.0, 2.0, 5.0)
    axis.set_major_locator(LogLocator(base=10, subs=subs))
    axis.set_minor_locator(LogLocator(base=10, subs=[k for k in range(2, 10) if k not in subs]))
    axis.set_major_formatter(FuncFormatter(lambda v, _pos: compact(v)))
    axis.set_minor_formatter(NullFormatter())


def _tick(v: float) -> str:
    """Tick label of a value.

    Examples
    --------
    >>> _tick(10000.0), _tick(0.5), _tick(2.5e9)
    ('10,000', '0.5', '2,500,000,000')
    """
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.3g}"


def compact(v: float) -> str:
    """Short label of a value on a log axis.

    Examples
    --------
    >>> [compact(v) for v in (1, 20, 500, 1000, 2000, 10000, 250000, 1e6, 3.5e9, 0.05)]
    ['1', '20', '500', '1k', '2k', '10k', '250k', '1M', '3.5B', '0.05']
    """
    v = float(v)
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(v) >= size:
            return f"{v / size:.3g}{suffix}"
    return f"{v:.3g}"


def _claimant_keys(colours: dict) -> list:
    """The colour legend: one dot per claimant, the rest as "other claimants"."""
    named = [(name, colour) for name, (colour, k) in colours.items() if k < MAX_CLAIMANT_KEYS]
    keys = [Line2D([], [], color=colour, marker="o", lw=2.4, label=_short(name, 24)) for name, colour in named]
    others = len(colours) - len(named)
    if others:
        keys.append(Line2D([], [], color=_OTHER, marker="o", lw=2.4, label=f"{others} other claimant{'s' * (others != 1)}"))
    return keys


def _legend(conflicts: int, revisions: bool) -> list:
    grey = "#555555"
    items = [Line2D([], [], color=grey, marker="o", ls="none", label="stated value"),
             Line2D([], [], color=grey, lw=2.4, label="interval compared"),
             Patch(facecolor=grey, alpha=0.3, hatch="///", edgecolor=grey, label="vague figure")]
    if conflicts:
        items.append(Line2D([], [], marker="o", mfc="white", mec=CONFLICT, mew=2.2, ls="none",
                            label=f"in conflict ({conflicts} pair{'s' * (conflicts != 1)})"))
    if revisions:
        items.append(Line2D([], [], color=REVISION, marker=">", lw=1.4, label="revision"))
    return items


def _value_axis(claims, spans) -> tuple[str, tuple[float, float]]:
    finite = [x for (lo, hi), c in zip(spans, claims)
              for x in (lo, hi, c.figure.value) if x is not None and math.isfinite(x)]
    positive = [x for x in finite if x > 0]
    if not finite:
        return "linear", (0.0, 1.0)
    if positive and min(finite) >= 0 and max(positive) / min(positive) >= 20:
        return "log", (min(positive) / 1.8, max(positive) * 1.8)
    lo, hi = min(finite), max(finite)
    pad = (hi - lo) * 0.12 or abs(hi) * 0.2 or 1.0
    return "linear", (lo - pad if lo < 0 else max(0.0, lo - pad), hi + pad)


def _colours(claims) -> dict:
    out: dict[str, tuple[str, int]] = {}
    for c in claims:
        if c.claimant_name not in out:
            k = len(out)
            out[c.claimant_name] = (_PALETTE[k] if k < min(len(_PALETTE), MAX_CLAIMANT_KEYS) else _OTHER, k)
    return out


def _point(claim, span):
    f = claim.figure
    if f.value is not None:
        return f.value
    if f.central is not None:
        return f.central
    lo, hi = span
    return lo if math.isfinite(lo) else None


def _unit_label(claims) -> str:
    units = {c.figure.unit for c in claims if c.figure.unit}
    return _short(units.pop(), 40) if len(units) == 1 else "figure"


def _short(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
