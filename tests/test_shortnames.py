"""A body one article names in full and another in short is one actor of the story."""
from __future__ import annotations

from claimgraph.extract import extract
from claimgraph.model import Corpus, Document


def _corpus(*texts):
    docs = [Document(f"d{i}", text=t, language="fr", published="2026-10-08", publisher="P") for i, t in enumerate(texts)]
    return Corpus(tuple(docs), tuple(c for d in docs for c in extract(d))).with_statements()


def test_a_short_name_in_one_article_is_the_body_another_defines():
    corpus = _corpus("L'Agence nationale de gestion des catastrophes (ANGC) annonce 19 morts.",
                     "Inondations : l'agence nationale ramène son bilan à 39 morts.")
    assert {c.claimant.id for c in corpus.claims} == {"angc"}


def test_a_short_name_two_bodies_could_carry_stays_apart():
    corpus = _corpus("L'Agence nationale de gestion des catastrophes (ANGC) annonce 19 morts.",
                     "L'Agence nationale des routes (ANR) compte 12 blessés sur les routes.",
                     "Inondations : l'agence nationale ramène son bilan à 39 morts.")
    assert {c.claimant.id for c in corpus.claims} == {"angc", "anr", "agence-nationale"}


def test_a_one_word_short_name_is_left_as_it_is():
    corpus = _corpus("L'Agence nationale de gestion des catastrophes (ANGC) annonce 19 morts.",
                     "Selon l'agence, 39 personnes sont mortes.")
    assert "angc" in {c.claimant.id for c in corpus.claims} and len({c.claimant.id for c in corpus.claims}) == 2
