"""claimgraph follow and changes, against a local HTTP server on 127.0.0.1
(nothing leaves the machine): feeds, pages, a changed page, errors, robots.txt,
requests per host, an interrupted run; and the incremental relations of the
store, which must equal a full refresh."""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from claimgraph import store as cstore
from claimgraph.cli import main
from claimgraph.fetch import FetchOptions
from claimgraph.follow import follow, read_runs

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

PAGES = Path(__file__).resolve().parent / "follow"
FAST = ["--timeout", "0.5", "-q"]


class Site:
    """What the test server serves: path -> (status, headers, body, delay in
    seconds); a body may be a list of chunks (sent without Content-Length)."""

    def __init__(self):
        self.routes: dict[str, tuple] = {}
        self.hits: list[tuple[str, str]] = []
        self.lock = threading.Lock()
        self.in_flight = self.most_in_flight = 0
        self.base = ""

    def page(self, path: str, name_or_text: str, *, status: int = 200, content_type="text/html; charset=utf-8",
             delay: float = 0.0, headers=()) -> str:
        body = (PAGES / name_or_text).read_bytes() if name_or_text.endswith(".html") else name_or_text.encode()
        self.routes[path] = (status, {"Content-Type": content_type, **dict(headers)}, body, delay)
        return self.base + path

    def feed(self, path: str, links: list[str], updated: dict | None = None) -> str:
        items = "".join(f"<item><title>{i}</title><link>{link}</link><guid>{link}</guid>"
                        + (f"<pubDate>{updated[link]}</pubDate>" if updated and link in updated else "") + "</item>"
                        for i, link in enumerate(links))
        rss = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Nantes</title>' \
              f"<link>{self.base}/</link><description>x</description>{items}</channel></rss>"
        return self.page(path, rss, content_type="application/rss+xml")

    def fetched(self, path: str) -> int:
        return sum(1 for p, _ in self.hits if p == path)


@pytest.fixture
def site():
    s = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            with s.lock:
                s.hits.append((self.path, self.headers.get("User-Agent", "")))
                s.in_flight += 1
                s.most_in_flight = max(s.most_in_flight, s.in_flight)
            try:
                status, headers, body, delay = s.routes.get(self.path, (404, {"Content-Type": "text/plain"},
                                                                        b"not found", 0))
                if delay:
                    time.sleep(delay)
                # (counted out before the reply is written: once the client has the last byte it may start the
                # next request before this thread runs again, and a count kept until then would see one too many)
                with s.lock:
                    s.in_flight -= 1
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                if isinstance(body, list):  # no length: the client cannot know the size beforehand
                    self.send_header("Connection", "close")
                    self.end_headers()
                    for chunk in body:
                        self.wfile.write(chunk)
                    return
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    s.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield s
    server.shutdown()
    server.server_close()


def run(store, *sources, capsys, extra=()):
    code = main(["follow", *map(str, sources), "--store", str(store), "--format", "json", *FAST, *extra])
    return code, json.loads(capsys.readouterr().out)


def test_a_story_followed_over_three_runs(site, tmp_path, capsys):
    """The "done when" of issue 14: two outlets give the police figure, then
    organisers claim a far larger crowd for the same day."""
    store = tmp_path / "store"
    feed = site.feed("/feed.xml", [site.page("/fr/maternite", "police-fr.html"),
                                   site.page("/en/maternity", "police-en.html")])
    code, first = run(store, feed, capsys=capsys)
    assert code == 0 and first["errors"] == []
    assert first["documents_new"] == 2 and first["conflicts_new"] == []
    assert sorted((c["actor"], c["figure"], c["quantity_id"]) for c in first["claims_new"]) == [
        ("police", "6,200", "protesters-nantes-2026-05-16")] * 2
    assert {c["outlet"] for c in first["claims_new"]} == {"Le Courrier de l'Erdre", "Western France Today"}

    site.feed("/feed.xml", [site.page("/fr/organisateurs", "organisers-fr.html"),
                            site.base + "/fr/maternite", site.base + "/en/maternity"])
    code, second = run(store, feed, capsys=capsys, extra=["--fail-on-new-conflict"])
    assert code == 3
    assert second["documents_new"] == 1 and second["errors"] == []
    assert [(c["actor"], c["figure"]) for c in second["claims_new"]] == [("organisateurs", "25,000")]
    [conflict] = second["conflicts_new"]
    sides = sorted((conflict["a"], conflict["b"]), key=lambda s: s["actor"])
    assert [(s["actor"], s["figure"], s["as_of"]) for s in sides] == [
        ("organisateurs", "25,000", "2026-05-16"), ("police", "6,200", "2026-05-16")]
    assert conflict["quantity_id"] == "protesters-nantes-2026-05-16" and conflict["ratio"] == pytest.approx(4.03)
    assert conflict["days_apart"] == 0 and second["revisions_new"] == []
    assert [(w["before"], w["after"]) for w in second["spreads_widened"]] == [(1.0, 4.03)]
    # the pages seen were not fetched again
    assert site.fetched("/fr/maternite") == site.fetched("/en/maternity") == 1
    assert all("claimgraph" in agent for _, agent in site.hits)

    code, third = run(store, feed, capsys=capsys, extra=["--fail-on-new-conflict"])
    assert code == 0
    assert third == {"documents_new": 0, "claims_new": [], "conflicts_new": [], "revisions_new": [],
                     "spreads_widened": [], "errors": []}
    # the store holds the three articles and the conflict; the raw pages are kept in it
    assert main(["conflicts", "--store", str(store), "--format", "json"]) == 0
    [disputed] = [c for c in json.loads(capsys.readouterr().out) if c["conflicts"]]
    assert disputed["quantity_id"] == "protesters-nantes-2026-05-16"
    assert len(list((store / "follow" / "pages").glob("*.html"))) == 3
    assert [r["documents_new"] for r in read_runs(store)] == [2, 1, 0]

    # what changed: since the last run, nothing; since the start, all of it
    assert main(["changes", "--store", str(store), "--format", "json"]) == 0
    last = json.loads(capsys.readouterr().out)
    assert (last["runs"], last["documents_new"], last["conflicts_new"]) == (1, 0, [])
    assert main(["changes", "--store", str(store), "--since", "2000-01-01", "--format", "json"]) == 0
    since = json.loads(capsys.readouterr().out)
    counts = (since["runs"], since["documents_new"], len(since["claims_new"]), len(since["conflicts_new"]))
    assert counts == (3, 3, 3, 1)
    assert main(["changes", "--store", str(store), "--since", "2000-01-01"]) == 0
    table = capsys.readouterr().out
    assert table.startswith("3 new documents, 3 new claims, 1 new conflict, 0 revisions")
    assert "organisateurs 25,000" in table
    page = tmp_path / "out" / "whats-new.html"
    assert main(["changes", "--store", str(store), "--since", "2000-01-01", "--format", "html", "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert 'href="charts/protesters-nantes-2026-05-16.html"' in html and 'href="index.html#disputes"' in html
    assert "script-src 'none'" in html and "<script" not in html


def test_a_changed_page_is_a_new_version(site, tmp_path, capsys):
    store = tmp_path / "store"
    url = site.page("/fr/maternite", "police-fr.html")
    assert run(store, url, capsys=capsys)[1]["documents_new"] == 1
    assert run(store, url, capsys=capsys)[1]["documents_new"] == 0  # fetched again, same body
    changed = (PAGES / "police-fr.html").read_text(encoding="utf-8").replace("6 200 personnes", "7 100 personnes")
    site.page("/fr/maternite", changed)
    code, second = run(store, url, capsys=capsys)
    assert second["documents_new"] == 1
    assert [(c["actor"], c["figure"]) for c in second["claims_new"]] == [("police", "7,100")]
    claims = cstore.read_store(cstore.open_store(store, read_only=True)).claims
    assert [str(c.figure) for c in claims] == ["7,100"]  # the new version replaced the old one
    assert run(store, url, capsys=capsys)[1]["documents_new"] == 0
    assert len(list((store / "follow" / "pages").glob("*.html"))) == 2  # both versions kept


def test_a_feed_entry_is_fetched_again_only_when_the_feed_says_it_was_updated(site, tmp_path):
    store, options = tmp_path / "store", FetchOptions(timeout=1)
    url = site.page("/fr/maternite", "police-fr.html")
    feed = site.feed("/feed.xml", [url], {url: "Sat, 16 May 2026 18:00:00 GMT"})
    assert follow(store, [feed], options=options).documents_new == 1
    changed = (PAGES / "police-fr.html").read_text(encoding="utf-8").replace("6 200 personnes", "7 100 personnes")
    site.page("/fr/maternite", changed)
    assert follow(store, [feed], options=options).documents_new == 0  # the feed says nothing changed
    assert site.fetched("/fr/maternite") == 1
    site.feed("/feed.xml", [url], {url: "Sun, 17 May 2026 09:00:00 GMT"})
    result = follow(store, [feed], options=options)
    assert result.documents_new == 1 and [c["figure"] for c in result.claims_new] == ["7,100"]
    assert site.fetched("/fr/maternite") == 2


def test_what_cannot_be_had_is_one_line_each_and_the_run_goes_on(site, tmp_path, capsys):
    store = tmp_path / "store"
    huge = b"<html><body><p>" + b"x" * 300_000 + b"</p></body></html>"
    site.routes["/huge-streamed"] = (200, {"Content-Type": "text/html"}, [huge[i:i + 8192] for i in
                                                                         range(0, len(huge), 8192)], 0)
    links = [site.page("/fr/maternite", "police-fr.html"),
             site.base + "/gone",  # 404
             site.page("/slow", "police-en.html", delay=2.0),
             site.page("/huge", huge.decode()),
             site.base + "/huge-streamed",
             site.page("/report.pdf", "%PDF-1.4", content_type="application/pdf"),
             site.page("/moved", "", status=301, headers={"Location": "http://localhost:9/elsewhere"}),
             site.page("/old-article", "", status=302, headers={"Location": "/"}),
             site.page("/latin", "<html><body><p>caf\xe9</p></body></html>".encode("latin-1").decode("latin-1"),
                       content_type="text/html; charset=utf-8"),
             ]
    # a body that is not valid in the charset it declares
    site.routes["/latin"] = (200, {"Content-Type": "text/html; charset=utf-8"},
                             b"<html><body><p>caf\xe9 cr\xe8me</p></body></html>", 0)
    feed = site.feed("/feed.xml", links)
    code, out = run(store, feed, "http://127.0.0.1:1/feed.xml", capsys=capsys, extra=["--max-bytes", "100000"])
    assert code == 0 and out["documents_new"] == 1
    errors = {e["source"].removeprefix(site.base): e["error"] for e in out["errors"]}
    assert errors.pop("/gone") == "HTTP 404 Not Found"
    assert "timeout" in errors.pop("/slow")
    assert "too large" in errors.pop("/huge") and "too large" in errors.pop("/huge-streamed")
    assert "not an HTML page" in errors.pop("/report.pdf")
    assert "another site" in errors.pop("/moved")
    assert "front page" in errors.pop("/old-article")
    assert "bad encoding" in errors.pop("/latin")
    assert "cannot connect" in errors.pop("http://127.0.0.1:1/feed.xml")
    assert errors == {}
    assert all("\n" not in e["error"] for e in out["errors"])
    # failed pages are tried again next time; the good one is not fetched again
    site.page("/gone", "police-en.html")
    code, again = run(store, feed, capsys=capsys, extra=["--max-bytes", "100000"])
    assert again["documents_new"] == 1 and site.fetched("/fr/maternite") == 1


def test_robots_txt_is_honoured_unless_ignored(site, tmp_path, capsys):
    store = tmp_path / "store"
    site.page("/robots.txt", "User-agent: claimgraph\nDisallow: /private/\n", content_type="text/plain")
    private = site.page("/private/maternite", "police-fr.html")
    public = site.page("/en/maternity", "police-en.html")
    code, out = run(store, private, public, capsys=capsys)
    assert out["documents_new"] == 1 and site.fetched("/private/maternite") == 0
    [error] = out["errors"]
    assert error["source"] == private and "robots.txt" in error["error"] and "--ignore-robots" in error["error"]
    assert site.fetched("/robots.txt") == 1
    code, out = run(store, private, capsys=capsys, extra=["--ignore-robots"])
    assert out["documents_new"] == 1 and out["errors"] == [] and site.fetched("/private/maternite") == 1


def test_at_most_n_requests_per_host_at_once(site, tmp_path):
    urls = [site.page(f"/p{i}", "police-en.html", delay=0.3) for i in range(6)]
    result = follow(tmp_path / "store", urls, options=FetchOptions(timeout=2, per_host=2, robots=False), workers=8)
    # six addresses; the page's canonical link names another site, which it may not speak for: six documents
    assert result.errors == () and result.documents_new == 6
    assert site.most_in_flight == 2


def test_an_interrupted_run_is_simply_run_again(site, tmp_path, monkeypatch):
    store = tmp_path / "store"
    options = FetchOptions(timeout=1)
    feed = site.feed("/feed.xml", [site.page("/fr/maternite", "police-fr.html")])
    assert follow(store, [feed], options=options).documents_new == 1
    site.feed("/feed.xml", [site.page("/fr/organisateurs", "organisers-fr.html"), site.base + "/fr/maternite"])

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cstore, "refresh_comparisons", interrupted)
    with pytest.raises(KeyboardInterrupt):
        follow(store, [feed], options=options)
    assert (store / "follow" / "journal.json").exists()
    monkeypatch.undo()
    again = follow(store, [feed], options=options)
    assert again.documents_new == 1 and [c["figure"] for c in again.claims_new] == ["25,000"]
    assert len(again.conflicts_new) == 1 and not (store / "follow" / "journal.json").exists()
    assert follow(store, [feed], options=options).to_dict()["conflicts_new"] == []


def test_local_files_and_url_lists_are_sources_and_article_text_stays_text(site, tmp_path, capsys):
    store = tmp_path / "store"
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# the story\n{site.page('/fr/maternite', 'police-fr.html')}\n", encoding="utf-8")
    article = tmp_path / "articles" / "hostile.txt"
    article.parent.mkdir()
    article.write_text("---\ntitle: <script>alert(1)</script> Nantes\npublished: 2026-05-16\nlanguage: fr\n---\n"
                       "Selon les organisateurs, 25 000 personnes ont manifesté à Nantes samedi <script>alert(2)</script>.\n", encoding="utf-8")
    code, out = run(store, urls, article.parent, capsys=capsys)
    assert out["documents_new"] == 2 and len(out["conflicts_new"]) == 1
    assert run(store, urls, article.parent, capsys=capsys)[1]["documents_new"] == 0
    page = tmp_path / "digest.html"
    assert main(["changes", "--store", str(store), "--since", "2000-01-01", "--format", "html", "-o", str(page),
                 "--report", "../out"]) == 0
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html and "&lt;script&gt;alert(" in html and 'href="../out/index.html#disputes"' in html
    assert main(["follow", str(tmp_path / "missing.txt"), "--store", str(store)]) == 2
    assert "missing.txt: not found" in capsys.readouterr().err


def test_incremental_relations_equal_a_full_refresh(tmp_path, data_dir, monkeypatch):
    """Adding articles one by one, each comparing only what it touched, gives
    the relations a full refresh gives; and never reads the whole store."""
    store = cstore.open_store(tmp_path / "s", create=True)
    files = sorted(data_dir.glob("*.txt"))
    monkeypatch.setattr(cstore, "read_store", lambda *a: pytest.fail("read the whole store"))
    for f in files:
        cstore.ingest(store, [f])
    graph = cstore._COMPARISONS
    incremental = set(store.quads_for_pattern(None, None, None, graph))
    monkeypatch.undo()
    cstore.refresh_comparisons(store)
    assert incremental and set(store.quads_for_pattern(None, None, None, graph)) == incremental
    # an edited article moves its relations with it
    edited = tmp_path / files[0].name
    edited.write_text(files[0].read_text(encoding="utf-8").replace("3 000", "4 500"), encoding="utf-8")
    ids = cstore.document_ids(store, [files[0]])
    from claimgraph.inputs import load

    touched: set = set()
    cstore.add_corpus(store, load([edited], doc_ids={edited: ids[files[0]]}), touched=touched)
    cstore.refresh_comparisons(store, quantities=touched)
    incremental = set(store.quads_for_pattern(None, None, None, graph))
    cstore.refresh_comparisons(store)
    assert set(store.quads_for_pattern(None, None, None, graph)) == incremental
