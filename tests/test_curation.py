"""Curation files: merging, splitting and renaming quantities and actors, and their errors (exact text)."""
import json
import textwrap

import pytest

from claimgraph.cli import main
from claimgraph.curation import Curation, apply, curation_files, quantities, read_curation, split_inputs
from claimgraph.errors import InputError
from claimgraph.explore import ClaimGraph
from claimgraph.model import Actor, Claim, Corpus, Figure

NIS = Actor("NIS", "organisation", affiliation="south-korea")
SINGH = Actor("Sabrina Singh", "person", id="sabrina-singh-pentagon")
PENTAGON = Actor("Pentagon", "organisation", affiliation="united-states")
UA = Actor("Ukraine", "country")
AIDE = Actor("An aide", "person", affiliation="sabrina-singh-pentagon")

EN = Claim(SINGH, Figure(10000, qualifier="about"), "North Korean troops in Russia",
           quantity_id="north-korean-troops-russia", document="en", stated_on="2024-11-04")
FR = Claim(UA, Figure(3000), "troupes nord-coréennes déployées en Russie", quantity_id="troops-deployed-russie",
           document="fr", stated_on="2024-11-03")
KEEP = Claim(NIS, Figure(1500), "North Korean troops deployed to Russia",
             quantity_id="north-korean-troops-deployed-russia", document="kr", stated_on="2024-11-02")
KURSK = Claim(NIS, Figure(100, qualifier="about"), population="north-korean-troops", measure="killed",
              place="kursk", document="kr", stated_on="2024-12-19", part_of="north-korean-troops-casualties")
KURSK_UA = Claim(UA, Figure(200), population="north-korean-troops", measure="killed", place="kursk",
                 document="ua", stated_on="2024-12-19")
ALL = (EN, FR, KEEP, KURSK, KURSK_UA)

CURATION = """\
quantities:
  - id: north-korean-troops-deployed-russia
    label: North Korean troops in Russia
    same_as: [north-korean-troops-russia, troops-deployed-russie]
  - id: north-korean-troops-casualties-all
    same_as: north-korean-troops-casualties
  - id: north-korean-troops-killed-kursk
    when: {claimant: nis}
    becomes: north-korean-troops-killed-kursk-nis
actors:
  - id: pentagon
    same_as: [sabrina-singh-pentagon]
"""


def write(path, text):
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def curation(tmp_path):
    return read_curation(write(tmp_path / "quantities.yaml", CURATION))


def by_id(corpus):
    return {c.id: c for c in corpus.claims}


# --- applying ------------------------------------------------------------------

def test_merge_moves_claims_and_labels_them_ids_unchanged(curation):
    out = by_id(apply(Corpus(claims=ALL, actors=(AIDE,)), curation))
    assert list(out) == [c.id for c in ALL]
    for c in (EN, FR, KEEP):
        assert out[c.id].quantity_id == "north-korean-troops-deployed-russia"
        assert out[c.id].quantity_label == "North Korean troops in Russia"
    assert out[EN.id].subject == EN.subject  # what the text said stays


def test_merged_claims_are_compared(curation):
    corpus = apply(Corpus(claims=ALL), curation)
    cg = ClaimGraph(corpus)
    cmp = cg.comparison("north-korean-troops-deployed-russia")
    assert cmp.label == "North Korean troops in Russia" and len(cmp.statements) == 3
    assert {(r.a, r.b) for r in cmp.conflicts} >= {(FR.id, EN.id)}
    assert "north-korean-troops-russia" not in cg.quantities()


def test_split_moves_the_matching_claims_only(curation):
    out = by_id(apply(Corpus(claims=ALL), curation))
    assert out[KURSK.id].quantity_id == "north-korean-troops-killed-kursk-nis"
    assert out[KURSK_UA.id].quantity_id == "north-korean-troops-killed-kursk"


def test_part_of_follows_merges(curation):
    assert by_id(apply(Corpus(claims=ALL), curation))[KURSK.id].part_of == "north-korean-troops-casualties-all"


def test_actor_merge_takes_the_known_actor_and_repoints_affiliations(curation):
    out = apply(Corpus(claims=ALL, actors=(PENTAGON, AIDE)), curation)
    en = by_id(out)[EN.id]
    assert en.claimant == Actor("Pentagon", "organisation", "pentagon", ("Sabrina Singh",), "united-states")
    actors = {a.id: a for a in out.actors}
    assert "sabrina-singh-pentagon" not in actors and actors["an-aide"].affiliation == "pentagon"


def test_actor_merged_into_an_actor_only_the_gazetteer_knows(curation):
    en = by_id(apply(Corpus(claims=[EN]), curation))[EN.id]
    assert (en.claimant.id, en.claimant.name, en.claimant.kind) == ("pentagon", "Pentagon", "organisation")


def test_actor_rename_and_two_claimants_that_become_one(tmp_path):
    cur = read_curation(write(tmp_path / "c.yaml", """\
        actors:
          - {id: nis, name: National Intelligence Service, same_as: [seoul-spy-agency]}
        """))
    spies = Actor("Seoul spy agency", "organisation", "seoul-spy-agency")
    c = Claim((NIS, spies), Figure(3000), quantity_id="q")
    [out] = apply(Corpus(claims=[c]), cur).claims
    assert [(a.id, a.name) for a in out.claimants] == [("nis", "National Intelligence Service")]
    assert out.claimant.affiliation == "south-korea" and out.id == c.id


def test_applying_twice_changes_nothing_more(curation):
    once = apply(Corpus(claims=ALL, actors=(PENTAGON, AIDE)), curation)
    assert apply(once, curation) is once


def test_nothing_to_change_gives_the_same_corpus(curation):
    corpus = Corpus(claims=[KEEP.with_(quantity_label="North Korean troops in Russia", id=KEEP.id)])
    assert apply(corpus, curation) is corpus
    assert apply(corpus, Curation()) is corpus


def test_statements_are_worked_out_again_after_a_merge(curation):
    a = Claim(UA, Figure(3000), quantity_id="troops-deployed-russie", document="a", stated_on="2024-11-03")
    b = Claim(UA, Figure(3000), quantity_id="north-korean-troops-deployed-russia", document="b", stated_on="2024-11-03")
    before = Corpus(claims=[a, b]).with_statements()
    assert before.claims[0].statement != before.claims[1].statement
    after = apply(before, curation)
    assert after.claims[0].statement == "" and after.claims[0].reports == ()  # moved: to be worked out again
    x, y = after.with_statements().claims
    assert x.statement == y.statement and len(x.reports) == 2


def test_split_conditions_accept_lists_and_several_fields(tmp_path):
    cur = read_curation(write(tmp_path / "c.yaml", """\
        - id: north-korean-troops-killed-kursk
          when: {claimant: [nis, Ukraine], place_level: region}
          becomes: kursk-regional
        """))
    regional = KURSK_UA.with_(place_level="region", id=KURSK_UA.id)
    out = by_id(apply(Corpus(claims=[KURSK, regional]), cur))
    assert out[regional.id].quantity_id == "kursk-regional"
    assert out[KURSK.id].quantity_id == "north-korean-troops-killed-kursk"  # no place level


def test_quantities_lists_the_curated_ids(curation):
    rows = quantities(apply(Corpus(claims=ALL), curation))
    assert [(r["id"], r["claims"]) for r in rows] == [("north-korean-troops-deployed-russia", 3),
                                                      ("north-korean-troops-killed-kursk", 1),
                                                      ("north-korean-troops-killed-kursk-nis", 1)]


def test_an_empty_file_is_no_curation(tmp_path):
    assert not read_curation(write(tmp_path / "c.yaml", "# nothing yet\n"))
    assert not read_curation(write(tmp_path / "d.yaml", "quantities:\nactors:\n"))


# --- finding the files ------------------------------------------------------------

def test_curation_files_in_directories_are_not_inputs(tmp_path):
    write(tmp_path / "claims.yaml", "- {claimant: NATO, value: 3}\n")
    write(tmp_path / "quantities.yaml", "- {id: a, label: A}\n")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "curation.yml", "- {id: b, label: B}\n")
    (tmp_path / ".hidden").mkdir()
    write(tmp_path / ".hidden" / "curation.yaml", "- {id: c, label: C}\n")
    other = write(tmp_path / "other.csv", "claimant,value\nNATO,4\n")
    inputs, found = split_inputs([str(tmp_path), str(other)])
    assert found == [tmp_path / "quantities.yaml", tmp_path / "sub" / "curation.yml"]
    assert inputs == [tmp_path / "claims.yaml", tmp_path / "other.csv", str(other)]
    assert curation_files([tmp_path / "quantities.yaml"]) == [tmp_path / "quantities.yaml"]
    assert split_inputs([str(other)]) == ([str(other)], [])


# --- the command line ---------------------------------------------------------------

def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def claims_dir(tmp_path):
    d = tmp_path / "story"
    d.mkdir()
    write(d / "claims.yaml", """\
        - {claimant: Ukraine, value: 3000, quantity_id: troops-deployed-russie, stated_on: 2024-11-03}
        - {claimant: Pentagon, value: 10000, qualifier: about, quantity_id: north-korean-troops-russia,
           stated_on: 2024-11-04}
        """)
    return d


def conflicts(capsys, *argv):
    code, out, err = run(capsys, "conflicts", *argv, "--format", "json")
    assert code == 0, err
    return {q["quantity_id"]: q for q in json.loads(out)}


def test_cli_curation_option(capsys, claims_dir, tmp_path):
    assert set(conflicts(capsys, str(claims_dir))) == {"troops-deployed-russie", "north-korean-troops-russia"}
    cur = write(tmp_path / "mine.yaml", CURATION)
    [q] = conflicts(capsys, str(claims_dir), "--curation", str(cur)).values()
    assert (q["quantity_id"], q["label"], len(q["conflicts"])) == (
        "north-korean-troops-deployed-russia", "North Korean troops in Russia", 1)


def test_cli_curation_file_in_an_input_directory_is_applied(capsys, claims_dir):
    write(claims_dir / "quantities.yaml", CURATION)
    assert list(conflicts(capsys, str(claims_dir))) == ["north-korean-troops-deployed-russia"]
    code, out, _ = run(capsys, "quantities", str(claims_dir))
    assert code == 0 and out.splitlines()[2].startswith("north-korean-troops-deployed-russia  North Korean troops")


def test_cli_curation_files_apply_in_turn(capsys, claims_dir, tmp_path):
    # the directory's file first, then --curation (which can rename the result)
    write(claims_dir / "curation.yaml", CURATION)
    rename = write(tmp_path / "rename.yaml", "- {id: north-korean-troops-deployed-russia, label: Troops}\n")
    [q] = conflicts(capsys, str(claims_dir), "--curation", str(rename)).values()
    assert q["label"] == "Troops"


def test_cli_a_curation_file_named_as_input(capsys, claims_dir, tmp_path):
    cur = write(tmp_path / "curation.yaml", CURATION)
    assert list(conflicts(capsys, str(claims_dir / "claims.yaml"), str(cur))) == ["north-korean-troops-deployed-russia"]


def test_cli_only_curation_files_is_no_input(capsys, tmp_path):
    d = tmp_path / "empty"
    d.mkdir()
    write(d / "quantities.yaml", CURATION)
    assert run(capsys, "conflicts", str(d)) == (
        2, "", f"claimgraph: error: {d}: no readable input besides curation files\n")


def test_cli_bad_curation_names_file_and_line_before_reading_articles(capsys, claims_dir):
    bad = write(claims_dir / "quantities.yaml", """\
        quantities:
          - id: north-korean-troops-deployed-russia
            same-as: [north-korean-troops-russia]
        """)
    assert run(capsys, "quantities", str(claims_dir)) == (
        2, "", f"claimgraph: error: {bad}:3: unknown key 'same-as' in a quantity entry "
               "(expected id, label, same_as, when, becomes)\n")


def test_cli_missing_curation_file(capsys, claims_dir, tmp_path):
    missing = tmp_path / "nope.yaml"
    assert run(capsys, "extract", str(claims_dir), "--curation", str(missing)) == (
        2, "", f"claimgraph: error: {missing}: file not found\n")


# --- errors: one line naming the file and the line ------------------------------------

@pytest.mark.parametrize("text, line, message", [
    ("quantities:\n  - id: a\n    same_as: [b, c\n", 4, "malformed YAML: expected ',' or ']', but got '<stream end>'"),
    ("just text\n", 1, "a curation file is a YAML list of quantity entries, or a mapping with 'quantities:' "
                       "and/or 'actors:'"),
    ("quantities: []\nquantitites: []\n", 2, "unknown section 'quantitites' (expected quantities, actors)"),
    ("quantities:\n  id: a\n", 2, "'quantities' must be a list of entries"),
    ("- {id: a, label: A}\n- just-an-id\n", 2, "each entry must be a mapping of keys to values"),
    ("- {id: a, label: A}\n- label: B\n", 2, "a quantity entry has no id"),
    ("- id: a\n", 1, "quantity entry 'a' changes nothing: give label, same_as, or when and becomes"),
    ("- id: a\n  same_as: {b: c}\n", 2, "same_as must be an id or a list of ids"),
    ("- id: a\n  label: [A]\n", 2, "label must be text"),
    ("- id: a\n  when: {claimant: nis}\n", 2, "'when' needs 'becomes': a split moves the claims of 'id' that match "
                                             "'when' to the quantity 'becomes'"),
    ("- id: a\n  becomes: b\n", 2, "'becomes' needs 'when': a split moves the claims of 'id' that match "
                                   "'when' to the quantity 'becomes'"),
    ("- id: a\n  when: {speaker: nis}\n  becomes: b\n", 2, "unknown condition 'speaker' in 'when' (expected "
                                                          "claimant, document, measure, part_of, period, place, "
                                                          "place_level, population)"),
    ("- id: a\n  when: nis\n  becomes: b\n", 2, "'when' must be a mapping of claim fields to values, e.g. "
                                                "{claimant: nis}"),
    ("- id: a\n  when: {place_level: town}\n  becomes: b\n", 2, "place_level must be one of site, city, region, "
                                                               "country, countries, world, not 'town'"),
    ("- id: a\n  when: {place: x}\n  becomes: A\n", 3, "'becomes' must be one quantity id, other than 'id'"),
    ("- {id: a, same_as: [x]}\n- {id: b, same_as: [x]}\n", 2, "quantity 'x' is merged into both 'a' and 'b'"),
    ("- {id: a, same_as: [b]}\n- {id: b, same_as: [a]}\n", None, "quantity 'b' is merged into 'a', which is "
                                                              "merged back into it"),
    ("actors:\n  - {id: nis, kind: agency}\n", 2, "actor kind must be one of person, organisation, country, group, "
                                                  "unknown, not 'agency'"),
    ("actors:\n  - {name: NIS}\n", 2, "an actor entry has no id"),
    ("actors:\n  - {id: nis}\n", 2, "actor entry 'nis' changes nothing: give name, same_as, kind or affiliation"),
    ("actors:\n  - {id: nis, alias: Seoul}\n", 2, "unknown key 'alias' in an actor entry (expected id, name, same_as, "
                                                  "kind, affiliation)"),
])
def test_errors(tmp_path, text, line, message):
    p = write(tmp_path / "curation.yaml", text)
    with pytest.raises(InputError) as err:
        read_curation(p)
    where = f"{p}:{line}" if line is not None else f"{p}"
    assert str(err.value) == f"{where}: {message}"
