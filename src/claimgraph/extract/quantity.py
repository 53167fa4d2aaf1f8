"""What is counted: the counted noun phrase after a figure, its population
and its measure, the same across articles and languages.

"soldats nord-coréens tués" and "North Korean soldiers killed" are both the
population ``north-korean-troops`` with the measure ``killed``; killed and
wounded stay apart. The place of a figure is read in :mod:`.places`, and
:func:`claimgraph.model.frame_id` makes the quantity id of the whole frame.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..actors import Gazetteer
from ..model import GENERIC_PEOPLE, slugify
from . import lang as _lang
from .lang import either, every, words

__all__ = ["PEOPLE_CONCEPTS", "PEOPLE_MEASURES", "SELF_MEASURED", "Counted", "case_status", "counted_after", "measure_in", "other_noun", "quantity_for"]

# Concepts whose measure is implied by the noun itself ("deaths", not "people killed").
SELF_MEASURED = {"deaths", "wounded", "missing", "casualties", "protesters", "strikers", "arrests",
                  "hectares", "acres", "tonnes", "trips", "cases", "dead-or-missing"}
# Concepts that count people, and measures only people have: "215 rallies ..., 1.3 million had taken part"
# counts people again, not rallies.
PEOPLE_CONCEPTS = frozenset(GENERIC_PEOPLE | {"deaths", "wounded", "missing", "casualties", "protesters", "strikers",
                                              "arrests", "troops", "workers", "migrants", "refugees", "patients",
                                              "passengers", "survivors", "evacuated", "displaced", "hospitalisations",
                                              "trapped", "police", "firefighters", "rescuers", "students", "teachers",
                                              "prisoners", "dead-or-missing", "crossings", "men"})
PEOPLE_MEASURES = frozenset({"killed", "wounded", "missing", "protesting", "striking", "arrested", "evacuated",
                             "displaced", "hospitalised", "trapped", "rescued", "infected", "confined", "sheltered",
                             "treated", "exposed", "vaccinated"})
_UNITS = {"hectares": "hectares", "acres": "acres", "tonnes": "tonnes"}
_LABELS = {"killed": "killed", "wounded": "wounded", "casualties": "killed or wounded", "captured": "captured",
           "missing": "missing", "deployed": "deployed", "planned": "planned", "protesting": "protesting", "evacuated": "evacuated",
           "destroyed": "destroyed", "hospitalised": "hospitalised", "displaced": "displaced", "crossing": "crossing",
           "arrested": "arrested", "infected": "infected", "identified": "identified",
           "suspected": "suspected", "confirmed": "confirmed", "trapped": "trapped", "dead-or-missing": "dead or missing",
           "confined": "confined", "sheltered": "sheltered", "treated": "treated", "exposed": "exposed",
           "vaccinated": "vaccinated"}
# Measures that count what is known of a group, not the group: its named or identified members
NAMING_MEASURES = frozenset({"identified"})
# What became of a weighed cargo or waste: tonnes pumped out and tonnes recovered are two counts, not the spill's
CARGO_MEASURES = frozenset({"pumped", "recovered"})
# the measures a self-measured concept keeps: tonnes are of a spill, a pumping or a recovery
# and marchers or strikers killed, hurt, missing or arrested are no longer a turnout ("12 protesters were killed")
_HARMED = frozenset({"killed", "wounded", "missing", "arrested"})
_KEPT_MEASURES = {"tonnes": CARGO_MEASURES, "protesters": _HARMED, "strikers": _HARMED}
_SERVICES = {"troops", "police", "firefighters", "rescuers"}
# People-like concepts merge with their measure: "personnes tuées" are deaths.
_MERGE = {("people", "killed"): "deaths", ("people", "wounded"): "wounded", ("people", "missing"): "missing", ("people", "trapped"): "trapped",
          ("people", "dead-or-missing"): "dead-or-missing",
          ("people", "protesting"): "protesters", ("people", "casualties"): "casualties",
          ("troops", "casualties"): "troops-casualties", ("protesters", "protesting"): "protesters",
          ("deaths", "killed"): "deaths", ("people", "evacuated"): "evacuated",
          ("people", "hospitalised"): "hospitalisations", ("people", "displaced"): "displaced",
          ("people", "crossing"): "crossings", ("migrants", "crossing"): "crossings", ("people", "arrested"): "arrests",
          ("protesters", "arrested"): "arrests", ("people", "infected"): "cases",
          ("strikers", "arrested"): "arrests",
          ("people", "striking"): "strikers", ("children", "killed"): "deaths-children",
          ("children", "wounded"): "wounded-children", ("children", "missing"): "missing-children", ("workers", "striking"): "strikers", ("strikers", "striking"): "strikers"}
# a group that marches is counted as marchers: "85,000 students marched" and "24,000 marchers" are one count
_MERGE |= {(group, "protesting"): "protesters" for group in ("students", "teachers", "farmers", "workers", "doctors", "nurses",
                                                              "health-workers", "fishermen", "activists")}


# "soldats ... en Russie", "troops sent to Russia": a country after these is
# where people are, not whose people they are.
_SENDER = re.compile(rf"\s+(?:{either(every('DEPLOYED'))})(?![\w'-])", re.I)   # ("North Korea has sent")
_DESTINATION = re.compile(rf"(?<![\w-]){either(every('DESTINATION_PREPS'))}\s+{words(every('DEFINITE_ARTICLES'))}?$", re.I)



@dataclass(frozen=True, slots=True)
class Counted:
    """The counted phrase after a figure ("soldats nord-coréens") and its concept."""

    phrase: str
    concept: str | None


@functools.lru_cache(maxsize=None)
def _rx(code: str):
    L = _lang.get(code)
    nouns = either(map(re.escape, L.COUNT_NOUNS))
    stop = either(every("COUNTED_STOPS"))
    return {
        "L": L,
        # "chiffre à 12 000 le nombre de sinistrés", "put at 5,000 the number of dead", "17 of the injured", "17 des blessés"
        "lead": re.compile(rf"^\s*[»”\"]?\s*(?:{'|'.join(every('COUNTED_LEAD'))}|\s*)", re.I),
        "word": re.compile(r"[\w'-]+|[^\w\s]", re.I),
        "calls_next": re.compile(rf"\s*(?:{L.EMERGENCY_AFTER})(?![\w-])", re.I),   # ("3,600 999 calls")
        "stop": re.compile(rf"^{stop}$", re.I),
        "noun": re.compile(rf"^{nouns}$", re.I),
        # a count noun in the singular after a figure counts the same, as translated copy writes it
        # ("4 thousand and 800 farmer", "14 swarm", "17 person")
        "modified_plural": re.compile(L.NOUN_BEFORE_PLURAL),
        "singular": {**{noun[:-len(end)]: concept for noun, concept in L.COUNT_NOUNS.items() for end in L.PLURAL_ENDINGS
                        if noun.endswith(end) and len(noun) > len(end) + 3},
                     **{one: L.COUNT_NOUNS[many] for one, many in L.SINGULAR_NOUNS.items()}, **L.COUNT_NOUNS},
        "measures": [(re.compile(rf"(?<![\w-])(?:{p})", re.I), m) for p, m in L.MEASURES],
        "compounds": [(re.compile(rf"\s*(?:{p})(?![\w-])", re.I), c) for p, c in L.COMPOUND_COUNT_NOUNS],
        "case_status": [(re.compile(rf"(?<![\w-])(?:{p})", re.I), m) for p, m in L.CASE_STATUS],
    }


def counted_after(rest: str, code: str) -> Counted:
    """The counted phrase at the start of ``rest`` (text after a figure).

    Examples
    --------
    >>> counted_after(" soldats nord-coréens avaient été déployés", "fr")
    Counted(phrase='soldats nord-coréens', concept='troops')
    >>> counted_after(" de personnes mobilisées, sans préciser", "fr")
    Counted(phrase='personnes mobilisées', concept='people')
    >>> counted_after(" special forces troops to Russia", "en")
    Counted(phrase='special forces troops', concept='troops')
    >>> counted_after(".", "en")
    Counted(phrase='', concept=None)
    """
    P = _rx(code)
    rest = P["lead"].sub("", rest, count=1)
    for rx, concept in P["compounds"]:
        if compound := rx.match(rest):
            return Counted(compound.group().strip(), concept)  # "postes de secours" are posts, not jobs; "poids lourds"
    words, concept, last_noun = [], None, -1
    for m in P["word"].finditer(rest[:120]):
        w = m.group()
        if not words and w in P["L"].EMERGENCY_NUMBERS and P["calls_next"].match(rest, m.end()):
            continue  # "3,600 999 calls": calls to the number, counted as calls
        if not re.match(r"[\w'-]", w) or P["stop"].match(w) or re.match(r"\d", w):
            break
        words.append(w)
        if len(words) == 1 and w.lower() in P["L"].NOT_A_COUNT:
            break  # "118 litres of rain per square metre": a measure, whatever noun comes later
        if concept is None and (w.lower() in P["L"].COUNT_NOUNS or len(words) == 1 and w.lower() in P["singular"]
                                and not P["modified_plural"].match(rest, m.end())):
            concept = P["singular"][w.lower()]  # (a singular only right after the figure: "partners store" is a verb)
            last_noun = len(words) - 1
        if len(words) >= 5:
            break
    if concept is None:
        return Counted("", None)
    # keep the noun and the adjectives that follow it ("soldats nord-coréens")
    keep = words[: last_noun + 1]
    for w in words[last_noun + 1:]:
        if w[:1].isupper() and P["L"].TITLE_CASE_NAMES:  # "troops Russia ...": a name starts
            break
        keep.append(w)
        if len(keep) >= last_noun + 3:
            break
    return Counted(" ".join(keep), concept)


def other_noun(rest: str, code: str) -> str:
    """The noun after a figure that is not a known count noun, with the noun
    it qualifies when it stands before one ("the 4,000 job cuts"); "" when
    there is none. "3 000 abris" counts shelters, so it cannot be the same
    thing counted as the figure before ("la CGT en revendique 2,3 millions" can).

    Examples
    --------
    >>> other_noun(" abris préfabriqués", "fr"), other_noun(" selon la CGT", "fr")
    ('abris', '')
    >>> other_noun(" in Spain", "en"), other_noun(" before the strike", "en"), other_noun(" marched through", "en")
    ('', '', '')
    >>> other_noun(" job cuts over two years", "en")
    'job cuts'
    """
    P = _rx(code)
    m = _shared()["noun_after"].match(rest)
    if not m:
        return ""
    word = m.group(1).lower()
    if P["stop"].match(word) or P["noun"].match(word) or word in P["L"].NOT_NOUNS_AFTER_FIGURE:
        return ""
    # a plural noun names another thing; verbs, participles and adverbs say something about the count
    if _plural(word):
        return m.group(1)
    # "the 4,000 job cuts", "12 polling stations": a noun before the plural noun it qualifies
    lead_not = P["L"].COMPOUND_LEAD_NOT  # (empty where nouns do not stack: French says "suppressions de postes")
    second = _shared()["next_word"].match(rest, m.end()) if lead_not else None
    if second and not word.endswith(lead_not) and not P["stop"].match(second.group(1)) \
            and not P["noun"].match(second.group(1)) and _plural(second.group(1)):
        return f"{m.group(1)} {second.group(1)}"
    return ""


def _plural(word: str) -> bool:
    return word.endswith(tuple(every("PLURAL_ENDINGS"))) and not _shared()["not_plural"].search(word)


@functools.lru_cache(maxsize=1)
def _shared() -> dict:
    """Patterns that read the words after a figure in any language."""
    return {
        "noun_after": re.compile(rf"\s*[«\"“]?\s*{either(every('OF_LEAD'))}?([a-zà-ÿ][\w'-]{{2,}})"),
        "not_plural": re.compile(rf"{either(every('NOT_PLURAL_ENDINGS'))}$"),
        "next_word": re.compile(r"\s+([a-z][\w'-]{2,})"),
    }


def measure_in(text: str, code: str) -> str | None:
    """The first measure word in ``text`` (killed, wounded, deployed...)."""
    for rx, measure in _rx(code)["measures"]:
        if rx.search(text):
            return measure
    return None


def case_status(text: str, code: str) -> str | None:
    """The first status of a count of cases in ``text`` (suspected, confirmed)."""
    return next((status for rx, status in _rx(code)["case_status"] if rx.search(text)), None)


def quantity_for(counted: Counted, window: str, sentence: str, code: str, gazetteer: Gazetteer,
                 place: str | None = None, claimants=(), topic: tuple[str, str] | None = None) -> tuple[str, str, str, str | None]:
    """``(population, measure, label, unit)`` for a counted phrase in its context.

    ``window`` is the text around the figure where measure words are looked
    for; ``sentence`` gives the group of people when the phrase has none
    ("North Korea has sent 1,500 troops"); ``topic`` is the article's
    ``(group, concept)`` ("north-korean", "troops"), which fills a group the
    sentence leaves out ("3 000 hommes" in an article about North Korean
    troops). ``place`` is only used in the label.

    Examples
    --------
    >>> from claimgraph.actors import default_gazetteer
    >>> g = default_gazetteer()
    >>> quantity_for(Counted("soldats nord-coréens", "troops"), "soldats nord-coréens tués", "", "fr", g)[:3]
    ('north-korean-troops', 'killed', 'North Korean troops killed')
    >>> quantity_for(Counted("North Korean soldiers", "troops"), "North Korean soldiers killed", "", "en", g)[:2]
    ('north-korean-troops', 'killed')
    >>> quantity_for(Counted("morts", "deaths"), "à 3 958 morts", "", "fr", g, "Derna")[:3]
    ('deaths', '', 'deaths — Derna')
    >>> quantity_for(Counted("hommes", "people"), "hommes envoyés", "", "fr", g, None, (), ("north-korean", "troops"))[:2]
    ('north-korean-troops', 'deployed')
    """
    concept = counted.concept or "unspecified"
    measure = measure_in(window, code)
    kept = _KEPT_MEASURES.get(concept, frozenset())
    if measure in CARGO_MEASURES - kept:
        measure = None  # ("38 survivors pulled from the water, and nine bodies recovered": a cargo's words, not theirs)
    if concept in SELF_MEASURED and measure not in NAMING_MEASURES | kept:
        measure = None  # "300 morts", "40 strikers": the noun says what is counted ("14 victims identified" does not)
    if concept == "cases":
        # suspected and confirmed cases answer two questions (a count of tests, a count of alerts)
        measure = case_status(window, code)
    if measure == "protesting" and concept in _SERVICES:
        measure = "deployed"  # "800 pompiers mobilisés", "2,000 police officers deployed"
    if concept in ("people", "men") and measure in ("deployed", "planned") and topic and topic[1] == "troops":
        concept = "troops"  # "3 000 hommes envoyés en Russie" in an article about troops
    if topic and topic[1] == "troops" and concept in _TROOP_LOSSES:
        concept, measure = "troops", _TROOP_LOSSES[concept]  # "une centaine de morts" in an article about troops
    merged = _MERGE.get((concept, measure))
    if merged:
        concept, measure = merged, None
    group = None
    if concept in ("troops", "casualties", "troops-casualties", "prisoners") or (concept not in SELF_MEASURED and concept not in GENERIC_PEOPLE):
        texts = [counted.phrase, sentence]
        if topic and topic[1] == concept:
            texts = [counted.phrase]  # the article's group wins over a country named elsewhere in the sentence
        if concept == "troops" and measure == "deployed" and not (topic and topic[1] == concept):
            # "North Korea has sent 3,000 troops to join Russian forces": the sender's troops, whoever speaks
            group = next((gazetteer.demonym_slug(i) for _, b, i in gazetteer.find(sentence)
                          if gazetteer.get(i).kind == "country" and gazetteer.demonym_slug(i) and _SENDER.match(sentence, b)), None)
        for text in texts if group is None else ():
            # the claimant's own country is who speaks, not who is counted
            own = {a.id for a in claimants or ()} | {a.affiliation for a in claimants or ()}
            ids = [i for a, _, i in gazetteer.find(text) if gazetteer.get(i).kind == "country" and i not in own
                   and not (text is sentence and _DESTINATION.search(text[max(0, a - 12):a]))]
            demonyms = [gazetteer.demonym_slug(i) for i in ids if gazetteer.demonym_slug(i)]
            if demonyms:
                group = demonyms[0]
                break
            if concept not in ("troops", "troops-casualties"):
                break
    if group is None and topic and topic[1] == concept and concept in ("troops", "troops-casualties", "prisoners"):
        group = topic[0]
    if measure is None:
        measure = _DEFAULT_MEASURE.get(concept)
    if concept == "troops-casualties":
        concept, measure = "troops", "casualties"
    population = "-".join(p for p in (group, concept) if p)
    group_label = ""
    if group:
        entry = next((e for e in gazetteer.entries() if e.demonym and slugify(e.demonym) == group), None)
        group_label = entry.demonym + " " if entry else group.replace("-", " ") + " "
    label = f"{group_label}{concept.replace('-', ' ')}" + (f" {_LABELS.get(measure, measure)}" if measure and measure not in _IMPLIED_LABEL else "")
    if place:
        label += f" — {place}"
    return population, measure or "", label, _UNITS.get(concept)


_TROOP_LOSSES = {"deaths": "killed", "wounded": "wounded", "casualties": "casualties", "missing": "missing"}
# The measure a concept has when the sentence names none: troops counted
# somewhere are deployed there; strikers strike; protesters march.
_DEFAULT_MEASURE = {"troops": "deployed", "strikers": "striking", "protesters": "marching"}
_IMPLIED_LABEL = {"striking", "marching"}
