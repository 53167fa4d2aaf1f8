"""Numbers that are not claims, as classes: clock times, identifiers, match scores,
emergency and phone numbers, week numbers, measurements (speed, distance,
temperature) and coefficients. Each sentence is our own; where natural, a real
count stands next to the non-claim number and must still be found."""
import pytest

from claimgraph.extract import extract
from claimgraph.extract.figures import find_figures
from claimgraph.model import Document


def values(sentence, lang):
    return [m.value if m.value is not None else (m.lower, m.upper) for m in find_figures(sentence, lang)]


def claimed(text, lang):
    doc = Document("t", text=text, language=lang, published="2025-03-10", publisher="Test Wire")
    return [c.figure.value for c in extract(doc)]


# --- clock times ------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,lang,expected", [
    ("Le séisme a frappé à 7 h 12 et fait au moins 120 morts, selon la protection civile.", "fr", [120]),
    ("Le séisme a frappé vers 19 heures 30 et fait 120 morts.", "fr", [120]),
    ("La coupure a commencé à 14h30 et privé 8 000 foyers d'électricité.", "fr", [8000]),
    ("Le dernier bus est parti à 23:59 avec 45 passagers.", "fr", [45]),
    ("The quake struck at 7.30pm and killed 120 people.", "en", [120]),
    ("The quake struck at 7.30 on Monday and killed 120 people.", "en", [120]),
    ("The last train left at 23:59 with 45 passengers on board.", "en", [45]),
    ("The first strike was reported at 0700 GMT; 35 people were wounded.", "en", [35]),
    ("Les premiers tirs ont été signalés à 0700 GMT ; 35 personnes ont été blessées.", "fr", [35]),
    # translated copy's clock ("alle ore 7.30", "a las 11")
    ("Le bilan rendu lundi aux heures 7.30 par la préfecture fait état de 6 morts.", "fr", [6]),
    ("Dimanche aux heures 11, la préfecture parlait de 3 morts.", "fr", [3]),
    ("The count given on Monday at the hours 23.15 by the Civil Guard was 19 arrested.", "en", [19]),
])
def test_clock_times_are_not_counts(sentence, lang, expected):
    assert values(sentence, lang) == expected


# --- identifiers ------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,lang,expected", [
    ("The laboratory found serotype 3 of the virus, the ministry said; it counted 4,812 cases.", "en", [4812]),
    ("Le laboratoire a identifié le sérotype 3 du virus ; le ministère compte 4 812 cas.", "fr", [4812]),
    # a virus named by its number
    ("Samples from 12 of the children tested positive for echovirus 30, the agency said.", "en", [12]),
    ("Les prélèvements de 12 enfants sont positifs à l'entérovirus 71, selon l'agence.", "fr", [12]),
    ("Le vol AF 447 transportait 228 passagers.", "fr", [228]),
    ("Le vol AF447 transportait 228 passagers.", "fr", [228]),
    ("Flight BA 2490 was carrying 154 passengers.", "en", [154]),
    ("Flight BA2490 was carrying 154 passengers.", "en", [154]),
    ("Le TGV 6123 transportait 480 voyageurs.", "fr", [480]),
    ("Le train 6123 transportait 480 voyageurs.", "fr", [480]),
    ("Un carambolage sur l'A7 a fait 3 blessés.", "fr", [3]),
    ("La RN 568 a été coupée et 200 personnes ont été évacuées.", "fr", [200]),
    ("La route nationale 4 a été rouverte pour 300 camions.", "fr", [300]),
    ("The M6 was closed and 300 drivers were stranded.", "en", [300]),
    # batch numbers of a recall
    ("L'agence a rappelé 3 000 boîtes des lots 24 et 25.", "fr", [3000]),
    ("The agency recalled 3,000 boxes from batches 24 and 25.", "en", [3000]),
    # a road named by its letters and number, as translated copy writes it
    ("La police a envoyé 40 policiers sur la route DK 28, laquelle reste fermée.", "fr", [40]),
    ("Police sent 40 officers to the road A 38, which stayed closed.", "en", [40]),
    ("A pile-up on I-95 left 40 people injured.", "en", [40]),
    # a road's letter and number with a space, even before "and" and a noun: « la D 614 et les bus »
    ("Le SDIS compte 9 blessés. La circulation est coupée sur la D 614 et les bus sont déviés.", "fr", [9]),
    ("Un camion s'est renversé sur l'A 7 et 30 véhicules ont été bloqués.", "fr", [30]),
    ("On the A 76 about 1,900 vehicles were stuck; the M 25 and the I 5 stayed open.", "en", [1900]),
    ("The company disclosed in a form 8-K that 1,200 workers would be laid off.", "en", [1200]),
    ("The company filed a Form 4 showing 300 employees had sold shares.", "en", [300]),
    ("The flaw, CVE-2024-1234, affected 30,000 servers.", "en", [30000]),
    ("Dans l'affaire n° 23/0145, 12 prévenus comparaissent.", "fr", [12]),
    ("Dans l'affaire 23/0145, 12 prévenus comparaissent.", "fr", [12]),
    ("In case No. 23-0145, 12 defendants appeared.", "en", [12]),
    ("Dans l'affaire 23-145, 12 prévenus comparaissent.", "fr", [12]),
    # a count after a party's initials or a national body stays a count
    ("Labour won 40 seats and the SNP 12.", "en", [40, 12]),
    ("À l'Assemblée nationale 300 députés ont voté contre.", "fr", [300]),
    ("Russia called up 300,000 reservists.", "en", [300_000]),
])
def test_identifiers_are_not_counts(sentence, lang, expected):
    assert values(sentence, lang) == expected


@pytest.mark.parametrize("sentence,lang,expected", [
    # a place's or a vehicle's number, even with a plural noun after it
    ("Route 9 buses ran every ten minutes and 30 extra buses were added.", "en", [30]),
    ("Two helicopters, Rescue 115 and Rescue 117, and five lifeboats took part.", "en", [2, 5]),
    ("Some 300 passengers were stuck at Terminal 2 and 40 in lecture hall 4.", "en", [300, 40]),
    ("Et l'amphi 4, qui accueille 300 étudiants, était vide.", "fr", [300]),
    ("La ligne 13 a transporté 2 000 voyageurs et la salle 12 a accueilli 80 personnes.", "fr", [2000, 80]),
    ("L'avion a atterri sur la piste 31 avec 154 passagers à bord.", "fr", [154]),
    # the same nouns counted are counts
    ("Three lines and 12 platforms were closed.", "en", [3, 12]),
])
def test_numbered_places_are_not_counts(sentence, lang, expected):
    assert values(sentence, lang) == expected


# --- match scores -----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,lang,expected", [
    ("Le match s'est terminé sur le score de 5-0 devant 45 000 spectateurs.", "fr", [45000]),
    ("Lyon s'est imposé 3 à 1 devant 50 000 spectateurs.", "fr", [50000]),
    ("Lyon s'est imposé 3 buts à 1 devant 50 000 spectateurs.", "fr", [50000]),
    ("Le PSB s'impose 84 à 79 face à Nantes devant 6 000 supporters.", "fr", [6000]),
    ("Une victoire 2-1 arrachée devant 30 000 supporters.", "fr", [30000]),
    ("England were 312-6 at stumps in front of 20,000 fans.", "en", [20000]),
    ("The home side won 3-1 in front of 50,000 fans.", "en", [50000]),
    ("The game ended 1-1 and 12 fans were arrested.", "en", [12]),
    ("Their 2-3 defeat was watched by 41,000 spectators.", "en", [41000]),
])
def test_match_scores_are_not_counts(sentence, lang, expected):
    assert values(sentence, lang) == expected


@pytest.mark.parametrize("sentence,lang,expected", [
    # a range of a count stays a range, even next to a match
    ("Le match a réuni entre 300 et 400 supporters.", "fr", [(300, 400)]),
    ("Le match a réuni de 300 à 400 supporters.", "fr", [(300, 400)]),
    ("Between 300 and 400 fans attended the match.", "en", [(300, 400)]),
    ("The match drew between 300 and 400 fans.", "en", [(300, 400)]),
])
def test_ranges_of_counts_are_not_scores(sentence, lang, expected):
    assert values(sentence, lang) == expected


# --- emergency and phone numbers --------------------------------------------------------------
@pytest.mark.parametrize("sentence,lang,expected", [
    ("Les secours ont reçu 400 appels au 112.", "fr", [400]),
    ("Les témoins ont appelé le 17 et 30 policiers sont arrivés.", "fr", [30]),
    ("Un voisin a composé le 18 ; 30 pompiers ont été dépêchés.", "fr", [30]),
    ("Le Samu, joint au 15, a pris en charge 14 blessés.", "fr", [14]),
    ("Residents who dialled 911 reported 40 fires.", "en", [40]),
    ("More than 2,000 people called 999 overnight.", "en", [2000]),
    ("Police said 2,000 calls were made to 911 overnight.", "en", [2000]),
    ("Le numéro vert 0 800 06 66 66 a reçu 5 000 appels.", "fr", [5000]),
    ("For information the parish gives the number 0361 22 48 15; 41 people survived, police said.", "en", [41]),
    ("The hotline, 0800 555 0199, took 5,000 calls.", "en", [5000]),
    ("Britain's 999 service handled 12,000 calls.", "en", [12000]),
    # three groups, the last of four digits: no thousands grouping is written so
    ("La CEPC a mis à disposition le numéro 800 226 3311 ; 14 personnes restent introuvables.", "fr", [14]),
    ("Relatives can call 800 226 3311; 14 people are still missing.", "en", [14]),
    ("Some 800 226 families were rehoused.", "en", [800226]),
    # a count next to an emergency number is still a count
    ("Some 15 people called 112 and 18 were hurt.", "en", [15, 18]),
])
def test_emergency_and_phone_numbers_are_not_counts(sentence, lang, expected):
    assert values(sentence, lang) == expected


# --- week numbers -----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,lang,expected", [
    ("En semaine 15, 1 200 cas ont été signalés.", "fr", [1200]),
    ("Au cours de la semaine 15, 1 200 cas ont été signalés.", "fr", [1200]),
    ("En S15, 1 200 cas ont été signalés.", "fr", [1200]),
    ("In week 15, 1,200 cases were reported.", "en", [1200]),
    ("In week no. 15, 1,200 cases were reported.", "en", [1200]),
    ("By W15, 1,200 cases had been reported.", "en", [1200]),
    # a count after "this week" is a count
    ("This week 15 people died.", "en", [15]),
    ("The agency said 300 people died in week 3 of the offensive.", "en", [300]),
    ("Le bilan s'est alourdi à 300 morts en semaine 3.", "fr", [300]),
    ("Up from 1.08 million the week before, 1.28 million marched.", "en", [1_080_000, 1_280_000]),
    ("Cette semaine 15 personnes sont mortes.", "fr", [15]),
])
def test_week_numbers_are_not_counts(sentence, lang, expected):
    assert values(sentence, lang) == expected


# --- measurements -----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,lang,expected", [
    # speed
    ("Winds of 180 km/h left 12,000 homes without power.", "en", [12000]),
    ("Winds of 110 mph left 12,000 homes without power.", "en", [12000]),
    ("Winds of 110mph left 12,000 homes without power.", "en", [12000]),
    ("Winds of 60 knots forced 300 boats back to port.", "en", [300]),
    ("Des rafales à 180 km/h ont privé 12 000 foyers d'électricité.", "fr", [12000]),
    ("Des vents de 60 nœuds ont obligé 300 bateaux à rentrer au port.", "fr", [300]),
    ("Des vents de 60 noeuds ont obligé 300 bateaux à rentrer au port.", "fr", [300]),
    # distance
    ("Sur 40 km, 2 000 arbres sont tombés.", "fr", [2000]),
    ("À 500 m du site, 80 maisons ont été évacuées.", "fr", [80]),
    ("Over 40 miles, 2,000 trees fell.", "en", [2000]),
    ("Within 500 m of the site, 80 homes were evacuated.", "en", [80]),
    ("Some 80 homes 500m from the plant were evacuated.", "en", [80]),
    ("The ash cloud rose 3,000 metres and 900 flights were cancelled.", "en", [900]),
    # temperature
    ("Avec 40 °C, 1 500 personnes ont été hospitalisées.", "fr", [1500]),
    ("Avec 40°C, 1 500 personnes ont été hospitalisées.", "fr", [1500]),
    ("Avec 40 degrés, 1 500 personnes ont été hospitalisées.", "fr", [1500]),
    ("Temperatures hit 40C and 1,500 people were admitted to hospital.", "en", [1500]),
    ("Temperatures hit 104F and 1,500 people were admitted to hospital.", "en", [1500]),
    ("Temperatures hit 104 °F and 1,500 people were admitted to hospital.", "en", [1500]),
    ("Temperatures hit 40 degrees Celsius and 1,500 people were admitted to hospital.", "en", [1500]),
    ("It had 150 of the discounted 55-inch televisions in stock.", "en", [150]),
    # an abbreviated million sticks to its figure ("2.5m people"); after a space, "m" is metres
    ("The basket fell from a height of about 25 m. Some 2.5m people watched.", "en", [2_500_000]),
    # a temperature below zero with no unit ("au moins 12" is still a count)
    ("The wind chill up there was about minus 12, and 60 people walked down.", "en", [60]),
    ("Il faisait moins 12 au col et au moins 12 voitures sont restées bloquées.", "fr", [12]),
])
def test_measurements_are_not_counts(sentence, lang, expected):
    assert values(sentence, lang) == expected


@pytest.mark.parametrize("sentence,lang,expected", [
    # "m" is still a scale word for money and people
    ("The appeal raised £5m for 300 families.", "en", [300]),
    ("About 2.5m people live in the region.", "en", [2_500_000]),
    # a fighter jet named with a letter is not a temperature
    ("Kyiv received 24 F-16 jets.", "en", [24]),
])
def test_scale_words_and_names_around_units(sentence, lang, expected):
    assert values(sentence, lang) == expected


# --- coefficients and ratios ------------------------------------------------------------------
@pytest.mark.parametrize("sentence,lang,expected", [
    ("Avec un coefficient 1,5, 300 postes sont concernés.", "fr", [300]),
    ("Avec un coefficient de 1,5, 300 postes sont concernés.", "fr", [300]),
    ("Les prix ont été multipliés par 2 et 300 commerces ont fermé.", "fr", [300]),
    ("Le nombre de cas a été multiplié par 3 : 1 200 malades ont été recensés.", "fr", [1200]),
    ("Les loyers ont augmenté x2 et 300 familles ont été expulsées.", "fr", [300]),
    ("Le risque est 3 fois plus élevé pour les 1 200 riverains.", "fr", [1200]),
    ("Prices rose x2 while 300 shops closed.", "en", [300]),
    ("Prices rose × 2 while 300 shops closed.", "en", [300]),
    ("A multiplier of 1.5 applied to 300 staff.", "en", [300]),
    ("Cases rose by a factor of 3 and 1,200 patients were admitted.", "en", [1200]),
    ("The risk is 3 times higher for the 1,200 residents.", "en", [1200]),
    # a ratio's second term: "one for every seven", « un pour sept »
    ("L'association a placé 64 kayakistes, un pour 7 nageurs.", "fr", [64]),
    ("The club placed 64 kayakers, one for every 7 swimmers.", "en", [64]),
    ("The club placed 64 kayakers, one per 7 swimmers.", "en", [64]),
    # a grade and a numbered courtroom or room
    ("La bourse de l'échelon 7 baisse pour 300 étudiants.", "fr", [300]),
    ("In court 4, 12 hearings were adjourned.", "en", [12]),
])
def test_coefficients_and_ratios_are_not_counts(sentence, lang, expected):
    assert values(sentence, lang) == expected


# --- through the whole extractor --------------------------------------------------------------
@pytest.mark.parametrize("text,lang,expected", [
    ("Le vol AF 447 transportait 228 passagers, a indiqué la compagnie.", "fr", [228]),
    ("Le match s'est terminé sur le score de 5-0 devant 45 000 spectateurs, selon le club.", "fr", [45000]),
    ("Winds of 180 km/h left 12,000 homes without power, the utility said.", "en", [12000]),
    ("Winds of 110 mph left 12,000 homes without power, the utility said.", "en", [12000]),
    ("Selon la préfecture, 30 pompiers sont intervenus après un appel au 18 vers 7 h 12.", "fr", [30]),
    ("More than 2,000 people called 999 at 23:59, the ambulance service said.", "en", [2000]),
    ("En semaine 15, Santé publique France a recensé 1 200 cas.", "fr", [1200]),
    ("In week 15, the health agency counted 1,200 cases.", "en", [1200]),
    ("Le ministère a relevé 40 °C et compté 1 500 hospitalisations.", "fr", [1500]),
    ("The ministry said 300 workers were affected, with overtime paid at a coefficient of 1.5.", "en", [300]),
])
def test_the_extractor_claims_only_the_count(text, lang, expected):
    assert claimed(text, lang) == expected


@pytest.mark.parametrize("sentence, lang, expected", [
    ("La SNCF indique que les TER 76512 et 76518 sont supprimés.", "fr", []),
    ("L'A61 est fermée entre les sorties 24 et 25.", "fr", []),
    ("The road is blocked at kilometer 112 by a slide.", "en", []),
    ("Winds were blowing at force 6, with 40 boats in port.", "en", [40]),
    ("All were men aged between 19 and 34, police said.", "en", []),
    ("Le maire de cette commune de 1 900 habitants a accueilli 340 personnes.", "fr", [340]),
    ("It is a town of 5,000 people where 300 homes were lost.", "en", [300]),
    ('"They are walking away," said the president of Local 1187.', "en", []),
])
def test_codes_in_pairs_markers_ages_and_the_size_of_a_place_are_not_counts(sentence, lang, expected):
    assert values(sentence, lang) == expected


@pytest.mark.parametrize("sentence, lang, expected", [
    ("The fourth victim, a man of 82, died at the hospital.", "en", []),
    ("The dead include a woman of 79 and her husband, 81, found in a house.", "en", []),
    ("The city's information line is 211; police said 40 people were hurt.", "en", [40]),
    ("Le numéro vert 1510 est ouvert ; la préfecture compte 40 blessés.", "fr", [40]),
    ("« Ce n'est pas 64, c'est plus de 120 détenus qui sont sortis », dit-il.", "fr", [120]),
    ("Route 41 is closed between mile markers 12 and 19.", "en", []),
    ("Les blessés ont été transportés à une trentaine de kilomètres.", "fr", []),
])
def test_ages_phone_lines_rates_denied_figures_and_distances_are_not_counts(sentence, lang, expected):
    assert values(sentence, lang) == expected


@pytest.mark.parametrize("sentence, lang, expected", [
    ("« Qu'il y ait eu 30 000 ou 50 000 personnes, la commune a tenu », a-t-il assuré.", "fr", []),
    ("More than 400 families had spent two nights outdoors.", "en", [400]),
    # a span of generations is a time, not people
    ("« Nos familles font cette foire depuis cinq générations », dit-il ; 300 familles sont là.", "fr", [300]),
    ("Our families have run this fair for five generations; 300 families came.", "en", [300]),
])
def test_hypothetical_figures_and_nights_are_not_counts(sentence, lang, expected):
    assert values(sentence, lang) == expected


@pytest.mark.parametrize("sentence, lang, expected", [
    ('"I\'ve been to four stations since 7 a.m.," said Martine Leclerc.', "en", []),
    ("The board said it was deploying five investigators.", "en", [5]),
])
def test_a_persons_own_errands_in_number_words_are_not_counts(sentence, lang, expected):
    assert values(sentence, lang) == expected


# --- rates and concentrations -----------------------------------------------------------------
@pytest.mark.parametrize("sentence,lang,expected", [
    ("The crew cleaned 600 cabins with a solution at 1,000 parts per million.", "en", [600]),
    ("Les agents ont nettoyé 600 cabines avec une solution à 1 000 parties par million.", "fr", [600]),
    ("Samples showed 20 ppm of chlorine in 14 wells.", "en", [14]),
    ("The region reports 12 cases per million inhabitants and 340 cases in all.", "en", [12, 340]),
    ("La région compte 4 lits pour 1 000 habitants et 900 lits au total.", "fr", [4, 900]),
    # a power of ten after "par" that counts people is a count: "attaqués par 1 000 soldats"
    ("Le village a été attaqué par 1 000 soldats.", "fr", [1000]),
])
def test_a_rate_s_denominator_and_a_concentration_are_not_counts(sentence, lang, expected):
    assert values(sentence, lang) == expected


def test_per_before_a_unit_is_a_rate_not_a_source():
    doc = Document("t", text="Since Saturday the company has isolated 190 cabins, using a solution at 1,000 parts per "
                             "million, its director said.", language="en", published="2025-03-10", publisher="Test Wire")
    # ("its director", with no name after it, speaks for the company the sentence opened with)
    assert [(c.claimant.name, c.figure.value) for c in extract(doc)] == [("the company", 190)]


def test_a_number_glued_to_a_word_in_parentheses_is_no_count():
    assert values("Selon les organisateurs, 25 000 personnes ont défilé <script>alert(2)</script>.", "fr") == [25000]
    assert values("The note(3) says 40 people were rescued.", "en") == [40]


@pytest.mark.parametrize("sentence,lang,expected", [
    ("Le Gouvernorat a ouvert la ligne 0 (346) 225 18 40 pour les 300 familles.", "fr", [300]),
    ("Call (0346) 225 18 40: 300 families have been moved.", "en", [300]),
])
def test_phone_numbers_with_an_area_code_in_brackets_are_not_counts(sentence, lang, expected):
    assert values(sentence, lang) == expected


@pytest.mark.parametrize("sentence,lang,expected", [
    ("Helicopters searched an area of about 300 square nautical miles and found 12 survivors.", "en", [12]),
    ("Six corps ont été repêchés à une dizaine de milles du lieu du naufrage.", "fr", [6]),
    ("Deux mille manifestants ont défilé.", "fr", [2000]),
])
def test_distances_at_sea_are_not_counts(sentence, lang, expected):
    assert values(sentence, lang) == expected


@pytest.mark.parametrize("sentence,lang,expected", [
    ("Sept tours dépassaient le seuil de 100 000 UFC par litre, et 12 cas sont confirmés.", "fr", [7, 12]),
    ("Seven towers were above 100,000 CFU per litre, and 12 cases are confirmed.", "en", [7, 12]),
    ("La plateforme ouverte au 0 800 130 418 a reçu 380 appels.", "fr", [380]),
    ("Le ministère a annoncé une aide de 50.000 livres turques pour 300 familles.", "fr", [300]),
    ("La bibliothèque a prêté 2 000 livres.", "fr", [2000]),
])
def test_germ_counts_free_numbers_and_pounds_are_not_counts(sentence, lang, expected):
    assert values(sentence, lang) == expected


@pytest.mark.parametrize("sentence,lang,expected", [
    ("The shelling began at 5 in the morning and killed 12 people.", "en", [12]),
    ("The union raised its count to 128,000 in the evening.", "en", [128000]),
    ("Vers 5 du matin, 40 personnes ont été évacuées.", "fr", [40]),
])
def test_an_hour_of_the_day_is_no_count_but_a_count_in_the_evening_is(sentence, lang, expected):
    assert values(sentence, lang) == expected


@pytest.mark.parametrize("sentence,lang,expected", [
    # a trunk prefix then groups of any size: no count starts with 0
    ("Traveline can be reached on 0871 200 22 33; it logged 300 calls.", "en", [300]),
    ("Renseignements au 0812 450 33 21 : 300 appels ont été reçus.", "fr", [300]),
    # "every 10": how often a bus runs, not how many
    ("The X12 ran every 20 minutes instead of every 10, and 210 buses ran.", "en", [210]),
])
def test_phone_numbers_however_grouped_and_frequencies_are_not_counts(sentence, lang, expected):
    assert values(sentence, lang) == expected


@pytest.mark.parametrize("sentence,lang,expected", [
    # the numbers of several lines, platforms or gates, and a date inside a street's name
    ("Les lignes 4, 7 et 12 desservent de nouveau le quartier ; 300 bus circulent.", "fr", [300]),
    ("Trains on platforms 3 and 4 were cancelled; 1,200 passengers waited.", "en", [1200]),
    ("Un policier a été blessé rue du 8-Mai-1945, où 40 voitures ont brûlé.", "fr", [40]),
])
def test_numbers_of_several_things_and_dates_in_names_are_not_counts(sentence, lang, expected):
    assert values(sentence, lang) == expected


def test_an_infinitive_after_its_preposition_has_no_subject():
    assert claimed("Pour signaler un incendie : le 18 ou le 112.", "fr") == []


@pytest.mark.parametrize("sentence,lang,expected", [
    # the other language's decimal point before a scale word, in a French page translated from English
    ("Le rappel concerne 2.4 millions d'œufs vendus dans 1,146 magasins.", "fr", [2400000, 1146]),
    ("Le rappel concerne 2.500 boîtes.", "fr", [2500]),   # (three digits after the point: thousands)
])
def test_a_decimal_point_before_a_scale_word_in_french(sentence, lang, expected):
    assert values(sentence, lang) == expected


# --- proportions ------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,lang,expected", [
    ("« Près de neuf pharmacies sur dix sont fermées », a dit le président de la fédération.", "fr", []),
    ("Selon le syndicat, 7 écoles sur 10 sont fermées et 1 200 enseignants en grève.", "fr", [1200]),
    ("Police said 7 in 10 drivers stopped were over the limit; 45 were arrested.", "en", [45]),
    ("One in five homes was flooded and 300 people left, officials said.", "en", [300]),
    ("Three out of ten flights were cancelled and 2,000 passengers stranded, the airport said.", "en", [2000]),
    # a whole that is no proportion's base is a count, and so is its part ("2 of the 5 wings")
    ("Selon la direction, 2 quartiers sur 5 sont fermés aux visites.", "fr", [2, 5]),
    ("Officials said 30 out of 110 schools were closed.", "en", [30, 110]),
    # "in" after a noun is where, not a proportion
    ("Police said 3 people were arrested in 10 cities.", "en", [3, 10]),
])
def test_proportions_are_not_counts(sentence, lang, expected):
    assert values(sentence, lang) == expected


# --- so many per unit -------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,lang,expected", [
    ("Certains producteurs ont allumé jusqu'à 400 bougies par hectare, et 300 exploitations sont touchées.", "fr", [300]),
    ("Farmers lit up to 400 candles per hectare; 300 farms were hit.", "en", [300]),
    ("The council hands out 2 bins per household and collected 1,200 tonnes.", "en", [1200]),
    # a concentration: so much per volume
    ("Readings reached 187 micrograms per cubic metre and 40 people were treated.", "en", [40]),
    ("Les relevés ont atteint 187 microgrammes par mètre cube et 40 personnes ont été soignées.", "fr", [40]),
    # a daily count is still a count
    ("Les urgences ont reçu 120 patients par jour, selon l'hôpital.", "fr", [120]),
])
def test_so_many_per_unit_is_a_rate(sentence, lang, expected):
    assert values(sentence, lang) == expected


@pytest.mark.parametrize("sentence,lang,expected", [
    ("Joint par nos soins, le chef de poste dément avoir parlé de 3 000 piqûres ; 300 personnes ont été soignées.", "fr", [300]),
    ("The lifeguard denied having said 3,000, and 300 people were treated.", "en", [300]),
])
def test_a_figure_someone_denies_giving_is_not_theirs(sentence, lang, expected):
    assert values(sentence, lang) == expected


@pytest.mark.parametrize("sentence,lang,expected", [
    ('"It costs me a day off," said a nurse, 41, the mother of a pupil; 300 canteens were shut.', "en", [300]),
    ("« Je dois poser une journée », raconte une infirmière, 41 ans ; 300 cantines sont restées fermées.", "fr", [300]),
    # a count after "a" and a noun is still a count
    ("The strike hit a region, 41 schools in all, the union said.", "en", [41]),
])
def test_the_age_of_a_person_brought_in_with_a_is_not_a_count(sentence, lang, expected):
    assert values(sentence, lang) == expected



def test_an_abbreviated_month_in_a_french_dateline_is_a_date(corpus_dir):
    from claimgraph.extract import extract
    from claimgraph.ingest import read_article
    # "MONTAUZAN (Val-d'Aurance), 15 juil 2026 (AHP) - Vingt-trois personnes, dont sept enfants, ..."
    doc = read_article(corpus_dir.parent / "corpus16" / "fr-depeche-feu-artifice-montauzan.txt")
    dateline = {c.figure.value for c in extract(doc) if c.evidence.startswith("MONTAUZAN")}
    assert 23 in dateline and 15 not in dateline


# --- ranks, round-the-clock phrases, numbers to use, sizes in millimetres ----------------------
@pytest.mark.parametrize("sentence,lang,expected", [
    ("Category 1 calls are covered in full, the trust said, and 40 paramedics joined the strike.", "en", [40]),
    ("Une alerte de niveau 3 a été déclenchée et 120 pompiers sont mobilisés, selon la préfecture.", "fr", [120]),
    # small money: "9 cents", « 9 centimes », "1.3 billion crowns"
    ("The tax adds 9 cents to a litre and raises 1.3 billion crowns, and 300 people marched, police said.", "en", [300]),
    ("La taxe ajoute 9 centimes par litre, et 300 personnes ont manifesté, selon la police.", "fr", [300]),
    # the top of the scale is no count either
    ("Le massif était en risque d'avalanche 4 sur 5 et 30 secouristes sont engagés, selon la préfecture.", "fr", [30]),
    ("The fire danger stood at level 4 out of 5, and 30 crews were on standby, the service said.", "en", [30]),
    ("The line is open 24 hours a day, the trust said, and 40 staff answer it.", "en", [40]),
    ("Caléore a ouvert un numéro joignable 24 heures sur 24, et 40 agents sont mobilisés, selon la direction.", "fr", [40]),
    ("Please use 999 for emergencies, said Dr Merrick; 380 staff are on strike.", "en", [380]),
    ("Une canalisation de 400 millimètres de diamètre a cédé et 9 000 personnes sont privées de chauffage, "
     "a indiqué Caléore.", "fr", [9000]),
])
def test_ranks_rates_numbers_to_call_and_sizes_are_not_counts(sentence, lang, expected):
    assert values(sentence, lang) == expected


@pytest.mark.parametrize("sentence,lang,expected", [
    ("At seven this morning our rosters showed that 380 staff were on strike, Merrick said.", "en", [380]),
    ("We are very far from 800, the doctor said, and 12 cases are confirmed.", "en", [12]),
    ("« J'ai parlé de 80 élèves absents dans mon secteur, pas de 800 enfants malades », dit l'infirmière.", "fr", [80]),
    ("« Nous sommes très loin de 800 », souligne le médecin, qui compte 12 cas.", "fr", [12]),
])
def test_an_hour_of_this_morning_and_a_figure_far_from_the_truth_are_not_counts(sentence, lang, expected):
    assert values(sentence, lang) == expected


@pytest.mark.parametrize("sentence, bounds", [
    ("Police said tens of residents refuse to leave.", (20, 99)),
    ("Police said tens of thousands of people marched.", (20_000, 99_999)),
])
def test_tens_alone_are_dozens_and_tens_of_thousands_stay_so(sentence, bounds):
    from claimgraph.extract import extract
    from claimgraph.model import Document
    [c] = extract(Document("t", text=sentence, language="en", published="2026-03-10", publisher="Wire"))
    assert (c.figure.lower, c.figure.upper) == bounds


# --- volumes, weights, durations, and what a speaker lists -------------------------------------
@pytest.mark.parametrize("text,lang,expected", [
    ('"We counted 300 boars," said Marc Viguier. "Three things. First, 40 hunts took place."', "en", [300, 40]),
    ("« Nous avons compté 300 sangliers », affirme Marc Viguier. « Trois choses. D'abord, 40 battues ont eu lieu. »",
     "fr", [300, 40]),
    ("The agency said 300 sheep had died. It thinks up to 18,000 litres of effluent reached the drain.", "en", [300]),
    ("La préfecture a recensé 300 moutons morts. Elle estime que 18 000 litres d'effluents ont atteint le fossé.",
     "fr", [300]),
    ("The union said 40 drivers walked out. Talks had lasted 14 hours.", "en", [40]),
    # counted events stay counts: "37 times"
    ("The minister said 12 drones had been shot down. She added that drones had crossed into its airspace 37 times "
     "since March.", "en", [12, 37]),
])
def test_volumes_durations_and_lists_are_not_counts_of_what_came_before(text, lang, expected):
    assert claimed(text, lang) == expected


# --- grades on a scale ------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,lang,expected", [
    ("Selon le capitaine, 42 secouristes sont engagés ; le risque d'avalanche, classé 4 sur une échelle de 5, "
     "reste fort.", "fr", [42]),
    ("The captain said 42 rescuers were at work; the avalanche risk, rated 4 on a scale of 5, was too high.", "en", [42]),
    ("The storm was rated 3 on the Saffir-Simpson scale; officials said 1,200 homes lost power.", "en", [1200]),
])
def test_grades_on_a_scale_are_not_counts(sentence, lang, expected):
    assert claimed(sentence, lang) == expected


# --- what a place holds or handles ------------------------------------------------------------
@pytest.mark.parametrize("text,lang,expected", [
    ("« Le hangar contenait environ 3 500 tonnes de papier », précise le directeur. Les pompiers ont engagé 80 "
     "sapeurs-pompiers.", "fr", [80]),
    ("Le centre traitait chaque année environ 45 000 tonnes de déchets ; la préfecture a évacué 120 habitants.",
     "fr", [120]),
    ("The shed contained about 3,500 tonnes of paper, the manager said. Firefighters sent 80 crews.", "en", [80]),
    # a count of what was seized or spilled is still a count
    ("Police said they seized 2.4 tonnes of fireworks.", "en", [2.4]),
])
def test_what_a_place_holds_is_not_a_count(text, lang, expected):
    assert claimed(text, lang) == expected


# --- bus and tram routes ----------------------------------------------------------------------
def test_bus_and_tram_routes_are_not_counts():
    text = ("Police said 40 homes were evacuated. Bus services 38 and 38A are being diverted, and the number 7 tram "
            "is suspended.")
    assert claimed(text, "en") == [40]


# --- figures the sentence names only to call false -------------------------------------------------
@pytest.mark.parametrize("text,lang,expected", [
    ("Le chiffre de 3 000 vols annulés est faux : la DGAC recense 1 240 annulations jeudi.", "fr", [1240]),
    ("« On était au moins 300 à dormir par terre, pas 120 », dit Sophie Garnier.", "fr", [300]),
    ("« C'est plus que la préfecture, mais on est très loin des 25 000 », dit la porte-parole.", "fr", []),
    ('The union said 1,400 dockers were out. "The figure of 1,400 is simply not right," the company said.', "en",
     [1400]),
    # a figure called false by someone else is still its speaker's ("X said 300, which the NGO disputes")
    ("The police said 300 people had died, a figure the NGO says is wrong.", "en", [300]),
    ("« Ce ne sont pas 19 crèches fermées, ce sont 26 crèches », dit la syndicaliste.", "fr", [26]),
    # a figure that opens the sentence only to be doubted: an echo of someone else's
    ("La mairie parle de 700 grévistes. Sept cents, nous ne l'avons jamais constaté.", "fr", [700]),
    ("La mairie parle de 700 grévistes. Sept cents, cela voudrait dire la moitié des agents.", "fr", [700]),
    ('The council said 700 staff walked out. "Seven hundred? That would mean half the staff," the union said.', "en",
     [700]),
    # not when the sentence goes on to count: "Sept cents grévistes, nous en avons compté"
    ("Sept cents grévistes, nous en avons compté ce matin devant la mairie.", "fr", [700]),
    ("La CGT parle de 9 écoles fermées. Neuf écoles, je n'ai pas vérifié.", "fr", [9]),
    ("La fédération avance 300 exploitations touchées. Trois cents, c'est plausible.", "fr", [300]),
    ("The union says 300 farms were hit. Three hundred, that's plausible.", "en", [300]),
])
def test_a_figure_named_to_be_called_false_is_nobodys_claim(text, lang, expected):
    assert claimed(text, lang) == expected


# --- a small figure after "the": spelled out it refers back, in digits it counts ---------------------
@pytest.mark.parametrize("sentence,lang,expected", [
    ("Les deux pays ont signé, et 40 observateurs étaient présents.", "fr", [40]),
    ("The two leaders met; 40 observers attended.", "en", [40]),
    ("La mairie indique que les 6 écoles de la ville sont ouvertes.", "fr", [6]),
    ("We called the 3 hospitals within 20 miles of the prison.", "en", [3]),
    # translated copy's days and hours: "the 13 of August", "the 6 of the afternoon"
    ("The count was made in 112 localities between the 4 and the 13 of August.", "en", [112]),
    ("Until the 6 of the afternoon it had identified 14 bodies.", "en", [14]),
])
def test_a_small_figure_after_the_counts_only_in_digits(sentence, lang, expected):
    assert values(sentence, lang) == expected


def test_a_number_sign_ends_no_sentence_before_its_number():
    # "road no. 187" was cut after "no.", and "187." opened a sentence of its own as a count of drivers
    assert claimed("Police said they had checked 640 drivers on the provincial road no. 187.", "en") == [640]


# --- figures a fact-check could not find, ages as thresholds, small lengths, bib numbers --------------
@pytest.mark.parametrize("text,lang,expected", [
    ("Police said 47 children were treated. We could not find any official figure of 47.", "en", [47]),
    ('The post says 47 were hurt. "I did not see anything like 47 ambulances," she said.', "en", []),
    ("La page parle de 47 enfants hospitalisés. Nous n'avons trouvé aucun chiffre officiel de 47 enfants.", "fr", [47]),
    # an age as a threshold, with no unit after it
    ('"There are 40 of us up here, half of us over 70," said Derek Hale.', "en", [40]),
    ("The ministry said 300 children under 5 had been vaccinated.", "en", [300]),
    ("Selon l'ARS, 300 enfants de moins de 5 ont été vaccinés.", "fr", [300]),
    # centimetres and millimetres are lengths
    ('"It cannot take 30 centimetres of wet snow," said the grower. Police said 12 greenhouses collapsed.', "en", [12]),
    # a runner's bib number
    ("Le vainqueur, qui portait le dossard 7, a dit que 40 coureurs avaient été soignés.", "fr", [40]),
    ("The winner, wearing bib number 7, told us 40 runners were treated.", "en", [40]),
])
def test_figures_not_found_ages_lengths_and_bib_numbers_are_not_claims(text, lang, expected):
    assert claimed(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # a figure quoted to be denied, or not recognised
    ('The trust said it treated 27 patients, not "over 300".', "en", [27]),
    ("Police said 40 people were hurt. I don't recognise 37.", "en", [40]),
    ("We could not find any source for the figure of 40 deaths. Police counted 12 deaths.", "en", [12]),
    ("La préfecture parle de 38 fuites. Trente-huit, non.", "fr", [38]),
    ("Je ne reconnais pas le chiffre de 45 blessés, dit le préfet, qui compte 30 blessés.", "fr", [30]),
    ("Le collectif parle de 27 morts. Même avec notre méthode, on n'arrive pas à 27 morts.", "fr", [27]),
    # money in other currencies
    ("Police issued 87 fines for a total of 18 400 zloty.", "en", [87]),
    ("La police a dressé 87 amendes pour 18 400 zlotys au total.", "fr", [87]),
])
def test_figures_denied_or_not_recognised_and_other_currencies(text, lang, expected):
    assert claimed(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # an emergency number in a service's name is no count, and the service still counts its own work
    ("La centrale opérative du service d'urgence sanitaire 118 a envoyé sur place 11 ambulances.", "fr", [11]),
    ("The operations centre of the 118 sent 11 ambulances, the region said.", "en", [11]),
])
def test_an_emergency_number_in_a_services_name_is_no_count(text, lang, expected):
    assert claimed(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # a vague crowd in the sentence after a speaker is the scene the reporter describes, not the speaker's count
    ("La gendarmerie a évacué 40 habitants. Des dizaines de voisins sont venus prêter main-forte.", "fr", [40]),
    ("Police said 40 people were evacuated. Hundreds of cars were parked along the forest roads.", "en", [40]),
    # a precise figure there still goes on in the speaker's voice
    ("Police said 40 people were evacuated. 12 cars were towed away.", "en", [40, 12]),
])
def test_a_vague_crowd_after_a_speaker_is_the_scene(text, lang, expected):
    assert claimed(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # a number word before "of them" is a part of a group counted before, in the sentence before too
    ("The hospital said it has treated 12 workers. Two of them remain in intensive care.", "en", [12, 2]),
    ("L'hôpital a soigné 12 ouvriers. Deux d'entre eux restent en réanimation.", "fr", [12, 2]),
])
def test_a_number_word_of_them_counts_a_part(text, lang, expected):
    assert claimed(text, lang) == expected


# --- the speaker's own family, days of a span, ways of counting -----------------------------
@pytest.mark.parametrize("sentence,lang,expected", [
    ("On nous a vaccinés lundi, mes trois enfants et moi. Selon l'hôpital, 40 personnes ont été vaccinées.", "fr", [40]),
    ("My two sons and I were vaccinated on Monday. The hospital said 40 people had been vaccinated.", "en", [40]),
    ("« Pour la semaine du 20 au 26, nous avons environ 2 700 nouveaux cas », a dit la directrice.", "fr", [2700]),
    ("For the week of 20 to 26 September, the WHO counted about 2,700 new cases.", "en", [2700]),
    ("« Ce sont deux manières de compter », a dit le ministre, qui recense 412 cas.", "fr", [412]),
])
def test_family_days_and_ways_are_not_counts(sentence, lang, expected):
    assert claimed(sentence, lang) == expected


@pytest.mark.parametrize("sentence,lang,expected", [
    ("Selon la CGT, 1 million 200 000 personnes ont manifesté.", "fr", [1_200_000]),
    ("La CGT revendique 2 millions 500 000 manifestants.", "fr", [2_500_000]),
    ("The union said 1 million 200 thousand people marched.", "en", [1_200_000]),
    # (two figures joined by "et" stay two)
    ("3 millions de personnes et 200 000 policiers", "fr", [3_000_000, 200_000]),
])
def test_millions_and_the_thousands_after_them_are_one_figure(sentence, lang, expected):
    assert values(sentence, lang) == expected


@pytest.mark.parametrize("sentence,lang,expected", [
    ("Police said 3,000-4,000 people marched.", "en", [(3000, 4000)]),
    ("La police a compté 3 000-4 000 manifestants.", "fr", [(3000, 4000)]),
    ("Un budget de 3 000-4 000 euros.", "fr", []),  # money, not a count
])
def test_a_range_with_a_bare_hyphen_between_thousands_is_a_range(sentence, lang, expected):
    assert values(sentence, lang) == expected


@pytest.mark.parametrize("sentence,lang,expected", [
    ("La préfecture a recensé 62 avalanches entre samedi 7 et mercredi 11.", "fr", [62]),
    ("Selon la préfecture, 62 avalanches ont été recensées entre le samedi 7 et le mercredi 11 février.", "fr", [62]),
    ("The prefecture recorded 62 avalanches between Saturday 7 and Wednesday 11.", "en", [62]),
])
def test_the_first_weekday_of_a_span_of_weekdays_is_a_day(sentence, lang, expected):
    assert claimed(sentence, lang) == expected
