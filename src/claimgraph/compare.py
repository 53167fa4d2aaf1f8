"""Compare the figures claimed for each quantity: conflicts, agreements, revisions.

Claims are grouped by ``quantity_id``. Two claims relate through the
intervals of their figures (:meth:`~claimgraph.model.Figure.interval`), so
"about 3,000", "more than 3,000" and "thousands" compare alike:

* **conflict**: different claimants, intervals do not overlap;
* **agreement**: different claimants, intervals overlap;
* **revision**: a shared claimant restated the figure differently on a later
  known date (``stated_on``, else the document's ``published`` date).

Claims by a shared claimant are never a conflict nor an agreement: undated
ones, same-day ones and identical restatements relate to nothing.
Claim ids are content hashes, so their order means nothing and is never
used in place of a date.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import gc
import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import repeat
from typing import Iterable

from .errors import ModelError
from .model import Claim, Document

__all__ = ["EXHAUSTIVE", "KINDS", "NEIGHBOURS", "Comparison", "Relation", "compare"]

KINDS = ("conflict", "agreement", "revision")
#: Quantities with at most this many claims get every pair related.
EXHAUSTIVE = 30
#: Above :data:`EXHAUSTIVE`, how many nearest partners a claim gets per direction.
NEIGHBOURS = 2
# Candidates examined per direction, as a multiple of ``neighbours``: bounds the
# work when one claimant repeats itself many times in a row.
_SCAN = 4


@dataclass(frozen=True, slots=True)
class Relation:
    """How two claims about one quantity relate.

    ``ratio`` is the larger central figure over the smaller (>= 1), or None
    when a central figure is zero or negative. For a revision ``a`` is the
    later claim and ``b`` the earlier one it revises.

    Examples
    --------
    >>> Relation("conflict", "c1", "c2", 3.5).to_dict()
    {'a': 'c1', 'b': 'c2', 'ratio': 3.5}
    >>> Relation("dispute", "c1", "c2")
    Traceback (most recent call last):
    ...
    claimgraph.errors.ModelError: relation kind must be one of conflict, agreement, revision, not 'dispute'
    """

    kind: str
    a: str
    b: str
    ratio: float | None = None

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ModelError(f"relation kind must be one of {', '.join(KINDS)}, not {self.kind!r}")
        if self.a == self.b:
            raise ModelError(f"claim {self.a!r} cannot relate to itself")
        if self.ratio is not None and not self.ratio >= 1:  # `not >=` also rejects NaN
            raise ModelError(f"ratio must be >= 1, not {self.ratio!r}")

    def to_dict(self) -> dict:
        return {"a": self.a, "b": self.b, "ratio": self.ratio}


@dataclass(frozen=True, slots=True)
class Comparison:
    """The claims about one quantity and how they relate.

    ``claims`` are ordered by date (undated last), then figure; made by
    :func:`compare`.

    Examples
    --------
    >>> from claimgraph.model import Actor, Claim, Figure
    >>> c = Claim(Actor("NATO"), Figure(3000), "soldiers", id="c1")
    >>> Comparison("soldiers", "soldiers", (c,), (Relation("agreement", "c1", "c2", 1.0),)).to_dict()["agreements"]
    [{'a': 'c1', 'b': 'c2', 'ratio': 1.0}]
    """

    quantity_id: str
    label: str
    claims: tuple[Claim, ...] = ()
    relations: tuple[Relation, ...] = ()

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

    def to_dict(self) -> dict:
        """The JSON contract of ``claimgraph conflicts``."""
        return {
            "quantity_id": self.quantity_id,
            "label": self.label,
            "claims": [c.to_dict() for c in self.claims],
            "conflicts": [r.to_dict() for r in self.conflicts],
            "agreements": [r.to_dict() for r in self.agreements],
            "revisions": [r.to_dict() for r in self.revisions],
        }


def compare(claims: Iterable[Claim], *, tolerance: float = 0.1, documents: Iterable[Document] = (),
            exhaustive: int = EXHAUSTIVE, neighbours: int = NEIGHBOURS) -> list[Comparison]:
    """Group claims by quantity and relate the figures within each group.

    Parameters
    ----------
    claims : iterable of Claim
        Claims repeated with the same id count once.
    tolerance : float
        Relative width given to approximate figures ("about 3,000").
    documents : iterable of Document
        Their ``published`` dates stand in for a missing ``stated_on``.
    exhaustive : int
        A quantity with at most this many claims gets every pair related.
    neighbours : int
        Beyond ``exhaustive``, how many nearest partners a claim gets per
        direction (see Notes).

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
    All pairs of a large quantity would make output quadratic in its claims
    (and unreadable), so beyond ``exhaustive`` claims each claim is related
    only to its nearest partners, found by sorting intervals by their bounds
    and bisecting: up to ``neighbours`` overlapping claims just above it
    (agreements) and the ``neighbours`` closest non-overlapping claims above
    and below it (conflicts). So a claim in conflict with anyone stays
    flagged, unless its ``4 * neighbours`` nearest candidates on each side all
    share its claimant. The widest disagreement (lowest upper bound against
    highest lower bound) is always kept. Every relation recorded is one that
    the exhaustive rule would record too.

    A revision links a claim to the claimant's claims of the previous date
    with a different figure (a chain, not every earlier claim); at most
    ``neighbours`` of them beyond ``exhaustive``.

    Cost is O(n log n) plus the output: at most ``exhaustive / 2`` relations
    per claim in small quantities and ``4 * neighbours + 1`` in large ones
    (with one claimant per claim). 10^6 claims take 20 to 40 seconds
    (many small quantities / a single one).

    Examples
    --------
    >>> from claimgraph.model import Actor, Claim, Figure
    >>> us, ua, kr = Actor("US officials", "group"), Actor("Ukraine", "country"), Actor("Seoul", "country")
    >>> said = lambda who, figure, day=None: Claim(who, figure, "North Korean soldiers", stated_on=day)
    >>> soldiers = [said(us, Figure(3000, qualifier="about"), "2024-10-30"),
    ...             said(ua, Figure(10000, qualifier="about"), "2024-11-04"),
    ...             said(us, Figure(12000, qualifier="about"), "2024-12-16"),
    ...             said(kr, Figure(None, 2000, 9999, "vague"))]
    >>> [c] = compare(soldiers)
    >>> [str(claim.figure) for claim in c.claims]  # by date, undated last
    ['about 3,000', 'about 10,000', 'about 12,000', '2,000–9,999']
    >>> [(r.a, r.b, round(r.ratio, 2)) for r in c.conflicts][0] == (soldiers[0].id, soldiers[1].id, 3.33)
    True
    >>> len(c.conflicts), len(c.agreements)
    (2, 3)
    >>> [(r.a, r.b) for r in c.revisions] == [(soldiers[2].id, soldiers[0].id)]
    True
    """
    _check_number(tolerance, "tolerance", 0, (int, float))
    _check_number(exhaustive, "exhaustive", 0, int)
    _check_number(neighbours, "neighbours", 1, int)
    published = {d.id: d.published for d in documents if d.published is not None}
    groups: dict[str, dict[str, Claim]] = defaultdict(dict)
    for c in claims:
        if not isinstance(c, Claim):
            raise ModelError(f"compare() takes Claim records, not {type(c).__name__}")
        groups[c.quantity_id].setdefault(c.id, c)
    limit = lambda n: None if n <= exhaustive else neighbours
    with _gc_paused():
        out = [_compare_one(qid, g.values(), tolerance, published, limit(len(g))) for qid, g in groups.items()]
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


def _compare_one(qid, claims, tolerance, published, limit) -> tuple[Comparison, int]:
    if len(claims) == 1:  # most quantities of a large corpus: nothing to relate
        [c] = claims
        return Comparison(qid, c.quantity_label, (c,)), 0
    rows = []
    for c in claims:
        day, central = c.stated_on or published.get(c.document), c.figure.central
        # Claim ids are unique here, so the claim itself is never compared.
        rows.append((day is None, day or dt.date.min, central is None, central or 0.0, c.id, c))
    rows.sort()
    ordered = tuple(r[-1] for r in rows)
    dates = [None if r[0] else r[1] for r in rows]
    centrals = [None if r[2] else r[3] for r in rows]
    spans = [c.figure.interval(tolerance) for c in ordered]
    who = [frozenset([a.id for a in c.claimants]) for c in ordered]
    # kind -> {i * n + j}: pair (i, j), i < j in claim order, as one int (cheaper than tuples)
    found = {kind: set() for kind in KINDS}
    if limit is None:
        _all_pairs(spans, who, found)
    else:
        _nearest_pairs(spans, who, limit, found)
    _revisions(ordered, dates, who, limit, found["revision"])
    ids, n = [c.id for c in ordered], len(ordered)
    relations = []
    add, ratio, relation = relations.append, _ratio, _relation
    for kind in KINDS:
        pairs = map(divmod, sorted(found[kind]), repeat(n))
        if kind == "revision":  # later claim first: dated claims sort by date, so j is the later
            pairs = ((j, i) for i, j in pairs)
        for i, j in pairs:
            add(relation(kind, ids[i], ids[j], ratio(centrals[i], centrals[j])))
    labels = {c.quantity_label for c in ordered}
    label = labels.pop() if len(labels) == 1 else Counter(c.quantity_label for c in ordered).most_common(1)[0][0]
    return Comparison(qid, label, ordered, tuple(relations)), len(found["conflict"])


def _relation(kind, a, b, ratio, _new=object.__new__, _set=object.__setattr__) -> Relation:
    # Relation without its checks, for values made valid here: a fifth faster,
    # which counts when there are millions.
    r = _new(Relation)
    _set(r, "kind", kind)
    _set(r, "a", a)
    _set(r, "b", b)
    _set(r, "ratio", ratio)
    return r


def _ratio(a: float | None, b: float | None) -> float | None:
    if a is None or b is None or a <= 0 or b <= 0:
        return None
    return a / b if a >= b else b / a


def _all_pairs(spans, who, found) -> None:
    conflicts, agreements = found["conflict"], found["agreement"]
    n = len(spans)
    for i in range(n):
        lo, hi, w = *spans[i], who[i]
        for j in range(i + 1, n):
            if w.isdisjoint(who[j]):
                lo_j, hi_j = spans[j]
                (agreements if lo <= hi_j and lo_j <= hi else conflicts).add(i * n + j)


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
        # Claims overlapping i from above are contiguous in lower-bound order.
        link(i, by_lo, range(p + 1, min(n, p + 1 + cap)), agreements, stop=hi)
        above = bisect_right(los, hi)
        link(i, by_lo, range(above, min(n, above + cap)), conflicts)
        below = bisect_left(his, lo)
        link(i, by_hi, range(below - 1, max(-1, below - 1 - cap), -1), conflicts)
    low, high = by_hi[0], by_lo[-1]
    if his[0] < los[-1] and who[low].isdisjoint(who[high]):
        conflicts.add(min(low, high) * n + max(low, high))


def _revisions(claims, dates, who, limit, revisions) -> None:
    chains: dict[str, list[int]] = defaultdict(list)  # claimant id -> dated claims, in date order
    for i, day in enumerate(dates):
        if day is not None:
            for actor in who[i]:
                chains[actor].append(i)
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
