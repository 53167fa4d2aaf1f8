"""Reading inputs: article files (with optional YAML front matter) and the
text clean-up that comes before extraction.

Articles are read as UTF-8; front matter supplies ``title``, ``publisher``,
``url``, ``published`` and ``language``. Without it nothing fails: the
language is detected and the first line of a scraped page becomes the title.

:func:`body_segments` yields the paragraphs of the article worth reading, with
their offsets into ``Document.text``: repeated headlines, photo credits and
web boilerplate ("Source link", "Leave a Reply"...) are skipped.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import yaml

from ._io import has_half_character, safe_yaml, yaml_problem
from .errors import InputError, ModelError
from .model import Document, shown

__all__ = [
    "ARTICLE_SUFFIXES",
    "body_segments",
    "detect_language",
    "document_from_text",
    "read_article",
    "read_text_file",
]

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")

_FRONT_KEYS = ("title", "publisher", "url", "published", "language", "date", "source", "id")

# Lines that are page furniture rather than article text (both languages).
_BOILERPLATE = re.compile(
    r"""^\s*(?:
        source\s+link | leave\s+a\s+reply | read\s+more | lire\s+aussi | lire\s+la\s+suite
      | (?:read\s+more|also\s+read|see\s+also|more\s+on\s+this\s+story|(?:[àa]\s+)?lire\s+(?:aussi|[ée]galement)
         |voir\s+aussi|related)\s*[:>»–—-].*
      | share(?:\s+this(?:\s+article)?)? | partager(?:\s+cet\s+article)? | tweet | print
      | your\s+email\s+address\s+will\s+not\s+be\s+published.* | required\s+fields\s+are\s+marked.*
      | votre\s+adresse\s+(?:e-?mail|de\s+messagerie)\s+ne\s+sera\s+pas\s+publi.*
      | (?:sign\s+up|subscribe)\s+(?:to|for)\s+(?:our|the)\s+newsletter.* | abonnez-vous.* | inscrivez-vous.*newsletter.*
      | advertisement | publicit[ée] | related(?:\s+articles?)? | (?:sur\s+le\s+m[êe]me\s+sujet)
      | cookies?.* | all\s+rights\s+reserved.* | tous\s+droits\s+r[ée]serv[ée]s.* | ©.*
      | .{1,80}\s+(?:a|ont)\s+contribu[ée]\s+[àa]\s+(?:ce|cet)\s+(?:rapport|article)\.?
      | .{1,80}\s+contributed\s+(?:to\s+)?(?:this\s+)?(?:report|article)\.?
      | skip\s+to\s+(?:main\s+)?content.* | aller\s+au\s+contenu.* | sign\s+in\b.* | log\s*in\b.*
      | se\s+connecter.* | subscribe\b.* | s'abonner.* | je\s+m'abonne.*
      | (?:updated|published|mis\s+[àa]\s+jour|publi[ée]\s+le)\b.{0,60}(?:ago|read|lecture|\d{1,2}[:h]\d{2}).*
      | \d+\s*min(?:ute)?s?\s+(?:read|de\s+lecture).* | temps\s+de\s+lecture.*
      | [\d.,]+\s*[kKM]?\s+(?:shares?|partages?|comments?|commentaires?|likes?|j'aime|réactions?)\b.*
      | (?:reply|répondre|report|signaler)(?:\s*·.*)?
      | (?:by|par)\s+[A-ZÀ-ÝĀ-ŒŔ-ž][\w.'-]+(?:\s+[A-ZÀ-ÝĀ-ŒŔ-ž][\w.'-]+){0,3}(?:\s*[,|·–-]\s*.{0,60})?
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# "By continuing you agree to our use of cookies and those of our 212 partners. [OK]", « En poursuivant votre
# navigation, vous acceptez l'utilisation de cookies »: a consent banner, however it opens (its partners are no count)
_COOKIE_BANNER = re.compile(r"^(?=.{0,400}$)(?=.*\b(?:cookies?|traceurs)\b)"
                            r"(?=.*\b(?:agree|accept|consent|partners|acceptez|accepter|consentement|partenaires))"
                            r"(?=.*\b(?:our|we|this\s+site|nos|notre|nous|ce\s+site|navigation)\b).*$",
                            re.IGNORECASE)
# "Ng Han Guan / AP", "Photo: Reuters": a photo credit line.
_CREDIT = re.compile(r"^\s*(?:(?:photo|crédit|credit)\s*:?\s*)?[\w.\-' ]{2,40}\s*/\s*[\w.\- ]{1,30}\s*$", re.IGNORECASE)

# "› Chad now hosts 1.2 million refugees, UN says (March 2025)", "☰ Menu ...": a link list or menu
# line, not a sentence (a bullet that ends like a sentence is kept)
_LINK_LINE = re.compile(r"^\s*(?:[☰›→▸►▶]|[•·*-]\s.*[^.!?»”\"\s]\s*$)")

# "Home | World | Politics": a menu; "Comments (240)": readers, not the article; "Related stories": links
_MENU = re.compile(r"^[^.!?]*?(?:\s[|·•]\s[^|·•]+){2,}$")
# "Comments (27) | Sort by: Newest", "12 commentaires", "Réactions des lecteurs", "Join the conversation"
_COMMENTS = re.compile(r"^\s*(?:\*\*)?(?:(?:\d+\s+)?(?:comments?|commentaires?(?:\s+des\s+(?:lecteurs|auditeurs|internautes))?"
                       r"|réactions?(?:\s+des\s+(?:lecteurs|auditeurs))?|(?:reader|listener|viewer)s?'?\s+comments"
                       # ("Your comments (22)", « Vos réactions (29) »: the page's readers, however it addresses them)
                       r"|(?:vos|les|your|our\s+readers')\s+(?:commentaires|réactions|comments))\s*(?:\(\d+\))?\s*:?\s*"
                       r"(?:[|·•]\s*(?:sort|trier|tri)\b.*)?"
                       r"|join\s+the\s+(?:conversation|discussion)|leave\s+a\s+(?:comment|reply)|laisser\s+un\s+commentaire"
                       r"|réagissez|(?:show|view|see)\s+(?:all\s+)?\d*\s*comments"
                       # "Réagir (17 commentaires)", « Réagir à l'émission (58 messages) », "Have your say (12)"
                       r"|(?:\*\*)?(?:réagir(?:\s+à\s+l'(?:article|émission))?|have\s+your\s+say)\s*"
                       r"\(\d+(?:\s+(?:commentaires?|messages?|réactions?|comments?))?\))(?:\*\*)?\s*$",
                       re.IGNORECASE)
# "Shares: 806 | Comments: 93": a page's counters; in its second half, readers' comments follow them
_COUNTERS = re.compile(r"\s*(?:shares?|partages?)\s*:?\s*[\d\s,.\u00a0\u202f]+[|·•]\s*(?:comments?|commentaires?|réactions?)\s*:?\s*\d[\d\s,.\u00a0\u202f]*",
                       re.IGNORECASE)
# "LETTERS", "Letters to the editor", « Courrier des lecteurs »: readers writing in, in the page's second half
_LETTERS = re.compile(r"\s*(?:(?:(?:readers'?|your|reader)\s+)?letters(?:\s+to\s+the\s+editor)?|courrier\s+des\s+lecteurs"
                      r"|vos\s+lettres|lettres\s+de\s+lecteurs)\s*:?\s*", re.IGNORECASE)
_RELATED = re.compile(r"^\s*(?:\*\*?|__?)?(?:related(?:\s+(?:stories|articles?|content|coverage))?|more\s+(?:stories|on\s+this\s+story|from\s+.{1,30})"
                      r"|most\s+(?:read|popular)|you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?|read\s+(?:more|next)"
                      r"|(?:à\s+)?lire\s+aussi|sur\s+le\s+m[êe]me\s+sujet|les\s+plus\s+lus|dans\s+la\s+même\s+rubrique"
                      r"|nos\s+derniers\s+articles|voir\s+aussi)(?:\*\*?|__?)?\s*:?\s*(?:\*\*?|__?)?\s*$", re.IGNORECASE)   # (bold or not)

_FR_WORDS = frozenset("le la les des du de et est une un que qui dans pour pas sur au aux ont été selon avait sont cette il elle ses leur".split())
_EN_WORDS = frozenset("the and of to in is that was were for on with said has have had by from it its at an be this according".split())


def detect_language(text: str) -> str:
    """French or English, from function words (the two languages we read).

    Examples
    --------
    >>> detect_language("Les troupes ont été envoyées en Russie, selon l'OTAN.")
    'fr'
    >>> detect_language("The troops were sent to Russia, according to NATO.")
    'en'
    """
    words = re.findall(r"[a-zà-ÿ]+", text[:20000].lower())
    fr = sum(w in _FR_WORDS for w in words)
    en = sum(w in _EN_WORDS for w in words)
    return "fr" if fr > en else "en"


def read_text_file(path) -> str:
    """Read a UTF-8 file; a missing or undecodable file is an InputError."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "file not found") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, expected a file") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(path, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                               "convert the file to UTF-8", line=line) from None


def _split_front_matter(text: str, path) -> tuple[dict, str]:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            raw = "\n".join(lines[1:i])
            try:
                meta = safe_yaml(raw)[0] or {}
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                if "aliases (*" in str(getattr(exc, "problem", "")):  # untrusted: never expanded, nor read as plain text
                    raise InputError(path, f"front matter: {exc.problem}", line=mark.line + 2 if mark else None) from None
                # Hand-written front matter often has "title: Libye : l'ONU ...":
                # read such lines as plain "key: value" before giving up.
                plain = _plain_front_matter(raw)
                if plain is not None:
                    return plain, "\n".join(lines[i + 1:])
                problem, line = yaml_problem(exc, raw)
                raise InputError(path, f"malformed YAML front matter: {problem}",
                                 line=line + 1 if line is not None else None) from None
            if not isinstance(meta, dict):
                raise InputError(path, "front matter must be a mapping of keys to values", line=2)
            return meta, "\n".join(lines[i + 1:])
    raise InputError(path, "front matter starts with '---' but never ends", line=1)


def _plain_front_matter(raw: str) -> dict | None:
    meta = {}
    for line in raw.split("\n"):
        if not line.strip():
            continue
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:\s?(.*)$", line)
        if not m:
            return None
        meta[m.group(1)] = m.group(2).strip().strip('"')
    return meta


def _basic_html_to_text(markup: str) -> tuple[dict, str]:
    """Title and paragraph text of an HTML page, with the standard library's parser
    (the fallback of :func:`_html_to_text` for pages trafilatura finds nothing in)."""
    from html.parser import HTMLParser

    class _Text(HTMLParser):
        skip = {"script", "style", "nav", "footer", "header", "aside", "form", "noscript", "svg", "button"}
        blocks = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "title", "figcaption", "tr", "section", "article"}

        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.parts, self.depth, self.title, self._in_title = [], 0, "", False

        def handle_starttag(self, tag, attrs):
            if tag in self.skip:
                self.depth += 1
            if tag in self.blocks:
                self.parts.append("\n\n")
            self._in_title = tag == "title"

        def handle_endtag(self, tag):
            if tag in self.skip and self.depth:
                self.depth -= 1
            if tag in self.blocks:
                self.parts.append("\n\n")
            self._in_title = False

        def handle_data(self, data):
            if self._in_title:
                self.title += data
            elif not self.depth:
                self.parts.append(data)

    p = _Text()
    p.feed(markup)
    text = re.sub(r"[ \t]*\n[ \t\n]*\n[ \t\n]*", "\n\n", "".join(p.parts)).strip()
    meta = {"title": " ".join(p.title.split())} if p.title.strip() else {}
    return meta, html.unescape(text) if "&" in text else text


# --- HTML pages, as a browser saves them ---------------------------------------------------------

# <meta charset="iso-8859-1">, <meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
# What trafilatura should never read, even on a tiny page where it falls back to the whole body:
# menus, and the sidebars and footers outside the article.
_PRUNE = ["//nav", "//*[@role='navigation']", "//aside[not(ancestor::article)]", "//footer[not(ancestor::article)]"]
_ARTICLE_TYPES = re.compile(r"(?:Article|BlogPosting|Report)$")
_LANGUAGE_CODE = re.compile(r"^([A-Za-z]{2})(?:[-_][A-Za-z0-9-]*)?$")
# Chrome and Internet Explorer mark a saved page: <!-- saved from url=(0061)https://... -->
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)


def _read_html_file(path: Path) -> str:
    """A saved page as text: UTF-8, else the charset the page declares
    (``<meta charset>``); a page in another encoding that declares none is
    the usual InputError."""
    try:
        return read_text_file(path)
    except InputError as exc:
        if not exc.message.startswith("not valid UTF-8"):
            raise
        data = path.read_bytes()
        m = _DECLARED_CHARSET.search(data[:4096])
        if not m:
            raise
        name = m.group(1).decode("ascii").lower()
        # as browsers do (WHATWG Encoding): latin-1 and ascii labels mean windows-1252
        name = "cp1252" if name in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii") else name
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            raise exc from None


def _html_to_text(markup: str) -> tuple[dict, str]:
    """Metadata and main text of an HTML page.

    The text is the article as trafilatura finds it (menus, related links,
    readers' comments and footers left out), one paragraph per block,
    paragraphs separated by a blank line. When trafilatura finds nothing (a
    tiny or odd page), the standard-library reading of the whole page is used,
    as before. The metadata are those of front matter:

    * ``title``: og:title, else the JSON-LD headline, else ``<title>`` (less a
      trailing " - Site name"), else the first ``<h1>``;
    * ``publisher``: og:site_name, else the name of the JSON-LD publisher;
    * ``url``: the canonical link, else og:url, else the "saved from" mark of
      a browser;
    * ``published``: JSON-LD datePublished, else article:published_time, else
      the publication date htmldate finds in the page's markup;
    * ``language``: ``<html lang>``, else a content-language meta tag,
      og:locale or the JSON-LD inLanguage; a declared French or English that
      the text plainly contradicts gives way to the text's language.

    Nothing is fetched: both libraries read the markup only.

    Examples
    --------
    >>> meta, text = _html_to_text('<html lang="en"><head><meta property="og:site_name" content="Gazette">'
    ...     '</head><body><nav>Home | World</nav><p>The ministry said 3,000 people died.</p></body></html>')
    >>> meta["publisher"], meta["language"], text
    ('Gazette', 'en', 'The ministry said 3,000 people died.')
    """
    basic_meta, basic_text = _basic_html_to_text(markup)
    tree = _parse_html(markup)
    meta = _html_metadata(tree, markup) if tree is not None else {}
    text = _main_text(markup)
    if not text:
        text = basic_text
    if not meta.get("title") and basic_meta.get("title"):
        meta["title"] = basic_meta["title"]
    if meta.get("language"):
        meta["language"] = _checked_language(meta["language"], text)
    if not meta.get("published") and tree is not None:
        meta["published"] = _htmldate(tree)
    return {k: v for k, v in meta.items() if v}, text


def _parse_html(markup: str):
    import lxml.html

    try:  # as bytes: an XHTML page's <?xml ... encoding?> declaration is refused on a str
        parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=False)
        return lxml.html.document_fromstring(markup.encode("utf-8", "surrogatepass"), parser=parser)
    except Exception:  # noqa: BLE001 (any markup lxml cannot make a tree of: no metadata, text still read)
        return None


def _main_text(markup: str) -> str:
    """trafilatura's main text, one paragraph per line turned into blank-line
    separated paragraphs; "" when it finds nothing.

    Data tables are left out (rows are not sentences anyone said); a layout
    table, one whose cells hold paragraphs, is read as the blocks it holds.
    """
    import trafilatura

    tree = _parse_html(markup)
    if tree is None:
        return ""
    _unwrap_layout_tables(tree)
    _entry_times_as_paragraphs(tree)
    try:
        found = trafilatura.bare_extraction(tree, include_comments=False, include_tables=False,
                                            include_links=False, include_images=False,
                                            with_metadata=False, prune_xpath=_PRUNE)
    except Exception:  # noqa: BLE001 (a third-party parser on any page: the basic reading takes over)
        return ""
    text = getattr(found, "text", None) or ""
    # list items come as "- item": the old reading had no bullet, and a bullet
    # would make body_segments take a list item of the article for a link line
    lines = (re.sub(r"^-\s+", "", " ".join(line.split())) for line in text.split("\n"))
    return "\n\n".join(line for line in lines if line)


_CLOCK = re.compile(r"^\s*(?:[01]?\d|2[0-3])\s*(?:[:.]|\s?h\s?)\s*[0-5]\d(?:\s*[^\d\s]{1,5})?\s*$", re.I)


def _entry_times_as_paragraphs(tree) -> None:
    """A live blog's entry times (``<time>14:32</time>`` heading an entry)
    become paragraphs of their own: trafilatura drops ``<time>``, and the
    extractor needs the stamp to know where an entry begins."""
    for el in list(tree.iter("time")):
        parent = el.getparent()
        if parent is None or parent.tag in ("p", "span", "li", "a", "em", "strong", "small", "h1", "h2", "h3"):
            continue  # a date inside a byline or a sentence
        if not _CLOCK.match(el.text_content() or ""):
            continue
        el.tag = "p"
        el.attrib.clear()


_LAYOUT_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "article", "section", "table")


def _unwrap_layout_tables(tree) -> None:
    """Turn the tables a page is laid out with (a cell holding paragraphs, or
    a long text) into divisions; data tables stay tables."""
    for table in list(tree.iter("table")):
        def own(el, table=table):
            return next(el.iterancestors("table"), None) is table

        cells = [el for el in table.iter("td", "th") if own(el)]
        if any(own(el) for el in table.iter(*_LAYOUT_BLOCKS) if el is not table) or \
                any(len(" ".join(c.text_content().split())) > 300 for c in cells):
            for el in [el for el in table.iter("tbody", "thead", "tfoot", "tr", "td", "th", "caption") if own(el)]:
                el.tag = "div"
            table.tag = "div"


def _html_metadata(tree, markup: str) -> dict:
    def meta(*names):
        for name in names:
            for el in tree.iter("meta"):
                key = (el.get("property") or el.get("name") or el.get("http-equiv") or el.get("itemprop") or "").strip().lower()
                value = " ".join((el.get("content") or "").split())
                if key == name and value:
                    return value
        return None

    ld = _json_ld(tree)
    article = next((o for o in ld if _ARTICLE_TYPES.search(" ".join(_types(o)))), None) or \
        next((o for o in ld if {"WebPage", "ItemPage"} & set(_types(o))), None) or {}
    ids = {o["@id"]: o for o in ld if isinstance(o.get("@id"), str)}

    site = meta("og:site_name")
    publisher = site or _ld_name(article.get("publisher"), ids)
    title = meta("og:title", "twitter:title") or _ld_text(article.get("headline"))
    if not title:
        head = tree.find(".//head/title")  # not an <svg><title> of the body
        title = " ".join(head.text_content().split()) if head is not None else None
        if title and site:  # "Floods in Wales | The Gazette"
            title = re.sub(rf"\s+[-|–—:·]\s+{re.escape(site)}$", "", title) or title
    if not title:
        h1 = tree.find(".//h1")
        title = " ".join(h1.text_content().split()) if h1 is not None else None

    saved = _SAVED_FROM.search(markup[:2000])
    base = _absolute(meta("og:url"), None) or _absolute(saved.group(1) if saved else None, None)
    canonical = next((el.get("href") for el in tree.iter("link")
                      if "canonical" in (el.get("rel") or "").lower().split() and el.get("href")), None)
    url = _absolute(canonical, base) or base

    published = _iso_day(_ld_text(article.get("datePublished"))) or _iso_day(meta("article:published_time"))

    root = tree.getroottree().getroot()
    language = next((c for c in (root.get("lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang"),
                                 meta("content-language", "language", "dc.language", "og:locale"),
                                 _ld_text(article.get("inLanguage")))
                     if c and _LANGUAGE_CODE.match(c.strip())), None)
    return {"title": title, "publisher": publisher, "url": url, "published": published,
            "language": _LANGUAGE_CODE.match(language.strip()).group(1).lower() if language else None}


def _json_ld(tree) -> list[dict]:
    """Every JSON-LD object of the page (lists and @graph flattened); a block
    that is not valid JSON is passed over."""
    import json

    found = []

    def walk(x):
        if isinstance(x, list):
            for y in x:
                walk(y)
        elif isinstance(x, dict):
            found.append(x)
            walk(x.get("@graph"))

    for el in tree.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json" or not el.text:
            continue
        raw = re.sub(r"^\s*(?:<!--|//\s*<!\[CDATA\[)|(?:-->|//\s*\]\]>)\s*$", "", el.text.strip()).rstrip(";")
        try:
            walk(json.loads(raw, strict=False))
        except ValueError:
            continue
    return found


def _types(obj: dict) -> list[str]:
    t = obj.get("@type")
    return [str(x) for x in (t if isinstance(t, list) else [t]) if x]


def _ld_text(x) -> str | None:
    if isinstance(x, list):
        x = x[0] if x else None
    if isinstance(x, dict):
        x = x.get("@value") or x.get("name")
    if not isinstance(x, (str, int, float)) or isinstance(x, bool):
        return None
    if isinstance(x, str) and has_half_character(x):  # JSON's "\ud800": pairs joined, a lone half replaced
        x = x.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return " ".join(str(x).split()) or None


def _ld_name(publisher, ids: dict) -> str | None:
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else None
    if isinstance(publisher, dict) and not publisher.get("name") and publisher.get("@id") in ids:
        publisher = ids[publisher["@id"]]
    return _ld_text(publisher.get("name")) if isinstance(publisher, dict) else _ld_text(publisher)


def _absolute(url: str | None, base: str | None) -> str | None:
    from urllib.parse import urljoin, urlsplit

    if not url:
        return None
    url = urljoin(base, url.strip()) if base else url.strip()
    return url if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc else None


def _iso_day(value: str | None) -> str | None:
    """The day of an ISO date or date-time, as written (the publisher's own
    time zone); anything else (an RFC 2822 date aside) is no date."""
    import datetime as dt
    from email.utils import parsedate_to_datetime

    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _htmldate(tree) -> str | None:
    """The publication date htmldate reads in the page's markup (meta tags,
    ``<time>`` elements, date classes); not the text: a date in readers'
    comments is not the article's. (Takes ``tree`` apart: call it last.)"""
    for el in list(tree.iter("meta")):
        # htmldate falls back on a modification date (or a copyright year) when the head gives no
        # publication date; a <time> of the byline is the better guess: drop them before it looks
        key = " ".join(el.get(a) or "" for a in ("name", "property", "itemprop", "http-equiv")).lower()
        if re.search(r"modif|updat|revis|copyright", key):
            el.getparent().remove(el)
    try:
        from htmldate import find_date

        return find_date(tree, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception:  # noqa: BLE001 (no date rather than no article)
        return None


def _checked_language(declared: str, text: str) -> str:
    """The declared language, unless it is French or English and the text is
    plainly the other one (a template's lang="en" on a French article)."""
    if declared not in ("fr", "en"):
        return declared
    words = re.findall(r"[a-zà-ÿ]+", text[:20000].lower())
    fr = sum(w in _FR_WORDS for w in words)
    en = sum(w in _EN_WORDS for w in words)
    other, mine = (en, fr) if declared == "fr" else (fr, en)
    return ("en" if declared == "fr" else "fr") if other >= 20 and other > 3 * mine else declared


#: Names of the languages the extractor has a module for (``claimgraph.extract.lang``), as error
#: messages list them; Spanish is a first module that knows a few dozen words.
LANGUAGE_NAMES = {"en": "English", "fr": "French", "es": "Spanish, in part"}

#: The longest article text claimgraph takes, in bytes as RDF stores it (UTF-8, with
#: escapes): pyoxigraph reads no statement longer than 16 MiB, and the text is one.
MAX_TEXT_BYTES = 15 * 2**20
#: The largest article file read at all (an HTML page is mostly markup).
MAX_FILE_BYTES = 64 * 2**20


def supported_languages() -> str:
    """The languages articles may be in, as an error message lists them.

    Examples
    --------
    >>> supported_languages()
    'fr (French), en (English), es (Spanish, in part)'
    """
    from .extract.lang import LANGUAGES

    return ", ".join(f"{code} ({LANGUAGE_NAMES[code]})" if code in LANGUAGE_NAMES else code for code in LANGUAGES)


def _stored_size(text: str) -> int:
    """The bytes ``text`` takes as an RDF literal: UTF-8, a control character
    6 (``\\u0001``), a quote, backslash or line break 2."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size * 6 < MAX_TEXT_BYTES:  # short enough whatever it holds
        return size
    return size + sum(text.count(c) for c in '"\\\n\r\t') + 5 * len(_CONTROL.findall(text))


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def document_from_text(text: str, *, id: str = "article", path=None, meta: dict | None = None,
                       lines: dict | None = None, declared: str = "front matter") -> Document:
    """Build a Document from raw text (front matter already split off).

    ``lines`` gives the line of each front-matter key in the file, for the
    errors: a value that is not text, a date that does not exist, a
    language claimgraph does not read, a text too long to store.
    ``declared`` says where the metadata come from, in those errors.

    Examples
    --------
    >>> document_from_text("Die NATO sagte.", path="de.txt", meta={"language": "de"}, lines={"language": 3})
    Traceback (most recent call last):
    ...
    claimgraph.errors.InputError: de.txt:3: front matter: language 'de' is not supported: claimgraph reads fr (French), en (English), es (Spanish, in part); write one of these codes, or leave language out to have it detected
    """
    meta = dict(meta or {})
    where = path or id

    def refuse(key: str, message: str):
        return InputError(where, f"{declared}: {message}", line=(lines or {}).get(key, 1 if lines is not None else None))

    for key in _FRONT_KEYS:
        if isinstance(meta.get(key), (list, dict, set)):
            raise refuse(key, f"{key} must be one value (text), not a {'list' if isinstance(meta[key], list) else 'mapping'}")
    if _stored_size(text) > MAX_TEXT_BYTES:
        raise InputError(where, f"the article is too long ({_stored_size(text) / 2**20:.1f} MiB of text, at most "
                                f"{MAX_TEXT_BYTES // 2**20} MiB); split it into smaller files")
    date_key = "published" if meta.get("published") else "date"
    published = meta.get(date_key)
    title = meta.get("title")
    if not title:
        first = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
        title = first[:300] if first else None
    try:
        Document("-", published=published)
    except ModelError as exc:
        raise refuse(date_key, str(exc).replace("published", date_key, 1)) from None
    language = meta.get("language")
    if language:
        from .extract.lang import LANGUAGES

        code = str(language).strip().lower()[:2]
        if code not in LANGUAGES:
            fix = ("write one of these codes, or leave language out to have it detected" if lines is not None
                   else "leave this page out")
            raise refuse("language", f"language {shown(str(language))} is not supported: claimgraph reads "
                                     f"{supported_languages()}; {fix}")
    try:
        return Document(
            id=str(meta.get("id") or id), text=text, title=str(title) if title else None,
            publisher=str(meta["publisher"]) if meta.get("publisher") else None,
            url=str(meta["url"]) if meta.get("url") else None, published=published,
            language=str(language or detect_language(text)),
            path=str(path) if path is not None else None,
        )
    except ModelError as exc:
        raise InputError(where, f"{declared}: {exc}", line=1 if lines is not None else None) from None


def _key_lines(raw: str) -> dict:
    """The line in the file of each top-level key of the front matter of ``raw``."""
    found = {}
    for n, line in enumerate(raw.split("\n")[1:], 2):
        if line.strip() in ("---", "..."):
            break
        m = re.match(r"([A-Za-z_][\w-]*)\s*:", line)
        if m:
            found.setdefault(m.group(1), n)
    return found


def read_article(path, doc_id: str | None = None) -> Document:
    """Read one article file (.txt, .md or .html).

    An HTML page gives its main text (trafilatura; menus, related links,
    comments and footers left out) and the metadata front matter would give:
    title, publisher, url, published and language (see :func:`_html_to_text`).
    The document id is ``doc_id`` when given (see
    :func:`claimgraph.inputs.article_ids`, which keeps two files of the same
    name apart), else the file name without its suffix, as in the gold files.
    """
    path = Path(path)
    html_page = path.suffix.lower() in (".html", ".htm")
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # read_text_file says what is wrong
    if size > MAX_FILE_BYTES:
        raise InputError(path, f"the file is too large for an article ({size / 2**20:.0f} MiB, at most "
                               f"{MAX_FILE_BYTES // 2**20} MiB); split it into smaller files")
    raw = (_read_html_file(path) if html_page else read_text_file(path)).replace("\r\n", "\n").replace("\r", "\n")
    if html_page:
        meta, text = _html_to_text(raw)
        return document_from_text(text, id=doc_id or path.stem, path=path, meta=meta, lines=None,
                                  declared="the page's metadata")
    meta, text = _split_front_matter(raw, path)
    return document_from_text(text, id=doc_id or path.stem, path=path, meta=meta, lines=_key_lines(raw))


def body_segments(doc: Document):
    """Yield ``(start, end)`` offsets of the paragraphs worth reading.

    The first occurrence of a paragraph is kept and exact repeats (a headline
    printed twice) are dropped; boilerplate and credit lines are dropped.
    (A front-matter title is not in the text: the extractor reads it apart.)

    Examples
    --------
    >>> d = Document("x", text="Title here\\n\\nTitle here\\n\\nBody.\\n\\nSource link")
    >>> [d.text[s:e] for s, e in body_segments(d)]
    ['Title here', 'Body.']
    """
    seen: set[str] = set()
    text = doc.text
    links = False  # under a "Related stories" heading: headlines, until a sentence comes back
    kept_before = ""  # the key of the line kept right before this one, in the same paragraph
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        key = " ".join(line.split()).lower()
        # (the line right before, with no blank line between: this line goes on its paragraph)
        follows = kept_before if m.start() >= 2 and text[m.start() - 2] != "\n" else ""
        kept_before = ""
        # (a numbers box's item says the same words under another head: "2 600 contre 8 000" / "Manifestants à Vireloup
        # [préfecture] contre [UEA]." after "1 900 contre 6 500" / the same line: a line of its paragraph, no repeat)
        if not key or (key in seen and not (follows and follows != key)):
            continue
        seen.add(key)
        if _COMMENTS.match(line) or (_LETTERS.fullmatch(line) or _COUNTERS.fullmatch(line)) and 2 * m.start() > len(text):
            return  # readers' comments, readers' letters: nothing after this is the article
        if _RELATED.match(line):
            links = True
            continue
        if links and not re.search(r"[.!?»”\"]\s*$", line):
            continue
        links = False
        if _BOILERPLATE.match(line) or _CREDIT.match(line) or _LINK_LINE.match(line) or _MENU.match(line) \
                or _COOKIE_BANNER.match(line):
            continue
        s = m.start() + (len(line) - len(line.lstrip()))
        kept_before = key
        yield s, m.start() + len(line.rstrip())

