"""Values read from files mean what they say (issue 13, item 10)."""
from __future__ import annotations

import json

import pytest

from claimgraph.cli import main
from claimgraph.errors import ModelError
from claimgraph.model import Actor, Claim, Figure


def claim_line(**extra) -> str:
    base = {"claimant": "Police", "value": 3000, "subject": "protesters"}
    return json.dumps({**base, **extra})


@pytest.mark.parametrize("given, expected", [("false", False), ("true", True), (False, False), (1, True), ("no", False)])
def test_hedged_is_read_as_written(given, expected):
    assert Claim.from_dict(json.loads(claim_line(hedged=given))).hedged is expected


def test_hedged_that_is_no_yes_or_no_is_refused():
    with pytest.raises(ModelError, match="hedged must be true or false, not 'maybe'"):
        Claim.from_dict(json.loads(claim_line(hedged="maybe")))


@pytest.mark.parametrize("figure", [dict(value=-3000), dict(lower=-5, upper=10)])
def test_a_count_cannot_be_negative(figure):
    with pytest.raises(ModelError, match="cannot be negative"):
        Claim((Actor("Police"),), Figure(**figure), "protesters")


def test_a_negative_count_in_json_lines_is_one_line_naming_the_file(tmp_path, capsys):
    path = tmp_path / "claims.jsonl"
    path.write_text(claim_line(value=-3000) + "\n", encoding="utf-8")
    assert main(["conflicts", str(path)]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "claims.jsonl" in err[0] and "cannot be negative" in err[0], err


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_claimant_given_as_a_yaml_list_is_refused(tmp_path, capsys):
    path = tmp_path / "claims.yaml"
    path.write_text("- claimant: NATO\n  value: 3000\n- claimant: [NATO, Pentagon]\n  value: 4000\n", encoding="utf-8")
    assert run(capsys, "extract", path) == (
        2, "", f"claimgraph: error: {path}:3: claimant must be one text, not a list (['NATO', 'Pentagon']); for several "
               "claimants write them in one text, 'NATO and Pentagon', or give each its own claim\n")


@pytest.mark.parametrize("line, message", [
    ({"claimant": ["a", "b"], "value": 3}, "claimant must be text, not ['a', 'b']"),
    ({"claimant": "a", "value": 3, "subject": ["x"]}, "subject must be text, not ['x']"),
    ({"claimants": ["a"], "value": 3}, "claimants must be a list of objects with a name, as extract --format jsonl "
                                       "writes them; for names alone use claimant"),
    ({"claimant": "a", "value": 3, "start": "x", "end": 4}, "start must be a whole number (a character offset), not 'x'"),
])
def test_json_lines_fields_are_of_their_kind(tmp_path, capsys, line, message):
    path = tmp_path / "claims.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    assert run(capsys, "extract", path) == (2, "", f"claimgraph: error: {path}:1: not a claim: {message}\n")


def test_an_unsupported_language_is_named_with_the_supported_ones(tmp_path, capsys):
    path = tmp_path / "de.txt"
    path.write_text("---\ntitle: Bericht\nlanguage: de\n---\nDie NATO sagte, 3000 Soldaten seien in Russland.\n",
                    encoding="utf-8")
    assert run(capsys, "extract", path) == (
        2, "", f"claimgraph: error: {path}:3: front matter: language 'de' is not supported: claimgraph reads "
               "fr (French), en (English), es (Spanish, in part); write one of these codes, or leave language out to "
               "have it detected\n")
    page = tmp_path / "de.html"
    page.write_text('<html lang="de-DE"><body><p>Die NATO sagte, 3000 Soldaten seien in Russland.</p></body></html>',
                    encoding="utf-8")
    code, out, err = run(capsys, "extract", page)
    assert (code, out) == (2, "") and err == (
        f"claimgraph: error: {page}: the page's metadata: language 'de' is not supported: claimgraph reads "
        "fr (French), en (English), es (Spanish, in part); leave this page out\n")


@pytest.mark.parametrize("code", ["en", "fr", "es", "en-GB", "FR"])
def test_supported_languages_read(tmp_path, capsys, code):
    path = tmp_path / "a.txt"
    path.write_text(f"---\nlanguage: {code}\n---\nSelon l'OTAN, 3 000 soldats.\n", encoding="utf-8")
    assert run(capsys, "extract", path)[0] == 0


def test_curated_hedged_is_a_yes_or_no(tmp_path, capsys):
    path = tmp_path / "claims.csv"
    path.write_text("claimant,value,hedged\nNATO,3000,false\nPentagon,4000,yes\n", encoding="utf-8")
    code, out, err = run(capsys, "extract", path, "--format", "jsonl")
    assert (code, err) == (0, "") and [json.loads(x)["hedged"] for x in out.splitlines()] == [False, True]
    path.write_text("claimant,value,hedged\nNATO,3000,perhaps\n", encoding="utf-8")
    assert run(capsys, "extract", path) == (
        2, "", f"claimgraph: error: {path}:2: hedged must be true or false, not 'perhaps'\n")
