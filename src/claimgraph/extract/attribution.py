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

__all__ = ["action_subject", "AGENTIVE", "SOURCE_DOCUMENTS", "THING_SUBJECT", "Cue", "assign", "find_cues"]


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str        # "verb" | "source" | "inverted" | "noun"
    start: int       # where the cue begins in the sentence
    end: int
    phrase: str      # the words naming the source, as written
    forward: bool    # governs figures after it (else: before it)
    tight: bool = False  # binds only the figure right before it ("11,300 attributed to X")


#: Nouns that name someone who can make a claim (officials, police, unions...).
AGENTIVE = re.compile(
    r"\b(?:research\w*|cherch\w*|scienti\w*|expert\w*|official\w*|responsab\w*|authorit\w*|autorit\w*|minist\w*|"
    r"police|organi[sz]\w*|union\w*|syndica\w*|govern\w*|gouvern\w*|agenc\w*|office|bureau|institut\w*|"
    r"universit\w*|service\w*|army|armée|military|militaires|mayor|maire|governor|préfe\w*|spokes\w*|porte-parole|"
    r"pompiers|firefighters|secours|rescuers|sauveteurs|médecins|doctors|hôpita\w*|hospital\w*|witness\w*|témoins?|"
    r"journalist\w*|analyst\w*|analystes?|observ\w*|activist\w*|militants?|associations?|ONG|NGOs?|group\w*|"
    r"collectif\w*|médias?|media|presse|press|direction|management|company|entreprise|firm|cabinet|commission|"
    r"council|conseil|court|tribunal|prosecutor\w*|procureur\w*|parquet|leaders?|dirigeants?|commanders?|"
    r"commandants?|staff|état-major|intelligence|renseignement|census|recensement|statisti\w*|observatoire|"
    r"residents?|habitants|locals|voluntee\w*|bénévoles|chiefs?|chefs?|head|director\w*|directeur\w*|president\w*|"
    r"présiden\w*|ministre|minister|sources?|diplomat\w*|envoy|émissaire|negotiat\w*|négociat\w*|"
    r"intersyndical\w*|confédération|federation|fédération|coalition|coordination|alliance|réseau|network|"
    # people who witness or count, and bodies that run things
    r"survivors?|survivants?|rescapés?|victims?|victimes|famil(?:y|ies)|familles?|relatives|proches|parents|"
    r"garde-côtes?|coast\s*guards?|crews?|équipages?|captains?|capitaines?|pilots?|pilotes?|soldiers?|soldats?|"
    r"workers?|ouvriers?|salariés?|employees?|employés?|nurses?|infirmi\w+|teachers?|enseignants?|farmers?|"
    r"agriculteurs?|fishermen|pêcheurs?|students?|étudiants?|passengers?|passagers?|supporters?|fans|"
    r"organi[sz]ers?|organisateurs?|operators?|opérateurs?|exploitants?|gestionnaires?|utilit(?:y|ies)|"
    r"compan(?:y|ies)|compagnies?|sociétés?|groupe|owners?|propriétaires?|armateurs?|airlines?|carriers?|"
    r"clinics?|cliniques?|régies?|rectorats?|académies?|mairies?|préfectures?|regulators?|régulateurs?|watchdogs?|"
    r"inspect\w+|investigators?|enquêteurs?|monitors?|lawyers?|avocats?|delegates?|délégués?|stewards?|"
    r"coroners?|medical\s+examiners?|legistes?|légistes?|paramedics?|ambulanciers?|medics?)\b",
    re.I)
# A subject that names nobody: a relative pronoun, an adjective, a thing.
THING_SUBJECT = re.compile(r"^(?:(?i:le|la|les|the|a|an|un|une|des)\s+|(?i:l'))?[a-zà-ÿ' -]+$")

_BOUNDARY_WORDS_FR = r"(?:que|qu'|quand|lorsque|lorsqu'|puisqu'|alors\s+que|tandis\s+que|mais|car|puisque|si|où|dont|avant\s+que|après\s+que)"
_BOUNDARY_WORDS_EN = r"(?:that|when|while|whereas|but|because|since|if|where|after|before|as)"
_LEADING_JUNK = re.compile(
    r"^(?:(?:et|and|or|ou|mais|but|puis|then|quand|when|while|alors|so|donc|enfin|also|aussi)\s+)+", re.I)
_PARTICIPLE_LEAD = re.compile(
    r"^(?:[a-zà-ÿ]+(?:ant|ing|é|ée|és|ées|ed)\b|which|who|whose|qui|que|dont|où|selon|d'après|according|in|at|on|during|after|before|"
    r"en|dans|lors|après|avant|pour|par|with|avec|sans|without|interrogée?s?|quoted|speaking|parlant|"
    r"à|au|aux|parmi|among|chez|sous|under|since|depuis|from|sur|auxquels|auxquelles|lesquels|lesquelles)(?![\w'-])")
# A word after these is a noun, not a verb ("some estimates", "on record").
_QUANTIFIERS_PREPOSITIONS = {
    "fr": ("quelques", "plusieurs", "certaines", "certains", "autres", "nombreuses", "nombreux"),
    "en": ("some", "many", "several", "other", "these", "those", "on", "of", "in", "for", "to", "at", "by",
           "with", "from", "per", "into", "off", "new", "latest", "official", "own", "first", "its", "their"),
}
# "selon des données préliminaires", "according to initial figures": data, not a source
_NON_AGENT_SOURCE = re.compile(
    r"^(?:(?:des|les|de|d'|ces|la|le|l'|cette|ce|même|the|a|an|this|that|same|some|initial|early|preliminary|first|latest|new|official|officielles?|premières?|"
    r"dernières?|nouvelles?|préliminaires?)\s+)*(?:données|data|informations?|chiffres|figures|calculs|calculations|"
    r"images|photos|premiers?\s+éléments|éléments|lesquel\w*|(?:même\s+)?méthodes?|methods?|méthodologie|methodology|"
    r"critères|criteria|définitions?|definitions?)(?:\s+(?:préliminaires|provisoires|disponibles|"
    r"officielles|preliminary|available|provisional))?$", re.I)
# "some estimates put the toll at": no one in particular — the speaker around it counts
_VAGUE_SUBJECT = re.compile(
    r"^(?:some|certain|other|many|several|certaines?|d'autres|plusieurs|de\s+nombreu(?:x|ses))\s+"
    r"(?:estimates?|estimations?|figures?|chiffres|data|données|calculations?|calculs|counts?|projections?)$", re.I)


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
    source = rf"(?<![\w'-])(?:{L.SOURCE_PREPS}|attribu(?:é|ée|és|ées|ted)\s+(?:to|à|au|aux))\s+(?!{L.NOT_SOURCE_AFTER})(?P<np>[^,;:.!?«»“”\"()]+)"
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
        "stop_np": re.compile(rf"\s(?:{boundary}|qui|who|which|a|ont|has|have|had|was|were|is|are|est|sont|était|étaient)\s.*$", re.I),
        "relative": re.compile(L.RELATIVE_WHO + r"$", re.I),
        # generic -ment/-ly words are adverbs only between auxiliary and verb: before it they
        # may end the subject ("le gouvernement", "the family")
        "adverbs_tail": re.compile(rf"(?:\s+(?:{L.ADVERBS.replace('|[a-zé]+ment', '').replace('|[a-z]+ly', '')}))+\s*$", re.I),
        "french": code == "fr",
        "noun_before": re.compile(r"(?<![\w'-])(?:%s)\s*$" % "|".join(
            [re.escape(d) for d in L.DETERMINERS if d not in ("de", "d'")] + list(_QUANTIFIERS_PREPOSITIONS[code])), re.I),
    }


_PUBLISHED_BY = re.compile(r"^(?:\S+\s+){1,3}(?:communiqu|publi|fourni|établi|diffus|proclam|annonc|rendu|released|published|"
                           r"issued|provided|compiled|announced)\w*\s+(?:[^,;]*?\s)?(?:par|by)\s+(?P<np>.+)$", re.I)


def _trim_np(P, np: str) -> str:
    by = _PUBLISHED_BY.match(np.strip())
    if by:
        np = by.group("np")  # "un bilan communiqué vendredi par la préfecture", "results released by the board"
    np = P["stop_np"].sub("", " " + np).strip()
    # "un décompte du cabinet Occurrence", "a tally by Reuters": the source is after the noun
    np = P["source_noun_lead"].sub("", np, count=1) or np
    np = re.split(r"\s+(?:sur|on|in|à|en|dans|lors|during|at|to|pour|for|about|concernant|dès|depuis)\s+(?:la\s+|le\s+|les\s+|l'|the\s+)?(?:base|conférence|conference|briefing|point|presse|press|réseaux|télévision|television|radio|interview|entretien|statement|communiqué)\b", np, flags=re.I)[0]
    np = re.split(r"\s+(?:on|le|this|last|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|hier|yesterday|today)\b.*$", np, flags=re.I)[0] if len(np.split()) > 1 else np
    return np.strip(" ,")


def _subject_before(P, s: str, pos: int) -> str:
    """The noun phrase that ends right before ``pos`` (the subject of a verb)."""
    left = s[:pos]
    left = P["adverbs_tail"].sub("", left)
    if P["french"]:
        left = re.sub(r"(?:\s+(?:n'|ne|en|y|l'|lui|leur|se|s'))+\s*$", "", left, flags=re.I)
    rel = P["relative"].search(left)
    if rel:
        # "researchers at X, who concluded": the phrase before the relative pronoun
        left = left[:rel.start()]
        m = list(re.finditer(r"(?<![\w-])(?:from|by|par|auprès\s+d[e']|de\s+la\s+part\s+d[e'])\s+", left, re.I))
        if m:
            return left[m[-1].end():].strip()
        # "Selon lui, la commune, qui": the noun phrase right before the relative pronoun
        return " ".join([seg for seg in left.split(",") if seg.strip()][-1:][0].split()[-6:]) if left.strip(" ,") else ""
    b = list(P["boundary"].finditer(left))
    # "the paramilitary group that controls most of West Darfur, said": a relative clause closed by a
    # comma sits inside the subject; the boundary is the one before it
    while b and re.fullmatch(r"(?:that|which|who|qui)", b[-1].group().strip(), re.I) and re.search(
            r"[a-zà-ÿ]\s+$", left[:b[-1].start()]) and re.search(r",\s*$", left[b[-1].end():]) and "," in left[:b[-1].start()]:
        left = left[:b[-1].start()]
        b = list(P["boundary"].finditer(left))
    if b:
        left = left[b[-1].end():]
    segments = [seg.strip() for seg in left.split(",")]
    while segments and not segments[-1]:
        segments.pop()
    # "Zelensky, citant des rapports, a affirmé": skip a parenthetical segment
    # "La Croix-Rouge, présente avec 300 volontaires, estime", "Ahmed, 61, said": an apposition
    # with a number; "La direction, elle, n'en recense": a stressed pronoun after its noun
    while len(segments) > 1 and (_PARTICIPLE_LEAD.match(segments[-1]) or _STRESSED.fullmatch(segments[-1]) or (
            re.search(r"\d", segments[-1]) and not P["time_only"].fullmatch(segments[-2])
            and not _PARTICIPLE_LEAD.match(segments[-2]))):
        segments.pop()
    np = segments[-1] if segments else ""
    # "Great Lakes Power & Light, the region's largest utility, said": the name, not its description
    if len(segments) > 1 and _DESCRIPTION.match(np) and _NAME.match(segments[-2]) and not _TIME_WORD.search(segments[-2]):
        np = segments[-2]
    # "X et Y ont déclaré": keep a short coordinated subject together
    if len(segments) > 1 and re.match(r"^(?:et|and)\s", np, re.I) and len(segments[-2].split()) <= 5:
        np = segments[-2] + " " + np
    np = _LEADING_JUNK.sub("", np)
    if re.match(r"^(?:à|au|aux|en|dans|in|at|on|from|depuis|chez|vers|sur|into|inside)\s", np, re.I):
        return ""  # "À Kiev, l'annonce conforte...": a place phrase is not a subject
    return np.strip()


# A lowercase description after a name ("the region's largest utility", "un groupe écologiste")
_DESCRIPTION = re.compile(r"^(?:the|a|an|its|his|her|their|le|la|les|l'|un|une|son|sa|ses|leur)\s*[a-zà-ÿ][^,]*$")
# A proper name: capitalised words, maybe linked by "of", "de", "&" (not a time or place phrase)
_NAME = re.compile(r"^(?!(?:On|In|At|By|For|From|After|Before|During|Since|Meanwhile|However|Yesterday|Today|Later|Earlier|"
                   r"Selon|Pour|Par|Dans|En|À|A|Au|Aux|Après|Avant|Depuis|Dès|Lors|Hier|Sur|Sous|Vers|Chez|Outre|Comme|Ainsi|Enfin|"
                   r"Ici|Here|There|Also|Overall|Altogether|Across|Mais|Et|And|But|Then|Puis)(?![\w'-]))"
                   r"(?:(?:The|Le|La|Les|L')\s*)?[A-ZÀ-Ý][\w.'-]*(?:\s+(?:[A-ZÀ-Ý][\w.'-]*|&|of|de|du|des|d'|for|pour|and|et))*$")
_FINITE_AFTER = re.compile(r"\s(?:had|has|have|was|were|is|are|would|could|will|might|may|did|remained|reached|"
                           r"rose|stood|numbered|totall?ed)(?![\w'-])", re.I)
_PLACE_PHRASE = re.compile(r"^(?:in|at|on|from|near|outside|inside|during|à|au|aux|en|dans|depuis|lors|près)\s", re.I)
_CLAUSE_IN_NP = re.compile(r"(?<![\w'-])(?:had|has|have|was|were|did|avait|avaient|ont|était|étaient)\s+[a-zà-ÿ]+\s+\S"
                           r"|\s(?:without|sans|at|of|to|de|à|pour|for)$", re.I)
_TIME_WORD = re.compile(r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|"
                        r"juillet|août|septembre|octobre|novembre|décembre|monday|tuesday|wednesday|thursday|friday|"
                        r"saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|"
                        r"december|matin|soir|morning|evening|night)\b", re.I)
_STRESSED = re.compile(r"(?:elle|lui|eux|elles|quant\s+à\s+(?:elle|lui|eux|elles)|for\s+(?:its|their|his|her)\s+part|"
                       r"pour\s+sa\s+part|pour\s+leur\s+part|de\s+son\s+côté|de\s+leur\s+côté)", re.I)
#: Documents that speak for their authors ("des documents confidentiels estimaient").
SOURCE_DOCUMENTS = re.compile(
    r"\b(?:documents?|rapports?|reports?|stud(?:y|ies)|études?|enquêtes?|surveys?|données|data|"
    r"estimat\w*|analys\w*|modèles?|models?|calculs?|projections?|census|sondages?|polls?|intelligence)\b", re.I)
# ", a dénoncé une grève": an indefinite thing after the verb is its object, not an inverted subject
_INDEFINITE_THING = re.compile(r"^(?:un|une|des|a|an|some|quelques)\s+[a-zà-ÿ' -]+$")


def _stray_digits(np: str) -> bool:
    """Digits that are not part of a name ("Channel 12", "France 24")."""
    return bool(re.search(r"\d", re.sub(r"\b(?!(?:Les|Des|Ces|The|These|Those|Some|Plus|More|About|Environ|Only|Just|Nearly|Almost|"
                                         r"Around|Over|Under|Up|At|Seulement|Quelque|Près|Moins|Presque|Au)\b)([A-Z]\w*)\s\d{1,3}\b",
                                         r"\1", np)))


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
        np = _trim_np(P, m.group("np"))
        if np and not _NON_AGENT_SOURCE.match(np):
            cues.append(Cue("source", m.start(), m.end(), np, forward=True))
    for m in P["gapped"].finditer(sentence):
        # "Les organisateurs ont annoncé 70 000 participants, la préfecture 45 000": the verb is implied
        np = _trim_np(P, m.group("np"))
        if (np and len(np.split()) <= 5 and AGENTIVE.search(np) and re.search(r"\d", sentence[:m.start()])
                and not re.search(r"(?<![\w'-])(?:a|ont|en|y|avait|avaient|have|has|had|is|are|was|were)(?![\w'-])", np, re.I)):
            cues.append(Cue("noun", m.start("np"), m.end("np"), np, forward=True))
    for m in P["for_source"].finditer(sentence):
        np = _trim_np(P, m.group("np"))
        if np and (AGENTIVE.search(np) or np[:1].isupper()):
            cues.append(Cue("source", m.start(), m.end(), np, forward=True))
    for m in P["agent"].finditer(sentence):
        # "the crowd was estimated at 50,000 by police": the agent of a passive count
        np = _trim_np(P, m.group("np"))
        if np and not re.search(r"\d", np) and not _NON_AGENT_SOURCE.match(np):
            cues.append(Cue("source", m.start("by"), m.end(), np, forward=False))
    for rx in P["inverted"]:
        for m in rx.finditer(sentence):
            if P["clause_word"].search(m.group(0)):
                continue  # ", a affirmé vendredi que ...": a verb with its clause, not an inverted source
            if not P["french"] and m.group("np") and _FINITE_AFTER.search(m.group("np")):
                continue  # ", said its volunteers had found": the subject of the reported clause
            np = _trim_np(P, m.group("np") or m.groupdict().get("np2") or "")
            if _PLACE_PHRASE.match(np):
                continue  # "he told reporters in New Delhi": where, not who
            if P["time_only"].fullmatch(np) or (_INDEFINITE_THING.match(np) and not AGENTIVE.search(np)):
                continue  # ", a fait le point mardi", ", a dénoncé une grève": the subject is before
            if np and not re.search(r"\d", np) and len(np.split()) <= 8:
                cues.append(Cue("inverted", m.start(), m.end(), np, forward=False))
    for m in P["noun"].finditer(sentence):
        if re.match(r"(?:numbers?|nombre)\s+(?:of|de|d')", m.group(0), re.I):
            continue  # "the number of workers in the pit": what is counted, not who counts
        # "figures from the health ministry showed 1,200 ...": the source ends before its verb
        np = _trim_np(P, re.split(r"\s+(?:\S*\d|show|shows|showed|shown|indicate|indicates|indicated|suggest|suggests|suggested|"
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
        if not only_verb and (P["noun_before"].search(left) or re.search(r"'s\s*$", left)):
            continue  # "ces estimations", "le chiffre", "the Guard's count": nouns, not verbs ("the official told" is a verb)
        if P["passive"].search(left):
            continue  # "sont enregistrés", "were registered": no agent here
        np = _subject_before(P, sentence, m.start())
        if last_subject and m.group().lower().endswith("ing") and re.search(r",\s*$", left):
            np = last_subject  # "the official told reporters in Lagos, adding that": the same speaker
        np = P["source_noun_lead"].sub("", np, count=1) or np  # "A tally by Reuters put ..."
        # "X said its volunteers had found": the subject of "found" starts after "said"
        np = re.split(r"(?<![\w'-])(?:said|says|told|added|stated|noted|explained|estimated)\s+", np)[-1]
        if re.match(r"^(?:et|and)?$", np, re.I) and last_subject:
            np = last_subject  # "ont jugé ... et avancé": same subject
        lead = re.match(r"^(it|he|she|they|il|elle|ils|elles)\s+\w", np, re.I)
        if lead and len(np.split()) > 2:
            np = lead.group(1)  # "It coordinated the arrival of ...": the pronoun is the subject
        if not np or _stray_digits(np) or len(np.split()) > 12 or _VAGUE_SUBJECT.match(np):
            continue
        if len(np.split()) > 3 and _CLAUSE_IN_NP.search(np):
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
    for m in _ACTION_VERB[code].finditer(sentence[:until]):
        left = sentence[:m.start()]
        if P["passive"].search(left) or P["noun_before"].search(left) or re.search(r"\d", left):
            return None
        np = _subject_before(P, sentence, m.start())
        if np and len(np.split()) <= 8 and not _stray_digits(np) and not _CLAUSE_IN_NP.search(np):
            return Cue("action", m.start(), m.end(), np, forward=True)
        return None
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
