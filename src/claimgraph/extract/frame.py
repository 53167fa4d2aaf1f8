"""A figure in its article: what the article says about all its figures.

The extractor reads one sentence at a time; these helpers give it what the
sentence leaves out. The article's context (:class:`ArticleContext`) knows the
places and the group of people its headline and lead name, its intention
words, subsets and periods, and the day its lead gives. Dates are told three
ways: with the figure ("annoncé une semaine plus tôt un bilan de 640"), with
the reporting verb ("Le 19 décembre, le service évoquait"), or for a march,
as the day it was held, never the day its count was announced. Every word
comes from the language modules; patterns that look for a place or a date
join the words of every language, since a page may mix them.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..actors import Gazetteer
from . import lang as _lang
from .lang import either
from .dates import dates_in
from .discourse import dateline_span
from .figures import Mention
from .quantity import _DESTINATION, _SENDER

__all__ = ["ArticleContext", "article_context", "date_of_cue", "date_with_figure", "patterns", "since_period",
           "subset_of", "topic_population"]




@functools.lru_cache(maxsize=1)
def patterns() -> dict:
    """The sentence patterns of :mod:`claimgraph.extract.extractor`, from every language's words."""
    mods = [_lang.get(code) for code in _lang.LANGUAGES]
    every = lambda name: [w for m in mods for w in getattr(m, name)]
    return {
        "there": re.compile(rf"(?<![\w'-]){either(every('PLACE_BACKREFS'))}(?![\w'-])", re.I),
        "capital": re.compile(rf"(?:{either(every('CAPITAL_BACKREFS'))})", re.I),
        "there_region": re.compile(rf"(?<![\w'-]){either(every('REGION_BACKREFS'))}(?![\w'-])", re.I),
        "spoke_before": re.compile(either(every("SPOKE_BEFORE")) + r"\b[^.;]{0,40}$", re.I),
        "whole": re.compile(r"^[^.;,]{0,40}?" + either(every("WHOLE")), re.I),
        "nationwide": re.compile(rf"(?<![\w'-]){either(every('NATIONWIDE'))}(?![\w'-])", re.I),
        "combined": re.compile(rf"(?<![\w'-]){either(every('COMBINED_PLACES'))}(?![\w'-])", re.I),
        "statement_verb": re.compile(either(every("STATEMENT_VERBS")) + r"\b[^.;\d]{0,25}$", re.I),
        # "Thursday's protests", "les manifestations de jeudi": the day of the event itself
        "event_day_after": re.compile(r"\S+['’]s\s+(?:[\w-]+\s+){0,2}?(?:" + either(m.EVENT_DAY_NOUNS for m in mods) + r")\b", re.I),
        "event_day_before": re.compile(r"(?:" + either(m.EVENT_DAY_NOUNS for m in mods) + r")\s+(?:[\w-]+\s+){0,2}?"
                                       r"(?:" + either(m.OF_LINK for m in mods) + r")\s*$", re.I),
        "first_day": re.compile(either(m.FIRST_DAY for m in mods), re.I),
        # "…, contre 1,3 million la semaine précédente", "compared with 1.3 million a week earlier": the day of the
        # figure compared with, not the event's
        "compared_day": re.compile(r"(?<![\w'-])(?:" + "|".join(m.PREVIOUS_VALUE for m in mods if m.PREVIOUS_VALUE)
                                   + r")\s+\d[\d\s.,\u00a0\u202f]*(?:[^\W\d]+\s+){0,3}$", re.I),
    }


@dataclass(frozen=True)
class ArticleContext:
    """What an article says about all its figures: its places (headline, lead,
    dateline), the group of people it counts, its intention, subset and period
    patterns, and the day its lead gives."""

    places: list = field(default_factory=list)
    population: tuple[str, str] | None = None
    planned: re.Pattern | None = None
    subset: re.Pattern | None = None
    groups: tuple = ()
    periods: tuple = ()
    day: object | None = None
    jurisdictions: dict = field(default_factory=dict)   # officials' territories (see jurisdictions.py)
    local: object = dict  # () -> the towns and regions the article names, for local bodies (read once, when needed)
    kicker: object | None = None  # the town a local page's headline opens with ("Port-Orbec : …"), for its marches
    senses: dict = field(default_factory=dict)  # a counted noun's key -> its key in what the article is about


def article_context(title: str | None, lead: str, code: str, g: Gazetteer, places, published) -> ArticleContext:
    """The :class:`ArticleContext` of an article from its headline and lead."""
    from .places import topic_places

    L = _lang.get(code)
    return ArticleContext(
        topic_places(title, lead, places), topic_population(title, lead, code, g), re.compile(L.PLANNED, re.I),
        re.compile(L.SUBSET_BEFORE, re.I), tuple((re.compile(rx, re.I), key) for rx, key in L.SUBSET_GROUPS),
        tuple((re.compile(rx, re.I), key) for rx, key in L.PERIODS),
        _event_day(f"{title or ''} {lead[:400]}", code, published,
                   tuple(len(title or "") + 1 + at for at in dateline_span(lead[:400]))),
        senses={key: sense for rx, keys in L.TOPIC_SENSES if re.search(rx, f"{title or ''} {lead}", re.I)
                for key, sense in keys.items()})


def _event_day(text: str, code: str, published, dateline: tuple[int, int] = (0, 0)):
    """The day of the event the headline and lead name ("on Friday raised the number arrested during
    Thursday's protests": Thursday, "les manifestations de jeudi"), else the first day they give outside
    the wire dateline at ``dateline`` ("VALLANCOURT, Jan 19 (Wire) – Thousands marched on Thursday": the
    march's Thursday, not the day the wire was filed), else the dateline's."""
    P = patterns()
    days = [(at, d) for at, d in dates_in(text, code, published) if not P["compared_day"].search(text[max(0, at - 60):at])]
    event = next((d for at, d in days
                  if P["event_day_after"].match(text, at) or P["event_day_before"].search(text[max(0, at - 30):at])), None)
    told = [d for at, d in days if not dateline[0] <= at < dateline[1]]
    return event or next(iter(told), None) or next((d for _, d in days), None)


def topic_population(title: str | None, lead: str, code: str, g: Gazetteer) -> tuple[str, str] | None:
    """``(group, concept)`` of the first group of troops the headline or lead
    counts ("soldats nord-coréens", "North Korea has begun sending troops"):
    it fills a group a sentence leaves out. The country nearest the noun wins;
    a destination ("to Russia", "en Russie") is where they are, not who."""
    L = _lang.get(code)
    for text in (title or "", lead):
        for m in re.finditer(r"[\w'-]+", text):
            if L.COUNT_NOUNS.get(m.group().lower()) != "troops":
                continue
            lo = max(0, m.start() - 45)
            near = text[lo:m.end() + 30]
            found = []
            for at, end, i in g.find(near):
                if g.get(i).kind != "country" or not g.demonym_slug(i) or _DESTINATION.search(near[max(0, at - 12):at]):
                    continue
                # (the country that sent them first: "North Korea has sent 3,000 troops to join Russian forces")
                sender = end <= m.start() - lo and _SENDER.match(near, end) is not None
                found.append((not sender, min(abs(lo + at - m.end()), abs(lo + end - m.start())), i))
            if found:
                return g.demonym_slug(min(found)[2]), "troops"
    return None


def since_period(clause: str, code: str) -> str:
    """A cumulative count's period: "depuis février 2022", "since February 2022" → ``since-2022-02``.

    Examples
    --------
    >>> since_period("plus de 600 000 soldats tués depuis février 2022", "fr")
    'since-2022-02'
    """
    L = _lang.get(code)
    months = either(L.MONTHS)
    m = re.search(rf"(?<![\w-])(?:{L.SINCE})({months})\.?\s+(\d{{4}})(?![\w-])", clause.lower())
    return f"since-{m.group(2)}-{L.MONTHS[m.group(1)]:02d}" if m else ""


def date_with_figure(s: str, dated, m: Mention):
    """A date told in the figure's own clause, just before it, with no
    punctuation between ("said on October 18 that 1,500", "annoncé une
    semaine plus tôt un bilan de 640"), else right after it ("780 on
    Wednesday")."""
    # (not the day of a figure just before it: "780 on Wednesday and 910")
    # (the figure's own quotation marks are not punctuation between: 'lowered on Thursday to "about 90"',
    # '"about fifty" on Thursday')
    near = [(at, day) for at, day in dated if m.start - 45 <= at < m.start
            and not re.search(r"[,;:«»\"()]", s[at:m.start].rstrip(_OPENING))
            and not (re.search(r"\d", lead := re.split(r"[,;:]", s[max(0, at - 20):at])[-1]) and not _OPENS_ITEM.search(lead))]
    # or right after it, in its own phrase: "640 on Monday, 780 on Wednesday and 910 on Saturday"
    after = [(at, day) for at, day in dated if m.end <= at <= m.end + 30
             and not re.search(r"[,;:«»\"()\d]", s[m.end:at].lstrip(_CLOSING))]
    if near and not (after and _LINKED.search(s, near[-1][0], m.start)):
        return near[-1][1]  # (not "1,350 on September 16 and 1,620 on September 23": that day is the figure's before)
    return after[0][1] if after else None


_OPENING, _CLOSING = " \u00a0\u202f«\"\u201c", " \u00a0\u202f»\"\u201d"
# "58 and on Wednesday 73": "and" before the day opens the next item, whose figure follows ("780 on Wednesday and 910"
# gives the day to the figure before it)
_OPENS_ITEM = re.compile(rf"\s(?:{either(_lang.every('AND'))})\s+(?:\w+\s+)?$", re.I)
_LINKED = re.compile(rf"\s(?:{either(_lang.every('AND'))})\s+$", re.I)


def date_of_cue(dated, cue):
    """The date told with the reporting verb ("a publié mercredi", "said on Friday",
    "Le 19 décembre, le service évoquait"): when the statement was made."""
    if cue is None or not dated:
        return None

    def gap(at):
        return 0 if cue.start - 30 <= at <= cue.end + 25 else min(abs(at - cue.start), abs(at - cue.end))
    # (of two dates close to it, the nearer: "the ADCI on Sunday 14, the mayor on Monday 15")
    at, day = min(dated, key=lambda x: (gap(x[0]), min(abs(x[0] - cue.start), abs(x[0] - cue.end)), x[0]))
    return day if gap(at) <= 40 else None


def subset_of(s: str, m: Mention, since: int, context: ArticleContext) -> str:
    """The group a subset figure counts ("children", "over-75"), or ""."""
    if context.subset is None or not context.subset.search(s[max(since, m.start - 40):m.start]):
        return ""
    after = s[m.end:m.end + 80]
    for rx, key in context.groups:
        g = rx.match(after)
        if g:
            return key.format(**g.groupdict())
    return ""
