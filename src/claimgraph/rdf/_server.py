"""SPARQL 1.1 servers over HTTP (the standard protocol, stdlib only): send a
query, or write statements in batches with SPARQL Update ``INSERT DATA``.
(``claimgraph.sparql`` re-exports :func:`query_endpoint` and :func:`prepare`.)

Credentials come from the environment, never from the command line:
``CLAIMGRAPH_SPARQL_USER`` and ``CLAIMGRAPH_SPARQL_PASSWORD`` (HTTP Basic) or
``CLAIMGRAPH_SPARQL_TOKEN`` (``Authorization: Bearer``).
"""
from __future__ import annotations

import base64
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from typing import TYPE_CHECKING, Iterable

import pyoxigraph as ox

from ..errors import ClaimgraphError

if TYPE_CHECKING:
    from ..sparql import Result

__all__ = ["ENV_PASSWORD", "ENV_TOKEN", "ENV_USER", "insert_data", "post", "prepare", "push",
           "query_endpoint"]

ENV_USER, ENV_PASSWORD, ENV_TOKEN = "CLAIMGRAPH_SPARQL_USER", "CLAIMGRAPH_SPARQL_PASSWORD", "CLAIMGRAPH_SPARQL_TOKEN"


def _auth(environ) -> dict:
    if environ.get(ENV_TOKEN):
        return {"Authorization": f"Bearer {environ[ENV_TOKEN]}"}
    user = environ.get(ENV_USER)
    if user:
        pair = f"{user}:{environ.get(ENV_PASSWORD, '')}".encode("utf-8")
        return {"Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}
    return {}


def post(url: str, data: bytes, content_type: str, accept: str = "*/*", *, timeout: float = 120,
         environ=None) -> tuple[bytes, str]:
    """POST to a SPARQL endpoint; the response body and its media type.

    Raises
    ------
    ClaimgraphError
        Not an http(s) URL, the server cannot be reached, or it answers with
        an error (its status and first line are in the message).

    Examples
    --------
    >>> post("ftp://example.org/sparql", b"", "text/plain")
    Traceback (most recent call last):
    ...
    claimgraph.errors.ClaimgraphError: ftp://example.org/sparql is not an http(s) URL; give the endpoint's URL, e.g. http://localhost:7878/query
    """
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise ClaimgraphError(f"{url} is not an http(s) URL; give the endpoint's URL, "
                              "e.g. http://localhost:7878/query")
    headers = {"Content-Type": content_type, "Accept": accept, "User-Agent": "claimgraph",
               **_auth(os.environ if environ is None else environ)}
    request = urllib.request.Request(url, data=data, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http(s) checked above)
            return response.read(), response.headers.get_content_type()
    except urllib.error.HTTPError as exc:
        body = exc.read().decode("utf-8", "replace").strip().split("\n")[0][:300]
        hint = f"; set {ENV_USER}/{ENV_PASSWORD} or {ENV_TOKEN}" if exc.code in (401, 403) else ""
        raise ClaimgraphError(f"{url} answered {exc.code} {exc.reason}: {body or '(no message)'}{hint}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ClaimgraphError(f"cannot reach {url} ({reason}); is the SPARQL server running?") from None


def insert_data(found: Iterable[tuple], graph: str | None = None) -> str:
    """One SPARQL Update ``INSERT DATA`` request for statements given as
    N-Triples terms (see :func:`~claimgraph.rdf.statements`; their graph is
    ignored), so any text in a literal stays data. Blank nodes are refused:
    make the statements with ``skolem=True``.

    Examples
    --------
    >>> from claimgraph.rdf._nt import lit
    >>> print(insert_data([("<http://x/a>", "<http://x/b>", lit('} ; DROP ALL ; "'), None)], "http://x/g"))
    INSERT DATA { GRAPH <http://x/g> {
    <http://x/a> <http://x/b> "} ; DROP ALL ; \\"" .
    } }
    """
    lines = []
    for s, p, o, _ in found:
        if s.startswith("_:") or o.startswith("_:"):
            raise ClaimgraphError("INSERT DATA with blank nodes would duplicate them on each push; use skolem=True")
        lines.append(f"{s} {p} {o} .\n")
    if graph is None:
        return "INSERT DATA {\n" + "".join(lines) + "}"
    return f"INSERT DATA {{ GRAPH <{ox.NamedNode(graph).value}> {{\n" + "".join(lines) + "} }"


def push(found: Iterable[tuple], update_url: str, *, graph: str | None = None, batch: int = 5000,
         timeout: float = 120, environ=None, progress=None) -> int:
    """Write statements to a SPARQL 1.1 Update endpoint, ``batch`` statements
    per request. Returns how many statements were sent.

    Parameters
    ----------
    found : iterable of (s, p, o, g) N-Triples terms
        From :func:`~claimgraph.rdf.statements` with ``skolem=True`` (blank
        nodes as stable IRIs, so pushing the same data twice adds nothing);
        their graph is dropped: everything goes to ``graph``.
    update_url : str
        The update endpoint (Oxigraph: ``http://host:7878/update``).
    graph : str, optional
        IRI of the named graph to write to; the default graph otherwise.
    progress : callable, optional
        Called with the number of statements sent so far after each request.

    Raises
    ------
    ClaimgraphError
        Bad batch size, graph IRI or URL, or the server refuses a request
        (batches sent before it stay written).
    """
    if batch < 1:
        raise ClaimgraphError("--batch must be at least 1")
    if graph is not None:
        try:
            ox.NamedNode(graph)
        except ValueError:
            raise ClaimgraphError(f"--graph {graph!r} is not an IRI; write it as http://example.org/graph") from None
    sent, pending = 0, []

    def send():
        nonlocal sent
        post(update_url, insert_data(pending, graph).encode("utf-8"), "application/sparql-update",
             timeout=timeout, environ=environ)
        sent += len(pending)
        pending.clear()
        if progress is not None:
            progress(sent)

    for statement in found:
        pending.append(statement)
        if len(pending) >= batch:
            send()
    if pending:
        send()
    return sent


_DECLARED = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:")


def prepare(text: str, bindings: dict | None = None) -> str:
    """The query as sent to a server: declarations added for the known
    prefixes it uses without declaring, and the bindings as a trailing
    ``VALUES`` clause whose terms are written as N-Triples terms (the SPARQL
    protocol has no other way to pass them; serialised terms stay data).

    Examples
    --------
    >>> print(prepare("SELECT ?c WHERE { ?c schema:name ?n }", {"n": 'x" } DROP ALL {'}))
    PREFIX schema: <https://schema.org/>
    SELECT ?c WHERE { ?c schema:name ?n }
    VALUES (?n) { ("x\\" } DROP ALL {") }
    """
    from ..sparql import _term
    from . import PREFIXES

    declared = {m.group(1) or "" for m in _DECLARED.finditer(text)}
    head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items()
                   if p not in declared and re.search(rf"(?<![\w:<]){re.escape(p)}:", text))
    tail = ""
    if bindings:
        terms = {k.lstrip("?$"): _term(v) for k, v in bindings.items()}
        if any(isinstance(t, ox.BlankNode) for t in terms.values()):
            raise ClaimgraphError("a blank node cannot be bound in a query sent to a server")
        names = " ".join(f"?{k}" for k in terms)
        tail = f"\nVALUES ({names}) {{ ({' '.join(str(t) for t in terms.values())}) }}"
    return head + text + tail


def query_endpoint(url: str, text: str, bindings: dict | None = None, *, graph: str | None = None,
                   timeout: float = 120, environ=None) -> Result:
    """Run a query on any SPARQL 1.1 server (standard protocol: a form POST,
    ``Accept: application/sparql-results+json``).

    Parameters
    ----------
    url : str
        The query endpoint (Oxigraph: ``http://host:7878/query``).
    graph : str, optional
        Query this named graph as the default graph (``default-graph-uri``).

    Raises
    ------
    ClaimgraphError
        The server cannot be reached, refuses the query, or answers with
        something that is not SPARQL results.

    Returns
    -------
    claimgraph.sparql.Result
    """
    from ..sparql import _result

    form = [("query", prepare(text, bindings))] + ([("default-graph-uri", graph)] if graph else [])
    body, media = post(url, urllib.parse.urlencode(form).encode("utf-8"), "application/x-www-form-urlencoded",
                       "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8",
                       timeout=timeout, environ=environ)
    try:
        if media in ("application/sparql-results+json", "application/json"):
            return _result(ox.parse_query_results(body, ox.QueryResultsFormat.JSON))
        if media in ("application/n-triples", "text/turtle", "text/plain"):
            fmt = ox.RdfFormat.TURTLE if media == "text/turtle" else ox.RdfFormat.N_TRIPLES
            return _result(list(ox.parse(body, fmt)))
    except (SyntaxError, ValueError) as exc:
        message = " ".join(str(exc).split())[:200]
        raise ClaimgraphError(f"{url} did not answer with SPARQL results ({message})") from None
    raise ClaimgraphError(f"{url} answered {media}, not SPARQL results; is it a SPARQL query endpoint?")
