"""Small I/O helpers shared by the writers: nothing is ever half-written."""
from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import re
import shutil
import signal
import tempfile
import threading
from pathlib import Path

__all__ = ["atomic_write", "atomic_write_text", "atomic_write_bytes", "has_half_character", "read_yaml", "safe_yaml",
           "swapped_folder", "yaml_problem"]


@contextlib.contextmanager
def atomic_write(path, mode: str = "w", encoding: str | None = "utf-8"):
    """Open a temporary file beside ``path``; rename it over ``path`` only if
    the block finishes without an exception. A link is followed (its target
    is replaced); a device or a pipe (``/dev/stdout``) is written as it is.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> with atomic_write(p) as f:
    ...     _ = f.write("done")
    >>> p.read_text()
    'done'
    >>> import os; oct(p.stat().st_mode & 0o777) == oct(0o666 & ~_umask())
    True
    """
    path = Path(path)
    if path.exists() and not path.is_file() and not path.is_dir():  # /dev/stdout, a pipe: a stream, not a file
        with open(path, mode, encoding=None if "b" in mode else encoding, newline=None if "b" in mode else "") as f:
            yield f
        return
    if path.is_symlink():  # write where the link points; the link stays
        path = Path(os.path.realpath(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else encoding,
                       newline=None if "b" in mode else "") as f:
            yield f
        # mkstemp makes the file private (0600); give it the mode a plain open() would
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def swapped_folder(path):
    """A folder to write a new version of the folder ``path`` into: a
    temporary folder beside it, holding what ``path`` holds (hard links,
    so nothing is copied), swapped into place only if the block finishes
    without an exception; otherwise it is removed and ``path`` is left as
    it was. Interrupted or failed, nothing is half-written and no temporary
    folder stays behind. The files it starts with are the old ones' links:
    replace them (:func:`atomic_write`), never write into them.

    Where a swap is unsafe or impossible (``path`` is a link, a mount point,
    the working folder or holds it, or its parent is read-only) the block
    gets ``path`` itself; the writers' own files are atomic even there.

    Examples
    --------
    >>> import pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()) / "site"
    >>> with swapped_folder(d) as f:
    ...     atomic_write_text(f / "index.html", "1")
    >>> try:
    ...     with swapped_folder(d) as f:
    ...         atomic_write_text(f / "index.html", "2")
    ...         raise RuntimeError("drawing failed")
    ... except RuntimeError:
    ...     pass
    >>> (d / "index.html").read_text(), sorted(p.name for p in d.parent.iterdir())
    ('1', ['site'])
    """
    path = Path(path)
    if not _swappable(path):
        path.mkdir(parents=True, exist_ok=True)
        yield path
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent))
    try:
        if path.is_dir():
            shutil.copytree(path, tmp, symlinks=True, copy_function=_link, dirs_exist_ok=True)
            shutil.copystat(path, tmp)
        else:
            os.chmod(tmp, 0o777 & ~_umask())
        yield tmp
        with _interrupts_held():
            if path.is_dir():
                if not _exchange(tmp, path):  # no atomic exchange here: two renames, the old one back on failure
                    old = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".old", dir=path.parent))
                    os.rename(path, old / "x")
                    try:
                        os.rename(tmp, path)
                    except BaseException:
                        os.rename(old / "x", path)
                        raise
                    os.rename(old / "x", tmp / ".old")
                    os.rmdir(old)
            else:
                os.rename(tmp, path)
    finally:
        with _interrupts_held():
            shutil.rmtree(tmp, ignore_errors=True)  # the old version, or the new one that failed


def _swappable(path: Path) -> bool:
    try:
        if path.is_symlink() or (path.exists() and (not path.is_dir() or os.path.ismount(path))):
            return False
        here, where = Path.cwd().resolve(), path.resolve()
        if where == here or where in here.parents:
            return False
        parent = where.parent
        while not parent.exists():
            parent = parent.parent
        return os.access(parent, os.W_OK | os.X_OK)
    except OSError:
        return False


def _link(src, dst):
    # a hard link where the file system allows one, else a copy
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _exchange(a: Path, b: Path) -> bool:
    """Swap the folders ``a`` and ``b`` in one step (Linux's renameat2
    RENAME_EXCHANGE); False where the system cannot."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_cwd, exchange = -100, 2
    if renameat2(at_cwd, os.fsencode(a), at_cwd, os.fsencode(b), exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


@contextlib.contextmanager
def _interrupts_held():
    """Ctrl-C during the block is held until its end (then raised): a swap
    is never left half-done. Only the main thread can hold signals."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught = []
    previous = signal.signal(signal.SIGINT, lambda *_: caught.append(True))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught:
            raise KeyboardInterrupt


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_text(path, text: str) -> None:
    with atomic_write(path) as f:
        f.write(text)


def atomic_write_bytes(path, data: bytes) -> None:
    with atomic_write(path, "wb") as f:
        f.write(data)


def read_yaml(text: str, where: str):
    """``(data, root node)`` of a YAML text, read safely; malformed YAML is an
    InputError naming ``where`` and the line (the node tree gives later
    errors their line numbers).

    Examples
    --------
    >>> read_yaml("- a: 1", "x.yaml")[0]
    [{'a': 1}]
    >>> read_yaml("a: [1", "x.yaml")
    Traceback (most recent call last):
    ...
    claimgraph.errors.InputError: x.yaml:1: malformed YAML: expected ',' or ']', but got '<stream end>'
    >>> read_yaml("a: &x [1, 2]\\nb: [*x, *x]", "x.yaml")
    Traceback (most recent call last):
    ...
    claimgraph.errors.InputError: x.yaml:2: malformed YAML: aliases (*x) are not accepted in claimgraph's YAML inputs; write the value out in full
    """
    import yaml

    from .errors import InputError

    try:
        return safe_yaml(text)
    except yaml.YAMLError as exc:
        problem, line = yaml_problem(exc, text)
        raise InputError(where, f"malformed YAML: {problem}", line=line) from None


def yaml_problem(exc, text: str) -> tuple[str, int | None]:
    """What a YAML error says, on one line, and the line of ``text`` (from 1) where it is.

    Examples
    --------
    >>> import yaml
    >>> try:
    ...     safe_yaml("a: 1\\nb: \\x1f")
    ... except yaml.YAMLError as exc:
    ...     yaml_problem(exc, "a: 1\\nb: \\x1f")
    ('unacceptable character #x001f: special characters are not allowed', 2)
    """
    mark = getattr(exc, "problem_mark", None)
    if mark is not None:
        line = mark.line + 1
    elif isinstance(getattr(exc, "position", None), int):  # a character the reader refuses
        line = text[:exc.position].count("\n") + 1
    else:
        line = None
    problem = getattr(exc, "problem", None) or str(exc).split("\n")[0]
    return " ".join(str(problem).split()), line


#: How deep YAML collections may nest: no input of claimgraph needs more than a
#: few levels, and the parser recurses on each (100,000 ``[`` would exhaust the stack).
MAX_YAML_DEPTH = 100


def safe_yaml(text: str):
    """``(data, root node)`` of a YAML text with the safe loader, parsed once,
    refusing aliases: inputs are untrusted, and a few hundred bytes of nested
    aliases ("billion laughs") would otherwise expand to gigabytes.
    Collections nested deeper than :data:`MAX_YAML_DEPTH` are refused too.

    A scalar that looks like a date or an integer but is none that Python
    can make (``2024-02-30``, an integer of 5,000 digits) is kept as the text
    it is, for the reader of that field to refuse by name.

    Raises
    ------
    yaml.YAMLError
        Malformed YAML, an alias or too deep a nesting (``problem`` says
        which, ``problem_mark`` where).

    Examples
    --------
    >>> safe_yaml("published: 2024-02-30")[0], safe_yaml("d: 2024-02-03")[0]
    ({'published': '2024-02-30'}, {'d': datetime.date(2024, 2, 3)})
    >>> len(safe_yaml("n: " + "9" * 5000)[0]["n"])
    5000
    >>> safe_yaml("[" * 1000)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    yaml.composer.ComposerError: collections nested more than 100 deep are not accepted in claimgraph's YAML inputs
    ...
    """
    loader = _no_alias_loader()(text)
    try:
        root = loader.get_single_node()
        return (loader.construct_document(root) if root is not None else None), root
    finally:
        loader.dispose()


_LOADER = None

#: Half of a UTF-16 pair: what an escape such as ``"\\ud800"`` in YAML or JSON makes, and no text can hold.
_SURROGATE = re.compile("[\ud800-\udfff]")
HALF_CHARACTER = ("a \\u escape gives half a character (a UTF-16 surrogate, \\ud800 to \\udfff); write the "
                  "character itself")


def has_half_character(text: str) -> bool:
    """Whether ``text`` holds a lone UTF-16 surrogate, which UTF-8 cannot write.

    Examples
    --------
    >>> has_half_character("caf\\u00e9"), has_half_character("\\ud800")
    (False, True)
    """
    return not text.isascii() and _SURROGATE.search(text) is not None


def _no_alias_loader():
    global _LOADER
    if _LOADER is None:
        import yaml

        class NoAliasLoader(yaml.SafeLoader):
            depth = 0

            def compose_node(self, parent, index):
                if self.check_event(yaml.AliasEvent):
                    event = self.peek_event()
                    raise yaml.composer.ComposerError(
                        None, None, f"aliases (*{event.anchor}) are not accepted in claimgraph's YAML inputs; "
                        "write the value out in full", event.start_mark)
                if self.depth >= MAX_YAML_DEPTH:
                    raise yaml.composer.ComposerError(
                        None, None, f"collections nested more than {MAX_YAML_DEPTH} deep are not accepted in "
                        "claimgraph's YAML inputs", self.peek_event().start_mark)
                self.depth += 1
                try:
                    return super().compose_node(parent, index)
                finally:
                    self.depth -= 1

            def construct_yaml_str(self, node):
                value = super().construct_yaml_str(node)
                if has_half_character(value):
                    raise yaml.constructor.ConstructorError(None, None, HALF_CHARACTER, node.start_mark)
                return value

            def as_written(self, node, construct):
                # a value Python cannot make (2024-02-30, a 5,000-digit integer) stays the text it is
                try:
                    return construct(self, node)
                except (ValueError, OverflowError):
                    return self.construct_scalar(node)

        NoAliasLoader.add_constructor("tag:yaml.org,2002:str", NoAliasLoader.construct_yaml_str)
        for tag, construct in (("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_timestamp),
                               ("tag:yaml.org,2002:int", yaml.SafeLoader.construct_yaml_int),
                               ("tag:yaml.org,2002:float", yaml.SafeLoader.construct_yaml_float)):
            NoAliasLoader.add_constructor(tag, lambda self, node, construct=construct: self.as_written(node, construct))
        _LOADER = NoAliasLoader
    return _LOADER
