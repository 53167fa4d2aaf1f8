"""When a claim was stated: weekday names, "hier", "last week" and explicit
dates in the sentence, resolved against the publication date."""
from __future__ import annotations

import datetime as dt
import re

from . import lang as _lang

__all__ = ["stated_on"]


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
    months = "|".join(sorted(L.MONTHS, key=len, reverse=True))
    m = re.search(rf"(?<![\w-])(\d{{1,2}})(?:er|st|nd|rd|th)?\s+({months})\.?(?:\s+(\d{{4}}))?(?![\w-])", low) or \
        re.search(rf"(?<![\w-])({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?(?![\w-])", low)
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
    days = "|".join(L.WEEKDAYS)
    m = re.search(rf"(?<![\w-])(?:last\s+)?({days})(?:\s+(?:soir|matin|après-midi|night|morning|evening|afternoon))?(\s+{L.LAST})?(?![\w-])", low)
    if m:
        target = L.WEEKDAYS[m.group(1)]
        back = (published.weekday() - target) % 7
        if back == 0 and (m.group(2) or m.group(0).startswith("last")):
            back = 7
        return published - dt.timedelta(days=back)
    if re.search(rf"(?<![\w-])(?:{L.LAST_WEEK})(?![\w-])", low):
        return published - dt.timedelta(days=7)
    for word, delta in L.RELATIVE_DAYS.items():
        if re.search(rf"(?<![\w'-]){re.escape(word)}(?![\w-])", low):
            return published + dt.timedelta(days=delta)
    return published
