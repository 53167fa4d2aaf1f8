"""Scoring the extractor against hand-made gold claims.

The gold format is the one of ``shared/eval``: one JSON object per line with
``doc`` (article file name without suffix), ``claimant`` (accepted names;
``@publisher`` means the article's publisher), ``value`` or ``min``/``max``,
``vague`` and ``optional``. A gold claim is found when an extracted claim has
a matching figure and a matching claimant; an extracted claim that matches no
gold claim is a false positive.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

__all__ = ["Score", "claimant_matches", "evaluate", "figure_matches", "read_gold"]


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("\u2019", "'").lower()
    return " ".join(text.split())


def _close(a, b) -> bool:
    return a is not None and b is not None and abs(a - b) <= 1e-3 * max(abs(a), abs(b), 1e-9)


def figure_matches(gold: dict, claim: dict) -> bool:
    """Does an extracted claim (JSON contract) carry the gold figure?

    Examples
    --------
    >>> figure_matches({"value": 3000}, {"value": 3000, "value_min": None, "value_max": None})
    True
    >>> figure_matches({"min": 2000, "max": 9999, "vague": True}, {"value": None, "value_min": 1000, "value_max": 2500})
    True
    >>> figure_matches({"min": 10, "max": 12}, {"value": None, "value_min": 10, "value_max": 13})
    False
    """
    got = [None if claim.get(k) is None else float(claim[k]) for k in ("value", "value_min", "value_max")]
    v, lo, hi = got
    if "value" in gold:
        return any(_close(float(gold["value"]), x) for x in got)
    if gold.get("vague"):
        lo = lo if lo is not None else v
        hi = hi if hi is not None else v
        if lo is None and hi is None:
            return False
        return (lo if lo is not None else float("-inf")) <= gold["max"] and (hi if hi is not None else float("inf")) >= gold["min"]
    return _close(float(gold["min"]), lo) and _close(float(gold["max"]), hi)


def claimant_matches(gold: dict, claimant: str, publisher: str = "") -> bool:
    """Case- and accent-insensitive substring match, either way.

    Examples
    --------
    >>> claimant_matches({"claimant": ["Etats-Unis"]}, "États-Unis")
    True
    >>> claimant_matches({"claimant": ["@publisher"]}, "Le Journal", publisher="Le Journal")
    True
    """
    got = _norm(claimant)
    if not got:
        return False
    for alias in gold["claimant"]:
        a = _norm(publisher if alias == "@publisher" else alias)
        if a and (a in got or (len(got) >= 3 and got in a)):
            return True
    return False


@dataclass
class Score:
    """Precision, recall and F1, with the misses and false claims for reading."""

    required: int = 0
    found: int = 0
    extracted: int = 0
    correct: int = 0
    misses: list = field(default_factory=list)
    false_claims: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.extracted if self.extracted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"gold": self.required, "found": self.found, "extracted": self.extracted, "correct": self.correct,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def read_gold(directory) -> list[dict]:
    """The gold claims of a directory (``gold.jsonl``), checked line by line."""
    from .ingest import read_text_file

    path = Path(directory) / "gold.jsonl"
    gold = []
    for n, line in enumerate(read_text_file(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            g = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"not JSON: {exc.msg}", line=n) from None
        if not isinstance(g, dict) or "doc" not in g or not isinstance(g.get("claimant"), list) or not (
                "value" in g or ("min" in g and "max" in g)):
            raise InputError(path, "a gold claim needs doc, claimant (a list) and value or min/max", line=n)
        gold.append(g)
    return gold


def evaluate(directory, extract_fn=None, *, min_confidence: float = 0.0) -> Score:
    """Score the extractor on every article of ``directory`` that has gold claims.

    ``extract_fn(path) -> list[dict]`` defaults to claimgraph's own extractor
    (the same claims ``claimgraph extract --format jsonl`` prints), without
    the claims whose confidence is below ``min_confidence``.
    """
    from .inputs import read_article_claims

    directory = Path(directory)
    gold = read_gold(directory)
    if extract_fn is None:
        extract_fn = lambda p: [c.to_dict() for c in read_article_claims(p).with_min_confidence(min_confidence).claims]  # noqa: E731
    score = Score()
    for doc in sorted({g["doc"] for g in gold}):
        path = next((directory / f"{doc}{s}" for s in (".txt", ".md", ".html") if (directory / f"{doc}{s}").exists()), None)
        if path is None:
            raise InputError(directory / "gold.jsonl", f"gold names article {doc!r} but there is no {doc}.txt")
        from .ingest import read_article

        publisher = read_article(path).publisher or ""
        golds = [g for g in gold if g["doc"] == doc]
        claims = extract_fn(path)
        hit = lambda g, c: figure_matches(g, c) and claimant_matches(g, str(c.get("claimant") or ""), publisher)  # noqa: E731
        for g in golds:
            if g.get("optional"):
                continue
            score.required += 1
            if any(hit(g, c) for c in claims):
                score.found += 1
            else:
                near = [c.get("claimant") for c in claims if figure_matches(g, c)]
                score.misses.append((doc, g, near))
        for c in claims:
            score.extracted += 1
            if any(hit(g, c) for g in golds):
                score.correct += 1
            else:
                score.false_claims.append((doc, c))
    return score
