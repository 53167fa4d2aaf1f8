"""One actor per real claimant, across an article's wordings and across languages.

An article names a body several ways: "l'Observatoire européen chaleur et
santé (OECS)", then "l'OECS", then "l'Observatoire"; an English article calls
it "the European Heat and Health Observatory, known by its French initials
OECS". Ministries are "le ministère de la Santé", "France's health ministry",
"le ministère". This pass, run once per article after extraction, gives each
of them one id that other articles reach too:

* an acronym defined in the text is the body's id (``oecs``), whatever the
  language of the long name;
* a ministry or a prefecture is keyed by what it is in charge of and where
  (``france-health-ministry``, ``prefecture-seine-maritime``), the country
  coming from the name ("Spain's", "espagnol") or else from the article;
* a bare head noun ("le ministère", "the observatory", "la direction") is the
  last body of that head named before it in the article;
* a company's management, local or central, is one actor (``management``).

Known actors of the gazetteer are left as they are.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from ..actors import DEFINED_NAME, Gazetteer, demonym_beside, fold
from ..model import EVENT_MEASURES, Actor, Claim, slugify
from . import lang as _lang
from .lang import either, every

__all__ = ["unify_bodies"]

_ACRONYM_IN = re.compile(r"^(?P<long>.*?)\s*\((?P<acr>[A-Z][A-Za-z]{1,7})\)?\s*(?P<tail>.*)$")




@functools.lru_cache(maxsize=None)
def _rx(code: str) -> dict:
    """The patterns of one language, from its module (acronym definitions read every language's links)."""
    L = _lang.get(code)
    mods = [_lang.get(c) for c in _lang.LANGUAGES]
    links = either(w for m in mods for w in m.DEFINITION_LINKS)
    determiners = either(w for m in mods for w in m.BODY_DETERMINERS)
    return {
        "initials": re.compile(either(m.KNOWN_BY_INITIALS for m in mods) + r"(?P<acr>[A-Z]{2,8})", re.I),
        # (a long name starts at a word: not at the "on" that ends "selon")
        "defined": re.compile(rf"(?<![\w-])(?P<long>(?:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]*|{links})(?:(?:[^\S\n]+|-)(?:[\w'’][\w'’-]*)){{1,8}}?)\s*\((?P<acr>[A-Z]{{2,8}})\)"),
        "determiner": re.compile(rf"^{determiners}(?:\s+|(?<=')\s*)", re.I),
        "set_against": re.compile(rf"\s(?:{either(w for m in mods for w in m.SOURCES_SET_AGAINST)})\s+(?=[A-ZÀ-ÝĀ-ŒŔ-ž])"),
        # "her ministry", « son ministère »: the body of the person named before
        "personal_body": re.compile(rf"^{either(L.PERSON_POSSESSIVES)}\s+(?P<head>[^\W\d][\w-]*)$", re.I),
        # "Selon l'Organisation … (OIM)": the source's preposition and article are not its name
        "source_lead": re.compile(rf"^(?:{either(m.SOURCE_PREPS for m in mods)})\s+(?:{determiners}\s+|[ldLD]['’])?", re.I),
        "type_before_name": re.compile(rf"^(?:{determiners}\s*)?{either(w for m in mods for w in m.BODY_TYPES)}\s+(?=[A-ZÀ-ÝĀ-ŒŔ-ž])",
                                       re.I),
        "management": re.compile(rf"^(?:{determiners}\s*)?{either(w for m in mods for w in m.MANAGEMENT)}$", re.I),
        # "la direction de l'hôpital", "the hospital management": a hospital's management, whichever hospital
        "hospital_management": re.compile(rf"^(?:{determiners}\s*)?(?:{L.HOSPITAL_MANAGEMENT})$", re.I),
        "hospital_voice": re.compile(rf"^(?:{determiners}\s*)?(?:{L.HOSPITAL_VOICE})$", re.I),
        # "Au CHU de Tarvel, la direction …", "At Tarvel University Hospital, the management …": the hospital it runs
        "hospital_named": re.compile(rf"(?<![\w'-])(?i:{L.SITE_PREPOSITIONS})\s*(?:{determiners}\s+)?(?P<site>(?:[\w'’-]+\s+){{0,4}}?(?i:{L.HOSPITAL_NAMES})"
                                     rf"(?:\s+(?:(?:{either(L.NAME_LINKS)})\s+)?(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])[\w'’-]*)*)"),
        "time_lead": re.compile(rf"^(?:{either(m.CLAIMANT_TIME_LEAD for m in mods)}[\s,]+)+", re.I),
        "own": re.compile(rf"^{either(m.OWN_FIGURE for m in mods)}$", re.I),
        "possessor": re.compile(rf"^{L.POSSESSIVE_TOLL}", re.I),
        "nonfinite": re.compile(rf"^(?:{L.NONFINITE_LEAD})$", re.I),
        "main_subject": re.compile(L.MAIN_SUBJECT, re.I),
        "article_before_name": re.compile(rf"^{either(every('DEFINITE_ARTICLES'))}\s+(?=[A-ZÀ-ÝĀ-ŒŔ-ž])", re.I),
        # "la préfecture de la Seine-Maritime", "the prefecture of Attica", "the Attica prefecture" (folded)
        "prefecture_of": re.compile(rf"{either(every('PREFECTURE_WORDS'))}\s+(?:{'|'.join(every('PREFECTURE_LINKS'))})?"
                                    r"(?P<p>[a-z][\w'-]+(?:[- ][a-z][\w'-]+)*)"),
        "prefecture_after": re.compile(rf"(?P<p>[a-z][\w-]+)\s+{either(every('PREFECTURE_AFTER'))}"),
        "not_prefecture": frozenset(every("NOT_PREFECTURE_NAMES")),
        # "coast guard spokesman (Commander) ": the body, then the role, right before the name
        "role_before": re.compile(rf"(?P<body>(?:[\w'’-]+\s+){{1,4}}?)(?:{L.SPOKESPERSON_ROLES})\s+"
                                  rf"(?:(?-i:[A-Z][a-z]+)\.?\s+)?$", re.I),
        # ", a spokesman for the coast guard", ", porte-parole des garde-côtes": the role after it
        # (after an age: "Dr Mathis Oberlé, 47, who heads the foodborne disease unit at the NPHA")
        "role_after": re.compile(rf",\s+(?:\d{{1,3}}(?:\s+\w+)?,\s+)?(?:(?:{determiners}\s+)?(?:[\w-]+\s+)?(?:{L.SPOKESPERSON_ROLES})\s+"
                                 rf"(?:{L.SPOKESPERSON_LINKS})\s*(?:{determiners}\s+)?"
                                 # (a clause names a unit before its body: the last link before a capital)
                                 rf"|(?:{L.ROLE_CLAUSE})\s+(?:[\w'’-]+\s+){{1,6}}(?:{L.SPOKESPERSON_LINKS})\s*(?:{determiners}\s+)?(?=(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])))"
                                 rf"(?P<body>[^,.;:()«»\"]{{3,50}})", re.I),
        # "The agency's director, Lucienne Brodeck", "Its president, Samir Belkhodja", « Son président, Samir
        # Belkhodja »: a role owned by a body named just before (or by the pronoun's antecedent), then the name
        "possessive_role": re.compile(rf"(?<![\w'’-])(?:(?P<pron>{either(w for m in mods for w in m.ORGANISATION_POSSESSIVES)})"
                                      rf"|(?P<body>(?:(?:{determiners})\s+)?(?:(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])[\w'’-]*\s+){{0,3}}[\w-]+)['’]s)\s+"
                                      rf"(?:{L.SPOKESPERSON_ROLES})(?:[\s-]+[\w-]+){{0,2}}?\s*,\s+"
                                      rf"(?:(?-i:[A-Z][a-z]+)\.?\s+)?$", re.I),
        # "the director of the National Disaster Management Office, Hélène Varoa", « la porte-parole des
        # garde-côtes, la commandante Irène Malvezzi »: the role and its body, then the name after a comma
        "role_of_before": re.compile(rf"(?<![\w'’-])(?:{L.SPOKESPERSON_ROLES})\s+(?:{L.SPOKESPERSON_LINKS})\s*"
                                     rf"(?:{determiners}\s+)?(?P<body>[^,.;:()«»\"]{{2,60}}?),\s+(?:{determiners}\s+)?"
                                     rf"(?:(?-i:[a-zà-ÿ]+)\s+)?(?:(?-i:[A-Z][a-z]+)\.?\s+)?$", re.I),
    }


def unify_bodies(claims: list[Claim], text: str, code: str, gazetteer: Gazetteer, country: str | None,
                 publisher: Actor | None = None) -> list[Claim]:
    """The claims of one article with their claimants keyed as above.

    Examples
    --------
    >>> from claimgraph.actors import default_gazetteer
    >>> from claimgraph.model import Figure
    >>> text = "L'Observatoire européen chaleur et santé (OECS) a publié jeudi son estimation."
    >>> said = lambda name: Claim(Actor(name, "group"), Figure(1.0))
    >>> [c.claimant.id for c in unify_bodies([said("Observatoire européen chaleur et santé (OECS"), said("OECS"),
    ...                                       said("ministère de la Santé"), said("ministère")],
    ...                                      text, "fr", default_gazetteer(), "france")]
    ['oecs', 'oecs', 'france-health-ministry', 'france-health-ministry']
    """
    L = _lang.get(code)
    defined = _definitions(text, code)
    seen: list[Actor] = []
    # the bodies the article's claims name, in any order: the antecedent of "Its president, …" may claim later
    others = list({a.name: a for c in claims for a in c.claimants if a.kind in ("organisation", "group")
                   and a.name[:1].isupper() and a != publisher}.values())
    out = []
    people: list[Actor] = []  # the persons keyed so far, for "her ministry"
    for c in claims:
        actors = []
        for a in c.claimants:
            new = a if a.id in gazetteer or a == publisher else _keyed(a, defined, L, country, seen, c.evidence, text,
                                                                      others, gazetteer, people)
            actors.append(new)
            if new.kind != "person":
                seen.append(new)
            else:
                people.append(new)
        actors = tuple(dict((a.id, a) for a in actors).values())
        c = c if actors == c.claimants else replace(c, claimants=actors, id="")
        out.append(_national(c, actors))
    return _named_in_full(out)


def _named_in_full(claims: list[Claim]) -> list[Claim]:
    """A body the article names once in full with its initials and elsewhere by a common noun ("Le service
    départemental d'incendie et de secours (SDIS) a engagé 120 sapeurs-pompiers … Les sapeurs-pompiers ont engagé 38
    engins"): one body, one name, the full one."""
    full = {}
    for c in claims:
        for a in c.claimants:
            if a.kind == "organisation" and DEFINED_NAME.match(a.name):
                full.setdefault(a.id, a)
    if not full:
        return claims
    out = []
    for c in claims:
        named = tuple(full[a.id] if a.id in full and a.name[:1].islower() and a.kind == "organisation" else a
                      for a in c.claimants)
        out.append(c if named == c.claimants else replace(c, claimants=named, id=""))
    return out


def _national(c: Claim, actors) -> Claim:
    """A national office's count is about its nation unless its sentence names
    another place: "Spain's health ministry said 870" in an article about France."""
    from .places import default_places

    places = default_places()
    offices = {a.id.rsplit("-", 2)[0] for a in actors if a.kind == "organisation" and a.id.endswith("-ministry")
               and a.id.count("-") >= 2}
    countries = {o for o in offices if (places.get(o) or ("", ""))[1] == "country"}
    # (not for a march or strike count: the counts it answers in the article name no place either)
    if len(countries) != 1 or c.place_level not in ("country", "") or c.part_of or c.measure in EVENT_MEASURES:
        return c
    (nation,) = countries
    if c.place == nation or (c.place and fold(c.place.replace("-", " ")) in fold(c.evidence)):
        return c
    return replace(c, place=nation, place_level="country", quantity_id="", id="")


class _Definitions(dict):
    """folded long name -> acronym, for every "Long Name (ACR)" of the text; ``written``
    keeps each long name as the text spells it (for display: matching is on folded text)."""

    def __init__(self):
        super().__init__()
        self.written: dict[str, str] = {}


def _definitions(text: str, code: str) -> _Definitions:
    out = _Definitions()
    R = _rx(code)
    for m in R["defined"].finditer(text):
        long = R["determiner"].sub("", R["source_lead"].sub("", m.group("long").strip()))
        # keep the last words whose initials could be the acronym, at most as many words as it has letters + 3
        words = long.split()[-(len(m.group("acr")) + 3):]
        # "…, and said the Health and Safety Executive (HSE)": the name starts at its first capital ("l'Office")
        first = next((k for k, w in enumerate(words) if re.match(r"(?:[a-zà-ÿ]['’])?[A-ZÀ-ÝĀ-ŒŔ-ž]", w)), 0)
        long = R["determiner"].sub("", " ".join(words[first:]))
        # ("[ministère de l'Intérieur contre Confédération ouvrière tessalondaise (COT)]": a recap's sources set against
        # each other, the name after the last link; not « Ligue contre le cancer »)
        long = R["set_against"].split(long)[-1]
        out[fold(long)] = m.group("acr")
        out.written.setdefault(fold(long), long)
    return out


def _keyed(a: Actor, defined: dict[str, str], L, country: str | None, seen: list[Actor], evidence: str = "",
           text: str = "", others=(), gazetteer: Gazetteer | None = None, people=()) -> Actor:
    R = _rx(L.CODE)
    # "Après avoir annoncé 640 grévistes, le groupe a revu ...": the subject comes after the comma
    if R["nonfinite"].match(a.name.strip()) and (m := R["main_subject"].search(evidence)):
        a = replace(a, name=m.group("s"), id=slugify(m.group("s")), kind="group")
    if R["own"].match(a.name.strip()):
        # "a publié sa propre estimation", "its own count": the body the sentence names, as defined in the article
        ev = fold(evidence)
        for long, short in defined.items():
            if long in ev or re.search(rf"(?<![\w-]){fold(short)}(?![\w-])", ev):
                a = replace(a, name=f"{short}", id=slugify(short), kind="organisation")
                break
    if (m := R["possessor"].match(a.name.strip())) and fold(m.group(1)) in L.BODY_HEADS:
        a = replace(a, name=m.group(1), id=slugify(m.group(1)))  # "the ministry's consolidated toll": the ministry
    name = R["time_lead"].sub("", a.name)  # "mercredi le ministère": the ministry
    if name != a.name and name:
        a = replace(a, name=name, id=slugify(name))
    # an acronym defined in the claimant's own words or in the article
    m = R["initials"].search(name) or _ACRONYM_IN.match(name)
    acr = m.group("acr") if m and m.group("acr") and m.group("acr").isupper() else None
    own_long = ""
    if acr is None:
        folded = fold(R["determiner"].sub("", name))
        for long, short in defined.items():
            if folded == fold(short) or (len(long) > 8 and (folded.endswith(long) or long.endswith(folded) and len(folded) > 12)):
                acr = short
                # "le Haut-Commissariat des Nations unies pour les réfugiés": its own words, as written
                own_long = R["determiner"].sub("", name).strip() if folded != fold(short) else ""
                break
    if acr:
        tail = m.group("tail").strip() if m and "tail" in m.groupdict() and m.group("tail") else ""
        tail = tail if tail[:1].isupper() else ""  # "(ARS) Auvergne-Rhône-Alpes" names a regional body; "in Seoul" does not
        long = R["determiner"].sub("", m.group("long").strip()) if m and "long" in m.groupdict() and m.group("long") else ""
        long = long or own_long or next((getattr(defined, "written", {}).get(k, k) for k, v in defined.items() if v == acr), "")
        # ("Service régional d'incendie et de secours (SRIS)" is the fire service, however the article abbreviates it)
        key = _generic(long, L) if long and not tail else None
        key = key or slugify(f"{acr} {tail}")
        display = (f"{long} ({acr})" if long and not R["initials"].search(name) else acr) + (f" {tail}" if tail else "")
        return replace(a, name=display[:1].upper() + display[1:], id=key, kind="organisation",
                       aliases=tuple(dict.fromkeys((*a.aliases, acr, a.name))))
    office = _office(name, L, country)
    if office and a.kind == "person":
        return replace(a, affiliation=office)  # "Health Minister Jonas Ferreda": a person who speaks for the ministry
    if a.kind in ("person", "group") and a.name[:1].isupper() and not office and (
            body := _spoken_for(a.name, evidence, L, defined) or _spoken_for(a.name, text, L, defined)):
        # "coast guard spokesman Commander Pavel Dorran", or where the article first gives the role: "Dr Mathis
        # Oberlé, director of the NPHA, told us" before "Oberlé said 5 were pregnant women"; the body keyed as
        # its own claims are ("la directrice de l'ANPC" speaks for the Agence nationale de protection civile,
        # ``civil-protection``; "la directrice de l'agence" for the last agency named)
        # (a name in capitals, kept as a group, is a person once a role ties it to a body)
        kind = "person" if a.kind == "group" and _LABEL_NAME.fullmatch(a.name) else a.kind
        return replace(a, kind=kind, affiliation=_keyed(Actor(body, "organisation"), defined, L, country, seen, "", text).id)
    if a.kind == "person" and not office and (owner := _possessive_owner(a.name, text, L, defined, country, seen, others,
                                                                         gazetteer)):
        return replace(a, affiliation=owner)
    # ("the Ostrian Coast Guard", "les garde-côtes": one body; but the "Ossaglian Civil Protection" of a page that
    # defines its own « Direction de la protection civile (DPC) » is the neighbour's)
    office = office or _generic(name, L, defined)
    if office:
        return replace(a, id=office, kind="organisation", aliases=tuple(dict.fromkeys((*a.aliases, a.name))))
    management = R["management"].match(name.strip())
    voice = R["hospital_voice"].match(name.strip())
    site = R["hospital_named"].search(evidence) \
        if management or voice or R["hospital_management"].match(name.strip()) else None
    if site and re.search(r"(?<![\w'’-])[A-ZÀ-ÝĀ-ŒŔ-ž]", site.group("site")) \
            and not (voice and evidence[:site.start()].strip(" \t\n*_\"“«")):
        # "Au CHU de Tarvel, la direction a recensé 620 grévistes": the hospital's own count ("au centre hospitalier
        # de Briançolle, …, a indiqué la direction", "At Stourwick Hospital, …, a spokeswoman said"; not "à l'hôpital";
        # a bare spokesperson only where the sentence opens with it, not "…, dont 4 transportées au CHU de Ferlac, a
        # indiqué son porte-parole")
        named = site.group("site").strip()
        return replace(a, name=named, id=slugify(named), kind="organisation", aliases=tuple(dict.fromkeys((*a.aliases, a.name))))
    if management:
        return replace(a, id="management", kind="organisation", aliases=tuple(dict.fromkeys((*a.aliases, a.name))))
    personal = R["personal_body"].match(name.strip())
    if personal and fold(personal.group("head")) in L.BODY_HEADS:
        # "Health Minister Sophie Carvel told ATV … her ministry put out a correction": the minister's ministry
        for earlier in reversed(people):
            if earlier.affiliation:
                body = next((x for x in seen if x.id == earlier.affiliation), None)
                return body or replace(a, name=personal.group("head"), id=earlier.affiliation, kind="organisation")
    bare = fold(R["determiner"].sub("", name)).strip()
    if bare in L.BODY_HEADS:
        # "le ministère", "the observatory": the last body of that kind named before
        for earlier in reversed(seen):
            if earlier.kind == "group" and " " not in earlier.name.strip():
                continue  # ("Ministers pointed to the fall … The ministry counts 41": people, not the ministry)
            # (a word's start: "minist" is no part of "tribunal administratif", "ong" of "Congo")
            stem = re.escape(L.BODY_HEADS[bare])
            if re.search(rf"(?<![\w-]){stem}", " ".join(fold(x) for x in (earlier.name, *earlier.aliases))) \
                    or re.search(rf"(?<![a-z0-9]){stem}", earlier.id):
                return earlier
    if bare in L.RESEARCH_HEADS:
        # "the research institute", "les chercheurs": the last research body named, whatever it calls itself
        for earlier in reversed(seen):
            if earlier.kind == "organisation" and not _office(earlier.name, L, None) and earlier.id != "management" \
                    and re.fullmatch(r"[a-z]{2,8}(?:-[a-z-]+)?", earlier.id) and earlier.id.split("-")[0].upper() in earlier.name:
                return earlier
        if len(set(defined.values())) == 1:  # named only later in the article, the one body it defines
            (acr,) = set(defined.values())
            return replace(a, name=acr, id=slugify(acr), kind="organisation", aliases=tuple(dict.fromkeys((*a.aliases, a.name))))
    stripped = R["type_before_name"].sub("", name)
    stripped = R["article_before_name"].sub("", stripped)
    if stripped != name:
        return replace(a, id=slugify(stripped), aliases=tuple(dict.fromkeys((*a.aliases, a.name))))
    return a


def _office(name: str, L, country: str | None) -> str | None:
    """``france-health-ministry``, ``prefecture-seine-maritime``: an office by its charge and its place."""
    folded = fold(name)
    for rx, portfolio in L.PORTFOLIOS:
        if re.search(rx, folded):
            where = _country_in(folded, L) or country
            return f"{where}-{portfolio}" if where else portfolio
    R = _rx(L.CODE)
    for m in (R["prefecture_of"].search(folded), R["prefecture_after"].search(folded)):
        if m and m.group("p") not in R["not_prefecture"]:
            return "prefecture-" + slugify(m.group("p"))
    return None


def _generic(name: str, L, defined: dict[str, str] | None = None) -> str | None:
    """``coast-guard``, ``fire-service``: a body named by what it is, the same in every language.

    With the page's ``defined`` names: ``civil-protection-ossagl`` for one a people's adjective names ("Ossaglian Civil
    Protection", « la Protection civile ossaglienne ») where the page defines the same kind of body with initials and
    no such adjective (« Direction de la protection civile (DPC) »): another country's, the adjective's stem in its
    key, the same in both languages."""
    folded = fold(name)
    for rx, key in _generic_bodies(L.CODE):
        if (m := rx.search(folded)) is None:
            continue
        people = demonym_beside(name, m.start(), m.end()) if defined else None
        if people and any(rx.search(long) and fold(people) not in long for long in defined):
            return f"{key}-{_DEMONYM_ENDING.sub('', fold(people))}"
        return key
    return None


@functools.cache
def _generic_bodies(code: str) -> tuple:
    """The language's generic bodies as (pattern, key), each pattern a whole word of folded text."""
    return tuple((re.compile(rf"(?<![\w-]){rx}(?![\w-])"), key) for rx, key in _lang.get(code).GENERIC_BODIES)


# the ending of a people's adjective, for its stem: "ossaglian", « ossaglienne » -> "ossagl"
_DEMONYM_ENDING = re.compile(rf"(?:{either(every('DEMONYM_ENDINGS'))})$")


@functools.lru_cache(maxsize=256)
def _role_body(name: str, text: str, code: str) -> str:
    """The words naming whom ``name`` speaks for where ``text`` first gives them a role, or "" (read once per
    name and page: a person is the claimant of several figures)."""
    R = _rx(code)
    # (a transcript's speaker label in capitals, "RODOLPHE ACHILLE :", is the "Rodolphe Achille" its introduction
    # gives a role: "avec Rodolphe Achille, directeur de l'Office …")
    flags = re.I if name.isupper() else 0
    for found in (re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, flags) if name.strip() else ()):
        at = found.start()
        role = R["role_before"].search(text[max(0, at - 80):at]) or R["role_after"].match(text, at + len(name)) \
            or R["role_of_before"].search(text[max(0, at - 120):at])
        if role:
            return role.group("body")
    return ""


def _possessive_owner(name: str, text: str, L, defined, country, seen: list[Actor], others=(),
                      gazetteer: Gazetteer | None = None) -> str | None:
    """The key of the body whose role the article gives a person in a possessive apposition before their first
    mention: "The agency's director, Lucienne Brodeck" (the last agency keyed), "Its president, Samir Belkhodja"
    (the body named last before it), or None."""
    R = _rx(L.CODE)
    found = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) if name.strip() else None
    m = found and R["possessive_role"].search(text, max(0, found.start() - 90), found.start())
    if not m:
        return None
    if m.group("body"):
        return _keyed(Actor(m.group("body"), "organisation"), defined, L, country, seen, "", text).id
    # the antecedent of "its", "son": of the bodies the article has keyed or defined, the one named last in its own
    # sentence before it, or in the sentence before when it opens one (none named there: no owner)
    from .extractor import sentences  # (the extractor's splitter, abbreviations and all; it imports this module)

    spans = list(sentences(text, 0, m.start()))
    raw = text[spans[-1][0] if spans else 0:m.start()]
    if len(spans) > 1 and _QUOTE_OPEN.match(raw):
        # ('"At this hour we count 632 dead," its spokesman, Colonel Ouazzane, told reporters': a quote opens the
        # sentence, so "its" points to the body named in the sentence before)
        raw = text[spans[-2][0]:m.start()]
    before = fold(raw)
    # (the article's own name for a body before the gazetteer's, where both read the same words; each keyed only
    # if it is the one chosen)
    named = [(before.rfind(fold(n)), 1, lambda body=body: body.id) for body in seen for n in (body.name, *body.aliases)
             if len(n) > 2]
    named += [(before.rfind(fold(body.name)), 1, lambda body=body: _keyed(body, defined, L, country, seen, "", text).id)
              for body in others if len(body.name) > 2]
    named += [(max(before.rfind(long), before.rfind(fold(acr))), 1,
               lambda acr=acr: _keyed(Actor(acr, "organisation"), defined, L, country, seen, "", text).id)
              for long, acr in defined.items()]
    named += [(at, 0, lambda key=key: key) for at, _, key in (gazetteer.find(raw) if gazetteer is not None else ())
              if gazetteer.get(key).kind == "organisation"]
    # (a body known by its kind, "The Civil Protection has published its update": the generic body's key)
    named += [(before.rfind(fold(c.group())), 0, lambda key=key: key) for c in _CAPITALISED.finditer(raw)
              if (key := _generic(c.group(), L))]
    at, _, key = max(named, key=lambda n: n[:2], default=(-1, 0, None))
    return key() if at >= 0 else None


_LABEL_NAME = re.compile(r"(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][A-ZÀ-ÝĀ-ŒŔ-ž'’-]+)(?:\s+(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][A-ZÀ-ÝĀ-ŒŔ-ž'’-]+)){1,3}")   # "RODOLPHE ACHILLE"
_QUOTE_OPEN = re.compile(r"\s*[«“\"]")
_CAPITALISED = re.compile(r"(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+)(?:\s+(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+)){0,4}")


def _spoken_for(name: str, evidence: str, L, defined: dict[str, str] | None = None) -> str | None:
    """The body a person speaks for, from the role around their name in the sentence: "coast guard
    spokesman Commander Pavel Dorran", "Pavel Dorran, porte-parole des garde-côtes" (its name, or None)."""
    R = _rx(L.CODE)
    body = R["determiner"].sub("", _role_body(name, evidence, L.CODE).strip())
    if body and defined and fold(body) in defined:
        body = defined[fold(body)]  # "director of the National Public Health Agency (NPHA)": the NPHA
    return body or None


def _country_in(folded: str, L) -> str | None:
    for rx, country in L.COUNTRY_OF_OFFICE:
        if re.search(rx, folded):
            return country
    return None
