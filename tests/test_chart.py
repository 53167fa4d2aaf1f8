"""Figure-comparison chart and timeline: drawing, files, escaping, CLI."""
import re

import pytest
from matplotlib.patches import Rectangle
from matplotlib.text import Annotation

from claimgraph.chart import Chart, chart, write_chart
from claimgraph.chartplot import MAX_ROWS, order
from claimgraph.cli import main
from claimgraph.compare import compare
from claimgraph.errors import ClaimgraphError
from claimgraph.explore import ClaimGraph
from claimgraph.model import Actor, Claim, Corpus, Document, Figure

US, UA, KR = Actor("US officials", "group"), Actor("Ukraine", "country"), Actor("Seoul", "country")


def soldiers():
    said = lambda who, fig, day=None, **kw: Claim(who, fig, "North Korean soldiers", stated_on=day, **kw)
    return [said(US, Figure(3000, qualifier="about"), "2024-10-30", document="d1", evidence="about 3,000"),
            said(UA, Figure(10000, qualifier="about"), "2024-11-01"),  # within the 3-day window of US
            said(US, Figure(12000, qualifier="about"), "2024-12-16"),
            said(KR, Figure(None, 2000, 9999, "vague"), document="d1")]


@pytest.fixture
def cmp():
    [c] = compare(soldiers())
    return c


DOCS = [Document("d1", "x", title="Seoul daily", url="https://example.org/d1", published="2024-10-20")]


def test_order_groups_by_claimant_then_date(cmp):
    c = chart(cmp, documents=DOCS)
    names = [x.claimant_name for x in c.claims_in_order()]
    assert names == ["Seoul", "US officials", "US officials", "Ukraine"]  # Seoul dated by its article
    assert [str(x.figure) for x in c.claims_in_order()[1:3]] == ["about 3,000", "about 12,000"]
    assert order(cmp.claims, {})[-1].claimant_name == "Ukraine"  # nothing dated: by name


def test_figure_marks_every_claim_conflict_and_revision(cmp):
    fig = chart(cmp).figure()
    forest, timeline = fig.axes
    assert forest.get_xscale() == "linear" and timeline.get_yscale() == "linear"
    labels = [t.get_text() for t in forest.get_yticklabels()]
    assert labels == ["US officials \u00b7 2024-10-30", "2024-12-16", "Ukraine \u00b7 2024-11-01", "Seoul \u00b7 undated"]
    gids = {a.get_gid() for a in forest.get_children() if a.get_gid()}
    assert {"cgc0", "cgc1", "cgc2", "cgc3", "cgb0", "cgb1", "cgb2"} <= gids
    vague = [p for p in forest.patches if isinstance(p, Rectangle) and p.get_gid() == "cgc3"]
    assert len(vague) == 1 and vague[0].get_width() == pytest.approx(9999 - 2000)
    red = [ln for ln in forest.lines if ln.get_markeredgecolor() == "#d62728"]
    assert cmp.conflicts and len(red) == len({i for r in cmp.conflicts for i in (r.a, r.b)})
    arrows = [a for a in forest.get_children() if isinstance(a, Annotation)]
    assert len(arrows) == len(cmp.revisions) == 1
    assert "1 undated claim not shown" in timeline.get_title(loc="left")


def test_log_scale_when_figures_span_decades():
    [c] = compare([Claim(US, Figure(30), "x"), Claim(UA, Figure(30000), "x")])
    assert chart(c, kind="figures").figure().axes[0].get_xscale() == "log"
    assert chart(c, kind="timeline").figure().axes[0].get_yscale() == "log"


def test_timeline_without_dates_says_so():
    [c] = compare([Claim(US, Figure(3), "x")])
    ax = chart(c, kind="timeline").figure().axes[0]
    assert any(t.get_text() == "no dated claims" for t in ax.texts)


def test_svg_has_an_escaped_tooltip_per_claim(cmp):
    evil = Actor("<script>window.__pwned=1</script> $x^2$ & co")
    [c] = compare([*soldiers(), Claim(evil, Figure(5), "North Korean soldiers", evidence="<img src=x onerror=alert(1)>")])
    svg = chart(c).to_svg()
    titles = re.findall(r'<g id="cgc(\d+)" class="claim"><title>(.*?)</title>', svg, re.S)
    assert sorted(int(i) for i, _ in titles) == [0, 1, 2, 3, 4]
    assert "<script" not in svg and "<img" not in svg
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt; $x^2$ &amp; co" in svg  # dollars kept literally
    assert 'href="#claim-0"' in svg


def test_saves_exactly_the_file_asked_for(tmp_path, cmp):
    c = chart(cmp, documents=DOCS)
    for name in ("c.html", "c.png", "c.svg"):
        c.save(tmp_path / name)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.html", "c.png", "c.svg"]
    assert (tmp_path / "c.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (tmp_path / "c.svg").read_text(encoding="utf-8").startswith("<?xml")
    page = (tmp_path / "c.html").read_text(encoding="utf-8")
    assert "<script" not in page and "script-src &#x27;none&#x27;" in page
    assert page.count('<tr id="claim-') == 4 and 'href="https://example.org/d1"' in page
    assert "revised to about 12,000 (2024-12-16)" in page
    with pytest.raises(ClaimgraphError, match=r"\.html, \.png or \.svg"):
        c.save(tmp_path / "c.pdf")
    assert write_chart(cmp, tmp_path / "w.svg").exists()


@pytest.mark.parametrize("options, message", [
    ({"kind": "pie"}, "chart kind"), ({"tolerance": -1}, "tolerance"), ({"title": 3}, "title")])
def test_bad_options(cmp, options, message):
    with pytest.raises(ClaimgraphError, match=message):
        chart(cmp, **options)
    with pytest.raises(ClaimgraphError, match="Comparison"):
        Chart("soldiers")


def test_big_quantities_are_capped():
    [c] = compare([Claim(Actor(f"A{i}"), Figure(100 + i), "x") for i in range(MAX_ROWS + 20)])
    fig = chart(c, kind="figures").figure()
    assert len(fig.axes[0].get_yticklabels()) == MAX_ROWS
    assert f"first {MAX_ROWS} of {MAX_ROWS + 20} claims" in fig._suptitle.get_text()


def test_claimgraph_chart_displays_inline():
    cg = ClaimGraph(Corpus(documents=DOCS, claims=soldiers()))
    ch = cg.chart("north-korean-soldiers")
    assert ch._repr_html_().startswith('<div style="max-width: 100%; overflow: auto;"><svg')
    assert ch._repr_svg_().startswith("<svg") and ch.dates[ch.claims_in_order()[0].id].isoformat() == "2024-10-20"
    assert len(cg.timeline("north-korean-soldiers").figure().axes) == 1
    with pytest.raises(KeyError):
        cg.chart("nope")


def test_cli_chart(tmp_path, capsys, data_dir):
    out = tmp_path / "c.svg"
    assert main(["chart", str(data_dir), "--quantity", "north-korean-troops-killed-kursk", "-o", str(out)]) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["c.svg"] and "<svg" in out.read_text(encoding="utf-8")
    assert main(["chart", str(data_dir), "--quantity", "nope", "-o", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("claimgraph: error: no quantity 'nope'") and err.count("\n") == 1
    assert main(["chart", str(data_dir), "--quantity", "nope", "-o", str(tmp_path / "x.gif")]) == 2
    assert capsys.readouterr().err == f"claimgraph: error: {tmp_path / 'x.gif'}: the chart is written as .html, .png or .svg\n"
    assert [p.name for p in tmp_path.iterdir()] == ["c.svg"]


# --- PNG resolution, source line, legends, log ticks, parallel pages (issue 12) ---

def test_png_is_twice_the_figure_size(cmp):
    from io import BytesIO

    from PIL import Image

    from claimgraph.chartplot import PNG_DPI

    c = chart(cmp, documents=DOCS)
    fig = c.figure()
    img = Image.open(BytesIO(c.to_png()))
    assert PNG_DPI == 200
    assert img.size == (round(fig.get_figwidth() * 200), round(fig.get_figheight() * 200))
    assert round(img.info["dpi"][0]) == 200


def test_source_line_names_outlets_and_dates(cmp):
    docs = [Document("d1", "x", publisher="Seoul <Daily>", published="2024-10-20")]
    c = chart(cmp, documents=docs)
    line = c.source_line()
    assert line == "Source: Seoul <Daily> and 2 curated claims \u00b7 2024-10-20 to 2024-12-16"
    assert c.figure().texts[-1].get_text() == line
    svg = c.to_svg()
    assert "Seoul &lt;Daily&gt; and 2 curated claims" in svg and "<Daily>" not in svg
    many = [Document(f"d{i}", publisher=f"Outlet {i}", url="https://x.example/a") for i in range(7)]
    [c7] = compare([Claim(Actor(f"A{i}"), Figure(10 + i), "x", document=f"d{i}", stated_on="2024-01-02")
                    for i in range(7)])
    assert chart(c7, documents=many).source_line() == \
        "Source: Outlet 0, Outlet 1, Outlet 2, Outlet 3 and 3 more outlets \u00b7 2024-01-02"
    no_publisher = [Document("d0", url="https://www.example.org/story")]
    [c1] = compare([Claim(US, Figure(1), "x", document="d0")])
    assert chart(c1, documents=no_publisher).source_line() == "Source: example.org \u00b7 undated"


def test_legend_says_what_colour_encodes(cmp):
    fig = chart(cmp).figure()
    colour, marks = fig.legends
    assert colour.get_title().get_text() == "Colour = claimant"
    assert [t.get_text() for t in colour.get_texts()] == ["US officials", "Ukraine", "Seoul"]
    assert "Marks" in marks.get_title().get_text() and "in conflict (1 pair)" in [t.get_text() for t in marks.get_texts()]
    [big] = compare([Claim(Actor(f"Body {i:02d}"), Figure(100 + 50 * i), "x") for i in range(14)])
    keys = [t.get_text() for t in chart(big).figure().legends[0].get_texts()]
    assert len(keys) == 11 and keys[-1] == "4 other claimants"


def _tick_labels(axis):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(axis.axes.figure).draw()
    lo, hi = sorted(axis.get_view_interval())
    return [t.get_text() for t in axis.get_ticklabels() if t.get_text() and lo <= t.get_position()[axis is axis.axes.yaxis] <= hi]


@pytest.mark.parametrize("low, high, expected", [
    (30, 45000, ["100", "1k", "10k"]),          # four decades: powers of ten
    (300, 9000, ["200", "500", "1k", "2k", "5k", "10k"]),  # under three: 2 and 5 as well
])
def test_log_axes_have_readable_ticks(low, high, expected):
    [c] = compare([Claim(US, Figure(low), "x", stated_on="2024-10-30"), Claim(UA, Figure(high), "x", stated_on="2024-10-31")])
    fig = chart(c).figure()
    forest, timeline = fig.axes
    assert forest.get_xscale() == timeline.get_yscale() == "log"
    assert _tick_labels(forest.xaxis) == expected
    assert _tick_labels(timeline.yaxis) == expected
    svg = chart(c).to_svg()
    assert ">10k<" in svg and "10^" not in svg and "$" not in svg


def test_chart_pages_in_parallel_are_the_same_and_in_order():
    from claimgraph.chart import chart_pages

    claims = [Claim(Actor(f"A{i % 3}"), Figure(10 ** (1 + i % 4)), f"thing {i // 3}", stated_on=f"2024-10-{1 + i % 3:02d}")
              for i in range(18)]
    cmps = compare(claims)
    assert len(cmps) == 6
    serial = chart_pages(cmps, jobs=1)
    assert chart_pages(cmps, jobs=3) == serial
    assert [p.split("<title>")[1].split("</title>")[0] for p in serial] == [c.label for c in cmps]
    with pytest.raises(ClaimgraphError, match="jobs"):
        chart_pages(cmps, jobs=0)


def test_build_no_charts_and_jobs(tmp_path, data_dir):
    from claimgraph.inputs import load
    from claimgraph.report import build

    corpus = load([data_dir])
    build(corpus, tmp_path / "one", jobs=1)
    build(corpus, tmp_path / "two", jobs=2)
    files = lambda d: {p.relative_to(d).as_posix(): p.read_bytes() for p in sorted(d.rglob("*")) if p.is_file()}
    one, two = files(tmp_path / "one"), files(tmp_path / "two")
    assert [n for n in one if n.startswith("charts/")] and one == two
    assert main(["build", str(data_dir), "-o", str(tmp_path / "none"), "--no-charts"]) == 0
    none = files(tmp_path / "none")
    assert not [n for n in none if n.startswith("charts/")] and "charts/" not in none["index.html"].decode()
    assert set(none) == {n for n in one if not n.startswith("charts/")}
