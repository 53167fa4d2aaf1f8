"""Compare the figures claimed for each quantity: conflicts, agreements, revisions.

Claims are grouped by ``quantity_id`` and, inside a quantity, by statement
(:mod:`claimgraph.statements`): a figure that three outlets reported is
compared once. Two statements relate through the intervals of their figures
(:meth:`~claimgraph.model.Figure.interval`), so "about 3,000", "more than
3,000" and "thousands" compare alike, and through time: each figure has a
reference date (``as_of``, else ``stated_on``, else publication).

* **conflict**: different speakers, reference dates at most ``window`` days
  apart, intervals that do not overlap, and no more than ``max_ratio`` times
  apart, or three times when the lower is a count in the tens (see :func:`compare`),
  and a conflict confidence (:mod:`claimgraph.conflict_confidence`) at least
  ``min_conflict_confidence``;
* **agreement**: different speakers, within the window, intervals overlap;
* **revision**: the same speaker gives a different figure on a later date,
  with its direction (up or down).

Figures of different speakers further apart in time are an *evolution* of the
count (a toll that rises over weeks): never a conflict; :meth:`Comparison.series`
gives them per speaker. Undated figures compare only with the undated figures
of their own article. Claim ids are content hashes, so their order means
nothing and is never used in place of a date.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import gc
import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable

from .conflict_confidence import conflict_confidence, load_model
from .errors import ModelError
from .extract.jurisdictions import body_tier
from .model import GENERIC_PEOPLE, Actor, Claim, Document, slugify
from .statements import BY, WINDOW, assign_statements, one_body_across_articles, speaker_key, speaker_keys, with_alias_keys

__all__ = ["EXHAUSTIVE", "KINDS", "MAX_RATIO", "NEIGHBOURS", "SMALL_COUNT", "SMALL_RATIO", "UNSPECIFIED", "WINDOW", "Comparison", "Relation", "compare", "specified"]

KINDS = ("conflict", "agreement", "revision")
#: Two figures more than this many times apart are not a conflict (see :func:`compare`).
MAX_RATIO = 10.0
# A country's body and a region's, or a town's, set against each other only when their figures are this close.
_TIER_RATIO = 1.5
# Counts in the tens more than this many times apart ("2 bodies washed ashore" and "19 dead", "5 pregnant women"
# and "31 cases", a town's 6 dead and the nation's 58) are a part and its whole far more often than two rival
# counts of one thing (measured on the story sets: docs/extraction.md, twenty-first session).
#: Counts under SMALL_COUNT conflict only when at most SMALL_RATIO times apart.
SMALL_COUNT, SMALL_RATIO = 30, 3.0
#: Quantities with at most this many statements get every pair related.
EXHAUSTIVE = 30
#: Above :data:`EXHAUSTIVE`, how many nearest partners a statement gets per direction.
NEIGHBOURS = 2
# Candidates examined per direction, as a multiple of ``neighbours``: bounds the
# work when one speaker repeats itself many times in a row.
_SCAN = 4


@dataclass(frozen=True, slots=True)
class Relation:
    """How two statements about one quantity relate.

    ``a`` and ``b`` are the claims that stand for the two statements (the
    first report of each); ``a_statement``/``b_statement`` their statement
    ids. ``ratio`` is the larger central figure over the smaller (>= 1), or
    None when a central figure is zero or negative. ``days_apart`` is the gap
    between the reference dates (None when undated). For a revision ``a`` is
    the later figure and ``direction`` says whether it went ``up`` or
    ``down``.

    Examples
    --------
    >>> Relation("conflict", "c1", "c2", 3.5, 1, "s1", "s2").to_dict()
    {'a': 's1', 'b': 's2', 'a_claim': 'c1', 'b_claim': 'c2', 'ratio': 3.5, 'days_apart': 1}
    >>> Relation("dispute", "c1", "c2")
    Traceback (most recent call last):
    ...
    claimgraph.errors.ModelError: relation kind must be one of conflict, agreement, revision, not 'dispute'
    """

    kind: str
    a: str
    b: str
    ratio: float | None = None
    days_apart: int | None = None
    a_statement: str = ""
    b_statement: str = ""
    direction: str = ""
    confidence: float | None = None

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ModelError(f"relation kind must be one of {', '.join(KINDS)}, not {self.kind!r}")
        if self.a == self.b:
            raise ModelError(f"claim {self.a!r} cannot relate to itself")
        if self.ratio is not None and not self.ratio >= 1:  # `not >=` also rejects NaN
            raise ModelError(f"ratio must be >= 1, not {self.ratio!r}")
        if self.direction not in ("", "up", "down"):
            raise ModelError(f"direction must be 'up' or 'down', not {self.direction!r}")
        if self.confidence is not None and not 0 <= self.confidence <= 1:
            raise ModelError(f"confidence must be between 0 and 1, not {self.confidence!r}")

    def to_dict(self) -> dict:
        d = {"a": self.a_statement or self.a, "b": self.b_statement or self.b, "a_claim": self.a, "b_claim": self.b,
             "ratio": self.ratio, "days_apart": self.days_apart}
        if self.direction:
            d["direction"] = self.direction
        if self.confidence is not None:
            d["confidence"] = self.confidence
        return d


@dataclass(frozen=True, slots=True)
class Comparison:
    """The claims about one quantity and how their statements relate.

    ``claims`` are every report, ordered by reference date (undated last),
    then figure; made by :func:`compare`.

    Examples
    --------
    >>> from claimgraph.model import Actor, Claim, Figure
    >>> c = Claim(Actor("NATO"), Figure(3000), "soldiers", id="c1")
    >>> Comparison("soldiers", "soldiers", (c,), (Relation("agreement", "c1", "c2", 1.0),)).to_dict()["agreements"]
    [{'a': 'c1', 'b': 'c2', 'a_claim': 'c1', 'b_claim': 'c2', 'ratio': 1.0, 'days_apart': None}]
    """

    quantity_id: str
    label: str
    claims: tuple[Claim, ...] = ()
    relations: tuple[Relation, ...] = ()
    window: int = WINDOW

    def __post_init__(self):
        object.__setattr__(self, "claims", tuple(self.claims))
        object.__setattr__(self, "relations", tuple(self.relations))

    def _of(self, kind: str) -> tuple[Relation, ...]:
        return tuple(r for r in self.relations if r.kind == kind)

    @property
    def conflicts(self) -> tuple[Relation, ...]:
        return self._of("conflict")

    @property
    def agreements(self) -> tuple[Relation, ...]:
        return self._of("agreement")

    @property
    def revisions(self) -> tuple[Relation, ...]:
        return self._of("revision")

    @property
    def statements(self) -> tuple[Claim, ...]:
        """One claim per statement (its first report), in claim order."""
        seen, out = set(), []
        for c in self.claims:
            key = c.statement or c.id
            if key not in seen:
                seen.add(key)
                out.append(c)
        return tuple(out)

    def series(self) -> dict[str, list[Claim]]:
        """Each speaker's dated statements in date order: how the figure
        evolved (figures further apart than the window are compared this
        way, never as conflicts)."""
        out: dict[str, list[Claim]] = defaultdict(list)
        for c in self.statements:
            if c.reference_date is not None:
                out[speaker_key(c)].append(c)
        for claims in out.values():
            claims.sort(key=lambda c: (c.reference_date, c.id))
        return dict(out)

    def to_dict(self) -> dict:
        """The JSON contract of ``claimgraph conflicts``."""
        return {
            "quantity_id": self.quantity_id,
            "label": self.label,
            "window": self.window,
            "statements": len(self.statements),
            "claims": [c.to_dict() for c in self.claims],
            "conflicts": [r.to_dict() for r in self.conflicts],
            "agreements": [r.to_dict() for r in self.agreements],
            "revisions": [r.to_dict() for r in self.revisions],
        }


def compare(claims: Iterable[Claim], *, tolerance: float = 0.1, documents: Iterable[Document] = (),
            exhaustive: int = EXHAUSTIVE, neighbours: int = NEIGHBOURS, window: int = WINDOW,
            by: str = "body", actors: Iterable[Actor] = (), outlets: bool = False,
            max_ratio: float | None = MAX_RATIO, min_conflict_confidence: float | None = None) -> list[Comparison]:
    """Group claims by quantity and relate their statements.

    Parameters
    ----------
    claims : iterable of Claim
        Claims repeated with the same id count once. Claims without a
        ``statement`` id are grouped into statements here.
    tolerance : float
        Relative width given to approximate figures ("about 3,000").
    documents : iterable of Document
        Their ``published`` dates stand in for a missing ``as_of`` and
        ``stated_on``.
    exhaustive : int
        A quantity with at most this many statements gets every pair related.
    neighbours : int
        Beyond ``exhaustive``, how many nearest partners a statement gets per
        direction and per window of days (see Notes).
    window : int
        Two figures of different speakers are compared (conflict or
        agreement) only when their reference dates are at most this many
        days apart.
    by : {"body", "affiliation"}
        Who counts as one speaker: each body (a spokesperson speaks for their
        body), or each side (the top of the affiliation chain: a country).
    actors : iterable of Actor
        Known actors, for affiliations (the corpus's ``actors``).
    outlets : bool
        Whether a figure an article states in its own name (its claimant is
        the document's publisher: background, a recap of a figure whose source
        it does not give) takes part in conflicts and agreements. By default
        it does not: an outlet is not a side of the dispute it reports.
    max_ratio : float or None
        Two figures whose intervals are more than this many times apart (the
        higher one's lower bound over the lower one's upper bound) are not set
        against each other. Sources that count the same thing rarely differ
        tenfold; figures that do are far more often two quantities that share
        an id (a city's count and the nation's, a part and the whole). None
        sets no limit. A zero figure (a denial) is set against any other.
    min_conflict_confidence : float or None
        Conflicts whose confidence (:func:`~claimgraph.conflict_confidence.conflict_confidence`, 0–1) is
        below this are not reported; None: the shipped model's threshold; 0 keeps every conflict. Each
        conflict reported carries its confidence.

    Returns
    -------
    list of Comparison
        One per quantity, single-claim quantities included, most conflicts
        first, then by label.

    Raises
    ------
    ModelError
        For something other than a Claim, or an option out of range.

    Notes
    -----
    All pairs of a large quantity would make output quadratic in its
    statements, so beyond ``exhaustive`` statements each one is related only
    to its nearest partners among the statements of the same window of days,
    found by sorting intervals by their bounds and bisecting: up to
    ``neighbours`` overlapping statements just above it (agreements) and the
    ``neighbours`` closest non-overlapping ones above and below it
    (conflicts). Every relation recorded is one that the exhaustive rule
    would record too. Each statement takes part in ``window + 1`` such
    searches, so the cost stays O(n log n) plus the output.

    A revision links a statement to the speaker's statements of the previous
    date with a different figure (a chain, not every earlier one).

    Examples
    --------
    >>> from claimgraph.model import Actor, Claim, Figure
    >>> us, ua, kr = Actor("US officials", "group"), Actor("Ukraine", "country"), Actor("Seoul", "country")
    >>> said = lambda who, figure, day=None: Claim(who, figure, "North Korean soldiers", stated_on=day)
    >>> soldiers = [said(us, Figure(3000, qualifier="about"), "2024-10-30"),
    ...             said(ua, Figure(10000, qualifier="about"), "2024-11-01"),
    ...             said(us, Figure(12000, qualifier="about"), "2024-12-16"),
    ...             said(kr, Figure(None, 2000, 9999, "vague"), "2024-12-17")]
    >>> [c] = compare(soldiers)
    >>> [str(claim.figure) for claim in c.claims]  # by date
    ['about 3,000', 'about 10,000', 'about 12,000', 'thousands']
    >>> [(r.a, r.b, round(r.ratio, 2), r.days_apart) for r in c.conflicts] == [(soldiers[0].id, soldiers[1].id, 3.33, 2),
    ...                                                                       (soldiers[2].id, soldiers[3].id, 2.68, 1)]
    True
    >>> [(r.a, r.b, r.direction) for r in c.revisions] == [(soldiers[2].id, soldiers[0].id, "up")]
    True
    """
    _check_number(tolerance, "tolerance", 0, (int, float))
    _check_number(exhaustive, "exhaustive", 0, int)
    _check_number(neighbours, "neighbours", 1, int)
    _check_number(window, "window", 0, int)
    if max_ratio is not None:
        _check_number(max_ratio, "max_ratio", 1, (int, float))
    model, threshold = load_model()
    if min_conflict_confidence is not None:
        if not isinstance(min_conflict_confidence, (int, float)) or not 0 <= min_conflict_confidence <= 1:
            raise ModelError(f"min_conflict_confidence must be between 0 and 1, not {min_conflict_confidence!r}")
        threshold = min_conflict_confidence
    if by not in BY:
        raise ModelError(f"by must be one of {', '.join(BY)}, not {by!r}")
    documents = tuple(documents)
    published = {d.id: d.published for d in documents if d.published is not None}
    own_voice = {} if outlets else {d.id: slugify(d.publisher) for d in documents if d.publisher}
    unique: dict[str, Claim] = {}
    for c in claims:
        if not isinstance(c, Claim):
            raise ModelError(f"compare() takes Claim records, not {type(c).__name__}")
        unique.setdefault(c.id, c)
    known = {a.id: a for a in actors}
    with _gc_paused():
        claims = list(unique.values())
        if any(not c.statement for c in claims):
            claims = assign_statements(claims, documents=documents, actors=known.values(), window=window)
        groups: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            groups[c.quantity_id].append(c)
        for c in claims:
            for a in c.claimants:
                known.setdefault(a.id, a)
        known = with_alias_keys(known)
        limit = lambda n: None if n <= exhaustive else neighbours
        out = [_compare_one(qid, g, tolerance, published, limit, window, by, known, own_voice, max_ratio,
                            (model, threshold))
               for qid, g in groups.items()]
    out.sort(key=lambda pair: (-pair[1], pair[0].label, pair[0].quantity_id))
    return [cmp for cmp, _ in out]


@contextlib.contextmanager
def _gc_paused():
    # compare() allocates millions of small objects, none of them in a cycle;
    # each allocation burst made the cyclic collector rescan every claim in
    # memory (a third of the run time at 10^6 claims). Pausing it loses nothing.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _check_number(x, name: str, minimum: int, types) -> None:
    if isinstance(x, bool) or not isinstance(x, types) or not math.isfinite(x) or x < minimum:
        raise ModelError(f"{name} must be a finite number >= {minimum}, not {x!r}")


#: Populations that say who was counted, not what happened to them: "28 people" with no measure
#: (on board? missing? rescued?) answers no one question, so two such figures never conflict.
UNSPECIFIED = GENERIC_PEOPLE


def specified(claim: Claim) -> bool:
    """Whether a claim's quantity says what was counted well enough to be compared.

    Examples
    --------
    >>> from claimgraph.model import Actor, Figure
    >>> who = [Actor("Coast guard")]
    >>> specified(Claim(who, Figure(28), "28 people", population="people"))
    False
    >>> specified(Claim(who, Figure(28), "28 people missing", population="people", measure="missing"))
    True
    """
    return not (claim.population in UNSPECIFIED and not claim.measure)


def _compare_one(qid, claims, tolerance, published, limit, window, by, known, own_voice,
                 max_ratio=MAX_RATIO, trust=None) -> tuple[Comparison, int]:
    if len(claims) == 1:  # most quantities of a large corpus: nothing to relate
        [c] = claims
        return Comparison(qid, c.quantity_label, (c,), window=window), 0
    if not any(map(specified, claims)):  # listed side by side, never set against each other
        return Comparison(qid, claims[0].quantity_label, tuple(claims), window=window), 0
    rows = []
    for c in claims:
        day, central = c.as_of or c.stated_on or published.get(c.document), c.figure.central
        rows.append((day is None, day or dt.date.min, central is None, central or 0.0, c.id, c))
    rows.sort()
    every = tuple(r[-1] for r in rows)
    # one row per statement: its first report in this order
    seen, reps, rep_rows = set(), [], []
    for r in rows:
        key = r[-1].statement or r[-1].id
        if key not in seen:
            seen.add(key)
            reps.append(r[-1])
            rep_rows.append(r)
    n = len(reps)
    dates = [None if r[0] else r[1] for r in rep_rows]
    centrals = [None if r[2] else r[3] for r in rep_rows]
    spans = [c.figure.interval(tolerance) for c in reps]
    who = [speaker_keys(c, known, by) for c in reps]
    if by == "body":
        who = one_body_across_articles(who, known)
    found = {kind: set() for kind in KINDS}
    lim = limit(n)
    # an outlet's own figures are context, not a side (see ``outlets``)
    sides = [own_voice.get(c.document) is None or any(a.id != own_voice[c.document] for a in c.claimants) for c in reps]
    for block, primary in _blocks(reps, dates, window, sides):
        _relate(block, primary, spans, who, lim, found, n)
    if found["conflict"]:
        found["conflict"] = {key for key in found["conflict"] if _set_against(reps, spans, key, n, max_ratio, known)}
    trusted = {}
    if found["conflict"] and trust is not None:
        model, threshold = trust
        for key in found["conflict"]:
            i, j = divmod(key, n)
            apart = abs((dates[i] - dates[j]).days) if dates[i] is not None and dates[j] is not None else None
            trusted[key] = conflict_confidence(reps[i], reps[j], days_apart=apart, statements=n, model=model)
        found["conflict"] = {key for key in found["conflict"] if trusted[key] >= threshold}
    _revisions(reps, dates, who, lim, found["revision"])
    relations = []
    add = relations.append
    for kind in KINDS:
        for key in sorted(found[kind]):
            i, j = divmod(key, n)
            if kind == "revision":  # later statement first: dated statements sort by date, so j is the later
                i, j = j, i
            a, b = reps[i], reps[j]
            apart = abs((dates[i] - dates[j]).days) if dates[i] is not None and dates[j] is not None else None
            direction = ""
            if kind == "revision" and centrals[i] is not None and centrals[j] is not None and centrals[i] != centrals[j]:
                direction = "up" if centrals[i] > centrals[j] else "down"
            add(_relation(kind, a.id, b.id, _ratio(centrals[i], centrals[j]), apart, a.statement, b.statement,
                          direction, trusted.get(key) if kind == "conflict" else None))
    labels = Counter(c.quantity_label for c in reps)
    label = labels.most_common(1)[0][0]
    return Comparison(qid, label, every, tuple(relations), window), len(found["conflict"])


def _set_against(reps, spans, key: int, n: int, max_ratio: float | None, known=None) -> bool:
    """Whether the conflict ``key`` (``i * n + j``) stands: figures at most ``max_ratio`` times apart, and a
    country's body set against a region's or a town's only when their figures are close (see _TIER_RATIO)."""
    i, j = divmod(key, n)
    gap = _gap(spans[i], spans[j])
    if max_ratio is not None and (gap > max_ratio or gap > SMALL_RATIO and min(spans[i][1], spans[j][1]) < SMALL_COUNT):
        return False  # (no bound at all when asked for none: ``max_ratio=None``)
    # "the regional health agency counted 8 cases", "the National Public Health Agency 31": a region's count and
    # the nation's under one id (neither sentence named a place), not two sides of one count; figures this close
    # ("the ministry says 3 dead, the prefecture 4") may still be one count that they disagree on
    if gap <= _TIER_RATIO:
        return True
    a, b = _tier(reps[i], known), _tier(reps[j], known)
    return a is None or b is None or a == b


def _tier(claim: Claim, known=None) -> str | None:
    """Whether the claim's speakers count for the whole country or for a part of it, when their names say."""
    found = {_speaker_tier(a, known or {}) for a in claim.claimants} - {None}
    return found.pop() if len(found) == 1 else None


def _speaker_tier(actor: Actor, known) -> str | None:
    """The tier the actor's name says; a person's whose name does not, the tier of the body they speak for
    ("Dr Oberlé" of the national agency)."""
    tier = body_tier(actor.name)
    if tier is None and actor.kind == "person" and actor.affiliation in known:
        tier = body_tier(known[actor.affiliation].name)
    return tier


def _blocks(reps, dates, window, sides):
    """``(block, primary)`` index lists: every pair that may relate lies in a
    block with at least one member in its primary part, and in one such
    block only. Dated statements: each day with the days up to ``window``
    after it; undated ones: their own article."""
    by_day: dict[dt.date, list[int]] = defaultdict(list)
    undated: dict[str | None, list[int]] = defaultdict(list)
    for i, day in enumerate(dates):
        if not sides[i]:
            continue
        if day is None:
            undated[reps[i].document].append(i)
        else:
            by_day[day].append(i)
    days = sorted(by_day)
    for k, day in enumerate(days):
        block = list(by_day[day])
        for later in days[k + 1:]:
            if (later - day).days > window:
                break
            block.extend(by_day[later])
        yield block, set(by_day[day])
    for members in undated.values():
        yield members, set(members)


def _relate(block, primary, spans, who, limit, found, n) -> None:
    if len(block) < 2:
        return
    conflicts, agreements = found["conflict"], found["agreement"]
    if limit is None:
        for x, i in enumerate(block):
            lo, hi, w = *spans[i], who[i]
            for j in block[x + 1:]:
                if w.isdisjoint(who[j]) and (i in primary or j in primary):
                    lo_j, hi_j = spans[j]
                    (agreements if lo <= hi_j and lo_j <= hi else conflicts).add(i * n + j if i < j else j * n + i)
        return
    local_spans = [spans[i] for i in block]
    local_who = [who[i] for i in block]
    local = {kind: set() for kind in ("conflict", "agreement")}
    _nearest_pairs(local_spans, local_who, limit, local)
    m = len(block)
    for kind, pairs in local.items():
        for key in pairs:
            x, y = divmod(key, m)
            i, j = block[x], block[y]
            if i in primary or j in primary:
                found[kind].add(i * n + j if i < j else j * n + i)


def _relation(kind, a, b, ratio, days_apart, a_statement, b_statement, direction, confidence=None,
              _new=object.__new__, _set=object.__setattr__) -> Relation:
    # Relation without its checks, for values made valid here: a fifth faster,
    # which counts when there are millions.
    r = _new(Relation)
    _set(r, "kind", kind)
    _set(r, "a", a)
    _set(r, "b", b)
    _set(r, "ratio", ratio)
    _set(r, "days_apart", days_apart)
    _set(r, "a_statement", a_statement)
    _set(r, "b_statement", b_statement)
    _set(r, "direction", direction)
    _set(r, "confidence", confidence)
    return r


def _ratio(a: float | None, b: float | None) -> float | None:
    if a is None or b is None or a <= 0 or b <= 0:
        return None
    return a / b if a >= b else b / a


def _gap(a: tuple[float, float], b: tuple[float, float]) -> float:
    """How many times apart two intervals are at their closest; 1 when they
    overlap or the lower is zero (a denial, "no casualties", is a side)."""
    (lo, hi), (lo_b, hi_b) = sorted((a, b))
    if lo_b <= hi or hi <= 0:
        return 1.0
    return lo_b / hi


def _nearest_pairs(spans, who, k, found) -> None:
    n, cap = len(spans), _SCAN * k
    # Stable sorts: ties keep claim order, so the output is deterministic.
    by_lo = sorted(range(n), key=spans.__getitem__)
    los = [spans[i][0] for i in by_lo]
    flipped = [(hi, lo) for lo, hi in spans]
    by_hi = sorted(range(n), key=flipped.__getitem__)
    his = [spans[i][1] for i in by_hi]
    conflicts, agreements = found["conflict"], found["agreement"]

    def link(i, order, positions, into, stop=math.inf):
        count, w = 0, who[i]
        for q in positions:
            if los[q] > stop:
                return
            j = order[q]
            if w.isdisjoint(who[j]):
                into.add(i * n + j if i < j else j * n + i)
                count += 1
                if count == k:
                    return

    for p, i in enumerate(by_lo):
        lo, hi = spans[i]
        # Statements overlapping i from above are contiguous in lower-bound order.
        link(i, by_lo, range(p + 1, min(n, p + 1 + cap)), agreements, stop=hi)
        above = bisect_right(los, hi)
        link(i, by_lo, range(above, min(n, above + cap)), conflicts)
        below = bisect_left(his, lo)
        link(i, by_hi, range(below - 1, max(-1, below - 1 - cap), -1), conflicts)
    low, high = by_hi[0], by_lo[-1]
    if his[0] < los[-1] and who[low].isdisjoint(who[high]):
        conflicts.add(min(low, high) * n + max(low, high))


def _revisions(claims, dates, who, limit, revisions) -> None:
    chains: dict[str, list[int]] = defaultdict(list)  # speaker -> dated statements, in date order
    for i, day in enumerate(dates):
        if day is not None:
            for speaker in who[i]:
                chains[speaker].append(i)
    if not chains:
        return
    n = len(claims)
    figures = [(f.value, f.lower, f.upper, f.qualifier) for f in (c.figure for c in claims)]
    for chain in chains.values():
        previous, current, day = [], [], None
        for i in chain:
            if dates[i] != day:
                previous, current, day = current, [], dates[i]
            linked = 0
            for j in reversed(previous):
                if figures[j] != figures[i]:
                    revisions.add(j * n + i)
                    linked += 1
                    if linked == limit:
                        break
            current.append(i)
