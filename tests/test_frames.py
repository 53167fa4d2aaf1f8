"""Frames, statements and time-aware comparison, on sentences of our own."""
import datetime as dt

import pytest

from claimgraph.compare import compare
from claimgraph.extract import extract
from claimgraph.model import Actor, Claim, Corpus, Document, Figure
from claimgraph.statements import assign_statements


def claims(text, lang="fr", published="2024-10-24", title=None, publisher="Test Wire", doc="t"):
    return extract(Document(doc, text=text, language=lang, published=published, title=title, publisher=publisher))


def one(text, **kw):
    [c] = claims(text, **kw)
    return c


# --- place: where the count is, never where someone spoke or sits

def test_region_is_more_specific_than_the_country():
    c = one("Selon Kyiv, 11 000 soldats nord-coréens se trouvent dans la région de Koursk, en territoire russe.")
    assert (c.place, c.place_level) == ("kursk", "region")


@pytest.mark.parametrize("text, lang, expected", [
    ("The cyclone crossed the archipelago. The disaster office raised the national toll to 58 dead, including 34 on "
     "Vohery, 15 on Tenaka and 9 on the island of Malore.", "en", ["", "vohery", "tenaka", "malore"]),
    ("Le cyclone a traversé les îles. Selon le bureau, 45 des morts sont sur l'île de Vohéry, 19 sur Ténaka et 9 sur "
     "Maloré.", "fr", ["vohery", "tenaka", "malore"]),
    # on a page with no island, "on" is no place: "41 on Tuesday", "said on Radio Sarenne"
    ("The union said 300 teachers struck on Radio Sarenne's estimate, and 41 on Tuesday.", "en", ["", ""]),
])
def test_on_a_page_about_islands_on_says_where(text, lang, expected):
    assert [c.place for c in claims(text, lang=lang)] == expected


@pytest.mark.parametrize("text, lang", [
    ("The storm hit Rivanoa. Neighbouring Kalonde was spared the worst. The Kalonde Emergency Service says 2 people "
     "have died.", "en"),
    ("La tempête a frappé le Rivanoa, puis a longé le Kalondé voisin. Le Service des urgences du Kalondé a fait état "
     "de 2 morts.", "fr"),
])
def test_a_body_named_after_a_neighbouring_country_counts_there(text, lang):
    # a country nobody knows, named as the one next door, is where its own emergency service counts
    assert [c.place for c in claims(text, lang=lang)] == ["kalonde"]


@pytest.mark.parametrize("text, lang", [
    ("The agency said 58 people had died. The injured were counted less often: 640 on Monday, 780 on Wednesday.",
     "en"),
    ("L'agence a annoncé 58 morts. Les blessés ont été comptés moins souvent : 640 lundi, 780 mercredi.", "fr"),
])
def test_the_subject_before_a_colon_counts_the_bare_figures_after_it(text, lang):
    assert [c.quantity_id for c in claims(text, lang=lang, published="2029-03-16")] == ["deaths", "wounded", "wounded"]


def test_a_day_right_after_a_running_toll_is_its_own():
    # "640 on Monday, 780 on Wednesday": each figure of a toll is as of the day told right after it
    got = claims("The agency counted 640 injured on Monday, 780 on Wednesday and 910 on Saturday.", lang="en",
                 published="2029-03-16")
    assert [(c.figure.value, c.as_of) for c in got] == [(640, dt.date(2029, 3, 12)), (780, dt.date(2029, 3, 14)),
                                                        (910, dt.date(2029, 3, 10))]


def test_the_place_where_someone_spoke_is_not_the_place_of_the_count():
    c = one("The NIS told lawmakers in Seoul that about 3,000 North Korean soldiers had been sent to Russia.",
            lang="en")
    assert c.place == "russia" and c.quantity_id == "north-korean-troops-deployed-russia"


@pytest.mark.parametrize("text,lang", [
    ("The World Health Organization said on Thursday that three patients in France carry the strain.", "en"),
    ("Le ministre a déclaré jeudi que trois patients en France étaient touchés.", "fr"),
])
def test_a_count_in_words_between_the_speaker_and_the_place_is_counted_there(text, lang):
    # (the place after "said" is where someone spoke only when no count comes between)
    assert one(text, lang=lang).place == "france"


def test_a_body_seat_is_not_the_place_of_the_count():
    text = ("The Heat Observatory, based in Lyon, said about 1,100 excess deaths were recorded in France.")
    assert one(text, lang="en").place == "france"


def test_a_city_and_its_country_are_different_quantities():
    a, b = claims("Le ministère a recensé 1,28 million de manifestants dans toute la France, dont 93 000 à Paris.")
    assert (a.place, a.place_level, b.place, b.place_level) == ("france", "country", "paris", "city")
    assert a.quantity_id != b.quantity_id


# --- population and measure, filled from the article when the sentence leaves them out

def test_the_article_gives_the_group_a_sentence_leaves_out():
    text = "Selon le Pentagone, environ 10 000 hommes ont été envoyés en Russie pour s'y entraîner."
    c = one(text, title="Pyongyang a envoyé des soldats nord-coréens en Russie")
    assert c.population == "north-korean-troops" and c.measure == "deployed"


def test_an_intended_figure_is_planned_not_deployed():
    c = one("The NIS said the deployment could eventually reach up to 12,000 North Korean troops in Russia.", lang="en")
    assert c.measure == "planned"


# --- as_of: the date the figure describes

def test_a_recalled_figure_keeps_the_date_it_was_given():
    c = one("Le 19 décembre, le même service évoquait encore une centaine de soldats nord-coréens tués.",
            published="2025-01-14")
    assert c.as_of == dt.date(2024, 12, 19)


def test_span_dates_are_not_when_a_figure_was_given():
    c = one("The NIS said on Friday that 1,500 soldiers had been shipped between October 8 and October 13.",
            lang="en", published="2024-10-20")
    assert c.as_of == dt.date(2024, 10, 18)


def test_strike_counts_are_one_quantity_per_day():
    a, b = claims("Mardi, 1 900 salariés étaient en grève selon la CGT. Mercredi, la CGT en comptait 1 850 en grève.",
                  published="2024-10-10")
    assert a.as_of == dt.date(2024, 10, 8) and b.as_of == dt.date(2024, 10, 9)
    assert a.quantity_id == "strikers-2024-10-08" and b.quantity_id == "strikers-2024-10-09"


def test_arrests_are_counted_per_day_of_protest_and_a_toll_is_not():
    # the arrests of Tuesday's and of Wednesday's marches are two counts; a toll given on two days is one count
    a, b = claims("Mardi, la police a procédé à 94 interpellations, selon la préfecture. Mercredi, la préfecture "
                  "a fait état de 40 interpellations.", published="2024-10-10")
    assert (a.quantity_id, b.quantity_id) == ("arrests-2024-10-08", "arrests-2024-10-09")
    c, d = claims("The ministry said on Tuesday that 12 people had been killed. On Wednesday, the ministry said "
                  "20 people had been killed.", lang="en", published="2024-10-10")
    assert c.quantity_id == d.quantity_id == "deaths" and (c.as_of, d.as_of) == (dt.date(2024, 10, 8), dt.date(2024, 10, 9))
    # a part of a day's arrests, named by its town, is that day's too
    total, part = claims("The league said at least 240 people had been arrested on Tuesday, 130 of them in the capital.",
                         lang="en", published="2024-10-10")
    assert total.quantity_id == "arrests-2024-10-08" and part.quantity_id.endswith("2024-10-08")


@pytest.mark.parametrize("text,lang", [
    ("On Tuesday, 61,000 people marched nationwide, the ministry said. The ministry counted 37 injured police "
     "officers on Tuesday, 21 on Thursday and 64 on Saturday.", "en"),
    ("Mardi, 61 000 personnes ont manifesté selon le ministère. Le ministère a compté 37 policiers blessés mardi, "
     "21 jeudi et 64 samedi.", "fr"),
])
def test_the_injured_of_a_protest_are_counted_per_day_and_a_disasters_are_not(text, lang):
    march, *injured = claims(text, lang=lang, published="2029-03-14")
    assert march.quantity_id == "protesters-2029-03-13"
    assert [c.as_of for c in injured] == [dt.date(2029, 3, 13), dt.date(2029, 3, 8), dt.date(2029, 3, 10)]
    assert len({c.quantity_id for c in injured}) == 3 and injured[0].quantity_id.endswith("2029-03-13")
    # with no march counted first, the injured are one running toll given on two days
    a, b = claims("The ministry said on Tuesday that 12 people had been injured. On Wednesday, it said 20 people had "
                  "been injured.", lang="en", published="2024-10-10")
    assert a.quantity_id == b.quantity_id == "wounded"


@pytest.mark.parametrize("then,values", [
    ("Four were in a serious condition on Monday evening and 9 had been allowed home.", [17, 4, 9]),
    ("On Monday evening, four of them were in a serious condition.", [17, 4]),
])
def test_a_sentence_dated_this_week_goes_on_in_the_voice_before(then, values):
    # a day of this week is no background ("En 2022, une mutinerie avait fait…" is): the hospital still speaks
    said = [(c.claimant.name, c.figure.value) for c in claims(
        f"Scarrowby Royal Infirmary said it had received 17 of the injured. {then}", lang="en", published="2026-05-12")]
    assert said == [("Scarrowby Royal Infirmary", v) for v in values]


@pytest.mark.parametrize("text,lang", [
    ("Le ministère compte 690 véhicules incendiés. La maire évoque 130 voitures brûlées.", "fr"),
    ("Police said 742 vehicles were burnt. The union said 1,100 vehicles had been set alight. The mayor said 130 "
     "cars had been burnt.", "en"),
])
def test_vehicles_burnt_are_one_quantity_whatever_the_words(text, lang):
    # set alight, incendiés, brûlées, burnt; cars, voitures, vehicles: one arson night's count in other words
    assert {c.quantity_id for c in claims(text, lang=lang)} == {"vehicles-destroyed"}


def test_a_hospitals_patients_are_its_part_of_the_toll_not_a_rival_count():
    # the hospital counts those it took in, a part of everyone injured: no conflict with the firefighters' toll
    toll, hospital = claims("Selon les pompiers, 64 personnes ont été blessées. Au total, 27 blessés y ont été accueillis, "
                            "indique la direction de l'hôpital.")
    assert toll.quantity_id == "wounded" and hospital.quantity_id == "wounded-by-direction-de-l-hopital"
    toll, hospital = claims("Firefighters said 64 people were injured. A hospital spokeswoman said 27 injured people had "
                            "been admitted.", lang="en")
    assert toll.quantity_id == "wounded" and hospital.quantity_id == "wounded-by-hospital-spokeswoman"
    # a part of its patients is its part too (once), and what else it says is no patient count
    parts = claims("Selon la direction de l'hôpital, 27 blessés ont été accueillis, dont 4 en réanimation.")
    assert [c.quantity_id.count("-by-") for c in parts] == [1, 1]
    [dead] = claims("The hospital said 12 people had died.", lang="en")
    assert dead.quantity_id == "deaths"


# --- subsets

def test_a_subset_is_its_own_quantity_part_of_the_total():
    total, part = claims("Selon le ministère, la vague de chaleur a causé 1 480 décès en France, "
                         "dont 1 050 parmi les plus de 75 ans.")
    assert part.part_of == total.quantity_id and part.quantity_id != total.quantity_id
    assert part.population == "deaths-over-75"
    [cmp] = [c for c in compare([total, part]) if c.quantity_id == total.quantity_id]
    assert not cmp.conflicts  # a part is never set against its total


# --- one actor per body

def test_an_acronym_defined_in_the_text_is_one_body_in_both_languages():
    fr = one("L'Observatoire européen chaleur et santé (OECS) a estimé jeudi à environ 1 100 le nombre de décès en France.",
             doc="fr")
    en = one("The European Heat and Health Observatory (OECS) said on Thursday about 1,100 people had died in France.",
             lang="en", doc="en")
    assert fr.claimant.id == en.claimant.id == "oecs"
    assert fr.quantity_id == en.quantity_id


def test_a_bare_head_noun_is_the_body_named_before():
    a, b = claims("Le ministère de la Santé a recensé 640 décès en France. "
                  "Mercredi, le ministère a relevé ce bilan à 1 480 décès en France.", published="2025-07-31")
    assert a.claimant.id == b.claimant.id == "france-health-ministry"


# --- statements and time-aware comparison

NIS, HUR = Actor("NIS", "organisation"), Actor("HUR", "organisation")


def said(who, figure, day, doc):
    return Claim(who, figure, quantity_id="q", document=doc, as_of=day, stated_on=day)


def test_one_statement_in_three_outlets_counts_once():
    reports = [said(NIS, Figure(1500), "2024-10-18", d) for d in ("a", "b", "c")]
    other = said(HUR, Figure(12000, qualifier="about"), "2024-10-19", "a")
    [cmp] = compare([*reports, other])
    assert len(cmp.statements) == 2 and len(cmp.conflicts) == 1
    [r] = cmp.conflicts
    assert r.days_apart == 1 and {r.a_statement, r.b_statement} == {c.statement for c in cmp.claims}
    assert len(next(c for c in cmp.claims if c.claimant.id == "nis").reports) == 3


def test_figures_further_apart_than_the_window_are_an_evolution():
    early, late = said(NIS, Figure(1500), "2024-10-18", "a"), said(HUR, Figure(11000), "2024-11-05", "b")
    [cmp] = compare([early, late])
    assert not cmp.conflicts and not cmp.agreements
    [cmp] = compare([early, late], window=30, min_conflict_confidence=0)  # the window alone, not the model
    assert len(cmp.conflicts) == 1
    assert set(cmp.series()) == {"nis", "hur"}


def test_a_later_different_figure_from_the_same_actor_is_a_revision_with_its_direction():
    first, second = said(NIS, Figure(640), "2025-10-07", "a"), said(NIS, Figure(750), "2025-10-08", "b")
    [cmp] = compare([first, second])
    [r] = cmp.revisions
    assert (r.a, r.b, r.direction) == (second.id, first.id, "up") and not cmp.conflicts


@pytest.mark.parametrize("text,lang,expected", [
    # what a body's own crew did is its part of the toll, not a count of the whole
    ("Vigie Marine said its crew had taken 31 survivors on board and recovered three bodies. The coast guard said 40 "
     "survivors had been brought ashore.", "en",
     {31: "survivors-by-vigie-marine", 3: "deaths-by-vigie-marine", 40: "survivors"}),
    ("Vigie Marine indique que son équipage a recueilli 31 rescapés et repêché trois corps.", "fr",
     {31: "survivors-by-vigie-marine", 3: "deaths-by-vigie-marine"}),
    # its teams only counted: the count of the whole
    ("MSF said its teams had counted 300 dead in the camps.", "en", {300: "deaths"}),
    # "firemen", as translations write it, are firefighters, not the injured counted before them
    ("Colonel Rieux said 64 people were injured. At the height of the operation, 140 firemen were engaged.", "en",
     {64: "wounded", 140: "firefighters"}),
])
def test_what_a_bodys_own_crew_did_is_its_own_part(text, lang, expected):
    got = {c.figure.value: c.quantity_id for c in extract(Document("d", text=text, language=lang, published="2027-05-16"))}
    assert got == expected


@pytest.mark.parametrize("text,lang,body", [
    # a role told as a relative clause, after an age: the body after its last link
    ("We asked Dr Mathis Oberlé, 47, who heads the foodborne disease unit at the National Public Health Agency "
     "(NPHA). Oberlé said 31 cases were confirmed.", "en", "npha"),
    ("Nous avons interrogé Mathis Oberlé, 47 ans, qui dirige le service des maladies d'origine alimentaire de "
     "l'Agence nationale de santé publique (ANSP). Selon Mathis Oberlé, 31 cas sont confirmés.", "fr", "ansp"),
    # a union's or a federation's president, secretary general or leader speaks for it
    ("Catherine Ollivier, présidente de la Fédération des pharmaciens (FDP), a parlé lundi. Selon Catherine Ollivier, "
     "18 000 officines sont fermées.", "fr", "fdp"),
    ("Thomas Guerlain, the leader of the Teachers' Union, spoke on Monday. According to Guerlain, 128,000 teachers "
     "were on strike.", "en", "teachers-union"),
])
def test_a_person_who_heads_a_unit_of_a_body_speaks_for_the_body(text, lang, body):
    [claim] = extract(Document("d", text=text, language=lang, published="2027-06-11"))
    assert claim.claimant.affiliation == body


def test_spokespeople_speak_for_their_body_and_sides_compare_by_affiliation():
    pentagon = Actor("Pentagon", "organisation", affiliation="united-states")
    singh = Actor("Sabrina Singh", "person", affiliation="pentagon")
    kirby = Actor("John Kirby", "person", affiliation="white-house")
    white_house = Actor("White House", "organisation", affiliation="united-states")
    a, b = said(singh, Figure(10000), "2024-10-28", "a"), said(pentagon, Figure(3000), "2024-10-28", "b")
    [cmp] = compare([a, b], actors=[pentagon])
    assert not cmp.conflicts and cmp.revisions == ()  # one body, same day: neither a conflict nor a revision
    c = said(kirby, Figure(3000, qualifier="about"), "2024-10-27", "c")
    [cmp] = compare([a, c], actors=[pentagon, white_house])
    assert len(cmp.conflicts) == 1
    [cmp] = compare([a, c], actors=[pentagon, white_house], by="affiliation")
    assert not cmp.conflicts  # both the United States


def test_an_outlet_is_not_a_side_of_the_dispute_it_reports():
    doc = Document("a", published="2024-10-20", publisher="Daily")
    outlet = said(Actor("Daily", "organisation"), Figure(15000), "2024-10-20", "a")
    source = said(NIS, Figure(1500), "2024-10-20", "a")
    [cmp] = compare([outlet, source], documents=[doc])
    assert not cmp.conflicts
    [cmp] = compare([outlet, source], documents=[doc], outlets=True)
    assert len(cmp.conflicts) == 1


def test_statements_do_not_depend_on_reading_order():
    reports = [said(NIS, Figure(1500), "2024-10-18", d) for d in ("b", "a", "c")]
    forward = assign_statements(reports)
    backward = assign_statements(list(reversed(reports)))
    assert {c.id: (c.statement, c.reports) for c in forward} == {c.id: (c.statement, c.reports) for c in backward}


@pytest.mark.parametrize("window", [-1, 1.5])
def test_window_must_be_a_whole_number_of_days(window):
    from claimgraph.errors import ModelError

    with pytest.raises(ModelError):
        compare([said(NIS, Figure(1), "2024-10-18", "a")], window=window)


def test_corpus_statements_are_kept_in_json_lines():
    corpus = Corpus(claims=[said(NIS, Figure(1500), "2024-10-18", d) for d in ("a", "b")]).with_statements()
    rows = [c.to_dict() for c in corpus.claims]
    assert rows[0]["statement"] == rows[1]["statement"] and len(rows[0]["reports"]) == 2
    assert Claim.from_dict(rows[0]) == corpus.claims[0]


def test_a_count_since_a_date_is_cumulative_its_own_period():
    c = one("Il a affirmé que plus de 600 000 soldats russes avaient été tués ou blessés depuis février 2022.")
    assert c.period == "since-2022-02" and c.quantity_id.endswith("-since-2022-02")


def test_a_clock_time_between_a_speech_verb_and_a_town_keeps_it_a_speaking_place():
    from claimgraph.extract.places import default_places

    assert default_places().find("Mark Rutte s'exprimait vers 11 h 30 à Bruxelles, après une réunion.") == []


@pytest.mark.parametrize("text, places", [
    # a count between the speaking verb and the town: the town is the count's, not where the speaker spoke
    ("The ministry said 45 people died in Lyon.", ["lyon"]),
    ("Le ministre a déclaré que 45 personnes sont mortes à Lyon.", ["lyon"]),
    # (a day's number is no count: "said on the 12th in Lyon" is where the minister spoke)
    ("The minister said on the 12th in Lyon that it was over.", []),
])
def test_a_town_after_a_count_a_speaker_gives_is_the_counts(text, places):
    from claimgraph.extract.places import default_places

    assert [r.id for r in default_places().find(text)] == places


@pytest.mark.parametrize("text, places", [
    # a country's adjective is its language: a translation note names no place the page's figures are in
    ("[This article was translated automatically from French.] 690 vehicles burnt across Estravia.", []),
    ("The report, written in British English, was sent to France.", ["france"]),
])
def test_a_language_name_is_no_place(text, places):
    from claimgraph.extract.places import default_places

    assert [r.id for r in default_places().find(text)] == places


def test_a_departement_is_a_region_but_a_river_valley_is_not():
    from claimgraph.extract.places import default_places

    refs = default_places().find("Dans le Finistère, 40 sinistrés ; the heat spread across the Rhône valley.")
    assert [(r.id, r.level) for r in refs] == [("finistere", "region")]


# --- what was done to people around a disaster: each its own count

@pytest.mark.parametrize("lang, text, measures", [
    ("fr", "Selon la préfecture, 48 000 habitants ont été confinés et 190 personnes ont dormi au gymnase.",
     ["confined", "sheltered"]),
    ("fr", "L'ARS a recensé 212 personnes ayant consulté un médecin ; l'association dit que 100 000 personnes ont été exposées.",
     ["treated", "exposed"]),
    ("en", "The prefecture said 48,000 residents were told to stay indoors and 190 people slept at the gym.",
     ["confined", "sheltered"]),
    ("en", "The health agency said 143 people consulted a doctor; the group said 100,000 people were exposed.",
     ["treated", "exposed"]),
])
def test_people_confined_sheltered_treated_or_exposed_are_different_quantities(lang, text, measures):
    found = claims(text, lang=lang)
    assert [c.measure for c in found] == measures
    assert len({c.quantity_id for c in found}) == 2


@pytest.mark.parametrize("lang, text", [
    ("en", "The strike closed 4,300 canteens, the ministry said. For strikers, the ministry gave 9,400; the union said 20,000."),
    ("fr", "La grève a fermé 4 300 cantines, selon le ministère. Côté grévistes, le ministère en a compté 9 400 ; "
           "le syndicat en revendique 20 000."),
])
def test_the_noun_a_sentence_opens_with_is_what_its_bare_figures_count(lang, text):
    found = {c.figure.value: c for c in claims(text, lang=lang)}
    assert found[9400].population == found[20000].population == "strikers"
    assert found[4300].population != "strikers"


def test_a_noun_counted_as_itself_has_one_key_in_both_languages():
    fr = one("« Nous avons pu préparer 1 300 repas », indique la cuisine centrale.")
    en = one('"We were able to prepare 1,300 meals," the central kitchen said.', lang="en")
    assert fr.population == en.population == "meals"


def test_a_hospital_counts_its_own_patients_not_the_whole_toll():
    text = ("Le carambolage a fait 64 blessés, selon le SDIS de la Haute-Sorge. "
            "Le CHU de Vernissac a accueilli 19 blessés, selon le CHU de Vernissac.")
    toll, hospital = claims(text)
    assert toll.quantity_id != hospital.quantity_id
    assert hospital.place_level == "site"


def test_a_strike_count_with_its_own_day_after_it_is_not_the_first_days():
    text = ("Dans l'académie de Vasselin, le rectorat a recensé 4 950 grévistes mardi, premier jour du mouvement, "
            "et 3 420 mercredi.")
    first, second = claims(text, published="2027-03-11")
    assert (str(first.as_of), str(second.as_of)) == ("2027-03-09", "2027-03-10")
    assert first.quantity_id != second.quantity_id


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le séisme a fait 1 318 morts dans le pays, selon la protection civile. À Meribal, la protection civile "
           "dénombre 590 morts. Un chiffre que conteste la maire de la ville, Yasmina Rouhi, qui en recense 655."),
    ("en", "The earthquake killed 1,318 people across the country, civil protection said. In Meribal, civil "
           "protection counted 590 dead. The mayor of the city, Yasmina Rouhi, said she counts 655 dead."),
])
def test_the_mayor_of_the_city_counts_the_town_named_before(lang, text):
    found = {c.figure.value: c for c in claims(text, lang=lang)}
    assert found[655].place == found[590].place == "meribal"
    assert found[655].quantity_id != found[1318].quantity_id


def test_that_day_is_the_day_the_sentence_before_gave():
    text = ("Le député a affirmé jeudi 11 mars que « plus de 200 000 enseignants » avaient fait grève le 9 mars. "
            "Ce chiffre ne correspond à aucun décompte : le ministère a recensé 41 600 grévistes ce jour-là.")
    found = {c.figure.lower or c.figure.value: c for c in claims(text, published="2027-03-16")}
    assert str(found[41600].as_of) == str(found[200000].as_of) == "2027-03-09"
    assert found[200000].measure == "striking"


def test_a_count_noun_opening_the_sentence_is_no_speaker_of_a_later_verb():
    text = ("For strikers, the ministry gave 9,400 on the evening of the strike and raised the figure to 10,200 "
            "the next day.")
    assert [c.claimant.name for c in claims(text, lang="en")] == ["ministry", "ministry"]


def test_the_sick_are_cases_not_the_dead_counted_before():
    text = "Son avocate affirme que « le bilan réel est d'au moins six décès » et de « plus de 40 malades »."
    dead, sick = claims(text)
    assert (dead.population, sick.population) == ("deaths", "cases")


def test_what_a_named_hospital_received_is_its_own_count():
    text = ("Le carambolage a fait 64 blessés, selon le SDIS. Le CHU de Vernissac a accueilli 19 blessés depuis ce "
            "matin, indique sa directrice de la communication, Sophie Marchal.")
    toll, hospital = claims(text, published="2028-11-14")
    assert (hospital.place, hospital.place_level) == ("vernissac", "site")
    assert toll.quantity_id != hospital.quantity_id


@pytest.mark.parametrize("text, period", [
    ("Depuis le 1er janvier, 23 personnes sont mortes sur les routes du département, selon la préfecture.", "year"),
    ("Dans le département, l'observatoire compte 7 morts sur la même semaine.", "week"),
])
def test_a_toll_since_new_year_or_over_the_same_week_is_a_period_of_its_own(text, period):
    assert one(text, published="2028-11-16").period == period


def test_a_figure_with_a_date_years_back_is_of_that_date():
    c = one("Le carambolage de l'A 12, le 19 février 2009, avait fait 6 morts, selon l'observatoire.", published="2028-11-21")
    assert str(c.as_of) == "2009-02-19"


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Huit nouveaux cas ont été signalés depuis samedi, a précisé l'agence, qui en compte 27.", ["cases-new", "cases"]),
    ("en", "The agency reported eight new cases on Saturday, bringing the total to 27.", ["cases-new", "cases"]),
    ("fr", "Ni l'une ni l'autre n'expliquent l'écart de 14 tonnes, selon la préfecture.", ["tonnes-change"]),
    ("en", "The prefecture could not explain the gap of 14 tonnes.", ["tonnes-change"]),
])
def test_new_cases_and_a_gap_are_not_the_total(lang, text, expected):
    assert [c.population for c in claims(text, lang=lang)] == expected


def test_the_number_of_qualified_things_counts_those_things():
    text = "The ministry counted 436 arrests. The number of torched vehicles rose to 805, the ministry said."
    arrests, vehicles = claims(text, lang="en")
    assert (arrests.population, vehicles.population) == ("arrests", "vehicles")



def test_policemen_mobilised_are_police_deployed():
    police = one("For this second day 15,000 policemen were mobilised in the whole country, the ministry said.", lang="en")
    assert police.population == "police" and police.measure == "deployed"


def test_a_district_named_after_its_word_is_a_place():
    from claimgraph.extract.places import default_places
    [ref] = default_places().find("Of the deaths, 31 are in the district of Brennic.")
    assert (ref.id, ref.level) == ("brennic", "region")


def test_the_ngo_is_not_the_hospital_that_spoke_before():
    text = ("L'ONG Vagues Solidaires a secouru 40 personnes. Trois rescapés sont encore hospitalisés au centre "
            "hospitalier de Lavéras, selon l'établissement. Trois personnes sont mortes, selon l'ONG.")
    got = {(c.claimant.name, c.figure.value) for c in claims(text)}
    assert ("ONG Vagues Solidaires", 3) in got and ("ONG Vagues Solidaires", 40) in got


@pytest.mark.parametrize("text, lang, who", [
    # the basis of a figure ("the first elements gathered from survivors") is no source: the one who gives it is
    ("Le préfet évoque « environ 170 personnes » à bord, « selon les premiers éléments recueillis auprès des "
     "rescapés ».", "fr", "préfet"),
    # a document noun that a figure counts names no source: the 300 statements are the judge's count
    ("The inquiry received 300 statements from witnesses, the judge said.", "en", "judge"),
    ("Le collectif a reçu 1 300 bilans de parents.", "fr", "collectif"),
])
def test_what_a_figure_rests_on_is_not_who_gives_it(text, lang, who):
    assert {c.claimant.name for c in claims(text, lang=lang)} == {who}


def test_a_local_pages_marches_are_the_town_its_headline_opens_with():
    # "Port-Orbec : …" and "dont 14 à Port-Orbec": a town nobody listed, the place of the marches that name none
    text = ("Port-Orbec a de nouveau défilé jeudi. Selon le ministère de l'Intérieur, 8 000 personnes ont manifesté "
            "jeudi dans la ville. Selon le ministère, 88 personnes ont été interpellées dans tout le pays, dont 14 à "
            "Port-Orbec.")
    local = claims(text, title="Port-Orbec : moins de monde jeudi", published="2029-03-09")
    assert local[0].quantity_id == "protesters-port-orbec-2029-03-08"
    # a headline that opens with a topic, or a town the page never names as one, gives no place
    national = claims(text.replace("à Port-Orbec", "dans l'Orbec"), title="Port-Orbec : moins de monde jeudi",
                      published="2029-03-09")
    assert national[0].quantity_id == "protesters-2029-03-08"


@pytest.mark.parametrize("text,lang", [
    ("Jeudi, 8 000 personnes ont manifesté selon le ministère. La CCT en revendique 25 000, après en avoir annoncé "
     "30 000 mardi.", "fr"),
    ("On Thursday, 8,000 people marched, the ministry said. The CCT claimed 25,000, after announcing 30,000 on "
     "Tuesday.", "en"),
])
def test_the_day_of_a_sources_earlier_count_is_not_its_new_counts(text, lang):
    # "after announcing 30,000 on Tuesday": Tuesday is the earlier count's; the new one is Thursday's march
    _, new, earlier = claims(text, lang=lang, published="2029-03-14")
    assert (new.figure.value, new.as_of) == (25000, dt.date(2029, 3, 8))
    assert (earlier.figure.value, earlier.as_of) == (30000, dt.date(2029, 3, 13))


@pytest.mark.parametrize("text, lang, places", [
    # the whole of a land is its count, not the town the page is about
    ("À Port-Orbec, 12 000 manifestants ont défilé jeudi selon la préfecture. Le ministère de l'Intérieur a recensé "
     "jeudi 48 000 manifestants dans toute la Calvérie.", "fr", ["port-orbec", None]),
    ("In Port Orbec, 12,000 people marched on Thursday, police said. According to the Interior Ministry, 93,000 "
     "persons demonstrated on Thursday in the whole country.", "en", ["port-orbec", None]),
    ("In Port Orbec, 12,000 people marched on Thursday, police said. The Interior Ministry counted 93,000 marchers "
     "in the whole of Calveria.", "en", ["port-orbec", None]),
    # a region named so is that region, all of it
    ("À Brest, 3 000 manifestants selon la police, et 9 000 dans toute la Bretagne selon la CGT.", "fr",
     ["brest", "bretagne"]),
])
def test_the_whole_of_a_land_is_not_the_town_of_the_page(text, lang, places):
    got = claims(text, lang=lang, published="2029-03-14", title="Port-Orbec")
    assert [c.place or None for c in got] == places


@pytest.mark.parametrize("text, lang", [
    ("The Kalonde Emergency Service counted six dead and 1,100 people evacuated; the two fishermen it had reported "
     "missing were found alive on Monday.", "en"),
    ("Les secours ont compté six morts et 1 100 personnes évacuées ; les deux pêcheurs portés disparus ont été "
     "retrouvés.", "fr"),
])
def test_a_semicolon_ends_the_clause_a_measure_is_read_from(text, lang):
    dead, evacuated = claims(text, lang=lang)
    assert (evacuated.figure.value, evacuated.population) == (1100, "evacuated")


@pytest.mark.parametrize("text, lang", [
    ("The coast guard counted 40 survivors.\n\nThe Observer: A week on, nobody agrees on how many people were on "
     "the boat. The coast guard said about 150 on the first day. What is your estimate?\n\nLéa Kerbrat: About 200. "
     "We took 11 survivors on board.\n\nThe Observer: And the dead?\n\nKerbrat: Three died on our deck.", "en"),
    ("Les garde-côtes ont compté 40 rescapés.\n\nL'Observateur : Une semaine après, personne ne sait combien de "
     "personnes étaient à bord. Les garde-côtes ont parlé d'environ 150 le premier jour. Quelle est votre "
     "estimation ?\n\nLéa Kerbrat : Environ 200. Nous avons recueilli 11 rescapés.\n\nL'Observateur : Et les "
     "morts ?\n\nKerbrat : Trois sont morts sur notre pont.", "fr"),
])
def test_the_figures_after_a_question_count_what_it_asks_for(text, lang):
    # (not the survivors the article counted before the question)
    by_value = {c.figure.value: c for c in claims(text, lang=lang)}
    assert by_value[150].population == by_value[200].population == "people"
    assert by_value[40].population == by_value[11].population == "survivors"


@pytest.mark.parametrize("text, lang", [
    ("Les ravisseurs ont enlevé 287 élèves selon l'école. 31 élèves se sont échappés, 42 ont été libérés dimanche et "
     "103 élèves sont toujours retenus, selon le gouverneur.", "fr"),
    ("Gunmen abducted 287 pupils, the school said. Some 31 pupils escaped, 42 were freed on Sunday and 103 pupils are "
     "still held, the governor said.", "en"),
])
def test_an_abductions_counts_are_four_quantities(text, lang):
    # those taken, those who escaped, those freed, those still held: never one count set against another
    got = {c.figure.value: c.measure for c in claims(text, lang=lang, published="2029-03-14")}
    assert got == {287: "abducted", 31: "escaped", 42: "freed", 103: "held"}


@pytest.mark.parametrize("text, lang, year", [
    ("It is the deadliest dam failure since the Malvoisin dam burst in 1959, which killed more than 200 people, "
     "according to the national archives.", "en", 1959),
    ("Le barrage de Malvoisin a cédé en 1959, faisant plus de 200 morts selon les archives.", "fr", 1959),
    ("According to UNHCR, 1,240 people died or went missing on the route in 2027.", "en", 2027),
])
def test_a_past_years_figure_is_of_that_year(text, lang, year):
    [c] = claims(text, lang=lang, published="2031-10-06")
    assert c.as_of == dt.date(year, 12, 31)


@pytest.mark.parametrize("text, lang", [
    ("À Port-Lerane, 5 morts selon la mairie. La directrice de l'ANPC compte 14 morts dans l'ensemble de la vallée.",
     "fr"),
    ("In Port Lerane, the town hall counted 5 dead. The agency counted 14 dead across the whole valley.", "en"),
])
def test_the_whole_stricken_valley_is_not_the_town_of_the_page(text, lang):
    town, valley = claims(text, lang=lang, title="Port-Lerane")
    assert town.place == "port-lerane" and not valley.place


@pytest.mark.parametrize("text, lang, part", [
    ("The agency said it had recorded 31 cases of listeriosis. Five are pregnant women.", "en", "cases-women"),
    ("The ministry counted 40 dead. Twelve were children.", "en", "deaths-children"),
    ("L'agence a recensé 31 cas de listériose. Cinq sont des femmes enceintes.", "fr", "cases-women"),
    ("Les pompiers ont secouru 40 personnes, selon la préfecture. Douze étaient des touristes.", "fr",
     "people-foreigners"),
    ("The ministry counted 40 dead. Three were soldiers.", "en", "deaths-soldiers"),
])
def test_a_bare_figure_that_is_a_group_of_those_counted_is_a_part(text, lang, part):
    # "Five are pregnant women": some of the 31, a quantity of its own, never set against the 31
    whole, some = claims(text, lang=lang)
    assert (some.population, whole.population) == (part, part.split("-")[0])


@pytest.mark.parametrize("text, lang", [
    ("The second day of marches gathered fewer people than Thursday, according to all the counts. The ministry "
     "counted on Saturday 286,000 protesters in the whole country, against 412,000 on Thursday. The union speaks "
     "instead of nearly 900,000 persons, after the 1.3 million of Thursday.\n\nIn Dravik, the police counted 41,000 "
     "protesters, the union 150,000.", "en"),
    ("La deuxième journée a réuni moins de monde que jeudi, selon tous les décomptes. Le ministère a compté samedi "
     "286 000 manifestants dans tout le pays, contre 412 000 jeudi. Le syndicat parle plutôt de près de 900 000 "
     "personnes, après les 1,3 million de jeudi.\n\nÀ Dravik, la police a compté 41 000 manifestants, le syndicat "
     "150 000.", "fr"),
])
def test_the_earlier_day_a_march_is_compared_with_is_not_the_day_of_the_next_count(text, lang):
    # (Saturday's march stays the day of the page's counts: Thursday is only the figure it is set against)
    saturday, thursday, _, _, police, union = claims(text, lang=lang, published="2026-03-15")
    assert (saturday.as_of, thursday.as_of) == (dt.date(2026, 3, 14), dt.date(2026, 3, 12))
    assert police.as_of == union.as_of == dt.date(2026, 3, 14)


@pytest.mark.parametrize("text, lang", [
    ("On Saturday, the ministry counted 286,000 protesters. The union spoke of nearly 900,000 protesters, after the "
     "1.3 million of Thursday.", "en"),
    ("Samedi, le ministère a compté 286 000 manifestants. Le syndicat parle de près de 900 000 manifestants, après "
     "les 1,3 million de jeudi.", "fr"),
])
def test_the_day_of_the_figure_a_count_follows_is_not_its_own(text, lang):
    _, now, before = claims(text, lang=lang, published="2026-03-15")
    assert (now.as_of, before.as_of) == (dt.date(2026, 3, 14), dt.date(2026, 3, 12))


@pytest.mark.parametrize("text, lang", [
    ("Some 15,000 police officers were deployed, three thousand more than Thursday.", "en"),
    ("Quelque 15 000 policiers ont été mobilisés, trois mille de plus que jeudi.", "fr"),
])
def test_a_day_a_figure_is_compared_with_dates_nothing(text, lang):
    from claimgraph.extract.dates import dates_in
    assert dates_in(text, lang, dt.date(2026, 3, 15)) == []


@pytest.mark.parametrize("text, lang", [
    ("On Tuesday, 41,600 teachers were on strike, the ministry said, and 1,380 schools were closed. On Wednesday, "
     "the ministry said 890 schools were closed.", "en"),
    ("Mardi, 41 600 enseignants étaient en grève selon le ministère, et 1 380 écoles étaient fermées. Mercredi, le "
     "ministère a compté 890 écoles fermées.", "fr"),
])
def test_the_schools_a_strike_day_closed_are_counted_per_day(text, lang):
    # (1,380 on Tuesday and 890 on Wednesday are two days' closures, not one count revised down)
    strikers, tuesday, wednesday = claims(text, lang=lang, published="2027-03-11")
    assert (tuesday.as_of, wednesday.as_of) == (dt.date(2027, 3, 9), dt.date(2027, 3, 10))
    assert tuesday.quantity_id != wednesday.quantity_id
    assert tuesday.quantity_id.endswith("2027-03-09")
