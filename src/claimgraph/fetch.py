"""Fetching pages and feeds like a good citizen, and safely.

One :class:`Fetcher` serves a whole ``claimgraph follow`` run. It sends a
``User-Agent`` naming claimgraph, asks ``robots.txt`` before any other path
of a host (unless told not to), keeps at most ``per_host`` requests to one
host in flight, and gives every request a timeout (each network step, and
the whole body) and a size cap. Redirects are followed only within a site
and never to its front page (a "moved" article that lands on the home page
is not the article). A page must be HTML (or, where a feed is expected, RSS
or Atom) and must decode in the charset it declares.

Whatever goes wrong is one :class:`FetchError` whose message is one line
naming what happened and what to do; the caller records it and goes on.
Nothing here writes anywhere.
"""
from __future__ import annotations

import codecs
import hashlib
import re
import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from . import __version__
from .errors import ClaimgraphError

__all__ = ["FEED_TYPES", "HTML_TYPES", "USER_AGENT", "FetchError", "FetchOptions", "Fetcher", "Page", "decode",
           "same_site"]

#: The User-Agent of every request (its first word is the token robots.txt rules name).
USER_AGENT = f"claimgraph/{__version__} (fact-tracking of news figures; honours robots.txt)"
_ROBOTS_TOKEN = "claimgraph"
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
              "application/feed+xml")
_REDIRECTS = (301, 302, 303, 307, 308)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")
# As browsers read them (WHATWG Encoding): these labels mean windows-1252.
_CP1252 = {"iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "l1", "cp819", "iso8859-1"}


class FetchError(ClaimgraphError):
    """A page or feed that could not be had: ``url`` and one-line ``reason``.

    Examples
    --------
    >>> str(FetchError("https://example.org/a", "HTTP 404 Not Found"))
    'https://example.org/a: HTTP 404 Not Found'
    """

    def __init__(self, url: str, reason: str):
        self.url, self.reason = url, reason
        super().__init__(f"{url}: {reason}")

    def __reduce__(self):
        return type(self), (self.url, self.reason)


@dataclass(frozen=True)
class FetchOptions:
    """How to fetch.

    ``timeout``: seconds for each network step (connect, each read), and
    three times that for a whole body; ``max_bytes``: a larger body is
    refused; ``per_host``: requests to one host in flight at once;
    ``robots``: ask robots.txt; ``max_redirects``: within one site.
    """

    timeout: float = 10.0
    max_bytes: int = 5_000_000
    per_host: int = 2
    robots: bool = True
    max_redirects: int = 5
    user_agent: str = USER_AGENT

    def __post_init__(self):
        if not self.timeout > 0:
            raise ClaimgraphError(f"--timeout must be a number of seconds > 0, not {self.timeout!r}")
        if self.max_bytes < 1:
            raise ClaimgraphError(f"--max-bytes must be at least 1, not {self.max_bytes!r}")
        if self.per_host < 1:
            raise ClaimgraphError(f"--per-host must be at least 1, not {self.per_host!r}")


@dataclass(frozen=True)
class Page:
    """A page or feed as fetched: the URL asked for and the one answered
    (after redirects), the body as sent and as text, its kind (``"html"``
    or ``"feed"``), the SHA-256 of the body, and the validators for a
    conditional request next time. ``body`` is None for a 304 (unchanged)."""

    url: str
    final_url: str
    body: bytes | None
    text: str
    kind: str
    sha256: str = ""
    etag: str | None = None
    last_modified: str | None = None

    @property
    def unchanged(self) -> bool:
        return self.body is None


def same_site(a: str, b: str) -> bool:
    """Whether two URLs are on one site (the host, ``www.`` aside).

    Examples
    --------
    >>> same_site("https://www.example.org/a", "http://example.org/b"), same_site("https://a.org/", "https://b.org/")
    (True, False)
    """
    def host(u):
        h = (urlsplit(u).hostname or "").lower()
        return h[4:] if h.startswith("www.") else h

    return host(a) == host(b) != ""


def decode(body: bytes, header_charset: str | None, url: str) -> str:
    """The text of ``body``: in the charset the header names, else the one
    the markup declares (``<meta charset>``, ``<?xml encoding?>``), else
    UTF-8 (a byte-order mark wins over all). Latin-1 labels are read as
    windows-1252, as browsers do.

    Raises
    ------
    FetchError
        Unknown charset, or bytes that are not valid in it.

    Examples
    --------
    >>> decode("café".encode("cp1252"), "ISO-8859-1", "u")
    'café'
    >>> decode(b'<meta charset="utf-8"><p>caf\\xe9', None, "https://example.org/a")
    Traceback (most recent call last):
    ...
    claimgraph.fetch.FetchError: https://example.org/a: bad encoding: not valid utf-8 (byte 0xe9 at offset 28)
    """
    if body.startswith(codecs.BOM_UTF8):
        name, body = "utf-8", body[3:]
    else:
        m = _META_CHARSET.search(body[:4096]) or _XML_ENCODING.search(body[:200])
        name = (header_charset or (m.group(1).decode("ascii") if m else "") or "utf-8").strip().strip('"\'').lower()
    name = "cp1252" if name in _CP1252 else name
    try:
        return body.decode(name)
    except LookupError:
        raise FetchError(url, f"bad encoding: unknown charset {name!r}") from None
    except UnicodeDecodeError as exc:
        raise FetchError(url, f"bad encoding: not valid {name} (byte 0x{body[exc.start]:02x} at offset "
                              f"{exc.start})") from None


def _content_type(value: str | None) -> tuple[str, str | None]:
    # "text/html; charset=ISO-8859-1" -> ("text/html", "ISO-8859-1")
    if not value:
        return "", None
    mime, _, params = value.partition(";")
    m = re.search(r"charset\s*=\s*[\"']?([^\"';\s]+)", params, re.IGNORECASE)
    return mime.strip().lower(), m.group(1) if m else None


def _sniff(body: bytes) -> str:
    head = body[:1024].lstrip().lower()
    if head.startswith((b"<rss", b"<feed", b"<rdf:rdf")) or (head.startswith(b"<?xml") and
                                                              re.search(rb"<(rss|feed|rdf:rdf)\b", head)):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head or b"<body" in head:
        return "html"
    return ""


class Fetcher:
    """An HTTP client for one run; use as a context manager. Thread-safe:
    :meth:`get` may be called from several threads at once.

    Examples
    --------
    >>> with Fetcher(FetchOptions(timeout=1)) as f:
    ...     f.get("ftp://example.org/a")
    Traceback (most recent call last):
    ...
    claimgraph.fetch.FetchError: ftp://example.org/a: not an http(s) URL; give a page or feed address starting with https://
    """

    def __init__(self, options: FetchOptions = FetchOptions()):
        import httpx

        self.options = options
        timeout = httpx.Timeout(options.timeout)
        limits = httpx.Limits(max_connections=64, max_keepalive_connections=16)
        self._client = httpx.Client(timeout=timeout, limits=limits, follow_redirects=False, trust_env=False,
                                    headers={"User-Agent": options.user_agent,
                                             "Accept-Encoding": "gzip, deflate",
                                             "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
                                                       "application/atom+xml,application/xml;q=0.9,*/*;q=0.1"})
        self._lock = threading.Lock()
        self._hosts: dict[str, threading.Semaphore] = {}
        self._robots: dict[str, RobotFileParser | FetchError] = {}
        self._robot_locks: dict[str, threading.Lock] = {}

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._client.close()

    def get(self, url: str, *, feed: bool = False, etag: str | None = None,
            last_modified: str | None = None) -> Page:
        """Fetch ``url``: an HTML page, or (``feed``) a page or a feed.

        ``etag``/``last_modified`` make it a conditional request: an
        unchanged page comes back as a :class:`Page` without a body.

        Raises
        ------
        FetchError
            Anything that keeps the page from being read (one line).
        """
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchError(url, "not an http(s) URL; give a page or feed address starting with https://")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _ in range(self.options.max_redirects + 1):
            self._allowed(current)
            status, location, response_headers, body = self._request(current, headers)
            if status in _REDIRECTS and location:
                target = urljoin(current, location)
                self._check_redirect(url, current, target)
                current = target
                continue
            break
        else:
            raise FetchError(url, f"more than {self.options.max_redirects} redirects; give the final address")
        if status == 304:
            if not headers:
                raise FetchError(url, "HTTP 304 Not Modified to a plain request; the server is confused")
            return Page(url, current, None, "", "html", etag=etag, last_modified=last_modified)
        if status >= 400 or status < 200 or status in _REDIRECTS:
            raise FetchError(url, f"HTTP {status} {_reason(status)}" + (f" (at {current})" if current != url else ""))
        mime, charset = _content_type(response_headers.get("content-type"))
        kind = "html" if mime in HTML_TYPES else "feed" if mime in FEED_TYPES or mime.endswith("+xml") else ""
        if not mime:
            kind = _sniff(body)
        elif kind == "feed" and not feed:
            kind = "html" if _sniff(body) == "html" else ""
        if not kind or (kind == "feed" and not feed):
            raise FetchError(url, f"not an HTML page{' or a feed' if feed else ''} (Content-Type: {mime or 'none'}); "
                                  "give the address of the article itself")
        text = decode(body, charset, url)
        return Page(url, current, body, text, kind, hashlib.sha256(body).hexdigest(),
                    response_headers.get("etag"), response_headers.get("last-modified"))

    def _check_redirect(self, url: str, current: str, target: str) -> None:
        if urlsplit(target).scheme not in ("http", "https") or not same_site(current, target):
            raise FetchError(url, f"redirected to other content on another site ({_short(target)}); not followed")
        if urlsplit(target).path in ("", "/") and urlsplit(current).path not in ("", "/"):
            raise FetchError(url, f"redirected to the site's front page ({_short(target)}): the page is gone")

    def _semaphore(self, host: str) -> threading.Semaphore:
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = threading.Semaphore(self.options.per_host)
            return self._hosts[host]

    def _request(self, url: str, headers: dict) -> tuple[int, str | None, dict, bytes]:
        """One GET, at most ``per_host`` at once per host, the body read up
        to the cap and the deadline; returns status, Location, headers, body."""
        import httpx

        opts = self.options
        host = (urlsplit(url).hostname or "").lower()
        deadline = time.monotonic() + 3 * opts.timeout
        with self._semaphore(host):
            try:
                with self._client.stream("GET", url, headers=headers) as r:
                    if r.status_code in _REDIRECTS or r.status_code == 304 or r.status_code >= 400:
                        return r.status_code, r.headers.get("location"), dict(r.headers), b""
                    declared = r.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > opts.max_bytes:
                        raise FetchError(url, f"too large: {int(declared):,} bytes, more than the cap of "
                                              f"{opts.max_bytes:,} (--max-bytes)")
                    chunks, size = [], 0
                    for chunk in r.iter_raw():
                        size += len(chunk)
                        if size > opts.max_bytes:
                            raise FetchError(url, f"too large: more than the cap of {opts.max_bytes:,} bytes "
                                                  "(--max-bytes)")
                        if time.monotonic() > deadline:
                            raise FetchError(url, f"too slow: the page took more than {3 * opts.timeout:g} s")
                        chunks.append(chunk)
                    body = b"".join(chunks)
                    encoding = r.headers.get("content-encoding", "").lower()
                    if encoding and encoding != "identity":
                        body = _decompress(url, body, encoding, opts.max_bytes)
                    return r.status_code, None, dict(r.headers), body
            except httpx.TimeoutException:
                raise FetchError(url, f"no answer within {opts.timeout:g} s (timeout); try again later or "
                                      "raise --timeout") from None
            except httpx.ConnectError as exc:
                raise FetchError(url, f"cannot connect to {host} ({_one_line(exc)}); is the address right?") from None
            except httpx.HTTPError as exc:
                raise FetchError(url, f"the request failed ({_one_line(exc)})") from None

    def _allowed(self, url: str) -> None:
        """Raise FetchError when robots.txt forbids ``url`` to claimgraph."""
        if not self.options.robots:
            return
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            lock = self._robot_locks.setdefault(site, threading.Lock())
        with lock:  # one robots.txt request per site, whoever asks first
            if site not in self._robots:
                self._robots[site] = self._read_robots(site)
        rules = self._robots[site]
        if isinstance(rules, FetchError):
            raise FetchError(url, rules.reason)
        if not rules.can_fetch(_ROBOTS_TOKEN, url):
            raise FetchError(url, f"robots.txt of {parts.netloc} does not allow claimgraph here; not fetched "
                                  "(--ignore-robots to fetch anyway, if you may)")

    def _read_robots(self, site: str):
        # RFC 9309: a robots.txt that is missing (4xx) allows everything; one
        # that cannot be had (5xx, no answer) disallows everything for now.
        rules = RobotFileParser(site + "/robots.txt")
        try:
            status, _, headers, body = self._request(site + "/robots.txt", {})
        except FetchError as exc:
            return FetchError(site, f"robots.txt could not be read ({exc.reason}); not fetched")
        if status in _REDIRECTS or 400 <= status < 500:
            rules.parse([])
        elif status >= 500:
            return FetchError(site, f"robots.txt answered HTTP {status}; not fetched (try again later)")
        else:
            rules.parse(body.decode("utf-8", "replace").splitlines())
        return rules


def _decompress(url: str, body: bytes, encoding: str, cap: int) -> bytes:
    import zlib

    if encoding not in ("gzip", "deflate", "x-gzip"):
        raise FetchError(url, f"unsupported Content-Encoding {encoding!r}")
    d = zlib.decompressobj(16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS)
    try:
        out = d.decompress(body, cap + 1)
    except zlib.error as exc:
        raise FetchError(url, f"bad compressed body ({exc})") from None
    if len(out) > cap:  # a small body that unpacks to a huge one
        raise FetchError(url, f"too large: more than the cap of {cap:,} bytes once decompressed (--max-bytes)")
    return out


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _short(url: str, n: int = 120) -> str:
    return url if len(url) <= n else url[: n - 1] + "\u2026"


def _one_line(exc) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__
