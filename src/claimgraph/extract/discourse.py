"""Discourse units: what a paragraph is before what it says.

A saved news page is not a flat run of sentences. A live blog is a list of
timestamped entries, each with its own speakers; a "Key points" box restates
figures of the body; a header line ("Premier bilan des pompiers :", "Council
says 2,500 evacuated") attributes the entry under it; a quote may run over
several sentences and name its speaker only at its end. This module reads
those shapes from the paragraphs (``ingest.body_segments``) so the extractor
can give each figure the right speaker; the words it needs (key-point
headings, clock suffixes) are language data (``lang.KEY_POINTS``,
``lang.CLOCK_SUFFIX``).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from . import lang as _lang

__all__ = ["Paragraph", "dateline_span", "paragraphs", "quote_spans", "inside_quote"]


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the body and its role in the page.

    ``start``/``end`` are offsets in the document's text; ``body`` is where the
    paragraph's words begin once a bullet or an entry's timestamp is skipped.
    """

    start: int
    end: int
    body: int
    entry: int = 0            # index of the live entry it belongs to (0: before any entry)
    opens_entry: bool = False  # the paragraph carries the entry's timestamp
    time: str = ""            # "14:32", the entry's clock time
    header: bool = False      # a short line that heads what follows ("Premier bilan des pompiers :")
    key_points: bool = False  # inside a "Key points" / "L'essentiel" box
    speaker: str = ""         # an interview's answer: the name of its label ("Okonjo: We opened 23")
    addressee: str = ""       # an interview's question: the label of the one who answers it ("according to you")


_BULLET = re.compile(r"[-•*·–—▪►]\s+")
# a wire dateline before the first sentence: "KARSKO, 3 mars 2025 (APC) -", "CARVERTON, Ohio —",
# "Port-Lwenzi, le 26 août 2025 –": a place in capitals, or a place with a date or an agency, then a dash
_PLACE = r"[A-ZÀ-ÝĀ-ŒŔ-ž][\w'À-ÿ.-]*(?:[ -][A-ZÀ-ÝĀ-ŒŔ-ž][\w'À-ÿ.-]*){0,3}"
_DATELINE = re.compile(
    rf"\s*(?:(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][A-ZÀ-ÝĀ-ŒŔ-ž' -]{{2,}})(?:,\s*[^,–—()\n]{{2,30}}?){{0,2}}\s*(?:\([^)\n]{{1,40}}\))?"
    rf"|{_PLACE}(?:,\s*[^,–—()\n]{{0,20}}?\d[^,–—()\n]{{0,20}}?|,\s*[^,–—()\n]{{2,30}}?)?\s*\([^)\n]{{1,40}}\)"
    rf"|{_PLACE},\s*[^,–—()\n]{{0,20}}?\d[^,–—()\n]{{0,20}}?)\s*[–—-]{{1,2}}\s+(?=[A-ZÀ-ÝĀ-ŒŔ-ž«\"“])")


def dateline_span(text: str) -> tuple[int, int]:
    r"""Where the wire dateline opening a paragraph of ``text`` is (the first one), else ``(0, 0)``.

    Examples
    --------
    >>> dateline_span("By Anne Roy\nKARSKO, 3 mars 2025 (APC) – Les syndicats ont défilé jeudi.")
    (12, 40)
    >>> dateline_span("Les syndicats ont défilé jeudi.")
    (0, 0)
    """
    for line in re.finditer(r"^[^\n]+", text, re.M):
        if m := _DATELINE.match(text, line.start(), line.end()):
            return m.start() + len(m.group()) - len(m.group().lstrip()), m.end()
    return 0, 0


# the one interviewed, by two or three capitalised words ("Marc Leroy", "Dr Frances Mabey")
_GUEST_NAME = r"(?P<name>(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][a-zà-ÿĀ-ž'’-]+)(?:\s+(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+)){1,2})"


@functools.lru_cache(maxsize=None)
def _patterns(code: str) -> dict:
    L = _lang.get(code)
    suffix = getattr(L, "CLOCK_SUFFIX", r"(?!)")
    clock = (r"(?P<h>[01]?\d|2[0-3])\s*(?:[:.]|\s?h\s?)\s*(?P<m>[0-5]\d)"
             rf"(?:\s*(?:{suffix}))?(?![\w:])")
    return {
        # "14:32 —", "18 h 40 -", "11.32am", "10:14 BST:" at the start of a paragraph, or alone on its line
        # ("**22 h 35** —": the time in bold, as a saved page's markdown has it)
        # ("**16:20** Hatherby General Hospital says": a time in bold needs no dash after it)
        # ("18:05 The regional governor says": a time, then the entry's first word with its capital)
        "stamp": re.compile(rf"^\s*(?P<b>\*\*?|__?)?{clock}(?:(?P=b)\s+(?=\S)|(?:\*\*?|__?)?\s*(?:[—–\-|:•·]\s*|$)"
                            rf"|[ \t]+(?=(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž«\"“])))", re.I),
        "key_points": re.compile(rf"^\s*(?:{getattr(L, 'KEY_POINTS', r'(?!)')})\s*:?\s*$", re.I),
        # "Q: …", "Okonjo: …", "Bev Okonjo : …": a label of one to three capitalised words opening a paragraph
        # ("QUESTION (Ardanne Matin) :": who asks, in brackets)
        "question": re.compile(rf"\s*(?:\*\*?|__?)?(?:{L.INTERVIEW_QUESTION})(?:\s*\((?P<name>[^()\n]{{1,60}})\))?\s?[:.—–-](?:\*\*?|__?)?\s+(?=\S)"),
        # "A: We fed 900 families", "R. Nous avons recensé": the answer of the one interviewed;
        # "RÉPONSE du préfet :", "ANSWER (Mayor Hale):": of the one it names
        "answer": re.compile(rf"\s*(?:\*\*?|__?)?(?:{L.INTERVIEW_ANSWER})(?:(?:\s+(?:{L.ANSWER_BY})\s*(?P<by>[^:\n]{{1,50}}?)"
                             rf"|\s*\((?P<in>[^()\n]{{1,50}})\))\s?[:—–-]|\s?[:.—–-])(?:\*\*?|__?)?\s+(?=\S)"),
        # the one interviewed, named in the introduction: "entretien avec Marc Leroy,", "Interview: Bev Okonjo,"
        "interviewee": re.compile(rf"(?<![\w'’.-]){_GUEST_NAME}(?=\s*[,(—–-]|\s*$)"),
        # a transcript's speaker label: "Marc Leroy :", "— Dr Petit :", "Anne Petit (CHU) :", "M. Leroy. –"
        # (a name, not a reader's handle: "*Guilhem_E* :", "**Marinette_L** —" sign comments)
        # (after a tag in square brackets that marks a recording: "[CLIP] DR ANN RAY (seismologist):", « [EXTRAIT] »)
        "label": re.compile(r"\s*(?:\[[^\W\d_]{2,12}\][ \t]*)?(?:[—–-]\s*)?(?:\*\*?|__?)?(?P<name>(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][^\W_]*(?:['’.-][^\W_]*)*)"
                            r"(?:[ \t]+(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][^\W_]*(?:['’.-][^\W_]*)*)){0,3})(?![\w'’.-])"   # (one line: no title's end)
                            # (its role in an aside: "— Dr Hélène Marsac, médecin de l'unité :")
                            # (or, after a name in capitals, its body: "MIKE PARDOE, Wendle Angling Association:")
                            # (and both: "KEVIN LOWRIE, branch secretary, Justice and Courts Staff Union:")
                            # ("PATRICK DUVERNAY, directeur académique adjoint des services de l'Éducation nationale :")
                            r"(?:\s*\((?P<aside>[^()\n]{1,60})\)|,\s+(?-i:[a-zà-ÿ])[^,:;.!?\n\d]{1,90}?(?:,\s+[^,:;.!?\n\d]{1,60}?)?"
                            r"|(?<=(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž]{2}))(?:,\s+[^,:;.!?\n\d]{1,60}?){1,2})?"
                            # (its bold markup closed before the dash or after the colon: "**ÉRIC PENVERN** — Nous…")
                            r"(?:\*\*?|__?)?(?:\s?:|\.?\s+[—–]|\.\s*[—–-])(?:\*\*?|__?)?\s+(?=\S)"),
        "not_speaker": re.compile(rf"^(?:{L.NOT_SPEAKER_LABELS})$", re.I),
        # a caller's label names no one, the name is in its aside: "AUDITRICE (Jeannine, Kervoalic) :"
        # ("UN AUDITEUR (Pierre, à Quimper) :": the article in capitals too, no initials of a body)
        "caller": re.compile(rf"^(?:(?:{_lang.either(L.ARTICLES)})\s+)?(?:{L.CALLER_LABELS})$", re.I),
        "counter_label": re.compile(rf"^(?:{L.SOCIAL_COUNT_LABELS})$", re.I),
        "interview_to": L.INTERVIEW_TO,
        "interviewee_led": re.compile(rf"(?<![\w'’-])(?:{_lang.either(L.INTERVIEWEE_LEADS)})\s+{_GUEST_NAME}(?![\w'’-])", re.I),
        "interview_word": re.compile(rf"(?<![\w-])(?:{L.INTERVIEW_WORDS})(?![\w-])", re.I),
        "locative_before": re.compile(rf"(?<![\w'-])(?:{_lang.either(L.PLACE_PREPOSITIONS)})\s+"
                                      rf"(?:{_lang.either(L.DEFINITE_ARTICLES)}\s*)?$", re.I),
        "time_word": re.compile(rf"(?<![\w'-])(?:{_lang.either([*L.WEEKDAYS, *L.MONTHS])})(?![\w'-])", re.I),
    }


def _label_speaker(label: re.Match, P: dict) -> str:
    """Who a speaker label names: the label, or for a caller's label ("AUDITEUR (Alphonse Nédélec, restaurateur) :",
    "CALLER (Dave, Leeds):") the name its aside opens with."""
    aside = label.group("aside")
    if aside and P["caller"].match(label.group("name")) and (name := aside.split(",")[0].strip()):
        return name
    return label.group("name")


def _is_header(line: str) -> bool:
    """A short line without a sentence's end: a heading, not prose."""
    line = line.strip()
    # (a quote standing alone as an intertitle, « Ils ne comptent que ce qu'ils ont vérifié », is a heading too)
    return 0 < len(line) <= 90 and (line.endswith(":") or not re.search(r"[.!?»”\"…]$", line)
                                    or bool(re.fullmatch(r"[«“\"][^«»“”\"]+[»”\"]", line)))


def paragraphs(text: str, segments, code: str, publisher: str | None = None, title: str | None = None) -> list[Paragraph]:
    """Each body paragraph with its role: live entry, header, key points.

    A page is a live blog when at least two paragraphs open with a clock
    time; only then do timestamps open entries (a lone "7:15" in prose is a
    time, not an entry).

    Examples
    --------
    >>> t = "Key points\\n- 3 dead\\n14:32 — Police update\\nPolice say 4 died.\\n12:05 — Council says 40 moved."
    >>> import re
    >>> segs = [(m.start(), m.end()) for m in re.finditer(r"[^\\n]+", t)]
    >>> [(p.entry, p.header, p.key_points, p.time, t[p.body:p.end][:12]) for p in paragraphs(t, segs, "en")]
    [(0, True, True, '', 'Key points'), (0, False, True, '', '3 dead'), (1, True, False, '14:32', 'Police updat'), \
(1, False, False, '', 'Police say 4'), (2, False, False, '12:05', 'Council says')]
    """
    P = _patterns(code)
    # (markdown emphasis around a paragraph is no part of it: "**Combien ?**"; around a label, see "label")
    italic = {i for i, (a, b) in enumerate(segments) if _ITALIC_LINE.fullmatch(text, a, b)}
    segments = [_unemphasised(text, a, b) for a, b in segments]
    stamps = [P["stamp"].match(text[a:b]) for a, b in segments]
    live = sum(1 for m in stamps if m) >= 2
    # an interview: two questions or more, or a transcript (labels of two speakers or more, one of them
    # speaking twice: "Marc Leroy : Nous avons recensé…"); then a labelled paragraph is its speaker's answer
    labelled = {i: m.group("name") for i, (a, b) in enumerate(segments) if (m := P["label"].match(text, a, b))
                and not P["not_speaker"].match(m.group("name"))}  # a paragraph's index: its speaker label
    labels = list(labelled.values())
    interview = (sum(1 for a, b in segments if P["question"].match(text, a, b)) >= 2
                 or (len(labels) >= 3 and 2 <= len(set(labels)) < len(labels)))
    # the one who asks: a label whose paragraphs mostly end with a question (a guest's rhetorical
    # question at the end of an answer does not make the answer the moderator's)
    asks: dict[str, list[bool]] = {}
    for a, b in segments:
        if (m := P["label"].match(text, a, b)):
            asks.setdefault(m.group("name"), []).append(text[a:b].rstrip().endswith("?"))
    askers = {name for name, q in asks.items() if sum(q) >= 2 and 2 * sum(q) >= len(q) or _names_outlet(name, publisher)}
    moderators = {name for name, q in asks.items() if sum(q) >= 2}   # (who asks often, a presenter between guests)
    moderated: set[int] = set()  # the turns of those, by their index in ``out``
    # an interview whose questions stand alone as paragraphs, unlabelled ("Combien étiez-vous mardi ?"), when
    # the headline or introduction says it is one: the paragraphs after a question are the interviewee's answer
    alone = {i for i, (a, b) in enumerate(segments) if _asks_alone(text[a:b]) and not P["label"].match(text, a, b)
             and not P["question"].match(text, a, b)}
    # ("— Combien étiez-vous ?" / "— Nous avons compté 1 200…": turns opened by a dash alternate, question first)
    turns = [i for i, (a, b) in enumerate(segments) if _TURN.match(text, a, b)]
    if len(turns) >= 4 and turns[0] in alone:
        alone |= set(turns[0::2])
    turns = set(turns)
    # ("Ossania Weekly: How many patients have you treated?": a question labelled with the outlet's own name)
    # (or by a short form of it: "L'Estafette : Où en est l'incendie ?" in L'Estafette de Kerbréhan)
    by_outlet = {i for i, (a, b) in enumerate(segments) if publisher and (
        re.match(rf"\s*{re.escape(publisher)}\s*[:—–-]\s", text[a:b])
        or (label := P["label"].match(text, a, b)) and _names_outlet(label.group("name"), publisher))}
    outlet_asks = {i for i in by_outlet if text[slice(*segments[i])].rstrip().endswith("?")}
    intro = " ".join([title or "", *(text[a:b] for a, b in segments[:3] if not text[a:b].rstrip().endswith("?"))])
    # (or the introduction has the guest speak to the outlet: "fait le point pour L'Écho", "told the Tribune")
    # (or a question is labelled with the outlet's own name: "Le Journal des Îles : L'ONGC compte 73 morts. Et vous ?")
    if not interview:
        alone |= outlet_asks
    # (or the one label that answers a question names someone the introduction names: "Osowska: Neither, I
    # think." after "Marta Osowska, coordinator of …", the later answers unlabelled)
    answering = {name for i, name in labelled.items() if i - 1 in alone}
    # (the introduction's prose: not the headline, a question or a labelled paragraph)
    prose = " ".join(text[a:b] for a, b in segments[:4] if not text[a:b].rstrip().endswith("?")
                     and not P["label"].match(text, a, b))
    introduced = {name for name in answering if name not in askers and not _names_outlet(name, publisher)
                  and re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", prose)}
    unlabelled = not interview and not live and len(alone) >= 2 and bool(
        P["interview_word"].search(intro) or P["interviewee_led"].search(intro)
        or publisher and _to_outlet(P, publisher).search(intro)
        or bool(by_outlet & alone) or len(introduced) == 1)
    interviewee = ""
    if unlabelled:
        told = " ".join(text[a:b] for i, (a, b) in enumerate(segments[:4]) if i not in alone)
        # (the first full name of the introduction, set off by punctuation or not: "Karim Benali a répondu")
        # (the name the introduction brings in as the one asked comes first: "We asked Dr Frances Mabey, …")
        found = (P["interviewee_led"].search(told) or _first_not_a_place(P, P["interviewee"], told)
                 or _first_not_a_place(P, _FULL_NAME, told))
        interviewee = found.group("name") if found else ""
        if len(introduced) == 1:  # (the name the label and the introduction share, in full)
            (name,) = introduced
            full = re.search(rf"(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'’-]+\s+)?{re.escape(name)}(?![\w'’-])", prose)
            interviewee = full.group() if full else name
        # ("Jonas Wetterlund: 4,200 since …" after the outlet's question: the one label that answers is the guest)
        guests = {name for name in labels if name not in askers and not _names_outlet(name, publisher)}
        if outlet_asks and len(guests) == 1:
            interviewee = guests.pop()
        unlabelled = bool(interviewee)
    if interview and any(P["answer"].match(text, a, b) for a, b in segments):
        # (the first full name of the introduction: the answers are that person's)
        intro = " ".join(text[a:b] for a, b in segments[:3] if not P["question"].match(text, a, b))
        found = P["interviewee"].search(intro)
        interviewee = found.group("name") if found else ""
    out: list[Paragraph] = []
    asking: list[tuple[int, str]] = []  # the questions: their index in ``out``, the label of who asks
    entry, box = 0, False
    first_asked = min(alone) if unlabelled else len(segments)
    # (a heading after the last question ends the interview: "À lire aussi", "Réagir (48)", "---")
    over = next((i for i in range(max(alone) + 1 if unlabelled else len(segments), len(segments))
                 if _is_header(text[slice(*segments[i])])), len(segments))
    for i, ((a, b), stamp) in enumerate(zip(segments, stamps)):
        line = text[a:b]
        body = a
        time = ""
        opens = bool(live and stamp)
        if opens:
            entry += 1
            box = False
            body = a + stamp.end()
            time = f"{int(stamp.group('h')):02d}:{stamp.group('m')}"
        if P["key_points"].match(line):
            box = True
            out.append(Paragraph(a, b, a, entry, opens, time, True, True))
            continue
        bullet = _BULLET.match(text, body, b)
        if not out and not opens and not bullet or (not bullet and len(out) < 4 and not live):
            dateline = _DATELINE.match(text, body, b)
            if dateline:
                body = dateline.end()  # the dateline names where the dispatch was filed, not who speaks
        if box and not bullet and not opens:
            box = False  # the box ends with its list
        if bullet:
            body = bullet.end()
        if (run_in := _RUN_IN.match(text, body, b)):
            body = run_in.end()  # "**Ce que l'on sait.** La DDPP a inspecté …": a run-in heading is no part of the sentence
        speaker, answer = "", None
        if interview and not opens:  # ("— Marc Leroy : …": a dash before the label is no list's bullet)
            asked = text[a:b].rstrip().endswith("?")
            question = P["question"].match(text, body, b)
            answer = None if question else P["answer"].match(text, body, b)
            label = None if question or answer else P["label"].match(text, body, b)
            if label and P["counter_label"].match(label.group("name")):
                label = None  # "Share: 612": a page's counter, no speaker's turn
            # (a moderator's turn asks, whatever it ends with: "HOST: Mike Pardoe, your members were first on the bank.")
            asked = (asked and label is None) or (label is not None and label.group("name") in askers)
            if label and (P["not_speaker"].match(label.group("name")) or asked):
                question, label = label, None  # the interviewer's question, or a caption's credit: nobody's figures
            if question:
                asking.append((len(out), question.groupdict().get("name") or ""))  # (who asks: "Q:" names nobody)
            if question or answer or label:
                body = (question or answer or label).end()  # the label is nobody's words
                named = answer and (answer.group("by") or answer.group("in"))
                speaker = (named or interviewee) if answer else _label_speaker(label, P) if label else ""
                if label and label.group("name") in moderators:
                    moderated.add(len(out))
            elif out and out[-1].speaker and not bullet and not asked and not _is_header(text[body:b]):
                speaker = out[-1].speaker  # an answer that runs on to the next paragraph (not into a heading)
        if unlabelled and i in alone:
            asking.append((len(out), ""))  # the outlet's question
        elif unlabelled and first_asked < i < over and (not bullet or i in turns) and not _is_header(text[body:b]) \
                and i not in italic:
            # (a paragraph in italics between the answers is the outlet's own: "*Portnagh General Hospital said …*")
            speaker = interviewee
            if (label := P["label"].match(text, body, b)) and label.group("name") == interviewee:
                body = label.end()  # (the guest's label is nobody's words)
        if unlabelled and i in outlet_asks and (label := P["label"].match(text, body, b)):
            body = label.end()
        header = _is_header(text[body:b]) and not bullet and body < b and not (speaker or answer)
        out.append(Paragraph(a, b, body, entry, opens, time, header, box, speaker))
    for i, asker in asking:
        # "40 000 according to you", « selon vous »: the one asked is who answers next
        answering = next((p.speaker for p in out[i + 1:] if p.speaker and p.speaker != asker), "")
        out[i] = replace(out[i], addressee=answering)
    # a presenter's turn that asks nothing may speak to someone too, « Vous, vous en avez compté 3 950 »: the next
    # other speaker (not a guest's generic "if you add last week"; read backwards: the nearest speaker after each
    # turn, and the nearest after that who is someone else)
    following, after_that = "", ""
    for i in range(len(out) - 1, -1, -1):
        turn = out[i]
        if i in moderated and turn.speaker and not turn.addressee \
                and (answering := following if following != turn.speaker else after_that):
            out[i] = replace(turn, addressee=answering)
        if turn.speaker and turn.speaker != following:
            following, after_that = turn.speaker, following
    return out


_TURN = re.compile(r"\s*[—–]\s+")
# a bold run-in heading that ends with a full stop, before the paragraph's first sentence ("**What we know.** The …")
_RUN_IN = re.compile(r"\s*(?:\*\*|__)[^*_\n]{1,80}?[.!](?:\*\*|__)\s+(?=\S)")
_ITALIC_LINE = re.compile(r"\s*(?:\*(?!\*)[^*\n]+\*|_(?!_)[^_\n]+_)\s*")


def _first_not_a_place(P, rx: re.Pattern, text: str):
    """The first name ``rx`` finds in ``text`` that no place's preposition comes before ("capsized in Inishvar Sound,
    around …": a place, not the guest) and that is no day or month ("On Thursday, OCHA …")."""
    return next((m for m in rx.finditer(text) if not P["locative_before"].search(text, max(0, m.start() - 20), m.start())
                 and not P["time_word"].search(m.group("name"))), None)
_FULL_NAME = re.compile(r"(?<![\w'’.-])(?P<name>(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][a-zà-ÿĀ-ž'’-]+)\s+(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž][a-zà-ÿĀ-ž'’-]+))(?![\w'’-])")


def _to_outlet(P, publisher: str) -> re.Pattern:
    """The outlet as whom a guest speaks to, in an introduction: « pour L'Écho », "told the Tribune"."""
    return re.compile(rf"(?<![\w'-])(?:{P['interview_to']})\s+{re.escape(publisher)}(?![\w'-])", re.I)


_EMPHASIS_OPEN = re.compile(r"(?:\*\*?|__?)(?=[^\s*_])")
_EMPHASIS_CLOSE = re.compile(r"(?<=[^\s*_])(?:\*\*?|__?)\s*$")


def _unemphasised(text: str, a: int, b: int) -> tuple[int, int]:
    """The span ``a:b`` of ``text`` without the markdown emphasis that wraps it whole."""
    if (m := _EMPHASIS_OPEN.match(text, a, b)) and (n := _EMPHASIS_CLOSE.search(text, m.end(), b)) \
            and n.group().strip() == m.group():
        return m.end(), n.start()
    return a, b


def _asks_alone(line: str) -> bool:
    """A paragraph that is one short question of the writer's ("Combien étiez-vous mardi ?")."""
    line = _TURN.sub("", line, count=1).strip()
    return 0 < len(line) <= 250 and line.endswith("?") and not re.match(r"[«“\"]", line)


def _names_outlet(label: str, publisher: str | None) -> bool:
    """Whether a turn's label is the outlet that publishes the interview ("Estravie Matin:", "EM:" for
    "Estravie Matin English Edition"): its turns are questions, whatever they end with."""
    if not publisher:
        return False
    words = [w for w in re.findall(r"[\w'’-]+", publisher) if w[:1].isupper()]
    initials = "".join(w[0] for w in words).upper()
    low, pub = label.lower().strip(), publisher.lower()
    return len(low) >= 4 and low in pub or (label.isupper() and 2 <= len(label) <= 4 and initials.startswith(label))


_OPEN_CLOSE = {"«": "»", "“": "”"}


def quote_spans(text: str, segments) -> list[tuple[int, int]]:
    """``(open, close)`` offsets of the quotes of the body, across sentences
    and paragraphs.

    Guillemets and curly quotes pair by kind; straight quotes pair in order
    within a paragraph, and a paragraph left open by a straight quote
    continues into the next one when that one opens with a quote mark (the
    English convention for quotes over several paragraphs). Inside an open
    straight quote, a mark after a space and before a word opens a name
    quoted within it ('4 boats "Khivus" and 2'), whose next mark closes it.

    Examples
    --------
    >>> t = '« Un. Deux », dit-il. He said: "One. Two," he added.'
    >>> [t[a:b + 1] for a, b in quote_spans(t, [(0, len(t))])]
    ['« Un. Deux »', '"One. Two,"']
    >>> t = '"Two boats "Khivus" and a helicopter," it said.'
    >>> [t[a:b + 1] for a, b in quote_spans(t, [(0, len(t))])]
    ['"Two boats "Khivus" and a helicopter,"']
    """
    spans: list[tuple[int, int]] = []
    pending: int | None = None  # a straight quote left open at the end of a paragraph
    carried: list[tuple[str, int]] = []  # guillemets left open: « … on each new paragraph
    for a, b in segments:
        line = text[a:b]
        lead = len(line) - len(line.lstrip())
        opens_with_quote = line.lstrip().startswith(('"', "“", "«", "»"))
        stack = carried if opens_with_quote else []
        straight: int | None = None
        inner = False
        if not opens_with_quote:
            pending = None
        for i, ch in enumerate(line):
            if i == lead and stack and ch in "«»" and stack is carried:
                continue  # the repeated mark that reopens a quote going on
            if ch in _OPEN_CLOSE:
                stack.append((_OPEN_CLOSE[ch], a + i))
            elif stack and ch == stack[-1][0]:
                spans.append((stack.pop()[1], a + i))
            elif ch == '"':
                if straight is None and pending is not None and i == lead:
                    straight, pending = pending, None  # the quote goes on in this paragraph
                elif straight is None:
                    straight = a + i
                elif inner:
                    inner = False  # the end of a name quoted inside the quote
                elif i > 0 and line[i - 1].isspace() and line[i + 1:i + 2].isalnum():
                    inner = True  # 'boats "Khivus" and': a mark that opens, inside an open quote
                else:
                    spans.append((straight, a + i))
                    straight = None
        pending = straight
        carried = stack
        if not opens_with_quote and (dialogue := _DIALOGUE_DASH.match(line)):
            # "– Nous étions une trentaine … – raconte Pertti Räsänen": a dash opens a speaker's words and another
            # closes them before the verb that names the speaker (dialogue as many languages write it)
            spans.append((a + dialogue.start("open"), a + dialogue.start("close")))
    return sorted(spans)


#: a paragraph that opens with a dash and whose words end at a spaced dash before a lower-case verb
_DIALOGUE_DASH = re.compile(r"\s*(?P<open>[–—])\s+\S.*?\s(?P<close>[–—])\s+(?-i:[a-zà-ÿ])")


def inside_quote(spans, at: int, until: int) -> tuple[int, int] | None:
    """The quote that holds offset ``at`` and goes on past ``until`` (the end
    of the sentence): a figure in a quote whose speaker is named later."""
    for open_, close in spans:
        if open_ < at < close and close >= until - 1:
            return open_, close
        if open_ > at:
            break
    return None
