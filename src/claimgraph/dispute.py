"""Who says what, and when: one dispute summary per quantity.

A :class:`Dispute` reads one :class:`~claimgraph.compare.Comparison` the way
a reader asks about it: which actors disagree at the same moment, with which
figures, and what each actor says now. It holds

* one **sentence**, e.g. *"As of 28 Oct 2024: Volodymyr Zelensky ~3,000 vs
  Pentagon ~10,000 (×3.3); since then Pentagon's figure rose to
  11,000–12,000 (4 Nov 2024)"*;
* the **latest figure of each actor** (:class:`ActorFigure`: actor, figure as
  said, date, outlets, URL) and every dated figure, for the step chart of
  :mod:`claimgraph.disputechart`;
* the **contemporaneous conflicts** of the comparison (different actors,
  reference dates within the window: never an evolution over weeks, never
  one actor's revision) and those of them still **standing**;
* a **contested-now score** that orders quantities.

Figures are shown **as said**: the stated value with its qualifier
(``~3,000``, ``at least 3,000``, ``more than 3,000``), a range as a range
(``11,000–12,000``), a vague band in words (``thousands``). A midpoint is
never shown; central figures serve only to compute ratios and directions.

The contested-now rule
----------------------
An actor's *latest figures* are its statements of the most recent reference
date (``as_of``, else the statement date, else the article's publication
date; an actor with no dated statement has its undated ones). A
contemporaneous conflict is *standing* when the figures of both sides are
still among their actors' latest figures (said the same way). The score is
the largest ratio of a standing conflict (larger central figure over the
smaller; 1 when a ratio is undefined), and **0 when nothing is contested
now**: no conflict ever, or every conflict superseded by a later figure of
one of its sides. Quantities are ordered by score, then by the largest ratio
of any past conflict (a settled dispute before a quantity nobody disputed),
then by the number of statements, then by label.

Actors are the speakers of the comparison (:func:`claimgraph.statements.speaker_key`):
with ``by="body"`` a spokesperson speaks for their body, with
``by="affiliation"`` every body for its country. Both languages' articles
feed the same records; the sentence is in English, or in French with
``lang="fr"``.
"""
from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Mapping
from urllib.parse import urlsplit

from .compare import WINDOW, Comparison, Relation
from .errors import ModelError
from .model import Actor, Document, Figure
from .statements import BY, reference_date, speaker_key

__all__ = ["LANGS", "ActorFigure", "Dispute", "date_span", "dispute", "disputes", "fmt_date", "fmt_ratio", "said"]

#: Languages of the sentence.
LANGS = ("en", "fr")
#: Actors named at most in the "since then" part of a sentence.
MAX_SINCE = 3
#: Figures named at most in the "vs" part of a sentence.
MAX_ROUND = 4

_QUAL = {
    "en": {"about": "~", "nearly": "nearly ", "at_least": "at least ", "more_than": "more than ",
           "at_most": "at most ", "up_to": "up to ", "less_than": "less than "},
    "fr": {"about": "~", "nearly": "près de ", "at_least": "au moins ", "more_than": "plus de ",
           "at_most": "au plus ", "up_to": "jusqu'à ", "less_than": "moins de "},
}
# Vague bands as the extractor reads them (2 to 10 units: "des milliers" = 2,000–9,999), back to words.
_BANDS = {
    "en": {10: "dozens", 100: "hundreds", 1e3: "thousands", 1e4: "tens of thousands",
           1e5: "hundreds of thousands", 1e6: "millions", 1e7: "tens of millions", 1e8: "hundreds of millions",
           1e9: "billions"},
    "fr": {10: "des dizaines", 100: "des centaines", 1e3: "des milliers", 1e4: "des dizaines de milliers",
           1e5: "des centaines de milliers", 1e6: "des millions", 1e7: "des dizaines de millions",
           1e8: "des centaines de millions", 1e9: "des milliards"},
}
_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."),
}
_WORDS = {
    "en": {"as_of": "As of {span}: ", "undated": "Undated (one article): ", "vs": " vs ", "or": " or ",
           "others": " (and {n} more figure{s})",
           "since": "; since then ", "and": ", and ", "sep": ", ", "more": "{n} more actor{s}",
           "rose": "{who} figure rose to {fig} ({day})", "fell": "{who} figure fell to {fig} ({day})",
           "changed": "{who} figure changed to {fig} ({day})", "gave": "{actor} gave {fig} ({day})",
           "only": "Only {actor} gives a figure: {figs}", "only_many": "Only {actor} gives figures: {figs}",
           "then": ", then ", "none": "No two actors disagree at the same time; latest: {figs}",
           "at": "{fig} ({day})", "undated_day": "undated", "list": "; "},
    "fr": {"as_of": "Au {span} : ", "undated": "Sans date (un article) : ", "vs": " contre ", "or": " ou ",
           "others": " (et {n} autre{s} chiffre{s})",
           "since": " ; depuis, ", "and": " ; ", "sep": " ; ", "more": "{n} autre{s} acteur{s}",
           "rose": "le chiffre de {actor} est monté à {fig} ({day})",
           "fell": "le chiffre de {actor} est descendu à {fig} ({day})",
           "changed": "le chiffre de {actor} est passé à {fig} ({day})", "gave": "{actor} a avancé {fig} ({day})",
           "only": "Seul {actor} donne un chiffre : {figs}", "only_many": "Seul {actor} donne des chiffres : {figs}",
           "then": ", puis ", "none": "Aucun désaccord au même moment ; derniers chiffres : {figs}",
           "at": "{fig} ({day})", "undated_day": "sans date", "list": " ; "},
}


@dataclass(frozen=True, slots=True)
class ActorFigure:
    """One actor's statement of a figure, as said.

    ``actor`` is the speaker's name (a spokesperson's body with
    ``by="body"``), ``claimant`` who spoke; ``said`` the figure as said
    (:func:`said`); ``as_of`` the date the figure describes (None when
    undated) and ``since`` the first date of the actor's run of statements
    giving this same figure (equal to ``as_of`` unless it was repeated);
    ``outlets`` the outlets that reported it, ``url`` the first http(s)
    address among them; ``claim`` the claim that stands for the statement
    (the one :class:`~claimgraph.compare.Relation` names) and ``statement``
    its id.

    Examples
    --------
    >>> f = ActorFigure("Pentagon", "pentagon", Figure(10000, qualifier="about"), "~10,000",
    ...                 dt.date(2024, 10, 28), outlets=("Harbour Street Ledger",))
    >>> f.to_dict()["as_of"], f.since
    ('2024-10-28', datetime.date(2024, 10, 28))
    """

    actor: str
    actor_id: str
    figure: Figure
    said: str
    as_of: dt.date | None = None
    since: dt.date | None = None
    outlets: tuple[str, ...] = ()
    url: str | None = None
    claim: str = ""
    statement: str = ""
    claimant: str = ""

    def __post_init__(self):
        if not isinstance(self.figure, Figure):
            raise ModelError("an ActorFigure needs a Figure")
        object.__setattr__(self, "outlets", tuple(self.outlets))
        if self.since is None:
            object.__setattr__(self, "since", self.as_of)

    def to_dict(self) -> dict:
        day = lambda d: d.isoformat() if d else None
        return {"actor": self.actor, "actor_id": self.actor_id, "claimant": self.claimant or self.actor,
                "figure": self.said, "value": self.figure.value, "value_min": self.figure.lower,
                "value_max": self.figure.upper, "qualifier": self.figure.qualifier, "unit": self.figure.unit,
                "as_of": day(self.as_of), "since": day(self.since), "outlets": list(self.outlets), "url": self.url,
                "claim": self.claim, "statement": self.statement}


@dataclass(frozen=True, slots=True)
class Dispute:
    """The dispute summary of one quantity (see the module docstring).

    ``figures`` are the actors' dated statements in date order (what the
    step chart draws) followed by the undated ones; ``latest`` each actor's
    latest figures, most recent first; ``conflicts`` the contemporaneous
    conflicts of the comparison and ``standing`` those still standing;
    ``score`` the contested-now score (0 when nothing is contested now).

    Examples
    --------
    >>> d = Dispute("q", "North Korean troops", "Only NIS gives a figure: ~1,500 (18 Oct 2024)")
    >>> d.contested, d.to_dict()["score"]
    (False, 0.0)
    """

    quantity_id: str
    label: str
    sentence: str
    latest: tuple[ActorFigure, ...] = ()
    conflicts: tuple[Relation, ...] = ()
    standing: tuple[Relation, ...] = ()
    score: float = 0.0
    figures: tuple[ActorFigure, ...] = ()
    window: int = WINDOW
    lang: str = "en"

    def __post_init__(self):
        for name in ("latest", "conflicts", "standing", "figures"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        if not (isinstance(self.score, (int, float)) and math.isfinite(self.score) and self.score >= 0):
            raise ModelError(f"a dispute score is a finite number >= 0, not {self.score!r}")
        if self.lang not in LANGS:
            raise ModelError(f"lang must be one of {', '.join(LANGS)}, not {self.lang!r}")

    @property
    def contested(self) -> bool:
        """Whether a conflict still stands (``score > 0``)."""
        return self.score > 0

    @property
    def actors(self) -> tuple[str, ...]:
        """The actors with a figure, in the order of their first dated figure."""
        return tuple(dict.fromkeys(f.actor for f in self.figures))

    def figure_of(self, claim_id: str) -> ActorFigure | None:
        """The statement a relation names by its claim id."""
        return next((f for f in self.figures if f.claim == claim_id), None)

    def to_dict(self) -> dict:
        return {"quantity_id": self.quantity_id, "label": self.label, "sentence": self.sentence,
                "score": float(self.score), "contested": self.contested,
                "latest": [f.to_dict() for f in self.latest],
                "conflicts": [r.to_dict() for r in self.conflicts],
                "standing": [r.to_dict() for r in self.standing]}


# ---------------------------------------------------------------- formatting


def _num(x: float, lang: str) -> str:
    if float(x).is_integer():
        text = f"{x:,.0f}"
    else:
        text = f"{x:,.6g}" if abs(x) < 1e6 else f"{x:,.0f}"
    if lang == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def said(figure: Figure, lang: str = "en", *, unit: bool = False) -> str:
    """A figure as it was said: the stated value with its qualifier, a range
    as a range, a vague band in words. Never a computed midpoint.

    Examples
    --------
    >>> said(Figure(3000, qualifier="about")), said(Figure(3000, 3000, None, "more_than"))
    ('~3,000', 'more than 3,000')
    >>> said(Figure(None, 11000, 12000, "range")), said(Figure(None, 2000, 9999, "vague"))
    ('11,000–12,000', 'thousands')
    >>> said(Figure(None, 20000, 99999, "vague"), "fr"), said(Figure(3000, qualifier="at_least"), "fr")
    ('des dizaines de milliers', 'au moins 3\\u202f000')
    >>> said(Figure(1100, qualifier="about", unit="soldiers"), unit=True), said(Figure(None, 150, 420, "vague"))
    ('~1,100 soldiers', '150–420 (vague)')
    """
    if lang not in LANGS:
        raise ModelError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    f, q = figure, figure.qualifier
    lo, hi = f.lower, f.upper
    if q == "vague":
        text = _band_words(lo, hi, lang)
    elif q == "range" or (f.value is None and lo is not None and hi is not None):
        text = f"{_num(lo, lang)}\u2013{_num(hi, lang)}" if lo is not None and hi is not None else \
            _num(lo if lo is not None else hi, lang)
    else:
        value = f.value if f.value is not None else (lo if lo is not None else hi)
        text = _QUAL[lang].get(q, "") + _num(value, lang)
    return f"{text} {f.unit}" if unit and f.unit else text


def _band_words(lo, hi, lang) -> str:
    if lo is not None and hi is not None and lo > 0:
        for unit, words in _BANDS[lang].items():
            if math.isclose(lo, 2 * unit) and (math.isclose(hi + 1, 10 * unit) or math.isclose(hi, 9.99 * unit)):
                return words
        if (lo, hi) in ((24, 99), (40, 99)):  # "dozens", "scores"
            return _BANDS[lang][10]
    bounds = "\u2013".join(_num(x, lang) if x is not None else "?" for x in (lo, hi))
    return f"{bounds} ({'vague' if lang == 'en' else 'flou'})"


def fmt_date(day: dt.date | None, lang: str = "en") -> str:
    """A date for a sentence.

    Examples
    --------
    >>> fmt_date(dt.date(2024, 10, 28)), fmt_date(dt.date(2024, 11, 1), "fr"), fmt_date(None)
    ('28 Oct 2024', '1er nov. 2024', 'undated')
    """
    if day is None:
        return _WORDS[lang]["undated_day"]
    return f"{_day(day, lang)} {_MONTHS[lang][day.month - 1]} {day.year}"


def _day(day: dt.date, lang: str) -> str:
    return "1er" if lang == "fr" and day.day == 1 else str(day.day)


def date_span(first: dt.date, last: dt.date, lang: str = "en") -> str:
    """Two dates as one span, saying the month and year once when shared.

    Examples
    --------
    >>> d = dt.date
    >>> date_span(d(2024, 10, 23), d(2024, 10, 28)), date_span(d(2024, 10, 28), d(2024, 10, 28))
    ('23–28 Oct 2024', '28 Oct 2024')
    >>> date_span(d(2024, 10, 28), d(2024, 11, 4)), date_span(d(2024, 12, 30), d(2025, 1, 2), "fr")
    ('28 Oct – 4 Nov 2024', '30 déc. 2024 – 2 janv. 2025')
    """
    first, last = min(first, last), max(first, last)
    months = _MONTHS[lang]
    if first == last:
        return fmt_date(first, lang)
    if (first.year, first.month) == (last.year, last.month):
        return f"{_day(first, lang)}\u2013{_day(last, lang)} {months[last.month - 1]} {last.year}"
    if first.year == last.year:
        return f"{_day(first, lang)} {months[first.month - 1]} \u2013 {fmt_date(last, lang)}"
    return f"{fmt_date(first, lang)} \u2013 {fmt_date(last, lang)}"


def fmt_ratio(ratio: float | None, lang: str = "en") -> str:
    """A ratio for a sentence: one decimal under 10.

    Examples
    --------
    >>> fmt_ratio(10000 / 3000), fmt_ratio(27.27), fmt_ratio(5740.2), fmt_ratio(2.73, "fr"), fmt_ratio(None)
    ('×3.3', '×27', '×5,740', '×2,7', '')
    """
    if ratio is None:
        return ""
    text = f"{ratio:.1f}" if ratio < 10 else f"{ratio:,.0f}"
    if lang == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return "\u00d7" + text


# ---------------------------------------------------------------- records


def disputes(comparisons: Iterable[Comparison], *, documents: Iterable[Document] = (),
             actors: Iterable[Actor] = (), by: str = "body", lang: str = "en") -> list[Dispute]:
    """The dispute summary of every quantity, most contested now first.

    Parameters
    ----------
    comparisons : iterable of Comparison
        From :func:`claimgraph.compare.compare` (with the same ``by``).
    documents : iterable of Document
        For outlets, URLs and the publication dates of undated figures.
    actors : iterable of Actor
        Known actors, for affiliations and the names of bodies.
    by : {"body", "affiliation"}
        Who counts as one actor, as in the comparison.
    lang : {"en", "fr"}
        Language of the sentences and of the figures as said.

    Returns
    -------
    list of Dispute
        Ordered by the contested-now score, then the largest past conflict
        ratio, then the number of statements, then label (module docstring).

    Examples
    --------
    >>> from claimgraph.compare import compare
    >>> from claimgraph.model import Claim
    >>> us, ua, kr = Actor("US", "country"), Actor("Ukraine", "country"), Actor("NIS", "organisation")
    >>> claims = [Claim(us, Figure(3000, qualifier="about"), "troops", stated_on="2024-10-23"),
    ...           Claim(ua, Figure(10000, qualifier="about"), "troops", stated_on="2024-10-25"),
    ...           Claim(us, Figure(None, 11000, 12000, "range"), "troops", stated_on="2024-11-04"),
    ...           Claim(kr, Figure(100, qualifier="about"), "dead", stated_on="2024-12-19"),
    ...           Claim(kr, Figure(300, qualifier="about"), "dead", stated_on="2025-01-13")]
    >>> ds = disputes(compare(claims))
    >>> [(d.quantity_id, d.score) for d in ds]
    [('troops', 0.0), ('dead', 0.0)]
    >>> print(ds[0].sentence)
    As of 23–25 Oct 2024: US ~3,000 vs Ukraine ~10,000 (×3.3); since then US's figure rose to 11,000–12,000 (4 Nov 2024)
    >>> print(ds[1].sentence)
    Only NIS gives figures: ~100 (19 Dec 2024), then ~300 (13 Jan 2025)
    >>> [(f.actor, f.said) for f in ds[0].latest]
    [('US', '11,000–12,000'), ('Ukraine', '~10,000')]
    """
    if by not in BY:
        raise ModelError(f"by must be one of {', '.join(BY)}, not {by!r}")
    if lang not in LANGS:
        raise ModelError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    documents = {d.id: d for d in documents}
    known = {a.id: a for a in actors}
    out = [dispute(c, documents=documents, actors=known, by=by, lang=lang) for c in comparisons]
    return sorted(out, key=_rank)


def _rank(d: Dispute):
    past = max((r.ratio or 1.0 for r in d.conflicts), default=0.0)
    return (-d.score, -past, -len({f.statement for f in d.figures}), d.label, d.quantity_id)


def dispute(comparison: Comparison, *, documents: Mapping[str, Document] | Iterable[Document] = (),
            actors: Mapping[str, Actor] | Iterable[Actor] = (), by: str = "body", lang: str = "en") -> Dispute:
    """The dispute summary of one quantity (see :func:`disputes`).

    Examples
    --------
    >>> from claimgraph.compare import compare
    >>> from claimgraph.model import Claim
    >>> jcs, ua, nis = Actor("JCS"), Actor("Zelensky"), Actor("NIS")
    >>> [c] = compare([Claim(jcs, Figure(1100, qualifier="about"), "hurt", stated_on="2024-12-23"),
    ...                Claim(ua, Figure(3000, 3000, None, "more_than"), "hurt", stated_on="2024-12-23"),
    ...                Claim(nis, Figure(4700, qualifier="about"), "hurt", stated_on="2025-04-30")])
    >>> d = dispute(c)
    >>> print(d.sentence)
    As of 23 Dec 2024: JCS ~1,100 vs Zelensky more than 3,000 (×2.7); since then NIS gave ~4,700 (30 Apr 2025)
    >>> round(d.score, 2), len(d.standing)
    (2.73, 1)
    >>> print(dispute(c, lang="fr").sentence)
    Au 23 déc. 2024 : JCS ~1\u202f100 contre Zelensky plus de 3\u202f000 (×2,7) ; depuis, NIS a avancé ~4\u202f700 (30 avr. 2025)
    """
    if not isinstance(comparison, Comparison):
        raise ModelError(f"dispute() takes a Comparison, not {type(comparison).__name__}")
    if lang not in LANGS:
        raise ModelError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    docs = documents if isinstance(documents, Mapping) else {d.id: d for d in documents}
    known = dict(actors) if isinstance(actors, Mapping) else {a.id: a for a in actors}
    for c in comparison.claims:
        for a in c.claimants:
            known.setdefault(a.id, a)
    published = {i: d.published for i, d in docs.items() if d.published is not None}
    reports: dict[str, list] = defaultdict(list)
    for c in comparison.claims:
        reports[c.statement or c.id].append(c)
    names = {a.id: a.name for c in comparison.claims for a in c.claimants}  # display names first

    figures = []
    for c in comparison.statements:
        key = speaker_key(c, known, by)
        carried = sorted(reports[c.statement or c.id], key=lambda r: (reference_date(r, published) or dt.date.max,
                                                                    r.document or "", r.id))
        outlets = tuple(dict.fromkeys(o for o in (_outlet(docs.get(r.document), r.document) for r in carried) if o))
        url = next((u for u in (_url(docs.get(r.document)) for r in carried) if u), None)
        figures.append(ActorFigure(_name(key, c, names, known), key, c.figure, said(c.figure, lang),
                                   reference_date(c, published), None, outlets, url, c.id, c.statement or c.id,
                                   c.claimant_name))
    figures.sort(key=lambda f: (f.as_of is None, f.as_of or dt.date.min, f.figure.central or 0.0, f.claim))

    series: dict[str, list[ActorFigure]] = defaultdict(list)
    for f in figures:
        series[f.actor_id].append(f)
    latest: dict[str, list[ActorFigure]] = {}
    for key, fs in series.items():
        dated = [f for f in fs if f.as_of is not None]
        last = [f for f in dated if f.as_of == dated[-1].as_of] if dated else fs
        kept: dict[str, ActorFigure] = {}
        for f in last:  # one row per figure as said (the same figure from two statements of one day)
            if f.said in kept:
                g = kept[f.said]
                kept[f.said] = _with(g, outlets=tuple(dict.fromkeys(g.outlets + f.outlets)), url=g.url or f.url)
            else:
                kept[f.said] = _with(f, since=_since(dated, f))
        latest[key] = list(kept.values())
    latest_said = {key: {f.said for f in fs} for key, fs in latest.items()}
    by_claim = {f.claim: f for f in figures}

    conflicts = comparison.conflicts
    standing = tuple(r for r in conflicts if r.a in by_claim and r.b in by_claim
                     and all(by_claim[x].said in latest_said[by_claim[x].actor_id] for x in (r.a, r.b)))
    score = max((r.ratio or 1.0 for r in standing), default=0.0)
    ordered_latest = sorted((f for fs in latest.values() for f in fs),
                            key=lambda f: (f.as_of is None, -(f.as_of or dt.date.min).toordinal(), f.actor,
                                           f.figure.central or 0.0, f.said))
    sentence = _sentence(conflicts, standing, by_claim, series, latest, lang)
    return Dispute(comparison.quantity_id, comparison.label, sentence, tuple(ordered_latest), conflicts, standing,
                   float(score), tuple(figures), comparison.window, lang)


def _with(f: ActorFigure, **changes) -> ActorFigure:
    from dataclasses import replace

    return replace(f, **changes)


def _since(dated: list[ActorFigure], f: ActorFigure) -> dt.date | None:
    """The first date of the actor's last run of days on which it gave ``f`` as said."""
    days: dict[dt.date, set] = defaultdict(set)
    for g in dated:
        days[g.as_of].add(g.said)
    since = f.as_of
    for day in sorted((d for d in days if f.as_of is not None and d <= f.as_of), reverse=True):
        if f.said not in days[day]:
            break
        since = day
    return since


def _name(key: str, claim, names: dict, known: dict) -> str:
    if key in names:
        return names[key]
    if key in known:
        return known[key].name
    if "+" in key:
        return claim.claimant_name
    return key.replace("-", " ").capitalize()


def _outlet(doc: Document | None, doc_id: str | None) -> str:
    if doc is not None and doc.publisher:
        return doc.publisher
    url = getattr(doc, "url", None)
    if url:
        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.")
    return (getattr(doc, "title", None) or doc_id or "").strip()


def _url(doc: Document | None) -> str | None:
    from .htmlsafe import safe_href

    return safe_href(getattr(doc, "url", None))


# ---------------------------------------------------------------- the sentence


def _sentence(conflicts, standing, by_claim, series, latest, lang) -> str:
    w = _WORDS[lang]
    if not conflicts:
        return _quiet(series, latest, lang)
    known = [r for r in conflicts if r.a in by_claim and r.b in by_claim]
    if not known:
        return _quiet(series, latest, lang)
    day = lambda r: max((by_claim[x].as_of for x in (r.a, r.b) if by_claim[x].as_of), default=dt.date.min)
    if standing:
        head = max(standing, key=lambda r: (r.ratio or 1.0, day(r), r.a, r.b))
    else:
        head = max(known, key=lambda r: (day(r), r.ratio or 1.0, r.a, r.b))
    # the round: the headline conflict and the conflicts that share a statement with it
    members = {head.a, head.b}
    round_ = [head] + [r for r in known if r is not head and (r.a in members or r.b in members)]
    claims = list(dict.fromkeys(x for r in round_ for x in (r.a, r.b)))
    ratio = max((r.ratio for r in round_ if r.ratio is not None), default=None)
    per_actor: dict[str, list[ActorFigure]] = {}
    for x in claims:
        f = by_claim[x]
        per_actor.setdefault(f.actor_id, [])
        if f.said not in [g.said for g in per_actor[f.actor_id]]:
            per_actor[f.actor_id].append(f)
    low = lambda fs: min((g.figure.central for g in fs if g.figure.central is not None), default=0.0)
    sides = sorted(per_actor.values(), key=lambda fs: (low(fs), fs[0].actor))
    shown = sides[:MAX_ROUND]
    parts = [f"{fs[0].actor} {w['or'].join(g.said for g in fs[:2])}" + (w["others"].format(n=len(fs) - 2, s="s" * (len(fs) > 3))
                                                                         if len(fs) > 2 else "") for fs in shown]
    if len(sides) > len(shown):
        parts.append(_more(w, len(sides) - len(shown)))
    dates = [f.as_of for fs in sides for f in fs if f.as_of is not None]
    opening = w["as_of"].format(span=date_span(min(dates), max(dates), lang)) if dates else w["undated"]
    text = opening + w["vs"].join(parts) + (f" ({fmt_ratio(ratio, lang)})" if ratio is not None else "")
    if dates:
        later = _since_then(max(dates), per_actor, series, latest, lang)
        if later:
            text += w["since"] + later
    return text


def _since_then(end: dt.date, per_actor, series, latest, lang) -> str:
    w = _WORDS[lang]
    clauses = []  # (date, text)
    for key, fs in latest.items():
        news = [f for f in fs if f.as_of is not None and f.as_of > end]
        if not news:
            continue
        first = min(news, key=lambda f: (f.since or f.as_of, f.said))
        figs = " / ".join(f.said for f in news)
        day = fmt_date(first.since or first.as_of, lang)
        actor = first.actor
        if key in per_actor:
            before = {g.said for g in per_actor[key]}
            if before == {f.said for f in news}:
                continue  # restated the same figure: nothing new to say
            old = max((g.figure.central for g in per_actor[key] if g.figure.central is not None), default=None)
            new = min((f.figure.central for f in news if f.figure.central is not None), default=None)
            new_hi = max((f.figure.central for f in news if f.figure.central is not None), default=None)
            old_lo = min((g.figure.central for g in per_actor[key] if g.figure.central is not None), default=None)
            verb = ("rose" if old is not None and new is not None and new > old else
                    "fell" if old_lo is not None and new_hi is not None and new_hi < old_lo else "changed")
            clauses.append((0, first.since or first.as_of, w[verb].format(who=_possessive(actor), actor=actor,
                                                                           fig=figs, day=day)))
        else:  # an actor who took no part in the round
            clauses.append((1, first.since or first.as_of, w["gave"].format(actor=actor, fig=figs, day=day)))
    if not clauses:
        return ""
    clauses.sort()
    shown = [t for _, _, t in clauses[:MAX_SINCE]]
    if len(clauses) > MAX_SINCE:
        shown.append(_more(w, len(clauses) - MAX_SINCE))
    if len(shown) == 1:
        return shown[0]
    return w["sep"].join(shown[:-1]) + w["and"] + shown[-1]


def _more(w: dict, n: int) -> str:
    return w["more"].format(n=n, s="s" * (n != 1))


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _quiet(series, latest, lang) -> str:
    """The sentence of a quantity without contemporaneous conflict."""
    w = _WORDS[lang]
    if len(series) == 1:
        [fs] = series.values()
        steps: list[tuple] = []  # (date, figures as said that day), each change of figure in date order
        for f in fs:
            if steps and steps[-1][0] == f.as_of:
                if f.said not in steps[-1][1]:
                    steps[-1][1].append(f.said)
            elif not steps or steps[-1][1] != [f.said]:
                steps.append((f.as_of, [f.said]))
        joined = " and " if lang == "en" else " et "
        shown = [w["at"].format(fig=joined.join(figs), day=fmt_date(day, lang)) for day, figs in steps[-MAX_ROUND:]]
        key = "only_many" if len(steps) > 1 or len(steps[0][1]) > 1 else "only"
        return w[key].format(actor=fs[0].actor, figs=w["then"].join(shown))
    rows = sorted(latest.values(), key=lambda fs: (fs[0].as_of is None, -(fs[0].as_of or dt.date.min).toordinal(),
                                                   fs[0].actor))
    joined = " and " if lang == "en" else " et "
    shown = [f"{fs[0].actor} " + w["at"].format(fig=joined.join(f.said for f in fs), day=fmt_date(fs[0].as_of, lang))
             for fs in rows[:MAX_ROUND]]
    if len(rows) > MAX_ROUND:
        shown.append(_more(w, len(rows) - MAX_ROUND))
    return w["none"].format(figs=w["list"].join(shown))
