"""Where a counted figure is: places named in the text, with their level.

A figure's place is the place the count is about ("11 000 soldats ... dans la
région de Koursk", "95 deaths in Auvergne-Rhône-Alpes"), never the place
where someone spoke ("told lawmakers in Seoul"). Known places come from
``data/places.yaml`` and the countries of the actor gazetteer; other places
are found when the text marks them ("la région de X", "the X region", "la
raffinerie de X"). A city, a region and a country are different quantities.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from importlib import resources

import yaml

from ..actors import default_gazetteer, fold
from ..model import slugify
from . import lang as _lang
from .lang import either, every, words

__all__ = ["LEVEL_RANK", "PlaceRef", "Places", "capital_named", "default_places", "kicker_town", "place_for", "section_place",
           "topic_places"]

#: Most specific first.
LEVEL_RANK = {"site": 0, "city": 1, "region": 2, "country": 3, "countries": 4, "world": 5}
# Measures whose figures are counted at country or region level: troops sent
# "to Vladivostok" are troops in Russia.
_BROAD_MEASURES = {"deployed", "planned"}


@dataclass(frozen=True, slots=True)
class PlaceRef:
    """A place named at ``start`` in a sentence."""

    id: str
    name: str
    level: str
    start: int
    parent: str | None = None


_NAME = rf"[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]*(?:[ -]{words(every('PLACE_NAME_PARTICLES'))}?[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]*){{0,3}}"


@functools.lru_cache(maxsize=1)
def _lists() -> dict:
    """Countries listed together ("en France et en Italie", "in France, Spain and Italy"): every language's links."""
    links = either(every("AND") + every("OR"))
    preps = words(every("COUNTRY_PREPS"))
    return {"listed": re.compile(rf"(?:,|\b{either(every('AND'))})\s+{preps}?$"),
            "link": re.compile(rf"\s*(?:,|{links}|,\s*{either(every('AND'))})\s*{words(every('COUNTRY_PREPS') + every('COUNTRY_ARTICLES'))}?",
                               re.I)}


# Where a count ends: after its digits, and past a numbers box's dash ("342 — confirmed cases in Casserine").
# (A number word is not enough: "three … in Helmsdale" in a lead then places every figure of the page.)
# (or its closing quote: '"nearly 900" – strikers at Quimbrel'; or a numbers box's head: "18" / "Deaths in Anselle")
_COUNT_END = r"(?<=\d)[»”\"]?(?:\s+[–—]|\s*:|[ \t]*(?=\n))?"


@functools.lru_cache(maxsize=1)
def _vocab() -> dict:
    """The place words of every language module, joined: a page may mix languages."""
    mods = [_lang.get(code) for code in _lang.LANGUAGES]
    every = lambda name: [w for m in mods for w in getattr(m, name)]
    # "including 130 in Dravik": a town after a count and its words
    after_count = [(re.compile(rf"{_COUNT_END}(?:{m.PLACE_TOWN_AFTER_COUNT})(?P<name>{_NAME})"), "city")
                   for m in mods if m.PLACE_TOWN_AFTER_COUNT]
    v = {
        "locative": either(every("PLACE_LOCATIVES")),
        "article": "(?:" + "|".join(rf"{a}\s*" if a.endswith("'") else rf"{a}\s+" for m in mods for a in m.PLACE_ARTICLES) + ")?",
        "compass": "(?:" + "|".join(rf"{either(m.PLACE_COMPASS)}\s+{m.PLACE_COMPASS_LINK}" for m in mods) + ")?",
        # "told lawmakers in Seoul": where someone spoke (a clock time may come between, a count may not)
        # ("said that three patients in France": a count written in words comes between too)
        "spoke": re.compile(either(every("SPEAKING")) + rf"\b(?:(?!(?<![\w-]){either(every('NUMBER_WORDS'))}(?![\w-]))[^.;\d]"
                            # (a day's number may stand between, "said on the 12th in Lyon", "at 11 in Lyon", « vers 11 h 30
                            # à Bruxelles »; not a count's, whose place it is: "said 45 people died in Lyon")
                            rf"|\d{{1,2}}(?!\d)(?!\s+(?!(?:{either(every('PLACE_LOCATIVES'))})\s)(?-i:[a-zà-ÿ]{{3}}))){{0,40}}$", re.I),
        # "the OECS, based in Lyon", "un institut installé à Lyon": where a body sits
        "based": re.compile(either(every("BODY_SEAT")) + r"\s+$", re.I),
        "neighbour": re.compile(either(m.NEIGHBOUR for m in mods) + "$", re.I),
        "feature_before": re.compile(either(every("FEATURE_BEFORE_PLACE")) + r"\s+$", re.I),
        "feature_after": re.compile(r"^\s+" + either(every("FEATURE_AFTER_PLACE")) + r"\b", re.I),
        "not_places": {fold(w) for m in mods for w in (*m.NOT_PLACES, *m.MONTHS, *m.WEEKDAYS)},
        "marked": [],
        "towns": [(re.compile(rf"(?<![\w'-])(?:{m.PLACE_TOWN_LEAD})(?P<name>{_NAME})"
                              + (rf"(?={m.PLACE_TOWN_TAIL})" if m.PLACE_TOWN_TAIL else "")), "city")
                  for m in mods if m.PLACE_TOWN_LEAD]
        + after_count
        + [(re.compile(rf"(?<![\w'-])(?P<name>{_NAME})(?={m.PLACE_TOWN_APPOSITION})"), "city")
           for m in mods if m.PLACE_TOWN_APPOSITION]
        + [(re.compile(rf"(?<![\w'-])(?:{m.PLACE_REGION_LEAD})(?P<name>{_NAME})"), "region") for m in mods if m.PLACE_REGION_LEAD],
        "island_towns": [(re.compile(rf"(?<![\w'-])(?:{m.PLACE_ISLAND_LEAD})(?P<name>{_NAME}),"), "region")
                         for m in mods if m.PLACE_ISLAND_LEAD]
        + [(re.compile(rf"{_COUNT_END}(?:{m.PLACE_ISLAND_AFTER_COUNT})(?P<name>{_NAME})"), "region") for m in mods if m.PLACE_ISLAND_AFTER_COUNT],
        # ("said 21 people died in Tavanui": the place of a count, wherever its speaker spoke)
        "after_count": {rx for rx, _ in after_count},
        "islands": re.compile(rf"(?<![\w'-])(?:{_lang.either(_lang.every('ISLAND_WORDS'))})(?![\w'-])", re.I),
        "event_after": re.compile(r"\s*(?:['’]s\s+)?" + either(every("EVENT_NOUNS_AFTER_TOWN")) + r"\b", re.I),
        "city_adjective": re.compile(either(every("EVENT_NOUNS_BEFORE_ADJECTIVE")) + r"\s+(?P<adj>[a-zé]+)", re.I),
        "adj_after": re.compile(either(every("COUNTRY_ADJECTIVE_AFTER")) + r"\s+(?P<adj>[a-z-]+)"),
        "adj_before": re.compile(r"(?<![a-z-])(?P<adj>[a-z-]+)\s+" + either(every("COUNTRY_ADJECTIVE_BEFORE"))),
    }
    for m in mods:
        for level, words in m.PLACE_WORDS_BEFORE.items():
            # "la région (russe) de Koursk": a word (an adjective) may come between
            v["marked"].append((re.compile(rf"(?i:{either(words)})\s+(?:(?i:[a-zé]+)\s+)?{m.PLACE_NAME_LINK}(?P<name>{_NAME})"), level))
        for level, words in m.PLACE_WORDS_AFTER.items():
            v["marked"].append((re.compile(rf"(?P<name>{_NAME})\s+(?i:{either(words)})(?![\w-])"), level))
    return v


@functools.lru_cache(maxsize=1)
def _determiners() -> frozenset:
    """Articles and determiners of every language, folded: words no place is named."""
    return frozenset(fold(w).strip("'’") for c in _lang.LANGUAGES for w in (*_lang.get(c).DETERMINERS, *_lang.get(c).ARTICLES))


@functools.lru_cache(maxsize=1)
def _leads() -> frozenset:
    """Determiners and locative prepositions, folded: words that may open a sentence before a place's name ("At
    Kalobe camp", "In Tumani camp"), never part of it."""
    return _determiners() | frozenset(fold(w) for c in _lang.LANGUAGES for w in _lang.get(c).PLACE_LOCATIVES if " " not in w)


class _Found(dict):
    """Places found so far, by start offset, that can also say which start
    shortly before a position: the overlap tests read those, not every place of
    the text, so a text naming many places is read in linear time."""

    def __init__(self):
        super().__init__()
        self._starts: list[int] = []
        self._longest = 0

    def __setitem__(self, start: int, ref: "PlaceRef") -> None:
        if start not in self:
            bisect.insort(self._starts, start)
        self._longest = max(self._longest, len(ref.name))
        super().__setitem__(start, ref)

    def near(self, pos: int, slack: int = 0) -> list["PlaceRef"]:
        """The places that start at most their length plus ``slack`` before ``pos``."""
        lo = bisect.bisect_left(self._starts, pos - self._longest - slack)
        return [self[s] for s in self._starts[lo:bisect.bisect_right(self._starts, pos)]]


class Places:
    """A place gazetteer: names (any language) to ids, levels and parents."""

    def __init__(self, entries):
        self._by_name: dict[str, tuple[str, str, str, str | None]] = {}
        self._entries = {}
        for e in entries:
            pid, level = slugify(e["id"]), e.get("level") or "city"
            self._entries[pid] = (e.get("name") or pid, level, e.get("parent"))
            for n in (e.get("name"), e.get("name_fr"), *(e.get("aliases") or ())):
                if n:
                    self._by_name.setdefault(fold(n), (pid, e.get("name") or n, level, e.get("parent")))
        self._adjectives: dict[str, str] = {}
        self._city_adjectives = {fold(a): slugify(e["id"]) for e in entries for a in e.get("adjectives") or ()}
        names = sorted(self._by_name, key=len, reverse=True)
        self._known = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])") if names else None

    @classmethod
    def with_countries(cls, entries) -> "Places":
        """These entries plus the countries of the actor gazetteer (their
        names, and their adjectives after a place noun: "territoire russe")."""
        entries = list(entries)
        have = {slugify(e["id"]) for e in entries}
        adjectives = {}
        for e in default_gazetteer().entries():
            if e.kind != "country":
                continue
            names = [e.name, *(n for _, n in e.names)]
            # ("French", "British" are adjectives and language names: "translated from French" is no place)
            aliases = [a for a in e.aliases if a[:1].isupper() and len(a) > 3 and not a.endswith(("n", "ns", "s"))
                       and " " not in a and a != e.demonym] if e.id not in have else []
            if e.id not in have:
                entries.append({"id": e.id, "name": e.name, "aliases": names[1:] + aliases, "level": "country"})
            for a in (*e.aliases, e.demonym or ""):
                if a and (a[:1].islower() or a == e.demonym):
                    adjectives[fold(a)] = e.id
        out = cls(entries)
        out._adjectives = adjectives
        return out

    def get(self, place_id: str):
        """``(name, level, parent)`` of a known place, or None."""
        return self._entries.get(place_id)

    def find(self, text: str, islands: bool = False) -> list[PlaceRef]:
        """Places in ``text``, left to right, where the text uses them as places; with ``islands``, on a page
        about islands, "on X" and « sur X » too ("34 on Vohéry")."""
        folded = fold(text)
        out = _Found()
        # 1. a place word marks the name: "la région (russe) de Koursk", "the Kursk region", "la raffinerie de Vernay"
        V = _vocab()
        for rx, level in V["marked"]:
            for m in rx.finditer(text):
                if fold(m.group("name").strip(" '’-")) in _determiners():
                    continue  # "La province du Bas-Orvane": an article, not the name of a province
                if re.search(r"['’]s$", m.group("name")):
                    continue  # "Syria's state news agency": whose agency, no state called "Syria's"
                if (self._by_name.get(fold(m.group("name").strip(" '’-"))) or ("", "", ""))[2] == "country":
                    continue  # "cette région frontalière de l'Ukraine": some region of a country, unnamed
                if any(a <= m.end("name") - m.start() and b > 0 and default_gazetteer().get(i).kind != "country"
                       for a, b, i in default_gazetteer().find(m.group())):
                    continue  # "le département d'État", "the State Department": a body, not a place
                name, at = m.group("name"), m.start("name")
                first = name.split(maxsplit=1)
                if len(first) == 2 and fold(first[0]) in _leads():
                    at += len(name) - len(first[1])  # "The Kursk region", "At Kalobe camp" opening a sentence: "Kursk"
                    name = first[1]
                    if at in out or (self._by_name.get(fold(name)) or ("", "", ""))[2] == "country":
                        continue
                out[at] = self._ref(name, level, at)
        # 2. a known name after a locative preposition, or as a possessive ("Russia's Kursk region")
        if self._known is not None:
            for m in self._known.finditer(folded):
                if m.start() in out or any(r.start <= m.start() < r.start + len(r.name) for r in out.near(m.start())):
                    continue
                if not text[m.start()].isupper() and " " not in m.group():
                    continue  # "paris" in lower case is not the city ("southern Europe" may start lower case)
                before = text[max(0, m.start() - 25):m.start()]
                after = text[m.end():m.end() + 3]
                listed = any(0 < m.start() - (r.start + len(r.name)) < 40 for r in out.near(m.start(), 40)) and \
                    _lists()["listed"].search(before)
                if after.startswith(("'s", "’s")):
                    continue  # "from South Korea's spy agency": whose, not where
                if V["feature_before"].search(before) or V["feature_after"].match(text[m.end():m.end() + 12]):
                    continue  # "the Rhône valley", "la vallée du Rhône": a river, not the département
                if V["neighbour"].search(before):
                    continue  # "une région frontalière de l'Ukraine", "bordering Ukraine": a neighbour, not the place
                counted_there = self._by_name[m.group()][2] in ("city", "region") and V["event_after"].match(text[m.end():m.end() + 25])
                # a compound region name needs no preposition ("l'ARS Auvergne-Rhône-Alpes"); "Rhône" alone does
                if not (listed or counted_there or (self._by_name[m.group()][2] == "region" and re.search(r"[\s-]", m.group()))
                        or re.search(V["locative"] + r"\s+" + V["article"] + V["compass"] + "$", before, re.I)):
                    continue  # "South Korea's spy agency", "SEOUL —": a name, not where the count is
                pid, name, level, parent = self._by_name[m.group()]
                out[m.start()] = PlaceRef(pid, name, level, m.start(), parent)
        # 3. "à X", "dans le X", "en X": a name nobody knows is a town ("450 à Lorvan") or a
        # département, a region ("dans le Gard", "en Loire-Atlantique")
        counted = set()
        for rx, level in V["towns"] + (V["island_towns"] if islands else []):
            for m in rx.finditer(text):
                if any(r.start <= m.start("name") < r.start + len(r.name) + 1 for r in out.near(m.start("name"), 1)):
                    continue
                if default_gazetteer().find(m.group("name")) or fold(m.group("name").split()[0]) in V["not_places"]:
                    continue
                if re.search(r"['’]s$", m.group("name")):
                    continue  # "in Dravelia's province of Basse-Carvanne": whose province, no town called "Dravelia's"
                adj = re.match(r"\s+([a-zé-]+)", text[m.end("name"):])
                if adj and fold(adj.group(1)) in self._adjectives:
                    pid = self._adjectives[fold(adj.group(1))]  # "l'Extrême-Orient russe": somewhere in Russia
                    out[m.start("name")] = PlaceRef(pid, self._entries.get(pid, (pid,))[0], "country", m.start("name"))
                    continue
                out[m.start("name")] = self._ref(m.group("name"), level, m.start("name"))
                if rx in V["after_count"] and len(text[m.start():m.start("name")].split()) > 1:
                    counted.add(m.start("name"))  # (a word after the count: "at 11 in Seoul" may be a clock time)
        for m in V["city_adjective"].finditer(text):
            pid = self._city_adjectives.get(fold(m.group("adj")))
            if pid and m.start("adj") not in out:
                name, level, parent = self._entries[pid]
                out[m.start("adj")] = PlaceRef(pid, name, level, m.start("adj"), parent)
        # 4. a country adjective after a place noun: "sur le sol russe", "l'Extrême-Orient russe", "Russian territory"
        for m in V["adj_after"].finditer(folded):
            pid = self._adjectives.get(m.group("adj"))
            if pid and m.start("adj") not in out:
                out[m.start("adj")] = PlaceRef(pid, self._entries.get(pid, (pid,))[0], "country", m.start("adj"))
        for m in V["adj_before"].finditer(folded):
            pid = self._adjectives.get(m.group("adj"))
            if pid and m.start("adj") not in out:
                out[m.start("adj")] = PlaceRef(pid, self._entries.get(pid, (pid,))[0], "country", m.start("adj"))
        refs = [r for _, r in sorted(out.items()) if (not V["spoke"].search(text[max(0, r.start - 60):r.start])
                or r.level in ("region", "site") or r.start in counted)
                and not V["based"].search(text[max(0, r.start - 25):r.start])]
        return _coordinated(refs, text)

    def about_islands(self, text: str) -> bool:
        """Whether a page speaks of islands, where "on X" says where a count is.

        Examples
        --------
        >>> default_places().about_islands("Cyclone Hovanna crossed the archipelago overnight.")
        True
        >>> default_places().about_islands("300 on Tuesday.")
        False
        """
        return _vocab()["islands"].search(text) is not None

    def ref(self, name: str, level: str) -> PlaceRef:
        """The place a name written in the text stands for, known or not, at ``level`` when not known."""
        return self._ref(name, level, 0)

    def _ref(self, name: str, level: str, start: int) -> PlaceRef:
        name = name.strip(" '’-")
        name = re.split(r"['’]s\s+", name)[-1]  # "Russia's Kursk" region: Kursk
        known = self._by_name.get(fold(name))
        if known:
            pid, canonical, known_level, parent = known
            return PlaceRef(pid, canonical, known_level if known_level != "country" else level, start, parent)
        return PlaceRef(slugify(name), name, level, start)


def _coordinated(refs: list[PlaceRef], text: str) -> list[PlaceRef]:
    """Countries listed together ("in France, Spain and Italy") are one group of countries."""
    out: list[PlaceRef] = []
    run: list[PlaceRef] = []

    def flush():
        if len(run) >= 2:
            ids = sorted({r.id for r in run})
            out.append(PlaceRef("-".join(ids), ", ".join(r.name for r in run), "countries", run[0].start))
        else:
            out.extend(run)
        run.clear()

    for r in refs:
        if r.level == "country" and run and _lists()["link"].fullmatch(
                text[run[-1].start + len(_word_at(text, run[-1].start)):r.start]):
            run.append(r)
            continue
        flush()
        if r.level == "country":
            run.append(r)
        else:
            out.append(r)
    flush()
    return out


def _word_at(text: str, start: int) -> str:
    m = re.match(r"[\w'’-]+(?:\s+[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+)*", text[start:])
    return m.group() if m else ""


@functools.lru_cache(maxsize=1)
def default_places() -> Places:
    """The shipped place gazetteer, with the actor gazetteer's countries."""
    text = resources.files("claimgraph").joinpath("data/places.yaml").read_text(encoding="utf-8")
    return Places.with_countries(yaml.safe_load(text) or [])


def place_for(refs: list[PlaceRef], start: int, end: int, until: int, since: int, measure: str | None,
              topic: list[PlaceRef]) -> PlaceRef | None:
    """The place of the figure at ``start:end``: the nearest place named after
    it (before ``until``, the next figure), else the nearest before it (after
    ``since``, the previous figure), else the article's most specific topic
    place.

    Examples
    --------
    >>> P = default_places()
    >>> s = "11 000 soldats nord-coréens se trouvent dans la région de Koursk, sur le territoire russe."
    >>> place_for(P.find(s), 0, 6, len(s), 0, "deployed", []).id
    'kursk'
    """
    broad = measure in _BROAD_MEASURES
    usable = lambda r: not (broad and LEVEL_RANK.get(r.level, 9) < LEVEL_RANK["region"])
    after = [r for r in refs if end <= r.start < until and usable(r)]
    if after:
        return after[0]
    before = [r for r in refs if since <= r.start < start and usable(r)]
    if before:
        return before[-1]
    if measure in ("striking", "marching"):
        return None  # a strike or march count with no place named is the whole movement
    pool = [r for r in topic if usable(r)]
    return min(pool, key=lambda r: (LEVEL_RANK.get(r.level, 9), r.start)) if pool else None


def topic_places(title: str | None, lead: str, places: Places) -> list[PlaceRef]:
    """Places of the headline and lead: the fallback for figures whose
    sentence names no place. Sites are left out (a figure with no site named
    is about the whole)."""
    # (and with a place word between: « sur le seul atoll de Kaveloa », « dans la seule commune de Tavro »)
    alone = re.compile(rf"(?<![\w'-])(?:{either(every('PLACE_ALONE_BEFORE'))})\s+"
                       rf"(?:[^\W\d]+\s+(?:{either(every('PLACE_NAME_LINK'))}))?$", re.I)
    # (« 30 dans le seul Haut-Kharval »: a part the title sets apart, not where the article's figures are)
    refs = [r for text in (title or "", lead) for r in places.find(text) if not alone.search(text, 0, r.start)]
    refs = [r for r in refs if r.level != "site"]
    # "PARIS –", "LONDON —": a dateline's country, the weakest hint, after every place named
    m = re.match(r"\s*(?P<d>[A-ZÀ-ÝĀ-ŒŔ-ž][A-ZÀ-ÝĀ-ŒŔ-ž' /-]{2,40}?)\s*[–—-]\s", lead)
    if m:
        parents = set()
        for city in m.group("d").split("/"):
            known = places._by_name.get(fold(city.strip().title()))
            parents.add(known[3] if known and known[2] == "city" else None)
        if len(parents) == 1 and None not in parents:
            (country,) = parents
            refs.append(PlaceRef(country, places.get(country)[0] if places.get(country) else country, "country", 10**6))
    return refs


_KICKER = re.compile(rf"^\s*(?P<name>{_NAME})\s*:\s")
# ("Loi Roucaute : à Vaugrenne, deux jours de cortège": the town the clause after the colon opens with)
_KICKER_AFTER = re.compile(rf"^[^:]{{1,80}}:\s*(?i:{either(every('PLACE_PREPOSITIONS'))})\s+(?P<name>{_NAME})\s*,")


def kicker_town(title: str | None, text: str, places: Places) -> PlaceRef | None:
    """The town a local page's headline opens with ("Port-Orbec : moins de monde jeudi"), when the page also
    names it as a town ("dont 14 à Port-Orbec"): the place of its figures that name none.

    Examples
    --------
    >>> P = default_places()
    >>> kicker_town("Port-Orbec : moins de monde jeudi", "Selon le ministère, dont 14 à Port-Orbec.", P).name
    'Port-Orbec'
    >>> kicker_town("Grève : moins de monde jeudi", "Selon le ministère, 14 000 grévistes.", P) is None
    True

    or the town the clause after its colon opens with:

    >>> kicker_town("Loi Roucaute : à Port-Orbec, deux jours de cortège", "Selon le ministère, dont 14 à Port-Orbec.", P).name
    'Port-Orbec'
    >>> kicker_town("Pension reform: in Port-Orbec, a second day of marches", "Including 14 in Port-Orbec.", P).name
    'Port-Orbec'
    """
    names = [m.group("name") for m in (_KICKER.match(title or ""), _KICKER_AFTER.match(title or "")) if m]
    for name in names:
        # (read only around the name's own occurrences, not the whole page: "… dont 14 à Port-Orbec")
        for at in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
            window = text[max(0, at.start() - 40):at.end()]
            town = next((r for r in places.find(window) if fold(r.name) == fold(name) and r.level == "city"), None)
            if town is not None:
                return PlaceRef(town.id, town.name, town.level, 0, town.parent)
    return None


def section_place(heading: str, text: str, places: Places) -> PlaceRef | None:
    """The place a section heading names ("VALLANCOURT", "Port-Escaude"), when the page also names it as a place
    ("68,000 marched in Vallancourt"); None for any other heading.

    Examples
    --------
    >>> P = default_places()
    >>> text = "VALLANCOURT\\n\\n68,000 for the police.\\n\\nIn 2029, 40,000 marched in Vallancourt."
    >>> section_place("VALLANCOURT", text, P).name
    'Vallancourt'
    >>> section_place("TRAINS", text, P) is None
    True
    """
    name = heading.strip(" \t:.#*")
    if not name or len(name.split()) > 3 or not name[0].isupper():
        return None
    if name.isupper():  # ("PORT-ESCAUDE": Port-Escaude)
        name = re.sub(r"[^\W\d_]+", lambda w: w.group().capitalize(), name)
    for at in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
        window = text[max(0, at.start() - 40):at.end() + 40]
        found = next((r for r in places.find(window) if fold(r.name) == fold(name)), None)
        if found is not None:
            return PlaceRef(found.id, found.name, found.level, 0, found.parent)
    return None


def capital_named(text: str, places: Places) -> PlaceRef | None:
    """The town the page calls "the capital" in an apposition ("à Vanoudé, la capitale", "the capital, Port-Havelin"),
    for its figures "in the capital" (« dans la capitale »); None when it names none or two.

    Examples
    --------
    >>> capital_named("Une conférence de presse à Vanoudé, la capitale. 40 morts dans la capitale.", default_places()).name
    'Vanoudé'
    >>> capital_named("In the capital, 37,500 marched.", default_places()) is None
    True
    """
    found = {m.group("name") for rx in _capital_patterns() for m in rx.finditer(text)}
    if len(found) != 1:
        return None
    (name,) = found
    return places.ref(name, "city")


@functools.lru_cache(maxsize=1)
def _capital_patterns() -> list[re.Pattern]:
    """Appositions that say which town is the capital, in every language: "X, the capital", "the capital, X"
    (not "the capital of the province": a region's capital)."""
    out = []
    # (not the preposition before the name: "In Vanoude, the capital", « À Vanoudé, la capitale »)
    lead = either(w[:1].upper() + w[1:] for w in every("PLACE_PREPOSITIONS") if " " not in w and "\\" not in w)
    for code in _lang.LANGUAGES:
        m = _lang.get(code)
        if not m.CAPITAL_WORDS:
            continue
        cap = either(m.CAPITAL_WORDS)
        out.append(re.compile(rf"(?<![\w'’-])(?!{lead}\s)(?P<name>{_NAME}),\s+(?:{cap})(?=\s*[.,;)]|\s*$)"))
        out.append(re.compile(rf"(?<![\w'’-])(?:{cap}),\s+(?P<name>{_NAME})(?=\s*[.,;)]|\s*$)", re.I))
    return out
