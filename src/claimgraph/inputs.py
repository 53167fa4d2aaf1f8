"""One door for every input: articles, curated claims, claim JSON lines, RDF
files and directories of them, read into a :class:`~claimgraph.model.Corpus`.

Articles are extracted on the way in; ``jobs > 1`` extracts them in worker
processes (the extractor is a plain picklable function).
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from ._io import HALF_CHARACTER, has_half_character
from .actors import Gazetteer, default_gazetteer
from .curation import CURATION_NAMES, apply_files, curation_files
from .errors import InputError, ModelError
from .frames import fill_places
from .ingest import ARTICLE_SUFFIXES, read_article, read_text_file
from .model import Claim, Corpus, slugify
from .parallel import worker_pool

__all__ = ["CLAIM_SUFFIXES", "RDF_SUFFIXES", "add_claims", "article_ids", "expand", "load", "read_article_claims", "read_jsonl"]

CLAIM_SUFFIXES = (".yaml", ".yml", ".csv")
RDF_SUFFIXES = (".ttl", ".nt", ".jsonld", ".trig")
_DIRECTORY_SUFFIXES = ARTICLE_SUFFIXES + CLAIM_SUFFIXES + RDF_SUFFIXES


def expand(paths) -> list[Path]:
    """Files named by ``paths``; directories give their readable files, sorted.

    A file named explicitly must exist; ``gold.jsonl`` and ``.jsonl`` files in
    a directory are not read (they are evaluation data or pipeline output),
    nor are the files of a report ``claimgraph build`` wrote there (those
    its manifest lists), nor anything in a hidden folder.
    """
    from .report import MANIFEST, written_files

    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            if not os.access(p, os.R_OK | os.X_OK):
                raise InputError(p, "cannot read this folder: permission denied")
            reports = {f for m in p.rglob(MANIFEST) for f in written_files(m.parent)}
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in _DIRECTORY_SUFFIXES
                              and f.name.lower() not in CURATION_NAMES and f not in reports
                              and not any(part.startswith(".") for part in f.relative_to(p).parts)))
        elif p.is_file():
            out.append(p)
        elif p.exists():  # reading a pipe or a device could wait for ever
            raise InputError(p, "not a regular file (a pipe, a device or a socket); give a file or a folder")
        else:
            raise InputError(p, "file not found")
    return out


def article_ids(files, others=()) -> dict[Path, str]:
    """The document id of each article in ``files``: its file name without
    the suffix, or, where two articles (of ``files`` and ``others``, e.g.
    the paths a store already holds) share that name, the shortest tail of
    its path that tells them apart, slugified (``a/report.txt`` and
    ``b/report.txt``: ``a-report`` and ``b-report``).

    The id depends on the file's own path and on the paths it collides
    with, not on the directory the command runs in or on argument order.

    Examples
    --------
    >>> ids = article_ids([Path("x/a/report.txt"), Path("x/b/report.txt"), Path("x/c.md")])
    >>> [ids[Path(p)] for p in ("x/a/report.txt", "x/b/report.txt", "x/c.md")]
    ['a-report', 'b-report', 'c']
    """
    def parts(p: Path) -> tuple[str, ...]:
        return Path(p).resolve().with_suffix("").parts

    files = [Path(f) for f in files]
    by_stem: dict[str, set[tuple[str, ...]]] = {}
    for f in [*files, *map(Path, others)]:
        by_stem.setdefault(Path(f).stem, set()).add(parts(f))
    ids = {}
    for f in files:
        group = by_stem[f.stem]
        if len(group) == 1:
            ids[f] = f.stem
            continue
        mine = parts(f)
        for k in range(2, len(mine) + 1):
            if sum(1 for g in group if g[-k:] == mine[-k:]) == 1:
                break
        tail = "/".join(mine[-k:])
        slug = slugify(tail, 80)
        if any(slugify("/".join(g[-k:]), 80) == slug for g in group if g != mine):
            slug = f"{slug[:70]}-{hashlib.sha1(tail.encode()).hexdigest()[:8]}"
        ids[f] = slug
    return ids


def read_article_claims(path, gazetteer: Gazetteer | None = None, doc_id: str | None = None) -> Corpus:
    """Read one article and extract its claims (``doc_id``: see :func:`article_ids`)."""
    from .extract import extract

    doc = read_article(path, doc_id)
    return Corpus((doc,), tuple(extract(doc, gazetteer)))


def _article_job(args):
    path, extra_actors, doc_id = args
    g = default_gazetteer().extended(*extra_actors) if extra_actors else None
    return read_article_claims(path, g, doc_id)


def read_jsonl(path) -> Corpus:
    """Claims as written by ``claimgraph extract --format jsonl``."""
    claims = []
    for n, line in enumerate(read_text_file(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"not a JSON object: {exc.msg}", line=n) from None
        except RecursionError:
            raise InputError(path, "not a claim: JSON nested too deeply to read", line=n) from None
        except ValueError as exc:  # an integer of thousands of digits
            raise InputError(path, f"not a claim: {' '.join(str(exc).split(';')[0].split())}", line=n) from None
        if not isinstance(row, dict):
            raise InputError(path, f"not a claim: a line holds one JSON object, not {type(row).__name__}", line=n)
        if "\\u" in line and has_half_character(json.dumps(row, ensure_ascii=False)):
            raise InputError(path, f"not a claim: {HALF_CHARACTER}", line=n)
        try:
            claims.append(Claim.from_dict(row))
        except (ModelError, TypeError, AttributeError, KeyError, RecursionError) as exc:
            raise InputError(path, f"not a claim: {' '.join(str(exc).split())[:300]}", line=n) from None
    return Corpus((), tuple(claims))


def load(paths, *, actors=(), jobs: int = 1, min_confidence: float = 0.0, progress=None,
         doc_ids: dict | None = None) -> Corpus:
    """Read every input into one Corpus.

    Parameters
    ----------
    paths : iterable of str or Path
        Articles (.txt, .md, .html), curated claims (.yaml, .csv), claim
        lines (.jsonl), RDF (.ttl, .nt, .jsonld, .trig) or directories.
    actors : iterable of paths
        Extra gazetteer files (their entries win over the shipped ones).
    jobs : int
        Worker processes for extraction (1: in this process).
    min_confidence : float
        Drop the claims whose confidence is below this (0 to 1; 0 keeps
        all, unscored claims count as 1), as if they had not been read.
    progress : callable, optional
        Called as ``progress(done, total, path)`` once each file is read
        (articles first, as they are extracted).
    doc_ids : dict, optional
        Document id of each article path (default: :func:`article_ids` over
        the articles read).
    """
    from .curated import read_curated

    actors = tuple(str(a) for a in actors)
    gazetteer = default_gazetteer().extended(*actors) if actors else default_gazetteer()
    files = expand(paths)
    if not files:
        raise InputError(", ".join(map(str, paths)) or "(no input)", "no readable input (articles .txt/.md/.html, claims .yaml/.csv/.jsonl, RDF .ttl/.nt/.jsonld/.trig)")
    articles = [f for f in files if f.suffix.lower() in ARTICLE_SUFFIXES]
    ids = article_ids(articles)
    ids.update(doc_ids or {})
    read = 0

    def done(path):
        nonlocal read
        read += 1
        if progress is not None:
            progress(read, len(files), path)

    parts = {}
    if jobs > 1 and len(articles) > 1:
        with worker_pool(jobs) as pool:
            for a, part in zip(articles, pool.map(_article_job, [(a, actors, ids[a]) for a in articles], chunksize=4)):
                parts[a] = part
                done(a)
    else:
        for a in articles:
            parts[a] = read_article_claims(a, gazetteer, ids[a])
            done(a)
    docs, stubs, claims, known = {}, {}, {}, {}
    for f in files:
        suffix = f.suffix.lower()
        if f in parts:
            part = parts[f]
        elif suffix in CLAIM_SUFFIXES:
            part = read_curated(f, gazetteer)
        elif suffix == ".jsonl":
            part = read_jsonl(f)
        elif suffix in RDF_SUFFIXES or suffix == ".json-ld":
            from .rdf import load as load_rdf

            part = load_rdf(f)
        else:
            raise InputError(f, f"unsupported file type {suffix or '(none)'}: expected an article, a claims file or RDF")
        if f not in parts:
            done(f)
        part = part.with_min_confidence(min_confidence)
        if suffix in CLAIM_SUFFIXES:  # a curated claim naming an article adds to it, never replaces it
            stubs.update((d.id, d) for d in part.documents if d.id not in docs)
        else:
            docs.update((d.id, d) for d in part.documents)
        add_claims(claims, part.claims, f)
        known.update((a.id, a) for a in part.actors)
    docs.update((k, d) for k, d in stubs.items() if k not in docs)
    # affiliations named by claimants become actors too (NIS -> South Korea)
    for a in list(known.values()):
        for ancestor in _affiliation_chain(a.affiliation, gazetteer):
            known.setdefault(ancestor.id, ancestor)
    # a figure whose article names no place takes the one country the corpus names for it
    corpus = Corpus(tuple(docs.values()), tuple(fill_places(claims.values())), tuple(known.values()))
    # quantities.yaml / curation.yaml beside the inputs: merges, splits, renames, applied on every run
    return apply_files(corpus, curation_files(paths), gazetteer)


def add_claims(found: dict, claims, where) -> None:
    """Add ``claims`` to ``found`` (id -> claim). The same claim again is
    kept once; a different claim under an id already taken (see
    :attr:`Claim.identity`) is an InputError naming ``where``.

    Examples
    --------
    >>> from claimgraph.model import Actor, Figure
    >>> found, a = {}, Claim(Actor("NATO"), Figure(3000), document="a", id="c1")
    >>> add_claims(found, [a, a], "x.jsonl")
    >>> add_claims(found, [a.with_(figure=Figure(4000), id="c1")], "y.jsonl")
    Traceback (most recent call last):
    ...
    claimgraph.errors.InputError: y.jsonl: claim id c1 is already taken by a different claim (NATO 3,000 in document a); give this claim another id, or none to have one made from its content
    """
    for c in claims:
        held = found.get(c.id)
        if held is not None and held.identity != c.identity:
            said = f"{held.claimant_name} {held.figure}" + (f" in document {held.document}" if held.document else "")
            raise InputError(where, f"claim id {c.id} is already taken by a different claim ({said[:80]}); "
                                    "give this claim another id, or none to have one made from its content")
        found[c.id] = c


def _affiliation_chain(actor_id, gazetteer: Gazetteer):
    seen = set()
    while actor_id and actor_id not in seen:
        seen.add(actor_id)
        actor = gazetteer.get(actor_id)
        if actor is None:
            return
        yield actor
        actor_id = actor.affiliation
