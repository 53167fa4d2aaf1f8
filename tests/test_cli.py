"""The command line, run in-process, with exact error text."""
import csv
import json
import re

import pytest

from claimgraph.cli import main


@pytest.fixture(autouse=True)
def _no_columns(monkeypatch):
    """Tables at their natural width unless a test sets COLUMNS (the shell running pytest may export it)."""
    monkeypatch.delenv("COLUMNS", raising=False)


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def usage_error(capsys, *argv):
    """A usage error: exit 2 and argparse's usage on stderr, returned."""
    with pytest.raises(SystemExit) as exit_:
        main(list(argv))
    out, err = capsys.readouterr()
    assert (exit_.value.code, out) == (2, ""), err
    return err


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


def test_max_ratio_decides_which_far_apart_figures_conflict(capsys, tmp_path):
    p = tmp_path / "claims.csv"
    p.write_text("claimant,value,subject,stated_on\nOrganisers,250000,protesters,2026-03-12\n"
                 "Police,68000,protesters,2026-03-12\nCity hall,12000,protesters,2026-03-12\n", encoding="utf-8")
    pairs = lambda *opts: sorted(sorted((r["a_figure"], r["b_figure"])) for r in csv.DictReader(
        run(capsys, "conflicts", str(p), "--format", "csv", *opts)[1].splitlines()))
    # 250,000 against 12,000 is more than tenfold: left out by default, kept with a wider limit or none
    assert pairs() == [["12,000", "68,000"], ["250,000", "68,000"]]
    assert pairs("--max-ratio", "30") == pairs("--max-ratio", "none") == [
        ["12,000", "250,000"], ["12,000", "68,000"], ["250,000", "68,000"]]
    assert pairs("--max-ratio", "4") == [["250,000", "68,000"]]


@pytest.mark.parametrize("bad", ["0.5", "ten", "inf"])
def test_bad_max_ratio_is_one_line(capsys, tmp_path, bad):
    p = tmp_path / "claims.csv"
    p.write_text("claimant,value,subject\nPentagon,10000,troops\n", encoding="utf-8")
    code, out, err = run(capsys, "conflicts", str(p), "--max-ratio", bad)
    assert (code, out, err) == (2, "", f"claimgraph: error: --max-ratio must be a number >= 1 or 'none', not {bad!r}\n")


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


# --- a CLI that fits its ecosystem -------------------------------------------------------------------------------


def _widest(text):
    from rich.cells import cell_len

    return max(cell_len(line) for line in text.splitlines())


def test_conflicts_fit_80_columns_on_the_sample_data(capsys, monkeypatch, data_dir):
    monkeypatch.setenv("COLUMNS", "80")
    code, out, err = run(capsys, "conflicts", str(data_dir))
    assert (code, err) == (0, "")
    assert _widest(out) <= 80
    # nothing is lost: both sides of each pair, the ratios and the revisions
    assert "Volodymyr Zelensky" in out and "vs Pentagon" in out and "×3.33" in out and "11,000–12,000" in out
    monkeypatch.delenv("COLUMNS")
    _, wide, _ = run(capsys, "conflicts", str(data_dir))
    assert _widest(wide) > 120  # piped without COLUMNS: one line per pair, whatever its width


@pytest.mark.parametrize("columns", ["40", "60", "100", "132"])
def test_conflicts_and_claims_fit_any_width(capsys, monkeypatch, data_dir, columns):
    monkeypatch.setenv("COLUMNS", columns)
    for command in ("conflicts", "extract", "quantities"):
        code, out, _ = run(capsys, command, str(data_dir))
        assert code == 0 and _widest(out) <= int(columns), command


def test_conflicts_table_at_80_columns_is_one_block_per_quantity(capsys, monkeypatch, tmp_path):
    path, _ = _troops_jsonl(tmp_path / "troops.jsonl")
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = run(capsys, "conflicts", str(path))
    assert code == 0 and out == """\
North Korean troops in Russia
  claimant      figure        as of       outlets  days  ratio
  ------------  ------------  ----------  -------  ----  -----
  US officials  about 3,000   2024-10-30  2        2     ×3.33
  vs Ukraine    about 10,000  2024-11-01  1
  US officials  about 12,000  2024-12-16  1        1     ×2.68
  vs Seoul      thousands     2024-12-17  1

revisions (a claimant's later figure)
North Korean troops in Russia
  claimant      earlier      as of       later         as of       change
  ------------  -----------  ----------  ------------  ----------  --------
  US officials  about 3,000  2024-10-30  about 12,000  2024-12-16  up ×4.00
"""


def test_conflicts_csv_cites_both_sides(capsys, data_dir):
    from claimgraph.tables import CONFLICT_COLUMNS

    code, out, err = run(capsys, "conflicts", str(data_dir), "--format", "csv")
    assert (code, err) == (0, "")
    rows = list(csv.DictReader(out.splitlines()))
    assert tuple(rows[0]) == CONFLICT_COLUMNS
    row = next(r for r in rows if "Pentagon" in (r["a_claimant"], r["b_claimant"]))
    sides = {row["a_claimant"]: "a", row["b_claimant"]: "b"}
    pentagon = sides["Pentagon"]
    # the Pentagon's "about 10,000" of 28 October is one statement two outlets report ("Le même jour, le
    # Pentagone a indiqué…"): the row cites one of them, with that report's own outlet, URL, headline and words
    reports = {
        "Harbour Street Ledger": ("en-nk-pentagon-10000", "Pentagon now puts North Korean troops in Russia at about 10,000",
                                  "en", "About 10,000 North Korean"),
        "Le Veilleur Européen": ("fr-nk-otan-koursk", "L'OTAN confirme : des unités nord-coréennes sont déployées dans la "
                                 "région de Koursk", "fr", "Le même jour, le Pentagone"),
    }
    assert row[f"{pentagon}_figure"] == "about 10,000" and row[f"{pentagon}_publisher"] in reports
    doc, headline, language, words = reports[row[f"{pentagon}_publisher"]]
    assert row[f"{pentagon}_url"] == f"https://example.org/claimgraph/samples/{doc}"
    assert row[f"{pentagon}_headline"] == headline
    assert row[f"{pentagon}_language"] == language and row[f"{pentagon}_evidence"].startswith(words)
    other = "a" if pentagon == "b" else "b"
    assert row[f"{other}_publisher"] and row[f"{other}_url"].startswith("https://")
    assert row["a_as_of"] and row["b_stated_on"]


@pytest.mark.parametrize("suffix,name", [(".ttl", "turtle"), (".nt", "nt"), (".jsonld", "json-ld"), (".trig", "trig")])
def test_export_format_from_the_suffix_and_validate_reads_it(capsys, tmp_path, data_dir, suffix, name):
    import pyoxigraph

    from claimgraph.rdf import FORMATS

    path = tmp_path / f"x{suffix}"
    assert run(capsys, "export", str(data_dir), "-o", str(path))[0] == 0
    assert sum(1 for _ in pyoxigraph.parse(path=str(path), format=FORMATS[name].ox)) > 100  # it is that format
    code, out, _ = run(capsys, "validate", str(path))
    assert (code, out) == (0, f"{path}: valid: conforms to the claimgraph shapes\n")


def test_export_and_validate_take_the_same_format_names(capsys, tmp_path, data_dir):
    path = tmp_path / "claims.rdf"
    for short, long_ in (("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"), ("trig", "trig")):
        for name in (short, long_):
            assert run(capsys, "export", str(data_dir), "--format", name, "-o", str(path))[0] == 0, name
            assert run(capsys, "validate", str(path), "--format", name)[0] == 0, name
            assert run(capsys, "validate", str(path), "--format", short if name == long_ else long_)[0] == 0


def test_export_refuses_a_suffix_it_cannot_honour(capsys, tmp_path, data_dir):
    nt = tmp_path / "x.nt"
    code, out, err = run(capsys, "export", str(data_dir), "--format", "turtle", "-o", str(nt))
    assert (code, out, err) == (2, "", f"claimgraph: error: {nt}: the suffix says nt and --format says turtle; "
                                      "write .ttl or leave --format out\n")
    rdf = tmp_path / "x.rdf"
    code, _, err = run(capsys, "export", str(data_dir), "-o", str(rdf))
    assert (code, err) == (2, f"claimgraph: error: {rdf}: cannot tell the RDF format from the suffix; "
                              "write .ttl, .nt, .jsonld or .trig, or give --format\n")
    assert list(tmp_path.iterdir()) == []
    ttl = tmp_path / "x.ttl"
    assert run(capsys, "export", str(data_dir), "-o", str(ttl))[0] == 0
    code, _, err = run(capsys, "validate", str(ttl), "--format", "rdfxml")
    assert (code, err) == (2, "claimgraph: error: unknown RDF format 'rdfxml'; formats: turtle, nt, json-ld, trig\n")


def test_build_prints_a_short_summary(capsys, tmp_path, data_dir):
    code, out, err = run(capsys, "build", str(data_dir), "-o", str(tmp_path / "out"))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) <= 40
    assert re.fullmatch(r"\d+ claims from 13 documents by \d+ actors, about \d+ quantities\.", lines[0])
    assert re.fullmatch(r"\d+ disputed quantities, \d+ conflicting pairs, \d+ revisions\.", lines[1])
    assert lines[3] == "disputed:" and lines[4].split() == ["quantity", "pairs", "widest", "conflict", "ratio"]
    assert any(" vs " in line and "×" in line for line in lines[6:])  # each quantity's widest conflict
    assert f"wrote {tmp_path / 'out' / 'index.html'} (open it in a browser)" in out and "2 charts" in out
    assert lines[-1] == "--verbose prints every conflicting pair and revision"
    code, verbose, _ = run(capsys, "build", str(data_dir), "-o", str(tmp_path / "out"), "--verbose")
    assert code == 0 and "revisions (a claimant's later figure)" in verbose and "11,000–12,000" in verbose
    assert verbose.endswith(out.replace("--verbose prints every conflicting pair and revision\n", ""))
    assert run(capsys, "build", str(data_dir), "-o", str(tmp_path / "out"), "--quiet") == (0, "", "")


def test_build_summary_names_ten_quantities_at_most(tmp_path):
    from claimgraph.cli.core import build_summary
    from claimgraph.explore import ClaimGraph
    from claimgraph.model import Actor, Claim, Corpus, Figure

    claims = [Claim(Actor(who), Figure(value), f"quantity {q}") for q in range(25) for who, value in
              (("A", 10), ("B", 100), ("C", 1000))]
    text = build_summary(ClaimGraph(Corpus(claims=claims)), tmp_path, width=80)
    assert len(text.splitlines()) <= 25 and "… and 15 more" in text and _widest(text) <= 80


def test_rebuilding_removes_only_what_the_last_build_wrote(capsys, tmp_path, data_dir):
    out = tmp_path / "out"
    assert run(capsys, "build", str(data_dir), "-o", str(out))[0] == 0
    charts = sorted(p.name for p in (out / "charts").iterdir())
    assert len(charts) == 2
    (out / "notes.md").write_text("mine", encoding="utf-8")
    (out / "charts" / "mine.html").write_text("mine", encoding="utf-8")
    assert run(capsys, "build", str(data_dir), "-o", str(out), "--no-charts")[0] == 0
    assert sorted(p.name for p in (out / "charts").iterdir()) == ["mine.html"]  # the two charts are gone
    assert (out / "notes.md").read_text(encoding="utf-8") == "mine"
    (out / "charts" / "mine.html").unlink()
    assert run(capsys, "build", str(data_dir), "-o", str(out))[0] == 0
    (out / "charts" / charts[0]).write_text("edited by hand", encoding="utf-8")
    assert run(capsys, "build", str(data_dir), "-o", str(out), "--no-charts")[0] == 0
    assert sorted(p.name for p in (out / "charts").iterdir()) == [charts[0]]  # changed by someone: kept
    assert run(capsys, "build", str(data_dir), "-o", str(out), "--no-charts")[0] == 0
    assert (out / "charts" / charts[0]).read_text(encoding="utf-8") == "edited by hand"


def test_bare_claimgraph_prints_help(capsys):
    code, out, err = run(capsys)
    assert (code, err) == (0, "")
    assert out.startswith("usage: claimgraph") and "build" in out and "conflicts" in out and "examples:" in out


COMMANDS = ("extract", "conflicts", "export", "html", "build", "evaluate", "chart", "quantities", "validate", "query",
            "ingest", "push", "follow", "changes")


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_has_a_description_and_an_example(capsys, command):
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    out = capsys.readouterr().out
    assert exit_.value.code == 0
    usage, description, *_ = out.split("\n\n")
    assert usage.startswith(f"usage: claimgraph {command}") and len(description.split()) >= 10, description
    examples = out[out.index("example"):].splitlines()[1:]
    assert examples and all(line.startswith("  claimgraph ") for line in examples), examples
    assert examples[0].startswith(f"  claimgraph {command} ") or f"&& claimgraph {command} " in examples[0]


def test_every_command_is_tested_for_help():
    from claimgraph.cli import _parser

    sub = next(a for a in _parser()._actions if a.__class__.__name__ == "_SubParsersAction")
    assert tuple(sub.choices) == COMMANDS


def test_did_you_mean_on_typos(capsys, data_dir):
    err = usage_error(capsys, "conflcts", str(data_dir))
    assert err.endswith("invalid choice: 'conflcts' (choose from 'extract', 'conflicts', 'export', 'html', 'build', "
                        "'evaluate', 'chart', 'quantities', 'validate', 'query', 'ingest', 'push', 'follow', "
                        "'changes'); "
                        "did you mean conflicts?\n")
    err = usage_error(capsys, "conflicts", str(data_dir), "--fromat", "csv")
    assert err.startswith("usage: claimgraph conflicts ")
    assert err.endswith("claimgraph conflicts: error: unrecognized arguments: --fromat csv; did you mean --format?\n")
    err = usage_error(capsys, "conflicts", str(data_dir), "--format", "cvs")
    assert err.endswith("argument --format: invalid choice: 'cvs' (choose from 'table', 'csv', 'json'); "
                        "did you mean csv?\n")
    err = usage_error(capsys, "build", str(data_dir), "-o", str(data_dir / "never"), "--verbsoe")
    assert err.endswith("unrecognized arguments: --verbsoe; did you mean --verbose?\n")
    err = usage_error(capsys, "conflicts", str(data_dir), "--zzzz")
    assert err.endswith("claimgraph conflicts: error: unrecognized arguments: --zzzz\n")  # nothing close


def test_progress_bars_only_on_a_terminal_and_not_with_quiet(capsys, monkeypatch, data_dir):
    import argparse
    import io

    from claimgraph.cli._common import Progress, progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    assert progress(argparse.Namespace(quiet=False))._bars is None  # pytest's stderr is no terminal
    code, out, err = run(capsys, "extract", str(data_dir), "--format", "jsonl")
    assert code == 0 and err == ""
    monkeypatch.setattr("sys.stderr", Terminal())
    assert progress(argparse.Namespace(quiet=True))._bars is None
    assert progress(argparse.Namespace(quiet=False))._bars is not None
    with Progress(True, delay=0.0) as bars:  # the bar, once the delay is over
        advance = bars.stage("reading", total=3)
        advance(2, 3, "reading a.txt")
        bars._bars.refresh()
        shown = bars._bars.console.file.getvalue()
    assert "reading a.txt" in shown and "2/3" in shown
    with Progress(True, delay=30.0) as bars:  # quick work: no bar at all
        bars.stage("reading", total=3)(3)
    assert not bars._bars.live.is_started
