"""Behaviour of claimgraph.graph (nodes, edges) and claimgraph.explore (ClaimGraph helpers)."""
from __future__ import annotations

import subprocess
import sys
from collections import Counter

import pytest

from claimgraph.compare import Comparison, Relation, compare
from claimgraph.errors import ModelError
from claimgraph.explore import ClaimGraph
from claimgraph.graph import build_graph
from claimgraph.model import Actor, Claim, Corpus, Document, Figure

NATO = Actor("NATO", "organisation")
RUTTE = Actor("Mark Rutte", "person", affiliation="nato")
US = Actor("US officials", "group")
UA = Actor("Ukraine", "country")
TROOPS = "North Korean soldiers in Russia"

C_US = Claim(US, Figure(3000, qualifier="about"), TROOPS, document="a1", stated_on="2024-10-30")
C_UA = Claim(UA, Figure(10000, qualifier="about"), TROOPS, document="a2", stated_on="2024-11-01")
C_RUTTE = Claim(RUTTE, Figure(10000, 10000, None, "more_than"), TROOPS, document="a2")  # dated by a2
C_DEAD = Claim(US, Figure(1200), "North Korean casualties", document="a1")
DOCS = (Document("a1", title="Pyongyang sends troops", published="2024-10-30"), Document("a2", published="2024-11-01"))


@pytest.fixture
def corpus():
    return Corpus(DOCS, (C_US, C_UA, C_RUTTE, C_DEAD), (NATO,))


def kinds(g):
    return Counter(d["kind"] for _, d in g.nodes(data=True))


def relations(g):
    return Counter(k for _, _, k in g.edges(keys=True))


def test_nodes_and_edges_of_a_small_corpus(corpus):
    g = build_graph(corpus)
    assert kinds(g) == {"actor": 4, "claim": 4, "document": 2, "quantity": 2}
    assert relations(g) == {"claims": 4, "appears_in": 4, "about": 4, "affiliated_with": 1,
                            "conflicts_with": 2, "agrees_with": 1}
    assert all(d["relation"] == k for _, _, k, d in g.edges(keys=True, data=True))
    assert all({"kind", "label", "record"} <= d.keys() for _, d in g.nodes(data=True))


def test_claim_node_attributes(corpus):
    g = build_graph(corpus)
    us, dead = g.nodes[f"claim:{C_US.id}"], g.nodes[f"claim:{C_DEAD.id}"]
    assert us["label"] == "about 3,000" and us["value"] == 3000 and us["record"].id == C_US.id
    assert us["record"].statement == us["statement"] != "" and us["reports"] == 1
    assert us["conflicted"] is True and dead["conflicted"] is False
    ratio = g.edges[f"claim:{C_US.id}", f"claim:{C_UA.id}", "conflicts_with"]["ratio"]
    assert ratio == pytest.approx(10 / 3)


def test_document_actor_quantity_nodes(corpus):
    g = build_graph(corpus)
    assert g.nodes["document:a1"]["label"] == "Pyongyang sends troops"
    assert g.nodes["document:a2"]["label"] == "a2"  # no title
    assert g.nodes["actor:ukraine"]["actor_kind"] == "country"
    q = g.nodes["quantity:north-korean-soldiers-in-russia"]
    assert q["label"] == TROOPS and isinstance(q["record"], Comparison)


def test_same_quantity_from_different_articles_shares_a_node(corpus):
    g = build_graph(corpus)
    about = [u for u, _, k in g.in_edges("quantity:north-korean-soldiers-in-russia", keys=True) if k == "about"]
    assert sorted(about) == sorted(f"claim:{c.id}" for c in (C_US, C_UA, C_RUTTE))


def test_affiliation_to_an_actor_of_the_corpus(corpus):
    g = build_graph(corpus)
    assert g.has_edge("actor:mark-rutte", "actor:nato", key="affiliated_with")
    assert g.nodes["actor:nato"]["record"] is NATO and g.nodes["actor:nato"]["label"] == "NATO"


def test_unknown_affiliation_without_gazetteer_is_labelled_by_id():
    g = build_graph(Corpus(claims=[C_RUTTE]))
    node = g.nodes["actor:nato"]
    assert node["label"] == "nato" and node["actor_kind"] == "unknown"
    assert g.has_edge("actor:mark-rutte", "actor:nato", key="affiliated_with")


def test_affiliation_found_in_the_gazetteer_and_followed():
    gazetteer = {"nato": Actor("North Atlantic Treaty Organization", "organisation", id="nato",
                               affiliation="west")}
    g = build_graph(Corpus(claims=[C_RUTTE]), gazetteer=gazetteer)
    assert g.nodes["actor:nato"]["label"] == "North Atlantic Treaty Organization"
    assert g.has_edge("actor:nato", "actor:west", key="affiliated_with")
    assert g.nodes["actor:west"]["label"] == "west"


def test_gazetteer_must_give_actors():
    with pytest.raises(ModelError, match="gazetteer"):
        build_graph(Corpus(claims=[C_RUTTE]), gazetteer={"nato": "NATO"})


def test_claim_whose_document_is_not_in_the_corpus():
    orphan = Claim(US, Figure(3000), TROOPS, document="missing-article")
    g = build_graph(Corpus(claims=[orphan]))
    node = g.nodes["document:missing-article"]
    assert node["kind"] == "document" and node["label"] == "missing-article"
    assert node["record"] == Document("missing-article")
    assert g.has_edge(f"claim:{orphan.id}", "document:missing-article", key="appears_in")


def test_claim_without_document_has_no_appears_in():
    g = build_graph(Corpus(claims=[Claim(US, Figure(3000), TROOPS)]))
    assert "appears_in" not in relations(g) and kinds(g)["document"] == 0


def test_revision_edges_point_from_later_to_earlier():
    early = Claim(US, Figure(3000), TROOPS, stated_on="2024-10-30")
    late = Claim(US, Figure(12000), TROOPS, stated_on="2024-12-16")
    g = build_graph(Corpus(claims=[early, late]))
    assert g.has_edge(f"claim:{late.id}", f"claim:{early.id}", key="revises")
    assert "conflicts_with" not in relations(g)


def test_given_comparisons_are_used(corpus):
    assert "conflicts_with" not in relations(build_graph(corpus, []))
    g = build_graph(corpus, [])  # quantities still get nodes, with a Comparison record
    assert kinds(g)["quantity"] == 2
    assert g.nodes["quantity:north-korean-casualties"]["record"].claims == (C_DEAD,)


def test_comparison_with_a_foreign_claim_is_an_error(corpus):
    stray = Comparison("x", "x", (), (Relation("conflict", C_US.id, "c-unknown", 2.0),))
    with pytest.raises(ModelError, match="c-unknown"):
        build_graph(corpus, [stray])


def test_build_graph_needs_a_corpus():
    with pytest.raises(ModelError):
        build_graph([C_US])


# ClaimGraph

def test_claimgraph_basics(corpus):
    cg = ClaimGraph(corpus)
    assert len(cg) == 4 and [c.id for c in cg.claims] == [c.id for c in corpus.claims] and cg.documents == DOCS
    assert cg.actors == corpus.actors
    assert list(cg.quantities()) == ["north-korean-soldiers-in-russia", "north-korean-casualties"]
    assert cg.graph is cg.graph  # built once
    assert cg.comparison(TROOPS) is cg.comparison("north-korean-soldiers-in-russia")
    with pytest.raises(KeyError, match="north-korean-casualties"):
        cg.comparison("tanks")


def test_tolerance_is_passed_on():
    claims = [Claim(US, Figure(3000, qualifier="about"), TROOPS), Claim(UA, Figure(3250), TROOPS)]
    assert len(ClaimGraph(Corpus(claims=claims)).comparisons[0].conflicts) == 0
    assert len(ClaimGraph(Corpus(claims=claims), tolerance=0.05).comparisons[0].conflicts) == 1


def test_claims_df(corpus):
    df = ClaimGraph(corpus).claims_df()
    assert list(df.columns) == ["id", "claimant", "figure", "value", "value_min", "value_max", "qualifier",
                                "unit", "subject", "quantity", "quantity_id", "stated_on", "document", "evidence",
                                "conflicted", "confidence", "as_said", "as_of", "publisher", "url", "headline",
                                "language", "published"]
    assert len(df) == 4
    row = df.set_index("id").loc[C_RUTTE.id]
    assert (row.claimant, row.figure, row.value, row.value_min) == ("Mark Rutte", "more than 10,000", 10000, 10000)
    assert str(df["stated_on"].dtype).startswith("datetime64")


def test_conflicts_df(corpus):
    df = ClaimGraph(corpus).conflicts_df()
    assert list(df.columns)[:9] == ["quantity", "quantity_id", "a_claimant", "a_figure", "b_claimant", "b_figure",
                                    "ratio", "a", "b"]
    assert {"a_publisher", "a_url", "a_headline", "a_language", "a_stated_on", "a_as_of", "a_evidence",
            "b_publisher", "b_url", "b_headline", "b_language", "b_stated_on", "b_as_of", "b_evidence"} <= set(df.columns)
    row = df[df.b_claimant == "Ukraine"].iloc[0]
    assert (row.a_claimant, row.a_figure, row.quantity) == ("US officials", "about 3,000", TROOPS)
    assert row.ratio == pytest.approx(10 / 3)
    assert len(df) == 2
    empty = ClaimGraph(Corpus(claims=[C_DEAD])).conflicts_df()
    assert empty.empty and "ratio" in empty.columns


def test_subgraph_for_quantity(corpus):
    cg = ClaimGraph(corpus)
    sub = cg.subgraph_for_quantity("north-korean-casualties")
    assert set(sub) == {"quantity:north-korean-casualties", f"claim:{C_DEAD.id}", "actor:us-officials",
                        "document:a1"}
    sub.remove_node("document:a1")  # a copy: the graph is untouched
    assert "document:a1" in cg.graph
    troops = cg.subgraph_for_quantity(TROOPS)
    assert {"actor:nato", "actor:mark-rutte"} <= set(troops) and f"claim:{C_DEAD.id}" not in troops
    with pytest.raises(KeyError):
        cg.subgraph_for_quantity("tanks")


def test_subgraph_around_actor(corpus):
    cg = ClaimGraph(corpus)
    sub = cg.subgraph_around("Mark Rutte")
    assert {"actor:mark-rutte", "actor:nato", f"claim:{C_RUTTE.id}", "document:a2",
            "quantity:north-korean-soldiers-in-russia"} <= set(sub)
    # Rutte's claim conflicts with the US figure: that claim and its claimant come along
    assert {f"claim:{C_US.id}", "actor:us-officials", f"claim:{C_UA.id}"} <= set(sub)
    assert f"claim:{C_DEAD.id}" not in sub
    assert set(cg.subgraph_around("actor:nato")) >= {"actor:nato", "actor:mark-rutte"}
    with pytest.raises(KeyError):
        cg.subgraph_around("nobody")


def test_repr_html_escapes_article_text():
    evil = Actor("<script>alert(1)</script>", "group")
    claim = Claim(evil, Figure(5, unit="<b>x</b>"), "troops <img src=x onerror=alert(1)>")
    out = ClaimGraph(Corpus(claims=[claim, C_US]))._repr_html_()
    assert "<script>" not in out and "<img" not in out and "<b>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out and "&lt;img src=x" in out
    # the dispute summaries come first, then the table of quantities
    assert out.startswith('<section id="disputes"') and out.index("</section>") < out.index("<table><caption>ClaimGraph") and "2 claims" in out


def test_repr(corpus):
    assert repr(ClaimGraph(corpus)).startswith("<ClaimGraph: 4 claims, 2 documents, 4 actors, 2 quantities")


def test_graph_module_imports_without_pandas():
    code = "import sys; sys.modules['pandas'] = None; import claimgraph.graph"
    subprocess.run([sys.executable, "-c", code], check=True)


def _graph_the_plain_way(corpus, comparisons):
    # The reference: the same graph built with networkx's public add_node/add_edge.
    import networkx as nx

    from claimgraph.graph import EDGE_NAMES, FRAME

    def frame(claims):
        return {k: next((getattr(c, k) for c in claims if getattr(c, k)), "") for k in FRAME}

    g = nx.MultiDiGraph(name="claimgraph")
    for d in corpus.documents:
        g.add_node(f"document:{d.id}", kind="document", label=d.title or d.id, record=d)
    for a in corpus.actors:
        g.add_node(f"actor:{a.id}", kind="actor", label=a.name, record=a, actor_kind=a.kind)
    for a in corpus.actors:
        if a.affiliation:
            g.add_edge(f"actor:{a.id}", f"actor:{a.affiliation}", key="affiliated_with", relation="affiliated_with")
    for cmp in comparisons:
        g.add_node(f"quantity:{cmp.quantity_id}", kind="quantity", label=cmp.label, record=cmp, **frame(cmp.claims))
    conflicted = {i for cmp in comparisons for r in cmp.relations if r.kind == "conflict" for i in (r.a, r.b)}
    done = set()

    def add(c, first):  # one report; ``first`` is the first report of its statement, whose node it joins
        node = f"claim:{first.id}"
        if first is c:
            g.add_node(node, kind="claim", label=str(c.figure), record=c, value=c.figure.central,
                       conflicted=c.id in conflicted, statement=c.statement, reports=1)
        elif c.id not in done:
            g.nodes[node]["reports"] += 1
        done.add(c.id)
        for a in c.claimants:
            g.add_edge(f"actor:{a.id}", node, key="claims", relation="claims")
        if c.document is not None:
            g.add_edge(node, f"document:{c.document}", key="appears_in", relation="appears_in")
        if first is c:
            g.add_edge(node, f"quantity:{c.quantity_id}", key="about", relation="about")

    for cmp in comparisons:
        firsts = {}
        for c in cmp.claims:
            add(c, firsts.setdefault(c.statement or c.id, c))
    uncompared, firsts = {}, {}
    for c in corpus.claims:
        if c.id not in done:
            if f"quantity:{c.quantity_id}" not in g or c.quantity_id in uncompared:
                uncompared.setdefault(c.quantity_id, []).append(c)
            add(c, firsts.setdefault(c.statement, c) if c.statement else c)
    for qid, found in uncompared.items():
        g.add_node(f"quantity:{qid}", kind="quantity", label=found[0].quantity_label,
                   record=Comparison(qid, found[0].quantity_label, tuple(found)), **frame(found))
    for cmp in comparisons:
        for r in cmp.relations:
            name = EDGE_NAMES[r.kind]
            trust = {} if r.confidence is None else {"confidence": r.confidence}
            g.add_edge(f"claim:{r.a}", f"claim:{r.b}", key=name, relation=name, ratio=r.ratio, **trust)
    return g


def _same_graph(got, want):
    assert list(got.nodes(data=True)) == list(want.nodes(data=True))
    assert list(got.edges(keys=True, data=True)) == list(want.edges(keys=True, data=True))
    assert list(got.in_edges(keys=True, data=True)) == list(want.in_edges(keys=True, data=True))


def test_graph_is_the_one_add_edge_builds_even_with_shared_edge_data(corpus):
    # Two relations between one pair of claims (a key dict that stops being
    # shared) and a relation given twice with another ratio (add_edge updates).
    cmp = compare(corpus.claims, documents=corpus.documents)
    extra = Comparison("x", "x", (), (Relation("revision", C_UA.id, C_US.id, 3.0),
                                      Relation("conflict", C_UA.id, C_US.id, 3.5),
                                      Relation("conflict", C_UA.id, C_US.id, 4.0)))
    for comparisons in (cmp, [*cmp, extra]):
        got, want = build_graph(corpus, comparisons), _graph_the_plain_way(corpus, comparisons)
        _same_graph(got, want)
    assert got.edges[f"claim:{C_UA.id}", f"claim:{C_US.id}", "conflicts_with"]["ratio"] == 4.0
    assert got.edges[f"claim:{C_UA.id}", f"claim:{C_US.id}", "revises"]["ratio"] == 3.0


def _reported_twice():
    # The US figure carried by a1 and a3, Ukraine's by a2 and a3 (under two names
    # of one body), and a quantity no comparison covers, reported twice too.
    kyiv = Actor("Kyiv", "country", "ukraine")
    us_again = Claim(US, Figure(3000, qualifier="about"), TROOPS, document="a3", stated_on="2024-10-31")
    ua_again = Claim(kyiv, Figure(10000, qualifier="about"), TROOPS, document="a3", stated_on="2024-11-01")
    tanks = [Claim(UA, Figure(50), "tanks", document=d, stated_on="2024-11-01") for d in ("a2", "a3")]
    docs = (*DOCS, Document("a3", published="2024-11-01"))
    return Corpus(docs, (C_US, C_UA, C_RUTTE, C_DEAD, us_again, ua_again, *tanks), (NATO,)), us_again, ua_again


def test_a_statement_reported_by_two_articles_is_one_claim_node_with_two_documents():
    corpus, us_again, ua_again = _reported_twice()
    corpus = corpus.with_statements()
    g = build_graph(corpus)
    assert kinds(g) == {"actor": 4, "claim": 5, "document": 3, "quantity": 3}  # 9 claims, 5 statements
    us = g.nodes[f"claim:{C_US.id}"]
    statement = {c.id: c.statement for c in corpus.claims}
    assert f"claim:{us_again.id}" not in g and us["reports"] == 2
    assert us["statement"] == statement[C_US.id] == statement[us_again.id] != ""
    assert sorted(v for _, v, k in g.out_edges(f"claim:{C_US.id}", keys=True) if k == "appears_in") == \
        ["document:a1", "document:a3"]
    # Kyiv and Ukraine are one actor: one statement, one node (the first report by date, then id)
    [ua] = [n for n, d in g.nodes(data=True) if d.get("statement") == statement[C_UA.id]]
    assert ua in (f"claim:{C_UA.id}", f"claim:{ua_again.id}") and g.nodes[ua]["reports"] == 2
    assert sorted(u for u, _, k in g.in_edges(ua, keys=True) if k == "claims") == ["actor:ukraine"]
    assert sorted(v for _, v, k in g.out_edges(ua, keys=True) if k == "appears_in") == ["document:a2", "document:a3"]
    # relations link the statements once
    assert relations(g)["conflicts_with"] == 2 and relations(g)["agrees_with"] == 1
    [tanks] = [n for n, d in g.nodes(data=True) if d["kind"] == "claim" and d["record"].subject == "tanks"]
    assert g.nodes[tanks]["reports"] == 2 and len(list(g.successors(tanks))) == 3


def test_statements_without_ids_are_taken_from_the_comparisons():
    # A raw corpus: compare() groups the reports, and the graph follows it.
    corpus, us_again, _ = _reported_twice()
    g = build_graph(corpus)
    assert f"claim:{us_again.id}" not in g and g.nodes[f"claim:{C_US.id}"]["reports"] == 2
    assert kinds(g)["claim"] == 5  # the uncompared tanks claims carry no statement: one node each


@pytest.mark.parametrize("with_statements", [False, True])
def test_statement_nodes_are_the_ones_add_edge_builds(with_statements):
    corpus = _reported_twice()[0]
    corpus = corpus.with_statements() if with_statements else corpus
    cmp = compare(corpus.claims, documents=corpus.documents, actors=corpus.actors)
    troops = [c for c in cmp if c.quantity_id != "tanks"]
    for comparisons in (cmp, troops, []):
        _same_graph(build_graph(corpus, comparisons), _graph_the_plain_way(corpus, comparisons))


def test_quantity_nodes_carry_the_frame():
    troops = Claim(US, Figure(3000), population="north-korean-troops", measure="deployed", place="russia",
                   place_level="country", document="a1", stated_on="2024-10-30")
    g = build_graph(Corpus(claims=[troops, C_DEAD]))
    q = g.nodes["quantity:north-korean-troops-deployed-russia"]
    assert {k: q[k] for k in ("population", "measure", "place", "place_level", "period", "part_of")} == {
        "population": "north-korean-troops", "measure": "deployed", "place": "russia", "place_level": "country",
        "period": "", "part_of": ""}
    assert g.nodes["quantity:north-korean-casualties"]["place"] == ""


def test_graph_is_frozen_with_shared_read_only_edge_data(corpus):
    import networkx as nx

    g = build_graph(corpus)
    assert nx.is_frozen(g)
    about = [d for _, _, k, d in g.edges(keys=True, data=True) if k == "about"]
    assert len(about) == 4 and all(d is about[0] for d in about)  # one object for equal edges
    with pytest.raises(TypeError, match=r"read-only .* edit a copy of the graph \(g\.copy\(\)\)"):
        about[0]["weight"] = 2
    with pytest.raises(TypeError, match="read-only"):
        nx.set_edge_attributes(g, 2, "weight")
    with pytest.raises(nx.NetworkXError, match="Frozen"):
        g.remove_node(f"claim:{C_US.id}")
    h = g.copy()
    nx.set_edge_attributes(h, 2, "weight")
    h.remove_node(f"claim:{C_US.id}")
    assert all("weight" not in d for _, _, d in g.edges(data=True))
    assert g.has_node(f"claim:{C_US.id}") and h.number_of_nodes() == g.number_of_nodes() - 1
    g.nodes[f"claim:{C_US.id}"]["colour"] = "red"  # node attributes stay the user's


def test_graph_pickles_with_its_edge_data(corpus):
    import pickle

    g = build_graph(corpus)
    back = pickle.loads(pickle.dumps(g))
    assert list(back.edges(keys=True, data=True)) == list(g.edges(keys=True, data=True))
    edge = next(iter(back.edges(data=True)))[2]
    with pytest.raises(TypeError, match="read-only"):
        edge["x"] = 1


def test_an_actor_quoted_in_two_languages_shows_under_one_name():
    fr, en = Actor("Pentagone", "organisation", "pentagon"), Actor("Pentagon", "organisation", "pentagon")
    ukraine = Actor("Ukraine", "country", "ukraine")
    claims = (Claim((fr,), Figure(3000.0), quantity_id="troops", document="fr"),
              Claim((en,), Figure(3000.0), quantity_id="troops", document="en"),
              Claim((en,), Figure(3500.0), quantity_id="troops", document="en2"),
              Claim((ukraine,), Figure(12000.0), quantity_id="troops", document="en"))
    cg = ClaimGraph(Corpus((), claims))
    assert sorted(set(cg.claims_df()["claimant"])) == ["Pentagon", "Ukraine"]
    assert set(cg.conflicts_df()["a_claimant"]) | set(cg.conflicts_df()["b_claimant"]) == {"Pentagon", "Ukraine"}
    # ids are the extracted ones: relations and exports still point at the same claims
    assert set(cg.claims_df()["id"]) == {c.id for c in claims}
