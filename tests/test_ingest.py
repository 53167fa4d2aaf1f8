import pytest

from claimgraph.errors import InputError
from claimgraph.ingest import body_segments, detect_language, read_article
from claimgraph.model import Document


def write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def test_front_matter_fields(tmp_path):
    p = write(tmp_path, "a.md", "---\ntitle: T\npublisher: P\nurl: https://example.org/a\npublished: 2024-10-28\nlanguage: en\n---\nBody text.\n")
    d = read_article(p)
    assert (d.id, d.title, d.publisher, d.url, str(d.published), d.language) == ("a", "T", "P", "https://example.org/a", "2024-10-28", "en")
    assert d.text.strip() == "Body text."


def test_sloppy_front_matter_with_colon_in_title_is_read(tmp_path):
    p = write(tmp_path, "b.txt", "---\ntitle: Libye : l'ONU revoit le bilan\npublished: 2023-09-18\n---\nTexte.\n")
    d = read_article(p)
    assert d.title == "Libye : l'ONU revoit le bilan"
    assert str(d.published) == "2023-09-18"


def test_no_front_matter_detects_language_and_title(tmp_path):
    p = write(tmp_path, "c.txt", "Les troupes sont arrivées\n\nSelon l'OTAN, les troupes sont en Russie et elles ont été déployées.\n")
    d = read_article(p)
    assert d.language == "fr" and d.published is None
    assert d.title == "Les troupes sont arrivées"


def test_missing_file_error_names_file(tmp_path):
    with pytest.raises(InputError) as e:
        read_article(tmp_path / "nope.txt")
    assert str(e.value) == f"{tmp_path / 'nope.txt'}: file not found"


def test_undecodable_text_names_line(tmp_path):
    p = write(tmp_path, "d.txt", b"ok line\nsecond \xff\xfe line\n")
    with pytest.raises(InputError) as e:
        read_article(p)
    assert str(e.value).startswith(f"{p}:2: not valid UTF-8")


def test_bad_front_matter_date_names_file(tmp_path):
    p = write(tmp_path, "e.txt", "---\npublished: not-a-date\n---\nx\n")
    with pytest.raises(InputError) as e:
        read_article(p)
    assert "published must be an ISO date" in str(e.value) and str(p) in str(e.value)


def test_unterminated_front_matter(tmp_path):
    p = write(tmp_path, "f.txt", "---\ntitle: x\nbody never ends\n")
    with pytest.raises(InputError, match="never ends"):
        read_article(p)


def test_html_article_text_and_title(tmp_path):
    p = write(tmp_path, "g.html", "<html><head><title>Toll rises</title><script>var x=1;</script></head>"
              "<body><nav>Home | World</nav><p>The ministry said 3,000 people died.</p></body></html>")
    d = read_article(p)
    assert d.title == "Toll rises"
    assert "The ministry said 3,000 people died." in d.text
    assert "var x" not in d.text and "Home | World" not in d.text


def test_seed_boilerplate_and_repeated_headline_are_skipped(seed_path):
    d = read_article(seed_path)
    paragraphs = [d.text[a:b] for a, b in body_segments(d)]
    assert sum(p.startswith("Les troupes nord-coréennes envoyées") for p in paragraphs) == 1
    for junk in ("Source link", "Leave a Reply", "Ng Han Guan / AP", "Haley Ott a contribué à ce rapport."):
        assert junk not in paragraphs
    assert any(p.startswith("Les États-Unis ont déclaré") or "Les États-Unis ont déclaré" in p for p in paragraphs)


@pytest.mark.parametrize("text,lang", [("The ministry said that the toll was high.", "en"),
                                        ("Le ministère a déclaré que le bilan était lourd.", "fr")])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_link_lists_and_menus_are_not_read():
    text = ("☰ Menu Actualités Sports Mon compte\n"
            "› Flood toll rises to 40, officials say (May 2024)\n"
            "• 2011 quake: 519 dead and lessons unlearned\n"
            "• The ministry counted 300 shelters.\n"
            "Body sentence with 12 people.")
    doc = Document("x", text=text, language="en")
    assert [text[a:b] for a, b in body_segments(doc)] == ["• The ministry counted 300 shelters.",
                                                         "Body sentence with 12 people."]


def test_menus_bylines_share_counts_related_links_and_comments_are_not_read():
    text = ("Home | World | Politics | Sport\nSign in   Subscribe for $1 a week\n"
            "Floods kill dozens, officials say\nBy Jane Doe, Staff Reporter\nUpdated 3 hours ago · 5 min read\n"
            "1.2K shares   240 comments\n\n"
            "At least 48 people have died, the disaster agency said.\n\n"
            "Related stories\nDrought leaves 2 million short of food, UN says\nIn pictures: ten years on\n\n"
            "Back to the story, 300 soldiers were deployed, the army said.\n\n"
            "Comments (240)\nMike_77: my cousin says 100 people are missing.\n")
    doc = Document("x", text=text, language="en")
    assert [text[a:b] for a, b in body_segments(doc)] == [
        "Floods kill dozens, officials say",
        "At least 48 people have died, the disaster agency said.",
        "Back to the story, 300 soldiers were deployed, the army said.",
    ]


@pytest.mark.parametrize("heading", ["Most read", "**Most read**", "__Les plus lus__", "**Read more:**"])
def test_a_links_heading_in_bold_still_opens_a_list_of_links(heading):
    text = ("At least 48 people have died, the disaster agency said.\n\n"
            f"{heading}\n1. Carrowby Town 2-1 Kilnworth Rovers: late winner\n2. 40 new homes approved for Saltergate\n")
    doc = Document("x", text=text, language="en")
    assert [text[a:b] for a, b in body_segments(doc)] == ["At least 48 people have died, the disaster agency said."]


@pytest.mark.parametrize("heading", ["Comments (27) | Sort by: Newest", "Réactions des lecteurs (14)", "Join the conversation",
                                     "12 commentaires", "Réagir (17 commentaires)", "Réagir à l'émission (58 messages)",
                                     "**Réagir (48)**", "Have your say (12)", "**Comments (58)**",
                                     "**Listener comments (16)**", "Commentaires des auditeurs (12)",
                                     "**Your comments (22)**", "**Vos réactions (29)**"])
def test_a_comments_heading_ends_the_article(heading):
    text = f"Police said 300 people marched.\n\n{heading}\nrustbeltmike · 2h ago\nThey cut 400 of us in 2009.\n"
    doc = Document("x", text=text, language="en")
    assert [text[a:b] for a, b in body_segments(doc)] == ["Police said 300 people marched."]


@pytest.mark.parametrize("heading,after", [
    # readers' letters
    ("LETTERS", "\"I counted 23 ships from my window.\" – Padraig O."),
    ("Letters to the editor", "\"I counted 23 ships from my window.\" – Padraig O."),
    ("Courrier des lecteurs :", "\"I counted 23 ships from my window.\" – Padraig O."),
    # a page's counters, readers' comments after them
    ("Shares: 806 | Comments: 93\n", "Skipper_Jo: I'd say 10,000 tops."),
    ("Partages : 1 204 · Commentaires : 57\n", "Skipper_Jo: I'd say 10,000 tops."),
])
def test_readers_letters_or_counters_in_the_pages_second_half_end_the_article(heading, after):
    body = ("Police said 300 people marched through the old town on Saturday, and the organisers said 2,000. "
            "The march ended peacefully at the harbour in the early evening.")
    text = f"{body}\n\n{heading}\n{after}\n"
    doc = Document("x", text=text, language="en")
    assert [text[a:b] for a, b in body_segments(doc)] == [body]


def test_a_pages_counters_at_its_top_are_no_end():
    # a share bar under the headline comes before the article, not before comments
    text = ("Share 412 | Comments 57\n\nA winter appeal has helped 1,380 families, the charity said. "
            "The appeal closes on Friday, and volunteers will sort coats until then, the organisers added.")
    doc = Document("x", text=text, language="en")
    assert text.splitlines()[-1] in [text[a:b] for a, b in body_segments(doc)]


def test_a_letters_label_at_the_top_of_the_page_is_no_end():
    text = "Opinion\nLetters\nThe council says 300 homes flooded, and 40 families are still in hotels, it said today."
    doc = Document("x", text=text, language="en")
    assert text.splitlines()[-1] in [text[a:b] for a, b in body_segments(doc)]


def test_links_to_other_stories_are_page_furniture():
    text = ("Police said 300 shoppers were evacuated.\n\n"
            "Read more: Kingsgate Centre's makeover: 12 new shops and a food court\n\n"
            "À lire aussi : 40 magasins fermés après l'incendie\n\n"
            "See also – 9 arrests after the match\n\n"
            "Read more about the evacuation below: 30 people were treated.")
    d = Document("t", text=text, language="en", publisher="Test Wire", published="2026-03-12")
    paragraphs = [d.text[a:b] for a, b in body_segments(d)]
    assert paragraphs == [paragraphs[0], paragraphs[-1]] and paragraphs[0].startswith("Police said 300")


@pytest.mark.parametrize("banner", [
    "By continuing you agree to our use of cookies and those of our 212 partners. [OK] [More options]",
    "En poursuivant votre navigation, vous acceptez l'utilisation de cookies par nos 212 partenaires. [Accepter]",
    "Ce site utilise des cookies pour mesurer l'audience. [Accepter] [Refuser]",
])
def test_a_cookie_consent_banner_is_no_body_text(banner):
    # (its partners are no count); a sentence of the article about cookies stays
    text = f"{banner}\n\nThe bakery sold 500 cookies on Saturday, the police said.\n"
    doc = Document("t", text=text, language="en")
    body = [text[a:b] for a, b in body_segments(doc)]
    assert body == ["The bakery sold 500 cookies on Saturday, the police said."]


def test_a_box_items_words_said_again_under_another_head_are_kept():
    # a recap gives each day's figures the same words: a line of its item, no repeated headline
    text = ("Recap\n\n1 900 contre 6 500\nManifestants à Varenne [préfecture] contre [syndicat].\n\n"
            "2 600 contre 8 000\nManifestants à Varenne [préfecture] contre [syndicat].\n\nRecap")
    doc = Document("t", text=text, language="fr")
    assert [text[a:b] for a, b in body_segments(doc)] == [
        "Recap", "1 900 contre 6 500", "Manifestants à Varenne [préfecture] contre [syndicat].", "2 600 contre 8 000",
        "Manifestants à Varenne [préfecture] contre [syndicat]."]
