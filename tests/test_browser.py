"""Generated pages in real headless Chromium, with every network request blocked.

Skips only when /usr/bin/chromium or playwright is missing.
"""
from pathlib import Path

import networkx as nx
import pytest
import yaml

from claimgraph.actors import default_gazetteer
from claimgraph.chart import chart
from claimgraph.cli import main
from claimgraph.explore import ClaimGraph
from claimgraph.inputs import load
from claimgraph.report import build
from claimgraph.viz import write_html

pytestmark = pytest.mark.browser
CHROMIUM = Path("/usr/bin/chromium")
PWN = "window.__pwned=1;document.title='pwned'"


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
    """A page that records console errors, page errors and every non-file request (aborted)."""

    def __init__(self, browser, path, *, ready=True):
        self.errors, self.requests = [], []
        self.page = browser.new_page(viewport={"width": 1200, "height": 800})
        self.page.set_default_timeout(10000)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.route("**/*", self._route)
        self.page.goto(Path(path).resolve().as_uri())
        if ready:
            self.page.wait_for_function("window.claimgraphReady === true", timeout=30000)

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
        assert self.errors == [] and self.requests == []
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
    tab = Tab(browser, tmp_path / "big.html")
    assert tab.counts() == [5000, g.number_of_edges()]
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
    claims = [{"claimant": f'<svg onload="{PWN}"><img src=x onerror="{PWN}">', "value": 100,
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
    frame.wait_for_function("window.claimgraphReady === true", timeout=30000)
    assert frame.evaluate("window.network.body.data.nodes.length") > 0
    assert frame.evaluate("window.__pwned === undefined")
    tab.clean()
    tab.close()
