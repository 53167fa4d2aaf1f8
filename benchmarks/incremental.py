"""The cost of adding articles to a large store (issue 14, item 5).

Usage::

    python benchmarks/incremental.py --json benchmarks/results/incremental.json   # 10^6 claims
    python benchmarks/incremental.py --claims 100000                                # quicker

``incremental_update_ratio``
    time to add 10 articles to a store that holds ``--claims`` claims (with
    their documents, actors and relations) / the same into an empty store.
    Adding means what ``claimgraph ingest`` and ``claimgraph follow`` do:
    read and extract each article, add it in one transaction, then compare
    again the quantities it touched. The median of ``--repeats`` rounds,
    each with 10 new articles (generated, French and English).
``incremental_store_ratio``
    the same without reading and extracting (the articles' claims made
    beforehand): the store's own part of the cost.
``hot_quantity_seconds``
    adding 10 claims to the largest quantity of the large store (its
    thousands of claims are read and compared again) / into an empty store:
    the cost grows with the quantity touched, not with the store.

The large store is bulk-loaded (``pyoxigraph.Store.bulk_load``) from the
synthetic claims of ``benchmarks/corpus.py`` in the layout ``ingest``
writes, relations included, instead of ingesting a million articles.
Timings are wall-clock (``time.perf_counter``).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus as gen  # noqa: E402  (benchmarks/corpus.py)

from claimgraph.compare import compare  # noqa: E402
from claimgraph.model import Claim, Corpus, Figure  # noqa: E402
from claimgraph.rdf import nquads, statements  # noqa: E402
from claimgraph.store import add_corpus, ingest, open_store, refresh_comparisons  # noqa: E402

ARTICLES = 10
BATCH = 50_000


def bulk_store(path: Path, n: int, seed: int = 0) -> dict:
    """A store of ``n`` synthetic claims, bulk-loaded; returns its figures."""
    import pyoxigraph as ox

    t0 = time.perf_counter()
    corpus = gen.claim_corpus(n, seed=seed)
    t_gen = time.perf_counter() - t0
    t0 = time.perf_counter()
    comparisons = compare(corpus.claims, documents=corpus.documents)
    t_cmp = time.perf_counter() - t0
    store = open_store(path, create=True)
    t0 = time.perf_counter()
    docs = {d.id: d for d in corpus.documents}
    for start in range(0, len(corpus.claims), BATCH):
        part = corpus.claims[start:start + BATCH]
        batch = Corpus(tuple({c.document: docs[c.document] for c in part}.values()), part)
        text = nquads(statements(batch, named=True, skolem=True))
        store.bulk_load(text.encode("utf-8"), ox.RdfFormat.N_QUADS)
    for start in range(0, len(comparisons), 5_000):
        text = nquads(statements(Corpus(), comparisons[start:start + 5_000], named=True))
        store.bulk_load(text.encode("utf-8"), ox.RdfFormat.N_QUADS)
    store.flush()
    t_load = time.perf_counter() - t0
    largest = max(comparisons, key=lambda c: len(c.claims))
    return {"store": store, "claims": len(corpus.claims), "quads": len(store),
            "relations": sum(len(c.relations) for c in comparisons), "generate_seconds": round(t_gen, 1),
            "compare_seconds": round(t_cmp, 1), "bulk_load_seconds": round(t_load, 1),
            "largest_quantity": largest.quantity_id, "largest_quantity_claims": len(largest.claims)}


def article_files(folder: Path, seed: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for k, a in enumerate(gen.articles(ARTICLES, seed=seed)):
        d = a.document
        path = folder / f"article-{seed}-{k}.txt"
        path.write_text(f"---\ntitle: {d.title or 'Article'}\npublished: {d.published}\nlanguage: {d.language}\n---\n"
                        f"{d.text}\n", encoding="utf-8")
        files.append(path)
    return files


def timed(fn, *args, **kwargs) -> float:
    t0 = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - t0


def add_extracted(store, corpora) -> None:
    touched: set = set()
    for part in corpora:
        add_corpus(store, part, touched=touched)
    refresh_comparisons(store, quantities=touched)


def hot_claims(quantity: str, seed: int) -> Corpus:
    from claimgraph import Actor

    claims = tuple(Claim(Actor(f"Hot speaker {seed}-{i}"), Figure(1000 + 97 * i), quantity_id=quantity,
                         quantity_label=quantity, stated_on="2020-06-01", document=f"hot-{seed}-{i}",
                         origin="curated") for i in range(ARTICLES))
    return Corpus((), claims)


def run(n: int, repeats: int, seed: int, workdir: Path) -> dict:
    from claimgraph.inputs import load

    t0 = time.perf_counter()
    big = bulk_store(workdir / "big", n, seed)
    build_seconds = time.perf_counter() - t0
    store = big.pop("store")
    rounds = []
    for r in range(repeats):
        files = article_files(workdir / f"articles-{r}", seed=1000 + r)
        corpora = [load([f]) for f in files]
        empty = open_store(workdir / f"empty-{r}", create=True)
        empty_extract = open_store(workdir / f"empty-x-{r}", create=True)
        hot = hot_claims(big["largest_quantity"], r)
        row = {
            "empty_seconds": timed(ingest, empty_extract, files),
            "large_seconds": timed(ingest, store, files),
            "empty_store_seconds": timed(add_extracted, empty, corpora),
        }
        # the same articles again, as the store part alone, on fresh copies: new ids for the large store
        files2 = article_files(workdir / f"articles-b-{r}", seed=2000 + r)
        corpora2 = [load([f]) for f in files2]
        row["large_store_seconds"] = timed(add_extracted, store, corpora2)
        row["hot_empty_seconds"] = timed(add_extracted, open_store(workdir / f"hot-{r}", create=True), [hot])
        row["hot_large_seconds"] = timed(add_extracted, store, [hot])
        rounds.append({k: round(v, 3) for k, v in row.items()})
        print(json.dumps(rounds[-1]), file=sys.stderr, flush=True)

    def median(key):
        return statistics.median(x[key] for x in rounds)

    return {
        "date": time.strftime("%Y-%m-%d"),
        "cpus": os.cpu_count(),
        "load_average_at_start": os.getloadavg()[0],
        "python": platform.python_version(),
        "articles": ARTICLES,
        **big,
        "build_seconds": round(build_seconds, 1),
        "rounds": rounds,
        "incremental_update_ratio": round(median("large_seconds") / median("empty_seconds"), 3),
        "incremental_store_ratio": round(median("large_store_seconds") / median("empty_store_seconds"), 3),
        "hot_quantity_seconds": [median("hot_empty_seconds"), median("hot_large_seconds")],
        "target": "incremental_update_ratio <= 3",
    }


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--claims", type=int, default=1_000_000, help="claims in the large store (default 10^6)")
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", metavar="FILE", help="write the figures to FILE too")
    p.add_argument("--workdir", metavar="DIR", help="where the stores go (default: a temporary folder, removed)")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        result = run(args.claims, args.repeats, args.seed, Path(tmp))
    text = json.dumps(result, indent=1)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
