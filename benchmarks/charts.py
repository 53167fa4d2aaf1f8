"""Chart pages of a large build: serial against ``--jobs N``, in one run.

Usage::

    python benchmarks/charts.py --json benchmarks/results/charts.json
    python benchmarks/charts.py --quick        # 12 charts instead of 40

Draws the chart page of each of the most disputed quantities of a seeded
synthetic corpus (:func:`corpus.claim_corpus`, the quantities
:func:`claimgraph.report.render` draws) with
:func:`claimgraph.chart.chart_pages`, first with ``jobs=1`` and then with
each ``jobs`` asked for (``cpu_seconds`` counts the workers too), checks that
the pages are the same and in the same order, and reports the speed-up as a ratio against ``jobs=1`` measured in the
same run (``speedup``: serial time / parallel time). The machine's core count
bounds it: on 2 cores it cannot pass 2; and other work on the machine takes
cores from both runs, so the load averages before and after are reported, and
``control_speedup``: what the same process count gives a pure-Python loop
right after (about ``jobs`` on an idle machine, 1.0 when no core is free). ``--build`` also times
:func:`claimgraph.report.build` with and without charts.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus as gen  # noqa: E402  (benchmarks/corpus.py)


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _timed(fn, *args, **kwargs):
    wall, cpu = time.perf_counter(), _cpu()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - wall, _cpu() - cpu


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def control(jobs: int, rounds: int = 4, n: int = 4_000_000) -> float:
    """The speed-up the machine gives right now: the same pure-Python loops
    in one process, then in ``jobs`` processes (1.0 when no core is free)."""
    from concurrent.futures import ProcessPoolExecutor

    start = time.perf_counter()
    for _ in range(rounds * jobs):
        _spin(n)
    serial = time.perf_counter() - start
    start = time.perf_counter()
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_spin, [n] * (rounds * jobs)))
    return round(serial / (time.perf_counter() - start), 2)


def run(claims: int, charts: int, jobs: list[int], seed: int, build: bool) -> dict:
    from claimgraph.chart import chart_pages
    from claimgraph.explore import ClaimGraph
    from claimgraph.report import MAX_CHARTS

    corpus = gen.claim_corpus(claims, seed=seed)
    cg = ClaimGraph(corpus)
    drawn = [c for c in cg.comparisons if c.conflicts][:min(charts, MAX_CHARTS)]
    out = {"claims": claims, "charts": len(drawn), "claims_per_chart": [len(c.claims) for c in drawn],
           "cores": os.cpu_count(), "python": platform.python_version(),
           "load_average_before": [round(x, 2) for x in os.getloadavg()], "runs": {}}
    serial, wall, cpu = _timed(chart_pages, drawn, documents=cg.documents, tolerance=cg.tolerance, jobs=1)
    out["runs"]["1"] = {"seconds": round(wall, 2), "cpu_seconds": round(cpu, 2)}
    for n in jobs:
        pages, wall_n, cpu_n = _timed(chart_pages, drawn, documents=cg.documents, tolerance=cg.tolerance, jobs=n)
        out["runs"][str(n)] = {"seconds": round(wall_n, 2), "cpu_seconds": round(cpu_n, 2),
                               "speedup": round(wall / wall_n, 2), "same_pages_in_order": pages == serial,
                               "control_speedup": control(n)}
    if build:
        from claimgraph.report import build as write

        with tempfile.TemporaryDirectory() as tmp:
            _, none, _ = _timed(write, corpus, Path(tmp) / "none", charts=False)
            _, one, _ = _timed(write, corpus, Path(tmp) / "one", jobs=1)
            _, most, _ = _timed(write, corpus, Path(tmp) / "most", jobs=max(jobs))
        out["build"] = {"no_charts_seconds": round(none, 2), "jobs_1_seconds": round(one, 2),
                        f"jobs_{max(jobs)}_seconds": round(most, 2), "speedup": round(one / most, 2)}
    # Other work on the machine takes cores from both runs: a load average
    # near or above the core count leaves the pool nothing to run on.
    out["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="12 charts of a 20,000-claim corpus")
    ap.add_argument("--claims", type=int, default=None, help="claims in the corpus (default 50,000; quick 20,000)")
    ap.add_argument("--jobs", type=int, action="append", default=None,
                    help="process counts to compare with 1 (repeatable; default: the machine's cores)")
    ap.add_argument("--build", action="store_true", help="also time report.build with and without charts")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", metavar="FILE", help="write the figures to FILE as well")
    args = ap.parse_args(argv)
    claims = args.claims or (20_000 if args.quick else 50_000)
    result = run(claims, 12 if args.quick else 40, args.jobs or [max(2, os.cpu_count() or 2)], args.seed, args.build)
    text = json.dumps(result, indent=1)
    print(text)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")
    return 0 if all(r.get("same_pages_in_order", True) for r in result["runs"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
