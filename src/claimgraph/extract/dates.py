"""When a claim was stated: weekday names, "hier", "last week" and explicit
dates in the sentence, resolved against the publication date."""
from __future__ import annotations

import datetime as dt
import functools
import re

from . import lang as _lang
from .lang import either, every, words

__all__ = ["dates_in", "day_of_month", "heading_day", "nearest_date", "stated_on", "years_back_in"]


def stated_on(sentence: str, code: str, published: dt.date | None) -> dt.date | None:
    """The statement date a sentence gives, or the publication date.

    A bare weekday is the latest such day on or before publication;
    "vendredi dernier" / "last Friday" is strictly before it.

    Examples
    --------
    >>> pub = dt.date(2024, 10, 28)  # a Monday
    >>> stated_on("a déclaré lundi que", "fr", pub), stated_on("a affirmé vendredi dernier", "fr", pub)
    (datetime.date(2024, 10, 28), datetime.date(2024, 10, 25))
    >>> stated_on("said last week", "en", pub), stated_on("said on 18 October", "en", pub)
    (datetime.date(2024, 10, 21), datetime.date(2024, 10, 18))
    >>> stated_on("a déclaré lundi", "fr", None) is None
    True
    """
    if published is None:
        return None
    L = _lang.get(code)
    low = sentence.lower().replace("\u2019", "'")
    months, W = either(L.MONTHS), _words()
    m = re.search(rf"(?<![\w-])(\d{{1,2}}){W['suffix']}?\s+({months})\.?(?:\s+(\d{{4}}))?(?![\w-])", low) or \
        re.search(rf"(?<![\w-])({months})\.?\s+(\d{{1,2}}){W['suffix']}?(?:,?\s+(\d{{4}}))?(?![\w-])", low)
    if m:
        a, b, year = m.groups()
        day, month = (int(a), L.MONTHS[b]) if a.isdigit() else (int(b), L.MONTHS[a])
        year = int(year) if year else published.year
        try:
            d = dt.date(year, month, day)
        except ValueError:
            d = None
        if d is not None:
            if not m.group(3) and d > published:
                d = d.replace(year=year - 1)
            # A date years before the article is context ("founded on 9 September 1948"), not when it was said.
            if (published - d).days <= 366:
                return d
    days = either(L.WEEKDAYS)
    m = re.search(rf"(?<![\w-]){W['last']}?({days})(?:\s+{W['time']})?(\s+{L.LAST})?(?![\w-])", low)
    if m:
        target = L.WEEKDAYS[m.group(1)]
        back = (published.weekday() - target) % 7
        if back == 0 and (m.group(2) or re.match(W["last"], m.group(0))):
            back = 7
        return published - dt.timedelta(days=back)
    if re.search(rf"(?<![\w-])(?:{L.LAST_WEEK})(?![\w-])", low):
        return published - dt.timedelta(days=7)
    for word, delta in L.RELATIVE_DAYS.items():
        if re.search(rf"(?<![\w'-]){re.escape(word)}(?![\w-])", low):
            return published + dt.timedelta(days=delta)
    return published


@functools.lru_cache(maxsize=1)
def _words() -> dict:
    """Day suffixes ("1er", "18th"), "last" before a weekday, times of day: every language's words."""
    return {"suffix": either(every("DAY_SUFFIXES")), "last": words(every("LAST_BEFORE")),
            "time": either(every("TIMES_OF_DAY")), "article": words(every("DAY_ARTICLES"))}


@functools.cache
def day_number_end() -> str:
    """What follows "weekday N" when N is the day of the month, not a count: a stop or a bracket, the line's end, or
    a word such as « au matin », "in the evening", « selon » (every language's ``DAY_OF_MONTH_AFTER``; not « et »:
    a recap may list « dimanche 12 et lundi 15 » as counts), or a quote mark (« disait jeudi 29 « plus de 60 000 » »:
    the figure said is in the quote). Read by dates here and by ``figures``' non-counts."""
    return rf"\s*(?:[:;.,)\[\]–—«»“”\"]|$)|\s+{either(every('DAY_OF_MONTH_AFTER'))}(?![\w'-])"   # ("vendredi 16 [maire]")



#: how far after a date the day that closes its span is looked for (" au mercredi 14 mars", " to Wednesday 14")
_SPAN_END_REACH = 24


@functools.lru_cache(maxsize=1)
def _spans():
    """Dates that bound a span or start a count ("entre le 8 et le 13 octobre",
    "between October 8 and October 13", "since 6 August", "qui a pris fin
    dimanche 27 juillet") are not when a figure was given: the words of every
    language, since a page may mix them."""
    mods = [_lang.get(code) for code in _lang.LANGUAGES]
    before = either(w for m in mods for w in m.SPAN_BEFORE)
    articles = either(rf"{a}\s*" if a.endswith("'") else rf"{a}\s+" for m in mods for a in m.SPAN_ARTICLES)
    links = either([*(w for m in mods for w in m.SPAN_LINKS), "-", "–"])
    months = either(w for m in mods for w in m.MONTHS)
    # (no figure of three digits or more between, which no day of a month is: "down from 801 on Friday" is that
    # figure's day, no span's start; "entre le 14 et le 27 juillet" is a span)
    return (re.compile(rf"{before}\s+{articles}?(?:(?:(?!\d{{3}})\w+\s+){{0,3}})$", re.I),
            # (a day of the month, not a count: "mercredi et 130 000 mardi" bounds no span, nor "on Thursday and
            # 64 on Saturday": the day that ends a span stands last or before its month)
            re.compile(rf"^\s*{links}\s+{articles}?(?:[a-zé]+\s+)?\d{{1,2}}(?![\d.,\u00a0\u202f]|\s\d{{3}})"
                       rf"(?:{either(w for m in mods for w in m.DAY_SUFFIXES)})?(?=\s*(?:$|[,.;:)]|(?:{months})\b))", re.I))


def dates_in(sentence: str, code: str, published: dt.date | None,
             told: dt.date | None = None, issued: dt.date | None = None) -> list[tuple[int, dt.date]]:
    """``(offset, date)`` of each date the sentence gives for a figure or a
    statement: explicit dates, weekdays and "yesterday", resolved against
    the publication date (``issued``, the page's own date when ``published`` is a day heading before
    it). Dates that bound a span ("between 8 and 13
    October") or start a count ("since 6 August") are left out.

    Examples
    --------
    >>> pub = dt.date(2024, 10, 24)  # a Thursday
    >>> dates_in("Vendredi dernier, le NIS évoquait 1 500 soldats acheminés entre le 8 et le 13 octobre.", "fr", pub)
    [(0, datetime.date(2024, 10, 18))]
    >>> dates_in("said on October 18 that 1,500 troops had been shipped", "en", pub)
    [(8, datetime.date(2024, 10, 18))]

    "That day" is the date told before it in the sentence, else ``told``
    (the last date the sentences before gave), else none:

    >>> dates_in("le ministère a recensé 41 600 grévistes ce jour-là", "fr", pub, dt.date(2024, 10, 9))
    [(40, datetime.date(2024, 10, 9))]
    >>> dates_in("the ministry counted 41,600 strikers that day", "en", pub)
    []

    A date soon to come dates no figure ("will be tried on 4 November", written in October):

    >>> dates_in("Trois d'entre elles seront jugées le 4 novembre.", "fr", pub)
    []

    Under a live blog's day heading, a later day before the page's own date is this year's:

    >>> dates_in("On Thursday, March 15, the ministry counted 6,900", "en", dt.date(2029, 3, 1), issued=dt.date(2029, 3, 19))
    [(3, datetime.date(2029, 3, 15))]
    """
    if published is None:
        return []
    L = _lang.get(code)
    low = sentence.lower().replace("\u2019", "'")
    months, days, W = either(L.MONTHS), either(L.WEEKDAYS), _words()
    found: list[tuple[int, dt.date]] = []
    spans = [
        # (a weekday before the date is part of it: "le jeudi 12 mars", "Thursday, March 12")
        (rf"(?<![\w-]){W['article']}?(?:(?:{days}),?\s+)?(\d{{1,2}}){W['suffix']}?\s+({months})\.?(?:\s+(\d{{4}}))?(?![\w-])", "dm"),
        (rf"(?<![\w-])(?:(?:{days}),?\s+)?({months})\.?\s+(\d{{1,2}}){W['suffix']}?(?:,?\s+(\d{{4}}))?(?![\w-])", "md"),
        # ("LUNDI 7 : LES CONVOIS", "Tuesday 8:": a weekday and a day of the month, the month unsaid)
        # (or a word that shows the number is the day: « lundi 9 au matin », "Monday 9 in the evening")
        (rf"(?<![\w-])(?:{days})\s+(\d{{1,2}}){W['suffix']}?(?={day_number_end()})", "wdn"),
        # ("on Fri 8, Sun 10": a weekday cut short is a date only before its day, and capitalised)
        (rf"(?<![\w-])(?:{either(w.lower() for w in L.WEEKDAY_ABBREVIATIONS)})\.?\s+(\d{{1,2}})(?![\d:.,]\d|\d)", "wan"),
        (rf"(?<![\w-]){W['last']}?({days})(?:\s+{W['time']})?(\s+{L.LAST})?(?![\w-])", "wd"),
    ]

    def compared(m: re.Match) -> bool:  # (a day compared with: "more than on Thursday", « plus nombreux que le 18 »)
        return bool(re.search(rf"(?<![\w-])(?:{L.DAY_COMPARED})\s+$", low[max(0, m.start() - 30):m.start()])
                    and not re.match(L.DAY_COMPARED_WHEN, low[m.end():m.end() + 12]))

    taken: list[tuple[int, int]] = []
    of_month: list[tuple[int, dt.date]] = []  # the dates that name their month
    weekdays: list[tuple[int, bool]] = []  # the weekdays alone: where, and whether it is the page's own weekday
    span_before, span_after = _spans()
    for rx, kind in spans:
        for m in re.finditer(rx, low):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            core = m.start(1)  # (after a weekday that is part of the date: "began on Tuesday, October 7" dates the event)
            if span_before.search(low[max(0, core - 30):core]) \
                    or span_after.match(low[m.end():m.end() + _SPAN_END_REACH]):
                continue
            if compared(m):
                continue  # ("three thousand more than Thursday": the other day's figure, unsaid)
            d = None
            if kind in ("dm", "md"):
                a, b, year = m.groups()
                day, month = (int(a), L.MONTHS[b]) if kind == "dm" else (int(b), L.MONTHS[a])
                try:
                    d = dt.date(int(year) if year else published.year, month, day)
                except ValueError:
                    continue
                # (``published`` may be a live blog's day heading; ``issued``, the page's own date, bounds it)
                latest = max(published, issued) if issued is not None else published
                if not year and d > latest:
                    if (d - latest).days <= 45:
                        continue  # "seront jugées le 4 novembre", written on 17 October: a date to come dates no figure
                    d = d.replace(year=d.year - 1)
                # (a date without its year is of the last twelve months; one with its year may be long past: "le 19
                # février 2009, le carambolage de l'A 12 avait fait 6 morts")
                if not 0 <= (latest - d).days <= (366 * 100 if year else 366):
                    continue
            elif kind == "wan" and not sentence[m.start()].isupper():
                continue
            elif kind in ("wdn", "wan"):
                d = day_of_month(int(m.group(1)), max(published, issued) if issued is not None else published)
                if d is None:
                    continue
            else:
                back = (published.weekday() - L.WEEKDAYS[m.group(1)]) % 7
                if back == 0 and (m.group(2) or re.match(W["last"], m.group(0))):
                    back = 7
                d = published - dt.timedelta(days=back)
                weekdays.append((m.start(), back == 0))
            taken.append((m.start(), m.end()))
            found.append((m.start(), d))
            if kind in ("dm", "md"):
                of_month.append((m.start(), d))
    if any(today for _, today in weekdays) and len(weekdays) > 1 and (issued is None or issued == published):
        # (not under a day heading, whose day is no page's own: "MONDAY 18 … corrected on Tuesday, still for Monday")
        # the page's own weekday listed with another is the one nearest to the weekday listed next to it (after it,
        # else before it): published on a Tuesday, « contre 85 mardi, 120 mercredi et 64 vendredi » is last
        # Tuesday's; "30 on Tuesday, up from 25 on Monday" is today's
        at_day = dict(found)
        week_ago = published - dt.timedelta(days=7)
        for k, (at, today) in enumerate(weekdays):
            if not today:
                continue
            beside = [at_day[a] for a, t in weekdays[k + 1:] if not t][:1] or [at_day[a] for a, t in weekdays[:k] if not t][-1:]
            if beside and abs((beside[0] - week_ago).days) < abs((beside[0] - published).days):
                found[found.index((at, published))] = (at, week_ago)
    if W["article"] and of_month:
        # « 412 000 le 18 janvier et 356 000 le 25 »: a day alone after a date of the month before is of that month
        for m in re.finditer(rf"(?<![\w-]){W['article']}(\d{{1,2}}){W['suffix']}?(?=\s*(?:[,.;:)»!?]|$)(?![,.]\d))", low):
            earlier = [d for at, d in of_month if at < m.start()]
            if not earlier or any(a <= m.start() < b for a, b in taken):
                continue
            try:
                d = earlier[-1].replace(day=int(m.group(1)))
            except ValueError:
                continue
            if d <= (max(published, issued) if issued is not None else published):
                found.append((m.start(), d))
    # (nor a relative day compared with: "a bigger march than last week crossed the town this Thursday")
    for word, delta in L.RELATIVE_DAYS.items():
        for m in re.finditer(rf"(?<![\w'-]){re.escape(word)}(?![\w-])", low):
            if not compared(m):
                found.append((m.start(), published + dt.timedelta(days=delta)))
    for m in re.finditer(rf"(?<![\w-])(?:{L.LAST_WEEK})(?![\w-])", low):
        if not compared(m):
            found.append((m.start(), published - dt.timedelta(days=7)))
    # "fin juillet", "at the end of July": the month's last day
    for m in re.finditer(rf"(?<![\w-]){L.MONTH_END}({months})(?![\w-])", low):
        month = L.MONTHS[m.group(1)]
        year = published.year if month <= published.month else published.year - 1
        last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
        if last <= published:
            found.append((m.start(), last))
    found += years_back_in(sentence, code, published)
    # "the Malvoisin dam burst in 1959, which killed more than 200": a past year's figure is of that year's end
    for m in re.finditer(rf"(?<![\w-])(?:{L.YEAR_IN})\s+((?:1[89]|2[01])\d\d)(?![\w,.-]?\d)", low):
        if int(m.group(1)) < published.year:
            found.append((m.start(), dt.date(int(m.group(1)), 12, 31)))
    for m in re.finditer(L.YEAR_OF_EVENT, low):
        # ("the 2031 outbreak", « l'épidémie de 2031 »: its figures are that year's)
        year = int(next(y for y in m.groupdict().values() if y))
        if year < published.year:
            found.append((m.start(), dt.date(year, 12, 31)))
    found.sort()
    # "une semaine plus tôt", "a week earlier", "la veille": back from the date told before it
    for phrase, back in L.DAYS_BACK.items():
        for m in re.finditer(rf"(?<![\w-]){phrase}(?![\w-])", low):
            base = [d for at, d in found if at < m.start()]
            found.append((m.start(), (base[-1] if base else published) - dt.timedelta(days=back)))
    for m in re.finditer(rf"(?<![\w-])(?:{L.SAME_DAY})(?![\w-])", low):
        base = [d for at, d in found if at < m.start()] or ([told] if told is not None else [])
        if base:
            found.append((m.start(), base[-1]))
    return sorted(found)


def heading_day(heading: str, code: str, published: dt.date | None) -> dt.date | None:
    """The day a recap's section heading opens with as a weekday and a day of the month, its month unsaid ("LUNDI 7 :
    LES CONVOIS", "TUESDAY 8: BLOCKADES"): the last such day of the month on or before ``published``.

    Examples
    --------
    >>> heading_day("MERCREDI 9 : LE RASSEMBLEMENT", "fr", dt.date(2047, 10, 14))
    datetime.date(2047, 10, 9)
    >>> heading_day("TUESDAY 29: BLOCKADES", "en", dt.date(2047, 10, 14))
    datetime.date(2047, 9, 29)
    >>> heading_day("LES BLOCAGES", "fr", dt.date(2047, 10, 14)) is None
    True

    or closes it after a comma or a dash ("THE MARCH, THURSDAY 15", « LA MANIFESTATION – JEUDI 15 »):

    >>> heading_day("THE MARCH, THURSDAY 15", "en", dt.date(2047, 10, 24))
    datetime.date(2047, 10, 15)
    """
    L = _lang.get(code)
    m = re.match(rf"\s*(?:{either(L.WEEKDAYS)}),?\s+(\d{{1,2}})(?!\d)", heading.lower()) \
        or re.fullmatch(rf"\s*[^\d,:;–—]{{2,40}}(?:,|\s[–—-])\s*(?:{either(L.WEEKDAYS)}),?\s+(\d{{1,2}})\s*:?\s*", heading.lower())
    return day_of_month(int(m.group(1)), published) if m and published is not None else None


def day_of_month(day: int, latest: dt.date) -> dt.date | None:
    """The last ``day`` of a month on or before ``latest`` (this month's, else last month's)."""
    month_start = latest.replace(day=1)
    for first in (month_start, (month_start - dt.timedelta(days=1)).replace(day=1)):
        try:
            d = first.replace(day=day)
        except ValueError:
            continue
        if d <= latest:
            return d
    return None


@functools.lru_cache(maxsize=256)  # (asked once per sentence here and again per figure by the extractor)
def years_back_in(sentence: str, code: str, published: dt.date | None) -> tuple[tuple[int, dt.date], ...]:
    """``(offset, date)`` of "last year", "il y a deux ans": the publication
    day that many years before. "Since last year" starts a count and is left out.

    Examples
    --------
    >>> years_back_in("Last year the ministry had announced 805 vehicles.", "en", dt.date(2028, 1, 3))
    ((0, datetime.date(2027, 1, 3)),)
    >>> years_back_in("Il y a deux ans, 861 véhicules avaient brûlé.", "fr", dt.date(2028, 1, 8))
    ((0, datetime.date(2026, 1, 8)),)
    >>> years_back_in("cases have doubled since last year", "en", dt.date(2028, 1, 3))
    ()
    """
    if published is None:
        return ()
    low = sentence.lower().replace("\u2019", "'")
    span_before = _spans()[0]
    out = []
    for phrase, years in _lang.get(code).YEARS_BACK.items():
        for m in re.finditer(rf"(?<![\w-]){phrase}(?![\w-])", low):
            if span_before.search(low[max(0, m.start() - 30):m.start()]):
                continue
            day = published.day if (published.month, published.day) != (2, 29) else 28
            out.append((m.start(), published.replace(year=published.year - years, day=day)))
    return tuple(out)


def nearest_date(found: list[tuple[int, dt.date]], at: int) -> dt.date | None:
    """The date of ``found`` closest to offset ``at`` (the earlier on a tie)."""
    if not found:
        return None
    return min(found, key=lambda x: (abs(x[0] - at), x[0]))[1]
