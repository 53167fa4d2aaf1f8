"""Curation: the user's merges, splits and renames of quantities and actors,
kept in YAML and applied to every run.

The extractor names quantities from the text (``north-korean-troops-russia``,
``troops-deployed-russie``) and actors as written (``sabrina-singh-pentagon``).
A curation file says which of them are the same, which should be told apart
and what they should be called::

    quantities:
      - id: north-korean-troops-deployed-russia        # merge: the claims of these
        same_as: [north-korean-troops-russia, troops-deployed-russie]   # ids move to `id`
        label: North Korean troops in Russia            # rename (the label shown)
      - id: protesters-paris                            # split: the claims of `id` that
        when: {claimant: cgt}                           # match every condition of `when`
        becomes: protesters-paris-union-count           # move to `becomes`
    actors:
      - id: pentagon                                    # merge: these claimants are `id`
        same_as: [sabrina-singh-pentagon]
        name: Pentagon                                  # rename (optional kind, affiliation)

A file that is a plain list holds quantity entries only. Ids are written as
``claimgraph quantities`` prints them (any text is turned into its slug).
``when`` conditions are claim fields: ``claimant`` (an actor id, matching any
claimant), ``population``, ``measure``, ``place``, ``place_level``,
``period``, ``part_of``, ``document``; a value may be a list (any of them).

Merges apply first, then splits, then labels; a claim's ``part_of`` follows
the merges. Claim ids never change, so relations, exports and links stay
valid; a curated claim's statement is worked out again. Applying a file
twice changes nothing more.

Curation files are found on every run: ``--curation FILE`` on any command
that reads INPUT, and any ``quantities.yaml`` or ``curation.yaml`` inside an
input directory (those are not read as claims).
"""
from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ._io import read_yaml
from .errors import InputError, ModelError
from .model import ACTOR_KINDS, PLACE_LEVELS, Actor, Corpus, slugify

__all__ = ["CURATION_NAMES", "Curation", "Split", "apply", "apply_files", "curation_files", "is_curation_file",
           "quantities", "read_curation", "split_inputs"]

#: File names read as curation (not as curated claims) in input directories.
CURATION_NAMES = ("quantities.yaml", "quantities.yml", "curation.yaml", "curation.yml")
#: Claim fields a split's ``when`` may test.
CONDITIONS = ("claimant", "document", "measure", "part_of", "period", "place", "place_level", "population")
_QUANTITY_KEYS = ("id", "label", "same_as", "when", "becomes")
_ACTOR_KEYS = ("id", "name", "same_as", "kind", "affiliation")


@dataclass(frozen=True)
class Split:
    """Move the claims of quantity ``source`` that match every condition of
    ``when`` (field -> accepted values) to quantity ``becomes``."""

    source: str
    when: tuple[tuple[str, frozenset], ...]
    becomes: str

    def matches(self, claim) -> bool:
        for name, accepted in self.when:
            if name == "claimant":
                if not any(a.id in accepted for a in claim.claimants):
                    return False
            elif name == "document":
                if claim.document not in accepted and slugify(claim.document or "", 120) not in accepted:
                    return False
            elif getattr(claim, name) not in accepted:
                return False
        return True


@dataclass(frozen=True)
class Curation:
    """What one curation file says (see the module docstring).

    ``merges`` maps a quantity id to the id it is merged into, ``labels`` an
    id to its label; ``actor_merges`` an actor id to the id it becomes and
    ``actor_changes`` an actor id to its new ``name``/``kind``/``affiliation``.
    """

    merges: dict = field(default_factory=dict)
    splits: tuple[Split, ...] = ()
    labels: dict = field(default_factory=dict)
    actor_merges: dict = field(default_factory=dict)
    actor_changes: dict = field(default_factory=dict)
    source: str = ""

    def __bool__(self) -> bool:
        return bool(self.merges or self.splits or self.labels or self.actor_merges or self.actor_changes)


# --- reading -------------------------------------------------------------------

def is_curation_file(path) -> bool:
    """Whether ``path`` is named as a curation file (``quantities.yaml``, ``curation.yaml``)."""
    return Path(path).name.lower() in CURATION_NAMES


def curation_files(paths) -> list[Path]:
    """The curation files among ``paths`` and inside the directories among
    them (hidden directories skipped, as :func:`claimgraph.inputs.expand` does)."""
    out = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and is_curation_file(f)
                              and not any(part.startswith(".") for part in f.relative_to(p).parts)))
        elif is_curation_file(p):
            out.append(p)
    return out


def split_inputs(paths) -> tuple[list, list[Path]]:
    """``(inputs, curation)``: the input paths to read as data, curation
    files left out (a directory that holds one is given as its other files),
    and the curation files found.

    A directory that holds nothing but curation files is left out of the
    inputs altogether.
    """
    from .inputs import expand

    inputs, found = [], []
    for p in paths:
        here = curation_files([p])
        if not here:
            inputs.append(p)
            continue
        found.extend(here)
        if Path(p).is_dir():
            inputs.extend(f for f in expand([p]) if not is_curation_file(f))
    return inputs, found


def _where(node) -> int | None:
    return node.start_mark.line + 1 if node is not None and getattr(node, "start_mark", None) else None


def _pairs(node) -> dict:
    """Key text -> (key node, value node) of a YAML mapping node."""
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(k.value): (k, v) for k, v in node.value}


def read_curation(path) -> Curation:
    """Read one curation file.

    Raises
    ------
    InputError
        Naming the file and the line of the first problem.
    """
    from .ingest import read_text_file

    where = str(path)
    if not Path(path).is_file():
        raise InputError(where, "file not found")
    text = read_text_file(path)
    data, root = read_yaml(text, where)
    if data is None:
        return Curation(source=where)
    if isinstance(data, list):
        sections = {"quantities": (data, root)}
    elif isinstance(data, dict):
        nodes = _pairs(root)
        sections = {}
        for key, value in data.items():
            knode, vnode = nodes.get(str(key), (None, None))
            if key not in ("quantities", "actors"):
                raise InputError(where, f"unknown section {key!r} (expected quantities, actors)", line=_where(knode))
            if value is None:
                continue
            if not isinstance(value, list):
                raise InputError(where, f"'{key}' must be a list of entries", line=_where(vnode))
            sections[key] = (value, vnode)
    else:
        raise InputError(where, "a curation file is a YAML list of quantity entries, or a mapping with "
                                "'quantities:' and/or 'actors:'", line=1)
    cur = {"merges": {}, "splits": [], "labels": {}, "actor_merges": {}, "actor_changes": {}}
    for name, (entries, node) in sections.items():
        read_entry = _quantity_entry if name == "quantities" else _actor_entry
        for entry, enode in zip(entries, node.value):
            read_entry(entry, enode, where, cur)
    _check_cycles(cur["merges"], where, "quantity")
    _check_cycles(cur["actor_merges"], where, "actor")
    return Curation(cur["merges"], tuple(cur["splits"]), cur["labels"], cur["actor_merges"], cur["actor_changes"],
                    where)


def _entry(entry, enode, where: str, kind: str, keys: tuple) -> tuple[dict, str]:
    line = _where(enode)
    if not isinstance(entry, dict):
        raise InputError(where, "each entry must be a mapping of keys to values", line=line)
    nodes = _pairs(enode)
    for key in entry:
        if key not in keys:
            raise InputError(where, f"unknown key {key!r} in {kind} entry (expected {', '.join(keys)})",
                             line=_where(nodes.get(str(key), (enode,))[0]))
    ident = entry.get("id")
    if ident is None or not str(ident).strip():
        raise InputError(where, f"{kind} entry has no id", line=line)
    return nodes, str(ident).strip()


def _line(nodes, key, default):
    return _where(nodes[key][0]) if key in nodes else default


def _ids(value, where: str, line, what: str, max_len: int) -> list[str]:
    values = value if isinstance(value, list) else [value]
    if not values or not all(isinstance(v, (str, int)) and str(v).strip() for v in values):
        raise InputError(where, f"{what} must be an id or a list of ids", line=line)
    return [slugify(str(v), max_len) for v in values]


def _text(value, where: str, line, what: str) -> str:
    if not isinstance(value, (str, int, float)) or isinstance(value, bool) or not str(value).strip():
        raise InputError(where, f"{what} must be text", line=line)
    return " ".join(str(value).split())


def _merge(merges: dict, old: str, new: str, where: str, line, kind: str) -> None:
    if old == new:
        return
    if merges.get(old, new) != new:
        raise InputError(where, f"{kind} {old!r} is merged into both {merges[old]!r} and {new!r}", line=line)
    merges[old] = new


def _check_cycles(merges: dict, where: str, kind: str) -> None:
    for start in merges:
        seen, node = {start}, merges[start]
        while node in merges:
            if node in seen:
                raise InputError(where, f"{kind} {start!r} is merged into {merges[start]!r}, "
                                        f"which is merged back into it")
            seen.add(node)
            node = merges[node]


def _quantity_entry(entry, enode, where: str, cur: dict) -> None:
    nodes, raw = _entry(entry, enode, where, "a quantity", _QUANTITY_KEYS)
    line = _where(enode)
    qid = slugify(raw, 120)
    if not any(k in entry for k in ("label", "same_as", "when", "becomes")):
        raise InputError(where, f"quantity entry {qid!r} changes nothing: give label, same_as, or when and becomes",
                         line=line)
    if "label" in entry:
        cur["labels"][qid] = _text(entry["label"], where, _line(nodes, "label", line), "label")
    if "same_as" in entry:
        for old in _ids(entry["same_as"], where, _line(nodes, "same_as", line), "same_as", 120):
            _merge(cur["merges"], old, qid, where, _line(nodes, "same_as", line), "quantity")
    if ("when" in entry) != ("becomes" in entry):
        missing, given = ("becomes", "when") if "when" in entry else ("when", "becomes")
        raise InputError(where, f"'{given}' needs '{missing}': a split moves the claims of 'id' that match 'when' "
                                "to the quantity 'becomes'", line=_line(nodes, given, line))
    if "when" in entry:
        when_line = _line(nodes, "when", line)
        when = entry["when"]
        if not isinstance(when, dict) or not when:
            raise InputError(where, "'when' must be a mapping of claim fields to values, e.g. {claimant: nis}",
                             line=when_line)
        conditions = []
        for name, value in when.items():
            if name not in CONDITIONS:
                raise InputError(where, f"unknown condition {name!r} in 'when' (expected {', '.join(CONDITIONS)})",
                                 line=when_line)
            values = _ids(value, where, when_line, f"'when: {name}'", 120)
            if name == "place_level":
                values = [str(v).strip() for v in (value if isinstance(value, list) else [value])]
                bad = [v for v in values if v not in PLACE_LEVELS or not v]
                if bad:
                    raise InputError(where, f"place_level must be one of {', '.join(filter(None, PLACE_LEVELS))}, "
                                            f"not {bad[0]!r}", line=when_line)
            elif name == "claimant":
                values = [slugify(v) for v in values]
            elif name == "document":
                values = [str(v).strip() for v in (value if isinstance(value, list) else [value])] + values
            conditions.append((name, frozenset(values)))
        becomes = _ids(entry["becomes"], where, _line(nodes, "becomes", line), "becomes", 120)
        if len(becomes) != 1 or becomes[0] == qid:
            raise InputError(where, "'becomes' must be one quantity id, other than 'id'", line=_line(nodes, "becomes", line))
        cur["splits"].append(Split(qid, tuple(sorted(conditions)), becomes[0]))


def _actor_entry(entry, enode, where: str, cur: dict) -> None:
    nodes, raw = _entry(entry, enode, where, "an actor", _ACTOR_KEYS)
    line = _where(enode)
    aid = slugify(raw)
    if not any(k in entry for k in ("name", "same_as", "kind", "affiliation")):
        raise InputError(where, f"actor entry {aid!r} changes nothing: give name, same_as, kind or affiliation",
                         line=line)
    changes = {}
    if "name" in entry:
        changes["name"] = _text(entry["name"], where, _line(nodes, "name", line), "name")
    if "kind" in entry:
        kind = entry["kind"]
        if kind not in ACTOR_KINDS:
            raise InputError(where, f"actor kind must be one of {', '.join(ACTOR_KINDS)}, not {kind!r}",
                             line=_line(nodes, "kind", line))
        changes["kind"] = kind
    if "affiliation" in entry:
        changes["affiliation"] = _ids(entry["affiliation"], where, _line(nodes, "affiliation", line), "affiliation", 60)[0]
    if changes:
        cur["actor_changes"][aid] = {**cur["actor_changes"].get(aid, {}), **changes}
    if "same_as" in entry:
        for old in _ids(entry["same_as"], where, _line(nodes, "same_as", line), "same_as", 60):
            _merge(cur["actor_merges"], old, aid, where, _line(nodes, "same_as", line), "actor")


# --- applying ------------------------------------------------------------------

def _final(merges: dict, x: str) -> str:
    while x in merges:  # no cycles: read_curation checks
        x = merges[x]
    return x


def apply(corpus: Corpus, curation: Curation, gazetteer=None) -> Corpus:
    """The corpus with ``curation`` applied: a new Corpus whose claims keep
    their ids (see the module docstring for the order of the rules).

    ``gazetteer`` (the shipped one when not given) names an actor that other
    actors are merged into when the corpus does not hold it.

    Examples
    --------
    >>> from claimgraph.model import Claim, Figure
    >>> singh = Actor("Sabrina Singh", "person", id="sabrina-singh-pentagon")
    >>> c = Claim(singh, Figure(10000), quantity_id="troops-deployed-russie", id="c1")
    >>> cur = Curation(merges={"troops-deployed-russie": "north-korean-troops-deployed-russia"},
    ...                labels={"north-korean-troops-deployed-russia": "North Korean troops in Russia"},
    ...                actor_merges={"sabrina-singh-pentagon": "pentagon"})
    >>> [out] = apply(Corpus(claims=[c]), cur).claims
    >>> out.id, out.quantity_id, out.quantity_label, out.claimant.name, out.claimant.kind
    ('c1', 'north-korean-troops-deployed-russia', 'North Korean troops in Russia', 'Pentagon', 'organisation')
    """
    if not curation:
        return corpus
    merges, labels = curation.merges, curation.labels
    actor_of = _actor_mapping(corpus, curation, gazetteer)
    changed = False
    claims = []
    for c in corpus.claims:
        qid = _final(merges, c.quantity_id)
        for split in curation.splits:
            if qid == split.source and split.matches(c):
                qid = _final(merges, split.becomes)
        changes = {}
        if qid != c.quantity_id:
            changes["quantity_id"] = qid
        label = labels.get(qid)
        if label is not None and label != c.quantity_label:
            changes["quantity_label"] = label
        part_of = _final(merges, c.part_of) if c.part_of else ""
        if part_of != c.part_of:
            changes["part_of"] = part_of
        claimants = tuple({a.id: a for a in map(actor_of, c.claimants)}.values())
        if claimants != c.claimants:
            changes["claimants"] = claimants
        if changes:
            if "quantity_id" in changes or "claimants" in changes:  # a statement of someone, about something
                changes.update(statement="", reports=())
            c = c.with_(id=c.id, **changes)
            changed = True
        claims.append(c)
    actors = tuple({a.id: a for a in map(actor_of, corpus.actors)}.values())
    if not changed and actors == corpus.actors:
        return corpus
    return Corpus(corpus.documents, tuple(claims), actors)


def _actor_mapping(corpus: Corpus, curation: Curation, gazetteer):
    """Actor -> the actor it becomes (merged, renamed, re-affiliated)."""
    merges, changes = curation.actor_merges, curation.actor_changes
    if not merges and not changes:
        return lambda a: a
    known = {a.id: a for a in corpus.actors}
    wanted = {_final(merges, x) for x in (*merges, *changes)}
    names: dict[str, Counter] = defaultdict(Counter)  # the names claims give the actors that change
    for c in corpus.claims:
        for a in c.claimants:
            known.setdefault(a.id, a)
            if a.id in wanted:
                names[a.id][a.name] += 1
    merged_names: dict[str, list[str]] = defaultdict(list)
    for old in merges:
        if old in known:
            merged_names[_final(merges, old)].append(known[old].name)
    targets: dict[str, Actor] = {}

    def target(aid: str) -> Actor:
        found = targets.get(aid)
        if found is None:
            base = known.get(aid)
            if base is None:
                from .actors import default_gazetteer

                base = (gazetteer or default_gazetteer()).get(aid)
            change = changes.get(aid, {})
            # the name asked for, else the one most claims use (as Corpus.with_display_names would pick)
            common = names[aid].most_common(1)[0][0] if names.get(aid) else None
            name = change.get("name") or common or (base.name if base else aid)
            aliases = (*(base.aliases if base else ()), *merged_names.get(aid, ()))
            try:
                found = Actor(name, change.get("kind") or (base.kind if base else "unknown"), aid,
                              tuple(dict.fromkeys(aliases)),
                              _final(merges, change.get("affiliation") or (base.affiliation if base else None) or "")
                              or None, base.wikidata if base else None)
            except ModelError as exc:
                raise InputError(curation.source, f"actor {aid!r}: {exc}") from None
            targets[aid] = found
        return found

    def actor_of(a: Actor) -> Actor:
        aid = _final(merges, a.id)
        if aid != a.id or aid in changes:
            return target(aid)
        if a.affiliation and a.affiliation in merges:
            return dataclasses.replace(a, affiliation=_final(merges, a.affiliation))
        return a

    return actor_of


def apply_files(corpus: Corpus, paths, gazetteer=None) -> Corpus:
    """The corpus with each curation file applied in turn (each reads the
    result of the previous ones)."""
    for path in paths:
        corpus = apply(corpus, read_curation(path), gazetteer)
    return corpus


# --- listing -------------------------------------------------------------------

def quantities(corpus: Corpus, *, window: int | None = None) -> list[dict]:
    """One row per quantity, by id: what ``chart --quantity``, ``html
    --quantity`` and curation files need to name it.

    Each row has the keys of :data:`claimgraph.tables.QUANTITY_COLUMNS`:
    ``id``, ``label`` (the label most claims give), the frame
    (``population``, ``measure``, ``place``, ``place_level``, ``period``,
    ``part_of``; None when no claim says), the number of ``statements`` and
    of ``claims``, and ``first_as_of``/``last_as_of``, the span of the dates
    the figures describe (``as_of``, else when stated, else when published).
    ``window`` (days) groups reports into statements (the default of
    :mod:`claimgraph.statements`).

    Examples
    --------
    >>> from claimgraph.model import Claim, Figure
    >>> nis = Actor("NIS", "organisation")
    >>> said = lambda doc, day: Claim(nis, Figure(1500), quantity_id="troops", document=doc, stated_on=day)
    >>> [row] = quantities(Corpus(claims=[said("a", "2024-10-18"), said("b", "2024-10-19"), said("c", "2024-12-01")]))
    >>> row["id"], row["statements"], row["claims"], row["first_as_of"], row["last_as_of"]
    ('troops', 2, 3, '2024-10-18', '2024-12-01')
    """
    from .statements import WINDOW, reference_date

    corpus = corpus.with_statements(WINDOW if window is None else window)
    published = {d.id: d.published for d in corpus.documents if d.published is not None}
    groups: dict[str, list] = defaultdict(list)
    for c in corpus.claims:
        groups[c.quantity_id].append(c)
    rows = []
    for qid in sorted(groups):
        claims = groups[qid]
        days = sorted(d for d in (reference_date(c, published) for c in claims) if d is not None)
        row = {"id": qid, "label": Counter(c.quantity_label for c in claims).most_common(1)[0][0]}
        for name in ("population", "measure", "place", "place_level", "period", "part_of"):
            row[name] = next((getattr(c, name) for c in claims if getattr(c, name)), None)
        row.update(statements=len({c.statement or c.id for c in claims}), claims=len(claims),
                   first_as_of=days[0].isoformat() if days else None,
                   last_as_of=days[-1].isoformat() if days else None)
        rows.append(row)
    return rows
