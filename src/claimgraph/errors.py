"""The one exception tree of claimgraph.

Every error the library raises on purpose derives from :class:`ClaimgraphError`;
the command line turns these into a one-line message and exit code 2 (and
Ctrl-C into one line and exit 130; anything else, a bug, into one line and
exit 70: see :mod:`claimgraph.cli`).
"""
from __future__ import annotations

__all__ = ["ClaimgraphError", "InputError", "ModelError"]


class ClaimgraphError(Exception):
    """Base class of every error claimgraph raises on purpose."""


class ModelError(ClaimgraphError, ValueError):
    """A record (claim, figure, actor...) was built with inconsistent values."""


class InputError(ClaimgraphError):
    """Bad input: names the file and, where there is one, the line.

    Examples
    --------
    >>> str(InputError("claims.csv", "claim has no claimant", line=3))
    'claims.csv:3: claim has no claimant'
    >>> str(InputError("a.txt", "file not found"))
    'a.txt: file not found'

    It crosses process boundaries intact (a worker's error is the parent's):

    >>> import pickle
    >>> e = pickle.loads(pickle.dumps(InputError("a.txt", "bad date", line=2)))
    >>> (str(e), e.path, e.line, e.message)
    ('a.txt:2: bad date', 'a.txt', 2, 'bad date')
    """

    def __init__(self, path, message: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")

    def __reduce__(self):
        # Exception pickles its args (the joined message); rebuild from the parts instead.
        return type(self), (self.path, self.message, self.line)
