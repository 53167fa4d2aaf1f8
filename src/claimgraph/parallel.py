"""Extraction as a plain function of one article: the unit of work for
process pools and clusters.

:func:`extract_path` reads one article file and returns its claims as
JSON-ready dicts (the ``claimgraph extract --format jsonl`` contract), so it
pickles both ways, holds no state between calls, and runs the same in this
process, in a :class:`concurrent.futures.ProcessPoolExecutor` or as a map
over a Dask bag on a ``distributed`` cluster (see ``docs/scale.md``)::

    import dask.bag as db
    rows = db.from_sequence(paths, npartitions=64).map(extract_path).flatten().compute()
    corpus = claims_corpus(rows)

This module imports neither Dask nor ``distributed``.
"""
from __future__ import annotations

import contextlib
import functools
import signal
from pathlib import Path
from typing import Iterable

from .model import Claim, Corpus

__all__ = ["claims_corpus", "extract_path", "worker_pool"]


def extract_path(path, actors: tuple[str, ...] = ()) -> list[dict]:
    """The claims of one article file, as :meth:`Claim.to_dict` dicts.

    Parameters
    ----------
    path : str or Path
        An article (.txt, .md, .html) readable where the call runs (on a
        cluster: a path every worker sees, e.g. a shared volume).
    actors : tuple of str
        Extra gazetteer files, as ``claimgraph --actors``.

    Returns
    -------
    list of dict
        One per claim, in the extractor's order; ids are content hashes, so
        they are the same wherever the call runs.

    Examples
    --------
    >>> import pickle, tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "a1.txt"
    >>> _ = f.write_text("Le Pentagone a affirmé lundi qu'environ 3 000 soldats nord-coréens "
    ...                  "avaient été déployés en Russie.", encoding="utf-8")
    >>> [(c["claimant_id"], c["value"], c["document"]) for c in extract_path(f)]
    [('pentagon', 3000, 'a1')]
    >>> pickle.loads(pickle.dumps(extract_path)) is extract_path
    True
    """
    from .inputs import read_article_claims

    return [c.to_dict() for c in read_article_claims(Path(path), _gazetteer(tuple(actors))).claims]


@functools.lru_cache(maxsize=8)
def _gazetteer(actors: tuple[str, ...]):
    # Built once per worker process and set of files, not once per article.
    from .actors import default_gazetteer

    return default_gazetteer().extended(*actors) if actors else default_gazetteer()


def claims_corpus(rows: Iterable[dict]) -> Corpus:
    """Claim dicts gathered from workers back into a Corpus (same id: kept once).

    Examples
    --------
    >>> from claimgraph.model import Actor, Figure
    >>> c = Claim(Actor("NATO"), Figure(3000), "soldiers")
    >>> claims_corpus([c.to_dict(), c.to_dict()]).claims == (c,)
    True
    """
    claims: dict[str, Claim] = {}
    for row in rows:
        claim = Claim.from_dict(row)
        claims.setdefault(claim.id, claim)
    return Corpus((), tuple(claims.values()))


@contextlib.contextmanager
def worker_pool(jobs: int):
    """A :class:`~concurrent.futures.ProcessPoolExecutor` of ``jobs``
    workers that leave Ctrl-C to this process: the workers ignore it (no
    traceback from each), and when the block ends on an exception or an
    interrupt, the work not yet started is cancelled rather than waited for.
    A worker that dies (killed, out of memory) is one ClaimgraphError.

    Examples
    --------
    >>> with worker_pool(2) as pool:
    ...     list(pool.map(abs, [-1, -2]))
    [1, 2]
    """
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from .errors import ClaimgraphError

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts)
    try:
        yield pool
    except BrokenProcessPool:  # a worker killed (out of memory, a signal): no traceback of the pool's
        pool.shutdown(wait=True, cancel_futures=True)
        raise ClaimgraphError(f"a worker process of --jobs {jobs} died before finishing (killed, or out of "
                              "memory); run again, or with fewer --jobs") from None
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _ignore_interrupts():
    signal.signal(signal.SIGINT, signal.SIG_IGN)
