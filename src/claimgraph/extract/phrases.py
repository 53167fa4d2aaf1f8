"""Noun phrases that name a source: which words name an agent, where the
subject of a reporting verb starts and ends, and what is not a subject
(a clause, a place, a date, a count).

Plain regular expressions and small pure functions over one sentence; the
compiled per-language patterns come from :mod:`.attribution` as ``P``.
"""
from __future__ import annotations

import re

__all__ = ["AGENTIVE", "CLAUSE_IN_NP", "INDEFINITE_THING", "NON_AGENT_SOURCE", "PLACE_PHRASE",
           "SOURCE_DOCUMENTS", "THING_SUBJECT", "VAGUE_SUBJECT", "stray_digits", "subject_before", "trim_np"]

#: Nouns that name someone who can make a claim (officials, police, unions...).
AGENTIVE = re.compile(
    r"\b(?:research\w*|cherch\w*|scienti\w*|expert\w*|official\w*|responsab\w*|authorit\w*|autorit\w*|minist\w*|"
    r"police|organi[sz]\w*|union\w*|syndica\w*|govern\w*|gouvern\w*|agenc\w*|office|bureau|institut\w*|"
    r"universit\w*|service\w*|department\w*|board|secretariat|secrétariat|ombuds\w*|inspectorate|regulator|army|armée|military|militaires|mayor|maire|governor|préfe\w*|spokes\w*|porte-parole|"
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


_LEADING_JUNK = re.compile(
    r"^(?:(?:et|and|or|ou|mais|but|puis|then|quand|when|while|alors|so|donc|enfin|also|aussi)\s+)+", re.I)
_PARTICIPLE_LEAD = re.compile(
    r"^(?:[a-zà-ÿ]+(?:ant|ing|é|ée|és|ées|ed)\b|which|who|whose|qui|que|dont|où|selon|d'après|according|in|at|on|during|after|before|"
    r"en|dans|lors|après|avant|pour|par|with|avec|sans|without|interrogée?s?|quoted|speaking|parlant|"
    r"à|au|aux|parmi|among|chez|sous|under|since|depuis|from|sur|auxquels|auxquelles|lesquels|lesquelles)(?![\w'-])")
# "selon des données préliminaires", "according to initial figures": data, not a source
NON_AGENT_SOURCE = re.compile(
    r"^(?:(?:des|les|de|d'|ces|la|le|l'|cette|ce|même|the|a|an|this|that|same|some|initial|early|preliminary|first|latest|new|official|officielles?|premières?|"
    r"dernières?|nouvelles?|préliminaires?)\s+)*(?:données|data|informations?|chiffres|figures|calculs|calculations|"
    r"images|photos|premiers?\s+éléments|éléments|lesquel\w*|(?:même\s+)?méthodes?|methods?|méthodologie|methodology|"
    r"critères|criteria|définitions?|definitions?)(?:\s+(?:préliminaires|provisoires|disponibles|"
    r"officielles|preliminary|available|provisional))?$", re.I)
# "some estimates put the toll at": no one in particular — the speaker around it counts
VAGUE_SUBJECT = re.compile(
    r"^(?:some|certain|other|many|several|certaines?|d'autres|plusieurs|de\s+nombreu(?:x|ses))\s+"
    r"(?:estimates?|estimations?|figures?|chiffres|data|données|calculations?|calculs|counts?|projections?)$", re.I)


_PUBLISHED_BY = re.compile(r"^(?:\S+\s+){1,3}(?:communiqu|publi|fourni|établi|diffus|proclam|annonc|rendu|released|published|"
                           r"issued|provided|compiled|announced)\w*\s+(?:[^,;]*?\s)?(?:par|by)\s+(?P<np>.+)$", re.I)


# "according to a UN estimate", "according to the ministry's figures": whose estimate
_WHOSE_ESTIMATE = re.compile(r"^(?:(?:the|a|an)\s+)?(?!(?:initial|early|preliminary|first|latest|new|official|provisional|"
                             r"final|revised|updated|some|other|these|those)\s)(?P<np>.+?)(?:'s)?\s+(?:own\s+|latest\s+|new\s+|official\s+)?"
                             r"(?:estimates?|figures?|count|tally|toll|data|numbers?|survey|study|analysis)$", re.I)


# a verb of saying that opens the clause before a subject: "said its volunteers", ", a précisé la préfecture, qui"
_REPORTED_LEAD = re.compile(r"(?:^\s*(?-i:(?:a|ont|avait|avaient)\s+[a-zà-ÿ]+(?:é|ée|és|ées))\s+|(?<![\w'-])(?:said|says|told\s+\w+|told|"
                            r"added|stated|noted|explained|estimated)\s+)", re.I)
# a comma between clauses, not the thousands separator of "4,000"
_COMMA = re.compile(r"(?<!\d),|,(?!\d)")


def trim_np(P, np: str) -> str:
    by = _PUBLISHED_BY.match(np.strip()) or _WHOSE_ESTIMATE.match(np.strip())
    if by:
        np = by.group("np")  # "un bilan communiqué vendredi par la préfecture", "a UN estimate"
    np = P["stop_np"].sub("", " " + np).strip()
    # "un décompte du cabinet Occurrence", "a tally by Reuters": the source is after the noun
    np = P["source_noun_lead"].sub("", np, count=1) or np
    np = re.split(r"\s+(?:sur|on|in|à|en|dans|lors|during|at|to|pour|for|about|concernant|dès|depuis)\s+(?:la\s+|le\s+|les\s+|l'|the\s+)?(?:base|conférence|conference|briefing|point|presse|press|réseaux|télévision|television|radio|interview|entretien|statement|communiqué)\b", np, flags=re.I)[0]
    np = re.split(r"\s+(?:(?:on|le)\s+(?=\d|[a-z]+day\b|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lendemain|même\s+jour)|this|last|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|hier|yesterday|today)\b.*$", np, flags=re.I)[0] if len(np.split()) > 1 else np
    return np.strip(" ,")


def subject_before(P, s: str, pos: int) -> str:
    """The noun phrase that ends right before ``pos`` (the subject of a verb)."""
    left = s[:pos]
    left = P["adverbs_tail"].sub("", left)
    left = P["clitics_before_verb"].sub("", left)  # "la CGT en": the subject ends before them
    rel = P["relative"].search(left)
    if rel:
        # "researchers at X, who concluded": the phrase before the relative pronoun
        left = left[:rel.start()]
        m = list(re.finditer(r"(?<![\w-])(?:from|by|par|auprès\s+d[e']|de\s+la\s+part\s+d[e'])\s+", left, re.I))
        if m:
            return left[m[-1].end():].strip()
        # "Selon lui, la commune, qui": the noun phrase right before the relative pronoun;
        # ", a précisé la préfecture, qui fait état de": without the verb before it
        last = [seg for seg in _COMMA.split(left) if seg.strip()][-1:][0] if left.strip(" ,") else ""
        return " ".join(_REPORTED_LEAD.split(last)[-1].split()[-6:])
    b = list(P["boundary"].finditer(left))
    # "the paramilitary group that controls most of West Darfur, said": a relative clause closed by a
    # comma sits inside the subject; the boundary is the one before it
    while b and re.fullmatch(r"(?:that|which|who|qui)", b[-1].group().strip(), re.I) and re.search(
            r"[a-zà-ÿ]\s+$", left[:b[-1].start()]) and re.search(r",\s*$", left[b[-1].end():]) and "," in left[:b[-1].start()]:
        left = left[:b[-1].start()]
        b = list(P["boundary"].finditer(left))
    if b:
        left = left[b[-1].end():]
    left = _REPORTED_LEAD.split(left)[-1]  # "X said its volunteers had found": the subject of "found" starts after "said"
    segments = [seg.strip() for seg in _COMMA.split(left)]
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
    if len(segments) > 1 and _DESCRIPTION.match(np) and _NAME.match(segments[-2]) and not P["time_word"].search(segments[-2]):
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
PLACE_PHRASE = re.compile(r"^(?:in|at|on|from|near|outside|inside|during|à|au|aux|en|dans|depuis|lors|près)\s", re.I)
CLAUSE_IN_NP = re.compile(r"(?<![\w'-])(?:had|has|have|was|were|did|avait|avaient|ont|était|étaient)\s+[a-zà-ÿ]+\s+\S"
                           r"|\s(?:without|sans|at|of|to|de|à|pour|for)$", re.I)
_STRESSED = re.compile(r"(?:elle|lui|eux|elles|quant\s+à\s+(?:elle|lui|eux|elles)|for\s+(?:its|their|his|her)\s+part|"
                       r"pour\s+sa\s+part|pour\s+leur\s+part|de\s+son\s+côté|de\s+leur\s+côté)", re.I)
#: Documents that speak for their authors ("des documents confidentiels estimaient").
SOURCE_DOCUMENTS = re.compile(
    r"\b(?:documents?|rapports?|reports?|stud(?:y|ies)|études?|enquêtes?|surveys?|données|data|"
    r"estimat\w*|analys\w*|modèles?|models?|calculs?|projections?|census|sondages?|polls?|intelligence|"
    r"filings?|dépôts?|déclarations?\s+(?:à|auprès)|prospectus|registres?|registers?)\b", re.I)
# ", a dénoncé une grève": an indefinite thing after the verb is its object, not an inverted subject
INDEFINITE_THING = re.compile(r"^(?:un|une|des|a|an|some|quelques)\s+[a-zà-ÿ' -]+$")


def stray_digits(np: str) -> bool:
    """Digits that are not part of a name ("Channel 12", "France 24")."""
    return bool(re.search(r"\d", re.sub(r"\b(?!(?:Les|Des|Ces|The|These|Those|Some|Plus|More|About|Environ|Only|Just|Nearly|Almost|"
                                         r"Around|Over|Under|Up|At|Seulement|Quelque|Près|Moins|Presque|Au)\b)([A-Z]\w*)\s\d{1,3}\b",
                                         r"\1", np)))


