"""The view commands: chart (figure comparison and timeline of one quantity)."""
from __future__ import annotations

from ._common import add_inputs, claim_graph, load_inputs

__all__ = ["register"]


def register(sub) -> None:
    p = sub.add_parser("chart", help="chart one quantity's figures by claimant and over time "
                                     "(.html offline page, .png or .svg)")
    add_inputs(p)
    p.add_argument("--quantity", metavar="ID", required=True, help="the quantity id (see `claimgraph conflicts`)")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="FILE.html, FILE.png or FILE.svg")
    p.add_argument("--kind", choices=("both", "figures", "timeline"), default="both",
                   help="figures by claimant, timeline, or both panels (default)")
    p.add_argument("--title", default=None, help="chart title (default: the quantity label)")
    p.set_defaults(func=chart_cmd)


def chart_cmd(args) -> int:
    from ..chart import FORMATS, chart
    from ..errors import ClaimgraphError

    suffix = args.output.rsplit(".", 1)[-1].lower() if "." in args.output else ""
    if suffix not in (*FORMATS, "htm"):
        raise ClaimgraphError(f"{args.output}: the chart is written as .html, .png or .svg")
    cg = claim_graph(args, load_inputs(args))
    chart(cg.comparison(args.quantity), documents=cg.documents, tolerance=cg.tolerance,
          kind=args.kind, title=args.title).save(args.output)
    return 0
