"""A body that the articles of a story name in two languages is one actor of the story."""
from __future__ import annotations

import pytest

from claimgraph.compare import compare
from claimgraph.extract import extract
from claimgraph.model import Corpus, Document
from claimgraph.translated import name_key


def story(*articles, published="2027-06-11"):
    docs = [Document(f"d{i}", text=text, language=lang, published=published, publisher="P")
            for i, (lang, text) in enumerate(articles)]
    return Corpus(tuple(docs), tuple(c for d in docs for c in extract(d))).with_statements()


@pytest.mark.parametrize("a,b", [
    ("Agence nationale de santé publique (ANSP)", "National Public Health Agency (NPHA)"),
    ("Agence nationale de gestion des catastrophes", "National Disaster Management Agency"),
    ("National Agency for the Management of Catastrophes (NDMA)", "National Disaster Management Agency"),
    ("Service régional d'incendie et de secours (SRIS)", "Regional Service of Fire and Rescue"),
    ("Ligue des droits de l'homme", "Human Rights League"),
])
def test_a_name_and_its_translation_have_one_key(a, b):
    assert name_key(a) is not None and name_key(a) == name_key(b)


@pytest.mark.parametrize("a,b", [
    # a word more (a place, another field) may be another body
    ("conseil départemental de la Haute-Lanne", "departmental council"),
    ("Agence nationale de santé publique", "National Food Safety Agency"),
    ("Agence régionale de santé", "National Health Agency"),
])
def test_names_with_other_words_are_other_bodies(a, b):
    assert name_key(a) != name_key(b)


def test_a_body_named_in_french_and_in_english_is_one_actor_and_not_its_own_rival():
    corpus = story(("fr", "L'Agence nationale de santé publique (ANSP) a recensé 31 cas."),
                   ("en", "The National Public Health Agency (NPHA) counted 29 cases."))
    assert len({c.claimant.id for c in corpus.claims}) == 1
    assert [cmp.conflicts for cmp in compare(corpus.claims, documents=corpus.documents)] == [()]
    # (each article keeps the name it gave)
    assert {c.claimant_name for c in corpus.claims} == {"Agence nationale de santé publique (ANSP)",
                                                        "National Public Health Agency (NPHA)"}


def test_two_bodies_with_different_names_still_disagree():
    corpus = story(("fr", "L'Agence nationale de santé publique (ANSP) a recensé 31 cas."),
                   ("en", "The Regional Health Agency (RHA) counted 12 cases."))
    assert len({c.claimant.id for c in corpus.claims}) == 2


def test_calques_of_revendiquer_and_pres_de():
    # « La fédération revendique pour sa part 900 engins et "près de 3 500" manifestants », translated word for word
    doc = Document("t", text='The Federation of Public Works (FPW) reclaims for its part 900 engines and "near of '
                   '3,500" manifestants.', language="en", published="2091-03-09", publisher="The Wire")
    got = [(c.claimant_name, c.figure.value, c.figure.qualifier) for c in extract(doc)]
    assert got == [("Federation of Public Works (FPW)", 900, "exact"),
                   ("Federation of Public Works (FPW)", 3500, "nearly")]
