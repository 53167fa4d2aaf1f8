"""The ``claimgraph`` command line: thin wrappers over the library.

Each command lives in a module of this package that defines
``register(subparsers)``; the module adds its parser and sets ``func`` to a
function ``(args) -> int``. Commands read inputs with
:func:`claimgraph.inputs.load`, call plain functions that return data, and
write results atomically. Domain errors
(:class:`~claimgraph.errors.ClaimgraphError`) are turned into one line on
stderr and exit code 2 here, and only here.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from .. import __version__
from ..errors import ClaimgraphError

__all__ = ["COMMAND_MODULES", "EXIT_INPUT", "main"]

EXIT_INPUT = 2

#: Modules that register commands, in the order their commands are listed.
COMMAND_MODULES = ("core", "views", "rdf")


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="claimgraph",
                                 description="Who claims what figure, when, and how the figures disagree.")
    ap.add_argument("--version", action="version", version=f"claimgraph {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return ap


def main(argv=None) -> int:
    """Entry point of the ``claimgraph`` console script."""
    args = _parser().parse_args(argv)
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


if __name__ == "__main__":
    sys.exit(main())
