"""Namespaces and resource names shared by the RDF writer and reader."""
from __future__ import annotations

from urllib.parse import quote, unquote

from rdflib import Namespace, URIRef

#: The project vocabulary.
CG = Namespace("https://w3id.org/claimgraph/ns#")
#: Where claimgraph's own resources live: ``BASE + "claim/" + key``.
BASE = "https://w3id.org/claimgraph/id/"
SDO = Namespace("https://schema.org/")
# Plain namespaces rather than rdflib's closed ones: pytest's doctest finder
# probes module attributes, and closed namespaces warn on unknown names.
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
PROV = Namespace("http://www.w3.org/ns/prov#")
OA = Namespace("http://www.w3.org/ns/oa#")
NP = Namespace("http://www.nanopub.org/nschema#")
WD = "http://www.wikidata.org/entity/"

_PREFIXES = {"schema": SDO, "prov": PROV, "rdf": RDF, "oa": OA, "owl": OWL, "rdfs": RDFS, "xsd": XSD, "cg": CG,
             "np": NP}
_CLASS_KIND = {SDO.Person: "person", SDO.Country: "country", SDO.Organization: "organisation"}


def resource(kind: str, key: str) -> URIRef:
    """The IRI of a claimgraph resource; ``key`` is percent-encoded whole, so
    an id taken from an article can never break the IRI.

    Examples
    --------
    >>> resource("claim", "c1/a b#<x>")
    rdflib.term.URIRef('https://w3id.org/claimgraph/id/claim/c1%2Fa%20b%23%3Cx%3E')
    """
    return URIRef(f"{BASE}{kind}/{quote(str(key), safe='')}")


def _key(iri) -> str:
    # Inverse of resource() for references to things the graph does not
    # describe (a document or an affiliation missing from the corpus).
    s = str(iri)
    return unquote(s.rsplit("/", 1)[-1]) if s.startswith(BASE) else s


def _short(iri) -> str:
    for prefix, ns in _PREFIXES.items():
        if str(iri).startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"
