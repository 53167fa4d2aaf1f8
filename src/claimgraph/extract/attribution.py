"""Who says it: attribution cues in a sentence and the figures they govern.

A cue is a place in the sentence that names a source:

- ``verb``: a subject and a reporting verb ("la CGT en a revendiqué",
  "X said", "X, who concluded that") — governs the figures after it;
- ``source``: "selon X", "according to X", "attributed to X" — governs the
  figures before it when it closes a clause ("782 000 manifestants selon
  l'Intérieur"), the ones after it when it opens one ("Selon X, ...");
- ``inverted``: ", a précisé le ministre X", ", said X", ", X said" — governs
  the figures before it;
- ``noun``: "une estimation de X", "a study by X" (only when X is an agent);
- ``possessive``: "Metro's figures show", "X's count".

:func:`find_cues` returns cues with the raw phrase naming the source;
:func:`assign` picks, for each figure, the cue that governs it.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, replace

from ..actors import DEFINED_NAME, fold
from . import lang as _lang
from .lang import either, every, trie, verb_forms, words
from .figures import _patterns as _figure_patterns, _qualifier, find_figures
from .places import default_places
from .phrases import (ACRONYM, AGENTIVE, CLAUSE_IN_NP, INDEFINITE_THING, NON_AGENT_SOURCE, PLACE_PHRASE, PROPER_NAME, VAGUE_SUBJECT,
                      WITNESS, gerund_tail, masked_service_numbers, published_by, stray_digits, subject_before, trim_np,
                      unpublished)

__all__ = ["DAYS_BRACKET", "HEAD_END", "HEAD_FIGURE", "SOURCE_IN_BRACKETS", "head_figure", "scale_words", "attributed_after", "bare_source", "Cue", "action_subject", "assign", "clause_subject", "find_cues", "fronted_subject",
           "ownerless_document", "paired_credit", "subordinate_breaks"]


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str        # "verb" | "source" | "inverted" | "noun" | "possessive" | "bracket"
    start: int       # where the cue begins in the sentence
    end: int
    phrase: str      # the words naming the source, as written
    forward: bool    # governs figures after it (else: before it)
    tight: bool = False  # binds only the figure right before it ("11,300 attributed to X")
    document: bool = False  # a noun cue that spans its document: "Les chiffres de Frontex montrent" (not "…, Numera 21,800")
    after_only: bool = False  # an absolute clause's speaker ("…, with organisers saying 100,000"): no figure before it


# a role and a name in capitals, however long: "Head of the Fire Brigade Department of the Aksuhan Metropolitan
# Municipality Serkan Tunç" (no verb can hide in it)
_TITLE_CHAIN = re.compile(rf"[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’.-]*(?:\s+(?:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’.-]*|{either(every('NAME_LINKS') + every('DEFINITE_ARTICLES'))}))+")
#: A figure, perhaps quoted and qualified ('"nearly 900"'), in a numbers box's head, and what ends the head: a colon or
#: a dash ("8,480: cases", "81 – ships").
def scale_words(L) -> str:
    """A language's scale words as one pattern ("million", « milliards »), without the abbreviations ("m", "bn")."""
    words = [re.escape(w) for w in L.SCALES if w not in L.SCALE_ABBREVIATIONS]
    return either(words) if words else r"(?!)"


def approx_figure(L) -> str:
    """A language's round figure in words: « une quarantaine », "a dozen" (a pattern that matches nothing without)."""
    nouns = list(L.APPROX_NOUNS)
    return rf"(?:{L.APPROX_ARTICLE})\s+{either(nouns)}(?![\w-])" if nouns else r"(?!)"


#: a figure's source in brackets right after it, in a numbers box's head: "13 [ALPC, Fri 8]", "4 120 (police)" (no digit in
#: round brackets: "1 200 (+12 %)" is no source)
SOURCE_IN_BRACKETS = r"\s*(?:\[[^\[\]\n]{1,40}\]|\([^()\d\n]{2,40}\))"


def head_figure(L=None) -> str:
    """A numbers box's head figure: digits, with a few words before them (« près de 300 »); with a language's data
    ``L``, a range of its own ("30 000 à 35 000") and a scale word after them ("1,2 million") too."""
    digits = r"\d(?:[\d.,\u00a0\u202f]|\s(?=\d))*"
    if L is not None and L.RANGE_PATTERNS:
        digits = f"(?:{either(p.format(A=digits, B=digits) for p in L.RANGE_PATTERNS)}|{digits})"
    if L is not None:
        digits = f"(?:{digits}|{approx_figure(L)})"  # (« une quarantaine » among the head's figures)
    scale = scale_words(L) if L is not None else r"(?!)"
    return (rf"[«“\"]?[^\d«»“”\"]{{0,20}}?{digits}(?:\s*(?:{scale})(?!\w))?(?:[\s\u00a0\u202f]?[»”\"])?"
            rf"(?:{SOURCE_IN_BRACKETS})?")   # ("13 [ALPC, Fri 8]", "4 120 (police)": its source, as a box gives it)


HEAD_FIGURE = head_figure()
# (or a line break: a figure on a line of its own, the line under it saying what it counts; see extractor)
HEAD_END = r"(?:(?:\s*:|\s+[—–-])\s+|[ \t]*\n\s*)"
# a numbers box's item that names its source by initials alone between commas: "185,000 – containers stuck, FMV."
_ITEM_CREDIT = re.compile(rf"^[\s•*–—-]*{HEAD_FIGURE}{HEAD_END}[^\d,;:()]{{3,80}},\s+(?P<np>(?-i:[A-Z]{{2,6}}))(?=\s*(?:[,.;]|$))")
# (its role and date after it; a post too, lower-case: « (vidéo TikTok, 31 mars) »)
_BRACKETED_CREDIT = re.compile(r"(?<=\d)[^\d\"“”«»]{1,80}[\"”»][*_]*\s*\((?P<np>(?:[A-ZÀ-ÝĀ-ŒŔ-ž]|"
                               rf"(?i:{either(every('POST_NOUNS'))})\s)[^,;:()\d\"“”«»]{{1,60}}?)\s*(?:,[^()]{{0,120}})?\)")
# a quote credited after a dash, as fact-checks and epigraphs do: '"742 vehicles" – Interior Ministry, January 2'
_CREDIT = re.compile(r"[\"”»]\s*[–—]\s+(?P<np>[A-ZÀ-ÝĀ-ŒŔ-ž][^,;:()\d\"“”«»]{1,80}?)\s*(?=[,;(]|$)")


@functools.lru_cache(maxsize=1)
def _shared() -> dict:
    """Patterns that read a phrase in any language (a French page quotes an English body): every language's words."""
    return {
        # a determiner alone names nobody ("A statement issued at 9 a.m. put …, and said": not "A")
        "determiners": frozenset(w.lower() for w in every("DETERMINERS")),
        # a subject, its first verb and the coordination before a second verb
        # a finite verb right after a name ends it: "le SDIS luttent", "the Red Cross were"
        "verb_after_name": re.compile(rf"(?<![\w'-])[\w'-]*[A-ZÀ-ÝĀ-ŒŔ-ž][\w'-]*(?P<cut>\s+(?:{either(every('FINITE_SHAPES'))})(?![\w'-]))"),
        "coordinated_verb": re.compile(rf"^(?P<np>.+?)\s+{either(every('FINITE_SHAPES'))}\s.*\s{either(every('AND'))}$"),
        # ", a déclaré à l'AFP le maire", ", a indiqué à notre antenne Léa Marchetti": who heard it, then who said it
        "addressee": re.compile("^" + either(every("ADDRESSEE"))),
        # « a dit le gouverneur à la Tavanui Times »: who heard it, after who said it (not « l'adjoint à la Culture »)
        "addressee_after": re.compile(either(every("ADDRESSEE_AFTER")), re.I),
        "addressee_roles": frozenset(every("ADDRESSEE_AFTER_ROLES")),
        "and_then": re.compile(rf"\s{either(every('AND'))}\s+$", re.I),
        "and_only": re.compile(rf"^{either(every('AND'))}?$", re.I),
        # (a copula ends the agent: the noun phrase it governs is the subject of the rest)
        "copula_tail": re.compile(rf"\s+(?:{either(_lang.get(c).COPULAS for c in _lang.LANGUAGES)})(?![\w'’-]).*$", re.I),
        "verb_in_np": re.compile(rf"(?<![\w'-]){either(every('NP_VERB_WORDS'))}(?![\w'-])", re.I),
        "attributed": re.compile(either(every("ATTRIBUTED_TO")), re.I),
        "and_or": frozenset(w.lower() for w in (*every("AND"), *every("OR"))),
    }


@functools.lru_cache(maxsize=None)
def _rx(code: str):
    L = _lang.get(code)
    # when a document was given, not whose it is: "de ce matin", "d'hier", "of Monday"
    when = (rf"(?:[\w']+\s+)?{either(map(re.escape, [*L.RELATIVE_DAYS, *L.WEEKDAYS, *L.TIMES_OF_DAY]))}(?![\w-])"
            if L.WEEKDAYS else r"(?!)")
    # a figure's document: "the latest count", "son dernier point de situation"
    document = (rf"^(?:{either(map(re.escape, L.DETERMINERS))}\s*)?(?:(?:{L.DOCUMENT_ADJECTIVES})\s+)*{L.SOURCE_NOUNS}"
                rf"(?:\s+(?:{L.DOCUMENT_ADJECTIVES}))*")
    # one cited by a paper, with its article, up to the relative that gives their figures: "the hospital, which"
    cited = rf"(?P<np>(?:{either(map(re.escape, L.DETERMINERS))})\s*[^,;:«»“”\"\d]{{2,80}}?)(?={L.CITED_RELATIVE})"
    F = verb_forms(code)
    scaled_head = head_figure(L)
    participles = frozenset(f.lower() for f in F["participle"])
    # every form of the reporting verbs: after clitics and an auxiliary, "n'en a finalement dénombré"
    kinds = ("finite", "participle", "infinitive", "gerund", "compound")
    # an adverb may stand inside a verb of several words: "fait désormais état de", "a fait également savoir"
    inside = rf"\s+(?:{L.VERB_GAP_ADVERBS}\s+)?"
    forms = trie((f for kind in kinds for f in F[kind]), gap=inside)
    acting = {f for kind in kinds for f in verb_forms(code, "OBJECT_VERBS")[kind]}
    # (and the participles of the verbs that only follow a quote: « … », a répondu le procureur)
    inverting = trie([*(f for kind in kinds for f in F[kind] if f not in acting),
                      *(f for f in verb_forms(code, "INCISE_VERBS")["participle"] if f not in acting)], gap=inside)
    adverbs = rf"(?:{L.ADVERBS}\s+){{0,3}}"
    if L.AUX_CHAIN:  # "would later have said", "also said"
        group, own = rf"(?:{L.AUX}\s+)*(?:{adverbs})?", ""
    else:  # one auxiliary, adverbs after it: "en a également compté"
        group, own = rf"(?:{L.CLITICS}){{0,2}}(?:{L.AUX}\s+{adverbs})?", rf"(?:{L.AUX}\s+{adverbs})?"
    verb = "|".join([
        rf"(?<![\w'-]){group}{forms}(?![\w-])",
        *(rf"(?<![\w'-]){frame}(?![\w-])" for frame in L.VERB_FRAMES),  # "put the death toll at"
        # "a publié son propre bilan", "lowered its own estimate"
        rf"(?<![\w'-]){own}(?:{L.OWN_FIGURE_VERB})\s+{words(L.POSSESSIVES)}(?:(?:{L.FIGURE_ADJECTIVES})\s+)?"
        rf"{L.SOURCE_NOUNS}(?![\w-])",
    ])
    boundary = L.CLAUSE_WORDS
    # ", a précisé le ministre", ", a-t-il précisé", ", said X", ", X said": the language's own word orders
    # (right after a quote, the verbs that report only there too: « … », a défendu la directrice)
    quoted = trie([*(f for kind in kinds for f in F[kind]), *verb_forms(code, "QUOTE_VERBS")["participle"]], gap=inside)
    inverted = [p.format(lead=L.INVERTED_LEAD, aux=L.AUX, adverbs=adverbs, adverb=L.ADVERBS, verb=forms, inverted=inverting, quoted=quoted,
                         incise=trie(verb_forms(code, "INCISE_VERBS")["incise"]), inverted_aux=L.INVERTED_AUX,
                         pronoun=either(map(re.escape, L.SUBJECT_PRONOUNS)), incise_as=L.INCISE_AS) for p in L.INVERTED]
    links = either(every("AND") + every("OR") + every("BUT"))
    # the source ends at a coordinated figure: "8 000 selon la police et 25 000 selon les organisateurs", "12,000
    # according to police and nearly 40,000 according to the unions" (any qualifier of any language before its digits)
    qualified = rf"(?:{either(rx for c in _lang.LANGUAGES for rx, _ in _lang.get(c).QUALIFIERS)})\s*\d"
    source = (rf"(?<![\w'-])(?:{L.SOURCE_PREPS}|{either(every('ATTRIBUTED_TO'))})\s+(?!{L.NOT_SOURCE_AFTER})"
              rf"(?P<np>[^,;:.!?«»“”\"()]+?)(?=\s+{links}\s+(?:\d|{either(every('COORDINATED_FIGURE_LEAD'))}|{qualified}"
              # ("selon la préfecture et selon l'UCR", "according to police and according to the union": a second source)
              rf"|{L.SOURCE_PREPS}\s)"
              # ("selon le SMPL puis selon la garde côtière": a second source, in the order of the figures)
              rf"|(?:{L.REVISED_HEAD_LINK})\s+(?:{L.SOURCE_PREPS})\s"
              r"|[,;:.!?«»“”\"()]|$)")
    articles = either(every("DEFINITE_ARTICLES"))
    # the body a « pour » / "for" gives a figure to: its article, or a capital ("pour l'ASB", "for Comptalys")
    for_np = rf"(?:(?:{articles})\s*|(?=(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])))[^,;:.!?«»“”\"()\d]{{2,60}}?"
    # what a toll is of, never whose: « le bilan du naufrage », "the toll of the sinking"
    # (after a word or two that say which: "the toll from the building collapse"; not a body named after an event,
    # "figures from the fire service")
    # ("the National Disaster Management Agency" is a body: a modifier in lower case only, no name after the event)
    toll_event = (rf"(?:(?:{articles})\s*)?(?:(?-i:[a-zà-ÿ])[\w'-]*\s+){{0,2}}?(?:{L.TOLL_EVENTS})(?![\w'-])"
                  rf"(?!\s+(?:(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])|(?:{L.AGENT_NOUNS}|{L.EVENT_NAMED_BODY})(?![\w'-])))")
    # (« le bulletin du soir du ministère »: the time of day names the bulletin, its owner comes after)
    of_day = rf"(?:(?:{either(L.TIMES_OF_DAY)})\s+{L.SOURCE_NOUN_LINK}\s*)?" if L.TIMES_OF_DAY else ""
    noun = rf"(?<![\w'-]){L.SOURCE_NOUNS}(?:\s+(?:{L.SOURCE_NOUN_ADJECTIVES_AFTER}))?\s+{L.SOURCE_NOUN_LINK}\s*{of_day}(?!\s*{toll_event})(?P<np>[^,;:.!?«»“”\"()]+)"
    agents = trie(f for c in _lang.LANGUAGES for f in verb_forms(c, "AGENT_VERBS", exclude=False)["participle"])
    poss = either(map(re.escape, L.POSSESSIVES))
    return {
        "L": L,
        "verb": re.compile(verb, re.I),
        # (and a comparison: "the true number is far higher than the airport admits": the airport admits)
        # "That day the prefecture counted": a day told before, whose "that" opens no clause
        "same_day": re.compile(rf"(?<![\w'-])(?:{L.SAME_DAY})(?![\w'-])", re.I),
        "boundary": re.compile(rf"(?:[;:«»“”\"]|(?<![\w'-])(?:{boundary}|{either(L.COMPARISON_LINKS)})(?:(?<=')|(?![\w-])))", re.I),
        # a counting verb with no object: « c'est la seule chose qui compte ce soir », "what counts."
        "matters": re.compile(rf"(?:{L.COUNTING_VERBS_ALONE})(?:\s+(?:{L.ADVERBS}|{either(L.TIMES_OF_DAY)}))*\s*(?:[,.;:!?»”\"]|$)",
                              re.I),
        "impersonal_modal": re.compile(rf"(?:^|[,;:«“\"]\s*)(?:{L.IMPERSONAL_MODALS})\s+(?:\w+\s+){{0,2}}$", re.I),
        "impersonal": re.compile(rf"\s*(?:{either(L.IMPERSONAL_PRONOUNS)})\s*", re.I),
        "infinitive_after": re.compile(rf"(?<![\w'-])(?:{L.INFINITIVE_PREPOSITIONS})\s*$", re.I),
        "lone_preposition": re.compile(rf"\s*(?:{either(L.NOT_NAME_WORDS)})\s*", re.I),
        "incise_as": re.compile(rf"^[,\"”]?\s*(?:{L.INCISE_AS})", re.I),
        "clause_word": re.compile(rf"(?<![\w'-])(?:{boundary})(?:(?<=')|(?![\w-]))", re.I),
        "passive": re.compile(rf"(?<![\w'-]){either(every('PASSIVE_AUX'))}\s+(?:\w+{either(every('ADVERB_ENDING'))}\s+)?$",
                              re.I),
        "inverted": [re.compile(p, re.I) for p in inverted],
        # a passive auxiliary inside the verb's own words: "ont été rappelés", "has been reported", « a été
        # porté à » (a complement after the participle)
        "passive_inside": re.compile(rf"(?<![\w'-])(?:{L.PASSIVE_AUX})\s+(?:\w+{either(every('ADVERB_ENDING'))}\s+)?"
                                     rf"(?!\S+(?:{L.GERUND_ENDING})(?:\s|$))\S{{2,}}(?:\s+[^\W\d]+){{0,2}}$", re.I),  # (not "is reporting";
        # nor « en est à », a preposition)
        "source": re.compile(source, re.I),
        # the one a paper cites, before the relative that gives their figures, and any other cited after "and"
        "cited_object": re.compile(rf"(?<![\w'-])(?:{L.CITING_VERBS})\s+(?:(?:{L.ADVERBS})\s+)*{cited}", re.I),
        "cited_more": re.compile(rf",?\s+(?:{either(L.AND)})\s+{cited}", re.I),
        # a phrase that ends in a preposition before a figure holds that figure: "our reports from 140 depots"
        "preposition_end": re.compile(rf"(?<![\w'-])(?:{L.COUNT_PREPOSITIONS}|{either(L.PLACE_PREPOSITIONS)})\s*$", re.I),
        # (after a semicolon, a comma may close the name: "Police put the crowd at 40,000; the club, more than 60,000")
        "gapped": re.compile(rf"(?:(?:(?P<semi>;)|,)\s*(?:{either(every('AND'))}\s+)?|\s+{either(every('AND'))}\s+)(?P<np>{articles}\s*[^\d,;.:()«»\"]{{2,50}}?(?:,\s*(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])[^\d,;.:()«»\"]{{2,40}},|\s*\((?-i:[A-ZÀ-ÝĀ-ŒŔ-ž]{{2,8}})\))?|{_GAPPED_NAME.pattern}|"
                             rf"(?P<you>{either(w for w in every('SECOND_PERSON') if len(w) > 2)}))(?(semi),?\s+|\s+)(?=[\"“«]?\s*(?:{either(every('GAPPED_FIGURE_LEAD'))}|\d))", re.I),  # (quoted: 'the FSPL "more than 11,000"')
        # « par la suite », "by then": an adverb after a participle, not its agent
        "agent_second": re.compile(rf"\s+(?:{either(every('AND') + every('OR'))})\s+(?:[^\W\d]+\s+){{0,2}}\d[\d\s.,\u00a0\u202f]*"
                                   rf"(?:[^\W\d]+\s+){{0,2}}?(?P<by>{either(every('BY'))})\s+(?P<np>.+)$", re.I),
        "agent_idiom": re.compile(rf"(?:{L.AGENT_IDIOMS})(?![\w'-])", re.I),
        # « C'est ainsi que X raconte … »: a cleft that puts the speaker before the verb (also after its quote)
        "gave_name": re.compile(rf"(?<![\w'’-])(?:{either(map(re.escape, L.DETERMINERS))})(?:\s+|(?<=['’]))(?:[\w'’-]+\s+){{0,5}}?"
                                rf"(?:{L.GAVE_NAME_AS})(?=[A-ZÀ-ÝĀ-ŒŔ-ž])", re.I) if L.GAVE_NAME_AS else re.compile(r"(?!)"),
        "cleft_speaker": re.compile(rf"(?:^|[»”\".!?,]\s*)(?:{L.CLEFT_SPEAKER})", re.I),
        # "Pour la préfecture, ...", "For the UN, ...": a source that opens the sentence
        "singular_name": re.compile(rf"(?:{either(L.SINGULAR_DEFINITE_ARTICLES)})(?:\s+|(?<=['’]))(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])", re.I),
        "for_source": re.compile(rf"^\s*{either(every('FOR_SOURCE'))}\s+(?P<np>{articles}\s*[^,;:.\d]{{2,60}}),"),  # (not "7,400")
        # "356,000 for the ministry; 1.4 million for the unions", « 80 000 pour la police » (contrasted counts only)
        "glossed_as": re.compile(rf"\s*,\s+(?:{either(every('INDEFINITE_DETERMINERS') + every('DEFINITE_ARTICLES'))})\s+"
                                 rf"(?:[\w'’-]+\s+){{0,3}}[\w'’-]+", re.I),
        "figure_for": re.compile(rf"(?:\d|(?<![\w'-]){either(map(re.escape, L.SCALES))})[\"”»]?\s+(?:[^\W\d]+(?:\s+|['’])){{0,2}}"
                                 rf"(?P<prep>{L.FIGURE_FOR_SOURCE})\s+(?P<np>{for_np})"
                                 rf"(?=\s*[,;:.!?«»“”\"()]|\s+(?:{links})\s|$)", re.I),
        "for_figure": re.compile(rf"(?<=[,;]\s)(?:(?:{links})\s+)?(?P<prep>{L.FIGURE_FOR_SOURCE})\s+(?P<np>{for_np})\s+(?=\d)", re.I),
        # a figure set against the one before: "…, against 11,000 for the unions", « …, contre 11 000 pour la CGT »
        # 'CLAIM: "More than 500 people died" – posted on Facebook by the Stop Heat Deaths group': the quote's author
        "credit_posted": re.compile(rf"[\"”»]\s*[–—-]\s+(?:{L.PUBLISHING_VERBS})(?![\w'-])[^\"“”«»\d]{{0,60}}?\s"
                                    rf"(?:{either(L.BY)})\s+(?P<np>[^,;:.!?\"“”«»()]+)", re.I),
        "bracket_against": re.compile(rf"[)\]]\s+(?:{L.PAIRED_FIGURES_LINK})\s+\d[\d.,\s\u00a0\u202f]*$", re.I),
        "set_against": re.compile(rf"[,;]\s+(?:{L.PAIRED_FIGURES_LINK})\s+[«“\"]?\s*(?:[^\W\d]+\s+){{0,2}}\d[\d.,\s\u00a0\u202f]*$",
                                  re.I),
        # ("…, raconte sa matinée": a time of day, whoever's, names nobody)
        "time_only": re.compile(rf"(?:(?:{either(every('PERSON_POSSESSIVES') + every('ORGANISATION_POSSESSIVES'))})\s+)?"
                                rf"(?:{L.ADVERBS}|{either(every('TIMES_OF_DAY'))}|\s)+", re.I),
        # "Samedi, le ministère": a day or month before a description is not a name
        "time_word": re.compile(rf"(?<![\w'-]){either([*map(re.escape, [*L.MONTHS, *L.WEEKDAYS]), *every('TIMES_OF_DAY')])}"
                                r"(?![\w'-])", re.I),
        # "the crowd was estimated at 50,000 by police", "estimée à 50 000 par la police"
        "agent": re.compile(
            rf"(?<![\w'-]){agents}(?![\w-])(?P<gap>(?:[^.;,]|(?<=\d)[.,](?=\d)){{0,40}}?)"
            rf"\s(?P<by>{either(every('BY'))})\s+(?P<np>(?:[^,;:.!?«»“”\"()]|(?<=\d)[.,](?=\d))+)", re.I),
        # two figures set side by side, then each one's source: "1,600 vs 3,500 – strikers: the port authority against
        # the FNOD", « 9 contre 14 – blocages : la préfecture contre l'UCR »
        "paired_credit": re.compile(
            rf"^[\s•*–—-]*{scaled_head}\s*(?:{L.PAIRED_FIGURES_LINK})\s*{scaled_head}{HEAD_END}[^:;]+:\s+"
            rf"(?P<a>[^:;,.«»“”\"]+?)\s+(?:{L.PAIRED_FIGURES_LINK})\s+(?P<b>[^:;,.«»“”\"]+?)\s*\.?\s*$", re.I),
        "counting": re.compile(rf"(?<![\w'-])(?:{L.COUNTING_VERBS})", re.I),
        # a figure and its noun right before a participle, no auxiliary between ("86 cas signalés", "40 cases reported")
        "figure_noun_before": re.compile(rf"\d[\d\s.,\u00a0\u202f]*(?:\s+(?!(?:{L.AUXILIARIES})\s)[^\W\d][\w'’-]*){{1,3}}\s*$", re.I),
        # a subject whose count an agent made: « le nombre de blessés recensés par l'Office (atteint 340) »
        "agent_in_subject": re.compile(rf"(?<![\w'-]){agents}\s+(?P<by>{either(every('BY'))})\s+(?P<np>[^,;:.!?«»“”\"()]+)$", re.I),
        # (an amount, not a time: « publiée par le collectif à 14h12 »)
        "amount_after_agent": re.compile(rf"\s+(?:{L.AMOUNT_AFTER_AGENT})\s+(?=(?:[^\W\d]+\s+){{0,3}}\d)"
                                         rf"(?!\d{{1,2}}\s*[h:.]\s*\d\d)", re.I),
        "noun": re.compile(noun, re.I),
        "has": re.compile(L.HAS_VERBS, re.I),
        "verdict": re.compile(rf"(?:{either(every('VERDICT_DEGREES'))}\s+)?{either(every('VERDICTS'))}", re.I),
        "toll_event": re.compile(rf"^{toll_event}", re.I),
        # ("la préfecture le chiffre à 200": the verb, with its amount)
        "weekday_lead": re.compile(rf"(?:{either(L.WEEKDAYS)})(?![\w'-])", re.I),   # "Police Thursday said"
        "article_noun": re.compile(rf"(?:{L.ARTICLE_CLITICS})\s*(?:{L.SOURCE_NOUNS})(?![\w-])(?!\s+(?:{L.AMOUNT_AFTER_VERB})\s)", re.I),
        "first_aux": re.compile(rf"(?<=[\w,)])\s+(?-i:{L.AUX})(?![\w'’-])"),
        "determiner_end": re.compile(rf"(?<![\w'-])(?:{either(map(re.escape, L.DETERMINERS))})\s*$", re.I),
        "participle": re.compile(rf"(?<![\w'-])(?:{either(every('PARTICIPLE_SHAPE'))})(?![\w'-])"),
        "time_lead": re.compile(rf"^\s*(?:{L.CLAIMANT_TIME_LEAD})[\s,]+(?=\S)", re.I),
        # (several times in turn: « selon l'UMV le soir même puis le dimanche 11 », whose name ends at "l'UMV")
        "time_tail": re.compile(rf"(?<=\S)[\s,]+(?:{L.CLAIMANT_TIME_TAIL})(?:(?:{L.REVISED_HEAD_LINK}|,?\s+(?:{either(L.AND)}))"
                                rf"\s+(?:{L.CLAIMANT_TIME_TAIL}|(?:{either(L.DATE_PREPS)})(?=\s*$)))*\s*$", re.I),
        # a turn that opens by naming whom it asks: "Dr Marsh, our photographer counted"
        "vocative_lead": re.compile(rf"^\s*(?i:{L.VOCATIVE_TITLES})\.?\s+(?:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+\s+){{0,2}}[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+\s*,\s+(?=\S)"),
        "source_noun_only": re.compile(L.SOURCE_NOUNS, re.I),
        # "the official death toll in the two countries has passed 50,000": a count as the subject, no one who acts
        "count_subject": re.compile(rf"^(?:{either(map(re.escape, L.DETERMINERS))}\s*)?(?:[^\W\d]+\s+){{0,2}}{L.COUNT_HEADS}"
                                    rf"(?:\s+(?:{L.SETTING_PREPS})(?:\s|(?<=['’])).*)?$", re.I),
        "document_adjective_before": re.compile(rf"(?<![\w'-])(?:{L.DOCUMENT_ADJECTIVES})\s+$", re.I),
        "perfect_lead": re.compile(rf"^\s*(?:{L.PERFECT_LEAD})\s", re.I),
        "question_lead": re.compile(rf"^\s*(?:{L.QUESTION_LEAD})(?![\w'’-])", re.I),
        # "paramedics", "secouristes", "passengers arriving at noon", "its crews": no article, no name
        # ("said its staff and volunteers had found": two nouns of its people, coordinated)
        "bare_plural": re.compile(rf"^(?:{poss}\s+)?(?:[a-zà-ÿ][\w'-]*\s+{either(every('AND'))}\s+(?:{poss}\s+)?)?"
                                  rf"[a-zà-ÿ][\w'-]*s(?:\s+(?:{either(every('PLURAL_MODIFIER_LEADS'))})\s[^,]*)?$"),
        "time_np": re.compile(rf"^\s*(?:{L.CLAIMANT_TIME_LEAD})[\s,]*$", re.I),
        "stance_np": re.compile(rf"^\s*(?:{L.STRESSED})[\s,]*$", re.I),
        "idiom_after": re.compile(L.IDIOM_AFTER_VERB, re.I),
        "noun_thing": re.compile(rf"\s*(?:{L.SOURCE_NOUN_THING})", re.I),
        # "On the social networks spread an information that …", « Sur Facebook a circulé une information que … »
        # (translated copy): the place a rumour went round is its source
        "spread_report": re.compile(L.SPREAD_REPORT, re.I) if L.SPREAD_REPORT else None,
        "online_place": re.compile(L.ONLINE_PLACES, re.I),
        "relative_source": re.compile(L.RELATIVE_SOURCE, re.I),
        "passive_reported": re.compile(L.PASSIVE_REPORTED) if L.PASSIVE_REPORTED != _lang.NOTHING else None,
        "fronted": re.compile(rf"^\s*{L.FRONTED_REPORTING}") if L.FRONTED_REPORTING != _lang.NOTHING else None,
        "figure_said_by": re.compile(L.FIGURE_SAID_BY, re.I) if L.FIGURE_SAID_BY != _lang.NOTHING else None,
        "agent_tail": re.compile(rf"(?<![\w'-])(?:{either(L.BY)})\s+", re.I),
        "source_noun_lead": re.compile(
            rf"^(?:{either(map(re.escape, L.DETERMINERS))}\s*)?(?:\w+\s+)?{L.SOURCE_NOUNS}(?:\s+\w+)?\s+"
            rf"{L.SOURCE_NOUN_LINK}\s*(?=\S)", re.I),
        "possessive": re.compile(L.POSSESSIVE_SOURCE) if L.POSSESSIVE_SOURCE != _lang.NOTHING else None,
        "elliptic_possessive": re.compile(L.ELLIPTIC_POSSESSIVE),
        "adjunct_source": re.compile(L.ADJUNCT_SOURCE),
        "subset_lead": re.compile(rf"(?:{L.SUBSET_WORDS})(?![\w'-])", re.I),
        "called": re.compile(rf"(?<![\w-]){L.CALL_BEFORE}", re.I),   # ("appeler le 192 (SAMU) ou le 193 (Pompiers)")
        "content_claim": re.compile(L.CONTENT_CLAIM, re.I),
        "published_before": re.compile(rf"(?<![\w'-])(?:{L.PUBLISHING_VERBS})(?![\w'-])[^.;:,«»“”\"]{{0,40}}$", re.I),
        "compound_source": re.compile(L.COMPOUND_SOURCE) if L.COMPOUND_SOURCE != _lang.NOTHING else None,
        "possessive_figure": re.compile(L.POSSESSIVE_FIGURE) if L.POSSESSIVE_FIGURE != _lang.NOTHING else None,
        "owned_document": re.compile(rf"^(?P<np>.+?)(?:'s|(?<=s)')\s+(?:[\w-]+\s+){{0,3}}{L.SOURCE_NOUNS}$", re.I),
        # "the panel of the ministry registers", "le bilan du ministère indique": the body's own document
        # (« le bulletin hebdomadaire du ministère »: an adjective after the noun too)
        "document_of": re.compile(rf"^(?:{either(every('DEFINITE_ARTICLES'))}\s*)?(?:[\w-]+\s+)?{L.SOURCE_NOUNS}(?:\s+[\w-]+)?\s*"
                                  rf"(?:{L.OF_LINK})\s*(?P<np>.+)$", re.I),
        "negated_relative": re.compile(L.NEGATED_RELATIVE, re.I),
        # (a definite role too: "raconte le maire, Jean-Claude Vidalenc" is Jean-Claude Vidalenc)
        # ("its president for the islands, Marta Leoni": the role may say what it covers)
        "owned_role": re.compile(rf"^(?:{either(L.POSSESSIVES)}|{either(every('DEFINITE_ARTICLES'))})\s*[\w-]+(?:\s+[\w-]+)?"
                                 rf"(?:\s+(?:{either(every('HEAD_LINKS'))})\s+(?:(?:{either(every('DEFINITE_ARTICLES'))})\s*)?[\w-]+)?$", re.I),
        "apposition_name": re.compile(
            # ("son porte-parole, le capitaine de frégate Maurice Chaigneau": a rank of several words)
            rf"\s*,\s*(?:(?:{either(every('DEFINITE_ARTICLES'))})\s*)?(?:(?-i:[a-zà-ÿ][\w-]*)\s+){{0,4}}"
            # ("Mrs. Carmen Ruiz de Aldana": a particle may stand between the parts of a name)
            rf"(?P<name>(?:(?:{either(map(re.escape, L.TITLES))})\.?\s+)?(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'-]+)"
            rf"(?:\s+(?:(?-i:{either(every('NAME_PARTICLES'))})\s+)?(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'-]+)){{1,3}})"
            r"(?=\s*(?:[,;.!?)]|$))"),
        "ownerless_document": re.compile(rf"{document}(?:\s+(?:{L.SOURCE_NOUN_LINK})\s*{when})?$", re.I),
        # "according to his information the rescue service transported …": the document ends the source
        # (not "un rapport provisoire de la DDPP": whose it is follows; "nos relevés de ce matin" is ours)
        "document_lead": re.compile(rf"{document}(?=\s+(?!(?:{L.SOURCE_NOUN_LINK})(?:\s|(?<=['’]))(?!{when})|"
                                    rf"(?:{L.DOCUMENT_ADJECTIVES})(?![\w-]))\S)", re.I),
        "compared": re.compile(rf"(?<![\w'-])(?:{L.COMPARED_WITH})\s+$", re.I),
        # (per language: "a" is a verb in French, an article in English: "according to a filing with the regulator")
        "stop_np": re.compile(rf"\s(?:{boundary}|{L.NP_STOPS})\s.*$", re.I),
        # « Selon l'organisation il s'agit de 210 personnes », "According to the prefecture there are 300": a subject
        # pronoun in lower case, or "there are", after the source's own words opens a clause of its own (the page's
        # language's pronouns only: English "on" is no French « on »)
        "clause_tail": re.compile(rf"(?<=\w)\s+(?-i:{either(map(re.escape, L.SUBJECT_PRONOUNS))}|{L.EXISTENTIAL})(?![\w'’-]).*$"),
        "relative": re.compile(L.RELATIVE_WHO + r"$", re.I),
        "aux_only": re.compile(rf"^(?:{L.AUX})$", re.I),
        "negated_aux": re.compile(rf"^(?:{L.AUX})(?:{L.AUX_NEGATION})$", re.I),
        # « vous parliez », « nous comptons »: a clitic pronoun before a verb of its own person
        "subject_clitic": re.compile(rf"^(?P<p>{either(L.SUBJECT_CLITICS)})\s+\S*{L.PLURAL_PERSON_ENDING}(?![\w'-])", re.I),
        # "WaterBridge, a local charity that looks after the northern blocks, put": the name before its apposition
        "apposition_subject": re.compile(rf"\W*(?P<np>[^,;:«»“”\"]{{2,80}}?),\s+(?:{words(L.ARTICLES)})\s*"
                                         rf"[^,;:«»“”\"()]*?(?<![\w'-])(?:{L.APPOSITION_RELATIVE})\s[^,;:«»“”\"()]*,\s*", re.I),
        # "The IOM, which interviewed survivors one by one, had estimated": the subject before its relative clause
        "subject_of_relative": re.compile(rf"^\W*(?P<np>[^,;:«»“”\"]{{2,80}}?),\s+(?:{L.RELATIVE_CLAUSE_LEAD})\s", re.I),
        "noun_before_verb": re.compile(rf"\s+(?:{L.NOUN_BEFORE_VERB})(?![\w'-])", re.I),
        "relative_object_lead": re.compile(rf"^\s*(?:{L.RELATIVE_OBJECT_LEAD})(?:(?<=')|\s+)(?=(?:{either(map(re.escape, L.DETERMINERS))})\s*\S)", re.I),
        "relative_lead": re.compile(rf"(?<![\w'-])(?:{L.RELATIVE_CLAUSE_LEAD})\s+$", re.I),
        # generic -ment/-ly words are adverbs only between auxiliary and verb: before it they
        # may end the subject ("le gouvernement", "the family")
        "adverbs_tail": re.compile(rf"(?:\s+(?:{L.ADVERBS.replace('|' + L.MANNER_ADVERB, '')}))+\s*$", re.I),
        "clitics_before_verb": re.compile(rf"(?:\s+(?:{L.CLITICS_BEFORE_VERB}))+\s*$", re.I),
        "noun_before": re.compile(rf"(?<![\w'-]){either(map(re.escape, L.NOUN_MARKERS))}\s*$", re.I),
        # "the official estimated that …", "an official counted 40": the marker is the subject's noun, a clause or figure follows
        "marker_noun_verb": re.compile(rf"(?<![\w'-])(?:{either(map(re.escape, L.NOUN_MARKER_NOUNS))})\s*$", re.I),
        "clause_or_figure": re.compile(rf"\s+(?:(?:{either(map(re.escape, L.THAT))})(?![\w'-])|\d)", re.I),
        "noun_like_verb": re.compile(rf"(?<![\w'-])(?:{L.NOUN_LIKE_VERBS})$", re.I),
        "of": re.compile(rf"\s+(?:{L.OF_LINK})(?![\w'-])"),
        "clause_verbs": re.compile(rf"\s(?:{L.CLAUSE_VERBS})(?![\w'-])", re.I),
        "unambiguous": re.compile(rf"(?<![\w'-])(?:{L.UNAMBIGUOUS_VERBS})$", re.I),
        # (every language's: a French page may quote an English sentence)
        "accompanying_sayer": re.compile(rf"(?:{either(every('ACCOMPANYING_SAYER'))})$", re.I),
        "absolute": re.compile(rf"(?<![\w'-])(?:{L.ABSOLUTE_LEAD})\s+(?P<np>[^,;:.!?«»“”\"]{{2,80}}?)\s*$", re.I),
        "clause_verb": re.compile(rf"(?<=\s)(?:{L.CLAUSE_VERB})", re.I),
        "fronted_when": re.compile(rf"^\s*(?:{L.FRONTED_WHEN})"),
        "gerund": re.compile(rf"(?<![\w'-]){trie(F['gerund'])}$", re.I),
        "perfect_infinitive": re.compile(rf"(?<![\w'-])(?:{L.PERFECT_INFINITIVE})\s+$", re.I),
        "number_of": re.compile(L.NUMBER_NOUN_OF, re.I),
        "figure_rejected_by": re.compile(rf",\s*(?:{L.FIGURE_REJECTED_BY})[^,]*,\s*$", re.I),
        "figure_rejected_verb": re.compile(rf"(?:{L.FIGURE_REJECTED_BY})$", re.I),
        "subjectless_lead": re.compile(rf"^(?:{L.SUBJECTLESS_LEADS})(?![\w'’-])", re.I),
        "dismissed_lead": re.compile(rf"^(?:{L.DISMISSED_LEADS})(?![\w'’-])", re.I),
        "surveyed": re.compile(rf"(?:{L.SURVEYED_OF})(?![\w'-])", re.I),
        "document_verbs": re.compile(rf"\s+(?:\S*\d|{L.DOCUMENT_VERBS}|(?-i:{L.TOLL_LEVEL_VERBS}))(?![\w'’-])", re.I),
        "pronoun_lead": re.compile(rf"^({either(map(re.escape, L.SUBJECT_PRONOUNS))})\s+\w", re.I),
        "joined_before": re.compile(rf"(?<![\w'-]){either(every('AND') + every('BUT'))}\s*,?\s*$", re.I),
        "figure_next": re.compile(r"\s*,?\s*(?:[^\W\d]+\s+){0,3}\d"),
        "number_of_np": re.compile(rf"^(?:{words(L.DETERMINERS)})?\s*(?:{L.NUMBER_OF})", re.I),
        "events_reported_by": re.compile(rf"(?:{L.EVENTS_REPORTED_BY})\s+(?:{words(L.INDEFINITE_DETERMINERS)})?$", re.I),
        "indefinite_lead": re.compile(rf"^{words(L.INDEFINITE_DETERMINERS)}", re.I),
        "basis": re.compile(rf"(?<![\w'-])(?:{L.BASIS_LEAD})(?![\w'-])[^,;:.!?]*,", re.I),
        "agent_by": re.compile(rf"(?:{either(every('BY'))})\s", re.I),
        "source_prep_lead": re.compile(rf"^{L.SOURCE_PREPS}(?![\w'-])", re.I),
        "and_source_prep": re.compile(rf"\s(?:{either(every('AND'))})\s+(?:{L.SOURCE_PREPS})\s+", re.I),
        "first_person": frozenset(L.FIRST_PERSON),
        "reduced_relative": re.compile(L.REDUCED_RELATIVE),
        "first_person_tail": re.compile(rf"(?<=\s)(?P<me>{either(w for w in L.FIRST_PERSON if w.isalpha())})"
                                        rf"(?:\s+(?:{L.MODALS}))?\s*$", re.I),
        "infinitive_lead": re.compile(rf"^(?:{L.PERFECT_INFINITIVE})(?![\w'-])", re.I),
        "subject_pronouns": frozenset(L.SUBJECT_PRONOUNS),
        "demonstratives": frozenset(L.DEMONSTRATIVE_PRONOUNS),
        # « Cela dit, je ne minimise pas : 18 écoles … », "That said,": a turn of phrase, nobody speaking
        "discourse_marker": re.compile(rf"(?<![\w'-])(?:{L.DISCOURSE_MARKERS})\s*,", re.I),
        "state_after": re.compile(L.STATE_AFTER_PARTICIPLE, re.I),
        "subordinate": re.compile(rf",\s+(?:{L.SUBORDINATE_LEADS})\s+", re.I),
        # (what follows a verb and is no object: a preposition, a day)
        "no_object": re.compile(rf"(?:{L.NO_OBJECT_AFTER}|{either(L.WEEKDAYS)})(?![\w'-])", re.I),
        "participles": participles,
        # participles that are no finite form too ("annoncée", not "dit" or "fait")
        "bare_participles": participles - frozenset(f.lower() for f in F["finite"])
        if L.BARE_PARTICIPLE_QUALIFIES else frozenset(),
        "action": re.compile(L.ACTION_VERB),
        "copula": re.compile(rf"(?<![\w'-])(?:{L.COPULAS})(?![\w'-])", re.I),
        # "registered in the federation are": a place phrase, then at once the clause's own verb
        "place_then_copula": re.compile(rf"\s+{either(L.PLACE_PREPOSITIONS)}\s+(?:{words(L.ARTICLES)})?"
                                        rf"(?:(?!{words(L.ARTICLES)}|(?:{L.CLAUSE_OPENING_SUBJECTS})\s)[^\W\d][\w'’-]*\s+){{1,3}}"
                                        rf"(?:{L.COPULAS})(?![\w'-])", re.I),
        # (not a figure between: "said at least 50 workers were trapped" is the verb, then what it says)
        # (a copula after "that" or a quote mark is the reported clause's: "manifested that the workers \"are …\"")
        # (a numbers box's item: « Personnes secourues en mer par la garde côtière depuis le jeudi 11 [sam. 13] »)
        "done_by": re.compile(rf"(?<![\w'-])(?:{L.BOX_DONE_BY})(?:\s+[^\W\d]+){{0,3}}?\s+(?:{either(L.BY)})\s+"
                              rf"(?P<np>(?:{either(L.DEFINITE_ARTICLES)})\s*[^,;:.!?()\[\]«»“”\"\d]{{2,60}}?)"
                              rf"(?=\s*(?:[,.;\[]|$)|\s+(?:{either(L.SINCE_WORDS)})\s)", re.I) if L.BOX_DONE_BY else None,
        # "**23** – appels d'agriculteurs reçus par la cellule d'écoute de la MSA": a numbers box's item, whoever received
        # what it counts is its source (in running text, whoever reports them is)
        "box_received_by": re.compile(rf"^\W*\d[\d\s,.]*[*_]*\s*[–—-]\s[^.;:]*?(?<![\w'-])(?:{L.BOX_RECEIVED})\s+(?:{either(L.BY)})\s+"
                                      rf"(?P<np>[^,;:.!?()«»“”\"\d\[]+?)(?=\s+(?:{L.BOX_RECEIVED_UNTIL})\s|\s*[,;:.!?()\[]|\s*$)",
                                      re.I) if L.BOX_RECEIVED else None,
        "deployed_by": re.compile(rf"(?<![\w'-])(?:{L.DEPLOYED_BY})\s+(?P<np>[^,;:.!?()«»“”\"\d]+)", re.I) if L.DEPLOYED_BY else None,
        "deployed": re.compile(rf"(?<![\w'-])(?:{L.DEPLOYED})(?![\w'-])", re.I),
        "noun_like_lead": re.compile(rf"(?<![\w'-])(?:{L.NOUN_LIKE_LEAD})\s+$", re.I),
        "definite_lead": re.compile(rf"^(?:{either(L.DEFINITE_ARTICLES)})(?:\s+|(?<=['’]))\S", re.I),
        "possessive_np": re.compile(rf"^(?:{either(L.POSSESSIVES)})\s", re.I),
        "that": re.compile(rf"(?<![\w'-])(?:{either(L.THAT)})(?:(?<=')|(?![\w'-]))|[«»“”\"]", re.I),
        "finding_verb": re.compile(rf"(?:{L.FINDING_VERBS})", re.I),
        # a figure before "selon X": digits, or a vague plural that is no scale word ("des milliers")
        # (« une centaine selon le gouverneur », "a dozen according to police": a figure in words too)
        "counted_before": re.compile(rf"\d|\b{either([u for u in L.VAGUE_UNITS if u not in L.SCALES] + list(L.APPROX_NOUNS) + list(L.VAGUE_SINGULAR))}\b", re.I),
        # "For strikers, the ministry gave 9,400": what is counted, not who says it
        "counted_nouns": frozenset(k.lower() for k in L.COUNT_NOUNS),
        "follow_lead": re.compile(rf"(?:{L.QUOTE_FOLLOW_LEADS})", re.I),
        "spokesperson_role": re.compile(rf"(?<![\w'-])(?:{either(every('SPOKESPERSON_ROLES'))})(?![\w'-])", re.I),
        "someone_of_it": re.compile(rf"(?:{L.SPOKESPERSON_ALONE})", re.I),
        "owned_lead": re.compile(rf"(?:{either(L.ORGANISATION_POSSESSIVES)})(?:\s+(?:[\w-]+\s+)?(?:{L.SOURCE_NOUNS}|{L.OWN_OFFICE})(?![\w'-])|$)",
                                 re.I),
        "own_account": re.compile(rf"^(?:{L.OWN_ACCOUNT})(?![\w-])", re.I),
        "copula_tail": re.compile(rf"(?:\s+(?:{L.COPULAS}|{L.AUX}))+\s*$", re.I),
        "topic_lead": re.compile(rf"{_lang.topic_lead(L)}[,:]?\s*", re.I),
    }


_NAME_AFTER = re.compile(rf"(?<![\w'’-]){PROPER_NAME}")  # "… described the situation the fisherman Sergey Pavlov"
_OPENING_QUOTE = re.compile(r"\s*[«“\"]")
# capitalised words linked by a particle, twice: a proper name ("Office of Search and Rescue", "Direction des Routes")
_GLOSSED_NAME = re.compile(r"\s*\((?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w&.-]{1,11})\)")   # "… de l'hôtellerie (Umih)": a name its initials end
# "the press service of the Main Directorate of the MChS for the region": a body's name, however long
_CAPITALISED = re.compile(r"(?<![\w'-])[A-ZÀ-ÝĀ-ŒŔ-ž][\w'-]*")
# "Wealdmarch Rail": a name of two capitalised words (a body named with no article)
_TWO_CAPITALS = re.compile(r"(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+\s+[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+)")
# "la CGT", "the UEC": a body's initials alone, after one article at most (ACRONYM finds them anywhere)
_ARTICLE_AND_INITIALS = re.compile(r"(?:[^\W\d]+\s+|[^\W\d]+['’])?(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž]{2,6})")
_GAPPED_NAME = re.compile(r"(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+(?:\s+[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+){0,2})")  # "…, Numera 21,800": a name, no noun needed
_LONG_PROPER_NAME = re.compile(r"(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'-]+)\s+(?:[a-zà-ÿ']+\s+){1,2}(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'-]+)\s+(?:[a-zà-ÿ']+\s+){1,2}(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])")

#: How much of the sentence before a verb its end-anchored tests read ("sont
#: enregistrés", "the Guard's count", "compared with the state's"): a constant
#: window keeps the work per verb the same however long the sentence is.
_REACH = 160


def _may_name_someone(np: str) -> bool:
    """An agent noun or a capitalised word: a phrase that may name who acted or spoke ("the police", "the MChS")."""
    return bool(AGENTIVE.search(np) or re.search(r"[A-ZÀ-ÝĀ-ŒŔ-ž]", np))  # (any capital: "par l'ARS")


def _before(s: str, pos: int) -> str:
    return s[max(0, pos - _REACH):pos]


@functools.cache
def _figure_with_noun() -> re.Pattern:
    """A figure and the lower-case noun after it inside a phrase; not a year ("a 2023 filing"), nor a day of the month
    (« selon l'ANPC le 9 octobre », whose date the time tail takes)."""
    # (its groups may be set apart by plain spaces: « selon la police 1 500 personnes »)
    return re.compile(rf"(?<=[^\W\d]\s)(?!(?:1[89]|2[01])\d\d\b)\d[\d.,\u00a0\u202f]*(?: \d{{3}}(?!\d))*(?=\s+(?-i:[a-zà-ÿ]))"
                      rf"(?!\s+(?:{either(every('MONTHS'))})(?![\w-]))")


def _up_to_figure(np: str, code: str) -> str:
    """A source phrase that runs into the figure it introduces, without it: "union sources more than 90"
    (from "according to union sources more than 90,000 teachers") is "union sources"."""
    # (the number that ends it; not a year inside it, "a 2023 filing", nor a name with a digit, "R4V")
    digit = re.search(r"(?<![\w.-])\d[\d.,\u00a0\u202f ]*$", np)
    if digit is None:
        # ("according to the directorate 14 houses are buried": the figure and its noun, with no comma before)
        digit = _figure_with_noun().search(np)
    if digit is None:
        return np
    np = np[:digit.start()].rstrip()
    return np[:_qualifier(_figure_patterns(code), np, len(np))[1]].rstrip(" ,")  # ("more than", "about")


@functools.lru_cache(maxsize=None)
def _after_rx(code: str) -> re.Pattern | None:
    L = _lang.get(code)
    if not L.ATTRIBUTED_AFTER:
        return None
    return re.compile(rf"\s*(?:{either(L.ATTRIBUTED_AFTER)})\s+(?P<np>[^.;:!?«»“”\"()]{{2,90}}?)\s*(?=[.;!?]|$)", re.I)


def attributed_after(text: str, at: int, code: str) -> str:
    """The source that the sentence starting at ``at`` gives to the one before
    it ("This was announced by the police on Thursday", « C'est ce qu'a indiqué
    la préfecture »), or "".

    Examples
    --------
    >>> t = "Le bilan est passé à 47 blessés. C'est ce qu'a indiqué la préfecture jeudi."
    >>> attributed_after(t, t.index(" C'est"), "fr")
    'la préfecture'
    """
    rx = _after_rx(code)
    m = rx.match(text, at) if rx is not None else None
    return trim_np(_rx(code), m.group("np")) if m else ""


def find_cues(sentence: str, code: str = "fr") -> list[Cue]:
    """Attribution cues in a sentence, left to right.

    Examples
    --------
    >>> [(c.kind, c.phrase) for c in find_cues("Samedi, le ministère de l'Intérieur a dénombré 282 710 manifestants.")]
    [('verb', "le ministère de l'Intérieur")]
    >>> [(c.kind, c.phrase, c.forward) for c in find_cues("782 000 manifestants selon l'Intérieur, 2,3 millions selon la CGT")]
    [('source', "l'Intérieur", False), ('source', 'la CGT', False)]
    >>> [(c.kind, c.phrase) for c in find_cues("Some 12,000 were sent, the Pentagon said.", "en")]
    [('inverted', 'the Pentagon')]

    A service named with its number is read as a name:

    >>> [(c.kind, c.phrase) for c in find_cues("7 ambulances sont intervenues, a communiqué la centrale du 118 de Valbrusco.")]
    [('inverted', 'la centrale du 118 de Valbrusco')]
    """
    masked = masked_service_numbers(sentence)
    if masked == sentence:
        return _no_told_object(_absolute_speakers(_find_cues(sentence, code), sentence, code), sentence)
    # (its digits are blanked while cues are read, offsets kept, then its name is given back its number)
    out = []
    for c in _find_cues(masked, code):
        at = masked.find(c.phrase) if c.phrase else -1
        end = at + len(c.phrase)
        # (a phrase that stops where the blanked number was: "La centrale … d'urgence sanitaire 118 a envoyé")
        if at >= 0 and (tail := re.match(r"\s+\d+(?![\w-])", sentence[end:])) and not masked[end:end + tail.end()].strip():
            end += tail.end()
        out.append(replace(c, phrase=sentence[at:end]) if at >= 0 else c)
    return _no_told_object(_absolute_speakers(out, sentence, code), sentence)


def _no_told_object(cues: list[Cue], sentence: str) -> list[Cue]:
    """``cues`` without an inverted one that is what the verb tells of, before the colon of a quote: « X raconte son
    dernier stage en chirurgie : « Nous étions 4 » » (a possessive, a few words, no agent's noun and no name; « explique
    sa porte-parole : » stays)."""
    return [c for c in cues if not (
        c.kind == "inverted" and _POSSESSIVE_LEAD.match(c.phrase) and len(c.phrase.split()) >= 4
        and not AGENTIVE.search(c.phrase) and not re.search(r"[A-ZÀ-ÝĀ-ŒŔ-ž]", c.phrase)
        and re.match(r"\s*:", sentence[c.end:]))]


_POSSESSIVE_LEAD = re.compile(rf"(?:{either(every('ORGANISATION_POSSESSIVES') + every('PERSON_POSSESSIVES'))})\s", re.I)


def _absolute_speakers(cues: list[Cue], sentence: str, code: str) -> list[Cue]:
    """``cues`` with the verbs of an absolute clause after the main one marked ``after_only`` ("Tens of thousands took
    to the streets, with organisers saying more than 100,000 had joined": the organisers say only what follows)."""
    rx = _rx(code)["accompanying_sayer"]
    return [replace(c, after_only=True) if c.kind == "verb" and (verb := re.match(r"[\w'’-]+", sentence[c.start:]))
            and rx.search(sentence, max(0, c.start - 80), c.start + verb.end()) else c for c in cues]


# a figure's source in brackets right after it, as recaps and boxes give it: "4,120 (police)", « 11 000 (CGT) »
_BRACKETED_SOURCE = re.compile(
    # (square brackets too, and the day after a comma: "13 [ALPC, Fri 8]")
    r"(?<=\d)(?:(?:\s+[^\W\d_A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]*){0,2}[\"”»]?\s*[(\[](?P<np>[^()\[\]\d;:,.]{2,40})(?:,(?P<nday>[^()\[\]]{1,40}))?[)\]]"
    # ("About 410 people had left their homes (police) or 530 (county council)": further from its figure when the
    # next figure has its own source in brackets)
    r"|(?:\s+[^\W\d_A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]*){3,6}\s*\((?P<far>[^()\d;:,.]{2,40})\)"
    r"(?=\s*[^\W\d]{1,8}\s+(?:[^\W\d]+\s+)?\d[\d\s.,\u00a0\u202f]*(?:[^\W\d_]+\s*){0,2}\())"
    # ("There were 46 patients in the emergency department at 7am (trust), all of whom": a body's common noun in
    # brackets closing the figure's clause; not "(AFP)", a wire's tag)
    r"|(?<=\d)\s+[^\W\d][^()\[\];:.!?]{2,70}?\s\((?P<late>(?-i:[a-zà-ÿ])[^()\d;:,.]{1,30})\)(?=\s*[,.;]|\s*$)"
    # ("5 police officers injured [Bellemarge police].", « 30 bâtiments endommagés [DGPC, mar. 20] »: a box line's
    # source in square brackets closing its clause, which no wire tag or label uses)
    r"|(?<=\d)[^()\[\];:.!?\d]{2,70}?\s\[(?P<box>[^\[\]\d;:,.]{2,40})(?:,[^\[\]]{1,40})?\](?=\s*[,.;]|\s*$)"
    # ("**29** – drownings in the county this week (Royal Life Saving Society UK, Friday) v 7 for the police": a
    # recap line's source by its proper name in round brackets, the day after a comma, closing its clause)
    r"|(?<=\d)[^()\[\];:.!?\d]{2,70}?\s\((?P<rbox>(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])[^()\d;:,.]{1,40}),\s*(?P<rday>[^()]{1,40})\)"
    r"(?=\s*[,.;]|\s*$|\s+\S{1,7}\s+\d)"   # (its day after the comma; the next side's link and figure may follow)
    # ("**29** – drownings in the county in the whole of 2148 (Royal Life Saving Society UK).": a recap line that opens
    # with its figure, its source's proper name in brackets closing it)
    r"|^[\s*_]*(?:[^\W\d]+\s+){0,2}\d[\d\s.,\u00a0\u202f]*[*_]*\s*[–—-]\s[^()\[\];:!?\n]{2,120}?\s"
    r"\((?P<rbox2>(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])[^()\d;:,.]{1,40})\)\.?\s*$")
_BOX_FIGURE_END = re.compile(r"[\d\s.,\u00a0\u202f]+$")
_ARTICLE_LEAD = re.compile(rf"{either(every('ARTICLES'))}(?:\s|(?<=['’]))", re.I)
# '« Environ 41 000 personnes » – LES DEUX CHIFFRES SONT JUSTES': a fact-check's verdict in capitals after a quote
_VERDICT_TAIL = re.compile(r"(?<=[\"”»])\s*[–—]\s+[A-ZÀ-ÝĀ-ŒŔ-ž][A-ZÀ-ÝĀ-ŒŔ-ž'’-]*(?:[ ,]+[A-ZÀ-ÝĀ-ŒŔ-ž][A-ZÀ-ÝĀ-ŒŔ-ž'’-]*)+[\s.!…]*$")


def _cleft_subject(P, sentence: str, verb_at: int) -> tuple[int, str] | None:
    """Where a cleft's words end and the speaker it names before the verb at ``verb_at`` (« C'est ainsi que X,
    tonnelière, raconte », "That is how X describes"), or None when no cleft opens the sentence (or its quote)
    before it."""
    cleft = P["cleft_speaker"].search(sentence, 0, verb_at)
    if cleft is None or cleft.end() >= verb_at:
        return None
    if cleft.group().startswith(",") and re.search(r"[,;:«»“”\"]", sentence[cleft.end():verb_at]):
        return None  # '"…, this is what you get," said X': a quote's own words, not a cleft naming the speaker
    return cleft.end(), trim_np(P, sentence[cleft.end():verb_at].split(",")[0])


def _find_cues(sentence: str, code: str) -> list[Cue]:
    P = _rx(code)
    sentence = _VERDICT_TAIL.sub(lambda v: " " * len(v.group()), sentence)  # (the same offsets, no words)
    # "said a 24-year-old man who gave his name as Yusuf": the speaker is the name (the same offsets)
    sentence = P["gave_name"].sub(lambda v: " " * len(v.group()), sentence)
    cues: list[Cue] = []
    for m in P["source"].finditer(sentence):
        text = m.group("np")
        lead = P["document_lead"].match(text)
        if lead and (by := list(P["agent_tail"].finditer(text, lead.end()))) and not any(c.kind == "source" for c in cues):
            # "le bilan transmis lundi par le SDIS": whose it is follows after all (but "Selon le président, …,
            # d'après un comptage réalisé par les agents de sécurité": the president's, on their count)
            text, lead = text[by[-1].end():], None
        np = lead.group() if lead else _up_to_figure(text, code)
        # (a phrase that ran into its figure ends before it: « selon le syndicat 4 000 » is the cue of what follows)
        end = (m.end() if lead or len(np) == len(text) or P["preposition_end"].search(text, 0, len(np) + 1)
               else m.end("np") - len(text) + len(np))
        # "11 according to Chlorexa at the time", « selon les chiffres officiels de l'époque » (whose, not when)
        np = trim_np(P, P["time_tail"].sub("", np, count=1) or np)
        np = P["time_tail"].sub("", np, count=1) or np  # (and once trimmed: the time may close the name trim_np kept)
        if P["source_noun_lead"].match(text) and P["toll_event"].match(np):
            continue  # « selon le bilan du naufrage », "according to the toll of the floods": what it is of, no one's
        said_of = subject_before(P, sentence, m.start()) if P["own_account"].match(text) else ""
        acted = [a for a in P["action"].finditer(said_of) if not said_of[a.end():].strip()]
        if (subject := P["copula_tail"].sub("", said_of[:acted[-1].start()] if acted else said_of).strip()):
            # "The Fire Brigade was according to own statements with 96 forces", "The Clinic treated according
            # to own statements 21 patients", "selon ses propres chiffres": the subject's own count
            np = subject
        if _shared()["attributed"].match(m.group().lstrip()) and not (AGENTIVE.search(np) or re.search(r"[A-ZÀ-ÝĀ-ŒŔ-ž]", np)):
            continue  # "deaths it attributed to other causes": a cause, not a source
        if np and not NON_AGENT_SOURCE.match(np) and np.lower() not in P["demonstratives"]:  # ("d'après ce que je voyais")
            cues.append(Cue("source", m.start(), end, np, forward=True))
    fronted = P["fronted"].match(sentence) if P["fronted"] is not None else None
    if fronted:  # "Informed this Monday the Ministry of Transports (MTC) that 38 ships …"
        np = trim_np(P, fronted.group("np"))
        if np and not re.search(r"\d", np):
            cues.append(Cue("verb", fronted.start("np"), fronted.end(), np, forward=True))
    for m in P["figure_said_by"].finditer(sentence) if P["figure_said_by"] is not None else ():
        # "14 universities blockaded say the presidents, 27 says the student coordination": each figure's speaker
        # right after it, no comma between (a presenter's or a headline's shorthand)
        if np := trim_np(P, m.group("np")):
            cues.append(Cue("inverted", m.start("verb"), m.end(), np, forward=False))
    if P["passive_reported"] is not None:
        for m in P["passive_reported"].finditer(sentence):  # "It has been rendered known by the Prefecture that 11.400 …"
            np = trim_np(P, m.group("np"))
            if np and not re.search(r"\d", np):
                cues.append(Cue("verb", m.start("np"), m.end(), np, forward=True))
    if (paired := paired_credit(sentence, code)) is not None:
        # "1,600 vs 3,500 – strikers at Port-Estagnol: the port authority against the FNOD": each figure's source,
        # in their order
        for k in ("a", "b"):
            cues.append(Cue("source", paired.start(k), paired.end(k), trim_np(P, paired.group(k)), forward=False))
    if (credit := _ITEM_CREDIT.match(sentence)) and not any(c.kind in ("source", "verb") for c in cues):
        # "81 – ships waiting, FMV, the peak of the week": a numbers box's item credits its source by initials
        cues.append(Cue("source", credit.start("np"), credit.end("np"), credit.group("np"), forward=False))
    for m in _BRACKETED_CREDIT.finditer(sentence):
        # 'CLAIM 2: "Nearly 700 homes destroyed" (Interior Ministry, Thursday)', « « 41 000 grévistes » (UIK) »: a
        # fact-check's claim under review, its author in brackets after the quote
        np = trim_np(P, m.group("np"))
        if np and _may_name_someone(np) and not P["verdict"].fullmatch(np.strip(" .!")):
            cues.append(Cue("inverted", m.start(), m.end(), np, forward=False))
    for m in P["credit_posted"].finditer(sentence):
        if (np := trim_np(P, m.group("np"))) and not re.search(r"\d", np):
            cues.append(Cue("inverted", m.start(), m.end(), np, forward=False))
    for m in _CREDIT.finditer(sentence):  # '"742 vehicles" – Interior Ministry, January 2': the quote's author
        np = trim_np(P, m.group("np"))
        if np and not re.search(r"\d", np) and not P["verdict"].fullmatch(np.strip(" .!")):
            # ('« Plus de 300 morts » – FAUX', '– CONFIRMÉ PAR LA SUITE': a fact-check's verdict, not the author)
            cues.append(Cue("inverted", m.start(), m.end(), np, forward=False))
    for m in P["spread_report"].finditer(sentence) if P["spread_report"] is not None else ():
        key = "np" if m.group("np") else "np2"
        if m.groupdict().get("read") and not P["online_place"].fullmatch(m.group(key).strip()):
            continue  # ("Dans le centre-ville, on dit que …": what is said in a place is no one's figure)
        cues.append(Cue("source", m.start(key), m.end(), m.group(key), forward=True))
    for m in P["relative_source"].finditer(sentence):
        # the antecedent, after the agent's preposition if there is one ("contesté par la section ...")
        before = re.split(r"[,;:.!?«»“”\"()]", sentence[max(0, m.start() - _REACH):m.start()])[-1]
        np = trim_np(P, P["agent_tail"].split(before)[-1])
        if np and not re.search(r"\d", np):
            cues.append(Cue("source", m.start(), m.end(), np, forward=True))
    gapped = []  # kept below only after a reporting verb: "The KMT took 52 seats and the DPP 51" reports nothing
    figures = None  # (the sentence's figures, read once, when a gapped name asks whether a figure follows it)
    for m in P["gapped"].finditer(sentence):
        # "Les organisateurs ont annoncé 70 000 participants, la préfecture 45 000": the verb is implied
        np = trim_np(P, m.group("np"))
        figures = figures if figures is not None else find_figures(sentence, code)
        digit = re.compile(r"\d").search(sentence, m.end())
        if digit is not None and not any(f.start <= digit.start() < f.end for f in figures):
            continue  # « …, dans les écoles depuis le 2 mars »: the number after it is a day, no figure
        if "," in np:
            # « …, le délégué de l'UIK, Lucas Brévennec, 1 100 »: the role (a name read alone is no noun cue's)
            np = np.split(",", 1)[0].strip()
        if np and np.split()[-1].lower() in _shared()["and_or"]:
            continue  # "the pilot and 10 passengers": a noun coordinated with the figure's, not a gapped verb
        if (np and len(_GLOSS.sub("", np).split()) <= 5 and (AGENTIVE.search(np) or ACRONYM.search(re.sub(r"^\w['’]", "", np))  # ("l'ARS")
                                             or m.group("you")  # ("…, vous de 120": the one asked)
                                             # ("the prefecture counted 14,500, Numera 21,800": a name, no place known)
                                             # (after its article too: "…, and the Red Cross 'about 3,300'")
                                             or _GAPPED_NAME.fullmatch(np) or _GAPPED_NAME.fullmatch(_ARTICLE_LEAD.sub("", np, count=1)))
                and re.search(r"\d", sentence[:m.start()])
                and not _shared()["verb_in_np"].search(np)):
            gapped.append(Cue("noun", m.start("np"), m.end("np"), np, forward=True))
    for m in P["for_source"].finditer(sentence):
        np = trim_np(P, m.group("np"))
        # ("Pour la Croix-Rouge, le bilan est de …": a body's name after its article, not « Pour les Atsem, …
        # nous avons créé 12 postes », the people a figure is about)
        if np and (AGENTIVE.search(np) or np[:1].isupper() or P["singular_name"].match(np)) \
                and np.lower() not in P["counted_nouns"]:
            cues.append(Cue("source", m.start(), m.end(), np, forward=True))
    # (a name the sentence glosses as a body: "104,000 for Comptalys, an independent counting firm"; an acronym
    # is one: "60,000 for the UEC")
    figure_for = [(m, np) for m in P["figure_for"].finditer(sentence)
                  if (np := trim_np(P, m.group("np"))) and (AGENTIVE.search(np) or _ARTICLE_AND_INITIALS.fullmatch(np) or np[:1].isupper() and (
                      gloss := P["glossed_as"].match(sentence, m.end())) and AGENTIVE.search(gloss.group()))
                  and np.lower() not in P["counted_nouns"]]
    if not figure_for:
        # ("540 grévistes selon la CGT, contre 312 pour la Métropole": a proper name after its article, where the
        # figure is set against another; not a place, « contre 300 pour la Bretagne »; "350 according to the RMT, v 312
        # for Wealdmarch Rail": a name of two capitalised words, with no article)
        figure_for = [(m, np) for m in P["figure_for"].finditer(sentence)
                      if (np := trim_np(P, m.group("np"))) and (P["singular_name"].match(np) or _TWO_CAPITALS.match(np))
                      and np.lower() not in P["counted_nouns"] and not default_places().find(np)
                      and P["set_against"].search(sentence, 0, m.start() + 1)][:1]
    if len(figure_for) > 1 or figure_for and (any(c.kind == "source" and c.end < figure_for[0][0].start() for c in cues)
                                              and re.search(r"[,;]\s+(?:[^\W\d]+\s+){0,3}\d[\d.,\s]*$",
                                                            sentence[:figure_for[0][0].start()])
                                              or P["set_against"].search(sentence, 0, figure_for[0][0].start() + 1)
                                              # ("(Royal Life Saving Society UK, Friday) v 7 for the police")
                                              or P["bracket_against"].search(sentence, 0, figure_for[0][0].start() + 1)):
        # (one figure "for the ministry" alone may be a figure meant for it: only counts set against each other,
        # "8,000 according to the police, 20,000 for the unions")
        cues += [Cue("source", m.start("prep"), m.end(), np, forward=True)
                 for m, np in figure_for]
        # (and the same word before the next figure: "…, 58 000 pour Comptamarche, et pour la préfecture de police 31 000")
        cues += [Cue("source", m.start(), m.end("np"), np, forward=True) for m in P["for_figure"].finditer(sentence)
                 if (np := trim_np(P, m.group("np"))) and (AGENTIVE.search(np) or np[:1].isupper())
                 and np.lower() not in P["counted_nouns"] and not P["time_word"].search(np)]
    agent_spans = []  # "a new estimate released on Wednesday by the charity": the participle is no verb of its own
    participles = []  # (where its participle starts, the agent's cue)
    for m in P["agent"].finditer(sentence):
        # "the crowd was estimated at 50,000 by police": the agent of a passive count
        if any(not P["determiner_end"].search(m.group("gap")[:p.start()]) for p in P["participle"].finditer(m.group("gap"))):
            continue  # "confirmées comme infectées par la salmonelle": the agent of another participle
        # ("la foule est estimée par la Croix-Rouge à 15 000", "estimated by police at 50,000": the amount after it)
        # "estimated at 5,000 by police and 20,000 by organisers", « estimée à 5 000 par la police et à 20 000 par les
        # organisateurs »: a second figure and its own agent after the first agent
        second = P["agent_second"].search(m.group("np"))
        np = trim_np(P, P["amount_after_agent"].split(m.group("np")[:second.start()] if second else m.group("np"),
                                                     maxsplit=1)[0])
        np = _shared()["copula_tail"].sub("", np)  # « les 820 tonnes annoncées par la préfecture maritime sont … »
        if (shown := P["document_verbs"].search(" " + np)) and shown.start() and not re.search(r"\d", shown.group()):
            np = (" " + np)[:shown.start()].strip()  # "figures released by the ministry showed": the ministry
        if P["agent_idiom"].match(sentence, m.start("by")):
            continue  # « confirmé par la suite », "confirmed by far": an adverb, no agent
        if np and not re.search(r"\d", np) and not NON_AGENT_SOURCE.match(np) and not P["time_word"].search(np) and (
                _may_name_someone(np)):  # ("confirmed by laboratory culture", "by Wednesday": no one)
            end = m.start("np") + second.start() if second else m.end()
            cues.append(Cue("source", m.start("by"), end, np, forward=False))
            participles.append((m.start(), cues[-1]))
            agent_spans.append((m.start(), m.start("by")))
            np2 = trim_np(P, second.group("np")) if second else ""
            if np2 and not re.search(r"\d", np2) and _may_name_someone(np2):
                cues.append(Cue("source", m.start("np") + second.start("by"), m.end(), np2, forward=False))
    if P["box_received_by"] is not None and (m := P["box_received_by"].match(sentence)) \
            and (np := trim_np(P, m.group("np"))) and (AGENTIVE.search(np) or ACRONYM.search(np)):
        cues.append(Cue("source", m.start("np"), m.end(), np, forward=False))
    for m in P["deployed_by"].finditer(sentence) if P["deployed_by"] is not None else ():
        # "1,100 firefighters deployed by the fire corps", « 450 pompiers engagés par le CNP »: the body that sent them
        np = trim_np(P, m.group("np"))
        if not re.search(r"\d[^.;:!?]{0,40}$", sentence[:m.start()]):
            continue  # (the people counted just before it: not « le premier signalement, envoyé par l'infirmière »)
        if P["indefinite_lead"].match(np):
            continue  # « 14 élèves envoyés par des établissements sans infirmière »: where they came from, no body
        if verb := _shared()["verb_after_name"].search(np):
            np = np[:verb.start("cut")]  # « 450 pompiers engagés par le SDIS luttent contre le feu »: the name, not its verb
        if np and (AGENTIVE.search(np) or ACRONYM.search(np)) \
                and not any(c.kind == "source" and c.start <= m.start() < c.end for c in cues):
            cues.append(Cue("source", m.start(), m.end(), np, forward=False))
    for rx in P["inverted"]:
        for m in rx.finditer(sentence):
            if P["clause_word"].search(P["incise_as"].sub("", m.group(0), count=1)):
                continue  # ", a affirmé vendredi que ...": a verb with its clause, not an inverted source
            if (cleft := _cleft_subject(P, sentence, m.start())) is not None:
                np = cleft[1]
                # « C'est ainsi que Nadège Pallud, tonnelière, raconte le début de l'incendie »: the speaker comes
                # before the verb, its object after it
                if np and not re.search(r"\d", np):
                    cues.append(Cue("inverted", m.start(), m.end(), np, forward=False))
                continue
            if m.group("np") and len(m.group("np").split()) > 1 and m.group("np").split()[-1].lower() in P["participles"] \
                    and re.match(r"\s*[«“\"]", sentence[m.end("np"):]):
                continue  # 'said volunteers in the villages counted "more than 100 dead"': a clause said, no subject
            if m.group("np") and (P["clause_verbs"].search(m.group("np")) or (
                    len(m.group("np").split()) > 1 and m.group("np").split()[0].lower() in P["subject_pronouns"])):
                continue  # ", said its volunteers had found", "said he saw": the subject of the reported clause
            if m.group("np") and m.group("np").strip().lower() not in P["subject_pronouns"] and \
                    P["time_only"].fullmatch(m.group("np").strip()):
                continue  # 'X, director of Y, told us on Thursday: "…"': a day, and the subject before it
            np = P["time_lead"].sub("", m.group("np") or m.groupdict().get("np2") or "", count=1)  # "a informé ce mardi le X"
            np = trim_np(P, _shared()["addressee"].sub("", np, count=1))
            if (heard := _shared()["addressee_after"].search(np)) and heard.start() > 0 \
                    and fold(np[:heard.start()].split()[-1]) not in _shared()["addressee_roles"] \
                    and (np[:1].isupper() or re.split(r"(?<=['’])|\s", np, maxsplit=1)[0].lower() in _shared()["determiners"]):
                # « a dit le maire au journal Le Soir »: who said it, not who heard it (not « a raconté par téléphone
                # à l'APC le maire », where the subject comes after)
                np = np[:heard.start()]
            np = P["time_tail"].sub("", np, count=1) or np  # ", has communicated the Ministry in the evening"
            if PLACE_PHRASE.match(np):
                continue  # "he told reporters in New Delhi": where, not who
            if P["aux_only"].match(np.strip()):
                continue  # ", had estimated on Thursday": an auxiliary, the subject is before the clause
            if m.groupdict().get("calque") and not _may_name_someone(np):
                continue  # ", said in the capital": where; ", informed in the ministry": who
            group = "np" if m.group("np") else "np2"
            if P["infinitive_lead"].match(np) or _OPENING_QUOTE.match(sentence, m.end(group)):
                continue  # "a dit avoir vu passer", "a annoncé la fermeture « … » de 27 internats": its object
            if P["dismissed_lead"].match(np):
                continue  # '"… on strike, whatever the authority says," said X': the one dismissed, not who speaks
            if (np.lower() not in P["subject_pronouns"] and P["time_only"].fullmatch(np)) or (
                    INDEFINITE_THING.match(np) and not AGENTIVE.search(np) and not WITNESS.search(np)):
                continue  # ", a fait le point mardi", ", a dénoncé une grève": the subject is before
            # (a body's proper name may be long: "the head of the Office of Search and Rescue", « le président de
            # l'Union des métiers et des industries de l'hôtellerie (Umih), Frédéric Lanzac »)
            if np and (figures := find_figures(np, code)) and figures[-1].end >= len(np.rstrip(" ,;.")) - 1:
                continue  # "the CNPE, said nearly two million": the figure said, no subject after the verb
            if np and not re.search(r"\d", np) and len(np.split()) <= (
                    16 if _GLOSSED_NAME.match(sentence, m.end(group)) else 14 if len(_CAPITALISED.findall(np)) >= 3
                    # ("…, affirme le président de la fédération du BTP de la Haute-Sève, Jean-Marc Roussel")
                    or P["apposition_name"].match(sentence, m.end(group))
                    else 12 if _LONG_PROPER_NAME.search(np) else 8):
                cues.append(Cue("inverted", m.start(), m.end(), np, forward=False))
    figure_ends = None  # (the sentence's figures, read once, when a noun cue asks whether one stands before it)
    for m in P["noun"].finditer(sentence):
        if P["number_of"].match(m.group(0)) or P["noun_thing"].match(sentence, m.start("np") - 3, m.start("np") + 2) \
                or P["surveyed"].match(m.group(0)):
            continue  # "the number of workers in the pit", "its count of survivors", "a survey of the county": what
            # is counted or asked, not who counts
        if figure_ends is None and not re.search(r"\d\s*$", sentence[max(0, m.start() - 12):m.start()]):
            figure_ends = [f.end for f in find_figures(sentence, code)]
        if re.search(r"\d\s*$", sentence[max(0, m.start() - 12):m.start()]) or any(
                end <= m.start() and not sentence[end:m.start()].strip() for end in figure_ends):
            # "The inquiry received 300 statements from witnesses", « quatre chiffres de la colère »: what a figure
            # counts, no source
            continue
        # "figures from the health ministry showed 1,200 ...": the source ends before its verb
        np = trim_np(P, P["document_verbs"].split(m.group("np"), maxsplit=1)[0])
        if np and (figure := find_figures(np, code)) and figure[0].start == 0:
            continue  # « un premier bilan de six morts et appelle … »: what the toll counts, not whose it is
        if np and not re.search(r"\d", np):
            cues.append(Cue("noun", m.start(), m.end(), np, forward=True, document=True))
    if P["possessive"] is not None:
        for m in P["possessive"].finditer(sentence):
            if P["compared"].search(_before(sentence, m.start())):
                continue  # "slightly below the state's figure": compared with, not claimed by
            cues.append(Cue("possessive", m.start(), m.end(), m.group("np"), forward=True))
    for m in P["elliptic_possessive"].finditer(sentence):
        # "2,100 by the town hall's count, 6,000 by the union's": the count left out, its owner the figure's source
        cues.append(Cue("source", m.start(), m.end(), m.group("np"), forward=False, tight=True))
    for m in (P["compound_source"].finditer(sentence) if P["compound_source"] is not None else ()):
        cues.append(Cue("possessive", m.start(), m.end(), m.group("np"), forward=True))  # "Police figures show …"
    # (not what a named subject published: "the collective posted a message claiming that …" is the collective's)
    contents = [m for m in P["content_claim"].finditer(sentence)
                if not P["published_before"].search(sentence, max(0, m.start() - 60), m.start())]
    for m in contents:
        # "denied a claim shared widely on X that "12 people are dead"": the claim's figure, not the denier's
        cues.append(Cue("source", m.start("np"), m.end("np"), m.group("np"), forward=True))
    if (cited := P["cited_object"].search(sentence)) is not None:
        # "Le Réverbère cite le CHU, qui accueille 9 patients, et le Samu, qui a reçu 60 appels": each one cited
        # speaks for the figures of its relative (not the paper that cites them)
        for m in (cited, *P["cited_more"].finditer(sentence, cited.end())):
            cues.append(Cue("source", m.start("np"), m.end("np"), trim_np(P, m.group("np")), forward=True))
    for m in _BRACKETED_SOURCE.finditer(sentence):
        # "4,120 (police) against 11,000 (organisers)", "(county council)": a recap's source in brackets, the figure's
        # right before it (not "12 injured (including police)", a part of the count; not "(le service d'urgence
        # sanitaire)", what a number is; not "(ACTUALISÉ)", a label; not "appeler … le 193 (Pompiers)", a number to call)
        key = next(k for k in ("np", "far", "late", "box", "rbox", "rbox2") if m.group(k))
        if key == "rbox" and not (P["time_word"].search(m.group("rday")) or re.search(r"\d", m.group("rday"))):
            continue  # ("(SCEV, citant la DDFiP)": not a source and its day; who it cites is read elsewhere)
        np = m.group(key).strip()
        if key == "box" and re.search(r"\d", _BOX_FIGURE_END.sub("", sentence[sentence.rfind("]", 0, m.start()) + 1:m.start()])):
            continue  # "180, 310, then 365 homes [ANC, Tue 16, Wed 17]": the line's bracket is every figure's, as its item's
        # (a box's square bracket names its source first, a proper name too: "[Thessamar, Thu 22]")
        # (a proper name with its day right after its figure is a recap's source too: "v 190 (Hedrick Quay
        # Terminals, Monday)")
        dated = key == "np" and m.group("nday") and (P["time_word"].search(m.group("nday")) or re.search(r"\d", m.group("nday"))) \
            and not re.search(r"[\"”»]", sentence[m.start():m.start(key)])  # (not a headline's outlet after its quote)
        if len(np.split()) <= (6 if key in ("rbox", "rbox2") or dated else 4) and (AGENTIVE.search(np) or (ACRONYM.fullmatch(np) and len(np) <= 6) or (
                (key in ("box", "rbox", "rbox2") or dated) and _proper_box_source(np, P))) \
                and not P["subset_lead"].match(np) and (np[:1].isupper() or key == "box" or not _ARTICLE_LEAD.match(np)) \
                and not P["called"].search(sentence, max(0, m.start() - 60), m.start()):
            cues.append(Cue("bracket", m.start(key), m.end(key), np, forward=False, tight=True))
    for m in P["adjunct_source"].finditer(sentence):
        # "AeroLus denied a union estimate of more than 60,000": the union's figure, denied by the one who speaks
        cues.append(Cue("possessive", m.start(), m.end(), m.group("np"), forward=True, tight=True))
    if P["possessive_figure"] is not None:
        for m in P["possessive_figure"].finditer(sentence):
            if (AGENTIVE.search(m.group("np")) or _ARTICLE_AND_INITIALS.fullmatch(m.group("np"))) \
                    and not P["compared"].search(_before(sentence, m.start())):
                # "the ambulance service's 34 people assessed": the service's own figure (not "the city's 30 schools")
                cues.append(Cue("possessive", m.start(), m.end(), m.group("np"), forward=True, tight=True))
    inverted_spans = [(c.start, c.end) for c in cues if c.kind in ("inverted", "source")] + agent_spans
    last_subject = ""
    for m in P["verb"].finditer(sentence):
        if any(a <= m.start() < b for a, b in inverted_spans):
            continue
        left = _before(sentence, m.start())
        if (P["L"].TITLE_CASE_NAMES and m.group()[:1].isupper() and (left.strip(" \"“«'") or m.start() > _REACH)
                and not P["weekday_lead"].match(m.group())):
            continue  # "the Yemen Civilian Impact Project", "The Washington Post": part of a name
        if (noun := P["article_noun"].match(sentence, m.start())) and noun.end() == m.end():
            continue  # "ne reprend pas le chiffre qui circule", "D'où vient le chiffre": the noun, not "le chiffrer"
        only_verb = P["unambiguous"].search(m.group())
        if P["noun_like_verb"].search(m.group()) and P["of"].match(sentence[m.end():]):
            continue  # "exposed records of", "reports of shelling": a noun followed by its complement
        if P["idiom_after"].match(sentence, m.end()):
            continue  # "the road gave way": an idiom, nobody's figure
        if not only_verb and (P["noun_before"].search(left) or re.search(r"'s\s*$", left)) \
                and not (P["marker_noun_verb"].search(left) and P["clause_or_figure"].match(sentence, m.end())) \
                and not P["reduced_relative"].search(left):  # ("the fishermen I spoke to believe": "to" ends a clause)
            continue  # "ces estimations", "le chiffre", "the Guard's count": nouns, not verbs ("the official told" is a verb)
        if " " not in m.group().strip() and P["noun_before_verb"].match(sentence, m.end()):
            continue  # "the highest passenger count does not support …": a noun, the head of the subject
        if P["infinitive_after"].search(left):
            continue  # "…, sans compter les familles hébergées": an infinitive after its preposition, no verb of a subject
        if P["passive"].search(left) or P["passive_inside"].search(m.group()):
            continue  # "sont enregistrés", "ont été rappelés", "were registered": no agent here
        if P["noun_like_verb"].search(m.group()) and P["noun_like_lead"].search(left):
            continue  # "The Kremlin denied reports that 10,000 …", "media reports say": a noun, no one's verb
        if m.group().lower() in P["bare_participles"] and not P["perfect_infinitive"].search(left):
            continue  # "la fermeture annoncée de 23 classes": a participle that qualifies a noun
        if m.group().lower() in P["participles"] and P["state_after"].match(sentence, m.end()):
            continue  # "the people reported missing", « les personnes signalées disparues »: a state, not a speaker's verb
        if re.search(r"\d\s*$", left):
            continue  # "9 confirmed cases", "12 reported deaths": a participle after its figure qualifies the noun
        if P["negated_relative"].search(left + m.group()):
            continue  # « trois morts …, que l'agence ne compte pas », "which the agency does not count": not its figure
        if P["impersonal_modal"].search(left):
            continue  # « Il faut aussi rappeler une réalité : … »: no one is the subject, the speaker around speaks
        if P["matters"].match(sentence, m.start()) and P["relative_lead"].search(left):
            continue  # « la seule chose qui compte ce soir », "every vote counts.": to matter, with nothing counted
        if P["place_then_copula"].match(sentence, m.end()):
            continue  # "the pilots registered in the federation are about 620": a participle, the verb is after
        if cues and cues[-1].kind == "verb" and P["relative_lead"].search(left) \
                and not re.search(r"[,;:«»“”\"]", sentence[cues[-1].end:m.start()].rstrip(", ")):
            continue  # "The ministry counts people who told their manager": a verb of the object before, no speaker
        np = subject_before(P, sentence, m.start())
        if (cleft := _cleft_subject(P, sentence, m.start())) is not None and sentence.rfind(np, 0, m.start()) < cleft[0]:
            np = cleft[1]  # "That is how Nadia Pallud describes …": the name after the cleft's words, not with them
        if (app := P["apposition_subject"].fullmatch(sentence, 0, m.start())) and sentence.find(np) > app.end("np"):
            np = app.group("np").strip()  # (not the object of the relative inside the apposition)
        if (rel_lead := P["relative_object_lead"].match(np)) is not None:
            np = np[rel_lead.end():]  # "…, and who the union says died in the gallery": the union
        if P["aux_only"].match(np.strip()) and (rel := P["subject_of_relative"].match(sentence)) and rel.end() < m.start():
            np = rel.group("np").strip()  # "The IOM, which interviewed survivors one by one, had estimated": the IOM
        if P["negated_aux"].match(np.strip()):
            continue  # "Do not add the daily figures to these totals": an imperative has no subject
        if (own_subject := P["subject_clitic"].match(m.group())) \
                and re.search(r"(?:^|[,:;«“\"])\s*$", sentence[:m.start()]):
            # « Lundi, vous parliez de 100 morts »: the pronoun read as a clitic is the subject (the verb's person says
            # so: « La CORT dit 1,5 million, vous dites près de 2 millions » is not the CORT's second figure)
            np = own_subject.group("p")
        if (reduced := P["reduced_relative"].search(np)) and reduced.start() > 0:
            np = np[:reduced.start()]  # "Local fishermen I spoke to believe": the fishermen
        lead = np.lower().replace("'", "' ").split()[:1]
        if (me := P["first_person_tail"].search(np)) and me.start() > 0:
            np = me.group("me")  # "With great sadness I can confirm": the speaker, "I"
            lead = [np.lower()]
        if 1 < len(np.split()) <= 3 and lead and lead[0] in P["first_person"]:
            np = np.replace("'", "' ").split()[0].strip()  # "Je dois d'ailleurs corriger": the speaker, "je"
        elif len(np.split()) > 3 and lead and lead[0] in P["first_person"]:
            continue  # « Je ne sais pas d'où vient le chiffre »: the speaker's own clause, not a subject
        if P["lone_preposition"].fullmatch(np):
            continue  # "Pour signaler un incendie : le 18": an infinitive after its preposition has no subject
        if P["source_prep_lead"].match(np):
            continue  # "Selon un rapport de l'Unicef publié en janvier": a participle in the source, not its verb
        if joined := list(P["and_source_prep"].finditer(np)):
            np = np[joined[-1].end():]  # « selon la préfecture et selon la maire, qui compte …»: the last source named
        absolute = P["gerund"].search(m.group()) and P["absolute"].search(left)
        rejecting = P["gerund"].search(m.group()) and P["figure_rejected_by"].search(left)
        if own := P["figure_rejected_verb"].search(sentence, max(0, m.start() - 120), m.end()):
            np = own.group("np")  # '…, a figure the interior ministry described as "a fantasy", putting …': the ministry
        elif absolute:
            np = absolute.group("np")  # "…, with the Royal College of Nursing saying 62 patients": its own subject
        elif rejecting:
            # "…12,300 marchers, a figure the CGT union dismissed as "ridiculous", saying 80,000": the one who
            # rejects the figure says the next one, not the sentence's first speaker
            np = rejecting.group("np")
        elif (speaker := last_subject or next((c.phrase for c in reversed(cues)
                                               if c.kind == "inverted" and c.end <= m.start()), "")) \
                and (P["gerund"].search(m.group()) and re.search(r",\s*$", left) or P["perfect_infinitive"].search(left)):
            # "the official told reporters in Lagos, adding that", "l'ONG dit avoir documenté": the same speaker
            # (", the ministry said, adding that": the subject of an inverted verb too)
            np = speaker
        elif P["gerund"].search(m.group()) and re.search(r",\s*$", left) and (
                clause := P["clause_verb"].search(np)) and clause.start() > 0:
            np = np[:clause.start()].strip()  # "Environmental group X disputed the official tally, saying": X
        np, document = P["source_noun_lead"].sub("", np, count=1) or np, np  # "A tally by Reuters put ..."
        if np != document and P["toll_event"].match(np):
            continue  # « Le bilan du naufrage atteint 69 morts », "The toll of the sinking rose": what it is of, no one's
        np = gerund_tail(np)  # "The union coalition leading the protests said": the coalition
        np = unpublished(np)  # "A government report published on Friday found": the report
        if by := published_by(np):
            np = by  # "Le communiqué diffusé mardi par ses services faisait état de": whose release it is
        owner = P["owned_document"].match(np)
        if owner:
            np = owner.group("np")  # "The agency's damage survey counts ...": the agency's
        elif (owner := P["document_of"].match(np)) and (AGENTIVE.search(owner.group("np")) or owner.group("np")[:1].isupper()):
            np = owner.group("np")  # "the panel of the ministry registers 1,2 million": the ministry's
        if _shared()["and_only"].match(np) and last_subject:
            np = last_subject  # "ont jugé ... et avancé": same subject
        elif last_subject and cues and cues[-1].kind == "verb" and _shared()["and_then"].search(sentence, cues[-1].end, m.start()) \
                and not re.search(r"[,;:«»“”\"]", sentence[cues[-1].end:m.start()]) \
                and not P["that"].search(sentence, cues[-1].end, m.start()):
            np = last_subject  # "X dit avoir reçu 200 réclamations et affirme que": the same subject
        coordinated = _shared()["coordinated_verb"].match(np)
        if coordinated:
            np = coordinated.group("np")  # "Les organisateurs contestent ce chiffre et parlent de": the same subject
        lead = P["pronoun_lead"].match(np)
        if lead and len(np.split()) > 2:
            np = lead.group(1)  # "It coordinated the arrival of ...": the pronoun is the subject
        if P["time_np"].match(np):
            continue  # "Ce matin, à 10 heures, nous comptions 37": a time, not who counts
        if any(mk.start() <= m.start() < mk.end() for mk in P["discourse_marker"].finditer(sentence, 0, m.end() + 3)):
            continue
        if (topic := P["topic_lead"].fullmatch(np)) and topic.group("noun").lower() in P["counted_nouns"]:
            continue  # "For strikers, the ministry gave 9,400 … and raised": what is counted, not who counts
        np = P["time_lead"].sub("", np, count=1)  # "Last night we said": "we"
        np = P["vocative_lead"].sub("", np, count=1)  # "Dr Marsh, our photographer counted": "our photographer"
        # (a body's long name defined by its initials is no clause: "La Direction générale des Chemins de fer de
        # l'État de la République de Turquie (TCDD)")
        if not np or np.strip().lower() in _shared()["determiners"] or stray_digits(np) or len(np.split()) > (20 if DEFINED_NAME.match(np) or _TITLE_CHAIN.fullmatch(np) else 12) or VAGUE_SUBJECT.match(np):
            continue
        if P["follow_lead"].fullmatch(np):
            # '"…," – with these words described the situation the fisherman Sergey Pavlov': the one named
            # after the verb and its object
            name = _NAME_AFTER.search(sentence, m.end(), m.end() + 120)
            if name is None:
                continue
            np = name.group()
        if np.lower() in P["demonstratives"]:
            continue  # « Ce qui compte, c'est … », "That counts": a thing pointed at, never a name
        if len(np.split()) > 3 and CLAUSE_IN_NP.search(np):
            continue  # "several families had buried relatives ... without [registering]": a clause, not a subject
        if P["document_adjective_before"].search(left) and P["source_noun_only"].fullmatch(m.group().strip()):
            continue  # "Nouveau chiffre de la CTT", "the latest count": a noun after its adjective, not a verb
        if P["perfect_lead"].match(np) or P["question_lead"].match(np) or P["dismissed_lead"].match(np) \
                or P["subjectless_lead"].match(np) and not AGENTIVE.search(np):
            # "Having gone through our booking data and the guards' head counts", "Without certified weather
            # reports", "whatever the authority says", "Let me give the numbers": a clause or an adjunct, not a subject
            continue
        if P["bare_plural"].match(np) and cues and cues[-1].kind == "verb" and 0 <= m.start() - len(np) - cues[-1].end <= 3:
            continue  # "A spokesperson said paramedics had assessed 23 passengers": the spokesperson's figure
        if cues and cues[-1].kind == "verb" and 0 < m.start() - cues[-1].end <= 40 \
                and ((between := sentence[cues[-1].end:m.start()].strip()) and P["bare_plural"].match(between)
                     or re.fullmatch(r"(?-i:[a-zà-ÿ])[\w'-]*", between)
                     and between.lower() not in _shared()["determiners"]):
            continue  # "The prefecture counts people registered at the centre": a participle of the verb's object
        if cues and cues[-1].kind == "verb" and _told_of(sentence, cues[-1].end, m.start(), np, P, m.end()):
            continue  # "Le président a expliqué que la communauté comptait 58 maisons": the president's figure
        if (agent := P["agent_in_subject"].search(np)) and (by := trim_np(P, agent.group("np"))) \
                and _may_name_someone(by):
            np = by  # « Le nombre de blessés recensés par l'Office atteint 340 »: the agent counted them
        if cues and cues[-1].kind == "verb" and P["that"].match(sentence, m.start()) \
                and (said := sentence[cues[-1].start:cues[-1].end].strip()) \
                and re.search(rf"(?<![\w'’-]){re.escape(said)}\s*$", np):
            np = cues[-1].phrase  # « Le syndicat nous a précisé que son chiffre comprend 58 »: the one who said it
        if P["finding_verb"].fullmatch(m.group().strip()) and not P["that"].match(sentence, m.end()) \
                and any(c.kind == "inverted" and c.start >= m.end() and ";" not in sentence[m.end():c.start] for c in cues):
            continue  # "Rescuers found 12 more bodies, the agency said": what they found, the agency's report
        last_subject = np
        cues.append(Cue("verb", m.start(), m.end(), np, forward=True))
    if (deployer := _deployer(sentence, cues, P)) is not None:
        cues.append(deployer)
    for at, agent in participles:
        # « L'ARS recense 86 cas signalés par les médecins » : who reported the cases to the one counting them, when a
        # named subject's counting verb governs the figure whose noun the participle qualifies
        if any(c.kind == "verb" and c.phrase and c.end <= at and P["counting"].search(sentence, c.start, c.end)
               and P["figure_noun_before"].search(sentence, c.end, at) for c in cues):
            # (the participle may open a source of its own too: "reported by doctors")
            cues = [c for c in cues if c is not agent and not (c.kind == "source" and c.start == at)]
    cues += [c for c in gapped if any(o.kind in ("verb", "source") and o.start < c.start for o in cues)]
    # (", which claimed that": the relative's verb speaks for the content before it, whatever incise stands between)
    cues = [c for c in cues if not (c.kind == "verb" and any(m.start("np") < c.start <= m.end() + 20 for m in contents))]
    cues = [_named_in_apposition(c, sentence, P) for c in cues]
    # "…, according to informed the Office": the source, not an incise whose subject would be "informed the Office"
    sources = [c for c in cues if c.kind == "source"]
    cues = [c for c in cues if not (c.kind == "inverted" and any(
        s.start >= c.start and s.end == c.end and c.phrase.endswith(s.phrase) and c.phrase != s.phrase for s in sources))]
    if any(not ownerless_document(c.phrase, code) for c in cues):
        # "Selon une première estimation, 80 personnes …, indique le commandant": the one who names it
        cues = [c for c in cues if not ownerless_document(c.phrase, code)]
    if any(c.kind == "inverted" and not P["impersonal"].fullmatch(c.phrase) for c in cues):
        # "it counts 640 persons, as it declared the spokesman": translated copy's impersonal "it" ("si
        # contano") names nobody; the source named in the incise does
        cues = [c for c in cues if not (c.kind == "verb" and P["impersonal"].fullmatch(c.phrase))]
    # "The Coast Guard sent 2 boats, a spokesman said": the body that acts speaks through its spokesperson
    owned = [c for c in cues if c.kind in ("source", "inverted") and (
        P["owned_lead"].match(c.phrase) or c.kind == "inverted" and P["someone_of_it"].fullmatch(c.phrase))]
    if owned and (acting := action_subject(sentence[:owned[0].start], code)) is not None and (
            AGENTIVE.search(acting.phrase) or ACRONYM.search(acting.phrase)):
        # "le SDIS a engagé 128 sapeurs-pompiers, selon son dernier point de situation": its own update, not
        # that of whoever spoke last
        cues = [replace(c, phrase=acting.phrase) if c in owned else c for c in cues]
    cues = [c for c in cues if not P["time_np"].match(c.phrase)]  # ("figures from the time": when, not whose)
    if (rubric := _CAPITALS_RUBRIC.match(sentence)) is not None:
        # « CE QUE DISENT LES SOURCES : la mairie a fait peser 62 tonnes »: a rubric in capitals names nobody
        cues = [c for c in cues if c.start >= rubric.end()]
    # « La CSN, qui exploitait le navire, a revu à la hausse le nombre de personnes à bord : 171 »: what was revised
    # is no subject put after its verb
    cues = [c for c in cues if not (c.kind == "inverted" and P["number_of_np"].match(c.phrase))]
    cues = [c for c in cues if re.search(r"[^\W_]", c.phrase)]  # ("**Name:** Nous comptons": a mark names nobody)
    owning = {c.start for c in cues if c.kind == "possessive" and c.tight}
    cues = [c for c in cues if c.kind == "possessive" or c.start not in owning]  # (its figure's owner, said once)
    cues.sort(key=lambda c: c.start)
    cues = _directions(cues, sentence, P)
    for basis in P["basis"].finditer(sentence):
        # « Sur la base du chiffre de la compagnie, 60 personnes restent disparues », "On the basis of the 171 people
        # the company has declared, 51 are missing": whose figure the speaker starts from gives none after it
        cues = [replace(c, forward=False) if basis.start() <= c.start < basis.end() else c for c in cues]
    # "Tramways puts the figure at 74 assaults reported by staff", « … 74 agressions signalées par des agents »: an
    # unnamed group reported the events that were counted; the one who speaks before, in the same clause, counted
    # them (not "…, far from the 10,000 announced by organisers")
    return [c for c in cues if not (c.kind == "source" and not c.forward
                                    and _UNNAMED_GROUP.fullmatch(P["indefinite_lead"].sub("", c.phrase, count=1))
                                    and P["events_reported_by"].search(sentence, max(0, c.start - 30),
                                                                       max(c.start, sentence.find(c.phrase, c.start)))
                                    and any(v.kind == "verb" and v.end <= c.start
                                            and not re.search(r"[,;:«»“”\"()]", sentence[v.end:c.start]) for v in cues))]


_CAPITALS_RUBRIC = re.compile(r"\W*(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][^a-zà-ÿ:\n\d]{2,60})\s*:")   # ("WHAT THE SOURCES SAY:")
_UNNAMED_GROUP = re.compile(r"(?-i:[a-zà-ÿ])[\w'’-]*(?:\s+(?-i:[a-zà-ÿ])[\w'’-]*)?")   # "staff", "agents", "staff in"


def clause_subject(sentence: str, code: str, until: int) -> Cue | None:
    """The subject before the sentence's first auxiliary, as a cue: whom a
    closing "dit-elle", "she said" points to when the sentence opened by
    naming them ("La société Armor Collecte a commencé …, avec 6 camions,
    indique-t-elle").

    Examples
    --------
    >>> clause_subject("Le Dr Anne Rioual a dû euthanasier 27 animaux, dit-elle.", "fr", 40).phrase
    'Le Dr Anne Rioual'
    >>> clause_subject("Quelque 27 animaux ont été euthanasiés, dit-elle.", "fr", 40) is None
    True
    """
    P = _rx(code)
    m = P["first_aux"].search(sentence, 0, until)
    if m is None and (act := P["action"].search(sentence, 0, until)) and not P["passive"].search(_before(sentence, act.start())):
        m = act  # "The council opened the village hall, where 58 people will sleep, it said": a past without auxiliary
    # (a service named by its emergency number, "La centrale du service d'urgence 118", is no figure)
    if m is None or re.search(r"\d|[«»“”\"]", masked_service_numbers(sentence[:m.start()])):
        return None
    np = subject_before(P, sentence, m.start())
    if not np or len(np.split()) > 12 or np.lower() in P["subject_pronouns"]:
        return None
    return Cue("verb", m.start(), m.end(), np, forward=True)


def fronted_subject(sentence: str, code: str, pronoun: int) -> str | None:
    """The subject of a clause that opens the sentence with "when", which the
    pronoun at ``pronoun`` takes up: "When an Examiner reporter visited the
    ward, she counted 27 trolleys".

    Examples
    --------
    >>> fronted_subject("When our reporter visited the ward at 10am, she counted 27 trolleys.", "en", 43)
    'our reporter'
    >>> fronted_subject("She counted 27 trolleys.", "en", 0) is None
    True
    """
    P = _rx(code)
    opening = P["fronted_when"].match(sentence)
    if opening is None or not re.search(r",\s*$", sentence[:pronoun]):
        return None
    clause = P["clause_verb"].search(sentence, opening.end(), pronoun)
    np = sentence[opening.end():clause.start()].strip() if clause else ""
    return np if np and len(np.split()) <= 6 and not re.search(r"[\d,]", np) else None


def bare_source(item: str, code: str) -> str:
    """The body a numbers box's item names with no word of attribution, when it names one and only one ("People
    rescued, civil protection service, Monday to Wednesday", "Households without power, grid operator Sarvelec,
    Monday, Wednesday, Friday"); "" otherwise.

    >>> bare_source("People rescued, civil protection service, Monday to Wednesday.", "en")
    'civil protection service'
    >>> bare_source("Homes with collapsed roofs: the civil protection service on Tuesday; the ministry on Thursday.", "en")
    ''
    >>> bare_source("People rescued at sea by the coastguard since Thursday 11 [Sat 13, Mon 15].", "en")
    'the coastguard'
    """
    P = _rx(code)
    bracket = _ITEM_BRACKET.search(item)
    if bracket and not re.search(rf"\s(?:{P['L'].PAIRED_FIGURES_LINK})\s", bracket.group(), re.I):
        # "Children in shelters [UNICEF, Sun 18].": one source in square brackets, its days after a comma
        np = trim_np(P, bracket.group("np").strip())
        # (its first words name the source, a proper name too: "[Thessamar, Thu 22, Sun 25]"; not a day, "[Tuesday]")
        return np if np and len(np.split()) <= 6 and (AGENTIVE.search(np) or ACRONYM.fullmatch(np) or (
            _proper_box_source(np, P))) else ""
    if P["done_by"] is not None and (by := P["done_by"].search(item)) and DAYS_BRACKET.search(item, by.end()) \
            and (AGENTIVE.search(by.group("np")) or by.group("np")[:1].isupper()):
        # "People rescued at sea by the coastguard since Thursday 11 [Sat 13, Mon 15]": a bracket of days only, the
        # item names its source by who did what it counts (in running text, whoever reports them is the source)
        return trim_np(P, by.group("np"))
    found = []
    parts = re.split(r"[,:;]", item)[1:]  # (the first part says what is counted)
    paired = re.search(rf"\s(?:{P['L'].PAIRED_FIGURES_LINK})\s", item, re.I)  # (a "v" pairs each figure with its own)
    for i, part in enumerate(parts):
        np = trim_np(P, part.strip(" ."))
        # (not what a body owns, "the charity's peak", nor a figure of its own, "six for the mayor")
        # (a body by its initials too: "(CHU, vendredi)"; not a name of several capitalised words, which may be days,
        # "Tuesday and Friday"; one proper name before its day is one: "(Blenwater, Thursday)", « (Mirebosc Métropole,
        # jeudi) »)
        named = not paired and len(np.split()) <= 3 and all(w[:1].isupper() for w in np.split()) \
            and _proper_box_source(np, P) \
            and i + 1 < len(parts) and P["time_only"].fullmatch(parts[i + 1].strip(" .)"))
        if np and not re.search(r"\d|\w['’]s\b", np) and len(np.split()) <= 6 and (AGENTIVE.search(np) or ACRONYM.fullmatch(np) or named) \
                and not P["verb"].search(part) and not find_figures(part, code):
            found.append(np)
    return found[0] if len(found) == 1 else ""


def _proper_box_source(np: str, P) -> bool:
    """A box's square bracket names its source first, by a proper name too ("[Thessamar, Thu 22]", « [l'éleveur
    Joanet Péchou, lun. 5] »: a role, then a name), not a day."""
    return (np[:1].isupper() or _ENDS_WITH_NAME.search(np) is not None) and not P["time_only"].fullmatch(np)


_ENDS_WITH_NAME = re.compile(r"\s(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+)$")


#: A numbers box item's bracket that holds a figure: its days ("[Sat 13, Mon 15]", « [SDPC, lun. 9, dim. 15] »).
DAYS_BRACKET = re.compile(r"\[[^\[\]\n]*\d[^\[\]\n]*\]")
_ITEM_BRACKET = re.compile(r"\[(?P<np>[^\[\]\d,;:\n]{2,60})(?:[,:][^\[\]\n]{1,120})?\]")   # ("[CFB: Thu 5, Tue 10]" too)


def ownerless_document(phrase: str, code: str) -> bool:
    """A figure's document that does not say whose it is: "a first estimate", "le nouveau bilan".

    Examples
    --------
    >>> ownerless_document("une première estimation", "fr"), ownerless_document("the latest count", "en")
    (True, True)
    >>> ownerless_document("le bilan de la préfecture", "fr")
    False
    """
    return _rx(code)["ownerless_document"].match(phrase.strip()) is not None


#: ", Insulec,": a name of one to four capitalised words between commas, right after a description
_DESCRIBED_NAME = re.compile(r"\s*,\s*(?P<name>[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’&-]+(?:\s+[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’&-]+){0,3})\s*,")


def _named_in_apposition(c: Cue, sentence: str, P) -> Cue:
    """"a indiqué son porte-parole, le commandant Fabrice Roux", "its spokesman, Tom Hale, said": a role
    owned by a body is named by the person after it (the body's own name is not in the phrase)."""
    if c.kind == "noun":
        return c  # (a gapped subject keeps its role: « …, le délégué de l'UIK, Lucas Brévennec, 1 100 »)
    if c.kind == "source" and not re.search(r"[A-ZÀ-ÝĀ-ŒŔ-ž\d]", c.phrase) and (
            named := _DESCRIBED_NAME.match(sentence, sentence.find(c.phrase, c.start) + len(c.phrase))):
        # « Selon le gestionnaire du réseau, Insulec, 8 300 foyers »: a body described, then named
        return replace(c, phrase=named.group("name"))
    if not P["owned_role"].match(c.phrase):
        # "…, a indiqué le président local de l'Union des métiers … (Umih), Frédéric Lanzac": after the body's
        # initials, the person who speaks (a source, "according to the manager of the Port Company (EPBS), Eng.
        # Marta Quispe", stays the office that states it)
        if c.kind != "inverted":
            return c
        at = sentence.find(c.phrase, c.start)
        gloss = _GLOSSED_NAME.match(sentence, at + len(c.phrase)) if at >= 0 else None
        after = P["apposition_name"].match(sentence, gloss.end()) if gloss else None
        if after is None and at >= 0 and P["indefinite_lead"].match(c.phrase) and not P["spokesperson_role"].search(c.phrase):
            # « …, raconte un éleveur de Saint-Ours, Gustin Foucaud »: someone described, then named (not a body's
            # spokesperson, who speaks for it)
            after = P["apposition_name"].match(sentence, at + len(c.phrase))
        return replace(c, phrase=after.group("name")) if after else c
    after = P["apposition_name"].match(sentence, c.end)
    if after is None:
        at = sentence.find(c.phrase, c.start)  # (a cue whose match ends before its phrase's end: a verb's subject)
        after = P["apposition_name"].match(sentence, at + len(c.phrase)) if at >= 0 else None
    return replace(c, phrase=after.group("name")) if after else c


def paired_credit(sentence: str, code: str = "fr") -> re.Match | None:
    """Two figures set side by side at the head of a numbers box's item, then each one's source after the colon:
    "1,600 vs 3,500 – strikers at Port-Estagnol: the port authority against the FNOD" (groups ``a`` and ``b``).

    Examples
    --------
    >>> paired_credit("9 contre 14 – blocages : la préfecture contre l'UCR.").group("a", "b")
    ('la préfecture', "l'UCR")
    >>> paired_credit("9 contre 14, selon la préfecture.") is None
    True
    """
    m = _rx(code)["paired_credit"].match(sentence)
    return m if m and _may_name_someone(m.group("a")) and _may_name_someone(m.group("b")) else None


def action_subject(sentence: str, code: str = "fr", until: int | None = None) -> Cue | None:
    """The subject of the first past action before the first figure, as a
    forward cue: "La direction a présenté un plan prévoyant 480 suppressions".

    Only a fallback: the extractor asks for it when nobody in the sentence
    says anything. Whether the subject may be a source is its caller's call.
    ``until`` is where the first figure starts (a subject that holds the
    figure, "Des milliers d'agriculteurs ont...", is what is counted).

    Examples
    --------
    >>> action_subject("Le gestionnaire du réseau a mobilisé 3 000 techniciens.").phrase
    'Le gestionnaire du réseau'
    >>> action_subject("The utility deployed 1,200 crews overnight.", "en").phrase
    'The utility'
    >>> action_subject("Quelque 3 000 techniciens ont été mobilisés.") is None
    True
    """
    P = _rx(code)
    if until is None:
        first = re.search(r"\d", masked_service_numbers(sentence))
        until = first.start() if first else len(sentence)
    # (with the figure given, a number before it that is no figure stays in its clause: « Le Samu social, qui gère
    # le 115, a reçu 1 240 appels »)
    # (not a capitalised word inside a name: "Lysander County Search and Rescue sent 60 volunteers"; the verb ends
    # before the figure, but its lookahead may read past it: "now has 120 firefighters at the scene")
    # (nor a participle a determiner or a preposition makes an adjective: "can spread through shared clippers, the
    # council's team has inspected 14 shops" acts with "has inspected")
    m = next((a for a in itertools.takewhile(lambda a: a.end() <= until, P["action"].finditer(sentence)) if not (
        P["L"].TITLE_CASE_NAMES and a.group()[:1].isupper() and _before(sentence, a.start()).strip(" \"“«'"))
        and not P["noun_before"].search(_before(sentence, a.start()))), None)
    if m is None or P["passive"].search(_before(sentence, m.start())):
        return None
    if _copula_before_figure(sentence[:until], m.end(), P):
        return None  # "the pilots registered in the federation are about 620": a participle, the clause's verb is after
    np = subject_before(P, sentence, m.start())
    if P["count_subject"].match(np):
        return None
    # (a gloss in brackets is no length: "Les Sapeurs-pompiers (Vigili del Fuoco) du détachement de X"; nor is
    # a long name its initials define, "L'Agence nationale pour la sécurité des chemins de fer et … (ANSFISA)")
    if np and (len(_GLOSS.sub("", np).split()) <= 8 or DEFINED_NAME.match(np) or _DEFINED_WITH_PLACE.match(np)) \
            and not stray_digits(np) and not CLAUSE_IN_NP.search(np):
        return Cue("action", m.start(), m.end(), np, forward=True)
    return None


_GLOSS = re.compile(r"\s*\([^()\d]*\)")
# ("Le service départemental d'incendie et de secours (SDIS) de l'Osmane": a name its initials close, then its place)
_DEFINED_WITH_PLACE = re.compile(r"^.+?\s*\((?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w&.-]{1,11})\)\s+(?:\S+\s+){0,2}(?:[a-z]['’])?(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])[\w'’-]+$")


def _deployer(sentence: str, cues: list, P) -> Cue | None:
    # "Queiroz said that the Air Force sent 2 helicopters", « … a indiqué que la Marine a envoyé 2 hélicoptères »:
    # a body that sent its own people or craft is the source of their number, the speaker only passes it on
    said = next((c for c in reversed(cues) if c.kind == "verb"), None)
    if said is not None and P["that"].search(sentence, said.end, said.end + 60) is None \
            and (m := P["deployed"].search(sentence, said.end, said.end + 60)) is not None \
            and P["definite_lead"].match(np := sentence[said.end:m.start()].strip(" ,")) \
            and not re.search(r"\d", np) and not P["passive"].search(_before(sentence, m.start())) \
            and np.lower() not in P["L"].SHORT_REFERENCES:
        # ("The mayor said the air force had sent 2 more helicopters": "that" left out; not "He said the service had
        # sent 5 fire engines", the speaker's own service)
        return _sender(np, m, P)
    if said is None or (that := P["that"].search(sentence, said.end, said.end + 60)) is None:
        return _deployer_before(sentence, cues, P)
    if (m := P["deployed"].search(sentence, that.end())) is None or re.search(r"\d", sentence[said.end:m.start()]) \
            or P["passive"].search(_before(sentence, m.start())):
        return None
    return _sender(sentence[that.end():m.start()].strip(" ,"), m, P)


def _sender(np: str, m: re.Match, P) -> Cue | None:
    """The body ``np`` that sent what the verb ``m`` counts, as a cue of its own, when it is one."""
    if not np or len(np.split()) > 8 or P["possessive_np"].match(np) or not (AGENTIVE.search(np) or ACRONYM.search(np)):
        return None  # ("said it had sent 9", "said his party deployed 120": the speaker's own; no body, no source)
    return Cue("verb", m.start(), m.end(), np, forward=True)


_SAME_REFERENCE = re.compile(rf"(?<![\w'-]){either(every('SAME_WORDS'))}(?![\w'-])", re.I)   # « la même centrale »


def _deployer_before(sentence: str, cues: list, P) -> Cue | None:
    # "The WHO has sent 3 epidemiologists to support the ministry, she said": the body that sent them opens the
    # sentence, the one who passes it on speaks only after the figure
    first = re.search(r"\d", sentence)
    if first is None or any(c.start < first.start() for c in cues) \
            or (m := P["deployed"].search(sentence, 0, first.start())) is None \
            or P["passive"].search(_before(sentence, m.start())):
        return None
    if any(_SAME_REFERENCE.search(c.phrase) for c in cues):
        return None  # (« …, a fait savoir la même centrale »: the body itself speaks after)
    # (the verb with its auxiliary and adverbs: "has now sent", "has for its part dispatched")
    act = next((a for a in P["action"].finditer(sentence, 0, first.start()) if a.end() == m.end()), None)
    at_verb = act.start() if act else m.start()
    return _sender(subject_before(P, sentence, at_verb), m, P)


def _told_of(sentence: str, since: int, verb: int, np: str, P, verb_end: int | None = None) -> bool:
    # the subject of a clause a speaker reports ("X a expliqué que la communauté comptait"), when it is no
    # body that counts: a description ("la communauté", "le municipe", "engineers") the speaker talks of, or
    # any subject of a verb of having (« Me Dobremez nous a indiqué que l'entreprise compte 380 salariés »)
    at = sentence.rfind(np, since, verb)
    if at < 0 or re.search(r"\d", sentence[since:verb]) or not P["that"].search(sentence, since, at):
        return False
    if verb_end is not None and P["has"].fullmatch(sentence[verb:verb_end].strip()):
        return True
    return bool(_DESCRIBED.match(np)) and not AGENTIVE.search(np) and not ACRONYM.search(np)


_DESCRIBED = re.compile(rf"(?:(?i:{either(every('ARTICLES') + every('POSSESSIVES'))})\s*)?[a-zà-ÿ]")


def _copula_before_figure(sentence: str, start: int, P) -> bool:
    # a copula between a verb and the next figure, not inside a reported clause: the verb was a participle
    first = re.search(r"\d", sentence[start:])
    upto = sentence[start:start + first.start()] if first else sentence[start:]
    return P["copula"].search(P["that"].split(upto, maxsplit=1)[0]) is not None


def _directions(cues: list[Cue], s: str, P) -> list[Cue]:
    # A "selon X" that closes a clause governs what comes before it.
    out = []
    prev_end = 0
    leading = None  # the last source cue that no figure came before: it opens its clause
    for c in cues:
        if c.kind == "source":
            before = s[prev_end:c.start]
            digits = list(P["counted_before"].finditer(before))
            tight = bool(digits) and (_shared()["attributed"].match(s[c.start:c.end]) is not None
                                      or len(before) - digits[-1].end() <= 30)
            # (not an agent after its participle: « 61 décès enregistrés … et par les médecins légistes, et 236 blessés »)
            # ("According to the police, 1,500 walked, according to the union 4,000": the figures before have a
            # source of their own that opens their clause, so this one opens the next)
            # ("By the police about 180 vehicles, by the organisers even 260": the same preposition twice)
            opened = bool(out) and out[-1] is leading and s[c.start:].split(None, 1)[0].lower() == \
                s[leading.start:].split(None, 1)[0].lower()
            # (no figure since the last cue that ended before it: an inverted "said X" over the same words is no break)
            opens = not P["counted_before"].search(s[max((o.end for o in out if o.end <= c.start), default=0):c.start])
            if digits and (opened or not P["agent_by"].match(s, c.start) and (
                    P["joined_before"].search(s, max(0, c.start - 20), c.start)
                    or re.search(r";\s*$", s[max(0, c.start - 4):c.start]))) and P["figure_next"].match(s, c.end):
                # "…, and according to union sources more than 90,000", "…; according to the federation, 2,100":
                # it opens the next clause
                digits = []
            c = replace(c, forward=not digits, tight=tight and bool(digits))
            leading = c if opens else leading
        out.append(c)
        prev_end = c.end
    return out


def subordinate_breaks(sentence: str, cues: list[Cue], code: str) -> list[int]:
    """Where a clause opens after a figure whose own verb has an object ("…, from 35 this morning, as families
    found relatives"): that verb speaks for none of the figures before it.

    Examples
    --------
    >>> s = "The number fell to 22, as families found relatives in hospital."
    >>> subordinate_breaks(s, find_cues(s, "en"), "en")
    [21]
    >>> s = "22 people were missing, as police said on Friday."
    >>> subordinate_breaks(s, find_cues(s, "en"), "en")
    []
    """
    P = _rx(code)
    out = []
    for m in P["subordinate"].finditer(sentence):
        verb = next((c for c in cues if c.kind == "verb" and c.forward and c.start >= m.end()), None)
        if verb is None or re.search(r"[,;:.!?«»“”\"()]", sentence[m.end():verb.start]):
            continue
        rest = re.split(r"[,;:.!?«»“”\"()]", sentence[verb.end:], maxsplit=1)[0].strip()
        if rest and not P["time_only"].fullmatch(rest) and not P["no_object"].match(rest):
            # (", as police said on Friday", ", as the SKV confirmed on demand": the figures' source)
            out.append(m.start())
    return out


#: punctuation between a figure and a source after it (not a figure's own separators: "1,2 million")
_CLAUSE_MARK = re.compile(r"[;:!?«»“”\"()]|(?<!\d)[,.]|[,.](?!\d)")


def assign(cues: list[Cue], starts: list[int], breaks: list[int] = (), sentence: str | None = None,
           text: str | None = None) -> list[Cue | None]:
    """For each figure start offset, the cue that governs it (or None).

    The first cue after a figure wins when it looks backwards and no
    forward cue stands between; otherwise the nearest forward cue before it.

    Examples
    --------
    >>> a = Cue("verb", 0, 10, "A", True); b = Cue("source", 30, 40, "B", False)
    >>> [c.phrase for c in assign([a, b], [15, 45])]
    ['A', 'A']
    >>> b = Cue("source", 30, 40, "B", False, tight=True)
    >>> [c.phrase for c in assign([a, b], [15, 25])]
    ['A', 'B']
    >>> [c and c.phrase for c in assign([Cue("verb", 20, 24, "C", True)], [5, 30], breaks=[12])]
    [None, 'C']

    With the ``sentence``, a verb whose own object holds a figure governs no figure before it: "The toll rose to 48,
    the governor said more than 70 had died" (not "The toll rose to 48, the governor said").

    >>> s = "The toll rose to 48, the governor said more than 70 had died."
    >>> [c and c.phrase for c in assign([Cue("verb", 21, 38, "the governor", True)], [17, 39], sentence=s)]
    [None, 'the governor']

    With the ``text`` of the sentence, a source that closes the figure's own clause, nothing between them, wins
    over one fronted before it: « Selon la police, 800 000 ont manifesté, contre le 12 mars, où 1,2 million avaient
    défilé selon le ministère ».

    >>> s = "Selon la police, 800 000 ont manifesté, où 1,2 million avaient défilé selon le ministère."
    >>> a, b = Cue("source", 0, 15, "la police", True), Cue("source", 69, 88, "le ministère", False)
    >>> [c.phrase for c in assign([a, b], [17, 44], text=s)]
    ['la police', 'le ministère']
    """
    cues = sorted(cues, key=lambda c: c.start)
    cue_starts = [c.start for c in cues]
    backward = sorted((c for c in cues if not c.forward), key=lambda c: c.end)
    back_ends = [c.end for c in backward]
    # Each figure's neighbours are found by bisection, so a sentence of many
    # figures and cues is read in n log n, not n².
    last_forward, seen = [], None  # last_forward[k]: the last forward cue among cues[:k]
    for c in cues:
        last_forward.append(seen)
        seen = c if c.forward else seen
    last_forward.append(seen)
    out = []
    for i, pos in enumerate(starts):
        k = bisect.bisect_left(cue_starts, pos)
        nxt = cues[k] if k < len(cues) else None
        before = last_forward[k]
        if nxt is not None and nxt.forward and nxt.tight:
            # "37 of the 40 pilots in the army's 69 Squadron said …, according to Israeli media": the owner of
            # the figure right after it owns none before it when a source named after both does
            later = next((c for c in cues[k + 1:] if not c.tight), None)
            nxt = later if later is not None and not later.forward else nxt
        j = bisect.bisect_right(back_ends, pos)
        spent = backward[j - 1] if j else None  # the backward cue that ended last before the figure
        if spent is not None and spent.kind == "bracket":
            spent = None  # ("11,000 (organisers), while 41 arrests were made": a bracket names no later figure's source)
        b = bisect.bisect_right(breaks, pos)
        if nxt is not None and not nxt.forward and b < len(breaks) and breaks[b] < nxt.start and spent is not None:
            # « 2 050 selon l'ONPC, contre 1 200 mercredi ; 3 000 selon l'OIM »: a source after a semicolon names
            # none of the figures before it, the speaker just closed goes on
            nxt = None
        if nxt is not None and not nxt.forward and nxt.kind == "bracket" and not (i + 1 == len(starts) or starts[i + 1] > nxt.start):
            # "4,120 people and 11,000 (organisers)": a source in brackets is the figure's right before it only
            nxt = next((c for c in cues[k + 1:] if c.kind != "bracket"), None)
        if nxt is not None and not nxt.forward:
            last_before_cue = i + 1 == len(starts) or starts[i + 1] > nxt.start
            # a forward cue before the figure is spent once a backward cue has closed after it
            if before is None or (nxt.tight and last_before_cue) or before.start < (spent.end if spent else -1) or (
                    text is not None and before.kind == "source" and nxt.kind == "source" and last_before_cue
                    and not _CLAUSE_MARK.search(text, pos, nxt.start)):
                out.append(nxt)
                continue
        # "11 died, the Council said, with 34 others missing", "26, the ministry said, up from 19, as doctors
        # warned": the speaker just closed goes on before a verb that only opens after the figure
        if nxt is not None and nxt.forward and b < len(breaks) and breaks[b] < nxt.start:
            nxt = None  # "… requisitioned 14 workers; the CGT says 21": a verb after a semicolon opens a new clause
        if before is None and spent is None and nxt is not None and nxt.forward and sentence is not None \
                and any(nxt.end <= later and not re.search(r"[,;:.!?«»“”\"()]", sentence[nxt.end:later])
                        for later in starts[i + 1:]):
            nxt = None  # "The toll rose to 48, the governor said more than 70 had died": the verb's object is its own
        if before is None and spent is None and nxt is not None and nxt.forward and nxt.after_only:
            nxt = None  # "Tens of thousands took to the streets, with organisers saying more than 100,000": not theirs
        out.append(before or spent or nxt)
    return out
