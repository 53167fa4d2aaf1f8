"""The graph page at 5,000 nodes in headless Chromium: how interactive it stays,
as ratios against baselines measured in the same run.

Usage::

    .venv/bin/python benchmarks/graph_page.py --json benchmarks/results/graph-page.json

Three pages, opened at 1440 x 900 with every network request blocked:

* ``large``: the page of a generated claim graph of about 5,000 nodes
  (``corpus.claim_corpus`` grown as ``run.py``'s HTML benchmark does);
* ``baseline``: the same graph drawn by the page of ``--baseline REV``
  (default: the page before issue 12's graph work), made by that
  revision's own code (``git archive``) in a subprocess;
* ``sample``: ``claimgraph html data/``.

Timings are in milliseconds, taken in the page (``performance.now``): the
median of several repeats in a page, then the median over ``--rounds``
openings of each page, the pages in turn (the machine may be shared):

``frame``
    a full redraw at the first view (vis-network's ``renderer._redraw()``);
``frame_moving``
    a redraw while dragging or zooming (edges hidden when the page says so);
``frame_zoomed``
    a full redraw at zoom 1 on the middle of the drawing;
``word``
    typing an 8-letter word in the search box: the input handler of each
    key, each redraw it asks for, then the search that a debounced page runs
    once (with its redraw);
``filter``
    choosing the largest quantity in the filter (change event) up to the
    redraw of the framed view;
``focus``
    (current page) a click on the most connected actor: highlight, side
    panel, redraw;
``floor``
    plain Canvas-2D drawing of the nodes (circles) and edges (lines) the page
    shows, at the same view and size: what any canvas renderer pays.

Ratios: ``frame_vs_floor``; ``<timing>_vs_baseline`` (current / baseline page,
same graph); ``frame_large_vs_sample``. Also ``searches_per_word``: how many
times the search ran while a word was typed at 20 keys a second.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus as gen  # noqa: E402  (benchmarks/corpus.py)

#: The last commit before issue 12's work on the graph page.
BASELINE = "89c4ce6c0e08761c0a2a0366cf3173be9a3c2cc5"
CHROMIUM = "/usr/bin/chromium"
WORD = "group 00"
REPEAT = 9

_MAKE_PAGE = """
import sys
sys.path.insert(0, {bench!r})
import corpus as gen
from claimgraph.graph import build_graph
from claimgraph.viz import write_html
write_html(build_graph(gen.claim_corpus({claims}, seed={seed})), {out!r})
"""

_TIMINGS = """async ([word, repeat]) => {
  const net = window.network, r = net.renderer, median = xs => xs.sort((a, b) => a - b)[xs.length >> 1];
  const frames = hidden => { const ts = []; for (let i = 0; i < repeat; i++) { const t = performance.now(); r._redraw(hidden); ts.push(performance.now() - t); } return median(ts); };
  const flush = () => { if (r.redrawRequested) { r._redraw(); } };  // a redraw asked for: now, and timed
  const out = {nodes: net.body.data.nodes.length, edges: net.body.data.edges.length};
  const view = {position: net.getViewPosition(), scale: net.getScale()};
  out.frame = frames(false);
  out.frame_moving = frames(!!r.options.hideEdgesOnDrag);
  // the floor: the same shown nodes and edges, plainly drawn
  const canvas = document.querySelector('#graph canvas'), floor = document.createElement('canvas');
  floor.width = canvas.width; floor.height = canvas.height;
  const ctx = floor.getContext('2d'), pos = net.getPositions(), body = net.body;
  const shown = body.nodeIndices.filter(id => !body.nodes[id].options.hidden);
  const lines = body.edgeIndices.map(id => body.edges[id]).filter(e => e.connected && !e.options.hidden && !e.from.options.hidden && !e.to.options.hidden);
  const ts = [];
  for (let i = 0; i < repeat; i++) {
    const t = performance.now();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, floor.width, floor.height);
    ctx.translate(net.body.view.translation.x, net.body.view.translation.y);
    ctx.scale(view.scale, view.scale);
    ctx.strokeStyle = '#9db1c7';
    ctx.beginPath();
    for (const e of lines) { ctx.moveTo(e.from.x, e.from.y); ctx.lineTo(e.to.x, e.to.y); }
    ctx.stroke();
    ctx.fillStyle = '#f58518';
    for (const id of shown) { const p = pos[id]; ctx.beginPath(); ctx.arc(p.x, p.y, 10, 0, 2 * Math.PI); ctx.fill(); }
    ctx.getImageData(0, 0, 1, 1);  // wait for the drawing
    ts.push(performance.now() - t);
  }
  out.floor = median(ts);
  out.shown_nodes = shown.length; out.shown_edges = lines.length;
  // zoomed in
  net.moveTo({position: view.position, scale: 1, animation: false});
  out.frame_zoomed = frames(false);
  net.moveTo({position: view.position, scale: view.scale, animation: false});
  flush();
  // a word typed in the search box
  const box = document.getElementById('f-search'), words = [];
  for (let k = 0; k < 3; k++) {
    box.value = ''; box.dispatchEvent(new Event('input')); await new Promise(f => setTimeout(f, 300)); flush();
    const t = performance.now();
    for (let i = 1; i <= word.length; i++) {
      box.value = word.slice(0, i);
      box.dispatchEvent(new Event('input'));
      flush();
    }
    if (window.claimgraphSearch) { window.claimgraphSearch(word); flush(); }  // the debounced search, run now
    words.push(performance.now() - t);
  }
  out.word = median(words);
  out.matches = document.getElementById('matches').textContent;
  box.value = ''; box.dispatchEvent(new Event('input')); await new Promise(f => setTimeout(f, 300)); flush();
  // the largest quantity in the filter
  const select = document.getElementById('f-quantity'), data = window.claimgraphData;
  const count = {};
  data.nodes.forEach(n => { if (n.q) count[n.q] = (count[n.q] || 0) + 1; });
  const biggest = Object.keys(count).sort((a, b) => count[b] - count[a] || (a < b ? -1 : 1))[0];
  const filters = [];
  for (let k = 0; k < 3; k++) {
    let t = performance.now();
    select.value = biggest; select.dispatchEvent(new Event('change')); flush();
    filters.push(performance.now() - t);
    select.value = ''; select.dispatchEvent(new Event('change')); flush();
  }
  out.filter = median(filters);
  if (window.claimgraphFocus) {
    const actor = data.nodes.filter(n => n.kind === 'actor').map(n => [n.id, data.edges.filter(e => e.from === n.id).length])
      .sort((a, b) => b[1] - a[1])[0][0];
    const focus = [];
    for (let k = 0; k < 3; k++) {
      const t = performance.now();
      window.claimgraphFocus(actor); net.redraw();
      focus.push(performance.now() - t);
      document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'})); flush();
    }
    out.focus = median(focus);
  }
  return out;
}"""


def _block(route) -> None:
    if route.request.url.startswith(("file:", "about:")):
        route.continue_()
    else:
        route.abort()


def large_claims(nodes: int, seed: int) -> int:
    """How many generated claims make a graph of at least ``nodes`` nodes."""
    from claimgraph.graph import build_graph

    n = 1_000
    graph = build_graph(gen.claim_corpus(n, seed=seed))
    while graph.number_of_nodes() < nodes:
        n = int(n * nodes / graph.number_of_nodes()) + 1
        graph = build_graph(gen.claim_corpus(n, seed=seed))
    return n


def make_page(out: Path, claims: int, seed: int, src: Path | None = None) -> float:
    """Write the page of the generated graph with the code in ``src`` (this
    checkout's when None), in a subprocess; the seconds it took."""
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    code = _MAKE_PAGE.format(bench=str(HERE), claims=claims, seed=seed, out=str(out))
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=str(ROOT))
    return time.perf_counter() - start


def checkout_src(rev: str, into: Path) -> Path:
    blob = subprocess.run(["git", "archive", rev, "src"], cwd=ROOT, check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(blob)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def measure(browser, path: Path) -> dict:
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.route("**/*", _block)
    start = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_function("() => window.claimgraphReady === true", timeout=120000)
    out = {"ready": (time.perf_counter() - start) * 1000}
    out.update(page.evaluate(_TIMINGS, [WORD, REPEAT]))
    if "claimgraphSearch" in page.content():  # typed as a person does: 20 keys a second
        page.evaluate("window.claimgraphSearches = 0")
        page.click("#f-search")
        page.keyboard.type(WORD, delay=50)
        page.wait_for_timeout(600)
        out["searches_per_word"] = page.evaluate("window.claimgraphSearches")
    out["errors"] = errors
    page.close()
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--nodes", type=int, default=5_000)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--baseline", default=BASELINE, metavar="REV", help="git revision of the baseline page")
    p.add_argument("--rounds", type=int, default=3, help="times each page is measured (medians are kept)")
    p.add_argument("--json", type=Path, help="write the figures here")
    args = p.parse_args(argv)
    from playwright.sync_api import sync_playwright

    from claimgraph.cli import main as cli

    result = {"date": time.strftime("%Y-%m-%d"), "cpus": os.cpu_count(), "load_average_at_start": os.getloadavg()[0],
              "baseline": args.baseline}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        claims = large_claims(args.nodes, args.seed)
        pages = {"large": tmp / "large.html", "baseline": tmp / "baseline.html", "sample": tmp / "sample.html"}
        result["page_seconds_large"] = make_page(pages["large"], claims, args.seed)
        result["page_seconds_baseline"] = make_page(pages["baseline"], claims, args.seed,
                                                    checkout_src(args.baseline, tmp / "baseline"))
        cli(["html", str(ROOT / "data"), "-o", str(pages["sample"])])
        runs: dict = {name: [] for name in pages}
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            for _ in range(args.rounds):  # the pages in turn, so that a busy spell of the machine hits them all
                for name, path in pages.items():
                    runs[name].append(measure(browser, path))
            browser.close()
        for name, found in runs.items():
            result[name] = {key: (statistics.median(r[key] for r in found) if isinstance(value, (int, float)) else value)
                            for key, value in found[0].items()}
            result[name]["errors"] = sorted({e for r in found for e in r["errors"]})
    large, base, sample = result["large"], result["baseline"], result["sample"]
    result["frame_vs_floor"] = large["frame"] / large["floor"]
    for key in ("frame", "frame_moving", "frame_zoomed", "word", "filter", "ready"):
        result[f"{key}_vs_baseline"] = large[key] / base[key]
    result["frame_large_vs_sample"] = large["frame"] / sample["frame"]
    result["load_average_at_end"] = os.getloadavg()[0]
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
