"""Safe pieces for the HTML pages claimgraph writes (graph, charts, report).

Article text, titles, publishers and claimant names are untrusted. The pages
treat them as data only: text is escaped with :func:`esc`, JSON placed in a
``<script>`` element goes through :func:`json_for_html`, links pass
:func:`safe_href`, and every page carries a Content-Security-Policy
(:func:`csp`) that forbids any request and any script but the page's own.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
from pathlib import Path

__all__ = ["article_href", "clean", "csp", "esc", "json_for_html", "read_asset", "safe_href", "sha256"]


def clean(text) -> str:
    """Text that can be written as UTF-8 (lone surrogates replaced).

    Examples
    --------
    >>> clean("a\\ud800b")
    'a?b'
    """
    return str(text).encode("utf-8", "replace").decode("utf-8")


def esc(text) -> str:
    """Escape text for HTML element content and quoted attribute values.

    Examples
    --------
    >>> esc('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    >>> esc(None)
    ''
    """
    return "" if text is None else html.escape(clean(text), quote=True)


def json_for_html(data) -> str:
    """JSON that cannot end or confuse the ``<script>`` element it sits in.

    Examples
    --------
    >>> json_for_html({"t": "</script><b>&"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=True, allow_nan=False, default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def sha256(text: str) -> str:
    """Base64 SHA-256 of a script, as a CSP ``'sha256-...'`` source wants it."""
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def csp(scripts=()) -> str:
    """A Content-Security-Policy allowing only ``scripts`` (by hash) and no request.

    Examples
    --------
    >>> csp()
    "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    """
    sources = " ".join(f"'sha256-{sha256(s)}'" for s in scripts) or "'none'"
    return (f"default-src 'none'; script-src {sources}; style-src 'unsafe-inline'; "
            "img-src data:; base-uri 'none'; form-action 'none'")


def safe_href(url) -> str | None:
    """``url`` when it is an absolute http(s) URL, else None (no ``javascript:``).

    Examples
    --------
    >>> safe_href("https://example.org/a?b=1"), safe_href(" JavaScript:alert(1)"), safe_href(None)
    ('https://example.org/a?b=1', None, None)
    """
    if not isinstance(url, str):
        return None
    url = url.strip()
    if url.lower().startswith(("http://", "https://")) and not any(c in url for c in " \t\n\r\"'<>`"):
        return url
    return None


def article_href(doc) -> str | None:
    """Where to read a document: its http(s) URL, else its file as a ``file:`` URI."""
    href = safe_href(getattr(doc, "url", None))
    path = getattr(doc, "path", None)
    if href is None and path:
        href = Path(path).resolve().as_uri()
    return href


def read_asset(path) -> str:
    """Text of a packaged asset with LF line ends (browsers hash scripts after
    turning CR/CRLF into LF, so the CSP hash must be taken on that)."""
    return path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
