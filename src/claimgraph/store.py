"""A persistent on-disk store of claims (pyoxigraph, RocksDB) that grows
article by article.

Layout: the TriG layout of the exports (each claim's assertion, provenance,
head and publication info in named graphs; actors, documents and quantities
in the default graph; relations in ``.../id/graph/comparisons``), with blank
nodes replaced by stable skolem IRIs so that writing the same statements
again changes nothing.

Relations are kept up to date quantity by quantity: adding an article
compares again only the quantities it touched (:func:`refresh_comparisons`
with ``quantities``), reading just their claims (:func:`read_quantities`),
so that its cost does not grow with the store.

Each article (each input file) goes in as one SPARQL Update, which Oxigraph
applies in one transaction: an interrupted ingest leaves the store as it was
before that article. Claim ids are stable (derived from the content), so
ingesting the same article twice adds nothing; ingesting an edited article
replaces its claims.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

import pyoxigraph as ox

from .compare import compare
from .errors import ClaimgraphError, ModelError
from .model import Corpus
from .rdf import QuadIndex, from_rdf, statements
from .rdf._nt import _RELATION, COMPARISONS_GRAPH, LABEL, NIL, REST, TYPE, C, S, iri, node
from .rdf._read import _read_actor
from .rdf._terms import BASE, resource

__all__ = ["add_corpus", "document_ids", "ingest", "open_store", "read_quantities", "read_store",
           "refresh_comparisons", "stored_claim_ids", "stored_relations"]

_DG = ox.DefaultGraph()
_ALIASES, _NIL, _REST, _LABEL, _APPEARANCE, _PATH, _ORIGIN, _ABOUT, _TEXT, _TYPE = (ox.NamedNode(t[1:-1]) for t in (
    C["aliases"], NIL, REST, LABEL, S["appearance"], C["path"], C["origin"], S["about"], S["text"], TYPE))
_COMPARISONS = ox.NamedNode(COMPARISONS_GRAPH[1:-1])
_RELATION_FIELDS = {ox.NamedNode(C[k][1:-1]): k for k in ("claimA", "claimB", "statementA", "statementB")}
_KIND_OF = {ox.NamedNode(C[k][1:-1]): k.lower() for k in ("Conflict", "Agreement", "Revision")}
_CLAIM_A, _CLAIM_B = (ox.NamedNode(C[k][1:-1]) for k in ("claimA", "claimB"))
_OURS = (BASE.rsplit("/id/", 1)[0] + "/",)  # what the store's own resources start with


def open_store(path, *, create: bool = False, read_only: bool = False) -> ox.Store:
    """Open the store in directory ``path`` (made when ``create``).

    Raises
    ------
    ClaimgraphError
        No store there (and not ``create``), or it cannot be opened (another
        process holds it, or the directory is not a store).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()) / "store"
    >>> len(open_store(d, create=True))
    0
    >>> open_store(d.parent / "none")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    claimgraph.errors.ClaimgraphError: no store at .../none; make one with: claimgraph ingest INPUT... --store .../none
    """
    path = Path(path)
    made = (path / "CURRENT").is_file()  # RocksDB's mark of a store
    if not create and not (path.is_dir() and made):
        raise ClaimgraphError(f"no store at {path}; make one with: claimgraph ingest INPUT... --store {path}")
    if path.exists() and not path.is_dir():
        raise ClaimgraphError(f"{path} is a file, not a store directory; give a directory for --store")
    if path.is_dir() and not made and any(path.iterdir()):
        raise ClaimgraphError(f"{path} is a folder of other files, not a store; give --store a new or empty folder")
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as exc:
        detail = " ".join(str(exc).split())
        why = ("is another claimgraph process using it?" if "LOCK" in detail else
               "check that you may read and write that folder" if "ermission denied" in detail else
               "give --store a folder that can be made there" if "mkdir" in detail else
               "is it a store made by claimgraph ingest, whole and undamaged?")
        raise ClaimgraphError(f"cannot open the store at {path} ({detail[:200]}); {why}") from None


def _stored_actors(store: ox.Store, ids: Iterable[str]) -> dict:
    # The descriptions the store already holds, read with the file reader.
    found = {}
    for actor_id in ids:
        here = node("actor", actor_id)
        held = list(store.quads_for_pattern(here, None, None, _DG))
        if not held:
            continue
        index = QuadIndex(held)
        head, seen = next((q.object for q in held if q.predicate == _ALIASES), None), set()
        while isinstance(head, ox.NamedNode) and head != _NIL and head not in seen:
            seen.add(head)
            cells = list(store.quads_for_pattern(head, None, None, _DG))
            for q in cells:
                index.add(q.subject, q.predicate, q.object)
            head = next((q.object for q in cells if q.predicate == _REST), None)
        try:
            found[actor_id] = _read_actor(index, resource("actor", actor_id), {})
        except ModelError:  # a broken description: describe it afresh
            continue
    return found


def _stored_labels(store: ox.Store, ids: Iterable[str]) -> dict:
    labels = {}
    for qid in ids:
        for q in store.quads_for_pattern(node("quantity", qid), _LABEL, None, _DG):
            labels[qid] = q.object.value
    return labels


def _insert(found) -> str:
    # One INSERT DATA for statements given as N-Triples terms, by graph.
    groups: dict = {}
    for s, p, o, g in found:
        groups.setdefault(g, []).append(f"{s} {p} {o} .")
    parts = []
    for g, lines in groups.items():
        text = "\n".join(lines)
        parts.append(text if g is None else f"GRAPH {g} {{\n{text}\n}}")
    return "INSERT DATA {\n" + "\n".join(parts) + "\n}"


def _claim_graphs(claim_iri: str) -> list[str]:
    return [f"DROP SILENT GRAPH <{claim_iri}/{part}>" for part in ("assertion", "provenance", "head", "pubinfo")]


def add_corpus(store: ox.Store, corpus: Corpus, *, keep_documents: bool = False, touched: set | None = None) -> int:
    """Add (or replace) the claims and documents of ``corpus`` in one
    transaction; returns how many statements the update carried.

    Claims already in the store under the same id are replaced, and so are
    the extracted claims of the corpus's documents that the new corpus no
    longer has (curated claims that name a document are replaced only under
    their own id: re-reading the article keeps them). With
    ``keep_documents`` (a curated file), documents the store already holds
    are left as they are: the corpus only adds claims to them.
    Actors and quantities the store already describes are not described again.
    ``touched``, when given, gets the ids of the quantities whose claims
    changed: those of the corpus and those of the claims it replaces.

    Examples
    --------
    >>> from claimgraph import Actor, Claim, Figure
    >>> store = ox.Store()
    >>> corpus = Corpus(claims=(Claim(Actor("NATO"), Figure(3000), document="a1"),))
    >>> n = add_corpus(store, corpus)
    >>> before = len(store)
    >>> _ = add_corpus(store, corpus)
    >>> len(store) == before, read_store(store).claims == corpus.claims
    (True, True)
    """
    if keep_documents:
        held = [d for d in corpus.documents if next(store.quads_for_pattern(node("document", d.id), None, None, _DG), None)]
        if held:
            corpus = Corpus(tuple(d for d in corpus.documents if d not in held), corpus.claims, corpus.actors)
    ids = {a.id for a in corpus.actors}
    actors = _stored_actors(store, ids)
    labels = _stored_labels(store, {c.quantity_id for c in corpus.claims})
    found = list(statements(corpus, named=True, skolem=True, actors=actors, labels=labels))
    drops = []
    stale = set()
    for d in corpus.documents:
        stale.update(q.subject.value for q in store.quads_for_pattern(None, _APPEARANCE, node("document", d.id), None)
                     if not _curated(store, q.subject))
        drops.append(f"DELETE WHERE {{ {iri('document', d.id)} ?p ?o }}")
    stale.update(node("claim", c.id).value for c in corpus.claims)
    # the same claim under the 12-digit id that stores made before ids had 24 (the id's first 13 characters)
    stale.update(node("claim", c.id[:13]).value for c in corpus.claims if len(c.id) == 25 and c.id[0] == "c")
    for claim in sorted(stale):
        drops.extend(_claim_graphs(claim))
    if touched is not None:
        touched.update(c.quantity_id for c in corpus.claims)
        for claim in stale:
            for q in store.quads_for_pattern(ox.NamedNode(claim), _ABOUT, None, ox.NamedNode(claim + "/assertion")):
                touched.add(_key_of(q.object))
    _update(store, " ;\n".join([*drops, _insert(found)]), "the update")
    return len(found)


def _curated(store: ox.Store, subject) -> bool:
    return any(q.object.value == "curated" for q in store.quads_for_pattern(subject, _ORIGIN, None, None))


def _update(store: ox.Store, text: str, what: str) -> None:
    # One SPARQL Update is one transaction: on failure nothing was written.
    try:
        store.update(text)
    except (OSError, RuntimeError, SyntaxError, ValueError) as exc:
        raise ClaimgraphError(f"the store refused {what} ({' '.join(str(exc).split())[:200]}); "
                              "nothing of it was written") from None


def read_store(store: ox.Store) -> Corpus:
    """The corpus the store holds (relations are left out: they are derived).

    Raises
    ------
    ClaimgraphError
        The store holds statements that do not describe valid records.
    """
    try:
        return from_rdf(QuadIndex(store))
    except ModelError as exc:
        raise ClaimgraphError(f"the store holds a bad record: {exc}") from None


def refresh_comparisons(store: ox.Store, tolerance: float = 0.1, quantities: Iterable[str] | None = None) -> list:
    """Compare the figures again and replace their relations in one
    transaction; returns the comparisons made.

    With ``quantities`` (ids), only those are compared, from their own
    claims (:func:`read_quantities`), and only their relations are
    replaced: what an article added costs what it touched, not the size of
    the store. Without, the whole store is read and the relations graph
    rewritten. Both give the same relations.

    Examples
    --------
    >>> from claimgraph import Actor, Claim, Figure
    >>> store = ox.Store()
    >>> said = lambda who, n: Claim(Actor(who), Figure(n), "troops", stated_on="2024-10-23", document=who)
    >>> _ = add_corpus(store, Corpus(claims=(said("NATO", 3000), said("Kyiv", 10000))))
    >>> [len(c.conflicts) for c in refresh_comparisons(store, quantities=["troops"])]
    [1]
    >>> len(stored_relations(store, ["troops"])), len(refresh_comparisons(store, quantities=["other"]))
    (1, 0)
    """
    if quantities is None:
        corpus = read_store(store)
        drop = f"DROP SILENT GRAPH {COMPARISONS_GRAPH}"
    else:
        qids = sorted(set(quantities))
        if not qids:
            return []
        corpus = read_quantities(store, qids)
        drop = _drop_relations(store, qids)
    comparisons = compare(corpus.claims, tolerance=tolerance, documents=corpus.documents, actors=corpus.actors)
    found = statements(Corpus(), comparisons, named=True)
    _update(store, f"{drop} ;\n{_insert(found)}" if drop else _insert(found), "the new relations")
    return comparisons


def _drop_relations(store: ox.Store, qids) -> str:
    # The relations about these quantities and the direct links between their claims, as
    # DELETE DATA of the terms the store holds (written back by pyoxigraph, never pasted text).
    lines = []
    for r, held in _relation_quads(store, qids):
        lines.extend(f"{q.subject} {q.predicate} {q.object} ." for q in held)
        ends = {q.predicate: q.object for q in held if q.predicate in _RELATION_FIELDS or q.predicate == _TYPE}
        kind = _KIND_OF.get(ends.get(_TYPE))
        a, b = ends.get(_CLAIM_A), ends.get(_CLAIM_B)
        if kind and a is not None and b is not None:
            lines.append(f"{a} {_RELATION[kind][1]} {b} .")
    if not lines:
        return ""
    return "DELETE DATA { GRAPH " + COMPARISONS_GRAPH + " {\n" + "\n".join(lines) + "\n} }"


def _relation_quads(store: ox.Store, qids):
    # (relation, its quads in the relations graph) of each relation about these quantities
    for qid in qids:
        for q in store.quads_for_pattern(None, _ABOUT, node("quantity", qid), _COMPARISONS):
            yield q.subject, list(store.quads_for_pattern(q.subject, None, None, _COMPARISONS))


def _key_of(term) -> str:
    # the id at the end of one of the store's IRIs
    from urllib.parse import unquote

    return unquote(term.value.rsplit("/", 1)[-1])


def read_quantities(store: ox.Store, quantities: Iterable[str]) -> Corpus:
    """The claims of these quantities, with what comparing them needs: their
    claimants (and the bodies these belong to), statements, reports and
    documents (without their text). Reads only what these claims reach in
    the store, never the whole of it.

    Raises
    ------
    ClaimgraphError
        The store holds statements that do not describe valid records.

    Examples
    --------
    >>> from claimgraph import Actor, Claim, Figure
    >>> store = ox.Store()
    >>> _ = add_corpus(store, Corpus(claims=(Claim(Actor("NATO"), Figure(3000), "troops"),
    ...                                      Claim(Actor("NATO"), Figure(7), "tanks"))))
    >>> [c.quantity_id for c in read_quantities(store, ["tanks"]).claims]
    ['tanks']
    """
    found, seen, frontier = [], set(), []

    def reach(term):
        if isinstance(term, ox.NamedNode) and term not in seen and term.value.startswith(_OURS):
            seen.add(term)
            frontier.append(term)

    for qid in quantities:
        here = node("quantity", qid)
        reach(here)
        for q in store.quads_for_pattern(None, _ABOUT, here, None):
            if q.graph_name == _COMPARISONS or not isinstance(q.graph_name, ox.NamedNode):
                continue
            base = q.subject.value
            for part in ("assertion", "provenance"):
                for x in store.quads_for_pattern(None, None, None, ox.NamedNode(f"{base}/{part}")):
                    found.append(x)
                    reach(x.object)
    while frontier:  # what the claims name, in the default graph: actors, documents, statements, lists
        for x in store.quads_for_pattern(frontier.pop(), None, None, _DG):
            if x.predicate != _TEXT:
                found.append(x)
                reach(x.object)
    try:
        return from_rdf(QuadIndex(found))
    except ModelError as exc:
        raise ClaimgraphError(f"the store holds a bad record: {exc}") from None


def stored_relations(store: ox.Store, quantities: Iterable[str]) -> list[dict]:
    """The relations the store holds about these quantities, each as
    ``{"kind", "quantity_id", "claimA", "claimB", "statementA", "statementB"}``
    (ids; a statement may be "")."""
    out = []
    for qid in quantities:
        for _, held in _relation_quads(store, [qid]):
            r = {"kind": "", "quantity_id": qid, "claimA": "", "claimB": "", "statementA": "", "statementB": ""}
            for x in held:
                if x.predicate == _TYPE and x.object in _KIND_OF:
                    r["kind"] = _KIND_OF[x.object]
                elif x.predicate in _RELATION_FIELDS:
                    r[_RELATION_FIELDS[x.predicate]] = _key_of(x.object)
            out.append(r)
    return out


def stored_claim_ids(store: ox.Store, ids: Iterable[str]) -> set[str]:
    """Which of these claim ids the store holds."""
    return {i for i in ids if next(store.quads_for_pattern(node("claim", i), _TYPE, None, None), None) is not None}


def _stored_paths(store: ox.Store, stems: set) -> dict[Path, str]:
    # The article paths the store holds under one of these file names, with their document ids.
    found = {}
    for q in store.quads_for_pattern(None, _PATH, None, _DG):
        p = Path(q.object.value)
        if p.stem in stems:
            found[p.resolve()] = q.subject.value.rsplit("/", 1)[-1]
    return found


def ingest(store: ox.Store, paths, *, actors=(), tolerance: float = 0.1,
           progress: Callable[[Path, int], None] | None = None, min_confidence: float = 0.0) -> int:
    """Read each input file and add it to the store, one transaction per
    file; then refresh the relations of the quantities the files touched.
    Returns the number of claims read.

    Parameters
    ----------
    paths : iterable of paths
        Anything :func:`claimgraph.inputs.load` reads (directories too).
    actors : iterable of paths
        Extra gazetteer files.
    progress : callable, optional
        Called with each file and its number of claims once it is stored.
    min_confidence : float
        Claims whose confidence is below this (0 to 1) are not stored.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("Selon l'OTAN, environ 3 000 soldats ont été envoyés.", encoding="utf-8")
    >>> store = ox.Store()
    >>> ingest(store, [d / "a.txt"]) == len(read_store(store).claims)
    True
    """
    from .ingest import ARTICLE_SUFFIXES
    from .inputs import CLAIM_SUFFIXES, add_claims, expand, load
    from .rdf._read import held_claims

    files = expand(paths)
    ids = document_ids(store, [f for f in files if f.suffix.lower() in ARTICLE_SUFFIXES])
    total, touched = 0, set()
    for path in files:
        part = load([path], actors=actors, min_confidence=min_confidence, doc_ids=ids)
        add_claims(held_claims(store, {c.id for c in part.claims}), part.claims, path)  # an id taken: refused
        add_corpus(store, part, keep_documents=path.suffix.lower() in CLAIM_SUFFIXES, touched=touched)
        total += len(part.claims)
        if progress is not None:
            progress(path, len(part.claims))
    refresh_comparisons(store, tolerance, quantities=touched)
    return total


def document_ids(store: ox.Store, articles) -> dict[Path, str]:
    """The document id of each article file: as the store already holds it
    (adding it again replaces it), else its name, told apart from the other
    files of that name, in ``articles`` and in the store (see
    :func:`claimgraph.inputs.article_ids`)."""
    from .inputs import article_ids

    articles = [Path(f) for f in articles]
    held = _stored_paths(store, {f.stem for f in articles})
    ids = article_ids(articles, [p for p in held if p not in {f.resolve() for f in articles}])
    ids.update((f, held[f.resolve()]) for f in articles if f.resolve() in held)  # as stored before: idempotent
    return ids
