"""Node positions for the graph page, computed in Python so the browser
draws a still picture at once (physics off) even for thousands of nodes.

Small graphs get a force-directed layout started from the clustered one;
large ones (above :data:`SPRING_LIMIT` nodes, where networkx's spring layout
needs scipy and quadratic memory) keep the clustered layout: claims on a disc
around their quantity, quantities on a spiral, other nodes beside what they
touch. Both are deterministic.
"""
from __future__ import annotations

import hashlib
import math

import networkx as nx

__all__ = ["SPRING_LIMIT", "cluster_layout", "positions"]

#: Above this many nodes the clustered layout is used as is.
SPRING_LIMIT = 500
_GOLDEN = math.pi * (3 - math.sqrt(5))


def positions(graph, *, gap: float = 45.0) -> dict:
    """Node -> ``(x, y)`` in screen units (about ``gap`` between neighbours).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("claim:a", "quantity:q", relation="about")
    >>> g.add_node("claim:a", kind="claim"); g.add_node("quantity:q", kind="quantity")
    >>> pos = positions(g)
    >>> sorted(pos), pos == positions(g)
    (['claim:a', 'quantity:q'], True)
    """
    n = len(graph)
    if n == 0:
        return {}
    start = cluster_layout(graph, gap=gap)
    if n > SPRING_LIMIT or n < 3:
        return start
    simple = nx.Graph()
    simple.add_nodes_from(graph)
    # Claim-to-claim relations (conflicts, agreements) would pull every
    # disputed quantity into one knot: lay out the structure only.
    kind = dict(graph.nodes(data="kind"))
    simple.add_edges_from((u, v) for u, v in graph.edges() if u != v and not kind.get(u) == kind.get(v) == "claim")
    scale = gap * (2.6 * math.sqrt(n) + 2)
    # Spread from the clustered layout: quantities stay apart, and the result
    # does not depend on the node order.
    spread = max(max(abs(x), abs(y)) for x, y in start.values()) or 1.0
    init = {k: (x / spread, y / spread) for k, (x, y) in start.items()}
    pos = nx.spring_layout(simple, pos=init, k=2.0 / math.sqrt(n), iterations=100, seed=7, scale=scale)
    return {k: (float(x), float(y)) for k, (x, y) in pos.items()}


def cluster_layout(graph, gap: float = 45.0) -> dict:
    """Claims on a disc around their quantity, quantities on a spiral (largest
    in the middle), every other node near the mean of its placed neighbours.

    Linear in the size of the graph.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for i in range(3):
    ...     g.add_node(f"claim:{i}", kind="claim")
    ...     _ = g.add_edge(f"claim:{i}", "quantity:q", relation="about")
    >>> g.nodes["quantity:q"]["kind"] = "quantity"
    >>> cluster_layout(g)["quantity:q"]
    (0.0, 0.0)
    """
    kind = dict(graph.nodes(data="kind"))
    anchor = {}
    for u, v, rel in graph.edges(data="relation"):
        if rel == "about" and kind.get(u) == "claim":
            anchor.setdefault(u, v)
    groups = {n: [] for n in graph if kind.get(n) == "quantity"}
    for n in graph:
        if kind.get(n) == "claim":
            groups.setdefault(anchor.get(n), []).append(n)
    pos, area = {}, 0.0
    for i, (hub, claims) in enumerate(sorted(groups.items(), key=lambda kv: (-len(kv[1]), str(kv[0])))):
        radius = gap * (math.sqrt(len(claims) + 1) + 1)
        r = math.sqrt(area / math.pi) + radius if i else 0.0
        area += 4 * radius * radius
        cx, cy = r * math.cos(i * _GOLDEN), r * math.sin(i * _GOLDEN)
        if hub is not None:
            pos[hub] = (cx, cy)
        for j, c in enumerate(claims):
            rho = gap * math.sqrt(j + 1)
            pos[c] = (cx + rho * math.cos(j * _GOLDEN), cy + rho * math.sin(j * _GOLDEN))
    for _ in range(3):  # actors reach claims in one step, affiliations in two
        for n in graph:
            if n in pos:
                continue
            near = [pos[m] for m in nx.all_neighbors(graph, n) if m in pos]
            if near:
                # Deterministic jitter so that actors with the same claims do not overlap.
                h = int.from_bytes(hashlib.md5(str(n).encode()).digest()[:4], "big")
                angle, rho = h % 3600 / 3600 * 2 * math.pi, gap * (0.6 + h % 97 / 97)
                pos[n] = (sum(p[0] for p in near) / len(near) + rho * math.cos(angle),
                          sum(p[1] for p in near) / len(near) + rho * math.sin(angle))
    rest = [n for n in graph if n not in pos]
    outer = math.sqrt(area / math.pi) + 2 * gap
    for j, n in enumerate(rest):
        pos[n] = (outer * math.cos(2 * math.pi * j / len(rest)), outer * math.sin(2 * math.pi * j / len(rest)))
    return pos
