"""The gazetteer: known actors, their names in French and English, aliases,
metonyms ("Washington", "le Kremlin") and affiliations.

It ships as YAML (``claimgraph/data/actors.yaml``); users add their own file in
the same format, whose entries win. :meth:`Gazetteer.resolve` turns a noun
phrase written in an article ("le secrétaire général de l'OTAN, Mark Rutte",
"des responsables américains et sud-coréens") into actors; names it does not
know are kept as written.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

from ._io import read_yaml
from .errors import InputError, ModelError
from .model import Actor, slugify

__all__ = ["DEFINED_NAME", "Entry", "Gazetteer", "default_gazetteer", "demonym_beside", "fold", "names_a_body", "place_name_tail",
           "strip_determiner"]

#: A name with its initials: "Agence nationale de gestion des catastrophes (ANGC)" (groups: name, initials).
DEFINED_NAME = re.compile(r"^(.+?)\s*\(([A-ZÀ-ÝĀ-ŒŔ-ž][\w&.-]{1,11})\)\s*$")

_TRAILING_INITIALS = re.compile(r"(?<![\w'’.-])((?-i:[A-Z][A-Z0-9&]{2,}))\s*$")   # "… agency UNICEF"

_KIND_RANK = {"person": 0, "organisation": 1, "group": 2, "country": 3, "unknown": 4}



@functools.lru_cache(maxsize=1)
def _words() -> dict:
    """The words of every language module the gazetteer reads names with (imported late: the language
    modules live in claimgraph.extract, which imports this module)."""
    from .extract import lang as _lang
    from .extract.lang import either, every

    # the stems of the head nouns of bodies, any language ("agenc", "ministere", "police"); short ones
    # ("fo", "cgt") are initials, not words a person's name could hold
    body_stems = {stem for code in _lang.LANGUAGES for stems in getattr(_lang.get(code), "SPECIFIC_HEADS", {}).values()
                  for stem in stems if len(stem) >= 5}
    return {
        # a word of a name that makes it a body's: "National Disaster Management Agency" is nobody
        "body_word": re.compile(rf"(?<![\w'-])(?:{either(sorted(body_stems))}|"
                                rf"{either(sorted(fold(w) for w in every('BODY_NAME_WORDS')))}(?![\w'-]))"),
        # head nouns of a phrase that speaks for a country: "des responsables américains" is the United
        # States; "South Korean estimates" is South Korea
        "place_preps": frozenset(fold(w) for w in every("PLACE_PREPOSITIONS")),
        "spokespeople": re.compile(rf"\b{either(every('SPOKESPEOPLE'))}\b", re.IGNORECASE),
        "roles": re.compile(rf"(?<![\w'-])(?:{either(every('PERSON_ROLES'))})(?![\w'-])", re.IGNORECASE),
        # short words that are no acronym in title case: "Who", "Son"
        "common": frozenset(every("COMMON_SHORT_WORDS")),
        # "le ministère" is "ministère", "l'OTAN" is "OTAN"
        "determiners": tuple(sorted((d if d.endswith(("'", "’")) else d + " " for d in every("NAME_DETERMINERS")),
                                    key=len, reverse=True)),
        # words around the names in a phrase that speak for nobody: "les États-Unis et la Corée du Sud"
        # an alias ending with a generic head, and the words that make a longer name go on from it: "State
        # Department" in "the state Department of Health" (aliases are matched on folded text)
        "generic_head": re.compile(rf"(?:{either(sorted(fold(w) for w in every('GENERIC_BODY_HEADS')))})$"),
        "goes_on": re.compile(rf"\s+(?:{either(every('NAME_GOES_ON'))})\s*(?:(?:{either(every('DEFINITE_ARTICLES'))})\s+|[lL]['’])?"
                              r"(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])", re.I),
        "links": frozenset(fold(w) for w in [*every("AND"), *every("DEFINITE_ARTICLES"), *every("NAME_LINKS"),
                                             *(d for d in every("NAME_DETERMINERS") if d.endswith(("'", "’")))]),
        # a capitalised head and "of" before a known body: a body of its own ("Fonds des Nations unies", "Office of the UN …")
        # (the head is no article: "The crisis intervention team of the Red Cross" is the Red Cross's)
        "sub_body": re.compile(rf"^\s*(?:(?i:{either(every('DEFINITE_ARTICLES'))})\s*)?(?!(?i:{either(every('DEFINITE_ARTICLES'))})\s)"
                               rf"(?-i:[A-Z][\w-]+)(?:\s+[\w-]+){{0,4}}\s+"
                               rf"{either(every('OF_LINK'))}\s*$"),
        "place_tail": re.compile(rf"\b{either(every('PLACE_NAME_TAILS'))}$"),
        # a people's adjective next to an international body names its national branch:
        # "the Lorvenian Red Cross", "la Croix-Rouge française" are not the ICRC
        "demonym_before": re.compile(rf"(?<![\w'-])(?-i:{either(every('DEMONYM_BEFORE'))})\s+$"),
        "demonym_after": re.compile(rf"^\s+(?-i:{either(every('DEMONYM_AFTER'))})(?![\w'-])"),
        # "Maria das Dores Pereira", "Carmen Ruiz de Aldana": the small words inside a person's name
        # (not "de", "du": "Banque de France", "Médecins du Monde" are bodies)
        "particles": rf"(?-i:{either(sorted(set(every('NAME_PARTICLES')) - set(every('NAME_LINKS'))))})",
        # "the charity Open Tides", "l'ONG Mar Abierto": a body's type before its name
        "body_type": re.compile(rf"(?<![\w'-]){either(every('BODY_TYPES'))}\s+$", re.I),
        # "the UN's refugee agency", "the WHO's regional office": a body of the one named, by its type at the end
        "possessed_body": re.compile(rf"^(?:(?:{either(every('DEFINITE_ARTICLES'))})\s+)?(?P<owner>(?-i:[A-Z])[\w.-]*)['’]s\s+"
                                     rf"(?P<rest>(?:(?-i:[a-z])[\w'’-]*\s+){{0,3}}(?:{either(every('BODY_TYPES'))}))$", re.I),
    }


def demonym_beside(phrase: str, start: int, end: int) -> str | None:
    """The people's adjective right before or after ``phrase[start:end]`` ("the *Ossaglian* Civil Protection", « la
    Protection civile *ossaglienne* »), or None.

    >>> demonym_beside("Ossaglian Civil Protection", 10, 26), demonym_beside("Civil Protection", 0, 16)
    ('Ossaglian', None)
    """
    m = _words()["demonym_before"].search(phrase[:start]) or _words()["demonym_after"].match(phrase[end:])
    return m.group().strip() if m else None


def place_name_tail() -> re.Pattern:
    """The last word of a place's name ("Gates Ridge", "Second Avenue", "Kelvin Road" are nobody)."""
    return _words()["place_tail"]


@functools.lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    d = unicodedata.normalize("NFKD", c)
    base = d[0] if d else c
    return base.lower() if len(base.lower()) == 1 else c


def _is_short_acronym(name: str) -> bool:
    return name.isalpha() and name.isupper() and len(name) <= 4


def _alternation(names, flags):
    keys = sorted(names, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, keys)) + r")(?![\w-])", flags) if keys else None


def fold(text: str) -> str:
    """Lower-case, accent-free, apostrophes unified — same length as ``text``.

    Keeping the length lets a match in the folded text point into the
    original one.

    Examples
    --------
    >>> fold("États-Unis d’Amérique")
    "etats-unis d'amerique"
    """
    return "".join("'" if c in "\u2019\u2018`´" else _fold_char(c) for c in text)


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry."""

    id: str
    name: str
    kind: str
    names: tuple[tuple[str, str], ...] = ()  # (language, name)
    aliases: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    affiliation: str | None = None
    wikidata: str | None = None
    demonym: str | None = None

    def actor(self, language: str | None = None) -> Actor:
        """The entry as an Actor named in ``language`` where a name exists."""
        name = dict(self.names).get((language or "en")[:2], self.name)
        aliases = tuple(n for _, n in self.names) + (self.name,) + self.aliases + self.metonyms
        return Actor(name, self.kind, self.id, aliases, self.affiliation, self.wikidata)


def _entry(raw, where: str, line: int | None) -> Entry:
    if not isinstance(raw, dict) or not raw.get("name"):
        raise InputError(where, "each gazetteer entry needs at least a name", line=line)
    kind = raw.get("kind") or "organisation"
    if kind not in _KIND_RANK:
        raise InputError(where, f"unknown actor kind {kind!r} (person, organisation, country, group)", line=line)
    names = tuple((k[5:], str(v)) for k, v in raw.items() if k.startswith("name_") and v)
    as_tuple = lambda key: tuple(str(a) for a in (raw.get(key) or ()) if a)
    return Entry(
        id=slugify(str(raw.get("id") or raw["name"])), name=str(raw["name"]), kind=kind, names=names,
        aliases=as_tuple("aliases"), metonyms=as_tuple("metonyms"),
        affiliation=slugify(raw["affiliation"]) if raw.get("affiliation") else None,
        wikidata=str(raw["wikidata"]) if raw.get("wikidata") else None,
        demonym=str(raw["demonym"]) if raw.get("demonym") else None,
    )


def _load_entries(text: str, where: str) -> list[Entry]:
    data, nodes = read_yaml(text, where)  # aliases refused: --actors files are inputs like any other
    data = data or []
    if not isinstance(data, list):
        raise InputError(where, "a gazetteer is a YAML list of entries", line=1)
    lines = [n.start_mark.line + 1 for n in nodes.value] if nodes is not None else []
    return [_entry(raw, where, lines[i] if i < len(lines) else None) for i, raw in enumerate(data)]




class Gazetteer:
    """Known actors and how articles name them.

    Examples
    --------
    >>> g = default_gazetteer()
    >>> [a.name for a in g.resolve("des responsables américains et sud-coréens", "fr")]
    ['États-Unis', 'Corée du Sud']
    >>> g.resolve("Le secrétaire général de l'OTAN, Mark Rutte", "fr")[0].id
    'mark-rutte'
    >>> g.resolve("les organisateurs du mouvement", "fr")[0].name
    'organisateurs du mouvement'
    """

    def __init__(self, entries=()):
        self._entries: dict[str, Entry] = {}
        for e in entries:
            self._entries[e.id] = e
        self._index()

    @classmethod
    def from_yaml(cls, path) -> "Gazetteer":
        """Read a gazetteer file (same format as the shipped ``actors.yaml``)."""
        from .ingest import read_text_file

        return cls(_load_entries(read_text_file(path), str(path)))

    def extended(self, *paths) -> "Gazetteer":
        """A copy with the entries of user files added (theirs win)."""
        entries = list(self._entries.values())
        for p in paths:
            entries.extend(Gazetteer.from_yaml(p)._entries.values())
        return Gazetteer(entries)

    def _index(self):
        self._alias: dict[str, str] = {}
        self._acronym: dict[str, str] = {}
        self._metonym: dict[str, str] = {}
        for e in self._entries.values():
            for n in (e.name, *(n for _, n in e.names), *e.aliases, e.demonym or ""):
                if not n:
                    continue
                if _is_short_acronym(n):
                    # "UN" is not "un", "WHO" not "who": short acronyms keep their case
                    self._acronym.setdefault(n, e.id)
                    if len(n) >= 3 and n.lower() not in _words()["common"]:
                        self._acronym.setdefault(n.title(), e.id)  # "Nato", "Onu"
                else:
                    self._alias.setdefault(fold(n), e.id)
            for n in e.metonyms:
                self._metonym[fold(n)] = e.id
        self._pattern = _alternation(self._alias, 0)  # matched on folded (lower-case) text
        self._acronym_pattern = _alternation(self._acronym, 0)

    def __contains__(self, actor_id) -> bool:
        return actor_id in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def entries(self):
        return list(self._entries.values())

    def get(self, actor_id: str, language: str | None = None) -> Actor | None:
        """The actor with this id, or None."""
        e = self._entries.get(actor_id)
        return e.actor(language) if e else None

    def demonym_slug(self, actor_id: str) -> str | None:
        """'north-korean' for 'north-korea': names a group of people by country."""
        e = self._entries.get(actor_id)
        return slugify(e.demonym) if e and e.demonym else None

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Every known alias in ``text`` as ``(start, end, actor_id)``, left to right."""
        hits = []
        if self._pattern is not None:
            # (not an alias that a longer name goes on from: "the state Department of Health" is no State Department)
            W = _words()
            hits += [(m.start(), m.end(), self._alias[m.group()]) for m in self._pattern.finditer(fold(text))
                     if not (W["generic_head"].search(m.group()) and W["goes_on"].match(text, m.end()))]
        if self._acronym_pattern is not None:
            hits += [(m.start(), m.end(), self._acronym[m.group()]) for m in self._acronym_pattern.finditer(text)]
        hits.sort(key=lambda h: (h[0], -h[1]))
        out, end = [], -1
        for h in hits:  # longest match wins where two overlap
            if h[0] >= end:
                out.append(h)
                end = h[1]
        return out

    def resolve(self, phrase: str, language: str | None = None) -> list[Actor]:
        """The actors a noun phrase names (several when coordinated).

        Persons and organisations named in the phrase win over the countries
        they belong to; a phrase that only speaks for countries ("US and South
        Korean officials") gives those countries; anything else is kept as
        written, as an actor of kind "group" (or "person" for a bare proper name).
        """
        phrase = _clean_phrase(phrase)
        if not phrase:
            return []
        met = self._metonym.get(fold(phrase)) or self._metonym.get(fold(strip_determiner(phrase)))
        if met:
            return [self._entries[met].actor(language)]
        if possessed := _words()["possessed_body"].match(phrase):
            # "the UN's refugee agency" is "the UN refugee agency" (UNHCR), not the UN; "the UN's migration agency",
            # unknown, is a body of its own
            own = f"{possessed.group('owner')} {possessed.group('rest')}"
            whole = [i for s, e, i in self.find(own) if s == 0 and e == len(own)]
            if whole:
                return [self._entries[whole[0]].actor(language)]
            owner = [i for _, _, i in self.find(possessed.group("owner")) if self._entries[i].kind == "organisation"]
            if owner:
                try:
                    return [Actor(own, "organisation", affiliation=owner[0])]
                except ModelError:
                    return []
        hits = self.find(phrase)
        ids = list(dict.fromkeys(i for _, _, i in hits))
        # Drop an actor when a more specific one in the phrase belongs to it.
        ancestors = {a for i in ids for a in self._ancestors(i)}
        ids = [i for i in ids if i not in ancestors]
        named = [i for i in ids if self._entries[i].kind != "country"]
        first = min((s for s, _, i in hits if i in named), default=None)
        if named and first is not None and _words()["sub_body"].search(phrase[:first]):
            # "le Fonds des Nations unies pour l'enfance": a body of its own inside the one it names
            try:
                return [Actor(strip_determiner(phrase), "organisation")]
            except ModelError:
                return []
        tail = _TRAILING_INITIALS.search(phrase)
        if named and tail and (last := max(e for _, e, i in hits if i in named)) <= tail.start(1) \
                and _words()["body_type"].search(phrase[last:tail.start(1)]):
            # "the UN children's agency UNICEF": the agency the initials name, of the body before it
            return [Actor(tail.group(1), "organisation")]
        if named:
            best = min(named, key=lambda i: _KIND_RANK[self._entries[i].kind])
            entry = self._entries[best]
            start, end = next((s, e) for s, e, i in hits if i == best)
            # "le Croissant-Rouge turc" is not the Libyan one the bare name stands for: the country next to it
            beside = [i for s, e, i in hits if (e == start - 1 or s == end + 1) and self._entries[i].kind == "country"]
            other_country = bool(beside) and beside[0] != entry.affiliation  # (the bare "Croissant-Rouge" too)
            demonym = _words()["demonym_before"].search(phrase[:start]) or _words()["demonym_after"].match(phrase[end:])
            # ("the Karvalian Red Crescent" is not the Libyan one either; "the Libyan Red Crescent" is)
            own = demonym is not None and fold(demonym.group().strip()) in fold(
                " ".join((entry.name, *(n for _, n in entry.names), *entry.aliases)))
            if entry.kind == "organisation" and (other_country or demonym and not own):
                try:  # "the Lorvenian Red Cross": a national branch, a body of its own
                    return [Actor(strip_determiner(phrase), "organisation", affiliation=beside[0] if beside else None)]
                except ModelError:
                    return []
            return [entry.actor(language)]
        countries = [i for i in ids if self._entries[i].kind == "country"]
        rest = fold(phrase)
        for s, e, _ in hits:
            rest = rest[:s] + " " * (e - s) + rest[e:]
        rest_words = re.findall(r"[\w'-]+", rest)
        det = _words()["links"]
        if countries and (not [w for w in rest_words if w not in det] or _words()["spokespeople"].search(phrase)):
            return [self._entries[c].actor(language) for c in countries]
        name = strip_determiner(phrase)
        # "le ministre Jean Dupont", "health minister Ana Silva": the name, not the title
        titled = re.match(rf"^(?:[a-zà-ÿ][\w'-]*\s+){{1,4}}((?:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'.-]+\s+(?:{_words()['particles']}\s+)?){{1,3}}"
                          r"[A-ZÀ-ÝĀ-ŒŔ-ž][\w'.-]+)$", name)
        body = bool(titled and _words()["body_type"].search(name[:titled.start(1)]))
        if titled and not body and fold(name[:titled.start(1)].split()[-1]) in _words()["links"] and not (
                _words()["spokespeople"].search(name[:titled.start(1)]) or _words()["roles"].search(name[:titled.start(1)])):
            # "a resident of Moor Lane", "the wife of John Hale": the resident, the wife ("the spokesman of the
            # Civil Protection" speaks for it)
            titled = None
        # ("the spokesman of the Civil Protection", "the regional Civil Protection": the body the name is)
        # (not "a nurse at Saltmarden General Hospital": someone who works there)
        named_body = bool(titled and not body and names_a_body(titled.group(1)) and all(
            w[:1].isupper() for w in titled.group(1).split())
            and fold(name[:titled.start(1)].split()[-1]) not in _words()["place_preps"])
        if titled and (body or named_body or _looks_like_person(titled.group(1))):
            name = titled.group(1)
        kind = "organisation" if body or named_body else "person" if _looks_like_person(name) else "group"
        affiliation = countries[0] if countries else None
        try:
            return [Actor(name, kind, affiliation=affiliation)]
        except ModelError:
            return []

    def _ancestors(self, actor_id: str) -> list[str]:
        seen, out = {actor_id}, []
        e = self._entries.get(actor_id)
        while e is not None and e.affiliation and e.affiliation not in seen:
            seen.add(e.affiliation)
            out.append(e.affiliation)
            e = self._entries.get(e.affiliation)
        return out


def strip_determiner(phrase: str) -> str:
    """The phrase without its article or possessive, in any language ("l'agence nationale": "agence nationale")."""
    low = phrase.lower()
    for d in _words()["determiners"]:
        if low.startswith(d) and len(phrase) > len(d):
            return phrase[len(d):].strip()
    return phrase


def _clean_phrase(phrase: str) -> str:
    phrase = " ".join(str(phrase).split()).strip(" ,;:.\"'«»“”(")
    while phrase.endswith(")") and phrase.count(")") > phrase.count("("):  # keep "(Kızılay)", drop a stray ")"
        phrase = phrase[:-1].rstrip(" ,;:.\"'«»“”")
    return phrase


def names_a_body(name: str) -> bool:
    """Whether a name holds a word that makes it a body's ("Southmoor Water", "Northway Fuels").

    Examples
    --------
    >>> names_a_body("Southmoor Water"), names_a_body("Miriam Osei-Bonsu")
    (True, False)
    """
    return bool(_words()["body_word"].search(fold(name)))


def _looks_like_person(name: str) -> bool:
    words = [w for w in name.split() if not re.fullmatch(_words()["particles"], w)]  # "Maria das Dores Pereira"
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not any(
        w.isupper() and len(w) > 1 for w in words) and not place_name_tail().search(name) and not (
        _words()["body_word"].search(fold(name)))


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer shipped with claimgraph (read once, then cached)."""
    text = resources.files("claimgraph").joinpath("data/actors.yaml").read_text(encoding="utf-8")
    return Gazetteer(_load_entries(text, "claimgraph/data/actors.yaml"))
