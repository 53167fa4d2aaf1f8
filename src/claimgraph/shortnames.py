"""One actor for a body that articles of one story name in full and in short.

An article defines "l'Agence nationale de gestion des catastrophes (ANGC)";
another, on the same story, only says "l'agence nationale". Read alone, the
second article cannot know which agency that is, so its claims carry an actor
of their own, and the story then sets the agency against itself. Across the
articles of a corpus the short name is unambiguous when exactly one fuller
name contains it: :func:`unify_short_names` gives its claims that actor.

Only descriptive short names are read this way: two or three words in lower
case ("agence nationale", "direction régionale", "the country's disaster
agency"), whose words the fuller name holds in the same order; a proper name
is a name already. A single word ("the agency", "la préfecture") may point to
different bodies in different articles, so it is read inside its own article
first: it becomes the one body named there whose name holds it. Only where
its article names no such body does it take the one body of that kind the
whole corpus names ("the ministry" of a story with one ministry), keeping
its own word as its name.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Iterable

from .actors import DEFINED_NAME, default_gazetteer, fold, strip_determiner
from .model import Actor, Claim

__all__ = ["HEAD_LETTERS", "kind_head", "known_as", "unify_short_names"]


# the first letters of a body's head that name its kind in any language: "minist" (ministry, ministère, minister)
HEAD_LETTERS = 6


@functools.lru_cache(maxsize=1024)
def kind_head(word: str) -> re.Pattern | None:
    """A word of a name that opens with the first :data:`HEAD_LETTERS` letters of ``word`` (folded), in any
    language: the bodies of one kind ("minister", "ministère", "ministry"); None for a word too short to tell.

    Examples
    --------
    >>> bool(kind_head("Minister").search(fold("ministère de l'Éducation"))), kind_head("mayor")
    (True, None)
    """
    word = fold(word)
    return re.compile(rf"(?<![\w-]){re.escape(word[:HEAD_LETTERS])}") if len(word) >= HEAD_LETTERS else None


def known_as(actor: Actor, body: Actor) -> Actor:
    """``actor`` under the name its article gave it, as the actor ``body`` is (its id, kind and affiliation)."""
    return replace(actor, id=body.id, kind=body.kind, affiliation=body.affiliation)

# "the country's disaster agency", "the region's health office": whose it is, not its name
_OWNER = re.compile(r"^\w+['’]s\s+")


def _short_key(actor: Actor, words: range = range(2, 4)) -> str | None:
    """The folded words of a descriptive short name of so many ``words``, else None."""
    name = _OWNER.sub("", strip_determiner(actor.name.strip()))
    parts = name.split()
    if len(parts) not in words or any(w[:1].isupper() for w in parts[1:]) or re.search(r"[\d()]", name):
        return None
    if actor.kind == "person" or actor.id in default_gazetteer() or (len(parts) == 1 and parts[0].isupper()):
        return None  # a person, a known body, or initials: a name already
    return fold(name)


@functools.lru_cache(maxsize=1024)
def _holding(key: str) -> re.Pattern:
    """The words of ``key`` in that order, other words allowed between them."""
    return re.compile(r"(?<![\w-])" + r"(?:\s+\S+){0,3}?\s+".join(map(re.escape, key.split())) + r"(?![\w-])")


def _only(key: str, candidates: Iterable[Actor], texts: dict, but: str, same: dict) -> Actor | None:
    """The one body among ``candidates`` (each read as the body ``same`` says it is) whose name holds ``key``."""
    rx = _holding(key)
    found = {m.id: m for m in (same.get(n.id, n) for n in candidates if n.id != but and rx.search(texts[n.id]))}
    return next(iter(found.values())) if len(found) == 1 else None


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

    One word is read inside its article first: there, "the agency" is the
    only agency named. Where its article names none, it is the one agency
    of the corpus, under its own word.

    >>> ndma = Actor("National Disaster Management Agency", "organisation", "ndma")
    >>> said = lambda who, doc: Claim(Actor(who, "group"), Figure(34.0), document=doc)
    >>> got = unify_short_names([Claim(ndma, Figure(36.0), document="a"), said("the agency", "a"), said("the agency", "b"),
    ...                          said("the country's disaster agency", "b")])
    >>> [(c.claimant.id, c.claimant.name) for c in got][1:3]
    [('ndma', 'National Disaster Management Agency'), ('ndma', 'the agency')]

    A name with its initials in one article is the same body as the name
    alone, or the initials alone, in another.

    >>> plain, initials = Actor("National Disaster Management Agency", "group"), Actor("NDMA", "group")
    >>> got = unify_short_names([Claim(Actor("National Disaster Management Agency (NDMA)", "organisation", "ndma"),
    ...                                Figure(12.0)), Claim(plain, Figure(34.0)), Claim(initials, Figure(41.0))])
    >>> [c.claimant.id for c in got]
    ['ndma', 'ndma', 'ndma']
    """
    claims = list(claims)
    actors: dict[str, Actor] = {}
    for c in claims:
        for a in c.claimants:  # an id's fullest name: "... (NDMA)" rather than "NDMA"
            if len(a.name) > len(actors.get(a.id, a).name) or a.id not in actors:
                actors[a.id] = a
    named = [a for a in actors.values() if _short_key(a, range(1, 4)) is None and a.kind != "person"]
    texts = {a.id: " ".join(fold(n) for n in (a.name, *a.aliases)) for a in named}
    target: dict[str, Actor] = {}
    # "National Disaster Management Agency" in one article, "... (NDMA)" or "NDMA" in another: one body
    defined: dict[str, list[Actor]] = {}
    for a in named:
        m = DEFINED_NAME.match(a.name.strip())
        if m:
            for key in (fold(m.group(1)), fold(m.group(2))):
                defined.setdefault(key, []).append(a)
    for a in named:
        fuller = {n.id: n for n in defined.get(fold(a.name.strip()), ()) if n.id != a.id}
        if len(fuller) == 1 and not DEFINED_NAME.match(a.name.strip()):
            target[a.id] = next(iter(fuller.values()))
    for a in actors.values():
        if a.id in target:
            continue
        key = _short_key(a)
        found = _only(key, named, texts, a.id, target) if key else None
        if found is not None:
            target[a.id] = found
    # one word, inside its own article
    in_article: dict[tuple, Actor] = {}
    by_doc: dict[str | None, dict[str, Actor]] = {}
    for c in claims:
        by_doc.setdefault(c.document, {}).update((a.id, a) for a in c.claimants)
    for doc, present in by_doc.items():
        here = [a for a in present.values() if a.id in texts]
        for a in present.values():
            key = _short_key(a, range(1, 2)) if a.id not in target else None
            found = _only(key, here, texts, a.id, target) if key else None
            if found is not None:
                in_article[doc, a.id] = found
    # one word that no body of its own article holds: the one body of that kind the whole corpus names ("the
    # ministry", "the minister" in an article that names no ministry, where the story names one), by the first
    # letters of its head in any language ("minist-ry", "minist-ère"); the claim keeps the word it was given
    in_corpus: dict[tuple, Actor] = {}
    holders: dict[str, dict[str, Actor]] = {}  # (per head, once: a corpus repeats "the ministry" in many articles)
    for doc, present in by_doc.items():
        here = [texts[a.id] for a in present.values() if a.id in texts]
        for a in present.values():
            key = _short_key(a, range(1, 2)) if a.id not in target and (doc, a.id) not in in_article else None
            head = kind_head(key) if key else None
            if head is None or any(head.search(t) for t in here):
                continue  # (two such bodies in its own article: which one is not for the corpus to say)
            if head.pattern not in holders:
                # (among bodies known as such, not any phrase an article made a claimant of)
                holders[head.pattern] = {m.id: m for m in (target.get(n.id, n) for n in named
                                                          if n.kind == "organisation" and head.search(texts[n.id]))}
            found = holders[head.pattern]
            if len(found) == 1:
                in_corpus[doc, a.id] = known_as(a, next(iter(found.values())))
    if not target and not in_article and not in_corpus:
        return claims
    out = []
    for c in claims:
        if any(a.id in target or (c.document, a.id) in in_article or (c.document, a.id) in in_corpus for a in c.claimants):
            c = replace(c, claimants=tuple(target.get(a.id) or in_article.get((c.document, a.id))
                                           or in_corpus.get((c.document, a.id), a) for a in c.claimants))
        out.append(c)
    return out
