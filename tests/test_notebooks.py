"""Every notebook in notebooks/ runs top to bottom without an error, and a
saved notebook keeps what it showed: the graph as an interactive page *and*
a still picture that survives JupyterLab's sanitizing of untrusted outputs,
and SPARQL results as a table."""
from __future__ import annotations

import base64
import io
import re
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))
_RUN: dict = {}


def saved(path: Path, tmp_path_factory) -> "nbformat.NotebookNode":
    """The notebook executed with nbclient, written to disk and read back
    (once per notebook and session)."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    if path not in _RUN:
        nb = nbformat.read(path, as_version=4)
        client = nbclient.NotebookClient(nb, timeout=180, kernel_name="python3",
                                         resources={"metadata": {"path": str(path.parent)}})
        client.execute()  # raises CellExecutionError with the failing cell
        out = tmp_path_factory.mktemp("notebooks") / path.name
        nbformat.write(nb, out)
        _RUN[path] = nbformat.read(out, as_version=4)
    return _RUN[path]


def outputs_of(nb, source: str) -> list:
    cell = next(c for c in nb.cells if c.cell_type == "code" and c.source.strip().endswith(source))
    return cell.outputs


def test_there_are_notebooks():
    assert any(p.name == "explore.ipynb" for p in NOTEBOOKS)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path, tmp_path_factory):
    nbformat = pytest.importorskip("nbformat")
    nb = saved(path, tmp_path_factory)
    nbformat.validate(nb)
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    # rich display: the ClaimGraph summary renders as HTML in the first code cell
    first = next(c for c in nb.cells if c.cell_type == "code")
    assert any("text/html" in o.get("data", {}) for o in first.outputs)


def _sanitize_untrusted(html: str) -> str:
    """What JupyterLab / Notebook 7 keep of an untrusted HTML output, for the
    parts that matter here: their sanitizer (sanitize-html with Caja's
    allow-list) drops <iframe>, <script> and <style> with their content and
    keeps <img> and its src (it does not check the scheme of src)."""
    from lxml import etree, html as lhtml

    root = lhtml.fragment_fromstring(html, create_parent="div")
    etree.strip_elements(root, "iframe", "script", "style", with_tail=False)
    return lhtml.tostring(root, encoding="unicode")


def test_saved_notebook_keeps_the_graph(tmp_path_factory):
    from PIL import Image, ImageStat

    nb = saved(next(p for p in NOTEBOOKS if p.name == "explore.ipynb"), tmp_path_factory)
    [out] = [o for o in outputs_of(nb, "g.show()") if o.get("output_type") in ("display_data", "execute_result")]
    data = out["data"]
    assert {"text/html", "image/png", "text/plain"} <= set(data)
    html = data["text/html"]
    # the interactive page is there whole (its data block, escaped inside srcdoc) ...
    assert html.count("<iframe srcdoc=") == 1 and "claimgraph-data" in html and "vis-network" in html.lower()
    # ... and a still picture of the graph, the same PNG as the bundle's image/png
    png = base64.b64decode(data["image/png"])
    img = Image.open(io.BytesIO(png)).convert("RGB")
    assert img.size[0] >= 1000 and img.size[1] >= 600
    extrema = ImageStat.Stat(img).extrema
    assert any(hi - lo > 100 for lo, hi in extrema)  # not a blank picture
    assert len(img.getcolors(maxcolors=1 << 16) or range(1 << 16)) > 50  # nodes, edges, labels drawn
    # reopened untrusted: no iframe and no style survive, the picture does and is no longer hidden
    kept = _sanitize_untrusted(html)
    assert "<iframe" not in kept and "<style" not in kept and "display: none" not in kept
    [src] = re.findall(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"', kept)
    assert base64.b64decode(src) == png
    # trusted: the style that hides the picture names the output's own id
    key = re.search(r'<div id="(claimgraph-view-[0-9a-f]{12})"', html).group(1)
    assert f"<style>#{key} .claimgraph-static {{ display: none; }}</style>" in html


def test_saved_notebook_keeps_sparql_tables_and_networkx_export(tmp_path_factory):
    nb = saved(next(p for p in NOTEBOOKS if p.name == "explore.ipynb"), tmp_path_factory)
    [result] = [o for o in outputs_of(nb, "result") if "data" in o]
    table = result["data"]["text/html"]
    assert table.startswith("<table><caption>SPARQL result: ") and "<th>name</th>" in table
    assert re.search(r"<td>(Pentagon|Volodymyr Zelensky|John Kirby)</td>", table)
    [df] = [o for o in outputs_of(nb, "df.head()") if "data" in o]
    assert "<table" in df["data"]["text/html"] and "dataframe" in df["data"]["text/html"]
    [exported] = [o for o in outputs_of(nb, 'back.nodes[next(n for n in back if n.startswith("claim:"))]') if "data" in o]
    assert exported["data"]["text/plain"].startswith("(True,") and "'claimant': " in exported["data"]["text/plain"]
