"""A person the articles of a story name in different ways is one speaker of the story."""
from __future__ import annotations

from claimgraph.compare import compare
from claimgraph.model import Actor, Claim, Figure
from claimgraph.people import unify_people


def test_a_surname_in_one_article_is_the_minister_another_names_in_full(story_corpus):
    corpus = story_corpus("Interior Minister Étienne Rouvray said 412 people had been arrested on New Year's Eve.",
                          "Rouvray said 436 people had been arrested.", language="en")
    [who] = {(c.claimant.id, c.claimant.affiliation) for c in corpus.claims}
    assert who[1] == "interior-ministry"
    # each claim keeps the name its article gave
    assert {c.claimant.name for c in corpus.claims} == {"Interior Minister Étienne Rouvray", "Rouvray"}


def test_the_minister_named_two_ways_does_not_contradict_himself(story_corpus):
    corpus = story_corpus("Interior Minister Étienne Rouvray said 412 people had been arrested on New Year's Eve.",
                          "Rouvray said 436 people had been arrested on New Year's Eve.", language="en")
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


def test_a_title_that_heads_the_one_such_body_of_the_story_speaks_for_it(story_corpus):
    corpus = story_corpus("The Haute-Sorge prefecture said 2 people had died in the pile-up.",
                          "Prefect Laurent Degrange said 3 people had died.", "Laurent Degrange said 52 were injured.",
                          language="en")
    people = {c.claimant.affiliation for c in corpus.claims if "Degrange" in c.claimant.name}
    assert people == {"prefecture-haute-sorge"}
    # the prefect and his prefecture: one speaker, whose 2 and 3 are no conflict
    assert not [r for c in compare(corpus.claims, documents=corpus.documents) for r in c.conflicts]


def test_a_title_two_bodies_of_the_story_could_answer_to_ties_nobody(story_corpus):
    corpus = story_corpus("The Haute-Sorge prefecture said 2 people had died.", "The prefecture of Val-Mérain said 4 people had died.",
                          "Prefect Laurent Degrange said 3 people had died.", language="en")
    assert {c.claimant.affiliation for c in corpus.claims if "Degrange" in c.claimant.name} == {None}


def test_a_president_of_a_country_still_speaks_for_himself(story_corpus):
    corpus = story_corpus("Volodymyr Zelensky, président de l'Ukraine, a affirmé que 10 000 soldats étaient prêts.",
                          "Selon l'Ukraine, 8 000 soldats étaient prêts.", language="fr")
    conflicts = [r for c in compare(corpus.claims, documents=corpus.documents) for r in c.conflicts]
    assert len(conflicts) == 1  # (a person tied only to a country is not that country)


def test_a_director_named_by_the_acronym_speaks_for_the_body_the_article_keys(story_corpus):
    corpus = story_corpus(
        "L'Agence nationale de protection civile (ANPC) a annoncé dimanche un premier bilan de six morts. "
        "« Nous déplorons 14 morts », a déclaré la directrice de l'ANPC, Lucienne Brodeck.")
    bodies = {c.claimant.id for c in corpus.claims if c.claimant.kind == "organisation"}
    [person] = {c.claimant for c in corpus.claims if c.claimant.kind == "person"}
    assert person.affiliation in bodies  # (was "anpc" while the body's claims were keyed "civil-protection")


def test_the_agencys_director_speaks_for_the_agency(story_corpus):
    corpus = story_corpus(
        "Estrevia's National Civil Protection Agency (ANPC) said six people had died. The agency's director, "
        "Lucienne Brodeck, said 18,500 people had been evacuated.", language="en")
    bodies = {c.claimant.id for c in corpus.claims if c.claimant.kind == "organisation"}
    [person] = {c.claimant for c in corpus.claims if c.claimant.kind == "person"}
    assert person.affiliation in bodies


def test_its_president_speaks_for_the_body_the_sentence_before_names(story_corpus):
    corpus = story_corpus(
        "The Estrevian Red Cross runs 27 shelters in the valley. Its president, Samir Belkhodja, said 3,400 people "
        "had spent the night there.", language="en")
    [person] = {c.claimant for c in corpus.claims if c.claimant.kind == "person"}
    assert person.affiliation is not None and "red-cross" in person.affiliation
    corpus = story_corpus(
        "La Croix-Rouge estrévienne gère 27 abris dans la vallée. Son président, Samir Belkhodja, a indiqué que "
        "3 400 personnes y avaient passé la nuit.")
    [person] = {c.claimant for c in corpus.claims if c.claimant.kind == "person"}
    assert person.affiliation is not None and "red-cross" in person.affiliation


def test_its_spokesman_after_a_quote_speaks_for_the_body_named_before_the_quote(story_corpus):
    # the quote opens the sentence: "its" is the body the sentence before named, known only by its kind
    corpus = story_corpus(
        'The Civil Protection has just published its evening update. "At this hour, we count 632 dead," its '
        'spokesman, Colonel Karim Ouazzane, told reporters.', language="en")
    assert {c.claimant.affiliation for c in corpus.claims} == {"civil-protection"}


def test_her_ministry_is_the_ministers_ministry(story_corpus):
    corpus = story_corpus(
        "On Thursday evening, Health Minister Sophie Carvel said that five people had died. On Friday morning her "
        "ministry put out a correction: four deaths confirmed.", language="en")
    minister, ministry = (c.claimant for c in corpus.claims)
    assert minister.affiliation == ministry.id and ministry.kind == "organisation"


def test_its_director_with_no_body_named_before_speaks_for_themself(story_corpus):
    corpus = story_corpus("« Nos 14 agents sont sains et saufs », a indiqué son directeur général, Marc Dellaval.")
    assert {c.claimant.affiliation for c in corpus.claims} == {None}


def test_a_spokesman_and_his_body_do_not_contradict_each_other(story_corpus):
    corpus = story_corpus(
        "La Croix-Rouge estrévienne compte 40 morts dans la vallée. Son président, Samir Belkhodja, a ensuite "
        "parlé de 52 morts.")
    [deaths] = [c for c in compare(corpus.claims, documents=corpus.documents) if len(c.claims) == 2]
    assert not deaths.conflicts  # (the president was a second speaker set against his own body)


def test_the_name_most_claims_use_keeps_what_another_name_of_the_actor_tells():
    from claimgraph.model import one_name_per_actor
    from claimgraph.statements import speaker_keys

    # a radio transcript's label, twice, and the live blog's "le porte-parole du ministère, Félix Andzongo", once
    label = Actor("FÉLIX ANDZONGO", "group", "felix-andzongo")
    named = Actor("Félix Andzongo", "person", "felix-andzongo", affiliation="health-ministry")
    ministry = Actor("ministère de la Santé publique", "organisation", "health-ministry")
    claims = one_name_per_actor([Claim(label, Figure(6310.0)), Claim(label, Figure(3650.0)), Claim(named, Figure(17.0)),
                                 Claim(ministry, Figure(19.0))])
    who = {c.claimant for c in claims[:3]}
    assert who == {Actor("FÉLIX ANDZONGO", "person", "felix-andzongo", affiliation="health-ministry")}
    # so that the spokesman and his ministry are one speaker, and their figures revisions, not a conflict
    assert speaker_keys(claims[2], {"health-ministry": ministry}) == speaker_keys(claims[3]) == {"health-ministry"}


def test_two_affiliations_under_one_name_are_left_alone():
    from claimgraph.model import one_name_per_actor

    a, b = (Actor("Jo Marr", "person", "jo-marr", affiliation=x) for x in ("police", "fire-service"))
    claims = one_name_per_actor([Claim(Actor("JO MARR", "group", "jo-marr"), Figure(1.0)),
                                 Claim(Actor("JO MARR", "group", "jo-marr"), Figure(2.0)), Claim(a, Figure(3.0)),
                                 Claim(b, Figure(4.0))])
    assert claims[0].claimant.affiliation is None
