"""Build the report of ``data/`` and screenshot its pages for the docs.

Writes ``docs/img/graph.png`` (the interactive graph) and
``docs/img/chart.png`` (the chart of the most disputed quantity), rendered in
headless Chromium with every network request blocked. Run from the
repository root::

    .venv/bin/python docs/screenshots.py
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from claimgraph.inputs import load
from claimgraph.report import build

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"


def _block(route) -> None:
    if route.request.url.startswith("file:"):
        route.continue_()
    else:
        route.abort()


def main() -> int:
    out_dir = ROOT / "docs" / "img"
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        cg = build(load([ROOT / "data"]), tmp)
        disputed = next(c for c in cg.comparisons if c.conflicts)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1200, "height": 720})
            page.route("**/*", _block)
            page.goto((Path(tmp) / "graph.html").as_uri())
            page.wait_for_function("window.claimgraphReady === true", timeout=30000)
            page.evaluate("window.network.fit({animation: false})")
            page.wait_for_timeout(300)
            page.screenshot(path=str(out_dir / "graph.png"))
            page.set_viewport_size({"width": 960, "height": 900})
            page.goto((Path(tmp) / "charts" / f"{disputed.quantity_id}.html").as_uri())
            page.locator("figure#chart").screenshot(path=str(out_dir / "chart.png"))
            browser.close()
    for name in ("graph.png", "chart.png"):
        print(f"{out_dir / name}: {(out_dir / name).stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
