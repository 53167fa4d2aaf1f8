"""Linked-data commands: validate, query, ingest, push."""
from __future__ import annotations

import gc
import shutil
import sys
import traceback
from pathlib import Path

from ..errors import ClaimgraphError
from ._common import (add_command, add_inputs, add_min_confidence, add_quiet, claim_graph, emit, load_inputs,
                      min_confidence, progress, terminal_width)

__all__ = ["register"]

EXIT_INVALID = 1


def register(sub) -> None:
    p = add_command(sub, "validate", help="check an RDF file against the shipped SHACL shapes",
                    description="Check an RDF file (as `claimgraph export` writes it, or anyone's) against the "
                                "claimgraph SHACL shapes. Exit 0 when it conforms, 1 when it does not (the "
                                "violations are listed), 2 when it cannot be read. The format comes from the "
                                "suffix (.ttl, .nt, .jsonld, .trig) unless --format names it.",
                    examples=["claimgraph export data/ -o x.nt && claimgraph validate x.nt",
                              "claimgraph validate claims.rdf --format ttl"])
    p.add_argument("file", metavar="FILE", help="Turtle, N-Triples, JSON-LD or TriG")
    p.add_argument("--format", help="turtle (ttl), nt, json-ld (jsonld) or trig (default: from the suffix)")
    p.set_defaults(func=validate_cmd)

    p = add_command(sub, "query", help="run a SPARQL query on files, a store or a SPARQL server",
                    description="Run a SPARQL query (text, or a .rq file) on the claims read from INPUT, on a "
                                "store made by `claimgraph ingest`, or on a SPARQL 1.1 endpoint. The prefixes "
                                "schema:, prov:, oa:, cg: and the rest need no declaration; values go in with "
                                "--bind, never into the query text.",
                    examples=["claimgraph query docs/queries/conflicts-per-quantity.rq data/",
                              "claimgraph query 'SELECT ?c WHERE { ?c prov:wasAttributedTo ?who }' data/ "
                              "--bind who=<https://w3id.org/claimgraph/id/actor/pentagon>"])
    p.add_argument("query", metavar="QUERY", help="a query, or a file holding one (.rq)")
    add_inputs(p)
    p.add_argument("--endpoint", metavar="URL", help="query this SPARQL 1.1 endpoint instead of INPUT")
    p.add_argument("--graph", metavar="IRI", help="with --endpoint: query this named graph")
    p.add_argument("--bind", action="append", default=[], metavar="NAME=VALUE",
                   help="bind ?NAME to VALUE: <iri>, an N-Triples literal (\"3\"^^<datatype>) or text; repeatable")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("-o", "--output", metavar="FILE")
    p.set_defaults(func=query_cmd)

    p = add_command(sub, "ingest", help="add articles to a persistent store, one transaction per article",
                    description="Read articles (and claim or RDF files) into an Oxigraph store on disk, one "
                                "transaction per file, then refresh the relations between the claims. A "
                                "progress bar shows on a terminal; --verbose lists each file.",
                    examples=["claimgraph ingest data/ --store store/",
                              "claimgraph conflicts --store store/"])
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="articles, claims files, RDF or directories")
    p.add_argument("--store", metavar="DIR", required=True, help="the store directory (made if missing)")
    p.add_argument("--actors", action="append", default=[], metavar="FILE", help="extra gazetteer (YAML)")
    p.add_argument("--tolerance", type=float, default=0.1, help="for the relations (default 0.1)")
    add_min_confidence(p)
    add_quiet(p)
    p.add_argument("-v", "--verbose", action="store_true", help="print each file and its number of claims")
    p.set_defaults(func=ingest_cmd)

    p = add_command(sub, "push", help="write the claims to a SPARQL 1.1 server (credentials from "
                                      "CLAIMGRAPH_SPARQL_USER/PASSWORD or CLAIMGRAPH_SPARQL_TOKEN)",
                    description="Send the claims and their relations to a SPARQL 1.1 Update endpoint, --batch "
                                "statements per request. Blank nodes are written as stable IRIs, so pushing "
                                "the same data twice adds nothing. Credentials come from the environment: "
                                "CLAIMGRAPH_SPARQL_USER and CLAIMGRAPH_SPARQL_PASSWORD, or CLAIMGRAPH_SPARQL_TOKEN.",
                    examples=["claimgraph push data/ --update-endpoint http://localhost:7878/update",
                              "claimgraph push data/ --update-endpoint http://localhost:7878/update "
                              "--graph https://example.org/claims"])
    add_inputs(p)
    p.add_argument("--update-endpoint", metavar="URL", required=True, help="e.g. http://localhost:7878/update")
    p.add_argument("--graph", metavar="IRI", help="write into this named graph (default: the default graph)")
    p.add_argument("--batch", type=int, default=5000, metavar="N", help="statements per request (default 5000)")
    p.set_defaults(func=push_cmd)


def validate_cmd(args) -> int:
    from ..rdf import validate

    report = validate(args.file, args.format)
    print(f"{args.file}: {report}")
    return 0 if report.conforms else EXIT_INVALID


def _query_text(text: str) -> str:
    # QUERY is a file when it names one (or looks like a query file name).
    path = Path(text)
    try:
        is_file = "\n" not in text and path.is_file()
    except (OSError, ValueError):  # a long query is no file name
        is_file = False
    if is_file or ("{" not in text and path.suffix.lower() in (".rq", ".sparql")):
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or exc
            raise ClaimgraphError(f"cannot read the query file {text}: {reason}") from None
    return text


def _bindings(pairs) -> dict:
    from ..sparql import bind_value

    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not name.isidentifier():
            raise ClaimgraphError(f"bad --bind {pair!r}: write NAME=VALUE, e.g. --bind claimant=NATO")
        out[name] = bind_value(value)
    return out


def query_cmd(args) -> int:
    from .. import sparql

    text, bindings = _query_text(args.query), _bindings(args.bind)
    if args.endpoint:
        if args.inputs or args.store:
            raise ClaimgraphError("give INPUT/--store or --endpoint, not both")
        result = sparql.query_endpoint(args.endpoint, text, bindings, graph=args.graph)
    elif args.store and not args.inputs and not min_confidence(args):  # else read, filtered, into memory
        from ..store import open_store

        result = sparql.query(open_store(args.store, read_only=True), text, bindings)
    else:
        cg = claim_graph(args, load_inputs(args))
        result = sparql.query(sparql.memory_store(cg.corpus, cg.comparisons), text, bindings)
    out = {"csv": result.to_csv, "json": result.to_json}.get(args.format)
    emit(out() if out else result.to_table(columns=terminal_width(args)) + "\n", args.output)
    return 0


def ingest_cmd(args) -> int:
    from ..inputs import expand
    from ..store import open_store

    threshold = min_confidence(args)
    files = expand(args.inputs)  # a missing input: no store made
    folder = Path(args.store)
    new = not folder.exists()
    empty = folder.is_dir() and not any(folder.iterdir())
    store = open_store(args.store, create=True)
    try:
        total = _ingest_files(args, store, files, threshold)
    except BaseException as exc:
        if new or empty:  # a failed ingest into a new store leaves no store behind (an empty folder stays empty)
            traceback.clear_frames(exc.__traceback__)  # the frames below hold the store open
            del store
            gc.collect()
            shutil.rmtree(folder, ignore_errors=True)
            if empty:
                folder.mkdir(exist_ok=True)
        raise
    if not args.quiet:
        print(f"{total} claims ingested; the store at {args.store} holds {len(store)} statements")
    return 0


def _ingest_files(args, store, files, threshold) -> int:
    from ..store import ingest

    with progress(args) as bars:
        advance = bars.stage("ingesting", total=len(files))

        def done(path, n):
            advance(description=f"ingesting {Path(path).name}")
            if args.verbose:
                print(f"{path}: {n} claims", flush=True)

        total = ingest(store, files, actors=args.actors, tolerance=args.tolerance, progress=done,
                       min_confidence=threshold)
        bars.stage("writing the store")
        store.flush()
    return total


def push_cmd(args) -> int:
    from ..rdf import statements
    from ..rdf._server import push

    with progress(args) as bars:
        cg = claim_graph(args, load_inputs(args, bars))
        found = statements(cg.corpus, cg.comparisons, skolem=True)
        advance = bars.stage("pushing statements")
        sent = push(found, args.update_endpoint, graph=args.graph, batch=args.batch,
                    progress=lambda n: advance(n, None, f"pushed {n} statements"))
    if not args.quiet:
        print(f"{len(cg.claims)} claims ({sent} statements) pushed to {args.update_endpoint}", file=sys.stdout)
    return 0
