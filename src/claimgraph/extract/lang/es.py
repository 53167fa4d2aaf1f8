"""Spanish data for the extractor: a start (number words, qualifiers, the
source preposition "según", three reporting verbs, four counted nouns, the
weekdays), enough to read "Según la policía, 3.000 manifestantes marcharon el
lunes en Madrid". Every other name has the empty value of ``_base`` until its
words are written here.
"""
from ._base import *  # noqa: F401,F403  (every name, empty; the words below replace some)

CODE = "es"

# Number words; "un", "una", "uno" count only inside a compound ("un millón")
NUMBER_WORDS = {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
                "diez": 10, "cien": 100, "mil": 1000}
ONE_WORDS = ("un", "una", "uno")
SCALES = {"mil": 1e3, "millón": 1e6, "millones": 1e6}
DECIMAL_COMMA = True  # the thousands separator is ".": "3.000" is three thousand, "1,5 millones" one and a half

# Qualifier words right before the figure: "más de 3.000", "al menos 40", "unos 200"
QUALIFIERS = [(r"más\s+de", "more_than"), (r"al\s+menos", "at_least"), (r"unos|unas", "about")]
QUALIFIER_LEAD = r""

SOURCE_PREPS = r"(?:según)"  # "según la policía"

# Reporting verbs as lemmas; inflect() below makes their third persons: "dijo", "afirmó", "informó"
REPORTING_VERBS = ("decir", "afirmar", "informar")
INCISE_VERBS = REPORTING_VERBS  # "…, dijo el alcalde"
AUX = r"(?:ha|han|había|habían)"  # "ha informado"
INVERTED_LEAD = r"[,»”\"]\s*"
INVERTED = (r"{lead}(?:(?:{aux})\s+{adverbs}{inverted}|{incise})\s+(?P<np>[^,;:.!?«»“”\"()]+)",)

COUNT_NOUNS = {"manifestantes": "protesters", "muertos": "deaths", "personas": "people", "soldados": "troops"}
WEEKDAYS = {"lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "domingo": 6}

# Third persons of the irregular verbs: present, preterite, imperfect, future, conditional (singular, plural),
# past participle, gerund
_IRREGULAR = {"decir": ("dice dicen", "dijo dijeron", "decía decían", "dirá dirán", "diría dirían", "dicho", "diciendo")}


def inflect(lemma: str) -> dict[str, tuple[str, ...]]:
    """The third persons of a Spanish verb news reports with (present,
    preterite, imperfect, future, conditional), its participle and gerund;
    ``incise``: the preterite and present that come before their subject
    ("…, dijo el alcalde").

    Examples
    --------
    >>> inflect("afirmar")["incise"], inflect("decir")["finite"][:4]
    (('afirma', 'afirman', 'afirmó', 'afirmaron'), ('dice', 'dicen', 'dijo', 'dijeron'))
    """
    if lemma in _IRREGULAR:
        *tenses, participle, gerund = _IRREGULAR[lemma]
        tenses = [t.split() for t in tenses]
    else:  # -ar verbs
        stem = lemma[:-2]
        tenses = [[stem + "a", stem + "an"], [stem + "ó", stem + "aron"], [stem + "aba", stem + "aban"],
                  [lemma + "á", lemma + "án"], [lemma + "ía", lemma + "ían"]]
        participle, gerund = stem + "ado", stem + "ando"
    return {"finite": tuple(f for t in tenses for f in t),
            "participle": (participle, participle[:-1] + "a", participle + "s", participle[:-1] + "as"),
            "infinitive": (lemma,), "gerund": (gerund,), "compound": (), "incise": (*tenses[0], *tenses[1])}
