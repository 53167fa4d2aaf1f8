"""How extraction time grows on hostile text: the growth exponent per generator.

Usage::

    python benchmarks/pathological.py --json benchmarks/results/pathological.json
    python benchmarks/pathological.py --quick      # smaller sizes, under a minute

Each generator makes one article of a given size (characters) out of one kind
of text a scraped page or an attacker can send: one paragraph of hundreds of
figures, a run of capitalised words, one very long token, mixed scripts, a
paragraph of URLs, zero-width characters between words, "X said Y said"
chains, a paragraph in Russian, and, as the realistic controls, many short
sentences, a live blog and quotes over paragraphs. The article goes the whole
way a user's file goes (written to disk, read by :func:`claimgraph.inputs.load`:
cleaning, language, extraction, confidence).

The **exponent** of a generator is the slope of log(time) against log(size),
fitted by least squares over the sizes (each time the CPU time of the fastest
of two runs, so that other work on the machine weighs less). 1 is linear, 2
quadratic. ``pathological_exponent`` is the worst exponent over the hostile
generators (the controls are reported apart); the target is ≤ 1.2.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from claimgraph.inputs import load  # noqa: E402

SIZES = {"quick": (12_500, 25_000, 50_000), "full": (25_000, 50_000, 100_000, 200_000)}


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _varied(unit: str, n: int) -> str:
    # Lines must differ: identical repeated lines are boilerplate, and dropped before extraction.
    out, size, i = [], 0, 0
    while size < n:
        out.append(unit.format(i=i, v=3000 + 7 * i))
        size += len(out[-1])
        i += 1
    return "".join(out)[:n]


def numeric_paragraph(n: int) -> tuple[str, str]:
    return "fr", "Selon la police, " + _varied("{v} manifestants ont défilé à Lyon et {i} à Nantes, ", n) + " a dit X."


def capitalised_run(n: int) -> tuple[str, str]:
    return "fr", "Selon " + _repeat("Jean Paul Marie Anne Pierre Louis ", n) + ", 3 000 soldats ont été envoyés."


def long_token(n: int) -> tuple[str, str]:
    return "fr", "Selon l'OTAN, " + "x" * n + " 3 000 soldats ont été envoyés."


def mixed_scripts(n: int) -> tuple[str, str]:
    return "en", _repeat("По данным полиции 3 000 человек 北京 警察 3,000 people said police. ", n)


def urls(n: int) -> tuple[str, str]:
    return "fr", "Selon l'OTAN, " + _repeat("https://example.org/a/b/c?x=1&y=2 ", n) + " 3 000 soldats."


def zero_width(n: int) -> tuple[str, str]:
    return "fr", _varied("Selon\u200bla\u200bpolice\u200b, {v}\u200bmanifestants\u200bà\u200bLyon. ", n)


def said_chains(n: int) -> tuple[str, str]:
    return "en", "Police " + _repeat("X said Y said ", n) + "3,000 people marched."


def russian_paragraph(n: int) -> tuple[str, str]:
    return "en", _repeat("По данным полиции, на митинг вышли 3 000 человек, сообщили организаторы ", n)


def short_sentences(n: int) -> tuple[str, str]:
    return "fr", _varied("Selon la police, {v} manifestants ont défilé. ", n)


def live_blog(n: int) -> tuple[str, str]:
    return "fr", _varied("14:{i:02d} — Selon la préfecture, {v} personnes ont manifesté (entrée {i}).\n\n", n)


def quotes(n: int) -> tuple[str, str]:
    return "fr", _varied("« Nous étions {v} dans la rue, au numéro {i} », a dit Marie Dupont. Il pleuvait.\n\n", n)


HOSTILE = {f.__name__: f for f in (numeric_paragraph, capitalised_run, long_token, mixed_scripts, urls, zero_width,
                                    said_chains, russian_paragraph)}
CONTROLS = {f.__name__: f for f in (short_sentences, live_blog, quotes)}


def _time(path: Path) -> tuple[float, int]:
    best, claims = math.inf, 0
    for _ in range(2):
        start = time.process_time()
        claims = len(load([path]).claims)
        best = min(best, time.process_time() - start)
    return best, claims


def slope(sizes, times) -> float:
    """Least-squares slope of log(time) on log(size).

    >>> round(slope([1, 2, 4], [3, 6, 12]), 3), round(slope([1, 2, 4], [1, 4, 16]), 3)
    (1.0, 2.0)
    """
    xs, ys = [math.log(s) for s in sizes], [math.log(max(t, 1e-6)) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def run(sizes) -> dict:
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm.txt"
        warm.write_text("Selon la police, 3 000 manifestants ont défilé.", encoding="utf-8")
        load([warm])  # patterns are compiled on first use: not part of any size
        for name, make in {**HOSTILE, **CONTROLS}.items():
            times, claims = [], []
            for n in sizes:
                language, text = make(n)
                path = Path(tmp) / f"{name}-{n}.txt"
                path.write_text(f"---\nlanguage: {language}\n---\n{text}\n", encoding="utf-8")
                t, c = _time(path)
                times.append(round(t, 4))
                claims.append(c)
            results[name] = {"seconds": times, "claims": claims, "exponent": round(slope(sizes, times), 3),
                             "control": name in CONTROLS}
            print(f"{name:18s} {' '.join(f'{t:7.3f}' for t in times)}  exponent {results[name]['exponent']:.2f}",
                  file=sys.stderr, flush=True)
    return results


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="smaller sizes")
    ap.add_argument("--json", type=Path, help="write the results here")
    args = ap.parse_args(argv)
    sizes = SIZES["quick" if args.quick else "full"]
    started = time.perf_counter()
    generators = run(sizes)
    worst = max((r["exponent"], name) for name, r in generators.items() if not r["control"])
    out = {
        "pathological_exponent": worst[0],
        "worst_generator": worst[1],
        "target": 1.2,
        "sizes_chars": list(sizes),
        "generators": generators,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(f"pathological_exponent {worst[0]:.2f} ({worst[1]}; target ≤ 1.2)")
    if args.json:
        tmp = args.json.with_suffix(".tmp")
        tmp.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        tmp.replace(args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
