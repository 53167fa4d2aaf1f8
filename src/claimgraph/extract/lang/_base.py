"""The empty value of every name a language module has, for a language that
has not got such words yet: ``from ._base import *``, then the words it has.

The names are those of the English module, each emptied: a pattern matches
nothing, a list, set or dict is empty, a flag is false, ``inflect`` makes no
form. A module built on it reads what its words cover and nothing else; a
name added to ``en.py`` is here at once.
"""
from . import en as _en

NOTHING = r"(?!)"


def _empty(value):
    """The value of a word class with no word in it ("" stays "": a pattern part that may be absent)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, str):
        return value and NOTHING
    if isinstance(value, (tuple, list, set, frozenset, dict)):
        return type(value)()
    return value


def inflect(lemma: str) -> dict[str, tuple[str, ...]]:
    """No form: a language without inflection rules lists no verbs."""
    return {}


globals().update({name: _empty(value) for name, value in vars(_en).items()
                  if name.isupper() and not name.startswith("_") and name != "NOTHING"})
CODE = ""

__all__ = sorted(name for name in globals() if name.isupper() and not name.startswith("_")) + ["inflect"]
