"""Helpers shared by the command modules: input arguments, loading, output."""
from __future__ import annotations

import argparse
import sys

from .._io import atomic_write_text
from ..errors import ClaimgraphError

__all__ = ["actor_id", "add_inputs", "add_min_confidence", "claim_graph", "emit", "load_inputs", "min_confidence"]


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
    add_min_confidence(p)


def add_min_confidence(p: argparse.ArgumentParser) -> None:
    """Add ``--min-confidence X``: extracted claims below X are dropped."""
    # a string, checked by min_confidence(): a bad value is one error line, not argparse's usage
    p.add_argument("--min-confidence", default="0", metavar="X",
                   help="drop extracted claims whose confidence is below X, from 0 to 1 (default 0: keep all; "
                        "curated claims count as 1)")


def min_confidence(args) -> float:
    """The ``--min-confidence`` of ``args`` as a number from 0 to 1.

    Examples
    --------
    >>> min_confidence(argparse.Namespace(min_confidence="0.5"))
    0.5
    >>> min_confidence(argparse.Namespace(min_confidence="high"))
    Traceback (most recent call last):
    ...
    claimgraph.errors.ClaimgraphError: --min-confidence must be a number from 0 to 1, not 'high'
    """
    text = getattr(args, "min_confidence", "0")
    try:
        value = float(text)
    except (TypeError, ValueError):
        value = float("nan")
    if not 0.0 <= value <= 1.0:  # nan fails too
        raise ClaimgraphError(f"--min-confidence must be a number from 0 to 1, not {text!r}")
    return value


def load_inputs(args):
    """The Corpus named by ``args.inputs`` and ``args.store`` (both read when
    both are given), without the claims below ``--min-confidence``, curated:
    the curation files found among the inputs (``quantities.yaml``,
    ``curation.yaml``, also inside directories), then those of
    ``--curation``, are applied in that order."""
    from ..curation import apply, read_curation, split_inputs
    from ..errors import InputError
    from ..inputs import load

    if args.jobs < 1:
        raise ClaimgraphError("--jobs must be at least 1")
    if getattr(args, "window", 0) < 0:
        raise ClaimgraphError("--window must be a number of days >= 0")
    threshold = min_confidence(args)
    store = getattr(args, "store", None)
    if not args.inputs and not store:
        raise ClaimgraphError("no input: give INPUT files or directories, or --store DIR")
    corpus = None
    if store:
        from ..store import open_store, read_store

        corpus = read_store(open_store(store, read_only=True)).with_min_confidence(threshold)
    inputs, found = split_inputs(args.inputs)
    # read (and check) the curation files before the slow part
    curations = [read_curation(p) for p in (*found, *(getattr(args, "curation", None) or ()))]
    if args.inputs and not inputs and corpus is None:
        raise InputError(", ".join(args.inputs), "no readable input besides curation files")
    if inputs:
        files = load(inputs, actors=args.actors, jobs=args.jobs, min_confidence=threshold)
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
