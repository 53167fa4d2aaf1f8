"""The ``claimgraph`` command line: thin wrappers over the library.

Each command reads its inputs with :func:`claimgraph.inputs.load`, calls plain
functions that return data, and writes the result atomically. Domain errors
(:class:`~claimgraph.errors.ClaimgraphError`) are turned into one line on
stderr and exit code 2 here, and only here.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from ._io import atomic_write_text
from .errors import ClaimgraphError

__all__ = ["build", "main"]

EXIT_INPUT = 2


def _inputs(p: argparse.ArgumentParser, *, files_only: bool = False) -> None:
    p.add_argument("inputs", nargs="+", metavar="FILE" if files_only else "INPUT",
                   help="articles (.txt/.md/.html), curated claims (.yaml/.csv/.jsonl), RDF (.ttl/.nt/.jsonld/.trig) or directories")
    p.add_argument("--actors", action="append", default=[], metavar="FILE",
                   help="extra gazetteer (YAML, same format as the shipped one); may be repeated")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="extract articles in N processes")
    p.add_argument("--tolerance", type=float, default=0.1,
                   help="relative width given to approximate figures when comparing (default 0.1)")


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="claimgraph", description="Who claims what figure, when, and how the figures disagree.")
    ap.add_argument("--version", action="version", version=f"claimgraph {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="extract attributed figures from articles")
    _inputs(p, files_only=True)
    p.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")

    p = sub.add_parser("conflicts", help="compare the figures claimed for each quantity")
    _inputs(p)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("-o", "--output", metavar="FILE")

    p = sub.add_parser("export", help="export the claims as RDF")
    _inputs(p)
    p.add_argument("--format", default="turtle", help="turtle, json-ld, nt or trig (default turtle)")
    p.add_argument("-o", "--output", metavar="FILE", required=True)

    p = sub.add_parser("html", help="write the interactive graph page (offline, self-contained)")
    _inputs(p)
    p.add_argument("-o", "--output", metavar="FILE", required=True)
    p.add_argument("--quantity", metavar="ID", help="only this quantity and what touches it")
    p.add_argument("--around", metavar="ACTOR", help="only this actor (id or name) and what touches it")
    p.add_argument("--title", default="claimgraph")

    p = sub.add_parser("build", help="all outputs into a directory: graph.html, graph.ttl, claims.csv, conflicts.csv")
    _inputs(p)
    p.add_argument("-o", "--output", metavar="DIR", required=True)

    p = sub.add_parser("evaluate", help="score the extractor against a directory with gold.jsonl")
    p.add_argument("directory", metavar="DIR")
    p.add_argument("--verbose", "-v", action="store_true", help="list misses and false claims")
    p.add_argument("--min-f1", type=float, default=None, help="exit 1 when F1 is below this")
    return ap


def _load(args):
    from .inputs import load

    if args.jobs < 1:
        raise ClaimgraphError("--jobs must be at least 1")
    return load(args.inputs, actors=args.actors, jobs=args.jobs)


def _emit(text: str, output: str | None) -> None:
    if output:
        atomic_write_text(output, text)
    else:
        sys.stdout.write(text)


def _graph(args, corpus):
    from .actors import default_gazetteer
    from .graph import ClaimGraph

    return ClaimGraph(corpus, tolerance=args.tolerance, gazetteer=default_gazetteer())


def build(corpus, outdir, *, tolerance: float = 0.1) -> "ClaimGraph":  # noqa: F821
    """Write graph.html, graph.ttl, claims.csv and conflicts.csv into ``outdir``.

    Everything is rendered in memory first, then each file is written
    atomically, so a failure leaves no half-written output.
    """
    from .actors import default_gazetteer
    from .graph import ClaimGraph
    from .rdf import dumps
    from .tables import claims_csv, conflicts_csv
    from .viz import to_html

    cg = ClaimGraph(corpus, tolerance=tolerance, gazetteer=default_gazetteer())
    files = {
        "graph.html": to_html(cg.graph, title="claimgraph"),
        "graph.ttl": dumps(corpus, "turtle", comparisons=cg.comparisons),
        "claims.csv": claims_csv(cg.claims),
        "conflicts.csv": conflicts_csv(cg.comparisons),
    }
    out = Path(outdir)
    if out.exists() and not out.is_dir():
        raise ClaimgraphError(f"{out}: exists and is not a directory")
    for name, text in files.items():
        atomic_write_text(out / name, text)
    return cg


def _run(args) -> int:
    from . import tables

    if args.command == "evaluate":
        from .evaluate import evaluate

        score = evaluate(args.directory)
        if args.verbose:
            for doc, g, near in score.misses:
                fig = g.get("value", [g.get("min"), g.get("max")])
                why = f"figure found with claimant {near}" if near else "figure not found"
                print(f"  MISS {doc}: {g['claimant'][0]} {fig} ({why})")
            for doc, c in score.false_claims:
                print(f"  FALSE {doc}: {c.get('claimant')!r} {c.get('value')} [{c.get('value_min')}, {c.get('value_max')}]")
        print(f"articles {len({d for d, *_ in score.misses} | {d for d, _ in score.false_claims})}+  gold {score.required}  "
              f"found {score.found}  extracted {score.extracted}  correct {score.correct}")
        print(f"precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}")
        return 1 if args.min_f1 is not None and score.f1 < args.min_f1 else 0

    corpus = _load(args)
    if args.command == "extract":
        claims = corpus.claims
        text = {"jsonl": tables.claims_jsonl, "csv": tables.claims_csv}.get(args.format)
        _emit(text(claims) if text else tables.claims_table(claims) + "\n", args.output)
    elif args.command == "conflicts":
        from .compare import compare

        comps = compare(corpus.claims, tolerance=args.tolerance, documents=corpus.documents)
        _emit(tables.comparisons_json(comps) if args.format == "json" else tables.conflicts_table(comps) + "\n", args.output)
    elif args.command == "export":
        from .rdf import dump

        cg = _graph(args, corpus)
        dump(corpus, args.output, args.format, comparisons=cg.comparisons)
    elif args.command == "html":
        from .viz import write_html

        cg = _graph(args, corpus)
        graph = cg.graph
        if args.quantity:
            graph = cg.subgraph_for_quantity(args.quantity)
        elif args.around:
            graph = cg.subgraph_around(_actor_id(cg, args.around))
        write_html(graph, args.output, title=args.title)
    elif args.command == "build":
        cg = build(corpus, args.output, tolerance=args.tolerance)
        print(tables.conflicts_table(cg.comparisons))
        n_conf = sum(len(c.conflicts) for c in cg.comparisons)
        print(f"\n{len(cg.claims)} claims, {len(cg.comparisons)} quantities, {n_conf} conflicting pairs "
              f"-> {args.output}/graph.html, graph.ttl, claims.csv, conflicts.csv")
    return 0


def _actor_id(cg, name: str) -> str:
    from .actors import fold
    from .model import slugify

    for a in cg.actors:
        if a.id == name or fold(a.name) == fold(name) or slugify(name) == a.id:
            return a.id
    known = ", ".join(sorted(a.id for a in cg.actors)[:20])
    raise ClaimgraphError(f"no actor {name!r} in the graph; known ids include: {known}")


def main(argv=None) -> int:
    """Entry point of the ``claimgraph`` console script."""
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except ClaimgraphError as exc:
        print(f"claimgraph: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyError as exc:  # unknown quantity id from ClaimGraph.comparison & co
        print(f"claimgraph: error: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return EXIT_INPUT
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
