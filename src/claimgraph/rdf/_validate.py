"""Validation against the shipped SHACL shapes (``data/shapes.ttl``)."""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef

from ._convert import to_rdflib
from ._files import need_file, parse_quads
from ._terms import _short

__all__ = ["Validation", "ontology", "shapes", "validate"]

SH = Namespace("http://www.w3.org/ns/shacl#")


def _data_file(name: str) -> Graph:
    text = resources.files("claimgraph").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle")


@lru_cache(maxsize=1)
def _shapes_text() -> str:
    return resources.files("claimgraph").joinpath("data/shapes.ttl").read_text(encoding="utf-8")


def shapes() -> Graph:
    """The SHACL shapes every export satisfies (``data/shapes.ttl``).

    Examples
    --------
    >>> len(set(shapes().subjects(SH.targetClass, None))) >= 6
    True
    """
    return Graph().parse(data=_shapes_text(), format="turtle")


def ontology() -> Graph:
    """The project vocabulary ``cg:`` (``data/ontology.ttl``).

    Examples
    --------
    >>> from claimgraph.rdf import CG
    >>> from rdflib import RDFS
    >>> str(ontology().value(CG.figure, RDFS.range))
    'https://schema.org/QuantitativeValue'
    """
    return _data_file("ontology.ttl")


@dataclass(frozen=True)
class Validation:
    """The outcome of :func:`validate`: whether the data conforms, and one
    readable line per violation."""

    conforms: bool
    violations: tuple[str, ...]

    def __str__(self) -> str:
        if self.conforms:
            return "valid: conforms to the claimgraph shapes"
        lines = [f"invalid: {len(self.violations)} violation(s) of the claimgraph shapes"]
        return "\n".join(lines + [f"  {v}" for v in self.violations])


def _term(node) -> str:
    return repr(str(node)) if isinstance(node, Literal) else _short(node)


def _violations(report: Graph) -> tuple[str, ...]:
    out = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus, path = report.value(result, SH.focusNode), report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        value = report.value(result, SH.value)
        where = _term(focus) + (f" {_short(path)}" if isinstance(path, URIRef) else "")
        text = " ".join(str(message or "does not conform").split())
        if value is not None and value != focus:
            text += f" (value: {_term(value)[:80]})"
        out.append(f"{where}: {text}")
    return tuple(sorted(set(out)))


def validate(source, format: str | None = None) -> Validation:
    """Check RDF against the shipped shapes with pySHACL.

    Parameters
    ----------
    source : path or rdflib.Graph
        A file in one of :data:`~claimgraph.rdf.FORMATS` (named graphs are
        read as their union) or a graph.
    format : str, optional
        The file's format, when its suffix does not say.

    Raises
    ------
    InputError
        The file is missing or does not parse.

    Examples
    --------
    >>> from claimgraph import Actor, Claim, Corpus, Figure
    >>> from claimgraph.rdf import to_rdf
    >>> validate(to_rdf(Corpus(claims=(Claim(Actor("NATO"), Figure(3000)),)))).conforms
    True
    >>> from rdflib import URIRef, RDF
    >>> bad = Graph().add((URIRef("http://x/c"), RDF.type, URIRef("https://schema.org/Claim")))
    >>> print(validate(bad))  # doctest: +ELLIPSIS
    invalid: 4 violation(s) of the claimgraph shapes
      <http://x/c> cg:figure: Less than 1 values on ...
    ...
    """
    import pyshacl

    if isinstance(source, Graph):
        graph = source
    else:
        path = Path(source)
        need_file(path)
        graph = Graph()
        add = graph.add
        for q in parse_quads(None, format, path=path):
            add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        conforms, report, _ = pyshacl.validate(graph, shacl_graph=shapes(), inference="none",
                                               abort_on_first=False, allow_warnings=True)
    return Validation(bool(conforms), () if conforms else _violations(report))
