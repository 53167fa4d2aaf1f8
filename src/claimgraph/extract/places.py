"""Where a counted figure is: places named in the text, with their level.

A figure's place is the place the count is about ("11 000 soldats ... dans la
région de Koursk", "95 deaths in Auvergne-Rhône-Alpes"), never the place
where someone spoke ("told lawmakers in Seoul"). Known places come from
``data/places.yaml`` and the countries of the actor gazetteer; other places
are found when the text marks them ("la région de X", "the X region", "la
raffinerie de X"). A city, a region and a country are different quantities.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

import yaml

from ..actors import default_gazetteer, fold
from ..model import slugify

__all__ = ["LEVEL_RANK", "PlaceRef", "Places", "default_places", "place_for", "topic_places"]

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


_LOCATIVE = r"(?:en|au|aux|dans|à|a|in|into|to|across|throughout|inside|from|of|de|du|d'|des|sur|near|près\s+de|at)"
_ARTICLE = r"(?:la\s+|le\s+|les\s+|l'|the\s+)?"
_NAME = r"[A-ZÀ-Ý][\w'’-]*(?:[ -](?:de\s+|du\s+|d'|la\s+)?[A-ZÀ-Ý][\w'’-]*){0,3}"
_REGION_WORDS = r"(?:région|oblast|province|département|préfecture|état|land|comté|wilaya|district|governorate|gouvernorat)"
_REGION_WORDS_EN = r"(?:region|oblast|province|department|state|county|district|governorate|prefecture)"
_SITE_WORDS = r"(?:raffinerie|usine|site|centrale|mine|dépôt|entrepôt|aéroport|hôpital|camp|prison)"
_SITE_WORDS_EN = r"(?:refinery|plant|factory|site|mine|depot|warehouse|airport|hospital|camp|prison)"
# "told lawmakers in Seoul", "addressing EU leaders in Brussels", "a déclaré à Séoul": where someone spoke
# (a clock time may come between, "s'exprimait vers 11 h 30 à Bruxelles"; a count may not)
_SPOKE = re.compile(r"(?:said|told|tells|addressing|speaking|spoke|briefing|briefed|conference|summit|meeting|interview|visit|"
                    r"déclaré|devant|réunion|conférence|sommet|entretien|visite|s'exprim\w*|a\s+dit|a\s+indiqué)\b(?:[^.;\d]|\d{1,2}(?!\d)){0,40}$",
                    re.I)


# "the OECS, based in Lyon", "un institut installé à Lyon", "the Lyon-based institute": where a body sits
_BASED = re.compile(r"(?:(?:based|headquartered|located)\s+in|(?:installée?s?|basée?s?|implantée?s?|siégeant)\s+(?:à|en|au)|"
                    r"(?:institute|institut|university|université|observatory|observatoire|agency|agence|office|firm|"
                    r"cabinet|think\s+tank|consultancy|laboratory|laboratoire|hospital|hôpital)\s+(?:in|à|at|de))\s+$", re.I)
_BASED_AFTER = re.compile(r"^-based\b", re.I)


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
            aliases = [a for a in e.aliases if a[:1].isupper() and len(a) > 3 and not a.endswith(("n", "ns", "s"))
                       and " " not in a] if e.id not in have else []
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

    def find(self, text: str) -> list[PlaceRef]:
        """Places in ``text``, left to right, where the text uses them as places."""
        folded = fold(text)
        out: dict[int, PlaceRef] = {}
        # 1. a place word marks the name: "la région (russe) de Koursk", "the Kursk region", "la raffinerie de Vernay"
        for rx, level in ((_MARKED_FR_REGION, "region"), (_MARKED_EN_REGION, "region"),
                          (_MARKED_FR_SITE, "site"), (_MARKED_EN_SITE, "site")):
            for m in rx.finditer(text):
                if (self._by_name.get(fold(m.group("name").strip(" '’-"))) or ("", "", ""))[2] == "country":
                    continue  # "cette région frontalière de l'Ukraine": some region of a country, unnamed
                if any(a <= m.end("name") - m.start() and b > 0 and default_gazetteer().get(i).kind != "country"
                       for a, b, i in default_gazetteer().find(m.group())):
                    continue  # "le département d'État", "the State Department": a body, not a place
                out[m.start("name")] = self._ref(m.group("name"), level, m.start("name"))
        # 2. a known name after a locative preposition, or as a possessive ("Russia's Kursk region")
        if self._known is not None:
            for m in self._known.finditer(folded):
                if m.start() in out or any(r.start <= m.start() < r.start + len(r.name) for r in out.values()):
                    continue
                if not text[m.start()].isupper() and " " not in m.group():
                    continue  # "paris" in lower case is not the city ("southern Europe" may start lower case)
                before = text[max(0, m.start() - 25):m.start()]
                after = text[m.end():m.end() + 3]
                listed = any(0 < m.start() - (r.start + len(r.name)) < 40 for r in out.values()) and \
                    re.search(r"(?:,|\band|\bet)\s+(?:en\s+|in\s+)?$", before)
                if after.startswith(("'s", "’s")):
                    continue  # "from South Korea's spy agency": whose, not where
                if re.search(r"(?:frontali\w+\s+(?:de\s+|d')(?:l'|la\s+)?|border(?:ing|s)?\s+(?:with\s+)?)$", before, re.I):
                    continue  # "une région frontalière de l'Ukraine", "bordering Ukraine": a neighbour, not the place
                counted_there = self._by_name[m.group()][2] in ("city", "region") and _EVENT_AFTER.match(text[m.end():m.end() + 25])
                if not (listed or counted_there or self._by_name[m.group()][2] == "region" or re.search(_LOCATIVE + r"\s+" + _ARTICLE + r"(?:(?:est|ouest|nord|sud|eastern|western|northern|southern)\s+(?:de\s+(?:la\s+|l')?)?)?$", before, re.I)):
                    continue  # "South Korea's spy agency", "SEOUL —": a name, not where the count is
                pid, name, level, parent = self._by_name[m.group()]
                out[m.start()] = PlaceRef(pid, name, level, m.start(), parent)
        # 3. "à X", "dans le X", "en X": a name nobody knows is a town ("450 à Lorvan") or a
        # département, a region ("dans le Gard", "en Loire-Atlantique")
        for rx, level in ((_A_TOWN, "city"), (_IN_REGION, "region")):
            for m in rx.finditer(text):
                if any(r.start <= m.start("name") < r.start + len(r.name) + 1 for r in out.values()):
                    continue
                if default_gazetteer().find(m.group("name")) or fold(m.group("name").split()[0]) in _NOT_PLACES:
                    continue
                adj = re.match(r"\s+([a-zé-]+)", text[m.end("name"):])
                if adj and fold(adj.group(1)) in self._adjectives:
                    pid = self._adjectives[fold(adj.group(1))]  # "l'Extrême-Orient russe": somewhere in Russia
                    out[m.start("name")] = PlaceRef(pid, self._entries.get(pid, (pid,))[0], "country", m.start("name"))
                    continue
                out[m.start("name")] = self._ref(m.group("name"), level, m.start("name"))
        for m in _CITY_ADJECTIVE.finditer(text):
            pid = self._city_adjectives.get(fold(m.group("adj")))
            if pid and m.start("adj") not in out:
                name, level, parent = self._entries[pid]
                out[m.start("adj")] = PlaceRef(pid, name, level, m.start("adj"), parent)
        # 4. a country adjective after a place noun: "sur le sol russe", "l'Extrême-Orient russe", "Russian territory"
        for m in _ADJ_AFTER.finditer(folded):
            pid = self._adjectives.get(m.group("adj"))
            if pid and m.start("adj") not in out:
                out[m.start("adj")] = PlaceRef(pid, self._entries.get(pid, (pid,))[0], "country", m.start("adj"))
        for m in _ADJ_BEFORE.finditer(folded):
            pid = self._adjectives.get(m.group("adj"))
            if pid and m.start("adj") not in out:
                out[m.start("adj")] = PlaceRef(pid, self._entries.get(pid, (pid,))[0], "country", m.start("adj"))
        refs = [r for _, r in sorted(out.items()) if (not _SPOKE.search(text[max(0, r.start - 60):r.start])
                or r.level in ("region", "site")) and not _BASED.search(text[max(0, r.start - 25):r.start])]
        return _coordinated(refs, text)

    def _ref(self, name: str, level: str, start: int) -> PlaceRef:
        name = name.strip(" '’-")
        name = re.split(r"['’]s\s+", name)[-1]  # "Russia's Kursk" region: Kursk
        known = self._by_name.get(fold(name))
        if known:
            pid, canonical, known_level, parent = known
            return PlaceRef(pid, canonical, known_level if known_level != "country" else level, start, parent)
        return PlaceRef(slugify(name), name, level, start)


_MARKED_FR_REGION = re.compile(rf"(?i:{_REGION_WORDS})\s+(?:(?i:[a-zé]+)\s+)?(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')(?P<name>{_NAME})")
_MARKED_EN_REGION = re.compile(rf"(?P<name>{_NAME})\s+(?i:{_REGION_WORDS_EN})(?![\w-])")
_MARKED_FR_SITE = re.compile(rf"(?i:{_SITE_WORDS})\s+(?:de\s+la\s+|de\s+l'|du\s+|de\s+|d')(?P<name>{_NAME})")
_MARKED_EN_SITE = re.compile(rf"(?P<name>{_NAME})\s+(?i:{_SITE_WORDS_EN})(?![\w-])")
_IN_REGION = re.compile(rf"(?<![\w'-])(?:dans\s+(?:le|la|les|l')\s*|en\s+)(?P<name>{_NAME})")
# capitalised words after "en"/"dans le" that are no place ("en Conseil des ministres", "en France" is known)
_NOT_PLACES = {"conseil", "commission", "assemblee", "senat", "parlement", "cour", "tribunal", "europe", "direct",
               "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
               "novembre", "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
# "the Paris turnout", "the Lyon march": a town named as the place of what is counted
_EVENT_AFTER = re.compile(r"\s*(?:['’]s\s+)?(?:turnout|march(?:es)?|rall(?:y|ies)|procession|crowds?|count|toll|protests?|demonstrations?)\b", re.I)
# "le cortège parisien": a town's adjective after what is counted
_CITY_ADJECTIVE = re.compile(r"(?:cortège|défilé|manifestation|rassemblement|mobilisation|bilan)\s+(?P<adj>[a-zé]+)", re.I)
_A_TOWN = re.compile(rf"(?<![\w'-])[àÀ]\s+(?P<name>{_NAME})")
_ADJ_AFTER = re.compile(r"(?:sol|territoire|extreme-orient|est|ouest|nord|sud|frontiere)\s+(?P<adj>[a-z-]+)")
_ADJ_BEFORE = re.compile(r"(?P<adj>[a-z-]+)\s+(?:soil|territory|far\s+east)")


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
        if r.level == "country" and run and re.fullmatch(r"\s*(?:,|and|et|ou|or|,\s*and|,\s*et)\s*(?:en\s+|in\s+|l'|la\s+|le\s+)?",
                                                          text[run[-1].start + len(_word_at(text, run[-1].start)):r.start], re.I):
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
    m = re.match(r"[\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*", text[start:])
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
    refs = places.find(title or "") + places.find(lead)
    refs = [r for r in refs if r.level != "site"]
    # "PARIS –", "LONDON —": a dateline's country, the weakest hint, after every place named
    m = re.match(r"\s*(?P<d>[A-ZÀ-Ý][A-ZÀ-Ý' /-]{2,40}?)\s*[–—-]\s", lead)
    if m:
        parents = set()
        for city in m.group("d").split("/"):
            known = places._by_name.get(fold(city.strip().title()))
            parents.add(known[3] if known and known[2] == "city" else None)
        if len(parents) == 1 and None not in parents:
            (country,) = parents
            refs.append(PlaceRef(country, places.get(country)[0] if places.get(country) else country, "country", 10**6))
    return refs
