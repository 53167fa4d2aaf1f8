"""Every screenshot of the docs, in one run: build the report of ``data/``
and take its pages in headless Chromium, every network request blocked.

Writes to ``docs/img/``:

* ``front-page.png``: ``index.html`` of ``claimgraph build data/`` as it
  opens in a 1440 x 900 window (the dispute summaries first);
* ``dispute.png``: the first dispute summary of that page (its sentence,
  its step chart over ``as_of`` and the latest figure of each actor);
* ``chart.png``: the comparison chart page of the most disputed quantity
  (``charts/<quantity>.html``), its chart;
* ``graph.png``, ``graph-conflicts.png``, ``graph-focus.png`` and
  ``graph-conflicts-deuteranopia.png``: the graph page at 1440 x 900, taken
  by ``docs/graph_screenshots.py`` (which this script runs; see
  ``docs/graph.md``).

It stops with exit code 1 when a page logs a JavaScript error. Run from
the repository root::

    .venv/bin/python docs/screenshots.py
"""
from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from claimgraph.cli import main as cli

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img"
CHROMIUM = "/usr/bin/chromium"
SHOTS = ("front-page.png", "dispute.png", "chart.png")


def _graph_script():
    spec = importlib.util.spec_from_file_location("graph_screenshots", Path(__file__).with_name("graph_screenshots.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def report_shots(report: Path, errors: list[str]) -> None:
    """The front page, its first dispute summary and a comparison chart."""
    charts = sorted((report / "charts").glob("*.html"))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.on("pageerror", lambda e: errors.append(f"{page.url}: {e}"))
        page.on("console", lambda m: errors.append(f"{page.url}: {m.text}") if m.type == "error" else None)
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "about:"))
                   else route.abort())
        page.goto((report / "index.html").as_uri())
        page.wait_for_load_state("load")
        page.screenshot(path=str(OUT / "front-page.png"))
        page.locator("#dispute-0").screenshot(path=str(OUT / "dispute.png"))
        # the chart of the most disputed quantity: the first one the front page links to
        first = page.locator('a[href^="charts/"]').first.get_attribute("href")
        chart = report / first if first else charts[0]
        page.set_viewport_size({"width": 1000, "height": 900})
        page.goto(chart.as_uri())
        page.wait_for_load_state("load")
        page.locator("figure#chart").screenshot(path=str(OUT / "chart.png"))
        browser.close()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "out"
        if cli(["build", str(ROOT / "data"), "-o", str(report), "--quiet"]) != 0:
            return 1
        report_shots(report, errors)
    for name in SHOTS:
        print(f"{OUT / name}: {(OUT / name).stat().st_size // 1024} KB")
    if errors:
        print("page errors:", *errors, sep="\n  ", file=sys.stderr)
        return 1
    return _graph_script().main()  # the graph page's shots, at 1440 x 900


if __name__ == "__main__":
    sys.exit(main())
