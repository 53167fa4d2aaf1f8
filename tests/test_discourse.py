"""Discourse units: live entries, headings, key-point boxes, quotes over
sentences, titles before names — on sentences of our own."""
from __future__ import annotations

import pytest

from claimgraph.extract import extract
from claimgraph.model import Document


def claims_of(text: str, language: str, publisher: str = "Le Journal") -> list[tuple[str, float]]:
    doc = Document("t", text=text, language=language, published="2025-03-10", publisher=publisher)
    return sorted((c.claimant.name, c.figure.value if c.figure.value is not None else c.figure.lower)
                  for c in extract(doc))


def test_a_heading_with_a_colon_attributes_the_entry_under_it():
    text = ("10 h 05 — Premier bilan des pompiers :\n2 300 interventions depuis minuit, 17 personnes secourues.\n"
            "09 h 40 — Le vent se lève\nLes rafales ont atteint 140 km/h.")
    got = claims_of(text, "fr")
    assert ("pompiers", 2300) in got and ("pompiers", 17) in got
    assert not any(name == "Le Journal" for name, _ in got)


@pytest.mark.parametrize("text", [
    "Nouveau point de l'ONPC : 27 morts, 85 disparus et 160 blessés.",
    "Dernier point de l'ONPC : 27 morts, 85 disparus et 160 blessés.",
])
def test_a_sources_new_point_attributes_the_figures_after_its_colon(text):
    assert claims_of(text, "fr") == [("ONPC", 27), ("ONPC", 85), ("ONPC", 160)]


def test_a_meeting_point_is_no_source():
    assert claims_of("Au point de rassemblement, 3 000 personnes attendaient, selon la police.", "fr") == [("police", 3000)]


def test_a_live_entry_does_not_inherit_the_speaker_of_the_entry_before():
    text = ("15:52 BST — Police update\nPolice say four people have died. She added that 60 officers were sent.\n"
            "14:20 BST — Rest centres open\nThree rest centres are open and 400 people spent the night there.")
    got = dict((v, n) for n, v in claims_of(text, "en", "Northern Dispatch"))
    assert got[4] == "Police"
    assert got[400] == "Northern Dispatch"  # the reporter's own figure in a new entry


def test_a_live_entry_whose_time_is_in_bold_is_an_entry_all_the_same():
    # a saved page's markdown: "**17 h 05** —"; the entry's own subject did it, not the outlet
    text = ("**17 h 05** — La Croix-Rouge a mobilisé une soixantaine de bénévoles.\n\n"
            "**16 h 20** — La préfecture annonce 12 morts.")
    assert claims_of(text, "fr") == [("Croix-Rouge (CICR)", 60), ("préfecture", 12)]


def test_a_clock_time_in_prose_is_no_entry():
    text = "The ferry left at 7:15 — late. The coastguard said 40 passengers were rescued."
    assert claims_of(text, "en") == [("coastguard", 40)]


def test_a_key_points_box_adds_only_what_the_body_does_not_say():
    text = ("Key points\n- Police say 4 people have died.\n- 12 schools are closed, the council says.\n"
            "Police said on Monday that 4 people had died in the floods.")
    got = claims_of(text, "en", "Northern Dispatch")
    assert [v for _, v in got].count(4) == 1
    assert ("council", 12) in got  # not restated below: kept
    assert all(not name.startswith("-") for name, _ in got)  # the bullet is no part of a name


@pytest.mark.parametrize("text, language, speaker, values", [
    ("« Ce matin, 142 conducteurs ne sont pas venus. Le mouvement se durcit. Sur les 18 lignes, seules 4 fonctionnent », "  # ("sur les 18 lignes": in digits, a count)
     "affirme Sandrine Ollier, déléguée syndicale.", "fr", "Sandrine Ollier", {142, 18, 4}),
    ('"We have now confirmed 212 cases since February. Another 40 cases are under investigation," said '
     "Dr. Priya Nandakumar, the county's director of public health.", "en", "Priya Nandakumar", {212, 40}),
    ('A spokesman, Mark Oduya, said: "Schools will reopen soon. So far 600 pupils have had a first dose."',
     "en", "Mark Oduya", {600}),
])
def test_a_quote_over_sentences_belongs_to_the_speaker_named_at_its_end_or_in_its_introduction(
        text, language, speaker, values):
    got = claims_of(text, language)
    assert {v for n, v in got if speaker in n} == values, got


def test_a_quote_over_paragraphs_reopened_on_each_paragraph():
    text = ('"We counted 300 families in the camp.\n\n"Another 120 arrived overnight," said Amal Haddad, '
            "who runs the camp.")
    got = claims_of(text, "en")
    assert {v for n, v in got if "Amal Haddad" in n} == {300, 120}


def test_a_title_with_a_full_stop_does_not_cut_the_name_or_the_sentence():
    text = "Dix blessés ont été hospitalisés, a indiqué le Dr. Martin Vasseur. M. Dupont n'a rien dit."
    assert claims_of(text, "fr") == [("Dr Martin Vasseur", 10)]


@pytest.mark.parametrize("text, language, expected", [
    ("The ministry said 40 people had died. Another 12 were still missing.", "en", [("ministry", 12), ("ministry", 40)]),
    ("Le ministère a annoncé 40 morts. Douze personnes sont toujours portées disparues.", "fr",
     [("ministère", 12), ("ministère", 40)]),
])
def test_the_sentence_after_an_attributed_figure_goes_on_in_the_same_voice(text, language, expected):
    assert claims_of(text, language) == expected


@pytest.mark.parametrize("text, language", [
    ("Le ministère a annoncé 40 morts. En novembre 2022, une mutinerie avait fait six blessés.", "fr"),
    ("Le ministère a annoncé 40 morts. Cette année-là, la chaleur avait fait 15 000 morts.", "fr"),
    ("The ministry said 40 people had died.\nAnother 12 were still missing.", "en"),
    ("The ministry said 40 people had died. Rescue teams from Tarrow found 12 more bodies.", "en"),
])
def test_background_a_new_paragraph_or_another_name_stops_the_voice(text, language):
    assert [n for n, v in claims_of(text, language) if v != 40] in ([], ["Le Journal"], ["Rescue teams from Tarrow"])


def test_a_document_can_be_the_source():
    got = claims_of("About 2,300 workers were affected, according to a 2023 filing with the regulator.", "en")
    assert got == [("2023 filing with the regulator", 2300)]


def test_after_a_direct_quote_the_next_sentence_is_the_reporters():
    text = '"We are not giving up," the mayor said. Some 300 homes were destroyed in the valley.'
    assert claims_of(text, "en") == [("Le Journal", 300)]


def test_a_day_heading_dates_the_live_entries_under_it():
    text = ("Dimanche 9 mars\n\n18 h 40 — Nouveau bilan\nLa préfecture fait état de 41 blessés.\n\n"
            "Lundi 10 mars\n\n09 h 05 — Le point\nLa préfecture recense désormais 44 blessés.")
    doc = Document("t", text=text, language="fr", published="2025-03-10", publisher="Le Journal")
    assert [(c.figure.value, str(c.stated_on)) for c in extract(doc)] == [(41, "2025-03-09"), (44, "2025-03-10")]


def test_a_pronoun_that_adds_goes_on_with_the_last_speaker_not_the_last_name():
    text = ("Ana Ruiz, the health minister, said 40 people had died. The farmer Tom Bell watched the rescue from a boat. "
            "She added that 12 were missing.")
    assert claims_of(text, "en") == [("Ana Ruiz", 12), ("Ana Ruiz", 40)]


@pytest.mark.parametrize("text, language, expected", [
    ("Aerial surveys found 300 homes destroyed, the governor said.", "en", [("governor", 300)]),
    ("Les relevés aériens montrent 300 maisons détruites, a indiqué le préfet.", "fr", [("préfet", 300)]),
])
def test_a_thing_that_finds_is_evidence_when_a_speaker_is_named(text, language, expected):
    assert claims_of(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("KARSKO, 3 mars 2025 (APC) - Le gouvernement a annoncé lundi le déploiement de 4 500 soldats.", "fr",
     [("gouvernement", 4500)]),
    ("LONDON, March 3 (Wire) - Police said 40 people were arrested.", "en", [("Police", 40)]),
    ("Port-Lwenzi, le 26 août 2025 – Le ministère de la Santé a recensé 57 décès.", "fr", [("ministère de la Santé", 57)]),
])
def test_a_wire_dateline_names_where_it_was_filed_not_who_speaks(text, language, expected):
    assert claims_of(text, language) == expected


@pytest.mark.parametrize("text, language", [
    ("By our tally of the statements issued by the city's hospitals, 52 people have been treated.", "en"),
    ("Our reporter Tom Ashdown, outside the stadium, counted 14 ambulances.", "en"),
    ("D'après notre décompte, 230 manifestants étaient présents devant la mairie.", "fr"),
])
def test_the_outlets_own_count_is_the_outlets(text, language):
    assert [name for name, _ in claims_of(text, language)] == ["Le Journal"]


def test_a_fronted_source_tells_the_whole_sentence():
    text = "Selon un rapport de l'Institut d'études stratégiques, l'armée compte 38 000 militaires d'active."
    assert claims_of(text, "fr") == [("Institut d'études stratégiques", 38000)]


@pytest.mark.parametrize("text, language, expected", [
    ("Le maire Jean Dupont s'exprimait mardi. Selon lui, la préfecture a recensé 300 sinistrés.", "fr",
     [("préfecture", 300)]),
    ("Le maire Jean Dupont s'exprimait mardi. Selon le maire, l'agence régionale fait état de 42 hospitalisés.", "fr",
     [("agence régionale", 42)]),
    ("Mayor John Smith spoke on Tuesday. According to him, the regional health agency said 42 people were in hospital.",
     "en", [("regional health agency", 42)]),
])
def test_a_figure_a_fronted_source_relays_is_the_one_who_told_it(text, language, expected):
    # the mayor only passes it on: the body that counted or said it is its claimant (unlike a document, which
    # speaks for all it reports, or "l'armée compte", which says what the army has)
    assert claims_of(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Santé publique France publie son bulletin. Selon le même bulletin, les services d'urgence ont enregistré "
     "8 420 passages.", "fr", [("Santé publique France", 8420)]),
    ("According to a filing with the state regulator, Bayline reported 3 emission events.", "en",
     [("filing with the state regulator", 3)]),
])
def test_a_fronted_document_keeps_what_it_reports(text, language, expected):
    assert claims_of(text, language) == expected


@pytest.mark.parametrize("text, language", [
    ("Easthaven Police said there had been no missing person report.\n\n"
     "The longest video shows the group on the sandbank; we counted 38 people in one frame.", "en"),
    ("La police a indiqué n'avoir reçu aucun signalement.\n\n"
     "Sur la plus longue vidéo, nous avons compté 38 personnes sur le banc de sable.", "fr"),
])
def test_the_newsroom_checking_a_figure_speaks_as_we(text, language):
    # out of any quote, in a paragraph no one speaks in, "we counted" is the outlet at work, not the police
    # heard in the paragraph before
    assert claims_of(text, language, publisher="The Herald") == [("The Herald", 38)]


def test_we_in_a_quoted_speakers_paragraph_stays_the_speakers():
    text = ("Easthaven Police said there had been no missing person report. "
            "\"We checked the beach and we counted 38 people on the sandbank,\" a spokesman said.")
    assert claims_of(text, "en", publisher="The Herald") == [("Easthaven Police", 38)]


def test_a_transcript_label_may_give_a_role_and_a_body():
    text = ("DUNMORE: Kevin Lowrie, what do you say?\n\n"
            "KEVIN LOWRIE, branch secretary, Justice and Courts Staff Union: Here in Corrick, at nine this morning "
            "we had 152 members out.\n\n"
            "DUNMORE: Helen Oyelowo?\n\n"
            "HELEN OYELOWO: We counted 97 absent.")
    assert sorted(claims_of(text, "en", publisher="Radio Corrick")) == [("HELEN OYELOWO", 97), ("KEVIN LOWRIE", 152)]


@pytest.mark.parametrize("sentence, language, expected", [
    ("The ministry counts people who told their manager in advance; we count people who didn't go in.", "en",
     ["The ministry", "we"]),
    ("Le ministère compte les agents qui ont prévenu leur chef, et 300 grévistes.", "fr", ["Le ministère"]),
    # a subject's own relative clause still speaks: "Residents who told the Herald …"
    ("Residents who told the Herald that 300 homes burned were angry.", "en", ["Residents"]),
])
def test_a_relative_clause_on_an_object_names_no_speaker(sentence, language, expected):
    # "who told" is said of the people the ministry counts: no speaker "The ministry counts people"
    from claimgraph.extract.attribution import find_cues
    assert [c.phrase for c in find_cues(sentence, language)] == expected


def test_a_role_no_one_held_is_no_body_named_before():
    # "Management" opened the office's name, which went on: no person "National Disaster Management" for "the
    # governor" to point back to
    text = "The National Disaster Management Office raised the toll to 58 dead. The governor said 60 people had died."
    assert claims_of(text, "en") == [("National Disaster Management Office", 58), ("governor", 60)]


def test_a_said_clause_whose_verb_opens_a_quote_names_no_subject_after_said():
    # "said volunteers in the villages counted "…"": what the secretary general said, not a claimant
    # "volunteers in the villages counted"
    text = ('The Red Cross went further. Its secretary general, Aurélien Kéro, said volunteers in the villages '
            'counted "more than 100 dead" across the country.')
    assert claims_of(text, "en") == [("Aurélien Kéro", 100)]


@pytest.mark.parametrize("text, language, expected", [
    # an hour is no claimant: "By ten, 12 of them …" is the reporter's
    ("The reporter Tom Abara was at the court. By ten, 12 hearings had been adjourned.", "en", []),
    # a figure someone says they never gave is no claim; the one set right is, and « corrige » names who
    ("« Nous n'avons jamais parlé de 800 000 manifestants. Nous avons dit 300 000 manifestants », corrige la "
     "Fédération.", "fr", [("Fédération", 300000)]),
    ('"We never spoke of 800,000 marchers. We said 300,000 marchers," the federation said.', "en",
     [("federation", 300000)]),
])
def test_hours_figures_never_given_and_figures_set_right(text, language, expected):
    got = claims_of(text, language, publisher="The Paper")
    assert [c for c in got if c[0] != "The Paper"] == expected


def test_a_hospital_that_took_charge_of_the_injured_counts_them():
    text = "Le CHU de Valmoret a pris en charge 3 personnes légèrement blessées, dont 2 policiers."
    assert sorted(claims_of(text, "fr")) == [("CHU de Valmoret", 2), ("CHU de Valmoret", 3)]


@pytest.mark.parametrize("text, language, expected", [
    # a figure given before, pointed at or named as someone's, is no new claim
    ("The council said 17 cases were in town. Those 17 patients were taken to hospital.", "en", [("council", 17)]),
    ("Kevin Lowrie said 183 members were out. But Kevin's 183 includes members never rostered.", "en",
     [("Kevin Lowrie", 183)]),
    ("La mairie a recensé 17 malades. Ces 17 personnes sont des participants.", "fr", [("mairie", 17)]),
    # a figure that opens a sentence to be denied
    ('Dr Ray said: "Five hundred is not a number that anyone here recognises."', "en", []),
])
def test_figures_pointed_back_at_or_denied_are_no_new_claims(text, language, expected):
    assert claims_of(text, language) == expected


def test_talking_about_a_figure_reports_it():
    text = "A Facebook group of parents, Callow Moor Jamboree Parents, is talking about more than 500 sick children."
    assert claims_of(text, "en", publisher="The Examiner") == [("Callow Moor Jamboree Parents", 500)]


def test_the_subject_before_a_relative_clause_speaks_after_it():
    text = ("The IOM, which interviewed survivors one by one, had estimated on Thursday, May 16, that at least 65 "
            "people were missing.")
    assert claims_of(text, "en") == [("IOM", 65)]


def test_a_noun_that_looks_like_a_verb_names_no_speaker_and_a_ruled_out_figure_is_none():
    # "count" is the head of the subject ("the highest passenger count does not support 150 dead")
    text = "But even the highest passenger count does not support 150 dead, since 41 people survived."
    assert claims_of(text, "en", publisher="The Paper") == [("The Paper", 41)]


def test_a_question_labelled_with_the_outlets_name_makes_the_page_an_interview():
    # the first question carries the outlet's name, the rest stand alone: the answers are the guest's
    text = ("Cinq jours après le cyclone, la Croix-Rouge avance des chiffres plus lourds. Son secrétaire général, "
            "Aurélien Kéro, a répondu.\n\n"
            "Le Journal des Îles : L'Office compte 73 morts. Et vous ?\n\n"
            "Aurélien Kéro : Nous estimons le nombre de morts à environ 90.\n\n"
            "Et les disparus ?\n\n"
            "Pour les disparus, nous en comptons encore une cinquantaine.\n\n"
            "Combien de personnes dorment dans les centres ?\n\n"
            "Nous avons 2 300 volontaires mobilisés.")
    got = [name for name, value in claims_of(text, "fr", publisher="Le Journal des Îles") if value in (90, 50, 2300)]
    assert got == ["Aurélien Kéro"] * 3


def test_the_one_label_that_answers_a_question_and_names_whom_the_introduction_names_makes_an_interview():
    # questions in bold standing alone, the first answer labelled with the guest's surname, the rest unlabelled
    text = ("*Fire crews were called at 1am. Marta Osowska, coordinator of the workers' network, spoke to Ben Hollis "
            "on Monday.*\n\n"
            "**The fire service says 46 units were destroyed. Who is right?**\n\n"
            "Osowska: Neither, I think. We counted 51.\n\n"
            "**How many people have lost their beds?**\n\n"
            "About 180 people have nowhere of their own to sleep tonight.\n\n"
            "**How has the town responded?**\n\n"
            "We've had more than 400 bags of clothes at the hall.")
    got = dict((value, name) for name, value in claims_of(text, "en", publisher="The Holmfen Messenger"))
    assert got[51] == got[180] == got[400] == "Marta Osowska"
    assert got[46] == "fire service"


def test_a_headline_label_is_no_guest():
    # "Mildiou :" opens the headline repeated in the body; it answers no question
    text = ("Mildiou : « 420 domaines ont déclaré des pertes », alerte le président des vignerons\n\n"
            "Bertrand Cazalis, président du syndicat viticole, fait le point.\n\n"
            "Combien de domaines sont touchés ?\n\n"
            "Ce matin, 420 de nos adhérents nous avaient déclaré des pertes.\n\n"
            "Les vignerons sont-ils assurés ?\n\n"
            "D'après notre enquête, 130 ont déjà déclaré un sinistre.")
    assert "Mildiou" not in {name for name, _ in claims_of(text, "fr")}


def test_the_one_label_that_answers_the_outlets_question_names_the_guest():
    # (the guest is named only by the label of the first answer; the later turns are unlabelled)
    text = ("Two weeks after cholera was declared, the health ministry counts 6,420 cases. The medical charity says "
            "the toll is higher.\n\n"
            "Ossania Weekly: How many patients have you treated so far?\n\n"
            "Jonas Wetterlund: 4,200 patients since we opened the first centre. We have 640 beds across the five centres.\n\n"
            "How many of them died?\n\n"
            "61 patients died in our centres.")
    got = dict((value, name) for name, value in claims_of(text, "en", publisher="Ossania Weekly"))
    assert got == {6420: "health ministry", 4200: "Jonas Wetterlund", 640: "Jonas Wetterlund", 61: "Jonas Wetterlund"}


@pytest.mark.parametrize("sentence, expected", [
    # « vous » and « nous » before a verb of their person are its subject, not clitics
    ("Lundi, vous parliez de « plus de 100 morts ».", ["vous"]),
    ("Lundi, nous comptions 40 blessés.", ["nous"]),
    # (not before a verb of another person: « nous a annoncé » is said to us)
    ("Le préfet nous a annoncé 100 morts.", ["Le préfet"]),
])
def test_a_pronoun_before_a_verb_of_its_person_is_the_subject(sentence, expected):
    from claimgraph.extract.attribution import find_cues
    assert [c.phrase for c in find_cues(sentence, "fr")] == expected


def test_a_headline_is_nobody_the_next_pronoun_points_to():
    text = ("Grève à l'hôpital : soignants et direction ne donnent pas les mêmes chiffres\n\n"
            "La déléguée Maëlle Perrin a parlé aux grévistes. Elle ajoute que 17 infirmières ont démissionné.")
    assert claims_of(text, "fr") == [("Maëlle Perrin", 17)]


@pytest.mark.parametrize("phrase, expected", [
    ("Le Fonds des Nations unies pour l'enfance", "Fonds des Nations unies pour l'enfance"),
    ("the Office of the United Nations High Commissioner for Human Rights",
     "Office of the United Nations High Commissioner for Human Rights"),
])
def test_a_body_named_after_another_is_a_body_of_its_own(phrase, expected):
    from claimgraph.actors import default_gazetteer

    assert [a.name for a in default_gazetteer().resolve(phrase, "fr")] == [expected]


def test_a_fronted_source_stops_at_a_new_clause():
    text = "Selon la CGT, 1 850 salariés étaient en grève mercredi ; la direction en comptait 700."
    assert claims_of(text, "fr") == [("CGT", 1850), ("direction", 700)]


def test_a_sentence_naming_a_country_does_not_carry_the_voice_before():
    text = "Kiev a annoncé la capture de 2 soldats. Moscou, de son côté, n'a pas commenté la capture des deux soldats."
    assert [v for n, v in claims_of(text, "fr") if n != "Le Journal"] == [2]


@pytest.mark.parametrize("text, language, expected", [
    ("Bayline said 23 workers had been evaluated and four had been taken to hospital.", "en",
     [("Bayline", 4), ("Bayline", 23)]),
    ("The safety board said it was deploying five investigators.", "en", [("safety board", 5)]),
    ("For its part, the union affirms that more than 3,000 teachers are still waiting.", "en", [("union", 3000)]),
    ("The secretariat informed that it registers 31 strikers under medical control.", "en", [("secretariat", 31)]),
    ("L'association s'alarme : 27 personnes sont mortes depuis le début de la saison.", "fr", [("association", 27)]),
])
def test_number_words_before_a_noun_and_translated_reporting_verbs(text, language, expected):
    assert claims_of(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Survivors told aid workers that about 140 people had been on board, an IOM spokesperson said.", "en",
     [("IOM spokesperson", 140)]),
])
def test_who_tells_the_press_speaks_for_the_people_it_quotes(text, language, expected):
    got = claims_of(text, language)
    assert len(got) == 1 and expected[0][0] in got[0][0] and got[0][1] == expected[0][1], got


def test_a_clause_piece_is_no_claimant():
    text = "La maladie continue de se propager dans le territoire de Makundu, qui compte sept zones de santé."
    assert all(not name.startswith("propager") for name, _ in claims_of(text, "fr"))


@pytest.mark.parametrize("sentence, lang", [
    ("The governor said the province has a debt of 65 million with the teachers.", "en"),
    ("Le territoire, qui compte plus de 1,1 million d'habitants, est touché, selon le ministère.", "fr"),
    ("Kelvin Road, built in 1923, holds 32,000 spectators, the club said.", "en"),
])
def test_money_a_places_population_and_a_venues_capacity_are_no_claims(sentence, lang):
    assert claims_of(sentence, lang) == []


def test_a_hyphenated_name_opening_the_sentence_is_who_she_is():
    text = ('Mayor Teresa Alvarado-Finch spoke to reporters on Second Avenue. She said: "Sixty homes are lost. '
            'Tonight 1,100 of our neighbours will sleep in shelters."')
    assert claims_of(text, "en") == [("Mayor Teresa Alvarado-Finch", 60), ("Mayor Teresa Alvarado-Finch", 1100)]


@pytest.mark.parametrize("text, language", [
    ("Le ministère italien de l'Intérieur a recensé pour sa part 41 200 arrivées par la mer depuis janvier.", "fr"),
    ("The ranger from Gates Ridge said 30 homes burned. She added that 41 structures had been destroyed.", "en"),
])
def test_a_way_of_travel_or_a_place_is_no_claimant(text, language):
    names = {name for name, _ in claims_of(text, language)}
    assert not names & {"mer depuis janvier", "Gates Ridge", "la mer depuis janvier"}, names


def test_an_adverb_inside_a_verb_of_several_words():
    text = "La préfecture de la Savoie fait désormais état de deux morts et de cinq blessés."
    assert claims_of(text, "fr") == [("préfecture de la Savoie", 2), ("préfecture de la Savoie", 5)]


def test_a_name_with_its_acronym_before_an_apposition_is_the_claimant():
    text = ("De son côté, l'Alliance pour la santé communautaire (ALSACO), une organisation locale qui appuie "
            "les centres de santé, affirme que plus de 700 cas ont été recensés.")
    assert claims_of(text, "fr") == [("Alliance pour la santé communautaire (ALSACO)", 700)]


@pytest.mark.parametrize("text", [
    "« Il y avait 1 200 skieurs sur le secteur ce matin », confie, la voix nouée, Hélène Favre-Rochex, maire du village.",
    "« Il y avait 1 200 skieurs sur le secteur ce matin », raconte Hélène Favre-Rochex.",
])
def test_more_incise_verbs_and_an_aside_before_the_subject(text):
    assert claims_of(text, "fr") == [("Hélène Favre-Rochex", 1200)]


def test_an_interviews_labelled_answers_are_their_speakers():
    text = ("Maria Lenz runs the city's shelter network.\n\n"
            "Q: How many people did you house this winter?\n\n"
            "Lenz: We housed 4,200 people, up from 3,100 last year.\n\n"
            "Q: And the council's plan?\n\n"
            "Lenz: The council says it will open 300 new beds. We have seen none.\n")
    doc = Document("i", text=text, language="en", publisher="The Courier", published="2026-04-08")
    found = [(c.claimant_name, c.figure.value) for c in extract(doc)]
    assert ("Maria Lenz", 4200) in found and ("Maria Lenz", 3100) in found
    assert ("council", 300) in found  # a source named inside the answer keeps its figure
    assert not any(name == "The Courier" for name, _ in found)


def test_a_label_without_questions_is_no_speaker():
    text = "Update: police said 40 people were arrested.\n\nNote: the count may change.\n"
    doc = Document("u", text=text, language="en", publisher="The Courier", published="2026-04-08")
    assert [(c.claimant_name, c.figure.value) for c in extract(doc)] == [("police", 40)]


@pytest.mark.parametrize("text, language, expected", [
    # a round table: speakers' labels, one of them twice; the interviewer's question gives nothing
    ("Le Journal : Combien de noyades depuis juin ?\n"
     "Marc Leroy : Nous avons recensé 312 noyades accidentelles.\n"
     "Nous avons aussi 45 disparus en mer.\n"
     "Claire Dubois : Nos bénévoles ont effectué 4 200 sauvetages.\n"
     "— Et les postes de secours ?\n"
     "— Marc Leroy : Environ 1 200 postes sont ouverts.", "fr",
     [("Claire Dubois", 4200), ("Marc Leroy", 45), ("Marc Leroy", 312), ("Marc Leroy", 1200)]),
    ("Ana Ruiz (Red Cross): We fed 900 families last week.\n"
     # (a speaker's own "we": "The council housed 150" is the council's count, the turn tells what it did)
     "Tom Hale. — We housed 150 of them at the council.\n"
     "Ana Ruiz (Red Cross): And 60 more arrived overnight.", "en",
     [("Ana Ruiz", 60), ("Ana Ruiz", 900), ("Tom Hale", 150)]),
])
def test_a_transcripts_labels_name_the_speakers(text, language, expected):
    assert claims_of(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # bold labels closed before the dash, as saved transcripts write them
    ("**CLAIRE DUBOIS (animatrice)** — Combien de bateaux ce matin ?\n\n"
     "**MARC LEROY** — Nous avons compté 165 embarcations.\n\n"
     "**CLAIRE DUBOIS** — Et à terre ?\n\n"
     "**MARC LEROY** — Environ 850 manifestants sur les quais.", "fr",
     [("MARC LEROY", 165), ("MARC LEROY", 850)]),
])
def test_a_transcripts_bold_labels_name_the_speakers(text, language, expected):
    assert claims_of(text, language) == expected


def test_a_readers_handle_is_no_speakers_label():
    text = ("Marc Leroy : Nous avons recensé 312 noyades.\n"
            "Claire Dubois : Nos bénévoles ont effectué 4 200 sauvetages.\n"
            "Marc Leroy : Environ 1 200 postes sont ouverts.\n"
            "*Guilhem_E* : 312 bracelets pour une salle de 150, et personne n'a rien dit ?")
    assert ("Guilhem_E", 150) not in claims_of(text, "fr") and ("Marc Leroy", 312) in claims_of(text, "fr")


def test_captions_and_credits_are_no_transcript():
    text = ("Photo : AFP\nLa préfecture a compté 3 000 manifestants.\nPhoto : Reuters\n"
            "Selon la CGT, 12 000 personnes ont défilé.\nPhoto : AP")
    assert claims_of(text, "fr") == [("CGT", 12000), ("préfecture", 3000)]


@pytest.mark.parametrize("text, language, expected", [
    ("Entretien avec Marc Leroy, directeur de la Sécurité civile.\n"
     "Q. Combien de noyades depuis le début de l'été ?\n"
     "R. Nous avons recensé 312 noyades accidentelles.\n"
     "Q. Et les disparus ?\n"
     "R. Nous comptons 45 disparus en mer.", "fr", [("Marc Leroy", 45), ("Marc Leroy", 312)]),
    ("Interview: Bev Okonjo, chief executive of the Lantern Trust.\n"
     "Q: How many families did you help?\n"
     "A: We fed 900 families last week.\n"
     "Q: And the volunteers?\n"
     "A: About 120 volunteers work with us.", "en", [("Bev Okonjo", 120), ("Bev Okonjo", 900)]),
])
def test_an_interviews_answers_are_the_interviewees(text, language, expected):
    assert claims_of(text, language) == expected


def test_a_label_in_capitals_and_a_counted_subject_are_the_speakers():
    text = ("Interview: Ada Okafor-Hale, chief of the food bank.\nQ: Who comes?\n"
            "OKAFOR-HALE: A dozen families told our volunteers they had been sleeping in their cars.\n"
            "Q: And the numbers?\nA: We served 1,140 households last week.")
    assert claims_of(text, "en") == [("Ada Okafor-Hale", 12), ("Ada Okafor-Hale", 1140)]


def test_a_guests_rhetorical_question_and_a_role_in_the_label_keep_the_answer_the_guests():
    text = ("NADIA BELKACEM : Combien sont-ils ?\n"
            "Lucie Ndiaye (La Cimade) : Ce matin, à 10 heures, nous comptions 37 retenus en grève.\n"
            "NADIA BELKACEM : Et la préfecture, que dit-elle ?\n"
            "— Dr Hélène Marsac, médecin de l'unité : Nous avons reçu 11 grévistes en consultation.\n"
            "Me Julien Ravanel (avocat) : Le juge a ordonné 5 remises en liberté. Cinq, vous imaginez ?\n"
            "NADIA BELKACEM : Merci. Et demain ?")
    # a time opening the answer is not who counts; a question at the end of an answer is the guest's
    assert claims_of(text, "fr") == [("Dr Hélène Marsac", 11), ("Lucie Ndiaye", 37), ("Me Julien Ravanel", 5)]


def test_an_interview_label_of_initials_is_the_person_of_those_initials():
    text = ("Civic Lens spoke to Paul Ostrander, who runs Kvanta.\n"
            "CL: How do you count?\n"
            "PO: We counted 58,000 marchers in Dravik.\n"
            "CL: And the police?\n"
            "PO: On Saturday we counted 41,000.")
    assert claims_of(text, "en") == [("Paul Ostrander", 41000), ("Paul Ostrander", 58000)]


def test_a_quote_opening_after_the_sentence_that_names_its_speaker_is_theirs():
    text = ("Fiona McAndrew, Caledon Rail's managing director, spoke first. \"Let me start by apologising to our "
            "customers. Last night we said there were around 280 people on board. The true figure is 312.\"")
    assert claims_of(text, "en") == [("Fiona McAndrew", 280), ("Fiona McAndrew", 312)]


def test_a_quote_opening_its_paragraph_belongs_to_the_one_the_next_sentence_opens_with():
    text = ("« Au moment où je vous parle, 37 cas ont été confirmés. Quatre de ces patients sont décédés. » C'est par "
            "ces mots que le préfet de la Haute-Sérène, Laurent Béziat-Marchand, a ouvert la conférence.\n\n"
            "« Nous avons aujourd'hui 22 patients hospitalisés chez nous. » Le directeur du centre hospitalier, "
            "Hugues Vallerand, n'a pas caché son inquiétude.")
    assert claims_of(text, "fr") == [("Hugues Vallerand", 22), ("Laurent Béziat-Marchand", 4),
                                     ("Laurent Béziat-Marchand", 37)]


def test_a_quote_answered_by_someone_else_is_not_theirs():
    text = ("« Nous avons compté 52 malades. » Le maire, Paul Riou, lui, conteste ces chiffres.")
    assert ("Paul Riou", 52) not in claims_of(text, "fr")


def test_a_quote_after_a_sentence_naming_one_person_is_theirs():
    text = ("La parole est ensuite passée au Dr Cécile Arnoux, directrice de la délégation départementale. "
            "« Il s'agit de 23 hommes et de 14 femmes. »")
    assert claims_of(text, "fr") == [("Dr Cécile Arnoux", 14), ("Dr Cécile Arnoux", 23)]


def test_a_pronoun_after_a_quote_is_the_one_who_introduced_it():
    text = ("L'entreprise assure coopérer avec les services de l'État.\n\n"
            "Gérard Pelloux, qui a fondé l'association des victimes, contestait les chiffres officiels. "
            "« Nous avons recensé 52 personnes malades. L'association compte déjà 70 adhérents. » a-t-il lancé.")
    got = dict((v, who) for who, v in claims_of(text, "fr"))
    assert got[52] == "Gérard Pelloux" and got[70] != "entreprise"


def test_a_best_estimate_in_an_interview_is_the_speaker_s():
    text = ("Three days after the boat capsized, nobody can say how many people were on board.\n\n"
            "The Observer: How many people were on that boat?\n\n"
            "Nadia Osterholm: Our best estimate today is about 160 people.\n\n"
            "The Observer: So how many are missing?\n\n"
            "Osterholm: About 90 people are still unaccounted for.")
    assert ("Nadia Osterholm", 160) in claims_of(text, "en")


def test_its_final_toll_is_the_body_the_sentence_before_named():
    from claimgraph.extract.attribution import ownerless_document
    assert ownerless_document("Son bilan définitif", "fr") and ownerless_document("its final tally", "en")


def _claimants_of(path, text):
    """Figure to claimant name, for an article written to ``path``."""
    from claimgraph.extract import extract
    from claimgraph.ingest import read_article
    path.write_text(text, encoding="utf-8")
    return {c.figure.value: c.claimant.name for c in extract(read_article(path))}


def test_an_interview_with_unlabelled_questions_gives_the_answers_to_the_interviewee(tmp_path):
    text = ("---\ntitle: \"Nous étions 1 200\" : entretien avec Karim Benali\npublisher: Le Courrier\n"
            "published: 2026-11-20\nlanguage: fr\n---\n"
            "Karim Benali, porte-parole du collectif des livreurs, revient sur la grève de mardi.\n\n"
            "Combien de livreurs ont cessé le travail mardi ?\n\n"
            "Nous avons compté 1 200 livreurs en grève. C'est du jamais-vu.\n\n"
            "Et les accidents ?\n\n"
            "La préfecture en recense 31. Nous en comptons davantage.\n")
    got = _claimants_of(tmp_path / "entretien.txt", text)
    assert got == {1200: "Karim Benali", 31: "préfecture"}


def test_questions_without_the_word_interview_make_no_interview(tmp_path):
    text = ("---\ntitle: Vrai ou faux : 27 morts ?\npublisher: Le Républicain\npublished: 2026-02-05\n"
            "language: fr\n---\n"
            "Une publication affirme que 27 chasseurs sont morts. Marc Dubois, son auteur, la défend.\n\n"
            "Que disent les chiffres ?\n\n"
            "Selon l'OFB, 84 accidents ont été recensés en France.\n\n"
            "D'où vient le chiffre ?\n\n"
            "Nous avons compté 12 publications qui le reprennent.\n")
    got = _claimants_of(tmp_path / "verif.txt", text)
    assert got.get(12) != "Marc Dubois"


def test_an_interview_in_dash_turns_alternates_question_and_answer(tmp_path):
    text = ("---\ntitle: Grève des livreurs\npublisher: Le Courrier\npublished: 2026-11-20\nlanguage: fr\n---\n"
            "Porte-parole du collectif, Karim Benali répond à nos questions.\n\n"
            "— Combien de livreurs ont cessé le travail mardi ?\n\n"
            "— Nous avons compté 1 200 livreurs en grève.\n\n"
            "— Et les accidents ?\n\n"
            "— Nous en avons recensé 46 depuis janvier.\n")
    got = _claimants_of(tmp_path / "tirets.txt", text)
    assert got == {1200: "Karim Benali", 46: "Karim Benali"}


@pytest.mark.parametrize("text, language, speaker, values", [
    ('"Crews used 146 people and 38 vehicles, including 4 boats "Khivus" and 2 helicopters. The wind was '
     'strong," the ministry said.', "en", "ministry", {146, 38, 4, 2}),
    ('"Nous avons engagé 60 sapeurs et 12 engins, dont 3 bateaux "Zodiac" et 2 drones. Le vent soufflait '
     'fort", a précisé le SDIS.', "fr", "SDIS", {60, 12, 3, 2}),
])
def test_a_name_in_straight_quotes_inside_a_straight_quote_does_not_close_it(text, language, speaker, values):
    got = claims_of(text, language)
    assert {v for n, v in got if speaker in n} == values, got


@pytest.mark.parametrize("text, language, publisher, guest", [
    ("Le gel a touché le vignoble. Marie Vidal, présidente du syndicat des vignerons, fait le point pour "
     "L'Écho du Val.\n\nCombien de domaines sont touchés ?\n\nCe matin, 420 de nos adhérents nous avaient déclaré "
     "des pertes.\n\nLa chambre parle de 310 exploitations. Pourquoi cet écart ?\n\nCe qui compte, c'est que personne "
     "ne soit oublié. D'après notre enquête auprès des adhérents, 130 ont déjà déclaré un sinistre.",
     "fr", "L'Écho du Val", "Marie Vidal"),
    ("Frost hit the vineyards. Mark Ellery, who chairs the growers' association, spoke to the Valley Echo.\n\n"
     "How many estates are hit?\n\nThis morning 420 of our members had reported losses.\n\nThe chamber says 310 "
     "farms. Why the gap?\n\nWhat counts is that nobody is forgotten. According to our survey of members, 130 have "
     "already filed a claim.", "en", "Valley Echo", "Mark Ellery"),
])
def test_an_interview_announced_by_its_guest_speaking_to_the_outlet(text, language, publisher, guest):
    # the introduction has the guest speak to the outlet: the answers under the questions are the guest's,
    # their own survey included; a demonstrative ("Ce qui compte", "What counts") names nobody
    got = claims_of(text, language, publisher)
    assert {v for n, v in got if n == guest} == {420, 130}, got
    assert all(n in (guest, "chamber", "chambre") for n, _ in got), got


@pytest.mark.parametrize("text, language, guest, other", [
    ("The quarry was closed on Friday. A nurse at the clinic, Dr Owen Pryce, told us he had seen a dozen cases. "
     "We asked Dr Hana Leclair, head of public health at Dunmore Council, what went wrong.\n\n**How many people "
     "are ill?**\n\nAs of this morning, 140 people have told us they fell ill.\n\n**How many samples failed?**\n\n"
     "We tested 8 wells, and 5 of them failed.", "en", "Dr Hana Leclair", "Dr Owen Pryce"),
    ("La carrière est fermée depuis vendredi. Infirmier au dispensaire, Owen Pryce, nous a dit avoir vu une dizaine "
     "de cas. Nous avons interrogé Hana Leclair, directrice de la santé publique à la mairie de Dunmore.\n\n"
     "**Combien de malades ?**\n\nCe matin, 140 personnes nous ont signalé des symptômes.\n\n**Et les puits ?**\n\n"
     "Nous avons testé 8 puits, et 5 ne sont pas conformes.", "fr", "Hana Leclair", "Owen Pryce"),
])
def test_an_interviews_guest_is_the_one_the_introduction_says_it_asked(text, language, guest, other):
    # the introduction names a witness first; the answers are those of the one "we asked" / « nous avons interrogé »
    got = claims_of(text, language, "The Echo")
    assert {v for n, v in got if n == guest} >= {140, 8}, got
    assert {v for n, v in got if n == other} <= {10, 12}, got  # (only the witness's own dozen)


@pytest.mark.parametrize("text, language, publisher, guest", [
    # markdown bold around the questions and the guest's label: the same interview as without it
    ("**Le Courrier : Combien de signalements avez-vous reçus ?**\n\n**Anne Roy :** À ce jour, nous avons reçu 137 "
     "signalements. Parmi eux, 41 personnes ont été blessées.\n\n**Combien ont été hospitalisées ?**\n\nNeuf personnes "
     "ont été hospitalisées.", "fr", "Le Courrier", "Anne Roy"),
    ("**The Courier: How many reports have you had?**\n\n**Ann Roy:** So far we have had 137 reports. Of those, 41 "
     "people were hurt.\n\n**How many were taken to hospital?**\n\nNine people were admitted.", "en", "The Courier",
     "Ann Roy"),
    # « Propos recueillis par … » says the page is an interview: the answers under the questions are the guest's
    ("Anne Roy, directrice de la protection des populations, fait le point.\n\nPropos recueillis par Paul Brun\n\n"
     "Combien de signalements avez-vous reçus ?\n\nÀ ce jour, nous avons reçu 137 signalements. Parmi eux, 41 "
     "personnes ont été blessées.\n\nCombien ont été hospitalisées ?\n\nNeuf personnes ont été hospitalisées.", "fr",
     "Le Courrier", "Anne Roy"),
])
def test_an_interview_written_in_markdown_or_announced_by_its_byline(text, language, publisher, guest):
    got = claims_of(text, language, publisher)
    assert sorted(v for n, v in got if n == guest) == [9, 41, 137], got


@pytest.mark.parametrize("text, language", [
    # the place named in the introduction ("in Inishvar Sound, around …") is not the guest, nor is its day
    ("*The boat capsized on Sunday in Inishvar Sound, around four miles off Portnagh Head, after a swell. On Monday, "
     "Cathal Furlong, coxswain of the lifeboat, spoke to us.*\n\n**How many did your crew recover?**\n\nWe took 19 "
     "people out of the water.\n\n*The hospital said it treated 22 survivors.*\n\n**Who else came out?**\n\n"
     "About 15 fishing boats came out within the hour.", "en"),
    ("*Le bateau a chaviré dimanche dans la baie de Rossmore, au large de Portnagh Head, après une déferlante. Lundi, "
     "Cathal Furlong, patron du canot de sauvetage, a répondu à nos questions.*\n\n**Combien de personnes avez-vous "
     "repêchées ?**\n\nNous avons sorti 19 personnes de l'eau.\n\n*L'hôpital dit avoir soigné 22 rescapés.*\n\n"
     "**Qui d'autre est venu ?**\n\nUne quinzaine de bateaux de pêche sont sortis dans l'heure.", "fr"),
])
def test_an_interviews_guest_is_no_place_and_its_lines_in_italics_are_the_outlets(text, language):
    got = claims_of(text, language, "The Echo")
    assert {v for n, v in got if n == "Cathal Furlong"} >= {19}, got
    assert not [n for n, v in got if v == 22 and n == "Cathal Furlong"], got
    assert not [n for n, _ in got if "Portnagh" in n or "Inishvar" in n or "Rossmore" in n], got


@pytest.mark.parametrize("text, language, body", [
    ("**Ce que l'on sait.** La direction départementale de la protection des populations (DDPP) a inspecté 13 "
     "établissements.", "fr", "direction départementale de la protection des populations (DDPP)"),
    ("**What we know.** The Food Safety Office (FSO) has inspected 13 shops.", "en",
     "Food Safety Office (FSO)"),
])
def test_a_bold_run_in_heading_is_no_part_of_the_sentence_after_it(text, language, body):
    assert [n.lower() for n, _ in claims_of(text, language)] == [body.lower()]


def test_an_interview_ends_at_the_heading_after_its_last_question():
    # the readers' comments under the interview are not the guest's answers; a shop chain speaks for itself
    text = ("Propos recueillis par Paul Brun\n\nCombien de signalements avez-vous reçus ?\n\nÀ ce jour, nous avons "
            "reçu 137 signalements.\n\nL'enseigne, elle, parle de 19 clients blessés. Pourquoi cet écart ?\n\nElle ne "
            "compte que les réclamations faites en magasin.\n\nRéagir (2)\n\nThierry V. – 12/03 à 19 h 40 : 137 "
            "signalements et rien n'est fermé ?\n\nBoulange-Passion – 12/03 à 20 h 02 : Soutien aux 85 collègues.")
    got = claims_of("Anne Roy, directrice de la protection des populations, répond à nos questions.\n\n" + text, "fr",
                    "Le Courrier")
    assert ("Anne Roy", 137) in got and ("enseigne", 19) in got
    assert not [(n, v) for n, v in got if n == "Anne Roy" and v != 137], got


@pytest.mark.parametrize("text, language, expected", [
    # a national branch of a known body counts its own work
    ("La Croix-Rouge française y a dépêché 25 bénévoles.", "fr", [("Croix-Rouge française", 25)]),
    # a unit of a body known by its initials counts its own work
    ("La station de la SNSM de Saint-Gildric a engagé 12 bénévoles.", "fr",
     [("station de la SNSM de Saint-Gildric", 12)]),
    ("The lifeboat station of the RNLI launched 12 volunteers.", "en", [("lifeboat station of the RNLI", 12)]),
    # an emergency medical service is an agent, like the fire brigade
    ("Le Samu a transporté 14 blessés vers l'hôpital.", "fr", [("Samu", 14)]),
    # a body known by its initials, opening a sentence, is whom the next "It" points to
    ("The NDMO has issued its evening report. It now counts 11,200 people in evacuation centres.", "en",
     [("NDMO", 11200)]),
    # a number word opening a sentence, its noun left out, is a count
    ("The hospital says it has treated 47 people. Six were admitted, a hospital spokesman said.", "en",
     [("hospital", 47), ("hospital spokesman", 6)]),
    ("L'hôpital dit avoir soigné 47 personnes. Six ont été hospitalisées, selon un porte-parole.", "fr",
     [("hôpital", 47), ("hôpital", 6)]),   # (an unnamed spokesperson speaks for the body just heard)
    # "So said X" after a quote names its speaker, even as two capitalised words
    ('"We counted 23 boats on the beach." So said Mosese Duri, a net maker.', "en", [("Mosese Duri", 23)]),
])
def test_who_counts_a_bodys_own_work_and_an_elided_noun(text, language, expected):
    assert sorted(claims_of(text, language)) == sorted(expected)


@pytest.mark.parametrize("text, language, expected", [
    # "the report" right after a body issued one is that body's
    ("The NDMO has issued its evening report. The report says 410 homes were destroyed.", "en", [("NDMO", 410)]),
    # a saint's or a place's "St." stays in the name as written
    ("St. Brendan's Medical Center said it had treated 8 people.", "en", [("St. Brendan's Medical Center", 8)]),
    # the population of a village described in passing is no claim
    ("Police say two people have died in Vatuleka, a fishing village of about 900 people.", "en", [("Police", 2)]),
    ("Selon la police, deux personnes sont mortes à Vatuleka, un village de pêcheurs de 900 habitants.", "fr",
     [("police", 2)]),
])
def test_a_report_named_again_a_saints_name_and_a_villages_population(text, language, expected):
    assert sorted(claims_of(text, language)) == sorted(expected)


@pytest.mark.parametrize("text, language, expected", [
    # "our staff" in a guest's turn are the guest's body's people, not the outlet's
    ("HOST: Good evening.\n\nSTEVEN MARSH (Northfold Services): There were 412 residents on site. Our staff "
     "estimate about 60 were involved.\n\nHOST: Thank you.\n\nMARSH: We had 24 guards on duty.", "en",
     {412: "STEVEN MARSH", 60: "STEVEN MARSH", 24: "STEVEN MARSH"}),
    # an infinitive after "sans" has no subject: the quote is its speaker's
    ("Le bailleur indique que le bâtiment compte 96 logements. « Nous avons relogé 40 familles », a-t-il dit.\n\n"
     "« Il y avait au moins 400 habitants dans la tour, sans compter les familles hébergées », affirme la "
     "présidente de l'amicale, Nadia Kaci.", "fr", {96: "bailleur", 40: "bailleur", 400: "Nadia Kaci"}),
])
def test_a_guests_own_people_and_an_infinitive_with_no_subject(text, language, expected):
    got = {v: n for n, v in claims_of(text, language, "Tolverton Today")}
    assert {v: got.get(v) for v in expected} == expected, got


@pytest.mark.parametrize("text, language, expected", [
    # a day that only dates the figure set against goes on in the voice of the sentence before
    ("Le nombre de cas a monté à 1 126, a dit le ministère de la Santé. Le nombre des morts a atteint 21, "
     "contre 17 morts mardi.", "fr", {1126: "ministère de la Santé", 21: "ministère de la Santé",
                                      17: "ministère de la Santé"}),
    # "a spokesman" with no body of its own speaks for the body that acts in the sentence
    ("The Coast Guard sent 2 boats and a helicopter from its station, a spokesman said.", "en", {2: "Coast Guard"}),
    ("Les pompiers ont envoyé 12 engins sur place, a indiqué un porte-parole.", "fr", {12: "pompiers"}),
])
def test_a_compared_days_figure_and_a_bodys_spokesperson(text, language, expected):
    assert {v: n for n, v in claims_of(text, language)} == expected


@pytest.mark.parametrize("text, language, expected", [
    # one resident, one firefighter: a person who speaks, in the singular too
    ("La Croix-Rouge parle de 15 000 personnes, et un habitant parle d'au moins 5 000 dès 6 heures.", "fr",
     {15000: "Croix-Rouge (CICR)", 5000: "habitant"}),
    # "ce que je voyais" is what the speaker saw, not a source
    ("« Plus de 70 personnes étaient blessées, d'après ce que je voyais », a dit Awa Sangaré.", "fr",
     {70: "Awa Sangaré"}),
])
def test_one_resident_speaks_and_what_one_saw_is_no_source(text, language, expected):
    assert {v: n for n, v in claims_of(text, language)} == expected


@pytest.mark.parametrize("text, language, expected", [
    # "their observations" after the journalists are named, though a union spoke before: the journalists'
    ("Le SNESUP affirme que 1 500 étudiants étaient présents. Des journalistes du Courrier étaient sur place. "
     "D'après leurs observations, 800 personnes se trouvaient dans l'amphithéâtre.", "fr",
     {1500: "SNESUP", 800: "journalistes"}),
    ("The union said 1,500 students attended. The journalists of the Courier were there. According to their "
     "observations, 800 people were in the hall.", "en", {1500: "union", 800: "journalists"}),
])
def test_a_possessive_document_belongs_to_whom_its_possessive_names(text, language, expected):
    assert {v: n for n, v in claims_of(text, language)} == expected


def test_with_these_words_before_an_inverted_verb_names_who_comes_after():
    text = ('"We were on that floe like 300 people, no less," – with these words described the situation the '
            "fisherman Sergey Pavlov from the village Kamenka.")
    assert claims_of(text, "en") == [("Sergey Pavlov", 300)]


@pytest.mark.parametrize("text, language, expected", [
    ('Tribune reporter Mere Tavola is in Lomaru: "The boats are gone. I counted 23 hulls on the beach."', "en",
     [("Mere Tavola", 23)]),
    ("Notre envoyée spéciale Inès Morel est à Lomaru : « Les bateaux ont disparu. J'ai compté 23 coques sur la "
     "plage. »", "fr", [("Inès Morel", 23)]),
])
def test_a_quote_after_a_colon_is_the_one_its_introduction_names(text, language, expected):
    assert claims_of(text, language) == expected


@pytest.mark.parametrize("text, expected", [
    # a noun of speech before "of" makes the name after it a person, whom "she" then points to
    ('"We are not going to pretend this was a quiet night." Those were the words of Dawn Felling, who led the '
     "operation. She said 90 officers had been deployed.", ("Dawn Felling", 90)),
    # a name of four capitalised words, a rank and the person, is one name
    ('"We lost control of nothing." Those were the words of Chief Inspector Dawn Felling. She said 90 officers '
     "had been deployed.", ("Chief Inspector Dawn Felling", 90)),
])
def test_the_words_of_a_named_person_make_her_the_next_she(text, expected):
    assert claims_of(text, "en", publisher="The Paper") == [expected]


@pytest.mark.parametrize("text, language, expected", [
    # an unnamed spokesperson speaks for the body the sentence before heard
    ("L'agence d'intérim Flexpoint dit que 410 travailleurs étaient logés au moment de l'émeute. Selon un "
     "porte-parole, 38 chalets ne sont pas habitables. « Nous avons relogé 95 personnes », dit le porte-parole.",
     "fr", [("agence d'intérim Flexpoint", 38), ("agence d'intérim Flexpoint", 95), ("agence d'intérim Flexpoint", 410)]),
    ("The temp agency Flexpoint says 410 workers were housed there. According to a spokesperson, 38 chalets cannot "
     'be lived in. "We moved 95 people tonight," the spokesperson said.',
     "en", [("temp agency Flexpoint", 38), ("temp agency Flexpoint", 95), ("temp agency Flexpoint", 410)]),
    # and "she" after her is still the body
    ("Eastmarsh Police said 2 men had been arrested at the main gate. Both were released on bail, a spokeswoman "
     "said.\n\nShe said 40 officers had been on duty at the gates on Wednesday.",
     "en", [("Eastmarsh Police", 2), ("Eastmarsh Police", 40)]),
])
def test_an_unnamed_spokesperson_speaks_for_the_body_just_heard(text, language, expected):
    assert claims_of(text, language, publisher="The Paper") == expected


@pytest.mark.parametrize("text, expected", [
    # "reported missing" is the state of the counted, no verb of a speaker; a clause opened after the figures
    # ("as families found relatives") speaks for none of them
    ("19:40 - Police: death toll rises to 17\nDivers recovered 3 more bodies, bringing the number of dead to 17, "
     "Lumbara police said. The number of people reported missing has fallen to 22, as families found relatives "
     "who had been taken to hospital.", "families"),
])
def test_a_state_participle_and_a_later_clause_name_no_source(text, expected):
    assert expected not in {name for name, _ in claims_of(text, "en", publisher="The Paper")}


@pytest.mark.parametrize("text, expected", [
    # translated copy names the speaker after a lead and its verb, the verb first
    ("« Nous étions à 8 dans un chalet pour 4 personnes. » Ceci raconte Marek, 31 ans, qui travaille dans une serre.",
     [("Marek", 4), ("Marek", 8)]),
])
def test_a_translated_lead_names_the_speaker_after_its_verb(text, expected):
    assert claims_of(text, "fr") == expected


def test_the_force_is_a_police_force():
    # in British use "the force" is the police force just named, and says what it counted
    text = ("Eastmarsh Police said the meet was not a quiet night.\n\n"
            "The force says 9 vehicles were seized and 11 people were arrested.")
    got = claims_of(text, "en", publisher="The Paper")
    assert got == [("Eastmarsh Police", 9), ("Eastmarsh Police", 11)]


def test_a_figure_no_other_cue_reaches_in_an_answer_is_the_speakers():
    # "le ministère ne compte pas" comes after the figure, in a clause of its own: the guest's count, not the
    # programme's
    text = ("CASTAING : Sophie Renaud, le ministère parle de 2 340 grévistes. C'est un succès ?\n\n"
            "SOPHIE RENAUD, secrétaire régionale du syndicat : Au niveau national, nous comptons plus de 5 000 grévistes, "
            "parce que le ministère ne compte pas les agents des prestataires.\n\n"
            "CASTAING : Marc Aubertin, vous confirmez ?\n\n"
            "MARC AUBERTIN, directeur régional : Nos chiffres donnent 38 agents grévistes au musée du Verre.\n\n"
            "CASTAING : Merci.")
    assert ("SOPHIE RENAUD", 5000) in claims_of(text, "fr", publisher="Radio Valbrume")
    assert all(name != "Radio Valbrume" for name, _ in claims_of(text, "fr", publisher="Radio Valbrume"))


def test_selon_vous_in_a_hosts_question_is_the_one_who_answers():
    text = ("ADAMA BELLINE (animateur) : Bonsoir. Autour de la table, le colonel Ibrahim Fodéba et la proviseure "
            "Zeinab Dantani. Madame la proviseure ?\n\n"
            "ZEINAB DANTANI : Nous avons compté 103 élèves absents.\n\n"
            "ADAMA BELLINE : Colonel, 103 selon l'école, moins de 90 selon vous, au moins 120 selon les parents. "
            "Qui a raison ?\n\n"
            "IBRAHIM FODÉBA : Nos équipes ont interrogé les enfants libérés.")
    got = claims_of(text, "fr", publisher="Radio Kassaro")
    assert ("IBRAHIM FODÉBA", 90) in got
    assert ("parents", 90) not in got


def test_a_name_spoken_to_before_a_fronted_phrase_is_not_the_one_who_counted():
    text = ("HOLLY BRENNAN: Good evening. With me is Marian Dunstan, head teacher of Larkhill Primary.\n\n"
            "MARIAN DUNSTAN: Today 31 of our pupils were off.\n\n"
            "HOLLY BRENNAN: Our reporter Tariq Bellamy has been at the school gates.\n\n"
            "TARIQ BELLAMY: Holly, in the last half hour I counted 26 children being collected early.\n\n"
            "HOLLY BRENNAN: Thank you, Tariq.")
    got = claims_of(text, "en", publisher="Radio Wexbury")
    assert ("TARIQ BELLAMY", 26) in got and ("Holly", 26) not in got


def test_a_role_a_transcripts_speaker_names_is_no_one_at_the_table():
    text = ("LAMBERT LACASSAGNE: Good morning. With me is Ingeborg Amadi-Rautio of the Red Cross.\n\n"
            "INGEBORG AMADI-RAUTIO: We are helping 4,800 homeless people. The governor says more than 500 houses are "
            "in the red zone.\n\n"
            "LAMBERT LACASSAGNE: The governor also says 2,000 tents have been distributed. Is that right?\n\n"
            "INGEBORG AMADI-RAUTIO: We counted 1,250.")
    got = claims_of(text, "en", publisher="Radio Velmar")
    assert ("governor", 500) in got and ("governor", 2000) in got
    assert not any(name.lower() == "ingeborg amadi-rautio" and value in (500, 2000) for name, value in got)
