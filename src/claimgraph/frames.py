"""Frames across a corpus: slots one article leaves empty, filled from the others.

An article about the July heatwave in France may never say "in France" of its
toll ("le bilan de la canicule s'alourdit: 1 480 décès"), while the other
articles of the story do. When every figure of the corpus that counts the
same population with the same measure (and period) and names a country names
the same one, a figure that names no place is about that country too.
Nothing is filled when the corpus names several countries for it.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Iterable

from .model import Claim

__all__ = ["fill_places"]


def fill_places(claims: Iterable[Claim]) -> list[Claim]:
    """The claims, extracted ones with no place given the one country the
    corpus names for their population, measure and period (ids recomputed).

    Examples
    --------
    >>> from claimgraph.model import Actor, Figure
    >>> said = lambda place, level="country": Claim(Actor("X"), Figure(1.0), population="deaths", place=place,
    ...                                              place_level=level if place else "")
    >>> [c.quantity_id for c in fill_places([said("france"), said("")])]
    ['deaths-france', 'deaths-france']
    >>> [c.quantity_id for c in fill_places([said("france"), said("spain"), said("")])]
    ['deaths-france', 'deaths-spain', 'deaths']
    """
    claims = list(claims)
    countries: dict[tuple, set] = defaultdict(set)
    for c in claims:
        if c.population and c.place and c.place_level == "country":
            countries[(c.population, c.measure, c.period)].add(c.place)
    out = []
    for c in claims:
        found = countries.get((c.population, c.measure, c.period), ())
        if c.origin == "extracted" and c.population and not c.place and not c.part_of and len(found) == 1:
            (place,) = found
            c = replace(c, place=place, place_level="country", quantity_id="", id="")
        out.append(c)
    return out
