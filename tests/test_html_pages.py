"""HTML pages as a browser saves them: main text and metadata (trafilatura,
htmldate), the fallback reading, and claims from them through the CLI.

The pages in tests/pages/ were written for these tests (invented outlets and
articles); their menus, related links, comments and footers carry figures
that must give no claim.
"""
import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from claimgraph.cli import main
from claimgraph.errors import InputError
from claimgraph.extract import extract
from claimgraph.ingest import read_article

PAGES = Path(__file__).parent / "pages"
FR = PAGES / "fr-manifestation-lyon.html"
EN = PAGES / "en-river-flooding.html"

# figures that sit outside the articles: menus, related links, comments, newsletter box, footers
OUTSIDE = {"fr": ("Top 100", "Municipales 2026", "4 500", "9 000", "45 000", "15 000", "300 magasins",
                  "1 €", "184 partages", "2 500 000", "04 78"),
           "en": ("top 50", "5 biggest", "2,000 trees", "80 metres", "7,500", "500 homes", "60 people",
                  "01234567", "LL11")}


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def variant(tmp_path, page: Path, name: str, *edits) -> Path:
    """A copy of ``page`` with (old, new) replacements, each of which must apply."""
    text = page.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_french_page_metadata_as_front_matter_would_give_it():
    d = read_article(FR)
    assert d.id == "fr-manifestation-lyon"
    assert d.title == "Réforme des retraites : forte mobilisation à Lyon"
    assert d.publisher == "Le Courrier du Rhône"  # og:site_name before the JSON-LD publisher's name
    assert d.url == "https://www.courrier-rhone.example/societe/retraites-lyon-mobilisation"  # canonical, not og:url
    assert str(d.published) == "2025-03-12"  # JSON-LD datePublished, not article:modified_time (14 March)
    assert d.language == "fr"


def test_english_page_metadata_from_meta_tags_only():
    d = read_article(EN)
    assert d.title == "Hundreds of homes evacuated as River Dee bursts its banks"  # og:title, no site suffix
    assert d.publisher == "The Borders Gazette"
    assert d.url == "https://news.borders-gazette.example/wales/river-dee-flooding-evacuations"  # og:url
    assert str(d.published) == "2025-01-09"  # article:published_time
    assert d.language == "en"  # <meta http-equiv="content-language" content="en-GB">, no <html lang>


@pytest.mark.parametrize("page,lang", [(FR, "fr"), (EN, "en")])
def test_text_is_the_article_alone(page, lang):
    text = read_article(page).text
    assert "\n\n" in text and "<" not in text
    body = {"fr": "La préfecture a compté lundi 12 000 manifestants à Lyon.",
            "en": "North Wales Fire and Rescue Service said on Tuesday that 340 homes had been evacuated in the Wrexham area."}
    assert body[lang] in text
    for junk in OUTSIDE[lang]:
        assert junk not in text, junk
    for furniture in ("Actualité", "Mentions légales", "Aller au contenu", "Gonzague69", "Partager",
                      "Accept all", "Sign up", "dee_side_dave", "All rights reserved", "var ", "dataLayer"):
        assert furniture not in text, furniture
    assert "flooded roads & fords" in text or lang == "fr"  # entities decoded


@pytest.mark.parametrize("page", [FR, EN])
def test_evidence_offsets_point_into_the_stored_text(page):
    d = read_article(page)
    claims = extract(d)
    assert claims
    for c in claims:
        assert d.text[c.start:c.end] == c.evidence


def test_figures_outside_the_article_give_no_claims():
    fr = {c.figure.value for c in extract(read_article(FR))}
    en = {(c.figure.value, c.figure.lower, c.figure.upper) for c in extract(read_article(EN))}
    assert fr == {12000}
    assert {v for v, _, _ in en if v is not None} == {340}  # plus the vague "hundreds" and "dozens"
    assert not {4500, 9000, 45000, 15000, 300, 2000, 7500, 500, 60, 100, 50, 5} & ({v for v, _, _ in en} | fr)


def test_extract_jsonl_dates_lundi_from_the_json_ld_date(capsys):
    code, out, err = run(capsys, "extract", str(FR), "--format", "jsonl")
    assert code == 0, err
    [row] = [json.loads(line) for line in out.splitlines()]
    assert (row["claimant"], row["value"], row["qualifier"]) == ("préfecture", 12000, "exact")
    assert row["stated_on"] == "2025-03-10"  # the Monday before Wednesday 12 March 2025
    assert row["document"] == "fr-manifestation-lyon"
    assert row["evidence"] == "La préfecture a compté lundi 12 000 manifestants à Lyon."
    assert row["place"] == "lyon"


def test_extract_jsonl_english_dates_tuesday_from_article_published_time(capsys):
    code, out, err = run(capsys, "extract", str(EN), "--format", "jsonl")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    [fire] = [r for r in rows if r["value"] == 340]
    assert fire["claimant"] == "North Wales Fire and Rescue Service"
    assert fire["stated_on"] == "2025-01-07"  # the Tuesday before Thursday 9 January 2025
    # an unsourced figure goes to the outlet, named by og:site_name
    assert any(r["claimant"] == "The Borders Gazette" for r in rows)


def test_extract_csv_carries_the_document_and_its_dates(capsys):
    code, out, err = run(capsys, "extract", str(FR), str(EN), "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    by_value = {r["value"]: r for r in rows}
    assert (by_value["12000"]["document"], by_value["12000"]["stated_on"]) == ("fr-manifestation-lyon", "2025-03-10")
    assert (by_value["340"]["document"], by_value["340"]["stated_on"]) == ("en-river-flooding", "2025-01-07")
    assert {r["claimant"] for r in rows} >= {"préfecture", "The Borders Gazette"}
    # the outlet, the canonical URL and the publication date of each claim's page
    assert (by_value["12000"]["publisher"], by_value["12000"]["url"], by_value["12000"]["published"]) == (
        "Le Courrier du Rhône", "https://www.courrier-rhone.example/societe/retraites-lyon-mobilisation", "2025-03-12")


def test_build_report_carries_page_metadata(capsys, tmp_path):
    out = tmp_path / "out"
    code, _, err = run(capsys, "build", str(PAGES), "-o", str(out))
    assert code == 0, err
    rows = list(csv.DictReader((out / "claims.csv").open(encoding="utf-8")))
    assert {(r["document"], r["value"], r["stated_on"]) for r in rows} >= {
        ("fr-manifestation-lyon", "12000", "2025-03-10"), ("en-river-flooding", "340", "2025-01-07")}
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    assert '"https://www.courrier-rhone.example/societe/retraites-lyon-mobilisation"' in ttl
    assert '"2025-03-12"^^xsd:date' in ttl and '"Le Courrier du Rhône"' in ttl


def test_publisher_from_json_ld_without_og_site_name(tmp_path):
    p = variant(tmp_path, FR, "a.html", ('<meta property="og:site_name" content="Le Courrier du Rhône">', ""))
    assert read_article(p).publisher == "Courrier du Rhône SAS"


def test_publisher_from_json_ld_graph_by_reference(tmp_path):
    p = variant(tmp_path, FR, "a.html", ('<meta property="og:site_name" content="Le Courrier du Rhône">', ""),
                ('<script type="application/ld+json">\n{', '<script type="application/ld+json">\n{"@graph": [{'),
                ('"publisher": {\n    "@type": "NewsMediaOrganization",\n    "name": "Courrier du Rhône SAS",',
                 '"publisher": {"@id": "#org"}, "x": {\n    "@type": "Thing",'),
                ('}\n</script>\n<script>window', '}, {"@id": "#org", "@type": "NewsMediaOrganization", '
                                                 '"name": "Courrier du Rhône SAS"}]}\n</script>\n<script>window'))
    assert read_article(p).publisher == "Courrier du Rhône SAS"


def test_published_from_htmldate_without_json_ld_or_meta(tmp_path):
    # no JSON-LD: htmldate finds the <time> of the byline, not article:modified_time
    p = variant(tmp_path, FR, "a.html", ('"datePublished": "2025-03-12T18:45:00+01:00",', ""))
    assert str(read_article(p).published) == "2025-03-12"
    p = variant(tmp_path, EN, "b.html", ('<meta property="article:published_time" content="2025-01-09T07:30:00Z">', ""))
    assert str(read_article(p).published) == "2025-01-09"


def test_bad_dates_in_a_page_are_no_date_not_an_error(tmp_path):
    p = variant(tmp_path, EN, "a.html",
                ('content="2025-01-09T07:30:00Z"', 'content="last Thursday"'),
                ('<time datetime="2025-01-09">9 January 2025</time>', "yesterday"),
                ('<meta property="article:modified_time" content="2025-01-10T11:15:00Z">', ""))
    assert read_article(p).published is None


def test_url_falls_back_to_og_url_then_to_the_saved_from_mark(tmp_path):
    p = variant(tmp_path, FR, "a.html",
                ('<link rel="canonical" href="https://www.courrier-rhone.example/societe/retraites-lyon-mobilisation">', ""))
    assert read_article(p).url.endswith("retraites-lyon-mobilisation?utm_source=partage")
    p = variant(tmp_path, EN, "b.html",
                ("<!doctype html>", "<!DOCTYPE html>\n<!-- saved from url=(0036)https://gazette.example/wales/flood -->"),
                ('<meta property="og:url" content="https://news.borders-gazette.example/wales/river-dee-flooding-evacuations">', ""))
    assert read_article(p).url == "https://gazette.example/wales/flood"


def test_relative_canonical_is_resolved_against_og_url(tmp_path):
    p = variant(tmp_path, FR, "a.html",
                ('href="https://www.courrier-rhone.example/societe/retraites-lyon-mobilisation"', 'href="/societe/lyon"'))
    assert read_article(p).url == "https://www.courrier-rhone.example/societe/lyon"


def test_language_from_meta_and_a_contradicted_template_lang(tmp_path):
    p = variant(tmp_path, FR, "a.html", ('<html lang="fr" class="no-js">', "<html>"),
                ('<meta charset="utf-8">', '<meta charset="utf-8">\n<meta property="og:locale" content="fr_FR">'))
    assert read_article(p).language == "fr"
    # a CMS template's lang="en" on a French article: the text decides
    p = variant(tmp_path, FR, "b.html", ('<html lang="fr" class="no-js">', '<html lang="en">'))
    assert read_article(p).language == "fr"


def test_minimal_page_still_reads(tmp_path, capsys):
    p = tmp_path / "mini.html"
    p.write_text("<html><body><p>La préfecture a compté mardi 300 sinistrés à Nîmes.</p></body></html>", encoding="utf-8")
    d = read_article(p)
    assert d.text == "La préfecture a compté mardi 300 sinistrés à Nîmes."
    assert (d.title, d.publisher, d.url, d.published, d.language) == (d.text, None, None, None, "fr")
    code, out, err = run(capsys, "extract", str(p), "--format", "jsonl")
    assert code == 0, err
    [row] = [json.loads(line) for line in out.splitlines()]
    assert (row["claimant"], row["value"]) == ("préfecture", 300)


def test_fallback_when_trafilatura_finds_nothing(tmp_path, monkeypatch):
    import trafilatura

    calls = []

    def nothing(*args, **kwargs):
        calls.append(1)
        return None

    monkeypatch.setattr(trafilatura, "bare_extraction", nothing)
    p = tmp_path / "mini.html"
    p.write_text("<html><head><title>Crue</title></head><body><nav>Accueil | Régions</nav>"
                 "<p>La préfecture a compté mardi 300 sinistrés à Nîmes.</p></body></html>", encoding="utf-8")
    d = read_article(p)
    assert calls and d.text == "La préfecture a compté mardi 300 sinistrés à Nîmes." and d.title == "Crue"
    assert [c.figure.value for c in extract(d)] == [300]
    # and the fixture pages, read the old way, keep their metadata and their article sentence
    d = read_article(FR)
    assert (d.publisher, str(d.published)) == ("Le Courrier du Rhône", "2025-03-12")
    assert "La préfecture a compté lundi 12 000 manifestants à Lyon." in d.text


def test_fallback_when_trafilatura_fails(tmp_path, monkeypatch):
    import trafilatura

    def boom(*args, **kwargs):
        raise ValueError("odd page")

    monkeypatch.setattr(trafilatura, "bare_extraction", boom)
    assert "12 000 manifestants" in read_article(FR).text


@pytest.mark.parametrize("markup", ["", "   \n", "just some words, no markup", "<p>x</p>", "<<<>>>&&&",
                                    '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
                                    "<body><p>The ministry said 3,000 people died.</p></body></html>"])
def test_odd_pages_read_without_error(tmp_path, markup):
    p = tmp_path / "odd.html"
    p.write_text(markup, encoding="utf-8")
    d = read_article(p)
    assert d.id == "odd" and isinstance(d.text, str)
    if "3,000" in markup:
        assert d.text == "The ministry said 3,000 people died."


def test_layout_table_is_read_as_paragraphs_data_table_left_out(tmp_path):
    p = tmp_path / "t.html"
    p.write_text("<html><body><table><tr><td class='menu'><a href='/'>Accueil</a><br><a href='/r'>Régions</a></td><td>"
                 "<h1>Inondations dans le Gard</h1>"
                 "<p>Les pompiers ont secouru 150 personnes dans la nuit de dimanche à lundi dans le Gard, selon la préfecture.</p>"
                 "<table><tr><th>Commune</th><th>Maisons</th></tr><tr><td>Alès</td><td>25</td></tr></table>"
                 "<p>Le maire a indiqué que 40 maisons avaient été inondées dans le centre du village, et que les dégâts étaient lourds.</p>"
                 "</td></tr></table></body></html>", encoding="utf-8")
    d = read_article(p)
    paragraphs = d.text.split("\n\n")
    assert any(x.startswith("Les pompiers ont secouru 150 personnes") for x in paragraphs)
    assert any(x.startswith("Le maire a indiqué que 40 maisons") for x in paragraphs)
    assert "Alès" not in d.text and "|" not in d.text
    assert sorted(c.figure.value for c in extract(d)) == [40, 150]


def test_list_items_of_the_article_are_read(tmp_path):
    p = tmp_path / "l.html"
    p.write_text("<html lang='en'><body><article><h1>Floods: what we know</h1>"
                 "<p>Heavy rain fell for a third day across the north of the country on Sunday, officials said.</p>"
                 "<ul><li>The fire service said 120 people had been rescued</li>"
                 "<li>Police said 14 roads were closed</li></ul></article></body></html>", encoding="utf-8")
    d = read_article(p)
    assert "\n\nThe fire service said 120 people had been rescued\n\n" in d.text
    assert {c.figure.value for c in extract(d)} >= {120, 14}


def test_page_in_a_declared_legacy_charset_is_read(tmp_path):
    p = tmp_path / "latin.html"
    p.write_bytes('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
                  "<body><p>La préfecture a compté 300 sinistrés à Nîmes.</p></body></html>".encode("cp1252"))
    assert read_article(p).text == "La préfecture a compté 300 sinistrés à Nîmes."


def test_undecodable_page_without_charset_is_the_usual_one_line_error(tmp_path, capsys):
    p = tmp_path / "bad.html"
    p.write_bytes(b"<html><body><p>La pr\xe9fecture</p></body></html>")
    with pytest.raises(InputError) as e:
        read_article(p)
    assert str(e.value) == f"{p}:1: not valid UTF-8 (byte 0xe9 at offset 20); convert the file to UTF-8"
    code, out, err = run(capsys, "extract", str(p))
    assert (code, out) == (2, "") and err == f"claimgraph: error: {e.value}\n"
    code, out, err = run(capsys, "extract", str(tmp_path / "missing.html"))
    assert (code, err) == (2, f"claimgraph: error: {tmp_path / 'missing.html'}: file not found\n")


def test_binary_file_named_html_is_an_input_error(tmp_path):
    p = tmp_path / "image.html"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\xff\xd8")
    with pytest.raises(InputError, match=re.escape(str(p)) + ".*not valid UTF-8"):
        read_article(p)


def test_reading_pages_needs_no_network():
    """Imports and extraction with every socket refused (a fresh interpreter, so imports count)."""
    script = (
        "import socket\n"
        "def refuse(*a, **k):\n"
        "    raise OSError('network used')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from claimgraph.ingest import read_article\n"
        "from claimgraph.extract import extract\n"
        f"d = read_article({str(FR)!r})\n"
        "print(d.publisher, d.published, [c.figure.value for c in extract(d)])\n"
        f"d = read_article({str(EN)!r})\n"
        "print(d.publisher, d.published, d.language)\n"
        "import re\n"
        "page = open(" + repr(str(FR)) + ", encoding='utf-8').read()\n"
        "page = re.sub(r'<script type=\"application/ld.json\">.*?</script>', '', page, flags=re.S)\n"
        "from claimgraph.ingest import _html_to_text\n"
        "print(_html_to_text(page)[0]['published'])\n"  # through htmldate
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["Le Courrier du Rhône 2025-03-12 [12000.0]",
                                        "The Borders Gazette 2025-01-09 en", "2025-03-12"]
    assert done.stderr == ""

