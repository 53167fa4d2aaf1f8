"""Who a cue names: resolving the phrase of an attribution cue to actors,
with what the reader remembers of the article so far (the last speakers and
the last person or organisation named), so that "il", "she", "the agency" or
"its volunteers" point back to someone.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field, replace

from ..actors import DEFINED_NAME, Gazetteer, fold, names_a_body, place_name_tail
from ..model import Actor
from . import lang as _lang
from .attribution import Cue, ownerless_document
from .lang import either, every
from .phrases import ACRONYM, AGENTIVE, PROPER_NAME, SOURCE_DOCUMENTS, THING_SUBJECT, WITNESS, body_spoken_for
from .quantity import Counted

__all__ = ["definite_reference", "redescribed_opener", "apposed_agent", "apposed_role", "as_name", "State", "actors_for", "acts_as_source", "is_first_person", "is_second_person", "is_reference", "named", "names_nobody", "own_spokesperson", "reference_fits",
           "repeats_name", "same_body_head", "one_person", "opening_subject", "quote_follower"]


@dataclass
class State:
    """What the reader remembers while going through one article."""

    speakers: list[Actor] = field(default_factory=list)
    speakers_at: int = -1
    speakers_para: int = -1  # where the paragraph of the last speaker starts
    # the last person / organisation named, for "elle" or "the agency" when nobody spoke yet
    mentioned: dict = field(default_factory=dict)   # kind -> (sentence index, Actor)
    described: dict = field(default_factory=dict)   # folded head noun -> Actor it was put before ("le groupe privé Héliance")
    sentence: int = 0
    counted: Counted | None = None
    counted_para: int = -1           # the paragraph where it was counted
    asked: bool = False              # the last thing counted is what a question asked for ("how many people…?")
    tally: dict = field(default_factory=dict)  # concept -> (times counted, its last Counted) in the article
    para: int = -1                   # the paragraph being read
    people_counted: tuple = (-1, None)  # (sentence, Counted) of the last count of people
    last: tuple = (-1, None, frozenset())  # (sentence, PlaceRef, actor ids) of the last figure
    quantity: tuple | None = None
    striking: tuple | None = None    # (population, label) of the article's strike count that names who strikes
    measured: str = ""               # the text window the quantity's measure was read from
    values: set = field(default_factory=set)
    dated: tuple | None = None   # (date, speaker ids) of the last dated statement
    as_of_first: object | None = None  # the date of the first figure of the last sentence with one
    as_of_at: int = -1
    event_day: object | None = None  # the day of the last strike or march count
    first_day: object | None = None  # the day the article calls the first of the strike or protest
    total: tuple | None = None   # the frame of the last figure that is not a part of another
    total_place: object | None = None  # that figure's place (a PlaceRef), for a figure set beside it after its part
    place: object | None = None  # the last town, site or region named, for "sur le site", "there"
    region: object | None = None  # the last region named, for "in the province", « dans sa province »
    heading: list = field(default_factory=list)  # who the heading of the current live entry names
    today: object | None = None  # the day a live blog's day heading gives the entries under it
    section_day: object | None = None  # the day a recap's section heading gives ("LUNDI 7 : LES CONVOIS")
    section_place: object | None = None  # the place a numbers box's section heading names ("VALLANCOURT")
    told: object | None = None   # the last date a sentence gave, for "ce jour-là", "that day" in the next
    voices: list = field(default_factory=list)  # every actor that spoke so far, the latest last ("le collectif")
    spokesperson: tuple = (-1, None)  # (sentence, body) of the last unnamed spokesperson: "she" after them is the body
    here: tuple = ()             # the folded names of the towns and regions the current sentence names
    roles: dict = field(default_factory=dict)  # actor id -> the folded words that gave them a role ("maire de Vézac")


@functools.lru_cache(maxsize=None)
def _references(lang_data) -> dict:
    """Pronouns and short references of a language, folded (built once per language)."""
    return {fold(k): v for k, v in lang_data.PRONOUNS.items()} | {fold(k): v for k, v in lang_data.SHORT_REFERENCES.items()}


def is_reference(phrase: str, lang_data) -> bool:
    return fold(phrase.strip()) in _references(lang_data)


def definite_reference(phrase: str, lang_data) -> str | None:
    """The short reference a phrase is, its definite article given back when a
    preposition took it in ("un communiqué du service", "a statement from
    service"), or None.

    Examples
    --------
    >>> from claimgraph.extract import lang
    >>> definite_reference("service", lang.get("fr"))
    'le service'
    >>> definite_reference("Samu", lang.get("fr")) is None
    True
    """
    if is_reference(phrase, lang_data):
        return phrase.strip()
    for article in lang_data.DEFINITE_ARTICLES:
        whole = article + ("" if article.endswith("'") else " ") + phrase.strip()
        if is_reference(whole, lang_data):
            return whole
    return None


def names_a_kind(phrase: str, lang_data) -> bool:
    """Whether a short reference says what kind of body it points to ("le syndicat", "the army"), not just
    "the organisation"."""
    key = fold(phrase.strip())
    return key in _references(lang_data) and _specific_head(key) is not None


def reference_fits(phrase: str, actors, lang_data) -> bool:
    """Whether a short reference ("l'entreprise", "the company") may name these
    actors: an organisation's noun a body, a person's noun a person."""
    key = fold(phrase.strip())
    want = _references(lang_data).get(key)
    if want is None or not actors:
        return False
    head = _specific_head(key)
    return all((want == "any" or a.kind == want or (want == "organisation" and a.kind in ("organisation", "group", "country")))
               and (head is None or _named_by(a, head)) for a in actors)


def same_body_head(phrase: str) -> str | None:
    """The noun of "la même centrale", "le même collectif": a body named again."""
    same = _SAME_BODY.match(phrase.strip())
    return fold(same.group("head")) if same else None


def repeats_name(phrase: str, actors) -> bool:
    """Whether "la même centrale" names these actors again: the head noun of
    their name ("La centrale opérative du 118 a envoyé 11 ambulances, a fait
    savoir la même centrale")."""
    head = same_body_head(phrase)
    return bool(head and actors) and all(head in (fold(w) for w in re.findall(r"[\w'-]+", a.name)) for a in actors)


def actors_for(cue: Cue, state: State, code: str, lang_data, g: Gazetteer, in_title: bool,
                local: list[Actor] = (), continuing: bool = False) -> list[Actor]:
    """The actors a cue names; ``continuing`` when its verb goes on with the
    last speaker ("he added", "a-t-elle poursuivi"), so that a pronoun keeps
    that speaker rather than the last person merely mentioned."""
    phrase = cue.phrase.strip()
    if "," not in phrase:
        # ("A spokesman for the coastguard said": the coastguard; not "the spokesman of the Civil Protection, Marco
        # Pellizzari", whom the apposition names and ties to the body)
        phrase = body_spoken_for(phrase)
    if officer := _WITH_ITS_OFFICER.match(phrase):
        phrase = officer.group("body")  # "The Survivors' Association and its president say": the association
    key = fold(phrase).strip()
    refs = _references(lang_data)
    if key not in refs and not in_title and (owned := _owned_body(phrase, state, lang_data)) is not None:
        return [owned]
    if _SAME_DOCUMENT.match(phrase) and state.speakers and not in_title:
        return list(state.speakers)  # "Selon le même communiqué, quatre personnes": the last speaker's statement
    same = _SAME_BODY.match(phrase)
    if same and not in_title:
        # "le même collectif parle de 40 malades", "la même dépendance avait rapporté" (translated): the body
        # named before, else the last speaker
        named = _named_back(same.group("article") + " " + same.group("head"), state, heard=True)
        if named is None and not _PERSON_ROLE.match(fold(same.group("head"))):
            # a body's noun no one was named by ("la même dépendance"): the last body that spoke, not a person
            named = next((a for a in reversed(state.voices) if a.kind != "person" and not _PERSON_ROLE.match(fold(a.name))
                          and not _ONE_PERSON_ROLE.match(fold(a.name))), None)
        if named is not None or state.speakers:
            return [named] if named is not None else list(state.speakers)
    if _SPOKESPERSON_BARE.fullmatch(phrase) and not in_title and not local:
        # "Flexpoint says 410 … According to a spokesperson, 38 chalets": the body just heard or named, unless
        # a person was named since ("Its spokeswoman, Ann Ray, … the spokeswoman added")
        body = _recent_body(state)
        if body is not None:
            state.spokesperson = (state.sentence + 1, body)  # (the index this sentence's speakers will have)
            return [body]
    if ownerless_document(phrase, code):
        # "Selon le nouveau bilan, 17 corps": the bilan of whoever spoke last, else nobody's; "Son bilan
        # définitif": its owner's, the body the sentence before opened with when nobody spoke yet
        if in_title:
            return []
        owner = state.mentioned.get("organisation")
        person = state.mentioned.get("person")
        if _PERSONAL_DOCUMENT.match(phrase) and person and (owner is None or person[0] > owner[0]):
            owner = person  # "Fire Director Markus Heindl … According to his information": his
        # ("The NDMO has issued its evening report. The report lists 410 homes destroyed": the one who issued it)
        owned = _POSSESSIVE_DOCUMENT.match(phrase) or _PERSONAL_DOCUMENT.match(phrase) or _DEFINITE_LEAD.match(phrase)
        owned_by = [owner[1]] if owner and owned and owner[0] >= state.sentence - 1 else []
        if local or state.speakers:
            # ("Des journalistes étaient présents. D'après leurs observations, …": whom "leurs" names, named
            # after the last speaker, else the last speaker's)
            return owned_by if owned_by and not local and _POSSESSIVE_DOCUMENT.match(phrase) \
                and owner[0] > state.speakers_at else list(local) or list(state.speakers)
        return owned_by
    if key in refs:
        if in_title:
            return []
        if local and (key in lang_data.PRONOUNS or key in _FIRST_PERSON):
            return list(local)
        named = None if key in lang_data.PRONOUNS else _named_back(phrase, state)
        if named is not None:
            return [named]  # "the association" after "the German Farmers' Association"
        want = refs[key]
        head = _specific_head(key)
        role = _role_head(key)
        commercial = key.replace("'", " ").split()[-1] in _COMMERCIAL_HEADS
        fits = lambda a: (want == "any" or a.kind == want or (want == "organisation" and a.kind in ("organisation", "group", "country")
                                                             and not _PERSON_ROLE.match(fold(a.name))
                                                             # (nor a transcript's speaker named in capitals: "ORRIN
                                                             # LANYON: … The company tells us")
                                                             and not _CAPITALISED_NAME.fullmatch(a.name))
                          # "a police spokeswoman ... She said": one person with a role
                          or (want == "person" and a.kind == "group" and _ONE_PERSON_ROLE.match(fold(a.name)))) and (  # noqa: E731
            head is None or _named_by(a, head)) and (role is None or not _another_role(a, role, state.roles.get(a.id, ""))) and (
            # (a business is no public body: "The company says 38" after "the fire service said")
            not commercial or a.kind == "person" or not any(_named_by(a, h) for h in _NON_COMMERCIAL_HEADS)) and (
            # (a person named by a given name alone, "Karim, 34 ans", is a witness, not "le préfet" or "the mayor")
            role is None or a.kind != "person" or len(a.name.split()) > 1 or _has_role(a, role, state.roles.get(a.id, "")))
        if key in _SINGULAR_PRONOUNS and state.speakers and not local and all(_looks_plural(a) for a in state.speakers):
            # "selon les aéroports. Mercredi soir, elle prévoyait": "elle" is one body, not the airports; the
            # last body or person named that is one, if any
            agreeing = [m for m in state.mentioned.values() if fits(m[1]) and not _looks_plural(m[1])]
            if agreeing:
                return [max(agreeing, key=lambda m: m[0])[1]]
        if local and all(fits(a) for a in local):
            return list(local)  # "the ministry said ..., the ministry added": the speaker of this sentence
        if role is not None and (holder := _role_holder(state, role)) is not None and fits(holder):
            return [holder]
        if want == "person" and key in lang_data.PRONOUNS and state.spokesperson[1] is not None \
                and state.spokesperson[0] >= max(state.speakers_at, state.mentioned.get("person", (-1,))[0]):
            # "Both were released on bail, a spokeswoman said. She said 40 officers …": the body she speaks for
            return [state.spokesperson[1]]
        speakers = [a for a in state.speakers if fits(a)]
        if want == "any":
            mention = max(state.mentioned.values(), key=lambda m: m[0], default=None)
        else:
            mention = state.mentioned.get(want if want == "person" else "organisation")
        if mention and (not speakers or (mention[0] > state.speakers_at and not continuing)) and fits(mention[1]):
            return [mention[1]]
        if speakers or key in lang_data.PRONOUNS or key in _FIRST_PERSON:
            return speakers
        # "the ministry said" with no ministry before: kept as written, not dropped
        return g.resolve(phrase, code)
    if _POSSESSIVE_LEAD.match(phrase):
        # "said its volunteers had found", "ses équipes ont compté": the owner speaks through them
        if local:  # only a speaker of this very sentence: "its" may point to someone never quoted
            return list(local)
        # "Le cabinet Passemètre a dénombré 78 400 manifestants. Ses capteurs … ont relevé 24 100 personnes": the
        # body that spoke in the sentence just before
        if state.speakers and state.speakers_at >= state.sentence - 1 and all(
                a.kind in ("organisation", "group") for a in state.speakers):
            return list(state.speakers)
        # « L'association Cap Hiver parle de 400, selon sa présidente, Katell Le Dantec. Ses bénévoles ont distribué
        # 150 repas »: the body its person spoke for, named in the same sentence
        body = state.mentioned.get("organisation")
        if state.speakers and state.speakers_at >= state.sentence - 1 and body and body[0] == state.speakers_at \
                and all(a.kind == "person" for a in state.speakers):
            return [body[1]]
    named = _named_back(phrase, state) or _person_named_back(phrase, state)
    if named is not None:
        return [named]
    actors = g.resolve(phrase, code)
    both = _COORDINATED.match(phrase)
    if both and len(actors) == 1 and actors[0].id not in g and not DEFINED_NAME.match(phrase):
        # "la préfecture et les associations": two claimants, even when neither is known (a name its initials
        # close is one: "L'Agence … des chemins de fer et des infrastructures routières (ANSFISA)")
        actors = [a for part in both.groups() for a in g.resolve(part, code)]
    if cue.kind == "noun" and not (cue.document and _OWNER_NAME.fullmatch(re.sub(r"^\w['’]", "", phrase))) \
            and not (any(a.id in g for a in actors) or AGENTIVE.search(phrase)
                                   or ACRONYM.search(re.sub(r"^\w['’]", "", phrase.strip()))):  # ("l'UNEA 70 000")
        # "the prefecture counted 14,500, Numera 21,800": a bare name counts when this article heard or named it
        # ("The independent firm Numera said 39,700 …"), the latest such body first; the owner of a document
        # named with it is a source of its own (« Les chiffres de Frontex montrent que … », ``cue.document``)
        heard = re.compile(rf"(?<![\w'-]){re.escape(key)}(?![\w'-])")
        known = [*state.voices, *(m[1] for m in sorted(state.mentioned.values(), key=lambda m: m[0]))]
        match = next((a for a in reversed(known) if heard.search(fold(a.name))), None) if key else None
        return [match] if match is not None else []
    return actors


_SPOKESPERSON_BARE = re.compile(either(every("SPOKESPERSON_BARE")), re.I)
# a proper name that owns the document it is named with ("Frontex", "Home Office"; not "Derna floods")
_OWNER_NAME = re.compile(rf"{PROPER_NAME}|(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])[\w.&-]+")


def _recent_body(state: State) -> Actor | None:
    """The body an unnamed spokesperson speaks for: the last one that spoke, or was named, in the two sentences
    before, when no person spoke or was named since ("Fairbrook Foods said 220 … a spokeswoman said" keeps the
    spokeswoman when the company reads as a person's name)."""
    last = [(state.speakers_at, 1, a) for a in state.speakers[-1:]]
    last += [(m[0], 0, m[1]) for m in state.mentioned.values()]
    last = [x for x in last if x[0] >= state.sentence - 1]
    if not last:
        return None
    _, _, actor = max(last, key=lambda x: x[:2])  # (a speaker before a name of the same sentence)
    if actor.kind not in ("organisation", "group") or _PERSON_ROLE.match(fold(actor.name)) \
            or _ONE_PERSON_ROLE.match(fold(actor.name)):
        return None
    return actor


# Short references whose head names a kind of body: "the police" may only
# point back to a police force, "l'armée" to an army, not to any organisation.
_SPECIFIC_HEADS = {head: stems for code in _lang.LANGUAGES for head, stems in _lang.get(code).SPECIFIC_HEADS.items()}
_ROLE_HEADS = {head: stems for code in _lang.LANGUAGES for head, stems in _lang.get(code).ROLE_HEADS.items()}
_COMMERCIAL_HEADS = frozenset(every("COMMERCIAL_HEADS"))
_NON_COMMERCIAL_HEADS = frozenset(every("NON_COMMERCIAL_HEADS"))
_ARTICLES = either(every("ARTICLES"))
_POSSESSIVE_DOCUMENT = re.compile(rf"^{either(every('ORGANISATION_POSSESSIVES'))}\s", re.I)
_DEFINITE_LEAD = re.compile(rf"^{either(every('DEFINITE_ARTICLES'))}(?:\s|(?<=['’]))", re.I)
# a person's name in capitals, as a transcript labels its speakers ("ORRIN LANYON", "HERVÉ MAILLARD")
_CAPITALISED_NAME = re.compile(r"(?:[^\W\d_a-zà-ÿ](?:[^\W\d_a-zà-ÿ]|['’-])+\s+){1,3}[^\W\d_a-zà-ÿ](?:[^\W\d_a-zà-ÿ]|['’-])+")
_PERSONAL_DOCUMENT = re.compile(rf"^{either(every('PERSON_POSSESSIVES'))}\s", re.I)  # "his information"
# "its volunteers", "ses équipes": a plural group belonging to someone (not "sa secrétaire générale")
_POSSESSIVE_LEAD = re.compile(rf"^{either(every('ORGANISATION_POSSESSIVES'))}\s+(?:[a-zà-ÿ-]+\s+)?"
                              rf"(?:[a-zà-ÿ-]+[sx]|{either(every('COLLECTIVE_NOUNS'))})$", re.I)
# "his union", « son syndicat »: a body's noun after a possessive
_OWNED_BODY = re.compile(rf"^(?:{either(every('POSSESSIVES'))})\s+(?P<head>[a-zà-ÿ-]+)$", re.I)
# "its spokesman", « sa porte-parole »: the voice of a body named before, unnamed
_OWN_SPOKESPERSON = re.compile(rf"^{either(every('ORGANISATION_POSSESSIVES'))}\s+(?:[a-zà-ÿ-]+\s+)?"
                               rf"(?:{either(every('SPOKESPERSON_ROLES'))})$", re.I)


def _owned_body(phrase: str, state: State, lang_data) -> Actor | None:
    """The body a possessive and a body's noun stand for, as the definite noun would find it: "His union had chartered
    4 coaches", « Son syndicat avait affrété 4 cars » after a CGT delegate spoke is the CGT. None when no such body was
    named ("her ministry" is then left to the minister's own ministry) or when the noun says no kind of body ("his
    service" may be a doctor's ward)."""
    own = _OWNED_BODY.match(phrase)
    if own is None:
        return None
    ref = definite_reference(own.group("head"), lang_data)   # ("syndicat" -> « le syndicat »)
    if ref is None or _references(lang_data).get(fold(ref)) != "organisation" or not (head := _specific_head(fold(ref))):
        return None
    mention = state.mentioned.get("organisation")
    return _named_back(ref, state) or (mention[1] if mention and _named_by(mention[1], head) else None)


def own_spokesperson(phrase: str) -> bool:
    """Whether ``phrase`` is a body's unnamed voice: "its spokesman", « son porte-parole »."""
    return bool(_OWN_SPOKESPERSON.match(phrase.strip()))


# "le délégué syndical" is a person of the union, not "le syndicat" (names are folded)
_PERSON_ROLE = re.compile(rf"^(?:{_ARTICLES}\s*)?{either(every('PERSON_ROLES'))}\b")
# the head of a group's name is one person with a role: "(a) police spokeswoman (for ...)", "le ministre de ..."
_ONE_PERSON_ROLE = re.compile(rf"^(?:{_ARTICLES}\s*)?(?:[\w'-]+\s+){{0,2}}?{either(every('ONE_PERSON_ROLES'))}(?![\w'-])")
# "« Nous avons compté 4 000 morts », a déclaré le ministre": inside a quote the
# first person is the quoted speaker.
_FIRST_PERSON = frozenset(every("FIRST_PERSON"))
_SECOND_PERSON = frozenset(fold(w) for w in every("SECOND_PERSON"))
# "a breach at Harlow Clinics exposed": the head of a subject ends at these
_HEAD_LINK = re.compile(rf"\s{either(every('HEAD_LINKS'))}\s")


def acts_as_source(phrase: str, actors, g: Gazetteer) -> bool:
    """Whether the subject of an action may be the source of its figure: a
    body or person that counts its own work (a company, a union, a ministry),
    not a country whose deeds others count ("Russia sent 10,000 troops"),
    nor a thing near a body ("a breach at Harlow Clinics exposed ...")."""
    if not actors or any(a.kind == "country" or a.affiliation == a.id for a in actors):
        return False
    # (an elided article is no part of the initials: "L'ANSFISA a envoyé 2 inspecteurs")
    head, *rest = _HEAD_LINK.split(phrase, maxsplit=1)
    head = _LEADING_ARTICLE.sub("", head)
    # ("La station de la SNSM de Saint-Gildric a engagé 12 bénévoles": a unit of a body known by its initials)
    unit_of_initials = bool(rest) and _INITIALS.match(_LEADING_ARTICLE.sub("", rest[0].lstrip())) is not None
    # ("Le SDIS a engagé 90 sapeurs-pompiers": a body known by its initials counts its own work)
    # ("Le peloton de gendarmerie de haute montagne (PGHM) a engagé": a body defined by its initials)
    # ("La Croix-Rouge française a dépêché 25 bénévoles": a national branch of a known body, a body itself)
    return bool(AGENTIVE.search(head) or _INITIALS.search(head) or _DEFINED_INITIALS.search(phrase) or unit_of_initials) or any(
        a.id in g and a.kind in ("organisation", "person") for a in actors) or (
        all(a.kind == "organisation" for a in actors) and any(g.get(i).kind == "organisation" for _, _, i in g.find(phrase)))


_SINGULAR_PRONOUNS = frozenset(fold(w) for code in _lang.LANGUAGES for w in _lang.get(code).SUBJECT_PRONOUNS
                               if w not in _lang.get(code).PLURAL_PRONOUNS and w not in _lang.get(code).IMPERSONAL_PRONOUNS)


def _looks_plural(actor: Actor) -> bool:
    """A common noun in the plural ("aéroports", "secouristes"), not a name ("Nations unies", "Médecins Sans Frontières")."""
    words = actor.name.split()
    return actor.kind != "person" and bool(words) and words[-1][:1].islower() and words[-1][-1:] in "sx" and \
        not any(w[:1].isupper() for w in words[1:])


_LEADING_ARTICLE = re.compile(rf"^(?:{_ARTICLES})\s*", re.I)
_INITIALS = re.compile(r"(?<![\w'-])(?-i:[A-Z]{2,8})(?![\w'-])")
_DEFINED_INITIALS = re.compile(r"\((?-i:[A-Z][A-Z0-9]{1,7})\)\s*$")


def _opens_with(phrase: str, words: frozenset) -> bool:
    """A short phrase (three words at most) whose first word is one of ``words``."""
    split = fold(phrase).replace("'", "' ").split()
    # ("We've counted": "we'" before its contraction)
    return bool(split) and len(split) <= 3 and (split[0] in words or split[0].rstrip("'") in words)


def is_first_person(phrase: str) -> bool:
    return _opens_with(phrase, _FIRST_PERSON)


def is_second_person(phrase: str) -> bool:
    """"you", "vous", "your figure": the one spoken to."""
    return _opens_with(phrase, _SECOND_PERSON)


_SPEECH_AFTER_NAME = re.compile(rf"\s+(?:{either(every('SPEECH_AFTER_NAME'))})(?![\w'-])")   # ("Harish Tandon spoke")
# ("Petroc Chugg was on holiday", « Doris Farrugia, 44 ans, rentrait »: a person described, who may speak next)
_PERSON_DESCRIBED_AFTER = re.compile(rf"(?:\s+|,\s+)(?:{either(every('PERSON_DESCRIBED_AFTER'))})(?![\w'-])")
_SAME_DOCUMENT = re.compile(rf"^(?:{_ARTICLES}\s*)?{either(every('SAME_WORDS'))}\s+{either(every('SOURCE_NOUNS'))}$", re.I)
# ("ce même ministère", "this same ministry": a demonstrative says it as well)
_SAME_BODY = re.compile(rf"^(?P<article>{either(every('DEFINITE_ARTICLES') + every('SAME_DEMONSTRATIVES'))})\s*"
                        rf"{either(every('SAME_WORDS'))}\s+"
                        rf"(?P<head>(?-i:[a-zà-ÿ])[\w-]{{2,}})$", re.I)
# a body and its own officer, one voice: "the Amarante Survivors' Association and its president", « l'Association
# des rescapés et son président »
_WITH_ITS_OFFICER = re.compile(rf"^(?P<body>.+?)\s+{either(every('AND'))}\s+{either(every('ORGANISATION_POSSESSIVES'))}\s+"
                               rf"{either(every('SPOKESPERSON_ROLES'))}"
                               rf"(?:[\s-]+[\w-]+)?$", re.I)
_COORDINATED = re.compile(rf"^({_ARTICLES}\s*[^,]+?)\s+{either(every('AND'))}\s+({_ARTICLES}\s*[^,]+)$", re.I)
# (a common noun: "l'Aubrelle" is a name of its own, not "les chasseurs de l'Aubrelle" again)
_DEFINITE_HEAD = re.compile(rf"^{either(every('DEFINITE_ARTICLES') + every('SAME_DEMONSTRATIVES'))}\s*(?P<head>(?-i:[a-zà-ÿ])[\w-]{{2,}})$", re.I)


def _named_back(phrase: str, state: State, heard: bool = False) -> Actor | None:
    """"the front" after "the Civil Human Rights Front", "le collectif" after
    "le collectif national des ASCT": a definite noun naming an earlier actor."""
    m = _DEFINITE_HEAD.match(phrase.strip())
    if not m:
        return None
    head = fold(m.group("head"))
    earlier = [*state.speakers, *(a for _, a in sorted(state.mentioned.values(), key=lambda x: -x[0])),
               *(reversed(state.voices) if heard else ())]  # (with ``heard``, any earlier speaker: "le même collectif")
    if state.here:  # (any earlier speaker may be the one of the sentence's place)
        earlier += [a for a in reversed(state.voices) if a not in earlier]
    fits = []
    for actor in earlier:
        words = re.findall(r"[\w'-]+", actor.name)
        folded = [fold(w) for w in words]
        if head in folded and fold(actor.name) != head:
            if _ONE_PERSON_ROLE.match(fold(actor.name)) and not _ONE_PERSON_ROLE.match(fold(phrase.strip())):
                continue  # "the trust" is not the "trust spokesperson": one person who speaks for it
            fits.append(actor)
    # ("Dans le Val-d'Ormoy, …, selon la préfecture", after the Haut-Ardance prefecture spoke: the place's own)
    local = [a for a in fits if state.here and any(p in fold(a.name) for p in state.here)]
    # ("Le groupe précise" after "le groupe privé Héliance Oncologie": the body that noun was put before)
    return (local or fits or [state.described.get(head)])[0]


def note_descriptions(state: State, s: str, actors) -> None:
    """Remember the common noun a sentence puts before a body's name ("le groupe privé Héliance Oncologie", "the
    charity Sea Watch"), so that "le groupe", "the charity" later name that body."""
    for actor in actors:
        if not actor.name[:1].isupper():
            continue
        for m in re.finditer(rf"{_DESCRIBED_LEAD}(?P<head>(?-i:[a-zà-ÿ])[\w-]{{2,}})(?:\s+(?-i:[a-zà-ÿ])[\w'-]+){{0,2}}\s+"
                             rf"{re.escape(actor.name.split()[0])}(?![\w-])", s):
            head = m.group("head")
            if actor.kind != "person":
                state.described[fold(head)] = actor
            elif AGENTIVE.fullmatch(head) and not _PERSON_ROLE.match(fold(head)):
                # (a name read as a person's, put after a body's noun: "le groupe Héliance" is a body)
                state.described[fold(head)] = replace(actor, kind="organisation")


_DESCRIBED_LEAD = rf"(?<![\w'-])(?i:{either(every('DEFINITE_ARTICLES'))})(?:\s+|(?<=['’]))"


def _person_named_back(phrase: str, state: State) -> Actor | None:
    """"Dimaculangan told reporters" after "Renato Dimaculangan, head of …" (or "Dobos" after "Dobos Lilla"): one
    word of the name of one person heard or named before, that person (so that "he said" next is theirs too)."""
    if not _ONE_NAME_WORD.fullmatch(phrase.strip()):
        return None
    key = fold(phrase.strip())
    people = {a.id: a for a in [*state.speakers, *state.voices, *(a for _, a in state.mentioned.values())]
              if a.kind == "person" and len(a.name.split()) > 1 and key in {fold(w) for w in re.findall(r"[\w'’-]+", a.name)}}
    return next(iter(people.values())) if len(people) == 1 else None


_ONE_NAME_WORD = re.compile(r"(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])[\w'’-]+")
_BULLET_LEAD = re.compile(r"^[-•*·–—▪►]\s*")


@functools.lru_cache(maxsize=None)
def _source_tail(lang_data):
    return re.compile(rf",\s*{lang_data.SOURCE_PREPS}\s+(?P<np>.+)$", re.I)


def as_name(phrase: str, lang_data) -> str:
    """A cue's words cut down to the name they hold: a bullet is no part of
    a name, and in "la chute d'un arbre, selon la préfecture" the source is
    after "selon".

    Examples
    --------
    >>> from claimgraph.extract import lang
    >>> as_name("la chute d'un arbre à Landerneau, selon la préfecture", lang.get("fr"))
    'la préfecture'
    >>> as_name("- Police", lang.get("en"))
    'Police'
    >>> as_name("par téléphone à l'APC le maire", lang.get("fr"))
    'le maire'
    """
    phrase = _BULLET_LEAD.sub("", phrase.strip())
    if phrase.startswith("#"):
        return ""  # "# La semaine en chiffres : …": a markdown heading's words, no one's name
    if fold(phrase) in lang_data.INTERROGATIVES and not phrase.isupper():  # (not "WHO", the organisation)
        return ""  # "Who said it: the governor …": a fact-check's question, nobody
    tail = _source_tail(lang_data).search(phrase)
    if tail:
        return tail.group("np").strip()
    if _fragment(lang_data).match(phrase):
        return ""  # "propager dans le territoire de Makundu": a verb's clause, not a name
    first = phrase.split(maxsplit=1)
    if len(first) == 2 and first[0] in lang_data.PRONOUNS and first[0] not in lang_data.POSSESSIVES:
        return first[0]  # « Selon lui sous décombres pouvaient se trouver 4 personnes » (translated, no comma): "lui"
    lead = _adverbial_lead(lang_data).match(phrase)
    # ", a raconté par téléphone à l'APC le maire": the subject comes after what the verb was done with
    phrase = phrase[lead.end():].strip() if lead and lead.end() < len(phrase) else phrase
    opener_rx, keepers = _opener(lang_data)
    opener = opener_rx.match(phrase)
    if opener:
        words = opener.group().split()
        if len(words) == 1 or fold(words[-1]) not in keepers:
            phrase = phrase[opener.end():]  # "Later the regional health agency": the agency
    cuts = _name_cuts(lang_data)
    if cuts["day"].fullmatch(phrase):
        return ""  # ("attributed to Ketara the same day": a day is nobody)
    # ("un décompte de l'Agence Alizés Info établi à partir des chiffres nationaux": the name, not how it counted)
    phrase = cuts["how_compiled"].sub("", phrase) or phrase
    # ("according to the charity that runs it": the short reference, its relative clause cut)
    head = cuts["relative"].split(phrase, maxsplit=1)
    return head[0] if len(head) == 2 and is_reference(head[0], lang_data) else phrase


@functools.lru_cache(maxsize=None)
def _name_cuts(lang_data) -> dict:
    """The patterns ``as_name`` cuts a cue's words with, for a language (built once: it runs for every cue)."""
    return {"day": re.compile(lang_data.SAME_DAY, re.I),
            "how_compiled": re.compile(rf"\s+(?:{lang_data.HOW_COMPILED})(?![\w'-]).*$", re.I),
            "relative": re.compile(rf"\s+(?:{lang_data.REFERENCE_RELATIVES})\s+", re.I)}


@functools.lru_cache(maxsize=None)
def _opener(lang_data) -> tuple[re.Pattern, frozenset]:
    """A capitalised word and up to four lower-case ones before a determiner, no comma between; and the
    words that, last before the determiner, keep them in the name."""
    return (re.compile(rf"^(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]*)(?:\s+(?-i:[a-zà-ÿ][\w'’-]*)){{0,4}}\s+"
                       rf"(?=(?:{lang_data.OPENER_DETERMINERS})(?:\s|(?<=['’]))\S)"),
            frozenset(fold(w) for w in lang_data.OPENER_KEEPERS))


@functools.lru_cache(maxsize=None)
def _fragment(lang_data):
    return re.compile(rf"^(?:{lang_data.CLAUSE_FRAGMENT_LEAD})(?![\w'-])")


@functools.lru_cache(maxsize=None)
def _adverbial_lead(lang_data):
    return re.compile(rf"^(?:(?:{lang_data.ADVERBIAL_LEAD})\s+\S+(?:\s+(?:{lang_data.ADVERBIAL_LEAD})\s*\S+)*\s+)"
                      rf"(?=(?:{lang_data.SUBJECT_DETERMINERS})\s)", re.I)


def names_nobody(phrase: str, actors, g: Gazetteer, lang_data, documents: bool = False) -> bool:
    """The subject is a thing, not a speaker ("the Americas as a whole");
    with ``documents``, a study or survey counts as a thing too (it is the
    evidence when a person also speaks in the sentence)."""
    if not actors or any(a.id in g for a in actors) or is_reference(phrase, lang_data) or _SAME_BODY.match(phrase.strip()):
        return False  # (« la même dépendance » points back to a body)
    return bool(THING_SUBJECT.match(phrase.strip())) and not AGENTIVE.search(phrase) and not WITNESS.search(phrase) and (
        documents or not SOURCE_DOCUMENTS.search(phrase))


def _another_role(actor: Actor, role: str, given: str = "") -> bool:
    """Whether ``actor`` is named by a role other than ``role`` and not by it
    ("le maire" for « le préfet »; not "Jean Dupont", who may be the prefect)."""
    return not _has_role(actor, role, given) and any(_has_role(actor, other, given) for other in _ROLE_HEADS if other != role)


def _has_role(actor: Actor, role: str, given: str = "") -> bool:
    """Whether ``actor``'s name or an alias says ``role`` ("Préfète Anne Roy", "le maire de Vézac"), or the
    words ``given`` that the article gave them in apposition ("la gouverneure de Cormarin, Théodora Kerjégu")."""
    text = " ".join(fold(n) for n in (actor.name, *actor.aliases, given))
    return any(re.search(rf"(?<![\w-]){re.escape(stem)}", text) for stem in _ROLE_HEADS[role])


def _role_holder(state: State, role: str) -> Actor | None:
    """The latest actor heard or named whom the article gave ``role``: "the mayor" is Mayor Dana Whitlow, who
    spoke two sentences ago, not the emergency manager named since."""
    seen = [*state.speakers, *(a for _, a in sorted(state.mentioned.values(), key=lambda x: -x[0])),
            *reversed(state.voices)]
    # (one named, not the role as a name of its own: "gouverneure" the sentence's subject also gave)
    return next((a for a in seen if a.name != a.name.lower() and _has_role(a, role, state.roles.get(a.id, ""))), None)


_ROLE_STEMS = "|".join(sorted({re.escape(stem) for stems in _ROLE_HEADS.values() for stem in stems}, key=len, reverse=True))
# the role right before a name, with its place: « la gouverneure de Cormarin, Théodora Kerjégu », "Mayor Dana Whitlow"
_ROLE_BEFORE_NAME = re.compile(rf"(?<![\w-])(?:{_ROLE_STEMS})[\w-]*(?:\s+(?:{either(every('NAME_LINKS'))})\s*[^\W\d][^,;:.()«»\"]{{0,40}})?"
                               rf"\s*,?\s*$")
# the role right after it: "Yvonnick Trémorel, maire de Cap-Ardelle", "Dana Whitlow, the town's mayor"
_ROLE_AFTER_NAME = re.compile(rf"^\s*,\s*(?:[\w'’-]+\s+){{0,2}}?(?:{_ROLE_STEMS})[\w-]*"
                              rf"(?:\s+(?:{either(every('NAME_LINKS'))})\s*[^\W\d][^,;:.()«»\"]{{0,40}})?")


def apposed_role(s: str, actor: Actor) -> str:
    """The role sentence ``s`` gives the person ``actor`` right before or after their name (« la gouverneure de
    Cormarin, Théodora Kerjégu », "Yvonnick Trémorel, maire de Cap-Ardelle"), or ""."""
    if actor.kind != "person" or (at := s.find(actor.name)) < 0:
        return ""
    before = fold(s[:at])  # (searched in place: a window cut inside "primaire" would read "maire")
    role = _ROLE_BEFORE_NAME.search(before, max(0, len(before) - 70)) \
        or _ROLE_AFTER_NAME.match(fold(s[at + len(actor.name):][:70]))
    if role is None and (apposed := _APPOSED_AGENT.match(s[:at]) or _APPOSED_AGENT_AFTER.match(s, at + len(actor.name))) \
            and AGENTIVE.search(apposed.group("role")):
        return apposed.group("role")  # ("Le préfet, Marc Dastugue, a financé": any agent noun between commas)
    return role.group().strip(" ,") if role else ""


def apposed_agent(s: str, name: str) -> str:
    """The agent noun ``s`` sets between commas right after its last ``name``, as it ends ("Stralvia, the network
    operator,", « Osakidetza, le service de santé basque, »), or "": what tells an unknown name is a body.

    >>> apposed_agent("Stralvia, the network operator, ", "Stralvia")
    'the network operator'
    >>> apposed_agent("Kessington, a town of 4,000, ", "Kessington")
    ''
    >>> apposed_agent("Saulnac, the lowland district, ", "Saulnac")
    ''
    """
    at = s.rfind(name)
    apposed = _APPOSED_AGENT_AFTER.fullmatch(s.rstrip() + " ", at + len(name)) if at >= 0 and name else None
    # (a territory's noun is no body's: "Saulnac, the lowland district furthest downstream, accounted for")
    return apposed.group("role").strip() if apposed and AGENTIVE.search(_TERRITORY.sub(" ", apposed.group("role"))) else ""


_TERRITORY = re.compile(rf"(?<![\w'-])(?:{either(every('TERRITORY_WORDS'))})(?![\w'-])", re.I)


# an agent noun opening the sentence right before a name between commas, or right after it: "Le préfet, X,"
_APPOSED_AGENT = re.compile(r"^(?:.*[.;:!?]\s+)?(?P<role>[^,;:.!?\d]{2,60}),\s*$", re.S)
_APPOSED_AGENT_AFTER = re.compile(r"\s*,\s*(?P<role>[^,;:.!?\d]{2,60}),\s*")


def note_roles(state: State, s: str, actors) -> None:
    """Remember the role a sentence gives a person it names, for "the mayor" or « la gouverneure » later."""
    for actor in actors:
        if actor.id not in state.roles and (role := apposed_role(s, actor)):
            state.roles[actor.id] = role


def _specific_head(key: str) -> str | None:
    words = key.replace("'", " ").split()
    return words[-1] if words and words[-1] in _SPECIFIC_HEADS else None


def _role_head(key: str) -> str | None:
    words = key.replace("'", " ").split()
    return words[-1] if words and words[-1] in _ROLE_HEADS else None


def _named_by(actor: Actor, head: str) -> bool:
    text = " ".join(fold(n) for n in (actor.name, *actor.aliases))
    # stems start a word; short ones ("fo", "cgt") are the whole word
    return any(re.search(rf"(?<![\w-]){re.escape(stem)}" + (r"(?![\w-])" if len(stem) <= 4 else ""), text)
               for stem in _SPECIFIC_HEADS[head])


# Two to four capitalised words, not opening with a capitalised preposition or article ("À Kiev", "In Paris")
_NAME_LEAD = r"(?<![\w'-])(?!%s\s)" % either(re.escape(w[:1].upper() + w[1:]) for w in [
    *every("NOT_NAME_WORDS"), *every("DEFINITE_ARTICLES"), *every("NAME_LINKS")])
# (a part may be hyphenated: "Teresa Alvarado-Finch"; a weekday is none: "[grid operator Valnet, Monday 3]")
_NAME_WORD = rf"(?!(?i:{either(every('WEEKDAYS'))})(?![\w'-]))[A-ZÀ-ÝĀ-ŒŔ-ž][a-zà-ÿĀ-ž']+(?:-[A-ZÀ-ÝĀ-ŒŔ-ž]?[a-zà-ÿ']+)*"
_PERSON_NAME = re.compile(rf"{_NAME_LEAD}(?:{_NAME_WORD}\s+){{1,3}}{_NAME_WORD}(?![\w-])")
_SHORT_PERSON_NAME = re.compile(rf"{_NAME_LEAD}(?:{_NAME_WORD}\s+){{1,2}}{_NAME_WORD}(?![\w-])")
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*")


def _person_names(s: str):
    """Spans of capitalised words that may name a person: "Chief Inspector Dawn Felling", "Hajj Saleh Abu Zeid";
    a longer run is read three words at a time ("Chief Fire Officer Ruth Callander": the role, then the name).

    Examples
    --------
    >>> [m.group() for m in _person_names("Chief Fire Officer Ruth Callander spoke to Hajj Saleh Abu Zeid.")]
    ['Chief Fire Officer', 'Ruth Callander', 'Hajj Saleh Abu Zeid']
    """
    pos = 0
    while (m := _PERSON_NAME.search(s, pos)) is not None:
        run = _NAME_RUN.match(s, m.start())
        if run.end() > m.end():
            yield from _SHORT_PERSON_NAME.finditer(s, m.start(), run.end())
            pos = run.end()
        else:
            yield m
            pos = m.end()


_CAPITALS_AROUND = re.compile(r"(?<=[A-Z])\s+[A-Z]{2,}[\s'’][A-Z]{2,}")   # "WHO SAID IT", a heading's words after


def named(s: str, code: str, g: Gazetteer) -> list[Actor]:
    """Persons and organisations named in a sentence, left to right."""
    # (not initials inside a heading in capitals: "WHO SAID IT: the FPAC" names no World Health Organization)
    found = [(a, g.get(i, code)) for a, b, i in g.find(s) if not _CAPITALS_AROUND.match(s, b)]
    found = [(a, actor) for a, actor in found if actor.kind in ("person", "organisation")]
    starts = sorted(a for a, _ in found)  # (bisected: a sentence of many names is read in n log n)
    for m in _person_names(s):
        if (_PLACE_LEAD.search(s[max(0, m.start() - 12):m.start()]) and not _TITLED.match(m.group())
                and not _PERSON_AFTER_OF.search(s, 0, m.start())) \
                or place_name_tail().search(m.group()):  # ("le Dr Karim Belhaj" is a person)
            continue  # "the Brandenburg Gate", "Independence Park": a place, not a person
        if _NAMED_EVENT.match(m.group()) or _NAMED_EVENT_BEFORE.search(s, max(0, m.start() - 20), m.start()):
            continue  # "Typhoon Marikit", « la tempête Ciarán »: a storm's name, nobody who speaks
        if _IN_LONG_NAME.search(s, 0, m.start()) or _ACRONYM_GLOSS.match(s, m.end()) or _opens_defined_name(s, m.start()):
            continue  # "la Coordination Étatique de Protection Civile (CEPC)": the end of a body's name, no person
        # (a name opening the sentence is taken when it reads as a person: "Mayor Teresa Alvarado-Finch spoke")
        i = bisect.bisect_left(starts, m.start() - 39)
        if not (i < len(starts) and starts[i] <= m.start()):  # no name found in the 40 characters before
            actor = g.resolve(m.group(), code)
            if m.start() == 0 and (body := _DEFINED_AS_BODY.match(s, m.end())) and AGENTIVE.search(body.group("noun")):
                found.append((m.start(), Actor(m.group(), "organisation")))  # "Little Steps is a charity that"
                bisect.insort(starts, m.start())
                continue
            if m.start() == 0 and actor and actor[0].kind == "person" and len(m.group().split()) < 3 \
                    and not _SPEECH_AFTER_NAME.match(s, m.end()) and not _PERSON_DESCRIBED_AFTER.match(s, m.end()):
                continue  # "Sources close", "Hier Paris": two capitalised words opening a sentence are ambiguous
            if actor and actor[0].kind == "person":
                found.append((m.start(), actor[0]))
                bisect.insort(starts, m.start())
            elif actor and names_a_body(m.group()) and (m.start() == 0 or _DATELINE_END.search(s, 0, m.start())
                                                         or _AGENT_BEFORE.search(s, 0, m.start())) \
                    and not _NAME_GOES_ON.match(s, m.end()):  # (not "Chief Fire Officer" of "… Ruth Callander")
                # "Southmoor Water extended its notice": a body's name opening the sentence (or its dateline's
                # "CARROWMERE, England, March 5 (Kestrel) -"), for "the company" after it
                found.append((m.start(), actor[0]))
                bisect.insort(starts, m.start())
    for m in _AGED.finditer(s):
        # "Youssef, 46 ans, agriculteur", "Yonas, 17, said": a name with an age is a person, even one word
        if m.start() not in starts and not g.find(m.group("name")) and fold(m.group("name")) not in _NOT_NAMES:
            found.append((m.start(), Actor(m.group("name"), "person")))
    return [actor for _, actor in sorted(found, key=lambda x: x[0])]




_DEFINED_AS_BODY = re.compile(rf"\s+(?:{either(every('COPULAS'))})\s+(?:{either(every('INDEFINITE_DETERMINERS'))})\s+"
                              rf"(?P<noun>(?:[^\W\d][\w'-]*\s+)?[^\W\d][\w'-]*)", re.I)   # ("a local charity")
_AGENT_BEFORE = re.compile(rf"(?<![\w'-])(?:{either(every('BY'))})\s+$", re.I)   # "run by Northway Fuels"
_NAME_GOES_ON = re.compile(r"\s+(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])")
_DATELINE_END = re.compile(r"\)\s*[–—-]\s*$")   # "CARROWMERE, England, March 5 (Kestrel) - "
_NAMED_EVENT = re.compile(rf"(?:{either(every('NAMED_EVENT_LEADS'))})\s")
_NAMED_EVENT_BEFORE = re.compile(rf"(?<![\w'-])(?:{either(every('NAMED_EVENT_LEADS'))})\s+$")
_IN_LONG_NAME = re.compile(rf"(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])[\w'’-]+\s+{either(every('NAME_LINKS'))}\s+$")
_ACRONYM_GLOSS = re.compile(r"\s*\((?-i:[A-ZÀ-ÝĀ-ŒŔ-ž]{2,})\)")
# a long name, then its initials in brackets: "Dirección Nacional de Emergencias (DNE)"
_NAME_THEN_INITIALS = re.compile(r"(?P<name>[^()\[\],;:.\n]{3,80}?)\s*\((?P<initials>(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž]{2,8}))\)")


def _opens_defined_name(s: str, at: int) -> bool:
    """Whether the capitalised words at ``at`` open a name whose initials follow it in brackets ("Dirección Nacional"
    of "Dirección Nacional de Emergencias (DNE)"): the start of a body's name, in a language whose words for a body
    no module knows, not a person."""
    m = _NAME_THEN_INITIALS.match(s, at)
    if m is None:
        return False
    capitals = "".join(w[0] for w in m.group("name").split() if w[:1].isupper())
    return len(capitals) >= 2 and capitals.upper() == m.group("initials").upper()
_AGED = re.compile(rf"(?<![\w'’-])(?P<name>(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][a-zà-ÿĀ-ž'’-]+)(?:\s+(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][a-zà-ÿĀ-ž'’-]+)){{0,2}}),\s+"
                   rf"\d{{1,3}}(?:\s+(?:{either(every('AGE_UNITS'))}))?(?=\s*[,)])")
# capitalised words that open a sentence and are no name ("Mardi, 12 ...", "Selon, ...")
_NOT_NAMES = frozenset(fold(w) for w in [*every("WEEKDAYS"), *every("MONTHS"), *every("ARTICLES"), *every("DEFINITE_ARTICLES")])
_TITLED = re.compile(rf"(?:{either(t for t in every('TITLES') if t not in every('PLACE_TITLES'))})\.?\s")   # (not "St")
_PERSON_AFTER_OF = re.compile(rf"(?<![\w'-])(?:{either(every('PERSON_AFTER_OF'))})", re.I)   # ("the words of X")
# "the Brandenburg Gate", "près de Saint-Gildas": a place, not a person
_PLACE_LEAD = re.compile(rf"(?<![\w'-]){either(every('DEFINITE_ARTICLES') + every('PLACE_NAME_LEADS'))}\s*$", re.I)
_TIME_OPENING = re.compile(rf"^\s*(?:{either(every('CLAIMANT_TIME_LEAD'))})\s*,\s*", re.I)
_DETERMINER = re.compile(r"(?P<det>%s)(?:(?<=['’])\s*|\s+)(?=\w)" % either(re.escape(w) for w in every("ARTICLES")), re.I)
_OPENING_DETERMINER = re.compile(r"^\s*(?:[«\"“]\s*)?(?P<det>%s)(?:(?<=['’])\s*|\s+)(?=\w)"   # (not "La" of "Last")
                                 % either(re.escape(w[:1].upper() + w[1:]) for w in every("ARTICLES")))


def one_person(s: str, code: str, g: Gazetteer) -> list[Actor]:
    """The person a sentence names, when it names exactly one.

    Examples
    --------
    >>> from claimgraph.actors import default_gazetteer
    >>> [a.name for a in one_person("La parole est ensuite passée au Dr Cécile Arnoux, directrice de l'agence.", "fr",
    ...                            default_gazetteer())]
    ['Dr Cécile Arnoux']
    >>> one_person("Le maire, Marc Leroy, a longuement remercié devant le conseil municipal la préfète, Anna Weber.",
    ...            "fr", default_gazetteer())
    []
    """
    people = {a.id: a for a in named(s, code, g) if a.kind == "person"}
    return list(people.values()) if len(people) == 1 else []


def quote_follower(s: str, code: str, g: Gazetteer) -> list[Actor]:
    """Who said the quote a sentence follows, when that sentence opens with
    them ("C'est par ces mots que le préfet X a ouvert la conférence", "Le
    directeur, Hugues Vallerand, n'a pas caché son inquiétude"); nobody when
    it sets someone against the quote ("Le maire, lui, conteste").

    Examples
    --------
    >>> from claimgraph.actors import default_gazetteer
    >>> g = default_gazetteer()
    >>> [a.name for a in quote_follower("Le directeur du centre hospitalier, Hugues Vallerand, n'a pas caché son inquiétude.",
    ...                                 "fr", g)]
    ['Hugues Vallerand']
    >>> quote_follower("Le maire, Paul Riou, lui, conteste ces chiffres.", "fr", g)
    []
    """
    L = _lang.get(code)
    lead = re.match(rf"\s*(?:{L.QUOTE_FOLLOW_LEADS})\s*", s, re.I)
    s = s[lead.end():] if lead else s.lstrip()
    verb_first = bool(lead) and s[:1].islower()
    if verb_first and (after := named(s[:120], code, g)):
        # "« … » Ceci raconte Marek, 31 ans" (translated copy): the one named after the verb the lead opens with
        return after[:1]
    s = s[:1].upper() + s[1:]
    if lead and (name := _LEAD_NAME.match(s)):
        # "So said Mosese Duri, a net maker": the name right after the lead, whatever opening a sentence means
        person = [a for a in g.resolve(name.group(), code) if a.kind in ("person", "organisation")]
        if person:
            return person
    if re.search(L.QUOTE_FOLLOW_CONTRAST, s[:160], re.I):
        return []
    subject = re.match(r"[^.;:!?«»\"]{0,90}?,\s*((?:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’.-]+\s+){1,3}[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+)\s*,", s)
    if subject:  # "Le directeur du centre hospitalier, Hugues Vallerand, …": the name in apposition
        person = [a for a in g.resolve(subject.group(1), code) if a.kind == "person"]
        if person:
            return person
    if (name := _LEAD_NAME.match(s)) and len(name.group().split()) > 1 \
            and re.match(rf"\s+(?:{L.AUX}|{L.FINITE_SHAPES})(?![\w'-])", s[name.end():]) \
            and (person := [a for a in g.resolve(name.group(), code) if a.kind == "person"]):
        # "« … » Marie-Laure Tujague est infirmière depuis douze ans": the person the next sentence opens with
        return person
    return opening_subject(s, code, g) or one_person(s[:120], code, g)


_NAME_LINK_WORDS = frozenset(every("NAME_LINKS"))
# "So said Mosese Duri, …", « C'est ainsi que Hélène Garrigues a décrit la matinée » (its verb after it)
_LEAD_NAME = re.compile(rf"{PROPER_NAME}(?=\s*[,.;]|\s*$|\s+(?-i:[a-zà-ÿ]))")


_OPENING_INITIALS = re.compile(rf"(?P<name>{ACRONYM.pattern})(?=\s+[a-zà-ÿ])")   # ("SEPA has", not "PARIS (AFP)", "UPDATE:")


def redescribed_opener(phrase: str, before: str, code: str, g: Gazetteer, lang_data) -> list[Actor]:
    """The body a sentence opens with by its name, when a generic noun of a body after its figures describes it again
    ("St John Ambulance volunteers treated 4 people, the charity said", « La Croix-Rouge a dépêché 22 bénévoles,
    selon l'association »), else ``[]``. ``before`` is the sentence up to that noun.

    Examples
    --------
    >>> from claimgraph.actors import default_gazetteer
    >>> from claimgraph.extract import lang
    >>> g = default_gazetteer()
    >>> before = "St John Ambulance volunteers treated 4 people, "
    >>> [a.name for a in redescribed_opener("the charity", before, "en", g, lang.get("en"))]
    ['St John Ambulance']
    >>> redescribed_opener("the union", before, "en", g, lang.get("en"))
    []
    """
    key = fold(phrase.strip())
    if _references(lang_data).get(key) != "organisation" or key.replace("'", " ").split()[-1] not in _REDESCRIBING_HEADS:
        return []
    opening = named(before, code, g)[:1]
    return [a for a in opening if any(re.match(rf"\s*(?:{_ARTICLES}\s*)?{re.escape(n)}(?![\w'-])", before, re.I)
                                      for n in (a.name, *a.aliases))]


_REDESCRIBING_HEADS = frozenset(every("REDESCRIBING_HEADS"))


def opening_subject(s: str, code: str, g: Gazetteer) -> list[Actor]:
    """The body or person a sentence opens with, when its head is an agent
    ("The mayor spoke to reporters.", "Le maire s'est exprimé"): someone a
    later "she" or "il" may point to, although nobody was quoted yet.

    Examples
    --------
    >>> from claimgraph.actors import default_gazetteer
    >>> [(a.name, a.kind) for a in opening_subject("The local mayor spoke to reporters.", "en", default_gazetteer())]
    [('local mayor', 'person')]
    >>> opening_subject("The storm hit the coast.", "en", default_gazetteer())
    []
    >>> [(a.name, a.kind) for a in opening_subject("The NDMO has issued its report.", "en", default_gazetteer())]
    [('NDMO', 'group')]
    >>> [a.name for a in opening_subject("The National Disaster Management Office raised the toll.", "en", default_gazetteer())]
    ['National Disaster Management Office']
    >>> [a.name for a in opening_subject("Mardi matin, la préfecture a dressé un bilan.", "fr", default_gazetteer())]
    ['préfecture']
    """
    if (initials := _OPENING_INITIALS.match(s)) and (bodies := g.resolve(initials.group("name"), code)) \
            and bodies[0].kind != "person":
        return bodies[:1]  # "SEPA has issued 9 flood warnings. It says …": a body by its initials, with no article
    m = _OPENING_DETERMINER.match(s)
    if not m and (lead := _TIME_OPENING.match(s)):
        # « Mardi matin, la préfecture de la Loudière a dressé un premier bilan »: the subject after the time
        s = s[lead.end():]
        m = _DETERMINER.match(s)
    if not m:
        return []
    words = s[m.end():].split()[:6]
    head = None
    for i, w in enumerate(words):
        if head is None and i == 4:
            break  # (the head of what opens the sentence is among its first four words)
        # ("The NDMO has issued"; not the start of a longer name: "Le CHU de Valbrune a accueilli")
        if AGENTIVE.fullmatch(w.strip(",.;:")) or _INITIALS.fullmatch(w.strip(",.;:")) and (
                i + 1 == len(words) or words[i + 1].lower() not in _NAME_LINK_WORDS):
            head = i
            if i + 1 < len(words) and w[:1].isupper() and words[i + 1][:1].isupper() and not w.endswith((",", ".", ";", ":")):
                continue  # "The National Disaster Management Office": the name goes on past "Management"
            break
        if head is not None:
            break
    if head is None:
        return []
    phrase = m.group("det") + (" " if not m.group("det").endswith("'") else "") + " ".join(words[:head + 1]).strip(",.;:")
    actors = [a for a in g.resolve(phrase, code) if a.kind != "country"]
    if _ONE_PERSON_ROLE.match(fold(phrase)):
        actors = [replace(a, kind="person") if a.kind == "group" else a for a in actors]
    return actors
