"""Immutable records: documents, actors, figures, claims.

Everything downstream (graph, comparison, RDF, HTML) reads these records and
never mutates them. Records normalise and check themselves in
``__post_init__`` so that a record that exists is a valid one.

``Claim.to_dict`` / ``Claim.from_dict`` are the JSON contract of
``claimgraph extract --format jsonl`` (and of curated claim files).
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace

from .errors import ModelError

__all__ = [
    "ACTOR_KINDS",
    "ID_DIGITS",
    "QUALIFIERS",
    "Actor",
    "Report",
    "Claim",
    "Corpus",
    "Document",
    "Figure",
    "GENERIC_PEOPLE",
    "PLACE_LEVELS",
    "PROTEST_DAY_POPULATIONS",
    "day_bound",
    "frame_id",
    "one_name_per_actor",
    "shown",
    "slugify",
]

ACTOR_KINDS = ("person", "organisation", "country", "group", "unknown")

#: How specific a claim's place is. A city figure and a national figure are
#: different quantities; "countries" is a group of several countries.
PLACE_LEVELS = ("site", "city", "region", "country", "countries", "world", "")

#: Measures counted per event day: strikers on 7 and on 8 October are two
#: quantities, while a toll or a deployment is one quantity whose figures
#: differ by ``as_of``.
EVENT_MEASURES = frozenset({"striking", "marching", "protesting"})

#: Arrests are made on a day of protest or rioting, and counted for it: the
#: arrests of 12 and of 14 March are two quantities, like its marchers (a
#: language reaches them by the noun, "interpellations", or the verb).
DAY_BOUND_MEASURES = EVENT_MEASURES | {"arrested"}
DAY_BOUND_POPULATIONS = frozenset({"arrests"})
#: The injured of a protest are counted for its day too, once an article has
#: counted a march or a strike (the injured of a disaster are a running toll),
#: and so are the schools, canteens or shops a strike day closed.
PROTEST_DAY_POPULATIONS = frozenset({"wounded", "closed"})


def day_bound(population: str, measure: str = "") -> bool:
    """Whether a count is of one day's event (strikers, marchers, arrests),
    so that its day is part of what is counted.

    Examples
    --------
    >>> day_bound("strikers", "striking"), day_bound("arrests"), day_bound("deaths", "killed")
    (True, True, False)
    """
    return measure in DAY_BOUND_MEASURES or population.partition("-")[0] in DAY_BOUND_POPULATIONS


#: Populations that say who was counted, not what happened to them: "people
#: killed" are deaths, but "28 people" with no measure (on board? missing?)
#: answers no one question.
GENERIC_PEOPLE = frozenset({"people", "civilians", "children", "residents"})

#: Qualifiers of a stated figure. ``value``/``lower``/``upper`` hold what the
#: text states; :meth:`Figure.interval` turns that into bounds for comparison.
QUALIFIERS = (
    "exact",      # "3 000"
    "about",      # "environ", "quelque", "about", "some", "roughly"
    "nearly",     # "près de", "nearly", "almost": a bit under the value
    "at_least",   # "au moins", "at least"
    "more_than",  # "plus de", "more than", "over"
    "at_most",    # "au plus", "at most", "no more than"
    "up_to",      # "jusqu'à", "up to"
    "less_than",  # "moins de", "fewer than", "less than"
    "range",      # "entre 10 000 et 12 000", "793 to 8,498"
    "vague",      # "des milliers", "hundreds"
)


def slugify(text: str, max_len: int = 60) -> str:
    """Lower-case ASCII slug, safe in IRIs, file names and node ids.

    Examples
    --------
    >>> slugify("Corée du Nord / Séoul")
    'coree-du-nord-seoul'
    >>> slugify("   ")
    'x'
    """
    return _slug(text, max_len)


@functools.lru_cache(maxsize=1 << 16)
def _slug(text: str, max_len: int) -> str:
    # Cached: a corpus names the same actors and quantities over and over.
    if not (isinstance(text, str) and text.isascii()):  # NFKD leaves ASCII as it is
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _NOT_SLUG.sub("-", text.lower()).strip("-")
    return text[:max_len].strip("-") or "x"


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def shown(x, limit: int = 40) -> str:
    """``repr(x)`` cut to about ``limit`` characters: a value quoted in an
    error message, which stays one short line whatever the input holds.

    Examples
    --------
    >>> shown("2024-02-30"), shown("9" * 5000)
    ("'2024-02-30'", "'9999999999999999999999999999999999999999…' (5000 characters)")
    """
    if isinstance(x, str) and len(x) > limit:
        return f"{x[:limit]!r}"[:-1] + f"…' ({len(x)} characters)"
    text = repr(x) if not isinstance(x, int) or x.bit_length() < 4000 else f"an integer of about {x.bit_length() * 0.30103:.0f} digits"
    return text if len(text) <= limit + 2 else text[:limit] + "…"


def _number(x, name: str) -> float | None:
    if type(x) is float and x - x == 0.0:  # the common case: a finite float (inf - inf is nan)
        return x
    if x is None or x == "":
        return None
    if isinstance(x, bool):
        raise ModelError(f"{name} must be a number, not {x!r}")
    try:
        f = float(x)
    except (TypeError, ValueError, OverflowError):
        raise ModelError(f"{name} must be a number, not {shown(x)}") from None
    if math.isnan(f) or math.isinf(f):
        raise ModelError(f"{name} must be a finite number, not {shown(x)}")
    return f


def _date(x, name: str) -> dt.date | None:
    """A date from a date, a date-time or an ISO text; ModelError otherwise,
    saying why when the text has the form of a date but names no day.

    Examples
    --------
    >>> _date("2024-02-29", "published")
    datetime.date(2024, 2, 29)
    >>> _date("2024-02-30", "published")
    Traceback (most recent call last):
    ...
    claimgraph.errors.ModelError: published must be an ISO date (YYYY-MM-DD) of a day that exists, not '2024-02-30' (day is out of range for month)
    """
    if x is None or x == "":
        return None
    if isinstance(x, dt.datetime):
        return x.date()
    if isinstance(x, dt.date):
        return x
    small = isinstance(x, int) and not isinstance(x, bool) and abs(x) < 10**10  # 20240229 reads too
    text = x.strip()[:10] if isinstance(x, str) else str(x) if small else ""
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
            raise ModelError(f"{name} must be an ISO date (YYYY-MM-DD) of a day that exists, not {shown(x)} "
                             f"({exc})") from None
        raise ModelError(f"{name} must be an ISO date (YYYY-MM-DD), not {shown(x)}") from None


# Populations whose noun already says the measure ("strikers" are striking).
_IMPLIED = {"striking": ("strikers",), "marching": ("protesters", "marchers"), "protesting": ("protesters",),
            "killed": ("deaths", "dead"), "wounded": ("wounded", "injured"), "missing": ("missing",),
            "displaced": ("displaced",), "arrested": ("arrests",), "evacuated": ("evacuated", "evacuees"),
            "infected": ("cases",), "hospitalised": ("hospitalisations",)}


def frame_id(population: str, measure: str = "", place: str = "", day: dt.date | None = None,
             period: str = "") -> str:
    """The quantity id of a frame: what is counted, how, where, and the day
    for an event count. Stable across articles and languages because every
    slot is already language-independent.

    Examples
    --------
    >>> frame_id("north-korean-troops", "deployed", "russia")
    'north-korean-troops-deployed-russia'
    >>> frame_id("strikers", "striking", "vernay", dt.date(2025, 10, 7))
    'strikers-vernay-2025-10-07'
    """
    parts = [population]
    if measure and measure not in population and not population.endswith(_IMPLIED.get(measure, ("\0",))):
        parts.append(measure)
    if place:
        parts.append(place)
    if period:
        parts.append(period)
    if day is not None and day_bound(population, measure) and not period:  # ("303 arrests over two days": no one day)
        parts.append(day.isoformat())
    return slugify("-".join(p for p in parts if p), max_len=120)


def json_number(x: float | None):
    """A float as JSON wants it: ``3000.0`` becomes ``3000``.

    Examples
    --------
    >>> json_number(3000.0), json_number(1.28e6), json_number(2.5), json_number(None)
    (3000, 1280000, 2.5, None)
    """
    if x is None:
        return None
    if x.is_integer() and abs(x) < 2**53:
        return int(x)
    return x


@dataclass(frozen=True, slots=True)
class Document:
    """A source article. ``text`` is the original text, front matter removed;
    claim offsets point into it."""

    id: str
    text: str = ""
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None
    path: str | None = None

    def __post_init__(self):
        if not self.id or not str(self.id).strip():
            raise ModelError("a document needs an id")
        object.__setattr__(self, "published", _date(self.published, "published"))
        if self.language is not None:
            object.__setattr__(self, "language", str(self.language).lower()[:2] or None)


@dataclass(frozen=True, slots=True)
class Actor:
    """Who makes a claim: a person, an organisation, a country or a group.

    ``affiliation`` is the id of another actor (Mark Rutte -> NATO).

    Examples
    --------
    >>> Actor("Mark Rutte", kind="person", affiliation="nato").id
    'mark-rutte'
    """

    name: str
    kind: str = "unknown"
    id: str = ""
    aliases: tuple[str, ...] = ()
    affiliation: str | None = None
    wikidata: str | None = None

    def __post_init__(self):
        name = " ".join(str(self.name or "").split())
        if not name:
            raise ModelError("an actor needs a name")
        object.__setattr__(self, "name", name)
        if self.kind not in ACTOR_KINDS:
            raise ModelError(f"actor kind must be one of {', '.join(ACTOR_KINDS)}, not {self.kind!r}")
        object.__setattr__(self, "id", slugify(self.id or name))
        object.__setattr__(self, "aliases", tuple(dict.fromkeys(a for a in self.aliases if a and a != name)))
        if self.affiliation is not None:
            object.__setattr__(self, "affiliation", slugify(self.affiliation))


_YES = {"true", "yes", "1", "y", "oui"}
_NO = {"false", "no", "0", "n", "non", "", "none", "null"}


def _flag(value, name: str) -> bool:
    """A yes/no field as JSON or YAML may give it: ``"false"`` is False, not a
    non-empty string that Python reads as True.

    Examples
    --------
    >>> _flag("false", "hedged"), _flag(True, "hedged"), _flag("Yes", "hedged"), _flag(None, "hedged")
    (False, True, True, False)
    """
    if isinstance(value, bool) or value is None:
        return bool(value)
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = str(value).strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ModelError(f"{name} must be true or false, not {value!r}")


@dataclass(frozen=True, slots=True)
class Figure:
    """A stated figure: its value and/or bounds, how it was qualified, its unit.

    ``value``, ``lower`` and ``upper`` are what the text says ("plus de 3 000"
    is value 3000, lower 3000, no upper); :meth:`interval` is what comparison
    uses.

    Examples
    --------
    >>> Figure(3000, qualifier="about").interval(tolerance=0.5)
    (1500.0, 4500.0)
    >>> Figure(None, 10000, 12000, "range").interval()
    (10000.0, 12000.0)
    >>> Figure(3000, 3000, None, "more_than").interval()
    (3000.0, inf)
    """

    value: float | None = None
    lower: float | None = None
    upper: float | None = None
    qualifier: str = "exact"
    unit: str | None = None

    def __post_init__(self):
        for name in ("value", "lower", "upper"):
            object.__setattr__(self, name, _number(getattr(self, name), name))
        if self.qualifier not in QUALIFIERS:
            raise ModelError(f"qualifier must be one of {', '.join(QUALIFIERS)}, not {self.qualifier!r}")
        if self.value is None and self.lower is None and self.upper is None:
            raise ModelError("a figure needs a value or bounds")
        negative = next((v for v in (self.value, self.lower, self.upper) if v is not None and v < 0), None)
        if negative is not None:
            raise ModelError(f"a figure counts people or things and cannot be negative, not {negative:g}")
        if self.lower is not None and self.upper is not None and self.lower > self.upper:
            raise ModelError(f"lower bound {self.lower:g} is above upper bound {self.upper:g}")
        if self.unit is not None:
            object.__setattr__(self, "unit", str(self.unit).strip() or None)

    @property
    def vague(self) -> bool:
        return self.qualifier == "vague"

    def interval(self, tolerance: float = 0.1) -> tuple[float, float]:
        """Bounds used to compare figures; ``tolerance`` widens approximate ones."""
        v, lo, hi = self.value, self.lower, self.upper
        q = self.qualifier
        if v is not None and lo is None and hi is None:
            if q == "about":
                return (v * (1 - tolerance), v * (1 + tolerance))
            if q in ("at_least", "more_than"):
                return (v, math.inf)
            if q in ("at_most", "up_to", "less_than"):
                return (0.0, v)
            if q == "nearly":
                return (v * (1 - tolerance), v)
            return (v, v)
        if q == "nearly" and v is not None and lo is None:
            return (v * (1 - tolerance), hi)
        if q in ("at_most", "up_to", "less_than") and lo is None:
            return (0.0, hi)
        lo = lo if lo is not None else (v if v is not None else 0.0)
        hi = hi if hi is not None else (v if v is not None and q not in ("at_least", "more_than") else math.inf)
        return (lo, hi)

    @property
    def central(self) -> float | None:
        """One number that stands for the figure (for ratios, sizes, sorting)."""
        if self.value is not None:
            return self.value
        if self.lower is not None and self.upper is not None:
            return math.sqrt(self.lower * self.upper) if self.lower > 0 else (self.lower + self.upper) / 2
        return self.lower if self.lower is not None else self.upper

    def as_said(self, lang: str = "en") -> str:
        """The figure as the text states it: its value, range or vague band,
        with its qualifier and unit, in English (``"en"``) or French (``"fr"``).
        Never a computed midpoint: that is :attr:`central`, for computations only.

        Examples
        --------
        >>> Figure(3000, qualifier="about").as_said(), Figure(3000, qualifier="about").as_said("fr")
        ('about 3,000', 'environ 3\u202f000')
        >>> Figure(None, 11000, 12000, "range", "soldiers").as_said()
        '11,000–12,000 soldiers'
        >>> Figure(None, 2000, 9999, "vague").as_said(), Figure(None, 2000, 9999, "vague").as_said("fr")
        ('thousands', 'des milliers')
        >>> Figure(None, 200000, 999999, "vague").as_said(), Figure(None, 20000, 99999, "vague").as_said("fr")
        ('hundreds of thousands', 'des dizaines de milliers')
        >>> Figure(None, 1000, 2500, "vague").as_said(), Figure(1000, 1000, None, "more_than").as_said("fr")
        ('1,000–2,500 (vague)', 'plus de 1\u202f000')
        >>> Figure(2.5, qualifier="nearly").as_said("fr"), Figure(None, None, 500, "up_to").as_said()
        ('près de 2,5', 'up to 500')
        """
        words = _SAID.get(lang)
        if words is None:
            raise ModelError(f"language must be one of {', '.join(_SAID)}, not {lang!r}")
        num = functools.partial(_said_number, lang=lang)
        v, lo, hi, q = self.value, self.lower, self.upper, self.qualifier
        prefix = words.get(q, "")
        if q == "vague":
            band = _band(lo, hi)
            text = (words["bands"][band] if band is not None
                    else f"{num(lo) if lo is not None else '?'}–{num(hi) if hi is not None else '?'} (vague)")
        elif v is not None and q == "range" and lo is not None and hi is not None:
            text = f"{num(v)} ({num(lo)}–{num(hi)})"
        elif v is not None:
            text = prefix + num(v)
        elif lo is not None and hi is not None:
            text = prefix + f"{num(lo)}–{num(hi)}"
        elif lo is not None:  # only a floor: "at least", unless the text said "more than"
            text = words["more_than" if q == "more_than" else "at_least"] + num(lo)
        else:  # only a ceiling: "at most", unless the text said "up to" or "less than"
            text = words[q if q in ("up_to", "less_than") else "at_most"] + num(hi)
        return f"{text} {self.unit}" if self.unit else text

    def __str__(self) -> str:
        """:meth:`as_said` in English."""
        return self.as_said()


#: Words of :meth:`Figure.as_said`: qualifiers, then vague bands by power of ten.
_SAID = {
    "en": {"about": "about ", "nearly": "nearly ", "at_least": "at least ", "more_than": "more than ",
           "at_most": "at most ", "up_to": "up to ", "less_than": "less than ",
           "bands": {1: "dozens", 2: "hundreds", 3: "thousands", 4: "tens of thousands", 5: "hundreds of thousands",
                     6: "millions", 7: "tens of millions", 8: "hundreds of millions", 9: "billions"}},
    "fr": {"about": "environ ", "nearly": "près de ", "at_least": "au moins ", "more_than": "plus de ",
           "at_most": "au plus ", "up_to": "jusqu'à ", "less_than": "moins de ",
           "bands": {1: "des dizaines", 2: "des centaines", 3: "des milliers", 4: "des dizaines de milliers",
                     5: "des centaines de milliers", 6: "des millions", 7: "des dizaines de millions",
                     8: "des centaines de millions", 9: "des milliards"}},
}


def _band(lower: float | None, upper: float | None) -> int | None:
    """The power of ten of a vague band as the extractor writes it ("thousands"
    is 2,000–9,999, "hundreds of thousands" 200,000–999,999, "dozens" 24–99),
    or None when the bounds are not such a band."""
    if lower is None or upper is None or upper < 9:
        return None
    k = round(math.log10(upper + 1)) - 1
    unit = 10.0 ** k
    if not (1 <= k <= 9 and abs(upper + 1 - 10 * unit) < 1e-6 * unit and unit <= lower < 10 * unit):
        return None
    return k


def _said_number(x: float, lang: str) -> str:
    """A stated number with the language's separators: 3,000 / 2.5 (en), 3 000 / 2,5 (fr)."""
    text = f"{x:,.0f}" if x.is_integer() else f"{x:,}"
    if lang == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


@dataclass(frozen=True, slots=True)
class Report:
    """One outlet's report of a statement: the claim read in that document.

    Examples
    --------
    >>> Report("c1", "article-1", "2024-10-20").to_dict()
    {'claim': 'c1', 'document': 'article-1', 'stated_on': '2024-10-20'}
    """

    claim: str
    document: str | None = None
    stated_on: dt.date | None = None

    def __post_init__(self):
        object.__setattr__(self, "stated_on", _date(self.stated_on, "stated_on"))

    def to_dict(self) -> dict:
        return {"claim": self.claim, "document": self.document,
                "stated_on": self.stated_on.isoformat() if self.stated_on else None}


#: Hex digits of a claim id made from its content (SHA-1): 96 bits, so that
#: the chance of two of 10^9 claims sharing one is about 6 in 10^12.
ID_DIGITS = 24


@dataclass(frozen=True, slots=True)
class Claim:
    """An attributed numeric claim found in (or curated for) a document.

    ``start``/``end`` are character offsets of the evidence sentence in
    ``Document.text``. The id is derived from the content when not given, so
    extracting the same article twice gives the same ids.

    ``confidence`` is the extractor's estimate (0 to 1) that the text states
    this figure for this claimant (:mod:`claimgraph.extract.confidence`);
    ``None`` means not scored, as for curated claims, and reads as 1.0. It is
    not part of the id.

    Examples
    --------
    >>> Claim(Actor("NATO"), Figure(3000), confidence=0.25).confidence
    0.25
    >>> Claim(Actor("NATO"), Figure(3000), confidence=1.5)
    Traceback (most recent call last):
    ...
    claimgraph.errors.ModelError: confidence must be from 0 to 1, not 1.5
    """

    claimants: tuple[Actor, ...]
    figure: Figure
    subject: str = ""
    quantity_id: str = ""
    quantity_label: str = ""
    document: str | None = None
    evidence: str = ""
    start: int | None = None
    end: int | None = None
    stated_on: dt.date | None = None
    scope: str | None = None
    hedged: bool = False
    origin: str = "extracted"
    id: str = ""
    population: str = ""
    measure: str = ""
    place: str = ""
    place_level: str = ""
    as_of: dt.date | None = None
    period: str = ""
    part_of: str = ""
    statement: str = ""
    reports: tuple[Report, ...] = ()
    confidence: float | None = None

    def __post_init__(self):
        claimants = tuple(self.claimants) if not isinstance(self.claimants, Actor) else (self.claimants,)
        if not claimants or not all(isinstance(a, Actor) for a in claimants):
            raise ModelError("a claim needs at least one claimant (an Actor)")
        object.__setattr__(self, "claimants", claimants)
        if not isinstance(self.figure, Figure):
            raise ModelError("a claim needs a Figure")
        object.__setattr__(self, "stated_on", _date(self.stated_on, "stated_on"))
        object.__setattr__(self, "as_of", _date(self.as_of, "as_of"))
        for name in ("population", "measure", "place", "period", "part_of"):
            value = getattr(self, name)
            object.__setattr__(self, name, slugify(value, max_len=120) if value else "")
        if self.place_level not in PLACE_LEVELS:
            raise ModelError(f"place_level must be one of {', '.join(filter(None, PLACE_LEVELS))}, not {self.place_level!r}")
        object.__setattr__(self, "reports", tuple(self.reports))
        subject = " ".join(str(self.subject or "").split())
        object.__setattr__(self, "subject", subject)
        if not self.quantity_id and self.population:
            object.__setattr__(self, "quantity_id", frame_id(self.population, self.measure, self.place,
                                                             self.as_of or self.stated_on, self.period))
        elif not self.quantity_id:
            object.__setattr__(self, "quantity_id", slugify(subject or "unspecified"))
        else:
            object.__setattr__(self, "quantity_id", slugify(self.quantity_id, max_len=120))
        if not self.quantity_label:
            object.__setattr__(self, "quantity_label", subject or self.quantity_id)
        if (self.start is None) != (self.end is None):
            raise ModelError("start and end offsets go together")
        for name in ("start", "end"):
            if getattr(self, name) is not None and (type(getattr(self, name)) is not int):
                raise ModelError(f"{name} must be a whole number (a character offset), not {shown(getattr(self, name))}")
        if self.start is not None and not 0 <= self.start <= self.end:
            raise ModelError(f"bad evidence offsets {self.start}..{self.end}")
        if self.confidence is not None:
            confidence = _number(self.confidence, "confidence")
            if confidence is not None and not 0.0 <= confidence <= 1.0:
                raise ModelError(f"confidence must be from 0 to 1, not {self.confidence!r}")
            object.__setattr__(self, "confidence", confidence)
        if not self.id:
            object.__setattr__(self, "id", self._content_id())

    def _content_id(self) -> str:
        f = self.figure
        # an f-string field formats as str() does: same key, a third of the cost
        key = (f"{self.document}|{self.start}|{self.end}|{f.value}|{f.lower}|{f.upper}|{f.qualifier}|"
               f"{','.join([a.id for a in self.claimants])}|{self.quantity_id}|{self.origin}|{self.stated_on}")
        return "c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:ID_DIGITS]

    @property
    def identity(self) -> tuple:
        """What makes this claim the claim it is, whatever its names: its
        document, the offsets of its evidence, its figure, its origin and
        the day it was stated. Curation (a merged quantity or actor) and
        display names keep it; two claims under one id must share it.

        Examples
        --------
        >>> a = Claim(Actor("NATO"), Figure(3000), document="a", id="c1")
        >>> a.identity == a.with_(claimants=(Actor("OTAN"),), id="c1").identity
        True
        >>> a.identity == a.with_(figure=Figure(4000), id="c1").identity
        False
        """
        f = self.figure
        return (self.document, self.start, self.end, f.value, f.lower, f.upper, f.qualifier, self.origin,
                self.stated_on)

    @property
    def reference_date(self) -> dt.date | None:
        """The date the figure describes: ``as_of``, else when it was stated."""
        return self.as_of or self.stated_on

    @property
    def claimant(self) -> Actor:
        """The first (main) claimant."""
        return self.claimants[0]

    @property
    def claimant_name(self) -> str:
        return " and ".join(a.name for a in self.claimants)

    def with_(self, **changes) -> "Claim":
        """A copy with some fields changed (the id is recomputed unless given)."""
        changes.setdefault("id", "")
        return replace(self, **changes)

    def to_dict(self) -> dict:
        """The JSON contract of ``claimgraph extract --format jsonl``."""
        f = self.figure
        return {
            "id": self.id,
            "claimant": self.claimant_name,
            "claimant_id": self.claimant.id,
            "claimants": [
                {"id": a.id, "name": a.name, "kind": a.kind, "affiliation": a.affiliation,
                 "wikidata": a.wikidata, "aliases": list(a.aliases)}
                for a in self.claimants
            ],
            "value": json_number(f.value),
            "value_min": json_number(f.lower),
            "value_max": json_number(f.upper),
            "qualifier": f.qualifier,
            "unit": f.unit,
            "subject": self.subject,
            "quantity_id": self.quantity_id,
            "quantity_label": self.quantity_label,
            "stated_on": self.stated_on.isoformat() if self.stated_on else None,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "population": self.population or None,
            "measure": self.measure or None,
            "place": self.place or None,
            "place_level": self.place_level or None,
            "period": self.period or None,
            "part_of": self.part_of or None,
            "statement": self.statement or None,
            "reports": [r.to_dict() for r in self.reports],
            "scope": self.scope,
            "hedged": self.hedged,
            "document": self.document,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "origin": self.origin,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, d: dict) -> "Claim":
        """Inverse of :meth:`to_dict` (extra keys are ignored).

        Examples
        --------
        >>> c = Claim((Actor("NATO", "organisation"),), Figure(3000, qualifier="about"), "soldiers")
        >>> Claim.from_dict(c.to_dict()) == c
        True
        """
        text = functools.partial(_text_of, d)
        if d.get("claimants"):
            if not isinstance(d["claimants"], list) or not all(isinstance(a, dict) for a in d["claimants"]):
                raise ModelError("claimants must be a list of objects with a name, as extract --format jsonl "
                                 "writes them; for names alone use claimant")
            claimants = tuple(
                Actor(_text_of(a, "claimants' name"), text("kind", a) or "unknown", text("id", a) or "",
                      tuple(map(str, a.get("aliases") or ())), text("affiliation", a) or None,
                      text("wikidata", a) or None)
                for a in d["claimants"]
            )
        elif d.get("claimant"):
            claimants = (Actor(text("claimant"), id=text("claimant_id")),)
        else:
            raise ModelError("a claim needs a claimant")
        figure = Figure(d.get("value"), d.get("value_min"), d.get("value_max"),
                        text("qualifier") or _default_qualifier(d), text("unit") or None)
        return cls(
            claimants=claimants, figure=figure, subject=text("subject"),
            quantity_id=text("quantity_id"), quantity_label=text("quantity_label"),
            document=text("document") or None, evidence=text("evidence"),
            start=d.get("start"), end=d.get("end"), stated_on=d.get("stated_on"),
            scope=text("scope") or None, hedged=_flag(d.get("hedged", False), "hedged"),
            origin=text("origin") or "extracted", id=text("id"),
            population=text("population"), measure=text("measure"), place=text("place"),
            place_level=text("place_level"), as_of=d.get("as_of"), period=text("period"),
            part_of=text("part_of"), statement=text("statement"),
            reports=tuple(Report(_text_of(r, "claim"), _text_of(r, "document") or None, r.get("stated_on"))
                          for r in d.get("reports") or () if isinstance(r, dict) and r.get("claim")),
            confidence=d.get("confidence"),
        )


def _text_of(d: dict, key: str, record: dict | None = None) -> str:
    """``(record or d)[key]`` as text ("" when missing or null): a number
    reads as its digits, anything else (a list, an object, true) is
    refused by name.

    Examples
    --------
    >>> _text_of({"document": 12}, "document"), _text_of({}, "subject")
    ('12', '')
    >>> _text_of({"claimant": ["a", "b"]}, "claimant")
    Traceback (most recent call last):
    ...
    claimgraph.errors.ModelError: claimant must be text, not ['a', 'b']
    """
    if record is not None:
        d = record
    x = d.get(key.rsplit(" ", 1)[-1])
    if x is None:
        return ""
    if isinstance(x, str):
        return x
    if isinstance(x, (int, float)) and not isinstance(x, bool):
        return shown(x, 60)
    raise ModelError(f"{key} must be text, not {shown(x)}")


def _default_qualifier(d: dict) -> str:
    has = lambda k: d.get(k) not in (None, "")
    if not has("value") and has("value_min") and has("value_max"):
        return "range"
    if has("value_min") and not has("value_max"):
        return "at_least"
    if has("value_max") and not has("value_min"):
        return "at_most"
    return "exact"


@dataclass(frozen=True, slots=True)
class Corpus:
    """What the input holds once read: documents and the claims found in them."""

    documents: tuple[Document, ...] = ()
    claims: tuple[Claim, ...] = ()
    actors: tuple[Actor, ...] = field(default=())

    def __post_init__(self):
        object.__setattr__(self, "documents", tuple(self.documents))
        object.__setattr__(self, "claims", tuple(self.claims))
        known = {a.id: a for a in self.actors}
        for c in self.claims:
            for a in c.claimants:
                known.setdefault(a.id, a)
        object.__setattr__(self, "actors", tuple(known.values()))

    def with_display_names(self) -> "Corpus":
        """The same corpus with one display name per actor: the name most of
        its claims use (the first seen on a tie), so that an actor quoted in
        French and in English ("Pentagone", "Pentagon") shows under one name in
        tables and charts. Ids, and so claim ids and relations, are unchanged.

        Examples
        --------
        >>> fr, en = Actor("Pentagone", "organisation", "pentagon"), Actor("Pentagon", "organisation", "pentagon")
        >>> f = Figure(3000.0)
        >>> claims = [Claim((fr,), f, quantity_id="q", document="a"), Claim((en,), f, quantity_id="q", document="b"),
        ...           Claim((en,), Figure(10000.0), quantity_id="q", document="b")]
        >>> named = Corpus((), tuple(claims)).with_display_names()
        >>> [c.claimant_name for c in named.claims], [c.id for c in named.claims] == [c.id for c in claims]
        (['Pentagon', 'Pentagon', 'Pentagon'], True)
        """
        claims = one_name_per_actor(self.claims)
        if all(x is y for x, y in zip(claims, self.claims)):
            return self
        names = {a.id: a for c in claims for a in c.claimants}
        return Corpus(self.documents, tuple(claims), tuple(names.get(a.id, a) for a in self.actors))

    def with_statements(self, window: int | None = None) -> "Corpus":
        """The same corpus, each claim with its ``statement`` id and reports
        (see :func:`claimgraph.statements.assign_statements`)."""
        from .people import unify_people
        from .shortnames import unify_short_names
        from .statements import WINDOW, assign_statements
        from .translated import unify_translated_names

        # ("l'agence nationale" in one article is the ANGC another defines, "Rouvray" in one is "Interior Minister
        # Étienne Rouvray" in another: one actor, before statements)
        claims = assign_statements(unify_people(unify_translated_names(unify_short_names(self.claims))),
                                   documents=self.documents, actors=self.actors,
                                   window=WINDOW if window is None else window)
        if all(x is y for x, y in zip(claims, self.claims)):
            return self
        return Corpus(self.documents, tuple(claims), self.actors)

    def with_min_confidence(self, threshold: float) -> "Corpus":
        """The same corpus without the claims whose confidence is below
        ``threshold`` (0 to 1; an unscored claim counts as 1.0). Actors that
        only dropped claims named are dropped with them.

        Examples
        --------
        >>> sure, unsure = Claim(Actor("NATO"), Figure(3000.0), confidence=0.9), Claim(Actor("X"), Figure(5.0), confidence=0.2)
        >>> kept = Corpus((), (sure, unsure, Claim(Actor("Pentagon"), Figure(1.0)))).with_min_confidence(0.5)
        >>> [c.claimant.id for c in kept.claims], [a.id for a in kept.actors]
        (['nato', 'pentagon'], ['nato', 'pentagon'])
        """
        threshold = _number(threshold, "the minimum confidence")
        if threshold is None or not 0.0 <= threshold <= 1.0:
            raise ModelError(f"the minimum confidence must be from 0 to 1, not {threshold!r}")
        if threshold == 0.0:
            return self
        kept = tuple(c for c in self.claims if c.confidence is None or c.confidence >= threshold)
        if len(kept) == len(self.claims):
            return self
        named = {a.id for c in self.claims for a in c.claimants}
        still = {a.id for c in kept for a in c.claimants}
        # actors no claim names (affiliations, described ones) stay
        actors = tuple(a for a in self.actors if a.id in still or a.id not in named)
        return Corpus(self.documents, kept, actors)

    def __add__(self, other: "Corpus") -> "Corpus":
        docs = {d.id: d for d in (*self.documents, *other.documents)}
        claims = {c.id: c for c in (*self.claims, *other.claims)}
        actors = {a.id: a for a in (*self.actors, *other.actors)}
        return Corpus(tuple(docs.values()), tuple(claims.values()), tuple(actors.values()))


def one_name_per_actor(claims) -> list[Claim]:
    """The claims, each claimant under the name most claims use for its actor
    id (the first seen on a tie): "Pentagon" and "Pentagone" are one actor.
    Claims that need no change are returned as they are; ids never change.

    Examples
    --------
    >>> fr, en = Actor("Pentagone", "organisation", "pentagon"), Actor("Pentagon", "organisation", "pentagon")
    >>> [c.claimant_name for c in one_name_per_actor([Claim((fr,), Figure(1.0)), Claim((en,), Figure(2.0)),
    ...                                                Claim((en,), Figure(3.0))])]
    ['Pentagon', 'Pentagon', 'Pentagon']
    """
    claims = list(claims)
    counts: dict[str, Counter] = {}
    for c in claims:
        for a in c.claimants:
            counts.setdefault(a.id, Counter())[a.name] += 1
    wanted = {i: n.most_common(1)[0][0] for i, n in counts.items() if len(n) > 1}
    canonical: dict[str, Actor] = {}
    tied: dict[str, set] = {}  # id -> the affiliations its actors carry
    person: set = set()
    for c in claims:
        for a in c.claimants:
            if wanted.get(a.id) == a.name:
                canonical.setdefault(a.id, a)
            if a.id in wanted:
                tied.setdefault(a.id, set()).add(a.affiliation)
                if a.kind == "person":
                    person.add(a.id)
    for i, a in canonical.items():
        # the name most claims use, with what another name of the same actor tells: "FÉLIX ANDZONGO" of a transcript
        # is the "Félix Andzongo, porte-parole du ministère" of the live blog, a person who speaks for the ministry
        known = tied[i] - {None}
        if a.affiliation is None and len(known) == 1:
            a = replace(a, affiliation=known.pop())
        if a.kind == "group" and i in person:
            a = replace(a, kind="person")
        canonical[i] = a
    out = []
    for c in claims:
        actors = tuple(canonical.get(a.id, a) for a in c.claimants)
        out.append(c if all(x is y for x, y in zip(actors, c.claimants)) else c.with_(claimants=actors, id=c.id))
    return out
