"""What a fresh process pays before its first claim: the language patterns are compiled on first use.

Usage::

    python benchmarks/startup.py [--json out.json]

For French and for English, in a new interpreter each, the time to extract the claims of one article of
``data/`` twice: the first call compiles the language's patterns, the second reuses them. The ratio
``first_over_second`` is what one ``claimgraph extract`` call on a short article pays for starting up.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = {"fr": ROOT / "data" / "fr-nk-otan-koursk.txt", "en": ROOT / "data" / "en-nk-pentagon-10000.txt"}
_CHILD = """
import json, sys, time
from claimgraph.inputs import read_article_claims
times = []
for _ in range(2):
    t = time.perf_counter(); n = len(read_article_claims(sys.argv[1]).claims); times.append(time.perf_counter() - t)
print(json.dumps({"claims": n, "first_s": times[0], "second_s": times[1]}))
"""


def measure(language: str) -> dict:
    out = subprocess.run([sys.executable, "-c", _CHILD, str(ARTICLES[language])], capture_output=True, text=True,
                         check=True).stdout
    got = json.loads(out)
    got["first_over_second"] = got["first_s"] / got["second_s"]
    return got


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args()
    result = {language: measure(language) for language in ARTICLES}
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
