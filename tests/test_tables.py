"""Figures as said and citable tables: claims_df, conflicts_df, claims.csv, conflicts.csv, the report's tables
(sortable, paged, no row cap, a script the CSP allows) and rebuilds that leave no stale files."""
import csv
import html
import io
import json
import re

import pytest

from claimgraph.errors import ModelError
from claimgraph.explore import ClaimGraph
from claimgraph.htmlsafe import sha256
from claimgraph.model import Actor, Claim, Corpus, Document, Figure
from claimgraph.report import MANIFEST, TABLE_SCRIPT, render, write_report
from claimgraph.tables import CLAIM_COLUMNS, CONFLICT_COLUMNS, claims_csv, conflicts_csv, table_width, text_table

# --- figures as said ----------------------------------------------------------------------------------------------

N = "\u202f"  # French thousands separator


@pytest.mark.parametrize("figure,en,fr", [
    (Figure(3000), "3,000", f"3{N}000"),
    (Figure(3000, qualifier="about"), "about 3,000", f"environ 3{N}000"),
    (Figure(1000, qualifier="nearly"), "nearly 1,000", f"près de 1{N}000"),
    (Figure(3000, 3000, None, "at_least"), "at least 3,000", f"au moins 3{N}000"),
    (Figure(3000, 3000, None, "more_than"), "more than 3,000", f"plus de 3{N}000"),
    (Figure(500, None, 500, "at_most"), "at most 500", "au plus 500"),
    (Figure(500, None, 500, "up_to"), "up to 500", "jusqu'à 500"),
    (Figure(500, None, 500, "less_than"), "less than 500", "moins de 500"),
    (Figure(None, 11000, 12000, "range"), "11,000–12,000", f"11{N}000–12{N}000"),
    (Figure(3000, 2000, 4000, "range"), "3,000 (2,000–4,000)", f"3{N}000 (2{N}000–4{N}000)"),
    (Figure(None, 10000, 12000, "about"), "about 10,000–12,000", f"environ 10{N}000–12{N}000"),
    (Figure(None, 3000, None, "exact"), "at least 3,000", f"au moins 3{N}000"),
    (Figure(None, None, 3000, "up_to"), "up to 3,000", f"jusqu'à 3{N}000"),
    (Figure(2.5, qualifier="about", unit="million"), "about 2.5 million", "environ 2,5 million"),
    (Figure(None, 24, 99, "vague"), "dozens", "des dizaines"),
    (Figure(None, 20, 99, "vague"), "dozens", "des dizaines"),
    (Figure(None, 200, 999, "vague"), "hundreds", "des centaines"),
    (Figure(None, 2000, 9999, "vague", "soldiers"), "thousands soldiers", "des milliers soldiers"),
    (Figure(None, 20000, 99999, "vague"), "tens of thousands", "des dizaines de milliers"),
    (Figure(None, 200000, 999999, "vague"), "hundreds of thousands", "des centaines de milliers"),
    (Figure(None, 2e6, 9.99e6 - 0, "vague"), "2,000,000–9,990,000 (vague)", f"2{N}000{N}000–9{N}990{N}000 (vague)"),
    (Figure(None, 2e6, 1e7 - 1, "vague"), "millions", "des millions"),
    (Figure(None, 2e9, 1e10 - 1, "vague"), "billions", "des milliards"),
    (Figure(None, 1000, 2500, "vague"), "1,000–2,500 (vague)", f"1{N}000–2{N}500 (vague)"),
])
def test_figure_as_said(figure, en, fr):
    assert (figure.as_said(), figure.as_said("en"), figure.as_said(lang="fr"), str(figure)) == (en, en, fr, en)


def test_as_said_never_shows_a_midpoint():
    for figure in (Figure(None, 11000, 12000, "range"), Figure(None, 2000, 9999, "vague"),
                   Figure(None, 447, 4700, "range")):
        central = figure.central  # for computations only (ratios, sorting)
        assert f"{central:,.0f}" not in figure.as_said() and f"{central:.0f}" not in figure.as_said()


def test_as_said_other_languages_are_refused():
    with pytest.raises(ModelError, match="language must be one of en, fr, not 'de'"):
        Figure(3).as_said("de")


# --- citable tables -----------------------------------------------------------------------------------------------

DOC_FR = Document("fr1", "…", title="L'OTAN : « des milliers » de soldats", publisher="Le Veilleur",
                  url="https://example.org/fr1", published="2024-10-28", language="fr")
DOC_EN = Document("en1", "…", title="Pentagon: 11,000 to 12,000", publisher="Harbour Street Ledger",
                  url="https://example.org/en1", published="2024-11-04", language="en")
TROOPS = "North Korean troops in Russia"
NATO = Claim(Actor("NATO"), Figure(None, 2000, 9999, "vague"), TROOPS, document="fr1", stated_on="2024-10-28",
             as_of="2024-10-27", evidence="Selon l'OTAN, des milliers de soldats sont arrivés.")
PENTAGON = Claim(Actor("Pentagon"), Figure(None, 11000, 12000, "range"), TROOPS, document="en1",
                 stated_on="2024-10-29", evidence="The Pentagon said 11,000 to 12,000 soldiers were there.")
KYIV = Claim(Actor("Kyiv"), Figure(3000, qualifier="about"), TROOPS, document="en1", stated_on="2024-10-29",
             evidence="Kyiv put the figure at about 3,000.")


@pytest.fixture(scope="module")
def cg():
    return ClaimGraph(Corpus((DOC_FR, DOC_EN), (NATO, PENTAGON, KYIV)))


def test_claims_df_holds_stated_values_and_sources(cg):
    df = cg.claims_df().set_index("claimant")
    assert df.loc["Kyiv", "value"] == 3000 and df.loc["Kyiv", "as_said"] == "about 3,000"
    pentagon = df.loc["Pentagon"]
    assert pentagon.isna()["value"] and (pentagon.value_min, pentagon.value_max) == (11000, 12000)
    assert (pentagon.as_said, pentagon.figure) == ("11,000–12,000", "11,000–12,000")
    nato = df.loc["NATO"]
    assert nato.isna()["value"] and nato.as_said == "thousands" and str(nato.as_of.date()) == "2024-10-27"
    assert (nato.publisher, nato.url, nato.headline, nato.language) == (
        "Le Veilleur", "https://example.org/fr1", "L'OTAN : « des milliers » de soldats", "fr")
    assert str(nato.stated_on.date()) == "2024-10-28" and nato.evidence.startswith("Selon l'OTAN")
    # no midpoint anywhere: not 11,489 for 11,000–12,000, not 4,472 for "thousands"
    values = {round(v) for v in df[["value", "value_min", "value_max"]].stack().dropna()}
    assert values == {3000, 2000, 9999, 11000, 12000}


def test_conflicts_df_cites_both_sides(cg):
    df = cg.conflicts_df()
    assert len(df) == 2 and set(CONFLICT_COLUMNS) - {"label"} <= set(df.columns)
    row = df[(df.a_claimant == "Kyiv") | (df.b_claimant == "Kyiv")].iloc[0]
    side = "a" if row.a_claimant == "Kyiv" else "b"
    other = "b" if side == "a" else "a"
    assert row[f"{side}_figure"] == "about 3,000" and row[f"{side}_publisher"] == "Harbour Street Ledger"
    assert row[f"{side}_evidence"] == "Kyiv put the figure at about 3,000."
    assert row[f"{other}_claimant"] in ("NATO", "Pentagon") and row[f"{other}_url"].startswith("https://example.org/")
    assert row[f"{other}_headline"] and row[f"{other}_language"] in ("fr", "en")
    assert str(df["a_stated_on"].dtype).startswith("datetime64")


def test_claims_csv_is_citable_and_says_figures_as_said(cg):
    text = claims_csv(cg.claims, cg.documents)
    rows = {r["claimant"]: r for r in csv.DictReader(io.StringIO(text))}
    assert tuple(next(csv.reader(io.StringIO(text)))) == CLAIM_COLUMNS
    for column in ("publisher", "url", "as_of", "headline", "language", "stated_on", "evidence", "as_said"):
        assert column in CLAIM_COLUMNS
    nato = rows["NATO"]
    assert (nato["value"], nato["value_min"], nato["value_max"], nato["qualifier"], nato["as_said"]) == (
        "", "2000", "9999", "vague", "thousands")
    assert (nato["publisher"], nato["url"], nato["headline"], nato["language"], nato["as_of"]) == (
        "Le Veilleur", "https://example.org/fr1", "L'OTAN : « des milliers » de soldats", "fr", "2024-10-27")
    assert rows["Pentagon"]["value"] == "" and rows["Pentagon"]["as_said"] == "11,000–12,000"
    assert "11489" not in text and "4472" not in text


def test_conflicts_csv_cites_both_sides(cg):
    rows = list(csv.DictReader(io.StringIO(conflicts_csv(cg.comparisons, cg.documents))))
    assert len(rows) == 2
    for r in rows:
        for side in "ab":
            assert r[f"{side}_publisher"] and r[f"{side}_url"] and r[f"{side}_headline"] and r[f"{side}_evidence"]
            assert r[f"{side}_language"] in ("en", "fr") and r[f"{side}_stated_on"]
        assert re.fullmatch(r"\d+\.\d{1,3}", r["ratio"])
    assert {r["a_figure"] for r in rows} | {r["b_figure"] for r in rows} == {"about 3,000", "thousands",
                                                                              "11,000–12,000"}


# --- report tables ------------------------------------------------------------------------------------------------

def many_claims(n: int) -> Corpus:
    docs = [Document(f"d{i}", title=f"Article {i}", publisher=f"Outlet {i % 7}", url=f"https://example.org/{i}",
                     published="2024-10-20", language="en") for i in range(n)]
    claims = [Claim(Actor(f"Speaker {i % 40}"), Figure(100 + i, qualifier="about"), f"quantity {i % 30}",
                    document=f"d{i}", evidence=f"Speaker {i % 40} said about {100 + i}.") for i in range(n)]
    return Corpus(tuple(docs), tuple(claims))


def test_report_tables_have_every_row_and_a_script_the_csp_allows():
    cg = ClaimGraph(many_claims(620))
    page = render(cg, charts=False)["index.html"]
    claims = page[page.index("<h2>Claims</h2>"):]
    assert claims.count('<tr><td class="label">') == 620  # no 500-row cap
    assert "First 500 of" not in page
    assert page.count('<table class="sortable" data-page="50">') >= 2
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    csp = html.unescape(csp)
    assert f"script-src 'sha256-{sha256(TABLE_SCRIPT)}';" in csp and "default-src 'none'" in csp
    assert re.findall(r"<script>(.*?)</script>", page, re.S) == [TABLE_SCRIPT]
    assert "fetch(" not in TABLE_SCRIPT and "XMLHttpRequest" not in TABLE_SCRIPT and "src=" not in TABLE_SCRIPT


def test_report_tables_cite_their_sources_and_figures_as_said(cg):
    page = render(cg, charts=False)["index.html"]
    conflicts = page[page.index("<h2>Conflicts</h2>"):page.index("<h2>Claims</h2>")]
    head = re.search(r"<thead><tr>(.*?)</tr></thead>", conflicts).group(1)
    assert re.findall(r"<th>(.*?)</th>", head) == ["quantity", "claimant A", "figure A", "source A", "claimant B",
                                                   "figure B", "source B", "days apart", "ratio"]
    assert '<a href="https://example.org/en1" rel="noopener noreferrer" target="_blank">Pentagon: 11,000 to 12,000</a>' \
        in conflicts
    assert "Harbour Street Ledger · en · stated 2024-10-29" in conflicts
    assert "<summary>evidence</summary>" in conflicts and "Kyiv put the figure at about 3,000." in conflicts
    assert '>thousands<br><span class="sub date">as of 2024-10-27</span></td>' in conflicts  # NATO's as_of
    assert ">11,000–12,000</td>" in conflicts and ">about 3,000</td>" in conflicts
    claims = page[page.index("<h2>Claims</h2>"):]
    head = re.search(r"<thead><tr>(.*?)</tr></thead>", claims).group(1)
    assert re.findall(r"<th>(.*?)</th>", head) == ["quantity", "claimant", "figure", "as of", "stated", "outlet",
                                                   "headline", "language", "evidence"]
    nato = next(r for r in claims.split("<tr>") if "NATO" in r)
    assert '>thousands</td><td class="date">2024-10-27</td><td class="date">2024-10-28</td><td>Le Veilleur</td>' in nato
    assert "<td>fr</td>" in nato and html.escape("L'OTAN : « des milliers » de soldats") in nato
    # figures sort by size through data-sort ranks; no midpoint is written in these tables
    for table in (conflicts, claims):
        assert "11,489" not in table and "11489" not in table and "4,472" not in table and "4472" not in table


# --- rebuilds -----------------------------------------------------------------------------------------------------

def test_write_report_removes_what_it_wrote_before_and_nothing_else(tmp_path):
    out = tmp_path / "out"
    assert write_report(out, {"index.html": "1", "charts/a.html": "a", "charts/b.html": "b", "data/x.csv": "x"}) == []
    (out / "charts" / "b.html").write_text("changed by hand", encoding="utf-8")
    (out / "mine.txt").write_text("mine", encoding="utf-8")
    assert write_report(out, {"index.html": "2", "graph.png": b"\x89PNG"}) == ["charts/a.html", "data/x.csv"]
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*")) == [
        MANIFEST, "charts", "charts/b.html", "graph.png", "index.html", "mine.txt"]  # data/ was left empty: gone
    assert json.loads((out / MANIFEST).read_text(encoding="utf-8"))["files"].keys() == {"index.html", "graph.png"}


def test_write_report_ignores_a_manifest_that_points_outside(tmp_path):
    out, victim = tmp_path / "out", tmp_path / "victim.txt"
    victim.write_text("keep", encoding="utf-8")
    out.mkdir()
    digest = __import__("hashlib").sha256(b"keep").hexdigest()
    (out / MANIFEST).write_text(json.dumps({"files": {"../victim.txt": [digest], "/etc/hosts": [digest],
                                                      MANIFEST: [digest]}}), encoding="utf-8")
    assert write_report(out, {"index.html": "1"}) == []
    assert victim.read_text(encoding="utf-8") == "keep"
    (out / MANIFEST).write_text("not json", encoding="utf-8")
    assert write_report(out, {"index.html": "1"}) == []


# --- terminal tables ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("width", [12, 30, 60, 80, 200])
def test_text_table_fits_the_width(width):
    rows = [["National Intelligence Service (NIS)", "about 600 soldiers", "2025-04-30", "×6.00"],
            ["Kyiv", "thousands", "", "×1.20"], ["a\x1b[31mred\x1b[0m", "1", "2", "3"]]
    text = text_table(rows, ["claimant", "figure", "as of", "ratio"], width=width)
    assert max(len(line) for line in text.splitlines()) <= width
    assert "\x1b" not in text  # article text stays text
    if width >= table_width(rows, ["claimant", "figure", "as of", "ratio"]):
        assert text == text_table(rows, ["claimant", "figure", "as of", "ratio"])  # fits: one line a row
    else:
        assert "" in text.splitlines()  # wrapped rows are set apart by a blank line


# --- the report's tables in a browser -----------------------------------------------------------------------------

@pytest.mark.browser
def test_report_tables_sort_and_page_in_chromium(tmp_path):
    from pathlib import Path

    from claimgraph.report import build

    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.skip("needs /usr/bin/chromium (Debian package chromium)")
    playwright = pytest.importorskip("playwright.sync_api", reason="needs playwright")
    build(many_claims(120), tmp_path / "out", charts=False)
    errors, requests = [], []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)  # CSP refusals too
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:")
                   else (requests.append(r.request.url), r.abort()))
        page.goto((tmp_path / "out" / "index.html").as_uri())
        table = "table.sortable:last-of-type"  # the claims table
        visible = f"Array.from(document.querySelectorAll(\"{table} tbody tr\")).filter(r => !r.hidden)"
        figures = f"{visible}.map(r => r.cells[2].textContent)"
        pager = page.locator(f"{table} + .pager")
        assert page.evaluate(f"{visible}.length") == 50 and "rows 1–50 of 120" in pager.inner_text()
        pager.get_by_role("button", name="next ›").click()
        assert page.evaluate(f"{visible}.length") == 50 and "rows 51–100 of 120" in pager.inner_text()
        page.locator(f"{table} th button", has_text="figure").click()  # by size, page one again
        assert page.evaluate(figures)[:3] == ["about 100", "about 101", "about 102"]
        assert page.get_attribute(f"{table} th:nth-child(3)", "aria-sort") == "ascending"
        page.locator(f"{table} th button", has_text="figure").click()
        assert page.evaluate(figures)[:2] == ["about 219", "about 218"]
        page.locator(f"{table} th button", has_text="claimant").click()
        assert page.evaluate(f"{visible}.map(r => r.cells[1].textContent)")[:2] == ["Speaker 0", "Speaker 0"]
        pager.get_by_role("button", name="show all").click()
        assert page.evaluate(f"{visible}.length") == 120
        browser.close()
    assert errors == [] and requests == []
