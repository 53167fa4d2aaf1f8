"""One actor for a body that the articles of a story name in two languages.

A French article names « l'Agence nationale de santé publique (ANSP) », an
English one the "National Public Health Agency (NPHA)"; a translated wire
writes "the National Agency for the Management of Catastrophes" for the
"National Disaster Management Agency". Read alone, each article makes an
actor of its own, and the story then sets the agency against itself.

Two names are the same body when their words, each read as the word a
translation gives it (the language modules' ``NAME_WORD_TRANSLATIONS``;
any other word stands for itself), are the same words in any order, with
at least two of them. A name that adds a word the other lacks (a place:
"conseil départemental de la Haute-Lanne" and "departmental council") is
left as it is: it may be another body.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Iterable

from .actors import DEFINED_NAME, default_gazetteer, fold
from .model import Actor, Claim
from .shortnames import known_as

__all__ = ["name_key", "unify_translated_names"]

_WORD = re.compile(r"[^\W\d_][\w-]*")


@functools.lru_cache(maxsize=1)
def _lexicon() -> tuple[dict, frozenset]:
    """The translation of a name's words, and the words that link them, of every language module."""
    from .extract import lang
    from .extract.lang import every

    words = {fold(k): v for code in lang.LANGUAGES for k, v in lang.get(code).NAME_WORD_TRANSLATIONS.items()}
    links = frozenset(fold(w).strip("'’") for w in (*every("NAME_LINKS"), *every("ARTICLES"), *every("DETERMINERS")))
    return words, links


@functools.lru_cache(maxsize=4096)
def name_key(name: str) -> tuple[str, ...] | None:
    """The sorted words of a body's name as a translation writes them, without its initials and linking words;
    None when fewer than two words are left.

    Examples
    --------
    >>> name_key("Agence nationale de santé publique (ANSP)") == name_key("National Public Health Agency (NPHA)")
    True
    >>> name_key("National Agency for the Management of Catastrophes") == name_key("National Disaster Management Agency")
    True
    >>> name_key("conseil départemental de la Haute-Lanne") == name_key("departmental council")
    False
    >>> name_key("la préfecture") is None
    True
    """
    words, links = _lexicon()
    defined = DEFINED_NAME.match(name.strip())
    text = fold(defined.group(1) if defined else name)
    key = []
    for w in _WORD.findall(text):
        w = re.sub(r"^[dl]['’]", "", w)
        if w and w not in links:
            key.append(words.get(w, w))
    return tuple(sorted(key)) if len(key) >= 2 else None


def unify_translated_names(claims: Iterable[Claim]) -> list[Claim]:
    """The claims, every body that a story names in two languages given one actor (the one with the most
    claims; each claim keeps the name its article gave).

    Examples
    --------
    >>> from claimgraph.model import Figure
    >>> fr = Actor("Agence nationale de santé publique (ANSP)", "organisation", "ansp")
    >>> en = Actor("National Public Health Agency (NPHA)", "organisation", "npha")
    >>> got = unify_translated_names([Claim(fr, Figure(31.0)), Claim(en, Figure(29.0)), Claim(en, Figure(30.0))])
    >>> [(c.claimant.id, c.claimant.name) for c in got][0]
    ('npha', 'Agence nationale de santé publique (ANSP)')
    """
    claims = list(claims)
    count: dict[str, int] = {}
    by_key: dict[tuple, dict[str, Actor]] = {}
    for c in claims:
        for a in c.claimants:
            count[a.id] = count.get(a.id, 0) + 1
            if a.kind in ("organisation", "group") and a.id not in default_gazetteer():
                key = name_key(a.name)
                if key is not None:
                    by_key.setdefault(key, {}).setdefault(a.id, a)
    target: dict[str, Actor] = {}
    for bodies in by_key.values():
        if len(bodies) > 1:
            main = max(bodies.values(), key=lambda a: (count[a.id], a.kind == "organisation", a.id))
            target.update((i, main) for i in bodies if i != main.id)
    if not target:
        return claims
    out = []
    for c in claims:
        if any(a.id in target for a in c.claimants):
            c = replace(c, claimants=tuple(known_as(a, target[a.id]) if a.id in target else a for a in c.claimants))
        out.append(c)
    return out
