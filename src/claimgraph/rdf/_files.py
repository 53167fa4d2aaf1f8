"""Formats and files: serialise, write atomically, read back with clean errors.

N-Triples is written straight from :func:`~claimgraph.rdf.statements`;
Turtle and TriG by pyoxigraph's serialisers from the same statements (no
rdflib graph in between); JSON-LD by rdflib, compacted with the published
context. Every format is parsed by pyoxigraph.
"""
from __future__ import annotations

import io
import json
from dataclasses import dataclass
from importlib import resources
from itertools import islice
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from .._io import atomic_write
from ..errors import ClaimgraphError, InputError, ModelError
from ..model import Corpus
from ._nt import nquads
from ._quads import statements
from ._read import QuadIndex, from_rdf
from ._terms import _PREFIXES
from ._write import to_rdf

__all__ = ["ALIASES", "FORMATS", "RdfFormat", "dump", "dumps", "load", "loads", "parse_quads", "rdf_format"]


@dataclass(frozen=True)
class RdfFormat:
    """One serialisation: its rdflib plugin name, file suffixes, media type,
    whether it holds named graphs, and pyoxigraph's name for it."""

    name: str
    rdflib: str
    suffixes: tuple[str, ...]
    media_type: str
    quads: bool = False
    oxigraph: str = ""

    @property
    def ox(self) -> ox.RdfFormat:
        """The :class:`pyoxigraph.RdfFormat` that parses (and writes) it."""
        return getattr(ox.RdfFormat, self.oxigraph)


#: The formats :func:`dump` writes and :func:`load` reads, by name.
FORMATS: dict[str, RdfFormat] = {f.name: f for f in (
    RdfFormat("turtle", "turtle", (".ttl",), "text/turtle", oxigraph="TURTLE"),
    RdfFormat("nt", "nt", (".nt",), "application/n-triples", oxigraph="N_TRIPLES"),
    RdfFormat("json-ld", "json-ld", (".jsonld", ".json-ld"), "application/ld+json", quads=True, oxigraph="JSON_LD"),
    RdfFormat("trig", "trig", (".trig",), "application/trig", quads=True, oxigraph="TRIG"),
)}
_OX_PREFIXES = {prefix: str(ns) for prefix, ns in _PREFIXES.items()}


#: Other names of the formats: each suffix without its dot, and N-Triples' own.
ALIASES = {**{s.lstrip("."): f.name for f in FORMATS.values() for s in f.suffixes},
           "ntriples": "nt", "n-triples": "nt"}


def rdf_format(name: str | None = None, path=None) -> RdfFormat:
    """The format called ``name`` (a name of :data:`FORMATS` or of
    :data:`ALIASES`, such as a suffix: ``ttl``, ``nt``, ``jsonld``, ``trig``),
    else the one ``path``'s suffix says.

    Examples
    --------
    >>> rdf_format("ttl").name, rdf_format("JSONLD").name, rdf_format(None, "x.nt").name
    ('turtle', 'json-ld', 'nt')
    >>> rdf_format(None, "x.rdf")
    Traceback (most recent call last):
    ...
    claimgraph.errors.ClaimgraphError: cannot tell the RDF format of x.rdf from its suffix (.ttl, .nt, .jsonld, .json-ld, .trig); name the format
    """
    if name is None:
        suffix = Path(str(path)).suffix.lower()
        for f in FORMATS.values():
            if suffix in f.suffixes:
                return f
        known = ", ".join(s for f in FORMATS.values() for s in f.suffixes)
        raise ClaimgraphError(f"cannot tell the RDF format of {path} from its suffix ({known}); name the format")
    key = str(name).strip().lower()
    key = ALIASES.get(key.lstrip("."), key)
    if key not in FORMATS:
        raise ClaimgraphError(f"unknown RDF format {name!r}; formats: {', '.join(FORMATS)}")
    return FORMATS[key]


_format = rdf_format


def _context() -> dict:
    text = resources.files("claimgraph").joinpath("data/context.jsonld").read_text(encoding="utf-8")
    return json.loads(text)["@context"]


#: Statements per piece of N-Quads text: the export streams in pieces, so
#: its memory does not grow with the corpus (10^6 claims are ~50 M triples).
PIECE = 50_000


def _pieces(corpus: Corpus, comparisons, named: bool) -> Iterator[bytes]:
    found = statements(corpus, comparisons, named=named)
    while piece := list(islice(found, PIECE)):
        yield nquads(piece).encode("utf-8")


def _serialize(corpus: Corpus, fmt: RdfFormat, comparisons, output) -> None:
    # Written to a binary file, piece by piece (JSON-LD excepted: rdflib compacts it whole).
    if fmt.name == "json-ld":
        data = to_rdf(corpus, comparisons).serialize(format="json-ld", context=_context(), indent=2)
        output.write(data.encode("utf-8"))
        return
    pieces = _pieces(corpus, comparisons, fmt.quads)
    if fmt.name == "nt":
        for piece in pieces:
            output.write(piece)
        return
    # pyoxigraph parses the N-Quads and writes them prettier; its Turtle and
    # TriG writers stream (blank node labels are kept across pieces).
    found = (q for piece in pieces for q in ox.parse(piece, ox.RdfFormat.N_QUADS))
    try:
        ox.serialize(found, output, fmt.ox, prefixes=_OX_PREFIXES)
    except MemoryError:  # pyoxigraph reads no statement over 16 MiB (articles are capped below it)
        raise ClaimgraphError(f"a text of the claims is too long to write as {fmt.name} (pyoxigraph takes at most "
                              "16 MiB in one statement); write .nt instead, or split the longest article") from None


def dumps(corpus: Corpus, format: str, comparisons=None) -> str:
    """The corpus serialised in one of :data:`FORMATS`.

    JSON-LD embeds the project context (``data/context.jsonld``) so the file
    reads without fetching anything. The output is deterministic: equal
    corpora (same records in the same order) give equal files. TriG puts each
    claim in named graphs (see :func:`~claimgraph.rdf.to_dataset`).

    Examples
    --------
    >>> from claimgraph import Actor, Claim, Corpus, Figure
    >>> c = Claim(Actor("NATO", "organisation"), Figure(3000), "soldiers", id="c1")
    >>> lines = dumps(Corpus(claims=(c,)), "nt").splitlines()
    >>> lines[0].split()[0]
    '<https://w3id.org/claimgraph/id/actor/nato>'
    >>> dumps(Corpus(), "rdfxml")
    Traceback (most recent call last):
    ...
    claimgraph.errors.ClaimgraphError: unknown RDF format 'rdfxml'; formats: turtle, nt, json-ld, trig
    """
    out = io.BytesIO()
    _serialize(corpus, _format(format), comparisons, out)
    return out.getvalue().decode("utf-8")


def dump(corpus: Corpus, path, format: str | None = None, comparisons=None) -> None:
    """Write :func:`dumps` to ``path`` atomically (format from the suffix
    when not given).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from claimgraph import Actor, Claim, Corpus, Figure
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "claims.ttl"
    >>> corpus = Corpus(claims=(Claim(Actor("NATO"), Figure(3000)),))
    >>> dump(corpus, p)
    >>> load(p) == from_rdf(to_rdf(corpus))
    True
    """
    fmt = _format(format, path)
    with atomic_write(path, "wb") as f:
        _serialize(corpus, fmt, comparisons, f)


def need_file(path: Path) -> None:
    """InputError unless ``path`` is a regular file, saying what it is instead."""
    if path.is_dir():
        raise InputError(path, "is a directory, expected an RDF file")
    if path.exists() and not path.is_file():
        raise InputError(path, "not a regular file (a pipe, a device or a socket); give a file")
    if not path.is_file():
        raise InputError(path, "file not found")


def _parse_error(path, exc: SyntaxError) -> InputError:
    # One line, with the line number pyoxigraph gives.
    message = " ".join(str(exc.msg or exc).split())
    message = message.split(": ", 1)[1] if message.startswith("Parser error") and ": " in message else message
    return InputError(path, f"bad syntax ({message[:200]})", line=exc.lineno if isinstance(exc.lineno, int) else None)


def parse_quads(source, format: str | None = None, *, path=None) -> list:
    """Parse RDF with pyoxigraph: ``source`` is ``bytes``/``str`` data or,
    when None, the file at ``path``.

    Raises
    ------
    InputError
        The data does not parse (with the line where it fails) or the file
        cannot be read.

    Examples
    --------
    >>> len(parse_quads(b"<http://x/a> <http://x/b> <http://x/c> .", "nt"))
    1
    >>> parse_quads(b"<http://x/a> <http://x/b> .", "nt")
    Traceback (most recent call last):
    ...
    claimgraph.errors.InputError: <data>:1: bad syntax (The object of a triple must be an IRI, a blank node or a literal)
    """
    fmt = _format(format, path)
    where = path if path is not None else "<data>"
    if isinstance(source, str):
        source = source.encode("utf-8")
    try:
        if source is None:
            base = Path(path).resolve().as_uri()
            return list(ox.parse(path=str(path), format=fmt.ox, base_iri=base))
        return list(ox.parse(source, fmt.ox))
    except SyntaxError as exc:
        raise _parse_error(where, exc) from None
    except UnicodeDecodeError as exc:
        raise InputError(where, f"not UTF-8 text ({exc.reason}); save the file as UTF-8") from None
    except OSError as exc:
        raise InputError(where, f"cannot read: {exc.strerror or exc}") from None
    except MemoryError:
        raise InputError(where, "a statement is longer than the 16 MiB pyoxigraph reads; split the longest "
                                "text (an article's) into several files") from None
    except ValueError as exc:  # pyoxigraph reports some data errors this way
        raise InputError(where, f"bad data ({' '.join(str(exc).split())[:200]})") from None


def _corpus(found: list, where) -> Corpus:
    try:
        return from_rdf(QuadIndex(found))
    except ModelError as exc:
        raise InputError(where, str(exc)) from None


def loads(data, format: str) -> Corpus:
    """Read a corpus from RDF data (``str`` or ``bytes``) in one of
    :data:`FORMATS`.

    Examples
    --------
    >>> from claimgraph import Actor, Claim, Corpus, Figure
    >>> corpus = Corpus(claims=(Claim(Actor("NATO"), Figure(3000)),))
    >>> all(loads(dumps(corpus, name), name).claims == corpus.claims for name in FORMATS)
    True
    """
    return _corpus(parse_quads(data, format), "<data>")


def load(path, format: str | None = None) -> Corpus:
    """Read a corpus from an RDF file (format from the suffix when not given).

    Raises
    ------
    InputError
        The file is missing, does not parse (with the line where the parser
        gives one), or does not describe valid records.
    ClaimgraphError
        Unknown format, or a suffix that names none.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "bad.ttl"
    >>> _ = p.write_text("@prefix x: <http://x/> .\\nx:a x:b .\\n")
    >>> load(p)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    claimgraph.errors.InputError: ...bad.ttl:2: bad syntax (...)
    """
    path = Path(path)
    fmt = _format(format, path)
    need_file(path)
    return _corpus(parse_quads(None, fmt.name, path=path), path)
