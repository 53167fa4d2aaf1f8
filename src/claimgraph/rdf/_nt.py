"""N-Triples terms as text: the vocabulary, literals, numbers and resource
IRIs the statement generator writes, and N-Quads lines."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable
from urllib.parse import quote

import pyoxigraph as ox

from ._terms import BASE, CG, NP, OA, OWL, PROV, RDF, RDFS, SDO, XSD

__all__ = ["iri", "lit", "node", "nquads", "number", "safe_key"]


def _iri(ns, name: str) -> str:
    return f"<{ns}{name}>"


# N-Triples terms used for every claim, written once.
TYPE, FIRST, REST, NIL = (_iri(RDF, x) for x in ("type", "first", "rest", "nil"))
LABEL = _iri(RDFS, "label")
S = {x: _iri(SDO, x) for x in (
    "Claim", "QuantitativeValue", "NewsArticle", "Person", "Organization", "Country", "identifier", "name",
    "alternateName", "memberOf", "headline", "publisher", "datePublished", "url", "inLanguage", "text",
    "value", "minValue", "maxValue", "unitText", "about", "dateCreated", "appearance", "Place",
    "temporalCoverage", "spatialCoverage")}
C = {x: _iri(CG, x) for x in (
    "Quantity", "Conflict", "Agreement", "Revision", "actorKind", "aliases", "wikidata", "path", "claimants",
    "figure", "qualifier", "quantityLabel", "subject", "scope", "hedged", "origin", "evidence", "variantOf", "confidence",
    "claimA", "claimB", "ratio", "conflictsWith", "agreesWith", "revises", "claimgraph",
    # frames, statements and reports
    "population", "measure", "period", "placeLevel", "partOf", "Statement", "Report", "statement", "reports",
    "claim", "daysApart", "direction", "statementA", "statementB")}
O = {x: _iri(OA, x) for x in (
    "Annotation", "SpecificResource", "TextQuoteSelector", "TextPositionSelector", "hasBody", "hasTarget",
    "hasSource", "hasSelector", "exact", "start", "end")}
ATTRIBUTED, DERIVED = _iri(PROV, "wasAttributedTo"), _iri(PROV, "wasDerivedFrom")
SAME_AS = _iri(OWL, "sameAs")
NANOPUB, HAS_ASSERTION, HAS_PROVENANCE, HAS_PUBINFO = (
    _iri(NP, x) for x in ("Nanopublication", "hasAssertion", "hasProvenance", "hasPublicationInfo"))
_DECIMAL, _DATE, _NON_NEG, _INTEGER = (f'"^^{_iri(XSD, x)}' for x in ("decimal", "date", "nonNegativeInteger",
                                                                       "integer"))
TRUE = f'"true"^^{_iri(XSD, "boolean")}'
_KIND_CLASS = {"person": S["Person"], "organisation": S["Organization"], "country": S["Country"],
               "group": S["Organization"], "unknown": S["Organization"]}
_RELATION = {"conflict": (C["Conflict"], C["conflictsWith"]), "agreement": (C["Agreement"], C["agreesWith"]),
             "revision": (C["Revision"], C["revises"])}
COMPARISONS_GRAPH = f"<{BASE}graph/comparisons>"
#: Where blank nodes go when a store or server needs stable names for them.
GENID = BASE.rsplit("/id/", 1)[0] + "/.well-known/genid/"
# N-Triples string escapes: the four the grammar requires, and every other
# control character as \uXXXX so that no parser can stumble on it.
_ESCAPES = {i: f"\\u{i:04X}" for i in (*range(0x20), 0x7F)}
_ESCAPES.update({ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})


def lit(text: str) -> str:
    r"""A plain string literal as an N-Triples term.

    Examples
    --------
    >>> print(lit('say "3 000"\n'))
    "say \"3 000\"\n"
    """
    return '"' + text.translate(_ESCAPES) + '"'


def safe_key(key: str) -> str:
    """``key`` percent-encoded whole (``/``, ``#`` too), for the end of an IRI.

    Examples
    --------
    >>> safe_key("c1a2"), safe_key("a b/c")
    ('c1a2', 'a%20b%2Fc')
    """
    return key if _SAFE(key) else quote(key, safe="")


_SAFE = re.compile(r"[A-Za-z0-9_.~-]+").fullmatch  # what quote() leaves as is


def iri(kind: str, key: str) -> str:
    """The N-Triples term of a claimgraph resource."""
    return f"<{BASE}{kind}/{safe_key(key)}>"


def node(kind: str, key: str) -> ox.NamedNode:
    """The pyoxigraph term of a claimgraph resource."""
    return ox.NamedNode(f"{BASE}{kind}/{safe_key(key)}")


def number(x: float) -> str:
    """An ``xsd:decimal`` in positional notation that reads back as the same
    float (repr is the shortest such text), as an N-Triples term.

    Examples
    --------
    >>> [number(x).split('"')[1] for x in (3000.0, 1e-7, 1.5e20)]
    ['3000.0', '0.0000001', '150000000000000000000']
    """
    text = repr(float(x))
    if "e" in text:
        text = format(Decimal(text), "f")
    return '"' + text + _DECIMAL




def nquads(found: Iterable[tuple]) -> str:
    """Statements from :func:`statements` as N-Quads text (N-Triples when
    they are all in the default graph).

    Examples
    --------
    >>> print(nquads([("<http://x/a>", "<http://x/b>", lit("c"), None)]), end="")
    <http://x/a> <http://x/b> "c" .
    """
    return "".join([f"{s} {p} {o} .\n" if g is None else f"{s} {p} {o} {g} .\n" for s, p, o, g in found])
