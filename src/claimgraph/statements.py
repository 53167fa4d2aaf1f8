"""Statements: one actor giving one figure for one quantity, however many
outlets carried it.

Three articles that report "the NIS said 1,500 soldiers on 18 October" hold
three claims but one statement. The statement counts once in conflicts,
tables and summaries, and keeps each report (outlet, date, evidence). Claims
are grouped by who speaks (:func:`speaker_key`: a spokesperson speaks for
their body), the quantity, the figure, and the date the figure describes,
within a window of days.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import fields
from typing import Iterable, Mapping

from .actors import DEFINED_NAME
from .model import Actor, Claim, Document, Report, slugify

__all__ = ["BY", "WINDOW", "assign_statements", "one_body_across_articles", "reference_date", "speaker_key", "speaker_keys",
           "with_alias_keys"]

#: Default number of days within which two figures are compared (and within
#: which one actor's repeated figure is one statement).
WINDOW = 3
#: How claimants are compared: each body on its own, or as sides (countries).
BY = ("body", "affiliation")


def speaker_key(claim: Claim, actors: Mapping[str, Actor] | None = None, by: str = "body") -> str:
    """Who a claim's figure belongs to, as one string (see :func:`speaker_keys`)."""
    return "+".join(sorted(speaker_keys(claim, actors, by)))


def speaker_keys(claim: Claim, actors: Mapping[str, Actor] | None = None, by: str = "body") -> frozenset:
    """Who a claim's figure belongs to, for grouping and comparison: one key
    per claimant; two claims share a speaker when their keys meet.

    With ``by="body"`` a person affiliated to an organisation speaks for it
    (Pentagon press secretary Sabrina Singh is the Pentagon); a person tied
    only to a country speaks for themself (a president is not "Ukraine").
    With ``by="affiliation"`` every claimant climbs its affiliations to the
    top (the NIS and the JCS are both South Korea).

    Examples
    --------
    >>> pentagon = Actor("Pentagon", "organisation", affiliation="united-states")
    >>> singh = Actor("Sabrina Singh", "person", affiliation="pentagon")
    >>> from claimgraph.model import Figure
    >>> c = Claim(singh, Figure(10000))
    >>> speaker_keys(c, {"pentagon": pentagon}), speaker_keys(c, {"pentagon": pentagon}, by="affiliation")
    (frozenset({'pentagon'}), frozenset({'united-states'}))
    """
    actors = actors or {}
    keys = []
    for a in claim.claimants:
        if by == "affiliation":
            key, seen = a.id, {a.id}
            parent = a.affiliation
            while parent and parent not in seen:
                seen.add(parent)
                key = parent
                parent = actors[parent].affiliation if parent in actors else None
        else:
            parent = actors.get(a.affiliation) if a.affiliation else None
            key = parent.id if a.kind == "person" and parent is not None and parent.kind in ("organisation", "group") else a.id
        keys.append(key)
    return frozenset(keys)


def with_alias_keys(known: Mapping[str, Actor]) -> dict[str, Actor]:
    """``known`` with each body also found by its aliases and the initials its name ends with, so that a person an
    article ties to "the NPHA" speaks for the "National Public Health Agency (NPHA)" another article named in full.
    An id already known keeps its actor.

    Examples
    --------
    >>> npha = Actor("National Public Health Agency (NPHA)", "organisation")
    >>> with_alias_keys({npha.id: npha})["npha"].name
    'National Public Health Agency (NPHA)'
    """
    out = dict(known)
    for a in list(known.values()):
        if a.kind not in ("organisation", "group"):
            continue
        # "National Public Health Agency (NPHA)": also "npha", and the long name alone, which a person's role may give
        # ("Rodolphe Achille, directeur de l'Office morandais de gestion des catastrophes, l'OMGC")
        defined = DEFINED_NAME.match(a.name)
        names = [*a.aliases, *(defined.group(2, 1) if defined else ())]
        for name in names:
            out.setdefault(slugify(name), a)
    return out


def one_body_across_articles(who: list[frozenset], known: Mapping[str, Actor]) -> list[frozenset]:
    """``who`` with a body one article names by part of its name ("the police prefecture") keyed as the one body
    of those figures whose name has every word of it and more ("the Vessane police prefecture"), as another
    article names it in full. Within an article the extractor already gives a short name the body it stands
    for; across articles only the figures compared together can say which body it is, and only when one body
    fits. People keep their own keys.

    A bare head ("the ministry" against "the transport ministry") is left apart: on the story sets it cost a
    true conflict (docs/extraction.md, thirtieth session).

    Examples
    --------
    >>> who = [frozenset({"police-prefecture"}), frozenset({"vessane-police-prefecture"}), frozenset({"union"})]
    >>> [sorted(k) for k in one_body_across_articles(who, {})]
    [['vessane-police-prefecture'], ['vessane-police-prefecture'], ['union']]
    >>> one_body_across_articles(who + [frozenset({"police-prefecture-of-orlan"})], {})[0]  # two fit: which one?
    frozenset({'police-prefecture'})
    """
    keys = set().union(*who) if who else set()
    words = {k: frozenset(k.split("-")) for k in keys if getattr(known.get(k), "kind", "organisation") != "person"}
    if not any(len(w) >= 2 for w in words.values()):
        return who
    having: dict[str, set] = defaultdict(set)  # a word: the bodies whose key has it (no pair of keys is compared)
    for k, ws in words.items():
        for w in ws:
            having[w].add(k)
    merged = {}
    for k, ws in words.items():
        if len(ws) >= 2:
            fits = [o for o in set.intersection(*(having[w] for w in ws)) if ws < words[o]]
            if len(fits) == 1:
                merged[k] = fits[0]
    if not merged:
        return who
    return [frozenset(merged.get(k, k) for k in w) for w in who]


def reference_date(claim: Claim, published: Mapping[str, dt.date] | None = None) -> dt.date | None:
    """The date a figure describes: ``as_of``, else ``stated_on``, else the
    publication date of its document."""
    return claim.as_of or claim.stated_on or (published or {}).get(claim.document)


def _figure_key(c: Claim) -> tuple:
    f = c.figure
    return (f.value, f.lower, f.upper, f.qualifier)


def assign_statements(claims: Iterable[Claim], *, documents: Iterable[Document] = (), actors: Iterable[Actor] = (),
                      window: int = WINDOW) -> list[Claim]:
    """The claims, each with its ``statement`` id and the ``reports`` of that
    statement (every claim that carries it), in the order given.

    Claims are one statement when the same speaker gives the same figure for
    the same quantity with reference dates at most ``window`` days apart
    (chained: reports on days 1, 3 and 5 are one statement). Undated claims
    form statements only within their own document. Claim ids never change.

    Examples
    --------
    >>> from claimgraph.model import Figure
    >>> nis = Actor("NIS", "organisation")
    >>> said = lambda doc, day: Claim(nis, Figure(1500), quantity_id="q", document=doc, as_of=day)
    >>> a, b, c = assign_statements([said("d1", "2024-10-18"), said("d2", "2024-10-18"), said("d3", "2024-11-30")])
    >>> a.statement == b.statement != c.statement, [len(x.reports) for x in (a, b, c)]
    (True, [2, 2, 1])
    """
    claims = list(claims)
    published = {d.id: d.published for d in documents if d.published is not None}
    known = {a.id: a for a in actors}
    for c in claims:
        for a in c.claimants:
            known.setdefault(a.id, a)
    known = with_alias_keys(known)
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        groups[(speaker_key(c, known), c.quantity_id, _figure_key(c))].append(i)
    days = [reference_date(c, published) for c in claims]  # read once: a million claims on the hot path
    statement_of: dict[int, tuple[str, list[int]]] = {}
    for key, members in groups.items():
        # ties broken by document and claim id, never by reading order: the same corpus read from
        # articles or from RDF gives the same reports in the same order
        dated = sorted((days[i], claims[i].document or "", claims[i].id, i) for i in members if days[i] is not None)
        clusters: list[list[int]] = []
        last = None
        for day, _, _, i in dated:
            if last is None or (day - last).days > window:
                clusters.append([])
            clusters[-1].append(i)
            last = day
        undated: dict[str | None, list[int]] = defaultdict(list)
        for i in sorted(members, key=lambda i: (claims[i].document or "", claims[i].id)):
            if days[i] is None:
                undated[claims[i].document].append(i)
        clusters.extend(undated.values())
        for cluster in clusters:
            first = claims[cluster[0]]
            anchor = days[cluster[0]] or first.document
            digest = hashlib.sha1(repr((key, str(anchor))).encode("utf-8")).hexdigest()[:12]
            for i in cluster:
                statement_of[i] = ("s" + digest, cluster)
    out = []
    reports_of: dict[str, tuple] = {}
    for i, c in enumerate(claims):
        sid, cluster = statement_of[i]
        reports = reports_of.get(sid)
        if reports is None:  # one tuple per statement, shared by its claims
            reports = reports_of[sid] = tuple(
                _report(claims[j].id, claims[j].document, claims[j].stated_on or published.get(claims[j].document))
                for j in cluster)
        out.append(c if c.statement == sid and c.reports == reports else _restated(c, sid, reports))
    return out


_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))


def _restated(c: Claim, sid: str, reports: tuple, _new=object.__new__, _set=object.__setattr__) -> Claim:
    # A copy of a valid claim with two derived fields set, without re-running its checks:
    # a million claims are regrouped on every comparison.
    out = _new(Claim)
    for name in _CLAIM_FIELDS:
        _set(out, name, getattr(c, name))
    _set(out, "statement", sid)
    _set(out, "reports", reports)
    return out


def _report(claim, document, stated_on, _new=object.__new__, _set=object.__setattr__) -> Report:
    r = _new(Report)
    _set(r, "claim", claim)
    _set(r, "document", document)
    _set(r, "stated_on", stated_on)
    return r
