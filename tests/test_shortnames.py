"""A body one article names in full and another in short is one actor of the story."""
from __future__ import annotations


def test_a_short_name_in_one_article_is_the_body_another_defines(story_corpus):
    corpus = story_corpus("L'Agence nationale de gestion des catastrophes (ANGC) annonce 19 morts.",
                          "Inondations : l'agence nationale ramène son bilan à 39 morts.")
    assert {c.claimant.id for c in corpus.claims} == {"angc"}


def test_a_short_name_two_bodies_could_carry_stays_apart(story_corpus):
    corpus = story_corpus("L'Agence nationale de gestion des catastrophes (ANGC) annonce 19 morts.",
                          "L'Agence nationale des routes (ANR) compte 12 blessés sur les routes.",
                          "Inondations : l'agence nationale ramène son bilan à 39 morts.")
    assert {c.claimant.id for c in corpus.claims} == {"angc", "anr", "agence-nationale"}


def test_a_one_word_short_name_in_another_article_is_left_as_it_is_when_two_bodies_hold_it(story_corpus):
    # (one agency in the whole story would be that agency: see the last tests)
    corpus = story_corpus("L'Agence nationale de gestion des catastrophes (ANGC) annonce 19 morts. "
                          "L'Agence nationale des routes (ANR) compte 12 blessés sur les routes.",
                          "Selon l'agence, 39 personnes sont mortes.")
    assert {"angc", "anr"} < {c.claimant.id for c in corpus.claims} and len({c.claimant.id for c in corpus.claims}) == 3


def test_a_one_word_short_name_is_the_one_such_body_of_its_own_article(story_corpus):
    corpus = story_corpus("The National Disaster Management Agency said on Wednesday that 36,000 people were displaced. "
                          "Red Cross volunteers counted 45,000.\n\nThe death toll stood at 34, according to the agency.",
                          language="en")
    by_value = {c.figure.value: c.claimant for c in corpus.claims}
    assert by_value[34].id == by_value[36000].id == "national-disaster-management-agency"
    assert by_value[36000].kind != "person"  # "Agency" in a name makes it a body's, not a person's


def test_the_name_alone_or_the_initials_alone_are_the_body_named_with_both(story_corpus):
    corpus = story_corpus("The National Disaster Management Agency (NDMA) said 12 people had died.",
                          "The death toll stood at 34, the National Disaster Management Agency said on Wednesday.",
                          "NDMA said 41 people were missing.", language="en")
    assert {c.claimant.id for c in corpus.claims} == {"ndma"}


def test_an_owner_before_a_short_description_is_not_part_of_its_name(story_corpus):
    corpus = story_corpus("The National Disaster Management Agency (NDMA) said 6,400 people had been forced from their homes.",
                          "Floods have killed 12 people, the country's disaster agency said on Sunday.", language="en")
    assert {c.claimant.id for c in corpus.claims} == {"ndma"}


def test_a_company_s_name_is_no_person_s():
    from claimgraph.actors import default_gazetteer
    g = default_gazetteer()
    assert [a.kind for a in g.resolve("Tarnside Water", "en")] != ["person"]
    assert [a.kind for a in g.resolve("Caledon Rail", "en")] != ["person"]
    assert [a.kind for a in g.resolve("Marguerite Ndiaye", "en")] == ["person"]
    assert [a.kind for a in g.resolve("Samantha Power", "en")] == ["person"]


def test_a_word_no_body_of_its_article_holds_is_the_one_such_body_of_the_story(story_corpus):
    corpus = story_corpus("L'Agence nationale de gestion des catastrophes (ANGC) annonce 19 morts. "
                          "Le ministère de l'Éducation nationale recense 4 300 cantines fermées.",
                          "Selon le ministère, 3 100 cantines étaient fermées à midi.")
    [(name, id_)] = {(c.claimant.name, c.claimant.id) for c in corpus.claims if c.figure.value == 3100}
    assert (name, id_) == ("ministère", "education-ministry")  # its own word, the body's id


def test_a_word_two_bodies_of_the_story_could_hold_stays_apart(story_corpus):
    corpus = story_corpus("Le ministère de l'Éducation nationale recense 4 300 cantines fermées. "
                          "Le ministère de la Santé compte 12 malades.",
                          "Selon le ministère, 3 100 cantines étaient fermées à midi.")
    assert {c.claimant.id for c in corpus.claims if c.figure.value == 3100} == {"ministere"}
