"""The conflict confidence: every conflict carries one, the threshold drops the ones under it, the model file is
checked, and the training script labels conflicts as the shared story scorer does."""
import csv
import json
import math
from importlib import resources

import pytest

from claimgraph.cli import main
from claimgraph.compare import compare
from claimgraph.conflict_confidence import FEATURES, conflict_confidence, load_model, pair_features
from claimgraph.errors import ModelError
from claimgraph.model import Actor, Claim, Figure

POLICE, UNION, CITY = Actor("Police", "organisation"), Actor("Union", "organisation"), Actor("City hall", "organisation")
MAYOR = Actor("Anna Berg", "person")


def said(who, value, day="2031-03-12", doc="a", evidence=""):
    return Claim(who, Figure(value), "protesters", stated_on=day, document=doc, evidence=evidence or f"{value} marched")


def test_pair_features_are_every_feature_and_finite():
    a = said(POLICE, 4000, evidence="Police counted 4,000 marchers.")
    b = Claim(MAYOR, Figure(None, 200, 999, "vague"), "protesters", document="b", start=5400, end=5470,
              evidence="Between 12 and 14 March, 3 marches of hundreds each, 2 of them at night.")
    f = pair_features(a, b, days_apart=None, statements=7)
    assert list(f) == list(FEATURES)
    assert all(isinstance(v, float) and math.isfinite(v) for v in f.values())
    assert (f["vague"], f["bound"], f["person"], f["organisations"], f["same_document"]) == (1.0, 1.0, 1.0, 0.0, 0.0)
    assert f["figures_in_sentence"] == 4.0 and f["log_statements"] == pytest.approx(math.log(7))


def test_every_conflict_carries_its_confidence_and_the_threshold_drops_those_under_it():
    claims = [said(POLICE, 4000, doc="a"), said(UNION, 12000, doc="b"), said(CITY, 30000, doc="c"),
              said(MAYOR, 1500, "2031-03-14", doc="d")]
    [everything] = compare(claims, min_conflict_confidence=0)
    confidences = sorted(r.confidence for r in everything.conflicts)
    assert len(confidences) >= 3 and all(0 <= c <= 1 for c in confidences)
    lowest = confidences[0]
    [above] = compare(claims, min_conflict_confidence=min(lowest + 0.001, 1))
    assert sorted(r.confidence for r in above.conflicts) == [c for c in confidences if c > lowest]
    # no argument: the shipped model's own threshold
    [default] = compare(claims)
    threshold = load_model()[1]
    assert sorted(r.confidence for r in default.conflicts) == [c for c in confidences if c >= threshold]


def test_rival_counts_of_one_march_are_a_trusted_conflict():
    # police and organisers, the same day, three times apart: the textbook disagreement stays
    police = said(POLICE, 4000, evidence="The police counted 4,000 marchers.")
    union = said(UNION, 12000, doc="b", evidence="The union said 12,000 people had marched.")
    [cmp] = compare([police, union])
    [r] = cmp.conflicts
    assert r.confidence == conflict_confidence(police, union, days_apart=0, statements=2) >= load_model()[1]


@pytest.mark.parametrize("bad", [-0.1, 1.5, "high", float("nan")])
def test_a_threshold_out_of_range_is_refused(bad):
    with pytest.raises(ModelError, match=r"^min_conflict_confidence must be between 0 and 1, not "):
        compare([said(POLICE, 4000)], min_conflict_confidence=bad)


def test_a_model_that_does_not_fit_the_features_says_how_to_make_it_again(tmp_path):
    shipped = json.loads((resources.files("claimgraph") / "data" / "conflict_confidence.json").read_text("utf-8"))
    shipped["features"] = shipped["features"][:-1] + ["not_a_feature"]
    path = tmp_path / "model.json"
    path.write_text(json.dumps(shipped), encoding="utf-8")
    with pytest.raises(ModelError, match="run: make conflict-model$"):
        load_model(str(path))
    del shipped["threshold"]
    shipped["features"] = list(FEATURES)
    path.write_text(json.dumps(shipped), encoding="utf-8")
    with pytest.raises(ModelError, match="missing or bad threshold$"):
        load_model(str(path))


def _claims_file(tmp_path):
    p = tmp_path / "claims.csv"
    p.write_text("claimant,value,subject,stated_on\nOrganisers,250000,protesters,2026-03-12\n"
                 "Police,68000,protesters,2026-03-12\n", encoding="utf-8")
    return p


def test_cli_reports_the_confidence_in_json_and_csv(capsys, tmp_path):
    p = _claims_file(tmp_path)
    assert main(["conflicts", str(p), "--format", "json"]) == 0
    [conflict] = [r for group in json.loads(capsys.readouterr().out) for r in group["conflicts"]]
    assert 0 <= conflict["confidence"] <= 1
    assert main(["conflicts", str(p), "--format", "csv"]) == 0
    [row] = csv.DictReader(capsys.readouterr().out.splitlines())
    assert float(row["confidence"]) == conflict["confidence"]
    # above its own confidence, the conflict is not reported
    assert main(["conflicts", str(p), "--format", "json", "--min-conflict-confidence",
                 str(min(conflict["confidence"] + 0.001, 1))]) == 0
    assert [r for group in json.loads(capsys.readouterr().out) for r in group["conflicts"]] == []


@pytest.mark.parametrize("bad", ["1.5", "sure", "-1"])
def test_cli_bad_min_conflict_confidence_is_one_line(capsys, tmp_path, bad):
    code = main(["conflicts", str(_claims_file(tmp_path)), "--min-conflict-confidence", bad])
    out, err = capsys.readouterr()
    assert (code, out, err) == (2, "", "claimgraph: error: --min-conflict-confidence must be a number from 0 to 1 "
                                       f"or 'model', not {bad!r}\n")


def test_training_labels_the_shared_story_as_its_scorer_does():
    from claimgraph import conflict_training as training

    if not training.SCORER.is_file():
        pytest.skip("../shared/eval/stories is not beside this checkout")
    story = training.SCORER.parent / "nk-troops-russia"
    rows, confidences, required = training.labelled(story, training._scorer())
    assert rows and len(rows) == len(confidences) and required > 0
    assert all(len(r.x) == len(FEATURES) for r in rows)
    right = sum(r.right for r in rows)
    assert 0 < right <= required  # the seed story's US-against-Ukraine conflicts are found, and no more than gold


def test_the_graph_and_its_page_carry_the_conflict_confidence():
    from claimgraph.graph import build_graph
    from claimgraph.model import Corpus
    from claimgraph.vizdata import page_data

    police = said(POLICE, 4000, evidence="The police counted 4,000 marchers.")
    union = said(UNION, 12000, doc="b", evidence="The union said 12,000 people had marched.")
    corpus = Corpus(claims=[police, union])
    [cmp] = compare(corpus.claims)
    [r] = cmp.conflicts
    g = build_graph(corpus, [cmp])
    [edge] = [d for _, _, k, d in g.edges(keys=True, data=True) if k == "conflicts_with"]
    assert edge["confidence"] == r.confidence
    [drawn] = [e for e in page_data(g, "t")["edges"] if e["relation"] == "conflicts_with"]
    assert f"Conflict confidence: {r.confidence:.2f}" in drawn["title"]
