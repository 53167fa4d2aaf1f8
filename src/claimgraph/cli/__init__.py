"""The ``claimgraph`` command line: thin wrappers over the library.

Each command lives in a module of this package that defines
``register(subparsers)``; the module adds its parser and sets ``func`` to a
function ``(args) -> int``. Commands read inputs with
:func:`claimgraph.inputs.load`, call plain functions that return data, and
write results atomically. Domain errors
(:class:`~claimgraph.errors.ClaimgraphError`) are turned into one line on
stderr and exit code 2 here, and only here; so are Ctrl-C (exit 130) and,
as one line with exit 70, an error claimgraph did not foresee. Usage errors are argparse's,
with a "did you mean …?" when a command, option or choice is mistyped;
bare ``claimgraph`` prints the help.
"""
from __future__ import annotations

import argparse
import difflib
import importlib
import os
import re
import sys

from .. import __version__
from ..errors import ClaimgraphError

__all__ = ["COMMAND_MODULES", "EXIT_BUG", "EXIT_INPUT", "EXIT_INTERRUPTED", "main"]

EXIT_INPUT = 2
#: Exit code on Ctrl-C (128 + SIGINT, as shells report it).
EXIT_INTERRUPTED = 130
#: Exit code of an error claimgraph did not foresee (BSD's EX_SOFTWARE).
EXIT_BUG = 70

#: Modules that register commands, in the order their commands are listed.
COMMAND_MODULES = ("core", "views", "rdf", "follow")


class _Parser(argparse.ArgumentParser):
    """argparse with "did you mean …?" on a mistyped command, option or choice."""

    def error(self, message):
        super().error(message + _suggestion(self, message))


def _suggestion(parser: argparse.ArgumentParser, message: str) -> str:
    """" (did you mean X?)" for the first mistyped word of ``message``, if one is close to a known one.

    Examples
    --------
    >>> p = _Parser(prog="x")
    >>> _ = p.add_argument("--format")
    >>> _suggestion(p, "unrecognized arguments: --fromat csv")
    '; did you mean --format?'
    >>> _suggestion(p, "argument COMMAND: invalid choice: 'conflcts' (choose from 'extract', 'conflicts')")
    '; did you mean conflicts?'
    >>> _suggestion(p, "unrecognized arguments: --zzz")
    ''
    """
    choice = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)$", message)
    if choice:
        candidates = [(choice.group(1), re.findall(r"'([^']*)'", choice.group(2)))]
    elif message.startswith("unrecognized arguments: "):
        options = [o for a in parser._actions for o in a.option_strings if o.startswith("--")]
        words = message.split(": ", 1)[1].split()
        candidates = [(w.split("=", 1)[0], options) for w in words if w.startswith("--")]
    else:
        return ""
    for word, known in candidates:
        close = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
        if close:
            return f"; did you mean {close[0]}?"
    return ""


def _parser() -> argparse.ArgumentParser:
    ap = _Parser(prog="claimgraph", formatter_class=argparse.RawDescriptionHelpFormatter,
                 description="Who claims what figure, when, and how the figures disagree: attributed numeric claims\n"
                             "from news articles, compared across sources.",
                 epilog="examples:\n"
                        "  claimgraph build data/ -o out          # the report: open out/index.html\n"
                        "  claimgraph conflicts data/             # who disagrees with whom, in the terminal\n"
                        "  claimgraph export data/ -o claims.nt   # RDF, the format from the suffix\n"
                        "\n'claimgraph COMMAND --help' tells more of each command.")
    ap.add_argument("--version", action="version", version=f"claimgraph {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return ap


def main(argv=None) -> int:
    """Entry point of the ``claimgraph`` console script."""
    try:
        return _run(argv)
    except KeyboardInterrupt:  # the writers are atomic and build swaps its folder: nothing is half-written
        print("claimgraph: error: interrupted (Ctrl-C); nothing half-written was left behind", file=sys.stderr)
        return EXIT_INTERRUPTED


def _run(argv) -> int:
    parser = _parser()
    args, extra = parser.parse_known_args(argv)
    if args.command is None:  # bare claimgraph: what it can do
        parser.print_help()
        return 0
    if extra:  # a mistyped option: the command's own usage, with a suggestion
        command = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        command.choices[args.command].error(f"unrecognized arguments: {' '.join(extra)}")
    try:
        return args.func(args)
    except ClaimgraphError as exc:
        print(f"claimgraph: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyError as exc:  # unknown quantity id from ClaimGraph.comparison & co
        print(f"claimgraph: error: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return EXIT_INPUT
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a file the checks above did not foresee: still one line, naming it
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"claimgraph: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_INPUT
    except MemoryError:
        print("claimgraph: error: out of memory; give fewer or smaller inputs", file=sys.stderr)
        return EXIT_INPUT
    except Exception as exc:  # a bug: still one line (CLAIMGRAPH_DEBUG=1 shows the traceback)
        if os.environ.get("CLAIMGRAPH_DEBUG"):
            raise
        print(f"claimgraph: error: unexpected {type(exc).__name__}: {' '.join(str(exc).split())[:300]} "
              "(a bug in claimgraph: please report it with the command; CLAIMGRAPH_DEBUG=1 shows where)",
              file=sys.stderr)
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
