"""Node positions for the graph page, computed in Python so that the browser
draws a still picture at once (physics off), even for thousands of nodes.

The layout is made for reading labels, not for showing forces:

* each quantity is a *card*: its node on top (the card's name) and its
  claims below in rows, in the order they describe (``as_of``, else the day
  stated), like words in a paragraph;
* cards, actors, documents and anything else are packed on an occupancy
  grid, each at the free place nearest to what it is linked with: a card
  near the cards that share its claimants, an actor near its claims, a
  document near the claims it carries. Nothing is placed on anything
  already there, so neither nodes nor labels overlap (as far as the label
  widths estimated by :func:`text_width` hold);
* the packing grows as an ellipse wider than tall (``aspect``), to fill a
  landscape window.

Every node has a *box*: ``(left, top, right, bottom)`` around its position,
label included (vis-network draws a dot's label below it, a box's inside).
:func:`arrange` takes the boxes the page will draw; :func:`node_box`
estimates one. All of it is deterministic and about linear in the size of
the graph.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

import networkx as nx
import numpy as np

__all__ = ["Layout", "arrange", "node_box", "positions", "text_width"]

#: Shapes whose label vis-network draws inside the shape.
LABEL_INSIDE = ("box", "ellipse", "circle", "database", "text")
#: Space around a card, between items of a card, inside a card.
CARD_MARGIN, ITEM_GAP, CARD_PAD = 14.0, (22.0, 14.0), 8.0
#: Space kept around an actor, document or other node.
NODE_MARGIN = 6.0
#: Relations between claims (edges drawn within a card).
CLAIM_RELATIONS = ("conflicts_with", "agrees_with", "revises")
#: Width over height of the drawing: a 1440 x 900 window less the page's
#: header and side panel.
ASPECT = 1.38
#: Densities of the frames tried (the first alone above TRIES_LIMIT nodes).
FILLS = (0.8, 0.7, 0.85, 0.75, 0.9)
TRIES_LIMIT = 600


@dataclass
class Layout:
    """Positions of the nodes, and the cards of the quantities.

    ``cards`` are dicts ``{"id": quantity node or None, "box": [x0, y0, x1, y1],
    "members": [node, ...]}``: the rectangle to draw behind the quantity and
    its claims.
    """

    positions: dict = field(default_factory=dict)
    cards: list = field(default_factory=list)


def text_width(text: str, font: float) -> float:
    """Width of one line of ``text`` in a sans-serif font of ``font`` px.

    Measured on DejaVu Sans (the usual Linux sans-serif, wider than most),
    so that the estimate rather errs on the wide side.

    Examples
    --------
    >>> round(text_width("NIS: about 1,500", 14))
    126
    """
    return _em(text) * font


@lru_cache(maxsize=65536)
def _em(text: str) -> float:
    return sum(_char_em(ch) for ch in text)


@lru_cache(maxsize=4096)
def _char_em(ch: str) -> float:
    if ch.isdigit():
        return 0.64
    if ch in " ,.:;'|!il()[]":
        return 0.33
    if ch.isupper() or ch in "\u2014mwMW%":
        return 0.72
    return 0.59


def node_box(label: str, *, font: float = 14.0, size: float = 10.0, shape: str = "dot") -> tuple:
    """``(left, top, right, bottom)`` around a node's position, label included.

    vis-network writes a label of n lines ``font`` px high each; below a
    dot, diamond, square or triangle (from ``size + 4`` down), inside a box
    (with a margin of 5).

    Examples
    --------
    >>> node_box("ab", font=10, shape="box")
    (-11.9, -12.0, 11.9, 12.0)
    >>> node_box("", size=8)
    (-8.0, -8.0, 8.0, 8.0)
    """
    lines = [ln for ln in str(label or "").split("\n")] if label else []
    width = max((text_width(ln, font) for ln in lines), default=0.0)
    height = font * len(lines)
    if shape in LABEL_INSIDE:
        half_w, half_h = width / 2 + 6, max(height / 2 + 7, size)
        return _rounded(-half_w, -half_h, half_w, half_h)
    half_w = max(size, width / 2 + 2)
    bottom = size + (font / 2 + 5 + height if lines else 0)
    return _rounded(-half_w, -size, half_w, bottom)


def positions(graph, boxes: dict | None = None, *, aspect: float = ASPECT) -> dict:
    """Node -> ``(x, y)`` in screen units; see :func:`arrange`.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("claim:a", "quantity:q", relation="about")
    >>> g.add_node("claim:a", kind="claim"); g.add_node("quantity:q", kind="quantity")
    >>> pos = positions(g)
    >>> sorted(pos), pos == positions(g), pos["quantity:q"][1] < pos["claim:a"][1]
    (['claim:a', 'quantity:q'], True, True)
    """
    return arrange(graph, boxes, aspect=aspect).positions


def arrange(graph, boxes: dict | None = None, *, aspect: float = ASPECT) -> Layout:
    """Lay out a claim graph: quantity cards, then actors, documents, the rest.

    Parameters
    ----------
    graph : networkx.Graph
        Nodes with ``kind`` (``claim``, ``quantity``, ``actor``,
        ``document``; anything else is placed last); claims belong to the
        quantity their ``about`` edge points to.
    boxes : dict, optional
        Node -> ``(left, top, right, bottom)`` around its position, label
        included; estimated from ``label`` (:func:`node_box`) when missing.
    aspect : float
        Width over height of the whole drawing (about that of the window).

    Returns
    -------
    Layout
        Of a small graph (up to :data:`TRIES_LIMIT` nodes), the most compact
        of a few packings (frames of several densities): the one that a
        window of ``aspect`` shows largest.
    """
    kind = dict(graph.nodes(data="kind"))
    boxes = dict(boxes or {})
    for n, attrs in graph.nodes(data=True):
        if n not in boxes:
            boxes[n] = node_box(str(attrs.get("label") or n), shape="box" if kind.get(n) == "document" else "dot")
    anchor = {}
    for u, v, rel in graph.edges(data="relation"):
        if rel == "about" and kind.get(u) == "claim" and kind.get(v) == "quantity":
            anchor.setdefault(u, v)
    groups: dict = {n: [] for n in graph if kind.get(n) == "quantity"}
    for n in graph:
        if kind.get(n) == "claim":
            groups.setdefault(anchor.get(n), []).append(n)
    related: dict = {}  # claim -> the claims of its card it conflicts or agrees with, or revises
    for u, v, rel in graph.edges(data="relation"):
        if rel in CLAIM_RELATIONS and u != v and anchor.get(u) == anchor.get(v):
            related.setdefault(u, set()).add(v)
    cards = [_card(graph, hub, claims, boxes, related) for hub, claims in groups.items()]
    cards.sort(key=lambda c: (-c.area, str(c.hub)))
    claimants = {c: [u for u in _neighbours(graph, c) if kind.get(u) == "actor"] for cs in groups.values() for c in cs}
    rest = [n for n in graph if kind.get(n) not in ("claim", "quantity") and n not in groups]
    order = {"actor": 0, "document": 1}
    rest.sort(key=lambda n: (order.get(kind.get(n), 2), -graph.degree(n), str(n)))
    big = len(graph) > TRIES_LIMIT
    if big:  # cards of one main claimant together, each placed next to the one before (see _pack)
        cards.sort(key=lambda c: (_main_claimant(c, claimants), -c.area, str(c.hub)))
    fills = FILLS[:1] if big else FILLS
    tries = [_pack(graph, kind, boxes, cards, claimants, rest, aspect, fill, big) for fill in fills]

    def extent(layout: Layout) -> float:  # how large the drawing is, in windows of `aspect`
        shown = [(layout.positions[n], boxes[n]) for n in graph if kind.get(n) != "document"]
        if not shown:
            return 0.0
        width = max(x + b[2] for (x, _), b in shown) - min(x + b[0] for (x, _), b in shown)
        height = max(y + b[3] for (_, y), b in shown) - min(y + b[1] for (_, y), b in shown)
        return max(width / aspect, height)

    return min(tries, key=extent)


def _main_claimant(card, claimants) -> str:
    count: dict = {}
    for c in card.claims:
        for a in claimants[c]:
            count[a] = count.get(a, 0) + 1
    return str(min(count, key=lambda a: (-count[a], str(a)))) if count else ""


def _pack(graph, kind, boxes, cards, claimants, rest, aspect, fill, big=False) -> Layout:
    """Cards in the frame, each near the cards of its claimants (a large
    graph: next to the card before, which is as good in the order of
    :func:`arrange` and keeps the search for a free place short); then
    actors and the rest near what they are linked to; articles outside the
    frame (the page hides them until asked), next to it for a large graph."""
    items = sum(c.area for c in cards) + sum(_area(boxes[n], NODE_MARGIN) for n in rest if kind.get(n) != "document")
    packer = _Packer(items, aspect, fill)
    pos: dict = {}
    layout = Layout(pos)
    # Where the cards of each claimant are so far: the next card of theirs goes near.
    seen: dict = {}
    last = (0.0, 0.0)
    for card in cards:
        weights: dict = {}
        for c in card.claims:
            for a in claimants[c]:
                weights[a] = weights.get(a, 0) + 1
        if big:
            target = last
        else:
            target = _mean([(seen[a][0] / seen[a][2], seen[a][1] / seen[a][2], w) for a, w in weights.items() if a in seen])
        x0, y0 = packer.place(card.width + 2 * CARD_MARGIN, card.height + 2 * CARD_MARGIN, target, inside=True)
        x0, y0 = x0 + CARD_MARGIN, y0 + CARD_MARGIN
        for n, (x, y) in card.local.items():
            pos[n] = (x0 + x, y0 + y)
        layout.cards.append({"id": card.hub, "box": [round(x0, 1), round(y0, 1), round(x0 + card.width, 1),
                                                        round(y0 + card.height, 1)], "members": card.members})
        cx, cy = x0 + card.width / 2, y0 + card.height / 2
        last = (cx, cy)
        for a, w in weights.items():
            sx, sy, sw = seen.get(a, (0.0, 0.0, 0))
            seen[a] = (sx + cx * w, sy + cy * w, sw + w)
    # Then the rest, most linked first, each near what it is linked to.
    while rest:
        # A node none of whose neighbours is placed yet (the country of a
        # government of a minister) waits for the next round, unless no
        # node of the round can be placed.
        now = [n for n in rest if any(m in pos for m in _neighbours(graph, n))] or rest
        for n in now:
            target = _mean([(*pos[m], 1) for m in _neighbours(graph, n) if m in pos])
            if big and kind.get(n) == "document":
                target = packer.beside_frame(target)
            left, top, right, bottom = boxes[n]
            x0, y0 = packer.place(right - left + 2 * NODE_MARGIN, bottom - top + 2 * NODE_MARGIN, target,
                                  inside=kind.get(n) != "document")
            pos[n] = (x0 + NODE_MARGIN - left, y0 + NODE_MARGIN - top)
        rest = [n for n in rest if n not in pos]
    layout.positions = {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in pos.items()}
    return layout


# --- cards ----------------------------------------------------------------------

@dataclass
class _Card:
    hub: object
    claims: list
    members: list
    local: dict  # node -> (x, y) from the card's top left corner
    width: float
    height: float

    @property
    def area(self) -> float:
        return (self.width + 2 * CARD_MARGIN) * (self.height + 2 * CARD_MARGIN)


def _card(graph, hub, claims: list, boxes: dict, related: dict, aspect: float = 1.3) -> _Card:
    """The quantity on top, its claims in rows below, in date order; as
    many to a row as makes the card nearest to ``aspect`` (width / height)
    for the least area, and keeps related claims in one row (an edge
    between rows runs through the label of the claim above: labels are
    under the dots)."""
    claims = sorted(claims, key=lambda n: _claim_order(graph, n))
    index = {n: i for i, n in enumerate(claims)}
    pairs = [(index[a], index[b]) for a in claims for b in related.get(a, ()) if b in index]
    gap_x, gap_y = ITEM_GAP
    sizes = [(boxes[n][2] - boxes[n][0], boxes[n][3] - boxes[n][1]) for n in claims]
    hub_w, hub_h = ((boxes[hub][2] - boxes[hub][0], boxes[hub][3] - boxes[hub][1]) if hub is not None else (0.0, 0.0))
    head = hub_h + gap_y if hub is not None else 0.0
    best = None
    widest = max((w for w, _ in sizes), default=0.0)
    root = math.sqrt(len(sizes) or 1)
    for per_row in sorted({k for k in range(1, len(sizes) + 1) if k <= 3 * root + 2} or {1}):
        limit = max(hub_w, widest, (widest + gap_x) * per_row - gap_x)
        rows = _rows(sizes, limit, gap_x)
        width = max([hub_w, *(sum(w for w, _ in (sizes[i] for i in r)) + gap_x * (len(r) - 1) for r in rows)])
        height = head + sum(max(sizes[i][1] for i in r) for r in rows) + gap_y * max(0, len(rows) - 1)
        row_of = {i: k for k, r in enumerate(rows) for i in r}
        split = sum(row_of[a] != row_of[b] for a, b in pairs) / len(pairs) if pairs else 0.0
        score = (width * height) * (1 + abs(math.log((width + 1) / (height + 1) / aspect))) * (1 + split)
        if best is None or score < best[0]:
            best = (score, rows)
    rows = best[1]
    widths = [sum(sizes[i][0] for i in r) + gap_x * (len(r) - 1) for r in rows]
    inner = max([hub_w, *widths])
    local = {}
    y = CARD_PAD
    if hub is not None:
        left, top, _, _ = boxes[hub]
        local[hub] = (CARD_PAD + (inner - hub_w) / 2 - left, y - top)
        y += head
    for r, width in zip(rows, widths):
        x = CARD_PAD + (inner - width) / 2
        for i in r:
            left, top, _, _ = boxes[claims[i]]
            local[claims[i]] = (x - left, y - top)
            x += sizes[i][0] + gap_x
        y += max(sizes[i][1] for i in r) + gap_y
    height = y - (gap_y if rows else 0.0) + CARD_PAD
    if not rows and hub is not None:
        height -= gap_y
    members = ([hub] if hub is not None else []) + claims
    return _Card(hub, claims, members, local, inner + 2 * CARD_PAD, height)


def _rows(sizes, limit: float, gap: float) -> list:
    """Indexes of ``sizes`` in rows no wider than ``limit`` (one at least)."""
    rows, row, width = [], [], 0.0
    for i, (w, _h) in enumerate(sizes):
        if row and width + gap + w > limit:
            rows.append(row)
            row, width = [], 0.0
        width += (gap if row else 0.0) + w
        row.append(i)
    if row:
        rows.append(row)
    return rows


def _claim_order(graph, n) -> tuple:
    attrs = graph.nodes[n]
    rec = attrs.get("record")
    day = getattr(rec, "reference_date", None)
    value = attrs.get("value")
    value = value if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) else 0.0
    return (day.isoformat() if day is not None else "9999", value, str(n))


# --- packing --------------------------------------------------------------------

class _Packer:
    """Rectangles on an occupancy grid, each at the free place nearest to a
    target (distances across stretched by ``aspect``).

    Rectangles placed ``inside`` stay in a frame of ``aspect`` sized for
    them all at a density of ``fill`` (widened by a tenth whenever one does
    not fit), so that the drawing fills a window of that shape; the others
    may go anywhere.
    """

    def __init__(self, total_area: float, aspect: float, fill: float = 0.8):
        self.aspect = max(0.2, float(aspect))
        total_area = max(total_area, 1.0)
        self.cell = max(5.0, math.sqrt(total_area) / 350)
        frame_h = math.sqrt(total_area / fill / self.aspect) / self.cell
        self.frame = [-frame_h / 2, frame_h / 2, -frame_h * self.aspect / 2, frame_h * self.aspect / 2]  # rows, cols
        self.grid = np.zeros((0, 0), dtype=bool)
        self.origin = (0, 0)  # cell (row, column) of the point (0, 0)
        self._cover(2 * frame_h, 2 * frame_h * self.aspect)

    def _cover(self, rows_needed: float, cols_needed: float) -> None:
        """Make the grid at least that many cells across, around (0, 0)."""
        old, (r0, c0) = self.grid, self.origin
        rows, cols = max(int(rows_needed) + 2, old.shape[0]), max(int(cols_needed) + 2, old.shape[1])
        if (rows, cols) == old.shape:
            return
        grid = np.zeros((rows, cols), dtype=bool)
        nr0, nc0 = rows // 2, cols // 2
        if old.size:
            grid[nr0 - r0:nr0 - r0 + old.shape[0], nc0 - c0:nc0 - c0 + old.shape[1]] = old
        self.grid, self.origin = grid, (nr0, nc0)

    def place(self, width: float, height: float, target=(0.0, 0.0), inside: bool = False) -> tuple[float, float]:
        """Top left corner of the free ``width`` x ``height`` place nearest to ``target``."""
        ch, cw = max(1, math.ceil(height / self.cell)), max(1, math.ceil(width / self.cell))
        while True:
            rows, cols = self.grid.shape
            r0, c0 = self.origin
            if inside:
                f = self.frame
                lo_r, hi_r = max(0, int(math.floor(f[0] + r0))), min(rows, int(math.ceil(f[1] + r0)))
                lo_c, hi_c = max(0, int(math.floor(f[2] + c0))), min(cols, int(math.ceil(f[3] + c0)))
            else:
                lo_r, hi_r, lo_c, hi_c = 0, rows, 0, cols
            # the target, as the cell of the rectangle's top left corner
            tr = int(round(target[1] / self.cell + r0 - ch / 2))
            tc = int(round(target[0] / self.cell + c0 - cw / 2))
            radius = 2 * max(ch, cw) + 6
            while True:
                top, bottom = max(lo_r, tr - radius), min(hi_r, tr + radius + ch)
                left, right = max(lo_c, tc - int(radius * self.aspect)), min(hi_c, tc + int(radius * self.aspect) + cw)
                found = self._free(top, bottom, left, right, ch, cw, tr, tc) if top < bottom and left < right else None
                if found is not None:
                    r, c = found
                    self.grid[r:r + ch, c:c + cw] = True
                    return ((c - c0) * self.cell, (r - r0) * self.cell)
                if (top <= lo_r and left <= lo_c and bottom >= hi_r and right >= hi_c) or radius > 4 * (rows + cols):
                    break
                radius *= 2
            if inside:  # no room in the frame: widen it by a tenth (and by this rectangle at least)
                f = self.frame
                grow_r = max((f[1] - f[0]) * 0.05, ch / 2)
                grow_c = max((f[3] - f[2]) * 0.05, cw / 2, grow_r * self.aspect)
                grow_r = grow_c / self.aspect
                self.frame = [f[0] - grow_r, f[1] + grow_r, f[2] - grow_c, f[3] + grow_c]
                self._cover(2 * (self.frame[1] - self.frame[0]), 2 * (self.frame[3] - self.frame[2]))
            else:
                self._cover(2 * rows + 2 * ch, 2 * cols + 2 * cw)

    def beside_frame(self, point) -> tuple[float, float]:
        """The point of the frame's border nearest to ``point``, just outside."""
        r0, r1, c0, c1 = (v * self.cell for v in self.frame)
        x, y = min(max(point[0], c0), c1), min(max(point[1], r0), r1)
        gaps = {(c0 - self.cell, y): x - c0, (c1 + self.cell, y): c1 - x,
                (x, r0 - self.cell): y - r0, (x, r1 + self.cell): r1 - y}
        return min(gaps, key=gaps.get)

    def _free(self, top, bottom, left, right, ch, cw, tr, tc):
        window = self.grid[top:bottom, left:right]
        if window.shape[0] < ch or window.shape[1] < cw:
            return None
        s = np.zeros((window.shape[0] + 1, window.shape[1] + 1), dtype=np.int32)
        np.cumsum(np.cumsum(window, axis=0, dtype=np.int32), axis=1, out=s[1:, 1:])
        used = s[ch:, cw:] - s[:-ch, cw:] - s[ch:, :-cw] + s[:-ch, :-cw]
        free = used == 0
        if not free.any():
            return None
        rr = np.arange(free.shape[0])[:, None] + top - tr
        cc = (np.arange(free.shape[1])[None, :] + left - tc) / self.aspect
        dist = np.where(free, rr * rr + cc * cc, np.inf)
        i = int(np.argmin(dist))
        r, c = divmod(i, free.shape[1])
        return r + top, c + left


# --- helpers --------------------------------------------------------------------

def _neighbours(graph, n):
    return nx.all_neighbors(graph, n) if graph.is_directed() else graph.neighbors(n)


def _mean(points) -> tuple[float, float]:
    total = sum(w for _, _, w in points)
    if not total:
        return (0.0, 0.0)
    return (sum(x * w for x, _, w in points) / total, sum(y * w for _, y, w in points) / total)


def _rounded(*values) -> tuple:
    return tuple(round(float(v), 1) for v in values)


def _area(box, margin: float) -> float:
    return (box[2] - box[0] + 2 * margin) * (box[3] - box[1] + 2 * margin)
