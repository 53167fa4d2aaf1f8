"""Following a story: follow (fetch what is new, add it, say what changed)
and changes (what changed since a date or the last run)."""
from __future__ import annotations

import json

from ..errors import ClaimgraphError
from ._common import add_command, add_min_confidence, add_quiet, check_output, emit, min_confidence, progress, \
    terminal_width

__all__ = ["EXIT_NEW_CONFLICT", "register"]

#: Exit code of ``follow --fail-on-new-conflict`` when a new conflict appeared.
EXIT_NEW_CONFLICT = 3


def register(sub) -> None:
    p = add_command(sub, "follow", help="fetch what is new from feeds, pages or files into a store; say what changed",
                    description="Fetch what is new since the last run from RSS/Atom feeds, page URLs, files of URLs "
                                "(one a line) or local articles and folders; read each new page with its "
                                "metadata, extract it, add it to the store, compare again the quantities it "
                                "touched and print what changed: new documents, claims, conflicts, revisions, "
                                "widened spreads, and one line per source that could not be read. Pages are known "
                                "by canonical URL and content hash; a changed page is a new version. Fetching "
                                "honours robots.txt, sends a User-Agent naming claimgraph, keeps at most "
                                "--per-host requests to a host at once, and caps time and size. Raw pages are kept "
                                "in DIR/follow/pages. Exit 3 with --fail-on-new-conflict when a conflict appeared.",
                    examples=["claimgraph follow https://example.org/feed.xml --store store/",
                              "claimgraph follow urls.txt articles/ --store store/ --format json",
                              "claimgraph follow https://example.org/feed.xml --store store/ --fail-on-new-conflict"])
    p.add_argument("sources", nargs="+", metavar="SOURCE",
                   help="a feed or page URL, a file of URLs, an article file or a folder of articles")
    p.add_argument("--store", metavar="DIR", required=True, help="the store directory (made if missing)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--fail-on-new-conflict", action="store_true",
                   help=f"exit with code {EXIT_NEW_CONFLICT} when a new conflict appeared (for cron or CI)")
    p.add_argument("--ignore-robots", action="store_true", help="fetch even what robots.txt forbids (if you may)")
    p.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                   help="per network step; a whole page gets three times that (default 10)")
    p.add_argument("--max-bytes", type=int, default=5_000_000, metavar="N",
                   help="refuse a page or feed larger than this (default 5000000)")
    p.add_argument("--per-host", type=int, default=2, metavar="N", help="requests to one host at once (default 2)")
    p.add_argument("--connections", type=int, default=8, metavar="N", help="requests at once in all (default 8)")
    p.add_argument("--actors", action="append", default=[], metavar="FILE", help="extra gazetteer (YAML)")
    p.add_argument("--tolerance", type=float, default=0.1, help="for the relations (default 0.1)")
    add_min_confidence(p)
    add_quiet(p)
    p.set_defaults(func=follow_cmd)

    p = add_command(sub, "changes", help="what changed in a followed store since a date or the last run",
                    description="New statements, new conflicts, revisions and quantities whose spread widened, as "
                                "the runs of `claimgraph follow` found them since DATE (UTC) or in the last run. "
                                "--format html writes a short \"what's new\" page that links each quantity to "
                                "its chart and to the dispute summaries of the report `claimgraph build` writes "
                                "(--report: where that report is, relative to the page; default: beside it).",
                    examples=["claimgraph changes --store store/",
                              "claimgraph changes --store store/ --since 2026-05-01 --format json",
                              "claimgraph changes --store store/ --since last --format html -o out/whats-new.html"])
    p.add_argument("--store", metavar="DIR", required=True)
    p.add_argument("--since", default="last", metavar="DATE|last",
                   help="a date (2026-05-16), a date and time (2026-05-16T08:00, UTC unless an offset is given), "
                        "or 'last' for the last run (default)")
    p.add_argument("--format", choices=("table", "json", "html"), default="table")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--report", default="", metavar="DIR_OR_URL",
                   help="with --format html: the build folder the page links into (default: the page's own folder)")
    p.set_defaults(func=changes_cmd)


def follow_cmd(args) -> int:
    from ..changes import changes_table
    from ..fetch import FetchOptions
    from ..follow import follow

    threshold = min_confidence(args)
    if args.connections < 1:
        raise ClaimgraphError("--connections must be at least 1")
    options = FetchOptions(timeout=args.timeout, max_bytes=args.max_bytes, per_host=args.per_host,
                           robots=not args.ignore_robots)
    with progress(args) as bars:
        result = follow(args.store, args.sources, options=options, actors=args.actors, tolerance=args.tolerance,
                        min_confidence=threshold, workers=args.connections, progress=lambda step: bars.stage(step))
    found = result.to_dict()
    if args.format == "json":
        print(json.dumps(found, ensure_ascii=False, indent=1))
    elif not args.quiet or result.new_conflict:
        print(changes_table(found, width=terminal_width()))
    return EXIT_NEW_CONFLICT if args.fail_on_new_conflict and result.new_conflict else 0


def changes_cmd(args) -> int:
    from pathlib import Path

    from ..changes import changes, changes_table, digest_html, parse_since
    from ..follow import read_runs

    since = parse_since(args.since)
    if not Path(args.store).is_dir():
        raise ClaimgraphError(f"no store at {args.store}; make one with: claimgraph follow SOURCE... "
                              f"--store {args.store}")
    if args.format == "html" and not args.output:
        raise ClaimgraphError("--format html writes a page: give -o FILE (e.g. -o out/whats-new.html)")
    if args.output:
        check_output(args.output)
    found = changes(read_runs(args.store), since)
    if args.format == "json":
        emit(json.dumps(found, ensure_ascii=False, indent=1) + "\n", args.output)
    elif args.format == "html":
        emit(digest_html(found, report=args.report), args.output)
    else:
        emit(changes_table(found, width=terminal_width(args)) + "\n", args.output)
    return 0
