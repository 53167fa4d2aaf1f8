"""Terms between pyoxigraph (fast writers, parsers, stores) and rdflib (the
Python-facing API)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from ..errors import ClaimgraphError

__all__ = ["to_oxigraph", "to_rdflib"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_STRING, _LANG_STRING = _XSD + "string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_IRIS: dict[str, URIRef] = {}


def to_rdflib(term) -> Node:
    """The rdflib term equal to a pyoxigraph term (literals keep their
    lexical form).

    Examples
    --------
    >>> to_rdflib(ox.Literal("3000.0", datatype=ox.NamedNode(_XSD + "decimal")))
    rdflib.term.Literal('3000.0', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal'))
    >>> to_rdflib(ox.Literal("OTAN", language="fr")), to_rdflib(ox.BlankNode("b1"))
    (rdflib.term.Literal('OTAN', lang='fr'), rdflib.term.BNode('b1'))
    """
    cls = type(term)
    if cls is ox.NamedNode:
        iri = term.value
        found = _IRIS.get(iri)
        if found is None:
            found = _IRIS[iri] = URIRef(iri)
            if len(_IRIS) > 100_000:  # keep the cache for vocabulary, not for data
                _IRIS.clear()
        return found
    if cls is ox.Literal:
        datatype = term.datatype.value
        if term.language:
            return Literal(term.value, lang=term.language)
        if datatype == _STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=to_rdflib(term.datatype))
    if cls is ox.BlankNode:
        return BNode(term.value)
    raise ClaimgraphError(f"cannot use {cls.__name__} terms (RDF-star) here; claimgraph reads plain RDF")


def to_oxigraph(value):
    """A pyoxigraph term for an rdflib term, a pyoxigraph term, or a plain
    Python value (``str``, ``int``, ``float``, ``Decimal``, ``bool``, date).

    Examples
    --------
    >>> to_oxigraph(URIRef("https://schema.org/Claim"))
    <NamedNode value=https://schema.org/Claim>
    >>> to_oxigraph("NATO").value, to_oxigraph(3).datatype.value
    ('NATO', 'http://www.w3.org/2001/XMLSchema#integer')
    """
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return value
    if isinstance(value, URIRef):
        return ox.NamedNode(str(value))
    if isinstance(value, BNode):
        return ox.BlankNode(str(value))
    if isinstance(value, Literal):
        if value.language:
            return ox.Literal(str(value), language=value.language)
        dtype = value.datatype
        return ox.Literal(str(value), datatype=None if dtype is None else ox.NamedNode(str(dtype)))
    if isinstance(value, bool | int | float | str):
        return ox.Literal(value)
    if isinstance(value, Decimal):
        return ox.Literal(format(value, "f"), datatype=ox.NamedNode(_XSD + "decimal"))
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(_XSD + "date"))
    raise ClaimgraphError(f"cannot make an RDF term of {type(value).__name__} {value!r}; "
                          "pass an rdflib term, a string, a number, a bool or a date")
