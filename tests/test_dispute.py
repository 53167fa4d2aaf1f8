"""Dispute summaries: who says what as of when, the step chart, the front page and the notebook view."""
import datetime as dt
import re
from pathlib import Path

import pytest

from claimgraph.compare import compare
from claimgraph.dispute import Dispute, date_span, dispute, disputes, said
from claimgraph.disputechart import MAX_ACTORS, chart_svg, disputes_html, step_chart
from claimgraph.explore import ClaimGraph
from claimgraph.inputs import load
from claimgraph.model import Actor, Claim, Corpus, Document, Figure
from claimgraph.report import index_html, render

EVIL = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def sample():
    return ClaimGraph(load([Path(__file__).resolve().parent.parent / "data"]))


def by_id(ds):
    return {d.quantity_id: d for d in ds}


def said_on(who, figure, day, subject="troops", **kw):
    return Claim(who if isinstance(who, Actor) else Actor(who), figure, subject, stated_on=day, **kw)


# ------------------------------------------------------------ the sample story


def test_top_quantity_names_who_truly_disagrees_with_figures_as_said(sample):
    ds = sample.disputes()
    top = ds[0]
    # the one conflict still standing in data/: South Korea's JCS against Zelensky on 23 December
    assert top.quantity_id == "north-korean-troops-casualties-kursk"
    assert top.sentence.startswith("As of 23 Dec 2024: Joint Chiefs of Staff ~1,100 vs "
                                   "Volodymyr Zelensky more than 3,000 (×2.7)")
    assert "since then National Intelligence Service (NIS) gave ~4,700 (30 Apr 2025)" in top.sentence
    assert top.contested and top.score == pytest.approx(3000 / 1100)
    assert [d.score for d in ds[1:]] == [0.0] * (len(ds) - 1)


def test_the_us_ukraine_dispute_and_the_rise_since(sample):
    d = by_id(sample.disputes())["north-korean-troops-deployed-russia"]
    assert d.sentence.startswith("As of 28 Oct 2024: Volodymyr Zelensky ~3,000 vs Pentagon ~10,000 (×3.3)")
    assert "since then Pentagon's figure rose to 11,000–12,000 (4 Nov 2024)" in d.sentence
    # the Pentagon has revised its figure: the conflict is settled, not contested now
    assert len(d.conflicts) == 1 and d.standing == () and d.score == 0.0
    # by side: the United States against Ukraine
    side = by_id(ClaimGraph(sample.corpus, by="affiliation").disputes())["north-korean-troops-deployed-russia"]
    assert side.sentence.startswith("As of 28 Oct 2024: Ukraine ~3,000 vs États-Unis ~10,000 (×3.3)")


def test_a_range_stays_a_range_and_no_midpoint_is_shown(sample):
    d = by_id(sample.disputes())["north-korean-troops-deployed-russia"]
    pentagon = [f for f in d.latest if f.actor == "Pentagon"]
    assert [(f.said, f.figure.value, f.as_of, f.since) for f in pentagon] == [
        ("11,000–12,000", None, dt.date(2024, 12, 17), dt.date(2024, 11, 4))]
    assert pentagon[0].outlets == ("L'Écho des Capitales",)
    assert pentagon[0].url == "https://example.org/claimgraph/samples/fr-nk-pertes-decembre"
    section = disputes_html(sample.disputes())
    for midpoint in ("11,489", "11,490", "11489", "11,500"):
        assert midpoint not in d.sentence and midpoint not in section


def test_a_vague_figure_stays_words(sample):
    d = by_id(sample.disputes())["north-korean-troops-deployed-kursk"]
    vague = [f for f in d.latest if f.figure.vague]
    assert [f.said for f in vague] == ["thousands"]
    assert "responsables occidentaux thousands (29 Oct 2024)" in d.sentence
    assert "2,000" not in d.sentence and "9,999" not in d.sentence
    assert "responsables occidentaux des milliers" in by_id(sample.disputes("fr"))[d.quantity_id].sentence


def test_revisions_by_one_actor_are_not_conflicts(sample):
    d = by_id(sample.disputes())["north-korean-troops-killed-kursk"]
    assert d.conflicts == () and d.score == 0.0
    assert d.sentence == ("Only National Intelligence Service (NIS) gives figures: ~100 (19 Dec 2024), "
                          "then ~300 (13 Jan 2025), then ~600 (30 Apr 2025)")
    # the same actor, a day apart, within the window: a revision, never a conflict
    [c] = compare([said_on("Pentagon", Figure(3000), "2024-10-27"), said_on("Pentagon", Figure(10000), "2024-10-28")])
    assert c.revisions and not c.conflicts
    assert dispute(c).conflicts == () and dispute(c).score == 0.0


def test_french_sentence(sample):
    top = sample.disputes("fr")[0]
    assert top.sentence.startswith("Au 23 déc. 2024 : Joint Chiefs of Staff ~1\u202f100 contre "
                                   "Volodymyr Zelensky plus de 3\u202f000 (×2,7)")
    with pytest.raises(Exception):
        sample.disputes("de")


# ------------------------------------------------------------ records and the score


def test_figures_as_said():
    assert said(Figure(3000, qualifier="about")) == "~3,000"
    assert said(Figure(3000, 3000, None, "at_least")) == "at least 3,000"
    assert said(Figure(3000, 3000, None, "more_than"), "fr") == "plus de 3\u202f000"
    assert said(Figure(None, 11000, 12000, "range")) == "11,000–12,000"
    assert said(Figure(None, 200, 999, "vague")) == "hundreds"
    assert said(Figure(None, 200000, 999999, "vague"), "fr") == "des centaines de milliers"
    assert said(Figure(None, 2e6, 9.99e6, "vague")) == "millions"
    assert said(Figure(None, 1500, 2500, "vague")) == "1,500–2,500 (vague)"
    assert said(Figure(1100, qualifier="about", unit="soldiers"), unit=True) == "~1,100 soldiers"
    assert date_span(dt.date(2024, 10, 23), dt.date(2024, 10, 28)) == "23–28 Oct 2024"


def scored_corpus():
    a, b, c = Actor("Alpha"), Actor("Bravo"), Actor("Charlie")
    return [
        # q-small: standing, x2
        said_on(a, Figure(1000), "2024-10-01", "q-small"), said_on(b, Figure(2000), "2024-10-01", "q-small"),
        # q-wide: standing, x5, with a third actor agreeing with one side
        said_on(a, Figure(100), "2024-10-01", "q-wide"), said_on(b, Figure(500), "2024-10-02", "q-wide"),
        said_on(c, Figure(510), "2024-10-02", "q-wide"),
        # q-settled: x10 once, then Bravo comes down to Alpha's figure
        said_on(a, Figure(100), "2024-10-01", "q-settled"), said_on(b, Figure(1000), "2024-10-01", "q-settled"),
        said_on(b, Figure(100), "2024-11-01", "q-settled"),
        # q-restated: x3, and Alpha says the same figure again a month later: still standing
        said_on(a, Figure(10, qualifier="about"), "2024-10-01", "q-restated"),
        said_on(b, Figure(30), "2024-10-01", "q-restated"),
        said_on(a, Figure(10, qualifier="about"), "2024-11-01", "q-restated"),
        # q-quiet: one actor
        said_on(c, Figure(7), "2024-10-01", "q-quiet"),
    ]


def test_ordered_by_how_contested_now():
    ds = disputes(compare(scored_corpus()))
    assert [d.quantity_id for d in ds] == ["q-wide", "q-restated", "q-small", "q-settled", "q-quiet"]
    assert [round(d.score, 2) for d in ds] == [5.1, 3.0, 2.0, 0.0, 0.0]  # q-wide: Alpha 100 vs Charlie 510
    wide, restated, small, settled, quiet = ds
    assert wide.sentence == "As of 1–2 Oct 2024: Alpha 100 vs Bravo 500 vs Charlie 510 (×5.1)"
    assert restated.contested and len(restated.standing) == 1
    assert settled.conflicts and not settled.standing and not settled.contested
    assert settled.sentence == "As of 1 Oct 2024: Alpha 100 vs Bravo 1,000 (×10); since then Bravo's figure fell to 100 (1 Nov 2024)"
    assert quiet.sentence == "Only Charlie gives a figure: 7 (1 Oct 2024)"


def test_an_actor_with_many_figures_in_one_round():
    claims = [said_on("A", Figure(n), "2024-10-01") for n in (100, 200, 300)] + [said_on("B", Figure(900), "2024-10-01")]
    assert dispute(compare(claims)[0]).sentence == "As of 1 Oct 2024: A 100 or 200 (and 1 more figure) vs B 900 (×9.0)"


def test_undated_figures_of_one_article_still_dispute():
    [c] = compare([Claim(Actor("US"), Figure(3000, qualifier="about"), "x", document="seed"),
                   Claim(Actor("Ukraine"), Figure(10000, qualifier="about"), "x", document="seed")])
    d = dispute(c)
    assert d.sentence == "Undated (one article): US ~3,000 vs Ukraine ~10,000 (×3.3)"
    assert d.contested and [f.as_of for f in d.latest] == [None, None]


def test_latest_figure_cites_outlet_and_url():
    doc = Document("d1", "x", publisher="Harbour Street Ledger", url="https://example.org/a", published="2024-10-29")
    curated = Document("d2", "x", url="https://example.org/briefing", published="2024-10-30")
    [c] = compare([Claim(Actor("Pentagon"), Figure(10000, qualifier="about"), "x", document="d1"),
                   Claim(Actor("Kyiv"), Figure(3000), "x", document="d2")], documents=[doc, curated])
    d = dispute(c, documents=[doc, curated])
    rows = {f.actor: (f.said, f.as_of, f.outlets, f.url) for f in d.latest}
    assert rows == {"Pentagon": ("~10,000", dt.date(2024, 10, 29), ("Harbour Street Ledger",), "https://example.org/a"),
                    "Kyiv": ("3,000", dt.date(2024, 10, 30), ("example.org",), "https://example.org/briefing")}


def test_dispute_checks_its_fields():
    with pytest.raises(Exception):
        Dispute("q", "q", "s", score=float("nan"))
    with pytest.raises(Exception):
        dispute("not a comparison")


# ------------------------------------------------------------ the step chart


def test_chart_has_one_step_line_per_actor(sample):
    d = by_id(sample.disputes())["north-korean-troops-deployed-russia"]
    actors = {f.actor_id for f in d.figures if f.as_of is not None}
    assert len(actors) == 5  # NIS, White House, Zelensky, Pentagon, Pat Ryder
    svg = chart_svg(d, prefix="q0-")
    steps = set(re.findall(r'<g id="q0-step-(\d+)"', svg))
    assert steps == {str(k) for k in range(len(actors))}
    # the Pentagon's revision is dashed; Zelensky vs the Pentagon is one conflict bar labelled with its ratio
    assert len(re.findall(r'<g id="q0-rev-\d+"', svg)) == 1
    assert len(re.findall(r'<g id="q0-conflict-\d+"', svg)) == 1 and "×3.3" in svg
    # the range is a band, not a point
    assert re.search(r'<g id="q0-band-\d+-\d+"', svg)
    # every id is prefixed, every reference too
    assert not re.search(r'\bid="(?!q0-)', svg) and not re.search(r'url\(#(?!q0-)', svg)
    # the source line: outlets and dates
    assert "Harbour Street Ledger" in svg and "figures as of 18 Oct – 17 Dec 2024" in svg


def test_chart_artists(sample):
    d = by_id(sample.disputes())["north-korean-troops-deployed-kursk"]
    ax = step_chart(d).axes[0]
    gids = [a.get_gid() or "" for a in ax.get_children()]
    assert sum(g.startswith("step-") for g in gids) == len({f.actor_id for f in d.figures if f.as_of})
    bands = [a for a in ax.collections if (a.get_gid() or "").startswith("band-")]
    assert [b.get_hatch() for b in bands] == ["////"]  # "thousands": a hatched band
    assert not any(g.startswith("conflict-") for g in gids)


def test_log_axis_with_readable_ticks():
    [c] = compare([said_on("A", Figure(30), "2024-10-01"), said_on("B", Figure(30000), "2024-10-01")])
    d = dispute(c)
    fig = step_chart(d)
    assert fig.axes[0].get_yscale() == "log"
    svg = chart_svg(d)
    labels = re.findall(r">([\d,.]+k?)</text>", svg)
    assert {"100", "1k", "10k"} <= set(labels)  # plain labels, as in the comparison charts
    assert "10^" not in svg and "$" not in svg


def test_chart_caps_actors_and_says_so():
    claims = [said_on(f"Actor {k}", Figure(100 * (k + 1)), f"2024-10-{k + 1:02d}") for k in range(MAX_ACTORS + 2)]
    [c] = compare(claims, window=0)
    svg = chart_svg(dispute(c))
    assert len(set(re.findall(r'<g id="d-step-(\d+)"', svg))) == MAX_ACTORS
    assert "2 more actors not drawn" in svg


def test_chart_escapes_names():
    [c] = compare([said_on(EVIL, Figure(3), "2024-10-01"), said_on("B $x^2$", Figure(30), "2024-10-01")])
    svg = chart_svg(dispute(c))
    assert "<script" not in svg and "&lt;script&gt;alert(1)&lt;/script&gt;" in svg and "$x^2$" in svg


# ------------------------------------------------------------ the front page and the notebook


def test_front_page_opens_on_the_disputes_most_contested_first(sample):
    files = render(sample, charts=False)
    page = files["index.html"]
    body = page[page.index("<body>"):]
    assert re.match(r"<body>\s*<h1>[^<]*</h1>\s*<section id=\"disputes\"", body)
    section = body[:body.index("</section>")]
    first = section.index("As of 23 Dec 2024: Joint Chiefs of Staff ~1,100")
    second = section.index("As of 28 Oct 2024: Volodymyr Zelensky ~3,000")
    assert first < second
    assert body.index("</section>") < body.index("Disputed quantities") and body.index("</section>") < body.index(" claims from ")
    # each disputed quantity: sentence, chart, latest-figure table
    assert section.count('<article class="dispute"') == 2 and section.count("<svg") == 2
    assert section.count('<table class="latest">') == 2
    assert "more than 3,000" in section and "11,000–12,000" in section
    # the page stays offline: the CSP forbids every request, nothing is loaded
    assert "default-src &#x27;none&#x27;" in page
    assert not re.search(r'\ssrc\s*=', section) and "<link" not in page and "@import" not in page


def test_front_page_escapes_a_hostile_actor():
    outlet = "<img src=x onerror=alert(2)>"
    doc = Document("d1", "x", title=EVIL, publisher=outlet, url="javascript:alert(1)", published="2024-10-20")
    cg = ClaimGraph(Corpus(documents=[doc], claims=[
        Claim(Actor(EVIL), Figure(1500), "troops", document="d1"),
        Claim(Actor("Kyiv"), Figure(10000, qualifier="about"), "troops", document="d1")]))
    page = index_html(cg, {})
    section = page[page.index('<section id="disputes"'):page.index("</section>")]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; 1,500 vs Kyiv ~10,000" in section
    assert "<script>alert" not in page and "<script" not in section and "<img" not in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in section  # the outlet, in the latest-figure table
    assert "javascript:" not in page


def test_notebook_view_shows_the_disputes_first(sample):
    html = sample._repr_html_()
    assert html.startswith('<section id="disputes"')
    assert html.index("As of 23 Dec 2024: Joint Chiefs of Staff") < html.index("<table><caption>ClaimGraph")
    df = sample.disputes_df()
    assert df.quantity_id.iloc[0] == "north-korean-troops-casualties-kursk"
    assert list(df.score) == sorted(df.score, reverse=True)
    actors = sample.disputes_df(per="actor")
    pentagon = actors[(actors.quantity_id == "north-korean-troops-deployed-russia") & (actors.actor == "Pentagon")]
    assert pentagon.figure.tolist() == ["11,000–12,000"] and pentagon.value.isna().all()
    with pytest.raises(ValueError):
        sample.disputes_df(per="claim")
