"""One actor for a person whom the articles of a story name in different ways.

"Interior Minister Étienne Rouvray" in one article, "Étienne Rouvray" in a
second, "Rouvray" in a third: read alone, each article makes an actor of its
own, and the story then sets the minister against himself, or against the
ministry he speaks for. Across a corpus, the names that share a surname and
do not disagree on the given name are one person, and the name that ties
them to a body ("Health Minister Sophie Carvel" speaks for the health
ministry) ties all of them.

A surname shared by two given names ("Pierre Valdorne", "Anne Valdorne"),
or a person tied to two bodies, is left as it is: two people, or one
person the articles disagree about.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Iterable

from .actors import _looks_like_person, _words, default_gazetteer, fold
from .model import Actor, Claim
from .shortnames import kind_head, known_as

__all__ = ["unify_people"]

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")


@functools.lru_cache(maxsize=1)
def _titles() -> frozenset:
    """Folded words that stand before a name without being its given name: "Dr", "Mme", "Colonel"."""
    from .extract.lang import every

    vocative = (t for pattern in every("VOCATIVE_TITLES") for t in pattern.split("|") if t.isalpha())
    return frozenset(fold(t) for t in (*every("TITLES"), *vocative))


def _name_parts(actor: Actor) -> tuple[str | None, str] | None:
    """``(given name or None, surname)``, folded, for an actor that names a person; else None.

    Examples
    --------
    >>> _name_parts(Actor("Interior Minister Étienne Rouvray", "person"))
    ('etienne', 'rouvray')
    >>> _name_parts(Actor("Dr Oberlé", "person")), _name_parts(Actor("Rouvray", "group"))
    ((None, 'oberle'), (None, 'rouvray'))
    >>> _name_parts(Actor("Interior Ministry", "organisation")) is None
    True
    """
    name = actor.name.strip()
    words = _TOKEN.findall(name)
    if not words or re.search(r"[()\d]", name):
        return None
    if actor.kind != "person":
        # a one-word group ("Rouvray" where the article gave no role) or a name in capitals ("AGNÈS MOREL", a
        # transcript's label); never a body's name or initials
        single = len(words) == 1 and words[0][:1].isupper() and not words[0].isupper()
        if not (single or _looks_like_person(name.title())) or default_gazetteer().find(name):
            return None
        if single and _words()["body_word"].search(fold(name)):
            return None
    surname = words[-1]
    if not surname[:1].isupper() or _words()["roles"].fullmatch(surname) or fold(surname) in _titles():
        return None  # "the minister", "maire": a role, not a name
    given = words[-2] if len(words) > 1 else None
    if given is not None and (not given[:1].isupper() or fold(given) in _titles() or _words()["roles"].fullmatch(given)):
        given = None  # "Dr Oberlé", "Minister Carvel": a title, no given name
    return (fold(given) if given else None), fold(surname)


def _office_body(person: Actor, bodies: list[Actor]) -> str | None:
    """The id of the one body of ``bodies`` that the title before a person's name is the head of, by the
    first letters they share in any language: "Prefect Laurent Degrange" and "la préfecture de la Haute-Sorge"
    ("prefec-"), when the corpus has one such body.

    Examples
    --------
    >>> prefecture = Actor("préfecture de la Haute-Sorge", "organisation", "prefecture-haute-sorge")
    >>> _office_body(Actor("Prefect Laurent Degrange", "person"), [prefecture])
    'prefecture-haute-sorge'
    >>> _office_body(Actor("Laurent Degrange", "person"), [prefecture]) is None
    True
    """
    titles = [w for w in _TOKEN.findall(person.name)[:-2] if w[:1].isupper()]
    head = kind_head(titles[-1]) if titles else None
    if head is None:
        return None
    found = {b.id for b in bodies if any(head.search(fold(n)) for n in (b.name, *b.aliases))}
    return found.pop() if len(found) == 1 else None


def unify_people(claims: Iterable[Claim]) -> list[Claim]:
    """The claims, each person's claimant given one id across the corpus:
    that of the fullest name of the same person, with the body it speaks for.

    Examples
    --------
    >>> from claimgraph.model import Figure
    >>> said = lambda who, kind="person", affiliation=None: Claim(Actor(who, kind, affiliation=affiliation), Figure(5.0))
    >>> got = unify_people([said("Health Minister Sophie Carvel", affiliation="health-ministry"),
    ...                     said("Sophie Carvel"), said("Carvel", "group")])
    >>> [(c.claimant.name, c.claimant.id, c.claimant.affiliation) for c in got][1:]
    [('Sophie Carvel', 'health-minister-sophie-carvel', 'health-ministry'), ('Carvel', 'health-minister-sophie-carvel', 'health-ministry')]

    Two given names under one surname are two people:

    >>> [c.claimant.id for c in unify_people([said("Pierre Valdorne"), said("Anne Valdorne"), said("Valdorne", "group")])]
    ['pierre-valdorne', 'anne-valdorne', 'valdorne']
    """
    claims = list(claims)
    actors: dict[str, Actor] = {}
    for c in claims:
        for a in c.claimants:  # an id's fullest form: with its body, then its longest name
            old = actors.get(a.id)
            if old is None or (a.affiliation is not None, len(a.name)) > (old.affiliation is not None, len(old.name)):
                actors[a.id] = a
    bodies = [a for a in actors.values() if a.kind == "organisation"]
    for a in list(actors.values()):  # "Prefect Laurent Degrange": the one prefecture of the corpus
        if a.kind == "person" and a.affiliation is None and (body := _office_body(a, bodies)) is not None:
            actors[a.id] = replace(a, affiliation=body)
    by_surname: dict[str, list[tuple[str | None, Actor]]] = {}
    for a in actors.values():
        parts = _name_parts(a)
        if parts is not None:
            by_surname.setdefault(parts[1], []).append((parts[0], a))
    target: dict[str, Actor] = {}
    for people in by_surname.values():
        if len(people) < 2 or len({g for g, _ in people if g}) > 1 or not any(a.kind == "person" for _, a in people):
            continue
        if len({a.affiliation for _, a in people if a.affiliation}) > 1:
            continue  # tied to two bodies: not for us to choose
        canon = max((a for _, a in people), key=lambda a: (a.affiliation is not None, a.kind == "person", len(a.name), a.id))
        target.update((a.id, canon) for _, a in people if a.id != canon.id)
    for a in actors.values():
        # (a person no other name joins: each of its claims takes the body its fullest form found)
        if a.affiliation is not None and a.id not in target and a.kind == "person":
            target[a.id] = a
    if not target:
        return claims
    out = []
    for c in claims:
        if any(a.id in target for a in c.claimants):
            # (each claim keeps the name its article wrote: only who it is changes)
            c = replace(c, claimants=tuple(known_as(a, t) if (t := target.get(a.id)) else a for a in c.claimants))
        out.append(c)
    return out
