"""A person the articles of a story name in different ways is one speaker of the story."""
from __future__ import annotations

from claimgraph.compare import compare
from claimgraph.extract import extract
from claimgraph.model import Actor, Claim, Corpus, Document, Figure
from claimgraph.people import unify_people


def _corpus(*texts, language="en"):
    docs = [Document(f"d{i}", text=t, language=language, published="2028-01-02", publisher="P")
            for i, t in enumerate(texts)]
    return Corpus(tuple(docs), tuple(c for d in docs for c in extract(d))).with_statements()


def test_a_surname_in_one_article_is_the_minister_another_names_in_full():
    corpus = _corpus("Interior Minister Étienne Rouvray said 412 people had been arrested on New Year's Eve.",
                     "Rouvray said 436 people had been arrested.")
    [who] = {(c.claimant.id, c.claimant.affiliation) for c in corpus.claims}
    assert who[1] == "interior-ministry"
    # each claim keeps the name its article gave
    assert {c.claimant.name for c in corpus.claims} == {"Interior Minister Étienne Rouvray", "Rouvray"}


def test_the_minister_named_two_ways_does_not_contradict_himself():
    corpus = _corpus("Interior Minister Étienne Rouvray said 412 people had been arrested on New Year's Eve.",
                     "Rouvray said 436 people had been arrested on New Year's Eve.")
    [arrests] = [c for c in compare(corpus.claims, documents=corpus.documents) if len(c.claims) == 2]
    assert not arrests.conflicts  # (read as two speakers, 412 and 436 were a conflict)


def test_two_given_names_under_one_surname_stay_two_people():
    said = lambda who, kind="person": Claim(Actor(who, kind), Figure(5.0))
    got = unify_people([said("Pierre Valdorne"), said("Anne Valdorne"), said("Valdorne", "group")])
    assert [c.claimant.id for c in got] == ["pierre-valdorne", "anne-valdorne", "valdorne"]


def test_a_title_is_no_given_name_and_a_body_is_no_surname():
    said = lambda who, kind="person": Claim(Actor(who, kind), Figure(5.0))
    got = unify_people([said("Dr Mathis Oberlé"), said("Dr Oberlé"), said("Mathis Oberlé"),
                        said("Interior Ministry", "organisation"), said("the minister", "group")])
    assert len({c.claimant.id for c in got[:3]}) == 1
    assert [c.claimant.id for c in got[3:]] == ["interior-ministry", "the-minister"]


def test_a_person_tied_to_two_bodies_is_left_as_the_articles_wrote_them():
    said = lambda who, body: Claim(Actor(who, "person", affiliation=body), Figure(5.0))
    got = unify_people([said("Sophie Carvel", "health-ministry"), said("Dr Sophie Carvel", "npha"),
                        Claim(Actor("Carvel", "group"), Figure(3.0))])
    assert [c.claimant.id for c in got] == ["sophie-carvel", "dr-sophie-carvel", "carvel"]
