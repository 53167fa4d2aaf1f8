"""Fit the conflict confidence model of :mod:`claimgraph.conflict_confidence`.

``python -m claimgraph.conflict_training`` (``make conflict-model``) compares
the articles of every tuning story (:data:`TRAINING_SETS`) with no threshold,
labels each conflict with the shared story scorer's own matching
(``../shared/eval/stories/score_stories.py``: a conflict is right when its two
statements map to gold statements of one quantity whose figures truly
disagree), fits a scikit-learn ``LogisticRegression`` on the standardised
features of :func:`~claimgraph.conflict_confidence.pair_features`, and writes
``src/claimgraph/data/conflict_confidence.json`` with the highest threshold
whose cross-validated conflict F1 is within :data:`F1_SLACK` of the best
(folds hold out whole story sets, so that no annotator's conventions are
learnt and tested at once).

``--check DIR…`` scores story sets with the shipped model instead (nothing is
fitted): the blind sets (:data:`BLIND`) may only be read that way.
scikit-learn is a ``dev`` extra: only this script needs it.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from . import conflict_confidence as cc
from .errors import ClaimgraphError
from .extract.confidence_training import _numbered

__all__ = ["BLIND", "TRAINING_SETS", "Row", "check", "labelled", "main", "train"]

ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT.parent / "shared" / "eval" / "stories" / "score_stories.py"
OUTPUT = ROOT / "src" / "claimgraph" / "data" / "conflict_confidence.json"
WINDOW = 3  # the scorer's default window, and compare's
FOLDS = 5
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(15))
#: How much cross-validated F1 the threshold may give up for precision.
F1_SLACK = 0.01


#: Story sets the model learns from, relative to the repository root.
TRAINING_SETS = ("../shared/eval/stories", "tests/stories_tuning", *_numbered("stories_tuning", 2, "*/gold.jsonl"))
#: Blind story sets: never trained on; only ``--check`` scores them.
BLIND = ("tests/stories", *_numbered("stories_blind", 2, "*/gold.jsonl"))


@dataclass
class Row:
    """One conflict the comparison reports: its story, features and whether the gold says it is one."""

    set: str
    story: str
    x: list
    right: bool


def _scorer():
    if not SCORER.is_file():
        raise ClaimgraphError(f"the story scorer is not at {SCORER}: put shared/eval beside this checkout")
    spec = importlib.util.spec_from_file_location("score_stories", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def labelled(story: Path, scorer, model=None) -> tuple[list[Row], list[float], int]:
    """The conflicts of one story folder, every one (no threshold), with the shipped model's confidence of each
    (or ``model``'s), and the number of gold conflicts the scorer requires."""
    from . import tables
    from .compare import compare
    from .inputs import load

    files = sorted(story.glob("*.txt"))
    corpus = load([str(f) for f in files]).with_display_names().with_statements(WINDOW)
    comps = compare(corpus.claims, documents=corpus.documents, window=WINDOW, actors=corpus.actors,
                    min_conflict_confidence=0.0)
    claims = []  # as the scorer reads them: the claims of the conflicts output, each once
    seen_ids = set()
    for group in json.loads(tables.comparisons_json(comps)):
        for c in group.get("claims", []):
            if c["id"] not in seen_ids:
                seen_ids.add(c["id"])
                claims.append(dict(c, quantity_id=c.get("quantity_id", group.get("quantity_id"))))
    gold = scorer.load_gold(story)
    map_gold = _map_gold(scorer, gold, claims, {f.stem: scorer.front_matter(f).get("publisher", "") for f in files})
    truth = {}
    for x, y in combinations(gold, 2):
        if x["_st"] == y["_st"] or x["quantity"] != y["quantity"] or x["actor"] == y["actor"]:
            continue
        apart = abs((scorer.day(x["as_of"]) - scorer.day(y["as_of"])).days)
        if apart <= WINDOW and scorer.disjoint(x["_iv"], y["_iv"]):
            key = frozenset((x["_st"], y["_st"]))
            truth[key] = truth.get(key, False) or not (x.get("optional") or y.get("optional"))
    required = sum(truth.values())
    index = {c["id"]: i for i, c in enumerate(claims)}
    by_statement = defaultdict(list)
    for i, c in enumerate(claims):
        by_statement[c.get("statement")].append(i)

    def resolve(statement, claim_id):
        found = ([index[claim_id]] if claim_id in index else []) + by_statement.get(statement, [])
        return next((i for i in found if map_gold.get(i) is not None), found[0] if found else None)

    rows, confidences, seen = [], [], set()
    name = story.parent.name
    by_id = {c.id: c for comp in comps for c in comp.claims}
    for comp in comps:
        statements = len({c.statement or c.id for c in comp.claims})
        for r in comp.conflicts:
            ga, gb = (map_gold.get(resolve(s, i)) for s, i in ((r.a_statement, r.a), (r.b_statement, r.b)))
            key = frozenset((r.a, r.b)) if ga is None or gb is None else frozenset((gold[ga]["_st"], gold[gb]["_st"]))
            if key in seen or truth.get(key) is False:  # a repeat, or a conflict with an optional claim (not scored)
                continue
            seen.add(key)
            f = cc.pair_features(by_id[r.a], by_id[r.b], days_apart=r.days_apart, statements=statements)
            rows.append(Row(name, story.name, [f[k] for k in cc.FEATURES], key in truth))
            confidences.append(r.confidence if model is None else round(model.predict(f), 3))
    return rows, confidences, required


def _map_gold(scorer, gold, claims, publishers) -> dict:
    # the scorer's assignment: each claim to at most one gold line, duplicates to their best line
    by_doc_gold, by_doc_claims = defaultdict(list), defaultdict(list)
    for gi, g in enumerate(gold):
        by_doc_gold[g["doc"]].append(gi)
    for ci, c in enumerate(claims):
        by_doc_claims[c.get("document")].append(ci)
    matches, owner = defaultdict(list), {}
    for doc, gis in by_doc_gold.items():
        cand = {}
        for gi in gis:
            ok = [ci for ci in by_doc_claims.get(doc, []) if scorer.figure_matches(gold[gi], claims[ci])
                  and scorer.claimant_matches(gold[gi], claims[ci], publishers.get(doc, ""))]
            ok.sort(key=lambda ci: (not scorer.quote_ok(gold[gi], claims[ci]), ci))
            if ok:
                cand[gi] = ok
            for ci in ok:
                matches[ci].append(gi)
        owner.update(scorer.assign(gold, claims, cand))
    dup = {ci: min(gis, key=lambda gi: (bool(gold[gi].get("optional")), not scorer.quote_ok(gold[gi], claims[ci]), gi))
           for ci, gis in matches.items() if ci not in owner}
    return {**dup, **owner}


def _stories(directory: Path) -> list[Path]:
    found = sorted(p.parent for p in directory.glob("*/gold.jsonl"))
    found = found or ([directory] if (directory / "gold.jsonl").is_file() else [])
    if not found:
        raise ClaimgraphError(f"{directory}: no story (a folder of articles with its gold.jsonl)")
    return found


def _table(confidences, rights, required) -> list[dict]:
    """Pooled conflict precision, recall and F1 when the conflicts under each threshold are dropped."""
    out = []
    for t in THRESHOLDS:
        kept = [r for p, r in zip(confidences, rights) if p >= t]
        hits = int(sum(kept))
        p, r = (hits / len(kept) if kept else 0.0), (hits / required if required else 0.0)
        out.append({"threshold": t, "conflicts": len(kept), "right": hits, "precision": round(p, 3),
                    "recall": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3)})
    return out


def _print(title: str, table: list[dict]) -> None:
    print(title)
    print("  threshold  conflicts  right  precision  recall     F1")
    for row in table:
        print(f"  {row['threshold']:9.2f}  {row['conflicts']:9d}  {row['right']:5d}  {row['precision']:9.3f}  "
              f"{row['recall']:6.3f}  {row['f1']:5.3f}")


def train(sets=TRAINING_SETS, output: Path | None = OUTPUT) -> dict:
    """Fit on the conflicts of ``sets``, print the cross-validated table, write the model to ``output`` (not when
    None) and return it as written."""
    import numpy as np
    import sklearn
    from sklearn.model_selection import GroupKFold

    from .extract.confidence_training import _predict, fit

    scorer, rows, required = _scorer(), [], 0
    for s in sets:
        for story in _stories(ROOT / s):
            got, _, n = labelled(story, scorer)
            rows += got
            required += n
    X = np.array([r.x for r in rows], dtype=float)
    y = np.array([r.right for r in rows], dtype=int)
    groups = np.array([r.set for r in rows])
    oof = np.empty(len(y))
    for train_idx, test_idx in GroupKFold(n_splits=FOLDS).split(X, y, groups):
        oof[test_idx] = _predict(fit(X[train_idx], y[train_idx], groups[train_idx]), X[test_idx])
    table = _table([round(float(p), 3) for p in oof], list(y), required)
    # the highest threshold within F1_SLACK of the best F1: a conflict is judged first on whether it is real
    top = max(row["f1"] for row in table)
    best = max((row for row in table if row["f1"] >= top - F1_SLACK), key=lambda row: row["threshold"])
    _print(f"cross-validated ({FOLDS} folds by story set): {len(rows)} conflicts, {int(y.sum())} right, "
           f"{required} gold conflicts; threshold chosen {best['threshold']}", table)
    w, b, mean, scale, c = fit(X, y, groups)
    model = {
        "model": "logistic regression: confidence = sigmoid(intercept + sum(weights * (x - mean) / scale))",
        "features": list(cc.FEATURES),
        "weights": [round(float(v), 6) for v in w],
        "intercept": round(b, 6),
        "scaling": {"mean": [round(float(v), 6) for v in mean], "scale": [round(float(v), 6) for v in scale]},
        "C": c,
        "threshold": best["threshold"],
        "training": {"sets": list(sets), "conflicts": len(rows), "right": int(y.sum()), "gold_conflicts": required,
                     "date": dt.date.today().isoformat(), "scikit-learn": sklearn.__version__},
        "cross_validation": {"folds": FOLDS, "grouped_by": "story set", "thresholds": table},
    }
    if output is not None:
        Path(output).write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        cc.load_model.cache_clear()
        print(f"wrote {output}")
    return model


def check(directories, model_path=None) -> list[dict]:
    """The pooled table of ``directories`` (story sets) scored with the shipped model, or the one at
    ``model_path``; nothing is fitted."""
    scorer, directories = _scorer(), [Path(d) for d in directories]
    model = cc.load_model(str(model_path))[0] if model_path else None
    confidences, rights, required = [], [], 0
    for directory in directories:
        for story in _stories(directory):
            rows, mine, n = labelled(story, scorer, model)
            confidences += mine
            rights += [r.right for r in rows]
            required += n
    table = _table(confidences, rights, required)
    which = f"the model {model_path}" if model_path else "the shipped model"
    _print(f"{len(directories)} story sets with {which}: "
           f"{len(rights)} conflicts, {sum(rights)} right, {required} gold conflicts", table)
    return table


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m claimgraph.conflict_training",
                                 description="Fit the conflict confidence model on the tuning stories.")
    ap.add_argument("--check", metavar="DIR", nargs="+", help="only score the story sets DIR with the shipped model")
    ap.add_argument("--model", metavar="PATH", help="with --check: score with the model at PATH instead")
    ap.add_argument("-o", "--output", default=str(OUTPUT), help=f"where to write the model (default {OUTPUT})")
    args = ap.parse_args(argv)
    try:
        if args.check:
            check(args.check, args.model)
        else:
            train(output=Path(args.output))
    except ClaimgraphError as exc:
        print(f"conflict_training: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
