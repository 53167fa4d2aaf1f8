"""Per-language data for the extractor (one module per language, as in spaCy).

Each module exposes the same names (``_base`` gives the empty value of each,
for a language that has no such words yet); :func:`get` returns the module
for a language code and falls back to English. The helpers below turn that
data into regular-expression fragments, and reporting verbs, listed as
lemmas, into every form their language's ``inflect`` gives.
"""
from __future__ import annotations

import functools
import re
from importlib import import_module

__all__ = ["LANGUAGES", "either", "every", "get", "topic_lead", "trie", "verb_forms", "words"]

LANGUAGES = ("fr", "en", "es")

#: A pattern that matches nothing: the value of a word class a language does not have.
NOTHING = r"(?!)"


def get(lang: str | None):
    """The data module of a language ("fr", "en", "es"); unknown codes read as English."""
    code = (lang or "en")[:2].lower()
    return import_module(f"{__name__}.{code if code in LANGUAGES else 'en'}")


def every(name: str) -> list:
    """The values of one name across all languages, flattened: the items of a
    tuple, list or set, the keys of a dict, a string itself.

    Patterns that must read a page in any language (a French page quotes an
    English body) join these; a language without the words adds nothing.

    Examples
    --------
    >>> "et" in every("AND") and "and" in every("AND")
    True
    """
    out = []
    for code in LANGUAGES:
        value = getattr(get(code), name)
        if isinstance(value, str):
            if value and value != NOTHING:
                out.append(value)
        else:
            out.extend(value)
    return out


def either(alternatives) -> str:
    """``(?:a|b|c)`` of regex fragments, longest first; a pattern that matches
    nothing when there are none.

    Examples
    --------
    >>> either(["de", "des", r"d'"]), either([])
    ("(?:des|d'|de)", '(?!)')
    """
    alternatives = sorted(set(alternatives), key=lambda a: (-len(a), a))  # the same pattern on every run
    return "(?:" + "|".join(alternatives) + ")" if alternatives else NOTHING


def words(items, after: str = r"\s+") -> str:
    """:func:`either` of words each followed by ``after``, except an elided
    one ("l'", "d'"), which the next word follows at once.

    Examples
    --------
    >>> words(["le", "l'"])
    "(?:le\\\\s+|l')"
    """
    return either(w if w.endswith("'") else w + after for w in items)


def trie(forms, gap: str = r"\s+") -> str:
    """One alternation of literal forms, shared prefixes factored out (a
    trie), so that thousands of verb forms stay fast to match; a space in a
    form matches any white space.

    Examples
    --------
    >>> trie(["dit", "disait", "disent"])
    '(?:di(?:s(?:ait|ent)|t))'
    >>> bool(re.fullmatch(trie(["fait état", "faisait"]), "fait   état"))
    True
    >>> bool(re.fullmatch(trie(["fait état"], gap=r"\\s+(?:désormais\\s+)?"), "fait désormais état"))
    True
    """
    root: dict = {}
    for form in set(forms):
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}  # a form ends here

    def build(node) -> str:
        ends = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            branches.append((gap if ch == " " else re.escape(ch)) + build(node[ch]))
        if not branches:
            return ""
        if len(branches) == 1 and not ends:
            return branches[0]
        # branches start with different characters, so their order does not matter; a form that
        # ends here makes the rest optional, and greedy: "disait" is tried before "dis"
        return "(?:" + "|".join(branches) + ")" + ("?" if ends else "")

    return "(?:" + build(root) + ")" if root else NOTHING


@functools.lru_cache(maxsize=None)
def verb_forms(code: str, lemmas: str = "REPORTING_VERBS", exclude: bool = True) -> dict[str, tuple[str, ...]]:
    """Every form of the verbs a language module lists under ``lemmas``, by
    kind (``finite``, ``participle``, ``infinitive``, ``gerund``,
    ``compound``, ``incise``), from that module's ``inflect``; with
    ``exclude``, forms in its ``NOT_REPORTING`` (news uses them for
    something else) are left out. A kind no verb has is an empty tuple.

    Compound tenses ("a déclaré", "has said") and inversions ("a-t-il
    déclaré", "déplore-t-elle") are these forms after the auxiliaries and
    before the pronouns of the module, so that adverbs may stand between
    ("a-t-il également précisé"): see :mod:`claimgraph.extract.attribution`.

    Examples
    --------
    >>> forms = verb_forms("fr")
    >>> {"déclare", "déclarait", "déclara", "déclarèrent", "déplorent"} <= set(forms["finite"]), forms["gerund"][0]
    (True, 'déclarant')
    >>> {"s'attend", "s'attendaient"} <= set(forms["finite"]), "s'est attendu" in forms["compound"]
    (True, True)
    >>> {"said", "told", "put the", "tallied", "warns", "conceding"} <= {f for v in verb_forms("en").values() for f in v}
    True
    """
    L = get(code)
    out: dict[str, list[str]] = {kind: [] for kind in _KINDS}
    for lemma in getattr(L, lemmas):
        for kind, forms in L.inflect(lemma).items():
            out[kind].extend(f for f in forms if not (exclude and f in L.NOT_REPORTING))
    return {kind: tuple(dict.fromkeys(forms)) for kind, forms in out.items()}


_KINDS = ("finite", "participle", "infinitive", "gerund", "compound", "incise")


def topic_lead(lang_data) -> str:
    """The opening of a sentence that names what its bare figures count ("For strikers,", « Côté grévistes, »):
    a pattern whose group ``noun`` is that noun, up to (not including) its comma or colon."""
    return (rf"\W*(?:{lang_data.TOPIC_LEAD})\s+(?:(?:{lang_data.PLURAL_DETERMINERS})\s+)?"
            rf"(?P<noun>[\w'-]+)\s*")
