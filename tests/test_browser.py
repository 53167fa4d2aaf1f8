"""Generated pages in real headless Chromium, with every network request blocked.

Skips only when /usr/bin/chromium or playwright is missing.
"""
import re
from pathlib import Path

import networkx as nx
import pytest
import yaml

from claimgraph.actors import default_gazetteer
from claimgraph.chart import chart
from claimgraph.cli import main
from claimgraph.explore import ClaimGraph
from claimgraph.inputs import load
from claimgraph.model import Actor, Claim, Corpus, Document, Figure
from claimgraph.report import build
from claimgraph.viz import write_html

pytestmark = pytest.mark.browser
CHROMIUM = Path("/usr/bin/chromium")
PWN = "window.__pwned=1;document.title='pwned'"
WIDE = {"width": 1440, "height": 900}

#: The labels vis-network draws in the canvas, as it measured them:
#: on-screen font size (font size x zoom), and how many overlap another label.
LABEL_STATS = """() => {
  const net = window.network, scale = net.getScale(), canvas = document.querySelector('#graph canvas');
  const boxes = [], px = [];
  for (const id of net.body.nodeIndices) {
    const node = net.body.nodes[id];
    if (!node.options.label || node.options.hidden) continue;
    const size = node.labelModule.fontOptions.size * scale;
    if (size < node.options.scaling.label.drawThreshold) continue;  // not drawn at this zoom
    const s = node.labelModule.size;
    const a = net.canvasToDOM({x: s.left, y: s.top}), b = net.canvasToDOM({x: s.left + s.width, y: s.top + s.height});
    if (b.x < 0 || b.y < 0 || a.x > canvas.clientWidth || a.y > canvas.clientHeight) continue;  // off screen
    boxes.push([a.x, a.y, b.x, b.y, id]);
    px.push(size);
  }
  px.sort((x, y) => x - y);
  const over = boxes.filter((p, i) => boxes.some((q, j) => i !== j && p[0] < q[2] && q[0] < p[2] && p[1] < q[3] && q[1] < p[3]));
  return {labels: boxes.length, median: px.length ? (px[(px.length - 1) >> 1] + px[px.length >> 1]) / 2 : 0,
          overlapping: boxes.length ? over.length / boxes.length : 0, over: over.map(b => b[4]), scale: scale};
}"""
#: The box around the shown nodes (labels included) on screen, and the canvas size.
FRAME_STATS = """() => {
  const net = window.network, canvas = document.querySelector('#graph canvas');
  const ids = net.body.data.nodes.get({filter: n => !n.hidden}).map(n => n.id);
  let box = null;
  for (const id of ids) {
    const b = net.getBoundingBox(id);
    const a = net.canvasToDOM({x: b.left, y: b.top}), c = net.canvasToDOM({x: b.right, y: b.bottom});
    box = box ? [Math.min(box[0], a.x), Math.min(box[1], a.y), Math.max(box[2], c.x), Math.max(box[3], c.y)]
              : [a.x, a.y, c.x, c.y];
  }
  return {nodes: ids.length, box: box, width: canvas.clientWidth, height: canvas.clientHeight, scale: net.getScale()};
}"""


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("needs /usr/bin/chromium (Debian package chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright (pip install playwright)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


class Tab:
    """A page that records console errors, page errors, dialogs (alert) and
    every non-file request (aborted)."""

    def __init__(self, browser, path, *, ready=True, viewport=None):
        self.errors, self.requests, self.dialogs = [], [], []
        self.page = browser.new_page(viewport=viewport or {"width": 1200, "height": 800})
        self.page.set_default_timeout(10000)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.page.goto(Path(path).resolve().as_uri())
        if ready:
            self.page.wait_for_function("() => window.claimgraphReady === true", timeout=30000)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route):
        url = route.request.url
        if url.startswith("file:") or url.startswith("about:"):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def counts(self):
        return self.page.evaluate("[window.network.body.data.nodes.length, window.network.body.data.edges.length]")

    def clean(self):
        assert self.errors == [] and self.requests == [] and self.dialogs == []
        assert self.page.evaluate("window.__pwned === undefined") and self.page.title() != "pwned"

    def close(self):
        self.page.close()


def expected(inputs):
    return ClaimGraph(load(inputs), gazetteer=default_gazetteer()).graph


def test_sample_graph_page_counts_filters_and_search(browser, tmp_path, data_dir):
    g = expected([data_dir])
    write_html(g, tmp_path / "g.html")
    tab = Tab(browser, tmp_path / "g.html")
    assert tab.counts() == [g.number_of_nodes(), g.number_of_edges()]
    visible_claims = "window.network.body.data.nodes.get({filter: n => !n.hidden && n.kind === 'claim'}).length"
    qid = "quantity:north-korean-troops-killed-kursk"
    want = sum(1 for u, v, r in g.edges(data="relation") if r == "about" and v == qid)
    tab.page.evaluate(f"window.claimgraphFilter({{quantity: {qid!r}}})")
    assert tab.page.evaluate(visible_claims) == want > 0
    hidden = tab.page.evaluate("window.network.body.data.nodes.get({filter: n => n.hidden}).map(n => n.id)")
    assert qid not in hidden and "quantity:north-korean-troops-deployed-russia" in hidden
    tab.page.evaluate("window.claimgraphFilter({quantity: '', from: '2099-01-01'})")
    assert tab.page.evaluate(visible_claims) == 0
    tab.page.evaluate("window.claimgraphFilter({from: ''})")
    assert tab.page.evaluate(visible_claims) == sum(1 for _, k in g.nodes(data="kind") if k == "claim")
    tab.page.fill("#f-search", "Zelensky")
    tab.page.wait_for_function("() => / match(es)?$/.test(document.getElementById('matches').textContent)")
    selected = tab.page.evaluate("window.network.getSelectedNodes()")
    assert "actor:volodymyr-zelensky" in selected
    assert tab.page.inner_text("#matches") == f"{len(selected)} match" + ("es" if len(selected) != 1 else "")
    tab.page.press("#f-search", "Enter")
    tab.clean()
    tab.close()


def test_dev_articles_through_the_cli(browser, tmp_path, shared_dev):
    files = sorted(str(p) for p in shared_dev.glob("*.txt"))
    assert main(["html", *files, "-o", str(tmp_path / "g.html")]) == 0
    g = expected(files)
    tab = Tab(browser, tmp_path / "g.html")
    assert tab.counts() == [g.number_of_nodes(), g.number_of_edges()]
    tab.clean()
    tab.close()


def test_chart_page(browser, tmp_path, data_dir):
    cg = ClaimGraph(load([data_dir]), gazetteer=default_gazetteer())
    c = chart(cg.comparison("north-korean-troops-killed-kursk"), documents=cg.documents)
    c.save(tmp_path / "c.html")
    tab = Tab(browser, tmp_path / "c.html", ready=False)
    n = len(c.comparison.claims)
    assert tab.page.evaluate("document.querySelectorAll('svg g[id^=cgc].claim > title').length") == n
    assert tab.page.evaluate("document.querySelectorAll('tbody tr').length") == n
    tab.page.click("svg g#cgc0 a > *")  # a click on a figure jumps to its row
    assert tab.page.evaluate("location.hash") == "#claim-0"
    tab.clean()
    tab.close()


def test_five_thousand_nodes_render(browser, tmp_path):
    g = nx.MultiDiGraph()
    for q in range(50):
        g.add_node(f"quantity:{q}", kind="quantity", label=f"quantity {q}")
        for c in range(97):
            claim, actor = f"claim:{q}-{c}", f"actor:{(q * 97 + c) % 100}"
            g.add_node(claim, kind="claim", label=f"{c + 1:,}", value=float(c + 1))
            g.add_node(actor, kind="actor", label=f"actor {actor}")
            g.add_edge(claim, f"quantity:{q}", key="about", relation="about")
            g.add_edge(actor, claim, key="claims", relation="claims")
    assert g.number_of_nodes() == 5000
    write_html(g, tmp_path / "big.html")
    tab = Tab(browser, tmp_path / "big.html", viewport=WIDE)
    assert tab.counts() == [5000, g.number_of_edges()]
    # What keeps it interactive (timings: benchmarks/graph_page.py): physics off, edges
    # hidden while dragging or zooming, labels not drawn below 7 px (all of them, at first sight).
    options = tab.page.evaluate("[window.network.physics.options.enabled, window.network.renderer.options.hideEdgesOnDrag,"
                                " window.network.renderer.options.hideEdgesOnZoom]")
    assert options == [False, True, True]
    assert tab.page.evaluate(LABEL_STATS)["labels"] == 0
    assert fills_the_canvas(tab.page.evaluate(FRAME_STATS))
    tab.page.evaluate("window.network.moveTo({scale: 1})")
    stats = tab.page.evaluate(LABEL_STATS)
    assert stats["labels"] > 20 and stats["median"] >= 11 and stats["overlapping"] <= 0.10
    tab.clean()
    tab.close()


@pytest.fixture
def evil_dir(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    meta = {"title": f"<script>{PWN}</script> North Korean troops", "publisher": f'<img src=x onerror="{PWN}">',
            "url": "javascript:window.__pwned=1", "published": "2024-10-29", "language": "en"}
    body = (f"The Pentagon said about 10,000 North Korean soldiers were in Russia. <script>{PWN}</script>\n\n"
            f'Kyiv said some 3,000 soldiers <img src=x onerror="{PWN}"> had arrived <svg onload="{PWN}">.\n')
    (d / "evil.txt").write_text("---\n" + yaml.safe_dump(meta) + "---\n" + body, encoding="utf-8")
    claims = [{"claimant": f'<svg onload="{PWN}"><img src=x onerror="{PWN}">', "value": 1500,
               "subject": "North Korean soldiers", "quantity_id": "evil-soldiers", "document": "evil",
               "evidence": f"<script>{PWN}</script>", "stated_on": "2024-10-30"},
              {"claimant": "Pentagon", "value": 10000, "subject": "North Korean soldiers",
               "quantity_id": "evil-soldiers", "document": "evil", "stated_on": "2024-10-29"}]
    (d / "claims.yaml").write_text(yaml.safe_dump(claims), encoding="utf-8")
    return d


def test_payloads_never_run(browser, tmp_path, evil_dir):
    cg = build(load([evil_dir]), tmp_path / "out")
    out = tmp_path / "out"
    tab = Tab(browser, out / "graph.html")
    assert tab.counts() == [cg.graph.number_of_nodes(), cg.graph.number_of_edges()]
    seen = []
    for node_id in tab.page.evaluate("window.network.body.data.nodes.getIds()"):
        x, y = tab.page.evaluate(f"(() => {{ const p = window.network.getPositions([{node_id!r}])[{node_id!r}];"
                                 "const d = window.network.canvasToDOM(p); const r = document.getElementById('graph')"
                                 ".getBoundingClientRect(); return [d.x + r.left, d.y + r.top]; })()")
        tab.page.mouse.move(x, y)
        tab.page.wait_for_timeout(180)
        seen.append(tab.page.evaluate("(document.querySelector('div.vis-tooltip') || {}).innerText || ''"))
        tab.page.mouse.click(x, y)
    assert any("<script>window.__pwned=1" in text for text in seen)  # shown as text
    assert any('<svg onload="window.__pwned=1' in text for text in seen)
    assert tab.page.evaluate("document.querySelectorAll('#details a[href^=javascript]').length") == 0
    tab.clean()
    tab.close()
    pages = [out / "index.html", *sorted((out / "charts").glob("*.html"))]
    assert out / "charts" / "evil-soldiers.html" in pages
    for path in pages:
        tab = Tab(browser, path, ready=False)
        assert "<img src=x onerror" in tab.page.inner_text("body")
        for mark in tab.page.query_selector_all("svg g.claim a > use")[:10]:
            mark.hover()
        tab.clean()
        tab.close()


def test_notebook_iframe_renders_the_graph(browser, tmp_path, evil_dir):
    shown = ClaimGraph(load([evil_dir])).show(height=500)
    (tmp_path / "nb.html").write_text(f"<!DOCTYPE html><html><body>{shown._repr_html_()}</body></html>",
                                      encoding="utf-8")
    tab = Tab(browser, tmp_path / "nb.html", ready=False)
    frame = tab.page.frames[1]
    frame.wait_for_function("() => window.claimgraphReady === true", timeout=30000)
    assert frame.evaluate("window.network.body.data.nodes.length") > 0
    assert frame.evaluate("window.__pwned === undefined")
    tab.clean()
    tab.close()


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory):
    """The page of `claimgraph html data/`, as a user makes it."""
    out = tmp_path_factory.mktemp("page") / "graph.html"
    assert main(["html", str(Path(__file__).resolve().parent.parent / "data"), "-o", str(out)]) == 0
    return out


def test_sample_graph_is_readable_at_first_sight(browser, sample_page):
    tab = Tab(browser, sample_page, viewport=WIDE)
    stats = tab.page.evaluate(LABEL_STATS)
    shown = tab.page.evaluate("window.network.body.data.nodes.get({filter: n => !n.hidden}).length")
    assert stats["labels"] == shown  # every shown node's label is drawn, on screen
    assert stats["median"] >= 11, stats
    assert stats["overlapping"] <= 0.10, stats
    frame = tab.page.evaluate(FRAME_STATS)
    x0, y0, x1, y1 = frame["box"]
    assert x0 >= -1 and y0 >= -1 and x1 <= frame["width"] + 1 and y1 <= frame["height"] + 1
    # Claim labels say who said what, as said (no midpoint: "11,000–12,000", not 11,489).
    labels = tab.page.evaluate("window.network.body.data.nodes.get({filter: n => n.kind === 'claim'}).map(n => n.label)")
    assert all(re.search(r":\s", label) for label in labels)
    assert any("11,000\u201312,000" in label for label in labels) and not any("11,489" in label for label in labels)
    # One card per quantity, and each quantity's name is drawn.
    assert tab.page.evaluate("window.claimgraphData.cards.length") == tab.page.evaluate(
        "window.network.body.data.nodes.get({filter: n => n.kind === 'quantity'}).length")
    tab.clean()
    tab.close()


def fills_the_canvas(frame, share=0.9):
    x0, y0, x1, y1 = frame["box"]
    inside = x0 >= -1 and y0 >= -1 and x1 <= frame["width"] + 1 and y1 <= frame["height"] + 1
    return inside and (x1 - x0 >= share * frame["width"] or y1 - y0 >= share * frame["height"])


def test_filters_zoom_to_what_remains(browser, sample_page):
    tab = Tab(browser, sample_page, viewport=WIDE)
    start = tab.page.evaluate(FRAME_STATS)
    assert fills_the_canvas(start)
    data = tab.page.evaluate("window.claimgraphData")
    biggest = max(data["filters"]["quantities"], key=lambda q: sum(n.get("q") == q[0] for n in data["nodes"]))[0]
    tab.page.select_option("#f-quantity", biggest)  # as a user does: the change event
    frame = tab.page.evaluate(FRAME_STATS)
    assert frame["nodes"] < start["nodes"] and fills_the_canvas(frame), frame
    assert frame["scale"] > start["scale"]
    # Conflicts only: the claims in a conflict, framed, and nothing else of the claims.
    tab.page.select_option("#f-quantity", "")
    tab.page.check("#f-conflicts")
    shown = tab.page.evaluate("window.network.body.data.nodes.get({filter: n => !n.hidden && n.kind === 'claim'})")
    conflicted = {e[end] for e in data["edges"] if e["relation"] == "conflicts_with" for end in ("from", "to")}
    assert {n["id"] for n in shown} == conflicted and conflicted
    assert fills_the_canvas(tab.page.evaluate(FRAME_STATS))
    assert tab.page.inner_text("#matches") == f"{len(conflicted)} of {data['stats']['claims']} claims"
    tab.page.click("#f-reset")
    tab.page.wait_for_function(f"() => window.network.body.data.nodes.get({{filter: n => !n.hidden}}).length == {start['nodes']}")
    assert fills_the_canvas(tab.page.evaluate(FRAME_STATS))
    tab.clean()
    tab.close()


def test_a_click_lists_the_opponents(browser, sample_page):
    tab = Tab(browser, sample_page, viewport=WIDE)
    data = tab.page.evaluate("window.claimgraphData")
    conflicts = [(e["from"], e["to"]) for e in data["edges"] if e["relation"] == "conflicts_with"]
    claim = conflicts[0][0]
    opponents = {b if a == claim else a for a, b in conflicts if claim in (a, b)}
    # A real click on the node.
    x, y = tab.page.evaluate(f"""(() => {{ const p = window.network.getPositions([{claim!r}])[{claim!r}];
        const d = window.network.canvasToDOM(p); const r = document.getElementById('graph').getBoundingClientRect();
        return [d.x + r.left, d.y + r.top]; }})()""")
    tab.page.mouse.click(x, y)
    label = next(n["label"] for n in data["nodes"] if n["id"] == claim)
    assert tab.page.inner_text("#details-title") == label
    listed = tab.page.eval_on_selector_all("#details li.conflict button > span:first-child", "els => els.map(e => e.textContent)")
    assert sorted(listed) == sorted(n["label"].replace("\n", " ") for n in data["nodes"] if n["id"] in opponents)
    assert tab.page.evaluate("window.network.getSelectedNodes()") == [claim]
    # A click on an opponent in the panel moves the focus there.
    tab.page.click("#details li.conflict button")
    assert set(tab.page.evaluate("window.network.getSelectedNodes()")) <= opponents
    assert sorted(tab.page.evaluate(f"window.claimgraphFocus({claim!r})")) == sorted(opponents)
    tab.page.keyboard.press("Escape")
    assert tab.page.evaluate("document.getElementById('details').hidden")
    tab.clean()
    tab.close()


def test_search_is_debounced(browser, sample_page):
    tab = Tab(browser, sample_page, viewport=WIDE)
    tab.page.click("#f-search")
    tab.page.keyboard.type("Zelensky", delay=25)
    tab.page.wait_for_function("() => document.getElementById('matches').textContent.endsWith('matches')")
    assert tab.page.evaluate("window.claimgraphSearches") < len("Zelensky")  # not one search per key
    assert "actor:volodymyr-zelensky" in tab.page.evaluate("window.network.getSelectedNodes()")
    tab.clean()
    tab.close()


def test_an_actor_named_like_markup_is_only_text(browser, tmp_path):
    name = "<img src=x onerror=alert(1)>"
    doc = Document("d1", "text", title=name, publisher=name, url="https://example.org/d1", published="2024-10-29")
    evil, fair = Actor(name, "person"), Actor("Pentagon", "organisation")
    corpus = Corpus(documents=[doc], claims=[
        Claim(evil, Figure(3000, qualifier="about"), "soldiers", document="d1", evidence=f"{name} said 3,000."),
        Claim(fair, Figure(10000, qualifier="about"), "soldiers", document="d1", evidence="Pentagon: 10,000."),
    ])
    g = ClaimGraph(corpus).graph
    write_html(g, tmp_path / "g.html", title=name)
    tab = Tab(browser, tmp_path / "g.html", viewport=WIDE)
    ids = tab.page.evaluate("window.network.body.data.nodes.getIds()")
    for node in ids:  # hover and click every node: tooltips and the side panel
        x, y = tab.page.evaluate(f"""(() => {{ const d = window.network.canvasToDOM(window.network.getPositions([{node!r}])[{node!r}]);
            const r = document.getElementById('graph').getBoundingClientRect(); return [d.x + r.left, d.y + r.top]; }})()""")
        tab.page.mouse.move(x, y)
        tab.page.wait_for_timeout(200)
        tab.page.mouse.click(x, y)
    tab.page.check("#f-articles")
    tab.page.evaluate("window.claimgraphFocus('document:d1')")
    tab.page.fill("#f-search", "img")
    tab.page.press("#f-search", "Enter")
    tab.page.select_option("#f-claimant", "actor:" + evil.id)
    tab.page.evaluate(f"window.claimgraphFocus('actor:{evil.id}')")
    assert tab.page.evaluate("document.querySelectorAll('img, [onerror]').length") == 0
    assert name in tab.page.inner_text("#details-title") and name in tab.page.inner_text("h1")
    assert name in tab.page.inner_text("#f-claimant")
    assert tab.dialogs == []
    tab.clean()
    tab.close()
