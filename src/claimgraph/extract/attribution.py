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

import functools
import re
from dataclasses import dataclass

from . import lang as _lang
from .phrases import (AGENTIVE, CLAUSE_IN_NP, FINITE_AFTER, INDEFINITE_THING, NON_AGENT_SOURCE, PLACE_PHRASE,
                      VAGUE_SUBJECT, stray_digits, subject_before, trim_np)

__all__ = ["Cue", "action_subject", "assign", "find_cues"]


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str        # "verb" | "source" | "inverted" | "noun"
    start: int       # where the cue begins in the sentence
    end: int
    phrase: str      # the words naming the source, as written
    forward: bool    # governs figures after it (else: before it)
    tight: bool = False  # binds only the figure right before it ("11,300 attributed to X")


_BOUNDARY_WORDS_FR = r"(?:que|qu'|quand|lorsque|lorsqu'|puisqu'|alors\s+que|tandis\s+que|mais|car|puisque|si|où|dont|avant\s+que|après\s+que)"
_BOUNDARY_WORDS_EN = r"(?:that|when|while|whereas|but|because|since|if|where|after|before|as)"
# A word after these is a noun, not a verb ("some estimates", "on record").
_QUANTIFIERS_PREPOSITIONS = {
    "fr": ("quelques", "plusieurs", "certaines", "certains", "autres", "nombreuses", "nombreux"),
    "en": ("some", "many", "several", "other", "these", "those", "on", "of", "in", "for", "to", "at", "by",
           "with", "from", "per", "into", "off", "new", "latest", "official", "own", "first", "its", "their"),
}


# a subject, its first verb and the coordination before a second verb
_COORDINATED_VERB = re.compile(r"^(?P<np>.+?)\s+(?:[a-zà-ÿ]+(?:ent|ont|ed)|a|est|is|has|have|had|was|were)\s.*\s(?:et|and)$")
# ", a déclaré à l'AFP le maire", ", a indiqué à notre antenne Léa Marchetti": who heard it, then who said it
_ADDRESSEE = re.compile(r"^\s*(?:à|au|aux)\s+(?:(?:l'|la|le|les|notre|nos|son|sa|ses|leur|leurs)\s*)?[\w'-]+"
                        r"(?:\s+[a-zà-ÿ][\w'-]*)?\s+(?=(?:le|la|les|l'|un|une)\s|[A-ZÀ-Ý])")
# English verbs that are also plural or singular nouns: "records of", "reports of", "estimates of"
_NOUN_LIKE_VERB = re.compile(r"(?<![\w'-])(?:records?|reports?|counts?|estimates?|claims?|posts?|documents?|projects?|"
                             r"forecasts?|tweets?|updates?|notes?|finds|releases?|registers?|findings)$", re.I)
# ", a-t-elle ajouté": "elle" is also in the adverb list (for "elle-même"), but here it is the subject
_SUBJECT_PRONOUNS = ("il", "elle", "ils", "elles", "on")


@functools.lru_cache(maxsize=None)
def _rx(code: str):
    L = _lang.get(code)
    stems = sorted(L.SPEECH_STEMS, key=len, reverse=True)
    stem = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in stems)
    adverbs = rf"(?:{L.ADVERBS}\s+){{0,3}}"
    if code == "fr":
        verb = (rf"(?<![\w'-])(?:{L.CLITICS}){{0,2}}(?:{L.AUX}\s+{adverbs})?(?:{stem})[\w]*(?![\w-])"
                rf"|(?<![\w'-])(?:{L.AUX}\s+{adverbs})?\w+[ée]s?\s+(?:son|sa|ses|leur|leurs)\s+(?:propre\s+)?{L.SOURCE_NOUNS}(?![\w-])")
        boundary = _BOUNDARY_WORDS_FR
        finite = (r"(?:déclare|affirme|estime|indique|précise|ajoute|explique|souligne|assure|dit|rapporte|"
                  r"confirme|annonce|poursuit|insiste|résume|note|relève|avance|reconnaît|estiment|affirment|indiquent)")
        inverted = [
            rf"{L.INVERTED_LEAD}(?:{L.AUX}\s+{adverbs}(?:{stem})\w*|{finite})(?:\s+{L.ADVERBS})*\s+(?P<np>[^,;:.!?«»“”\"()]+)",
            # ", a-t-il précisé", ", estime-t-elle", ", assurent-ils": the pronoun is the subject
            rf"{L.INVERTED_LEAD}(?:(?:a|ont|avait|avaient)-t-(?P<np>il|elle|on)\s+{adverbs}(?:{stem})\w*"
            rf"|(?:{stem})\w*-(?:t-)?(?P<np2>il|elle|ils|elles|on))(?![\w-])",
        ]
    else:
        # English verbs: only inflected forms, so "the report" or "estimates of" are not verbs.
        verb = (rf"(?<![\w'-])(?:{L.AUX}\s+)*(?:{adverbs})?(?:said|says|told|tells|(?:{stem})(?:ed|d|s|es|ied|ies|ing|e)?)(?![\w-])"
                rf"|(?<![\w'-])(?:stood|stands|stand)\s+by(?![\w-])|(?<![\w'-])puts?\s+[^.;,]{{1,60}}?\s+at(?![\w-])"
                rf"|(?<![\w'-])(?:\w+ed|cut|set|kept|put|gave|lowered|raised)\s+(?:its|their|his|her)\s+(?:own\s+|latest\s+|official\s+)?{L.SOURCE_NOUNS}(?![\w-])")
        boundary = _BOUNDARY_WORDS_EN
        inverted = [
            # not "told": ", told Tech Ledger it contained" names who heard, then what was said
            rf"{L.INVERTED_LEAD}(?:said|says|added|stated|noted|estimated|according\s+to)\s+(?P<np>[^,;:.!?\"“”()]+)",
            rf"{L.INVERTED_LEAD}(?P<np>[^,;:.!?\"“”()]{{2,80}}?)\s+(?:said|says|added|told\s+\w+|stated|noted|estimated)"
            rf"(?:\s+(?:on|last|this)\s+\w+|\s+yesterday|\s+today|\s+in\s+a\s+statement)?\s*(?=[.,;:!?](?!\d)|$)",
        ]
    # the source ends at a coordinated figure: "8 000 selon la police et 25 000 selon les organisateurs"
    source = (rf"(?<![\w'-])(?:{L.SOURCE_PREPS}|attribu(?:é|ée|és|ées|ted)\s+(?:to|à|au|aux))\s+(?!{L.NOT_SOURCE_AFTER})"
              r"(?P<np>[^,;:.!?«»“”\"()]+?)(?=\s+(?:et|and|ou|or|mais|but)\s+(?:\d|environ|about|some|quelque)|[,;:.!?«»“”\"()]|$)")
    noun = rf"(?<![\w'-]){L.SOURCE_NOUNS}\s+{L.SOURCE_NOUN_LINK}\s*(?P<np>[^,;:.!?«»“”\"()]+)"
    possessive = r"(?P<np>(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w.-]*|(?i:the)\s+[a-z]+(?:\s+[a-z]+)?)(?:'s|(?<=s)')\s+(?:own\s+|latest\s+|new\s+|official\s+)?(?:count|estimate|figures?|tally|toll|data)" if code == "en" else None
    return {
        "L": L,
        "verb": re.compile(verb, re.I),
        "boundary": re.compile(rf"(?:[;:«»“”\"]|(?<![\w'-]){boundary}(?:(?<=')|(?![\w-])))", re.I),
        "clause_word": re.compile(rf"(?<![\w'-])(?:{boundary})(?:(?<=')|(?![\w-]))", re.I),
        "passive": re.compile(r"(?<![\w'-])(?:est|sont|était|étaient|été|être|sera|seront|serait|seraient|fut|furent|"
                              r"is|are|was|were|been|be|being)\s+(?:\w+(?:ment|ly)\s+)?$", re.I),
        "inverted": [re.compile(p, re.I) for p in inverted],
        "source": re.compile(source, re.I),
        "gapped": re.compile(r"[,;]\s*(?P<np>(?:la|le|les|l'|the)\s*[^\d,;.:()«»\"]{2,40}?)\s+(?=(?:environ|quelque|plus\s+de|"
                             r"près\s+de|about|some|more\s+than|nearly|\d))", re.I),
        # "Pour la préfecture, ...", "For the UN, ...": a source that opens the sentence
        "for_source": re.compile(r"^\s*(?:Pour|For)\s+(?P<np>(?:le|la|les|l'|the)\s*[^,;:.]{2,60}),"),
        "time_only": re.compile(rf"(?:{L.ADVERBS}|soir|matin|evening|morning|night|nuit|\s)+", re.I),
        # "Samedi, le ministère": a day or month before a description is not a name
        "time_word": re.compile(r"(?<![\w'-])(?:%s|matin|soir|morning|evening|night)(?![\w'-])"
                                % "|".join(map(re.escape, [*L.MONTHS, *L.WEEKDAYS])), re.I),
        "agent": re.compile(
            r"(?<![\w'-])(?:estimated|counted|put|reported|recorded|tallied|given|revised|announced|released|published|"
            r"confirmed|provided|estimée?s?|comptée?s?|recensée?s?|évaluée?s?|chiffrée?s?|dénombrée?s?|annoncée?s?|"
            r"avancée?s?|publiée?s?|communiquée?s?|confirmée?s?|fournie?s?|révisée?s?)(?![\w-])(?:[^.;,]|(?<=\d)[.,](?=\d)){0,40}?"
            r"\s(?P<by>by|par)\s+(?P<np>[^,;:.!?«»“”\"()]+)", re.I),
        "noun": re.compile(noun, re.I),
        "source_noun_lead": re.compile(
            rf"^(?:(?:{'|'.join(map(re.escape, L.DETERMINERS))})\s*)?(?:\w+\s+)?{L.SOURCE_NOUNS}(?:\s+\w+)?\s+"
            rf"{L.SOURCE_NOUN_LINK}\s*(?=\S)", re.I),
        "possessive": re.compile(possessive) if possessive else None,
        # ("a" is a verb in French, an article in English: "according to a filing with the regulator")
        "stop_np": re.compile(rf"\s(?:{boundary}|qui|who|which|{'a|' if code == 'fr' else ''}ont|has|have|had|was|were|is|are|est|sont|était|étaient)\s.*$", re.I),
        "relative": re.compile(L.RELATIVE_WHO + r"$", re.I),
        # generic -ment/-ly words are adverbs only between auxiliary and verb: before it they
        # may end the subject ("le gouvernement", "the family")
        "adverbs_tail": re.compile(rf"(?:\s+(?:{L.ADVERBS.replace('|[a-zé]+ment', '').replace('|[a-z]+ly', '')}))+\s*$", re.I),
        "french": code == "fr",
        "noun_before": re.compile(r"(?<![\w'-])(?:%s)\s*$" % "|".join(
            [re.escape(d) for d in L.DETERMINERS if d not in ("de", "d'")] + list(_QUANTIFIERS_PREPOSITIONS[code])), re.I),
    }


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
    """
    P = _rx(code)
    cues: list[Cue] = []
    for m in P["source"].finditer(sentence):
        np = trim_np(P, m.group("np"))
        if np and not NON_AGENT_SOURCE.match(np):
            cues.append(Cue("source", m.start(), m.end(), np, forward=True))
    for m in P["gapped"].finditer(sentence):
        # "Les organisateurs ont annoncé 70 000 participants, la préfecture 45 000": the verb is implied
        np = trim_np(P, m.group("np"))
        if (np and len(np.split()) <= 5 and (AGENTIVE.search(np) or re.search(r"\b[A-Z]{2,}\b", np))
                and re.search(r"\d", sentence[:m.start()])
                and not re.search(r"(?<![\w'-])(?:a|ont|en|y|avait|avaient|have|has|had|is|are|was|were)(?![\w'-])", np, re.I)):
            cues.append(Cue("noun", m.start("np"), m.end("np"), np, forward=True))
    for m in P["for_source"].finditer(sentence):
        np = trim_np(P, m.group("np"))
        if np and (AGENTIVE.search(np) or np[:1].isupper()):
            cues.append(Cue("source", m.start(), m.end(), np, forward=True))
    for m in P["agent"].finditer(sentence):
        # "the crowd was estimated at 50,000 by police": the agent of a passive count
        np = trim_np(P, m.group("np"))
        if np and not re.search(r"\d", np) and not NON_AGENT_SOURCE.match(np):
            cues.append(Cue("source", m.start("by"), m.end(), np, forward=False))
    for rx in P["inverted"]:
        for m in rx.finditer(sentence):
            if P["clause_word"].search(m.group(0)):
                continue  # ", a affirmé vendredi que ...": a verb with its clause, not an inverted source
            if not P["french"] and m.group("np") and FINITE_AFTER.search(m.group("np")):
                continue  # ", said its volunteers had found": the subject of the reported clause
            np = trim_np(P, _ADDRESSEE.sub("", m.group("np") or m.groupdict().get("np2") or "", count=1))
            if PLACE_PHRASE.match(np):
                continue  # "he told reporters in New Delhi": where, not who
            if (np.lower() not in _SUBJECT_PRONOUNS and P["time_only"].fullmatch(np)) or (
                    INDEFINITE_THING.match(np) and not AGENTIVE.search(np)):
                continue  # ", a fait le point mardi", ", a dénoncé une grève": the subject is before
            if np and not re.search(r"\d", np) and len(np.split()) <= 8:
                cues.append(Cue("inverted", m.start(), m.end(), np, forward=False))
    for m in P["noun"].finditer(sentence):
        if re.match(r"(?:numbers?|nombre)\s+(?:of|de|d')", m.group(0), re.I):
            continue  # "the number of workers in the pit": what is counted, not who counts
        # "figures from the health ministry showed 1,200 ...": the source ends before its verb
        np = trim_np(P, re.split(r"\s+(?:\S*\d|show|shows|showed|shown|indicate|indicates|indicated|suggest|suggests|suggested|"
                                  r"montrent|montre|montraient|indiquent|font|fait|put|puts|gave|give|gives)\b",
                                  m.group("np"), maxsplit=1, flags=re.I)[0])
        if np and not re.search(r"\d", np):
            cues.append(Cue("noun", m.start(), m.end(), np, forward=True))
    if P["possessive"] is not None:
        for m in P["possessive"].finditer(sentence):
            if re.search(r"(?<![\w'-])(?:than|below|above|under|over|with|to|from|like|unlike)\s+$", sentence[:m.start()], re.I):
                continue  # "slightly below the state's figure": compared with, not claimed by
            cues.append(Cue("possessive", m.start(), m.end(), m.group("np"), forward=True))
    inverted_spans = [(c.start, c.end) for c in cues if c.kind in ("inverted", "source")]
    last_subject = ""
    for m in P["verb"].finditer(sentence):
        if any(a <= m.start() < b for a, b in inverted_spans):
            continue
        left = sentence[:m.start()]
        if not P["french"] and m.group()[:1].isupper() and left.strip(" \"“«'"):
            continue  # "the Yemen Civilian Impact Project", "The Washington Post": part of a name
        only_verb = re.search(r"(?<![\w'-])(?:said|says|told|tells|added|stated)$", m.group(), re.I)
        if not P["french"] and _NOUN_LIKE_VERB.search(m.group()) and re.match(r"\s+of(?![\w'-])", sentence[m.end():]):
            continue  # "exposed records of", "reports of shelling": a noun followed by its complement
        if not only_verb and (P["noun_before"].search(left) or re.search(r"'s\s*$", left)):
            continue  # "ces estimations", "le chiffre", "the Guard's count": nouns, not verbs ("the official told" is a verb)
        if P["passive"].search(left):
            continue  # "sont enregistrés", "were registered": no agent here
        np = subject_before(P, sentence, m.start())
        if last_subject and (m.group().lower().endswith("ing") and re.search(r",\s*$", left)
                             or P["french"] and re.search(r"(?<![\w'-])(?:avoir|être)\s+$", left)):
            # "the official told reporters in Lagos, adding that", "l'ONG dit avoir documenté": the same speaker
            np = last_subject
        np = P["source_noun_lead"].sub("", np, count=1) or np  # "A tally by Reuters put ..."
        if re.match(r"^(?:et|and)?$", np, re.I) and last_subject:
            np = last_subject  # "ont jugé ... et avancé": same subject
        coordinated = _COORDINATED_VERB.match(np)
        if coordinated:
            np = coordinated.group("np")  # "Les organisateurs contestent ce chiffre et parlent de": the same subject
        lead = re.match(r"^(it|he|she|they|il|elle|ils|elles)\s+\w", np, re.I)
        if lead and len(np.split()) > 2:
            np = lead.group(1)  # "It coordinated the arrival of ...": the pronoun is the subject
        if not np or stray_digits(np) or len(np.split()) > 12 or VAGUE_SUBJECT.match(np):
            continue
        if len(np.split()) > 3 and CLAUSE_IN_NP.search(np):
            continue  # "several families had buried relatives ... without [registering]": a clause, not a subject
        last_subject = np
        cues.append(Cue("verb", m.start(), m.end(), np, forward=True))
    cues.sort(key=lambda c: c.start)
    return _directions(cues, sentence)


_ACTION_VERB = {
    # "La direction a présenté un plan prévoyant 480 suppressions", "le gestionnaire du réseau a mobilisé 3 000
    # techniciens": a past action whose subject is who gives the figure
    "fr": re.compile(r"(?<![\w'-])(?:a|ont|avait|avaient)\s+(?:(?:déjà|aussi|également|ensuite|alors|d'abord|"
                     r"mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\s+)?(?!été\b)"
                     r"[a-zà-ÿ]{3,}(?:é|i|is|it|u|us|ert|int)(?![\w'-])"),
    "en": re.compile(r"(?<![\w'-])(?:(?:has|have|had)\s+(?:\w+ly\s+|also\s+|already\s+)?(?!been\b)[a-z]{3,}(?:ed|en|t)"
                     r"|[a-z]{3,}ed|sent|took|brought|kept|lost|built|sold|hired|cut|set|gave|made|held|paid|drew)"
                     r"(?![\w'-])"),
}


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
    first = re.search(r"\d", sentence)
    until = min(until if until is not None else len(sentence), first.start() if first else len(sentence))
    m = _ACTION_VERB[code].search(sentence, 0, until)
    if m is None or P["passive"].search(sentence[:m.start()]) or P["noun_before"].search(sentence[:m.start()]):
        return None
    np = subject_before(P, sentence, m.start())
    if np and len(np.split()) <= 8 and not stray_digits(np) and not CLAUSE_IN_NP.search(np):
        return Cue("action", m.start(), m.end(), np, forward=True)
    return None


def _directions(cues: list[Cue], s: str) -> list[Cue]:
    # A "selon X" that closes a clause governs what comes before it.
    out = []
    prev_end = 0
    for c in cues:
        if c.kind == "source":
            before = s[prev_end:c.start]
            digits = list(re.finditer(r"\d|\b(?:milliers|centaines|thousands|hundreds|dozens|dizaines)\b", before, re.I))
            tight = bool(digits) and (re.match(r"attribu", s[c.start:c.end], re.I) is not None
                                      or len(before) - digits[-1].end() <= 30)
            c = Cue(c.kind, c.start, c.end, c.phrase, forward=not digits, tight=tight)
        out.append(c)
        prev_end = c.end
    return out


def assign(cues: list[Cue], starts: list[int]) -> list[Cue | None]:
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
    """
    out = []
    for i, pos in enumerate(starts):
        after = [c for c in cues if c.start >= pos]
        before = [c for c in cues if c.start < pos and c.forward]
        nxt = after[0] if after else None
        if nxt is not None and not nxt.forward:
            last_before_cue = i + 1 == len(starts) or starts[i + 1] > nxt.start
            if not before or (nxt.tight and last_before_cue) or (before[-1].start < _prev_backward(cues, pos)):
                out.append(nxt)
                continue
        spent = [c for c in cues if c.end <= pos and not c.forward]
        if before:
            out.append(before[-1])
        elif after:
            out.append(after[0])
        elif spent:
            out.append(spent[-1])  # "11 died, the Council said, with 34 others missing"
        else:
            out.append(None)
    return out


def _prev_backward(cues: list[Cue], pos: int) -> int:
    """Where the last backward cue before ``pos`` ends (a forward cue before it is spent)."""
    ends = [c.end for c in cues if c.end <= pos and not c.forward]
    return ends[-1] if ends else -1
