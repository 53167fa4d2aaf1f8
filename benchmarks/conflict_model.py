"""What the conflict confidence costs: ``compare`` on generated claims with the
conflict model against the same call with every conflict scored by a constant
(the rules alone), in one process, the fastest of three runs of each.

Usage::

    python benchmarks/conflict_model.py [N ...]        # default 10000 100000

Prints one JSON object: per size, the seconds of each and their ratio
(``with_model / rules_only``), and how many conflicts each reports.
"""
from __future__ import annotations

import gc
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import importlib  # noqa: E402

import corpus as gen  # noqa: E402

# (the module, not the function the package re-exports under the same name)
compare_module = importlib.import_module("claimgraph.compare")


def _fastest(fn, runs: int = 3) -> tuple[float, object]:
    best, result = None, None
    for _ in range(runs):
        gc.collect()
        t = time.perf_counter()
        result = fn()
        t = time.perf_counter() - t
        best = t if best is None else min(best, t)
    return best, result


def measure(n: int, seed: int = 0) -> dict:
    corpus = gen.claim_corpus(n, seed=seed)
    run = lambda: compare_module.compare(corpus.claims, documents=corpus.documents)  # noqa: E731
    t_model, with_model = _fastest(run)
    scored = compare_module.conflict_confidence
    compare_module.conflict_confidence = lambda *a, **k: 1.0  # every conflict kept, no features computed
    try:
        t_rules, rules_only = _fastest(run)
    finally:
        compare_module.conflict_confidence = scored
    count = lambda comps: sum(len(c.conflicts) for c in comps)  # noqa: E731
    return {"claims": n, "with_model_seconds": round(t_model, 3), "rules_only_seconds": round(t_rules, 3),
            "ratio": round(t_model / t_rules, 3), "conflicts_with_model": count(with_model),
            "conflicts_rules_only": count(rules_only)}


if __name__ == "__main__":
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    print(json.dumps([measure(n) for n in sizes], indent=1))
