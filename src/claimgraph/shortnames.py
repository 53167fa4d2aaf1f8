"""One actor for a body that articles of one story name in full and in short.

An article defines "l'Agence nationale de gestion des catastrophes (ANGC)";
another, on the same story, only says "l'agence nationale". Read alone, the
second article cannot know which agency that is, so its claims carry an actor
of their own, and the story then sets the agency against itself. Across the
articles of a corpus the short name is unambiguous when exactly one fuller
name contains it: :func:`unify_short_names` gives its claims that actor.

Only descriptive short names are read this way: two or three words in lower
case ("agence nationale", "direction régionale", "regional government"); a
single word ("the agency", "la direction") may point to several bodies, and a
proper name is a name already.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from .actors import default_gazetteer, fold, strip_determiner
from .model import Actor, Claim

__all__ = ["unify_short_names"]


def _short_key(actor: Actor) -> str | None:
    """The folded words of a descriptive short name, else None."""
    name = strip_determiner(actor.name.strip())
    words = name.split()
    if not 2 <= len(words) <= 3 or any(w[:1].isupper() for w in words[1:]) or re.search(r"[\d()]", name):
        return None
    if actor.kind == "person" or actor.id in default_gazetteer():
        return None
    return fold(name)


def unify_short_names(claims: Iterable[Claim]) -> list[Claim]:
    """The claims, those of a descriptive short name given the one actor of
    the corpus whose fuller name or aliases contain it, word for word.

    Examples
    --------
    >>> from claimgraph.model import Figure
    >>> full = Actor("Agence nationale de gestion des catastrophes (ANGC)", "organisation", "angc")
    >>> short = Actor("agence nationale", "group")
    >>> got = unify_short_names([Claim(full, Figure(19.0), document="a"), Claim(short, Figure(39.0), document="b")])
    >>> [c.claimant.id for c in got]
    ['angc', 'angc']
    >>> other = Actor("Agence nationale des routes", "organisation", "anr")
    >>> got = unify_short_names([Claim(full, Figure(19.0)), Claim(other, Figure(2.0)), Claim(short, Figure(39.0))])
    >>> got[-1].claimant.id  # two agencies could be meant: left as it is
    'agence-nationale'
    """
    claims = list(claims)
    actors = {a.id: a for c in claims for a in c.claimants}
    named = [a for a in actors.values() if _short_key(a) is None and a.kind != "person"]
    texts = {a.id: " ".join(fold(n) for n in (a.name, *a.aliases)) for a in named}
    target: dict[str, Actor] = {}
    for a in actors.values():
        key = _short_key(a)
        if key is None:
            continue
        found = [n for n in named if n.id != a.id and re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", texts[n.id])]
        if len({n.id for n in found}) == 1:
            target[a.id] = found[0]
    if not target:
        return claims
    return [replace(c, claimants=tuple(target.get(a.id, a) for a in c.claimants))
            if any(a.id in target for a in c.claimants) else c for c in claims]
