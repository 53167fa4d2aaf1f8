"""The core commands: extract, conflicts, export, html, build, evaluate."""
from __future__ import annotations

from pathlib import Path

from ._common import actor_id, add_inputs, add_min_confidence, claim_graph, emit, load_inputs, min_confidence

__all__ = ["register"]


def register(sub) -> None:
    p = sub.add_parser("extract", help="extract attributed figures from articles")
    add_inputs(p, files_only=True)
    p.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(func=extract_cmd)

    p = sub.add_parser("conflicts", help="compare the figures claimed for each quantity")
    add_inputs(p)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("-o", "--output", metavar="FILE")
    p.set_defaults(func=conflicts_cmd)

    p = sub.add_parser("export", help="export the claims as RDF")
    add_inputs(p)
    p.add_argument("--format", default="turtle", help="turtle, json-ld, nt or trig (default turtle)")
    p.add_argument("-o", "--output", metavar="FILE", required=True)
    p.set_defaults(func=export_cmd)

    p = sub.add_parser("html", help="write the interactive graph page (offline, self-contained)")
    add_inputs(p)
    p.add_argument("-o", "--output", metavar="FILE", required=True)
    p.add_argument("--quantity", metavar="ID", help="only this quantity and what touches it")
    p.add_argument("--around", metavar="ACTOR", help="only this actor (id or name) and what touches it")
    p.add_argument("--title", default="claimgraph")
    p.set_defaults(func=html_cmd)

    p = sub.add_parser("build", help="all outputs into a directory: graph.html, graph.ttl, claims.csv, conflicts.csv")
    add_inputs(p)
    p.add_argument("-o", "--output", metavar="DIR", required=True)
    p.add_argument("--no-charts", dest="charts", action="store_false",
                   help="skip the chart pages (the slow part of a large build); --jobs N draws them in N processes")
    p.set_defaults(func=build_cmd)

    p = sub.add_parser("evaluate", help="score the extractor against a directory with gold.jsonl")
    p.add_argument("directory", metavar="DIR")
    p.add_argument("--verbose", "-v", action="store_true", help="list misses and false claims")
    p.add_argument("--min-f1", type=float, default=None, help="exit 1 when F1 is below this")
    add_min_confidence(p)
    p.set_defaults(func=evaluate_cmd)


def extract_cmd(args) -> int:
    from .. import tables

    corpus = load_inputs(args).with_statements(args.window)
    claims = corpus.claims
    if args.format == "csv":  # with each claim's outlet, URL and publication date
        emit(tables.claims_csv(claims, corpus.documents), args.output)
    elif args.format == "jsonl":
        emit(tables.claims_jsonl(claims), args.output)
    else:
        emit(tables.claims_table(claims) + "\n", args.output)
    return 0


def conflicts_cmd(args) -> int:
    from .. import tables
    from ..compare import compare

    corpus = load_inputs(args).with_display_names().with_statements(args.window)
    comps = compare(corpus.claims, tolerance=args.tolerance, documents=corpus.documents, window=args.window,
                    by=args.by, actors=corpus.actors)
    emit(tables.comparisons_json(comps) if args.format == "json" else tables.conflicts_table(comps, corpus.documents) + "\n",
         args.output)
    return 0


def export_cmd(args) -> int:
    from ..rdf import dump

    cg = claim_graph(args, load_inputs(args))
    dump(cg.corpus, args.output, args.format, comparisons=cg.comparisons)  # with its statements
    return 0


def html_cmd(args) -> int:
    from ..viz import write_html

    cg = claim_graph(args, load_inputs(args))
    graph = cg.graph
    if args.quantity:
        graph = cg.subgraph_for_quantity(args.quantity)
    elif args.around:
        graph = cg.subgraph_around(actor_id(cg, args.around))
    write_html(graph, args.output, title=args.title)
    return 0


def build_cmd(args) -> int:
    from .. import tables
    from ..actors import default_gazetteer
    from ..report import build

    cg = build(load_inputs(args), args.output, tolerance=args.tolerance, gazetteer=default_gazetteer(),
               window=args.window, by=args.by, charts=args.charts, jobs=args.jobs)
    print(tables.conflicts_table(cg.comparisons, cg.documents))
    n_conf = sum(len(c.conflicts) for c in cg.comparisons)
    print(f"\n{len(cg.claims)} claims, {len(cg.comparisons)} quantities, {n_conf} conflicting pairs "
          f"-> {Path(args.output) / 'index.html'} (report: graph.html, charts/, graph.ttl, claims.csv, conflicts.csv)")
    return 0


def evaluate_cmd(args) -> int:
    from ..evaluate import evaluate

    score = evaluate(args.directory, min_confidence=min_confidence(args))
    if args.verbose:
        for doc, g, near in score.misses:
            fig = g.get("value", [g.get("min"), g.get("max")])
            why = f"figure found with claimant {near}" if near else "figure not found"
            print(f"  MISS {doc}: {g['claimant'][0]} {fig} ({why})")
        for doc, c in score.false_claims:
            print(f"  FALSE {doc}: {c.get('claimant')!r} {c.get('value')} [{c.get('value_min')}, {c.get('value_max')}]")
    print(f"gold {score.required}  found {score.found}  extracted {score.extracted}  correct {score.correct}")
    print(f"precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}")
    return 1 if args.min_f1 is not None and score.f1 < args.min_f1 else 0
