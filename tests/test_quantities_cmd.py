"""`claimgraph quantities`: the quantity ids, labels, frames and counts, run in-process with exact output."""
import json

import pytest

from claimgraph.cli import main
from claimgraph.curation import quantities
from claimgraph.model import Actor, Claim, Corpus, Document, Figure

NIS = Actor("NIS", "organisation", affiliation="south-korea")
UA = Actor("Ukraine", "country")
US = Actor("Pentagon", "organisation")
TROOPS = dict(population="north-korean-troops", measure="deployed", place="russia", place_level="country")
KILLED = dict(population="north-korean-troops", measure="killed", place="kursk", place_level="region",
              part_of="north-korean-troops-casualties-kursk")


def claims():
    label = "North Korean troops in Russia"
    return [
        # one statement carried by two outlets ...
        Claim(NIS, Figure(1500), label, document="a1", as_of="2024-10-18", **TROOPS),
        Claim(NIS, Figure(1500), label, document="a2", as_of="2024-10-18", stated_on="2024-10-19", **TROOPS),
        # ... a new figure, repeated four days later (one statement with --window 4 or more)
        Claim(NIS, Figure(3000), label, document="a3", as_of="2024-10-23", **TROOPS),
        Claim(NIS, Figure(3000), label, document="a6", as_of="2024-10-27", **TROOPS),
        Claim(US, Figure(10000, qualifier="about"), label, document="a4", stated_on="2024-10-28", **TROOPS),
        Claim(UA, Figure(100, qualifier="about"), "North Korean soldiers killed in Kursk", document="a5",
              stated_on="2024-12-16", **KILLED),
        Claim(UA, Figure(5), "tanks"),  # no frame, no date
    ]


@pytest.fixture
def jsonl(tmp_path):
    p = tmp_path / "claims.jsonl"
    p.write_text("".join(json.dumps(c.to_dict()) + "\n" for c in claims()), encoding="utf-8")
    return p


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


TABLE = """\
id                                   label                                  population           measure   place             part of                               statements  claims  first       last
-----------------------------------  -------------------------------------  -------------------  --------  ----------------  ------------------------------------  ----------  ------  ----------  ----------
north-korean-troops-deployed-russia  North Korean troops in Russia          north-korean-troops  deployed  russia (country)                                        4           5       2024-10-18  2024-10-28
north-korean-troops-killed-kursk     North Korean soldiers killed in Kursk  north-korean-troops  killed    kursk (region)    north-korean-troops-casualties-kursk  1           1       2024-12-16  2024-12-16
tanks                                tanks                                                                                                                         1           1
"""


def test_quantities_table(capsys, jsonl):
    assert run(capsys, "quantities", str(jsonl)) == (0, TABLE, "")


def test_window_groups_repeated_figures_into_fewer_statements(capsys, jsonl):
    code, out, _ = run(capsys, "quantities", str(jsonl), "--window", "4")
    assert code == 0
    assert out.splitlines()[2].split()[-4:] == ["3", "5", "2024-10-18", "2024-10-28"]


def test_quantities_json(capsys, jsonl, tmp_path):
    out_file = tmp_path / "q.json"
    assert run(capsys, "quantities", str(jsonl), "--format", "json", "-o", str(out_file)) == (0, "", "")
    rows = json.loads(out_file.read_text(encoding="utf-8"))
    assert rows[0] == {"id": "north-korean-troops-deployed-russia", "label": "North Korean troops in Russia",
                       "population": "north-korean-troops", "measure": "deployed", "place": "russia",
                       "place_level": "country", "period": None, "part_of": None, "statements": 4, "claims": 5,
                       "first_as_of": "2024-10-18", "last_as_of": "2024-10-28"}
    assert rows[2] == {"id": "tanks", "label": "tanks", "population": None, "measure": None, "place": None,
                       "place_level": None, "period": None, "part_of": None, "statements": 1, "claims": 1,
                       "first_as_of": None, "last_as_of": None}
    assert [r["id"] for r in rows] == ["north-korean-troops-deployed-russia", "north-korean-troops-killed-kursk",
                                       "tanks"]


def test_the_ids_listed_are_the_ones_chart_takes(capsys, jsonl, tmp_path):
    rows = json.loads(run(capsys, "quantities", str(jsonl), "--format", "json")[1])
    chart = tmp_path / "chart.html"
    code, _, err = run(capsys, "chart", str(jsonl), "--quantity", rows[0]["id"], "-o", str(chart))
    assert code == 0, err
    assert chart.exists()


def test_period_column_shows_when_a_quantity_has_one(capsys, tmp_path):
    p = tmp_path / "c.jsonl"
    c = Claim(UA, Figure(40), population="civilians", measure="killed", period="2024-w12", stated_on="2024-03-20")
    p.write_text(json.dumps(c.to_dict()) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "quantities", str(p))
    assert code == 0
    assert out == ("id                         label                      population  measure  place  period    statements  claims  first       last\n"
                   "-------------------------  -------------------------  ----------  -------  -----  --------  ----------  ------  ----------  ----------\n"
                   "civilians-killed-2024-w12  civilians-killed-2024-w12  civilians   killed          2024-w12  1           1       2024-03-20  2024-03-20\n")


def test_no_input_is_an_error(capsys):
    assert run(capsys, "quantities") == (2, "", "claimgraph: error: no input: give INPUT files or directories, "
                                                "or --store DIR\n")


def test_quantities_function_uses_publication_dates():
    docs = (Document("a", published="2024-10-20"),)
    corpus = Corpus(docs, (Claim(NIS, Figure(3), "tanks", document="a"), Claim(UA, Figure(4), "tanks")))
    [row] = quantities(corpus)
    assert (row["statements"], row["claims"], row["first_as_of"], row["last_as_of"]) == (2, 2, "2024-10-20",
                                                                                         "2024-10-20")
