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
