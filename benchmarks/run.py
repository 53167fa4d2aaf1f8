"""claimgraph benchmarks: extraction, comparison + graph at scale, RDF export, HTML.

Usage::

    python benchmarks/run.py --quick --json out.json   # under 3 minutes on 2 cores
    python benchmarks/run.py --json full.json          # up to 10^6 claims

Every figure of one JSON file comes from one run. Ratios:

``extract_overhead``
    claimgraph's extraction time over a generated corpus (FR and EN
    articles) / bare spaCy ``nlp.pipe`` of ``fr_core_news_sm`` on the same
    texts. There is no official English spaCy model, so English texts go
    through the French model too.
``conflicts_scaling``
    time to compare all quantities and build the graph of 10N claims / the
    same for N claims (each size in its own process; the fastest of three
    runs up to 10^5 claims, of two above).
``rdf_export_vs_oxigraph``
    ``claimgraph.rdf.dumps(corpus, "nt")`` / the floor for Python code: the
    same triples, given as plain strings, turned into pyoxigraph terms and
    triples in a minimal loop and serialised as N-Triples.
``rdf_export_vs_rdflib``
    ``claimgraph.rdf.dumps(corpus, "turtle")`` / the peer: an rdflib Graph
    built from the same plain strings and serialised as Turtle, at the
    largest size the peer is run (``rdf_rdflib_runs`` has every size; full
    mode also writes claimgraph's files for 10^6 claims, ``rdf_largest``,
    where the peer would not fit in memory).

Timings are wall-clock (``time.perf_counter``); CPU time is given next to the
largest ones because the machine may be shared.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus as gen  # noqa: E402  (benchmarks/corpus.py)

#: Sizes per mode: articles for extraction, article files for --jobs, claim
#: counts for the scaling runs (N and 10N last), claims for the RDF export.
MODES = {
    "quick": {"articles": 120, "job_articles": 240, "scale": (1_000, 10_000, 100_000),
              "rdf_oxigraph": 10_000, "rdf_rdflib": (1_000, 5_000), "rdf_largest": None, "html_nodes": 5_000},
    "full": {"articles": 600, "job_articles": 1_200, "scale": (1_000, 10_000, 100_000, 1_000_000),
             "rdf_oxigraph": 100_000, "rdf_rdflib": (1_000, 10_000, 100_000), "rdf_largest": 1_000_000,
             "html_nodes": 5_000},
}


def _timed(fn, *args, **kwargs):
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - wall, time.process_time() - cpu


def _peak_rss_mib() -> float:
    """Peak resident memory of this process (MiB).

    ``VmHWM`` where Linux has it: ``ru_maxrss`` of a child started by
    fork + exec also counts the parent's memory at the fork.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def bench_extract(n: int, seed: int) -> dict:
    """claimgraph extraction vs bare spaCy on the same generated articles."""
    import spacy
    from claimgraph.extract import extract

    articles = gen.articles(n, seed=seed)
    docs = [a.document for a in articles]
    texts = [d.text for d in docs]
    extract(docs[0])  # warm caches (gazetteer, compiled patterns)
    found, t_cg, _ = _timed(lambda: [extract(d) for d in docs])
    nlp = spacy.load("fr_core_news_sm")
    list(nlp.pipe(texts[:5]))  # warm up
    parsed, t_spacy, _ = _timed(lambda: list(nlp.pipe(texts)))
    tokens = sum(len(d) for d in parsed)
    planted = sum(len(a.planted) for a in articles)
    recall = gen.recall(articles, lambda d, _cache=dict(zip(map(id, docs), found)): _cache[id(d)])
    return {
        "extract_overhead": t_cg / t_spacy,
        "extract_articles": n,
        "extract_seconds": t_cg,
        "extract_articles_per_s": n / t_cg,
        "extract_claims_found": sum(map(len, found)),
        "extract_claims_planted": planted,
        "extract_recall": recall,
        "spacy_seconds": t_spacy,
        "spacy_tokens": tokens,
        "spacy_tokens_per_s": tokens / t_spacy,
        "spacy_model": f"fr_core_news_sm {nlp.meta.get('version')} (also on English texts)",
    }


def bench_jobs(n: int, seed: int) -> dict:
    """``load(dir, jobs=1)`` vs ``jobs=2`` on article files (as ``claimgraph extract --jobs``)."""
    from claimgraph.inputs import load

    with tempfile.TemporaryDirectory() as tmp:
        for a in gen.articles(n, seed=seed + 1):
            d = a.document
            front = f"---\npublished: {d.published}\nlanguage: {d.language}\n---\n"
            (Path(tmp) / f"{d.id}.txt").write_text(front + d.text, encoding="utf-8")
        one, t1, _ = _timed(load, [tmp], jobs=1)
        two, t2, _ = _timed(load, [tmp], jobs=2)
    assert {c.id for c in one.claims} == {c.id for c in two.claims}, "--jobs changed the claims"
    return {"jobs_articles": n, "jobs1_seconds": t1, "jobs2_seconds": t2, "jobs_speedup": t1 / t2,
            "jobs_cpus": os.cpu_count()}


#: Up to this many claims, a size is timed three times, larger ones twice; the
#: fastest run is kept at every size (a single run at 10N against the best of
#: three at N would bias ``conflicts_scaling`` upwards).
REPEAT_UP_TO = 100_000


def scale_child(n: int, seed: int) -> dict:
    """Compare + build the graph of ``n`` generated claims (run in a fresh process)."""
    from claimgraph.compare import compare
    from claimgraph.graph import build_graph

    corpus, t_gen, _ = _timed(gen.claim_corpus, n, seed=seed)
    rss_corpus = _peak_rss_mib()
    runs = []
    for _ in range(3 if n <= REPEAT_UP_TO else 2):
        comparisons = graph = None
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        comparisons = compare(corpus.claims, documents=corpus.documents)
        t_compare = time.perf_counter() - wall
        if not runs:  # before any graph exists
            rss_compare = _peak_rss_mib()
        graph = build_graph(corpus, comparisons)
        runs.append((time.perf_counter() - wall, time.process_time() - cpu, t_compare))
    wall, cpu, t_compare = min(runs)
    return {
        "claims": n, "runs": len(runs), "all_seconds": [r[0] for r in runs], "generate_seconds": t_gen,
        "compare_seconds": t_compare,
        "graph_seconds": wall - t_compare,
        "seconds": wall, "cpu_seconds": cpu, "claims_per_s": n / wall, "quantities": len(comparisons),
        "relations": sum(len(c.relations) for c in comparisons),
        "conflicts": sum(len(c.conflicts) for c in comparisons),
        "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
        "rss_after_corpus_mib": rss_corpus, "rss_after_compare_mib": rss_compare, "peak_rss_mib": _peak_rss_mib(),
    }


def bench_scale(sizes, seed: int) -> dict:
    runs = []
    for n in sizes:
        runs.append(_child("scale", n, seed))
        print(f"  scale {n:>9,}: {runs[-1]['seconds']:.2f} s, peak {runs[-1]['peak_rss_mib']:.0f} MiB",
              file=sys.stderr, flush=True)
    big, small = runs[-1], runs[-2]
    return {
        "conflicts_scaling": big["seconds"] / small["seconds"],
        "conflicts_scaling_sizes": [small["claims"], big["claims"]],
        "build_compare_claims_per_s": big["claims_per_s"],
        "build_compare_seconds_largest": big["seconds"],
        "build_compare_cpu_seconds_largest": big["cpu_seconds"],
        "peak_rss_mib_largest": big["peak_rss_mib"],
        "peak_rss_mib_largest_compare_only": big["rss_after_compare_mib"],
        "largest_claims": big["claims"],
        "scale_runs": runs,
    }


def _plain_triples(nt: str) -> list[tuple]:
    """The triples of an N-Triples text as plain strings (kind, value, ...)."""
    import pyoxigraph as ox

    return [(_plain_term(t.subject), t.predicate.value, _plain_term(t.object))
            for t in ox.parse(nt.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)]


def _plain_term(t) -> tuple:
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return ("I", t.value, None, None)
    if isinstance(t, ox.BlankNode):
        return ("B", t.value, None, None)
    return ("L", t.value, t.datatype.value, t.language)


def oxigraph_floor(rows) -> bytes:
    """Minimal loop: plain strings -> pyoxigraph triples -> N-Triples."""
    import pyoxigraph as ox

    literal, triple = ox.Literal, ox.Triple
    iris: dict[str, ox.NamedNode] = {}  # one term per IRI, as any exporter would keep
    blanks: dict[str, ox.BlankNode] = {}

    def iri(value):
        node = iris.get(value)
        if node is None:
            node = iris[value] = ox.NamedNode(value)
        return node

    def term(t):
        kind, value, datatype, language = t
        if kind == "I":
            return iri(value)
        if kind == "B":
            node = blanks.get(value)
            if node is None:
                node = blanks[value] = ox.BlankNode(value)
            return node
        if language:
            return literal(value, language=language)
        return literal(value, datatype=iri(datatype))

    triples = [triple(term(s), iri(p), term(o)) for s, p, o in rows]
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)


def rdflib_peer(rows, prefixes: dict) -> str:
    """rdflib Graph of the same plain strings, serialised as Turtle.

    rdflib's Turtle writer invents a prefix for every namespace it meets and
    looks each IRI up among them: relation IRIs (``.../relation/agreement/<a>/<b>``)
    make one namespace per claim, so its cost grows faster than the triples.
    """
    from rdflib import BNode, Graph, Literal, URIRef

    def term(t):
        kind, value, datatype, language = t
        if kind == "I":
            return URIRef(value)
        if kind == "B":
            return BNode(value)
        return Literal(value, lang=language) if language else Literal(value, datatype=URIRef(datatype))

    g = Graph()
    for prefix, namespace in prefixes.items():  # the prefixes claimgraph's Turtle declares
        g.bind(prefix, namespace)
    for s, p, o in rows:
        g.add((term(s), URIRef(p), term(o)))
    return g.serialize(format="turtle")


def _rss_now_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _export(n: int, seed: int, fmt: str):
    """``claimgraph.rdf.dumps`` of ``n`` generated claims and their relations."""
    from claimgraph import rdf
    from claimgraph.compare import compare

    corpus = gen.claim_corpus(n, seed=seed)
    comparisons = compare(corpus.claims, documents=corpus.documents)
    text, seconds, _ = _timed(rdf.dumps, corpus, fmt, comparisons)
    return text, seconds


def oxigraph_child(n: int, seed: int) -> dict:
    """claimgraph's N-Triples export of ``n`` claims vs the pyoxigraph floor."""
    nt, t_nt = _export(n, seed, "nt")
    rows = _plain_triples(nt)
    del nt
    _, t_ox, _ = _timed(oxigraph_floor, rows)
    return {"rdf_export_vs_oxigraph": t_nt / t_ox, "rdf_oxigraph_claims": n, "rdf_oxigraph_triples": len(rows),
            "rdf_nt_seconds": t_nt, "rdf_oxigraph_floor_seconds": t_ox, "rdf_nt_triples_per_s": len(rows) / t_nt}


def rdflib_child(n: int, seed: int) -> dict:
    """claimgraph's Turtle export of ``n`` claims vs the rdflib peer."""
    import pyoxigraph as ox

    ttl, t_ttl = _export(n, seed, "turtle")
    parser = ox.parse(ttl.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    rows = [(_plain_term(t.subject), t.predicate.value, _plain_term(t.object)) for t in parser]
    prefixes = dict(parser.prefixes)
    del ttl, parser
    gc.collect()
    before = _rss_now_mib()
    _, t_rdflib, _ = _timed(rdflib_peer, rows, prefixes)
    grown = _peak_rss_mib() - before
    return {"claims": n, "triples": len(rows), "turtle_seconds": t_ttl, "rdflib_seconds": t_rdflib,
            "ratio": t_ttl / t_rdflib, "rdflib_triples_per_s": len(rows) / t_rdflib,
            "rdflib_bytes_per_triple": grown * 2**20 / len(rows)}


def turtle_child(n: int, seed: int) -> dict:
    """claimgraph's N-Triples and Turtle files for ``n`` claims: time, size, peak RSS."""
    from claimgraph import rdf
    from claimgraph.compare import compare

    corpus = gen.claim_corpus(n, seed=seed)
    comparisons = compare(corpus.claims, documents=corpus.documents)
    rss_before = _peak_rss_mib()
    out = {"claims": n, "rss_before_export_mib": rss_before}
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("nt", "turtle"):
            path = Path(tmp) / f"claims.{fmt}"
            _, wall, cpu = _timed(rdf.dump, corpus, path, fmt, comparisons)
            out[f"{fmt}_seconds"], out[f"{fmt}_cpu_seconds"] = wall, cpu
            out[f"{fmt}_mib"] = path.stat().st_size / 2**20
            if fmt == "nt":
                with path.open("rb") as f:
                    out["triples"] = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 24), b""))
            path.unlink()
    out["peak_rss_mib"] = _peak_rss_mib()
    return out


def _child(kind: str, n: int, seed: int) -> dict:
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), f"--child-{kind}", str(n),
                          "--seed", str(seed)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_rdf(n_oxigraph: int, rdflib_sizes, turtle_largest: int | None, seed: int) -> dict:
    """Each size in a fresh process (rdflib's graph of 10^5 claims takes GiBs)."""
    out = _child("oxigraph", n_oxigraph, seed)
    runs = []
    for n in rdflib_sizes:
        runs.append(_child("rdflib", n, seed))
        print(f"  rdflib {n:>9,}: ratio {runs[-1]['ratio']:.3f}, rdflib {runs[-1]['rdflib_seconds']:.1f} s",
              file=sys.stderr, flush=True)
    big = runs[-1]
    out.update({"rdf_export_vs_rdflib": big["ratio"], "rdf_rdflib_claims": big["claims"],
                "rdf_rdflib_triples": big["triples"], "rdf_turtle_seconds": big["turtle_seconds"],
                "rdf_rdflib_seconds": big["rdflib_seconds"], "rdf_rdflib_bytes_per_triple": big["rdflib_bytes_per_triple"],
                "rdf_rdflib_runs": runs})
    if turtle_largest:
        largest = _child("turtle", turtle_largest, seed)
        out["rdf_largest"] = largest
        # What the peer would need to hold that many triples, at the rate measured above.
        out["rdf_rdflib_estimated_gib_at_largest"] = largest["triples"] * big["rdflib_bytes_per_triple"] / 2**30
        # ... and the ratio if it could: rdflib's rate is flat from 10^3 to 10^5 claims (see the runs),
        # so its time at the largest size is estimated from the rate at the largest size it ran.
        rdflib_estimate = largest["triples"] / big["rdflib_triples_per_s"]
        out["rdf_rdflib_estimated_seconds_at_largest"] = rdflib_estimate
        out["rdf_export_vs_rdflib_estimated_at_largest"] = largest["turtle_seconds"] / rdflib_estimate
    return out


def bench_html(nodes: int, seed: int) -> dict:
    """HTML page of a graph of about ``nodes`` nodes."""
    from claimgraph.graph import build_graph
    from claimgraph.viz import to_html

    n = 1_000
    graph = build_graph(gen.claim_corpus(n, seed=seed))
    while graph.number_of_nodes() < nodes:  # claims bring documents and actors with them
        n = int(n * nodes / graph.number_of_nodes()) + 1
        graph = build_graph(gen.claim_corpus(n, seed=seed))
    page, t, _ = _timed(to_html, graph)
    return {"html_nodes": graph.number_of_nodes(), "html_edges": graph.number_of_edges(), "html_seconds": t,
            "html_bytes": len(page.encode("utf-8"))}


def run(mode: str, seed: int) -> dict:
    cfg = MODES[mode]
    started = time.perf_counter()
    out = {"mode": mode, "seed": seed, "python": platform.python_version(), "cpus": os.cpu_count(),
           "load_average_at_start": os.getloadavg()[0]}
    steps = [
        ("extract", lambda: bench_extract(cfg["articles"], seed)),
        ("jobs", lambda: bench_jobs(cfg["job_articles"], seed)),
        ("scale", lambda: bench_scale(cfg["scale"], seed)),
        ("rdf", lambda: bench_rdf(cfg["rdf_oxigraph"], cfg["rdf_rdflib"], cfg["rdf_largest"], seed)),
        ("html", lambda: bench_html(cfg["html_nodes"], seed)),
    ]
    for name, step in steps:
        t = time.perf_counter()
        out.update(step())
        print(f"{name}: {time.perf_counter() - t:.1f} s", file=sys.stderr, flush=True)
    out["articles_per_s"] = out["extract_articles_per_s"]
    out["claims_per_s_build_compare"] = out["build_compare_claims_per_s"]
    out["peak_rss_mib"] = out["peak_rss_mib_largest"]
    out["load_average_at_end"] = os.getloadavg()[0]
    out["total_seconds"] = time.perf_counter() - started
    return out


#: What runs in a fresh process (``--child-<name> N``): sizes whose memory
#: must not add up, and peak RSS that must be the step's own.
CHILDREN = {"scale": scale_child, "oxigraph": oxigraph_child, "rdflib": rdflib_child, "turtle": turtle_child}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                epilog="Figures are written as JSON (see the module docstring for each key).")
    p.add_argument("--quick", action="store_true", help="small sizes: under 3 minutes on 2 cores")
    p.add_argument("--json", metavar="FILE", help="write the figures to FILE (else to stdout)")
    p.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    for kind in CHILDREN:
        p.add_argument(f"--child-{kind}", type=int, metavar="N", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    for kind, child in CHILDREN.items():
        n = getattr(args, f"child_{kind}")
        if n is not None:
            print(json.dumps(child(n, args.seed)))
            return 0
    result = run("quick" if args.quick else "full", args.seed)
    text = json.dumps(result, indent=2)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")
    print(text if not args.json else json.dumps({k: v for k, v in result.items() if k != "scale_runs"}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
