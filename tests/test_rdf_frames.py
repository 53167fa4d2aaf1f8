"""RDF of frames (as_of, place, population, measure, period, part_of),
statements and their reports, and the new relation fields."""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection

from claimgraph import Actor, Claim, ClaimGraph, Corpus, Document, Figure
from claimgraph import rdf
from claimgraph.compare import compare
from claimgraph.inputs import load
from claimgraph.model import Report

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")
SDO, CG, RDF, XSD = rdf.SDO, rdf.CG, rdf.RDF, rdf.XSD
DOCS = Path(__file__).resolve().parent.parent / "docs" / "rdf.md"

# The docs' example: one statement reported by two outlets, and a subset of its total.
CIVIL = Actor("Civil Protection", "organisation", id="civil-protection")
EN = Document("en-quake-toll", "More than 1,200 dead, including 48 children.", published="2026-02-11",
              publisher="Wire")
FR = Document("fr-bilan-seisme", "Plus de 1 200 morts.", published="2026-02-11", publisher="Quotidien")
FRAME = dict(population="deaths", measure="killed", place="hatay", place_level="region", as_of="2026-02-10",
             stated_on="2026-02-11")
TOLL_EN = Claim(CIVIL, Figure(1200, 1200, qualifier="more_than"), "dead", document=EN.id, **FRAME)
TOLL_FR = Claim(CIVIL, Figure(1200, 1200, qualifier="more_than"), "morts", document=FR.id, **FRAME)
CHILDREN = Claim(CIVIL, Figure(48), "children", document=EN.id, part_of="deaths-hatay",
                 **{**FRAME, "population": "children"})
# Another speaker two days later, and the same speaker's revision up.
GOVERNOR = Claim(Actor("Governor of Hatay", "person"), Figure(2000), "dead", document=FR.id,
                 **{**FRAME, "as_of": "2026-02-12", "stated_on": "2026-02-12"})
REVISED = Claim(CIVIL, Figure(1500), "dead", document=FR.id, **{**FRAME, "as_of": "2026-02-13",
                                                                  "stated_on": "2026-02-13"})
QUAKE = Corpus((EN, FR), (TOLL_EN, TOLL_FR, CHILDREN, GOVERNOR, REVISED)).with_statements()


def by_id(records) -> dict:
    return {r.id: r for r in records}


def claim_of(corpus: Corpus, claim: Claim) -> Claim:
    return by_id(corpus.claims)[claim.id]


def test_the_example_is_framed_and_grouped():
    en, fr = claim_of(QUAKE, TOLL_EN), claim_of(QUAKE, TOLL_FR)
    assert en.quantity_id == "deaths-hatay" and en.statement and en.statement == fr.statement
    assert [r.document for r in en.reports] == [EN.id, FR.id]
    assert claim_of(QUAKE, CHILDREN).quantity_id == "children-killed-hatay"


# --- the mapping ---------------------------------------------------------------------

def test_frame_properties():
    g = rdf.to_rdf(QUAKE)
    claim = rdf.resource("claim", TOLL_EN.id)
    place = rdf.resource("place", "hatay")
    assert (claim, SDO.temporalCoverage, Literal("2026-02-10", datatype=XSD.date)) in g
    assert (claim, SDO.dateCreated, Literal("2026-02-11", datatype=XSD.date)) in g
    assert (claim, SDO.spatialCoverage, place) in g
    assert (place, RDF.type, SDO.Place) in g and (place, SDO.identifier, Literal("hatay")) in g
    assert (claim, CG.placeLevel, Literal("region")) in g
    assert (claim, CG.population, Literal("deaths")) in g and (claim, CG.measure, Literal("killed")) in g
    assert (claim, CG.period, None) not in g  # empty slots are not written
    # one place resource, however many claims name it
    assert len(list(g.triples((place, RDF.type, None)))) == 1


def test_period_and_part_of():
    summer = Claim(CIVIL, Figure(10), "dead", population="children", measure="killed", place="hatay",
                   period="Summer 2025", part_of="deaths-hatay")
    assert summer.period == "summer-2025"
    g = rdf.to_rdf(Corpus(claims=(summer,)))
    claim, quantity = rdf.resource("claim", summer.id), rdf.resource("quantity", summer.quantity_id)
    total = rdf.resource("quantity", "deaths-hatay")
    assert (claim, CG.period, Literal("summer-2025")) in g
    assert (claim, CG.partOf, total) in g and (quantity, CG.partOf, total) in g


def test_statement_resource_appearances_and_reports():
    g = rdf.to_rdf(QUAKE)
    en = claim_of(QUAKE, TOLL_EN)
    statement = rdf.resource("statement", en.statement)
    assert (rdf.resource("claim", TOLL_EN.id), CG.statement, statement) in g
    assert (rdf.resource("claim", TOLL_FR.id), CG.statement, statement) in g
    assert (statement, RDF.type, CG.Statement) in g
    assert set(g.objects(statement, SDO.appearance)) == {rdf.resource("document", EN.id),
                                                         rdf.resource("document", FR.id)}
    reports = list(Collection(g, g.value(statement, CG.reports)))
    assert [g.value(r, CG.claim) for r in reports] == [rdf.resource("claim", r.claim) for r in en.reports]
    assert all((r, RDF.type, CG.Report) in g for r in reports)
    # the claims share the statement's list: no list of their own
    assert (None, CG.reports, None) in g and (rdf.resource("claim", TOLL_EN.id), CG.reports, None) not in g


def test_statement_ids_cannot_break_iris():
    odd = Claim(CIVIL, Figure(1), statement="s/1#<x> y", reports=(Report("c/2#", "doc <1>", "2026-01-01"),))
    text = rdf.dumps(Corpus(claims=(odd,)), "nt")
    assert "<https://w3id.org/claimgraph/id/statement/s%2F1%23%3Cx%3E%20y>" in text
    assert "<https://w3id.org/claimgraph/id/claim/c%2F2%23>" in text
    assert rdf.loads(text, "nt").claims == (odd,)


def test_relations_carry_days_apart_direction_and_statements():
    comparisons = compare(QUAKE.claims, documents=QUAKE.documents)
    g = rdf.to_rdf(QUAKE, comparisons)
    relations = [r for c in comparisons for r in c.relations]
    assert {r.kind for r in relations} >= {"conflict", "revision"}
    for r in relations:
        here = next(s for s in g.subjects(CG.claimA, rdf.resource("claim", r.a))
                    if (s, CG.claimB, rdf.resource("claim", r.b)) in g)
        assert g.value(here, CG.daysApart).toPython() == r.days_apart
        assert g.value(here, CG.statementA) == rdf.resource("statement", r.a_statement)
        assert g.value(here, CG.statementB) == rdf.resource("statement", r.b_statement)
        if r.kind == "revision":
            assert r.direction == "up" and g.value(here, CG.direction) == Literal("up")
        else:
            assert (here, CG.direction, None) not in g


def test_trig_puts_shared_resources_in_the_default_graph():
    ds = Dataset().parse(data=rdf.dumps(QUAKE, "trig"), format="trig")
    en = claim_of(QUAKE, TOLL_EN)
    claim, statement = rdf.resource("claim", en.id), rdf.resource("statement", en.statement)
    assertion = ds.graph(URIRef(f"{claim}/assertion"))
    assert (claim, CG.statement, statement) in assertion
    assert (claim, SDO.temporalCoverage, None) in assertion
    assert (statement, RDF.type, CG.Statement) in ds.default_graph
    assert (rdf.resource("place", "hatay"), RDF.type, SDO.Place) in ds.default_graph


# --- reading back ----------------------------------------------------------------------

@pytest.mark.parametrize("name", list(rdf.FORMATS))
def test_round_trip_keeps_frames_statements_and_reports(name):
    comparisons = compare(QUAKE.claims, documents=QUAKE.documents)
    back = rdf.loads(rdf.dumps(QUAKE, name, comparisons), name)
    assert by_id(back.claims) == by_id(QUAKE.claims)
    assert by_id(back.documents) == by_id(QUAKE.documents)


def test_own_reports_and_no_reports_survive():
    # hand-made data: claims of one statement that do not list the same reports
    a = Claim(CIVIL, Figure(1), document="d1", statement="s1", reports=(Report("x", "d1"), Report("y", "d2")))
    b = Claim(CIVIL, Figure(2), document="d2", statement="s1", reports=(Report("y", "d2"),))
    c = Claim(CIVIL, Figure(3), document="d3", statement="s1")
    d = Claim(CIVIL, Figure(4), document="d4", reports=(Report("z", "d4"), Report("z", "d4")))
    corpus = Corpus(claims=(a, b, c, d))
    g = rdf.to_rdf(corpus)
    assert (rdf.resource("claim", a.id), CG.reports, None) not in g  # the statement's list
    assert (rdf.resource("claim", c.id), CG.reports, RDF.nil) in g
    assert set(g.objects(rdf.resource("statement", "s1"), SDO.appearance)) == {
        rdf.resource("document", "d1"), rdf.resource("document", "d2")}
    for name in rdf.FORMATS:
        assert by_id(rdf.loads(rdf.dumps(corpus, name), name).claims) == by_id(corpus.claims), name
    assert rdf.validate(g).conforms


def test_merged_exports_give_a_statement_the_union_of_its_reports():
    # two runs saw one statement in different articles; their files are read as one graph
    first = Claim(CIVIL, Figure(1), document="d1", statement="s1", reports=(Report("c-a", "d1", "2026-02-12"),))
    second = Claim(CIVIL, Figure(1), document="d2", statement="s1",
                   reports=(Report("c-b", "d2", "2026-02-11"), Report("c-c", "d3")))
    store = pyoxigraph.Store()  # as `claimgraph ingest` would hold them
    for part in (first, second):
        store.extend(rdf.skolemize(rdf.quads(Corpus(claims=(part,)), named=True, skolem=True)))
    merged = list(store)
    back = rdf.from_rdf(merged)
    assert [r.claim for r in back.claims[0].reports] == ["c-b", "c-a", "c-c"]  # by date, undated last
    assert all(c.reports == back.claims[0].reports for c in back.claims)


def test_export_streams_in_pieces_with_frames_and_statements(monkeypatch):
    from claimgraph.rdf import _files

    comparisons = compare(QUAKE.claims, documents=QUAKE.documents)
    whole = {name: rdf.dumps(QUAKE, name, comparisons) for name in ("turtle", "nt", "trig")}
    monkeypatch.setattr(_files, "PIECE", 3)
    for name, text in whole.items():
        assert rdf.dumps(QUAKE, name, comparisons) == text, name


def test_fast_writer_and_rdflib_graph_agree():
    from rdflib.compare import isomorphic

    comparisons = compare(QUAKE.claims, documents=QUAKE.documents)
    fast = Graph().parse(data=rdf.dumps(QUAKE, "nt", comparisons), format="nt")
    assert isomorphic(fast, rdf.to_rdf(QUAKE, comparisons))


def test_dev_articles_with_statements_round_trip(shared_dev):
    corpus = load([shared_dev]).with_statements()
    assert any(len(c.reports) > 1 for c in corpus.claims)
    for name in ("turtle", "trig"):
        back = rdf.loads(rdf.dumps(corpus, name), name)
        assert by_id(back.claims) == by_id(corpus.claims), name


# --- SHACL and the vocabulary ----------------------------------------------------------

@pytest.mark.parametrize("name", list(rdf.FORMATS))
def test_framed_export_validates(tmp_path, name):
    path = tmp_path / f"quake{rdf.FORMATS[name].suffixes[0]}"
    rdf.dump(QUAKE, path, comparisons=compare(QUAKE.claims, documents=QUAKE.documents))
    report = rdf.validate(path)
    assert report.conforms, str(report)


def test_shapes_catch_broken_frames_and_statements():
    g = rdf.to_rdf(QUAKE, compare(QUAKE.claims, documents=QUAKE.documents))
    en = claim_of(QUAKE, TOLL_EN)
    claim, statement = rdf.resource("claim", en.id), rdf.resource("statement", en.statement)
    g.add((claim, SDO.temporalCoverage, Literal("2026-02-12", datatype=XSD.date)))  # two as_of
    g.set((rdf.resource("claim", CHILDREN.id), CG.placeLevel, Literal("planet")))  # not a level
    g.set((rdf.resource("claim", GOVERNOR.id), CG.population, Literal("Dead People")))  # not a slug
    g.remove((statement, SDO.appearance, rdf.resource("document", FR.id)))  # a report's document missing
    revision = next(g.subjects(RDF.type, CG.Revision))
    g.set((revision, CG.direction, Literal("sideways")))
    report = rdf.validate(g)
    assert not report.conforms
    text = "\n".join(report.violations)
    for expected in ("schema:temporalCoverage: More than 1 value", "cg:placeLevel", "cg:population",
                     "a statement appears (schema:appearance) in the documents of its reports",
                     "cg:direction"):
        assert expected in text, (expected, text)
    assert len(report.violations) == 5, text


def test_shapes_want_a_statement_resource_and_reports():
    g = rdf.to_rdf(QUAKE)
    en = claim_of(QUAKE, TOLL_EN)
    statement = rdf.resource("statement", en.statement)
    g.remove((statement, RDF.type, CG.Statement))
    report = rdf.validate(g)
    assert not report.conforms and any("cg:statement" in v for v in report.violations), str(report)


def test_ontology_defines_every_project_term_used():
    g = rdf.to_rdf(QUAKE, compare(QUAKE.claims, documents=QUAKE.documents))
    used = {t for triple in g for t in triple if isinstance(t, URIRef) and t.startswith(CG)}
    defined = set(rdf.ontology().subjects())
    assert {CG.Statement, CG.Report, CG.partOf, CG.daysApart, CG.direction} <= used
    assert used <= defined, used - defined
    labels = rdf.ontology()
    for term in used:
        assert labels.value(term, URIRef("http://www.w3.org/2000/01/rdf-schema#label")) is not None, term


# --- the docs ----------------------------------------------------------------------------

def _block(language: str, after: str) -> str:
    text = DOCS.read_text(encoding="utf-8")
    start = text.index(after)
    return re.search(rf"```{language}\n(.*?)```", text[start:], re.S).group(1)


def test_docs_turtle_example_is_what_the_writer_says():
    prefixes = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in rdf.PREFIXES.items())
    example = Graph().parse(data=prefixes + _block("turtle", "## Frames, statements and subsets"), format="turtle")
    written = rdf.to_rdf(QUAKE)
    missing = [t for t in example if not isinstance(t[0], URIRef) or t not in written]
    # the example abbreviates the reports list as a Turtle collection
    missing = [t for t in missing if t[1] not in (RDF.first, RDF.rest) and t[1] != CG.reports]
    assert not missing, missing


def test_docs_sparql_example_counts_appearances():
    query = _block("sparql", "Each statement of one quantity with its number of appearances")
    cg = ClaimGraph(Corpus((EN, FR), (TOLL_EN, TOLL_FR, CHILDREN)))
    rows = cg.sparql(query, quantity=rdf.resource("quantity", "deaths-hatay")).as_dicts()
    assert [(r["who"], int(r["value"]), r["appearances"], r["reports"]) for r in rows] == \
        [("Civil Protection", 1200, 2, 2)]
