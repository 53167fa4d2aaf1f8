"""How sure the extractor is of a claim: a small logistic regression.

:func:`features` describes an extracted claim with numbers read from the
claim and its article only (who the claimant is and where its name stands,
what the figure looks like, what the sentence and its line look like);
:func:`confidence` is ``sigmoid(w·x + b)`` over the standardised features,
with the weights shipped in ``claimgraph/data/confidence.json`` and fitted by
:mod:`claimgraph.extract.confidence_training` (``make confidence``) on the
annotated sets. Scoring is plain Python: no scikit-learn at run time.

The confidence estimates the chance that a reader would accept the claim
(the right figure for the right claimant, as ``claimgraph evaluate`` counts
it); ``docs/extraction.md`` ("Confidence") gives its precision per band.

Examples
--------
>>> from claimgraph.model import Document
>>> from claimgraph.extract import extract
>>> doc = Document("d", text="Le Pentagone a affirmé lundi qu'environ 10 000 soldats nord-coréens "
...                "étaient déployés en Russie.", published="2024-11-04", language="fr")
>>> [c] = extract(doc)
>>> 0.0 <= c.confidence <= 1.0
True
"""
from __future__ import annotations

import bisect
import contextlib
import functools
import json
import math
import re
from dataclasses import dataclass
from importlib import resources

from ..actors import fold
from ..errors import ModelError
from ..ingest import detect_language
from ..model import Claim, Document, slugify
from . import lang as _lang
from .figures import find_figures

__all__ = ["FEATURES", "Model", "confidence", "features", "load_model", "read_model_file", "unscored", "with_confidence"]

#: The features, in the order of the weights in ``confidence.json``.
FEATURES = (
    # who claims it
    "publisher", "unattributed", "kind_person", "kind_organisation", "kind_country", "kind_group", "kind_unknown",
    "several_claimants", "claimant_known", "name_words", "name_starts_lower", "name_lower_share",
    "name_in_sentence", "name_distance",
    # the figure (not its frame: the past extractors the model also learns from had none)
    "figure_found", "vague", "range", "qualified", "hedged", "unit", "round", "magnitude_lt10", "magnitude_lt100",
    "magnitude_lt1000", "magnitude_lt100k", "magnitude_big", "subject_known",
    # the sentence and its line
    "figures_in_sentence", "figure_rank", "quoted", "year_in_sentence", "sentence_length", "in_title", "french",
    "position", "line_length", "line_unended", "line_capitalised", "line_separators", "date_near_figure",
)

#: Characters from which a name farther than this counts as far (log scale).
_FAR = 300
_QUOTES = "\"«»“”"
_SEPARATORS = "|•·›▸►"
_WORD = re.compile(r"[^\W\d_][\w'-]*")
_CLOCK = r"\d{1,2}\s*(?:h|:)\s*\d{2}"
# a year ("en 2018", "in 2003"), not a part of "12 018" or "2018,5"
_YEAR = re.compile(r"(?<![\d,.])(?<!\d[ \u00a0\u202f])(?:1[89]|2[01])\d\d(?!\d|[,.]\d|[ \u00a0\u202f]\d{3}(?!\d))")


def features(claim: Claim, doc: Document) -> dict[str, float]:
    """The features of ``claim``, extracted from ``doc``, by name (:data:`FEATURES`).

    Deterministic: the same claim and document always give the same numbers.

    Examples
    --------
    >>> from claimgraph.model import Actor, Figure
    >>> doc = Document("d", text="Selon l'OTAN, environ 3 000 soldats sont arrivés.", language="fr")
    >>> c = Claim(Actor("OTAN", "organisation"), Figure(3000, qualifier="about"), document="d",
    ...           evidence=doc.text, start=0, end=len(doc.text))
    >>> x = features(c, doc)
    >>> x["name_in_sentence"], round(x["name_distance"], 2), x["qualified"], x["magnitude_lt100k"], x["in_title"]
    (1.0, 1.1, 1.0, 1.0, 0.0)
    """
    return _Article(doc).features(claim)


class _Article:
    """What the features need of one document, worked out once for all its claims."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.code = (doc.language or detect_language(doc.text))[:2]  # as the extractor reads it
        self.publisher_id = slugify(doc.publisher) if doc.publisher else "unattributed"
        self.sentences: dict[str, _Sentence] = {}
        self.lines: dict[str, tuple] = {}
        self.day_rx = _day_words(self.code)

    def _sentence(self, sentence: str) -> "_Sentence":
        # Claims of one sentence share its figures and its word-level facts: worked
        # out once, so a sentence of many figures costs linear time, not quadratic.
        if sentence not in self.sentences:
            self.sentences[sentence] = _Sentence(sentence, self.code)
        return self.sentences[sentence]

    def _line(self, line: str) -> tuple:
        if line not in self.lines:
            words = [w for w in _WORD.findall(line) if len(w) >= 2]
            self.lines[line] = (
                math.log1p(len(line.strip())),
                float(not line.rstrip().endswith((".", "!", "?", "…", ":", ";", *_QUOTES))),
                sum(w[0].isupper() for w in words) / len(words) if words else 0.0,
                math.log1p(sum(line.count(s) for s in _SEPARATORS)))
        return self.lines[line]

    def features(self, c: Claim) -> dict[str, float]:
        doc, f, who = self.doc, c.figure, c.claimant
        evidence = c.evidence or ""
        sentence = self._sentence(evidence)
        mentions = sentence.mentions
        at, rank = sentence.locate(f)
        fs, fe = (at.start, at.end) if at is not None else (0, 0)
        name = c.claimant_name
        words = _WORD.findall(name)
        long_words = [w for w in words if len(w) >= 4]
        distance = _name_distance(c, sentence, fs, fe) if at is not None else None
        central = f.central
        magnitude = abs(central) if central is not None else 0.0
        line = _line(doc.text, c.start + fs) if c.start is not None else (doc.title or evidence)
        line_length, line_unended, line_capitalised, line_separators = self._line(line)
        near = evidence[max(0, fs - 25):fe + 25] if at is not None else ""
        value = f.value if f.value is not None else (f.lower if f.lower is not None else f.upper)
        x = {
            "publisher": float(c.claimants == (who,) and who.id == self.publisher_id),
            "unattributed": float(who.id == "unattributed"),
            **{f"kind_{k}": float(who.kind == k) for k in ("person", "organisation", "country", "group", "unknown")},
            "several_claimants": float(len(c.claimants) > 1),
            "claimant_known": float(any(a.wikidata is not None or a.affiliation is not None for a in c.claimants)),
            "name_words": math.log1p(len(words)),
            "name_starts_lower": float(name[:1].islower()),
            "name_lower_share": sum(w[0].islower() for w in long_words) / len(long_words) if long_words else 0.0,
            "name_in_sentence": float(distance is not None),
            "name_distance": math.log1p(min(_FAR, distance if distance is not None else _FAR)),
            "figure_found": float(at is not None),
            "vague": float(f.qualifier == "vague"),
            "range": float(f.qualifier == "range"),
            "qualified": float(f.qualifier not in ("exact", "vague", "range")),
            "hedged": float(c.hedged),
            "unit": float(f.unit is not None),
            "round": float(value is not None and value >= 10 and value % 10 == 0),
            "magnitude_lt10": float(magnitude < 10),
            "magnitude_lt100": float(10 <= magnitude < 100),
            "magnitude_lt1000": float(100 <= magnitude < 1000),
            "magnitude_lt100k": float(1000 <= magnitude < 1e5),
            "magnitude_big": float(magnitude >= 1e5),
            "subject_known": float(bool(c.subject)),
            "figures_in_sentence": math.log1p(len(mentions)),
            "figure_rank": math.log1p(rank) if at is not None else 0.0,
            "quoted": sentence.quoted,
            "year_in_sentence": sentence.year,
            "sentence_length": math.log1p(len(evidence)),
            "in_title": float(c.start is None),
            "french": float(self.code == "fr"),
            "position": c.start / len(doc.text) if c.start is not None and doc.text else 0.0,
            "line_length": line_length,
            "line_unended": line_unended,
            "line_capitalised": line_capitalised,
            "line_separators": line_separators,
            "date_near_figure": float(bool(near) and self.day_rx.search(near) is not None),
        }
        return x


@functools.lru_cache(maxsize=None)
def _day_words(code: str) -> re.Pattern:
    # Weekdays, months, "today"/"hier" of the language (its data module), and clock times.
    L = _lang.get(code)
    words = [*getattr(L, "WEEKDAYS", {}), *getattr(L, "MONTHS", {}), *getattr(L, "RELATIVE_DAYS", {})]
    words = sorted((w for w in words if len(w) > 2), key=len, reverse=True)  # "jan", not "a"
    day = r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(map(re.escape, words)) if words else r"(?!)"
    return re.compile(f"{day}|{_CLOCK}", re.IGNORECASE)


class _Sentence:
    """One evidence sentence: its figures, indexed, and the facts every claim of it shares."""

    def __init__(self, text: str, code: str):
        self.mentions = find_figures(text.replace("\u2019", "'").replace("\u2018", "'"), code)
        self.folded = fold(text)
        self.quoted = float(any(q in text for q in _QUOTES))
        self.year = float(_YEAR.search(text) is not None)
        self._bounds: dict = {}
        self._values: dict = {}
        for i, m in enumerate(self.mentions):
            self._bounds.setdefault((m.value, m.lower, m.upper), i)
            for v in {m.value, m.lower, m.upper} - {None}:
                self._values.setdefault(v, i)
        self._spellings: dict[str, list[int]] = {}

    def locate(self, f):
        """The mention that states ``f`` (the extractor keeps no figure offset) and
        its rank: the same bounds first, else the first that shares a value."""
        i = self._bounds.get((f.value, f.lower, f.upper))
        if i is None:
            found = [self._values[x] for x in (f.value, f.lower, f.upper) if x is not None and x in self._values]
            i = min(found) if found else None
        return (self.mentions[i], i) if i is not None else (None, 0)

    def spelled(self, name: str) -> list[int]:
        """Where the folded ``name`` stands as whole words, in order."""
        if name not in self._spellings:
            folded, out = self.folded, []
            at = folded.find(name)
            while at >= 0:
                end = at + len(name)
                if not (at and folded[at - 1].isalnum()) and not (end < len(folded) and folded[end].isalnum()):
                    out.append(at)
                at = folded.find(name, at + 1)
            self._spellings[name] = out
        return self._spellings[name]


def _name_distance(c: Claim, sentence: _Sentence, fs: int, fe: int) -> int | None:
    # Characters between the figure and the nearest spelling of a claimant in
    # the sentence (its name, an alias, or a person's surname); None if absent.
    best = None
    for a in c.claimants:
        names = [a.name, *a.aliases]
        if a.kind == "person" and " " in a.name:
            names.append(a.name.rsplit(" ", 1)[1])
        for n in {fold(x) for x in names if len(x) >= 2}:
            starts = sentence.spelled(n)
            i = bisect.bisect_left(starts, fe)  # the nearest spellings are on either side of the figure
            for at in starts[max(0, i - 1):i + 1]:
                gap = max(0, fs - (at + len(n)), at - fe)
                best = gap if best is None else min(best, gap)
    return best


def _line(text: str, at: int) -> str:
    # The line of the article that holds offset ``at`` (the figure, else the
    # sentence start): a boilerplate line is short, capitalised, pipe-split.
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    return text[start:stop if stop >= 0 else len(text)]


@dataclass(frozen=True)
class Model:
    """A fitted logistic regression: ``sigmoid(intercept + Σ w·(x - mean)/scale)``.

    Examples
    --------
    >>> m = Model(("a",), (2.0,), 0.0, (1.0,), (0.5,))
    >>> round(m.predict({"a": 1.5}), 4)
    0.8808
    """

    names: tuple[str, ...]
    weights: tuple[float, ...]
    intercept: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]

    def predict(self, x: dict[str, float]) -> float:
        z = self.intercept + sum(w * (x[n] - m) / s for n, w, m, s in zip(self.names, self.weights, self.mean, self.scale))
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    @classmethod
    def from_dict(cls, d: dict, features=FEATURES, remake: str = "make confidence") -> "Model":
        """Read the JSON written by a training script, checked against ``features`` (``remake``: the command
        that writes it again)."""
        try:
            names = tuple(d["features"])
            model = cls(names, tuple(map(float, d["weights"])), float(d["intercept"]),
                        tuple(map(float, d["scaling"]["mean"])), tuple(map(float, d["scaling"]["scale"])))
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"confidence model: missing or bad field ({exc})") from None
        if set(names) - set(features) or not len(names) == len(model.weights) == len(model.mean) == len(model.scale):
            raise ModelError(f"confidence model does not fit this code's features; run: {remake}")
        if any(s <= 0 for s in model.scale):
            raise ModelError("confidence model: feature scales must be positive")
        return model


def read_model_file(path: str | None, shipped: str, what: str) -> dict:
    """The JSON of a model: the file at ``path``, or the one shipped as ``claimgraph/data/{shipped}``."""
    try:
        if path is None:
            text = (resources.files("claimgraph") / "data" / shipped).read_text(encoding="utf-8")
        else:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        return json.loads(text)
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelError(f"cannot read the {what} {path or shipped}: {exc}") from None


@functools.lru_cache(maxsize=4)
def load_model(path: str | None = None) -> Model:
    """The shipped model (``claimgraph/data/confidence.json``), or the one at ``path``."""
    return Model.from_dict(read_model_file(path, "confidence.json", "confidence model"))


def confidence(claim: Claim, doc: Document, model: Model | None = None) -> float:
    """The confidence of one extracted claim, rounded to 3 decimals (so that
    it reads back the same from JSON, CSV and RDF)."""
    return round((model or load_model()).predict(features(claim, doc)), 3)


_SCORING = [True]


@contextlib.contextmanager
def unscored():
    """Within this block :func:`with_confidence` leaves claims unscored: the
    training script extracts with it, so that a model that no longer fits the
    features (while they change) does not stop the refit."""
    _SCORING.append(False)
    try:
        yield
    finally:
        _SCORING.pop()


def with_confidence(claims: list[Claim], doc: Document, model: Model | None = None) -> list[Claim]:
    """``claims`` (extracted from ``doc``) with their confidence set; ids unchanged."""
    if not _SCORING[-1] or not claims:
        return claims
    model = model or load_model()
    article = _Article(doc)
    return [c.with_(confidence=round(model.predict(article.features(c)), 3), id=c.id) for c in claims]
