"""The core commands: extract, conflicts, export, html, build, evaluate."""
from __future__ import annotations

import textwrap
from pathlib import Path

from ._common import (actor_id, add_command, add_inputs, add_min_confidence, check_output, claim_graph, emit,
                      load_inputs, max_ratio, min_confidence, min_conflict_confidence, progress, terminal_width)

__all__ = ["register"]


def register(sub) -> None:
    p = add_command(sub, "extract", help="extract attributed figures from articles",
                    description="Find the attributed figures in articles: who claims what number, about what, "
                                "when, with the sentence that says it. A table by default; JSON lines (the "
                                "format curated claim files and other tools read) or CSV with each claim's "
                                "outlet, URL and headline.",
                    examples=["claimgraph extract data/fr-nk-otan-koursk.txt",
                              "claimgraph extract data/ --format csv -o claims.csv"])
    add_inputs(p, files_only=True)
    p.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(func=extract_cmd)

    p = add_command(sub, "conflicts", help="compare the figures claimed for each quantity",
                    description="One row per conflicting pair of statements: who said which figure, as of when, "
                                "carried by how many outlets, how many days apart and how far apart (ratio); "
                                "then the revisions, a claimant's later figure. The table fits the terminal "
                                "(COLUMNS when set); CSV adds each side's outlet, URL, headline, language and "
                                "evidence; JSON has every quantity with its claims and relations.",
                    examples=["claimgraph conflicts data/",
                              "claimgraph conflicts data/ --format csv -o conflicts.csv"])
    add_inputs(p)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(func=conflicts_cmd)

    p = add_command(sub, "export", help="export the claims as RDF",
                    description="The claims, their sources and the relations between them as RDF (schema.org, "
                                "PROV-O, Web Annotation; see docs/rdf.md). The format comes from the suffix of "
                                "FILE (.ttl, .nt, .jsonld, .trig) unless --format names it; "
                                "`claimgraph validate` checks the result.",
                    examples=["claimgraph export data/ -o claims.nt", "claimgraph export data/ -o claims.trig",
                              "claimgraph export data/ --format ttl -o claims.rdf"])
    add_inputs(p)
    p.add_argument("--format", default=None,
                   help="turtle (ttl), nt, json-ld (jsonld) or trig; default: from the suffix of FILE")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="the RDF file: .ttl, .nt, .jsonld or .trig")
    p.set_defaults(func=export_cmd)

    p = add_command(sub, "html", help="write the interactive graph page (offline, self-contained)",
                    description="The graph of actors, claims, quantities and articles as one offline HTML page: "
                                "search, filters, conflicts drawn between claims. --quantity or --around keep "
                                "one quantity or one actor and what touches it.",
                    examples=["claimgraph html data/ -o graph.html",
                              "claimgraph html data/ --around Pentagon -o pentagon.html"])
    add_inputs(p)
    p.add_argument("-o", "--output", metavar="FILE", required=True)
    p.add_argument("--quantity", metavar="ID", help="only this quantity and what touches it")
    p.add_argument("--around", metavar="ACTOR", help="only this actor (id or name) and what touches it")
    p.add_argument("--title", default="claimgraph")
    p.set_defaults(func=html_cmd)

    p = add_command(sub, "build", help="all outputs into a directory: graph.html, graph.ttl, claims.csv, conflicts.csv",
                    description="The report in one folder: index.html (open it in a browser; sortable tables of "
                                "conflicts and claims with their sources) linking graph.html, a chart per "
                                "disputed quantity, graph.ttl, claims.csv and conflicts.csv. Prints a short "
                                "summary (--verbose: every conflict too). Files a previous build wrote there "
                                "and this one does not are removed; nothing else is.",
                    examples=["claimgraph build data/ -o out", "claimgraph build data/ -o out --jobs 4 --verbose"])
    add_inputs(p)
    p.add_argument("-o", "--output", metavar="DIR", required=True)
    p.add_argument("--no-charts", dest="charts", action="store_false",
                   help="skip the chart pages (the slow part of a large build); --jobs N draws them in N processes")
    p.add_argument("-v", "--verbose", action="store_true", help="print every conflicting pair and revision too")
    p.set_defaults(func=build_cmd)

    p = add_command(sub, "evaluate", help="score the extractor against a directory with gold.jsonl",
                    description="Extract the articles of DIR and compare with its gold.jsonl (the claims a "
                                "person found): precision, recall and F1.",
                    examples=["claimgraph evaluate tests/corpus", "claimgraph evaluate tests/corpus -v --min-f1 0.8"])
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
        emit(tables.claims_table(claims, width=terminal_width(args)) + "\n", args.output)
    return 0


def conflicts_cmd(args) -> int:
    from .. import tables
    from ..compare import compare

    corpus = load_inputs(args).with_display_names().with_statements(args.window)
    comps = compare(corpus.claims, tolerance=args.tolerance, documents=corpus.documents, window=args.window,
                    by=args.by, actors=corpus.actors, max_ratio=max_ratio(args),
                    min_conflict_confidence=min_conflict_confidence(args))
    if args.format == "json":
        emit(tables.comparisons_json(comps), args.output)
    elif args.format == "csv":  # both sides citable: outlet, URL, headline, language, evidence
        emit(tables.conflicts_csv(comps, corpus.documents), args.output)
    else:
        emit(tables.conflicts_table(comps, corpus.documents, width=terminal_width(args)) + "\n", args.output)
    return 0


def export_cmd(args) -> int:
    from ..errors import ClaimgraphError
    from ..rdf import FORMATS, dump, rdf_format

    # the format from the suffix; --format may name it, but not contradict a suffix that names another
    said = next((f for f in FORMATS.values() if Path(args.output).suffix.lower() in f.suffixes), None)
    if said is None and args.format is None:
        raise ClaimgraphError(f"{args.output}: cannot tell the RDF format from the suffix; "
                              "write .ttl, .nt, .jsonld or .trig, or give --format")
    fmt = rdf_format(args.format, args.output)
    if said is not None and said is not fmt:
        raise ClaimgraphError(f"{args.output}: the suffix says {said.name} and --format says {fmt.name}; "
                              f"write {fmt.suffixes[0]} or leave --format out")
    check_output(args.output)
    cg = claim_graph(args, load_inputs(args))
    dump(cg.corpus, args.output, fmt.name, comparisons=cg.comparisons)  # with its statements
    return 0


def html_cmd(args) -> int:
    from ..viz import write_html

    check_output(args.output)
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

    # nothing is written unless every file can be: the folder, and charts/ in it
    check_output(args.output, directory=True)
    if args.charts:
        check_output(Path(args.output) / "charts", directory=True)
    with progress(args) as bars:
        corpus = load_inputs(args, bars)
        cg = build(corpus, args.output, tolerance=args.tolerance, gazetteer=default_gazetteer(), window=args.window,
                   by=args.by, charts=args.charts, jobs=args.jobs, progress=lambda step: bars.stage(step),
                   max_ratio=max_ratio(args), min_conflict_confidence=min_conflict_confidence(args))
    if args.quiet:
        return 0
    width = terminal_width()
    if args.verbose:
        print(tables.conflicts_table(cg.comparisons, cg.documents, width=width) + "\n")
    print(build_summary(cg, args.output, charts=args.charts, verbose=args.verbose, width=width))
    return 0


#: Disputed quantities named at most in the summary of ``build``.
SUMMARY_QUANTITIES = 10


def build_summary(cg, output, *, charts: bool = True, verbose: bool = False, width: int | None = None) -> str:
    """What ``build`` prints: counts, the most disputed quantities (their
    widest conflict each), what was written; at most about 25 lines."""
    from .. import tables

    disputed = [c for c in cg.comparisons if c.conflicts]
    pairs = sum(len(c.conflicts) for c in disputed)
    revisions = sum(len(c.revisions) for c in cg.comparisons)
    lines = [f"{len(cg.claims)} claims from {len(cg.documents)} documents by {len(cg.actors)} actors, "
             f"about {len(cg.comparisons)} quantities.",
             f"{len(disputed)} disputed quantities, {pairs} conflicting pairs, {revisions} revisions."]
    if disputed:
        rows = []
        for cmp in disputed[:SUMMARY_QUANTITIES]:
            by_id = {c.id: c for c in cmp.claims}
            widest = max(cmp.conflicts, key=lambda r: r.ratio or 0.0)
            a, b = by_id[widest.a], by_id[widest.b]
            rows.append([cmp.label, str(len(cmp.conflicts)),
                         f"{a.claimant_name} {a.figure} vs {b.claimant_name} {b.figure}",
                         f"×{widest.ratio:.2f}" if widest.ratio is not None else ""])
        lines += ["", "most disputed:" if len(disputed) > len(rows) else "disputed:",
                  tables.text_table(rows, ["quantity", "pairs", "widest conflict", "ratio"], max_width=60,
                                    width=width)]
        if len(disputed) > len(rows):
            lines.append(f"… and {len(disputed) - len(rows)} more")
    from ..report import MAX_CHARTS

    out = Path(output)
    drawn = min(len(disputed), MAX_CHARTS) if charts else 0
    lines += ["", f"wrote {out / 'index.html'} (open it in a browser), graph.html, graph.ttl, claims.csv, "
                  f"conflicts.csv" + (f" and {drawn} chart{'s' * (drawn != 1)}" if drawn else "")]
    if not verbose and (pairs or revisions):
        lines.append("--verbose prints every conflicting pair and revision")
    if width:  # the sentences too fit the terminal
        lines = [wrapped for line in lines for wrapped in (
            textwrap.wrap(line, width, subsequent_indent="  ") if "\n" not in line and line else [line])]
    return "\n".join(lines)


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
