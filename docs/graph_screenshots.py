"""Screenshot the graph page of ``claimgraph html data/`` for the docs, and
print how readable its first view is.

In headless Chromium at 1440 x 900, with every network request blocked,
it writes to ``docs/img/``:

* ``graph.png``: the first view;
* ``graph-conflicts.png``: the "Conflicts only" filter, framed;
* ``graph-focus.png``: one quantity, and a claim in conflict clicked (its
  neighbours stand out, the side panel lists its opponents);
* ``graph-conflicts-deuteranopia.png``: the conflicts view as a person
  with deuteranopia sees it (Machado et al. 2009, severity 1), to check
  that conflicts and agreements stay apart.

It prints the label statistics of the first view (the same measure as
tests/test_browser.py: on-screen font size of the drawn labels, share of
labels overlapping another). ``docs/screenshots.py``, which takes every
screenshot of the docs, runs it; alone, from the repository root::

    .venv/bin/python docs/graph_screenshots.py
"""
from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image
from playwright.sync_api import sync_playwright

from claimgraph.cli import main as cli

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img"
CHROMIUM = "/usr/bin/chromium"
#: Deuteranopia, severity 1 (Machado, Oliveira and Fernandes 2009), on linear RGB.
DEUTERANOPIA = np.array([[0.367322, 0.860646, -0.227968],
                         [0.280085, 0.672501, 0.047413],
                         [-0.011820, 0.042940, 0.968881]])


def _label_stats_js() -> str:
    spec = importlib.util.spec_from_file_location("test_browser", ROOT / "tests" / "test_browser.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.LABEL_STATS


def _block(route) -> None:
    if route.request.url.startswith(("file:", "about:")):
        route.continue_()
    else:
        route.abort()


def simulate_deuteranopia(src: Path, dst: Path) -> None:
    rgb = np.asarray(Image.open(src).convert("RGB"), dtype=np.float64) / 255
    linear = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    seen = np.clip(linear @ DEUTERANOPIA.T, 0, 1)
    back = np.where(seen <= 0.0031308, seen * 12.92, 1.055 * seen ** (1 / 2.4) - 0.055)
    Image.fromarray((back * 255 + 0.5).astype(np.uint8)).save(dst)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "graph.html"
        if cli(["html", str(ROOT / "data"), "-o", str(page_path)]) != 0:
            return 1
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1440, "height": 900})
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.route("**/*", _block)
            page.goto(page_path.as_uri())
            page.wait_for_function("() => window.claimgraphReady === true", timeout=30000)
            stats = page.evaluate(_label_stats_js())
            stats.pop("over", None)
            print("first view at 1440x900:", json.dumps({k: round(v, 3) for k, v in stats.items()}))
            page.screenshot(path=str(OUT / "graph.png"))

            page.check("#f-conflicts")
            page.wait_for_timeout(200)
            page.screenshot(path=str(OUT / "graph-conflicts.png"))
            simulate_deuteranopia(OUT / "graph-conflicts.png", OUT / "graph-conflicts-deuteranopia.png")

            page.uncheck("#f-conflicts")
            data = page.evaluate("window.claimgraphData")
            conflicted = [n for n in data["nodes"] if n.get("conflicted")]
            claim = max(conflicted, key=lambda n: sum(m.get("q") == n["q"] for m in data["nodes"]))
            page.select_option("#f-quantity", claim["q"])
            point = page.evaluate(f"""(() => {{ const p = window.network.getPositions([{claim['id']!r}])[{claim['id']!r}];
                const d = window.network.canvasToDOM(p), r = document.getElementById('graph').getBoundingClientRect();
                return [d.x + r.left, d.y + r.top]; }})()""")
            page.mouse.click(*point)
            box = page.locator("#graph").bounding_box()
            page.mouse.move(box["x"] + 4, box["y"] + box["height"] - 4)  # off the nodes: no tooltip
            page.wait_for_timeout(200)
            page.wait_for_timeout(300)
            page.screenshot(path=str(OUT / "graph-focus.png"))
            browser.close()
    for name in ("graph.png", "graph-conflicts.png", "graph-conflicts-deuteranopia.png", "graph-focus.png"):
        print(f"{OUT / name}: {(OUT / name).stat().st_size // 1024} KB")
    if errors:
        print("page errors:", *errors, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
