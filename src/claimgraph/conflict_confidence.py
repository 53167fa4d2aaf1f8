"""How far a conflict between two statements can be trusted.

Two statements set against each other by :func:`claimgraph.compare.compare`
share a quantity id, have different speakers and figures that do not overlap.
On the annotated stories about half of such pairs are not two sources
disagreeing but two quantities under one id: a part and its whole, one town's
count and the region's, a day's figure and the running total, bodies recovered
and the death toll. Facts of the pair tell them apart in part: figures far
apart, a quantity with many statements, a sentence that lists many figures, a
figure deep in a long page, a bare count whose place is not said.

The conflict confidence is a logistic regression over those facts, fitted by
:mod:`claimgraph.conflict_training` (``make conflict-model``) on the tuning
stories, with the weights and the default threshold shipped in
``claimgraph/data/conflict_confidence.json``. Conflicts below the threshold
are not reported (``compare(min_conflict_confidence=0)`` keeps every one).
The features use no word of any language: they are the same for every one.
"""
from __future__ import annotations

import functools
import math
import re

from .errors import ModelError
from .extract.confidence import Model, read_model_file
from .extract.jurisdictions import body_tier
from .model import Claim

__all__ = ["FEATURES", "conflict_confidence", "load_model", "pair_features"]

#: The features, in the order of the weights in ``conflict_confidence.json``.
FEATURES = ("log_ratio", "ratio_gt2", "log_min", "same_document", "same_sentence", "days_apart", "no_measure",
            "no_place", "claim_confidence", "bound", "vague", "person", "organisations", "log_statements",
            "figures_in_sentence", "hedged", "period", "late_start", "early_start", "as_of_earlier", "tier_mix")

# a number as written in any of the languages (digits, with group and decimal separators)
_NUMBER = re.compile(r"\d(?:[\d\u00a0\u202f ,.]*\d)?")
_BOUNDS = frozenset({"nearly", "at_least", "more_than", "at_most", "up_to", "less_than"})


def pair_features(a: Claim, b: Claim, *, days_apart: int | None, statements: int) -> dict[str, float]:
    """The facts of one conflict between the statements of ``a`` and ``b``.

    ``days_apart``: between their reference dates (None when undated);
    ``statements``: how many statements their quantity has.

    Examples
    --------
    >>> from claimgraph.model import Actor, Claim, Figure
    >>> a = Claim(Actor("Police", "organisation"), Figure(4000), "protesters", evidence="4,000 marched, police said.")
    >>> b = Claim(Actor("Union", "organisation"), Figure(12000), "protesters", evidence="The union counted 12,000.")
    >>> f = pair_features(a, b, days_apart=0, statements=2)
    >>> round(f["log_ratio"], 3), f["ratio_gt2"], f["organisations"], f["same_sentence"]
    (1.098, 1.0, 1.0, 0.0)
    """
    ca, cb = a.figure.central or 0.0, b.figure.central or 0.0
    low, high = sorted((abs(ca), abs(cb)))
    kinds = [{x.kind for x in c.claimants} for c in (a, b)]
    tiers = {body_tier(x.name) for c in (a, b) for x in c.claimants} - {None}
    return {
        "log_ratio": math.log((high + 1) / (low + 1)),
        "ratio_gt2": float(high > 2 * low + 1),
        "log_min": math.log10(low + 1),
        "same_document": float(a.document == b.document),
        "same_sentence": float(a.document == b.document and a.evidence == b.evidence),
        "days_apart": float(days_apart or 0),
        "no_measure": float(not a.measure or not b.measure),
        "no_place": float(not a.place and not b.place),
        "claim_confidence": min(0.5 if c.confidence is None else c.confidence for c in (a, b)),
        "bound": float(any(c.figure.qualifier in _BOUNDS or c.figure.value is None for c in (a, b))),
        "vague": float(any(c.figure.qualifier == "vague" for c in (a, b))),
        "person": float(any("person" in k for k in kinds)),
        "organisations": float(all("organisation" in k for k in kinds)),
        "log_statements": math.log(max(statements, 1)),
        "figures_in_sentence": float(max(len(_NUMBER.findall(c.evidence or "")) for c in (a, b))),
        "hedged": float(a.hedged or b.hedged),
        "period": float(bool(a.period or b.period)),
        "late_start": math.log1p(max(c.start or 0 for c in (a, b))),
        "early_start": math.log1p(min(c.start or 0 for c in (a, b))),
        "as_of_earlier": float(any(c.as_of is not None and c.stated_on is not None and c.as_of < c.stated_on
                                   for c in (a, b))),
        "tier_mix": float(len(tiers) > 1),
    }


@functools.lru_cache(maxsize=4)
def load_model(path: str | None = None) -> tuple[Model, float]:
    """The shipped model (``claimgraph/data/conflict_confidence.json``), or the one at ``path``, with its
    default threshold."""
    name = path or "conflict_confidence.json"
    d = read_model_file(path, "conflict_confidence.json", "conflict model")
    model = Model.from_dict(d, features=FEATURES, remake="make conflict-model")
    try:
        threshold = float(d["threshold"])
    except (KeyError, TypeError, ValueError):
        raise ModelError(f"conflict model {name}: missing or bad threshold") from None
    if not 0 <= threshold <= 1:
        raise ModelError(f"conflict model {name}: threshold must be between 0 and 1, not {threshold}")
    return model, threshold


def conflict_confidence(a: Claim, b: Claim, *, days_apart: int | None, statements: int,
                        model: Model | None = None) -> float:
    """The confidence (0–1, three decimals) that ``a`` and ``b`` are two sources disagreeing about one count."""
    model = model or load_model()[0]
    return round(model.predict(pair_features(a, b, days_apart=days_apart, statements=statements)), 3)
