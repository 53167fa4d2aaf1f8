"""Hand-curated claims in YAML or CSV: a figure the extractor missed, or a
correction of one it found.

One claim per YAML mapping (a list) or CSV row, with the keys of the JSON
contract: ``claimant`` (required), ``value`` or ``value_min``/``value_max``
(required), and optionally ``claimant_kind``, ``affiliation``, ``qualifier``,
``unit``, ``subject``, ``quantity_id``, ``stated_on``, ``document``,
``source`` (URL), ``evidence``, ``scope``, ``hedged``, ``note``.
Errors name the file and the line of the bad claim.
"""
from __future__ import annotations

import csv
import io

from ._io import read_yaml
from .actors import Gazetteer, default_gazetteer
from .errors import InputError, ModelError
from .model import Actor, Claim, Corpus, Document, shown, slugify

__all__ = ["claim_from_record", "read_curated"]

def _text(rec: dict, key: str) -> str:
    """The text of ``rec[key]`` ("" when missing); a list or mapping is no
    text: ModelError naming the key.

    Examples
    --------
    >>> _text({"claimant": " NATO "}, "claimant"), _text({}, "unit")
    ('NATO', '')
    >>> _text({"claimant": ["NATO", "Pentagon"]}, "claimant")
    Traceback (most recent call last):
    ...
    claimgraph.errors.ModelError: claimant must be one text, not a list (['NATO', 'Pentagon']); for several claimants write them in one text, 'NATO and Pentagon', or give each its own claim
    """
    x = rec.get(key)
    if isinstance(x, (list, tuple, dict, set)):
        kind = "mapping" if isinstance(x, dict) else "list"
        hint = ""
        if key == "claimant" and kind == "list" and all(isinstance(n, str) for n in x):
            hint = (f"; for several claimants write them in one text, {' and '.join(x)!r}, "
                    "or give each its own claim")
        raise ModelError(f"{key} must be one text, not a {kind} ({shown(x)}){hint}")
    return "" if x is None else str(x).strip()


def claim_from_record(rec: dict, gazetteer: Gazetteer | None = None) -> Claim:
    """One curated claim from a mapping (raises ModelError when incomplete).

    Examples
    --------
    >>> c = claim_from_record({"claimant": "Pentagon", "value": 10000, "qualifier": "about",
    ...                        "subject": "North Korean troops deployed to Russia", "stated_on": "2024-11-04"})
    >>> c.claimant.id, c.figure.value, c.quantity_id, c.origin
    ('pentagon', 10000.0, 'north-korean-troops-deployed', 'curated')
    """
    from .extract.quantity import counted_after, quantity_for

    g = gazetteer or default_gazetteer()
    name = _text(rec, "claimant")
    if not name:
        raise ModelError("curated claim has no claimant")
    if all(_text(rec, k) == "" for k in ("value", "value_min", "value_max")):
        raise ModelError("curated claim has no figure (value, or value_min/value_max)")
    known = g.resolve(name, "en")
    actors = []
    for part in known or [Actor(name)]:
        if part.id in g:
            actors.append(part)
        else:
            kind = _text(rec, "claimant_kind") or part.kind
            aff = _text(rec, "affiliation")
            aff_id = (g.resolve(aff, "en") or [Actor(aff)])[0].id if aff else part.affiliation
            actors.append(Actor(name, kind if kind != "unknown" else "group", affiliation=aff_id))
    qualifier = _text(rec, "qualifier")
    d = {
        "claimants": [
            {"id": a.id, "name": a.name, "kind": a.kind, "affiliation": a.affiliation,
             "wikidata": a.wikidata, "aliases": list(a.aliases)} for a in actors
        ],
        "value": rec.get("value"), "value_min": rec.get("value_min"), "value_max": rec.get("value_max"),
        "qualifier": qualifier or None, "unit": _text(rec, "unit") or None,
        "subject": _text(rec, "subject"), "quantity_id": _text(rec, "quantity_id"),
        "stated_on": _text(rec, "stated_on") or None, "scope": _text(rec, "scope") or None,
        "hedged": rec.get("hedged"),
        "document": _text(rec, "document") or (slugify(_text(rec, "source"), 80) if _text(rec, "source") else None),
        "evidence": _text(rec, "evidence"), "origin": "curated",
        "as_of": _text(rec, "as_of") or None, "population": _text(rec, "population"),
        "measure": _text(rec, "measure"), "place": _text(rec, "place"),
        "place_level": _text(rec, "place_level"), "period": _text(rec, "period"),
        "part_of": _text(rec, "part_of"),
    }
    for k in ("value", "value_min", "value_max"):
        if isinstance(d[k], str):
            d[k] = d[k].replace("\u202f", "").replace("\u00a0", "").replace(" ", "").replace(",", "") or None
    if not d["quantity_id"] and d["subject"]:
        counted = counted_after(" " + d["subject"], "en")
        if counted.concept:
            place = d["scope"]
            population, measure, label, _ = quantity_for(counted, d["subject"], d["subject"], "en", g, place, actors)
            d["population"], d["measure"], d["quantity_label"] = population, measure, label
            if place:
                d["place"] = place
    return Claim.from_dict(d)


def _records_yaml(text: str, where: str):
    data, root = read_yaml(text, where)
    if data is None:
        return
    if isinstance(data, dict) and isinstance(data.get("claims"), list):
        nodes = next(v for k, v in root.value if k.value == "claims").value
        data = data["claims"]
    elif isinstance(data, list):
        nodes = root.value
    else:
        raise InputError(where, "a curated claims file is a YAML list of claims (or a mapping with 'claims:')", line=1)
    for node, rec in zip(nodes, data):
        line = node.start_mark.line + 1
        if not isinstance(rec, dict):
            raise InputError(where, "each claim must be a mapping of keys to values", line=line)
        yield line, rec


def _records_csv(text: str, where: str):
    # strict: a quote left open is an error (named at the line its record starts), not the rest of the file in one cell
    lines = _Lines(text)
    reader = csv.DictReader(lines, strict=True)
    try:
        fieldnames = reader.fieldnames
    except csv.Error as exc:
        raise InputError(where, f"malformed CSV header: {_csv_reason(exc)}", line=1) from None
    if not fieldnames or "claimant" not in [f.strip() for f in fieldnames]:
        raise InputError(where, "a curated claims CSV needs a header row with at least 'claimant' and 'value'", line=1)
    while True:
        lines.fresh = True
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(where, f"malformed CSV: {_csv_reason(exc)}", line=lines.start) from None
        if None in row:
            raise InputError(where, "row has more fields than the header", line=lines.start)
        yield lines.start, {k.strip(): v for k, v in row.items() if k}


class _Lines:
    # The lines of a CSV text, noting where each record starts (its first non-blank line).
    def __init__(self, text: str):
        self._lines = iter(io.StringIO(text, newline=""))
        self.n = self.start = 0
        self.fresh = True

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.n += 1
        if self.fresh and line.strip():
            self.start, self.fresh = self.n, False
        return line


def _csv_reason(exc: csv.Error) -> str:
    reason = str(exc)
    if "unexpected end of data" in reason:
        return "a quoted field is not closed (a '\"' is missing); the record starting here runs to the end of the file"
    return reason


def read_curated(path, gazetteer: Gazetteer | None = None) -> Corpus:
    """Read a curated claims file (``.yaml``/``.yml`` or ``.csv``)."""
    from .ingest import read_text_file

    where = str(path)
    text = read_text_file(path)
    records = _records_csv(text, where) if where.lower().endswith(".csv") else _records_yaml(text, where)
    claims, docs = [], {}
    for line, rec in records:
        try:
            claim = claim_from_record(rec, gazetteer)
        except ModelError as exc:
            raise InputError(where, str(exc), line=line) from None
        claims.append(claim)
        url = _text(rec, "source")
        if claim.document and claim.document not in docs:
            docs[claim.document] = Document(claim.document, title=_text(rec, "source_title") or url or claim.document,
                                            url=url or None, published=claim.stated_on)
    return Corpus(tuple(docs.values()), tuple(claims))
