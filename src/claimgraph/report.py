"""The ``build`` report: every view of a corpus written into one directory."""
from __future__ import annotations

from pathlib import Path

from ._io import atomic_write_text
from .errors import ClaimgraphError

__all__ = ["build", "render"]


def render(cg) -> dict[str, str]:
    """Render every file of the report in memory, keyed by file name.

    Parameters
    ----------
    cg : ClaimGraph
        The graph to report on.
    """
    from .rdf import dumps
    from .tables import claims_csv, conflicts_csv
    from .viz import to_html

    return {
        "graph.html": to_html(cg.graph, title="claimgraph"),
        "graph.ttl": dumps(cg.corpus, "turtle", comparisons=cg.comparisons),
        "claims.csv": claims_csv(cg.claims),
        "conflicts.csv": conflicts_csv(cg.comparisons),
    }


def build(corpus, outdir, *, tolerance: float = 0.1, gazetteer=None):
    """Write the report on ``corpus`` into ``outdir`` and return its ClaimGraph.

    Everything is rendered in memory first, then each file is written
    atomically, so a failure leaves no half-written output.
    """
    from .actors import default_gazetteer
    from .graph import ClaimGraph

    out = Path(outdir)
    if out.exists() and not out.is_dir():
        raise ClaimgraphError(f"{out}: exists and is not a directory")
    cg = ClaimGraph(corpus, tolerance=tolerance, gazetteer=gazetteer or default_gazetteer())
    for name, text in render(cg).items():
        atomic_write_text(out / name, text)
    return cg
