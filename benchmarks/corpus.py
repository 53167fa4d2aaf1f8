"""Seeded synthetic corpora for the benchmarks: news articles and claim records.

Two generators, both deterministic for a given seed:

* :func:`articles` writes French and English news articles in which known
  actors state figures ("Le Pentagone a affirmé lundi qu'environ 3 000 soldats
  nord-coréens avaient été déployés en Russie."), drawn from pools of actors,
  counted things, places, qualifiers and sentence shapes. Each article carries
  the claims planted in it, so :func:`recall` tells how many of them the real
  extractor finds.
* :func:`claims` makes :class:`~claimgraph.model.Claim` records directly, from
  10^3 to 10^6 and more, with a heavy-tailed number of claims per quantity
  (most quantities have a handful of claims, a few have hundreds), several
  claimants per quantity, dates, and a share of conflicting figures.

Run ``python benchmarks/corpus.py`` to print a sample article and the
extractor's recall on a small corpus.
"""
from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from typing import Callable, Iterable

from claimgraph.model import Actor, Claim, Corpus, Document, Figure

__all__ = ["Article", "Planted", "articles", "claim_corpus", "claims", "quantity_sizes", "recall"]

# -- pools for articles --------------------------------------------------------

#: (French name, English name, claimant id the extractor should give).
SPEAKERS = (
    ("Le Pentagone", "The Pentagon", "pentagon"),
    ("L'OTAN", "NATO", "nato"),
    ("Le Kremlin", "The Kremlin", "kremlin"),
    ("La Maison-Blanche", "The White House", "white-house"),
    ("La CGT", "The CGT union", "cgt"),
    ("La CFDT", "The CFDT", "cfdt"),
    ("Le ministère de l'Intérieur", "The French Interior Ministry", "france-interior-ministry"),
    ("La Croix-Rouge", "The Red Cross", "red-cross"),
    ("L'Organisation mondiale de la santé", "The World Health Organization", "who"),
    ("Le HCR", "The UNHCR", "unhcr"),
    ("Mark Rutte", "Mark Rutte", "mark-rutte"),
    ("Volodymyr Zelensky", "Volodymyr Zelensky", "volodymyr-zelensky"),
    ("Emmanuel Macron", "Emmanuel Macron", "emmanuel-macron"),
    ("John Kirby", "John Kirby", "john-kirby"),
    ("Gérald Darmanin", "Gérald Darmanin", "gerald-darmanin"),
    ("Marie Lefèvre", "Marie Lefèvre", "marie-lefevre"),
    ("Thomas Berger", "Thomas Berger", "thomas-berger"),
    ("Sophie Martin", "Sophie Martin", "sophie-martin"),
    ("Daniel Okafor", "Daniel Okafor", "daniel-okafor"),
    ("Laura Jensen", "Laura Jensen", "laura-jensen"),
)

#: (French noun phrase, English noun phrase, French participle, English participle, smallest, largest).
THINGS = (
    ("soldats nord-coréens", "North Korean troops", "déployés", "deployed", 500, 15000),
    ("soldats russes", "Russian soldiers", "tués", "killed", 1000, 700000),
    ("personnes", "people", "évacuées", "evacuated", 50, 90000),
    ("habitants", "residents", "blessés", "injured", 5, 5000),
    ("manifestants", "protesters", "rassemblés", "rallied", 1000, 900000),
    ("réfugiés", "refugees", "accueillis", "taken in", 200, 3000000),
    ("civils", "civilians", "tués", "killed", 10, 40000),
    ("hectares", "hectares", "brûlés", "burned", 100, 400000),
    ("migrants", "migrants", "secourus", "rescued", 20, 20000),
    ("prisonniers", "prisoners", "libérés", "released", 10, 5000),
)

#: (French, English) place names, written after "à"/"en" and "in".
PLACES = (("Koursk", "Kursk"), ("Derna", "Derna"), ("Paris", "Paris"), ("Lyon", "Lyon"),
          ("Marseille", "Marseille"), ("Kharkiv", "Kharkiv"), ("Valence", "Valencia"),
          ("Gironde", "Gironde"), ("Khartoum", "Khartoum"), ("Bordeaux", "Bordeaux"))

DAYS = (("lundi", "on Monday"), ("mardi", "on Tuesday"), ("mercredi", "on Wednesday"),
        ("jeudi", "on Thursday"), ("vendredi", "on Friday"))

#: qualifier -> (French words, English words) written before the figure.
QUALIFIER_WORDS = {
    "exact": ("", ""),
    "about": ("environ ", "about "),
    "nearly": ("près de ", "nearly "),
    "more_than": ("plus de ", "more than "),
    "at_least": ("au moins ", "at least "),
}

# Sentence shapes. {who} speaker, {q} qualifier words, {n} figure, {what} counted
# noun, {did} participle, {where} place, {day} weekday; {Who}/{Q}: capitalised.
SHAPES = {
    "fr": (
        "{Who} a affirmé {day} que {q}{n} {what} avaient été {did} à {where}.",
        "Selon {who}, {q}{n} {what} ont été {did} à {where}.",
        "{Who} a fait état {de}{q}{n} {what} {did} à {where}.",
        "« {Q}{n} {what} ont été {did} », a déclaré {who}.",
        "{Who} estime qu'entre {lo} et {hi} {what} ont été {did} à {where}.",
        "{Who} a indiqué {day} que {q}{n} {what} avaient été {did}.",
        "{Q}{n} {what} ont été {did} à {where}, selon {who}.",
    ),
    "en": (
        "{Who} said {day} that {q}{n} {what} had been {did} in {where}.",
        "According to {who}, {q}{n} {what} were {did} in {where}.",
        "{Who} reported {q}{n} {what} {did} in {where}.",
        "\"{Q}{n} {what} were {did},\" {who} said.",
        "{Who} estimated that between {lo} and {hi} {what} were {did} in {where}.",
        "{Who} told reporters {day} that {q}{n} {what} had been {did}.",
        "{Q}{n} {what} were {did} in {where}, {who} said {day}.",
    ),
}
_RANGE_SHAPE = 4

FILLERS = {
    "fr": (
        "La situation reste tendue dans la région, où les combats se poursuivent.",
        "Les autorités locales ont appelé la population au calme.",
        "Aucune confirmation indépendante n'a pu être obtenue dans l'immédiat.",
        "Le gouvernement doit se réunir en fin de semaine pour faire le point.",
        "Des observateurs internationaux sont attendus sur place dans les prochains jours.",
        "Plusieurs organisations humanitaires ont dénoncé un manque d'accès aux zones touchées.",
        "Le sujet devrait être abordé lors du prochain sommet européen, prévu à Bruxelles.",
        "Les chiffres avancés par les différentes parties restent difficiles à vérifier.",
        "Sur place, les habitants décrivent un climat d'inquiétude et de lassitude.",
        "L'opposition a réclamé l'ouverture d'une commission d'enquête parlementaire.",
    ),
    "en": (
        "The situation in the region remains tense as fighting continues.",
        "Local authorities urged residents to stay calm.",
        "No independent confirmation could be obtained immediately.",
        "The government is due to meet at the end of the week to take stock.",
        "International observers are expected on the ground in the coming days.",
        "Several humanitarian groups complained about the lack of access to the affected areas.",
        "The issue is expected to come up at the next European summit in Brussels.",
        "Figures put forward by the different sides remain hard to verify.",
        "Residents describe a mood of worry and weariness.",
        "The opposition called for a parliamentary inquiry.",
    ),
}


@dataclass(frozen=True, slots=True)
class Planted:
    """A claim written into a generated article: who states which figure."""

    claimant_id: str
    value: float | None
    lower: float | None
    upper: float | None


@dataclass(frozen=True, slots=True)
class Article:
    """A generated article and the claims planted in it."""

    document: Document
    planted: tuple[Planted, ...]


def _number(x: int, code: str) -> str:
    """A figure as a newspaper prints it: ``3 000`` in French, ``3,000`` in English.

    Examples
    --------
    >>> _number(1234567, "fr"), _number(1234567, "en"), _number(950, "fr")
    ('1 234 567', '1,234,567', '950')
    >>> _number(2300000, "fr"), _number(2300000, "en")
    ('2,3 millions de', '2.3 million')
    """
    if x >= 1_000_000 and x % 100_000 == 0:
        m = f"{x / 1e6:g}"
        return f"{m.replace('.', ',')} million{'s' if x >= 2_000_000 else ''} de" if code == "fr" else f"{m} million"
    text = f"{x:,}"
    return text.replace(",", " ") if code == "fr" else text


def _digits(x: int, code: str) -> str:
    # Range bounds stay in digits: "between 910,000 and 1.4 million" sent the
    # extractor into an endless loop before c922066, and is read since then
    # as "1.4 million" alone (no range).
    text = f"{x:,}"
    return text.replace(",", " ") if code == "fr" else text


def _round(x: float) -> int:
    # Round like a spokesperson: two significant digits.
    digits = max(len(str(int(x))) - 2, 0)
    return int(round(x, -digits))


def _sentence(rng: random.Random, code: str) -> tuple[str, Planted]:
    fr = code == "fr"
    speaker = rng.choice(SPEAKERS)
    thing = rng.choice(THINGS)
    place = rng.choice(PLACES)[0 if fr else 1]
    day = rng.choice(DAYS)[0 if fr else 1]
    shape_index = rng.randrange(len(SHAPES[code]))
    shape = SHAPES[code][shape_index]
    lo_v, hi_v = thing[4], thing[5]
    value = _round(lo_v * (hi_v / lo_v) ** rng.random())
    who = speaker[0 if fr else 1]
    # mid-sentence: "selon le Pentagone", "according to the Pentagon"
    article = who.startswith(("Le ", "La ", "L'", "The "))
    inner = who[0].lower() + who[1:] if article else who
    if shape_index == _RANGE_SHAPE:
        hi = _round(value * rng.uniform(1.1, 1.6))
        planted = Planted(speaker[2], None, float(value), float(hi))
        qualifier = "exact"
    else:
        hi = value
        qualifier = rng.choice(tuple(QUALIFIER_WORDS))
        value_f = float(value)
        lower = value_f if qualifier in ("more_than", "at_least") else None
        upper = value_f if qualifier == "nearly" else None
        planted = Planted(speaker[2], value_f, lower, upper)
    q = QUALIFIER_WORDS[qualifier][0 if fr else 1]
    text = shape.format(
        Who=who, who=inner,
        q=q, Q=q[:1].upper() + q[1:], n=_number(value, code), lo=_digits(value, code), hi=_digits(hi, code),
        what=thing[0 if fr else 1], did=thing[2 if fr else 3], where=place, day=day,
        de="d'" if q and q[0] in "aeiou" else "de ",
    )
    if fr:  # elision: "que environ" -> "qu'environ"
        text = re.sub(r"\b(qu|d)e (?=[aeiouéè])", r"\1'", text)
    return text, planted


#: Share of figure sentences followed by a second figure from the same speaker,
#: who is then named by a pronoun ("Il a ajouté que...", "It added that...").
FOLLOW_UP = 0.2
_PERSONS = {sp[2] for sp in SPEAKERS if not sp[0].startswith(("Le ", "La ", "L'"))}


def _follow_up(rng: random.Random, code: str, claimant_id: str) -> tuple[str, Planted]:
    thing = rng.choice(THINGS)
    value = _round(thing[4] * (thing[5] / thing[4]) ** rng.random())
    if code == "fr":
        text = f"Il a ajouté que {_digits(value, code)} {thing[0]} avaient été {thing[2]}."
    else:
        pronoun = "He" if claimant_id in _PERSONS else "It"
        text = f"{pronoun} added that {_digits(value, code)} {thing[1]} had been {thing[3]}."
    return text, Planted(claimant_id, float(value), None, None)


def articles(n: int, *, seed: int = 0, languages: Iterable[str] = ("fr", "en"),
             claims_per_article: tuple[int, int] = (3, 8), fillers: tuple[int, int] = (4, 10)) -> list[Article]:
    """``n`` news articles, alternating languages, with attributed figures.

    Parameters
    ----------
    n : int
        Number of articles.
    seed : int
        Same seed, same articles.
    languages : iterable of str
        ``"fr"`` and/or ``"en"``; articles cycle through them.
    claims_per_article, fillers : (int, int)
        Inclusive ranges of figure sentences and of sentences without figures.

    Returns
    -------
    list of Article
        Documents (with ``language`` and ``published`` set) and their planted claims.
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, not {n}")
    codes = tuple(languages)
    rng = random.Random(f"articles:{seed}")
    start = dt.date(2024, 1, 1)
    out = []
    for i in range(n):
        code = codes[i % len(codes)]
        sentences, planted = [], []
        for _ in range(rng.randint(*claims_per_article)):
            text, claim = _sentence(rng, code)
            sentences.append(text)
            planted.append(claim)
            if rng.random() < FOLLOW_UP:
                text, claim = _follow_up(rng, code, claim.claimant_id)
                sentences[-1] += " " + text  # kept next to its antecedent
                planted.append(claim)
        for _ in range(rng.randint(*fillers)):
            sentences.insert(rng.randrange(1, len(sentences) + 1), rng.choice(FILLERS[code]))
        paragraphs = [" ".join(sentences[k:k + 3]) for k in range(0, len(sentences), 3)]
        doc = Document(f"bench-{code}-{seed}-{i:06d}", text="\n\n".join(paragraphs), language=code,
                       published=start + dt.timedelta(days=rng.randrange(365)), publisher="Bench Daily")
        out.append(Article(doc, tuple(planted)))
    return out


def recall(items: Iterable[Article], extract: Callable[[Document], list[Claim]]) -> float:
    """Share of planted claims that ``extract`` finds with the right claimant and figure.

    A planted claim is found when an extracted claim of the same article
    names its claimant among its claimants and states the same value and bounds.
    """
    planted = found = 0
    for art in items:
        got = {(a.id, c.figure.value, c.figure.lower, c.figure.upper)
               for c in extract(art.document) for a in c.claimants}
        for p in art.planted:
            planted += 1
            found += (p.claimant_id, p.value, p.lower, p.upper) in got
    return found / planted if planted else 1.0


# -- claim records --------------------------------------------------------------

_CONCEPTS = ("troops-deployed", "troops-killed", "deaths", "wounded", "protesters", "refugees", "displaced",
             "evacuated", "hectares-burned", "prisoners", "missing", "arrests", "strikers", "homes-destroyed")
_QUALIFIERS = ("exact", "exact", "exact", "about", "about", "nearly", "more_than", "at_least", "up_to",
               "range", "vague")


def quantity_sizes(n: int, *, seed: int = 0, alpha: float = 1.3, largest: int = 2000) -> list[int]:
    """Claims per quantity, heavy-tailed, summing to exactly ``n``.

    Sizes follow a Pareto law (shape ``alpha``, at least 1, at most
    ``largest``): most quantities get a few claims, some get hundreds.

    Examples
    --------
    >>> sizes = quantity_sizes(1000, seed=1)
    >>> sum(sizes), min(sizes) >= 1, max(sizes) <= 2000
    (1000, True, True)
    """
    rng = random.Random(f"sizes:{seed}")
    sizes, total = [], 0
    while total < n:
        size = min(int(rng.paretovariate(alpha)), largest, n - total)
        sizes.append(size)
        total += size
    return sizes


def _actor_pool(count: int, rng: random.Random) -> list[Actor]:
    kinds = ("person", "person", "organisation", "organisation", "group", "country")
    pool = []
    for i in range(count):
        kind = kinds[i % len(kinds)]
        affiliation = f"org-{rng.randrange(max(1, count // 20))}" if kind == "person" and rng.random() < 0.5 else None
        name = f"{'Org' if kind == 'organisation' else kind.title()} {i:05d}"
        pool.append(Actor(name, kind, affiliation=affiliation))
    return pool


def claims(n: int, *, seed: int = 0, conflict_rate: float = 0.2, actors: int | None = None) -> list[Claim]:
    """``n`` claim records over many quantities, some of them conflicting.

    Parameters
    ----------
    n : int
        Exact number of claims (ids are unique).
    seed : int
        Same seed, same claims.
    conflict_rate : float
        Share of claims whose figure is 2 to 6 times off the quantity's value.
    actors : int, optional
        Size of the claimant pool (default: about one actor per 40 claims,
        at least 50); popular claimants speak far more often than others.

    Returns
    -------
    list of Claim
        Claims with documents ``"d<k>"`` (about five claims each), dates over
        ten years (5% undated), qualifiers from exact to vague.
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, not {n}")
    rng = random.Random(f"claims:{seed}")
    pool = _actor_pool(actors or max(50, n // 40), rng)
    weights = [1.0 / (k + 1) for k in range(len(pool))]  # Zipf-like popularity
    cum = list(_accumulate(weights))
    documents = max(1, n // 5)
    day0 = dt.date(2015, 1, 1).toordinal()
    out: list[Claim] = []
    for q, size in enumerate(quantity_sizes(n, seed=seed)):
        concept = _CONCEPTS[q % len(_CONCEPTS)]
        qid, label = f"{concept}-q{q:06d}", f"{concept.replace('-', ' ')} #{q}"
        truth = 10 ** rng.uniform(1, 6)
        speakers = rng.choices(pool, cum_weights=cum, k=min(size, 2 + size // 3))
        for _ in range(size):
            who = (rng.choice(speakers),) if rng.random() > 0.05 else tuple(rng.sample(pool, 2))
            value = truth * (rng.uniform(2, 6) ** rng.choice((-1, 1)) if rng.random() < conflict_rate
                             else rng.uniform(0.93, 1.07))
            value = float(_round(max(value, 1.0)))
            day = None if rng.random() < 0.05 else dt.date.fromordinal(day0 + rng.randrange(3650))
            out.append(Claim(who, _figure(value, rng.choice(_QUALIFIERS)), subject=label, quantity_id=qid,
                             quantity_label=label, document=f"d{rng.randrange(documents)}", stated_on=day,
                             evidence=f"{who[0].name} said {value:,.0f} ({label}).", origin="curated"))
    return out


def _figure(value: float, qualifier: str) -> Figure:
    if qualifier == "range":
        return Figure(None, value, float(_round(value * 1.3)), "range")
    if qualifier == "vague":
        return Figure(None, value, value * 5, "vague")
    if qualifier in ("more_than", "at_least"):
        return Figure(value, value, None, qualifier)
    if qualifier == "up_to":
        return Figure(value, None, value, qualifier)
    return Figure(value, qualifier=qualifier)


def _accumulate(weights):
    total = 0.0
    for w in weights:
        total += w
        yield total


def claim_corpus(n: int, *, seed: int = 0) -> Corpus:
    """:func:`claims` with their documents (dated), as a Corpus."""
    found = claims(n, seed=seed)
    rng = random.Random(f"documents:{seed}")
    day0 = dt.date(2015, 1, 1).toordinal()
    ids = dict.fromkeys(c.document for c in found)
    docs = tuple(Document(d, published=dt.date.fromordinal(day0 + rng.randrange(3650))) for d in ids)
    return Corpus(docs, tuple(found))


if __name__ == "__main__":  # pragma: no cover
    from claimgraph.extract import extract

    sample = articles(200, seed=0)
    print(sample[0].document.text, "\n")
    print(sample[1].document.text, "\n")
    for code in ("fr", "en"):
        subset = [a for a in sample if a.document.language == code]
        print(f"recall {code}: {recall(subset, extract):.3f}")
