"""The graph page and its data, without a browser (see test_browser.py)."""
import html
import json
import re
from dataclasses import replace

import networkx as nx
import pytest

from claimgraph.errors import ClaimgraphError
from claimgraph.explore import ClaimGraph
from claimgraph.layout import SPRING_LIMIT, cluster_layout, positions
from claimgraph.model import Actor, Claim, Corpus, Document, Figure
from claimgraph.viz import InlinePage, to_html, write_html
from claimgraph.vizdata import page_data

US, UA = Actor("US officials", "group"), Actor("Ukraine", "country")
DOC = Document("a1", "text", title="Troops </script><script>window.__pwned=1</script>",
               publisher="<b>Daily</b>", url="https://example.org/a1", published="2024-10-29")


def corpus(**doc):
    return Corpus(documents=[replace(DOC, **doc)], claims=[
        Claim(US, Figure(3000, qualifier="about"), "soldiers", document="a1", hedged=True,
              evidence="US officials said about 3,000 soldiers.", stated_on="2024-10-30"),
        Claim(UA, Figure(10000, qualifier="about"), "soldiers", document="a1",
              evidence="Ukraine said some 10,000."),
        Claim(UA, Figure(None, 20, 30, "range"), "tanks", document="a1"),
    ])


def data_of(page: str) -> dict:
    raw = re.search(r'<script id="claimgraph-data" type="application/json">(.*?)</script>', page, re.S).group(1)
    return json.loads(raw)


@pytest.fixture
def cg():
    return ClaimGraph(corpus())


def test_page_data_matches_the_graph(cg):
    data = data_of(to_html(cg.graph))
    assert len(data["nodes"]) == cg.graph.number_of_nodes()
    assert len(data["edges"]) == cg.graph.number_of_edges()
    assert {n["id"] for n in data["nodes"]} == set(cg.graph.nodes)
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert data["options"]["physics"]["enabled"] is False


def test_conflicts_are_red_and_labelled_with_the_ratio(cg):
    data = page_data(cg.graph, "t")
    [conflict] = [e for e in data["edges"] if e["relation"] == "conflicts_with"]
    assert conflict["color"]["color"] == "#d62728" and conflict["label"] == "\u00d73.3"
    assert data["stats"]["conflicts"] == 1
    claims = [n for n in data["nodes"] if n["kind"] == "claim"]
    assert sorted(n["label"] for n in claims) == ["20\u201330", "about 10,000", "about 3,000"]
    size = {n["label"]: n["size"] for n in claims}
    assert size["20\u201330"] < size["about 3,000"] < size["about 10,000"]
    assert {n["label"] for n in claims if n.get("borderWidth") == 4} == {"about 3,000", "about 10,000"}
    legend = {item["label"] for item in data["legend"]}
    assert {"Group", "Country", "Document", "Quantity", "conflicts with"} <= legend


def test_claim_tooltip_and_facets(cg):
    nodes = {n["label"]: n for n in page_data(cg.graph, "t")["nodes"]}
    us = nodes["about 3,000"]
    for text in ("Claimant: US officials", "Figure: about 3,000", "Date: 2024-10-30 (stated)", "Hedged: yes",
                 "Evidence: \u201cUS officials said about 3,000 soldiers.\u201d", "Publisher: <b>Daily</b>"):
        assert text in us["title"]
    assert us["href"] == "https://example.org/a1"
    assert (us["q"], us["who"], us["date"]) == ("quantity:soldiers", ["actor:us-officials"], "2024-10-30")
    assert nodes["about 10,000"]["date"] == "2024-10-29"  # published date stands in
    assert "Bounds: 20 to 30" in nodes["20\u201330"]["title"]


def test_filter_choices(cg):
    f = page_data(cg.graph, "t")["filters"]
    assert f["quantities"] == [["quantity:soldiers", "soldiers"], ["quantity:tanks", "tanks"]]
    assert [a for a, _ in f["claimants"]] == ["actor:ukraine", "actor:us-officials"]
    assert f["dates"] == ["2024-10-29", "2024-10-30"]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<script>x</script>", "https://x.org/\"onload"])
def test_only_http_links(url):
    nodes = page_data(ClaimGraph(corpus(url=url)).graph, "t")["nodes"]
    assert not any("href" in n for n in nodes)


def test_untrusted_text_cannot_leave_the_json(cg):
    page = to_html(cg.graph, title="<img src=x onerror=alert(1)>")
    assert page.count("</script>") == 3  # data, vis-network, page script
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "window.__pwned" not in page.split('<script id="claimgraph-data"', 1)[0]
    assert data_of(page)["nodes"]  # still valid JSON


def test_page_is_offline_and_scripts_are_pinned(cg):
    page = to_html(cg.graph)
    policy = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1))
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    assert policy.count("'sha256-") == 2
    assert not re.search(r'<(script|link|img|iframe)[^>]+(src|href)=', page)
    assert "vis.Network" in page and "window.network" in page


def test_write_html_writes_only_that_file(tmp_path, cg):
    out = write_html(cg.graph, tmp_path / "sub" / "g.html", title="t")
    assert [p.name for p in (tmp_path / "sub").iterdir()] == ["g.html"]
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("bad", [None, "graph", {"a": 1}])
def test_to_html_rejects_non_graphs(bad):
    with pytest.raises(ClaimgraphError, match="networkx graph"):
        to_html(bad)


def test_node_ids_must_stay_distinct():
    g = nx.Graph()
    g.add_nodes_from([1, "1"])
    with pytest.raises(ClaimgraphError, match="distinct"):
        to_html(g)


def test_show_is_an_escaped_sandboxed_iframe(cg):
    shown = cg.show(height=500)
    frame = shown._repr_html_()
    m = re.fullmatch(r'<iframe srcdoc="([^"]*)" sandbox="([^"]*)" style="([^"]*)"></iframe>', frame)
    assert m, frame[:200]
    assert html.unescape(m.group(1)) == shown.page and "allow-same-origin" not in m.group(2)
    assert "500px" in m.group(3)
    focused = data_of(cg.show("tanks").page)
    assert {n["kind"] for n in focused["nodes"]} == {"quantity", "claim", "actor", "document"}
    assert len(focused["nodes"]) < cg.graph.number_of_nodes()


def test_inline_page_saves_the_page(tmp_path):
    out = InlinePage("<p>x</p>").save(tmp_path / "p.html")
    assert out.read_text(encoding="utf-8") == "<p>x</p>"
    with pytest.raises(ClaimgraphError, match="height"):
        InlinePage("<p>x</p>", height=10)


def synthetic(n_quantities: int, claims_each: int) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for q in range(n_quantities):
        g.add_node(f"quantity:{q}", kind="quantity", label=f"q{q}")
        for c in range(claims_each):
            claim, actor = f"claim:{q}-{c}", f"actor:{(q * claims_each + c) % 97}"
            g.add_node(claim, kind="claim", label=str(c), value=float(c + 1))
            g.add_node(actor, kind="actor", label=actor)
            g.add_edge(claim, f"quantity:{q}", key="about", relation="about")
            g.add_edge(actor, claim, key="claims", relation="claims")
            if c:
                g.add_edge(claim, f"claim:{q}-{c - 1}", key="conflicts_with", relation="conflicts_with", ratio=2.0)
    return g


def test_layout_is_deterministic_and_spreads_nodes():
    g = synthetic(4, 10)
    pos = positions(g)
    assert pos == positions(g) and set(pos) == set(g)
    distinct = {(round(x), round(y)) for x, y in pos.values()}
    assert len(distinct) == len(g)


def test_large_graphs_get_the_clustered_layout():
    g = synthetic(50, 99)
    assert len(g) > SPRING_LIMIT
    pos = positions(g)
    assert pos == cluster_layout(g)
    # Claims sit nearer their own quantity than the next quantity does.
    q0, q1 = pos["quantity:0"], pos["quantity:1"]
    gap = ((q0[0] - q1[0]) ** 2 + (q0[1] - q1[1]) ** 2) ** 0.5
    far = max(((x - q0[0]) ** 2 + (y - q0[1]) ** 2) ** 0.5 for n, (x, y) in pos.items() if n.startswith("claim:0-"))
    assert far < gap
