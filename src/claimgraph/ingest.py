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

from .errors import InputError, ModelError
from .model import Document

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
      | (?:by|par)\s+[A-ZÀ-Ý][\w.'-]+(?:\s+[A-ZÀ-Ý][\w.'-]+){0,3}(?:\s*[,|·–-]\s*.{0,60})?
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# "Ng Han Guan / AP", "Photo: Reuters": a photo credit line.
_CREDIT = re.compile(r"^\s*(?:(?:photo|crédit|credit)\s*:?\s*)?[\w.\-' ]{2,40}\s*/\s*[\w.\- ]{1,30}\s*$", re.IGNORECASE)

# "› Chad now hosts 1.2 million refugees, UN says (March 2025)", "☰ Menu ...": a link list or menu
# line, not a sentence (a bullet that ends like a sentence is kept)
_LINK_LINE = re.compile(r"^\s*(?:[☰›→▸►▶]|[•·*-]\s.*[^.!?»”\"\s]\s*$)")

# "Home | World | Politics": a menu; "Comments (240)": readers, not the article; "Related stories": links
_MENU = re.compile(r"^[^.!?]*?(?:\s[|·•]\s[^|·•]+){2,}$")
_COMMENTS = re.compile(r"^\s*(?:\d+\s+)?(?:comments?|commentaires?|réactions?|reader\s+comments)\s*(?:\(\d+\))?\s*:?\s*$",
                       re.IGNORECASE)
_RELATED = re.compile(r"^\s*(?:related(?:\s+(?:stories|articles?|content|coverage))?|more\s+(?:stories|on\s+this\s+story|from\s+.{1,30})"
                      r"|most\s+(?:read|popular)|you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?|read\s+(?:more|next)"
                      r"|(?:à\s+)?lire\s+aussi|sur\s+le\s+m[êe]me\s+sujet|les\s+plus\s+lus|dans\s+la\s+même\s+rubrique"
                      r"|nos\s+derniers\s+articles|voir\s+aussi)\s*:?\s*$", re.IGNORECASE)

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
                meta = yaml.safe_load(raw) or {}
            except yaml.YAMLError as exc:
                # Hand-written front matter often has "title: Libye : l'ONU ...":
                # read such lines as plain "key: value" before giving up.
                plain = _plain_front_matter(raw)
                if plain is not None:
                    return plain, "\n".join(lines[i + 1:])
                mark = getattr(exc, "problem_mark", None)
                line = mark.line + 2 if mark is not None else None
                problem = getattr(exc, "problem", None) or str(exc).split("\n")[0]
                raise InputError(path, f"malformed YAML front matter: {problem}", line=line) from None
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


def _html_to_text(markup: str) -> tuple[dict, str]:
    """Title and paragraph text of an HTML page, with the standard library's parser."""
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


def document_from_text(text: str, *, id: str = "article", path=None, meta: dict | None = None) -> Document:
    """Build a Document from raw text (front matter already split off)."""
    meta = dict(meta or {})
    published = meta.get("published") or meta.get("date")
    title = meta.get("title")
    if not title:
        first = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
        title = first[:300] if first else None
    try:
        return Document(
            id=str(meta.get("id") or id), text=text, title=str(title) if title else None,
            publisher=str(meta["publisher"]) if meta.get("publisher") else None,
            url=str(meta["url"]) if meta.get("url") else None, published=published,
            language=str(meta.get("language") or detect_language(text)),
            path=str(path) if path is not None else None,
        )
    except ModelError as exc:
        raise InputError(path or id, f"front matter: {exc}", line=1) from None


def read_article(path) -> Document:
    """Read one article file (.txt, .md or .html).

    The document id is the file name without its suffix, as in the gold files.
    """
    path = Path(path)
    raw = read_text_file(path).replace("\r\n", "\n").replace("\r", "\n")
    if path.suffix.lower() in (".html", ".htm"):
        meta, text = _html_to_text(raw)
    else:
        meta, text = _split_front_matter(raw, path)
    return document_from_text(text, id=path.stem, path=path, meta=meta)


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
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        key = " ".join(line.split()).lower()
        if not key or key in seen:
            continue
        seen.add(key)
        if _COMMENTS.match(line):
            return  # readers' comments: nothing after this is the article
        if _RELATED.match(line):
            links = True
            continue
        if links and not re.search(r"[.!?»”\"]\s*$", line):
            continue
        links = False
        if _BOILERPLATE.match(line) or _CREDIT.match(line) or _LINK_LINE.match(line) or _MENU.match(line):
            continue
        s = m.start() + (len(line) - len(line.lstrip()))
        yield s, m.start() + len(line.rstrip())

