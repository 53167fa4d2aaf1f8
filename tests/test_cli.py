"""The command line, run in-process, with exact error text."""
import csv
import json

import pytest

from claimgraph.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_jsonl_contract(capsys, seed_path):
    code, out, err = run(capsys, "extract", str(seed_path), "--format", "jsonl")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    for key in ("id", "claimant", "claimant_id", "value", "value_min", "value_max", "qualifier", "unit",
                "subject", "quantity_id", "stated_on", "document", "evidence"):
        assert all(key in r for r in rows), key
    us = next(r for r in rows if r["value"] == 3000)
    assert (us["claimant_id"], us["qualifier"], us["document"]) == ("united-states", "about", "seed-nk-troops-fr")


def test_conflicts_json_flags_3000_vs_10000(capsys, seed_path):
    code, out, _ = run(capsys, "conflicts", str(seed_path), "--format", "json")
    assert code == 0
    quantities = json.loads(out)
    [q] = [q for q in quantities if {c["value"] for c in q["claims"]} >= {3000, 10000}]
    ids = {c["value"]: c["id"] for c in q["claims"]}
    pair = next(p for p in q["conflicts"] if {p["a"], p["b"]} == {ids[3000], ids[10000]})
    assert pair["ratio"] == pytest.approx(10000 / 3000, rel=1e-3)


def test_missing_input_is_one_line_exit_2(capsys, tmp_path):
    code, out, err = run(capsys, "extract", str(tmp_path / "missing.txt"))
    assert code == 2 and out == ""
    assert err == f"claimgraph: error: {tmp_path / 'missing.txt'}: file not found\n"


def test_curated_claim_without_claimant_names_file_and_line(capsys, tmp_path):
    p = tmp_path / "claims.csv"
    p.write_text("claimant,value,subject\nPentagon,10000,North Korean troops\n,500,North Korean troops\n", encoding="utf-8")
    code, _, err = run(capsys, "conflicts", str(p))
    assert code == 2
    assert err == f"claimgraph: error: {p}:3: curated claim has no claimant\n"


def test_curated_yaml_without_figure(capsys, tmp_path):
    p = tmp_path / "claims.yaml"
    p.write_text("- claimant: NATO\n  value: 3\n- claimant: Pentagon\n  subject: troops\n", encoding="utf-8")
    code, _, err = run(capsys, "conflicts", str(p))
    assert (code, err) == (2, f"claimgraph: error: {p}:3: curated claim has no figure (value, or value_min/value_max)\n")


def test_malformed_yaml(capsys, tmp_path):
    p = tmp_path / "claims.yaml"
    p.write_text("- claimant: NATO\n  value: [1, 2\n", encoding="utf-8")
    code, _, err = run(capsys, "conflicts", str(p))
    assert code == 2 and err.startswith(f"claimgraph: error: {p}:") and "malformed YAML" in err
    assert err.count("\n") == 1


def test_build_writes_the_four_files(capsys, tmp_path, seed_path):
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, "build", str(seed_path), "-o", str(out_dir))
    assert code == 0, err
    assert sorted(p.name for p in out_dir.iterdir()) == ["charts", "claims.csv", "conflicts.csv", "graph.html",
                                                         "graph.ttl", "index.html"]
    rows = list(csv.DictReader((out_dir / "claims.csv").open(encoding="utf-8")))
    assert {float(r["value"]) for r in rows if r["value"]} == {3000.0, 10000.0}
    conflicts = list(csv.DictReader((out_dir / "conflicts.csv").open(encoding="utf-8")))
    assert any({r["a_figure"], r["b_figure"]} == {"about 3,000", "about 10,000"} for r in conflicts)
    assert "×3.33" in out


def test_bad_input_leaves_no_partial_output(capsys, tmp_path, seed_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("claimant,value\nNATO,not-a-number\n", encoding="utf-8")
    out_dir = tmp_path / "out"
    code, _, err = run(capsys, "build", str(seed_path), str(bad), "-o", str(out_dir))
    assert code == 2 and f"{bad}:2:" in err
    assert not out_dir.exists()
    code, _, _ = run(capsys, "export", str(bad), "--format", "turtle", "-o", str(tmp_path / "g.ttl"))
    assert code == 2 and list(tmp_path.iterdir()) == [bad]


def test_extract_jobs_gives_the_same_claims(capsys, shared_dev):
    _, one, _ = run(capsys, "extract", str(shared_dev), "--format", "jsonl")
    _, two, _ = run(capsys, "extract", str(shared_dev), "--format", "jsonl", "--jobs", "2")
    assert one == two and one.count("\n") > 20


def test_evaluate_prints_scores(capsys, corpus_dir):
    code, out, _ = run(capsys, "evaluate", str(corpus_dir))
    assert code == 0 and "F1" in out
