"""The view commands: chart (figure comparison and timeline of one quantity),
quantities (the quantity ids, to find the one a command or a curation file needs)."""
from __future__ import annotations

from ._common import add_command, add_inputs, check_output, claim_graph, emit, load_inputs, terminal_width

__all__ = ["register"]


def register(sub) -> None:
    p = add_command(sub, "chart", help="chart one quantity's figures by claimant and over time "
                                       "(.html offline page, .png or .svg)",
                    description="Chart the figures of one quantity: each claimant's figures (ranges and vague "
                                "bands as said) and their timeline, conflicts marked. The quantity id comes "
                                "from `claimgraph quantities`.",
                    examples=["claimgraph chart data/ --quantity north-korean-troops-deployed-russia -o troops.html",
                              "claimgraph chart data/ --quantity north-korean-troops-deployed-russia -o troops.png "
                              "--kind timeline"])
    add_inputs(p)
    p.add_argument("--quantity", metavar="ID", required=True, help="the quantity id (see `claimgraph quantities`)")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="FILE.html, FILE.png or FILE.svg")
    p.add_argument("--kind", choices=("both", "figures", "timeline"), default="both",
                   help="figures by claimant, timeline, or both panels (default)")
    p.add_argument("--title", default=None, help="chart title (default: the quantity label)")
    p.set_defaults(func=chart_cmd)

    p = add_command(sub, "quantities", help="list the quantities: ids (for chart --quantity and curation files), "
                                            "labels, frames, statements, claims and dates",
                    description="List the quantities the claims are about: the id (what chart --quantity and "
                                "curation files name), the label, what is counted where, how many statements "
                                "and claims, and the first and last dates.",
                    examples=["claimgraph quantities data/",
                              "claimgraph quantities data/ --format json -o quantities.json"])
    add_inputs(p)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(func=quantities_cmd)


def chart_cmd(args) -> int:
    from ..chart import FORMATS, chart
    from ..errors import ClaimgraphError

    suffix = args.output.rsplit(".", 1)[-1].lower() if "." in args.output else ""
    if suffix not in (*FORMATS, "htm"):
        raise ClaimgraphError(f"{args.output}: the chart is written as .html, .png or .svg")
    check_output(args.output)
    cg = claim_graph(args, load_inputs(args))
    chart(cg.comparison(args.quantity), documents=cg.documents, tolerance=cg.tolerance,
          kind=args.kind, title=args.title).save(args.output)
    return 0


def quantities_cmd(args) -> int:
    from .. import tables
    from ..curation import quantities

    rows = quantities(load_inputs(args), window=args.window)
    emit(tables.quantities_json(rows) if args.format == "json"
         else tables.quantities_table(rows, width=terminal_width(args)) + "\n", args.output)
    return 0
