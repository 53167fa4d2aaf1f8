"""The linked-data commands and the 'done when' of the RDF issue, on the dev articles."""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph
import pytest

from claimgraph import rdf
from claimgraph.cli import main
from claimgraph.inputs import load

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")
QUERIES = Path(__file__).resolve().parent.parent / "docs" / "queries"

# every claim in the mapping: a claim, attributed, with a quantitative value holding a value or bounds
MAPPED = """SELECT DISTINCT ?id WHERE {
  ?c a <https://schema.org/Claim> ; <https://schema.org/identifier> ?id ;
     <http://www.w3.org/ns/prov#wasAttributedTo> ?who ; <https://w3id.org/claimgraph/ns#figure> ?f .
  ?who a ?class . FILTER (?class IN (<https://schema.org/Person>, <https://schema.org/Organization>,
                                     <https://schema.org/Country>))
  ?f a <https://schema.org/QuantitativeValue> .
  FILTER EXISTS { { ?f <https://schema.org/value> ?v } UNION { ?f <https://schema.org/minValue> ?v }
                  UNION { ?f <https://schema.org/maxValue> ?v } }
}"""


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def exports(tmp_path, shared_dev, capsys):
    paths = {}
    for name, fmt in rdf.FORMATS.items():
        paths[name] = tmp_path / f"dev{fmt.suffixes[0]}"
        code, _, err = run(capsys, "export", str(shared_dev), "--format", name, "-o", str(paths[name]))
        assert code == 0, err
    return paths


def test_dev_exports_parse_in_oxigraph_hold_every_claim_and_validate(exports, shared_dev, capsys):
    expected = {c.id for c in load([shared_dev]).claims}
    assert expected
    for name, path in exports.items():
        store = pyoxigraph.Store()
        store.load(path=str(path), format=rdf.FORMATS[name].ox)
        found = {sol["id"].value for sol in store.query(MAPPED, use_default_graph_as_union=True)}
        assert found == expected, name
        code, out, _ = run(capsys, "validate", str(path))
        assert code == 0 and "valid" in out, out


def test_conflicts_on_the_turtle_are_those_of_the_articles(exports, shared_dev, capsys):
    code, from_articles, _ = run(capsys, "conflicts", str(shared_dev), "--format", "json")
    assert code == 0
    code, from_turtle, err = run(capsys, "conflicts", str(exports["turtle"]), "--format", "json")
    assert code == 0, err
    assert same_day_reports_sorted(json.loads(from_turtle)) == same_day_reports_sorted(json.loads(from_articles))


def same_day_reports_sorted(comparisons: list) -> list:
    # `export` writes the claims without their statements, so `conflicts`
    # groups them again; reports of one day keep the order claims are read in
    # (file order from articles, id order from RDF). The statements, their
    # reports and the relations are the same.
    for comparison in comparisons:
        for claim in comparison["claims"]:
            claim["reports"].sort(key=lambda r: (r["stated_on"] or "", r["claim"]))
    return comparisons


def test_validate_exit_codes(tmp_path, capsys):
    bad = tmp_path / "bad.nt"
    bad.write_text("<http://x/c> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Claim> .\n")
    code, out, _ = run(capsys, "validate", str(bad))
    assert code == 1
    assert "invalid: 4 violation(s)" in out and "<http://x/c> cg:figure" in out
    broken = tmp_path / "broken.ttl"
    broken.write_text("<http://x/a> <http://x/b> .\n")
    code, _, err = run(capsys, "validate", str(broken))
    assert code == 2 and f"{broken}:1: bad syntax" in err and err.count("\n") == 1
    assert run(capsys, "validate", str(tmp_path / "none.ttl"))[0] == 2


def test_query_files_with_bindings_and_formats(capsys, seed_path, tmp_path):
    claims = load([seed_path]).claims
    name = claims[0].claimant.name
    query = QUERIES / "claims-by-claimant.rq"
    code, out, err = run(capsys, "query", str(query), str(seed_path), "--bind", f"name={name}", "--format", "json")
    assert code == 0, err
    rows = json.loads(out)["results"]["bindings"]
    assert rows and {r["name"]["value"] for r in rows} == {name}
    code, out, _ = run(capsys, "query", "ASK { ?a cg:conflictsWith ?b }", str(seed_path))
    assert code == 0 and out.strip() == "true"
    code, out, _ = run(capsys, "query", str(QUERIES / "conflicts-per-quantity.rq"), str(seed_path),
                       "--format", "csv")
    assert code == 0 and out.startswith("quantity,label,conflicts,max_ratio\r\n")
    code, out, _ = run(capsys, "query", "SELECT ?c WHERE { ?c a schema:Claim }", str(seed_path))
    assert code == 0 and out.rstrip().endswith(f"({len(claims)} rows)")


@pytest.mark.parametrize("argv,message", [
    (["query", "SELECT WHERE", "SEED"], "bad SPARQL query"),
    (["query", "SELECT ?c WHERE { ?c ?p ?o }", "SEED", "--bind", "nope"], "bad --bind 'nope'"),
    (["query", "SELECT ?c WHERE { ?c ?p ?o }", "SEED", "--bind", "c=<not an iri>"], "bad --bind value"),
    (["query", "SELECT ?n WHERE { ?c schema:name ?n }", "SEED", "--bind", "c=x"], "must be selected"),
    (["query", "missing.rq", "SEED"], "cannot read the query file missing.rq"),
    (["query", "ASK {}"], "give INPUT files or directories, or --store DIR"),
])
def test_query_errors_are_one_line(capsys, seed_path, argv, message):
    code, _, err = run(capsys, *[str(seed_path) if a == "SEED" else a for a in argv])
    assert code == 2 and message in err and err.count("\n") == 1, err


def test_ready_queries_on_a_store(tmp_path, capsys, shared_dev):
    store = tmp_path / "store"
    assert run(capsys, "ingest", str(shared_dev), "--store", str(store))[0] == 0
    expected = load([shared_dev])
    code, out, _ = run(capsys, "query", "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a schema:Claim }",
                       "--store", str(store), "--format", "csv")
    assert code == 0 and out.splitlines()[1] == str(len(expected.claims))
    for query in sorted(QUERIES.glob("*.rq")):
        code, out, err = run(capsys, "query", str(query), "--store", str(store), "--format", "json")
        assert code == 0, (query.name, err)
        assert "results" in json.loads(out)
    code, out, _ = run(capsys, "query", str(QUERIES / "conflicts-per-quantity.rq"), "--store", str(store))
    assert "(0 rows)" not in out


def test_docs_reference_every_ready_query():
    text = (QUERIES.parent / "rdf.md").read_text(encoding="utf-8")
    for query in QUERIES.glob("*.rq"):
        assert f"queries/{query.name}" in text
