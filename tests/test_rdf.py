"""RDF export/import: lossless round trips, standard vocabularies, clean errors."""
from __future__ import annotations

import datetime as dt

import pyoxigraph
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, Namespace, URIRef

from claimgraph import Actor, Claim, ClaimgraphError, Corpus, Document, Figure, InputError, ModelError
from claimgraph import rdf
from claimgraph.compare import Comparison, Relation
from claimgraph.model import ACTOR_KINDS, PLACE_LEVELS, QUALIFIERS, Report

SDO = Namespace("https://schema.org/")
CG = rdf.CG
PREFIXES = {"schema": SDO, "cg": CG, "prov": Namespace("http://www.w3.org/ns/prov#"),
            "oa": Namespace("http://www.w3.org/ns/oa#")}
# rdflib's own parsers use its deprecated ConjunctiveGraph: not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

OXIGRAPH = {"turtle": pyoxigraph.RdfFormat.TURTLE, "nt": pyoxigraph.RdfFormat.N_TRIPLES,
            "trig": pyoxigraph.RdfFormat.TRIG, "json-ld": pyoxigraph.RdfFormat.JSON_LD}


# --- strategies ---------------------------------------------------------------------

TRICKY = st.sampled_from([
    "", " ", '"', "'", '"""', "\\", "\\u0041", "\n", "\r\n", "\t", "<script>alert(1)</script>",
    "@prefix x: <y> .", "_:b0", "<http://x/>", "\x00", "\x7f", "\u2028", "\ufeff", "é", "🙂", "# x",
    '"@id"', '{"@context": 1}', "a/b", "%2F", "~", "?q=1&r=2",
])
TEXT = st.one_of(st.text(max_size=25), TRICKY, st.lists(TRICKY, max_size=4).map("".join))
NAME = st.one_of(TEXT, st.sampled_from(["NATO", "Nato", "N.A.T.O.", "nato "])).filter(lambda s: s.split())
FLOAT = st.one_of(
    st.floats(min_value=0, allow_nan=False, allow_infinity=False),  # counts are never negative
    st.sampled_from([0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1, 1e-7,
                     3000.0, 1.28e6, 2**53 + 2.0, 123456789.123456789]),
)


def maybe(strategy):
    return st.none() | strategy


ACTORS = st.builds(
    Actor, name=NAME, kind=st.sampled_from(ACTOR_KINDS), id=st.just("") | NAME,
    aliases=st.lists(TEXT, max_size=3).map(tuple), affiliation=maybe(NAME),
    wikidata=maybe(st.from_regex(r"Q[1-9][0-9]{0,6}", fullmatch=True) | TEXT),
)


@st.composite
def figures(draw):
    value, a, b = draw(maybe(FLOAT)), draw(maybe(FLOAT)), draw(maybe(FLOAT))
    if a is not None and b is not None and a > b:
        a, b = b, a
    if value is None and a is None and b is None:
        value = draw(FLOAT)
    return Figure(value, a, b, draw(st.sampled_from(QUALIFIERS)), draw(maybe(TEXT)))


DOCUMENTS = st.builds(
    Document, id=NAME, text=TEXT, title=maybe(TEXT), publisher=maybe(TEXT), url=maybe(TEXT),
    published=maybe(st.dates()), language=maybe(TEXT), path=maybe(TEXT),
)


# Frame slots: the model slugifies them; a few shared values so that claims
# meet on one place or total.
SLUG = st.just("") | st.sampled_from(["kyiv", "deaths-gaza", "strikers"]) | TEXT
# Statement ids from a small pool, so that claims share statements (with the
# same reports or with others of their own).
STATEMENT = st.sampled_from(["", "s1", "s2"]) | NAME
REPORTS = st.lists(st.builds(Report, claim=st.sampled_from(["c1", "c2"]) | NAME,
                             document=st.none() | st.sampled_from(["d1", "d2"]) | NAME,
                             stated_on=maybe(st.dates())), max_size=3).map(tuple)


@st.composite
def claims(draw, doc_ids=()):
    start = draw(maybe(st.integers(0, 10**9)))
    end = None if start is None else start + draw(st.integers(0, 10**6))
    return Claim(
        claimants=tuple(draw(st.lists(ACTORS, min_size=1, max_size=3))), figure=draw(figures()),
        subject=draw(TEXT), quantity_id=draw(st.just("") | TEXT), quantity_label=draw(TEXT),
        document=draw(st.none() | st.sampled_from(doc_ids or ("no-such-doc",)) | NAME),
        evidence=draw(TEXT), start=start, end=end, stated_on=draw(maybe(st.dates())), scope=draw(maybe(TEXT)),
        hedged=draw(st.booleans()), origin=draw(st.sampled_from(["extracted", "curated", ""]) | TEXT),
        id=draw(st.just("") | NAME),
        population=draw(SLUG), measure=draw(SLUG), place=draw(SLUG), place_level=draw(st.sampled_from(PLACE_LEVELS)),
        as_of=draw(maybe(st.dates())), period=draw(SLUG), part_of=draw(SLUG),
        statement=draw(STATEMENT), reports=draw(REPORTS),
    )


@st.composite
def corpora(draw):
    docs = draw(st.lists(DOCUMENTS, max_size=3, unique_by=lambda d: d.id))
    found = draw(st.lists(claims(tuple(d.id for d in docs)), min_size=1, max_size=4, unique_by=lambda c: c.id))
    return Corpus(tuple(docs), tuple(found), tuple(draw(st.lists(ACTORS, max_size=2))))


def by_id(records) -> dict:
    return {r.id: r for r in records}


def assert_same(back: Corpus, corpus: Corpus) -> None:
    assert by_id(back.claims) == by_id(corpus.claims)
    assert by_id(back.documents) == by_id(corpus.documents)
    assert by_id(back.actors) == by_id(corpus.actors)


def parse(text: str, name: str) -> Graph:
    fmt = rdf.FORMATS[name]
    return (Dataset() if fmt.quads else Graph()).parse(data=text, format=fmt.rdflib)


# --- a small hand-made corpus -----------------------------------------------------------

US = Actor("US officials", "group", affiliation="united-states")
NATO = Actor("NATO", "organisation", aliases=("OTAN", "Alliance"), wikidata="Q7184")
RUTTE = Actor("Mark Rutte", "person", affiliation="nato")
D1 = Document("en/1?<x>#y", "About 3,000 North Korean soldiers were sent.", "Troops", "Reuters",
              "https://example.org/a?b=1&c=<2>", dt.date(2024, 10, 5), "en")
D2 = Document("fr 2", "Plus de 10 000 soldats", None, "Le Monde", None, dt.date(2024, 11, 1), "fr", "data/fr.txt")
C1 = Claim((US,), Figure(3000, qualifier="about", unit="soldiers"), "North Korean soldiers in Russia",
           "nk-troops", document=D1.id, evidence="About 3,000 North Korean soldiers", start=0, end=33,
           stated_on="2024-10-04")
C2 = Claim((RUTTE, NATO), Figure(10000, 10000, None, "more_than"), "North Korean soldiers in Russia",
           "nk-troops", "NK troops", document=D2.id, evidence="Plus de 10 000 soldats", start=0, end=22,
           hedged=True, scope="Kursk")
C3 = Claim((Actor("Nato", "unknown"),), Figure(None, 10000, 12000, "range"), "troops", "nk-troops",
           document="not-in-corpus", id="c3/<odd> id#1")
CORPUS = Corpus((D1, D2), (C1, C2, C3))
COMPARISONS = [Comparison("nk-troops", "NK troops", (C1, C2, C3), (
    Relation("conflict", C1.id, C2.id, 3.33), Relation("agreement", C2.id, C3.id, 1.1),
    Relation("revision", C3.id, C1.id, None)))]


# --- round trips ---------------------------------------------------------------------

@pytest.mark.parametrize("name", list(rdf.FORMATS))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpus=corpora())
def test_round_trip_is_lossless(name, corpus):
    text = rdf.dumps(corpus, name)
    assert_same(rdf.loads(text, name), corpus)  # pyoxigraph's parser, the fast reader
    assert_same(rdf.from_rdf(parse(text, name)), corpus)  # rdflib's parser and graph
    # Another parser agrees the file is well-formed, whatever the strings hold.
    assert list(pyoxigraph.parse(text.encode("utf-8"), OXIGRAPH[name]))


def test_graph_round_trip_with_comparisons_ignores_relations():
    graph = rdf.to_rdf(CORPUS, COMPARISONS)
    assert (None, CG.conflictsWith, None) in graph
    assert_same(rdf.from_rdf(graph), CORPUS)


@pytest.mark.parametrize("name", list(rdf.FORMATS))
def test_dump_and_load_every_format(tmp_path, name):
    path = tmp_path / f"claims{rdf.FORMATS[name].suffixes[0]}"
    rdf.dump(CORPUS, path, comparisons=COMPARISONS)
    assert_same(rdf.load(path), CORPUS)
    assert_same(rdf.load(path, name), CORPUS)
    assert rdf.load(path).claims == rdf.from_rdf(rdf.to_rdf(CORPUS)).claims  # sorted, so stable


def test_formats_registry_names_suffixes():
    assert set(rdf.FORMATS) == {"turtle", "nt", "json-ld", "trig"}
    suffixes = [s for f in rdf.FORMATS.values() for s in f.suffixes]
    assert len(suffixes) == len(set(suffixes))
    assert {".ttl", ".nt", ".jsonld", ".json-ld", ".trig"} <= set(suffixes)


def test_floats_survive_exactly():
    values = [5e-324, 1.7976931348623157e308, 0.1, 1 / 3, 2.5e-300, 123456789.123456789]
    corpus = Corpus(claims=tuple(Claim(Actor("A"), Figure(v), f"q{i}") for i, v in enumerate(values)))
    for name in rdf.FORMATS:
        back = rdf.from_rdf(parse(rdf.dumps(corpus, name), name))
        assert sorted(c.figure.value for c in back.claims) == sorted(values), name


def test_same_actor_id_described_twice_is_kept_apart():
    variant = C3.claimant
    assert variant.id == NATO.id and variant != NATO
    graph = rdf.to_rdf(CORPUS)
    assert (None, CG.variantOf, rdf.resource("actor", "nato")) in graph
    back = rdf.from_rdf(graph)
    assert by_id(back.claims)[C3.id].claimant == variant
    assert by_id(back.actors)["nato"] == NATO


def test_claimant_order_and_alias_order_are_kept():
    claim = Claim((NATO, US, RUTTE, US), Figure(1))
    back = rdf.from_rdf(parse(rdf.dumps(Corpus(claims=(claim,)), "json-ld"), "json-ld")).claims[0]
    assert back.claimants == (NATO, US, RUTTE, US)
    assert back.claimant.aliases == ("OTAN", "Alliance")


def test_two_different_claims_with_one_id_are_refused():
    with pytest.raises(ModelError, match="share the id"):
        rdf.to_rdf(Corpus(claims=(C1, C2.with_(id=C1.id))))
    # the same claim twice is just written once
    assert_same(rdf.from_rdf(rdf.to_rdf(Corpus(claims=(C1, C1)))), Corpus(claims=(C1,)))


def test_failed_dump_leaves_the_old_file(tmp_path):
    path = tmp_path / "claims.ttl"
    rdf.dump(CORPUS, path)
    before = path.read_bytes()
    with pytest.raises(ModelError):
        rdf.dump(Corpus(claims=(C1, C2.with_(id=C1.id))), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["claims.ttl"]


@pytest.mark.parametrize("name", ["turtle", "nt", "trig"])
def test_export_streams_in_pieces_with_the_same_output(monkeypatch, name):
    # Pieces of 3 statements split rdf:Lists (claimants, aliases) and
    # subjects across pieces: blank node labels and grouping must survive.
    from claimgraph.rdf import _files

    kim = Actor("Kim", "person", aliases=("K. Jong", "Kim J."))
    both = Claim((kim, Actor("Seoul", "country")), Figure(3000, qualifier="about"), "soldiers", document="d1")
    corpus = Corpus((Document("d1", text="x"),), (both, *CORPUS.claims), CORPUS.actors)
    whole = rdf.dumps(corpus, name, COMPARISONS)
    monkeypatch.setattr(_files, "PIECE", 3)
    assert rdf.dumps(corpus, name, COMPARISONS) == whole
    assert_same(rdf.loads(whole, name), corpus)


# --- the mapping ---------------------------------------------------------------------

def test_identifiers_cannot_break_iris():
    iri = rdf.resource("claim", C3.id)
    assert iri == URIRef("https://w3id.org/claimgraph/id/claim/c3%2F%3Codd%3E%20id%231")
    text = rdf.dumps(CORPUS, "nt")
    store = pyoxigraph.Store()
    store.load(text.encode("utf-8"), pyoxigraph.RdfFormat.N_TRIPLES)
    assert pyoxigraph.NamedNode(str(iri)) in {q.subject for q in store}


@pytest.mark.parametrize("name", ["turtle", "nt", "trig"])
def test_exports_load_into_pyoxigraph(name):
    store = pyoxigraph.Store()
    store.load(rdf.dumps(CORPUS, name, COMPARISONS).encode("utf-8"), OXIGRAPH[name])
    ask = "ASK { GRAPH ?g { ?c a <https://schema.org/Claim> } }" if name == "trig" else \
        "ASK { ?c a <https://schema.org/Claim> }"
    assert store.query(ask)
    claims = {q.object.value for q in store.quads_for_pattern(
        None, pyoxigraph.NamedNode(str(SDO.identifier)), None, None)}
    assert {C1.id, C2.id, C3.id} <= claims


CLAIM_QUERY = """
SELECT ?claim ?actor ?figure ?value WHERE {
  ?claim a schema:Claim ; schema:identifier ?id ; prov:wasAttributedTo ?actor ; cg:figure ?figure .
  ?figure a schema:QuantitativeValue .
  { ?figure schema:value ?value } UNION { ?figure schema:minValue ?value } UNION { ?figure schema:maxValue ?value }
}"""


@settings(max_examples=20, deadline=None)
@given(corpus=corpora())
def test_every_claim_is_attributed_and_has_a_figure(corpus):
    graph = rdf.to_rdf(corpus)
    for claim in corpus.claims:
        # Values go in through initBindings: article text never becomes query text.
        rows = list(graph.query(CLAIM_QUERY, initNs=PREFIXES, initBindings={"id": Literal(claim.id)}))
        assert rows, claim.id
        assert {r.actor for r in rows} >= {rdf.resource("actor", a.id) for a in claim.claimants
                                          if by_id(corpus.actors)[a.id] == a}
        numbers = [x for x in (claim.figure.value, claim.figure.lower, claim.figure.upper) if x is not None]
        assert sorted({float(r.value) for r in rows}) == sorted(set(numbers))


def test_standard_vocabularies():
    g = rdf.to_rdf(CORPUS)
    claim, doc = rdf.resource("claim", C1.id), rdf.resource("document", D1.id)
    prov, oa = PREFIXES["prov"], PREFIXES["oa"]
    assert (claim, prov.wasDerivedFrom, doc) in g and (claim, SDO.appearance, doc) in g
    assert (doc, SDO.identifier, Literal(D1.id)) in g
    assert (rdf.resource("actor", "nato"), URIRef("http://www.w3.org/2002/07/owl#sameAs"),
            URIRef("http://www.wikidata.org/entity/Q7184")) in g
    assert (rdf.resource("actor", "mark-rutte"), SDO.memberOf, rdf.resource("actor", "nato")) in g
    assert set(g.objects(rdf.resource("actor", "us-officials"), None)) >= {SDO.Organization, Literal("group")}
    rows = list(g.query("""
        SELECT ?exact ?start ?end ?source WHERE {
          ?claim cg:evidence ?ann . ?ann a oa:Annotation ; oa:hasBody ?claim ; oa:hasTarget ?t .
          ?t oa:hasSource ?source ; oa:hasSelector ?q, ?p .
          ?q a oa:TextQuoteSelector ; oa:exact ?exact .
          ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
        }""", initNs=PREFIXES, initBindings={"claim": claim}))
    assert [(str(r.exact), r.start.toPython(), r.end.toPython(), r.source) for r in rows] == \
        [(C1.evidence, 0, 33, doc)]
    assert D1.text[rows[0].start.toPython():rows[0].end.toPython()] == C1.evidence
    assert (None, oa.hasSource, None) in g


def test_relations_from_comparisons():
    g = rdf.to_rdf(CORPUS, COMPARISONS)
    a, b, c = (rdf.resource("claim", x.id) for x in (C1, C2, C3))
    assert (a, CG.conflictsWith, b) in g and (b, CG.agreesWith, c) in g and (c, CG.revises, a) in g
    rows = list(g.query("SELECT ?r ?ratio WHERE { ?r a cg:Conflict ; cg:claimA ?a ; cg:claimB ?b ; cg:ratio ?ratio }",
                        initNs=PREFIXES, initBindings={"a": a, "b": b}))
    assert [float(r.ratio) for r in rows] == [3.33]
    revision = next(g.subjects(None, CG.Revision))
    assert (revision, CG.ratio, None) not in g


def test_each_kind_of_resource_is_one_namespace():
    # One namespace per claim (IRIs under .../relation/<a>/ or .../evidence/<a>#)
    # makes rdflib's Turtle writer quadratic (RDFLib issue 1752).
    from rdflib.namespace import split_uri

    from claimgraph.compare import compare

    claims = [Claim(Actor(f"Source {i}"), Figure(1000 * (1 + i % 4)), "soldiers", document="d",
                    evidence=f"Source {i} said {1000 * (1 + i % 4)} soldiers.", start=10 * i, end=10 * i + 5)
              for i in range(12)]
    g = rdf.to_rdf(Corpus((Document("d", text="x" * 200),), claims), compare(claims))
    assert len(list(g.subjects(None, CG.Conflict))) > 12
    ours = {n for t in g for n in t if isinstance(n, URIRef) and n.startswith(rdf.BASE)}
    namespaces = {split_uri(n)[0] for n in ours}
    assert namespaces == {f"{rdf.BASE}{kind}/" for kind in (
        "actor", "claim", "figure", "quantity", "document", "relation", "statement",
        "evidence", "evidence-target", "quote-selector", "position-selector")}


def test_trig_puts_each_claim_in_named_graphs():
    ds = parse(rdf.dumps(CORPUS, "trig"), "trig")
    claim = rdf.resource("claim", C1.id)
    assertion, provenance = ds.graph(URIRef(f"{claim}/assertion")), ds.graph(URIRef(f"{claim}/provenance"))
    assert (claim, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), SDO.Claim) in assertion
    assert (claim, SDO.appearance, rdf.resource("document", D1.id)) in provenance
    assert (claim, SDO.appearance, None) not in assertion
    assert (rdf.resource("document", D1.id), SDO.headline, Literal("Troops")) in ds.default_graph
    assert_same(rdf.from_rdf(ds), CORPUS)


def test_trig_is_nanopublication_shaped():
    ds = parse(rdf.dumps(CORPUS, "trig"), "trig")
    claim = rdf.resource("claim", C1.id)
    np_ = Namespace("http://www.nanopub.org/nschema#")
    head = ds.graph(URIRef(f"{claim}/head"))
    pub = URIRef(f"{claim}/np")
    assert (pub, np_.hasAssertion, URIRef(f"{claim}/assertion")) in head
    assert (pub, np_.hasProvenance, URIRef(f"{claim}/provenance")) in head
    pubinfo = ds.graph(URIRef(f"{claim}/pubinfo"))
    assert len(pubinfo) == 1 and (pub, None, None) in pubinfo
    provenance = ds.graph(URIRef(f"{claim}/provenance"))
    assert (URIRef(f"{claim}/assertion"), PREFIXES["prov"].wasDerivedFrom, rdf.resource("document", D1.id)) \
        in provenance


def canonical(text: bytes, fmt) -> pyoxigraph.Dataset:
    ds = pyoxigraph.Dataset(pyoxigraph.parse(text, fmt))
    ds.canonicalize(pyoxigraph.CanonicalizationAlgorithm.UNSTABLE)
    return ds


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpus=corpora())
def test_fast_writer_and_rdflib_graph_are_isomorphic(corpus):
    from rdflib.compare import isomorphic

    nt = rdf.dumps(corpus, "nt")
    assert isomorphic(Graph().parse(data=nt, format="nt"), rdf.to_rdf(corpus))
    # named graphs too: TriG written by pyoxigraph, N-Quads by rdflib's Dataset
    nq = rdf.to_dataset(corpus).serialize(format="nquads").encode("utf-8")
    assert canonical(rdf.dumps(corpus, "trig").encode("utf-8"), pyoxigraph.RdfFormat.TRIG) == \
        canonical(nq, pyoxigraph.RdfFormat.N_QUADS)


def test_fast_writer_with_comparisons_matches_rdflib_graph():
    from rdflib.compare import isomorphic

    for name in ("nt", "turtle"):
        fast = Graph().parse(data=rdf.dumps(CORPUS, name, COMPARISONS), format=rdf.FORMATS[name].rdflib)
        assert isomorphic(fast, rdf.to_rdf(CORPUS, COMPARISONS)), name


@pytest.mark.parametrize("name", list(rdf.FORMATS))
def test_every_export_validates(tmp_path, name):
    path = tmp_path / f"claims{rdf.FORMATS[name].suffixes[0]}"
    rdf.dump(CORPUS, path, comparisons=COMPARISONS)
    report = rdf.validate(path)
    assert report.conforms, str(report)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpus=corpora())
def test_arbitrary_exports_validate(corpus):
    report = rdf.validate(rdf.to_rdf(corpus))
    assert report.conforms, str(report)


def test_shapes_catch_what_the_mapping_forbids():
    g = rdf.to_rdf(CORPUS)
    fig = rdf.resource("figure", C3.id)
    g.remove((fig, SDO.maxValue, None))
    g.add((fig, SDO.maxValue, Literal("9000", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal"))))
    g.remove((rdf.resource("claim", C1.id), URIRef("http://www.w3.org/ns/prov#wasAttributedTo"), None))
    report = rdf.validate(g)
    assert not report.conforms
    text = "\n".join(report.violations)
    assert "schema:minValue" in text and "prov:wasAttributedTo" in text
    assert all("\n" not in v for v in report.violations)


def test_ontology_defines_every_project_term_used():
    used = {p for t in rdf.to_rdf(CORPUS, COMPARISONS) for p in t if isinstance(p, URIRef) and p.startswith(CG)}
    used |= {o for o in rdf.to_rdf(CORPUS, COMPARISONS).objects() if isinstance(o, URIRef) and o.startswith(CG)}
    defined = set(rdf.ontology().subjects())
    assert used and used <= defined, used - defined


def test_json_ld_embeds_its_context():
    import json
    data = json.loads(rdf.dumps(CORPUS, "json-ld"))
    assert data["@context"]["schema"] == "https://schema.org/"
    assert data["@context"]["cg"] == str(CG)


# --- errors ---------------------------------------------------------------------------

def test_unknown_format_names_the_known_ones(tmp_path):
    with pytest.raises(ClaimgraphError, match="turtle, nt, json-ld, trig"):
        rdf.dumps(CORPUS, "rdfxml")
    with pytest.raises(ClaimgraphError, match=r"\.ttl"):
        rdf.load(tmp_path / "claims.xml")


def test_malformed_turtle_names_file_and_line(tmp_path):
    path = tmp_path / "broken.ttl"
    path.write_text('@prefix schema: <https://schema.org/> .\n\n'
                    '<http://x/a> schema:name "ok" ;\n  schema:name "unclosed .\n')
    with pytest.raises(InputError) as info:
        rdf.load(path)
    err = info.value
    assert err.path == str(path) and err.line == 4
    assert str(err).startswith(f"{path}:4: ") and "\n" not in str(err)


@pytest.mark.parametrize("suffix,text,line", [
    (".nt", "<http://x/a> <http://x/b> <http://x/c> .\n<http://x/a> <http://x/b> .\n", 2),
    (".jsonld", '{\n  "@id": "http://x/a",\n  "http://x/b": \n}\n', 4),
    (".trig", "<http://x/g> {\n <http://x/a> <http://x/b> \n", None),
])
def test_malformed_files_give_one_line_input_errors(tmp_path, suffix, text, line):
    path = tmp_path / f"broken{suffix}"
    path.write_text(text)
    with pytest.raises(InputError) as info:
        rdf.load(path)
    assert info.value.path == str(path) and "\n" not in str(info.value)
    if line is not None:
        assert info.value.line == line


def test_missing_file_and_bad_records(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        rdf.load(tmp_path / "none.ttl")
    path = tmp_path / "nofigure.ttl"
    path.write_text("<http://x/c> a <https://schema.org/Claim> .\n")
    with pytest.raises(InputError, match=r"nofigure.ttl: <http://x/c> has no cg:figure$"):
        rdf.load(path)
