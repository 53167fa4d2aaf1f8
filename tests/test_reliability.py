"""Issue 13: nothing lost, nothing hangs; the command line run in-process,
with exact one-line error texts."""
import json

import pytest

from claimgraph.cli import main
from claimgraph.store import open_store, read_store

A = ("---\ntitle: Article A\nurl: https://a.example/report\n---\n"
     "Le Pentagone a affirmé lundi qu'environ 3 000 soldats nord-coréens avaient été déployés en Russie.\n")
B = ("---\ntitle: Article B\nurl: https://b.example/report\n---\n"
     "Selon l'OTAN, environ 10 000 soldats nord-coréens ont été envoyés en Russie. "
     "Le ministère ukrainien a affirmé que 12 000 soldats nord-coréens étaient en Russie.\n")


@pytest.fixture(autouse=True)
def _no_columns(monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def error_of(capsys, path, text, *argv):
    """Write ``text`` to ``path``, run ``extract path ...``: exit 2, nothing on stdout; returns stderr."""
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "extract", path, *argv)
    assert (code, out) == (2, ""), err
    return err


@pytest.fixture
def twins(tmp_path):
    """Two articles of the same file name in two folders."""
    for sub, text in (("a", A), ("b", B)):
        (tmp_path / "in" / sub).mkdir(parents=True)
        (tmp_path / "in" / sub / "report.txt").write_text(text, encoding="utf-8")
    return tmp_path / "in"


def stored(store):
    corpus = read_store(open_store(store, read_only=True))
    docs = {d.id: (d.title, d.url) for d in corpus.documents}
    return docs, sorted((c.document, c.figure.value) for c in corpus.claims)


# 1. same file name, two documents

def test_same_file_name_in_two_folders_is_two_documents_in_a_one_shot_run(capsys, twins):
    code, out, err = run(capsys, "extract", twins, "--format", "jsonl")
    assert (code, err) == (0, "")
    rows = [json.loads(line) for line in out.splitlines()]
    assert sorted((r["document"], r["value"]) for r in rows) == [("a-report", 3000), ("b-report", 10000), ("b-report", 12000)]
    by_doc = {r["document"]: r for r in rows}
    assert by_doc["a-report"]["evidence"].startswith("Le Pentagone")
    assert by_doc["a-report"]["start"] == 0


def test_same_file_name_in_two_folders_is_two_documents_in_the_store(capsys, tmp_path, twins):
    store = tmp_path / "store"
    assert run(capsys, "ingest", twins, "--store", store, "-q")[:1] == (0,)
    docs, claims = stored(store)
    assert docs == {"a-report": ("Article A", "https://a.example/report"),
                    "b-report": ("Article B", "https://b.example/report")}
    assert claims == [("a-report", 3000.0), ("b-report", 10000.0), ("b-report", 12000.0)]
    size = len(open_store(store, read_only=True))
    # re-ingesting the same files, all or one, adds nothing
    for again in (twins, twins / "b", twins / "a" / "report.txt"):
        assert run(capsys, "ingest", again, "--store", store, "-q")[:1] == (0,)
        assert len(open_store(store, read_only=True)) == size
    assert stored(store)[1] == claims


def test_same_file_name_ingested_in_two_runs_stays_two_documents(capsys, tmp_path, twins):
    store = tmp_path / "store"
    for part in ("a", "b", "a", "b"):
        assert run(capsys, "ingest", twins / part, "--store", store, "-q")[:1] == (0,)
    docs, claims = stored(store)
    assert docs == {"report": ("Article A", "https://a.example/report"),
                    "b-report": ("Article B", "https://b.example/report")}
    assert claims == [("b-report", 10000.0), ("b-report", 12000.0), ("report", 3000.0)]


def test_a_file_name_used_once_keeps_its_stem_as_id(capsys, twins):
    code, out, _ = run(capsys, "extract", twins / "a", "--format", "jsonl")
    assert code == 0 and {json.loads(line)["document"] for line in out.splitlines()} == {"report"}


# 2. a curated correction adds to its article, never wipes it

CORRECTION = """- claimant: Pentagon
  value: 11000
  qualifier: about
  subject: North Korean troops deployed to Russia
  stated_on: 2024-11-04
  document: report
"""


@pytest.fixture
def corrected(tmp_path):
    (tmp_path / "report.txt").write_text(B, encoding="utf-8")
    (tmp_path / "fix.yaml").write_text(CORRECTION, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("order", [("report.txt", "fix.yaml"), ("fix.yaml", "report.txt")])
def test_a_curated_correction_keeps_its_article_in_the_store(capsys, corrected, order):
    store = corrected / "store"
    for name in order:
        assert run(capsys, "ingest", corrected / name, "--store", store, "-q")[:1] == (0,)
    corpus = read_store(open_store(store, read_only=True))
    (doc,) = corpus.documents
    assert (doc.id, doc.title, doc.url) == ("report", "Article B", "https://b.example/report")
    assert "12 000 soldats" in doc.text
    assert sorted((c.figure.value, c.origin) for c in corpus.claims) == [
        (10000.0, "extracted"), (11000.0, "curated"), (12000.0, "extracted")]
    # and again: nothing added, nothing lost
    size = len(open_store(store, read_only=True))
    for name in order:
        assert run(capsys, "ingest", corrected / name, "--store", store, "-q")[:1] == (0,)
    assert len(open_store(store, read_only=True)) == size


@pytest.mark.parametrize("order", [("report.txt", "fix.yaml"), ("fix.yaml", "report.txt")])
def test_a_curated_correction_keeps_its_article_in_a_one_shot_run(capsys, tmp_path, corrected, order):
    out = tmp_path / "claims.jsonl"
    code, _, err = run(capsys, "extract", *(corrected / n for n in order), "--format", "jsonl", "-o", out)
    assert (code, err) == (0, "")
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted((r["value"], r["document"]) for r in rows) == [(10000, "report"), (11000, "report"), (12000, "report")]
    ttl = tmp_path / "out.ttl"
    assert run(capsys, "export", *(corrected / n for n in order), "-o", ttl)[:1] == (0,)
    text = ttl.read_text(encoding="utf-8")
    assert "Article B" in text and "https://b.example/report" in text


# 3. a curated CSV with a quote left open is an error, not swallowed rows

def test_curated_csv_with_an_unterminated_quote_names_the_line_its_record_starts(capsys, tmp_path):
    bad = tmp_path / "claims.csv"
    err = error_of(capsys, bad, 'claimant,value,evidence\nPentagon,3000,"ok"\n\nNATO,10000,"left open\nUkraine,12000,x\n')
    assert err == (f"claimgraph: error: {bad}:4: malformed CSV: a quoted field is not closed (a '\"' is missing); "
                   "the record starting here runs to the end of the file\n")


def test_curated_csv_quoted_fields_over_lines_still_read(capsys, tmp_path):
    ok = tmp_path / "claims.csv"
    ok.write_text('claimant,value,evidence\nPentagon,3000,"a ""quoted"" word"\nNATO,10000,"two\nlines"\n\nUkraine,12000,x\n',
                  encoding="utf-8")
    code, out, err = run(capsys, "extract", ok, "--format", "jsonl")
    assert (code, err) == (0, "")
    assert [json.loads(line)["evidence"] for line in out.splitlines()] == ['a "quoted" word', "two\nlines", "x"]


def test_curated_csv_bad_record_after_a_multiline_one_names_its_own_line(capsys, tmp_path):
    bad = tmp_path / "claims.csv"
    err = error_of(capsys, bad, 'claimant,value,evidence\nNATO,10000,"two\nlines"\n,12000,x\n')
    assert err == f"claimgraph: error: {bad}:4: curated claim has no claimant\n"


# 4. no cell a spreadsheet would run, in any CSV the tool writes

HOSTILE = """- claimant: "@SUM(A1)"
  value: 3000
  subject: North Korean troops deployed to Russia
  stated_on: 2024-11-04
  evidence: '=HYPERLINK("http://evil.example","click")'
  source: https://evil.example/a
  source_title: "+cmd|' /C calc'!A0"
- claimant: NATO
  value: 12000
  subject: North Korean troops deployed to Russia
  stated_on: 2024-11-05
  source_title: "-12000"
  evidence: "-2+3"
  document: nato
"""


def _cells(text):
    import csv
    import io

    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def _assert_neutralised(cells):
    risky = [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r") or (c[:1] == "-" and not _number(c))]
    assert risky == []


def _number(cell):
    try:
        float(cell)
    except ValueError:
        return False
    return True


def test_csv_outputs_neutralise_formulas_and_keep_numbers(capsys, tmp_path):
    src = tmp_path / "hostile.yaml"
    src.write_text(HOSTILE, encoding="utf-8")
    code, out, err = run(capsys, "extract", src, "--format", "csv")
    assert (code, err) == (0, "")
    cells = _cells(out)
    _assert_neutralised(cells)
    assert {"'@SUM(A1)", "'=HYPERLINK(\"http://evil.example\",\"click\")", "'-2+3", "-12000"} <= set(cells)
    code, out, err = run(capsys, "conflicts", src, "--format", "csv")
    assert (code, err) == (0, "")
    cells = _cells(out)
    _assert_neutralised(cells)
    assert "'@SUM(A1)" in cells
    build = tmp_path / "site"
    assert run(capsys, "build", src, "-o", build, "-q")[:1] == (0,)
    for name in ("claims.csv", "conflicts.csv"):
        _assert_neutralised(_cells((build / name).read_text(encoding="utf-8")))
    query = "SELECT ?e ?v WHERE { ?c <https://schema.org/identifier> ?i . OPTIONAL { ?c ?p ?e FILTER(isLiteral(?e)) } BIND(-5 AS ?v) }"
    code, out, err = run(capsys, "query", query, src, "--format", "csv")
    assert (code, err) == (0, "")
    cells = _cells(out)
    _assert_neutralised(cells)
    assert "-5" in cells and "'@SUM(A1)" in cells


# 5. YAML aliases are refused, not expanded

def _alias_bomb(levels=9):
    lines = ["---", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    prev = "a"
    for name in "bcdefghij"[:levels - 1]:
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
        prev = name
    return "\n".join([*lines, f"title: *{prev}", "---", "Selon l'OTAN, environ 3 000 soldats ont été envoyés.", ""])


def test_front_matter_alias_bomb_fails_fast_with_one_line(capsys, tmp_path):
    import time

    bomb = tmp_path / "bomb.txt"
    bomb.write_text(_alias_bomb(), encoding="utf-8")
    assert len(bomb.read_bytes()) < 600
    t0 = time.perf_counter()
    code, out, err = run(capsys, "extract", bomb)
    assert time.perf_counter() - t0 < 5
    assert (code, out) == (2, "")
    assert err == (f"claimgraph: error: {bomb}:3: front matter: aliases (*a) are not accepted in claimgraph's "
                   "YAML inputs; write the value out in full\n")


def test_curated_yaml_aliases_are_refused_with_one_line(capsys, tmp_path):
    src = tmp_path / "claims.yaml"
    err = error_of(capsys, src, "- claimant: &c NATO\n  value: 3000\n- claimant: *c\n  value: 4000\n")
    assert err == (f"claimgraph: error: {src}:3: malformed YAML: aliases (*c) are not accepted in claimgraph's "
                   "YAML inputs; write the value out in full\n")


def test_yaml_without_aliases_still_reads(capsys, tmp_path):
    src = tmp_path / "claims.yaml"
    src.write_text("claims:\n- claimant: NATO\n  value: 3000\n  evidence: '*not an alias*'\n", encoding="utf-8")
    code, out, err = run(capsys, "extract", src, "--format", "jsonl")
    assert (code, err) == (0, "") and json.loads(out)["evidence"] == "*not an alias*"


# 6. output paths: one line naming the path, nothing half-written

@pytest.mark.parametrize("argv", [("extract", "--format", "csv"), ("conflicts",), ("quantities",),
                                  ("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1")])
def test_output_on_an_existing_directory_is_one_line(capsys, tmp_path, twins, argv):
    out = tmp_path / "out"
    out.mkdir()
    code, stdout, err = run(capsys, *argv, twins, "-o", out)
    assert (code, stdout, err) == (2, "", f"claimgraph: error: {out}: is a directory; give -o a file name\n")


@pytest.mark.parametrize("argv", [("extract",), ("export",), ("html",)])
def test_output_under_a_file_is_one_line(capsys, tmp_path, twins, argv):
    (tmp_path / "afile").write_text("", encoding="utf-8")
    out = tmp_path / "afile" / "x.ttl"
    code, stdout, err = run(capsys, *argv, twins, "-o", out)
    assert (code, stdout) == (2, "")
    assert err == f"claimgraph: error: {out}: cannot be written: {tmp_path / 'afile'} is a file, not a folder\n"


def test_output_in_a_missing_place_that_cannot_be_made_is_one_line(capsys, twins):
    code, stdout, err = run(capsys, "extract", twins, "-o", "/proc/claimgraph-none/x.csv")
    assert (code, stdout) == (2, "")
    assert err == ("claimgraph: error: /proc/claimgraph-none/x.csv: cannot be written (No such file or directory); "
                   "give -o a file in a folder you can write to\n")


def test_output_in_a_read_only_folder_is_one_line(capsys, tmp_path, twins):
    import os

    if os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        code, stdout, err = run(capsys, "extract", twins, "-o", ro / "x.csv")
    finally:
        ro.chmod(0o755)
    assert (code, stdout) == (2, "")
    assert err == f"claimgraph: error: {ro / 'x.csv'}: cannot be written: no permission to write in {ro}; choose another place\n"


def test_build_where_charts_is_a_file_writes_nothing(capsys, tmp_path, twins):
    out = tmp_path / "site"
    out.mkdir()
    (out / "charts").write_text("mine", encoding="utf-8")
    code, stdout, err = run(capsys, "build", twins, "-o", out, "-q")
    assert (code, stdout) == (2, "")
    assert err == f"claimgraph: error: {out / 'charts'}: exists and is not a directory; give -o a folder\n"
    assert sorted(p.name for p in out.iterdir()) == ["charts"]
    assert (out / "charts").read_text(encoding="utf-8") == "mine"


def test_failed_ingest_into_a_new_store_leaves_no_store(capsys, tmp_path, twins):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"abc \xff def\n")
    store = tmp_path / "store"
    code, stdout, err = run(capsys, "ingest", twins, bad, "--store", store, "-q")
    assert (code, stdout) == (2, "")
    assert err == f"claimgraph: error: {bad}:1: not valid UTF-8 (byte 0xff at offset 4); convert the file to UTF-8\n"
    assert not store.exists()
    # into a store that was there before, what was ingested stays
    assert run(capsys, "ingest", twins, "--store", store, "-q")[:1] == (0,)
    assert run(capsys, "ingest", bad, "--store", store, "-q")[:1] == (2,)
    assert len(stored(store)[1]) == 3


# 7. a worker's error is the same one line as in this process

def test_jobs_with_one_bad_article_gives_the_one_line_of_jobs_1(capsys, tmp_path, twins):
    bad = twins / "zz-bad.txt"
    bad.write_bytes(b"abc \xff def\n")
    expected = f"claimgraph: error: {bad}:1: not valid UTF-8 (byte 0xff at offset 4); convert the file to UTF-8\n"
    for jobs in ("1", "2"):
        assert run(capsys, "extract", twins, "--jobs", jobs) == (2, "", expected)


def test_input_error_pickles_with_its_parts():
    import pickle

    from claimgraph.errors import InputError

    e = pickle.loads(pickle.dumps(InputError("a.txt", "no claimant", line=3)))
    assert (type(e), str(e), e.path, e.message, e.line) == (InputError, "a.txt:3: no claimant", "a.txt", "no claimant", 3)


def test_actors_file_aliases_are_refused_with_one_line(capsys, tmp_path, twins):
    actors = tmp_path / "actors.yaml"
    actors.write_text("- name: &n Some Org\n  kind: organisation\n- name: *n\n", encoding="utf-8")
    code, out, err = run(capsys, "extract", twins, "--actors", actors)
    assert (code, out) == (2, "")
    assert err == (f"claimgraph: error: {actors}:3: malformed YAML: aliases (*n) are not accepted in claimgraph's "
                   "YAML inputs; write the value out in full\n")


# 9. values Python cannot make are one line naming the file and the line, not a traceback

BODY = "Selon l'OTAN, environ 3 000 soldats ont été envoyés en Russie.\n"


@pytest.mark.parametrize("day, why", [("2024-02-30", "day is out of range for month"),
                                      ("2024-13-45", "month must be in 1..12")])
def test_front_matter_date_that_does_not_exist_is_one_line(capsys, tmp_path, day, why):
    src = tmp_path / "a.txt"
    err = error_of(capsys, src, f"---\ntitle: A\npublished: {day}\n---\n{BODY}")
    assert err == (f"claimgraph: error: {src}:3: front matter: published must be an ISO date (YYYY-MM-DD) of a day "
                   f"that exists, not '{day}' ({why})\n")


@pytest.mark.parametrize("name, text, line", [
    ("claims.yaml", "- claimant: NATO\n  value: 3000\n- claimant: Pentagon\n  value: 4000\n  stated_on: 2024-99-99\n", 3),
    ("claims.csv", "claimant,value,stated_on\nNATO,3000,2024-01-02\nPentagon,4000,2024-99-99\n", 3),
    ("claims.jsonl", '{"claimant": "NATO", "value": 3000}\n{"claimant": "Pentagon", "value": 4000, "stated_on": "2024-99-99"}\n', 2),
])
def test_curated_date_that_does_not_exist_is_one_line(capsys, tmp_path, name, text, line):
    src = tmp_path / name
    err = error_of(capsys, src, text)
    prefix = "not a claim: " if name.endswith(".jsonl") else ""
    assert err == (f"claimgraph: error: {src}:{line}: {prefix}stated_on must be an ISO date (YYYY-MM-DD) of a day that "
                   "exists, not '2024-99-99' (month must be in 1..12)\n")


def test_a_5000_digit_integer_in_curated_yaml_is_one_line(capsys, tmp_path):
    src = tmp_path / "claims.yaml"
    err = error_of(capsys, src, "- claimant: NATO\n  value: " + "9" * 5000 + "\n")
    assert err == (f"claimgraph: error: {src}:1: value must be a finite number, not "
                   f"'{'9' * 40}…' (5000 characters)\n")


def test_a_5000_digit_integer_in_front_matter(capsys, tmp_path):
    src = tmp_path / "a.txt"
    err = error_of(capsys, src, "---\ntitle: x\npublished: " + "9" * 5000 + "\n---\n" + BODY)
    assert err == (f"claimgraph: error: {src}:3: front matter: published must be an ISO date (YYYY-MM-DD), not "
                   f"'{'9' * 40}…' (5000 characters)\n")
    # as a title it is the text it is
    src.write_text("---\ntitle: " + "9" * 5000 + "\n---\n" + BODY, encoding="utf-8")
    code, out, err = run(capsys, "extract", src, "--format", "csv")
    assert (code, err) == (0, "") and "9" * 5000 in out


def test_a_5000_digit_integer_in_json_lines_is_one_line(capsys, tmp_path):
    src = tmp_path / "claims.jsonl"
    err = error_of(capsys, src, '{"claimant": "NATO", "value": ' + "9" * 5000 + "}\n")
    assert err == (f"claimgraph: error: {src}:1: not a claim: Exceeds the limit (4300 digits) for integer string "
                   "conversion: value has 5000 digits\n")


def test_deeply_nested_json_lines_is_one_line(capsys, tmp_path):
    src = tmp_path / "claims.jsonl"
    err = error_of(capsys, src, '{"claimant": "NATO", "value": 1}\n' + "[" * 100_000 + "\n")
    assert err == f"claimgraph: error: {src}:2: not a claim: JSON nested too deeply to read\n"


def test_deeply_nested_yaml_is_one_line(capsys, tmp_path):
    src = tmp_path / "claims.yaml"
    err = error_of(capsys, src, "- claimant: NATO\n  value: 1\n- " + "[" * 100_000 + "\n")
    assert err == (f"claimgraph: error: {src}:3: malformed YAML: collections nested more than 100 deep are not accepted "
                   "in claimgraph's YAML inputs\n")
    src = tmp_path / "a.txt"
    err = error_of(capsys, src, "---\ntitle: A\n" + "[" * 100_000 + "\n---\n" + BODY)
    assert err.startswith(f"claimgraph: error: {src}:3: malformed YAML front matter: ") and err.count("\n") == 1


def test_an_article_too_long_to_store_is_one_line_and_nothing_written(capsys, tmp_path):
    big = tmp_path / "big.txt"
    paragraph = BODY * 20 + "\n"
    big.write_text(paragraph * (17 * 2**20 // len(paragraph.encode("utf-8"))), encoding="utf-8")
    expected = f"claimgraph: error: {big}: the article is too long (17.3 MiB of text, at most 15 MiB); split it into smaller files\n"
    for argv in (("export", "-o", tmp_path / "x.ttl"), ("export", "-o", tmp_path / "x.trig"),
                 ("build", "-o", tmp_path / "site", "-q"), ("ingest", "--store", tmp_path / "store", "-q")):
        assert run(capsys, argv[0], big, *argv[1:]) == (2, "", expected)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt"]


def test_control_characters_count_as_stored(capsys, tmp_path):
    src = tmp_path / "ctl.txt"
    src.write_text("x" + "\x01" * (3 * 2**20), encoding="utf-8")  # 3 MiB, six times that as an RDF literal
    code, out, err = run(capsys, "extract", src)
    assert (code, out) == (2, "") and err.startswith(f"claimgraph: error: {src}: the article is too long (18.0 MiB")


# identity: claim ids long enough for 10^9 claims, and an id taken by another claim is refused

def test_claim_ids_have_96_bits(capsys, twins):
    import re

    code, out, _ = run(capsys, "extract", twins, "--format", "jsonl")
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert code == 0 and ids and all(re.fullmatch(r"c[0-9a-f]{24}", i) for i in ids)


def _claim_line(value, id="c1", document="a"):
    return json.dumps({"id": id, "claimant": "NATO", "value": value, "subject": "troops", "document": document}) + "\n"


def test_an_id_taken_by_a_different_claim_is_refused_in_a_one_shot_run(capsys, tmp_path):
    (tmp_path / "a.jsonl").write_text(_claim_line(3000), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(_claim_line(3000) + _claim_line(4000), encoding="utf-8")
    code, out, err = run(capsys, "extract", tmp_path / "a.jsonl", tmp_path / "b.jsonl", "--format", "jsonl")
    assert (code, out) == (2, "")
    assert err == (f"claimgraph: error: {tmp_path / 'b.jsonl'}: claim id c1 is already taken by a different claim "
                   "(NATO 3,000 in document a); give this claim another id, or none to have one made from its content\n")


def test_ingest_refuses_a_claim_whose_id_the_store_gives_another_claim(capsys, tmp_path, twins):
    store = tmp_path / "store"
    assert run(capsys, "ingest", twins, "--store", store, "-q")[:1] == (0,)
    code, out, _ = run(capsys, "extract", "--store", store, "--format", "jsonl")
    taken = json.loads(out.splitlines()[0])
    before = stored(store)
    edited = dict(taken, value=(taken["value"] or 0) + 1, value_min=None, value_max=None, qualifier="exact")
    src = tmp_path / "edited.jsonl"
    src.write_text(json.dumps(edited) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "ingest", src, "--store", store, "-q")
    assert (code, out) == (2, "")
    assert err.startswith(f"claimgraph: error: {src}: claim id {taken['id']} is already taken by a different claim (")
    assert err.endswith("); give this claim another id, or none to have one made from its content\n")
    assert stored(store) == before
    # the same claim again is no clash
    src.write_text(json.dumps(taken) + "\n", encoding="utf-8")
    assert run(capsys, "ingest", src, "--store", store, "-q") == (0, "", "")
    assert stored(store) == before


# store-open errors say what is wrong; only a held lock asks about another process

def test_store_open_errors_say_what_is_wrong(capsys, tmp_path, twins):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep", encoding="utf-8")
    assert run(capsys, "ingest", twins, "--store", mine, "-q") == (
        2, "", f"claimgraph: error: {mine} is a folder of other files, not a store; give --store a new or empty folder\n")
    assert sorted(p.name for p in mine.iterdir()) == ["notes.txt"]
    for folder in (mine, tmp_path / "missing"):
        assert run(capsys, "conflicts", "--store", folder) == (
            2, "", f"claimgraph: error: no store at {folder}; make one with: claimgraph ingest INPUT... --store {folder}\n")
    store = tmp_path / "store"
    held = open_store(store, create=True)
    code, out, err = run(capsys, "ingest", twins, "--store", store, "-q")
    del held
    assert (code, out) == (2, "")
    assert err.startswith(f"claimgraph: error: cannot open the store at {store} (")
    assert err.endswith("); is another claimgraph process using it?\n") and err.count("\n") == 1


def test_a_failed_ingest_into_an_empty_folder_leaves_it_empty(capsys, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\n")
    store = tmp_path / "store"
    store.mkdir()
    assert run(capsys, "ingest", bad, "--store", store, "-q")[0] == 2
    assert store.is_dir() and list(store.iterdir()) == []


# build writes beside its folder and swaps it in; Ctrl-C is one line and exit 130, nothing half-written

def _tree(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def built(capsys, tmp_path, twins):
    site = tmp_path / "site"
    assert run(capsys, "build", twins, "-o", site, "-q")[:1] == (0,)
    (site / "notes.txt").write_text("mine", encoding="utf-8")
    return site


@pytest.mark.parametrize("failure, code, message", [
    (KeyboardInterrupt, 130, "interrupted (Ctrl-C); nothing half-written was left behind"),
    (OSError(28, "No space left on device", "x"), 2, "x: No space left on device"),
])
def test_a_build_that_fails_while_writing_leaves_the_previous_report(capsys, monkeypatch, tmp_path, twins, built,
                                                                      failure, code, message):
    from claimgraph import _io

    before = _tree(built)
    written = []
    real = _io.atomic_write_text

    def write(path, text):
        written.append(path)
        if len(written) == 3:  # half-way through the files
            raise failure
        real(path, text)

    monkeypatch.setattr("claimgraph.report.atomic_write_text", write)
    (twins / "a" / "more.txt").write_text(A.replace("3 000", "4 000"), encoding="utf-8")
    assert run(capsys, "build", twins, "-o", built, "-q") == (code, "", f"claimgraph: error: {message}\n")
    assert _tree(built) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "site"]  # no temporary folder left


def test_a_rebuild_swaps_in_the_new_report_and_keeps_other_files(capsys, tmp_path, twins, built):
    (twins / "b" / "report.txt").unlink()
    assert run(capsys, "build", twins, "-o", built, "-q")[:1] == (0,)
    assert (built / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert "Article B" not in (built / "index.html").read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "site"]


def test_an_interrupted_ingest_is_one_line_and_leaves_no_new_store(capsys, monkeypatch, tmp_path, twins):
    from claimgraph import store as cstore

    real, calls = cstore.add_corpus, []

    def add(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(cstore, "add_corpus", add)
    store = tmp_path / "store"
    assert run(capsys, "ingest", twins, "--store", store, "-q") == (
        130, "", "claimgraph: error: interrupted (Ctrl-C); nothing half-written was left behind\n")
    assert not store.exists()


# what an attacker's probe found: devices, pipes and links as inputs and outputs

def test_output_on_a_device_is_written_as_a_stream_never_replaced(capsys, tmp_path, twins):
    import os
    import stat

    full = tmp_path / "full"  # a copy of /dev/full, so that a failure harms no system device
    try:
        os.mknod(full, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    except (PermissionError, AttributeError):
        pytest.skip("making a device needs root")
    code, out, err = run(capsys, "extract", twins, "-o", full)
    assert (code, out) == (2, "")
    assert err == (f"claimgraph: error: {full}: cannot be written (No space left on device); give -o a file in a "
                   "folder you can write to\n")
    assert stat.S_ISCHR(os.stat(full).st_mode)  # still the device, not a file of claims


def test_output_through_a_link_replaces_its_target_and_keeps_the_link(capsys, tmp_path, twins):
    link, target = tmp_path / "link.csv", tmp_path / "real.csv"
    link.symlink_to(target.name)
    assert run(capsys, "extract", twins, "--format", "csv", "-o", link)[:1] == (0,)
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("id,claimant")


def test_a_pipe_as_input_is_refused_not_waited_for(capsys, tmp_path):
    import os

    fifo = tmp_path / "a.txt"
    os.mkfifo(fifo)
    assert run(capsys, "extract", fifo) == (
        2, "", f"claimgraph: error: {fifo}: not a regular file (a pipe, a device or a socket); give a file or a folder\n")


def test_validate_a_folder_says_it_is_one(capsys, tmp_path):
    assert run(capsys, "validate", tmp_path, "--format", "ttl") == (
        2, "", f"claimgraph: error: {tmp_path}: is a directory, expected an RDF file\n")


def test_a_yaml_character_the_reader_refuses_is_one_line(capsys, tmp_path):
    src = tmp_path / "claims.yaml"
    err = error_of(capsys, src, "- claimant: NATO\n  value: 3000\n- claimant: \x1f\n")
    assert err == (f"claimgraph: error: {src}:3: malformed YAML: unacceptable character #x001f: special characters "
                   "are not allowed\n")


def test_an_error_claimgraph_did_not_foresee_is_one_line_with_exit_70(capsys, monkeypatch, twins):
    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("claimgraph.tables.claims_jsonl", broken)
    assert run(capsys, "extract", twins, "--format", "jsonl") == (
        70, "", "claimgraph: error: unexpected ZeroDivisionError: division by zero (a bug in claimgraph: please "
                "report it with the command; CLAIMGRAPH_DEBUG=1 shows where)\n")
    monkeypatch.setenv("CLAIMGRAPH_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        main(["extract", str(twins), "--format", "jsonl"])


def test_a_worker_that_dies_is_one_line(capsys, monkeypatch, twins):
    import os
    import signal

    import multiprocessing

    from claimgraph import inputs

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the patch below reaches forked workers only")

    def die(*args):
        os.kill(os.getpid(), signal.SIGKILL)

    monkeypatch.setattr(inputs, "read_article_claims", die)  # the workers are forked: they run it
    assert run(capsys, "extract", twins, "--jobs", "2") == (
        2, "", "claimgraph: error: a worker process of --jobs 2 died before finishing (killed, or out of memory); "
               "run again, or with fewer --jobs\n")


@pytest.mark.parametrize("name, text, line, prefix", [
    ("claims.yaml", '- claimant: NATO\n  value: 1\n- claimant: "\\ud800"\n  value: 3\n', 3, "malformed YAML: "),
    ("claims.jsonl", '{"claimant": "NATO", "value": 1}\n{"claimant": "\\ud800", "value": 3}\n', 2, "not a claim: "),
])
def test_half_a_character_is_refused_not_written(capsys, tmp_path, name, text, line, prefix):
    src = tmp_path / name
    err = error_of(capsys, src, text)
    assert err == (f"claimgraph: error: {src}:{line}: {prefix}a \\u escape gives half a character (a UTF-16 "
                   "surrogate, \\ud800 to \\udfff); write the character itself\n")


def test_half_a_character_in_a_page_s_metadata_is_replaced(capsys, tmp_path):
    page = tmp_path / "a.html"
    page.write_text('<html lang="en"><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": '
                    '"A \\ud800 B"}</script></head><body><p>The Pentagon said 3,000 troops were sent.</p></body></html>',
                    encoding="utf-8")
    site = tmp_path / "site"
    assert run(capsys, "build", page, "-o", site, "-q") == (0, "", "")
    assert "A \ufffd B" in (site / "claims.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize("inside", ["out", "."])
def test_a_report_built_inside_its_input_folder_is_not_read_as_input(capsys, tmp_path, twins, inside):
    site = twins / inside
    first = run(capsys, "build", twins, "-o", site, "-q")
    assert first == (0, "", "")
    again = run(capsys, "build", twins, "-o", site)
    assert again[0] == 0 and again[1].startswith("3 claims from 2 documents")
    code, out, err = run(capsys, "extract", twins, "--format", "jsonl")
    assert (code, err) == (0, "") and len(out.splitlines()) == 3


def test_a_folder_that_cannot_be_read_says_so(capsys, tmp_path, twins):
    import os

    if os.geteuid() == 0:
        pytest.skip("root reads anywhere")
    twins.chmod(0o300)
    try:
        result = run(capsys, "extract", twins)
    finally:
        twins.chmod(0o755)
    assert result == (2, "", f"claimgraph: error: {twins}: cannot read this folder: permission denied\n")


def test_ingest_replaces_a_claim_stored_under_its_old_12_digit_id(capsys, tmp_path, corrected):
    from claimgraph.curated import read_curated
    from claimgraph.model import Corpus
    from claimgraph.store import add_corpus

    (claim,) = read_curated(corrected / "fix.yaml").claims
    store = tmp_path / "store"
    held = open_store(store, create=True)
    add_corpus(held, Corpus(claims=(claim.with_(id=claim.id[:13]),)))  # as a store made before 24-digit ids
    del held
    assert run(capsys, "ingest", corrected / "fix.yaml", "--store", store, "-q") == (0, "", "")
    assert [c.id for c in read_store(open_store(store, read_only=True)).claims] == [claim.id]
