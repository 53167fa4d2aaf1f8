"""push to a real SPARQL 1.1 server (oxigraph serve), then query it back."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from claimgraph import ClaimgraphError
from claimgraph import sparql
from claimgraph.cli import main
from claimgraph.inputs import load

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")


def _oxigraph() -> str | None:
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    binary = _oxigraph()
    if binary is None:
        pytest.skip("the oxigraph server (PyPI package oxigraph) is not installed")
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):  # wait until it answers (not a timing assertion)
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"oxigraph serve exited: {proc.stderr.read().decode()[:500]}")
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


COUNT = "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a schema:Claim }"
CLAIMS = """SELECT ?id ?who ?v WHERE {
  ?c a schema:Claim ; schema:identifier ?id ; prov:wasAttributedTo ?who ; cg:figure ?f .
  ?f a schema:QuantitativeValue .
  { ?f schema:value ?v } UNION { ?f schema:minValue ?v } UNION { ?f schema:maxValue ?v }
}"""


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_push_then_query_returns_every_claim(server, capsys, shared_dev):
    expected = load([shared_dev])
    code, out, err = run(capsys, "push", str(shared_dev), "--update-endpoint", f"{server}/update", "--batch", "200")
    assert code == 0, err
    assert f"{len(expected.claims)} claims" in out
    code, out, err = run(capsys, "query", CLAIMS, "--endpoint", f"{server}/query", "--format", "json")
    assert code == 0, err
    rows = json.loads(out)["results"]["bindings"]
    assert {r["id"]["value"] for r in rows} == {c.id for c in expected.claims}
    # pushing again adds nothing: blank nodes are skolemized, ids are stable
    before = sparql.query_endpoint(f"{server}/query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows
    assert run(capsys, "push", str(shared_dev), "--update-endpoint", f"{server}/update")[0] == 0
    after = sparql.query_endpoint(f"{server}/query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows
    assert before == after
    # the ready queries run there too
    root = Path(__file__).resolve().parent.parent / "docs" / "queries"
    conflicts = sparql.query_endpoint(f"{server}/query", (root / "conflicts-per-quantity.rq").read_text())
    assert conflicts.variables[:3] == ("quantity", "label", "conflicts") and len(conflicts) > 0


def test_push_to_a_named_graph_and_bind_values(server, capsys, seed_path):
    graph = "http://example.org/graphs/seed"
    assert run(capsys, "push", str(seed_path), "--update-endpoint", f"{server}/update", "--graph", graph)[0] == 0
    seed = load([seed_path])
    found = sparql.query_endpoint(f"{server}/query", COUNT, graph=graph)
    assert int(found.rows[0][0]) == len(seed.claims)
    # a bound value that looks like SPARQL stays a value
    name = seed.claims[0].claimant.name
    q = "SELECT ?name ?c WHERE { ?c prov:wasAttributedTo/schema:name ?name }"
    code, out, _ = run(capsys, "query", q, "--endpoint", f"{server}/query", "--graph", graph,
                       "--bind", f"name={name}", "--format", "csv")
    assert code == 0 and out.splitlines()[0] == "name,c" and len(out.splitlines()) >= 2
    evil = sparql.query_endpoint(f"{server}/query", q, {"name": '" } } DROP ALL ; SELECT * { "'}, graph=graph)
    assert evil.rows == ()
    assert int(sparql.query_endpoint(f"{server}/query", COUNT, graph=graph).rows[0][0]) == len(seed.claims)


def test_server_errors_are_one_line(server, capsys, seed_path):
    code, _, err = run(capsys, "query", "SELECT WHERE {", "--endpoint", f"{server}/query")
    assert code == 2 and "answered 400" in err and err.count("\n") == 1
    port = _free_port()
    code, _, err = run(capsys, "push", str(seed_path), "--update-endpoint", f"http://127.0.0.1:{port}/update")
    assert code == 2 and "cannot reach" in err
    with pytest.raises(ClaimgraphError, match="not an IRI"):
        from claimgraph.rdf._server import push
        push([], f"{server}/update", graph="not an iri")
