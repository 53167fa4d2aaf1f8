"""Whose territory an official speaks for.

A governor, a prefect or a mayor gives the figures of a province or a town:
"Tessa Morvan, gouverneure de la province du Haut-Salvan, annonce 9 morts"
counts the dead of Haut-Salvan, even when the article is about the whole
country. :func:`jurisdictions` reads, once per article, who holds such a role
and where, so that a figure of theirs that names no place takes their
territory rather than the article's.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from ..actors import default_gazetteer, fold
from . import lang as _lang

__all__ = ["body_tier", "jurisdictions", "jurisdiction_of", "local_bodies", "body_territories", "with_territories"]

_NAME = r"(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’.-]+)(?:\s+(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+)){1,3}"


@functools.lru_cache(maxsize=1)
def _place() -> str:
    """A place's name: capitalised words, with the particles of any language ("Villeneuve de la Raho"),
    not opening with an article ("The Upper Salvan governor")."""
    articles = _lang.either(w.capitalize() for w in _lang.every("ARTICLES") if not w.endswith("'"))
    particles = _lang.words(_lang.every("PLACE_NAME_PARTICLES"))
    return rf"(?!{articles}\s)(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+)(?:[\s-]{particles}?(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+)){{0,2}}"


@functools.lru_cache(maxsize=None)
def _patterns(code: str) -> list[re.Pattern]:
    L = _lang.get(code)
    if not L.TERRITORIAL_ROLES:
        return []
    place = _place()
    role = "|".join(sorted(map(re.escape, L.TERRITORIAL_ROLES), key=len, reverse=True))
    where = (rf"(?P<role>{role})\s+(?:{L.ROLE_OF})\s*(?:(?:{L.TERRITORY_WORDS})\s+(?:(?:{L.ROLE_OF})\s*)?)?"
             rf"(?P<place>{place})")
    art = rf"(?:(?:{L.ROLE_ARTICLES})\s*)?"
    return [
        # "Tessa Morvan, gouverneure de la province du Haut-Salvan", "Ilija Dornik, the mayor of Sarvo"
        re.compile(rf"(?P<name>{_NAME}),\s+{art}(?:[\w-]+\s+)?{where}", re.I),
        # "le maire de Sarvo, Ilija Dornik", "the governor of Upper Salvan, Tessa Morvan"
        re.compile(rf"{where},\s+(?P<name>{_NAME})", re.I),
        # "Upper Salvan Governor Tessa Morvan", "Sarvo mayor Ilija Dornik"
        re.compile(rf"(?P<place>{place})\s+(?i:(?:{L.TERRITORY_ADJECTIVES})\s+)?(?P<role>(?i:{role}))\s+(?P<name>{_NAME})"),
        # "The governor of Lower Korona said": the role and its territory, no name (the claimant is the phrase)
        re.compile(rf"(?<![\w'’-]){where}(?!,\s+{_NAME})", re.I),
    ]


def jurisdictions(text: str, code: str, places) -> dict[str, object]:
    """Folded names (full name and surname) of the officials ``text``
    introduces with a territorial role, each to the :class:`PlaceRef` of
    their territory. A surname or role shared by two territories is left
    out (it names nobody in particular).

    Examples
    --------
    >>> from claimgraph.extract.places import default_places
    >>> j = jurisdictions("Tessa Morvan, gouverneure de la province du Haut-Salvan, a parlé.", "fr", default_places())
    >>> j["tessa morvan"].name, j["morvan"].level
    ('Haut-Salvan', 'region')
    >>> jurisdictions("Upper Salvan Governor Tessa Morvan said 9 people died.", "en", default_places())["tessa morvan"].name
    'Upper Salvan'
    """
    L = _lang.get(code)
    pairs = []
    for rx in _patterns(code):
        for m in rx.finditer(text):
            level = L.TERRITORIAL_ROLES.get(m.group("role").lower(), "region")
            ref = places.ref(m.group("place"), level)
            if "name" not in m.re.groupindex:
                # (a region's governor only: "the mayor of Saint-Aubrin" counting a pile-up's dead counts the pile-up's)
                if level != "city":
                    pairs.append((fold(m.group()), ref))
                continue
            name = fold(m.group("name"))
            pairs += [(key, ref) for key in (name, name.split()[-1], fold(m.group("role")))]
    found = None
    for rx, level in _anaphoric_patterns(code):
        for m in rx.finditer(text):
            # "la maire de la ville, Yasmina Rouhi": the town named last before her; "le gouverneur de la
            # province, Rustam Ezdenov": the region
            found = found if found is not None else places.find(text)
            before = [r for r in found if r.start < m.start() and r.level == level]
            if before:
                name = fold(m.group("name"))
                pairs += [(key, before[-1]) for key in (name, name.split()[-1])]
    return _unambiguous(pairs)


@functools.lru_cache(maxsize=None)
def _anaphoric_patterns(code: str) -> list[tuple[re.Pattern, str]]:
    """Roles whose territory is the one named before ("la maire de la ville, X", "the province's governor, X"),
    each with the level of that territory."""
    L = _lang.get(code)
    out = []
    for level, anaphora in (("city", L.TERRITORY_ANAPHORA), ("region", L.REGION_ANAPHORA)):
        roles = [r for r, at in L.TERRITORIAL_ROLES.items() if at == level]
        if not roles or anaphora == _lang.NOTHING:
            continue
        role = "|".join(sorted(map(re.escape, roles), key=len, reverse=True))
        where = rf"(?:(?:{role})\s+(?:{L.ROLE_OF})\s*(?:{anaphora})|(?:{anaphora})\s+(?:{role}))"
        out += [(re.compile(rf"{where},\s+(?P<name>{_NAME})", re.I), level),
                (re.compile(rf"(?P<name>{_NAME}),\s+(?:(?:{L.ROLE_ARTICLES})\s*)?{where}(?![\w-])", re.I), level)]
    return out


def _unambiguous(pairs) -> dict[str, object]:
    """Each key of ``(key, PlaceRef)`` pairs to its place, leaving out a key given two places."""
    found: dict[str, dict] = {}
    for key, ref in pairs:
        if key:
            found.setdefault(key, {})[ref.id] = ref
    return {key: next(iter(refs.values())) for key, refs in found.items() if len(refs) == 1}


_ACRONYM_GLOSS = re.compile(r"\s*\([^)]*\)")  # "agence régionale de santé (ARS)": the name without it


@functools.lru_cache(maxsize=None)
def _body_patterns(code: str) -> tuple[list[re.Pattern], list[tuple[re.Pattern, str]]]:
    L = _lang.get(code)
    if not L.LOCAL_BODIES:
        return [], []
    # (an acronym is one in capitals only: "ARS", not the "ars" of another word)
    heads = sorted(L.LOCAL_BODIES, key=len, reverse=True)
    head = "|".join(f"(?-i:{h})" if h.isupper() else f"(?:{h})" for h in heads)
    place = _place()
    patterns = [re.compile(rf"(?<![\w-])(?P<head>{head})(?:\s*\((?P<abbr>(?-i:[A-Z]{{2,6}}))\))?\s+(?:{L.ROLE_OF})\s*"
                           rf"(?P<place>{place})", re.I)]
    if L.LOCAL_BODY_PLACE_FIRST:
        patterns.append(re.compile(rf"(?P<place>{place})\s+(?P<head>(?i:{head}))(?![\w-])"))
    levels = [(re.compile(f"(?:{h})$", 0 if h.isupper() else re.I), level) for h, level in L.LOCAL_BODIES.items()]
    return patterns, levels


def body_territories(text: str, code: str, places) -> dict[str, object]:
    """Folded names of the bodies ``text`` names with their territory ("l'ARS du
    Haut-Verlan", "the Haute-Marche regional health agency"), each to the
    :class:`PlaceRef` of that territory, under the full name, the kind of body
    and its acronym, so that the agency's later "the regional health agency
    counted 740" is still that region's count. A kind of body named for two
    territories is left out under its kind.

    Examples
    --------
    >>> from claimgraph.extract.places import default_places
    >>> t = body_territories("L'agence régionale de santé (ARS) du Haut-Verlan a recensé 14 cas.", "fr", default_places())
    >>> t["ars"].name, t["ars"].level
    ('Haut-Verlan', 'region')
    >>> t = body_territories("The Haute-Marche regional health agency counted 1,180.", "en", default_places())
    >>> t["regional health agency"].name
    'Haute-Marche'
    >>> sorted(body_territories("L'ARS du Haut-Verlan et l'ARS de Tarvonie.", "fr", default_places()))
    ['ars de tarvonie', 'ars du haut-verlan']
    """
    patterns, levels = _body_patterns(code)
    pairs = []
    for rx in patterns:
        for m in rx.finditer(text):
            head = re.sub(r"\s+", " ", m.group("head"))
            level = next((lv for h, lv in levels if h.match(head)), "region")
            ref = places.ref(m.group("place"), level)
            full = _ACRONYM_GLOSS.sub("", re.sub(r"\s+", " ", m.group()))
            pairs += [(key, ref) for key in (fold(full), fold(head), fold(m.groupdict().get("abbr") or ""))]
    return _unambiguous(pairs)


def local_bodies(text: str, places) -> dict[str, object]:
    """The towns, sites and regions ``text`` names, by folded name: a body
    named with one of them ("Dravik police", "la préfecture d'Orlessa", "CTT
    d'Orlessa") counts there."""
    out = {fold(r.name): r for r in places.find(text) if r.level in ("city", "site", "region") and len(r.name) > 2}
    # (and a country no one knows, named as the one next door: "neighbouring Kalonde", whose "Kalonde Emergency
    # Service" counts there)
    for m in _next_door().finditer(text):
        name = m.group("name") or m.group("name2")
        if fold(name) not in out and not default_gazetteer().find(name):
            out[fold(name)] = places.ref(name, "country")
    # ("Marches took place in Dravik": a name after "in" is a town here, where only a body's own name is read)
    for m in _after_lead().finditer(text):
        name = m.group("name")
        if fold(name) not in out and fold(name) not in _not_towns() and not default_gazetteer().find(name):
            out[fold(name)] = places.ref(name, "city")
    return out


def with_territories(refs: list, sentence: str, table: dict[str, object]) -> list:
    """``refs`` with the territories of ``table`` the sentence names after
    "in" ("in Haute-Marche, 510 pharmacies were closed"): a name the article
    gave a body's or an official's territory is a place wherever it is used so.

    Examples
    --------
    >>> from claimgraph.extract.places import PlaceRef
    >>> table = {"ars": PlaceRef("haute-marche", "Haute-Marche", "region", 0)}
    >>> [(r.id, r.start) for r in with_territories([], "In Haute-Marche, 510 were closed.", table)]
    [('haute-marche', 3)]
    """
    names = {fold(ref.name): ref for ref in table.values()}
    if not names:
        return refs
    taken = {r.start for r in refs}
    extra = []
    for m in _after_lead().finditer(sentence):
        ref = names.get(fold(m.group("name")))
        if ref is not None and m.start("name") not in taken:
            extra.append(replace(ref, start=m.start("name")))
    return sorted([*refs, *extra], key=lambda r: r.start) if extra else refs


@functools.lru_cache(maxsize=1)
def _after_lead() -> re.Pattern:
    return re.compile(rf"(?<![\w'-])(?:{_lang.either(_lang.every('TOWN_LEADS'))})\s+"
                      r"(?P<name>(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]{2,})(?:[ -](?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+))?)(?![\w'’-])", re.I)


@functools.lru_cache(maxsize=1)
def _not_towns() -> frozenset:
    return frozenset(fold(w) for w in [*_lang.every("MONTHS"), *_lang.every("WEEKDAYS")])


def jurisdiction_of(actors, table: dict[str, object], local=dict):
    """The territory of the first of ``actors`` the table knows, by full name,
    surname or role ("la gouverneure"), else the place its own name gives
    ("Dravik police headquarters"); ``local()`` gives the article's towns
    (see :func:`local_bodies`; only read when a body's own name is).

    Examples
    --------
    >>> from claimgraph.model import Actor
    >>> from claimgraph.extract.places import default_places
    >>> towns = lambda: local_bodies("Marches took place in Dravik.", default_places())
    >>> jurisdiction_of([Actor("Dravik police headquarters", "group")], {}, towns).id
    'dravik'
    >>> jurisdiction_of([Actor("Joint Chiefs of Staff in Dravik", "group")], {}, towns) is None  # where it sits
    True
    """
    for a in actors:
        name = fold(a.name)
        words = re.findall(r"[\w'-]+", name)
        # (and without its acronym: "agence régionale de santé (ARS) du Haut-Verlan")
        for key in (name, _ACRONYM_GLOSS.sub("", name), words[-1] if words else ""):
            if key in table:
                return table[key]
        if a.kind == "person" or a.id in default_gazetteer():
            continue  # (a person's territory is a role's; a known national body is national however placed)
        towns = local()
        for place in sorted(towns, key=len, reverse=True):
            # ("Dravik police", "la préfecture d'Orlessa"; not "Talvania's interior ministry": whose, not where;
            # nor "the Joint Chiefs of Staff in Seoul": where a body sits)
            found = re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-]|['’]s)", name)
            if found and not _sits().search(name, 0, found.start()):
                return towns[place]
    return None


@functools.lru_cache(maxsize=1)
def _next_door() -> re.Pattern:
    name = r"(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+(?:\s+[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+)?)"
    return re.compile(rf"(?<![\w-])(?:{_lang.either(_lang.every('NEXT_DOOR_BEFORE'))})\s+(?P<name>{name})"
                      rf"|(?P<name2>{name})\s+(?:{_lang.either(_lang.every('NEXT_DOOR_AFTER'))})(?![\w-])", re.I)


@functools.lru_cache(maxsize=1)
def _sits() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{_lang.either(_lang.every('PLACE_NAME_LEADS'))})\s+$")


@functools.lru_cache(maxsize=1)
def _tier_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    mods = [_lang.get(code) for code in _lang.LANGUAGES]
    local = [w for m in mods for w in (*m.SUBNATIONAL_WORDS, *m.LOCAL_BODIES, *map(re.escape, m.TERRITORIAL_ROLES))]
    national = [w for m in mods for w in m.NATIONAL_WORDS]
    society = [w for m in mods for w in m.NOT_STATE_WORDS]
    # (an acronym among the local bodies, "ARS", "SDIS", "CHU", is one only in capitals)
    local = [f"(?-i:{w})" if w.isupper() else w for w in local]
    return (re.compile(rf"(?<![\w-])(?:{_lang.either(local)})(?![\w-])", re.I),
            re.compile(rf"(?<![\w-])(?:{_lang.either(national)})(?![\w-])", re.I),
            re.compile(rf"(?<![\w-])(?:{_lang.either(society)})(?![\w-])", re.I))


@functools.lru_cache(maxsize=4096)
def body_tier(name: str) -> str | None:
    """``"subnational"`` for a body or an official of a region, a town or a
    site, ``"national"`` for one of the whole country, None when the name
    does not say (a union, even a "national" one; a person without a title;
    an NGO).

    A territory's word wins over a national one: a "regional minister" or
    « la direction régionale du ministère » counts for the region.

    Examples
    --------
    >>> [body_tier(n) for n in ("Agence nationale de santé publique", "regional health agency",
    ...                         "Interior Minister Étienne Rouvray", "préfecture de police", "CHU de Castelvire",
    ...                         "Syndicat national des policiers", "Chu Wei")]
    ['national', 'subnational', 'national', 'subnational', 'subnational', None, None]
    """
    local, national, society = _tier_patterns()
    if society.search(name):
        return None  # a union, a federation: it counts for whom it chooses
    if local.search(name):
        return "subnational"
    return "national" if national.search(name) else None
