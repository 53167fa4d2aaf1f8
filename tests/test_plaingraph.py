"""ClaimGraph.to_networkx(plain=True): GEXF and GraphML round trips on data/;
SPARQL results as DataFrames and HTML tables; the graph's still picture."""
import math

import networkx as nx
import pytest

from claimgraph.errors import ClaimgraphError
from claimgraph.explore import ClaimGraph
from claimgraph.inputs import load
from claimgraph.model import Actor, Claim, Corpus, Figure

PLAIN = (str, int, float, bool)


DATA = __import__("pathlib").Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def cg():
    return ClaimGraph(load([DATA]))


def test_the_graph_itself_is_refused_by_the_writers(cg, tmp_path):
    with pytest.raises(Exception):  # records and dates: what the issue reported
        nx.write_gexf(cg.graph, tmp_path / "g.gexf")


def test_plain_attributes_only(cg):
    g = cg.to_networkx(plain=True)
    assert (g.number_of_nodes(), g.number_of_edges()) == (cg.graph.number_of_nodes(), cg.graph.number_of_edges())
    assert sorted(g.edges(keys=True)) == sorted((str(u), str(v), str(k)) for u, v, k in cg.graph.edges(keys=True))
    for _, attrs in g.nodes(data=True):
        assert all(isinstance(x, PLAIN) for x in attrs.values()), attrs
        assert all(not isinstance(x, float) or math.isfinite(x) for x in attrs.values())
    for *_, attrs in g.edges(keys=True, data=True):
        assert all(isinstance(x, PLAIN) for x in attrs.values()), attrs
    # figures as stated: a range has bounds and no value (no midpoint)
    ranged = [d for _, d in g.nodes(data=True) if d["kind"] == "claim" and d.get("qualifier") == "range"]
    assert ranged and all("value" not in d and d["value_min"] < d["value_max"] for d in ranged)
    g.add_edge("actor:nato", "document:x", key="cites")  # an ordinary, editable graph
    kept = cg.to_networkx(plain=False)
    assert not nx.is_frozen(kept) and all("record" in d for _, d in kept.nodes(data=True))


def _same(a: nx.MultiDiGraph, b: nx.Graph) -> None:
    assert set(a.nodes) == set(b.nodes)
    assert sorted((u, v, d["relation"]) for u, v, d in a.edges(data=True)) == \
        sorted((u, v, d["relation"]) for u, v, d in b.edges(data=True))
    for n, attrs in a.nodes(data=True):
        back = {k: x for k, x in b.nodes[n].items() if k != "id"}
        assert back == attrs, n
    ratios = sorted(d["ratio"] for *_, d in a.edges(data=True) if "ratio" in d)
    assert ratios and ratios == sorted(d["ratio"] for *_, d in b.edges(data=True) if "ratio" in d)


def test_gexf_round_trip(cg, tmp_path):
    g = cg.to_networkx()
    nx.write_gexf(g, tmp_path / "g.gexf")
    back = nx.read_gexf(tmp_path / "g.gexf")
    assert back.is_directed()  # (a multigraph again when there are parallel edges)
    _same(g, back)


def test_graphml_round_trip(cg, tmp_path):
    g = cg.to_networkx()
    nx.write_graphml(g, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    _same(g, back)
    conflicted = [n for n, d in back.nodes(data=True) if d.get("conflicted") is True]
    assert len(conflicted) == len({i for c in cg.comparisons for r in c.conflicts for i in (r.a, r.b)})


# --- SPARQL results in notebooks ---------------------------------------------

Q = """SELECT ?name ?value ?min ?date WHERE {
  ?claim prov:wasAttributedTo ?who ; cg:figure ?f . ?who schema:name ?name .
  OPTIONAL { ?f schema:value ?value } OPTIONAL { ?f schema:minValue ?min } OPTIONAL { ?claim schema:dateCreated ?date }
} ORDER BY ?name ?date"""


def test_sparql_to_df(cg):
    import pandas as pd

    r = cg.sparql(Q)
    df = r.to_df()
    assert list(df.columns) == ["name", "value", "min", "date"] and len(df) == len(r.rows) > 10
    assert pd.api.types.is_float_dtype(df["value"]) and pd.api.types.is_datetime64_any_dtype(df["date"])
    assert df["value"].isna().any() and df["min"].notna().any()  # ranges have bounds, no value
    assert df["name"].map(type).eq(str).all()
    assert cg.sparql("ASK { ?a cg:conflictsWith ?b }").to_df().to_dict("list") == {"boolean": [True]}


def test_sparql_html_is_escaped_and_capped():
    r = ClaimGraph(Corpus(claims=[Claim(Actor(f"<b>A{i}</b> & co"), Figure(i + 1), "x") for i in range(60)])).sparql(
        "SELECT ?who ?name WHERE { ?who schema:name ?name } ORDER BY ?name")
    html = r._repr_html_()
    assert "<b>" not in html and "&lt;b&gt;A0&lt;/b&gt; &amp; co" in html
    assert html.count("<tr>") == 51 and "the first 50 shown" in html  # header row + 50
    assert 'title="https://w3id.org/claimgraph/' in html  # the full IRI of a shortened one
    assert ClaimGraph(Corpus(claims=[Claim(Actor("A"), Figure(1), "x")])).sparql("ASK { ?s ?p ?o }")._repr_html_() \
        == "<p>ASK: <b>true</b></p>"


# --- the still picture ---------------------------------------------------------

def test_graph_view_saves_page_and_picture(cg, tmp_path):
    view = cg.show(quantity="north-korean-troops-deployed-russia")
    assert view.save(tmp_path / "g.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert view.save(tmp_path / "g.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(ClaimgraphError, match=r"\.html .* or \.png"):
        view.save(tmp_path / "g.svg")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.html", "g.png"]
    from claimgraph.graphimage import draw_graph

    labels = {t.get_text() for t in draw_graph(cg.subgraph_for_quantity("north-korean-troops-deployed-russia")).axes[0].texts}
    assert any("Pentagon" in t for t in labels)


def test_picture_reuses_the_page_layout(cg, monkeypatch):
    import claimgraph.vizdata as vizdata

    view = cg.show()
    monkeypatch.setattr(vizdata, "page_data", lambda *a, **k: pytest.fail("the graph was laid out a second time"))
    png = view.to_png()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) < 400_000


def test_picture_draws_what_the_page_shows_at_first(cg):
    # no articles (the page shows them on demand), no hidden quantity lines (the card says it), the cards drawn
    from matplotlib.collections import LineCollection
    from matplotlib.patches import FancyBboxPatch

    from claimgraph.graphimage import draw_graph, page_json

    data = page_json(cg.show().page)
    shown = {n["id"] for n in data["nodes"] if n["kind"] != "document"}
    assert len(shown) < len(data["nodes"]) and any(e.get("hidden") for e in data["edges"])
    drawn = [e for e in data["edges"] if not e.get("hidden") and e["from"] in shown and e["to"] in shown]
    fig = draw_graph(cg.graph, data=data)
    ax = fig.axes[0]
    assert sum(len(c.get_segments()) for c in ax.collections if isinstance(c, LineCollection)) == len(drawn)
    assert sum(isinstance(p, FancyBboxPatch) for p in ax.patches) == len(data["cards"])
    titles = {n["title"] for n in data["nodes"] if n["kind"] == "document"}
    assert not titles & {t.get_text() for t in ax.texts}
    legend = {t.get_text() for t in fig.legends[0].get_texts()}
    assert "Article" not in legend and not any(t.startswith(("about", "appears in")) for t in legend)
    assert any(t.startswith("conflicts with") for t in legend)
    assert len(ax.texts) == len(shown)  # all labelled: without the articles the sample is small enough
