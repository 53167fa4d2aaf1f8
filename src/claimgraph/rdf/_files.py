"""Formats and files: serialise, write atomically, read back with clean errors."""
from __future__ import annotations

import io
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import Dataset, Graph, Literal
from rdflib.plugins.serializers.trig import TrigSerializer
from rdflib.plugins.serializers.turtle import TurtleSerializer

from .._io import atomic_write
from ..errors import ClaimgraphError, InputError, ModelError
from ..model import Corpus
from ._read import from_rdf
from ._write import _dataset, to_rdf

__all__ = ["FORMATS", "RdfFormat", "dump", "dumps", "load"]


@dataclass(frozen=True)
class RdfFormat:
    """One serialisation: its rdflib plugin name, file suffixes, media type,
    and whether it holds named graphs."""

    name: str
    rdflib: str
    suffixes: tuple[str, ...]
    media_type: str
    quads: bool = False


#: The formats :func:`dump` writes and :func:`load` reads, by name.
FORMATS: dict[str, RdfFormat] = {f.name: f for f in (
    RdfFormat("turtle", "turtle", (".ttl",), "text/turtle"),
    RdfFormat("nt", "nt", (".nt",), "application/n-triples"),
    RdfFormat("json-ld", "json-ld", (".jsonld", ".json-ld"), "application/ld+json", quads=True),
    RdfFormat("trig", "trig", (".trig",), "application/trig", quads=True),
)}


def _format(name: str | None, path=None) -> RdfFormat:
    if name is None:
        suffix = Path(str(path)).suffix.lower()
        for f in FORMATS.values():
            if suffix in f.suffixes:
                return f
        known = ", ".join(s for f in FORMATS.values() for s in f.suffixes)
        raise ClaimgraphError(f"cannot tell the RDF format of {path} from its suffix ({known}); name the format")
    if name not in FORMATS:
        raise ClaimgraphError(f"unknown RDF format {name!r}; formats: {', '.join(FORMATS)}")
    return FORMATS[name]


def _context() -> dict:
    text = resources.files("claimgraph").joinpath("data/context.jsonld").read_text(encoding="utf-8")
    return json.loads(text)["@context"]


def _escape(lit: Literal) -> str:
    text = str(lit).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    suffix = f"@{lit.language}" if lit.language else f"^^<{lit.datatype}>" if lit.datatype else ""
    return f'"{text}"{suffix}'


class _ShortStrings:
    # rdflib writes strings holding a newline as """long strings""" and gets
    # the escaping wrong for some endings ('\n\\"' does not parse back);
    # escaped short strings always do.
    def label(self, node, position):
        if isinstance(node, Literal) and ("\n" in node or "\r" in node):
            return _escape(node)
        return super().label(node, position)


class _Turtle(_ShortStrings, TurtleSerializer):
    pass


class _Trig(_ShortStrings, TrigSerializer):
    pass


def _serialize(serializer, store) -> str:
    out = io.BytesIO()
    serializer(store).serialize(out, encoding="utf-8")
    return out.getvalue().decode("utf-8")


def dumps(corpus: Corpus, format: str, comparisons=None) -> str:
    """The corpus serialised in one of :data:`FORMATS`.

    JSON-LD embeds the project context (``data/context.jsonld``) so the file
    reads without fetching anything; N-Triples lines are sorted so that equal
    corpora give equal files.

    Examples
    --------
    >>> from claimgraph import Actor, Claim, Corpus, Figure
    >>> c = Claim(Actor("NATO", "organisation"), Figure(3000), "soldiers", id="c1")
    >>> lines = dumps(Corpus(claims=(c,)), "nt").splitlines()
    >>> lines == sorted(lines), lines[0].split()[0]
    (True, '<https://w3id.org/claimgraph/id/actor/nato>')
    >>> dumps(Corpus(), "rdfxml")
    Traceback (most recent call last):
    ...
    claimgraph.errors.ClaimgraphError: unknown RDF format 'rdfxml'; formats: turtle, nt, json-ld, trig
    """
    fmt = _format(format)
    if fmt.name == "trig":
        return _serialize(_Trig, _dataset(corpus, comparisons))
    graph = to_rdf(corpus, comparisons)
    if fmt.name == "turtle":
        return _serialize(_Turtle, graph)
    if fmt.name == "json-ld":
        return graph.serialize(format=fmt.rdflib, context=_context(), indent=2)
    # N-Triples sorted, so that equal corpora give equal files. Split on "\n"
    # only: str.splitlines() would also cut at U+2028 inside a literal.
    lines = sorted(line for line in graph.serialize(format=fmt.rdflib).split("\n") if line)
    return "".join(line + "\n" for line in lines)


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
    text = dumps(corpus, _format(format, path).name, comparisons)
    with atomic_write(path) as f:
        f.write(text)


def _nt_line(path: Path) -> int | None:
    # rdflib's N-Triples error quotes the rest of the bad line, not its number;
    # N-Triples lines stand alone, so the first one that fails alone is it.
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return None
    for number, line in enumerate(lines, 1):
        try:
            Graph().parse(data=line, format="nt")
        except Exception:  # any parser error marks the line
            return number
    return None


def _parse_error(path: Path, fmt: RdfFormat, exc: Exception) -> InputError:
    # One line, with the line number where the parser knows it.
    line, message = getattr(exc, "lineno", None), getattr(exc, "msg", None) or str(exc)
    if hasattr(exc, "_why") and isinstance(getattr(exc, "lines", None), int):  # rdflib's BadSyntax
        line, message = exc.lines + 1, f"bad syntax ({exc._why})"
    elif fmt.name == "nt":
        line, message = _nt_line(path), f"bad syntax ({message})"
    message = " ".join(message.split())
    return InputError(path, message[:200] or type(exc).__name__, line=line if isinstance(line, int) else None)


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
    claimgraph.errors.InputError: ...bad.ttl:2: bad syntax (objectList expected)
    """
    path = Path(path)
    fmt = _format(format, path)
    graph = Dataset() if fmt.quads else Graph()
    if not path.is_file():
        raise InputError(path, "file not found")
    try:
        graph.parse(source=path, format=fmt.rdflib)
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    except Exception as exc:  # rdflib's parsers raise many types; all mean the file is bad
        raise _parse_error(path, fmt, exc) from None
    try:
        return from_rdf(graph)
    except ModelError as exc:
        raise InputError(path, str(exc)) from None
