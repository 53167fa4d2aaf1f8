"""The graph page and its data, without a browser (see test_browser.py)."""
import html
import json
import re
from dataclasses import replace

import networkx as nx
import pytest

from claimgraph.errors import ClaimgraphError
from claimgraph.explore import ClaimGraph
from claimgraph.layout import arrange, node_box, positions
from claimgraph.model import Actor, Claim, Corpus, Document, Figure
from claimgraph.viz import InlinePage, to_html, write_html
from claimgraph.vizdata import EDGE_STYLES, figure_as_said, page_data

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


def test_claims_say_who_said_what_and_conflicts_are_more_than_red(cg):
    data = page_data(cg.graph, "t")
    [conflict] = [e for e in data["edges"] if e["relation"] == "conflicts_with"]
    assert conflict["color"]["color"] == "#b2182b" and conflict["label"] == "\u00d73.3" and conflict["ratio"] == 3.3333
    assert data["stats"]["conflicts"] == 1
    claims = [n for n in data["nodes"] if n["kind"] == "claim"]
    assert sorted(n["label"] for n in claims) == ["US officials: about 3,000", "Ukraine: 20\u201330", "Ukraine: about 10,000"]
    assert sorted(n["figure"] for n in claims) == ["20\u201330", "about 10,000", "about 3,000"]
    size = {n["figure"]: n["size"] for n in claims}
    assert size["20\u201330"] < size["about 3,000"] < size["about 10,000"]
    assert {n["figure"] for n in claims if n.get("conflicted")} == {"about 3,000", "about 10,000"}
    assert all(n["borderWidth"] == 4 for n in claims if n.get("conflicted"))
    legend = {item["label"] for item in data["legend"]}
    assert {"Group", "Country", "Article", "Quantity (names its card)", "conflicts with (\u00d7 ratio)"} <= legend


def test_conflict_and_agreement_differ_by_more_than_hue():
    conflict, agreement, revision = (EDGE_STYLES[k] for k in ("conflicts_with", "agrees_with", "revises"))
    # solid and thick vs dashed; dark red vs dark blue (apart under deuteranopia); labelled x ratio vs ~;
    # a revision: thin grey with an arrow head
    assert conflict[3] is False and agreement[3] and revision[3] is False
    assert conflict[2] > agreement[2] > revision[2] and revision[4] == "to" and not conflict[4] and not agreement[4]
    assert len({conflict[1], agreement[1], revision[1]}) == 3
    g = ClaimGraph(Corpus(claims=[Claim(US, Figure(3000, qualifier="about"), "soldiers", stated_on="2024-10-30"),
                                  Claim(UA, Figure(3050, qualifier="about"), "soldiers", stated_on="2024-10-30")])).graph
    [agrees] = [e for e in page_data(g, "t")["edges"] if e["relation"] == "agrees_with"]
    assert agrees["label"] == "\u2248" and agrees["dashes"] == agreement[3]


def test_figures_as_said_never_a_midpoint():
    assert figure_as_said(Figure(None, 11000, 12000, "range")) == "11,000\u201312,000"
    assert figure_as_said(Figure(None, 2000, 9999, "vague"), "l'arriv\u00e9e de milliers de soldats") == "\u201cmilliers\u201d"
    assert figure_as_said(Figure(None, 200, 999, "vague"), "It lost hundreds of men and thousands of shells") \
        == "\u201chundreds\u201d"
    assert figure_as_said(Figure(None, 200000, 999999, "vague"), "des centaines de milliers de personnes") \
        == "\u201cdes centaines de milliers\u201d"
    assert figure_as_said(Figure(None, 2000, 9999, "vague")) == "thousands"
    assert figure_as_said(Figure(3000, 3000, None, "more_than")) == "more than 3,000"
    g = ClaimGraph(Corpus(claims=[Claim(US, Figure(None, 11000, 12000, "range"), "soldiers"),
                                  Claim(UA, Figure(None, 2000, 9999, "vague"), "soldiers",
                                        evidence="Kyiv speaks of thousands of soldiers.")])).graph
    data = page_data(g, "t")
    text = json.dumps(data, ensure_ascii=False)
    assert "11,489" not in text and "4,472" not in text  # the geometric midpoints
    [quantity] = [n for n in data["nodes"] if n["kind"] == "quantity"]
    assert "Figures: 2,000 to 12,000" in quantity["title"]
    assert {n["label"] for n in data["nodes"] if n["kind"] == "claim"} == {
        "US officials: 11,000\u201312,000", "Ukraine: \u201cthousands\u201d"}


def test_claim_labels_name_the_actor_briefly():
    nis = Actor("National Intelligence Service (NIS)", "organisation")
    zelensky = Actor("Volodymyr Zelensky", "person")
    g = ClaimGraph(Corpus(claims=[Claim(nis, Figure(1500, qualifier="about"), "soldiers"),
                                  Claim(zelensky, Figure(11000), "soldiers"),
                                  Claim((US, UA), Figure(None, 11000, 12000, "range", "soldiers"), "tanks")])).graph
    labels = {n["label"] for n in page_data(g, "t")["nodes"] if n["kind"] == "claim"}
    assert labels == {"NIS: about 1,500", "Zelensky: 11,000", "US officials +1:\n11,000\u201312,000 soldiers"}


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


def test_inline_page_is_an_escaped_sandboxed_ascii_iframe(cg):
    page = to_html(cg.graph, title="Troupes nord-cor\u00e9ennes \u00b7 \u00ab 3 000 \u00bb")
    frame = InlinePage(page, height=500)._repr_html_()
    m = re.fullmatch(r'<iframe srcdoc="([^"]*)" sandbox="([^"]*)" style="([^"]*)"></iframe>', frame)
    assert m, frame[:200]
    assert html.unescape(m.group(1)) == page and "allow-same-origin" not in m.group(2)
    assert "500px" in m.group(3)
    # ASCII throughout, so the scripts keep their CSP hashes in a notebook page of any encoding.
    assert frame.isascii() and "&#233;" in frame


def test_show_focuses(cg):
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


def boxes_of(data):
    return {n["id"]: tuple(a + b for a, b in zip((n["x"], n["y"]) * 2,
                                                  node_box(n["label"], font=n["font"]["size"], size=n["size"],
                                                           shape=n["shape"])))
            for n in data["nodes"]}


def overlaps(boxes):
    items = sorted(boxes.items(), key=lambda kv: kv[1][0])
    found = []
    for i, (a, p) in enumerate(items):  # sweep along x
        for b, q in items[i + 1:]:
            if q[0] >= p[2]:
                break
            if p[1] < q[3] and q[1] < p[3]:
                found.append((a, b))
    return found


def test_layout_is_deterministic_and_nothing_overlaps():
    g = synthetic(4, 10)
    pos = positions(g)
    assert pos == positions(g) and set(pos) == set(g)
    data = page_data(g, "t")
    assert overlaps(boxes_of(data)) == []


def test_quantities_are_named_cards_kept_apart():
    g = synthetic(30, 25)
    data = page_data(g, "t")
    boxes, cards = boxes_of(data), data["cards"]
    assert len(cards) == 30 and overlaps(boxes) == []
    by_id = {n["id"]: n for n in data["nodes"]}
    for card in cards:  # the quantity on top, its claims inside, nothing else inside
        x0, y0, x1, y1 = card["box"]
        inside = {i for i, b in boxes.items() if x0 - 0.5 <= b[0] and b[2] <= x1 + 0.5 and y0 - 0.5 <= b[1] and b[3] <= y1 + 0.5}
        members = {i for i, n in by_id.items() if n.get("q") == card["id"]} | {card["id"]}
        assert inside == members
        assert by_id[card["id"]]["y"] == min(by_id[m]["y"] for m in members)
    for a in cards:
        for b in cards:
            if a is not b:
                p, q = a["box"], b["box"]
                assert not (p[0] < q[2] and q[0] < p[2] and p[1] < q[3] and q[1] < p[3])


def test_a_card_reads_in_date_order():
    g = nx.MultiDiGraph()
    g.add_node("quantity:q", kind="quantity", label="soldiers")
    days = ["2024-11-04", "2024-10-18", "2024-12-24", "2024-10-23"]
    for i, day in enumerate(days):
        rec = Claim(US, Figure(1000 * (i + 1)), "soldiers", stated_on=day)
        g.add_node(f"claim:{i}", kind="claim", label=str(rec.figure), record=rec, value=1000.0 * (i + 1))
        g.add_edge(f"claim:{i}", "quantity:q", relation="about")
    pos = arrange(g).positions
    order = sorted(range(4), key=lambda i: (round(pos[f"claim:{i}"][1]), pos[f"claim:{i}"][0]))
    assert [days[i] for i in order] == sorted(days)


def test_the_layout_fills_a_landscape_window():
    data = page_data(synthetic(40, 12), "t")
    boxes = list(boxes_of(data).values())
    width = max(b[2] for b in boxes) - min(b[0] for b in boxes)
    height = max(b[3] for b in boxes) - min(b[1] for b in boxes)
    assert 1.0 < width / height < 2.0
    # Not mostly empty: cards and the nodes outside cards cover most of it.
    cards = sum((c["box"][2] - c["box"][0]) * (c["box"][3] - c["box"][1]) for c in data["cards"])
    outside = sum((b[2] - b[0]) * (b[3] - b[1]) for n, b in zip(data["nodes"], boxes)
                  if n["kind"] not in ("claim", "quantity"))
    assert (cards + outside) / (width * height) > 0.5


def test_claim_to_claim_edges_go_around_the_claims_between():
    g = synthetic(1, 6)
    data = page_data(g, "t")
    smooth = {(e["from"], e["to"]): e.get("smooth") for e in data["edges"] if e["relation"] == "conflicts_with"}
    assert all(s is False or s["type"] in ("curvedCW", "curvedCCW") for s in smooth.values())
    assert any(s is False for s in smooth.values())  # neighbours in a row: a straight line


def test_structure_edges_are_light_and_the_card_stands_for_about():
    data = page_data(synthetic(2, 3), "t")
    about = [e for e in data["edges"] if e["relation"] == "about"]
    assert about and all(e["hidden"] for e in about)
    assert all(not e.get("hidden") for e in data["edges"] if e["relation"] != "about")
