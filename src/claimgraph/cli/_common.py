"""Helpers shared by the command modules: commands with a description and
an example, input arguments, loading with progress bars, output that fits
the terminal."""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import textwrap
import threading
from pathlib import Path

from .._io import atomic_write_text
from ..compare import MAX_RATIO, SMALL_COUNT, SMALL_RATIO
from ..errors import ClaimgraphError

__all__ = ["Progress", "actor_id", "add_command", "add_inputs", "add_min_confidence", "add_quiet", "claim_graph",
           "check_output", "emit", "load_inputs", "min_confidence", "min_conflict_confidence", "progress",
           "terminal_width"]


def add_command(sub, name: str, *, help: str, description: str, examples: list[str]) -> argparse.ArgumentParser:
    """A command's parser: ``help`` is its line in ``claimgraph --help``;
    ``description`` and ``examples`` show in ``claimgraph NAME --help``."""
    epilog = "example" + ("s" if len(examples) > 1 else "") + ":\n" + "\n".join(f"  {e}" for e in examples)
    return sub.add_parser(name, help=help, description=textwrap.fill(description, 79), epilog=epilog,
                          formatter_class=argparse.RawDescriptionHelpFormatter)


def add_quiet(p: argparse.ArgumentParser) -> None:
    """Add ``-q/--quiet``: no progress bars (and no summary where a command prints one)."""
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no progress bars on stderr (they show only on a terminal, for work longer than a second)")


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
    p.add_argument("--max-ratio", default=f"{MAX_RATIO:g}", metavar="X",
                   help="figures more than X times apart are not a conflict: rival sources rarely differ that much, "
                        f"two quantities under one name (a city and the nation) often do (default {MAX_RATIO:g}, and "
                        f"{SMALL_RATIO:g} for counts under {SMALL_COUNT}; 'none': no limit)")
    p.add_argument("--min-conflict-confidence", default="model", metavar="X",
                   help="report only the conflicts whose confidence is at least X, from 0 to 1 (0: every one; default "
                        "'model': the threshold shipped with the conflict model, see docs/conflict-confidence.md)")
    p.add_argument("--by", choices=("body", "affiliation"), default="body",
                   help="compare each body (default) or each side: bodies grouped by affiliation (US vs Ukraine)")
    p.add_argument("--curation", action="append", default=[], metavar="FILE",
                   help="merge, split or rename quantities and actors as this YAML file says (may be repeated); "
                        "quantities.yaml and curation.yaml inside an input directory are applied too")
    add_min_confidence(p)
    add_quiet(p)


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
    return _fraction(text, f"--min-confidence must be a number from 0 to 1, not {text!r}")


def _fraction(text, error: str) -> float:
    # a number from 0 to 1, or ``error``
    try:
        value = float(text)
    except (TypeError, ValueError):
        value = float("nan")
    if not 0.0 <= value <= 1.0:  # nan fails too
        raise ClaimgraphError(error)
    return value


def min_conflict_confidence(args) -> float | None:
    """The ``--min-conflict-confidence`` of ``args``: a number from 0 to 1, or None for the model's own threshold.

    Examples
    --------
    >>> min_conflict_confidence(argparse.Namespace(min_conflict_confidence="0.6"))
    0.6
    >>> min_conflict_confidence(argparse.Namespace(min_conflict_confidence="model")) is None
    True
    >>> min_conflict_confidence(argparse.Namespace(min_conflict_confidence="2"))
    Traceback (most recent call last):
    ...
    claimgraph.errors.ClaimgraphError: --min-conflict-confidence must be a number from 0 to 1 or 'model', not '2'
    """
    text = getattr(args, "min_conflict_confidence", "model")
    if str(text).strip().lower() == "model":
        return None
    return _fraction(text, f"--min-conflict-confidence must be a number from 0 to 1 or 'model', not {text!r}")


def max_ratio(args) -> float | None:
    """The ``--max-ratio`` of ``args``: a number >= 1, or None for 'none'.

    Examples
    --------
    >>> max_ratio(argparse.Namespace(max_ratio="4")), max_ratio(argparse.Namespace(max_ratio="none"))
    (4.0, None)
    >>> max_ratio(argparse.Namespace(max_ratio="0.5"))
    Traceback (most recent call last):
    ...
    claimgraph.errors.ClaimgraphError: --max-ratio must be a number >= 1 or 'none', not '0.5'
    """
    text = getattr(args, "max_ratio", f"{MAX_RATIO:g}")
    if str(text).strip().lower() == "none":
        return None
    try:
        value = float(text)
    except (TypeError, ValueError):
        value = float("nan")
    if not 1.0 <= value < float("inf"):  # nan fails too
        raise ClaimgraphError(f"--max-ratio must be a number >= 1 or 'none', not {text!r}")
    return value


def load_inputs(args, bars: "Progress | None" = None):
    """The Corpus named by ``args.inputs`` and ``args.store`` (both read when
    both are given), without the claims below ``--min-confidence``, curated:
    the curation files found among the inputs (``quantities.yaml``,
    ``curation.yaml``, also inside directories), then those of
    ``--curation``, are applied in that order. Reading the files shows a
    progress bar (see :func:`progress`; ``bars`` to use one already open)."""
    from ..curation import apply, read_curation, split_inputs
    from ..errors import InputError
    from ..inputs import load

    if args.jobs < 1:
        raise ClaimgraphError("--jobs must be at least 1")
    if getattr(args, "window", 0) < 0:
        raise ClaimgraphError("--window must be a number of days >= 0")
    max_ratio(args)  # a bad value fails before the articles are read
    min_conflict_confidence(args)
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
        with (bars or progress(args)) as shown:
            advance = shown.stage("reading")
            files = load(inputs, actors=args.actors, jobs=args.jobs, min_confidence=threshold,
                         progress=lambda done, total, path: advance(done, total, f"reading {Path(path).name}"))
        corpus = files if corpus is None else corpus + files
    if any(curations):
        from ..actors import default_gazetteer

        gazetteer = default_gazetteer().extended(*args.actors) if args.actors else default_gazetteer()
        for curation in curations:
            corpus = apply(corpus, curation, gazetteer)
    return corpus


def terminal_width(args=None, stream=None) -> int | None:
    """The columns a table written to ``stream`` (standard output) may take:
    ``COLUMNS`` when set, else the terminal's width; None (no limit) when
    the output is a file (``-o``) or a pipe."""
    if getattr(args, "output", None):
        return None
    columns = os.environ.get("COLUMNS", "").strip()
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    stream = stream or sys.stdout
    try:
        if stream.isatty():
            return shutil.get_terminal_size().columns
    except (AttributeError, ValueError, OSError):
        pass
    return None


class Progress:
    """Progress bars on stderr, shown only when stderr is a terminal, the
    command was not given ``--quiet``, and the work takes longer than
    ``delay`` seconds; they vanish when done. Use as a context manager;
    :meth:`stage` starts a bar and returns the function that advances it.

    Examples
    --------
    >>> with Progress(False) as bars:
    ...     advance = bars.stage("reading", total=3)
    ...     advance(1, 3, "a.txt")
    """

    def __init__(self, enabled: bool, delay: float = 1.0):
        self._bars = self._task = self._timer = None
        self._lock = threading.Lock()
        self._closed = False
        self._depth = 0
        if enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bars, TextColumn, TimeElapsedColumn

            class Count(MofNCompleteColumn):  # "3/22"; nothing for a step of unknown length
                def render(self, task):
                    return super().render(task) if task.total is not None else ""

            self._bars = Bars(TextColumn("{task.description}"), BarColumn(), Count(), TimeElapsedColumn(),
                              console=Console(file=sys.stderr), transient=True, redirect_stdout=False,
                              redirect_stderr=False)
            self._timer = threading.Timer(delay, self._start)
            self._timer.daemon = True

    def _start(self):
        with self._lock:
            if not self._closed:
                self._bars.start()

    def __enter__(self):
        self._depth += 1
        if self._timer is not None and self._depth == 1:
            self._timer.start()
        return self

    def __exit__(self, *exc):
        self._depth -= 1
        if self._depth or self._bars is None:
            return
        self._timer.cancel()
        with self._lock:
            self._closed = True
            if self._bars.live.is_started:
                self._bars.stop()

    def stage(self, description: str, total: int | None = None):
        """Start a bar (after the one before); returns ``advance(done=None,
        total=None, description=None)``, which sets what is done so far (one
        more step when ``done`` is None)."""
        if self._bars is None:
            return lambda done=None, total=None, description=None: None
        if self._task is not None:
            self._bars.remove_task(self._task)
        task = self._task = self._bars.add_task(description, total=total)
        bars = self._bars

        def advance(done=None, total=None, description=None):
            changes = {"description": description} if description else {}
            if total is not None:
                changes["total"] = total
            if done is None:
                bars.update(task, advance=1, **changes)
            else:
                bars.update(task, completed=done, **changes)

        return advance


def progress(args) -> Progress:
    """The progress bars of a command: on a terminal's stderr, unless ``--quiet``."""
    try:
        tty = sys.stderr.isatty()
    except (AttributeError, ValueError):
        tty = False
    return Progress(tty and not getattr(args, "quiet", False))


def emit(text: str, output: str | None) -> None:
    """Write ``text`` atomically to ``output``, or to standard output."""
    if output:
        check_output(output)
        try:
            atomic_write_text(output, text)
        except OSError as exc:
            raise ClaimgraphError(f"{output}: cannot be written ({exc.strerror or exc}); give -o a file in a "
                                  "folder you can write to") from None
    else:
        sys.stdout.write(text)


def check_output(path, *, directory: bool = False) -> None:
    """Refuse, before any work, an output path that cannot be written: an
    existing directory where a file goes (or a file where a directory goes),
    a parent that is a file, a folder without write permission. Missing
    folders are fine: the writers make them.

    Raises
    ------
    ClaimgraphError
        One line naming ``path``, what is wrong and what to do.
    """
    p = Path(path)
    if not directory and p.is_dir():
        raise ClaimgraphError(f"{p}: is a directory; give -o a file name")
    if directory and p.exists() and not p.is_dir():
        raise ClaimgraphError(f"{p}: exists and is not a directory; give -o a folder")
    folder = p if directory and p.is_dir() else p.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if folder.exists() and not folder.is_dir():
        raise ClaimgraphError(f"{p}: cannot be written: {folder} is a file, not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ClaimgraphError(f"{p}: cannot be written: no permission to write in {folder}; choose another place")


def claim_graph(args, corpus):
    from ..actors import default_gazetteer
    from ..explore import ClaimGraph

    return ClaimGraph(corpus, tolerance=args.tolerance, gazetteer=default_gazetteer(), window=args.window, by=args.by,
                      max_ratio=max_ratio(args), min_conflict_confidence=min_conflict_confidence(args))


def actor_id(cg, name: str) -> str:
    """The id of the actor of ``cg`` named ``name`` (id, name or slug)."""
    from ..actors import fold
    from ..model import slugify

    for a in cg.actors:
        if a.id == name or fold(a.name) == fold(name) or slugify(name) == a.id:
            return a.id
    known = ", ".join(sorted(a.id for a in cg.actors)[:20])
    raise ClaimgraphError(f"no actor {name!r} in the graph; known ids include: {known}")
