"""Claim confidence: the features, the shipped model, and the confidence in
every output (JSON, CSV, RDF, the graph page) and behind --min-confidence."""
import csv
import io
import json
import math
from importlib import resources

import pytest

from claimgraph import rdf
from claimgraph.cli import main
from claimgraph.errors import ClaimgraphError, ModelError
from claimgraph.explore import ClaimGraph
from claimgraph.extract import extract
from claimgraph.extract import confidence_training as training
from claimgraph.extract.confidence import FEATURES, Model, confidence, features, load_model, unscored, with_confidence
from claimgraph.ingest import read_article
from claimgraph.model import Actor, Claim, Corpus, Document, Figure
from claimgraph.vizdata import LOW_CONFIDENCE, page_data


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# A page whose menu line carries a number nobody claims, then a quoted official.
MENU = "Accueil | Monde | Sport | Plus De 1 200 Lecteurs En Ligne | Newsletter | Contact"
QUOTE = ("Le ministère de l'Intérieur a déclaré lundi : « Environ 3 000 policiers et gendarmes seront "
         "déployés samedi dans la capitale. »")
PAGE = Document("page", text=f"{MENU}\n\n{QUOTE}\n", publisher="Le Quotidien", language="fr", published="2025-05-05")


def _claim(who, figure, sentence):
    start = PAGE.text.index(sentence)
    return Claim(who, figure, "policiers", document=PAGE.id, evidence=sentence, start=start, end=start + len(sentence))


MENU_CLAIM = _claim(Actor("Le Quotidien", "organisation"), Figure(1200, 1200, None, "more_than"), MENU)
OFFICIAL_CLAIM = _claim(Actor("ministère de l'Intérieur", "organisation", affiliation="france"),
                        Figure(3000, qualifier="about"), QUOTE)


def test_features_are_deterministic_named_and_finite(seed_path):
    doc = read_article(seed_path)
    claims = extract(doc)
    assert claims
    first = [features(c, doc) for c in claims]
    again = [features(c, read_article(seed_path)) for c in extract(read_article(seed_path))]
    assert first == again
    for x in first:
        assert tuple(x) == FEATURES
        assert all(isinstance(v, float) and math.isfinite(v) for v in x.values())


def test_every_extracted_claim_has_a_confidence_from_0_to_1(shared_dev):
    claims = [c for p in sorted(shared_dev.glob("*.txt")) for c in extract(read_article(p))]
    assert len(claims) > 20
    assert all(isinstance(c.confidence, float) and 0.0 <= c.confidence <= 1.0 for c in claims)
    assert len({c.confidence for c in claims}) > 1  # the model tells claims apart
    doc = read_article(next(iter(sorted(shared_dev.glob("*.txt")))))
    with unscored():  # the training script extracts this way
        assert {c.confidence for c in extract(doc)} == {None}


def test_boilerplate_publisher_figure_scores_below_a_quoted_official():
    low, high = confidence(MENU_CLAIM, PAGE), confidence(OFFICIAL_CLAIM, PAGE)
    assert 0.0 <= low < high <= 1.0
    x = features(MENU_CLAIM, PAGE)
    assert (x["publisher"], x["line_separators"] > 0, x["line_unended"], x["line_capitalised"] > 0.5) == (1.0, True, 1.0, True)
    y = features(OFFICIAL_CLAIM, PAGE)
    assert (y["publisher"], y["name_in_sentence"], y["quoted"], y["line_separators"]) == (0.0, 1.0, 1.0, 0.0)


def test_with_confidence_keeps_ids_and_rounds():
    scored = with_confidence([MENU_CLAIM, OFFICIAL_CLAIM], PAGE)
    assert [c.id for c in scored] == [MENU_CLAIM.id, OFFICIAL_CLAIM.id]
    assert [c.confidence for c in scored] == [confidence(MENU_CLAIM, PAGE), confidence(OFFICIAL_CLAIM, PAGE)]
    assert all(round(c.confidence, 3) == c.confidence for c in scored)


def test_claim_confidence_is_checked_and_survives_json():
    c = OFFICIAL_CLAIM.with_(confidence=0.25, id=OFFICIAL_CLAIM.id)
    assert Claim.from_dict(json.loads(json.dumps(c.to_dict()))) == c
    assert Claim.from_dict({**c.to_dict(), "confidence": None}).confidence is None
    for bad, why in ((1.5, "confidence must be from 0 to 1, not 1.5"), (-0.1, "confidence must be from 0 to 1, not -0.1"),
                     ("sure", "confidence must be a number, not 'sure'"), (True, "confidence must be a number, not True")):
        with pytest.raises(ModelError) as exc:
            OFFICIAL_CLAIM.with_(confidence=bad)
        assert str(exc.value) == why


def test_min_confidence_keeps_unscored_claims_and_their_actors():
    unsure = MENU_CLAIM.with_(confidence=0.2)
    curated = Claim(Actor("NATO", "organisation"), Figure(10.0), origin="curated")
    kept = Corpus((PAGE,), (unsure, OFFICIAL_CLAIM.with_(confidence=0.9), curated)).with_min_confidence(0.5)
    assert [c.claimant.id for c in kept.claims] == ["ministere-de-l-interieur", "nato"]
    assert "le-quotidien" not in {a.id for a in kept.actors}
    with pytest.raises(ModelError):
        kept.with_min_confidence(2)


def test_jsonl_and_csv_carry_the_confidence(capsys, seed_path):
    code, out, err = run(capsys, "extract", str(seed_path), "--format", "jsonl")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and all(0.0 <= r["confidence"] <= 1.0 for r in rows)
    code, out, err = run(capsys, "extract", str(seed_path), "--format", "csv")
    assert code == 0, err
    table = list(csv.DictReader(io.StringIO(out)))
    assert {r["id"]: float(r["confidence"]) for r in table} == {r["id"]: r["confidence"] for r in rows}


def test_curated_claims_have_no_confidence_in_csv(tmp_path):
    from claimgraph.tables import claims_csv

    text = claims_csv([Claim(Actor("NATO"), Figure(3000.0), origin="curated"), OFFICIAL_CLAIM.with_(confidence=0.5)])
    assert [r["confidence"] for r in csv.DictReader(io.StringIO(text))] == ["", "0.5"]


def test_rdf_carries_and_reads_back_the_confidence(tmp_path, seed_path):
    doc = read_article(seed_path)
    corpus = Corpus((doc,), tuple(extract(doc)))
    for fmt in ("turtle", "nt", "json-ld", "trig"):
        back = rdf.loads(rdf.dumps(corpus, fmt), fmt)
        assert {c.id: c.confidence for c in back.claims} == {c.id: c.confidence for c in corpus.claims}, fmt
    text = rdf.dumps(corpus, "nt")
    assert "<https://w3id.org/claimgraph/ns#confidence>" in text
    assert "^^<http://www.w3.org/2001/XMLSchema#decimal>" in text.split("ns#confidence>", 1)[1].splitlines()[0]
    path = tmp_path / "g.ttl"
    rdf.dump(corpus, path, "turtle")
    assert rdf.validate(path).conforms
    # a confidence above 1 breaks the shape
    bad = path.read_text(encoding="utf-8").replace("cg:confidence 0.", "cg:confidence 7.", 1)
    path.write_text(bad, encoding="utf-8")
    assert not rdf.validate(path).conforms


def test_min_confidence_drops_claims_before_comparison(capsys, seed_path):
    _, out, _ = run(capsys, "extract", str(seed_path), "--format", "jsonl")
    scores = sorted({json.loads(line)["confidence"] for line in out.splitlines()})
    cut = scores[len(scores) // 2]
    code, out, err = run(capsys, "extract", str(seed_path), "--format", "jsonl", "--min-confidence", str(cut))
    assert (code, err) == (0, "")
    kept = [json.loads(line) for line in out.splitlines()]
    assert kept and all(r["confidence"] >= cut for r in kept)
    everything = [json.loads(line) for line in run(capsys, "extract", str(seed_path), "--format", "jsonl")[1].splitlines()]
    assert {r["id"] for r in kept} == {r["id"] for r in everything if r["confidence"] >= cut}
    code, out, err = run(capsys, "extract", str(seed_path), "--min-confidence", "1")
    assert (code, out, err) == (0, "claimant  figure  counted  quantity  stated  document\n"
                                   "--------  ------  -------  --------  ------  --------\n", "")


def test_min_confidence_keeps_curated_claims(capsys, tmp_path):
    p = tmp_path / "claims.yaml"
    p.write_text("- claimant: NATO\n  value: 3000\n  subject: soldiers\n", encoding="utf-8")
    code, out, err = run(capsys, "extract", str(p), "--format", "jsonl", "--min-confidence", "1")
    assert code == 0, err
    [row] = [json.loads(line) for line in out.splitlines()]
    assert (row["claimant"], row["confidence"]) == ("NATO", None)


@pytest.mark.parametrize("command", [["extract"], ["conflicts"], ["build", "-o", "OUT"], ["html", "-o", "OUT/g.html"],
                                     ["ingest", "--store", "OUT/store"], ["export", "-o", "OUT/g.ttl"]])
@pytest.mark.parametrize("value", ["1.5", "-0.1", "high", "nan"])
def test_bad_min_confidence_is_one_line(capsys, tmp_path, seed_path, command, value):
    argv = [a.replace("OUT", str(tmp_path / "out")) for a in command]
    code, out, err = run(capsys, argv[0], str(seed_path), *argv[1:], "--min-confidence", value)
    assert (code, out, err) == (2, "", f"claimgraph: error: --min-confidence must be a number from 0 to 1, not {value!r}\n")
    assert not (tmp_path / "out").exists()


def test_evaluate_takes_min_confidence(capsys, shared_dev):
    code, out, err = run(capsys, "evaluate", str(shared_dev), "--min-confidence", "1")
    assert (code, err) == (0, "")
    assert out.splitlines()[0].endswith("extracted 0  correct 0")


def test_low_confidence_claims_are_drawn_faded_and_dashed():
    unsure = OFFICIAL_CLAIM.with_(confidence=0.3, evidence="<b>« 3 000 »</b>")
    sure = MENU_CLAIM.with_(confidence=0.9)
    data = page_data(ClaimGraph(Corpus((PAGE,), (unsure, sure))).graph, "t")
    # labels read "actor: figure as said"
    claims = {n["label"].split(":")[-1].strip(): n for n in data["nodes"] if n["kind"] == "claim"}
    low, high = claims["about 3,000"], claims["more than 1,200"]
    assert (low["opacity"], low["shapeProperties"], low["low_confidence"], low["confidence"]) == (0.45, {"borderDashes": [4, 3]}, True, 0.3)
    assert "Confidence: 0.30 (low: the extractor is unsure of this claim)" in low["title"]
    assert "Evidence: \u201c<b>« 3 000 »</b>\u201d" in low["title"]  # plain text: vis-network shows it as text
    assert "opacity" not in high and "Confidence: 0.90" in high["title"]
    assert {"type": "node", "label": f"Claim of low confidence (< {LOW_CONFIDENCE:g})", "shape": "dot lowconf",
            "color": "#f58518"} in data["legend"]
    sure_only = page_data(ClaimGraph(Corpus((PAGE,), (sure,))).graph, "t")
    assert not any("low confidence" in item["label"] for item in sure_only["legend"])


def test_shipped_model_fits_the_training_script():
    shipped = json.loads((resources.files("claimgraph") / "data" / "confidence.json").read_text(encoding="utf-8"))
    assert shipped["features"] == list(training.FEATURE_NAMES) == list(FEATURES)
    assert len(shipped["weights"]) == len(FEATURES) == len(shipped["scaling"]["mean"]) == len(shipped["scaling"]["scale"])
    assert not set(shipped["training"]["sets"]) & set(training.BLIND)
    assert not {p["set"] for p in shipped["training"]["past_extractors"]} & set(training.BLIND)
    assert load_model().names == FEATURES


def test_a_model_for_other_features_is_refused():
    shipped = json.loads((resources.files("claimgraph") / "data" / "confidence.json").read_text(encoding="utf-8"))
    with pytest.raises(ModelError, match="make confidence"):
        Model.from_dict({**shipped, "features": ["no_such_feature", *shipped["features"][1:]]})


def test_training_refuses_the_blind_sets():
    for name in training.BLIND:
        with pytest.raises(ClaimgraphError, match="blind set"):
            training.labelled(training.ROOT / name)
