"""Finding figures in a sentence: digits, number words, scale words, vague
quantities, ranges and qualifiers — and leaving out what is not a count
(years, dates, clock times, ages, ordinals, percentages, names such as "G7",
identifiers such as "vol AF 447", match scores, emergency and phone numbers,
week numbers, speeds, distances, temperatures, coefficients).

The one entry point is :func:`find_figures`; it returns :class:`Mention`
records with offsets into the sentence it was given.
"""
from __future__ import annotations

import bisect
import functools
import math
import re
from dataclasses import dataclass

from . import lang as _lang
from .dates import day_number_end
from .lang import either, every

__all__ = ["Mention", "figure_owner", "find_figures", "parse_number"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A figure found in a sentence (offsets are into that sentence)."""

    start: int
    end: int
    value: float | None
    lower: float | None
    upper: float | None
    qualifier: str
    text: str


_SPACE = "[ \u00a0\u202f]"


def _ending(words: str) -> re.Pattern:
    """``words`` as whole words right before a figure (the text before it ends with them)."""
    return re.compile(rf"(?<![\w-])(?:{words})\s*$", re.I)


def _word_numbers(P, m, code: str) -> list[tuple[int, int]]:
    """The numbers a run of number words holds: "vingt et un" is one, "six et huit" two
    ("and"/"et" joins a ten to its unit, "two hundred and fifty", never a small number to a larger)."""
    out, start = [], m.start()
    for link in P["number_link"].finditer(m.group()):
        before = parse_number(m.group()[start - m.start():link.start()].split()[-1], code) or 0
        after = parse_number(m.group()[link.end():].split()[0].split("-")[0], code) or 0
        if before < 20 or before <= after:
            out.append((start, m.start() + link.start()))
            start = m.start() + link.end()
    out.append((start, m.end()))
    return out


@functools.lru_cache(maxsize=None)
def _patterns(code: str):
    L = _lang.get(code)
    words = sorted(set(L.NUMBER_WORDS) | set(L.SCALES) - set(L.SCALE_ABBREVIATIONS) - set(L.TRANSLATED_SCALES) | set(L.ONE_WORDS),
                   key=len, reverse=True)
    word = either(map(re.escape, words))
    joiner = rf"(?:[\s-]+(?:{either(every('NUMBER_LINKS'))}[\s-]+)?)"  # "vingt et un", "two hundred and fifty"
    number_words = rf"(?<![\w-]){word}(?:{joiner}{word})*(?![\w-])"
    scales = "|".join(map(re.escape, sorted(L.SCALES, key=len, reverse=True)))
    # the other language's decimal mark before one or two digits and a scale: "2.4 millions" in French translated
    # from English, "1,2 million" in English translated from French
    foreign_decimal = rf"\d{{1,3}}{'[.]' if L.DECIMAL_COMMA else ','}\d{{1,2}}(?=\s*(?:{scales})(?!\w))|"
    if L.DECIMAL_COMMA:
        digits = foreign_decimal + (rf"\d{{1,3}}(?:{_SPACE}\d{{3}})+(?:,\d+)?|\d{{1,3}}(?:\.\d{{3}})+(?![\d,])|"
                                    rf"\d{{1,3}}(?:,\d{{3}})+(?![\d])|\d+(?:,\d+)?")
    else:
        digits = foreign_decimal + rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:{_SPACE}\d{{3}})+|\d+(?:\.\d+)?"
    # (an abbreviated scale sticks to its figure: "2.5m people", "£5bn"; "25 m" after a space is metres)
    spelled = "|".join(map(re.escape, sorted(set(L.SCALES) - set(L.SCALE_ABBREVIATIONS), key=len, reverse=True))) or "(?!)"
    stuck = "|".join(map(re.escape, sorted(L.SCALE_ABBREVIATIONS, key=len, reverse=True))) or "(?!)"
    # (translated copy joins digits to "thousand" and the rest: "2 thousand and 300 hive", « 4 mille et 800 »;
    # "$12 million and 300 workers" are two figures, "between 95 million and 100 million" a range)
    thousands = either(re.escape(w) for w, v in L.SCALES.items() if v == 1e3 and w not in L.SCALE_ABBREVIATIONS)
    rest = rf"\s*(?:{thousands})\s+{either(every('NUMBER_LINKS'))}\s+\d{{1,3}}(?![\w]|[.,]\d|\s*(?:{spelled})(?![\w]))|"
    numeral = rf"(?<![\w.,/:-])(?:{digits})(?:(?:{rest}\s*(?:{spelled})|(?:{stuck}))(?![\w]))?(?![\w]|[.,]\d|/\d|:\d)"
    approx = "|".join(L.APPROX_NOUNS)
    vague_units = either(L.VAGUE_UNITS)
    tens = rf"(?:(?P<tens>{either(L.VAGUE_TENS)})\s+{L.VAGUE_OF}\s+)?" if L.VAGUE_TENS else ""  # "tens of thousands"
    vague = (rf"(?<![\w-]){tens}(?:(?:{L.VAGUE_DETERMINERS})\s+)?(?P<vu>{vague_units})"
             rf"(?:\s+{L.VAGUE_OF}\s+(?P<vu2>{vague_units}))?(?![\w-])") if L.VAGUE_UNITS else ""
    singular = ""
    if L.VAGUE_SINGULAR:  # "several hundred"
        singular = rf"(?<![\w-])(?:{L.VAGUE_SINGULAR_DET})\s+(?P<vs>{'|'.join(L.VAGUE_SINGULAR)})(?![\w-])"
    quals = [(re.compile(rf"(?<![\w-])(?:{L.QUALIFIER_LEAD})(?:{p})\s*$", re.I), q) for p, q in L.QUALIFIERS]
    ranges = []
    for p in L.RANGE_PATTERNS:
        before, _, after = p.partition("{A}")
        between, _, tail = after.partition("{B}")
        # (and what must follow the second number: "3 and 5 people" is a range, "3,100, 2,200 and 5,100" a list)
        ranges.append((re.compile(before + r"$", re.I) if before else None, re.compile("^" + between + "$", re.I),
                       re.compile(tail, re.I) if tail else None))
    return {
        "L": L,
        "numeral": re.compile(numeral, re.I),
        "words": re.compile(number_words, re.I),
        "number_link": re.compile(rf"[\s-]+(?:{either(every('NUMBER_LINKS'))})[\s-]+", re.I),
        "approx": re.compile(rf"(?<![\w-]){L.APPROX_ARTICLE}\s+(?P<an>{approx})(?![\w-])", re.I) if approx else None,
        "vague": re.compile(vague, re.I) if vague else None,
        "singular": re.compile(singular, re.I) if singular else None,
        "quals": quals,
        # "half a million", "un demi-million": a fraction of a scale word of any language
        "fraction": re.compile(rf"(?<![\w-])(?P<f>{either(every('FRACTIONS'))})\s*(?P<s>{either(_SHARED['scales'])})(?![\w-])", re.I),
        "ranges": ranges,
        # "six or seven houses": a range when the two numbers are one guess (_one_guess)
        "either": re.compile(rf"^\s+(?:{L.RANGE_EITHER})\s+$", re.I),
        # a change verb before "from A to B" in the same clause: two figures, not a range
        "changed_from": re.compile(rf"(?<![\w-])(?:{L.CHANGED_FROM})(?![\w-])[^.;:!?\d]{{0,60}}$", re.I),
        "range_lead": re.compile(rf"(?<![\w-])(?:{L.RANGE_LEADS})(?![\w-])", re.I),
        "range_prev": re.compile(r"[^.;!?\d]{0,60}?" + L.RANGE_OF_PREVIOUS.lstrip("^") + r"$", re.I),
        "non_count_after": re.compile(r"^\s*-?(?:" + L.NON_COUNT_UNITS + r")(?![\w])", re.I),  # "42.195-kilometre"
        # "shared more than 9,400 times", « partagée plus de 9 400 fois »: how often, no count
        "shared_before": re.compile(rf"(?<![\w-]){L.SHARED_TIMES[0]}$", re.I) if L.SHARED_TIMES else None,
        "shared_after": re.compile(rf"^{L.SHARED_TIMES[1]}", re.I) if L.SHARED_TIMES else None,
        "length_before": re.compile(rf"\d\s*(?:{L.LENGTH_UNIT_BEFORE})\s*$", re.I),
        "non_count_before": re.compile(r"(?<![\w-])" + L.NON_COUNT_BEFORE + r"\s*$", re.I),
        "family_of": re.compile(rf"(?<![\w-])(?:{L.KIN_OF})\s+$", re.I),
        # "41 days, against 33", « 41 jours, contre 33 »: the figure compared takes the unit of the one before it
        # (the first figure of its clause: not "23 ships by 6pm, up from 17", where the ships are compared)
        "compared_non_count": re.compile(r"(?:^|[.;:!?])[^.;:!?\d]*\d[\d\s.,\u00a0\u202f]*-?(?:" + L.NON_COUNT_UNITS + r")(?![\w])[^.;:!?\d]{0,20}?(?<![\w-])(?:"
                                         + L.PREVIOUS_VALUE + r")\s*$", re.I) if L.PREVIOUS_VALUE else None,
        # "61 of the 90 metres", "35 metres of the 90 blocked", « 61 des 90 mètres »: a part of a measure is one too
        "measure_part_after": re.compile(rf"^\s+(?:{L.OUT_OF}|{L.PARTITIVE})\s+\d+(?:[.,\u00a0\u202f]\d+)*(?:\s\d{{3}})*\s*-?(?:{L.NON_COUNT_UNITS})(?![\w])", re.I),
        "measure_part_before": re.compile(rf"\d[\d.,\u00a0\u202f]*\s*-?(?:{L.NON_COUNT_UNITS})(?![\w])\s+(?:{L.OUT_OF}|{L.PARTITIVE})\s+$", re.I),
        "rank_before": re.compile(rf"(?<![\w-])(?:{L.RANK_BEFORE})\s*$", re.I),
        "held_before": re.compile(rf"(?<![\w-])(?:{L.HELD_BEFORE})\s*$", re.I),
        # a plural noun, perhaps after an adjective: "five investigators", "three emission events", "deux fusées"
        "plural_noun": re.compile(L.PLURAL_NOUN_AFTER),
        "partitive_lead": re.compile(rf"^\s+(?:{L.WORD_PARTITIVE})\s+", re.I),
        "part_of_them": re.compile(rf"^\s+(?:{L.PARTITIVE_PRONOUN})(?![\w'-])", re.I),
        "not_counted_after": re.compile(rf"^\s+(?:[\w'-]+\s+)?(?:{'|'.join(map(re.escape, sorted(L.NOT_COUNTED)))})(?![\w'-])", re.I),
        # the noun left out after a figure: "…, and that four had been taken"
        "elided_verb": re.compile(rf"^\s+(?:{L.ELIDED_VERBS})(?![\w'-])", re.I),
        # (in the same clause, no figure between: not "The shelter, which has 30 beds, turned away 22 people")
        "population_before": re.compile(rf"(?<![\w-])(?:{L.POPULATION_BEFORE})(?![\w-])[^.;:,\d]{{0,45}}$", re.I),
        "population_after": re.compile(rf"^\s*(?:{_SHARED['of']}\s*)?(?:{L.POPULATION_AFTER})(?![\w-])", re.I),
        "denied_before": _ending(L.DENIED_BEFORE),
        # « Les 46 de l'ARS », "Eleven is the police figure": a figure named as someone's (figure_owner)
        "owned_after": re.compile(L.FIGURE_OWNER_AFTER, re.I),
        "owned_before": re.compile(L.FIGURE_OWNER_BEFORE, re.I),
        "rejected_before": _ending(L.REJECTED_BEFORE),
        "revised_after": re.compile(rf"^(?:{L.REVISED_AFTER})", re.I),
        "figure_named": _ending(L.FIGURE_NAMED_BEFORE),
        "echoed_after": re.compile(rf"^(?:\s+[^\W\d][\w'’-]*){{0,2}}\s*(?:{L.ECHOED_AFTER})", re.I),  # ("Neuf puits, je n'ai")
        "opening_only": re.compile(rf"^[\s«“\"—–-]*(?:(?:{L.DISCOURSE_LEAD})[\s,]+)*$", re.I),
        # (the verdict in the figure's own clause: no figure, no other verb between them)
        "content_before": re.compile(rf"(?<![\w'-])(?:{L.CONTENT_VERBS})\s*[«“\"]\s*$", re.I),
        "denied_after": re.compile(rf"^[^.;:!?\d]{{0,45}}?(?<![\w'-])(?:{L.DENIED_AFTER})", re.I),
        # "I've been to four stations": a person's own errands, not a count of anything that happened
        "myself": re.compile(rf"(?<![\w'-])(?:{L.FIRST_PERSON_SINGULAR})(?![\w-])"),
        "money_before": _ending(L.MONEY_BEFORE),
        "money_at": _ending(L.MONEY_AT),
        "place_size": _ending(L.PLACE_SIZE_BEFORE),
        "kin_before": _ending(L.KIN_BEFORE),
        "kin_after": re.compile(rf"^\s*(?:{L.KIN_NOUNS})(?![\w-])", re.I),
        "day_span": _ending(L.DAY_SPAN_BEFORE),
        # (and the span's last day: « la nuit du 6 au 7 dans l'aérogare »)
        "day_span_last": _ending(rf"(?:{L.DAY_SPAN_BEFORE})\s+\d{{1,2}}\s+{either(L.DAY_SPAN_LINKS)}(?:\s+{either(L.SPAN_ARTICLES)})?"),
        # "à Sarrebrune (84 000 habitants)": a place's size glossed after its name
        "place_size_paren": re.compile(rf"^\s*(?:{L.RESIDENT_NOUNS})\s*\)", re.I),
        "census_after": re.compile(rf"^{L.CENSUS_AFTER}", re.I),
        # numbers of a class that is never a count (see _never_a_count)
        # (each may be glossed in brackets: "150 (civil protection) and 141")
        "identifier_list": re.compile(rf"(?<![\w-]){either(L.IDENTIFIER_LIST_NOUNS)}\s+"
                                      rf"(?:\d{{1,4}}\s*(?:\([^()\d]{{1,40}}\)\s*)?(?:,|{either(L.AND)})\s*)*$", re.I),
        "month_glued": re.compile(rf"-(?:{either(L.MONTHS)})(?![\w])", re.I),
        "weekday_paren": re.compile(rf"(?<![\w-]){either(every('WEEKDAYS'))}\s*\($", re.I),
        "weekday_before": re.compile(rf"(?<![\w-]){either(every('WEEKDAYS'))}\s+$", re.I),
        "weekday_cut_short": re.compile(rf"(?<![\w-]){either(every('WEEKDAY_ABBREVIATIONS'))}\.?\s+$"),
        "day_of_month_after": re.compile(day_number_end(), re.I),
        # « entre samedi 7 et mercredi 11 », "from Saturday 7 to Wednesday 11": a span's first day, when another
        # weekday and its day close the span (« samedi 7 et mercredi 11 » alone may list counts by day)
        "weekday_span_open": re.compile(rf"(?<![\w-])(?:{either(every('DAY_SPAN_OPEN'))})\s+"
                                        rf"(?:{either(every('SPAN_ARTICLES'))}\s*)?{either(every('WEEKDAYS'))}\s+$", re.I),
        # « mercredi 14 puis samedi 17 », "Wednesday 14, Saturday 17 and Tuesday 20": days given in turn, the first
        # before the next, the next after one (« samedi 7 et mercredi 11 » alone may still list counts by day: group
        # ``and``)
        "weekday_then": re.compile(rf"(?:{either(every('REVISED_HEAD_LINK'))}|\s*,|(?P<and>\s+(?:{either(every('AND'))})))\s+"
                                   rf"(?:{either(every('SPAN_ARTICLES'))}\s*)?{either(every('WEEKDAYS'))}\s+\d{{1,2}}(?!\d)", re.I),
        # « c'est le chiffre de l'ULA pour Vauclérans, le 13. »: a singular article before a bare number names a day
        "day_article": re.compile(rf"(?<![\w'-])(?:{either(L.DAY_ARTICLES)})\s+$", re.I),   # (none in English)
        "capacity_before": _ending(L.CAPACITY_BEFORE),
        "number_name": re.compile(rf"(?<![\w'-])(?:{either(L.NUMBER_NAME_ARTICLES)})\s+$", re.I),   # (none in English)
        "since_day": re.compile(rf"(?<![\w-]){either(every('SINCE_WORDS'))}\s+(?:{either(every('SPAN_ARTICLES'))}\s*)?$", re.I),
        "weekday_listed": re.compile(rf"(?<![\w-]){either(every('WEEKDAYS'))}\s+\d{{1,2}}(?:{either(every('REVISED_HEAD_LINK'))}|\s*,|"
                                     rf"\s+{either(every('AND'))})\s+(?:{either(every('SPAN_ARTICLES'))}\s*)?"
                                     rf"{either(every('WEEKDAYS'))}\s+$", re.I),
        "weekday_span_close": re.compile(rf"\s+(?:{either(every('DAY_SPAN_LINKS'))})\s+(?:{either(every('SPAN_ARTICLES'))}\s*)?"
                                         rf"{either(every('WEEKDAYS'))}\s+\d{{1,2}}(?!\d)", re.I),
        "identifier": re.compile(r"(?<![\w-])(?:" + L.IDENTIFIER_BEFORE + r")\s*$", re.I),
        "service_route": re.compile(rf"^\s*,?\s*(?:{L.SERVICE_ROUTE_AFTER})(?![\w-])", re.I),
        "numbered_place": re.compile(r"(?<![\w-])(?:" + L.NUMBERED_PLACE_BEFORE + r")\s*$", re.I),
        "clock_hour": re.compile(r"(?<![\d.,:])" + L.CLOCK_HOUR + r"$", re.I),
        "time_prep": re.compile(r"(?<![\w-])" + L.TIME_PREP + r"\s+$", re.I),
        "hours_lead": re.compile(r"(?<![\w-])(?:" + L.HOURS_LEAD + r")\s+$", re.I),
        # "from the 8 to the 14": the first hour of a range, then its last
        "hour_range_on": re.compile(rf"^\s+(?:{L.RANGE_LINKS_THE})\s+(?:{either(L.DEFINITE_ARTICLES)})\s+\d{{1,2}}(?!\d)", re.I),
        "hour_range_end": re.compile(rf"(?<![\w-]){L.TIME_PREP}\s+(?:{either(L.DEFINITE_ARTICLES)})\s+\d{{1,2}}\s+"
                                     rf"(?:{L.RANGE_LINKS_THE})\s+(?:{either(L.DEFINITE_ARTICLES)})\s+$", re.I),
        "time_prep_the": re.compile(r"(?<![\w-])" + L.TIME_PREP + r"\s+(?:" + either(L.DEFINITE_ARTICLES) + r")\s+$", re.I),
        "call": re.compile(r"(?<![\w-])" + L.CALL_BEFORE + r"\s*$", re.I),
        "phone": re.compile(r"(?<![\w-])" + L.PHONE_BEFORE + r"\s*$", re.I),
        "emergency_after": re.compile(r"^\s*" + L.EMERGENCY_AFTER + r"(?![\w-])", re.I),
        "social_count": re.compile(rf"(?:^|[|·•]\s*)(?:{L.SOCIAL_COUNT_LABELS})\s*[:(]?\s*$", re.I),
        "class_threshold": re.compile(rf"(?<![\w'-]){L.CLASS_THRESHOLD_BEFORE}\s+$", re.I),
        "class_threshold_unit": re.compile(rf"^\s*{L.CLASS_THRESHOLD_UNIT}", re.I),
        "emergency_before": _ending(L.EMERGENCY_BEFORE),
        "week": re.compile(r"(?<![\w-])" + L.WEEK_BEFORE + r"$", re.I),
        "week_not": re.compile(r"(?<![\w-])" + L.WEEK_NOT_AFTER + r"\s+$", re.I),
        "score_before": re.compile(r"(?<![\w'-])" + L.SCORE_WORDS + r"(?![\w-])[^.;!?\d]{0,40}$", re.I),
        "score_after": re.compile(r"^\s*" + L.SCORE_AFTER + r"(?![\w-])", re.I),
        "score_next": re.compile(r"^(?:" + L.SCORE_LINK + r")(?P<b>\d{1,3})(?![\w]|[.,]\d)", re.I),
        "score_prev": re.compile(r"(?<![\w.,])(?<!\d[\s\u00a0\u202f])(?P<a>\d{1,3})(?P<link>" + L.SCORE_LINK + r")$", re.I),
        "scale_unit": re.compile(r"(?<![^\W\d])(?:%s)$" % "|".join(map(re.escape, L.SCALE_AS_UNIT)), re.I)
        if L.SCALE_AS_UNIT else None,
        "scale_unit_after": re.compile(r"^\s*" + L.SCALE_AS_UNIT_AFTER, re.I),
        "scale_unit_before": re.compile(r"(?<![\w-])" + L.SCALE_AS_UNIT_BEFORE + r"\s+$", re.I),
        "months": re.compile(rf"(?<![\w-]){either(L.MONTHS)}\.?(?![\w-])", re.I),
        # « après 412 000 le 18 janvier et 356 000 le 25 »: a day of the month the date before named
        "elliptic_day": re.compile(rf"(?<![\w-])(?:{either(L.DAY_ARTICLES)})\s+$" if L.DAY_ARTICLES else "(?!)", re.I),
        "date_of_month": re.compile(rf"(?<![\w,.])\d{{1,2}}(?:{either(L.DAY_SUFFIXES)})?\s+{either(L.MONTHS)}(?![\w-])", re.I),
        # a house number: "le propriétaire du 14, la SCI …", "au 3 bis rue des Tanneurs", "at 14 Ash Street"
        "address_before": re.compile(rf"(?<![\w'-])(?:{L.ADDRESS_BEFORE})\s+$", re.I),
        "address_after": re.compile(L.ADDRESS_AFTER),
        # a postcode, alone or in a list: "the 77491 and 77493 ZIP codes", « codes postaux 29140 et 29150 »
        "postcode_after": re.compile(rf"^(?:\s*(?:,|{either(L.AND + L.OR)})\s*\d+)*\s+(?:{L.POSTCODE_WORDS})(?![\w'-])", re.I),
        "postcode_before": re.compile(rf"(?<![\w'-])(?:{L.POSTCODE_WORDS})\s+(?:\d+\s*(?:,|{either(L.AND + L.OR)})\s*)*$", re.I),
        "definite": re.compile(r"(?<![\w-])" + L.DEFINITE + r"\s+$", re.I),
        "count_noun": re.compile(r"^\s*(?:[^\W\d][\w'-]*\s+){0,3}?%s(?![\w-])" % either(L.COUNT_NOUNS), re.I),
        # a nationality before a plural noun, no name: "12 Spanish citizens", "12 Afghan nationals"
        "nationality_after": re.compile(rf"^\s+(?-i:{L.NATIONALITY_SHAPE})\s+(?-i:[a-z]+s)\b"),
        "count_noun_next": re.compile(r"^\s*(?:[^\W\d][\w'-]*\s+)?%s(?![\w-])" % either(
            n for n in L.COUNT_NOUNS if not re.search(L.PARTICIPLE_NOUNS, n)), re.I),
        "ratio": re.compile(rf"(?:\d|(?<![\w-]){either([*L.NUMBER_WORDS, *L.ONE_WORDS])})\s+{either(every('RATIO_WORDS'))}\s+$", re.I),  # "1 in 5"
        # "neuf pharmacies sur dix", "three out of four schools": the base of a proportion after the part
        "ratio_after": re.compile(rf"\s+{either(every('RATIO_WORDS'))}\s+(?P<base>\d+|[^\W\d][\w-]*)(?![\w,.]\d)"),  # "1 in 5"
        "proportion": re.compile(rf"\s+(?:{either(every('PROPORTION_WORDS'))}|[^\W\d][\w'-]*\s+"
                                 rf"{either(every('PROPORTION_AFTER_NOUN'))})\s+"
                                 rf"(?P<base>\d+|[^\W\d][\w-]*)(?![\w-])", re.I),
        "proportion_direct": re.compile(rf"\s+(?:{either(every('PROPORTION_WORDS'))})\s+", re.I),
        "proportion_end": re.compile(rf"\s*(?:[,.;:!?»”\"]|$|(?:{L.PROPORTION_CLAUSE})\s)", re.I),
        # "12 cases per million", "4 lits pour 1 000 habitants": the denominator of a rate
        "rate_per": re.compile(rf"(?<![\w'-]){either(every('RATE_PER'))}\s+$", re.I),
        "hour_after": re.compile(rf"^\s*(?:{either(every('HOUR_AFTER'))})", re.I),
        # a day of a month, in translated copy's order: "between the 4 and the 13 of August"
        "day_of_month": re.compile(rf"^\s+(?:(?:{L.RANGE_LINKS_THE}|-)\s+(?:{either(L.DEFINITE_ARTICLES)}\s+)?\d{{1,2}}\s+)?"
                                   rf"(?:{either(every('OF_WORDS'))})\s+{either(every('MONTHS'))}(?![\w-])", re.I),
        # "400 bougies par hectare", "2 beds per resident": so many for each unit, no count
        "per_unit_after": re.compile(rf"\s+(?:[^\W\d][\w'-]*\s+){{0,2}}?{either(every('RATE_PER'))}\s+"
                                     rf"(?:{either(every('RATE_UNITS'))})(?![\w-])", re.I),
        "rate_base": re.compile(rf"\s*{either(every('RATE_BASES'))}\b", re.I),  # "... 100 000 habitants", not "par 1 000 soldats"
        "scale_after_approx": re.compile(rf"\s+{_SHARED['of']}\s*(?P<u>{either(_SHARED['units'])})\b", re.I),
    }


def parse_number(text: str, code: str = "fr") -> float | None:
    """The value of a numeral written in digits and/or words.

    Examples
    --------
    >>> parse_number("3 000"), parse_number("1,28 million"), parse_number("neuf mille")
    (3000.0, 1280000.0, 9000.0)
    >>> parse_number("1.1 million", "en"), parse_number("8,498", "en"), parse_number("two hundred and fifty", "en")
    (1100000.0, 8498.0, 250.0)
    >>> parse_number("quatre-vingt-dix"), parse_number("dix mille"), parse_number("3.000")
    (90.0, 10000.0, 3000.0)
    >>> parse_number("12.430", "en"), parse_number("2.5", "en"), parse_number("0.125", "en")
    (12430.0, 2.5, 0.125)
    >>> parse_number("2 thousand and 300", "en"), parse_number("4 mille et 800")
    (2300.0, 4800.0)
    """
    L = _lang.get(code)
    t = text.strip().lower()
    joined = re.match(rf"^(\d.*?[^\W\d])\s+{either(every('NUMBER_LINKS'))}\s+(\d{{1,3}}(?:\s*[^\W\d]+)?)$", t)
    if joined:  # "2 thousand and 300": the scaled figure and the rest
        head, tail = parse_number(joined.group(1), code), parse_number(joined.group(2), code)
        return None if head is None or tail is None or tail >= head else head + tail
    m = re.match(r"^([\d\s\u00a0\u202f.,]+)\s*([^\W\d_]*\.?)$", t)  # (translated copy's "3,2 tūkst.")
    if m:
        num, scale = m.group(1).strip(), m.group(2)
        num = re.sub(r"[\s\u00a0\u202f]", "", num)
        if L.DECIMAL_COMMA:
            if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", num):
                num = num.replace(".", "")
            elif re.fullmatch(r"\d{1,3}(?:,\d{3})+", num) and not scale:
                num = num.replace(",", "")
            else:
                num = num.replace(",", ".")
        elif re.fullmatch(r"[1-9]\d{0,2}(?:\.\d{3})+", num) and not scale:
            num = num.replace(".", "")  # "12.430 people": the other language's thousands, not three decimals
        elif re.fullmatch(r"\d{1,3},\d{1,2}", num) and scale:
            num = num.replace(",", ".")  # "1,2 million": the other language's decimal comma
        else:
            num = num.replace(",", "")
        try:
            value = float(num)
        except ValueError:
            return None
        if scale:
            if scale not in L.SCALES:
                return None
            value *= L.SCALES[scale]
        return value
    return _parse_words(t, L)


def _parse_words(t: str, L) -> float | None:
    total, current, seen = 0.0, 0.0, False
    for w in re.split(r"[\s-]+", t):
        if w in _SHARED["links"] or not w:
            continue
        if w in L.ONE_WORDS:
            current += 1
            seen = True
        elif w in L.SCALES and L.SCALES[w] >= 1000:
            total += max(current, 1) * L.SCALES[w]
            current, seen = 0.0, True
        elif w in L.NUMBER_WORDS:
            n = L.NUMBER_WORDS[w]
            if n == 100:
                current = max(current, 1) * 100
            elif n == 20 and current and current % 100 in (4,):  # quatre-vingt(s)
                current = current - 4 + 80
            else:
                current += n
            seen = True
        else:
            return None
    return total + current if seen else None


#: How far before a figure its qualifier or range words may start ("just shy of",
#: "pas moins de", "entre"): end-anchored patterns search only this much of the
#: sentence, so the work per figure does not grow with the sentence.
_REACH = 80


def _one_guess(a: float, b: float) -> bool:
    """Whether two numbers joined by "or" are one guess, a range: next to each other on a round step ("six or
    seven", « 30 ou 40 », "500 or 600", "15 or 20"). Others are two figures set side by side, most often two
    sources' ("47 ou 58 cas ?", "1,100 or 3,200 strikers").

    Examples
    --------
    >>> [_one_guess(a, b) for a, b in ((6, 7), (30, 40), (500, 600), (15, 20), (47, 58), (1100, 3200), (130, 160))]
    [True, True, True, True, False, False, False]
    """
    step = b - a
    if step <= 0 or a % step or not float(step).is_integer():
        return False
    return str(int(step)).rstrip("0") in ("1", "5")


def _qualifier(P, s: str, end: int) -> tuple[str, int]:
    """The qualifier ending at ``s[end]`` and where it starts in ``s``."""
    base = max(0, end - _REACH)
    left = s[base:end]
    for rx, q in P["quals"]:
        m = rx.search(left)
        if m:
            return q, base + m.start()
    return "exact", end


def _bounds(value: float, q: str) -> tuple[float | None, float | None]:
    if q in ("at_least", "more_than"):
        return value, None
    if q in ("at_most", "up_to", "less_than", "nearly"):
        return None, value
    return None, None


def _shared() -> dict:
    """Words of every language that a figure's neighbourhood is read with (a page may mix languages)."""
    mods = [_lang.get(code) for code in _lang.LANGUAGES]
    # scale words and vague plurals worth a thousand or more: "un demi-million", "une centaine de milliers"
    scales = {w.lower(): v for m in mods for w, v in m.SCALES.items() if v >= 1e3 and w not in m.SCALE_ABBREVIATIONS}
    units = {w.lower(): lo / 2 for m in mods for w, (lo, _) in m.VAGUE_UNITS.items() if lo / 2 >= 1e3}
    return {"scales": scales, "units": units, "links": frozenset(every("NUMBER_LINKS")), "of": either(every("OF_WORDS")),
            "fractions": [(re.compile(p, re.I), f) for m in mods for p, f in m.FRACTIONS.items()]}


_SHARED = _shared()
# "Channel 12", "Ligne 14", "69 Squadron": a capitalised word before a number is a name, unless a word of FIGURE_WORDS
# (a determiner is no name: « Nos 850 syndiqués », "Their 12 engines")
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b(?!%s\b)[A-Z][a-zà-ÿ]+\s$"
                          % either(re.escape(w[:1].upper() + w[1:]) for w in (*every("FIGURE_WORDS"), *every("DETERMINERS"))))
# "on Monday 58 and on Wednesday 73": a day's figure, not a name like "Channel 12" (but "Sunday 14" is a date)
_WEEKDAY_BEFORE = re.compile(r"(?<![\w-])%s\s$" % either(w[:1].upper() + w[1:] for w in every("WEEKDAYS")))
_NAME_AFTER = re.compile(r"^[^\S\n][A-Z][a-z]+\b")   # (not the next line's first word: "12, 27, 31" / "Les interpellations")
_CLAUSE_BREAK = re.compile(r",\s*(?:\w+\s+)?$")  # "…, dont 96", "…, 1 146": a comma and at most a word
_OWN_WEEKDAY_AFTER = re.compile(rf"\s+(?:(?:{either(every('SUBJECT_DAY_LEAD') + every('DAY_ARTICLES'))})\s+)?{either(every('WEEKDAYS'))}(?![\w'-])", re.I)
_SUBSET_BEFORE = re.compile(rf"(?<![\w'-]){either(every('SUBSET_WORDS'))}\s+$", re.I)
_AGE_APPOSITION = re.compile(r"[A-ZÀ-ÝĀ-ŒŔ-ž][\w'-]+\s*[,(]\s*$")
# the emergency numbers a count is almost never written as, alone after a comma ("If it's serious, 999."); not
# "115" or "101", which a gapped count may be ("the police counted 80; the union, 101.")
_EMERGENCY_ALONE = frozenset({"112", "911", "999"})
_CAPITALS_LABEL = re.compile(r"(?<![\w'’-])[A-ZÀ-ÝĀ-ŒŔ-ž]{4,}\s+$")   # a word in capitals, then its number: a heading's label
_LABEL_END = re.compile(r"\s*[:–—]")
# "said a nurse, 41, the mother of two": a person brought in with "a", then an age
# ("The lorry driver, 46, was detained": a person named by a role with "the", and up to two more words; translated
# copy brackets it: "The driver (61) survived")
_AGE_ROLE = re.compile(rf"(?<![\w'-])(?:{either(every('ONE_WORDS'))}|{either(every('DEFINITE_ARTICLES'))})\s+"
                       rf"(?:[^\W\d][\w'-]*\s+){{0,2}}[^\W\d][\w'-]*\s*[,(]\s*$", re.I)
_PHONE = re.compile(r"(?<![\w.,])(?:\+\d{1,3}[\s.]?)?(?:\(0\)\s?)?\d{2}(?:[\s.]\d{2}){3,}(?![\w]|[.,]\d)"
                    r"|(?<![\w.,])\+\d{1,3}(?:[\s.-]\d{1,4}){2,}(?![\w]|[.,]\d)"
                    r"|(?<![\w.,])1-\d{3}-\d{3}-\d{4}(?!\w)"
                    # three groups, the last of four digits, which no thousands grouping has: "800 226 3311"
                    r"|(?<![\w.,])\d{3,4}[\s.]\d{3}[\s.]\d{4}(?![\w]|[.,]\d)"
                    # an area code then pairs: "0361 22 48 15", "030 25 14 88"
                    r"|(?<![\w.,])0\d{2,4}(?:[\s.]\d{2}){3,}(?![\w]|[.,]\d)"
                    # an area code in brackets: "0 (346) 225 18 40", "(0346) 225 18 40"
                    r"|(?<![\w.,])(?:0\s?)?\(0?\d{2,4}\)\s?\d{2,4}(?:[\s.-]\d{2,4}){1,3}(?![\w]|[.,]\d)"
                    # North American numbers: "(530) 555-0192", "530-555-0192"
                    r"|\(\d{3}\)\s?\d{3}-\d{4}(?!\w)|(?<![\w.,])\d{3}-\d{3}-\d{4}(?!\w)"
                    # French free numbers in threes: "0 800 130 418"
                    r"|(?<![\w.,])0[\s\u00a0\u202f][89]\d{2}[\s\u00a0\u202f]\d{3}[\s\u00a0\u202f]\d{3}(?![\w]|[.,]\d)"
                    # French free numbers: "0 800 06 66 66"
                    r"|(?<![\w.,])0[\s\u00a0\u202f]?[89]\d{2}(?:[\s\u00a0\u202f.]\d{2}){3}(?![\w]|[.,]\d)"
                    # a trunk prefix then groups, however grouped: "0871 200 22 33" (no count starts with 0)
                    r"|(?<![\w.,])0\d{2,4}(?:[\s\u00a0.-]\d{2,4}){2,4}(?![\w]|[.,]\d)"
                    # British numbers: "0800 555 0199", "020 7946 0321"
                    r"|(?<![\w.,])0\d{2,4}(?:[\s\u00a0.-]\d{3,4}){2}(?![\w]|[.,]\d)")
# "entre le 8 et le 13", "from 8 to 13": the second day of a span
_DAY_SPAN = re.compile(rf"\s*(?:(?:{either(every('DAY_SPAN_LINKS'))})\s+|[-–]\s*){either(every('SPAN_ARTICLES'))}?\s*"
                       rf"\d{{1,2}}{either(every('DAY_SUFFIXES'))}?\b", re.I)
# "on 11, 18 and 21 October", « les 3, 10 et 17 mars »: days of one month listed, each a day
_MONTH_DAYS_LISTED = re.compile(rf"(?:\s*(?:,|\s(?:{either(every('AND'))})|{either(every('REVISED_HEAD_LINK'))})\s*"
                                rf"{either(every('SPAN_ARTICLES'))}?\s*\d{{1,2}}{either(every('DAY_SUFFIXES'))}?\b)+", re.I)
# (or the sentence's end: "…," said Ines, 22.)
_AGE_UNIT = re.compile(rf"^\s*(?:,|\)|\.(?:\s|$)|{either(every('AGE_UNITS'))}\b)")
# "âgés de 18 à 60 ans", "between 8 and 13": two numbers paired
_CONNECTOR = re.compile(rf"\s*(?:{either(every('PAIR_LINKS'))}|-|–)\s*")


_WIRE_CODE = re.compile(r"\s*[A-Z]{2,6}(?:\s+[A-Z]{2,6})?\s+[0-3]\d[0-2]\d[0-5]\d\s+(?:[A-Z]{3}\s+)?[A-ZÉÛ]{3,4}\s+\d{2}\s*")


def _never_a_count(P, s: str, start: int, end: int, raw: str, value: float) -> bool:
    """Digits of a class that is never a count, whatever follows: clock times, identifiers
    (flights, trains, forms, cases), week numbers, emergency numbers, match scores, metres
    written with the scale word "m"."""
    before, after = s[max(0, start - 60):start], s[end:end + 40]
    bare = re.fullmatch(r"\d{1,5}", raw) is not None
    named = P["count_noun_next"].match(after)  # "TGV 300 passagers" would still be a count
    if re.fullmatch(r"0\d+", raw):
        return True  # "0700 GMT", "n° 0145": a leading zero is a time or a code
    line_start = s.rfind("\n", 0, start) + 1
    line = s[line_start:(s.find("\n", end) + 1 or len(s) + 1) - 1]
    if _WIRE_CODE.fullmatch(line):
        return True  # "APM 150947 AOU 28", "XYZ 121830 GMT JUL 31": a wire's transmission code (day, time, month, year)
    if bare and len(raw) == 2 and value < 60 and P["clock_hour"].search(before):
        return True  # "à 7 h 12", "19 heures 30": the minutes of a clock time
    clock = re.fullmatch(r"(\d{1,2})\.(\d{2})", raw)
    if clock and s[start:end] == raw and int(clock.group(1)) < 24 and int(clock.group(2)) < 60 and P["time_prep"].search(before) \
            and not named:
        return True  # "at 7.30 on Monday"
    if (bare and value <= 24 or clock and int(clock.group(1)) < 24 and int(clock.group(2)) < 60) \
            and P["hours_lead"].search(before):
        return True  # "aux heures 7.30", "the hours 11": translated copy's clock ("alle ore 7.30", "a las 11")
    if bare and value <= 24 and not named and (
            (P["time_prep_the"].search(before) and (not re.match(r"\s*[a-zà-ÿ]", after) or P["hour_range_on"].match(after)))
            or P["hour_range_end"].search(before)):
        return True  # "active until the 20", "from the 8 to the 14": translated copy's hours ("fino alle 20")
    if bare and P["identifier_list"].search(before):
        return True  # "les lignes 4, 7 et 12", "platforms 3 and 4": the numbers of several of them
    if bare and P["month_glued"].match(after):
        return True  # "rue du 8-Mai-1945", "place du 14-Juillet": a date in a name
    if bare and not named and P["identifier"].search(before):
        return True  # "le vol AF 447", "flight BA 2490", "le TGV 6123"
    if bare and not named and re.search(r"(?<![\w-])(?-i:[A-Z][A-Z0-9]{1,2})[ -]?$", before) and P["service_route"].match(after):
        return True  # "the AI 407 bound for Halbrook", « le AI 407 à destination de … »: a flight's or a train's number
    if bare and P["numbered_place"].search(before):
        return True  # "Route 9 buses", "l'amphi 4": a place's number, even with a noun after it
    if bare and re.search(r"(?<![\w-])[A-Z]{2}[- ]$", before) and re.match(r"[- ][A-Z]{2}(?![\w-])", after):
        return True  # "FG 318 KT", "AB-123-CD": a number plate
    if bare and value <= 31 and after.startswith(")") and P["weekday_paren"].search(before):
        return True  # "ce mardi (17)", "on Monday (16)": translated Portuguese copy's day of the month
    if bare and value <= 31 and P["weekday_span_open"].search(before) and P["weekday_span_close"].match(after):
        return True  # « entre samedi 7 et mercredi 11 »: the first day of a span
    if value <= 31 and P["weekday_cut_short"].search(before):
        return True  # "on Mon 11", "13 [ALPC, Fri 8]": a weekday cut short only ever stands before its day
    if bare and value <= 31 and P["since_day"].search(before) and P["day_of_month_after"].match(after):
        return True  # « évacués depuis le 13 [DGPC] », "since the 13." : the day a count starts
    if bare and value <= 31 and P["day_article"].search(before) and P["day_of_month_after"].match(after):
        return True  # « …, le 13. », « le 15 » : a day of the month (or a number to call), never a count
    if bare and value > 31 and P["number_name"].search(before) and not P["plural_noun"].match(after) \
            and not P["count_noun_next"].match(after):
        return True  # « Le 115 a reçu 1 870 appels »: a number to call (a count of them takes « les »)
    if bare and value <= 31 and P["weekday_before"].search(before) and (
            ((then := P["weekday_then"].match(after)) is not None
             # (joined by « et », only in a recap's bracket, which gives its source's days: « [CSN, lundi 9 et mardi 10] »)
             and (not then.group("and") or re.search(r"\[[^\[\]]*$", s[max(0, start - 120):start])))
            or P["weekday_listed"].search(before)):
        return True  # « mercredi 14 puis samedi 17 »: days given in turn
    if bare and value <= 31 and P["weekday_before"].search(before) and P["day_of_month_after"].match(after):
        # « le gouverneur (vendredi 16) », "said on Friday 16, when": the day of the month ("dimanche 5 trains
        # supplémentaires" counts trains; « dimanche 6 au matin » is a day too)
        return True
    if bare and re.match(r"-[A-Z]{1,2}(?![\w-])", after):
        return True  # "form 8-K", "10-Q": a code
    if bare and value <= 20 and _CAPITALS_LABEL.search(before) and _LABEL_END.match(after):
        return True  # "AFFIRMATION 3 : « … »", "CLAIM 3 – …": a fact-check's numbered heading, a label
    if bare and value <= 50 and re.search(r"(?:^|\n)[ \t*#>]*$", before) and re.match(r"[.)](?:\s|$)", after):
        return True  # '1. "More than 230 people were on board"', "2) …": a list's item number
    if bare and re.search(r"\w\($", before) and after.startswith(")"):
        return True  # "alert(2)", "article L(3)", "note(1)": glued to a word, an argument or a label
    if bare and value <= 53 and not named:
        week = P["week"].search(before)
        if week and not P["week_not"].search(before[:week.start()]):
            return True  # "semaine 15", "week 15"; not "this week 15 died"
    if raw in P["L"].EMERGENCY_NUMBERS and not named and (P["call"].search(before) or P["emergency_after"].match(after)
                                                          or P["emergency_before"].search(before)):
        return True  # "appeler le 15", "dialled 999", "the 911 dispatch centre"
    if raw in P["L"].EMERGENCY_NUMBERS and len(raw) == 3 and P["emergency_after"].match(after) \
            and re.search(r"(?:\d|[–—-])[*_]*\s*$", before):
        return True  # "3,600 999 calls", "**3,600** – 999 calls": calls to that number, after the figure that counts them
    if raw in _EMERGENCY_ALONE and not named and re.search(r"[,:]\s*$", before) and re.match(r"\s*[.!]?\s*$", after):
        return True  # "If it's serious, 999.": the number alone, closing its clause, is the one to call
    if bare and not named and P["phone"].search(before):
        return True  # "composez le 3237", "call 101": a number to call, whatever its value
    if P["social_count"].search(s[line_start:start]):
        return True  # "Share: 612", « Commentaires (41) »: a page's counters
    if P["class_threshold"].search(before) and P["class_threshold_unit"].match(after):
        return True  # "vehicles over 3.5 tonnes", « les grumiers de plus de 48 tonnes »: a class of vehicles
    if _score(P, s, start, end, raw):
        return True  # "5-0", "312-6", "s'est imposé 3 à 1"
    if P["scale_unit"] is not None and P["scale_unit"].search(s[start:end]) and (
            P["scale_unit_after"].match(after) or P["scale_unit_before"].search(before)):
        return True  # "500m from the site", "within 500 m": metres, not millions
    return False


def _score(P, s: str, start: int, end: int, raw: str) -> bool:
    """Is this number one side of a match score ("5-0", "won 3-1", "3 à 1")?"""
    if not re.fullmatch(r"\d{1,3}", raw):
        return False
    nxt = P["score_next"].match(s[end:])
    if nxt:
        a0, b1, a, b, link = start, end + nxt.end(), int(raw), int(nxt.group("b")), s[end:end + nxt.start("b")]
    else:
        prv = P["score_prev"].search(s[max(0, start - 20):start])
        if not prv:
            return False
        a0, b1, a, b, link = start - len(prv.group()), end, int(prv.group("a")), int(raw), prv.group("link")
    if P["count_noun"].match(s[b1:b1 + 40]):
        return False  # "300-400 manifestants": a range of a count
    if link in ("-", "–") and a >= b:
        return True  # "5-0", "312-6": a falling pair glued by a dash is no range
    return bool(P["score_before"].search(s[max(0, a0 - 60):a0]) or P["score_after"].match(s[b1:b1 + 30]))


#: the whole's own figure between a partitive and its noun: "four of our 11 cranes", « quatre de nos 11 portiques »
_WHOLE_FIGURE = re.compile(r"^\s*\d[\d.,\u00a0\u202f]*(?=\s)")


def figure_owner(s: str, start: int, end: int, code: str) -> re.Match | None:
    """The words after a figure that name it as someone's, with the article its language wants before it (group
    ``owner``, or ``person`` for a title and a surname): « Les 46 de l'ARS, ce sont … », "Eleven is the police
    figure"; None when the figure is named as nobody's.

    >>> figure_owner("Les 46 de l'ARS, ce sont des gens qui ont vu un médecin.", 4, 6, "fr").group("owner")
    'ARS'
    >>> figure_owner("15 lits sur les 28 du service ont fermé.", 16, 18, "fr") is None
    True
    """
    return _owned(_patterns(code), s, start, end)


def _owned(P, s: str, start: int, end: int) -> re.Match | None:
    return P["owned_after"].match(s, end) if P["owned_before"].search(s, 0, start) else None


def _denied(P, s: str, start: int) -> bool:
    """Whether the words before a figure deny or set it aside ("ce n'est pas 64", « …, pas une vingtaine »), whether
    it is written in digits or in words. (A longer window than most: "could not find any official figure of".)"""
    return P["denied_before"].search(s[max(0, start - 60):start]) is not None


def _is_non_count(P, s: str, start: int, end: int, raw: str, is_words: bool, value: float) -> bool:
    after, before = s[end:end + 40], s[max(0, start - 30):start]
    if P["ratio"].search(before):
        return True  # "1 in 5 homes": a ratio, whatever it counts
    if value <= 31 and not is_words and P["day_of_month"].match(after):
        return True  # "the 13 of August", "between the 4 and the 13 of August": days, not counts
    if value <= 12 and P["hour_after"].match(after):
        return True  # "at 5 in the evening": an hour
    if P["rate_per"].search(before) and value >= 100 and math.log10(value).is_integer() and (
            is_words or not P["count_noun"].match(after) or P["rate_base"].match(after)):
        return True  # "per million", "pour 100 000 habitants": a rate's denominator, no count
    if P["per_unit_after"].match(after):
        return True  # "jusqu'à 400 bougies par hectare": a rate
    if P["length_before"].search(before):
        return True  # "the mud is at 1 metre 40", « 1 mètre 40 »: a length's second part
    if P["shared_before"] is not None and P["shared_before"].search(before) and P["shared_after"].match(after):
        return True  # "a post shared more than 9,400 times": how often it was passed on (not "27 fois" of interventions)
    if re.search(r"(?:[$€£¥₹]|US\$|A\$|C\$|R\$)\s*$", before):
        return True  # "€50 million to help care homes": money, whatever it pays for
    if P["population_after"].match(after) and P["population_before"].search(s[max(0, start - 60):start]):
        return True  # "le territoire de Makundu, qui compte plus de 1,1 million d'habitants": a place's size
    if _denied(P, s, start) and not _owned(P, s, start, end):
        # "ce n'est pas 64", "qu'il y ait eu 30 000 ou 50 000 personnes": denied or supposed (not « loin des 11 000 de
        # la CGT »: a figure named as someone's is theirs, whoever sets it aside)
        return True
    if P["rejected_before"].search(before) and not P["revised_after"].match(after):
        return True  # « … et non 41 », "rather than 41": the figure set aside is not the speaker's
    if P["echoed_after"].match(after) and P["opening_only"].match(s[:start]):
        return True  # « Sept cents, nous ne l'avons jamais constaté », "Seven hundred? That would mean": an echo
    if (P["figure_named"].search(before) or P["opening_only"].match(s[:start])
            or (re.search(r"[«“\"]\s*$", before) and not P["content_before"].search(before))) \
            and P["denied_after"].match(after):
        # "Le chiffre de 3 000 vols annulés est faux", "The figure of 1,400 is simply not right", or the figure
        # opening the sentence or a quote: "Five hundred is not a number that anyone here recognises"
        return True
    if P["money_before"].search(before):
        return True  # "a debt of 65 million with the teachers": money, whatever it is owed to
    if P["money_at"].search(before) and not P["count_noun_next"].match(after):
        return True  # "put the cost at 9 million tallens": money in a currency no list knows
    if P["place_size"].search(before):
        return True  # "cette commune de 1 900 habitants": the size of a place, whatever it counts
    if P["census_after"].match(after):
        return True  # "the village counted 740 residents at the last census": its size
    if P["kin_before"].search(before) and P["kin_after"].match(after):
        return True  # « mes trois enfants et moi », "my two sons": the speaker's family
    if value <= 31 and (P["day_span"].search(before) and not P["plural_noun"].match(after)
                        or P["day_span_last"].search(before)):
        return True  # « la semaine du 20 au 26 »: a day of the month (not « la grève des 20 pilotes »)
    if value <= 31 and not is_words and P["elliptic_day"].search(before) \
            and P["date_of_month"].search(re.split(r"[.!?]\s", s[max(0, start - 90):start])[-1]) \
            and not P["count_noun"].match(after):
        return True  # « 412 000 le 18 janvier et « près d'un million » le 25 »: the 25th of that month
    if re.search(r"(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])[\w'’-]+\s*\(\s*$", before) and P["place_size_paren"].match(after):
        return True  # "à Sarrebrune (84 000 habitants)": the town's size, in passing
    if P["address_before"].search(before) and P["address_after"].match(after):
        return True  # "le propriétaire du 14, la SCI", "at 14 Ash Street": an address, not a count
    if P["postcode_after"].match(after) or P["postcode_before"].search(before):
        return True  # "the 77491 and 77493 ZIP codes": addresses, not a count
    if P["rank_before"].search(before):
        return True  # "Category 1 calls", « alerte de niveau 3 » : a rank, not how many
    if P["held_before"].search(before):
        return True  # « le hangar contenait 3 500 tonnes », "processed 45,000 tonnes a year": what a place holds
    if P["compared_non_count"] is not None and P["compared_non_count"].search(s, max(0, start - 200), start) and not P["count_noun"].match(after):
        return True  # "an average stay of 41 days, against 33": days too
    if P["measure_part_after"].match(after) or (P["measure_part_before"].search(s[max(0, start - 60):start])
                                                  and not P["count_noun"].match(after)):
        return True  # "cleared 61 of the 90 metres": the part is measured as its whole is
    if P["family_of"].search(before):
        return True  # « mère de 2 élèves », "a father of three children": a speaker's own family, not a count
    if P["capacity_before"].search(before):
        return True  # "a capacity of 190 passengers": what a place can hold, not who was there
    if P["non_count_after"].match(after) or P["non_count_before"].search(before):
        # "à 3 958 morts" / "to 3,958" are figures, "à 14h" is not: only the
        # time/percent/unit side decides when a counted noun follows.
        if not (P["count_noun"].match(after) and not P["non_count_after"].match(after)):
            return True
    day_or_year = value <= 31 or _year_like(raw, value)  # ("depuis janvier 211 cas": neither)
    if day_or_year and (P["months"].match(after.lstrip()) or (P["months"].search(before, max(0, len(before) - 12))
                                                              and not _CLAUSE_BREAK.search(before)
                                                              and not _OWN_WEEKDAY_AFTER.match(after))):
        # ("5 cases on Tuesday 13 May and 6 on Thursday": a figure with a weekday of its own is no day of that month)
        # (the window starts inside a word: "Paul Ivanov recense 30" has no month, the lookbehind sees "Iva")
        # ("publié en janvier, 1 146 écoles", "depuis août, dont 96 cas": a comma ends the date)
        return True
    # "entre le 8 et le 13 octobre", "du 3 au 5 mars", "from 8 to 13 October": a span of days
    span = _DAY_SPAN.match(after) or _MONTH_DAYS_LISTED.match(after)
    if span and value <= 31 and P["months"].match(after[span.end():].lstrip()):
        return True
    if _year_like(raw, value) and not P["count_noun_next"].match(after):
        return True  # a year ("the 2015 earthquake killed": the noun must follow the number itself)
    if re.match(r"^\s*(?:h\d|:\d|h\s*\d)", after) or re.match(r"^[\w]", after) and not is_words:
        return True
    # (a weekday before a figure over 31 is its day: "on Monday 58")
    named_before = _NAME_BEFORE.search(before) and not (value > 31 and _WEEKDAY_BEFORE.search(before))
    if not is_words and value < 1000 and not P["count_noun"].match(after) and (
            named_before or _NAME_AFTER.match(after) and not P["nationality_after"].match(after)):
        return True  # "Channel 12 news", "Ligne 14", "69 Squadron": part of a name
    if not is_words and named_before and re.match(r"\s*(?:[.,;:)]|$)", after):
        return True  # "president of Local 1187.": a name ending its clause, whatever its size
    if not is_words and value < 120 and (_AGE_APPOSITION.search(before) or _AGE_ROLE.search(before)) and _AGE_UNIT.match(after):
        return True  # "Wa Ode Nurhayati, 34, who swam", "Mohamed Abdi, 61, a herder": an age
    if P["definite"].search(before) and value < 20 and is_words:
        # "les deux pays", "the two leaders": a reference, not a count ("les 6 écoles de la ville", "the 3
        # hospitals within 20 miles", « sur les 18 lignes » : written in digits, a count)
        return True
    if is_words and value < 20 and not P["count_noun"].match(after) and not _SUBSET_BEFORE.search(before) and not (
            P["plural_noun"].match(after) and not P["not_counted_after"].match(after)
            and not P["myself"].search(s[max(0, start - 40):start])) and not (
            (re.search(r"\d", s[:start]) or not s[:start].strip(" «\"“—–-")) and P["elided_verb"].match(after)
            or P["part_of_them"].match(after)) and not (
            (lead := P["partitive_lead"].match(after)) and (P["count_noun"].match(rest := _WHOLE_FIGURE.sub(
                "", after[lead.end() - 1:], count=1)) or P["plural_noun"].match(rest))):
        # ("two of its inspectors", "three of the victims": a part of a group named after it)
        # "deux" alone is rarely a count; "sept blessés, dont deux grièvement", "five investigators",
        # "23 workers …, and that four had been taken to hospital" and "Six were admitted" (the noun of the
        # sentence before, left out) are
        return True
    return False


def find_figures(sentence: str, code: str = "fr") -> list[Mention]:
    """Figures in ``sentence`` (apostrophes already normalised to ``'``).

    Examples
    --------
    >>> [(m.value, m.lower, m.upper, m.qualifier) for m in find_figures("Il a cité environ 3 000 soldats et plus de 2 000 sites le 9 septembre 2018.")]
    [(3000.0, None, None, 'about'), (2000.0, 2000.0, None, 'more_than')]
    >>> [(m.lower, m.upper, m.qualifier) for m in find_figures("des centaines de milliers de personnes")]
    [(200000.0, 999999.0, 'vague')]
    >>> [(m.value, m.lower, m.upper, m.qualifier) for m in find_figures("between 18,000 and 20,000 dead", "en")]
    [(None, 18000.0, 20000.0, 'range')]
    >>> find_figures("Le 70e anniversaire du G7 et de la Seconde Guerre mondiale, en 2018.")
    []
    """
    P = _patterns(code)
    L = P["L"]
    found: list[tuple[int, int, float, bool]] = []  # start, end, value, written in words
    taken = [False] * (len(sentence) + 1)

    def free(a, b):
        return not any(taken[a:b])

    def take(a, b):
        for i in range(a, b):
            taken[i] = True

    mentions: list[Mention] = []
    for m in _PHONE.finditer(sentence):
        take(m.start(), m.end())  # "01 45 20 30 40", "+44 20 7946 0958": a phone number, not figures
    for m in _GROUPED_RANGE.finditer(sentence):
        # "3,000-4,000 people", « 3 000-4 000 manifestants »: a range written with a bare hyphen (thousands on both
        # sides, so no score or case number) when what follows is counted
        lo, hi = parse_number(m.group("lo"), code), parse_number(m.group("hi"), code)
        if lo is None or hi is None or not lo < hi or not P["count_noun"].match(sentence[m.end():m.end() + 40]):
            continue
        take(m.start(), m.end())
        mentions.append(Mention(m.start(), m.end(), None, lo, hi, "range", m.group()))
    # Vague quantities first: "des centaines de milliers" must not become "milliers".
    for rx_name in ("vague", "singular"):
        rx = P[rx_name]
        if rx is None:
            continue
        for m in rx.finditer(sentence):
            if not free(m.start(), m.end()):
                continue
            if re.search(r"(?:\d|\b%s)\s*(?:%s\s*)?$" % (either([*L.NUMBER_WORDS, *L.APPROX_NOUNS]), _SHARED["of"]),
                         sentence[:m.start()], re.I):
                continue  # "huit millions", "3 millions": a scale word, not a vague plural
            if _denied(P, sentence, m.start()):
                continue  # « 6 élèves …, pas des dizaines », "not dozens": denied, as a figure in digits is
            gd = m.groupdict()
            if gd.get("vs"):
                lo, hi = L.VAGUE_SINGULAR[gd["vs"].lower()]
            else:
                lo, hi = L.VAGUE_UNITS[gd["vu"].lower()]
                if gd.get("vu2"):
                    unit2 = L.VAGUE_UNITS[gd["vu2"].lower()][0] / 2
                    lo, hi = lo * unit2, (hi + 1) * unit2 - 1
                if gd.get("tens"):
                    unit = L.VAGUE_UNITS[gd["vu"].lower()][0] / 2
                    mult = L.VAGUE_TENS[gd["tens"].lower()]
                    lo, hi = mult * unit, mult * 5 * unit - 1
            if gd.get("vu") and not gd.get("vu2") and not gd.get("tens"):
                # A bare plural ("milliers") only counts when it counts something.
                after = re.sub(r"^\s*[»”\"]", "", sentence[m.end():m.end() + 60])
                if not re.match(rf"^\s*(?:{L.VAGUE_OF}|{_SHARED['of']})\s*", after, re.I) and not P["count_noun"].match(after):
                    continue
                if P["not_counted_after"].match(after):
                    continue  # "shared thousands of times", « repris des milliers de fois »: how often, not how many
            take(m.start(), m.end())
            mentions.append(Mention(m.start(), m.end(), None, float(lo), float(hi), "vague", m.group()))
    for m in P["fraction"].finditer(sentence):
        if free(m.start(), m.end()):
            value = next(f for rx, f in _SHARED["fractions"] if rx.fullmatch(m.group("f"))) * _SHARED["scales"][m.group("s").lower()]
            q, qs = _qualifier(P, sentence, m.start())
            lo, hi = _bounds(value, q)
            take(qs, m.end())
            mentions.append(Mention(qs, m.end(), value, lo, hi, q, sentence[qs:m.end()]))
    if P["approx"] is not None:
        for m in P["approx"].finditer(sentence):
            if not free(m.start(), m.end()):
                continue
            value = float(L.APPROX_NOUNS[m.group("an").lower()])
            end = m.end()
            unit = re.match(rf"\s*(?:(?:{L.VAGUE_OF}|{_SHARED['of']})\s*)?", sentence[end:], re.I)
            if unit and P["non_count_after"].match(sentence[end + unit.end():]):
                take(m.start(), end)  # "à une trentaine de kilomètres": a distance, not a count
                continue
            scale = P["scale_after_approx"].match(sentence, end)
            if scale:  # "une centaine de milliers"
                value *= _SHARED["units"][scale.group("u").lower()]
                end = scale.end()
            q, qs = _qualifier(P, sentence, m.start())
            if _denied(P, sentence, qs):
                take(qs, end)  # « 6 élèves …, pas une vingtaine »: denied, as a figure in digits is
                continue
            q = "about" if q == "exact" else q
            lo, hi = _bounds(value, q)
            take(qs, end)
            mentions.append(Mention(qs, end, value, lo, hi, q, sentence[qs:end]))
    rejected: list[tuple[int, int]] = []  # numbers that are not counts
    days: set[tuple[int, int]] = set()  # the days of a month among them
    codes: list[tuple[int, int]] = []  # (end, digits) of times, codes and scores
    connector = _CONNECTOR
    candidates = sorted(
        [(m.start(), m.end(), m.group(), False) for m in P["numeral"].finditer(sentence)]
        + [(a, b, sentence[a:b], True) for m in P["words"].finditer(sentence) for a, b in _word_numbers(P, m, code)])
    for start, end, raw, is_words in candidates:
        if is_words and raw.lower() in L.ONE_WORDS:
            continue
        if not free(start, end):
            continue
        value = parse_number(raw, code)
        if value is None:
            continue
        bare = re.sub(r"\s*[a-zé]+$", "", raw)
        if not is_words and _never_a_count(P, sentence, start, end, bare, value):
            take(start, end)  # "appelé le 112 et 18 blessés": a time, a code or a score has no partner
            codes.append((end, len(bare)))  # ...but a code of the same length is its partner: "les TER 76512 et 76518"
            continue
        if _is_non_count(P, sentence, start, end, bare, is_words, value) or (any(
                _partner(connector, sentence[r:start]) and not (value > 31 and (a, r) in days) for a, r in rejected[-1:])
                and not P["count_noun"].match(sentence[end:end + 40])) or any(  # "$12 million and 300 workers"
                _partner(connector, sentence[r:start]) and size == len(bare) for r, size in codes[-1:]) and not (
                P["count_noun"].match(sentence[end:end + 40])):
            rejected.append((start, end))  # "âgés de 18 à 60 ans": the partner of a non-count is not a count
            if value <= 31 and (P["months"].match(sentence[end:end + 12].lstrip())
                                or P["months"].search(sentence, max(0, start - 12), start)):
                days.add((start, end))  # ("412,000 on January 18 and 356,000": a day's partner is another day)
            take(start, end)  # "£19 billion": its scale word is not a figure of its own
            continue
        found.append((start, end, value, is_words))
        take(start, end)
    # "entre 62 et 64 ans": the left partner of a non-count goes too
    # (only the first non-count after a number can be its partner: any later one has that one in between)
    starts = sorted(a for a, _ in rejected)
    def partnered(pos: int) -> bool:
        i = bisect.bisect_left(starts, pos)
        return i < len(starts) and _partner(connector, sentence[pos:starts[i]])
    found = sorted(f for f in found if not partnered(f[1]))
    found = _without_proportions(P, sentence, found, code)
    mentions.extend(_combine(P, sentence, found))
    mentions.sort(key=lambda x: x.start)
    return _millions_and_rest(sentence, mentions)


_GROUPED_RANGE = re.compile(r"(?<![\w,.\-])(?P<lo>\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+)-(?P<hi>\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+)"
                            r"(?![\w-]|[,.]\d)")


def _millions_and_rest(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """« 1 million 200 000 personnes », "2 millions 500 000": a round number of millions (its scale in words) and the
    thousands right after it are one figure."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.value is not None and m.value is not None and m.qualifier == "exact" \
                and prev.value >= 1e6 and prev.value % 1e6 == 0 and prev.text[-1:].isalpha() and 0 < m.value < 1e6 \
                and not sentence[prev.end:m.start].strip() and m.text[:1].isdigit():
            value = prev.value + m.value
            lo, hi = _bounds(value, prev.qualifier)
            out[-1] = Mention(prev.start, m.end, value, lo, hi, prev.qualifier, sentence[prev.start:m.end])
            continue
        out.append(m)
    return out


# the wholes a proportion is told over: "neuf sur dix", "7 out of 10" (not "2 quartiers sur 5", "30 sur 110": counts)
PROPORTION_BASES = frozenset({10, 100, 1000})


def _year_like(raw: str, value: float) -> bool:
    """Whether a number as written could be a year: four bare digits, 1800 to 2199 ("2015", not "2,015")."""
    return bool(re.fullmatch(r"\d{4}", raw)) and 1800 <= value <= 2199


def _without_proportions(P, s: str, found, code: str):
    """``found`` without the two numbers of a proportion ("près de neuf pharmacies sur dix"): neither counts anything."""
    drop = set()
    for a0, a1, av, _ in found:
        m = P["proportion"].match(s, a1)
        base = parse_number(m.group("base"), code) if m else None
        if base is not None and av < base and (base in PROPORTION_BASES or (
                base < 10 and P["proportion_end"].match(s, m.end()) and P["proportion_direct"].fullmatch(s, a1, m.start("base")))):
            # (a small base with no noun on either side: « on est 3 sur 4 à ne pas avoir payé », "3 out of 4, he says";
            # not « 6 tunnels sur 8 », six of the eight tunnels)
            drop |= {a0, m.start("base")}
        elif (r := P["ratio_after"].match(s, a1)) and av < (base := parse_number(r.group("base"), code) or 0) \
                and not (av > 10 and _year_like(r.group("base"), base)):
            # "1 in 5 homes", "one in five": a ratio, whatever its base (not "up from 710 in 2126": a count and its year)
            drop |= {a0, r.start("base")}
    return [f for f in found if f[0] not in drop] if drop else found


def _partner(connector, between: str) -> bool:
    # "18 à 60 ans" pairs two numbers; "Ligne 14 - un million" is a headline dash
    return bool(connector.fullmatch(between)) and not re.fullmatch(r"\s+[-–]\s+", between)


def _combine(P, s: str, found):
    """Turn numbers into mentions: pair ranges, attach qualifiers."""
    out: list[Mention] = []
    i = 0
    while i < len(found):
        a0, a1, av, _ = found[i]
        if i + 1 < len(found):
            b0, b1, bv, _ = found[i + 1]
            between = s[a1:b0]
            for before_rx, between_rx, tail_rx in P["ranges"]:
                if not between_rx.match(between) or (tail_rx and not tail_rx.match(s, b1)):
                    continue
                reach = max(0, a0 - _REACH)
                lead = before_rx.search(s[reach:a0]) if before_rx else None
                if before_rx and not lead:
                    continue
                if (P["changed_from"].search(s, reach, a0)
                        and not P["range_lead"].search(lead.group() if lead else between)):
                    b0 = None  # "revised its figure from 640 to 750": the figure before, and the figure after
                    break
                if P["either"].match(between) and not _one_guess(av, bv):
                    b0 = None  # "47 ou 58 cas": two figures, most often two sources'
                    break
                lo, hi = av, bv
                scale_b = re.search(r"[^\d\s.,\u00a0\u202f]+$", s[b0:b1])
                if scale_b and not re.search(r"[^\d\s.,\u00a0\u202f]+$", s[a0:a1]):
                    # "entre 1 et 1,5 million": the scale word is shared; not in
                    # "between 910,000 and 1.4 million", where the low end is whole
                    base = parse_number(s[b0:b1][:scale_b.start()], P["L"].CODE)
                    if base and av * bv / base <= bv:
                        lo = av * bv / base
                if lo > hi:
                    b0 = None  # not a range: read the two numbers on their own
                    break
                start = reach + lead.start() if lead else a0
                prev = out[-1] if out else None
                if prev is not None and P["range_prev"].match(s[prev.end:start]):
                    # "4,645 excess deaths, with a range of 793 to 8,498": bounds of the figure before
                    out[-1] = Mention(prev.start, b1, prev.value, lo, hi, "range", s[prev.start:b1])
                else:
                    out.append(Mention(start, b1, None, lo, hi, "range", s[start:b1]))
                i += 2
                break
            else:
                b0 = None
            if b0 is not None:
                continue
        q, qs = _qualifier(P, s, a0)
        lo, hi = _bounds(av, q)
        out.append(Mention(qs, a1, av, lo, hi, q, s[qs:a1]))
        i += 1
    return out
