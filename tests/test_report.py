"""The build report: index.html and what it links."""
import html
import re

import pytest

from claimgraph.errors import ClaimgraphError
from claimgraph.explore import ClaimGraph
from claimgraph.inputs import load
from claimgraph.model import Actor, Claim, Corpus, Document, Figure
from claimgraph.report import MANIFEST, TABLE_SCRIPT, build, index_html, render

EVIL = "<script>window.__pwned=1</script><img src=x onerror=window.__pwned=1>"


def evil_corpus():
    doc = Document("d1", "x", title=EVIL, publisher="<svg onload=window.__pwned=1>",
                   url="javascript:window.__pwned=1", published="2024-10-20")
    return Corpus(documents=[doc], claims=[
        Claim(Actor(EVIL), Figure(1500), "troops", document="d1", evidence=EVIL),
        Claim(Actor("Kyiv"), Figure(10000, qualifier="about"), "troops", document="d1"),
        Claim(Actor("Kyiv"), Figure(5), "tanks"),
    ])


def test_render_names_and_links(data_dir):
    cg = ClaimGraph(load([data_dir]))
    files = render(cg)
    disputed = [c for c in cg.comparisons if c.conflicts]
    charts = sorted(n for n in files if n.startswith("charts/"))
    assert len(charts) == len(disputed) > 0
    assert {"index.html", "graph.html", "graph.ttl", "claims.csv", "conflicts.csv"} <= set(files)
    links = set(re.findall(r'href="([^"#:]+)"', files["index.html"]))
    assert links == set(files) - {"index.html"}
    for cmp in disputed:
        assert f"<td>{html.escape(cmp.label)}</td>" in files["index.html"]


def test_build_writes_every_file(tmp_path):
    cg = build(evil_corpus(), tmp_path / "out")
    written = sorted(str(p.relative_to(tmp_path / "out")) for p in (tmp_path / "out").rglob("*") if p.is_file())
    assert written == sorted([*render(cg), MANIFEST])  # and the list of what it wrote
    assert written == [MANIFEST, "charts/troops.html", "claims.csv", "conflicts.csv", "graph.html", "graph.ttl",
                       "index.html"]


def test_untrusted_text_is_escaped_in_every_page():
    files = render(ClaimGraph(evil_corpus()))
    for name in ("index.html", "charts/troops.html"):
        page = files[name].replace(f"<script>{TABLE_SCRIPT}</script>", "", 1)  # the table script, ours
        assert "<script" not in page and "<img" not in page and "<svg onload" not in page, name
        assert "javascript:" not in page, name
        assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page, name
    assert "&lt;svg onload=window.__pwned=1&gt;" in files["charts/troops.html"]


def test_index_without_conflicts():
    cg = ClaimGraph(Corpus(claims=[Claim(Actor("A"), Figure(1), "x")]))
    page = index_html(cg, {})
    assert "No two claimants disagree" in page and "No conflicts." in page
    assert "0 disputed quantities" in page


def test_build_refuses_a_file_as_directory(tmp_path):
    (tmp_path / "f").write_text("x", encoding="utf-8")
    with pytest.raises(ClaimgraphError, match="not a directory"):
        build(evil_corpus(), tmp_path / "f")


def test_disputed_quantities_show_figures_as_said():
    # the smallest and the largest figure as the sources said them: a range stays a range, never its midpoint
    cg = ClaimGraph(Corpus(claims=[
        Claim(Actor("Kyiv"), Figure(3000, qualifier="about"), "troops", stated_on="2024-10-28"),
        Claim(Actor("Pentagon"), Figure(None, 11000, 12000, "range"), "troops", stated_on="2024-10-28"),
        Claim(Actor("NIS"), Figure(None, 2000, 9999, "vague"), "troops", stated_on="2024-10-28"),
    ]))
    page = index_html(cg, {})
    table = page[page.index("<h2>Disputed quantities</h2>"):page.index("<h2>Conflicts</h2>")]
    cells = re.findall(r'<td class="num" data-sort="\d+">([^<]*)</td>', table)
    assert cells == ["about 3,000", "11,000\u201312,000"]
    assert "11,489" not in table and "11489" not in table
    assert "<th>smallest figure</th><th>largest figure</th>" in table
