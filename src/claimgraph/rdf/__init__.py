"""Claims as linked data: export to and import from RDF.

A :class:`~claimgraph.model.Corpus` maps onto standard vocabularies first
(schema.org, W3C PROV, W3C Web Annotation, OWL), with a small project
vocabulary ``cg:`` (``https://w3id.org/claimgraph/ns#``) for the rest. The
reader :func:`from_rdf` is paired with the writer :func:`to_rdf`: a corpus
survives the round trip exactly, in every format of :data:`FORMATS`.

Formats are plugins behind one name each (``turtle``, ``nt``, ``json-ld``,
``trig``); :func:`load` guesses the format from the file suffix. In TriG each
claim's assertion sits in its own named graph and its provenance (article
link, evidence) in another, nanopublication style.

Mapping
-------
========== ===================================================================
claim      ``schema:Claim``; ``prov:wasAttributedTo`` each claimant (and
           ``cg:claimants``, an ``rdf:List`` keeping their order, when
           several); ``schema:about`` a ``cg:Quantity``; ``cg:figure``;
           ``schema:dateCreated``, ``cg:subject``, ``cg:scope``,
           ``cg:hedged`` (when true), ``cg:origin`` (when not extracted),
           ``cg:confidence`` (``xsd:decimal``, 0 to 1, when scored; in
           TriG in the provenance graph)
frame      on the claim: ``schema:temporalCoverage`` (``as_of``),
           ``schema:spatialCoverage`` a ``schema:Place``
           (``…/id/place/<slug>``), ``cg:placeLevel``, ``cg:population``,
           ``cg:measure``, ``cg:period``; ``cg:partOf`` the total's
           ``cg:Quantity`` (on the claim, and between the two quantities)
statement  ``cg:Statement`` (``…/id/statement/<id>``), linked by the claim's
           ``cg:statement``; ``schema:appearance`` each report's document,
           ``cg:reports`` an ``rdf:List`` of ``cg:Report`` (``cg:claim``,
           ``schema:appearance``, ``schema:dateCreated``); a claim whose
           reports differ from its statement's has its own ``cg:reports``
figure     ``schema:QuantitativeValue``: ``schema:value``/``minValue``/
           ``maxValue`` (``xsd:decimal``, exact for any float),
           ``schema:unitText``, ``cg:qualifier``
actor      ``schema:Person``/``Organization``/``Country`` and ``cg:actorKind``;
           ``schema:name``, ``schema:alternateName``, ``schema:memberOf``,
           ``owl:sameAs`` Wikidata
document   ``schema:NewsArticle``, linked by ``schema:appearance`` and
           ``prov:wasDerivedFrom``
evidence   ``oa:Annotation`` (body: the claim) targeting the article through a
           ``oa:TextQuoteSelector`` and a ``oa:TextPositionSelector``
relations  ``cg:Conflict``/``Agreement``/``Revision`` (``cg:ratio``,
           ``cg:daysApart``, ``cg:direction``, ``cg:statementA``/``B``) and
           direct ``cg:conflictsWith``/``agreesWith``/``revises`` links
           (export only)
========== ===================================================================

Turtle, N-Triples and TriG are written from :func:`statements` (N-Triples
terms as text) through pyoxigraph, every format is parsed by pyoxigraph;
:func:`to_rdf`/:func:`to_dataset` give the same statements as rdflib graphs.
:func:`validate` checks data against the shipped SHACL shapes; the mapping is
documented in ``docs/rdf.md``.

Resources are ``https://w3id.org/claimgraph/id/{kind}/{key}`` (see
:func:`resource`), and every record keeps its original id as
``schema:identifier``.

Examples
--------
>>> from claimgraph import Actor, Claim, Corpus, Figure
>>> from claimgraph import rdf
>>> c = Claim((Actor("NATO", "organisation"),), Figure(3000, qualifier="about"), "soldiers")
>>> corpus = Corpus(claims=(c,))
>>> rdf.from_rdf(rdf.to_rdf(corpus)).claims == (c,)
True
>>> "schema:QuantitativeValue" in rdf.dumps(corpus, "turtle")
True
"""
from __future__ import annotations

from ._convert import to_oxigraph, to_rdflib
from ._files import FORMATS, RdfFormat, dump, dumps, load, loads, parse_quads, rdf_format
from ._nt import nquads
from ._quads import quads, skolemize, statements
from ._read import QuadIndex, from_rdf
from ._terms import BASE, CG, NP, OA, OWL, PROV, RDF, RDFS, SDO, XSD, resource
from ._validate import Validation, ontology, shapes, validate
from ._write import to_dataset, to_rdf

#: Prefix -> namespace IRI of every vocabulary the mapping uses.
PREFIXES = {"schema": str(SDO), "prov": str(PROV), "oa": str(OA), "owl": str(OWL), "rdf": str(RDF),
            "rdfs": str(RDFS), "xsd": str(XSD), "cg": str(CG), "np": str(NP)}

__all__ = ["BASE", "CG", "FORMATS", "PREFIXES", "QuadIndex", "RdfFormat", "SDO", "Validation", "dump", "dumps",
           "from_rdf", "load", "loads", "nquads", "ontology", "parse_quads", "quads", "rdf_format", "resource", "shapes",
           "skolemize", "statements", "to_dataset", "to_oxigraph", "to_rdf", "to_rdflib", "validate"]
