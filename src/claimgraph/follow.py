"""Follow a story as it develops: fetch what is new from feeds, pages and
files, add it to a store, compare again only what it touched, and say what
changed.

A run of :func:`follow`:

1. reads each SOURCE: an RSS or Atom feed (its entries are the pages), a
   page URL, a file listing URLs (one a line, ``#`` comments), or a local
   article file or folder;
2. fetches only what is new (:mod:`claimgraph.fetch`: robots.txt, timeouts,
   a size cap, a few requests per host at once). Pages are known by their
   canonical URL and the SHA-256 of their body: a feed entry seen before is
   not fetched again unless the feed says it was updated, a page given by
   its URL is asked for conditionally (ETag, Last-Modified), and a page
   whose body changed is a new version of its document (its claims are
   replaced);
3. keeps each raw page in ``STORE/follow/pages/`` (so a re-extraction needs
   no network), reads it with its metadata, extracts it and adds it to the
   store, one transaction per page;
4. compares again the quantities the new pages touched, and only them
   (:func:`claimgraph.store.refresh_comparisons`);
5. returns what changed (:class:`FollowResult`) and appends it to the run
   log ``STORE/follow/runs.jsonl``, which ``claimgraph changes`` reads.

What a run is doing sits in ``STORE/follow/journal.json`` until it ends, so
an interrupted run is simply run again: the next one finishes the
comparison and reports what the broken one had added. Nothing a run writes
is ever half-written (every file is written to a temporary file and
renamed; each page goes into the store in one transaction).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from ._io import atomic_write_text
from .errors import ClaimgraphError, InputError
from .fetch import FetchError, FetchOptions, Fetcher, Page, same_site
from .model import Corpus, slugify

__all__ = ["FOLLOW_DIR", "MAX_ENTRIES", "FollowResult", "follow", "read_runs", "spread"]

#: The folder of the store that holds what ``follow`` knows: pages.json, runs.jsonl, pages/.
FOLLOW_DIR = "follow"
#: Entries read at most from one feed (the newest first, as feeds list them).
MAX_ENTRIES = 200
_URL_LINE = re.compile(r"^https?://\S+$", re.IGNORECASE)


@dataclass(frozen=True)
class FollowResult:
    """What one run changed: documents added (new or a new version), the
    claims they brought, the conflicts and revisions that appeared, the
    quantities whose spread (largest over smallest figure) widened, and one
    line per source that could not be read.

    Examples
    --------
    >>> FollowResult().to_dict()["documents_new"], FollowResult().new_conflict
    (0, False)
    """

    documents_new: int = 0
    claims_new: tuple = ()
    conflicts_new: tuple = ()
    revisions_new: tuple = ()
    spreads_widened: tuple = ()
    errors: tuple = ()

    @property
    def new_conflict(self) -> bool:
        return bool(self.conflicts_new)

    def to_dict(self) -> dict:
        return {"documents_new": self.documents_new, "claims_new": list(self.claims_new),
                "conflicts_new": list(self.conflicts_new), "revisions_new": list(self.revisions_new),
                "spreads_widened": list(self.spreads_widened), "errors": list(self.errors)}


# -- the folder of what follow knows ---------------------------------------------------------------

@dataclass
class _Ledger:
    """``STORE/follow``: the pages seen (pages.json), the run log
    (runs.jsonl), the raw pages (pages/), the journal of a run under way."""

    root: Path
    pages: dict = field(default_factory=dict)  # canonical URL -> what we know of the page
    urls: dict = field(default_factory=dict)  # URL asked for -> canonical URL

    @classmethod
    def open(cls, store_dir: Path) -> "_Ledger":
        root = Path(store_dir) / FOLLOW_DIR
        ledger = cls(root)
        data = _read_json(root / "pages.json", {})
        ledger.pages, ledger.urls = dict(data.get("pages", {})), dict(data.get("urls", {}))
        return ledger

    def known(self, url: str) -> dict | None:
        return self.pages.get(self.urls.get(url, url))

    def save(self) -> None:
        atomic_write_text(self.root / "pages.json", json.dumps(
            {"version": 1, "pages": self.pages, "urls": self.urls}, ensure_ascii=False, indent=1, sort_keys=True))

    def cache(self, page: Page) -> Path:
        path = self.root / "pages" / f"{page.sha256}.html"
        if not path.exists():
            atomic_write_text(path, page.text)
        return path

    @property
    def journal(self) -> Path:
        return self.root / "journal.json"


def _read_json(path: Path, default):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return default
    except (OSError, ValueError) as exc:
        raise ClaimgraphError(f"{path}: cannot be read ({exc}); remove it to start that record afresh") from None


def read_runs(store_dir) -> list[dict]:
    """The run log of a store: one dict per ``follow`` run, oldest first
    (``run``: when it started, UTC, ISO 8601; then the keys of
    :meth:`FollowResult.to_dict`)."""
    path = Path(store_dir) / FOLLOW_DIR / "runs.jsonl"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    runs = []
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                runs.append(json.loads(line))
            except ValueError:
                raise InputError(path, "not a JSON object; the run log is damaged (remove the line)", line=n) from None
    return runs


def _log_run(ledger: _Ledger, record: dict) -> None:
    path = ledger.root / "runs.jsonl"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    atomic_write_text(path, old + json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")


# -- sources ---------------------------------------------------------------------------------------

def _sources(sources) -> tuple[list[str], list[Path]]:
    """URLs (pages or feeds) and local article files, in the order given;
    a local path that does not exist is an InputError before any work."""
    from .ingest import ARTICLE_SUFFIXES
    from .inputs import expand

    urls, files = [], []
    for s in map(str, sources):
        if urlsplit(s).scheme in ("http", "https"):
            urls.append(s)
            continue
        p = Path(s)
        if not p.exists():
            raise InputError(s, "not found: give a feed or page URL (https://...), a file of URLs, an article "
                                "or a folder")
        if p.is_file() and _url_list(p) is not None:
            urls.extend(_url_list(p))
            continue
        found = [f for f in expand([p]) if f.suffix.lower() in ARTICLE_SUFFIXES]
        if p.is_file() and not found:
            raise InputError(s, "neither an article (.txt, .md, .html) nor a file of URLs (one a line)")
        files.extend(found)
    return list(dict.fromkeys(urls)), list(dict.fromkeys(files))


def _url_list(path: Path) -> list[str] | None:
    # a file whose lines are all URLs (blank lines and # comments aside)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return lines if lines and all(_URL_LINE.match(ln) for ln in lines) else None


def _feed_entries(page: Page) -> list[tuple[str, str]]:
    """``(url, updated)`` of a feed's entries (updated: the entry's updated
    or published stamp as written, "" if none)."""
    import io

    import feedparser

    # a stream, never a string: feedparser fetches a string that looks like a URL
    parsed = feedparser.parse(io.BytesIO(page.body), response_headers={
        "content-location": page.final_url, "content-type": "application/xml; charset=utf-8"})
    if not parsed.entries and parsed.get("bozo"):
        raise FetchError(page.url, f"not a readable feed ({' '.join(str(parsed.get('bozo_exception')).split())[:150]})")
    out = []
    for e in parsed.entries[:MAX_ENTRIES]:
        link = e.get("link") or next((x.get("href") for x in e.get("links", ()) if x.get("href")), None)
        if link:
            out.append((urljoin(page.final_url, link.strip()), str(e.get("updated") or e.get("published") or "")))
    return out


# -- the run ---------------------------------------------------------------------------------------

class _Run:
    """The state of one run: the journal's content, kept on disk as it grows."""

    def __init__(self, ledger: _Ledger, started: str):
        self.ledger = ledger
        old = _read_json(ledger.journal, None)
        self.resumed = old is not None
        j = old or {}
        self.started = j.get("run", started)
        self.documents: list[str] = list(j.get("documents", []))
        self.claims: dict[str, dict] = dict(j.get("claims", {}))
        self.touched: set[str] = set(j.get("touched", []))
        self.relations_before: dict[str, list] = dict(j.get("relations_before", {}))
        self.spreads_before: dict[str, list | None] = dict(j.get("spreads_before", {}))
        self.pages: dict[str, dict] = dict(j.get("pages", {}))
        self.urls: dict[str, str] = dict(j.get("urls", {}))

    def save(self) -> None:
        atomic_write_text(self.ledger.journal, json.dumps({
            "run": self.started, "documents": self.documents, "claims": self.claims, "touched": sorted(self.touched),
            "relations_before": self.relations_before, "spreads_before": self.spreads_before,
            "pages": self.pages, "urls": self.urls}, ensure_ascii=False))


def follow(store_dir, sources, *, options: FetchOptions = FetchOptions(), actors=(), tolerance: float = 0.1,
           min_confidence: float = 0.0, workers: int = 8, progress=None) -> FollowResult:
    """One run over ``sources`` into the store at ``store_dir`` (made if
    missing); returns what changed.

    Parameters
    ----------
    store_dir : path
        The store (``claimgraph ingest --store``); ``follow/`` inside it
        holds the pages seen, their raw copies and the run log.
    sources : iterable of str
        Feed or page URLs, files of URLs, article files or folders.
    options : FetchOptions
        Timeouts, size cap, requests per host, robots.txt.
    actors : iterable of paths
        Extra gazetteer files.
    workers : int
        Requests in flight at most, all hosts together.
    progress : callable, optional
        Called with a short description of each step.

    Raises
    ------
    ClaimgraphError
        A local SOURCE that does not exist, or a store that cannot be
        opened. What goes wrong with one page is in ``errors`` instead.
    """
    from .store import open_store

    say = progress or (lambda _: None)
    urls, files = _sources(sources)
    store_dir = Path(store_dir)
    store = open_store(store_dir, create=True)
    ledger = _Ledger.open(store_dir)
    run = _Run(ledger, _now())
    errors: list[dict] = []
    say("fetching")
    with Fetcher(options) as fetcher, ThreadPoolExecutor(max(1, workers)) as pool:
        pages = _fetch_all(fetcher, pool, urls, ledger, errors)
    say("reading the new pages")
    for page in pages:
        _add_page(store, run, ledger, page, errors, actors, min_confidence)
    for path in files:
        _add_file(store, run, ledger, path, errors, actors, min_confidence)
    say("comparing what changed")
    result = _finish(store, run, tolerance, errors)
    ledger.pages.update(run.pages)
    ledger.urls.update(run.urls)
    ledger.save()
    _log_run(ledger, {"run": run.started, "finished": _now(), "sources": [str(s) for s in sources],
                      **result.to_dict()})
    ledger.journal.unlink(missing_ok=True)
    store.flush()
    return result


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def _fetch_all(fetcher: Fetcher, pool, urls, ledger: _Ledger, errors: list) -> list[Page]:
    """The pages to read this run, in source order: the pages given, and the
    entries of the feeds given that are new or updated."""
    def get(url, feed):
        known = ledger.known(url) or {}
        try:
            return fetcher.get(url, feed=feed, etag=known.get("etag"), last_modified=known.get("last_modified"))
        except FetchError as exc:
            errors.append({"source": url, "error": exc.reason})
            return None

    firsts = list(pool.map(lambda u: get(u, True), urls))
    pages, wanted = [], []
    for page in firsts:
        if page is None or page.unchanged:
            continue
        if page.kind == "html":
            pages.append((page, ""))
            continue
        try:
            entries = _feed_entries(page)
        except FetchError as exc:
            errors.append({"source": page.url, "error": exc.reason})
            continue
        for url, updated in entries:
            known = ledger.known(url)
            if known is None or (updated and known.get("updated") != updated):
                wanted.append((url, updated))
    wanted = list(dict.fromkeys(wanted))
    for (url, updated), page in zip(wanted, pool.map(lambda w: get(w[0], False), wanted)):
        if page is not None and page.unchanged:  # 304: the same page; remember the feed's new stamp
            ledger.known(url)["updated"] = updated
        elif page is not None:
            pages.append((page, updated))
    return [_Stamped(p, u) for p, u in pages]


@dataclass(frozen=True)
class _Stamped:
    page: Page
    updated: str


def _document_id(canonical: str) -> str:
    """A readable, stable document id for a page: its host and path, and a
    short hash of the whole URL (two pages never share one).

    Examples
    --------
    >>> _document_id("https://www.example.org/news/2026/05/march?utm=x")
    'example-org-news-2026-05-march-97cefe15'
    """
    parts = urlsplit(canonical)
    host = (parts.hostname or "").removeprefix("www.")
    return f"{slugify(host + parts.path, 60)}-{hashlib.sha1(canonical.encode('utf-8')).hexdigest()[:8]}"


def _add_page(store, run: _Run, ledger: _Ledger, stamped: _Stamped, errors, actors, min_confidence) -> None:
    from .ingest import read_article

    page = stamped.page
    known = run.pages.get(run.urls.get(page.url, page.url)) or ledger.known(page.url)
    if known is not None and known.get("sha256") == page.sha256:
        _seen(run, page.url, known, page, stamped.updated)
        return
    try:
        cached = ledger.cache(page)
        canonical = read_article(cached, "page").url
    except ClaimgraphError as exc:
        errors.append({"source": page.url, "error": _reason(exc)})
        return
    if not canonical or not same_site(canonical, page.final_url):  # a page may not speak for another site's
        canonical = page.final_url
    entry = run.pages.get(canonical) or ledger.pages.get(canonical)
    if entry is not None and entry.get("sha256") == page.sha256:  # the same page under another address
        _seen(run, page.url, entry, page, stamped.updated, canonical)
        return
    doc_id = entry["document"] if entry else _document_id(canonical)
    corpus = _read(cached, doc_id, page.url, errors, actors, min_confidence, url=canonical)
    if corpus is None:
        return
    _store(store, run, corpus)
    now = _now()
    run.pages[canonical] = {"document": doc_id, "sha256": page.sha256, "cached": f"pages/{cached.name}",
                            "url": page.final_url, "etag": page.etag, "last_modified": page.last_modified,
                            "updated": stamped.updated, "first_seen": (entry or {}).get("first_seen", now),
                            "changed": now}
    run.urls[page.url] = run.urls[page.final_url] = canonical
    run.save()


def _seen(run: _Run, url: str, entry: dict, page: Page, updated: str, canonical: str | None = None) -> None:
    canonical = canonical or run.urls.get(url) or run.urls.get(page.final_url) or url
    entry = dict(entry, etag=page.etag or entry.get("etag"), last_modified=page.last_modified or entry.get(
        "last_modified"), updated=updated or entry.get("updated", ""))
    run.pages[canonical] = entry
    run.urls[url] = canonical


def _add_file(store, run: _Run, ledger: _Ledger, path: Path, errors, actors, min_confidence) -> None:
    from .store import document_ids

    key = path.resolve().as_uri()
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        errors.append({"source": str(path), "error": f"cannot read: {exc.strerror or exc}"})
        return
    entry = run.pages.get(key) or ledger.pages.get(key)
    if entry is not None and entry.get("sha256") == digest:
        return
    doc_id = entry["document"] if entry else document_ids(store, [path])[path]
    corpus = _read(path, doc_id, str(path), errors, actors, min_confidence)
    if corpus is None:
        return
    _store(store, run, corpus)
    now = _now()
    run.pages[key] = {"document": doc_id, "sha256": digest, "path": str(path),
                      "first_seen": (entry or {}).get("first_seen", now), "changed": now}
    run.save()


def _read(path: Path, doc_id: str, source: str, errors, actors, min_confidence, url: str | None = None):
    from .inputs import load

    try:
        corpus = load([path], actors=actors, min_confidence=min_confidence, doc_ids={path: doc_id})
    except ClaimgraphError as exc:
        errors.append({"source": source, "error": _reason(exc)})
        return None
    if url is not None:  # the page's own address when it names none
        docs = tuple(d if d.url else dataclasses.replace(d, url=url) for d in corpus.documents)
        corpus = Corpus(docs, corpus.claims, corpus.actors)
    return corpus


def _reason(exc: Exception) -> str:
    return getattr(exc, "message", None) or getattr(exc, "reason", None) or str(exc)


def _store(store, run: _Run, corpus: Corpus) -> None:
    """Add one document's corpus to the store, the journal first: what the
    relations and spreads were before it, and the claims it brings."""
    from .store import add_corpus, read_quantities, stored_claim_ids, stored_relations

    qids = {c.quantity_id for c in corpus.claims} - set(run.spreads_before)
    if qids:
        before = read_quantities(store, sorted(qids))
        for qid in qids:
            run.spreads_before[qid] = spread(c for c in before.claims if c.quantity_id == qid)
    held = stored_claim_ids(store, [c.id for c in corpus.claims])
    docs = {d.id: d for d in corpus.documents}
    for c in corpus.claims:
        if c.id not in held:
            run.claims[c.id] = _claim_entry(c, docs)
    run.documents.extend(d.id for d in corpus.documents if d.id not in run.documents)
    # the relations as the store held them before this run touched their quantity
    now = {c.quantity_id for c in corpus.claims}
    for qid in sorted(now - set(run.relations_before)):
        run.relations_before[qid] = stored_relations(store, [qid])
    run.touched.update(now)
    run.save()
    touched: set[str] = set()
    add_corpus(store, corpus, touched=touched)
    if touched - run.touched:  # the quantities its old version was about (relations not yet refreshed)
        for qid in sorted(touched - set(run.relations_before)):
            run.relations_before[qid] = stored_relations(store, [qid])
        run.touched.update(touched)
        run.save()


def _finish(store, run: _Run, tolerance: float, errors: list) -> FollowResult:
    from .store import refresh_comparisons, stored_claim_ids

    comparisons = refresh_comparisons(store, tolerance, quantities=run.touched)
    kept = stored_claim_ids(store, list(run.claims))
    claims = tuple(v for k, v in run.claims.items() if k in kept)
    conflicts, revisions, widened = [], [], []
    for cmp in comparisons:
        before = run.relations_before.get(cmp.quantity_id, [])
        old = {(r["kind"], frozenset((r["statementA"], r["statementB"]))) for r in before if r["statementA"]} | \
              {(r["kind"], frozenset((r["claimA"], r["claimB"]))) for r in before}
        by_id = {c.id: c for c in cmp.claims}
        for r in cmp.relations:
            if r.kind == "agreement" or (r.kind, frozenset((r.a_statement, r.b_statement))) in old \
                    or (r.kind, frozenset((r.a, r.b))) in old:
                continue
            (conflicts if r.kind == "conflict" else revisions).append(_relation_entry(cmp, r, by_id))
        was, now = run.spreads_before.get(cmp.quantity_id), spread(cmp.claims)
        if was and now and now[1] / now[0] > was[1] / was[0] * (1 + 1e-9):
            widened.append({"quantity_id": cmp.quantity_id, "label": cmp.label,
                            "before": round(was[1] / was[0], 2), "after": round(now[1] / now[0], 2),
                            "smallest": now[2], "largest": now[3]})
    return FollowResult(len(run.documents), claims, tuple(conflicts), tuple(revisions), tuple(widened),
                        tuple(errors))


def spread(claims) -> list | None:
    """``[smallest, largest, smallest as said, largest as said]`` of the
    central figures of ``claims`` (positive ones), None when there is none.

    Examples
    --------
    >>> from claimgraph import Actor, Claim, Figure
    >>> spread([Claim(Actor("a"), Figure(6200)), Claim(Actor("b"), Figure(25000, qualifier="about"))])
    [6200.0, 25000.0, '6,200', 'about 25,000']
    """
    figures = sorted(((c.figure.central, str(c.figure)) for c in claims
                      if c.figure.central is not None and c.figure.central > 0), key=lambda x: x[0])
    if not figures:
        return None
    return [float(figures[0][0]), float(figures[-1][0]), figures[0][1], figures[-1][1]]


def _day(c) -> str | None:
    day = c.as_of or c.stated_on
    return day.isoformat() if day else None


def _claim_entry(c, docs: dict) -> dict:
    d = docs.get(c.document)
    return {"id": c.id, "actor": c.claimant_name, "figure": str(c.figure), "quantity_id": c.quantity_id,
            "label": c.quantity_label, "as_of": _day(c) or (d.published.isoformat() if d and d.published else None),
            "document": c.document, "outlet": d.publisher if d else None, "url": d.url if d else None,
            "headline": d.title if d else None, "evidence": c.evidence}


def _relation_entry(cmp, r, by_id: dict) -> dict:
    def side(claim_id):
        c = by_id.get(claim_id)
        if c is None:
            return {"claim": claim_id}
        return {"claim": claim_id, "statement": c.statement or None, "actor": c.claimant_name,
                "figure": str(c.figure), "as_of": _day(c), "document": c.document}

    out = {"quantity_id": cmp.quantity_id, "label": cmp.label, "a": side(r.a), "b": side(r.b),
           "ratio": round(r.ratio, 2) if r.ratio is not None else None, "days_apart": r.days_apart}
    if r.direction:
        out["direction"] = r.direction
    return out
