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
    statements = {c["value"]: c["statement"] for c in q["claims"]}
    pair = next(p for p in q["conflicts"] if {p["a_claim"], p["b_claim"]} == {ids[3000], ids[10000]})
    assert {pair["a"], pair["b"]} == {statements[3000], statements[10000]}  # a and b are statements
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
    assert sorted(p.name for p in out_dir.iterdir()) == [".claimgraph-manifest.json", "charts", "claims.csv",
                                                         "conflicts.csv", "graph.html", "graph.ttl", "index.html"]
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


def _troops_jsonl(path):
    """US officials' figure carried by two outlets, conflicting with Ukraine's two days later; their later
    figure (a revision) conflicting with Seoul's vague one."""
    from claimgraph.model import Actor, Claim, Figure

    us, ua, kr = Actor("US officials", "group"), Actor("Ukraine", "country"), Actor("Seoul", "country")
    t = "North Korean troops in Russia"
    claims = [Claim(us, Figure(3000, qualifier="about"), t, document="a1", stated_on="2024-10-30"),
              Claim(us, Figure(3000, qualifier="about"), t, document="a2", stated_on="2024-10-31", as_of="2024-10-30"),
              Claim(ua, Figure(10000, qualifier="about"), t, document="a3", stated_on="2024-11-01"),
              Claim(us, Figure(12000, qualifier="about"), t, document="a4", stated_on="2024-12-16"),
              Claim(kr, Figure(None, 2000, 9999, "vague"), t, document="a5", stated_on="2024-12-17")]
    path.write_text("".join(json.dumps(c.to_dict()) + "\n" for c in claims), encoding="utf-8")
    return path, claims


def test_conflicts_table_one_row_per_statement_pair_with_dates_outlets_and_revisions(capsys, tmp_path):
    path, _ = _troops_jsonl(tmp_path / "troops.jsonl")
    code, out, err = run(capsys, "conflicts", str(path))
    assert (code, err) == (0, "")
    assert out == """\
quantity                       claimant A    figure A      as of A     outlets A  claimant B  figure B      as of B     outlets B  days  ratio
-----------------------------  ------------  ------------  ----------  ---------  ----------  ------------  ----------  ---------  ----  -----
North Korean troops in Russia  US officials  about 3,000   2024-10-30  2          Ukraine     about 10,000  2024-11-01  1          2     ×3.33
North Korean troops in Russia  US officials  about 12,000  2024-12-16  1          Seoul       thousands     2024-12-17  1          1     ×2.68

revisions (a claimant's later figure)
quantity                       claimant      earlier      as of       later         as of       change
-----------------------------  ------------  -----------  ----------  ------------  ----------  --------
North Korean troops in Russia  US officials  about 3,000  2024-10-30  about 12,000  2024-12-16  up ×4.00
"""
    # with a window of one day, US officials and Ukraine (two days apart) no longer conflict
    code, out, _ = run(capsys, "conflicts", str(path), "--window", "1")
    assert code == 0 and "Ukraine" not in out and "Seoul" in out


def test_build_csv_files_carry_statements_dates_and_reports(capsys, tmp_path):
    path, claims = _troops_jsonl(tmp_path / "troops.jsonl")
    code, _, err = run(capsys, "build", str(path), "-o", str(tmp_path / "out"))
    assert code == 0, err
    rows = {r["id"]: r for r in csv.DictReader((tmp_path / "out" / "claims.csv").open(encoding="utf-8"))}
    first, second = rows[claims[0].id], rows[claims[1].id]
    assert list(first)[-15:] == ["as_of", "population", "measure", "place", "place_level", "period", "part_of",
                                 "statement", "reports", "publisher", "url", "published", "headline", "language",
                                 "as_said"]
    assert (first["as_of"], second["as_of"], first["reports"]) == ("", "2024-10-30", "2")
    assert first["statement"] == second["statement"] != rows[claims[2].id]["statement"]
    conflicts = list(csv.DictReader((tmp_path / "out" / "conflicts.csv").open(encoding="utf-8")))
    assert [(r["a"], r["b"], r["days_apart"], r["a_reports"], r["b_reports"]) for r in conflicts] == [
        (claims[0].id, claims[2].id, "2", "2", "1"), (claims[3].id, claims[4].id, "1", "1", "1")]
    assert conflicts[0]["a_statement"] == first["statement"] and conflicts[0]["a_stated_on"] == "2024-10-30"
    assert conflicts[0]["b_statement"] == rows[claims[2].id]["statement"]


def test_extract_csv_counts_reports(capsys, tmp_path):
    path, claims = _troops_jsonl(tmp_path / "troops.jsonl")
    code, out, _ = run(capsys, "extract", str(path), "--format", "csv")
    rows = list(csv.DictReader(out.splitlines()))
    assert code == 0 and [r["reports"] for r in rows] == ["2", "2", "1", "1", "1"]
    code, out, _ = run(capsys, "extract", str(path), "--format", "jsonl")
    assert [len(json.loads(line)["reports"]) for line in out.splitlines()] == [2, 2, 1, 1, 1]
