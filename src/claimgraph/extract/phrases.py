"""Noun phrases that name a source: which words name an agent, where the
subject of a reporting verb starts and ends, and what is not a subject
(a clause, a place, a date, a count).

Plain regular expressions and small pure functions over one sentence; the
compiled per-language patterns come from :mod:`.attribution` as ``P``.
"""
from __future__ import annotations

import re

from . import lang as _lang
from .lang import either, every, words

__all__ = ["ACRONYM", "AGENTIVE", "CLAUSE_IN_NP", "INDEFINITE_THING", "NON_AGENT_SOURCE", "PLACE_PHRASE", "PROPER_NAME", "body_spoken_for", "gerund_tail",
           "SOURCE_DOCUMENTS", "THING_SUBJECT", "VAGUE_SUBJECT", "published_by", "stray_digits", "subject_before",
           "trim_np", "unpublished"]

def _either(name: str) -> str:
    return either(every(name))


def _capitalised(name: str) -> str:
    return either(re.escape(w[:1].upper() + w[1:]) for w in every(name))


#: A body named by its initials: "the CTT 250,000", "selon la CGT".
ACRONYM = re.compile(r"(?<![\w'-])[A-ZÀ-ÝĀ-ŒŔ-ž]{2,}(?![\w'-])")
#: Nouns that name someone who can make a claim (officials, police, unions...).
# Two to four capitalised words: a person's or a body's name ("Sergey Pavlov", "St. Brendan's Medical Center")
PROPER_NAME = r"(?:(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])[\w'’.-]+\s+){1,3}(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])[\w'’-]+"
AGENTIVE = re.compile(rf"\b{_either('AGENT_NOUNS')}\b", re.I)
#: One who saw or treated what is counted ("the doctor", « un médecin bénévole »): a speaker, never an agent.
WITNESS = re.compile(rf"(?<![\w-]){_either('WITNESS_NOUNS')}(?![\w-])", re.I)
# A subject that names nobody: a relative pronoun, an adjective, a thing.
# ("le bâtiment B", "pavillon 3": a thing with its letter or number is still a thing; « ce nouveau décès »,
# "this new death": a thing pointed at)
THING_SUBJECT = re.compile(rf"^(?:(?i:{words(every('ARTICLES') + every('SAME_DEMONSTRATIVES'))}))?[a-zà-ÿ' -]+(?:\s(?:[A-Z]|\d{{1,3}}))?$")


_LEADING_JUNK = re.compile(rf"^(?:{_either('LEADING_LINKS')}\s+)+", re.I)
_PARTICIPLE_LEAD = re.compile(rf"^{_either('NOT_SUBJECT_LEAD')}(?![\w'-])")
# "selon des données préliminaires", "according to initial figures": data, not a source
NON_AGENT_SOURCE = re.compile(rf"^(?:{_either('DATA_MODIFIERS')}\s+)*{_either('DATA_NOUNS')}"
                              rf"(?:\s+{_either('DATA_QUALIFIERS')})?$", re.I)
# "some estimates put the toll at": no one in particular — the speaker around it counts
VAGUE_SUBJECT = re.compile(rf"^{_either('VAGUE_QUANTIFIERS')}\s+{_either('ESTIMATE_NOUNS')}$", re.I)


_PUBLISHED_BY = re.compile(rf"^(?:\S+\s+){{1,3}}{_either('PUBLISHED_STEMS')}\w*\s+(?:[^,;]*?\s)?{either(every('BY'))}\s+"
                           r"(?P<np>.+)$", re.I)


# "according to a UN estimate", "according to the ministry's figures": whose estimate (one pattern a language)
_WHOSE_ESTIMATE = [re.compile(p, re.I) for p in every("WHOSE_ESTIMATE")]


# a verb of saying that opens the clause before a subject: "said its volunteers", ", a précisé la préfecture, qui"
_REPORTED_LEAD = re.compile(_either("REPORTED_LEAD"), re.I)
# a comma between clauses, not the thousands separator of "4,000"
_COMMA = re.compile(r"(?<!\d),|,(?!\d)")


def _undated(np: str) -> str:
    """A source without the date after it ("the ministry on Friday"); a lone word is kept whole."""
    return _DATE_TAIL.split(np)[0] if len(np.split()) > 1 else np


def gerund_tail(np: str) -> str:
    """A name without the participle and object that follow it ("the union coalition leading the protests", "a post
    shared more than 9,400 times since Monday")."""
    return _SHARED_TAIL.split(_GERUND_TAIL.split(np, maxsplit=1)[0], maxsplit=1)[0]


_SHARED_TAIL = re.compile("|".join(rf"\s+{before}[\d\s.,  ]+(?:\w+\s+)?{after}" for before, after in
                                   (m.SHARED_TIMES for m in map(_lang.get, _lang.LANGUAGES) if m.SHARED_TIMES)) or r"(?!)",
                          re.I)


def published_by(np: str) -> str:
    """Who released a document named with its agent ("le communiqué diffusé mardi par ses services"), or ""."""
    by = _PUBLISHED_BY.match(np.strip())
    return by.group("np").strip() if by else ""


# "the health ministry's weekly bulletin published (on Monday)", « le bulletin du ministère publié (lundi) »: the
# document, without the participle its date hung on
# (not « le même communiqué »: a participle only after the document it qualifies)
_PUBLISHED_TAIL = re.compile(rf"(?<![\w'-])(?P<head>(?:{_either('SOURCE_NOUNS')})(?![\w'-]).*?)\s+{_either('PUBLISHED_STEMS')}[\w-]*$", re.I)


def unpublished(np: str) -> str:
    """A document without the participle its date hung on: "the ministry's bulletin published (on Monday)"."""
    undated = _undated(np.strip())
    tail = _PUBLISHED_TAIL.search(undated)
    return undated[:tail.end("head")] if tail and not published_by(np) else np


def trim_np(P, np: str) -> str:
    np = unpublished(np)
    np = np.rpartition("[")[2]  # "by the laboratory [Health Ministry, Tue 17]": a recap's bracket names its source
    np = _DASH_AFTER.split(np, maxsplit=1)[0]  # "15,000 according to organisers - marched peacefully": an aside ends
    cited = _CITED_TAIL.split(np, maxsplit=1)[0]
    if cited != np and not P["document_lead"].match(cited.strip()):
        np = cited  # "the poison centre quoted by the Courier": the centre (not "the figure quoted by the prefecture")
    whose = next(filter(None, (rx.match(_undated(np.strip())) for rx in _WHOSE_ESTIMATE)), None)  # ("its bulletin of Monday")
    np = published_by(np) or (whose.group("np") if whose else np)  # "un bilan communiqué vendredi par la préfecture", "a UN estimate"
    np = _DAY_LEAD.sub("", np.strip())  # « selon a informé ce jeudi la CEPC » (translated): the CEPC
    np = P["stop_np"].sub("", " " + np).strip()
    np = _VOICE_LEAD.sub("", np, count=1) or np  # "the press service of the MVD", « le service de presse du SDIS »
    # "un décompte du cabinet Occurrence", "a tally by Reuters": the source is after the noun
    np = P["source_noun_lead"].sub("", np, count=1) or np
    np = _setting_cut(np)  # "la préfecture lors d'une conférence de presse", "the ministry in a statement"
    np = _undated(np)  # "the ministry on Friday", "la préfecture le lendemain"
    np = _SINCE_TAIL.sub("", np)  # « les écoles depuis le 2 mars », "doctors since Monday": when, not who
    np = _DURATION_TAIL.sub("", np)  # "Dr Binta Coulibaly in three days", « la pédiatre en trois jours »: how long
    np = gerund_tail(np)  # "the union coalition leading the protests": the coalition
    np = _SELF.sub("", np)  # "la CTT elle-même", "the union itself": the body
    np = _AS_LEAD.sub("", np, count=1)
    np = _CONJUNCTION_TAIL.sub("", np)  # "rapporté par la Police Militaire que 1.200": the clause starts at "que"
    np = P["clause_tail"].sub("", np)  # « Selon l'organisation il s'agit de 210 personnes »: its subject opens the clause
    np = _DANGLING_TAIL.sub("", np)  # "from 52,000 according to the police prefecture to 230,000": the span's "to"
    # « a déclaré le maire à l'AFP »: who was told is no part of who spoke; nor what a march was against, "the Interior
    # Ministry against the law" (translated word order)
    np = _TOLD_OR_OPPOSED.sub("", np)
    return np.strip(" ,")


# a participle and its object after a name: "the union coalition leading the protests"
_GERUND_TAIL = re.compile(rf"(?<=\w)\s+(?=(?:{_either('POSTMODIFYING_PARTICIPLE')})\s+(?:{words(every('DETERMINERS'))})\s*\w)")
_DASH_AFTER = re.compile(r"(?<=\w)\s+[–—-]\s+(?=\w)")
_DURATION_TAIL = re.compile(rf"(?<=\w)\s+(?:{_either('DURATION_TAIL')})$", re.I)
_SINCE_TAIL = re.compile(rf"(?<=\w)\s+{_either('SINCE_WORDS')}(?![\w'-]).*$", re.I)
_DANGLING_TAIL = re.compile(rf"\s+(?:{_either('DANGLING_PREPS')}|{_either('FIGURE_STRESS')})\s*$", re.I)
_CITED_TAIL = re.compile(rf"(?<=\w),?\s+{_either('CITED_BY')}(?![\w'-]).*$", re.I)
_TOLD_OR_OPPOSED = re.compile(rf"(?<=\w)\s+(?:{_either('TOLD_OUTLET')}|{_either('OPPOSED_TAIL')})(?![\w'-]).*$", re.I)
_CONJUNCTION_TAIL = re.compile(rf"\s+{_either('THAT')}(?:(?<=')|\s|$).*$", re.I)
def body_spoken_for(np: str) -> str:
    """The body a voice speaks for ("a spokesperson for the hospital trust", « le service de presse du SDIS »), or
    ``np`` itself.

    >>> body_spoken_for("A spokesman for the coastguard"), body_spoken_for("the coastguard")
    ('the coastguard', 'the coastguard')
    """
    return _SPOKESPERSON_LEAD.sub("", _VOICE_LEAD.sub("", np, count=1) or np, count=1) or np


_SPOKESPERSON_LEAD = re.compile(rf"^(?:{words(every('DETERMINERS'))}\s*)?(?:{_either('SPOKESPERSON_OF')})\s*(?=\S)", re.I)
_VOICE_LEAD = re.compile(rf"^(?:{words(every('DETERMINERS'))}\s*)?(?:{_either('VOICE_OF')})\s*(?=\S)", re.I)
_SELF = re.compile(rf"\s+{_either('REFLEXIVE_STRESS')}$", re.I)
# "…, comme le gouverneur l'a annoncé", "as the governor announced": the conjunction is no part of the subject
_AS_LEAD = re.compile(rf"^{_either('AS_LEAD')}\s+(?=\S)", re.I)


#: How far back the subject of a verb is looked for: a subject longer than this
#: with no clause boundary in it is not a subject people write, and the bound
#: keeps the work per verb constant however long the sentence is.
_SUBJECT_REACH = 300


def subject_before(P, s: str, pos: int) -> str:
    """The noun phrase that ends right before ``pos`` (the subject of a verb)."""
    left = s[max(0, pos - _SUBJECT_REACH):pos]
    # « L'intersyndicale (CGT, SUD Santé et le SNIA) revendique » : the members a body's brackets list are not its name
    left = _BRACKETED_MEMBERS.sub("", left)
    # "Sorge-Atlantique Motorways (SASA, after its French name), said": a gloss's comma is no boundary
    left = _GLOSS_TAIL.sub(r"(\1)", left)
    left = _QUOTED_GLOSS.sub("", left)  # 'Sillons en colere ("Furrows in anger"), said': a name's translation
    left = _BRACKETED_AGE.sub("", left)  # "Sri Wahyuni (41), resident of Dusun Watuwangi, told": an age, no part of her name
    dash = list(_SPACED_DASH.finditer(left))
    if dash and left[dash[-1].end():].strip():
        left = left[dash[-1].end():]  # "KELNIK (Vardénie), 8 octobre (AVP) – L'Agence … a revu": the subject is after the dateline
    # 'Un collectif d'habitants, « Air sain en Verlac », parle de': a quoted name in apposition is the name
    left = _QUOTED_APPOSITION.sub(r" \g<name>", left)
    named = _QUOTED_NAME.search(left)
    if named:
        # "le collectif « Chaumerac sans eau » parle de": a name in quotes after its noun is no quote's end
        # (the name is kept without its marks: "collectif Chaumerac sans eau")
        left = left[:named.start("open")] + " " + left[named.end("open"):named.start("close")] + left[named.end("close"):]
    return _AND_BEFORE_NAME.sub("", _subject_before(P, left), count=1)   # ("And Evan, who writes from Aiguelonne": Evan)


_QUOTED_GLOSS = re.compile(r"\s*\(\s*[\"“«‘'][^\"“”«»()]{1,60}[\"”»’']\s*\)")
_GLOSS_TAIL = re.compile(r"\(([^(),]{1,40}),[^()]{1,60}\)")
_SPACED_DASH = re.compile(r"\s[–—]\s")
#: "(CGT, SUD Santé et le SNIA)", "(Unite, GMB and the RCN)": names after the first comma too, a list of members (not a
#: gloss, "(SASA, after its French name)")
_BRACKETED_MEMBERS = re.compile(r"(?<=[\w'’])\s*\([A-ZÀ-ÝĀ-ŒŔ-ž][^(),]{0,40},\s*(?:\w+['’ ]\s*)?[A-ZÀ-ÝĀ-ŒŔ-ž][^()]{0,120}\)\s*$")
_BRACKETED_AGE = re.compile(r"\s*\(\d{1,3}\)(?=\s*,|\s*$)")   # (and right before the verb: "Rosilene Batista (52) told")
#: « Un collectif d'habitants, « Air sain en Verlac », »: a short name in quotes between commas after a noun
_QUOTED_APPOSITION = re.compile(r"(?<=[a-zà-ÿ]),\s*(?:«\s*|“|\")(?P<name>[^«»“”\"\d.,;:!?]{2,40}?)(?:\s*»|”|\"),\s*$")
#: "le collectif « Chaumerac sans eau »", "the group 'Water for All'": a short name in quotes right after a noun
_QUOTED_NAME = re.compile(r"(?<=[a-zà-ÿ])\s+(?P<open>«\s*|“|\")[^«»“”\"\d.,;:!?]{2,40}?(?P<close>\s*»|”|\")\s*$")


def _names_someone(np: str) -> bool:
    """Whether a noun phrase names a body or a person: an agent noun, initials or a capitalised word after its first."""
    return bool(AGENTIVE.search(np) or ACRONYM.search(np) or re.search(r"\s[A-ZÀ-ÝĀ-ŒŔ-ž]", np.strip()))


def _after_brackets(left: str) -> str:
    """``left`` after a bracket it does not open ("Reuters) The airport", from "(Photo: Reuters) The airport said")
    and after a bracketed note that opens it ("[Machine translation from Italian] The airport"): a subject starts
    after a caption's credit or an editor's note, never inside one."""
    depth, cut = 0, 0
    for at, ch in enumerate(left):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
            if depth < 0:
                depth, cut = 0, at + 1
    left = left[cut:]
    note = _OPENING_NOTE.match(left)
    return left[note.end():] if note and left[note.end():].strip() else left


_OPENING_NOTE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*(?=[A-ZÀ-ÝĀ-ŒŔ-ž])")


def _subject_before(P, left: str) -> str:
    left = P["same_day"].sub(lambda m: " " * len(m.group()), left)  # ("That day the prefecture counted")
    tail = P["adverbs_tail"].search(left)
    if tail and tail.group().strip().lower() not in P["subject_pronouns"]:
        left = left[:tail.start()]  # ("…, elle recensait": "elle" is the subject here, not a stressed "elle,")
    left = P["clitics_before_verb"].sub("", left)  # "la CGT en": the subject ends before them
    closed = bool(re.search(r",\s*$", left))  # (a comma right before the verb: an apposition or a clause closes there)
    rel = P["relative"].search(left)
    if rel:
        # "researchers at X, who concluded": the phrase before the relative pronoun
        left = left[:rel.start()]
        m = list(_SOURCE_FROM.finditer(left))
        if m:
            return left[m[-1].end():].strip()
        # "Selon lui, la commune, qui": the noun phrase right before the relative pronoun;
        # ", a précisé la préfecture, qui fait état de": without the verb before it
        segs = [seg for seg in _COMMA.split(left) if seg.strip()]
        last = segs[-1] if segs else ""
        if len(segs) > 1 and rel.group().startswith(",") and INDEFINITE_THING.match(last.strip()) \
                and (name := _TRAILING_NAME.search(segs[-2])):
            return name.group()  # "Harcastle Home, a furniture retailer, which says": the name, not its description
        if inverted := next(filter(None, (rx.search(last) for rx in _INVERTED_RELATIVE_SUBJECT)), None):
            return inverted.group("np").strip()  # « un chiffre que conteste la gendarmerie, qui »: la gendarmerie
        return " ".join(_REPORTED_LEAD.split(last)[-1].split()[-6:])
    b = list(P["boundary"].finditer(left))
    # "the paramilitary group that controls most of West Darfur, said": a relative clause closed by a
    # comma sits inside the subject; the boundary is the one before it
    while b and _RELATIVE_WORD.fullmatch(b[-1].group().strip()) and re.search(
            r"[a-zà-ÿ]\s+$", left[:b[-1].start()]) and re.search(r",\s*$", left[b[-1].end():]) \
            and re.search(r",(?!\d)", left[:b[-1].start()]):  # (a comma, not a figure's: "18,000 vehicles that day, its")
        left = left[:b[-1].start()]
        b = list(P["boundary"].finditer(left))
    # (a relative clause with a clause of its own, "Kayleigh, 24, who was referred when her son was born, said")
    clause = _RELATIVE_CLAUSE.search(left)
    if not (clause and b and b[-1].start() > clause.start()):
        clause = _OBJECT_RELATIVE.search(left)
        clause = clause if clause and _names_someone(_COMMA.split(left[:clause.start()])[-1]) else None
    if clause:
        left = left[:clause.start()]
        b = list(P["boundary"].finditer(left))
    if b:
        left = left[b[-1].end():]
    left = _after_brackets(left)
    left = _REPORTED_LEAD.split(left)[-1]  # "X said its volunteers had found": the subject of "found" starts after "said"
    segments = [seg.strip() for seg in _COMMA.split(left)]
    stressed_ok = bool(re.search(r",\s*$", left))  # "La direction, elle, n'en recense" (not "…, elle recensait")
    while segments and not segments[-1]:
        segments.pop()
    if segments and _PARTICIPLE_LEAD.match(segments[-1]) and (own := _FRONTED_THEN_PRONOUN.search(segments[-1])):
        # "Holly, in the last half hour I counted": the pronoun after a fronted phrase is the subject, not the name
        # spoken to before it
        return own.group("p")
    if len(segments) > 1 and _DISCOURSE.fullmatch(segments[-2]):
        # "Yes, and the prefect counts", "Oui, et le préfet compte": a turn's first word names nobody
        segments = [seg for seg in segments[:-2] if not _DISCOURSE.fullmatch(seg)] + [_AND_LEAD.sub("", segments[-1], count=1)]
    # "Zelensky, citant des rapports, a affirmé": skip a parenthetical segment
    # "La Croix-Rouge, présente avec 300 volontaires, estime", "Ahmed, 61, said": an apposition
    # with a number; "La direction, elle, n'en recense": a stressed pronoun after its noun
    while len(segments) > 1 and (_PARTICIPLE_LEAD.match(segments[-1]) or (stressed_ok and _STRESSED.fullmatch(segments[-1])) or (
            re.search(r"\d", segments[-1]) and not P["time_only"].fullmatch(segments[-2])
            and not _PARTICIPLE_LEAD.match(segments[-2]) and not _NUMBERED_NAME.fullmatch(segments[-1]))):
        segments.pop()
    np = _AS_LEAD.sub("", segments[-1], count=1) if segments else ""  # (", comme le gouverneur l'a annoncé")
    # "Aileen Baxter, 67, a retired teacher, said": the age between the name and its description is skipped
    # ("Maria Pereira, of 45 years, resident of Vila Esperança, told": an age however translated)
    prev = segments[-3] if len(segments) > 2 and _AGE_SEGMENT.fullmatch(segments[-2]) else segments[-2] if len(segments) > 1 else ""
    if _ASKED_LEAD.fullmatch(prev):
        prev = ""  # "Interrogée, la direction … confirme": how it was reached, not its name
    if _VOCATIVE.match(prev):
        prev = ""  # "Monsieur Aumont, l'UFC-Que Choisir dit": the one spoken to, no name of the subject
    if _LONE_PARTICIPLE.fullmatch(prev):
        prev = ""  # "Additionnés, ces deux chiffres donnent", "Combined, these figures give": no name before
    prev = _AND_LEAD.sub("", prev, count=1)  # "And Unison, the health union, says": the name after the conjunction

    # "Great Lakes Power & Light, the region's largest utility, said": the name, not its description
    # (not "Dr Marsh, our photographer counted", "Madame X, vous confirmez": a name spoken to)
    # (an apposition closes with a comma before its verb: "Sophie Renaud, le ministère parle de 2 340" speaks to her)
    if prev and (closed or stressed_ok) and not _SPOKEN_TO.match(np) and (_DESCRIPTION.match(np) or (  # "La FSU, première fédération syndicale, revendique"
            _BARE_DESCRIPTION.match(np) and (_NAME.match(prev) or _NAMED_NOUN.match(prev) or _ACRONYM_IN_PARENS.search(prev))
            and not P["time_word"].search(np))) \
            and not P["time_word"].search(prev) and (
            _NAME.match(prev) or _ACRONYM_IN_PARENS.search(prev) or (
                # "Le quotidien local Diário de Cabo Sereno, le plus lu de l'archipel, publie": a noun and its name
                _NAMED_NOUN.match(prev) and not PLACE_PHRASE.match(prev))):
        # ("l'Alliance pour la santé communautaire (ALSACO), une organisation locale qui…": a name with its acronym)
        np = prev
    elif prev and closed and _BODY_NOUN.fullmatch(prev) and AGENTIVE.search(prev) and _INDEFINITE_LEAD.match(np) \
            and not re.search(r"\s[A-ZÀ-ÝĀ-ŒŔ-ž]", np) and not P["time_word"].search(prev):
        # "The collective, a group of residents of the hamlets, says": the body, not its description (not "the
        # organisers, a collective called Sillons en colère, said", whose description gives the name)
        np = prev
    elif prev and _BARE_DESCRIPTION.match(np) and not _DETERMINED.match(np) and (
            _BODY_NOUN.fullmatch(prev) or (closed and _LOWER_TAILED_NAME.fullmatch(prev) and not PLACE_PHRASE.match(prev))) \
            and not P["time_word"].search(prev):
        # « La préfecture, responsable du stade, informe »: a body, then its bare description
        # (« Force ouvrière, membre de l'intersyndicale, parlait »: a name whose later words are not capitalised)
        np = prev
    # "X et Y ont déclaré": keep a short coordinated subject together
    if len(segments) > 1 and _AND_LEAD.match(np) and len(segments[-2].split()) <= 5 and not re.search(r"\d", segments[-2]):
        np = segments[-2] + " " + np  # (", 5 of them children, and Harnley General says": a clause of its own)
    np = _LEADING_JUNK.sub("", np)
    np = _DAY_LEAD.sub("", np)  # "On Wednesday the health ministry": the ministry
    if PLACE_PHRASE.match(np):
        # "In a first communication of the Wednesday evening the police had spoken of": a fronted phrase with no
        # comma, then the subject, a body's noun after its article
        tail = list(_ARTICLE_START.finditer(np))
        if tail and tail[-1].start() > 0 and AGENTIVE.search(np[tail[-1].start():]) \
                and len(np[tail[-1].start():].split()) <= 4:
            return np[tail[-1].start():].strip()
        return ""  # "À Kiev, l'annonce conforte...": a place phrase is not a subject
    # "Le rapport il indique", "the centres they are full": translated copy doubles its subject
    np = _MODAL_TAIL.sub("", np.strip())  # « La direction de Norsol a dû corriger »: the direction
    np = _RESUMPTIVE.sub("", np.strip())
    return "" if _PRESENTATIVE.fullmatch(np) else np


_SPOKEN_TO = re.compile(rf"^(?:{_either('FIRST_PERSON_POSSESSIVES')}|{_either('SECOND_PERSON')}|"
                        rf"{_either('FIRST_PERSON')})(?![\w'-])", re.I)
_ASKED_LEAD = re.compile(rf"(?:{_either('ASKED_LEADS')})", re.I)
_VOCATIVE = re.compile(rf"(?:{_either('VOCATIVE_ONLY')})(?![\w'-])", re.I)
_LONE_PARTICIPLE = re.compile(rf"[A-ZÀ-ÝĀ-ŒŔ-ž][a-zà-ÿĀ-ž]+(?:{_either('PLURAL_PARTICIPLE_ENDINGS')})")
_AGE_SEGMENT = re.compile(r"(?:[^\W\d]+\s+)?\d{1,3}(?:\s+[^\W\d]+)?")   # "67", "of 45 years", "46 ans"
_DAY_LEAD = re.compile(rf"^(?:(?:{_either('SUBJECT_DAY_LEAD')})\s+|(?={either(every('RELATIVE_DAYS'))}))"
                       # (its day of the month too: "On Wednesday 19 the governor", « Le mercredi 19 février, la préfecture »)
                       rf"(?:{either(every('WEEKDAYS') + every('RELATIVE_DAYS'))}(?:\s+\d{{1,2}}[a-z]{{0,2}}"
                       rf"(?:\s+{either(every('MONTHS'))})?(?![\w'-]))?(?:\s+{either(every('TIMES_OF_DAY'))})?"
                       rf"|{either(every('TIMES_OF_DAY'))})\s+(?=\S)", re.I)

_PRESENTATIVE = re.compile(_either("PRESENTATIVES"), re.I)   # « C'est », "There are": no subject
_MODAL_TAIL = re.compile(rf"(?<=\w)\s+(?:{_either('SUBJECT_MODAL_TAIL')})$", re.I)
_FRONTED_THEN_PRONOUN = re.compile(rf"\s(?P<p>{_either('FIRST_PERSON')}|{_either('SUBJECT_PRONOUNS')})$", re.I)
_RESUMPTIVE = re.compile(rf"(?<=\w)\s+{_either('SUBJECT_PRONOUNS')}$", re.I)
_NAMED_NOUN = re.compile(rf"^(?:{_capitalised('DEFINITE_ARTICLES')}\s*)?[a-zà-ÿ][\w'-]*(?:\s+[a-zà-ÿ][\w'-]*){{0,2}}"
                         rf"\s+[A-ZÀ-ÝĀ-ŒŔ-ž][\w.'-]*(?:\s+(?:[A-ZÀ-ÝĀ-ŒŔ-ž][\w.'-]*|{_either('NAME_LINKS')}|{_either('NAME_PARTICLES')})){{0,4}}$")
_SETTING = re.compile(rf"\s+{_either('SETTING_PREPS')}(?:\s+|(?<=['’]))(?:{words(every('DEFINITE_ARTICLES') + every('SETTING_DETERMINERS'))}"
                      rf"(?:[\w.]+\s+){{0,2}})?{_either('SETTING_NOUNS')}\b",  # ("in its 1.30 pm note", "dans sa première note")
                      re.I)
# what was posted, before the platform it was posted on: the post names its platform (« un message sur WhatsApp »)
_POSTED_TAIL = re.compile(rf"(?<![\w'-]){_either('ONLINE_CONTENT_NOUNS')}$", re.I)


def _setting_cut(np: str) -> str:
    """``np`` without the setting it was said in ("the ministry in a statement", « le Sdis sur X »), except
    where what is named is a post and the setting its platform (« un message sur WhatsApp »)."""
    head = _SETTING.split(np)[0]
    return np if head != np and _POSTED_TAIL.search(head.rstrip()) else head


_DATE_TAIL = re.compile(rf"\s+(?:{_either('DATE_PREPS')}\s+(?=\d|{either(every('DATE_WORDS') + every('WEEKDAYS') + every('MONTHS'))}\b)"
                        rf"|{either([*every('DATE_LEADS'), *every('WEEKDAYS'), *every('RELATIVE_DAYS')])})\b.*$", re.I)
#: the capitalised words that end a segment: "Among the businesses hit is Harcastle Home" → "Harcastle Home"
_TRAILING_NAME = re.compile(r"(?<![\w'’-])[A-ZÀ-ÝĀ-ŒŔ-ž][\w.'’-]*(?:\s+(?:&\s+)?[A-ZÀ-ÝĀ-ŒŔ-ž][\w.'’-]*){0,4}\s*$")
_SOURCE_FROM = re.compile(rf"(?<![\w-]){_either('SOURCE_FROM')}\s+", re.I)
_RELATIVE_WORD = re.compile(_either("RELATIVE_WORDS"), re.I)
# ", who was referred … when her son was born, said": a relative clause that runs to the comma before the verb
# (or its object: ", que nous avons interrogée lundi, recensait", ", whom we reached by phone, said")
_RELATIVE_CLAUSE = re.compile(rf",\s*(?-i:{_either('RELATIVE_WORDS')})\s[^,]*,\s*$")
# ... or one whose object it is, after a body or a named person: "L'ARS, que nous avons interrogée lundi, recensait"
_OBJECT_RELATIVE = re.compile(rf",\s*{either(every('OBJECT_RELATIVE_WORDS'))}[^,]*,\s*$", re.I)
_INVERTED_RELATIVE_SUBJECT = [re.compile(p, re.I) for p in every("INVERTED_RELATIVE_SUBJECT")]
_AND_LEAD = re.compile(rf"^{_either('AND')}\s", re.I)
_AND_BEFORE_NAME = re.compile(rf"^{_either('AND')}\s+(?=(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž]))", re.I)   # ("And Evan", not "And they")
_DISCOURSE = re.compile(rf"(?:{either(every('DISCOURSE_LEAD'))}\s*)+", re.I)
_ACRONYM_IN_PARENS = re.compile(r"\((?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][A-Za-zÀ-ÿ]{1,9})\)\s*$")
# A lowercase description after a name ("the region's largest utility", "un groupe écologiste")
# "IBEW Local 1918", "France 24": a name that ends with a number is a name, not an age or a count
_NUMBERED_NAME = re.compile(r"(?:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'.-]*\s+){1,4}\d{1,5}")
_ARTICLE_START = re.compile(rf"(?<=\s){words(every('DEFINITE_ARTICLES'))}(?=\w)", re.I)
_DETERMINED = re.compile(rf"{either(every('ARTICLES') + every('POSSESSIVES'))}(?![\w-])", re.I)
_BODY_NOUN = re.compile(rf"(?i:{words(every('DEFINITE_ARTICLES'))})[a-zà-ÿ][\w'’-]*(?:\s+[a-zà-ÿ][\w'’-]*)?")
_LOWER_TAILED_NAME = re.compile(r"(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+)(?:\s+(?-i:[a-zà-ÿ][\w'’-]+)){1,2}")
_INDEFINITE_LEAD = re.compile(rf"{words(every('INDEFINITE_DETERMINERS'))}", re.I)
_BARE_DESCRIPTION = re.compile(r"^[a-zà-ÿ][\w'’-]*(?:\s+[\w'’-]+){1,8}$")
_DESCRIPTION = re.compile(rf"^{either(every('ARTICLES') + every('POSSESSIVES'))}\s*[a-zà-ÿ][^,]*$")
# A proper name: capitalised words, maybe linked by "of", "de", "&" (not a time or place phrase)
_NAME = re.compile(rf"^(?!{_capitalised('NOT_NAME_WORDS')}(?![\w'-]))(?:{_capitalised('DEFINITE_ARTICLES')}\s*)?"
                   rf"[A-ZÀ-ÝĀ-ŒŔ-ž][\w.'-]*(?:\s+(?:[A-ZÀ-ÝĀ-ŒŔ-ž][\w.'-]*|&|{_either('NAME_LINKS')}|{_either('NAME_PARTICLES')}|"
                   # "Ministère de la Santé", "Ministère de l'Intérieur", "Department of the Interior"
                   rf"{words(every('DEFINITE_ARTICLES') + every('NAME_LINKS'))}[A-ZÀ-ÝĀ-ŒŔ-ž][\w.'-]*))*$")
PLACE_PHRASE = re.compile(rf"^{_either('PLACE_PREPOSITIONS')}\s", re.I)
CLAUSE_IN_NP = re.compile(rf"(?<![\w'-]){_either('PAST_AUX')}\s+[a-zà-ÿ]+\s+\S|\s{_either('DANGLING_PREPS')}$", re.I)
_STRESSED = re.compile(_either("STRESSED"), re.I)
#: Documents that speak for their authors ("des documents confidentiels estimaient").
SOURCE_DOCUMENTS = re.compile(rf"\b{_either('DOCUMENT_NOUNS')}\b", re.I)
# ", a dénoncé une grève": an indefinite thing after the verb is its object, not an inverted subject
INDEFINITE_THING = re.compile(rf"^{_either('INDEFINITE_DETERMINERS')}\s+[a-zà-ÿ' -]+$")


def stray_digits(np: str) -> bool:
    """Digits that are not part of a name ("Channel 12", "France 24", « le service d'urgence sanitaire 118 »)."""
    return bool(re.search(r"\d", _EMERGENCY_NAME.sub("", _CODE_NAME.sub("", _NAMED_NUMBER.sub(r"\1", np)))))


def masked_service_numbers(s: str) -> str:
    """``s`` with the digits of an emergency service's name blanked, offsets kept: the first figure of
    « Le service d'urgence sanitaire 118 a envoyé 11 ambulances » is 11."""
    return _EMERGENCY_NAME.sub(lambda m: re.sub(r"\d", " ", m.group()), s)


_EMERGENCY_NAME = re.compile(rf"(?<=[\s'’])(?:{either(every('EMERGENCY_BEFORE'))})\s+{either(every('EMERGENCY_NUMBERS'))}(?![\w-])"
                             # (its number before its noun: "the regional 112 emergency service said")
                             rf"|(?<=[\s'’]){either(every('EMERGENCY_NUMBERS'))}(?=\s+(?:{either(every('EMERGENCY_BEFORE'))}|"
                             rf"{either(every('EMERGENCY_AFTER'))})(?![\w-]))", re.I)


# an acronym with a digit in it ("A4E", "G7", "H5N1"): a name, not a figure
_CODE_NAME = re.compile(r"(?<![\w-])(?=[A-Z0-9-]*[A-Z])[A-Z][A-Z0-9]*\d[A-Z0-9]*(?:-\d+)?(?![\w-])")


_NAMED_NUMBER = re.compile(rf"\b(?!(?:{_capitalised('FIGURE_WORDS')}|{_capitalised('MONTHS')})\b)([A-Z]\w*)\s\d{{1,5}}\b")


