"""Helpers shared by the command modules: input arguments, loading, output."""
from __future__ import annotations

import argparse
import sys

from .._io import atomic_write_text
from ..errors import ClaimgraphError

__all__ = ["actor_id", "add_inputs", "claim_graph", "emit", "load_inputs"]


def add_inputs(p: argparse.ArgumentParser, *, files_only: bool = False) -> None:
    """Add INPUT..., --store and the options every reading command shares."""
    p.add_argument("inputs", nargs="*", metavar="FILE" if files_only else "INPUT",
                   help="articles (.txt/.md/.html), curated claims (.yaml/.csv/.jsonl), "
                        "RDF (.ttl/.nt/.jsonld/.trig) or directories")
    p.add_argument("--store", metavar="DIR",
                   help="also read the claims of this store (made by claimgraph ingest); INPUT is then optional")
    p.add_argument("--actors", action="append", default=[], metavar="FILE",
                   help="extra gazetteer (YAML, same format as the shipped one); may be repeated")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="extract articles in N processes")
    p.add_argument("--tolerance", type=float, default=0.1,
                   help="relative width given to approximate figures when comparing (default 0.1)")
    p.add_argument("--window", type=int, default=3, metavar="DAYS",
                   help="figures of different sources conflict only when they describe dates at most DAYS apart "
                        "(default 3); further apart they are an evolution")
    p.add_argument("--by", choices=("body", "affiliation"), default="body",
                   help="compare each body (default) or each side: bodies grouped by affiliation (US vs Ukraine)")
    p.add_argument("--curation", action="append", default=[], metavar="FILE",
                   help="merge, split or rename quantities and actors as this YAML file says (may be repeated); "
                        "quantities.yaml and curation.yaml inside an input directory are applied too")


def load_inputs(args):
    """The Corpus named by ``args.inputs`` and ``args.store`` (both read when
    both are given), curated: the curation files found among the inputs
    (``quantities.yaml``, ``curation.yaml``, also inside directories), then
    those of ``--curation``, are applied in that order."""
    from ..curation import apply, read_curation, split_inputs
    from ..errors import InputError
    from ..inputs import load

    if args.jobs < 1:
        raise ClaimgraphError("--jobs must be at least 1")
    if getattr(args, "window", 0) < 0:
        raise ClaimgraphError("--window must be a number of days >= 0")
    store = getattr(args, "store", None)
    if not args.inputs and not store:
        raise ClaimgraphError("no input: give INPUT files or directories, or --store DIR")
    corpus = None
    if store:
        from ..store import open_store, read_store

        corpus = read_store(open_store(store, read_only=True))
    inputs, found = split_inputs(args.inputs)
    # read (and check) the curation files before the slow part
    curations = [read_curation(p) for p in (*found, *(getattr(args, "curation", None) or ()))]
    if args.inputs and not inputs and corpus is None:
        raise InputError(", ".join(args.inputs), "no readable input besides curation files")
    if inputs:
        files = load(inputs, actors=args.actors, jobs=args.jobs)
        corpus = files if corpus is None else corpus + files
    if any(curations):
        from ..actors import default_gazetteer

        gazetteer = default_gazetteer().extended(*args.actors) if args.actors else default_gazetteer()
        for curation in curations:
            corpus = apply(corpus, curation, gazetteer)
    return corpus


def emit(text: str, output: str | None) -> None:
    """Write ``text`` atomically to ``output``, or to standard output."""
    if output:
        atomic_write_text(output, text)
    else:
        sys.stdout.write(text)


def claim_graph(args, corpus):
    from ..actors import default_gazetteer
    from ..explore import ClaimGraph

    return ClaimGraph(corpus, tolerance=args.tolerance, gazetteer=default_gazetteer(), window=args.window, by=args.by)


def actor_id(cg, name: str) -> str:
    """The id of the actor of ``cg`` named ``name`` (id, name or slug)."""
    from ..actors import fold
    from ..model import slugify

    for a in cg.actors:
        if a.id == name or fold(a.name) == fold(name) or slugify(name) == a.id:
            return a.id
    known = ", ".join(sorted(a.id for a in cg.actors)[:20])
    raise ClaimgraphError(f"no actor {name!r} in the graph; known ids include: {known}")
