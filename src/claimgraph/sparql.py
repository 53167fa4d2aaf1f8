"""SPARQL over claims: in memory, on a persistent store, or on any SPARQL 1.1
server, with values passed as bindings and never pasted into the query.

Queries may use the prefixes of :data:`claimgraph.rdf.PREFIXES` (``schema:``,
``prov:``, ``oa:``, ``cg:``...) without declaring them. Named graphs are read
as one default graph (their union), so the same query runs on an export, a
store made by ``claimgraph ingest`` and a server filled by ``claimgraph push``.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass
from decimal import Decimal

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from .errors import ClaimgraphError
from .htmlsafe import esc
from .model import Actor, Claim, Corpus, Document
from .rdf import PREFIXES, nquads, resource, statements, to_oxigraph, to_rdflib
from .rdf._server import prepare, query_endpoint
from .tables import csv_cell

__all__ = ["Result", "bind_value", "memory_store", "prepare", "query", "query_endpoint", "term_text"]


@dataclass(frozen=True)
class Result:
    """What a query returns: ``variables`` and ``rows`` of rdflib terms (None
    where a variable is unbound) for SELECT, ``boolean`` for ASK; CONSTRUCT and
    DESCRIBE give rows of (subject, predicate, object)."""

    variables: tuple[str, ...] = ()
    rows: tuple[tuple, ...] = ()
    boolean: bool | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def as_dicts(self) -> list[dict]:
        """Rows as ``{variable: Python value}`` (``toPython()`` of each term).

        Examples
        --------
        >>> Result(("n",), ((Literal(3),),)).as_dicts()
        [{'n': 3}]
        """
        return [{v: (None if t is None else t.toPython()) for v, t in zip(self.variables, row)}
                for row in self.rows]

    def to_json(self) -> str:
        """The W3C SPARQL 1.1 Query Results JSON Format."""
        if self.boolean is not None:
            return json.dumps({"head": {}, "boolean": self.boolean}) + "\n"
        bindings = [{v: _json_term(t) for v, t in zip(self.variables, row) if t is not None} for row in self.rows]
        return json.dumps({"head": {"vars": list(self.variables)}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1) + "\n"

    def to_csv(self) -> str:
        """The W3C SPARQL 1.1 CSV results format (plain values; text a
        spreadsheet would run as a formula gets a leading ``'``)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        if self.boolean is not None:
            writer.writerows([["boolean"], [str(self.boolean).lower()]])
        else:
            writer.writerow(self.variables)
            writer.writerows([["" if t is None else (f"_:{t}" if isinstance(t, BNode) else csv_cell(str(t))) for t in row]
                              for row in self.rows])
        return out.getvalue()

    def to_df(self):
        """The rows as a pandas DataFrame, one column per variable.

        Values are Python values: an IRI its full text, a blank node
        ``_:id``, a literal its ``toPython()`` value, with decimals as floats
        and a column of dates or times as datetimes; unbound cells are None
        (NaN/NaT where the column is numeric or dates). ASK gives one
        ``boolean`` column; CONSTRUCT and DESCRIBE ``subject``,
        ``predicate``, ``object``.

        Examples
        --------
        >>> from rdflib import XSD
        >>> r = Result(("who", "n", "on"), ((URIRef("https://w3id.org/claimgraph/id/actor/nato"),
        ...                                  Literal("3000.0", datatype=XSD.decimal), Literal("2024-11-04", datatype=XSD.date)),
        ...                                 (BNode("b1"), None, None)))
        >>> df = r.to_df()
        >>> df.to_dict("list")
        {'who': ['https://w3id.org/claimgraph/id/actor/nato', '_:b1'], 'n': [3000.0, nan], 'on': [Timestamp('2024-11-04 00:00:00'), NaT]}
        >>> Result(boolean=True).to_df().to_dict("list")
        {'boolean': [True]}
        """
        import pandas as pd

        if self.boolean is not None:
            return pd.DataFrame({"boolean": [self.boolean]})
        df = pd.DataFrame([[_python(t) for t in row] for row in self.rows], columns=list(self.variables))
        for name in df.columns:
            found = [x for x in df[name] if x is not None]
            if found and all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in found):
                df[name] = pd.to_numeric(df[name])
            elif found and all(isinstance(x, (dt.date, dt.datetime)) for x in found):
                df[name] = pd.to_datetime(df[name])
        return df

    def _repr_html_(self, max_rows: int = 50) -> str:
        """A table for notebooks: IRIs shortened with the known prefixes (the
        full IRI as a tooltip), every cell escaped, the first ``max_rows`` rows."""
        if self.boolean is not None:
            return f"<p>ASK: <b>{'true' if self.boolean else 'false'}</b></p>"
        n = len(self.rows)
        head = "".join(f"<th>{esc(v)}</th>" for v in self.variables)
        body = []
        for row in self.rows[:max_rows]:
            cells = []
            for t in row:
                full = f' title="{esc(str(t))}"' if isinstance(t, URIRef) else ""
                cells.append(f"<td{full}>{esc(_cut(term_text(t), 120))}</td>")
            body.append(f"<tr>{''.join(cells)}</tr>")
        more = f"; the first {max_rows} shown (to_df() has them all)" if n > max_rows else ""
        return (f"<table><caption>SPARQL result: {n} row{'s' * (n != 1)}{more}</caption>"
                f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")

    def to_table(self, width: int = 60, columns: int | None = None) -> str:
        """An aligned text table, IRIs shortened with the known prefixes;
        cells cut at ``width`` characters, the table wrapped to fit
        ``columns`` (a terminal's width) when given.

        Examples
        --------
        >>> print(Result(("claim", "n"), ((URIRef("https://schema.org/Claim"), Literal(3)),)).to_table())
        claim         n
        ------------  -
        schema:Claim  3
        (1 row)
        """
        if self.boolean is not None:
            return "true" if self.boolean else "false"
        from .tables import text_table

        table = text_table([[term_text(t) for t in row] for row in self.rows], list(self.variables),
                           max_width=width, width=columns)
        return table + f"\n({len(self.rows)} row{'s' if len(self.rows) != 1 else ''})"


def _python(term):
    """A term as a plain Python value (see :meth:`Result.to_df`)."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    value = term.toPython()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, str):  # a language-tagged literal stays a Literal: plain text
        return str(value)
    return value if isinstance(value, (str, int, float, bool, dt.date, dt.datetime)) else str(term)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def term_text(term) -> str:
    """A term as people read it: prefixed name, ``<iri>``, ``_:b`` or the
    literal's text.

    Examples
    --------
    >>> term_text(URIRef("https://w3id.org/claimgraph/ns#Conflict")), term_text(Literal("3000.0"))
    ('cg:Conflict', '3000.0')
    """
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, ns in PREFIXES.items():
            rest = term[len(ns):]
            if term.startswith(ns) and rest and all(c.isalnum() or c in "_-" for c in rest):
                return f"{prefix}:{rest}"
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _json_term(t) -> dict:
    if isinstance(t, URIRef):
        return {"type": "uri", "value": str(t)}
    if isinstance(t, BNode):
        return {"type": "bnode", "value": str(t)}
    out = {"type": "literal", "value": str(t)}
    if t.language:
        out["xml:lang"] = t.language
    elif t.datatype is not None:
        out["datatype"] = str(t.datatype)
    return out


def bind_value(text: str):
    """A command-line binding value as an RDF term: ``<iri>``, an N-Triples
    literal (``"3000.0"^^<http://www.w3.org/2001/XMLSchema#decimal>``,
    ``"OTAN"@fr``), or else a plain string.

    Examples
    --------
    >>> bind_value("<https://w3id.org/claimgraph/id/actor/nato>")
    rdflib.term.URIRef('https://w3id.org/claimgraph/id/actor/nato')
    >>> bind_value('"OTAN"@fr'), bind_value("NATO")
    (rdflib.term.Literal('OTAN', lang='fr'), rdflib.term.Literal('NATO'))
    >>> bind_value("<not an iri>")
    Traceback (most recent call last):
    ...
    claimgraph.errors.ClaimgraphError: bad --bind value '<not an iri>': write an IRI as <http://...>, a literal as "text" or "3"^^<datatype>, or plain text
    """
    if not (text.startswith("<") or text.startswith('"')):
        return Literal(text)
    try:
        found = list(ox.parse(f"<urn:x:s> <urn:x:p> {text} .".encode("utf-8"), ox.RdfFormat.N_TRIPLES))
    except (SyntaxError, ValueError):
        found = []
    if len(found) != 1:
        raise ClaimgraphError(f"bad --bind value {text!r}: write an IRI as <http://...>, a literal as \"text\" "
                              "or \"3\"^^<datatype>, or plain text")
    return to_rdflib(found[0].object)


def _term(value):
    # Records stand for their resources: sparql(q, claimant=actor).
    for cls, kind in ((Actor, "actor"), (Claim, "claim"), (Document, "document")):
        if isinstance(value, cls):
            return to_oxigraph(resource(kind, value.id))
    return to_oxigraph(value)


def memory_store(corpus: Corpus, comparisons=None) -> ox.Store:
    """An in-memory pyoxigraph store holding the export of ``corpus``.

    Examples
    --------
    >>> from claimgraph import Actor, Claim, Figure
    >>> len(memory_store(Corpus(claims=(Claim(Actor("NATO"), Figure(1)),)))) > 5
    True
    """
    store = ox.Store()
    store.load(nquads(statements(corpus, comparisons)).encode("utf-8"), ox.RdfFormat.N_QUADS)
    return store


def _result(found) -> Result:
    if isinstance(found, ox.QueryBoolean):
        return Result(boolean=bool(found))
    if isinstance(found, ox.QuerySolutions):
        names = tuple(v.value for v in found.variables)
        rows = tuple(tuple(None if sol[i] is None else to_rdflib(sol[i]) for i in range(len(names)))
                     for sol in found)
        return Result(names, rows)
    # CONSTRUCT and DESCRIBE: triples (or quads parsed from a server's answer)
    rows = tuple((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)) for t in found)
    return Result(("subject", "predicate", "object"), rows)


def query(source, text: str, bindings: dict | None = None) -> Result:
    """Run a SPARQL query on a pyoxigraph store, an rdflib graph or a corpus.

    Parameters
    ----------
    source : pyoxigraph.Store, rdflib.Graph or Corpus
        A store is queried with its named graphs as the default graph; a
        corpus is exported (without comparisons) into a memory store first.
    text : str
        The query; the prefixes of :data:`claimgraph.rdf.PREFIXES` need no
        declaration.
    bindings : dict, optional
        Variable name (without ``?``) -> value: rdflib or pyoxigraph terms,
        ``str``, numbers, dates, or records (an Actor, Claim or Document
        stands for its resource). Passed as pyoxigraph ``substitutions`` or
        rdflib ``initBindings``: they are never pasted into the query text.
        A SELECT query must select the variables it binds.

    Raises
    ------
    ClaimgraphError
        The query does not parse or fails.

    Examples
    --------
    >>> from claimgraph import Actor, Claim, Figure
    >>> nato = Actor("NATO", "organisation")
    >>> corpus = Corpus(claims=(Claim(nato, Figure(3000)), Claim(Actor("Kyiv"), Figure(12000))))
    >>> q = "SELECT ?who ?v WHERE { ?c prov:wasAttributedTo ?who ; cg:figure/schema:value ?v }"
    >>> [float(row[1]) for row in query(corpus, q, {"who": nato}).rows]
    [3000.0]
    >>> query(corpus, "SELECT WHERE")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    claimgraph.errors.ClaimgraphError: bad SPARQL query: ...
    """
    bindings = {k.lstrip("?$"): _term(v) for k, v in (bindings or {}).items()}
    if isinstance(source, Corpus):
        source = memory_store(source)
    if isinstance(source, Graph):
        init = {k: to_rdflib(v) for k, v in bindings.items()}
        try:
            found = source.query(text, initNs=PREFIXES, initBindings=init)
        except Exception as exc:  # rdflib's parser and evaluator raise many types
            raise ClaimgraphError(f"bad SPARQL query: {' '.join(str(exc).split())[:300]}") from None
        if found.type == "ASK":
            return Result(boolean=bool(found.askAnswer))
        if found.type == "SELECT":
            return Result(tuple(str(v) for v in found.vars), tuple(tuple(r) for r in found))
        return Result(("subject", "predicate", "object"), tuple(tuple(t) for t in found))
    try:
        found = source.query(text, prefixes=PREFIXES, use_default_graph_as_union=True,
                             substitutions={ox.Variable(k): v for k, v in bindings.items()})
        return _result(found)
    except SyntaxError as exc:
        raise ClaimgraphError(f"bad SPARQL query: {' '.join(str(exc).split())[:300]}") from None
    except (OSError, RuntimeError, ValueError) as exc:
        message = " ".join(str(exc).split())
        if "SELECT projection" in message:
            raise ClaimgraphError(f"a bound variable must be selected: {message.split('contains ')[-1]}; "
                                  "add it after SELECT") from None
        raise ClaimgraphError(f"the query failed: {message[:300]}") from None
