"""From a Document to Claims: sentences, figures, who says them, what they
count, when — one pass over the article, carrying the last speaker along so
that "il", "she" or "the agency" point back to someone.

The extractor is a plain function of a document (and a gazetteer), picklable
and free of global state, so it can run in worker processes or on a cluster.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import replace

from ..actors import DEFINED_NAME, Gazetteer, default_gazetteer, fold, names_a_body, strip_determiner
from ..ingest import body_segments, detect_language
from ..model import EVENT_MEASURES, PLACE_LEVELS, PROTEST_DAY_POPULATIONS, Actor, Claim, Document, Figure, day_bound, slugify
from . import lang as _lang
from .lang._platforms import PLATFORMS as _PLATFORMS
from .attribution import (Cue, action_subject, assign, attributed_after, bare_source, clause_subject, find_cues, fronted_subject,
                          ownerless_document, paired_credit, subordinate_breaks)
from .attribution import HEAD_END as _HEAD_END, DAYS_BRACKET, SOURCE_IN_BRACKETS, approx_figure, head_figure, scale_words
from .claimants import (State, actors_for, redescribed_opener, as_name, acts_as_source, is_first_person, is_second_person, is_reference, named, names_nobody,
                        note_descriptions, one_person, own_spokesperson, reference_fits, repeats_name, same_body_head, quote_follower,
                        opening_subject, note_roles, names_a_kind, apposed_agent, apposed_role, definite_reference)
from .bodies import unify_bodies
from .phrases import AGENTIVE, PROPER_NAME
from .confidence import with_confidence  # scored last, on the claims as returned
from .dates import dates_in, day_of_month, heading_day, nearest_date, years_back_in
from .discourse import inside_quote, paragraphs, quote_spans
from .frame import ArticleContext, article_context, date_of_cue, date_with_figure, patterns, since_period, subset_of
from .jurisdictions import body_territories, jurisdiction_of, jurisdictions, local_bodies, with_territories
from .places import PlaceRef, capital_named, default_places, kicker_town, place_for, section_place
from .figures import Mention, figure_owner, find_figures
from .quantity import CARGO_MEASURES, NAMING_MEASURES, PEOPLE_CONCEPTS, PEOPLE_MEASURES, SELF_MEASURED, Counted, case_status, counted_after, measure_in, other_noun, quantity_for

__all__ = ["extract", "sentences"]

#: what closes a numbers box's head figure: its closing quote, then its source in brackets ("« 900 »", "13 [ALPC, Fri 8]")
_FIGURE_CLOSE = rf"[»”\"]?(?:{SOURCE_IN_BRACKETS})?"


def _abbreviations() -> str:
    """Every language's titles and abbreviations, for the sentence splitter
    (which runs before the language is known)."""
    words = {w for code in _lang.LANGUAGES for w in (*_lang.get(code).TITLES, *_lang.get(code).ABBREVIATIONS)}
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# a full stop after an abbreviation, an initial ("J. Smith") or an acronym ("U.S.") ends no sentence
_ABBREV = re.compile(rf"(?:\b(?:{_abbreviations()})|\b[A-Z]|\b(?:[A-Z]\.){{2,}})\.$")
# "the provincial road no. 187", « [DGPC, mar. 20] »: an abbreviation that only numbers what follows, or a day cut
# short before its date, ends no sentence before a digit
_NUMBER_SIGN = re.compile(rf"(?<![\w.])(?i:{_lang.either(map(re.escape, _lang.every('NUMBER_SIGNS') + _lang.every('DAY_ABBREVIATIONS')))})\.$")
_SERIES_ELLIPSIS = re.compile(r"\d(?:…|\.\.\.)$")   # "14 200… 6 500": a series that skips steps


@functools.lru_cache(maxsize=None)
def _speakers_own(code: str) -> re.Pattern:
    """A subject the speaker of a turn stands in: "our crews", "Since Saturday our crews", « nos associations »,
    "my team" (a third-person pronoun may stand for a body: « Elle a mobilisé 40 agents »)."""
    L = _lang.get(code)
    own = (*L.FIRST_PERSON, *L.FIRST_PERSON_POSSESSIVES)
    # (an elided form ends at its apostrophe: « j'ai »)
    words = "|".join(re.escape(w) + ("" if w.endswith("'") else r"(?![\w-])") for w in own)
    return re.compile(rf"(?<![\w'-])(?:{words}|(?:{L.FIRST_PERSON_SINGULAR})(?![\w-]))", re.I)


def _titles_rx(code: str):
    L = _lang.get(code)
    # (a place's or a saint's "St." is part of a name as written: "St. Brendan's Medical Center")
    titles = "|".join(re.escape(t) for t in sorted(set(L.TITLES) - set(L.PLACE_TITLES), key=len, reverse=True))
    # ("has told us dr. Mihaela Stoica": translated copy may write the title in lower case)
    return re.compile(rf"(?<![\w.])(?i:{titles})\.(?=\s+[A-ZÀ-ÝĀ-ŒŔ-ž])")


#: what may come before a fact-check heading's quote on its line: nothing, or its item's label ("**CLAIM 2:")
_HEADING_LABEL = re.compile(r"[ \t*#]*(?:[^\W\d_]+[ \t]+\d{1,2}[ \t]*[:.–—-][ \t]*)?")
#: '"…" – the Prison Officers' Association (POA), in a statement': a name after a quoted heading's dash, up to its
#: first comma or bracket, to the end of its line
_DASHED_AUTHOR = re.compile(r"[ \t]*\**[ \t]*[–—][ \t]+(?P<np>[^\n,;:(«“\"*]+?)[ \t]*(?:[,;:(«“\"]|\**[ \t]*$)", re.M)
#: who made a fact-check's quoted claim, in brackets after it: "(page Facebook « Pastous en colère », 28 août)"
_BRACKETED_AUTHOR = re.compile(r"[ \t]*\**[ \t]*\((?P<np>(?:[^\n(),«»“”\"]|«[^»\n]*»|“[^”\n]*”|\"[^\"\n]*\")+?)[ \t]*[,)]")
#: the next line that holds words, after the end of a line (under a fact-check's quoted heading: who made the claim)
_LINE_UNDER = re.compile(r"(?:[ \t]*\n)+[ \t]*(?P<line>[^\n]+)")


# a body's or a site's name as a perimeter: capitalised at both ends, its initials after it ("Castelmérande University
# Hospitals (HUC)", « Hôpitaux universitaires de Castelmérande », "HUC")
_PERIMETER_NAME = (r"(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]*)(?:\s+[\w'’-]+){0,5}?\s+(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]*)(?:\s+\((?-i:[A-Z]{2,8})\))?"
                   r"|(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]*)(?:\s+\((?-i:[A-Z]{2,8})\))?")


def _perimeter(s: str, m, since: int, until: int, refs, W) -> PlaceRef | None:
    """The perimeter a figure's clause limits it to when that is no place ("about 1,000 at the HUC alone", « pour les
    seuls HUC »): a site of its own, so the part is not set against the whole. None when the words name a place,
    which the place rules read, or say no perimeter."""
    lo, hi = max(since, m.start - 80), min(until, m.end + 80)
    # (within the figure's own clause: "520 maisons détruites ; dans la seule commune de Kaveloa, 190" is the next one's)
    lo, hi = s.rfind(";", lo, m.start) + 1 or lo, (s.find(";", m.end, hi) + 1 or hi + 1) - 1
    for p in W["perimeter"].finditer(s, lo, hi):
        if any(p.start("name") <= r.start < p.end("name") for r in refs) or W["day_word"].match(p.group("name")):
            return None  # (a place, which the place rules read; a day: "on Tuesday alone")
        initials = re.search(r"\(([A-Z]{2,8})\)\s*$", p.group("name"))
        return PlaceRef(slugify(initials.group(1) if initials else p.group("name")), p.group("name"), "site", p.start("name"))
    return None


@functools.lru_cache(maxsize=None)
def _words(code: str) -> dict:
    """The extractor's patterns for a language, built once from its data module."""
    L = _lang.get(code)
    # a value right after words that mark it ("against 6,200", "et non 26"), a word or two between
    value_after = lambda words: re.compile(rf"(?<![\w'-])(?:{words})\s+(?:[^\W\d]+\s+){{0,2}}$", re.I)  # noqa: E731
    link = _figure_link(L)  # (what joins a numbers box's head figures)
    _HEAD_FIGURE = head_figure(L)  # ("1,2 million, « près de 2 millions »", "30 000 à 35 000": with its scale, a range)
    day_word = (rf"(?:(?<![\w-])(?:{_lang.either(map(re.escape, [*L.WEEKDAYS, *L.MONTHS, *L.RELATIVE_DAYS]))})(?![\w-])"
                # ("the ALPC on Fri 8": a weekday cut short, before its day)
                rf"|(?<![\w-])(?-i:{_lang.either(L.WEEKDAY_ABBREVIATIONS)})\.?(?=\s+\d{{1,2}}(?!\d)))")
    return {
        "backref": re.compile(L.FIGURE_BACKREF, re.I),
        # « Les 350, je veux bien », "I don't dispute the 27, …": a figure said before, echoed bare after its article
        "bare_echo": re.compile(rf"(?<![\w'-])(?:{_lang.either(L.DEFINITE_ARTICLES)})\s+$", re.I),
        "toll_before": re.compile(rf"(?:{L.TOLL_WORDS})[^.;\d]{{0,60}}$", re.I),
        "capacity_after": re.compile(rf"(?:{L.CAPACITY_AFTER})(?![\w'-])", re.I),
        # (a numbers box's item: "76 — le bilan des morts …", "76 — the death toll given by …")
        "head_number_of": re.compile(rf"(?:{L.NUMBER_OF}|{L.TOLL_OF})\s*(?P<noun>[\w'-]+)", re.I),
        "head_toll": re.compile(rf"(?:{L.TOLL_WORDS})(?![\w-])", re.I),
        "head_money": re.compile(rf"(?:(?:{_lang.either(L.DEFINITE_ARTICLES)})(?:\s+|(?<=['’])))?(?:[^\W\d]+\s+)?"
                                 rf"(?:{L.MONEY_NOUNS})(?![\w-])", re.I),
        "head_determiner": re.compile(rf"^(?:{_lang.either(L.DEFINITE_ARTICLES)})(?:\s+|(?<=['’]))", re.I),
        # the verb by which a place "counts" (has) what is counted in it: « le Lassou compte 4 310 cas »
        "has_counts": re.compile(rf"\s*(?:{L.COUNTING_VERBS_ALONE})(?![\w'-])", re.I),
        "copula": re.compile(rf"(?<![\w'-])(?:{L.COPULAS})(?![\w'-])"),   # (lower case: not "Grand Est")
        "ratio_after": re.compile(rf"(?:\s+[^\W\d][\w'-]*){{0,3}}?(?:{L.RATIO_AFTER})", re.I),   # ("500 deaths is nearly double")
        "your_figure": re.compile(rf"(?<![\w'-])(?:{_lang.either(L.SECOND_PERSON_POSSESSIVES)})\s+$", re.I),
        "marched_after": re.compile(rf"^\s*(?:{L.MARCHED_AFTER})(?![\w'-])", re.I) if L.MARCHED_AFTER != _lang.NOTHING else None,
        "struck_after": re.compile(rf"^\s*(?:{L.STRUCK_AFTER})(?![\w'-])", re.I),
        "marched_before": re.compile(rf"(?<![\w'-])(?:{L.MARCHED_BEFORE})\s+(?:[^\W\d]+\s+){{0,2}}$", re.I),
        "march_before": re.compile(rf"(?<![\w'-])(?:{L.MARCH_WORDS})(?![\w'-])[^.;\d]{{0,80}}$", re.I),
        # "La manifestation de mardi à Sarenne : 9 200 selon la police": the figures the march is given
        "march_heading": re.compile(rf"(?<![\w'-])(?:{L.MARCH_WORDS})(?![\w'-])[^.;:\d]{{0,60}}:\s*$", re.I),
        "crowd_before": re.compile(rf"(?:{L.CROWD_WORDS})\s+(?:(?:{L.CROWD_LINKS})\s+){{0,3}}$", re.I),
        # "Turnout was lower than last week: 1.1 million", « Mobilisation en baisse : 1,1 million »: what the colon counts
        "crowd_colon": re.compile(rf"(?<![\w-])(?:{L.CROWD_WORDS})(?![\w-])[^.;:!?\d]{{0,50}}:\s*$", re.I),
        "preposition_before": re.compile(rf"(?<![\w-])(?:{L.COUNT_PREPOSITIONS})\s+(?:(?:{L.PLURAL_DETERMINERS})\s+)?$", re.I),
        "generic_noun": re.compile(L.GENERIC_NOUN),
        "of": re.compile(rf"\s*(?:{L.OF_LINK})\s*"),
        # '"more than 5,000" machines': a figure quoted alone, then its noun (not « plusieurs centaines » de pertes)
        "quoted_alone": re.compile(rf"\s*[»”\"](?!\s*(?:{L.OF_LINK})(?![\w-]))"),
        # « C'est ce qu'a déclaré lundi la maire, X. » under a fact-check's quoted claim: who made it
        "follow_lead": re.compile(rf"(?:{L.QUOTE_FOLLOW_LEADS})", re.I),
        "of_lead": re.compile(rf"\s*[«\"“]?\s*(?:{L.OF_LEAD})?([\w'-]+)"),
        "of_us": re.compile(rf"\s*(?:{L.OF_US})(?![\w'-])", re.I),
        "change_by": re.compile(rf"(?<![\w'-])(?:{L.CHANGE_BY})\s+(?:[^\W\d]+\s+){{0,2}}$", re.I),
        # (after the noun too: « 5 cas supplémentaires »)
        "new_ones": re.compile(rf"(?:\s+[^\W\d][\w'-]*)?\s+(?:{L.NEW_ONES})(?![\w'-])", re.I),
        "subset_aside": re.compile(rf"^(?P<lead>[^\d,;.]{{0,40}}),\s*(?:{L.SUBSET_WORDS})\s+[^,;.]*?\d[^,;.]*,", re.I),
        "that_word": re.compile(rf"(?<![\w'’-])(?:{_lang.either(L.THAT)})(?:(?<=')|(?![\w'’-]))", re.I),
        "new_ones_before": re.compile(rf"(?<![\w'-])(?:{L.NEW_ONES_BEFORE})\s+$", re.I),
        "added_to": re.compile(rf"(?:\s+[^\W\d][\w'-]*)?\s+(?:{L.ADDED_TO})(?![\w'-])", re.I),
        "hospital": re.compile(rf"(?<![\w-])(?:{_lang.either(_lang.every('HOSPITAL_NAMES'))})(?![\w'-])", re.I),
        "own_team": re.compile(rf"(?<![\w'-])(?:{L.OWN_TEAM})(?![\w'-])(?P<gap>[^,;:.!?«»\"]*)$", re.I),
        "counting": re.compile(rf"(?<![\w'-])(?:{L.COUNTING_VERBS})", re.I),
        "outlet_inquiry": re.compile(rf"(?:{L.OUTLET_INQUIRY})(?![\w'-])", re.I),
        # a verb by which a body tells or counts a figure itself ("la préfecture a recensé", "fait état de"),
        # not one by which it has what is counted ("l'armée compte 38 000 militaires")
        "relaying": re.compile(rf"(?:^|\s)(?!(?:{L.HAS_VERBS})$)(?:{_lang.either(L.STATEMENT_VERBS)}|{L.COUNTING_VERBS})$", re.I),
        # translated copy's copula before its figure, « sono 4 i morti »: "are 4 the dead", « sont 4 les morts »
        "copula_before": re.compile(rf"(?<![\w'-])(?:{L.COPULAS})\s+$", re.I),
        "article_after": re.compile(rf"^\s+(?:{_lang.either(L.DEFINITE_ARTICLES)})(?:\s+|(?<=['’]))", re.I),
        "group_copula": re.compile(rf"(?<![\w'-])(?:{L.GROUP_COPULA})\s+(?:[^\W\d]+\s+){{0,2}}$", re.I),
        # "down from 15,000", "contre 6 200 le 22 janvier": the value before the one just given
        "previous_value": value_after(L.PREVIOUS_VALUE),
        "corrected_to": re.compile(rf"(?<![\w-])(?:{L.CORRECTED_TO})\s+$", re.I),
        "corrected_it": re.compile(rf"(?<![\w-])(?:{L.CORRECTED_IT})\s+$", re.I) if L.CORRECTED_IT else None,
        # "9 contre 14 … selon la préfecture et selon l'UCR": two figures set side by side, and their two sources
        # ("1,500 → 2,100 v 3,200": figures of two sources set against each other)
        "paired_link": re.compile(rf"\d[»”\"]?\s*,?\s*(?:{L.PAIRED_FIGURES_LINK})\s*[«“\"]?\s*(?:[^\W\d]+\s+){{0,2}}\d", re.I),
        "paired_figures": re.compile(rf"\s*[»”\"]?\s*,?\s*(?:{L.PAIRED_FIGURES_LINK})\s*[«“\"]?\s*", re.I),   # (« 31, contre 60 »)
        # "1,600 vs 3,500 – strikers at Port-Estagnol: the port authority against the FNOD": two figures set side by
        # side head the line when each has its source after the colon (attribution.paired_credit; the first's head
        # runs past the second, the second's opening is the first and the link)
        # ("1,100, then 1,350 – strikers at Port-Estagnol according to …": a figure and its revision head the line,
        # the group "revised"; its source may be named anyhow)
        "paired_head": re.compile(rf"\s?{_FIGURE_CLOSE}(?:\s*(?:{L.PAIRED_FIGURES_LINK})|(?P<revised>{L.REVISED_HEAD_LINK}))\s*"
                                  rf"{_HEAD_FIGURE}{_HEAD_END}(?=[^\W\d])", re.I),
        "paired_head_before": re.compile(rf"[\s•*–—-]*{_HEAD_FIGURE}(?:\s*(?:{L.PAIRED_FIGURES_LINK})|(?P<revised>"
                                         rf"{L.REVISED_HEAD_LINK}))\s*[«“\"]?", re.I),
        "listener_message": re.compile(rf"(?:{L.LISTENER_MESSAGE})[^«»“”\"]{{0,80}}:\s*[«“\"]", re.I),
        "own_archives": re.compile(rf"(?:{L.OWN_ARCHIVES})", re.I),
        # the line under a fact-check's quoted heading that names who made the claim ("Who said it: SYNAMET, on
        # Wednesday"), and the name it gives (up to its first comma, bracket or stop)
        # (in bold or not: "**Qui l'a dit** :")
        "claim_author": re.compile(rf"(?:[ \t]*\n)+[ \t]*(?:\*\*?|__?)?(?:{L.CLAIM_AUTHOR_LABEL})(?:\*\*?|__?)?\s*[?:]\s*(?:\*\*?|__?)?"
                                   rf"(?P<np>[^\n,;:(«“\"]+?)\s*(?:[,;:(«“\"]|\.?\s*$)"
                                   # (and the name in apposition to a role: "Qui l'a dit : la maire, Marie-Claude Pédebidou, …")
                                   rf"(?:(?<=,)\s*(?P<name>(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+\s+){{1,3}}(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])[\w'’-]+)(?=\s*[,.]|\s*$))?", re.I | re.M),
        # the paragraph under a fact-check's heading (after a verdict line, if any) that says where the figure came
        # from: « Ce chiffre vient d'une publication du groupe Facebook « Bergers en colère » », and what it names
        "claim_origin": re.compile(rf"(?:[ \t]*\n)+(?:[ \t]*[*_]*[^\n]{{0,30}}(?:{_lang.either(L.VERDICTS)})[*_.!\s]*\n(?:[ \t]*\n)*)?"
                                   rf"[ \t]*(?:{L.CLAIM_ORIGIN})\s+(?P<np>[^\n,;:.]{{3,120}}?)\s*(?=[,;:.]|$)", re.I | re.M),
        # a numbers box's head, one figure or several: "21 and 9 – ", "140 → 190 v 230" and its line break
        "head_span": re.compile(rf"[\s•*–—-]*(?:{_HEAD_FIGURE}[»”\"]?(?:{link}|\s+(?:{_lang.either(L.AND)})\s+))*"
                                rf"{_HEAD_FIGURE}[»”\"]?{_HEAD_END}", re.I),
        # "8 200, 20 000, 25 000" / "Manifestants jeudi à Valdrenne : …": a list of figures on a line of its own
        # heads the line under it, each figure counting what that line names (see _figure_lines_joined)
        "listed_head_rest": re.compile(rf"\s?{_FIGURE_CLOSE}(?:(?:{link})[«“\"]?{_HEAD_FIGURE})*[ \t]*\n\s*(?=[^\W\d])", re.I),
        "listed_head_before": re.compile(rf"[\s•*–—-]*(?:{_HEAD_FIGURE}[»”\"]?(?:{link}))+[«“\"]?", re.I),
        "listed_sources": re.compile(rf"\s*(?:,|(?:,\s*)?(?:{_lang.either(L.AND)}|{L.PAIRED_FIGURES_LINK})|{L.REVISED_HEAD_LINK})\s*", re.I),
        "listed_figures": re.compile(rf"\s*[»”\"]?(?:{link})[«“\"]?\s*", re.I),  # (« « plus de 60 000 », puis 75 000 »)
        "spokesperson_alone": re.compile(L.SPOKESPERSON_ALONE, re.I),   # ("a spokesperson says", « un porte-parole indique »)
        "body_site": re.compile(rf"^[\W_]*(?:{L.BODY_SITE_LEAD})(?P<np>[^,;:.!?\d]{{3,80}}),\s*$"),
        "and_names": re.compile(rf"\s*,?\s+(?:{_lang.either(L.AND)})\s+", re.I),   # ("SNOP et FPAC": two names)
        "and_figures": re.compile(rf"\s*[»”\"]?\s+(?:{_lang.either(L.AND)})\s+[«“\"]?\s*", re.I),
        # ("selon la préfecture puis selon le SMPL": the second source after "puis", as its figure is)
        # ("… selon la préfecture (…), contre OCHA dimanche 14": a capitalised name after the link, the other side's)
        "versus_name": re.compile(rf"\s*(?:\([^()]*\))?\s*,?\s*(?:{L.PAIRED_FIGURES_LINK})\s+(?P<np>(?:(?:"
                                  rf"{_lang.either(L.DEFINITE_ARTICLES)})\s+|(?<=\s)l')?(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])[\w'’&.-]*"
                                  rf"(?:\s+(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])[\w'’&.-]*){{0,4}})", re.I),
        "paired_sources": re.compile(rf"\s*,?\s*(?:{_lang.either(L.AND)}|{L.PAIRED_FIGURES_LINK}|{L.REVISED_HEAD_LINK})\s*", re.I),
        "headed_article": re.compile(rf"(?:{_lang.either(L.HEADED_ITEM_ARTICLES)})(?:\s+|(?<=['’]))(?=[^\W\d])", re.I),
        # names listed after a colon or a source (« selon la police, le SACR et la FGC »), a day word among them, and
        # the day told after a name ("the mayor on Monday 15")
        "names_separator": re.compile(rf"\s*,\s*|\s*,?\s+(?:{_lang.either(L.AND)})\s+"),
        "day_word": re.compile(day_word, re.I),
        # the sides an item names in turn: "the ARS on 11 and 18 October, against the Health Ministry on the 19th"
        "link_lead": re.compile(rf"(?:\s+(?:{L.PAIRED_FIGURES_LINK})|{L.REVISED_HEAD_LINK})(?![\w'-])", re.I),
        # a side of an item that says its head figure again in words: "six for the mayor, …, four for the civil
        # protection service", « neuf selon le maire, sept selon le SDIS »
        "side_in_words": re.compile(rf"^\s*(?:{_lang.either(L.NUMBER_WORDS)})\s+(?:{L.FIGURE_FOR_SOURCE}|{L.SOURCE_PREPS})\s+", re.I),
        "side_in_words_next": re.compile(rf"\s*[,;]\s+(?=(?:{_lang.either(L.NUMBER_WORDS)})\s+(?:{L.FIGURE_FOR_SOURCE}|{L.SOURCE_PREPS})\s)", re.I),
        # "a statement", « un communiqué »: a document no article makes anyone's in particular
        "indefinite_lead": re.compile(rf"\s*(?:{_lang.either(L.INDEFINITE_DETERMINERS)})\s", re.I),
        # "…; the Red Cross, counting tracing requests, on Wed 13": an aside on how a source counts, no reporting verb
        "gerund": re.compile(rf"(?:{L.GERUND_LEAD})?[^\W\d]+(?:{L.GERUND_ENDING})", re.I),
        "fact_check_title": re.compile(rf"(?<![\w'-])(?:{L.FACT_CHECK_TITLE})(?![\w'-])", re.I),
        # a day after its weekday in a box item's sources: "…: ministère  mardi 5 et jeudi 7  contre SMIH  jeudi 7"
        "item_day": re.compile(rf"(?:{day_word})\s+$", re.I),
        # "…: the ALPC on Fri 8 and Sun 10, including 29 seriously injured; the governor on Tue 12": a part of a
        # side's figure, said in the item after its source
        "item_subset": re.compile(rf"(?<![\w'-])(?:{L.SUBSET_BEFORE})\s*$", re.I),
        "sides_separator": re.compile(rf"\s*;\s*|\s*,?\s+(?:{L.PAIRED_FIGURES_LINK})\s+"),
        "next_name": re.compile(rf"\s*,\s+(?=(?:(?:{_lang.either(L.DEFINITE_ARTICLES)})\s+|(?<=\s)l')?(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])"
                                # (or a body's noun with its days: "…, the governor on Tue 12, OCHA on Wed 13")
                                # ("…, le gouverneur de Tiferrane jeudi 15": up to four words before the day)
                                rf"|(?:{_lang.either(L.DEFINITE_ARTICLES)})\s+[^\W\d]+(?:\s+[^\W\d]+){{0,3}}?\s+"
                                rf"(?:(?:{L.SUBJECT_DAY_LEAD})\s+)?(?:(?:{_lang.either(L.SPAN_ARTICLES)})\s+)?(?:\d|{day_word}))"),
        # a name's days after it, and whatever follows them: "the ARS on 11, 18 and 21 October", "la préfecture le 10"
        "name_date_tail": re.compile(rf"(?:\s+(?:(?:{L.SUBJECT_DAY_LEAD})\s+)?(?:(?:{_lang.either(L.SPAN_ARTICLES)})\s+)?"
                                     rf"(?:\d|{day_word})|\s*[(,]|\s+(?:{L.CLAIMANT_TIME_TAIL})(?![\w'-])).*$", re.I | re.S),
        # what a figure is limited to: "at the HUC alone", « pour les seuls Hôpitaux universitaires de … »
        "perimeter": re.compile(L.PERIMETER_ALONE.replace("{name}", _PERIMETER_NAME), re.I),
        # a day of the month in an item ("on 11, 18 and 21 October", "on the 13th", « le 19 »), and a start day
        "day_number": re.compile(rf"(?<![\d.,:/-])(\d{{1,2}})(?:{_lang.either(L.DAY_SUFFIXES)})?(?![\d.,:/-]\d|\d|\s*%)"),
        "since_day": re.compile(rf"(?<![\w-])(?:{L.SINCE})\d{{1,2}}\b", re.I),
        # a side named through its figure: "against the ministry's figure", "that of the mayor": the owner
        "possessor_tail": re.compile(L.POSSESSOR_TAIL, re.I),
        "figure_owner_lead": re.compile(rf"^(?:{L.FIGURE_OWNER_LEAD})(?=\S)", re.I),
        "name_day_tail": re.compile(rf"\s+(?:(?:{L.SUBJECT_DAY_LEAD}|{_lang.either(L.SPAN_ARTICLES)})\s+)?{day_word}"
                                    rf"(?:\s+\d{{1,2}})?$", re.I),
        # a fact-check's verdict on a claim it quotes, the whole sentence: '"4,000 council homes standing empty": false.',
        # « « 12 écoles fermées » : FAUX. » (the claim is its author's, given where the page quotes it first)
        # (after a colon: a heading's '« … » – FAUX' with no author named is the outlet's, as the claim it checks)
        "verdict_line": re.compile(rf"[\s*_•–—-]*[«“\"][^«»“”\"]{{2,200}}[»”\"][\s*_]*:[\s*_]*"
                                   rf"(?:(?:{_lang.either(L.VERDICT_DEGREES)})\s+)?(?:{_lang.either(L.VERDICTS)})[*_.!\s]*", re.I),
        "update_note": re.compile(rf"\((?:{L.UPDATE_NOTE})(?![\w'-])[^()]*\)", re.I),
        "byline": re.compile(rf"\s*(?i:{_lang.either(L.BY)})\s+[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’.-]+(?:\s+[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’.-]+){{1,3}}\s*(?:[|·,–—-]|$)"),
        "first_singular": re.compile(rf"(?<![\w'-])(?:{L.FIRST_PERSON_SINGULAR})(?![\w'-])|(?<![\w'-])(?i:"
                                     rf"{_lang.either(w for w in L.FIRST_PERSON if w.endswith(chr(39)))})"),
        "listed_article": re.compile(rf"(?:{_lang.either(L.LISTED_ITEM_ARTICLES)})(?:\s+|(?<=['’]))(?=[^\W\d])", re.I),
        "retracted": re.compile(rf"(?<![\w-])(?:{L.RETRACTED})(?![\w-])[^.;!?]*$", re.I),
        # the figure a later one is set against or corrects ("contre 12 mercredi", "et non 26 comme annoncé mercredi")
        "compared_value": value_after(f"{L.PREVIOUS_VALUE}|{L.CORRECTED_VALUE}"),
        # "On nous parle de 14 malades", "we were told 40": what others say, repeated by the speaker, no claim of theirs
        # (a figure's qualifier is part of it: "we were told about 40" ends right before "about")
        "hearsay": re.compile(rf"(?<![\w'-])(?:{L.HEARSAY_BEFORE})\s*$", re.I),
        # "sur les 22 collègues du labo, 14 étaient …": a whole whose part follows after a comma
        "part_after_whole": re.compile(r"\s*[^\W\d][^,;:.!?\d]{0,50},\s*\d"),
        "fronted_whole": re.compile(rf"\s*(?:{L.FRONTED_WHOLE})\s+", re.I),
        "figure_then_noun": re.compile(r"\d[\d\s.,\u00a0\u202f]*\s*[^\W\d][^,;:.!?\d]{0,50},\s*"),
        "out_of": re.compile(rf"(?<![\w'-])(?:{L.OUT_OF})\s+$", re.I),
        "year_compared": re.compile(rf"(?<![\w'-])(?:{L.YEAR_COMPARED})\s*$", re.I),
        "out_of_whole": re.compile(rf"(?<![\w'-])(?:{L.OUT_OF_WHOLE})\s+$", re.I),
        "whole_before": re.compile(rf"\d\s+(?:{L.OUT_OF}|{L.PARTITIVE})\s+$", re.I),   # "15 of the 23", "15 des 23"
        "now": re.compile(rf"(?<![\w'-])(?:{L.NOW_WORDS})(?![\w'-])", re.I),
        # a part and its whole: "41 of its 148", "41 des 148", "30 sur 110": the noun after the whole is the part's too
        "whole_after": re.compile(rf"\s+(?:{L.OUT_OF}|{L.PARTITIVE})\s+\d[\d\s.,\u00a0\u202f]*?(?=\s\D)", re.I),
        # after the figure, with no figure of the whole: "25 of the survivors" (not "41 of the 148 schools")
        "partitive_lead": re.compile(rf"\s+(?:{L.PARTITIVE})\s+", re.I),
        "part_of_them": re.compile(rf"\s+(?:{L.PARTITIVE_PRONOUN})(?![\w'-])", re.I),
        "copula_group": re.compile(L.COPULA_GROUP, re.I),
        "one_place": re.compile(rf"(?:\s+[^\W\d]+){{0,3}}?\s+(?:{L.ONE_PLACE})(?![\w'-])", re.I),
        "partitive": re.compile(rf"\s+(?:{L.PARTITIVE})\s+(?![\w'-]*\d)(?:[^\W\d]+\s+){{0,2}}(?!\d)", re.I),
        "noun_numbered": re.compile(rf"(?P<noun>[\w'-]+)\s+(?:{L.NUMBERED_VERBS})\s*$", re.I),
        "noun_participle_numbered": re.compile(rf"(?P<noun>[\w'-]+)\s+(?:{L.NUMBERED_PARTICIPLE})\s+(?:{L.NUMBERED_VERBS})\s*$", re.I),
        # ("the number of cases rose by 37 to 412": the change before the level is no figure between them)
        "number_of": re.compile(rf"{L.NUMBER_OF}\s*(?P<noun>[\w'-]+)[^.;\d]{{0,70}}(?:{L.CHANGED_BY})?$", re.I),
        # ("the number of torched vehicles": the noun after a word that qualifies it)
        "number_of_qualified": re.compile(rf"{L.NUMBER_OF}\s*[\w'-]+\s+(?P<noun>[\w'-]+)[^.;\d]{{0,70}}(?:{L.CHANGED_BY})?$", re.I),
        "topic_lead": re.compile(rf"{_lang.topic_lead(L)}[,:]", re.I),
        # « Les manifestants, 4 000 selon la police et 15 000 selon la CGT, ont défilé », "The marchers – 4,000
        # according to police –": the noun the sentence opens with, its figures set in apposition
        "apposed_head": re.compile(rf"^\W*(?:{_lang.either(L.DEFINITE_ARTICLES)})\s+(?P<noun>[\w'-]+)\s*[,(–—-]\s*$", re.I),
        # "The injured were counted less often: 640 on Monday, 780 …": the subject before a colon counts the bare
        # figures after it
        # (a recap line's topic may run long: « Les personnes évacuées dans tout le marais selon la préfecture : … »)
        # (a day of the month in it too: « Les taxis à Cazevieille le lundi 3 juin : »)
        "colon_topic": re.compile(rf"^\W*(?:{_lang.either(L.DEFINITE_ARTICLES)})\s+(?P<noun>[\w'-]+)(?:[^:\d.;]|(?<=\s)\d{{1,2}}"
                                  rf"(?=\s+(?:{_lang.either(L.MONTHS)})(?![\w-])))"
                                  rf"{{0,90}}:", re.I),
        # "The coast guard counts bodies recovered: 23 by Friday": the noun (and up to two words of its own) right
        # before the colon that opens a speaker's figures (no speaker: "Mountain rescue emergency call: 140")
        "noun_colon": re.compile(r"(?<![\w'-])(?P<noun>[^\W\d][\w'-]*)(?=(?:\s+[^\W\d][\w'-]*){0,2}\s*:\s*$)"),
        "next_clause": re.compile(L.NEXT_CLAUSE, re.I),
        # "7,900 strikers, more than on Monday, when it counted 7,100": the compared day is the later figure's
        "day_compared": re.compile(rf"(?<![\w-])(?:{L.DAY_COMPARED})\s+$", re.I),
        "quoting_figures": re.compile(L.QUOTING_FIGURES, re.I),
        "negated_subject": re.compile(rf"^(?:{L.NEGATED_SUBJECT})(?:\s|$)", re.I),
        "next_reported": re.compile(L.NEXT_REPORTED, re.I),
        # "nobody agrees on how many people were on the boat": what the bare figures after it count
        "how_many": re.compile(rf"(?<![\w'-])(?:{L.HOW_MANY})\s*(?P<noun>[\w'-]+)(?P<rest>[^.?!;\d]{{0,60}})", re.I),
        # "690 véhicules incendiés et (de) 412 interpellations dans tout le pays": the next figure joined to this
        # one by "and", no clause between; what is said after both is said of both
        # a figure's noun, its source, and the comma before the other side's figure: "2,000 people according to
        # organisers, " / « 2 000 personnes selon les organisateurs, »
        "gapped_source": re.compile(rf"[^\d.;:!?]{{0,40}}?(?:{L.SOURCE_PREPS})\s[^\d.;:!?]{{1,60}},\s*", re.I),
        "joined_prev": re.compile(rf"\s*(?:[^\W\d][\w'-]*\s+){{0,2}}(?:{_lang.either(L.AND)})\s+", re.I),
        "joined_next": re.compile(rf"^[^,;:.!?()«»\"“”\d]{{0,50}}(?<![\w'-])(?:{_lang.either(L.AND)})\s+(?:[^\W\d]+['’\s]+)?$", re.I),
        # (its own noun after it, not only a place: "690 brûlés et 214 à Aubrefort" is a part placed apart)
        "tail": re.compile(rf"\s+(?!(?:{_lang.either(L.PLACE_LOCATIVES)})\s)[^\W\d][^,;:.!?()«»\"“”]{{0,80}}", re.I),
        "not_counted": frozenset(L.NOT_COUNTED) | frozenset(L.NOT_NOUNS) | frozenset(L.NOT_A_COUNT),
        "not_a_count": frozenset(L.NOT_A_COUNT),
        "participles": tuple(L.PARTICIPLE_ENDINGS),
        "noun_endings": tuple(L.NOUN_ENDINGS),
        # « 19 lycées bloqués », « 40 marchés fermés »: a word a participle qualifies is a noun, whatever its ending
        "qualified": re.compile(rf"\s+(?:{L.PARTICIPLE_SHAPE})(?![\w'-])"),
    }


_ASKED = re.compile(r"\?\s*$")
_DIGITS = re.compile(r"\d(?:[\d.,\u00a0\u202f]|\s(?=\d))*")  # a figure's digits, grouped by any separator
_PLURAL_SUBJECT = re.compile(rf"^(?:{_lang.either(_lang.every('PLURAL_LEADS'))})\s", re.I)  # "les pompiers", "the crews"


def _noun_key(noun: str, code: str) -> str:
    """The key of a noun counted as itself: the language's shared key, else the noun.

    >>> _noun_key("repas", "fr"), _noun_key("grues", "fr")
    ('meals', 'grues')
    """
    key = slugify(fold(noun))
    return _lang.get(code).NOUN_KEYS.get(key, key)


def _generic_counted(s: str, m: Mention, code: str) -> Counted | None:
    """A plural noun right after an attributed figure that the language data
    does not know ("1 850 contrôleurs", "3,000 technicians"): counted as itself."""
    W = _words(code)
    if re.search(r"[«“\"]\s*$", s[:m.start]) and (close := W["quoted_alone"].match(s, m.end)):
        # (a figure quoted alone, its noun after: '"more than 5,000" machines'; not « plusieurs centaines » de pertes,
        # whose noun the vague figure's own words lead to)
        m = replace(m, end=close.end())
    if W["preposition_before"].search(s[max(0, m.start - 20):m.start]) and not (
            W["out_of_whole"].search(s[max(0, m.start - 20):m.start]) and W["part_after_whole"].match(s, m.end)):
        return None  # "dans 11 provinces", "sur les 81 sièges" (not the whole of a part that follows)
    g = W["generic_noun"].match(s[m.end:m.end + 40])
    whole = W["whole_after"].match(s[m.end:m.end + 60]) if not g else None
    if whole:  # "1 180 pharmacies sur 1 410", "1,180 of the 1,410 pharmacies": the noun after the whole
        g = W["generic_noun"].match(s[m.end + whole.end():m.end + whole.end() + 40])
        if g:
            return Counted(g.group("noun"), _noun_key(g.group("noun"), code))
    part = W["partitive_lead"].match(s, m.end) if not g else None
    if part:  # "two of its inspectors": the noun after the partitive
        g = W["generic_noun"].match(s[part.end() - 1:part.end() + 40])
    if not g or g.group("noun") in _lang.get(code).MONTHS or g.group("noun") in W["not_counted"] or (
            g.group("noun").endswith(W["participles"]) and not g.group("noun").endswith(W["noun_endings"])
            and not W["qualified"].match(s, m.end + (part.end() - 1 - m.end if part else 0) + g.end())):
        return None  # "420 affectés": a participle, not a noun
    if part:
        return Counted(g.group("noun"), _noun_key(g.group("noun"), code))
    # "1 500 membres des forces spéciales", "2,000 members of the armed forces": the known noun after
    after = s[m.end:m.end + _AFTER_REACH]
    of = W["of"].match(after, g.end())
    if of and of.end() > g.end():
        inner = counted_after(after[of.end():], code)
        if inner.concept is not None:
            return Counted(g.group("noun") + " " + after[g.end():of.end()].strip()
                           + " " + inner.phrase, inner.concept)
    return Counted(g.group("noun"), _noun_key(g.group("noun"), code))


def _figure_link(L) -> str:
    """What joins the figures of a numbers box's head: a comma, "contre", "vs", ", puis", a slash, a semicolon, "et"
    ("380 contre 560 ; 1 150 et « plus de 1 100 »")."""
    return (rf"\s*,\s*|\s+(?:{L.PAIRED_FIGURES_LINK})\s+|(?:{L.REVISED_HEAD_LINK})\s+|\s+/\s+|\s*;(?:{L.REVISED_HEAD_LINK})?\s*|"
            # ("14 200… 6 500", "66… then 71": an ellipsis skips steps of the series)
            rf"\s*(?:…|\.\.\.)(?:\s*,)?(?:(?:{L.REVISED_HEAD_LINK})\s+|\s+)|"
            rf"\s+(?:{_lang.either(L.AND)})\s+")


@functools.cache
def _item_note(code: str) -> re.Pattern:
    """A relative clause closing a recap item's bracket: how its last side counts, no one's words."""
    return re.compile(rf",\s*(?:{_lang.get(code).APPOSITION_RELATIVE})\s[^;\[\]]*$", re.I)


# a bracket that closes a recap item with its source alone: "… — people missing [coastguard]"
_LONE_SOURCE_BRACKET = re.compile(r"\s\[[^\W\d][^\[\]\d\n,;:]{1,59}\]\s*\.?\s*$")
# a bracket, round or square, of a box item's words
_OWN_BRACKET = re.compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]")
# the dash that parts a recap line's figures from its item: "388, then 402 — fire starts …", "About 600 – volunteers …"
_RECAP_DASH = re.compile(r" [—–-] ")


@functools.cache
def _figure_line(code: str) -> re.Pattern:
    L = _lang.get(code)
    qualifier = _lang.either(p for p, _ in L.QUALIFIERS) if L.QUALIFIERS else _lang.NOTHING
    digits = r"\d(?:[\d.,\u00a0\u202f]|\s(?=\d))*"
    # (a range is one figure: "6 400, 12 000 à 15 000, 18 000"; a quote may hold the qualifier: "« Plus de 900 » contre 410")
    ranged = _lang.either(p.format(A=digits, B=digits) for p in L.RANGE_PATTERNS) if L.RANGE_PATTERNS else _lang.NOTHING
    scale = scale_words(L)  # (with its scale word: "1,2 million, « près de 2 millions »")
    figure = (rf"[«“\"]?\s*(?:(?:{qualifier})\s*)?[«“\"]?\s*(?:{ranged}|{digits}|{approx_figure(L)})(?:\s*(?:{scale})(?!\w))?"
              rf"\s*{_FIGURE_CLOSE}")
    link = _figure_link(L)
    # (stricter than a head's HEAD_FIGURE, which lets any few words lead its digits: only qualifiers may stand before
    # them here, so "N° 612", "Page 2" or "Issue 1,184" is no line of figures; nor is a clock time, "14.32", which
    # opens a live entry)
    # (a part of the head's figure with its few words: "37, dont 6 enfants — rescapés admis [hôpital, lundi 9]")
    part = rf"\s*,?\s*(?:{L.HEAD_SUBSET_LEAD})\s+{figure}(?:\s+[^\W\d]+){{0,3}}?"
    return re.compile(rf"(?!\d{{1,2}}[.:]\d\d\s*$)(?i:{figure}(?:(?:{link}){figure})*(?:{part})?)\s*")


def _figure_lines_joined(text: str, segments: list[tuple[int, int]], code: str) -> list[tuple[int, int]]:
    """Segments, with a line that holds only figures joined to the line right under it.

    A weekly "in numbers" page sets each figure on a line of its own and says
    on the next what it counts and whose it is ("16 800" / "Infirmiers en
    grève lundi, selon le ministère"): one head and its item, read as the
    inline "16 800 – Infirmiers …" is (the line break ends the head).

    >>> t = "620 contre 1 100\\nGrévistes lundi, selon la direction et selon le syndicat.\\nFin."
    >>> [t[a:b] for a, b in _figure_lines_joined(t, [(0, 16), (17, 74), (75, 79)], "fr")]
    ['620 contre 1 100\\nGrévistes lundi, selon la direction et selon le syndicat.', 'Fin.']
    """
    rx, out, i = _figure_line(code), [], 0
    while i < len(segments):
        a, b = segments[i]
        if i + 1 < len(segments) and re.fullmatch(r"[ \t]*\n[ \t]*", text[b:segments[i + 1][0]]) \
                and rx.fullmatch(text, a, b) and text[segments[i + 1][0]].isalpha() \
                and not {f.value for f in find_figures(text[a:b], code)} <= {
                    f.value for f in find_figures(text[segments[i + 1][0]:segments[i + 1][1]], code)}:
            # (not when the line under it gives every figure again, with its own words: "320, 140 ou « près de
            # 300 »" / "Les bateaux lundi : 320 pour le SMPL, 140 pour la garde côtière, …" reads on its own)
            out.append((a, segments[i + 1][1]))
            i += 2
            continue
        out.append((a, b))
        i += 1
    return out


def _restated(s: str, m: Mention, W: dict) -> bool:
    """Whether a figure restates one already told, as no claim of its own: the figure of the one spoken to, quoted
    back ("Your 38 houses are a joke"), or a ratio to another ("500 deaths is nearly double the official estimate")."""
    return bool(W["your_figure"].search(s, max(0, m.start - 12), m.start) or W["ratio_after"].match(s, m.end))


#: a live entry's time before its first words ("17:12 Update from …", "14 h 32 Le préfet …")
_ENTRY_CLOCK = re.compile(r"^\s*[*_]*\d{1,2}(?::|\.|\s?h\s?)\d{2}[*_]*(?=\s+(?:[–—-]\s+)?[A-ZÀ-ÝĀ-ŒŔ-ž«\"“])")


@functools.cache
def _box_source_bracket(code: str) -> re.Pattern:
    """Sources in brackets in a numbers box item's words, two or more: "Tents handed out [governor v Red Cross].",
    "Houses in the red zone [geological institute, Fri 12; governor, Sat 13]", and in round brackets without digits,
    where a comma also parts them: « Manifestants à Brivèze le 8 mars (police de Brivèze, mairie de Brivèze, CIQ) »
    (not one name's initials, « (CIQ) », which hold no separator; not "(12 km, north)", which holds digits)."""
    link = _lang.get(code).PAIRED_FIGURES_LINK
    return re.compile(rf"\s\[(?P<inside>[^\[\]\n]{{3,120}}?(?:;|\s(?:{link})\s)[^\[\]\n]{{2,120}}?)\]"
                      rf"|\s\((?P<round>[^()\n\d]{{3,120}}?(?:[;,]|\s(?:{link})\s)[^()\n\d]{{2,120}}?)\)")


def _box_sources_unbracketed(s: str, code: str) -> str:
    """``s`` with the sources a numbers box item gives in brackets written as its words would give them after a
    colon, offsets kept: "2,000 v 1,250\\nTents distributed [governor v Red Cross]." reads as "…distributed: governor
    v Red Cross ."; each source's day after a comma loses the comma ("[IHG, Fri 12; governor, Sat 13]" → ": IHG  Fri
    12, governor  Sat 13 "), as "the IHG on Fri 12" would give it.

    >>> _box_sources_unbracketed("340 v 500\\nHouses in the red zone [IHG, Fri 12; governor, Sat 13].", "en")
    '340 v 500\\nHouses in the red zone: IHG  Fri 12, governor  Sat 13 .'
    >>> _box_sources_unbracketed("9 200 contre 14 000\\nManifestants le 8 mars (police, mairie de Brivèze).", "fr")
    '9 200 contre 14 000\\nManifestants le 8 mars: police, mairie de Brivèze .'
    >>> _box_sources_unbracketed("The ministry said 340 [people] died [police; army].", "en")  # no box head before
    'The ministry said 340 [people] died [police; army].'
    """
    head, nl, rest = s.partition("\n")
    # ("388, then 402 — fire starts [SDIS, Sun 22; Fri 27]": a head may end at its dash as at a line break, written
    # as one with the offsets kept)
    dashed = not nl and (dash := _RECAP_DASH.search(s)) is not None
    if dashed:
        head, nl, rest = s[:dash.start()], " \n ", s[dash.end():]
    if not nl or ("[" not in rest and "(" not in rest) or not _figure_line(code).fullmatch(head):
        return s
    if dashed and len(own := list(_OWN_BRACKET.finditer(rest))) > 1 and re.search(r"\d", rest[own[0].end():own[1].start()]) \
            and _side_links(code)[0].match(rest, own[0].end()):
        # ("**310** – drivers on strike (union, Monday), v 190 (Hedrick Quay Terminals, Monday)": each figure its own
        # bracket, as any sentence gives them)
        return s
    if (sides := _bracketed_sides(rest, code)) != rest:
        return head + nl + sides
    if dashed and not (_box_source_bracket(code).search(rest) or DAYS_BRACKET.search(rest)
                       or _LONE_SOURCE_BRACKET.search(rest)):
        # (a dash heads an item only when its bracket says whose and when, or closes it with a name alone: not
        # "45,000 – the UN's OCHA"; "43, 60, then 58 — missing [coastguard]")
        return s

    def written(m: re.Match) -> str:
        parts = []
        inside = m.group("inside") or m.group("round")
        # (its clock times count nothing, as in a side's own bracket: "[prefecture, 09:00 and 16:00, v union]")
        inside = _side_links(code)[1].sub(lambda t: " " * len(t.group()), inside)
        # (nor a note on how the last side counts: "[Interior Ministry v UEP, which adds rallies at markets]")
        inside = _item_note(code).sub(lambda t: " " * len(t.group()), inside)
        for part in re.split(r"(;)", inside):
            # (a comma parts a source from its day when semicolons part the sources; else it parts the sources)
            if part != ";" and ";" in inside and (comma := part.find(",")) > 0 and not re.search(r"\d", part[:comma]):
                part = part[:comma] + " " + part[comma + 1:]  # (the source's day after its name, no comma)
            parts.append("," if part == ";" else part)
        return ": " + "".join(parts) + " "

    return head + nl + _box_source_bracket(code).sub(written, rest)


def _bracketed_sides(item: str, code: str) -> str:
    """A numbers box item that sets two sides against each other, each with its source and days in square brackets,
    written as its words would give them after a colon, offsets kept: what the second side counts is left out (the
    head's figures say which side is which; its words only say how it counts).

    >>> _bracketed_sides("Evacuees [prefecture, Tue 12, Thu 14] against everyone who left [collective, Sat 16].", "en")
    'Evacuees: prefecture  Tue 12, Thu 14  against                    collective  Sat 16 .'
    >>> _bracketed_sides("People in shelters [Tue 12, Thu 14] against all those housed [Red Cross, Fri 15].", "en")
    'People in shelters [Tue 12, Thu 14] against all those housed [Red Cross, Fri 15].'
    """
    brackets = list(_SIDE_BRACKET.finditer(item))
    link, clock = _side_links(code)
    and_link = _words(code)["and_names"]

    def linked(k: int, at: int) -> re.Match | None:
        # (after the first side, "and" adds one more: « Disparus [garde côtière, …], contre [OIM, jeu. 18] et [Haute
        # Mer Secours, ven. 19] »)
        return link.match(item, at) or (and_link.match(item, at) if k > 1 else None)

    if len(brackets) < 2 or any(re.search(r"\d", b.group("source")) for b in brackets) or any(
            not (between := linked(k, a.end())) or re.search(r"[.;:\[\]]", item[between.end():b.start()])
            for k, (a, b) in enumerate(zip(brackets, brackets[1:]), 1)):
        return item  # (a bracket of days only names no side: "[Tue 12, Thu 14]")
    out, at = [], 0
    for k, b in enumerate(brackets):
        if k:
            between = linked(k, at)
            out.append(item[at:between.end()] + " " * (b.start() - between.end()))
        else:
            out.append(item[at:b.start()])
        # (the first bracket opens the side's words as a colon would; a comma parts the source from its days, whose
        # clock times are blanked, as no figure and no colon: "[police prefecture, 10:40 and 18:20]")
        days = " " + clock.sub(lambda t: " " * len(t.group()), b.group("days")) if b.group("days") else ""
        out.append((": " if k == 0 else "  ") + b.group("source") + days + " ")
        at = b.end()
    # (what the last side's note adds after a comma is no one's words: "…[collective, Thu 9], which also counts …")
    note = re.match(r",[^.;:\n]*", item[at:])
    out.append(" " * note.end() + item[at + note.end():] if note else item[at:])
    return "".join(out)


# a saved page's markdown emphasis around a name or a phrase ("**La Gazette**", "__the agency__"), never a word of its own
_EMPHASIS = re.compile(r"\*\*(?=\S)|(?<=\S)\*\*|(?<![\w_])__(?=\S)|(?<=\S)__(?![\w_])")


@functools.cache
def _side_links(code: str) -> tuple[re.Pattern, re.Pattern]:
    """What sets a box item's bracketed sides against each other (", contre", "against"), and the clock times a
    side's bracket may give ("[police prefecture, 09:30 and 17:45]", "[police prefecture, afternoon and evening]")."""
    L = _lang.get(code)
    time = rf"(?:\d{{1,2}}:\d\d|(?<![\w-])(?i:{_lang.either(L.TIMES_OF_DAY)})(?![\w-]))"
    return (re.compile(rf",?\s+(?:{L.PAIRED_FIGURES_LINK})(?=\s)", re.I),
            re.compile(rf"{time}(?:\s*(?:,|\s(?:{_lang.either(L.AND)}))\s*{time})*"))


# a side's source first in its bracket, its days after a comma: "[préfecture d'Orvaize, mar. 12, jeu. 14]"
_SIDE_BRACKET = re.compile(r"\s\[(?P<source>[^\[\],\n]{2,60})(?:,(?P<days>[^\[\]\n]{1,120}))?\]")


def sentences(text: str, start: int = 0, end: int | None = None):
    """``(start, end)`` of each sentence of ``text[start:end]``.

    Examples
    --------
    >>> t = "M. Dupont a parlé. Les U.S. officials said 3,000. Fin."
    >>> [t[a:b] for a, b in sentences(t)]
    ['M. Dupont a parlé.', 'Les U.S. officials said 3,000.', 'Fin.']
    >>> t = "Evacuated: 11,800, 14,200… 6,500. Then 2,100."
    >>> [t[a:b] for a, b in sentences(t)]
    ['Evacuated: 11,800, 14,200… 6,500.', 'Then 2,100.']
    >>> t = "640 drivers were checked on road no. 187. Nine were arrested."
    >>> [t[a:b] for a, b in sentences(t)]
    ['640 drivers were checked on road no. 187.', 'Nine were arrested.']
    >>> t = "Rojda : « Nous sommes 4 dans la voiture. » Et Evan : « 30 voitures. »"
    >>> [t[a:b] for a, b in sentences(t)]
    ['Rojda : « Nous sommes 4 dans la voiture. »', 'Et Evan : « 30 voitures. »']
    """
    end = len(text) if end is None else end
    s = start
    # (a closing guillemet after its space ends the sentence too: « … dans la voiture. » Et Evan, qui écrit …)
    for m in re.finditer(r"(?<=[.!?…])(?P<close>[^\S\n]?[»”\"])?\s+(?=[«“\"A-ZÀ-ÝĀ-ŒŔ-ž0-9])", text[start:end]):
        cut = start + m.start()
        piece = text[s:cut]
        if _ABBREV.search(piece[-12:]) or (_NUMBER_SIGN.search(piece[-6:]) and text[start + m.end():][:1].isdigit()):
            continue
        if _SERIES_ELLIPSIS.search(piece) and text[start + m.end():][:1].isdigit():
            continue  # "11 800, 14 200… 6 500": a series that skips steps, one sentence
        if piece.strip():
            yield s, cut + (m.end("close") - m.start() if m.group("close") else 0)
        s = start + m.end()
    if text[s:end].strip():
        yield s, end


PAT = patterns()
_TRAILING_FIGURE = re.compile(r"\d[\d\s.,\u00a0\u202f]*$")
_PHRASE_END = re.compile(r"[;:]|(?<!\d),|,(?!\d)")   # (a figure's own separators are not its phrase's end: "1,284")
_THEN_COMMA = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,")  # "According to a filing with the TCEQ (TCEQ),"
# a group named by a common noun, capitalised only as the sentence opens: "Survivors", "the strikers", "Les témoins"
_COMMON_GROUP = re.compile(r"^(?:[A-ZÀ-ÝĀ-ŒŔ-ž][a-zà-ÿĀ-ž'-]*|[a-zà-ÿ'-]+)(?:\s+[a-zà-ÿ'-]+)*$")
_OWNED_MANAGEMENT = re.compile(_lang.either(_lang.every("OWNED_MANAGEMENT")), re.I)   # "sa direction", "its management"
_NAMED_SUBJECT = re.compile(r"(?:^|\s|')[A-ZÀ-ÝĀ-ŒŔ-ž][\w-]*[A-ZÀ-ÝĀ-ŒŔ-ž]|(?<=\s)[A-ZÀ-ÝĀ-ŒŔ-ž][a-zà-ÿĀ-ž]")  # "La STAC", "la société Norsol"
_JOIN = rf",\s*{_lang.either(_lang.every('AND') + _lang.every('BUT'))}\s+"   # ", et", ", but"
_CLAUSE_JOIN = re.compile(_JOIN, re.I)
_NOT_NAME_LEAD = re.compile(rf"^(?:(?:{_lang.either(_lang.every('NOT_NAME_WORDS'))})\s+)+", re.I)   # "Merci Jeannine"
_JOINED_CLAUSE = re.compile(_JOIN + "$", re.I)   # (a clause that ends joined to the next)
_CONTRASTED_CLAUSE = re.compile(rf",\s*{_lang.either(_lang.every('CONTRAST_LEADS'))}\s+$", re.I)   # ", tandis que"
# "According to a filing with the regulator", « Selon le même bulletin »: a document, which speaks for all it reports
_BRACKET_AFTER = re.compile(rf"[»”\"]?{SOURCE_IN_BRACKETS}")
_HEADED_ITEM = re.compile(rf"{_FIGURE_CLOSE}{_HEAD_END}(?=[^\W\d])")  # "8,480: cases reported …": a figure that heads the line it explains
_DOCUMENT_SOURCE = re.compile(rf"\W*(?:\S+\s+){{0,4}}?(?:{_lang.either(_lang.every('DOCUMENT_NOUNS') + _lang.every('SOURCE_NOUNS'))})(?![\w'-])", re.I)
_QUOTED_SPAN = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")
_QUOTE_MARK = re.compile(r"[«»“”\"]")


def _dash_quotes(text: str, paras, units, cues_of) -> list[tuple[int, int]]:
    """Quotes opened by a dash: a paragraph of two sentences or more that
    opens with a dash and whose last sentence names its speaker after a
    comma ("- We were 4 in the car. … came, tells Lothe to Skarvdølen.", the
    quote dash of the Nordic press and of its translations) is one speaker's
    words, from the dash to that comma."""
    dashed = {id(p): p for p in paras if text[p.start:p.body].strip() in ("-", "–", "—")
              and not _QUOTE_MARK.search(text, p.body, p.end)}
    own: dict[int, list] = {}
    for p, a, b in units:  # (each paragraph's sentences, read once)
        if id(p) in dashed:
            own.setdefault(id(p), []).append((a, b))
    spans = []
    for key, sents in own.items():
        if len(sents) < 2:
            continue
        a, b = sents[-1]
        said = next((c for c in cues_of(a, b) if c.kind == "inverted" and text[a + c.start] == ","), None)
        if said is not None:
            p = dashed[key]
            spans.append((text.index(text[p.start:p.body].strip(), p.start), a + said.start))
    return spans


_YEAR = re.compile(r"(?<![\w,.])(?:1[89]|2[01])\d\d(?!\w|[,.]\d)")


def _part_place(s: str, ref, mentions, W) -> bool:
    """Is a place named for a part of the count, right after the part's figure ("including 112,000 in Paris")?"""
    figure = next((m for m in reversed(mentions) if m.end <= ref.start), None)
    return figure is not None and not re.search(r"[.;:!?,]", s[figure.end:ref.start]) \
        and bool(W["item_subset"].search(s, max(0, figure.start - 40), figure.start))


def extract(doc: Document, gazetteer: Gazetteer | None = None) -> list[Claim]:
    """Every attributed figure in a document, as Claims.

    Examples
    --------
    >>> d = Document("x", text="Les États-Unis ont déclaré lundi qu'environ 3 000 soldats nord-coréens "
    ...              "avaient été déployés en Russie.", published="2024-10-28", language="fr")
    >>> [(c.claimant.name, c.figure.value, c.figure.qualifier, c.quantity_id, str(c.stated_on)) for c in extract(d)]
    [('États-Unis', 3000.0, 'about', 'north-korean-troops-deployed-russia', '2024-10-28')]
    """
    g = gazetteer or default_gazetteer()
    code = (doc.language or detect_language(doc.text))[:2]
    L = _lang.get(code)
    segments = _figure_lines_joined(doc.text, list(body_segments(doc)), code)
    places = default_places()
    islands = places.about_islands(doc.text)
    lead = "\n".join(doc.text[a:b] for a, b in segments[:2])[:1500]
    context = article_context(doc.title, lead, code, g, places, doc.published)
    context = replace(context, kicker=kicker_town(doc.title, doc.text, places))
    # (an outlet named like a place is no place: the fact-check site "Pied-de-Roi" on a story of an island)
    outlet = fold(strip_determiner(doc.publisher or ""))
    not_outlet = lambda refs: [r for r in refs if fold(r.name) != outlet]  # noqa: E731
    if outlet:
        context = replace(context, places=not_outlet(context.places),
                          kicker=context.kicker if context.kicker is None or fold(context.kicker.name) != outlet else None)
    capital = capital_named(doc.text, places)
    # (the article's towns are read once, and only if a body's own name is looked up in them)
    # (an official's territory before a body's: "le préfet" is a person, "la préfecture" the body)
    # (a body's territory sets its figures apart only where the article has a national count to set them apart
    # from: "au niveau national"; a pile-up's dead are the pile-up's, whether the prefecture or the mayor counts)
    # (a hospital's count is always its own: "le CHU de Vernissac a accueilli 19 blessés" of a pile-up's 64)
    bodies = body_territories(doc.text, code, places)
    if not PAT['nationwide'].search(doc.text):
        bodies = {key: ref for key, ref in bodies.items() if ref.level == "site"}
    context = replace(context, jurisdictions={**bodies, **jurisdictions(doc.text, code, places)},
                      local=functools.cache(lambda: local_bodies(doc.text, places)))
    hedge_rx = re.compile(L.HEDGES)  # case-sensitive: "May" is a month, "may" a hedge
    backref = _words(code)["backref"]
    publisher = Actor(doc.publisher, "organisation") if doc.publisher else Actor("the article itself", "group", "unattributed")
    state = State()
    claims: list[Claim] = []
    echoed: set = set()  # (sentence, figure) of figures named as another's: « Les 46 de l'ARS, ce sont… »

    paras = paragraphs(doc.text, segments, code, doc.publisher, doc.title)
    participants = {fold(p.speaker) for p in paras if p.speaker}  # (the speakers a transcript's labels name)
    units = [(p, a, b) for p in paras for a, b in sentences(doc.text, p.body, p.end)]
    quotes = quote_spans(doc.text, segments)
    quoted_by: dict = {}

    titles = _titles_rx(code)
    membership = re.compile(rf"(?:{L.MEMBERSHIP_BEFORE})", re.I)
    going_on = re.compile(rf"(?<![\w'-])(?:{L.GOING_ON})(?![\w'-])", re.I)
    own = re.compile(rf"^\s*(?:{L.OUR_OWN})(?![\w'-])", re.I)
    # (« D'après les remontées de nos comités locaux », in a quote: what the speaker's people report)
    ours = re.compile(rf"^\s*(?:(?:{_lang.either(L.DEFINITE_ARTICLES)}\s*)?[^\W\d]+\s+{L.SOURCE_NOUN_LINK}\s*)?"
                      rf"{_lang.either(L.FIRST_PERSON_POSSESSIVES)}\s"
                      # ('"… according to the calls we receive from families"', « selon les appels que nous recevons »)
                      rf"|^\s*(?:{_lang.either(L.DEFINITE_ARTICLES)})\s*[^\W\d]+\s+(?:[^\W\d]+\s+)?"
                      rf"(?:{_lang.either(L.FIRST_PERSON)})\s", re.I)
    own_lead = re.compile(rf"^\s*(?:(?:{L.SOURCE_PREPS}|{L.OWN_PREPS})\s+)?(?:{L.OUR_OWN})(?![\w'-])", re.I)
    this_outlet = re.compile(rf"^\s*(?:(?:{_lang.either(L.AND)})\s+)?(?:{L.THIS_OUTLET})(?![\w'-])", re.I)  # ("And this programme has had")
    relay = re.compile(rf"(?<![\w'-])(?:{L.RELAY_VERBS})(?![\w'-])", re.I)
    then = re.compile(rf"(?<![\w'-])(?:{L.THEN})(?![\w'-])", re.I)

    # "Selon le bilan rendu lundi aux heures 7.30 par la Préfecture, …": translated copy's clock, blanked so
    # that the source phrase around it reads as one (figures.py never counts it either)
    hours = re.compile(rf"(?<![\w-])(?:{L.HOURS_LEAD})\s+\d{{1,2}}(?:[.:]\d{{2}})?(?![\d.,:]\d)", re.I)

    def normalised(text: str) -> str:
        # curly apostrophes as straight ones; "said Dr. Priya Nandakumar": the title's stop ends no name
        text = hours.sub(lambda t: re.sub(r"[\d.:]", " ", t.group()), text)
        # ("17:12 Update from the fire service: 120 firefighters": a live entry's time opens no phrase of its cues)
        text = _ENTRY_CLOCK.sub(lambda t: " " * len(t.group()), text, count=1)
        text = _EMPHASIS.sub(lambda t: " " * len(t.group()), text)  # ("**L'Alambic**, l'hebdomadaire du canton": a name)
        text = _box_sources_unbracketed(text, code)
        return titles.sub(lambda t: t.group()[:-1] + " ", text.replace("\u2019", "'").replace("\u2018", "'"))

    def named_cues(cues) -> list:
        return [c if name == c.phrase else replace(c, phrase=name) for c in cues
                if (name := as_name(c.phrase, L)) and not _figure_then_and(name, code)]

    # the places the article is about, for "Pedra Branca do Oeste registers 4.812 cases, informs SMS": known
    # places of its headline and lead, or a name its dateline writes in capitals ("PEDRA BRANCA DO OESTE, 18 …")
    topic_names = {fold(p.name) for p in context.places}
    # every place the page names as a place, and the verb by which a place "counts" (has) what is counted in it
    # (not a country: "Ukraine counted 300" is its government's count)
    W = _words(code)
    place_names = functools.cache(lambda: {fold(p.name) for p in (*context.places, *places.find(doc.text))
                                           if p.level != "country"})   # (read once, on the first such verb)
    in_dateline = functools.cache(lambda name: re.search(rf"(?m)^\s*{re.escape(name.upper())}\s*,", doc.text) is not None)
    cues_at: dict = {}  # (start, end) of a body sentence -> its cues, found once for the quote lookups and read()
    full_names: dict[str, str] = {}  # an interview label ("Okonjo") -> the name the article gave ("Bev Okonjo")

    def cues_of(a: int, b: int) -> list:
        if (a, b) not in cues_at:
            cues_at[a, b] = find_cues(normalised(doc.text[a:b]), code)
        return cues_at[a, b]

    quotes = sorted(quotes + _dash_quotes(doc.text, paras, units, cues_of))

    def quote_speaker(q) -> list:
        """Who speaks a quote that runs over sentences: named after its end
        ("« … », témoigne X", '"…," said X', "« … » C'est par ces mots que X"),
        else in its introduction (X: "…"; "La parole est passée à X. « … »")."""
        if q not in quoted_by:
            quoted_by[q] = _quote_speaker(q)
        return quoted_by[q]

    def introduced(unit: tuple[int, int], upto: int) -> list:
        """Who the words of ``unit`` before offset ``upto`` name as a quote's speaker: the subject of their verb or
        source, else, for an introduction ending in a colon, the one it names."""
        intro = doc.text[unit[0]:upto].rstrip()
        if intro.endswith(":") and (writer := next(reversed(list(_writer(code).finditer(intro))), None)):
            # a listener's message read out, « Un SMS de Rojda, coincée sur la route : », "And Evan, who writes from
            # Aiguelonne:": the one who wrote it, named by a given name alone
            return [Actor(writer.group("name") or writer.group("name2"), "person")]
        cues = [c for c in cues_of(*unit) if c.kind in ("verb", "source") and c.end <= upto - unit[0] + 2]
        if cues:
            return actors_for(cues[-1], state, code, L, g, False, [])
        if not intro.endswith(":"):
            return []
        # 'Tribune reporter Mere Tavola is in Lomaru: "… I counted 23 hulls"': who the introduction names
        # ('The company, Blenkinsop Foams, sent us this statement: "…"': the name its apposition gives)
        appos = _APPOSED_NAME.match(intro)
        before = (g.resolve(appos.group("name"), code) if appos else []) \
            or opening_subject(intro, code, g) or one_person(intro, code, g)
        name = intro[:-1].strip()
        if not before and not name.isupper():
            # 'Angharad Firth: "We have 36 firefighters"', 'Group Manager Angharad Firth of Garthwick Fire
            # and Rescue Service: "…"': the name the introduction opens with, or is (not a heading in
            # capitals: "THE CLAIM:", « CE QUI CIRCULE : »)
            lead = next(iter(named(intro, code, g)), None)
            if lead is not None and intro.startswith(lead.name) and lead.kind in ("person", "group"):
                before = [lead]
            elif re.fullmatch(PROPER_NAME, name):
                before = g.resolve(name, code)
            elif comma := _name_after_and(code).match(intro) or _NAME_THEN_COMMA.match(intro):
                # « Denis Rabiller, président de la station SNSM : « … » », « Et Ignace, cheminot retraité : »
                before = g.resolve(comma.group("name"), code)
        return before

    def _quote_speaker(q) -> list:
        open_, close = q
        closing = next(((a, b) for _, a, b in units if a <= close < b), None)
        opening = next(((a, b) for _, a, b in units if a <= open_ < b), None)
        after, pronoun, says_i = [], False, False
        if closing is not None:
            # (not a verb whose subject is read back inside the quote: "… Personne ne nous a dit pourquoi. » C'est
            # ce que raconte X")
            cues = [c for c in cues_of(*closing) if c.kind in ("inverted", "verb") and c.start >= close - closing[0]
                    and not is_first_person(c.phrase)
                    and not (c.kind == "verb" and c.phrase in doc.text[closing[0]:close]
                             and c.phrase not in doc.text[close:closing[1]])]
            if cues:
                after = actors_for(cues[0], state, code, L, g, False, [])
                pronoun = is_reference(cues[0].phrase, L)
                if pronoun and after and not any(a.kind == "person" for a in after) \
                        and cues[0].phrase.strip().lower() not in L.PLURAL_PRONOUNS \
                        and W["first_singular"].search(doc.text, open_, close) \
                        and (person := state.mentioned.get("person")) is not None:
                    # "« J'ai fait évacuer 1 300 personnes … », avait-elle affirmé" after "Mme Chaffardon conteste …"
                    # and a prefecture's figure: one who says "I" is the person the article named, not a body
                    after, says_i = [person[1]], True
                if not pronoun:
                    return after
        before: list = []
        if opening is not None:
            before = introduced(opening, open_)
            k = next(i for i, u in enumerate(units) if u[1:] == opening)
            if not before and not doc.text[opening[0]:open_].strip() and k and units[k - 1][0] is units[k][0]:
                # 'Fiona McAndrew, the managing director, spoke first. "Last night we said 280"': the one
                # the sentence before opens with, or the one person it names, in the same paragraph
                intro = doc.text[units[k - 1][1]:units[k - 1][2]].lstrip()
                lead = _NAME_THEN_COMMA.match(intro)
                before = (opening_subject(intro, code, g) or (g.resolve(lead.group(), code) if lead else [])
                          or one_person(intro, code, g))
                if pronoun and after and all(a.name in intro for a in after):
                    before = after  # "Le directeur, Laurent Méjean, a fait état… « … », a-t-il dit": him, by his name
                start, end = units[k - 1][1:]
                if not before and (said := [q for q in quotes[bisect.bisect_left(quotes, (start,)):
                                                              bisect.bisect_left(quotes, (end,))] if q[1] < end]) \
                        and not doc.text[start:said[0][0]].strip():
                    # '"Not everyone who bought a ticket came," she said. "The dome takes 900 people."': a quote
                    # right after a sentence that is a quote and who said it goes on in that quote's voice (not
                    # after 'He told us his figures came from "a mate who works inside".')
                    before = quote_speaker(said[-1])
            if not before and not doc.text[opening[0]:open_].strip() and k \
                    and doc.text[units[k - 1][1]:units[k - 1][2]].rstrip().endswith(":"):
                # 'Group manager Godwin Rawnsley of Kestlemere Fire and Rescue Service gave the first details:' and
                # the quote as a paragraph of its own: the paragraph before introduces it
                before = introduced(units[k - 1][1:], units[k - 1][2])
        if says_i and not any(a.kind == "person" for a in before):
            return after  # (the body opening the sentence before says no "I")
        if before or after or closing is None:
            return before or after  # ("« … », a-t-il lancé" after "X contestait. « … »": X, not the last "il")
        # a quote that opens its paragraph, then the sentence naming who said it: "« … » C'est par ces mots
        # que le préfet a ouvert la conférence", "« … » Le directeur, Hugues Vallerand, n'a pas caché"
        rest = doc.text[close + 1:closing[1]]
        if rest.strip():
            return quote_follower(rest, code, g) if rest.lstrip()[:1].isupper() else []
        j = next(i for i, u in enumerate(units) if u[1:] == closing)
        if j + 1 < len(units) and units[j + 1][0] is units[j][0]:
            return quote_follower(doc.text[units[j + 1][1]:units[j + 1][2]], code, g)
        return []

    def claim_author(a: int, b: int) -> tuple[list, str]:
        """Who made the claim a fact-check quotes as a heading line, as the
        line under it names them ('CLAIM 1: "At least 40 dead"' / "Who said
        it: Dr Pascaline Ewondji, of the doctors' union, on Thursday"), and
        the rest of that line (its day); ``([], "")`` when no line names them."""
        line_end = doc.text.find("\n", b - 1)
        close = max(doc.text.rfind(q, a, b) for q in "\"”»")
        line_start = doc.text.rfind("\n", 0, a) + 1
        opened = min((i for i in (doc.text.find(q, line_start, close) for q in "\"“«") if i >= 0), default=line_start)
        heading = close > a and _HEADING_LABEL.fullmatch(doc.text, line_start, opened)
        until = len(doc.text) if line_end < 0 else line_end
        if heading and (dash := _DASHED_AUTHOR.match(doc.text, close + 1, until)) \
                and re.search(r"[a-zà-ÿ]", dash.group("np")) and (name := as_name(dash.group("np"), L)) \
                and not re.search(r"\d", name):
            # 'CLAIM 2: "11 officers injured" – the Prison Officers' Association, in a statement on Sunday': the one
            # the heading names after its quote (not a verdict in capitals, '– FALSE')
            return actors_for(Cue("verb", 0, 0, name, True), state, code, L, g, False, []), dash.group()
        # (after the quote's own close: the bracket may hold quotes of its own)
        shut = min((i for i in (doc.text.find(q, opened + 1, b) for q in "\"”»") if i >= 0), default=close)
        if heading and (bracket := _BRACKETED_AUTHOR.match(doc.text, shut + 1, until)) \
                and re.search(r"[a-zà-ÿ]", bracket.group("np")) and (name := _origin_name(bracket.group("np"), L)) \
                and not re.search(r"\d", name):
            # « AFFIRMATION 1 : « 1 200 brebis tuées » (page Facebook « Pastous en colère », 28 août) »: the author in
            # brackets after the quote, a name in quotes inside
            return actors_for(Cue("verb", 0, 0, name, True), state, code, L, g, False, []), bracket.group()
        if line_end < 0 or doc.text[b:line_end].strip(" \t*_"):
            return [], ""  # (the quote's line ends the paragraph, its bold marks aside: '**CLAIM: "…"**')
        named_by = W["claim_author"].match(doc.text, line_end)
        name = as_name(named_by.group("name") or named_by.group("np"), L) if named_by else None
        if named_by is None and (under := _LINE_UNDER.match(doc.text, line_end)) \
                and W["follow_lead"].match(under.group("line")) \
                and (told := quote_follower(under.group("line"), code, g)):
            # ('AFFIRMATION : « 25 personnes se sont évadées »' / « C'est ce qu'a déclaré lundi la maire, X. »): the one
            # the line under the heading says made the claim, as after a quote
            return told, under.group("line")
        if named_by is None and (origin := W["claim_origin"].match(doc.text, line_end)) \
                and (name := _origin_name(origin.group("np"), L)) and not re.search(r"\d", name):
            # « Ce chiffre vient d'une publication du groupe Facebook « Bergers en colère » », under the heading and its
            # verdict: where the claim came from
            return actors_for(Cue("verb", 0, 0, name, True), state, code, L, g, False, []), origin.group("np")
        if named_by and (not name or re.search(r"\d", name)) and (post := _post_name(named_by.group("np"), L)):
            # ("Who said it: a TikTok video posted on 2 October": the post, by its platform, not its views or day)
            return actors_for(Cue("verb", 0, 0, post, True), state, code, L, g, False, []), named_by.group("np")
        if not name or re.search(r"\d", name):
            return [], ""  # ("Une publication partagée plus de 8 000 fois": a description with no platform, no name)
        return actors_for(Cue("verb", 0, 0, name, True), state, code, L, g, False, []), \
            doc.text[named_by.start("np"):].partition("\n")[0]

    def acting_in(s: str, start: int, until: int, local, in_title: bool) -> tuple:
        """The subject of an action in ``s[start:until]`` that counts its own work ("Le SDIS a
        engagé 90 sapeurs-pompiers"), as a cue of ``s`` with its actors; else ``(None, [])``."""
        # (the clause up to the figure, where the verb must end; a verb's lookahead may read on: "has 120 at the scene")
        acting = action_subject(s[start:], code, until - start)
        if acting is None:
            return None, []
        acting = replace(acting, start=acting.start + start, end=acting.end + start)
        if _words(code)["negated_subject"].match(acting.phrase.strip()):
            return None, []  # "No school has closed": nobody did it
        if addressed[0] and not in_title and is_second_person(acting.phrase):
            return acting, label_actors(addressed[0])  # "You sold 19,500 tickets", asked: what the interviewee did
        actors = actors_for(acting, state, code, L, g, in_title, local)
        # (an official the article gave a territory, "Le maire de Saint-Amblard, Jean-Marc Rouquette, avait fait
        # évacuer 11 maisons": what the office did)
        official = any(a.kind == "person" and fold(a.name) in context.jurisdictions for a in actors)
        # ("La gendarmerie est sur place. Elle a mobilisé 40 gendarmes": a pronoun acts for the body it stands for)
        pronoun = acting.phrase.strip().lower() in L.SUBJECT_PRONOUNS and len(actors) == 1 and actors[0].kind != "person"
        return (acting, actors) if official or acts_as_source(actors[0].name if pronoun else acting.phrase, actors, g) \
            or (actors and all(apposed_role(s[:acting.start], a) for a in actors)) \
            or apposed_agent(s[:acting.start], acting.phrase.strip()) else (None, [])

    def opening_body(head: str, reference: str) -> list:
        """The body (not a person) ``head`` opens with, when ``reference`` ("elle", « le service ») may name it."""
        opener = opening_subject(head, code, g)
        return opener if opener and opener[0].kind != "person" and reference_fits(reference, opener, L) else []

    def later_actions(s: str, acting: Cue, mentions: list, local, in_title: bool) -> list:
        """The subjects that act again after ", et", ", and", each with its actors, for the figures after them
        (« Le réseau Sarlève Mobilités a dévié 12 lignes, et la mairie a mobilisé 30 agents »: the town hall's)."""
        found = []
        for join in _CLAUSE_JOIN.finditer(s, acting.end):
            after = [m for m in mentions if m.start > join.end()]
            if not after:
                break
            more, whose = acting_in(s, join.end(), after[0].start, local, in_title)
            if more is not None and whose:
                found.append((more, whose))
        return found

    def label_actors(label: str) -> list:
        """The actors a turn's label names, by the full name the article gave first ("Okonjo" is "Its
        chief executive, Bev Okonjo, …")."""
        if label not in full_names and label[:1].islower():
            full_names[label] = label  # "RÉPONSE du préfet :": a role, no name to complete
        if label not in full_names:  # (looked up once per label: the text is searched once)
            # (a label in capitals, "OKAFOR-HALE:", is the name the text writes "Ada Okafor-Hale")
            written = f"(?i:{re.escape(label)})" if label.isupper() else re.escape(label)
            # (on one line: "… selon le Secours des Îles Basses" ending the line above is no part of the name)
            full = re.search(rf"(?-i:(?:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+[ \t\u00a0]+){{1,3}}){written}(?![\w'’-])", doc.text)
            if not full and label.isupper() and 2 <= len(label) <= 3:
                # "PO:" for Paul Ostrander: the name whose initials the label is
                initials = r"\s+".join(rf"{c}[a-zà-ÿ'’-]+" for c in label)
                full = re.search(rf"(?<![\w'’-]){initials}(?![\w'’-])", doc.text)
            # (not a greeting before it: "Merci Jeannine" is Jeannine)
            full_names[label] = _NOT_NAME_LEAD.sub("", full.group()) if full else label
        return actors_for(Cue("verb", 0, 0, full_names[label], True), state, code, L, g, False, [])

    # "Fact check: 30 dead, 500 homes, 8,000 evacuated?", « Vérification : 21 morts ou 19 ? »: a fact-check's headline
    # names the figures it checks, no one's (its body gives each its owner)
    checked_title = " ".join(doc.title.split()) if doc.title and W["fact_check_title"].search(doc.title) else ""

    def read(text: str, a: int, b: int, offset: int | None, in_title: bool):
        s = normalised(text[a:b])
        nl = s.find("\n")  # (a numbers box's head ends at its line break: its item is the line under it)
        box_head = 0 < nl and _figure_line(code).fullmatch(s, 0, nl) is not None
        mentions = find_figures(s, code)
        if mentions and box_head and (colon := s.find(":", nl)) > nl:
            # ("140, puis 260 contre 300" / "…: ministère  mardi 5 et jeudi 7  contre SMIH  jeudi 7": the days of the
            # item's sources, as they were in its brackets, count nothing)
            mentions = [m for m in mentions if m.start < colon or not W["item_day"].search(s, colon, m.start)]
        mentions, daily = _listed_days(s, mentions, code, doc.published)
        if checked_title and (in_title or " ".join(s.split()) == checked_title):
            mentions = []
        if mentions and (sums := [c.span() for c in (*PAT['combined'].finditer(s), *PAT['nationwide'].finditer(s))]):
            # ("in the two countries": how many places a sum covers, not a count)
            mentions = [m for m in mentions if not any(lo <= m.start < hi for lo, hi in sums)]
        cues = named_cues(cues_of(a, b) if text is doc.text else find_cues(s, code))
        # where a box's item opens: under its head, or after a recap line's dash
        item_at = nl + 1 if nl > 0 and all(m.end <= nl for m in mentions) else (
            dash.end() if nl < 0 and (dash := _RECAP_DASH.search(s)) and _figure_line(code).fullmatch(s[:dash.start()].strip())
            else -1)
        if mentions and item_at > 0 and any(c.kind == "source" and c.start >= item_at for c in cues):
            # "142 v 200" / "Rallies declared to the authorities [Interior Ministry] against …", "About 600 – volunteers
            # who registered for the clean-up, according to the council": the item's opening noun before a verb is
            # what is counted, not who speaks, when the item names its sources
            opening = s[item_at:].lstrip()
            cues = [c for c in cues if not (c.kind == "verb" and opening.startswith(c.phrase))]
        if mentions and nl > 0 and (colon := s.find(":", nl)) > 0 and all(m.end <= nl for m in _item_subsets(s, mentions, W)[0]):
            # "12, 7, then 3 v 15" / "Missing: the ALPC on Fri 8 …; the Red Cross, counting tracing requests, on Wed
            # 13": under a box's head, a gerund after a comma says how a source counts, not who speaks
            cues = [c for c in cues if not (c.kind == "verb" and c.start > colon and W["gerund"].fullmatch(s, c.start, c.end)
                                            and re.search(r",\s*$", s[colon:c.start]))]
        # (the item's own figures take its bracket too: '58 — schools closed, "about 19,000" pupils without classes
        # [education authority]', "9 — of those 23, second homes [mayor]")
        if mentions and not in_title and nl > 0 \
                and mentions[0].end <= nl \
                and all(c.kind == "bracket" and c.start > nl for c in cues) \
                and not W["paired_link"].search(s, 0, nl) and (bare := bare_source(s[nl + 1:], code)) \
                and (at := s.rfind(bare, nl)) >= 0:  # (its bracket's, not the item's words: "vols Aérovela … [Aérovela]")
            # "About 900 → 2,400 → 3,100" / "People rescued, civil protection service, Monday to Wednesday": the body
            # the item names bare is the source of the figures above it (its brackets too: « 9 500, puis 38 500 /
            # Personnes évacuées depuis le 9 mai [SDPC, lun. 9, dim. 15] », not the day's figure before them)
            cues = [Cue("source", at, at + len(bare), bare, True)]
        if mentions and not cues and _ASKED.search(s) and not _QUOTE_MARK.search(s) and (
                len(s.split()) <= 8 or not in_title and not speaking[0] and not addressed[0]):
            # "D'où peut venir le chiffre de 27 ?": the writer's question asserts no figure; nor does anyone's short
            # one ("Twenty-seven?", « Vingt-six maisons ? », "45,000 marchers or 11,500?": a figure asked back)
            mentions = []
        # a figure inside a quote whose speaker is named later (or in its introduction)
        # (a sentence with no figure too: who "Nos fonctionnaires comptent" is matters to the "il" after it)
        at = mentions[0].start if mentions else cues[0].start if cues else None
        quote = inside_quote(quotes, a + at, b) if at is not None and not in_title else None
        if quote is None and at is not None and not in_title and text is doc.text:
            # "« … 22 patients … » Le directeur, X, n'a pas caché": a quote the sentence splitter left glued
            # to the sentence naming its speaker
            glued = inside_quote(quotes, a + at, a + at)
            # (or the end of a quote begun sentences before: « … Nos équipes ont distribué 1 800 couvertures »,
            # a-t-il déclaré — the one speaker of the whole quote)
            if glued and glued[1] < b and (doc.text[glued[1] + 1:b].lstrip()[:1].isupper() or glued[0] < a):
                quote = glued
        voice = quote_speaker(quote) if quote else []
        author_line = ""
        if not voice and not in_title and text is doc.text and mentions \
                and not box_head \
                and (quoted := [m for m in mentions if inside_quote(quotes, a + m.start, a + m.start)]):
            # (not a numbers box's head, whose quoted figures are sides like the others: '"About 1,200", then 1,650 v
            # "more than 4,000" — tonnes burned [firm …; campaigners …]')
            voice, author_line = claim_author(a, b)  # ('« Au moins 20 morts » – VRAI' / « Qui l'a dit ? La Croix-Rouge »)
            if voice:  # (the claim is what the heading quotes: not the number of its item, 'CLAIM 3 – "…"')
                mentions = quoted
        labelled = False
        if not voice and speaking[0] and not in_title:
            # an interview's answer: the speaker its label names ("Okonjo: We opened 23")
            voice, labelled = label_actors(speaking[0]), True
        dated = dates_in(s, code, state.today or doc.published, state.told, issued=doc.published)
        if author_line and not dated:
            # "Who said it: SYNAMET, on Wednesday": when the claim was made, for a quoted heading that gives no day
            dated = [(len(s), day) for _, day in dates_in(author_line, code, state.today or doc.published,
                                                          issued=doc.published)[:1]]
        state.told = dated[-1][1] if dated else state.told
        found = with_territories(not_outlet(places.find(s, islands=islands)), s, context.jurisdictions)
        # ("Dans le Val-d'Ormoy, 3 200 évacués, selon la préfecture": that place's prefecture, not the last one named)
        state.here = tuple(fold(r.name) for r in found if r.level in ("city", "region")) if not in_title else ()
        cue_actors, local = {}, []
        # (in a quote, "Nos fonctionnaires comptent", "Our workers tell us": the speaker's people)
        first_person = [c for c in cues if is_first_person(c.phrase) or (
            (quote or speaking[0] or _QUOTE_MARK.search(s, 0, c.start))
            # (the phrase with the relative clause its cue cut off: « selon les appels que nous recevons »)
            and (ours.match(c.phrase) or ours.match(s[max(c.start, s.find(c.phrase, c.start)):c.end]))
            and not own.match(c.phrase))]
        deferred = {id(c) for c in first_person}
        for c in cues:
            if id(c) in deferred:
                continue
            if _OWNED_MANAGEMENT.fullmatch(c.phrase.strip()) and not in_title and (
                    owner := [a for a in opening_subject(s, code, g) if a.kind != "person"] or list(local)
                    or _acting_owner(s, code, c.start, state, L, g)):
                cue_actors[id(c)] = owner  # "Le centre hospitalier … a accueilli 26 patients, selon sa direction"
                continue
            if c.kind == "verb" and not local and not in_title and c.phrase.strip().lower() in L.SUBJECT_PRONOUNS \
                    and (front := fronted_subject(s, code, s.rfind(c.phrase, 0, c.start))) \
                    and (fronted := [publisher] if own.match(front) else
                         actors_for(Cue("verb", 0, 0, front, True), state, code, L, g, in_title, ())):
                cue_actors[id(c)] = local = fronted  # "When an Examiner reporter visited the ward, she counted 27"
                continue
            if addressed[0] and not in_title and is_second_person(c.phrase):
                # "40 000 according to you", « vous dites 4 000 »: the interviewee's figure, as the question puts it
                cue_actors[id(c)] = local = label_actors(addressed[0])
                continue
            # "Le ministère ... , lorsqu'il avait fait état de": a pronoun looks back in its own sentence first,
            # but not into the quote it closes (« Le Crous ne compte que… », affirme-t-il: the one quoted)
            closes_quote = c.kind == "inverted" and re.search(r"[»”\"]\s*,?\s*$", s[max(0, c.start - 4):c.start])
            if c.kind == "inverted" and not closes_quote and not local and not in_title \
                    and (c.phrase.strip().lower() in L.SUBJECT_PRONOUNS or is_reference(c.phrase, L)
                         or same_body_head(c.phrase)) and mentions \
                    and (opened := clause_subject(s, code, min(c.start, mentions[0].start))) \
                    and not is_first_person(opened.phrase) and not is_second_person(opened.phrase):
                # "La société Armor Collecte a commencé l'enlèvement …, indique-t-elle": the sentence's own subject
                opener = actors_for(opened, state, code, L, g, in_title, ())
                if opener and not names_nobody(opened.phrase, opener, g, L) and not is_reference(opened.phrase, L) \
                        and (_agrees(c.phrase, opened.phrase, opener, L) if c.phrase.strip().lower() in L.SUBJECT_PRONOUNS
                             else repeats_name(c.phrase, opener) or reference_fits(c.phrase, opener, L)
                             and _NAMED_SUBJECT.search(opened.phrase)):
                    cue_actors[id(c)] = local = opener
                    continue
            if c.kind == "inverted" and not closes_quote and not local and not in_title and own_spokesperson(c.phrase) \
                    and (owners := _bodies_named(s[:c.start], code, g, state)):
                # "The Karvalian Red Crescent set up 2 camps …, its spokesman said": the body the sentence named first
                cue_actors[id(c)] = local = owners[:1]
                continue
            if c.kind == "verb" and not local and not in_title and W["spokesperson_alone"].fullmatch(c.phrase.strip()) \
                    and (site := W["body_site"].match(s[:s.rfind(c.phrase.strip(), 0, c.start)])) \
                    and AGENTIVE.search(site.group("np")) \
                    and (owners := actors_for(Cue("verb", 0, 0, site.group("np"), True), state, code, L, g, False, ())):
                # "At Hollinshire General Hospital, a spokesperson says 9 people have been treated": the body whose
                # site the sentence opens with speaks, not the last one heard
                cue_actors[id(c)] = local = owners
                continue
            if not local and not in_title and (
                    c.kind == "inverted" and not closes_quote and c.phrase.strip().lower() not in L.SUBJECT_PRONOUNS
                    and is_reference(c.phrase, L) or c.kind == "source" and not c.forward and names_a_kind(c.phrase, L)) \
                    and (before := _bodies_named(s[:c.start], code, g, state)) and reference_fits(c.phrase, before[-1:], L):
                # "3,400 patients were treated by MSF in its centres, the organisation said", « La caisse de grève de
                # la CGT a reçu 212 dons, selon le syndicat » (a reference that says its kind): the body this
                # sentence named, not the last one that spoke
                cue_actors[id(c)] = local = before[-1:]
                continue
            if not local and not in_title and c.kind in ("source", "inverted") and not c.forward and not closes_quote \
                    and (ref := definite_reference(c.phrase, L)) and ref.lower() not in L.PRONOUNS \
                    and (opener := opening_body(s[:c.start], ref)) \
                    and all(fold(a.name) in fold(ref) for a in actors_for(c, state, code, L, g, in_title, ())):
                # « Le Samu a dû réorienter 14 ambulances …, selon un communiqué du service »: the body the sentence
                # opened with, whatever its name says it is, when no body heard before is the one meant
                cue_actors[id(c)] = local = opener
                continue
            if c.kind == "verb" and not closes_quote and not local and not in_title \
                    and c.phrase.strip().lower() in L.SUBJECT_PRONOUNS \
                    and re.search(r"[:;]\s*$", s[:(at := s.rfind(c.phrase.strip(), 0, c.start))]):
                # a pronoun after a colon, not the last one that spoke: « La préfecture conteste ce chiffre : elle a
                # compté 4 500 tracteurs » (the subject the sentence opened with), "Un mot de l'ARS, que nous avons
                # sollicitée : elle indique …" (the body named before the colon)
                if (opener := opening_subject(s[:at], code, g)) and _agrees(c.phrase, opener[0].name, opener, L):
                    cue_actors[id(c)] = local = opener
                    continue
                if (before := _bodies_named(s[:at], code, g, state) or _body_nouns(s[:at], code, g)) \
                        and reference_fits(c.phrase, before[-1:], L):
                    cue_actors[id(c)] = local = before[-1:]
                    continue
            if c.kind == "verb" and not closes_quote and not local and not in_title \
                    and c.phrase.strip().lower() in L.SUBJECT_PRONOUNS \
                    and _JOINED_CLAUSE.search(s[:(at := s.rfind(c.phrase.strip(), 0, c.start))]) \
                    and (opener := opening_body(s[:at], c.phrase)):
                # « La gendarmerie a engagé 120 gendarmes, et elle me signale que 9 personnes … »: the body the sentence
                # opened with, even in a speaker's answer (the speaker would say "je", "nous")
                cue_actors[id(c)] = local = opener
                continue
            if c.kind == "source" and not closes_quote and not local and not in_title \
                    and c.phrase.strip().lower() in L.PRONOUNS and re.search(r"[:;]\s*$", s[:c.start]) \
                    and (opener := opening_subject(s[:c.start], code, g)) and reference_fits(c.phrase, opener, L):
                # « Le syndicat des maraîchers conteste le décompte de la chambre : selon lui, « plus de 1 500 » »: the
                # sentence's subject, not the last one that spoke nor the body it contests
                cue_actors[id(c)] = local = opener
                continue
            if not c.forward and not closes_quote and not local and not in_title and c.kind in ("verb", "source", "inverted") \
                    and any(m.end <= c.start for m in mentions) \
                    and (opener := redescribed_opener(c.phrase, s[:s.rfind(c.phrase.strip(), 0, c.end)], code, g, L)):
                # "St John Ambulance volunteers treated 4 people …, the charity said": the body the sentence opened with
                cue_actors[id(c)] = local = opener
                continue
            cue_actors[id(c)] = actors_for(c, state, code, L, g, in_title, () if closes_quote else local,
                                           continuing=bool(going_on.search(s, max(0, c.start - 30), c.end + 30)))
            if participants and not in_title and c.phrase.strip().lower() not in L.PRONOUNS and is_reference(c.phrase, L) \
                    and any(a.kind == "person" and fold(a.name) in participants for a in cue_actors[id(c)]):
                # "INGEBORG AMADI-RAUTIO: … The governor says more than 500 houses": a role a transcript's speaker
                # names is someone not at the table (they would say "I", "you"); the role as written
                cue_actors[id(c)] = g.resolve(c.phrase, code)
            if c.kind == "verb" and not in_title and W["has_counts"].match(s, c.start) \
                    and _bare_name(c.phrase) in place_names():
                # « Dans le détail, le Lassou compte 4 310 cas et 81 décès », « L'Aubrelle compte 3 800 exploitations »: a
                # place that "counts" cases or farms has them, it gives no figure
                cue_actors[id(c)] = list(local)
                continue
            if c.kind == "verb" and names_nobody(c.phrase, cue_actors[id(c)], g, L) and not ownerless_document(c.phrase, code):
                # "the Americas as a whole had reported", "auxquels s'ajoutent", "les rames comptent":
                # the figure belongs to the speaker before, if any, not to this subject
                cue_actors[id(c)] = list(local)
            if c.kind in ("verb", "inverted", "source") and cue_actors[id(c)] and not is_reference(c.phrase, L):
                local = cue_actors[id(c)]
        if any(c.kind == "inverted" and cue_actors.get(id(c)) for c in cues):
            for c in cues:
                if c.kind == "verb" and cue_actors.get(id(c)) and names_nobody(c.phrase[:1].lower() + c.phrase[1:],
                                                                                cue_actors[id(c)], g, L, documents=True):
                    # "Aerial surveys found 300 homes destroyed, the governor said": the speaker, not the survey
                    cue_actors[id(c)] = []
                elif c.kind == "verb" and (fold(c.phrase) in topic_names or in_dateline(c.phrase)):
                    # "Pedra Branca do Oeste registers 4.812 cases, informs SMS": the town the article is about
                    # (a known place, or its dateline "PEDRA BRANCA DO OESTE, 18 of March") is where it is
                    # counted, the one informing is who counts
                    cue_actors[id(c)] = []
        relayed = []
        for c in cues:
            at = s.rfind(c.phrase, 0, c.start) if c.kind == "verb" and cue_actors.get(id(c)) else -1
            if at >= 0 and (quoting := _words(code)["quoting_figures"].search(s, at + len(c.phrase), c.start)):
                # "The council, quoting UKHSA's figures, said 26 people were ill": the figures it quotes are their
                # owner's, as a figure relayed by a second source is, up to where its own clause starts again
                # ("…, and that 27 airlines had been hit")
                owner = Cue("source", c.end, c.end, quoting.group("np"), True)
                if (whose := actors_for(owner, state, code, L, g, in_title, ())) and not names_nobody(owner.phrase, whose, g, L):
                    relayed.append(owner)
                    cue_actors[id(owner)] = whose
                    if own_again := _words(code)["next_reported"].search(s, c.end):
                        back = Cue("verb", own_again.end(), own_again.end(), c.phrase, True)
                        relayed.append(back)
                        cue_actors[id(back)] = cue_actors[id(c)]
        cues = sorted([*cues, *relayed], key=lambda c: c.start) if relayed else cues
        for c in cues:
            # "By our tally", "notre journaliste a compté": the outlet's own figure, outside any quote
            # (« Nos équipes ont compté 1 800 passagers », a-t-il déclaré: the speaker's teams); in an answer or a
            # quote, "D'après notre enquête, 130 …", "our staff estimate about 60" are the speaker's
            if voice and c.kind in ("source", "verb") and (own.match(c.phrase) or own_lead.match(s[c.start:c.end])):
                cue_actors[id(c)] = list(voice)
            elif not voice and own.match(c.phrase) and not _QUOTE_MARK.search(s, 0, c.start):
                cue_actors[id(c)] = [publisher]
        if mentions and (speaking[0] and this_outlet.match(s) if voice else own_lead.match(s)):
            # "By our tally of the hospitals' statements, 52 …", "Our reporter, outside the stadium, counted 14"; a
            # host in a transcript too: "This programme rang 40 pharmacies, and 29 of them …" is the outlet's
            carrier = Cue("source", 0, 0, publisher.name, True)
            cues = [carrier]
            cue_actors = {id(carrier): [publisher]}
        last = [c for c in cues if c.kind == "inverted" and cue_actors.get(id(c)) and mentions
                and c.start >= mentions[-1].end and _CLOSING.fullmatch(s, c.end)]
        if last:
            # "Survivors told aid workers that 140 were on board, an IOM spokesperson said": the one who
            # tells the press speaks for the whole sentence, over the people it quotes
            for c in cues:
                if c.kind == "verb" and c.end <= mentions[0].start and cue_actors.get(id(c)) and _COMMON_GROUP.match(c.phrase) \
                        and relay.search(s, c.start, mentions[0].start):
                    cue_actors[id(c)] = []
        named_after = [c for c in cues if c.kind == "inverted" and cue_actors.get(id(c)) and mentions
                       and c.start >= mentions[-1].end and not is_reference(c.phrase, L)]
        if named_after:
            for c in cues:
                if c.kind == "verb" and c.start < mentions[-1].end and (
                        c.phrase.strip().lower() in L.PRONOUNS
                        or c.phrase.split(maxsplit=1)[0].lower() in L.ORGANISATION_POSSESSIVES):
                    # "…, elle ne compte que 400 policiers, a reconnu le gouvernement du Kenya": the one named
                    # after the figures tells it, whatever "elle" points to; "Its volunteers counted 1,150 dead
                    # birds, the trust said": the owner, named after them
                    cue_actors[id(c)] = []
        fronted = [c for c in cues if c.kind == "source" and c.start <= 3 and cue_actors.get(id(c))
                   and _THEN_COMMA.match(s, c.end)]
        if fronted:
            # "Selon un rapport de l'Institut, l'armée compte 38 000 militaires": the fronted source tells it all
            clause_end = s.find(";", fronted[0].end)  # "…; la direction en comptait 700": a new clause, a new source
            clause_end = len(s) if clause_end < 0 else clause_end
            for c in cues:
                if c.kind == "verb" and fronted[0].end < c.start < clause_end:
                    at = s.rfind(c.phrase, fronted[0].end, c.start)
                    if at > 0 and (_JOINED_CLAUSE.search(s, 0, at) or _CONTRASTED_CLAUSE.search(s, 0, at)) \
                            and any(fronted[0].end < m.start < at for m in mentions):
                        continue  # "According to X, 9 were taken to hospital, and Harnley General says it treated 12"
                    if _words(code)["relaying"].search(s[c.start:c.end]) and c.phrase.strip().lower() not in L.PRONOUNS \
                            and not _DOCUMENT_SOURCE.match(s, fronted[0].start, fronted[0].end):
                        continue  # « Selon lui, la préfecture a recensé 300 sinistrés »: a figure he relays is hers
                    cue_actors[id(c)] = []
        quoted = [cue_actors[id(c)] for c in cues if id(c) not in deferred and c.kind in ("verb", "inverted")
                  and cue_actors[id(c)] and not is_reference(c.phrase, L)]
        for c in first_person:
            cue_actors[id(c)] = voice or (quoted[-1] if quoted else ([] if in_title else list(state.speakers)))
            if not voice and not quoted and not in_title and quote is None and not state.heading \
                    and state.speakers_para != paragraph[0] and not _QUOTE_MARK.search(s, 0, c.start) \
                    and _words(code)["outlet_inquiry"].search(s, max(0, c.start - 25), c.end + 25):
                # "we counted 38 people in one frame": out of any quote, in a paragraph no one was heard in,
                # the newsroom checking a figure (a quote after it is what it found: 'we found 27 accounts
                # repeating the "300 dead" figure')
                cue_actors[id(c)] = [publisher]
        if mentions and not in_title and not any(cue_actors.get(id(c)) for c in cues):
            # nobody named in the sentence: the quote's speaker, else a subject that does what is counted
            # ("Le SDIS a engagé 90 sapeurs-pompiers", "The utility deployed 1,200 crews"), else the heading
            # of the live entry, else the voice of the sentence before
            # (a speaker's turn that tells what a body did, "REPORTER: The police have closed 5 roads", « l'inspection
            # du travail a dressé 7 procès-verbaux », gives the body's count; not where a verb or a source of the
            # sentence tells it, even one no actor was found for; "We closed 5 roads" stays the speaker's)
            may_act = not voice or labelled and not any(c.kind in ("verb", "source", "inverted") for c in cues)
            acting, acting_actors = acting_in(s, 0, mentions[0].start, local, in_title) if may_act else (None, [])
            if acting is not None and voice and (_speakers_own(code).search(acting.phrase) or not acting_actors
                                                 or {a.id for a in acting_actors} & {a.id for a in voice}):
                acting, acting_actors = None, []
            # (a day of the figure it is set against is no day of its own: "21, contre 17 morts mardi")
            compared = next((m.start for m in mentions if _words(code)["previous_value"].search(s, max(0, m.start - 30), m.start)),
                            len(s))
            carried = (voice if acting is None else []) or (state.heading if acting is None else []) or (
                # the sentence right after an attributed one, in the same paragraph, goes on in the same voice,
                # unless it names someone else or is dated on its own (background: "En 2022, une mutinerie avait fait…")
                state.speakers if acting is None and state.speakers_at == state.sentence
                and paragraph[0] == state.speakers_para
                and not named(s, code, g) and not g.find(s) and not _YEAR.search(s)
                and not any(d[0] < compared and ((state.today or doc.published) - d[1]).days > 7 for d in dated)
                and not then.search(s) else [])
            if carried and not voice and not state.heading and all(m.qualifier == "vague" for m in mentions):
                # "Des dizaines de voisins sont venus prêter main-forte", after a speaker: the scene the
                # reporter describes, not the speaker's count carried on
                mentions, carried = [], []
            if mentions and not carried and not voice and acting is None and quote is None and not in_title \
                    and _words(code)["outlet_inquiry"].search(s, 0, mentions[0].start) \
                    and state.speakers_para != paragraph[0] and not _QUOTE_MARK.search(s, 0, mentions[0].start) \
                    and not _words(code)["negated_subject"].match(s.lstrip()):
                # "Nous avons aussi appelé 9 garages : 6 disent …": the newsroom's own inquiry counts what it reached
                # (not "Nobody we spoke to has put the figure near 200")
                carried = [publisher]
            if carried:
                carrier = Cue("verb", 0, 0, carried[0].name, True)
                cues = [carrier, *cues]
                cue_actors[id(carrier)] = list(carried)
            elif acting is not None:
                later = later_actions(s, acting, mentions, local, in_title)
                cues = sorted([*cues, acting, *(c for c, _ in later)], key=lambda c: c.start)
                cue_actors[id(acting)] = acting_actors
                cue_actors.update({id(c): whose for c, whose in later})
        if dated and (first := PAT['first_day'].search(s)) and not in_title:
            # "1,900 on Tuesday, the first day of the stoppage": remember which day was the first
            state.first_day = nearest_date(list(dated), first.start())
        named_places = [r for r in found if r.level in ("site", "city", "region")] if not in_title else []
        # "Aucune source n'avance le chiffre d'un million", "No school has closed": a subject that denies names no one,
        # and what it denies up to the clause's end is nobody's figure
        denying = [c for c in cues if c.kind in ("verb", "source", "action") and (
            _words(code)["negated_subject"].match(c.phrase.strip()) or c.kind == "verb"
            and _words(code)["negated_subject"].match(re.split(r"[.;:!?«»“”\"]", s[:c.start])[-1].strip()))]
        for c in denying:
            cue_actors[id(c)] = []
        if mentions:
            # (a numbers box's head parts its figures' days with semicolons, not clauses: "2 700, puis 4 900 [sam. 13] ;
            # 7 800 [lun. 15]" / "Personnes arrivées … [préfecture]")
            head_end = nl if box_head else 0
            governing = assign([c for c in cues if cue_actors[id(c)]], [m.start for m in mentions],
                               sorted([b.start() for b in _SEMICOLON.finditer(s) if b.start() >= head_end]
                                      + subordinate_breaks(s, cues, code)),
                               # (a headline, or a line without a sentence's end: "Toll rises to 48, governor says
                               # more than 70 dead in Zelmara")
                               s if in_title or not re.search(r"[.!?…»”\"]\s*$", s) else None, text=s)
            if len(mentions) >= 2 and not in_title and (listed := _names_listed(s, mentions, cues, code)):
                # "11 500, 30 000 à 35 000, 45 000 / …, selon la préfecture de police, le SACR et la FGC": one
                # name for each figure, in their order
                listed_actors = [(c, actors_for(c, state, code, L, g, in_title, local)) for c in listed]
                if all(whose and not names_nobody(c.phrase, whose, g, L) for c, whose in listed_actors):
                    cues = sorted({id(c): c for c in (*cues, *listed)}.values(), key=lambda c: c.start)
                    cue_actors.update({id(c): whose for c, whose in listed_actors})
                    governing = listed
            if len(mentions) > 2 and not in_title and (versus := _versus_name(s, mentions, cues, code)) is not None \
                    and (whose := actors_for(versus, state, code, L, g, in_title, local)) \
                    and not names_nobody(versus.phrase, whose, g, L):
                # '180, 243 v "at least 300"' / "… according to the ADCI (…), against OCHA on Sunday 14": the
                # second side's source, named after the link alone
                cues = sorted([*cues, versus], key=lambda c: c.start)
                cue_actors[id(versus)] = whose
            told_by = [c for c in cues if cue_actors[id(c)]]
            paired = _respectively(s, mentions, told_by, code)
            if paired is None and nl > 0 and 2 <= (k := sum(m.end <= nl for m in mentions)) < len(mentions) \
                    and (on_head := _respectively(s, mentions[:k], told_by, code)):
                # "« Une quinzaine » contre 23, puis 31" / « Les blessés lundi 9 selon la préfecture et selon le CDSP, …,
                # dont 6 graves »: the head's figures in turn, the item's own figures as they were read
                paired = on_head + governing[k:]
            governing = paired or governing
            # "Can your figures tell us whether 412,000 or 1.1 million is right?", « 11 morts… et on nous dit encore de
            # prendre la route ? »: a figure asked about is nobody's claim (still read, for what the next ones count)
            question = s.rstrip(" »”\"'\n").endswith("?")
            for k, m in enumerate(mentions):
                if not in_title and (owned := figure_owner(s, m.start, m.end, code)):
                    key = "owner" if owned.group("owner") else "person"
                    echo = Cue("source", owned.start(key), owned.end(key), owned.group(key), True)
                    if (whose := actors_for(echo, state, code, L, g, in_title, ())) and \
                            not names_nobody(echo.phrase, whose, g, L):
                        governing[k], cue_actors[id(echo)] = echo, whose
                        echoed.add((a, m.value, m.lower, m.upper))
                c = governing[k]
                if c is not None and c.kind == "verb" and m.text.strip() and m.text.strip() in c.phrase:
                    at = s.rfind(c.phrase, 0, c.start)
                    if 0 <= at <= m.start < at + len(c.phrase):
                        # "A dozen families told our volunteers …": what is counted is no source of its own count
                        governing[k] = None
                        if voice:  # (in a quote or an interview's answer: its speaker's)
                            governing[k] = Cue("verb", 0, 0, voice[0].name, True)
                            cue_actors[id(governing[k])] = list(voice)
                if membership.search(s, max(0, m.start - 60), m.start) and not in_title:
                    # "The Growers' Association, which represents 112 growers, says": the article's background
                    governing[k] = Cue("source", 0, 0, publisher.name, True)
                    cue_actors[id(governing[k])] = [publisher]
                    continue
                if (c := governing[k]) is not None and c.kind == "source" and c.start >= m.end \
                        and W["indefinite_lead"].match(c.phrase) and ownerless_document(c.phrase, code) \
                        and (acting := acting_in(s, _clause(s, m)[0], m.start, local, in_title))[0] is not None:
                    # "Prosecutors have identified 14 suspects, according to a statement released on Sunday": the
                    # statement of the body whose act the clause tells, not of whoever spoke last
                    governing[k] = acting[0]
                    cue_actors[id(acting[0])] = acting[1]
                if governing[k] is None:
                    # a figure no cue governs: the subject of its own clause's action ("The prefecture
                    # requisitioned 14 workers; the CGT says 21"), if that subject counts its own work
                    acting, actors = acting_in(s, _clause(s, m)[0], m.start, local, in_title)
                    if acting is not None:
                        governing[k] = acting
                        cue_actors[id(acting)] = actors
                    elif voice and not any(c.start < m.start and c.kind in ("verb", "source") and not is_first_person(c.phrase)
                                           for c in cues):
                        # "Au niveau national, nous comptons plus de 5 000, parce que le ministère ne compte pas…": in
                        # a quote or an answer, a figure no one else's cue reaches is its speaker's (not when someone
                        # else speaks before it: "The parents' council, the CNPE, said nearly two million")
                        governing[k] = Cue("verb", 0, 0, voice[0].name, True)
                        cue_actors[id(governing[k])] = list(voice)
            refs = found
            there = PAT['there'].search(s)
            if there and _where_spoken(s, there.start()):
                there = None  # "told a news conference in the capital": where they spoke
            town = next((r for r in reversed(found) if r.start < there.start() and r.level in ("city", "site")), None) \
                if there else None
            if there and capital is not None and PAT['capital'].fullmatch(there.group()):
                town = capital  # « dans la capitale »: the town the page called the capital
            if town is not None:
                # "Le maire de Valdoro affirme que l'ensemble de la commune, soit 2 300 habitants": the town named before
                refs = sorted([*refs, PlaceRef(town.id, town.name, town.level, there.start(), town.parent)], key=lambda r: r.start)
            elif state.place is not None and there:
                # "450 grévistes sur le site", "la CGT y revendiquait 330": the place of the sentence before
                at = there.start()
                refs = sorted([*refs, PlaceRef(state.place.id, state.place.name, state.place.level, at, state.place.parent)],
                              key=lambda r: r.start)
            in_region = PAT['there_region'].search(s)
            if in_region and not _where_spoken(s, in_region.start()):
                # "3,900 cases in the province", « dans la province »: the last province named, here or before
                region = next((r for r in reversed(found) if r.start < in_region.start() and r.level == "region"),
                              state.region)
                if region is not None:
                    refs = sorted([*refs, PlaceRef(region.id, region.name, region.level, in_region.start(), region.parent)],
                                  key=lambda r: r.start)
            hedged = bool(hedge_rx.search(s))
            starts = [r.start for r in refs]
            raw = text[a:b]  # (one copy of the sentence for all its figures)
            said_here = []  # (where its figure ends, claim) of this sentence's claims so far
            for k, (m, cue) in enumerate(zip(mentions, governing)):
                if any(n.end <= m.start and (cue is None or cue.start < n.start) and not re.search(r"[.:;!?]", s[n.end:m.start])
                       for n in denying):
                    continue
                until = mentions[k + 1].start if k + 1 < len(mentions) else len(s)
                since = mentions[k - 1].end if k else 0
                # a figure's place is named between the figures around it: only those places are read
                lo = bisect.bisect_left(starts, since)
                towns_before = [r for r in refs[max(0, lo - 3):lo] if r.level in ("city", "site")]
                after_next = mentions[k + 2].start if k + 2 < len(mentions) else len(s)
                at_next = bisect.bisect_left(starts, until)
                where = (refs[lo:at_next], since, until, context, towns_before[-1] if towns_before else None,
                         refs[at_next:bisect.bisect_left(starts, after_next)], refs[at_next:])
                claim = _claim(doc, s, m, cue, cue_actors.get(id(cue)) if cue else None, state, code, g,
                               hedged, backref, publisher, raw, offset, a, b, where, dated)
                if claim is not None and not in_title and daily.get(m.start, claim.as_of) != claim.as_of:
                    claim = replace(claim, as_of=daily[m.start], quantity_id="", id="")
                if claim is not None and said_here and W["corrected_to"].search(s, max(0, m.start - 40), m.start) \
                        and said_here[-1][1].claimants != claim.claimants \
                        and not any(said_here[-1][0] < c.start < m.start and tuple(cue_actors.get(id(c)) or ())
                                    != said_here[-1][1].claimants for c in cues):
                    # "59,000 for the police, corrected to 61,500 the next morning": the police's, revised
                    claim = replace(claim, claimants=said_here[-1][1].claimants, id="")
                if claim is not None and said_here and W["corrected_it"] is not None \
                        and W["corrected_it"].search(s, max(0, m.start - 60), m.start) \
                        and said_here[-1][1].claimants == claim.claimants and said_here[-1][1].as_of != claim.as_of:
                    # « annoncé 6 200 grévistes lundi, puis l'a corrigé mardi à 7 100 »: Monday's count, corrected
                    claim = replace(claim, as_of=said_here[-1][1].as_of, quantity_id="", id="")
                if claim is not None and (question or _restated(s, m, W)):
                    continue
                if claim is not None and not voice and _QUOTED_LINE.fullmatch(s) and claim.claimants == (publisher,):
                    continue  # 'Claim 1: "Over 10,000 people rallied"', « Plus de 40 morts »: a claim checked, not the outlet's
                if claim is not None and W["retracted"].search(s, 0, m.start):
                    continue  # "an earlier version of this article gave the toll as 16": a mistake withdrawn
                if claim is not None:
                    claims.append(claim)
                    said_here.append((m.end, claim))
        # (not a verb inside a quote with no figure, when one speaks outside it: "…, \"three times more than the
        # prefecture admits\"")
        told = [q.span() for q in _QUOTED_SPAN.finditer(s) if not any(q.start() <= m.start < q.end() for m in mentions)]
        # (and a document whose colon opens the sentence's figures: « Les chiffres de l'Agence de protection civile :
        # 412 000 évacués. 96 000 personnes sont hébergées … », its owner goes on)
        by = [c for c in cues if (c.kind in ("verb", "inverted", "source") or (c.kind == "possessive" or c.kind == "noun" and c.document)
                                  and c.forward and mentions and ":" in s[c.end:mentions[0].start]) and cue_actors[id(c)]]
        outside_quotes = [c for c in by if not any(lo < c.start < hi for lo, hi in told)]
        speakers = [cue_actors[id(c)] for c in (outside_quotes or by)]
        if quote is not None and voice:
            speakers = [voice]  # « Le Crous ne compte que… », affirme-t-il: who speaks is the quote's speaker
        heard = [cue_actors[id(c)] for c in cues if cue_actors.get(id(c))]
        if not in_title:
            # (not a part's place: « 1,2 million en France, dont 112 000 à Paris. La CGT revendique 3,5 millions »)
            whole_places = [r for r in named_places if not _part_place(s, r, mentions, _words(code))]
            state.place = whole_places[-1] if whole_places else (
                state.place if mentions and PAT['there'].search(s) and not named_places else None)
            state.region = next((r for r in reversed(named_places) if r.level == "region"), state.region)
            state.sentence += 1
            asked = _words(code)["how_many"].search(s)
            concept = L.COUNT_NOUNS.get(asked.group("noun").lower()) if asked else None
            if concept and not any(asked.start() < m.start for m in mentions):
                # "How many people were on board? … The coast guard said about 150, then 190. What is your
                # estimate?" — "About 200.": the figures after the question count what it asks for
                counted = Counted(asked.group("noun"), concept)
                window = asked.group("noun") + asked.group("rest")
                state.quantity = quantity_for(counted, window, s, code, g, None, (), context.population)
                state.counted, state.measured, state.counted_para, state.asked = counted, window, state.para, True
            if speakers:
                # (after a direct quote the next sentence is the reporter's again: no voice carried on)
                state.speakers, state.speakers_at = speakers[-1], state.sentence
                # (every source of the sentence has spoken: "2 300 contre 5 000 / … : la préfecture de la
                # Basse-Vérouze contre l'UMV", so « la préfecture » of the next item may be that one)
                spoke = [a for group in speakers for a in group]
                state.voices = [v for v in state.voices if v not in spoke] + list(dict.fromkeys(spoke))
                note_roles(state, s, spoke)
                state.speakers_para = -1 if _QUOTE_MARK.search(s) else paragraph[0]
                if dated:  # "X said on Friday. X said 1,500 ...": the next sentence keeps Friday
                    state.dated = (dated[-1][1], frozenset(a.id for a in speakers[-1]))
            if W["byline"].match(s):
                return heard  # "By Marigold Upjohn-Truchet | …": who wrote the page, no one "the governor" may be
            # (a body named inside a quote is what the speaker talks of: "Selon lui" after it is still the speaker)
            outside = s
            if quote is not None:
                lo, hi = max(0, quote[0] - a), max(0, min(len(s), quote[1] - a + 1))
                outside = s[:lo] + " " * (hi - lo) + s[hi:]
            seen = [*(opening_subject(s, code, g) if quote is None or quote[0] >= a else ()), *named(outside, code, g)]
            # (a document's owner is named: « Le ministère compte 520 malades » after « Le dernier bilan du ministère de
            # la Santé : 3 870 cas » is that ministry, not the document)
            seen += [actor for c in cues if c.document and any(f.start > c.start for f in mentions)
                     for actor in cue_actors.get(id(c)) or () if actor not in seen]   # (one that gives a figure here)
            note_roles(state, s, seen)
            note_descriptions(state, outside, seen)
            for actor in seen:
                if W["copula"].search(actor.name):
                    continue  # ("The additional men were employees of …": a clause, not a body "the company" may name)
                key = "person" if actor.kind == "person" else "organisation"
                state.mentioned[key] = (state.sentence, actor)
        return heard

    box: set[int] = set()  # evidence offsets of sentences in a "Key points" box
    verdict_lines: set[int] = set()  # evidence offsets of a fact-check's verdict lines on a quoted claim
    noted = [None, False]  # the paragraph being read, and whether it is a wire's update note
    paragraph = [-1]  # where the paragraph being read starts
    speaking = [""]  # the label of the interview answer being read
    addressed = [""]  # the label of the one the question being read asks
    for p, a, b in units:
        speaking[0], addressed[0] = p.speaker, p.addressee
        if p.opens_entry and a == p.body:
            # a live entry: its own speakers and places, nothing carried over from the entry before
            state.speakers, state.speakers_at, state.mentioned, state.place, state.dated = [], -1, {}, None, None
            state.heading, state.section_place, state.region = [], None, None
        if p.key_points:
            box.add(a)
        paragraph[0] = state.para = p.start
        if p.header and not p.entry:
            # "VALLANCOURT", "Port-Escaude": a recap's section heading that is a place the page names is where the
            # figures under it were counted; any other heading ("NATIONWIDE", "TRAINS") ends that section
            state.section_place = section_place(doc.text[a:b], doc.text, places) \
                if b - a <= 40 and not find_figures(doc.text[a:b], code) else None
        if p.header and (day := heading_day(doc.text[a:b], code, doc.published)) is not None:
            # "LUNDI 7 : LES CONVOIS", "TUESDAY 8: BLOCKADES": a recap's day section, whose counts are that day's
            state.today = state.section_day = day
            state.event_day = None
        if p.header and b - a <= 40 and not find_figures(doc.text[a:b], code):
            # "Mardi 18 novembre", "Tuesday 3 September": a live blog's day heading dates the entries under it
            day = dates_in(doc.text[a:b], code, doc.published)
            if day:
                state.today = day[0][1]
            heading = doc.text[a:b].strip(" \t:")
            if len(heading.split()) <= 3 and (counted := counted_after(" " + heading, code)).concept is not None \
                    and counted.phrase.lower() == heading.lower():
                # "Deaths", « Blessés »: a numbers box's section counts what it names, for figures with no noun
                state.quantity = quantity_for(counted, heading, heading, code, g, None, (), context.population)
                state.counted, state.measured, state.counted_para, state.asked = counted, heading, p.start, True
        if p is not noted[0]:  # (read once a paragraph)
            noted[:] = [p, W["update_note"].fullmatch(doc.text[p.start:p.end].strip()) is not None]
        if noted[1]:
            continue  # "(Adds WHO figures in paragraphs 5-7)": a wire's note on its own versions names no one's figure
        if W["verdict_line"].fullmatch(doc.text, a, b):
            verdict_lines.add(a)  # '"3,000 wheelchair users waiting": false.': a verdict on a quoted claim restates it
        memory = (dict(state.mentioned), state.speakers, state.speakers_at, state.speakers_para)
        heard = read(doc.text, a, b, 0, False)
        if p.header and not p.entry and not doc.text[a:b].rstrip().endswith(":"):
            # "Grève à l'hôpital : soignants et direction ne donnent pas les mêmes chiffres": a headline or an
            # intertitle sums up; nobody in it is the "elle" or "il" of the paragraph under it
            state.mentioned, state.speakers, state.speakers_at, state.speakers_para = memory
        if p.header and not p.key_points and (p.entry or doc.text[a:b].rstrip().endswith(":")):
            # "Premier bilan des pompiers :", "Council says 2,500 evacuated": the heading speaks for the entry
            state.heading = list(heard[-1]) if heard else named(doc.text[a:b], code, g)[:1]
    first_line = next((doc.text[a:b] for a, b in segments), "")
    if doc.title and " ".join(doc.title.split()) != " ".join(first_line.split()):
        state.speakers = []
        read(doc.title, 0, len(doc.title), None, True)
    country = next((r.id for r in context.places if r.level == "country"), None)
    claims = _attributed_after(claims, doc.text, code, g, publisher)
    claims = unify_bodies(claims, doc.text, code, g, country, publisher)
    claims = _revised_heading_sources(claims, doc.text, code, publisher)
    if echoed:
        # an echo of a figure its owner already gave in the article adds nothing (matched once the owner's names,
        # "agence régionale de santé" and "ARS", are one body)
        key = lambda c: (c.start, c.figure.value, c.figure.lower, c.figure.upper)  # noqa: E731
        # (and a person's figure named by title and surname: « Les 186 de Mme Rouquette » after Nadège Rouquette's)
        given = {(x.id, key(c)[1:]) for c in claims if key(c) not in echoed for x in c.claimants}
        given |= {(x_id.rpartition("-")[2], told) for x_id, told in list(given)}
        claims = [c for c in claims if key(c) not in echoed
                  or not all((x.id, key(c)[1:]) in given for x in c.claimants)]
    # (unless the page names who made that claim: '« Au moins 180 écoles » – PLAUSIBLE' / « Qui l'a dit ? L'UNICEF »)
    claims = [c for c in claims if c.start not in verdict_lines or c.claimants != (publisher,)]
    if box:
        # a box of key points restates the body: its figures add nothing the body already gives
        told = {_told(c.figure) for c in claims if c.start not in box}
        claims = [c for c in claims if c.start not in box or _told(c.figure) not in told]
    return with_confidence(_without_echoes(_dedupe(claims), publisher), doc)


# "sur le site", "sur place", "y revendiquait", "there", "at the site": the place named just before
# concepts counted in units that may be fractional
_MEASURED = {"tonnes", "hectares", "acres", "km2", "barrels"}


#: What a hospital counts of its own: the injured and patients it took in
_HOSPITAL_PATIENTS = frozenset({"wounded", "injured", "patients", "hospitalisations"})
_STRIKERS = "strikers"  # the population of a strike count that names no one ("grévistes", "strikers")
_WORD = re.compile(r"[^\W\d_][\w'-]*")
_CLOSING = re.compile(r'[ .»”"]*')  # what may follow a sentence's last words (matched in place, not copied)


#: How far a figure's clause is looked for on either side (a semicolon ends it)
_CLAUSE_REACH = 400
_SEMICOLON = re.compile(";")


def _acting_owner(s: str, code: str, until: int, state: State, lang_data, g) -> list[Actor]:
    """The body the sentence opens with as the subject of its first auxiliary, whose management
    speaks: « Le CHU de Valbrune a accueilli 14 blessés, indique sa direction »."""
    opened = clause_subject(s, code, until)
    if opened is None:
        return []
    actors = actors_for(opened, state, code, lang_data, g, False, ())
    return [a for a in actors if a.kind != "person"] if acts_as_source(opened.phrase, actors, g) else []


def _agrees(pronoun: str, subject: str, actors, lang_data) -> bool:
    """Whether a pronoun may point to a subject: "she" to a person, "it" to a body, "il" and "elle" to
    one of them, not to "les pompiers"."""
    pronoun = pronoun.strip().lower()
    kinds = {a.kind for a in actors}
    if pronoun in lang_data.PERSON_PRONOUNS and kinds != {"person"}:
        return False
    if pronoun in lang_data.THING_PRONOUNS and "person" in kinds:
        return False
    head = subject.split()[-1]
    plural = bool(_PLURAL_SUBJECT.match(subject)) or (head[:1].islower() and head[-1:] in "sx")
    return plural == (pronoun in lang_data.PLURAL_PRONOUNS)


def _clause(s: str, m: Mention) -> tuple[int, int]:
    """Where the clause of the figure ``m`` starts and ends in ``s``: at the
    semicolons around it, looked for within a bounded reach (so that a long
    sentence of figures costs linear time)."""
    lo = s.rfind(";", max(0, m.start - _CLAUSE_REACH), m.start) + 1 or max(0, m.start - _CLAUSE_REACH)
    hi = s.find(";", m.end, m.end + _CLAUSE_REACH)
    return lo, hi if hi >= 0 else min(len(s), m.end + _CLAUSE_REACH)


#: How far before a figure "the number of people arrested during ... to 207" is looked for: the
#: noun it numbers, then up to 70 characters before the figure.
_NUMBER_OF_REACH = 110

#: How much text after a figure its counted noun is read from ("3 000 soldats
#: nord-coréens", "1 500 membres des forces spéciales"): a bound, so that the
#: work per figure does not grow with the sentence.
_AFTER_REACH = 300


# a body's proper name: two capitalised words or more, a name link between ("Office for Coordination"); not attribution's
# title chain, which runs through articles and coordinations ("MSF and the Red Cross" would be one name)
_BODY_NAME = re.compile(rf"(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+)(?:\s+(?:(?:{_lang.either(_lang.every('NAME_LINKS'))})\s+)?"
                        rf"(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+))+")


# a person's full name, or a given name alone as listeners and witnesses are named ("Rojda", « Ignace »)
_FULL_OR_GIVEN_NAME = rf"(?:{PROPER_NAME}|(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])[\w'’-]+)"


@functools.cache
def _name_after_and(code: str) -> re.Pattern:
    """A name after "and", before a comma: « Et Ignace, cheminot retraité : », "And Evan Hale, a retired driver:"."""
    return re.compile(rf"(?:{_lang.either(_lang.get(code).AND)})\s+(?P<name>{_FULL_OR_GIVEN_NAME})(?=\s*,)", re.I)


@functools.cache
def _writer(code: str) -> re.Pattern:
    """Who a message read out is from: « Un SMS de Rojda, … : », "And Evan, who writes from Aiguelonne:"."""
    L, name = _lang.get(code), _FULL_OR_GIVEN_NAME
    both = _lang.either(L.AND)
    return re.compile(rf"(?:^|(?<=[\s,.]))(?:{L.MESSAGE_FROM})(?P<name>{name})(?=\s*[,:])|"
                      rf"(?:^|(?<=[.!?»”\"]\s))(?:(?:{both})\s+)?(?!(?:{both})\s)(?P<name2>{name}),\s+(?:{L.WRITER_RELATIVE})"
                      rf"(?:(?<=\s)|(?![\w'-]))", re.I)


def _origin_name(np: str, lang_data) -> str:
    """The name "The figure comes from …", « Ce chiffre vient de … » gives, without its first determiner and its
    quotation marks.

    >>> from claimgraph.extract import lang
    >>> _origin_name('a post in the Facebook group "Angry Shepherds"', lang.get("en"))
    'post in the Facebook group Angry Shepherds'
    """
    return " ".join(strip_determiner(re.sub(r"[«»“”\"]", " ", as_name(np, lang_data))).split())


def _post_name(np: str, lang_data) -> str:
    """The post a fact-check's "Who said it" line describes, named by its words before what the line says of it and
    by its platform; "" when it names no platform.

    >>> from claimgraph.extract import lang
    >>> _post_name("a TikTok video posted on 2 October and viewed widely", lang.get("en"))
    'TikTok video'
    >>> _post_name("une vidéo publiée sur TikTok le 3 mai", lang.get("fr"))
    'vidéo TikTok'
    >>> _post_name("un message partagé 9 000 fois", lang.get("fr"))
    ''
    """
    platform = _PLATFORM_NAME.search(np)
    if platform is None:
        return ""
    cut = re.search(rf"(?<![\w'-])(?:{lang_data.POST_DESCRIPTION})|\d", np, re.I)
    words = strip_determiner(np[:cut.start() if cut else len(np)].strip(" ,")).split()
    if platform.group() not in words:
        words.append(platform.group())  # (the platform after what the line says: "vidéo publiée sur TikTok")
    return " ".join(words)


# a platform's name as written ("TikTok", "X"), in any language
_PLATFORM_NAME = re.compile(rf"(?<![\w'-])(?:{_lang.either(_PLATFORMS)})(?![\w'-])")


_NAME_THEN_COMMA = re.compile(rf"(?P<name>{PROPER_NAME})(?=\s*,)")   # "Fiona McAndrew, the managing director, …"
# "The company, Blenkinsop Foams, …", « La société, Vellor Chimie, … »: a body's noun, then its name in apposition
_APPOSED_NAME = re.compile(rf"(?:{_lang.either(_lang.every('DEFINITE_ARTICLES'))})\s*(?-i:[a-zà-ÿ-]+)(?:\s+(?-i:[a-zà-ÿ-]+))?"
                           rf",\s+(?P<name>{PROPER_NAME}),", re.I)


def _listed_days(s: str, mentions: list, code: str, published: dt.date | None) -> tuple[list, dict]:
    """The figures of a sentence, and the day of each figure of a list followed by a span of as many days (figure
    start -> day): "daily tolls of 2, 3, 5, 6 and 9 from Tuesday to Saturday". The list's last two figures are two,
    not a range ("6 and 9"); no such list: the figures as found and {}."""
    if published and (box := _box_days(s, mentions, code, published)):
        return mentions, box
    span = _DAY_SPAN[code].search(s) if _DAY_SPAN[code] is not None and published else None
    days = _DAY_LIST[code].search(s) if span is None and _DAY_LIST[code] is not None and published else None
    if days is not None:
        return mentions, _days_in_turn(s, mentions, days, code, published)
    before = [k for k, m in enumerate(mentions) if m.end <= span.start()] if span else []
    if not before:
        return mentions, {}
    k = before[-1]
    pair = _AND_PAIR[code].fullmatch(mentions[k].text) if mentions[k].qualifier == "range" else None
    if pair is not None and k > 0 and _LIST_GAP[code].fullmatch(s[mentions[k - 1].end:mentions[k].start]):
        m = mentions[k]
        mentions = [*mentions[:k], Mention(m.start, m.start + pair.end("a"), m.lower, None, None, "exact", pair.group("a")),
                    Mention(m.start + pair.start("b"), m.end, m.upper, None, None, "exact", pair.group("b")),
                    *mentions[k + 1:]]
        k += 1
    # (the list's noun may stand between it and the span: "2, 3 et 9 morts de mardi à jeudi")
    if not re.fullmatch(r"(?:\s+[^\W\d][\w'’-]*){0,3}\s*", s[mentions[k].end:span.start()]):
        return mentions, {}
    listed = [k]
    while listed[0] > 0 and _LIST_GAP[code].fullmatch(s[mentions[listed[0] - 1].end:mentions[listed[0]].start]):
        listed.insert(0, listed[0] - 1)
    first, last = (dates_in(span.group(w), code, published, issued=published) for w in ("a", "b"))
    if len(first) != 1 or len(last) != 1:
        return mentions, {}
    first, last = first[0][1], last[0][1]
    if first > last:
        first -= dt.timedelta(days=7)  # ("from Tuesday to Saturday" written on a Tuesday: last week's)
    if len(listed) != (last - first).days + 1 or len(listed) < 3:
        return mentions, {}
    return mentions, {mentions[k].start: first + dt.timedelta(days=i) for i, k in enumerate(listed)}


def _list_link(code: str) -> str:
    """What separates the items of a list: a comma, "and", ", and" (« 2, 3 et 9 », "Tuesday, Wednesday and Friday")."""
    both = _lang.either(_lang.get(code).AND)
    return rf",\s*|\s+(?:{both})\s+|,\s+(?:{both})\s+"


def _box_sides(s: str, mentions: list, colon: int, W) -> tuple[list, list] | None:
    """A numbers box's head figures grouped into the sides set against each other at each "v" / « contre », and its
    item (after ``colon``) cut into as many parts, one per side: "87, 142 v « nearly 170 »" / "…: the ARS on 11 and 18
    October, against the Health Ministry on the 19th". Sections after semicolons that set the same sides against
    each other again are read as those sides ("47 contre 41 ; 61 contre 58" / « … [ministère de la Santé contre
    DGPC] »). None when the sections are not such ("188; 209 v …") or the item does not name as many parts."""
    sections = [[[mentions[0]]]]
    for before, m in zip(mentions, mentions[1:]):
        gap = s[before.end:m.start]
        if ";" in gap:
            sections.append([[m]])
            continue
        if W["paired_figures"].fullmatch(gap):
            sections[-1].append([])
        elif not W["listed_figures"].fullmatch(gap):
            return None
        sections[-1][-1].append(m)
    if len(sections) > 1 and (len({len(sec) for sec in sections}) > 1 or len(sections[0]) < 2):
        return None  # ("188; 209 v …": sections, each its own)
    sides = [[m for sec in sections for m in sec[k]] for k in range(len(sections[0]))]
    item = s[colon + 1:].strip(" .;\n")
    parts = [item] if len(sides) == 1 else W["sides_separator"].split(item)
    if len(parts) != len(sides):
        # ("six for the mayor, Fernand Quirasset, four for the SDIS": each side opens with its figure in words; "the ARS
        # on 11 October, Travelling Doctors on the 12th": a comma before the next name)
        parts = [W["side_in_words"].sub("", part) for part in W["side_in_words_next"].split(item)] \
            if W["side_in_words"].match(item) else W["next_name"].split(item)
    if len(parts) == len(sides) > 1 == len(sections) and len(last := sides[-1]) > 1 \
            and all(W["and_figures"].fullmatch(s, a.end, b.start) for a, b in zip(last, last[1:])) \
            and len(named := W["and_names"].split(parts[-1])) == len(last) \
            and not any(W["day_word"].match(p.strip()) or re.match(r"\W*\d", p) for p in named):
        # "171 contre « près de 330 » et « plus de 300 »" / "[AHNA contre SNOP et FPAC]": the last side's figures
        # joined by "and" are sides of their own when its part names as many sources joined so (not the days of one
        # source: "[OIM, jeu. 18 et sam. 20]")
        sides, parts = sides[:-1] + [[m] for m in last], parts[:-1] + named
    return (sides, parts) if len(parts) == len(sides) else None


def _item_subsets(s: str, mentions: list, W) -> tuple[list, list]:
    """A numbers box's head figures and the figures its item gives as parts of them ("186, then 240 v …" / "…: the
    ALPC on Fri 8 and Sun 10, including 29 seriously injured; …"): (head, parts). ``mentions`` and no part when a
    figure of the item is not such a part."""
    nl = s.find("\n")
    head = [m for m in mentions if m.end <= nl]
    rest = mentions[len(head):]
    if not head or not rest or (colon := s.find(":", nl)) < 0 or any(
            m.start < colon or not W["item_subset"].search(s, max(colon, m.start - 40), m.start) for m in rest):
        return mentions, []
    return head, rest


def _own_day_brackets(head: str, mentions: list, code: str, published: dt.date) -> dict:
    """The day of each figure of a numbers box's head that gives its figures' days in brackets among them, one day to
    a bracket, for the figures since the bracket before (figure start -> day): « 2 700, puis 4 900 [sam. 13] ; 7 800
    [lun. 15] »."""
    out, since, W = {}, 0, _words(code)
    brackets = list(DAYS_BRACKET.finditer(head))
    for b in brackets:
        inside = b.group()[1:-1].strip()
        # (a weekday cut short is read as a date when capitalised; in a bracket of days alone, « sam. 13 » is one)
        days = dates_in(inside[:1].upper() + inside[1:], code, published, issued=published)
        listed = [m for m in mentions if since <= m.start < b.start()]
        if len(days) != 1 or not listed or re.search(r"[^\W\d]{3,}", W["day_word"].sub(" ", inside)):
            return {}  # (a source's name in the bracket, or two days: not such a head)
        out.update({m.start: days[0][1] for m in listed})
        since = b.end()
    return out if brackets and len(out) == sum(m.end <= len(head) for m in mentions) else {}


def _box_days(s: str, mentions: list, code: str, published: dt.date) -> dict:
    """The day of each figure of a numbers box's head when its item gives each side's days in turn (figure start ->
    day): "455, 682, 771 v « about 500 », then « more than 800 »" / "…: the Health Ministry on 11, 18 and 21 October;
    the WHO on the 13th and the 22nd". A side whose days are not as many as its figures, in order, gets none."""
    W = _words(code)
    mentions, subsets = _item_subsets(s, mentions, W)
    for m in subsets:  # (a part's figure is no day: "…, including 29 seriously injured")
        s = s[:m.start] + " " * (m.end - m.start) + s[m.end:]
    nl = s.find("\n")
    if nl > 0 and (own := _own_day_brackets(s[:nl], mentions, code, published)):
        return own
    colon = s.find(":", nl) if nl > 0 else -1
    if colon < 0 and nl > 0 and (bracket := DAYS_BRACKET.search(s, nl)):
        # « 9 500, 21 000, puis 38 500 / Personnes évacuées [SDPC, lun. 9, mar. 10, dim. 15] »: the item's bracket
        # gives the days, as its words after a colon would
        s, colon = s[:bracket.end() - 1], bracket.start()
    if colon < 0 or not mentions or any(m.end > nl for m in mentions) or not _figure_line(code).fullmatch(s, 0, nl) \
            or (boxed := _box_sides(s, mentions, colon, W)) is None:
        return {}
    out, at = {}, colon
    for side, part in zip(*boxed):
        at = s.find(part, at)
        whole = part
        part = W["since_day"].sub(" ", part)  # ("cases since 1 September": the count's start, no figure's day)
        days = [day_of_month(int(d), published) for d in W["day_number"].findall(part)]
        if (len(side) > 1 or len(boxed[0]) > 1) and len(days) == len(side) and None not in days and days == sorted(days):
            out.update({m.start: day for m, day in zip(side, days)})
            # (a part of the side's figure is of its last day)
            out.update({m.start: days[-1] for m in subsets if at <= m.start < at + len(whole)})
    return out




def _days_in_turn(s: str, mentions: list, days: re.Match, code: str, published: dt.date) -> dict:
    """The day of each figure of a list given with as many weekdays, in turn ("7, puis 11, puis 4" / « Les ports
    bloqués selon le ministère : lundi, mardi, vendredi »): figure start -> day, each day before the next."""
    listed = [m for m in mentions if m.end <= days.start()]
    words = re.findall(_lang.either(_lang.get(code).WEEKDAYS), days.group(), re.I)
    if len(listed) != len(words) or len(listed) < 2 or any(
            not _LIST_GAP[code].fullmatch(s[a.end:b.start]) for a, b in zip(listed, listed[1:])):
        return {}
    dated = [dates_in(w, code, published, issued=published) for w in words]
    if any(len(d) != 1 for d in dated):
        return {}
    out = [dated[-1][0][1]]
    for d in reversed(dated[:-1]):
        day = d[0][1]
        while day >= out[0]:
            day -= dt.timedelta(days=7)  # ("lundi, mardi, vendredi" in a recap of Monday the 20th: the 13th)
        out.insert(0, day)
    return {m.start: day for m, day in zip(listed, out)}


_DAY_LIST = {code: re.compile(rf"(?<![\w-]){_lang.either(L.WEEKDAYS)}(?:(?:{_list_link(code)}){_lang.either(L.WEEKDAYS)}"
                              rf"(?![\w-]))+", re.I)
             if L.WEEKDAYS else None for code, L in ((c, _lang.get(c)) for c in _lang.LANGUAGES)}
_DAY_SPAN = {code: re.compile(rf"(?<![\w-])(?:{L.DAY_SPAN[0]})\s+(?P<a>{_lang.either(L.WEEKDAYS)})\s+(?:{L.DAY_SPAN[1]})\s+"
                              rf"(?P<b>{_lang.either(L.WEEKDAYS)})(?![\w-])", re.I) if L.DAY_SPAN and L.WEEKDAYS else None
             for code, L in ((c, _lang.get(c)) for c in _lang.LANGUAGES)}
_AND_PAIR = {code: re.compile(rf"(?P<a>\d+)\s+(?:{_lang.either(_lang.get(code).AND)})\s+(?P<b>\d+)") for code in _lang.LANGUAGES}
_LIST_GAP = {code: re.compile(rf"{_list_link(code)}|(?:{_lang.get(code).REVISED_HEAD_LINK})\s+")   # ("7, puis 11, puis 4")
             for code in _lang.LANGUAGES}


def _body_nouns(text: str, code: str, g: Gazetteer) -> list[Actor]:
    """The bodies a piece of a sentence names by their initials or by an agent's noun after a determiner, left to
    right ("Un mot de l'ARS", "We asked the regional health agency")."""
    found = [(m.start(), m.group()) for m in _BODY_NOUN[code].finditer(text) if AGENTIVE.search(m.group("head"))]
    found += [(m.start(), m.group()) for m in _INITIALS.finditer(text)]
    return [a if a.kind != "group" else replace(a, kind="organisation")
            for _, np in sorted(found) for a in g.resolve(np, code)[:1] if a.kind != "person"]


# a line that is only a quotation, under a label at most: a fact-check's claim, whoever made it
_QUOTED_LINE = re.compile(r"\s*(?:#+\s*)?(?:[^\"“”«»:\n]{1,40}:\s*)?[«“\"][^«»“”\"]+[»”\"]\s*[.!?]?\s*")
_INITIALS = re.compile(r"(?<![\w-])[A-ZÀ-ÝĀ-ŒŔ-ž]{2,}(?![\w'’-])")  # ("l'ARS": after an elided article too)
_BODY_NOUN = {code: re.compile(rf"(?<![\w'’-])(?:{_lang.either(_lang.get(code).DEFINITE_ARTICLES)})(?:\s+|(?<=['’]))"
                               rf"(?:[\w-]+\s+){{0,3}}?(?P<head>[\w-]+)(?=\s*[,:;)]|\s*$)", re.I)
              for code in _lang.LANGUAGES}


def _figure_then_and(name: str, code: str) -> bool:
    """Whether a cue's words open with a figure and go on with "and" ('"Six thousand, and I'll tell you how we know"'):
    what is said, not who says it."""
    if not _AND_NEXT.search(name):
        return False  # (most names hold no "and": no figure read for them)
    figure = find_figures(name, code)
    return bool(figure) and figure[0].start == 0 and _AND_NEXT.match(name, figure[0].end) is not None


_AND_NEXT = re.compile(rf"\s*,?\s*{_lang.either(_lang.every('AND'))}(?![\w'-])", re.I)


def _bodies_named(text: str, code: str, g: Gazetteer, state: State) -> list[Actor]:
    """The bodies a piece of a sentence names, left to right: those the gazetteer knows, and those the article
    heard by a name or the initials it gave them ("Médecins Sans Frontières (MSF)" … "by MSF")."""
    found, spans = [], []
    for m in _BODY_NAME.finditer(text):
        # ("the Karvalian Red Crescent": a name in capitals, resolved whole; "the Harlow Aid Trust": one whose head
        # says it is a body, known or not)
        bodies = [a for a in g.resolve(m.group(), code) if a.kind == "organisation"] \
            or ([Actor(m.group(), "organisation")] if AGENTIVE.search(m.group()) or names_a_body(m.group()) else [])
        found += [(m.start(), a) for a in bodies[:1]]
        spans += [(m.start(), m.end())] if bodies else []
    found += [(at, actor) for at, _, i in g.find(text) if (actor := g.get(i, code)).kind == "organisation"
              and not any(lo <= at < hi for lo, hi in spans)]
    for a in state.voices:
        # (a body the gazetteer does not know is a group: one with a proper name, not "residents")
        if (a.kind == "organisation" or a.kind == "group" and a.name[:1].isupper()) and a not in (f[1] for f in found):
            initials = "".join(w[0] for w in re.findall(r"[\w'’-]+", a.name) if w[0].isupper())
            defined = DEFINED_NAME.match(a.name)  # "Médecins Sans Frontières (MSF)": the name and its initials apart
            forms = {a.name, *a.aliases, *(defined.groups() if defined else ()), initials if len(initials) > 1 else ""}
            at = [m.start() for f in forms if len(f) > 1 for m in re.finditer(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text)]
            if at:
                found.append((max(at), a))
    return [a for _, a in sorted(found, key=lambda f: f[0])]


def _where_spoken(s: str, at: int) -> bool:
    """Whether the place word at ``at`` says where someone spoke ("told a news conference in the capital"), not where
    a count was made: a speaking word shortly before it, and no figure between ("Police said 68,000 people marched in
    the capital")."""
    spoke = PAT['spoke_before'].search(s, max(0, at - 60), at)
    return spoke is not None and not _DIGITS.search(s, spoke.start(), at)


def _respectively(s: str, mentions, cues, code: str) -> list | None:
    """The two sources of two figures set side by side, in their order: « 9 contre 14 : les blocages dans
    l'Ondelais, selon la préfecture et selon l'UCR », "380 against 900, according to the prefecture and according to
    the union". None for any other sentence."""
    W = _words(code)
    if len(mentions) < 2 or any(c.start < mentions[-1].end for c in cues):
        return None
    sources = sorted((c for c in cues if c.kind == "source"), key=lambda c: c.start)
    # (« …, selon la maire, qui compte les granges habitées », « selon le CDSP, puis le chiffre du CDSP mardi 10 »: the
    # last source's own verb or document names no one new)
    if sources:
        cues = [c for c in cues if not (c.kind in ("verb", "noun") and c.start > sources[-1].end
                                        and _bare_name(c.phrase) == _bare_name(sources[-1].phrase))]
    if len(sources) == len(cues) == 2 < len(mentions):
        return _sides(s, mentions, sources, W)
    if len(sources) == 1 and len(cues) == 2 < len(mentions) and cues[1].kind == "possessive" and cues[1].start > sources[0].end:
        # '6,500, 9,800, 11,200 v "more than 15,000"' / "… according to the port authority (…), against the Hauliers'
        # Group's count on 9 March": the other side's document names its source
        return _sides(s, mentions, [sources[0], cues[1]], W)
    if len(sources) != len(mentions) or len(cues) != len(mentions):
        return None
    if len(mentions) == 2:
        if not W["paired_sources"].fullmatch(s, sources[0].end, sources[1].start) \
                or not W["paired_figures"].fullmatch(s, mentions[0].end, mentions[1].start):
            return None
    # "8 200, 20 000, 25 000 / Manifestants jeudi : selon la préfecture, selon la FSS et selon l'UIK": a list
    elif not all(W["listed_sources"].fullmatch(s, a.end, b.start) for a, b in zip(sources, sources[1:])) \
            or not all(W["listed_figures"].fullmatch(s, a.end, b.start) for a, b in zip(mentions, mentions[1:])):
        return None
    return sources


def _bare_name(phrase: str) -> str:
    """A name without its article and case, to tell one source named twice: « la maire » / « maire »."""
    return fold(strip_determiner(phrase.strip()))


def _versus_name(s: str, mentions, cues, code: str) -> Cue | None:
    """The name set against a numbers box's one source after its head's figures: "… according to the ADCI (Wednesday
    10, Sunday 14), against OCHA on Sunday 14" (a capitalised name right after the link). None for any other
    sentence."""
    if len(cues) != 1 or cues[0].kind != "source" or cues[0].start < mentions[-1].end \
            or not any(_words(code)["paired_figures"].fullmatch(s, a.end, b.start) for a, b in zip(mentions, mentions[1:])):
        return None
    versus = _words(code)["versus_name"].match(s, cues[0].end)
    return Cue("source", versus.start("np"), versus.end("np"), versus.group("np"), True) if versus else None


def _sides(s: str, mentions, sources, W) -> list | None:
    """Each figure's source when a numbers box's head sets one source's series against another's and its item names
    the two in that order: "17, 26, 29 contre « une quarantaine »" / « … selon la préfecture (…), contre l'estimation
    de Congère Assurances »; "380 contre 560 ; 1 150 et « plus de 1 100 »": each pair after a semicolon again. None
    when the head is no such thing."""
    gap = re.sub(r"\([^()]*\)", "", s[sources[0].end:sources[1].start])  # (the days in brackets: "(mardi 10, …)")
    link = W["paired_sources"].match(gap)
    # (the second source may be named through its document: « contre l'estimation de Congère Assurances »)
    if not link or not link.end() or len(gap[link.end():].split()) > 3 or re.search(r"[\d,;:.]", gap[link.end():]):
        return None
    side, out, sections = 0, [], 0
    for k, m in enumerate(mentions):
        if k:
            gap = s[mentions[k - 1].end:m.start]
            if ";" in gap:
                side, sections = 0, sections + 1
            elif W["paired_figures"].fullmatch(gap) or (sections and W["and_figures"].fullmatch(gap)):
                side += 1
            elif not W["listed_figures"].fullmatch(gap):
                return None
        if side > 1:
            return None
        out.append(sources[side])
    return out if sources[1] in out else None


def _names_listed(s: str, mentions, cues, code: str) -> list:
    """One source cue per figure when the one source after them lists as many names (« …, selon la préfecture de
    police, le SACR et la FGC »). Empty for any other sentence.

    Names listed after a colon with no source word are read only under a numbers box's head of as many figures
    ("4 800 / about 5 500 / 14 000" / "Marchers on Saturday: the police, the prefecture, the FTA."); read in
    any sentence (« Les grévistes du jeudi : la CFN, la FGC, le SACR ») they found more right claims but set
    more of them against the wrong ones on a blind story set."""
    L, W = _lang.get(code), _words(code)
    separator = W["names_separator"]

    def names(parts, most: int = 6) -> bool:  # (nor days: "…, according to the NCPD's breakdowns of Monday, Tuesday and Thursday")
        # (a body's long name, its initials in brackets after it: "la Fédération des associations étudiantes de
        # Castrélie (FAEC)")
        # (nor a link to the next figure: « la police le soir, puis le lendemain matin, contre l'UEC » is two sides)
        return all((0 < len(p.split()) <= most or len(p.split()) <= 11 and DEFINED_NAME.match(p)) and not re.search(r"[\d«»“”\"]", p)
                   and not W["day_word"].search(p) and not W["link_lead"].match(" " + p) for p in parts)

    # (one source, which another cue may read again: "according to the transport ministry" as an incise too)
    first = next((c for c in cues if c.kind == "source"), None)
    mentions, subsets = _item_subsets(s, mentions, W)
    if subsets:
        # (each part of a side's figure is that side's source's: the last name before it)
        named = _names_listed(s, mentions, cues, code)
        return [*named, *(max((c for c in named if c.start < m.start), key=lambda c: c.start) for m in subsets)] \
            if named and all(c.start < m.start for c in named[:1] for m in subsets) else []
    in_item = 0 < (nl := s.find("\n")) and all(m.end <= nl for m in mentions) and (colon := s.rfind(":", nl)) > nl \
        and all(c.start > colon for c in cues)
    if in_item and first is None and all(c.kind == "possessive" for c in cues):
        # (a side named through its figure is no cue of its own here: "…, against the ministry's figure")
        # "4 800 / about 5 500 / 14 000" / "Marchers on Saturday: the police, the prefecture, the FTA.": a numbers
        # box's head of figures, and the item's line listing as many names after its colon, with no source word
        # ("31 v 60" / "The missing in Souloukh: the ADCI on Sunday 14, the mayor on Monday 15": each name's day after it)
        parts = [_figure_owner(W["name_day_tail"].sub("", p.strip()), W) for p in separator.split(s[colon + 1:].strip(" .;\n"))]
        if len(parts) == len(mentions) and names(parts):
            return _cues_in_turn(s, parts, colon)
        return _sides_named(s, mentions, colon, names, W)
    if in_item and all(c.kind in ("possessive", "source", "noun") for c in cues) \
            and (sides := _sides_named(s, mentions, colon, names, W)):
        return sides  # (each side named through its figure: "the prefecture's figure against that of the mayor")
    if first is None or any(c.end != first.end for c in cues) or first.start < mentions[-1].end:
        return []
    if L.RESPECTIVELY and (respectively := re.search(rf"\s+(?:{L.RESPECTIVELY})$", first.phrase)) \
            and (at := s.find(first.phrase, first.start)) >= 0:
        # "…, according to Belouga Ferries and the prefecture respectively": the source's own phrase lists them
        parts = separator.split(first.phrase[:respectively.start()])
        return _cues_in_turn(s, parts, at) if len(parts) == len(mentions) and names(parts) else []
    parts = separator.split(s[first.end:].rstrip(" .;\n"))
    if parts[0].strip():
        return []  # ("selon la préfecture de police de Valbresse": one name)
    parts = parts[1:]
    if len(parts) + 1 != len(mentions) or not names(parts):
        return []
    return [first, *_cues_in_turn(s, parts, first.end)]


def _sides_named(s: str, mentions, colon: int, names, W) -> list:
    """One source cue per figure when a numbers box's head sets sides against each other and its item names one
    source per side, each with its days: "87, 142 v « nearly 170 »" / "…: the ARS on 11 and 18 October, against the
    Health Ministry on the 19th" (the ARS's two figures, then the ministry's). Empty for any other sentence."""
    boxed = _box_sides(s, mentions, colon, W)
    if boxed is None or len(boxed[0]) < 2:
        return []
    sides, parts = boxed
    heads = [_figure_owner(W["name_date_tail"].sub("", p.strip()), W) for p in parts]
    if not names(heads, 8):  # (a side's name may be long: "Comité de défense de l'hôpital de Roubaillac")
        return []
    cues = _cues_in_turn(s, heads, colon)
    side_of = {m.start: k for k, side in enumerate(sides) for m in side}
    return [cues[side_of[m.start]] for m in mentions]


def _figure_owner(name: str, W) -> str:
    """A numbers box side's name without the figure it is named through: "the ministry's figure", "that of the
    mayor", « celui du maire » name the ministry and the mayor."""
    return W["figure_owner_lead"].sub("", W["possessor_tail"].sub("", name))


def _cues_in_turn(s: str, names, at: int) -> list:
    """A source cue for each of ``names``, found in ``s`` one after the other from ``at``."""
    cues = []
    for name in names:
        at = s.find(name, at)
        cues.append(Cue("source", at, at + len(name), name, True))
        at += len(name)
    return cues


def _opens_next_clause(s: str, ref, end: int, until: int) -> bool:
    """Whether the place ``ref``, after a figure ending at ``end`` and a comma, stands right before the next figure
    (at ``until``): « 4 310 cas et 81 décès, dans les Hauts-Barrak 1 630 cas » — it opens that figure's clause."""
    if not (end <= ref.start and until < len(s) and re.search(r"[,;]", s[end:ref.start])):
        return False
    at = s.find(ref.name, ref.start)
    return at >= 0 and not s[at + len(ref.name):until].strip()


def _claim(doc, s, m: Mention, cue, actors, state: State, code, g, hedged, backref, publisher,
           raw_sentence, offset, a, b, where=None, dated=()) -> Claim | None:
    value_key = (m.value, m.lower, m.upper)
    W = _words(code)
    if value_key in state.values and (backref.search(s[max(0, m.start - 60):m.start]) or (
            W["bare_echo"].search(s, max(0, m.start - 12), m.start) and re.match(r"\s*[,;.!?»”\"]", s[m.end:]))):
        return None  # "ce chiffre de 11 300", « Je ne conteste pas les 27, … »: the same figure again, not a new claim
    if W["listener_message"].search(s, 0, m.start):
        return None  # « Un message d'auditeur, Patrice : « j'ai compté 30 maisons sans toit » »: an anecdote read on air
    if cue is not None and W["own_archives"].fullmatch(cue.phrase.strip()):
        return None  # "a windstorm that killed 23 people, according to our archives": the outlet's background, no claim
    if (head_span := W["head_span"].match(s)) and m.end <= head_span.end() and value_key[0] is not None \
            and value_key[0] in {f.value for f in find_figures(s[head_span.end():], code)}:
        # "140 → 190 v 230" / "…, against 230 given by the mayor", "21 and 9 – provincial tolls: Semisi Talakai said
        # 21 …, Mereana Vaitoa nine": what the item says after its head gives that figure its source
        return None
    after = s[m.end:m.end + _AFTER_REACH]
    counted = counted_after(after, code)
    if counted.concept is None and W["copula_before"].search(s, max(0, m.start - 12), m.start) \
            and (article := W["article_after"].match(after)):
        counted = counted_after(after[article.end():], code)  # "are 4 the Ossaglians dead": the noun after its article
    # "- 8,480: cases reported nationwide, according to …", a numbers box's item: the figure heads its line
    # (quoted: '"More than 120,000" – containers stuck'; or two figures set side by side: "1,600 vs 3,500 –
    # strikers", '420 vs "nearly 900" – strikers')
    head = None
    opening = s[:m.start]
    heads_line = not opening.strip(" -–—•*\t«“\"")
    # (a figure of a list heading the line: "8 200, 20 000" / "Manifestants jeudi …", the first one included)
    listed = W["listed_head_rest"].match(after) if heads_line or W["listed_head_before"].fullmatch(opening) else None
    if counted.concept is None:
        if heads_line:
            head = _HEADED_ITEM.match(after)
            if head is None and (side := W["paired_head"].match(after)) and (side.group("revised") or paired_credit(s, code)):
                head = side
            head = head or listed
        elif listed:
            head = listed
        elif (side := W["paired_head_before"].fullmatch(opening)) and (side.group("revised") or paired_credit(s, code)):
            head = _HEADED_ITEM.match(after)
    if head and W["head_money"].match(after, head.end()):
        return None  # "11 millions" / « Le coût quotidien de la grève en marcs »: an amount, whatever its currency
    if head:
        counted = counted_after(after[head.end():], code)
        if counted.concept is None and actors and (article := W["listed_article" if head is listed else "headed_article"].match(
                after, head.end())):
            # « 4 200 : les manifestants place des Charrons selon la préfecture »: an article opens what it explains
            head = article
            counted = counted_after(after[head.end():], code)
        if counted.concept is None and actors:
            # « 76 — le bilan des morts donné lundi par l'ONPC », "76 — the death toll given by the agency": the
            # count its head names
            rest = W["head_determiner"].sub("", after[head.end():], count=1)
            if (numbered := W["head_number_of"].match(rest)) and (
                    concept := _lang.get(code).COUNT_NOUNS.get(numbered.group("noun").lower())):
                counted = Counted(numbered.group("noun"), concept)
            elif W["head_toll"].match(rest):
                counted = Counted("death toll", "deaths")
    noun_after = counted.concept
    of_whole = W["whole_after"].match(after) if counted.concept is None else None
    if of_whole:
        counted = counted_after(after[of_whole.end():], code)  # "41 of its 148 schools", "41 des 148 écoles"
    if W["capacity_after"].match(after):
        counted = Counted("places", "places")  # "15,000 is something else: the number of places": what it holds
    if counted.concept is None and W["toll_before"].search(s[max(0, m.start - 80):m.start]) \
            and not _generic_counted(s, m, code):  # ("Nouveau bilan : 260 sapeurs-pompiers" counts firefighters)
        counted = Counted("death toll", "deaths")
    if counted.concept is None and W["marched_after"] is not None and W["marched_after"].match(after):
        counted = Counted("marchers", "protesters")  # "Some 5,000 marched, police said", « 5 000 ont défilé »
    if counted.concept is None and W["struck_after"].match(after):
        counted = Counted("strikers", "strikers")  # "the union said 12,000 took part in the walkout", « 2 000 ont fait grève »
    if counted.concept is None and (W["crowd_before"].search(s[max(0, m.start - 60):m.start])
                                    or W["crowd_colon"].search(s[max(0, m.start - 70):m.start])
                                    or W["march_heading"].search(s[max(0, m.start - 80):m.start])):
        counted = Counted("crowd", "protesters")
    if counted.concept is None and actors:
        # (after a numbers box's head, the noun after its colon or dash: "14 — ponts emportés")
        if head:
            # (the head's noun opens its line with a capital: "3 800, 9 500" / "Opérations programmées reportées")
            at = m.end + head.end()
            counted = _generic_counted(s[:at] + s[at:at + 1].lower() + s[at + 1:], replace(m, end=at), code) or counted
        else:
            counted = _generic_counted(s, m, code) or counted
    if counted.concept == "people" and W["marched_before"].search(s, max(0, m.start - 40), m.start):
        counted = Counted(counted.phrase, "protesters")  # "On Tuesday marched 52.000 persons": marchers
    if counted.concept == "people" and W["march_before"].search(s[max(0, m.start - 90):m.start]) \
            and measure_in(_measure_window(s, m, code), code) is None:
        counted = Counted(counted.phrase, "protesters")  # "put Thursday's march at 97,500 people": marchers
    part_of_them = counted.concept is None and state.counted is not None and W["part_of_them"].match(after)
    if part_of_them:
        counted = state.counted  # "41 people were injured, seven of them seriously": a part of the same people
    if counted.concept is None and (of_us := W["of_us"].match(after)):
        counted = Counted(of_us.group().strip(), "people")  # "at least 200 of us were on board"
    if counted.concept is None and state.quantity is None and (
            group := W["group_copula"].search(s[max(0, m.start - 40):m.start])) and is_first_person(group.group()):
        # « Nous étions au moins 300 », "We were 300": the speakers' group ("Ils étaient 1 650" after "les
        # enseignants ont défilé" are the marchers, read as the count before)
        counted = Counted("people", "people")
    if counted.concept is None:
        # "les manifestants étaient 10 000", "le nombre des cas suspectés a atteint 412": the noun before
        # (the first of the two that names a known count: "suspectés a atteint" names none)
        for numbered in (W["noun_numbered"].search(s[max(0, m.start - 60):m.start]),
                         W["noun_participle_numbered"].search(s[max(0, m.start - 60):m.start]),
                         W["number_of"].search(s[max(0, m.start - _NUMBER_OF_REACH):m.start]),
                         W["number_of_qualified"].search(s[max(0, m.start - _NUMBER_OF_REACH):m.start]),
                         W["topic_lead"].match(s, 0, m.start), W["colon_topic"].match(s, 0, m.start),
                         W["apposed_head"].match(s, 0, m.start),
                         *(W["noun_colon"].finditer(s, max(0, m.start - 40), m.start) if actors else ())):
            concept = _lang.get(code).COUNT_NOUNS.get(numbered.group("noun").lower()) if numbered else None
            if concept:
                counted = Counted(numbered.group("noun"), concept)
                break
    if counted.concept is None and not actors:
        return None  # nobody claims it and it counts nothing we know ("11 provinces", "magnitude 6,8")
    if counted.concept is None and (unit := W["generic_noun"].match(after)) and unit.group("noun").lower() in W["not_a_count"]:
        return None  # "18,000 litres of effluent", « trois choses »: a volume, a list, not a count of the thing before
    if m.value is not None and m.value < 1000 and not float(m.value).is_integer() and counted.concept not in _MEASURED:
        return None  # "6,8", "27.4": a magnitude or a measurement, not a number of people ("1,5 tonne" is an amount)
    refs, since, until, context, town_before, refs_next, refs_after = where if where is not None else (
        [], 0, len(s), ArticleContext(), None, [], [])
    elided = False
    if counted.concept in context.senses:  # « 214 mineurs » of a mine collapse: miners, "workers" as in English
        counted = Counted(counted.phrase, context.senses[counted.concept])
    topic = context.population
    if counted.concept is not None:
        window = _measure_window(s, m, code)
        if listed:
            # "17, 26, 29" / "Les chalets détruits dans la vallée …": every figure of the head counts what its item
            # says, the first ones too (not only the one right before the item's words)
            item = m.end + listed.end()
            window = s[m.start:m.end] + " " + W["next_clause"].split(s[item:item + 80], maxsplit=1)[0]
        elif measure_in(window, code) is None and until < len(s) and W["gapped_source"].fullmatch(s, m.end, until) \
                and (nxt := _DIGITS.match(s, until)):
            # « 2 000 personnes selon les organisateurs, 800 selon la police, ont défilé », "2,000 people according to
            # organisers, 800 according to police, marched": the verb after the pair says what both count
            window += " " + _measure_window(s, replace(m, start=until, end=nxt.end()), code)
        state.quantity = quantity_for(counted, window, s, code, g, None, actors, topic)
        state.counted, state.measured = counted, window
        _remember(state, counted)
    elif state.quantity is None:
        return None
    elif other_noun(after, code):
        # "3 000 abris", "300 signalements": something else than the count before, counted as itself
        lead = W["of_lead"].match(after)
        word = other_noun(after, code) or lead.group(1)  # ("the 4,000 job cuts": the compound, not its first noun)
        of = W["of"].match(after, lead.end())
        of = of if of and of.end() > lead.end() else None
        inner = counted_after(after[of.end():], code) if of else Counted("", None)
        # "1 500 membres des forces spéciales": the known noun after counts; else the noun itself
        counted = Counted(f"{word} {inner.phrase}", inner.concept) if inner.concept else Counted(word, _noun_key(word, code))
        window = _measure_window(s, m, code)
        state.quantity = quantity_for(counted, window, s, code, g, None, actors, topic)
        state.counted, state.measured = counted, window
        _remember(state, counted)
    else:
        counted = state.counted  # "la CGT en a revendiqué 2,3 millions": the same thing counted
        elided = True
        own = _measure_window(s, m, code)
        main = max(state.tally.values(), key=lambda t: t[0])[1] if state.tally else counted
        people = state.people_counted[1] if state.people_counted[0] == state.sentence else None
        if (group := W["group_copula"].search(s[max(0, m.start - 40):m.start])) \
                and (is_first_person(group.group()) or counted.concept != "protesters"):
            # "We were at least 160", « nous étions 80 » : the speakers' group, people with no measure (after a march,
            # « À Lyon, ils étaient 12 000 » are its marchers, counted before)
            counted = Counted("people", "people")
            state.quantity = quantity_for(counted, own, s, code, g, None, actors, topic)
        elif people is not None and counted.concept not in PEOPLE_CONCEPTS and measure_in(own, code) in PEOPLE_MEASURES:
            # "412,000 people had marched in 215 rallies, ... 1.3 million had taken part": people, not rallies
            counted = people
            state.quantity = quantity_for(counted, own, s, code, g, None, actors, topic)
            state.counted, state.measured = counted, own
        elif state.counted_para != state.para and main.concept != counted.concept and not state.asked:
            # "Your figure for Thursday was 97,500" two paragraphs after "three lines of sensors": what
            # the article counts most, not the last thing it named
            counted = main
            state.quantity = quantity_for(counted, own, s, code, g, None, actors, topic)
            state.counted, state.measured, state.counted_para = counted, own, state.para
        elif measure_in(own, code) not in (None, measure_in(state.measured, code)) or (
                counted.concept == "cases" and case_status(own, code) not in (None, case_status(state.measured, code))):
            # "14 000 personnes ont été infectées et 312 sont décédées": the same people, another measure
            # ("480 suspected cases ... Of those, 52 had been confirmed": another status)
            state.quantity = quantity_for(counted, own, s, code, g, None, actors, topic)
            state.measured = own
        # ("12 345 manifestants à Paris, 2 000 à Lyon": each figure's own place is read below)
    if not actors:
        actors = [publisher]  # (a headline repeating a body figure is dropped later: _without_echoes)
    state.values.add(value_key)
    population, measure, label, unit = state.quantity
    if measure == "striking" and population == _STRIKERS and state.striking:
        # "150 000 grévistes" in an article that counted "52 300 enseignants grévistes": the same people on
        # strike, one quantity however the sentence names them
        population, label = state.striking
    elif measure == "striking" and population != _STRIKERS and "-" not in population:
        state.striking = (population, label)
    if W["change_by"].search(s[max(0, m.start - 40):m.start]) or W["added_to"].match(s, m.end):
        # (« a ajouté 5 000 personnes à son chiffre », "added 5,000 to its count": what was added to a count)
        # "enrolment expected to drop by about 90,000", "en baisse de 1 200", « l'écart de 14 tonnes »: a change
        # or a difference, not the count
        population, label = f"{population}-change", f"{label} (change)"
    elif W["new_ones"].match(s, m.end) or W["new_ones_before"].search(s, max(since, m.start - 25), m.start):
        # « huit nouveaux cas », "14 new cases", "three further deaths", "a further 5 on Tuesday", "5 more deaths":
        # what was added, not the total
        population, label = f"{population}-new", f"{label} (new)"
    if measure == "deployed" and context.planned is not None and (
            context.planned.search(s[max(since, m.start - 90):m.start]) or context.planned.search(s[m.end:until][:60])):
        measure = "planned"  # "could eventually reach up to 12,000 troops"
        label = label.replace(" deployed", " planned")
    own = {r.id for r in (*refs, *context.places) if g.demonym_slug(r.id) and population.startswith(g.demonym_slug(r.id))}
    # North Korean troops are counted where they are sent, never "in North Korea"
    whole = PAT['whole'].match(s[m.end:until])
    # "510 sur l'ensemble du groupe", "across the group": the whole, not the site named before
    # "À l'échelle nationale, … 23 morts", "displaced across the country at 12,400, most of them in X": the
    # country's count, whatever region is named around it or the article is about
    reach = until  # (what is said after the next figure too, when the two are joined: see "joined_next")
    box_head = False
    if head is not None and head.re is W["listed_head_rest"]:
        # "8 200, 20 000" / "Manifestants jeudi à Valdrenne : …": the place of what all count, up to the sources
        # (for every figure of the head, the first too: any place up to there, not only the next figure's)
        colon = s.find(":", m.end + head.end())
        reach = colon if colon > 0 else len(s)
        refs_next = [r for r in refs_after if r.start < reach]
    elif 0 < (nl := s.find("\n")) and m.end <= nl and _figure_line(code).fullmatch(s, 0, nl) and s.find(":", nl) > 0:
        # "21 000 contre « plus de 60 000 », puis 75 000" / "Les motards dans tout le pays le 10 avril : …": each
        # figure of a numbers box's head counts where its item says, up to the sources
        reach, box_head = s.find(":", nl), True
        refs_next = [r for r in refs_after if r.start < reach]
    elif until < len(s) and W["gapped_source"].fullmatch(s, m.end, until) and measure in EVENT_MEASURES:
        # « 2 000 selon les organisateurs, 800 selon la police, ont défilé à Nantes »: where both marched, said after
        reach = len(s)
        refs_next = [r for r in refs_after if r.start < reach]
    elif until < len(s) and W["joined_next"].match(s[m.end:until]):
        nxt = _DIGITS.match(s, until)
        tail = W["tail"].match(s, nxt.end() if nxt else until)
        reach = tail.end() if tail else until
    elif head is not None and head.re is W["paired_head"]:
        # "1,600 vs 3,500 – strikers at Port-Estagnol: …": the place of what both count is the first figure's too
        colon = s.find(":", m.end + head.end())
        reach = colon if colon > 0 else len(s)
    nationwide = PAT['nationwide'].search(s, max(0, m.start - 150), min(len(s), until, m.end + 80) if reach == until else reach)
    # "47 dead in the two countries", « pour l'ensemble des deux pays, plus de 50 morts »: a sum over places, none of them
    combined = PAT['combined'].search(s, max(since, m.start - 100), min(until, m.end + 80))
    if combined and cue is not None and cue.start <= combined.start() < cue.end:
        combined = None  # "…, according to officials in both countries": who speaks, not what the figure sums
    if combined:
        nationwide = None
    if nationwide and any(m.end <= r.start < m.end + 30 and r.level != "country" and not re.search(r"[,;]", s[m.end:r.start])
                          for r in refs):
        nationwide = None  # "36 000 … dans le pays, dont 21 400 dans le Haut-Salvan": the place right after it is its own
    elif nationwide and nationwide.end() <= m.start and (
            any(nationwide.end() <= r.start < m.start and r.level != "country" for r in refs)
            # ("the unions 920,000; in Merande, the police counted 41,000, the unions 150,000": a town named since,
            # before the figure before, is this one's too)
            or (town_before is not None and nationwide.end() <= town_before.start)
            or (nationwide.end() <= since and jurisdiction_of(actors, context.jurisdictions, context.local))):
        # "240 arrested nationwide, including 130 in Dravik, where Dravik police reported 94": a town named since,
        # or a town's body speaking after another figure, is no longer the whole country's count
        nationwide = None
    if nationwide and any(nationwide.start() <= r.start < nationwide.end() and r.level != "country" for r in refs):
        nationwide = None  # "throughout the whole of Brittany", « dans toute la Bretagne »: that region, all of it
    usable = (lambda r: r.level == "country") if nationwide else (lambda r: True)
    named_here = [r for r in refs if r.id not in own and (not whole or r.start >= m.end) and usable(r)
                  and not _opens_next_clause(s, r, m.end, until)]
    # "1,2 million en France, dont 112 000 à Paris, la CGT 3,5 millions": after a part, the place right after the
    # part is the part's; the figure set beside the whole counts where the whole was counted
    # (after a comma only: « dont 24 000 dans le Zelmara ; le gouverneur avançait 30 000 pour sa seule province » is
    # the part's place again, a new clause about it)
    after_part = bool(since) and state.last[0] == state.sentence and context.subset is not None \
        and ";" not in s[since:m.start] \
        and (digits := _TRAILING_FIGURE.search(s, max(0, since - 30), since)) is not None \
        and context.subset.search(s[max(0, digits.start() - 40):digits.start()]) is not None
    if after_part:
        part_end = (mark.start() if (mark := _PHRASE_END.search(s, since, m.start)) else m.start)
        named_here = [r for r in named_here if not since <= r.start < part_end]
    # the place named around the figure, else the article's (a strike or a march with none stays without)
    own_place = place_for(named_here, m.start, m.end, until, m.start if whole else since, measure, [])
    if own_place is None and (reach > until or box_head) and not whole:
        # "3 morts et 40 blessés à Lyon": the place said after both figures is the first one's too
        own_place = place_for([r for r in refs_next if r.id not in own and usable(r)], m.start, m.end, reach, since,
                              measure, [])
    if own_place is None and not whole and not nationwide and state.last[0] == state.sentence and state.last[1] is not None \
            and 0 < m.start - since and W["joined_prev"].fullmatch(s[since:m.start]):
        # "dans les Hauts-Barrak 1 630 cas et 31 décès": a figure joined to the one before by "and" shares its place
        own_place = state.last[1]
    # "64 décès, dont 53 dans le Lassou": where the part was counted is not where the whole was (nor where the parts
    # after it were: "8,150 cases, of which 4,960 in Anselle and 3,190 in Lower Korona")
    parts_at = {r.id for r in refs_after} if until < len(s) and context.subset is not None \
        and context.subset.search(s, m.end, until) else set()
    if own_place is None and not whole and not nationwide and state.section_place is not None \
            and state.section_place.id not in own:
        own_place = state.section_place  # (the figure's section heading names its place: "VALLANCOURT")
    if own_place is None and after_part and not whole and not nationwide:
        own_place = state.total_place
    ref = own_place or place_for([], m.start, m.end, until, since, measure,
                                 [] if whole else [r for r in context.places if r.id not in own | parts_at and usable(r)])
    same_sentence = state.last[0] == state.sentence
    territory = None if nationwide or whole or (named_here and ref is not None) else \
        jurisdiction_of(actors, context.jurisdictions, context.local)
    # (or the sentence right before: "À Port-Sémaline, la préfecture a compté 420 taxis. Le SCTI en annonce 900")
    if elided and own_place is None and not nationwide and not whole and not after_part and (same_sentence or (
            state.last[0] == state.sentence - 1 and state.last[1] is not None and state.last[1].level in ("city", "site"))) and not (
            territory is not None and state.last[2].isdisjoint(a.id for a in actors)):
        # (not "l'ARS du Haut-Verlan a recensé 14 cas et l'ARS de Tarvonie 3": another body, its own region)
        # "31 morts dans sa province, quand l'agence n'en comptait que 22": the same count, the same place
        ref = state.last[1]
    elif territory is not None and (not named_here or any(r.id == territory.id for r in named_here)):
        # "Tessa Morvan, gouverneure du Haut-Salvan, annonce 9 morts": her province's dead, not the country's
        # ("L'ARS du Haut-Verlan a recensé 14 cas": the region in the body's name is where it counts)
        ref = territory
    if ref is None and measure in EVENT_MEASURES and not nationwide and not whole and not named_here:
        # "À Valmorin, le cortège est parti à 14 h. Les manifestants étaient 6 200 selon la police", "In
        # Castelbrune, the prefecture counted 2,100; organisers said 5,000": the town named before it in the
        # sentence, else in the sentence before, not every town's march at once
        for town in (town_before, state.place, context.kicker):
            if town is not None and town.level in ("city", "site") and town.id not in own:
                ref = town
                break
    if not combined and not whole and (perimeter := _perimeter(s, m, since, until, refs, W)) is not None:
        ref = perimeter
    if combined:
        ref = None
        population, label = f"{population}-combined", f"{label} (several places combined)"
    if ref is not None and " — " not in label:
        label += f" — {ref.name}"
    if until < len(s) and head is None and W["compared_value"].search(s, max(0, until - 30), until):
        # "19 cas, contre 12 mercredi", "38 tonnes, et non 26 comme annoncé mercredi": the day after the
        # figure it is compared with is that figure's, not this one's (not in a numbers box's head, "131 contre 160",
        # whose item dates each figure in turn)
        dated = [d for d in dated if d[0] < until]
    elsewhere = set()
    if dated and (back := {at for at, _ in years_back_in(s, code, state.today or doc.published)}):
        # "120 arrests, against 95 last year": "last year" is the figure's it touches, no other's
        # ("down 14% on last year, when 805 were burnt": a year compared with is the next figure's, not this one's)
        compared = {at for at in back if W["year_compared"].search(s, max(0, at - 30), at)}
        kept = [d for d in dated if d[0] not in back or (since <= d[0] < (m.start if d[0] in compared else until))]
        elsewhere = {day for at, day in dated if (at, day) not in kept}  # (another figure's year: no fallback either)
        dated = kept
    # "7,900 strikers, more than on Monday, when it counted 7,100": the compared day is the later figure's, not this one's
    dated = [d for d in dated if d[0] < m.start or not W["day_compared"].search(s, max(0, d[0] - 30), d[0])]
    if (bracket := _BRACKET_AFTER.match(s, m.end)) and (inside := [d for d in dated if bracket.start() <= d[0] < bracket.end()]):
        dated = inside  # "19 [ALPC, Thu 14] v 21 [governor, Tue 12]": the day in the figure's own brackets is its day
    cue_day = date_of_cue(dated, cue)
    said = cue_day or (nearest_date(list(dated), m.start) if dated else state.today or doc.published)
    # a strike or a march is counted for its day; a toll or a deployment as of when it was given,
    # unless a date is told with the figure itself ("qui avait annoncé une semaine plus tôt un bilan de 640")
    # (the day of a march is not the day someone announced or revised its count)
    clause = _clause(s, m)
    in_clause = [d for d in dated if not PAT['statement_verb'].search(s[max(0, d[0] - 40):d[0]])
                 and clause[0] <= d[0] < clause[1]]
    if since and any(m.end <= d[0] < until for d in in_clause):
        # "85,000 had struck on Wednesday, and 130,000 on Tuesday": a day right after the figure is its own;
        # the day between it and the figure before belongs to that one
        in_clause = [d for d in in_clause if not since <= d[0] < m.start]
    # the injured of a day of protest are that day's, like its marchers and arrests (a toll of a disaster is not):
    # "37 injured police officers on Tuesday, 21 on Thursday", in an article that counted a march first
    protest_day = not day_bound(population, measure) and state.event_day is not None \
        and PROTEST_DAY_POPULATIONS.intersection((population.rpartition("-")[2], measure))
    as_of = nearest_date(in_clause, m.start) \
        if day_bound(population, measure) or protest_day else (
        date_with_figure(s, dated, m) or cue_day or nearest_date(list(dated), m.start))
    # (after the figure, within its own phrase: "530 were striking, and noted that its first-day figure" is not it)
    before_figure = s[max(since, m.start - 60):m.start]
    first_day = PAT['first_day'].search(before_figure + s[m.start:until].split(",", 1)[0])
    if first_day and first_day.start() < len(before_figure) and any(m.end <= d[0] < until for d in in_clause):
        first_day = None  # "4 950 grévistes mardi, premier jour du mouvement, et 3 420 mercredi": its own day after it
    if measure in EVENT_MEASURES and first_day and state.first_day:
        as_of = state.first_day  # "its first-day figure", "pour cette première journée": the day the article called the first
    if as_of is None and elided and state.as_of_first is not None:
        as_of = state.as_of_first  # the same thing counted again: the day of the count it answers
    if as_of is None and (day_bound(population, measure) or protest_day):
        # a march or strike count with no day: the day of the article's last such count, else its lead's day
        # (not the year another figure of the sentence was of: "412, down on last year, when 805")
        as_of = next((d for d in (state.event_day, state.section_day, context.day) if d is not None and d not in elsewhere),
                     None)
    previous = W["previous_value"].search(s, max(0, m.start - 30), m.start)
    if previous and same_sentence and state.last[2] != frozenset(a.id for a in actors or ()):
        previous = None  # "68,000 marchers, against 250,000 according to the CTT": another source's figure, not an earlier one
    undated = False
    if previous and as_of is not None and state.as_of_at == state.sentence and as_of == state.as_of_first:
        # "12,000, down from 15,000", "4 800 contre 6 200", when it took the day of the figure it is compared
        # with: the latest earlier day the sentence gives; "against 6,200 on January 22" keeps its own day
        earlier = [d for _, d in dated if d < as_of]
        as_of = max(earlier) if earlier else None
        undated = as_of is None  # (a count of no known day: a quantity of its own, compared with nothing dated)
    elif measure in EVENT_MEASURES and as_of is not None and not (context.day is not None and as_of < context.day) \
            and not previous:
        # (nor the earlier day a figure is compared with: "286,000 on Saturday, against 412,000 on Thursday")
        # (a count recalled from before the article's day, "a week earlier, on January 22, the ministry had
        # counted 52,300", is no day for the counts after it)
        state.event_day = as_of
    if as_of is None and state.dated is not None and actors and frozenset(x.id for x in actors) == state.dated[1] \
            and not W["now"].search(s):  # ("More than 60 people are now missing, it added": today's count)
        as_of = state.dated[0]
    if state.as_of_at != state.sentence:
        state.as_of_first, state.as_of_at = as_of or said, state.sentence
    # (after the figure, not the clause that leads to the next figure: "rescued 112 migrants overnight, bringing the
    # total for the week to 640" is the week of 640, not of 112; "5,100 deaths …, in the first estimate covering the
    # whole summer" is the summer's)
    marks = list(_PHRASE_END.finditer(s, m.end, until)) if until < len(s) else []
    own_end = marks[-1].start() if marks else until
    # (and before it, not the phrase of the figure before: "41 killed in the past 24 hours, the ministry said, bringing
    # the toll to 980")
    own_start = clause_mark.end() if since and (clause_mark := _PHRASE_END.search(s, since, m.start)) else since
    period = next((key for rx, key in context.periods if rx.search(s[own_start:own_end])), "") \
        or since_period(s[since:until], code)
    if protest_day and not period and as_of is not None:
        period = as_of.isoformat()  # (one day is the span it covers: the injured of 6 and of 8 March are two quantities)
    part_of = ""
    subset = subset_of(s, m, since, context)
    if not subset and elided and (group := W["copula_group"].match(s, m.end)):
        # "Five are pregnant women": a part of the cases counted before, named as a known group when it is one
        # (« Cinq sont des femmes enceintes » is the same "women" part)
        phrase = " " + group.group("group")
        subset = next((key.format(**g.groupdict()) for rx, key in context.groups if (g := rx.match(phrase))), "") \
            or slugify(fold(group.group("group")))
    if not subset and since and context.subset is not None and context.subset.search(s[max(since, m.start - 40):m.start]) \
            and not any(m.end <= r.start < m.end + 25 for r in refs):  # ("dont 93 000 à Paris": a place names the part)
        # "52 300 grévistes, dont 21 400 dans les écoles": a part of the figure before in the sentence, named by
        # the words after it, even when no known group ("children", "over-75") names it
        # (within its own phrase: "130 in Dravik, where police reported 94" is Dravik's part, not "Dravik where")
        words = [w for w in _WORD.findall(re.split(r"[,;:.()]", s[m.end:m.end + 60], maxsplit=1)[0]) if len(w) > 4][:2]
        subset = slugify(fold(" ".join(words))) if words else "part"
    if since and (m.start - since < 40 and W["out_of"].search(s[since:m.start]) and not re.search(r"[,;:]", s[since:m.start])
                  or m.start - since < 120 and W["out_of_whole"].search(s[since:m.start])) \
            and not (noun_after in SELF_MEASURED):  # "15 of the 23 bodies": the whole is the toll itself
        # "une trentaine de professeurs sur 110", "41 of its 148 schools": the whole a part is counted in,
        # a quantity of its own (not the part's, nor what the sentences before counted)
        if not re.search(r"\d", m.text) and (link := W["out_of"].search(s, since, m.start)) and s[since:link.start()].strip():
            return None  # « 640 habitants des deux villages », "of the two villages": which villages, no count of them
        population, label, measure = f"{population}-total", f"{label} (total)", ""  # (the stock: nothing done to it)
    elif measure in NAMING_MEASURES and since and W["whole_before"].search(s[max(0, m.start - 40):m.start]):
        measure = ""  # "15 of the 23 bodies had been identified": the 15 are named, the 23 are the toll
    elif part_of_them and state.total is not None:
        population, label = f"{state.total[0]}-part", f"{state.total[7]} (part)"
    elif of_whole and counted.concept in SELF_MEASURED:
        # "15 des 23 corps ont été identifiés": the whole is the toll, the part some of its dead
        # ("41 of its 148 schools were closed" is the count of closed schools: 148 is the stock)
        population, label = f"{population}-part", f"{label} (part)"
    elif not measure and since and (fronted := W["fronted_whole"].match(s)) and W["figure_then_noun"].fullmatch(s, fronted.end(), m.start) \
            and not any(m.end <= r.start < m.end + 40 for r in refs):  # ("Of the 48 dead, 44 were in Zelmara": its place's)
        # "Of the 1,200 passengers on board, 300 were still waiting", « Sur les 1 200 passagers, 300 »: a part of the
        # whole the sentence opens with, nothing done to it that would tell it apart
        population, label = f"{population}-part", f"{label} (part)"
    elif W["one_place"].match(s, m.end):
        # "Thirty-one in one village", « 17 toits dans une seule rue »: one unnamed place's part of the whole
        population, label = f"{population}-part", f"{label} (part)"
    elif not subset and W["partitive"].match(s, m.end) and not any(m.end <= r.start < m.end + 60 for r in refs):
        # (a place after it names the part: "1,100 of those deaths occurred in France" is France's toll)
        # "12 of the victims will be buried on Monday", "25 des rescapés": a part of a group, a quantity of its own
        population, label = f"{population}-part", f"{label} (part)"
    elif subset and state.total is not None:
        # "dont 1 050 parmi les plus de 75 ans": a part of the total before, a quantity of its own
        t_population, measure, t_place, t_level, as_of, part_of, period, t_label = state.total
        population, label = f"{t_population}-{subset}", f"{t_label} ({subset.replace('-', ' ')})"
        ref = PlaceRef(t_place, t_place, t_level, 0) if t_place else None
    # the speaker's own part of the whole toll, set against no one else's count (a site named, "on board the
    # Nereid", is that part's place already): what its crew did, "Vigie Marine said its crew had taken 31
    # survivors on board"; the patients of a hospital, "Vernissac University Hospital said it had admitted 19",
    # « 27 blessés y ont été accueillis, indique la direction de l'hôpital » (a part already counts apart:
    # "Hospital officials said 17 of the injured were in critical condition")
    if actors and not (ref is not None and ref.level == "site") and (
            ((team := W["own_team"].search(s, max(0, m.start - 120), m.start)) and not W["counting"].search(team.group("gap")))
            or (population.partition("-")[0] in _HOSPITAL_PATIENTS and W["hospital"].search(actors[0].name)
                and "-part" not in population and "-by-" not in population)):
        population, label = f"{population}-by-{actors[0].id}", f"{label} (by {actors[0].name})"
    if undated:  # the same count on an earlier day nobody names: kept, and set against nothing of today's
        population, label = f"{population}-earlier", f"{label} (earlier, day not given)"
    claim = Claim(
        claimants=tuple(actors), figure=Figure(m.value, m.lower, m.upper, m.qualifier, unit),
        subject=counted.phrase, quantity_label=label, document=doc.id,
        evidence=raw_sentence.strip(), start=a if offset is not None else None,
        end=b if offset is not None else None, stated_on=said,
        scope=ref.name if ref else None, hedged=hedged, population=population or "unspecified", measure=measure,
        place=ref.id if ref else "", place_level=ref.level if ref and ref.level in PLACE_LEVELS else "",
        as_of=as_of or said, period=period, part_of=part_of,
    )
    state.last = (state.sentence, ref, frozenset(a.id for a in actors or ()))
    if not part_of:
        state.total = (claim.population, claim.measure, claim.place, claim.place_level, claim.as_of, claim.quantity_id,
                       claim.period, label)
    if not part_of and not (context.subset is not None and context.subset.search(s[max(since, m.start - 40):m.start])):
        state.total_place = ref  # ("dont 112 000 à Paris" is a part by its place: not the whole's)
    if W["hearsay"].search(s, max(0, m.start - 50), m.start):
        return None  # (what it counts is kept for the figures after it: "Nous en connaissons au moins 23")
    return claim


def _remember(state: State, counted: Counted) -> None:
    """Note what a figure counted, where, and how often the article counts it."""
    state.counted_para, state.asked = state.para, False
    if counted.concept in PEOPLE_CONCEPTS:
        state.people_counted = (state.sentence, counted)
    if counted.concept:
        times = state.tally.get(counted.concept, (0, counted))[0]
        state.tally[counted.concept] = (times + 1, counted)


#: Measures read before a bare figure, from its verb ("had killed about 17,000") or from a recap line's topic before its
#: colon ("The people evacuated across the marsh, according to the prefecture: 3,700 on Sunday")
_MEASURES_BEFORE = frozenset({"killed", "wounded", "captured", "casualties", "evacuated", "arrested", "infected", "rescued",
                              "confined", "sheltered", "treated", "exposed", "abducted", "freed", "missing", "displaced",
                              "destroyed", "damaged"}) | CARGO_MEASURES   # ("and destroyed 86 homes")


def _measure_window(s: str, m: Mention, code: str) -> str:
    """Where the measure of a figure is read: the figure and what follows it,
    up to the next figure or the next clause; else the verb right before it
    ("had killed about 17,000 fighters", "captured two soldiers in Russia")."""
    # (a semicolon ends the clause: "1,100 people evacuated; the two fishermen it had reported missing")
    # (a part set between commas is no end: « Au moins 40 personnes, dont 12 enfants, ont péri », "40 people,
    # including 12 children, died")
    after = re.split(r"[\d;]", _words(code)["subset_aside"].sub(r"\g<lead> ", s[m.end:m.end + 120], count=1)[:80],
                     maxsplit=1)[0]
    window = s[m.start:m.end] + _words(code)["next_clause"].split(after, maxsplit=1)[0]
    if measure_in(window, code) in (None, "deployed", "protesting"):
        # ("arrested 300 protesters", « ont tué 12 manifestants »: what was done to marchers, not a march)
        # (not across the "that" opening the figure's clause: "seven villages had been evacuated and that 480
        # firefighters were fighting the blaze")
        before = _words(code)["that_word"].split(re.split(r"[\d,;]", s[max(0, m.start - 30):m.start])[-1])[-1]
        if measure_in(before, code) in _MEASURES_BEFORE - {"missing", "displaced"}:
            window = before + window
        elif (numbered := _words(code)["number_of"].search(s, max(0, m.start - _NUMBER_OF_REACH), m.start)) \
                and measure_in(numbered.group(), code) not in (None, "deployed"):
            window = numbered.group() + window  # "put the number of people forced from their homes at 40,000"
        elif (topic := _words(code)["colon_topic"].match(s, 0, m.start)) and measure_in(topic.group(), code) in _MEASURES_BEFORE:
            window = topic.group() + window  # (the topic's measure: what the figures after the colon count)
    return window


def _told(figure: Figure):
    """What a figure says, whatever its qualifier ("3 400" and "près de 3 400" say the same)."""
    return figure.value if figure.value is not None else (figure.lower, figure.upper)


def _attributed_after(claims: list[Claim], text: str, code: str, g: Gazetteer, publisher: Actor) -> list[Claim]:
    """The outlet's figures of a sentence whose source the next sentence gives: "… rose to 47, of it 9 with severe
    injuries. This informed the Police Headquarters Kellerbrunn", « … dont 9 graves. C'est ce qu'a indiqué la
    préfecture »."""
    sources: dict[int, list[Actor]] = {}
    out = []
    for c in claims:
        if c.claimants == (publisher,) and c.end is not None:
            if c.end not in sources:
                np = attributed_after(text, c.end, code)
                sources[c.end] = g.resolve(np, code) if np else []
            if sources[c.end]:
                c = replace(c, claimants=tuple(sources[c.end]), id="")
        out.append(c)
    return out


@functools.lru_cache(maxsize=None)
def _revised_heading(code: str) -> re.Pattern:
    L = _lang.get(code)
    # "Nouveau bilan :", "Bilan actualisé :", "Latest toll:" opening a sentence or a live entry, no source after it
    # (or a word that alone says the entry updates a count: "Update:", « Mise à jour : »)
    return re.compile(rf"\W*(?:(?:{L.DOCUMENT_ADJECTIVES})\s+(?:{L.SOURCE_NOUNS})|(?:{L.SOURCE_NOUNS})\s+"
                      rf"(?:{L.DOCUMENT_ADJECTIVES})|{L.UPDATE_HEADINGS})\s*:", re.I)


def _revised_heading_sources(claims: list[Claim], text: str, code: str, publisher: Actor) -> list[Claim]:
    """A live entry's "Nouveau bilan : 640 personnes évacuées" is the new count of whoever gave that count
    before: the one source the page quotes for the same population, whichever way its entries run."""
    heading = _revised_heading(code)
    sources: dict[tuple, set] = {}
    for c in claims:
        if c.claimants != (publisher,):
            sources.setdefault((c.population,), set()).add(c.claimants)
            sources.setdefault((c.population, c.measure), set()).add(c.claimants)
    out = []
    for c in claims:
        if c.claimants == (publisher,) and c.start is not None and heading.match(text, c.start):
            # (the one source of what it counts the same way first: "people taken off", not "brought ashore")
            found = _one_source(sources.get((c.population, c.measure), set())) or _one_source(sources.get((c.population,), set()))
            c = replace(c, claimants=found, id="") if found else c
        out.append(c)
    return out


def _one_source(claimants: set) -> tuple:
    """The one source among ``claimants`` (tuples of actors), the names of one body included ("préfecture" and
    "préfecture de la Basse-Aygone": the longer), else ()."""
    if len(claimants) <= 1:
        return next(iter(claimants), ())
    if any(len(c) != 1 for c in claimants):
        return ()
    longest = max(claimants, key=lambda c: len(c[0].name))
    whole = fold(longest[0].name)
    return longest if all(fold(c[0].name) in whole for c in claimants) else ()


def _without_echoes(claims: list[Claim], publisher: Actor) -> list[Claim]:
    """Drop the article's own figures that repeat a figure it attributes to a
    source ("Ocean Lynx rescues 143" over "143 rescued, the NGO said"): the
    headline or lead echoes the source, it is not a second claim."""
    def key(c):
        return c.figure.value, c.figure.lower, c.figure.upper
    sourced = {key(c) for c in claims if c.claimants != (publisher,)}
    claims = [c for c in claims if c.claimants != (publisher,) or key(c) not in sourced]
    # "Séoul affirme que Pyongyang a envoyé 1 500 soldats" over "environ 1 500 ..., selon le NIS", "Union says
    # 60,000 nurses strike" over "the nurses' union said 60,000": a headline (no offsets) restating a body
    # figure, under a shorter name for its source, is the same claim
    in_body = {x for c in claims if c.start is not None for x in key(c) if x is not None}
    return [c for c in claims if c.start is not None or not {x for x in key(c) if x is not None} <= in_body]


def _dedupe(claims: list[Claim]) -> list[Claim]:
    seen, out = set(), []
    for c in claims:
        f = c.figure
        key = (tuple(a.id for a in c.claimants), f.value, f.lower, f.upper, c.quantity_id)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
