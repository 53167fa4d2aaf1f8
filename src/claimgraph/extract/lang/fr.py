"""French data for the extractor: number words, qualifiers, reporting verbs,
counted nouns, time words. Patterns are regex fragments matched on the
original text with ``re.IGNORECASE``; apostrophes are normalised to ``'``
before matching.
"""

from . import _translated as _tr
from ._platforms import PLATFORMS as _PLATFORMS

CODE = "fr"

# Number words. Compounds ("quatre-vingt-dix", "dix mille") are summed and
# multiplied by numbers.parse_words.
NUMBER_WORDS = {
    "zéro": 0, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "cent": 100, "cents": 100, "mille": 1000,
}
# "un"/"une" only count inside a compound ("un million", "vingt et un").
ONE_WORDS = ("un", "une")
SCALES = {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, **_tr.SCALES}
TRANSLATED_SCALES = tuple(_tr.SCALES)   # (« 3,2 tūkst. » : des échelles après un chiffre seulement, pas des nombres)
DECIMAL_COMMA = True  # "1,28 million" is 1.28 million; "3.000" is three thousand

# "une centaine" is about 100; "des centaines" is vague.
APPROX_NOUNS = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}
APPROX_ARTICLE = r"(?:une|un)"
# Vague plurals: base word -> (low, high) multiplier of the unit.
VAGUE_UNITS = {"dizaines": (20, 99), "centaines": (200, 999), "milliers": (2000, 9999),
               "millions": (2e6, 9.99e6), "milliards": (2e9, 9.99e9)}
VAGUE_DETERMINERS = r"(?:des|plusieurs|quelques|de\s+nombreux|de\s+nombreuses|d'innombrables)"
VAGUE_OF = r"de"  # "des centaines de milliers"

# Qualifier words right before the figure, longest first.
QUALIFIERS = [
    (r"un\s+peu\s+plus\s+d[e']", "more_than"),
    (r"un\s+peu\s+moins\s+d[e']", "nearly"),
    (r"pas\s+moins\s+d[e']", "at_least"),
    (r"pas\s+plus\s+d[e']", "at_most"),
    # (« une foule qui ne dépassait pas 20 000 personnes », « n'aurait pas pu dépasser 20 000 » : un plafond)
    (r"(?:ne\s+|n['’])(?:dépass\w+|excèd\w+|excéd\w+)\s+pas|(?:ne\s+|n['’])(?:a|avait|aurait)\s+pas\s+(?:pu\s+)?"
     r"(?:dépasser|dépassé|excéder|excédé)", "at_most"),   # « pas plus de 200 » : 200 au plus, pas plus de 200
    (r"au\s+moins", "at_least"),
    (r"au\s+minimum", "at_least"),
    (r"plus\s+d[e']", "more_than"),
    (r"au-delà\s+d[e']", "more_than"),
    (r"moins\s+d[e']", "less_than"),
    (r"au\s+plus", "at_most"),
    (r"au\s+maximum", "at_most"),
    (r"jusqu'à", "up_to"),
    (r"près\s+d[e']", "nearly"),
    (r"presque", "nearly"),
    (r"quasiment", "nearly"),
    (r"environ", "about"),
    (r"quelque", "about"),
    (r"autour\s+d[e']", "about"),
    (r"approximativement", "about"),
    (r"à\s+peu\s+près", "about"),
    (r"une\s+estimation\s+d[e']", "about"),
    (r"grosso\s+modo", "about"),
    *_tr.QUALIFIERS,
]
# Words allowed between a qualifier and the figure ("d'au moins", "de plus de").
QUALIFIER_LEAD = r"(?:d[e']\s*)?"

RANGE_PATTERNS = [
    r"entre\s+{A}\s+et\s+{B}",
    r"de\s+{A}\s+à\s+{B}",
    r"{A}\s+à\s+{B}",
    r"{A}\s*[-–]\s*{B}",
    r"fourchette\s+(?:allant\s+)?de\s+{A}\s+à\s+{B}",
    r"{A}\s+ou\s+{B}",
    r"peut-être\s+{A},\s*{B}",   # « peut-être 7, 8 personnes » : une estimation, comme « 7 ou 8 »
]
# « six ou sept maisons », « 30 ou 40 personnes » : une estimation entre deux nombres proches, pas deux chiffres
RANGE_EITHER = r"ou"
# "a relevé ce chiffre de 640 à 750", "passé de 23 à 31": a change between two figures, not a range
CHANGED_FROM = (r"pass[ée]\w*|relev\w*|révis\w*|revu\w*|ramen\w*|porté\w*|grimp\w*|baiss\w*|augment\w*|chut\w*|"
                r"corrig\w*|mont[ée]\w*|actualis\w*|gonfl\w*|recul\w*|bondi\w*")
# « 59 000 selon la police, corrigé à 61 500 le lendemain » : le même chiffre revu par la même source
# « annoncé 6 200 grévistes lundi, puis l'a corrigé mardi à 7 100 » : la correction vaut pour le jour du chiffre corrigé
CORRECTED_IT = r"l'(?:a|ont|avait|avaient)\s+(?:ensuite\s+|depuis\s+)?(?:corrigée?|révisée?|rectifiée?|relevée?|revue?)(?:\s+[^\s\d,;.]+){0,3}?\s+à"
CORRECTED_TO = r"(?:corrigée?s?|révisée?s?|relevée?s?|ramenée?s?|portée?s?|actualisée?s?)\s+à"
# « Rectificatif : une version précédente de cet article indiquait 890 maisons » : l'erreur retirée du journal n'est
# la revendication de personne
# « 4 200 : les manifestants place des Charrons, selon la préfecture » : un article ouvre ce qu'explique le chiffre
# d'une liste de chiffres
HEADED_ITEM_ARTICLES = ("les", "le", "la", "l'")
LISTED_ITEM_ARTICLES = HEADED_ITEM_ARTICLES
# les sources d'un récapitulatif opposées entre crochets : « [ministère de l'Intérieur contre Confédération ouvrière (COT)] »
SOURCES_SET_AGAINST = ("contre",)
PAIRED_FIGURES_LINK = r"contre|ou|face\s+à"   # « 9 contre 14 : …, selon la préfecture et selon l'UCR »
# « 1 100, puis 1 350 – grévistes à Port-Estagnol » : le chiffre d'une source, puis sa révision, en tête d'un élément
REVISED_HEAD_LINK = r",?\s+puis|\s*→|\s+(?:corrigée?s?|révisée?s?|ramenée?s?|relevée?s?)\s+(?:en|à)"   # (« 480 → 620 », « 520 corrigé en 480 » : le même décompte, revu)
RETRACTED = (r"(?:une\s+)?(?:version\s+(?:précédente|antérieure)|(?:précédente|première)\s+version)"
             r"(?:\s+de\s+(?:cet\s+article|cette\s+dépêche|ce\s+texte|cette\s+page))?"
             # « Rectificatif : dans notre numéro 611, nous avions écrit que la FTRO revendiquait 3 400 camions »
             r"|(?-i:Rectificatif|Correctif|Erratum)\b[^.]{0,80}?nous\s+(?:avions\s+(?:écrit|indiqué|annoncé|affirmé)|"
             # « Rectificatif : dans notre numéro du 14 novembre, nous indiquions que le pays compte 374 hôpitaux »
             r"indiquions|écrivions|annoncions|affirmions)")
RANGE_LEADS = r"entre|fourchette"   # (a range all the same: "révisé à entre 600 et 800")
# "3 000, avec une fourchette de 793 à 8 498": bounds of the figure before.
RANGE_OF_PREVIOUS = r"^\s*[,(]?\s*(?:avec\s+)?(?:une\s+)?(?:fourchette|marge)\s+(?:allant\s+)?de\s+"

# Reporting verbs: REPORTING_VERBS (lemmas, every form from inflect) below.
# Auxiliaries and clitics that may stand between a subject and its verb.
AUX = r"(?:a|ont|avait|avaient|aurait|auraient|avait|va|vont|venait\s+d'|vient\s+d'|a\s+été|ont\s+été)"
AUX_NEGATION = r"(?!)"   # (a French imperative has no auxiliary before its verb: « N'ajoutez pas »)
# what an object relative denies its subject counts: « trois morts, que l'agence ne compte pas », « n'a pas retenus »
# (not the « ne » of « avant que son ministère ne rectifie », which denies nothing)
NEGATED_RELATIVE = r"(?<![\w'-])(?<!avant\s)(?<!moins\s)(?<!crainte\s)(?<!peur\s)(?:qu'|que\s+)[^,;:.!?«»]{1,50}?(?:\s|')(?:ne\s+|n')(?:\S+\s+(?:pas|plus|jamais)\s+)?\S+$"
CLITICS = r"(?:n'|ne\s+|en\s+|y\s+|l'|les\s+|le\s+|la\s+|lui\s+|leur\s+|se\s+|s'|nous\s+|vous\s+|m'|me\s+)"
ADVERBS = (r"(?:à\s+nouveau|de\s+nouveau|encore|aussi|également|ensuite|enfin|déjà|alors|précédemment|"
           r"auparavant|plus\s+tard|peu\s+après|pour\s+sa\s+part|pour\s+leur\s+part|quant\s+à\s+eux|quant\s+à\s+elle|"
           r"(?:dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|hier)(?:\s+(?:soir|matin|midi|après-midi|dernier))?|"
           r"ce\s+(?:matin|soir)|ce\s+(?:soir|matin|jour)-là|dans\s+la\s+(?:soirée|matinée|journée|nuit)|récemment|finalement|"
           r"cet\s+après-midi|dans\s+l'après-midi|à\s+la\s+mi-journée|"
           r"en\s+(?:début|fin|milieu)\s+d(?:e\s+|')(?:journée|matinée|soirée|après-midi|semaine)|"
           r"officiellement|publiquement|lui|elle|même|toutefois|cependant|pourtant|ainsi|[a-zé]+ment|"
           r"en\s+revanche|par\s+ailleurs|de\s+son\s+côté|de\s+leur\s+côté|en\s+outre|néanmoins|lui-même|elle-même|"
           r"d'abord|dans\s+un\s+premier\s+temps|depuis|désormais|maintenant|aujourd'hui|toujours|pour\s+l'instant|"
           r"jusqu'ici|à\s+ce\s+stade|provisoirement)")
# The one-word ADVERBS, which may also stand between the words of a verb ("fait désormais état de", "a fait
# également savoir"): every multiword form repeats them, and the whole list made the verb pattern too slow to compile.
VERB_GAP_ADVERBS = (r"(?:encore|aussi|également|ensuite|déjà|alors|précédemment|auparavant|dimanche|lundi|mardi|mercredi|"
                    r"jeudi|vendredi|samedi|hier|récemment|finalement|officiellement|publiquement|lui|elle|même|toutefois|"
                    r"cependant|pourtant|ainsi|[a-zé]+ment|néanmoins|lui-même|elle-même|d'abord|depuis|désormais|"
                    r"maintenant|aujourd'hui|toujours|jusqu'ici|provisoirement)")

# "selon X", "d'après X"; "selon lesquelles" is a relative, not a source.
# (« selon a informé le Gouvernorat » : le « según informó » d'un texte traduit)
# the participles of « selon a informé X » and « Comme l'a indiqué X, … »: a verb of telling before its subject
_TOLD_BEFORE_SUBJECT = r"informé|indiqué|communiqué|déclaré|rapporté|annoncé|fait\s+savoir|précisé|affirmé|rendu\s+connu"
SOURCE_PREPS = (r"(?:selon\s+(?:ce\s+qu'\s*)?(?:a|ont|avait|avaient)\s+(?:" + _TOLD_BEFORE_SUBJECT + r"|"
                r"fait\s+connaître|donné\s+à\s+connaître)|"
                # « Selon ce qu'a dit ESB Networks, … » (translated copy's "according to what X said")
                r"(?:selon|d'après)\s+ce\s+qu'\s*(?:a|ont|avait|avaient)\s+(?:dit|expliqué|écrit|estimé|confirmé|raconté)|"   # (« según dio a conocer »)
                # « selon ce qui a été rendu connu par X », « … appris de sources judiciaires » (« secondo quanto reso noto da »)
                r"(?:selon|d'après)\s+ce\s+qui\s+(?:a|avait)\s+été\s+(?:rendu\s+connu|appris|communiqué|annoncé|indiqué|"
                r"rapporté|fait\s+savoir|précisé|déclaré)\s+(?:par|de|auprès\s+d[eu']|du|des)|"
                # translated copy: « selon indication du office vétérinaire », « selon indications de la compagnie »
                r"(?:selon|après)\s+(?:les?\s+)?indications?\s+(?:de\s+la|de\s+l'|du|des|de|d')|"   # (« nach Angaben des »)
                r"selon|d'après|de\s+source|aux\s+dires\s+(?:de\s+la|de\s+l'|du|des|de|d')|à\s+en\s+croire|"   # (« aux dires de la préfecture »)
                # « Du côté de la préfecture, on parle de 14 blessés » : whose side gives the figure (not « Du côté
                # des inspecteurs, le syndicat indique … », a topic before its speaker)
                r"(?-i:Du)\s+côté\s+(?:des\b|du\b|de\b|d')(?=[^,;:.!?]{1,80},\s*on\s)|"
                # translated copy's "conform" / « conformément à l'Administration des pénitenciers, 47 détenus … »
                r"conformément\s+(?:à|aux?)(?=\s)|"
                # translated copy: « De la Police d'État a été fait connu que 7 personnes … » (a passive whose agent opens
                # the sentence)
                r"(?-i:De|Par)(?=\s+(?:la|le|les|l')[\s'][^.!?,;:]{1,60}?\s+(?:il\s+)?a\s+été\s+(?:fait\s+connu|rendu\s+connu|"
                r"communiqué|annoncé|informé|indiqué|déclaré|précisé)\s+que\s)|"
                r"cité\s+par|rapporté\s+par|"
                # « Comme l'a indiqué le Sdis, 46 habitants … », « Ainsi que l'ont annoncé les pompiers » : the verb before
                # its subject, opening the sentence (translated copy: « Comme a informé de Service national … représentante
                # X »); not « …, loin des 5 000 comme l'a affirmé la CGT », whose source is that of one figure only
                r"(?-i:Comme|Ainsi\s+que)\s+(?:l'\s*)?(?:a|ont|avait|avaient)\s+(?:" + _TOLD_BEFORE_SUBJECT + r"|"
                r"expliqué|souligné|confirmé|dit|écrit|relevé|rappelé|signalé)(?:\s+de(?=\s+(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])))?|"
                # « 230 personnes ont été relogées, a-t-on appris auprès de la mairie », « …, indique-t-on à la préfecture »
                r"(?:a-t-on\s+appris|apprend-on|(?:indique|précise|explique|confirme|assure|souligne)-t-on)\s+"
                r"(?:auprès\s+(?:de\s+la|de\s+l'|du|des|de|d')|à\s+la|à\s+l'|au|aux|de|d'|du|des)|"
                # « Je rappelle ce que nous indique le Sdis : les pompiers ont secouru 31 personnes » (before a colon)
                r"ce\s+qu(?:e\s+|')\s*(?:nous\s+|vous\s+|me\s+)?(?:indiquen?t?|dit|disent|annoncen?t?|rapporten?t?|précisen?t?|"
                r"communiquen?t?|signalen?t?)(?=\s+(?:le|la|les|l')[\s'][^.!?:;]{1,60}:))")
# "selon lui", "selon elle" point back to a speaker (see PRONOUNS); these do not (« selon vous » is the one an
# interview's question asks: see discourse's addressee)
NOT_SOURCE_AFTER = (r"(?:lequel|laquelle|lesquels|lesquelles|qui|quoi|moi|toi|nous|les\s+cas|"
                    # « selon la façon de compter les engins masqués », « selon l'heure » : « suivant », pas une source
                    r"(?:la|les)\s+(?:façons?|manières?|méthodes?)\s+de|l'heure|les\s+heures|le\s+moment|les\s+jours|"
                    r"les\s+secteurs|les\s+quartiers|les\s+zones|les\s+endroits)\b")
# "la section du SNUipp-FSU, selon laquelle plus de 90 écoles": the source is the noun before
RELATIVE_SOURCE = r",\s*(?:selon|d'après)\s+(?:lequel|laquelle|lesquels|lesquelles|qui)(?![\w'-])"
# Inverted attribution after a quote or a clause: ", a déclaré X", "», selon X".
# « … », raconte X ; « … » Ainsi raconte X ; « – … – raconte X » (le tiret qui clôt une réplique)
INVERTED_LEAD = r"(?:[,»”\"]\s*(?:ainsi\s+)?|^\s*ainsi\s+|(?<=\s)[–—]\s+)"

RELATIVE_WHO = r",?\s*(?:qui|lequel|laquelle|lesquels|lesquelles)\s+"
NOUN_BEFORE_VERB = r"(?!)"                                             # (un verbe français ne se lit pas comme un nom)
# « les agents qui ont prévenu » : une relative sur le nom qui la précède
RELATIVE_CLAUSE_LEAD = r"qui|lequel|laquelle|lesquels|lesquelles"
HOW_COMPILED = r"(?:établie?s?|réalisée?s?|calculée?s?|fondée?s?|basée?s?)\s+(?:à\s+partir\s+(?:des|du|de)|sur|d'après)"   # « un décompte de X établi à partir des chiffres nationaux » : comment X a compté, pas X
REFERENCE_RELATIVES = r"qui|que|qu'|dont"   # « l'association qui gère le centre » : une référence courte et sa relative
APPOSITION_RELATIVE = r"qui|que|qu'|dont|où"   # « Eau Claire, une association qui gère les blocs, en compte 92 »
# "une estimation de X", "le bilan de X" (X is the source).
# les noms du décompte lui-même, jamais le sujet qui agit (« le bilan officiel a dépassé 50 000 »)
COUNT_HEADS = r"(?:bilans?|nombres?|chiffres?|total|décomptes?|comptages?|estimations?)"
# « Sur Facebook a circulé une information que … » (traduit) : là où une rumeur a circulé est sa source
SPREAD_REPORT = (r"(?:^|(?<=[,;]\s))(?:Sur|Dans)\s+(?P<np>(?:les\s+|le\s+|la\s+|l['’])?[^,;:.!?\d]{2,40}?)(?:\s+(?:a\s+circulé|circule|"
                 r"circulait|circula|s'est\s+répandue?|se\s+répand|se\s+répandit|court|a\s+couru)\s+(?:une\s+|un\s+|la\s+|le\s+|l['’])?"
                 r"(?:information|rumeur|nouvelle|message|vidéo|publication|post)"
                 # (« Sur les réseaux sociaux, on lit que … » : ce qu'on y lit; « circulait message, que » traduit)
                 r",?\s+|(?P<read>\s*,\s*on\s+(?:y\s+)?(?:lit|peut\s+lire|voit|entend|raconte|dit|affirme)\s+))(?:que|qu['’]|selon\s+laquelle|selon\s+lequel)"
                 # (« … maisons effondrées, dans une vidéo partagée mercredi » : la vidéo)
                 r"|(?<=[,;]\s)dans\s+(?P<np2>une?\s+(?:vidéo|publication|message|post))\s+(?:partagée?|publiée?|diffusée?|qui\s+circul\w+)")
# where people write online: what one reads there is its source (« Sur les réseaux sociaux, on lit que … »)
ONLINE_PLACES = (r"(?:les\s+|la\s+|le\s+|l['’])?(?:réseaux\s+sociaux|forums?|groupes?\s+(?:Facebook|WhatsApp|Telegram)|toile|"
                 r"internet|(?-i:" + "|".join(_PLATFORMS) + "))")
SOURCE_NOUNS = (r"(?:estimation|estimations|bilan|bilans|chiffres?|décomptes?|comptages?|rapports?|études?|enquêtes?|"
                r"communiqués?|déclarations?|bulletins?|recensements?|sondages?|tableau\s+de\s+bord|selon\s+les\s+chiffres|"
                r"informations?|données|indications|éléments|(?:(?<=ses\s)|(?<=leurs\s))(?:mots|propos|dires)|point\s+de\s+situation|points\s+de\s+situation|relevés|observations|constatations|"
                r"investigations|texte|billets|manifeste|liste\s+des\s+passagers|"   # (« d'après le manifeste, nous avions 146 personnes »)
                # « Nouveau point de l'ONPC : », « Dernier point de la garde côtière » : le point qu'une source fait
                r"(?:(?<=nouveau\s)|(?<=dernier\s)|(?<=premier\s))point(?=\s+(?:de|du|d')(?:\s|(?<=')))(?!\s+de\s+situation)|"
                # (« Point du Sdis : 85 sapeurs-pompiers engagés », a live entry's head: capitalised, it opens the line)
                r"(?-i:Point)(?=\s+(?:de|du|d')(?:\s|(?<=')))(?!\s+de\s+situation)|"
                # « selon le point fait vendredi par la DISP » : le point qu'elle a fait
                r"point(?=\s+(?:fait|dressé|établi)(?![\w-])))")   # (« selon les premières investigations », « précise le texte »)
# words that qualify a figure's document without naming whose it is: "a first estimate", "le nouveau bilan"
INTERROGATIVES = ("qui", "quoi", "lequel", "laquelle", "lesquels", "lesquelles")   # « Qui l'a dit : … » : personne
SAME_DEMONSTRATIVES = ("ce", "cet", "cette", "ces")   # « ce même ministère » : le corps nommé avant
SAME_WORDS = r"même"   # « selon le même communiqué » : celui de qui a parlé en dernier
UPDATE_HEADINGS = r"mise\s+à\s+jour|actualisation|màj|maj"   # « Mise à jour : 180 maisons évacuées »
DOCUMENT_ADJECTIVES = r"précédente?s?|premi(?:er|ère|ers|ères)|nouve(?:au|l|lle|aux|lles)|derni(?:er|ère|ers|ères)|provisoires?|officiel(?:le)?s?|initiale?s?|actualisée?s?|révisée?s?|définiti(?:f|fs|ve|ves)|préliminaires?|propres?"
SOURCE_NOUN_THING = r"(?!)"   # ("le bilan des pompiers" is the firefighters')
SOURCE_NOUN_LINK = r"(?:de\s+la|de\s+l'|du|des|de|d')"
# « Premier bilan chiffré de la préfecture : », « le bilan provisoire du ministère » : un adjectif entre le document et
# son auteur
SOURCE_NOUN_ADJECTIVES_AFTER = (r"chiffrée?s?|provisoires?|officiel(?:le)?s?|actualisée?s?|consolidée?s?|définiti(?:f|fs|ve|ves)|"
                                r"détaillée?s?|hebdomadaires?|quotidiens?|quotidiennes?|journaliers?|révisée?s?|complets?|complètes?|"
                                r"publics?|publiques?|publiée?s?")   # (« le dernier chiffre public de l'ADCI »)
# le verdict d'une vérification après ce qu'elle juge (« Plus de 300 morts » – FAUX) : personne ne parle
# le titre d'une vérification : ses chiffres sont ceux qu'elle vérifie, ceux de personne ici (« Vérification : 21 morts ou 19 ? »)
FACT_CHECK_TITLE = (r"vérification|vérifiés?|vérifiées?|on\s+a\s+vérifié|nous\s+avons\s+vérifié|vrai\s+ou\s+faux|"
                    r"le\s+vrai\s+du\s+faux|passés?\s+au\s+crible|passées?\s+au\s+crible|désintox")
VERDICTS = ("vrai", "faux", "plutôt vrai", "plutôt faux", "trompeur", "trompeuse", "exagéré", "exagérée", "invérifiable",
            "non vérifiable", "à nuancer", "infondé", "infondée", "inexact", "inexacte", "manque de contexte", "intox",
            "surestimé", "surestimée", "surestimés", "surestimées", "sous-estimé", "sous-estimée", "sous-estimés",
            "sous-estimées", "plausible", "exact", "exacte", "juste", "erroné", "erronée", "invraisemblable")
VERDICT_DEGREES = ("très", "largement", "plutôt", "en partie", "un peu", "légèrement", "globalement")   # « TRÈS SURESTIMÉ »
# ce dont un bilan est le bilan, jamais sa source : « le bilan du naufrage atteint 69 morts, a annoncé la ministre »
TOLL_EVENTS = (r"naufrage|accident|séisme|tremblement\s+de\s+terre|inondations?|crues?|incendies?|feux?|explosion|tempête|"
               r"ouragan|cyclone|typhon|tornade|attentat|attaque|catastrophe|déraillement|glissement\s+de\s+terrain|"
               r"éruption|épidémie|bousculade|émeutes?|avalanche|canicule|effondrement|collision|crash|tsunami")
# un organisme nommé d'après un sinistre : le français le met devant (« les pompiers », « le service des incendies »)
EVENT_NAMED_BODY = r"(?!)"   # (les noms d'agents suffisent)
# la voix d'un organisme avant son nom : « le service de presse de la préfecture », c'est la préfecture
# (« nos confrères du Parisien » : le Parisien)
VOICE_OF = (r"(?:service\s+(?:de\s+)?(?:presse|communication)|cellule\s+(?:de\s+)?communication|bureau\s+de\s+presse|confrères|consœurs)\s+"
            r"(?:de\s+la|de\s+l'|du|des|de|d')")

# (« un porte-parole de la préfecture a indiqué » : la préfecture parle, un seul acteur avec elle)
SPOKESPERSON_OF = r"porte-parole\s+(?:de\s+la|de\s+l'|du|des|de|d')"

PRONOUNS = {"il": "any", "elle": "any", "ils": "any", "elles": "any", "lui": "any", "eux": "any",
            "la même source": "any", "cette source": "any", "ces sources": "any", "les mêmes sources": "any", "celui-ci": "person", "celle-ci": "person",
            "ce dernier": "person", "cette dernière": "person"}
# Short references to an earlier speaker: "le ministère", "l'agence".
SHORT_REFERENCES = {
    "le ministre": "person", "la ministre": "person", "le président": "person", "la présidente": "person",
    "le porte-parole": "person", "la porte-parole": "person", "le secrétaire général": "person",
    "le maire": "person", "la maire": "person", "le préfet": "person", "la préfète": "person",
    "le gouverneur": "person", "la gouverneure": "person", "le directeur": "person", "la directrice": "person",
    # (a generic word for the politician named before; an office, "le procureur", is somebody else)
    "l'élu": "person", "l'élue": "person", "l'édile": "person",
    "le ministère": "organisation", "l'agence": "organisation", "l'organisation": "organisation",
    "l'institut": "organisation", "le service": "organisation",
    # (« Le Sdis de la Savarine a engagé 150 sapeurs-pompiers … Les pompiers ont effectué 46 interventions » : le Sdis)
    "les pompiers": "organisation", "les sapeurs-pompiers": "organisation",
    "l'armée": "organisation", "le syndicat": "organisation", "l'association": "organisation", "l'ong": "organisation",
    "l'entreprise": "organisation", "la corporation": "organisation", "la société": "organisation", "le groupe": "organisation",
    "l'organe": "organisation",   # (la traduction de « o órgão » : l'organisme nommé avant)
    # a document named before speaks for its author: "Selon un rapport de l'OMS, … Le rapport indique"
    "le rapport": "organisation", "l'étude": "organisation", "le document": "organisation", "le bulletin": "organisation",
    "ce rapport": "organisation", "cette étude": "organisation", "ce document": "organisation",
    # the staff of whoever was named: "le préfet … Le communiqué diffusé mardi par ses services"
    "ses services": "any", "son cabinet": "any", "son entourage": "any", "ses équipes": "any",
}
DETERMINERS = ("le", "la", "les", "l'", "des", "du", "de", "d'", "un", "une", "son", "sa", "ses",
               "leur", "leurs", "ce", "cet", "cette", "ces", "notre", "nos", "votre", "vos", "mon", "ma", "mes",
               "ton", "ta", "tes")
DEFINITE = r"(?:les|ces|ses|leurs|nos|vos)"  # "les deux pays" refers back, it is not a count

# « 2, 3, 5, 6 et 9 de mardi à samedi » : un chiffre par jour de l'intervalle, dans l'ordre
DAY_SPAN = (r"de|du", r"à|au")
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
MONTHS = {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
          "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
          "décembre": 12, "decembre": 12,
          # (the abbreviations of wire datelines: « 15 juil 2026 (AHP) »)
          "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "déc": 12, "dec": 12}
LAST = r"(?:dernier|dernière|passé|passée|précédent|précédente)"
RELATIVE_DAYS = {"aujourd'hui": 0, "hier": -1, "avant-hier": -2}
# « [DGPC, mar. 13] », « sam. 17 » : a weekday cut short, always with its full stop (« en mer 14 marins » is the sea)
WEEKDAY_ABBREVIATIONS = {r"lun\.": 0, r"mar\.": 1, r"mer\.": 2, r"jeu\.": 3, r"ven\.": 4, r"sam\.": 5, r"dim\.": 6}
LAST_WEEK = r"la\s+semaine\s+(?:dernière|passée|précédente)"

# A figure followed by one of these is not a count claim.
# « à 5 du matin » : une heure, quand le nombre peut en être une
HOUR_AFTER = r"du\s+(?:matin|soir)\b|de\s+l'après-midi\b|ce\s+(?:matin|soir)\b"
NON_COUNT_UNITS = (
    # (« depuis jeudi 2 PM » : l'heure anglaise d'une traduction)
    r"(?:pages?\b|du\s+(?:matin|soir)\b|de\s+l\'après-midi\b|[ap]\.m\.|(?-i:[AP]M\b)|ans?|années?|mois|semaines?|jours?|heures?|h\b|minutes?|min\b|secondes?|sous\s+zéro\b|siècles?|décennies?|générations?\b|nuits?\b|saisons?\b|"
    r"%|pour\s?cents?|points?\s+de\s+pourcentage|km|kilomètres?|mètres?|millimètres?|centimètres?|m\b|cm|mm|kg|°|degrés?|"
    # une concentration de germes : « 100 000 UFC par litre »
    r"UFC\b|(?:par|/)\s*(?:litre|l\b|m3|m³)|"
    # un volume : « 400 000 m³ d'eau », « 2 millions de mètres cubes »
    r"m³|m3\b|(?:de\s+)?mètres?\s+cubes?\b|(?:de\s+)?(?:hecto)?litres?\b|"
    # des milles marins : « à une dizaine de milles du lieu du naufrage »
    r"(?:de\s+)?milles(?:\s+(?:nautiques|marins))?\b|"
    # une superficie se mesure, elle ne se compte pas : « couvre 2 170 km² »
    r"km²|km2\b|m²|"
    # speed, distance, temperature: "180 km/h", "60 nœuds", "40 °C", "40C", "104 °F"
    r"km/h|nœuds?|noeuds?|milles\s+(?:nautiques|marins)|mph|m/s|pieds|pouces|"
    # electrical units: "225 000 volts", "225 kV", "une centrale de 500 MW"
    r"kilovolts?|volts?|kV\b|kVA\b|mégawatts?|MW\b|kilowatts?|kW\b|kWh\b|MWh\b|GWh\b|"
    # une fréquence : « ondes moyennes 1 386 kHz »
    r"[kMG]?Hz\b|"
    # une masse trop petite pour compter quoi que ce soit : « un seuil de 1 microgramme »
    r"microgrammes?\b|milligrammes?\b|µg\b|"
    # une concentration : « 1 000 parties par million », « 5 ppm », « 20 mg/l »
    r"parties\s+par\s+(?:million|milliard)|ppm\b|ppb\b|mg/l\b|µg/m3|"
    r"°\s?[CF]|(?-i:[CF])(?![\w-])|Celsius|Fahrenheit|"
    # a clock time in a time zone: "à 0700 GMT"
    r"GMT|UTC|(?-i:TU)\b|heure\s+(?:locale|de\s+Paris|française)|"
    # a ratio: "3 fois plus"
    r"fois\s+(?:plus|moins|supérieure?s?|inférieure?s?)|"
    # combien de fois par période : « il traverse 3 fois par semaine » (pas « intervenus 27 fois », un compte)
    r"fois\s+(?:par|chaque)\s+(?:jour|nuit|semaine|mois|an|année|saison)\b|"
    # a grade on a scale: « classé 4 sur une échelle de 5 »
    r"sur\s+(?:une\s+)?échelle|"
    r"euros?\b.{0,0}|€|e\s+anniversaire|ème|e\b|er\b|re\b|ère|nde?\b|°C|"
    # an address: "au 12, rue de l'Industrie"
    r",?\s*(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|cours)\b|"
    # money, also after a scale word: "1,5 million d'euros", "300 millions de dollars"
    r"(?:(?:de|d')\s*)?(?:euros?|dollars?|livres\s+(?:sterling|turques|libanaises|égyptiennes)|lires?\s+turques|francs?|"
    r"yuans?|yens?|roupies|roubles?|pesos|soles|"
    r"nairas?|shillings|rands?|dinars?|dirhams?|FCFA|francs\s+CFA|zlotys?|złot\w*|forints?|lei|leu|couronnes|centimes?|"
    r"hryvnias?|levs?|leva|\$|€|£|PLN|CZK|HUF|RON|"
    # les signes d'un texte traduit : « 6 tys. zł » (milliers polonais), « 250 Kč », « 9 000 Ft »
    r"(?:tys\.\s*)?zł|Kč|Ft)(?![\w]))"
)
# sa propre famille, dite d'un témoin : « Dihya Tournier, mère de deux élèves » (quel que soit le nom après)
KIN_OF = r"(?:mère|père|maman|papa|grand-mère|grand-père)\s+de"
NON_COUNT_BEFORE = (r"(?:n°|no\.|nr\.?|numéro|article|page|p\.|chapitre|route|ligne|tome|alinéa|âgée?s?\s+de|l'an|"
                    r"(?:un|une|1)\s+pour|"   # le second terme d'un rapport : « un pour sept nageurs »
                    # an age as a threshold, with no unit: « les enfants de moins de 5 », « la moitié d'entre nous a plus de 70 »
                    r"(?:personnes|enfants|adultes|bébés|patients|résidents|habitants|retraités|nous|eux|ceux|celles)\s+"
                    r"(?:âgée?s\s+)?de\s+(?:plus|moins)\s+de|(?:entre\s+nous|d'entre\s+eux|d'entre\s+elles)\s+(?:a|ont)\s+(?:plus|moins)\s+de|"
                    r"magnitude|(?:[$€£¥₹]|US\$)|"
                    # roads and exits: "la N 12", "la sortie 14", "l'A7"
                    r"(?-i:(?:A|B|N|D|RN|RD|M|E))|sorties?|échangeur|bretelle|quai|voie|porte|terminal|kilomètre|borne|force|"
                    # "le numéro vert 1510": a phone number; "ce n'est pas 64": a figure the speaker denies
                    r"numéro\s+(?:vert|d'urgence|unique|spécial)|"
                    r"âgée?s?\s+(?:de|entre)|"  # "âgés de 19 à 34 ans"
                    r"(?:plus\s+jeunes?|plus\s+âgée?s?|doyenne?|benjamine?)(?:\s+[a-zé]+)?\s+(?:a|avait)(?:\s+(?:tout\s+juste|seulement|à\s+peine))?|"  # « le plus jeune a 29 »
                    r"(?<!au\s)(?<!du\s)(?<!pas\s)(?<!le\s)moins|"  # « il faisait moins 12 » : une température
                    r"(?:heures?|jours?)\s+sur|"  # « 24 heures sur 24, 7 jours sur 7 » : combien de fois, pas combien
                    r"(?:nous\s+avons|on\s+a)\s+(?:vérifié|examiné|passé\s+au\s+crible)|"  # « Nous avons vérifié quatre affirmations »
                    # coefficients and ratios: "coefficient 1,5", "multiplié par 2", "× 2"
                    r"coefficient(?:\s+(?:de|multiplicateur))?|coef\.|facteur(?:\s+de)?|(?:multipli|divis)ée?s?\s+par|"
                    r"ratio(?:\s+de)?|[x×]|"
                    r"(?:appeler|appels?|composer|téléphone|tél\.?)(?:\s+[\w'-]+){0,3}?(?:\s+(?:au|le))?)")
# « catégorie 2 », « une alerte de niveau 3 » : un rang, quel que soit le nom qui suit
# (« classé 4 sur une échelle de 5 », « risque d'avalanche 4 sur 5 »: the 5 is the top of the scale, no count either)
RANK_BEFORE = r"(?:catégories?|niveau|palier|stade|phase|échelons?|échelle\s+de|risques?\s+(?:d['’]\s*|de\s+)[\w-]+)(?:\s*\d{1,2}\s+sur)?"
# "dont 12 enfants", "parmi lesquels 48 mineurs", "inclut 470 personnes âgées de plus de 75 ans": a part of the count
SUBSET_BEFORE = (r"(?:dont|parmi\s+(?:eux|elles|lesquels|lesquelles)|inclu(?:t|ent|ait|ant)|y\s+compris|notamment)\s*"
                 r"(?:au\s+moins\s+|environ\s+|quelque\s+|près\s+de\s+|plus\s+de\s+)?$")
SUBSET_GROUPS = [
    (r"^\s*(?:\w+\s+){0,3}?(?:enfants|mineurs|bébés|nourrissons|moins\s+de\s+18\s+ans)", "children"),
    (r"^\s*(?:[\w']+\s+){0,5}?(?:plus\s+de|de\s+plus\s+de|âgée?s\s+de\s+plus\s+de)\s+(?P<age>\d+)\s+ans", "over-{age}"),
    (r"^\s*(?:\w+\s+){0,3}?(?:femmes|filles)", "women"),
    (r"^\s*(?:\w+\s+){0,3}?(?:grièvement|gravement|dans\s+un\s+état\s+grave|en\s+urgence\s+absolue)", "serious"),
    (r"^\s*(?:\w+\s+){0,3}?(?:étrangers|touristes|ressortissants\s+étrangers)", "foreigners"),
]
PERIODS = [
    (r"(?:la\s+)?(?:seule\s+)?semaine\s+(?:du|dernière)|en\s+une\s+semaine|sur\s+(?:une|la)\s+(?:même\s+)?semaine", "week"),
    (r"(?:l'ensemble\s+de\s+l'|tout\s+l'|sur\s+l')été|de\s+l'été\b|estival|bilan\s+de\s+l'été", "summer"),
    (r"(?:l'ensemble\s+de\s+l'|toute\s+l')année|depuis\s+(?:le\s+début\s+de\s+l'année|(?:le\s+(?:1er|premier)\s+)?janvier)", "year"),
    # un total sur les journées d'un mouvement : « 303 interpellations en deux jours », « sur les deux journées »
    (r"(?:en|sur)\s+(?:les\s+)?(?:deux|trois|quatre)\s+(?:jours|journées)", "days"),
    # le compte d'une journée, pas le bilan cumulé : « 41 morts au cours des dernières 24 heures »
    (r"(?:en|sur\s+les|au\s+cours\s+des|dans\s+les)\s+(?:dernières\s+)?24\s+(?:dernières\s+)?heures|en\s+une\s+(?:seule\s+)?journée", "day"),
]
# A figure someone intends or expects, not one already there: "compte porter ses effectifs à 10 000 d'ici décembre"
PLANNED = (r"(?:atteindr(?:a|ait|ont|aient)|compte(?:nt)?\s+porter|prévoi\w*|prépar\w*|envisag\w*|projet\w*|pourrai\w*\s+(?:atteindre|monter|porter|s'élever)|"
           r"devrai\w*\s+(?:atteindre|porter)|d'ici\s+(?:à\s+)?(?:la\s+fin|décembre|janvier|février|mars|avril|mai|juin|juillet|"
           r"août|septembre|octobre|novembre|\d{4}|l'été|l'hiver|l'automne|le\s+printemps))")
HEDGES = (r"\b(?:seraient|serait|pourrait|pourraient|pourra|pourront|devrait|devraient|aurait|auraient|"
          r"probablement|vraisemblablement|sans\s+doute|possiblement|présumée?s?|supposée?s?)\b")

# Counted nouns -> concept; measure words -> measure (see extract.quantity).
COUNT_NOUNS = {
    "soldats": "troops", "soldat": "troops", "fantassins": "troops", "militaires": "troops", "troupes": "troops",
    "combattants": "troops", "hommes": "troops", "forces": "troops", "mercenaires": "troops",
    "morts": "deaths", "mort": "deaths", "décès": "deaths", "tués": "deaths", "victimes": "deaths",
    "blessés": "wounded", "blessé": "wounded", "disparus": "missing", "disparu": "missing",
    "manifestants": "protesters", "manifestantes": "protesters", "participants": "protesters",
    "grévistes": "strikers", "ressortissants": "nationals", "personnes": "people", "personne": "people", "habitants": "people", "gens": "people",
    "civils": "civilians", "enfants": "children", "garçons": "children", "fillettes": "children", "réfugiés": "refugees", "déplacés": "displaced",
    "sinistrés": "displaced", "évacués": "evacuated", "policiers": "police", "gendarmes": "police",
    "pompiers": "firefighters", "sapeurs-pompiers": "firefighters", "hectares": "hectares", "tonnes": "tonnes", "voyageurs": "passengers",
    "passagers": "passengers", "trajets": "trips", "logements": "homes", "maisons": "homes", "habitations": "homes",
    "bâtiments": "buildings", "migrants": "migrants", "prisonniers": "prisoners", "détenus": "prisoners",
    "otages": "hostages", "arrestations": "arrests", "interpellations": "arrests", "emplois": "jobs",
    "cas": "cases", "malades": "cases", "électeurs": "voters", "votants": "voters", "spectateurs": "spectators",
    "supporteurs": "spectators", "supporters": "spectators",
    "visiteurs": "visitors", "chars": "tanks", "drones": "drones", "missiles": "missiles",
    "points": "sites", "sites": "sites", "rassemblements": "gatherings", "cortèges": "gatherings",
    "voyages": "trips", "déplacements": "trips", "validations": "trips", "sauveteurs": "rescuers",
    "secouristes": "rescuers", "patients": "patients", "hospitalisations": "hospitalisations",
    "hospitalisés": "hospitalisations", "contaminations": "cases", "infections": "cases", "noyades": "drownings",
    "infectés": "cases", "contaminés": "cases",   # (« le nombre des infectés est de 1 340 »)
    "campeurs": "campers", "vacanciers": "visitors", "estivants": "visitors", "canoës": "boats", "kayaks": "boats",
    "touristes": "visitors", "foyers": "households", "ménages": "households", "salariés": "workers",
    "employés": "workers", "travailleurs": "workers", "ouvriers": "workers", "élèves": "students",
    "étudiants": "students", "adhérents": "members", "signataires": "signatures",
    "signatures": "signatures", "véhicules": "vehicles", "bateaux": "boats",
    "camions": "lorries", "fourgons": "vans", "camionnettes": "vans", "fourgonnettes": "vans", "tracteurs": "tractors", "cars": "buses", "bus": "buses",
    "embarcations": "boats", "canots": "boats", "navires": "ships", "avions": "aircraft", "vols": "flights",
    "sans-abri": "homeless", "demandeurs": "asylum-seekers", "animaux": "animals", "bêtes": "animals",
    "foule": "protesters", "exécutions": "deaths", "meurtres": "deaths", "homicides": "deaths", "suffrages": "votes", "voix": "votes", "familles": "households", "corps": "deaths", "cadavres": "deaths", "palestiniens": "people", "israéliens": "people", "ukrainiens": "people",
    "russes": "people", "syriens": "people", "afghans": "people", "soudanais": "people", "gazaouis": "people",
    "libanais": "people", "iraniens": "people", "irakiens": "people", "yéménites": "people", "haïtiens": "people",
    "rohingyas": "people", "vénézuéliens": "people", "pèlerins": "people", "fidèles": "people", "individus": "people",
    "adultes": "people", "km2": "km2", "km²": "km2", "barils": "barrels", "lits": "beds", "feux": "fires", "incendies": "fires",
    # people and things news counts across topics (strikes, outages, festivals, rescues, disasters)
    "clients": "customers", "abonnés": "customers", "usagers": "customers",
    "comptes": "accounts", "appareils": "devices", "ordinateurs": "devices",  # fuites de données
    "départs": "departures", "inscrits": "registrants",  # (« 402 départs de feu », « 4 000 inscrits » : pas des participes)
    "médecins": "doctors", "traversées": "crossings",  # (« 46 traversées de ferry annulées »: a noun, not a participle)
    "arrivées": "arrivals",  # (« 9 600 arrivées par la mer » : le nom, comme "arrivals")
    "infirmiers": "nurses", "infirmières": "nurses", "soignants": "health-workers", "enseignants": "teachers",
    "professeurs": "teachers", "instituteurs": "teachers", "écoles": "schools",
    "hôpitaux": "hospitals", "billets": "tickets", "festivaliers": "spectators", "supporters": "spectators",
    "bénévoles": "volunteers", "volontaires": "volunteers", "pêcheurs": "fishermen",
    "agriculteurs": "farmers", "éleveurs": "farmers", "survivants": "survivors", "rescapés": "survivors",
    "oiseaux": "birds", "intérimaires": "workers", "postes": "jobs",
    "communes": "municipalities", "villages": "villages", "fermes": "farms", "exploitations": "farms",
    "entreprises": "businesses", "commerces": "businesses", "magasins": "businesses", "candidats": "candidates",
    "fonctionnaires": "workers", "techniciens": "workers", "militants": "activists", "bovins": "animals",
    "évacuations": "evacuated", "blessées": "wounded", "tuées": "deaths", "disparues": "missing",
    "tonne": "tonnes", "suspects": "suspects", "appels": "calls", "sauvetages": "rescues", "moutons": "animals", "brebis": "animals", "rats": "rats", "souris": "rats", "chèvres": "animals", "porcs": "animals", "volailles": "animals",
    "vaches": "animals", "troupeaux": "herds", "élevages": "farms",
}
# la clé d'un nom compté pour lui-même quand quelqu'un donne le chiffre (« 1 300 repas », « 38 engins ») : la même
# que celle de l'anglais, pour qu'un article français et un anglais se rejoignent sur une même quantité
NOUN_KEYS = {"cantines": "canteens", "repas": "meals", "pharmacies": "pharmacies", "pharmaciens": "pharmacists",
             "prelevements": "samples", "echantillons": "samples", "plaintes": "complaints", "trains": "trains",
             "engins": "fire-engines", "classes": "classes", "appartements": "homes", "habitations": "homes",
             "doses": "doses", "incidents": "incidents", "interventions": "interventions", "signalements": "reports",
             "voitures": "vehicles", "automobiles": "vehicles",
             # (the English key of a noun an English report of the same story writes in English)
             "internes": "interns", "universites": "universities", "lycees": "schools", "helicopteres": "helicopters", "autocars": "buses",
             "motos": "motorbikes", "motards": "bikers", "officines": "pharmacies", "conducteurs": "drivers",
             "equipes": "teams", "chambres": "rooms", "membres": "members", "conteneurs": "containers",
             "marins": "sailors", "demandes": "requests", "tentes": "tents", "repliques": "aftershocks",
             "arbres": "trees", "couvertures": "blankets", "bouteilles": "bottles", "chiens": "dogs",
             "plongeurs": "divers", "ponts": "bridges", "routes": "roads", "departs": "departures",
             "inspecteurs": "inspectors", "controleurs": "inspectors", "citoyens": "citizens", "lignes": "lines",
             "campus": "campuses", "villes": "cities", "abris": "shelters", "randonneurs": "hikers",
             "bombardiers": "bombers", "canadairs": "bombers", "cedres": "cedars", "impacts": "strikes"}
# la clé d'un nom compté quand le titre ou le chapeau parle d'autre chose que son premier sens : « 214 mineurs »
# d'une mine sont des ouvriers (l'anglais "miners", "workers"), ailleurs des moins de 18 ans ("minors")
TOPIC_SENSES = [(r"(?<![\w-])(?:mines?|minières?|miniers?|charbonnages?|houillères?|grisou)(?![\w-])",
                 {"mineurs": "workers"})]
# the status of a count of cases: suspected and confirmed cases are two quantities
# nouns of several words whose first word alone counts something else
COMPOUND_COUNT_NOUNS = [(r"postes\s+(?:de\s+secours|de\s+police|avancés|frontières?)|postes-frontières", "sites"),
                        (r"poids[\s-]+lourds", "lorries"),
                        (r"(?:morts|décès|tués|victimes)\s+(?:ou|et)\s+disparus", "dead-or-missing")]   # un seul bilan   # a post is a place there, not a job
CASE_STATUS = [(r"suspects?|suspectés?|probables?|possibles?", "suspected"), (r"confirmés?", "confirmed")]
MEASURES = [
    (r"(?:morte?s?|tuée?s?)\s+ou\s+disparue?s?|disparue?s?\s+ou\s+morte?s?", "dead-or-missing"),
    (r"tués?\s+ou\s+blessés?|morts?\s+ou\s+blessés?|pertes", "casualties"),
    (r"tuée?s?|morte?s?\b|décédée?s?|ont\s+péri|périssent|ont\s+perdu\s+la\s+vie", "killed"),
    (r"blessés?", "wounded"),
    (r"capturés?|faits?\s+prisonniers?", "captured"),
    # un enlèvement, chaque fois un autre compte : enlevés, toujours retenus, libérés, évadés
    (r"(?:toujours|encore)\s+(?:retenue?s?|détenue?s?|captifs?|captives?|otages?|aux\s+mains\s+(?:des|de\s+leurs)\s+(?:ravisseurs|kidnappeurs))|"
     r"en\s+captivité|retenue?s?\s+(?:en\s+)?otages?|"
     # (ceux encore en garde à vue après des interpellations : un compte à part, pas les interpellations)
     r"(?:toujours|encore|rest\w+|demeur\w+|maintenue?s?)\s+en\s+(?:garde\s+à\s+vue|détention)", "held"),
    (r"évadée?s?|se\s+sont\s+(?:enfuie?s?|échappée?s?|évadée?s?)|(?:ont\s+)?réussi\s+à\s+(?:s'enfuir|fuir|s'échapper|s'évader)|"
     r"échappée?s?\s+(?:à|aux)\s+(?:leurs\s+|des\s+)?(?:ravisseurs|kidnappeurs)", "escaped"),
    (r"libérée?s?|relâchée?s?|remise?s?\s+en\s+liberté", "freed"),
    (r"(?:rentrée?s?|revenue?s?|retournée?s?|de\s+retour)\s+(?:chez\s+(?:eux|elles?|lui)|à\s+la\s+maison|dans\s+leurs?\s+familles?)|"
     r"retrouvé\s+leurs?\s+familles?", "returned"),
    (r"enlevée?s?|kidnappée?s?|pris\s+en\s+otages?|prises\s+en\s+otages?", "abducted"),
    (r"en\s+grève|grévistes?|ont\s+cessé\s+le\s+travail|cessé\s+le\s+travail|débray\w*|(?:fait|font|faire|faisaient)\s+grève|"
     r"(?:participé|pris\s+part)\s+(?:à\s+la|au)\s+(?:\w+\s+)?(?:grève|mouvement\s+de\s+grève)",
     "striking"),
    (r"interpellée?s?|arrêtée?s?|placée?s?\s+en\s+garde\s+à\s+vue", "arrested"),
    (r"infectée?s?|contaminée?s?|testée?s?\s+positi", "infected"),
    (r"disparus?", "missing"),
    (r"identifiée?s?", "identified"),   # « 14 victimes ont été identifiées » : des noms, pas des morts
    (r"bloquée?s?\s+(?:au\s+fond|sous\s+terre|dans\s+la\s+(?:mine|galerie))|coincée?s?|piégée?s?|pris\s+au\s+piège|emmurée?s?", "trapped"),
    # (« remontés vivants », « atteints vivants » : ceux qu'on a sauvés, pas tous ceux qui étaient au fond)
    (r"secourue?s?|sauvée?s?|hélitreuillée?s?|mises?\s+en\s+sécurité|"
     r"(?:remontée?s?|sortie?s?|extraite?s?|atteinte?s?|retrouvée?s?|dégagée?s?)\s+(?:vivante?s?|sains?\s+et\s+saufs?|saines?\s+et\s+sauves?)|"
     r"vivante?s?\s+d(?:es|u|e\s+la)\s+(?:décombres|gravats|ruines|eaux|flots)",   # (« sorti 230 personnes vivantes des décombres »)
     "rescued"),
    # ceux qui sont sortis seuls, et ceux qui étaient au fond quand la galerie s'est effondrée
    (r"(?:remontée?s?|sortie?s?)\s+(?:\w+\s+){0,3}?par\s+(?:leurs|ses)\s+propres\s+moyens", "escaped"),
    (r"au\s+fond(?!\s*,)|sous\s+terre", "underground"),
    (r"relogée?s?|mises?\s+à\s+l'abri|hébergée?s?\s+dans\s+des\s+centres", "evacuated"),
    # (« 300 techniciens sont mobilisés » : déployés ; « 1 000 personnes mobilisées » défilent)
    (r"(?:techniciens|agents|pompiers|sapeurs-pompiers|gendarmes|policiers|militaires|soldats|secouristes|bénévoles|"
     r"salariés|personnels|effectifs|équipes|véhicules|engins|moyens)\s+(?:[\w'-]+\s+){0,3}?mobilisée?s", "deployed"),
    (r"envoyés?|déployés?|dépêchés?|stationnés?|rejoindre|arrivés?|transférés?(?!\s+(?:à|vers)\s+l['’]hôpital)|transporté(?:e?s)?(?![\w'-])(?!\s+(?:à|vers)\s+l['’]hôpital)|acheminés?|combattre|combattent|en\s+Russie", "deployed"),
    # (pas une part à une grève : « 450 salariés ont participé à la grève »)
    (r"manifest|mobilis|cortège|défil|rassembl|descend|ont\s+protesté|(?:ont\s+participé|ont\s+pris\s+part)(?!\s+(?:à\s+la|au)\s+(?:\w+\s+)?(?:grève|débrayage|mouvement\s+de\s+grève))",
     "protesting"),
    (r"évacuée?s?|évacuation", "evacuated"),
    (r"déplacée?s?|ont\s+fui|(?:ayant|avoir)\s+fui|fuient|jetée?s?\s+sur\s+les\s+routes|sans[- ]abri|"
     r"(?:ont\s+dû\s+|contraintes?\s+de\s+)quitter\s+leurs?\s+(?:domiciles?|logements?|maisons?)", "displaced"),
    (r"traversé|franchi|traversée", "crossing"),
    (r"hospitalisée?s?|à\s+l['’]hôpital", "hospitalised"),
    (r"fermée?s?|baissé\s+(?:le|leur)\s+rideau|portes?\s+closes?", "closed"),
    (r"réquisitionn", "requisitioned"),
    (r"endommagée?s?|abîmée?s?|fissurée?s?", "damaged"),
    (r"brûlée?s?|incendiée?s?|ravagée?s?|détruite?s?|parti\s+en\s+fumée", "destroyed"),
    # ce qu'un sinistre fait aux gens, chaque fois un autre compte : confinés, hébergés pour la nuit, venus
    # consulter, exposés aux fumées
    (r"confinée?s?|confinement|calfeutrée?s?|(?:rester|restés?|restées?)\s+(?:chez\s+eux|chez\s+elles|enfermée?s?|à\s+l'intérieur)",
     "confined"),
    (r"dormi|passé\s+la\s+nuit|hébergée?s?|accueillie?s?\s+(?:au|à\s+la|dans)", "sheltered"),
    (r"consulté|pris\s+en\s+charge|prises\s+en\s+charge|soignée?s?|symptômes|vus?\s+(?:par\s+)?(?:un|des)\s+médecins?", "treated"),
    (r"exposée?s?|respiré|inhalé|intoxiquée?s?", "exposed"),
    (r"(?<!non\s)(?<!pas\s)vaccinée?s?|immunisée?s?|(?:ont|a)\s+reçu\s+(?:une|la|leur|deux)\s+(?:\w+\s+)?doses?", "vaccinated"),
    # ce que devient une cargaison ou un déchet, chacun son compte de tonnes : pompé, récupéré (ce qui a fui est le
    # compte sans mesure : la plupart des bilans d'une fuite ne disent que combien)
    (r"pompée?s?", "pumped"),
    (r"récupérée?s?|ramassée?s?|collectée?s?", "recovered"),
    # (« Nous sommes 22 000 dans les rues » : des manifestants ; en dernier, ce qui s'y est passé en dit plus : « maisons
    # brûlées dans les rues »)
    (r"dans\s+(?:la\s+rue|les\s+rues)\b", "protesting"),
]


# le territoire d'un élu ou d'un préfet : « Tessa Morvan, gouverneure de la province du Haut-Salvan »,
# « le maire de Sarvo, Ilija Dornik » : ses chiffres sans lieu sont ceux de sa province, de sa ville
TERRITORIAL_ROLES = {"gouverneur": "region", "gouverneure": "region", "préfet": "region", "préfète": "region",
                     "maire": "city", "bourgmestre": "city", "voïvode": "region"}   # (« la bourgmestre de Kalvsand », traduit)
TERRITORY_WORDS = r"province|région|département|district|comté|ville|commune|municipalité"
TERRITORY_ADJECTIVES = r"(?!)"                       # (le français dit « gouverneure de la province »)
ROLE_OF = r"de\s+la|de\s+l'|du|des|de|d'"
ROLE_ARTICLES = r"la|le|l'"
# « la maire de la ville, Yasmina Rouhi » : la ville est la dernière nommée avant
TERRITORY_ANAPHORA = r"(?:la|cette)\s+(?:ville|commune|localité)|(?:ce|du)\s+village"
# la région nommée juste avant : « selon le gouverneur de la province, Rustam Ezdenov »
REGION_ANAPHORA = r"(?:la|cette)\s+(?:province|région)|(?:ce|du)\s+département"
# les corps qui parlent pour un territoire et en portent le nom (« l'ARS du Haut-Verlan », « la préfecture de
# police de Montréval », « le CHU de Vernissac ») : leurs chiffres sont ceux de ce territoire, de ce site
LOCAL_BODIES = {r"agence\s+régionale\s+de\s+santé": "region", r"ARS": "region", r"préfecture\s+de\s+police": "city",
                r"préfecture": "region", r"sous-préfecture": "city", r"conseil\s+(?:départemental|régional|général)": "region",
                r"rectorat": "region", r"mairie": "city", r"municipalité": "city", r"police\s+municipale": "city",
                r"SDIS": "region", r"service\s+départemental\s+d'incendie\s+et\s+de\s+secours": "region",
                r"CHU": "site", r"centre\s+hospitalier(?:\s+universitaire)?": "site", r"hôpital": "site"}
LOCAL_BODY_PLACE_FIRST = False                          # (le français nomme le lieu après le corps)
# les mots qui font d'un corps ou d'un titre celui d'un territoire (« agence régionale », « le préfet ») ou
# du pays entier (« ministère », « Agence nationale de santé publique ») : voir jurisdictions.body_tier
SUBNATIONAL_WORDS = (r"r[ée]gional(?:e|es|aux)?", r"d[ée]partemental(?:e|es|aux)?", r"municipal(?:e|es|aux)?",
                     r"provincial(?:e|es|aux)?", r"acad[ée]mique", r"local(?:e|es|aux)?", r"communal(?:e|es|aux)?")
NATIONAL_WORDS = (r"national(?:e|es|aux)?", r"minist[eè]re", r"ministre", r"gouvernement", r"f[ée]d[ée]ral(?:e|es|aux)?")
# (« Syndicat national des policiers », « Fédération nationale » : un corps de la société, pas de l'État)
NOT_STATE_WORDS = (r"syndicats?", r"f[ée]d[ée]rations?", r"conf[ée]d[ée]rations?", r"associations?", r"collectifs?",
                   r"ligues?", r"coordinations?", r"intersyndicale", r"ordre")


# Les corps désignés par ce qu'ils sont, même clé dans les deux langues (texte replié) : « les garde-côtes »
GENERIC_BODIES = [(r"gardes?-?cotes?|garde\s+cotiere", "coast-guard"), (r"(?:sapeurs-)?pompiers|sdis|service\s+(?:[a-z]+\s+){0,2}d'incendie", "fire-service"),
                  (r"protection\s+civile|securite\s+civile|defense\s+civile", "civil-protection")]
SPOKESPERSON_ROLES = (r"porte-parole|représentante?|directeur|directrice|chef|cheffe|commandant|responsable|présidente?|"
                      r"secrétaire\s+générale?|déléguée?")
SPOKESPERSON_LINKS = r"de\s+la|de\s+l'|du|des|de|d'"   # "Pavel Dorran, porte-parole des garde-côtes"
# « Vigie Marine dit que son équipage a recueilli 31 rescapés » : ce qu'ont fait les siens, une part du tout
OWN_TEAM = (r"(?:ses|leurs|nos|son|sa|notre|leur)\s+(?:propres?\s+)?(?:équipes?|équipages?|bénévoles|sauveteurs|plongeurs|"
            r"navires?|bateaux?|canots?|hélicoptères?|médecins|secouristes|soignants)")
COUNTING_VERBS = r"compt\w*|recens\w*|dénombr\w*|estim\w*|signal\w*|enregistr\w*"
COUNTING_VERBS_ALONE = r"compte|comptent|comptait|comptaient"   # « la seule chose qui compte » : qui importe
# « l'armée compte 38 000 militaires » : what a body has, not a count it reports
# les auxiliaires qui font du participe après un chiffre un verbe (« 40 cas ont été signalés par les médecins »)
AUXILIARIES = r"été|est|sont|était|étaient|sera|seront|fut|furent|a|ont|avait|avaient"
HAS_VERBS = r"compte|comptent|comptait|comptaient|compterait|compteraient"
# « 27 blessés y ont été accueillis, indique la direction de l'hôpital » : un hôpital compte ses propres patients
HOSPITAL_NAMES = r"hôpital|hôpitaux|(?-i:CHU|CHR)|centre\s+hospitalier|clinique"
LISTENER_MESSAGE = (r"message\s+d'(?:un\s+|une\s+)?(?:auditeur|auditrice|lecteur|lectrice|téléspectateur|téléspectatrice)|"
                    r"(?:un\s+auditeur|une\s+auditrice|un\s+lecteur|une\s+lectrice|un\s+téléspectateur|une\s+téléspectatrice)"
                    r"(?=,|\s+(?:de|d'|à)\s*[A-ZÀ-ÝĀ-ŒŔ-ž][\w'-]+(?:[\s-][A-ZÀ-ÝĀ-ŒŔ-ž][\w'-]+)*\s*:)")   # (« Un téléspectateur d'Anvillers : « … » »)   # « Un auditeur, Régis, nous écrit : « … » »
OWN_ARCHIVES = r"(?:nos|notre)\s+archives?"   # « selon nos archives » : le rappel du journal, pas une affirmation
# l'auteur de l'affirmation qu'une vérification cite en intertitre (« Au moins 20 morts » – VRAI / « Qui l'a dit ? La Croix-Rouge »)
# « AFFIRMATION 1 : « … » » / « NOTRE VERDICT : FAUX » / « Ce chiffre vient d'une publication du groupe Facebook « X » » :
# d'où vient le chiffre vérifié, dit au début du paragraphe sous le titre
CLAIM_ORIGIN = r"(?:ce|le)\s+chiffre\s+(?:vient|provient)|(?:cette|l['’])\s*affirmation\s+(?:vient|provient)"
# ce qu'une ligne « Qui l'a dit » dit de la publication après son nom : « une publication Facebook partagée plus de
# 9 000 fois », « une vidéo publiée sur TikTok le 2 octobre »
POST_DESCRIPTION = (r"(?:partagé|publié|posté|vu|visionné|diffusé|relayé|consulté|aimé|mis\s+en\s+ligne)e?s?(?![\w'-])|"
                    r"mise?s?\s+en\s+ligne(?![\w'-])")
CLAIM_AUTHOR_LABEL = r"qui\s+l'a\s+(?:dit|affirmé|avancé|écrit)|(?:dit|avancé|affirmé)e?\s+par|qui\s+(?:le\s+dit|l'affirme|avance\s+ce\s+chiffre)|source\s+de\s+l'affirmation|auteur\s+de\s+l'affirmation"
SITE_PREPOSITIONS = r"au|aux|à\s+la|à\s+l'|à"   # « Au CHU de Tarvel, la direction a recensé 620 grévistes »
HOSPITAL_MANAGEMENT = r"direction(?:\s+(?:de\s+l'hôpital|du\s+CHU|de\s+la\s+clinique|de\s+l'établissement))?"
# « Au centre hospitalier de Briançolle, …, a indiqué un porte-parole » : la voix de l'hôpital nommé en tête de phrase
HOSPITAL_VOICE = r"porte-parole"
# « Mathis Oberlé, 47 ans, qui dirige le service des maladies alimentaires de l'ANSP » : un rôle dit par une relative
ROLE_CLAUSE = r"qui\s+(?:dirige|préside|pilote)"
# Bodies named by their charge: the same key in both languages (folded text)
PORTFOLIOS = [
    (r"minist\w*\s+(?:\w+\s+)?(?:de\s+la\s+|des\s+|de\s+l')?(?:sante|solidarites\s+et\s+de\s+la\s+sante)", "health-ministry"),
    (r"minist\w*\s+(?:\w+\s+)?(?:de\s+l')?interieur", "interior-ministry"),
    (r"minist\w*\s+(?:\w+\s+)?(?:du\s+)?travail", "labour-ministry"),
    (r"minist\w*\s+(?:\w+\s+)?(?:de\s+la\s+)?(?:transition\s+energetique|energie)", "energy-ministry"),
    (r"minist\w*\s+(?:\w+\s+)?(?:de\s+la\s+|des\s+)?(?:defense|armees)", "defence-ministry"),
    (r"minist\w*\s+(?:\w+\s+)?(?:de\s+l')?education", "education-ministry"),
    (r"minist\w*\s+(?:\w+\s+)?(?:des\s+)?affaires\s+etrangeres", "foreign-ministry"),
    (r"minist\w*\s+(?:\w+\s+)?(?:des\s+)?transports?\b", "transport-ministry"),
    (r"minist\w*\s+(?:\w+\s+)?(?:de\s+l')?agriculture", "agriculture-ministry"),
    (r"minist\w*\s+(?:\w+\s+)?(?:de\s+la\s+)?peche", "fisheries-ministry"),
    (r"minist\w*\s+(?:\w+\s+)?(?:des\s+)?mines\b", "mines-ministry"),
    (r"minist\w*\s+(?:\w+\s+)?(?:de\s+la\s+)?justice", "justice-ministry"),
    (r"minist\w*\s+(?:\w+\s+)?(?:de\s+l'|de\s+la\s+)?(?:environnement|ecologie|transition\s+ecologique)", "environment-ministry"),
    (r"minist\w*\s+(?:\w+\s+)?(?:des\s+)?(?:situations\s+d'urgence|urgences)", "emergencies-ministry"),
]
# "le ministère espagnol de la Santé", "le ministère italien": whose ministry
COUNTRY_OF_OFFICE = [(r"\bespagnol", "spain"), (r"\bitalien", "italy"), (r"\bfrancais", "france"), (r"\ballemand", "germany"),
                     (r"\bbritannique", "united-kingdom"), (r"\bgrec", "greece"), (r"\bportugais", "portugal"),
                     (r"\bbelge", "belgium"), (r"\bsuisse", "switzerland"), (r"\bmarocain", "morocco")]
# A bare head noun refers back to the last body whose name has this word
BODY_HEADS = {"ministere": "minist", "le ministere": "minist", "observatoire": "observatoire", "institut": "institut",
              "agence": "agence", "service": "service", "meme service": "service", "le meme service": "service",
              "syndicat": "syndicat", "prefecture": "prefecture", "ong": "ong", "association": "association",
              "organisation": "organisation"}
# Generic names a research body goes by once introduced
RESEARCH_HEADS = {"institut de recherche", "l'institut de recherche", "chercheurs", "les chercheurs", "institut", "l'institut", "observatoire", "l'observatoire"}


# --- where a count is (extract/places.py) --------------------------------------------------
# Folded or plain words; places.py joins those of every language, since a page may mix them.
PLACE_LOCATIVES = ("en", "au", "aux", "dans", "à", "a", "de", "du", "d'", "des", "sur", r"près\s+de")
PLACE_ARTICLES = ("la", "le", "les", "l'")
PLACE_COMPASS = ("est", "ouest", "nord", "sud")                    # "dans l'est de la Russie"
PLACE_COMPASS_LINK = r"(?:de\s+(?:la\s+|l')?)?"
# "la région (russe) de Koursk", "la raffinerie de Vernay": the place word before the name
PLACE_WORDS_BEFORE = {
    # (« la préfecture maritime de l'Atlantique » commande une façade maritime : son nom ne dit pas où l'on compte)
    "region": ("région", "oblast", "province", "département", r"préfecture(?!\s+maritime)", "état", "land", "comté", "wilaya", "district",
               "gouvernorat", "académie", "canton", "diocèse"),   # (« l'académie de Vasselin » : un rectorat)
    "site": ("raffinerie", "usine", "site", "centrale", "mine", "dépôt", "entrepôt", "aéroport", "hôpital", "camp", "prison",
             "bord", "CHU", r"centre\s+hospitalier(?:\s+universitaire)?", "clinique"),   # (« 31 survivants hissés à bord du Calypsa » : ceux d'un navire, une part du total)
    # "le maire de Valdoro", "la commune de Tavro": a town
    "city": ("maire", "mairie", "commune", "ville", "village", "habitants", "rues"),   # ("1 800 habitants de Valdoro", « les rues de Solmerac »)
}
PLACE_WORDS_AFTER = {}
NEXT_DOOR_BEFORE = r"(?!)"
NEXT_DOOR_AFTER = r"voisine?"                                          # « le Kalondé voisin » : un pays
PLACE_NAME_LINK = r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')"
PLACE_TOWN_LEAD = (r"(?:(?:(?-i:[Rr]ien)\s+qu')?[àÀ]"               # "450 à Lorvan": a town (« Rien qu'à Lorvan, »)
                   # (« Pour Port-Estagnol seulement, l'APPE comptait 30 » : la ville à laquelle le compte se limite)
                   r"|(?-i:Pour)(?=\s+(?:[A-ZÀ-ÝĀ-ŒŔ-ž][\w'-]+\s+){1,3}(?:seulement|uniquement),))\s+")
PLACE_TOWN_TAIL = ""                                                 # (whatever follows it)
# « Arzelles, une commune de 7 900 habitants » : un nom que son apposition dit être une ville
PLACE_TOWN_APPOSITION = r",\s+une?\s+(?:[a-zà-ÿ-]+\s+){0,2}(?:ville|commune|village|bourg|port)\s+(?:de|du|d'|où|à|près|en|sur|qui)\b"
# « 15 dans Tavanui, 6 dans Ekalau » : un nom propre sans article après un compte et « dans » est où il a été compté
# (« à » le dit déjà d'une ville)
PLACE_TOWN_AFTER_COUNT = r"(?:\s+[A-ZÀ-ÝĀ-ŒŔ-ž]?[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+){0,2})?\s+dans\s+(?!(?-i:Le|La|Les|L')\b)(?=(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž]))"
# Sur une page qui parle d'îles, « sur » dit où, comme « à » : « 19 sur Ténaka et 9 sur Maloré »
ISLAND_WORDS = r"îles?|archipels?|atolls?|îlots?"
PLACE_ISLAND_LEAD = r"(?-i:Sur)\s+"
PLACE_ISLAND_AFTER_COUNT = r"(?:\s+[a-zé]+){0,3}\s+sur\s+(?:l'île\s+(?:de\s+|d')?)?"
# "dans le Gard", "Dans le Val-d'Ormoy, …", "en Loire-Atlantique", « 11 morts au Belcaro » (a land's name after « au », « aux »)
# « dans la seule Basse-Vérouze » : that region alone, a part (no place of the whole article when a title says it)
PLACE_ALONE_BEFORE = ("seul", "seule", "seuls", "seules")
# le périmètre d'un chiffre qui n'est pas un lieu : « un millier pour les seuls HUC », « le chiffre des seuls Hôpitaux
# universitaires de Castelmérande (HUC) » (une part, pas le compte du pays)
PERIMETER_ALONE = (r"(?:pour|dans|à|chez|sur|de|des|aux)\s+(?:l[ae]s?\s+|l')?(?:réseau\s+(?:de\s+|d'|du\s+)?|site\s+(?:de\s+|d'|du\s+)?)?"
                   # (a place word between: « sur le seul atoll de Kaveloa », « dans la seule commune de Tavro »)
                   r"seul(?:e|s|es)?\s+(?:l[ae]s?\s+|l')?(?:[a-zà-ÿ]+\s+(?:de\s+|d'|du\s+))?(?P<name>{name})")
PLACE_REGION_LEAD = (rf"(?-i:[dD]ans)\s+(?:le|la|les|l')\s*(?:(?:{'|'.join(PLACE_ALONE_BEFORE)})\s+)?|en\s+|"
                     r"(?-i:[aA]ux?)\s+(?![A-Z]{2,}(?![\w'-]))")   # (not « au CHU »: a body)
# capitalised words after "en", "dans le" that are no place ("en Conseil des ministres")
NOT_PLACES = ("conseil", "commission", "assemblee", "senat", "parlement", "cour", "tribunal", "europe", "direct",
              # (« au Ministère », « au Palais de justice », « au Journal de 20 heures »: a body or a building)
              "ministere", "palais", "journal", "monde", "figaro", "parisien", "gouvernement", "total")
# where someone spoke ("a déclaré à Séoul", "s'exprimait vers 11 h 30 à Bruxelles") is not where the count is
SPEAKING = ("déclaré", "devant", "réunion", "conférence", "sommet", "entretien", "visite", r"s'exprim\w*", r"a\s+dit",
            r"a\s+indiqué")
# where a body sits ("un institut installé à Lyon") is not where its count is
BODY_SEAT = (r"(?:installée?s?|basée?s?|implantée?s?|siégeant)\s+(?:à|en|au)",
             r"(?:institut|université|observatoire|agence|cabinet|laboratoire|hôpital)\s+(?:à|de)")
NEIGHBOUR = r"frontali\w+\s+(?:de\s+|d')(?:l'|la\s+)?"             # "une région frontalière de l'Ukraine"
COUNTRY_ADJECTIVE_AFTER = ("sol", "territoire", "extreme-orient", "est", "ouest", "nord", "sud", "frontiere")  # "sol russe"
COUNTRY_ADJECTIVE_BEFORE = ()
EVENT_NOUNS_AFTER_TOWN = ()
EVENT_NOUNS_BEFORE_ADJECTIVE = ("cortège", "défilé", "manifestation", "rassemblement", "mobilisation", "bilan")  # "le cortège parisien"


# --- who a claimant is (extract/bodies.py) --------------------------------------------------
KNOWN_BY_INITIALS = r"connue?s?\s+sous\s+(?:ses|son|le)\s+(?:\w+\s+){0,2}(?:sigle|initiales)\s+"
DEFINITION_LINKS = ("l'", "d'", "de", "du", "des", "et", "la", "le", "les", "pour")   # "Office national de la protection civile (ONPC)"
BODY_DETERMINERS = ("le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "leur")
# a generic word before a proper name: "association Les Veilleurs", "le syndicat FO"
BODY_TYPES = ("association", "ong", "syndicat", "collectif", "groupe", "cabinet", "application", "institut")
# a company's management, local or central, is one actor
MANAGEMENT = (r"direction(?:\s+(?:du\s+site|locale|du\s+groupe|générale|de\s+\w+))?", r"groupe?", "entreprise", "employeur")
# un modal entre le sujet et le verbe à l'infinitif : « La direction a dû corriger sa copie », « la préfecture doit annoncer »
SUBJECT_MODAL_TAIL = (r"(?:a|ont|avait|avaient|aurait|auraient)\s+(?:dû|pu|voulu)|doit|doivent|devait|devaient|devra|devront|"
                      r"peut|peuvent|pouvait|pouvaient|pourra|pourront|va|vont|allait|allaient|vient\s+de|viennent\s+de|"
                      r"venait\s+de|venaient\s+de")
SUBJECT_DAY_LEAD = r"ce|dès"                                         # « selon a informé ce jeudi la CEPC » (traduit)
_DAY = "|".join(WEEKDAYS)
_MONTH = "|".join(MONTHS)
CLAIMANT_TIME_LEAD = (rf"(?:ce\s+|le\s+)?(?:{_DAY}|hier)(?:\s+(?:soir|matin|dernier))?|"
                      r"plus\s+tôt|auparavant|précédemment|également|aussi|encore|"   # « a indiqué plus tôt la préfecture »
                      r"aujourd'hui|ce\s+(?:matin|soir|midi)|cette\s+(?:nuit|semaine|année|après-midi)|la\s+veille|"
                      r"matin|soir|après-midi|nuit|"   # (translated copy: « Jusqu'à jeudi matin sauveteurs ont retrouvé »)
                      r"la\s+semaine\s+dernière|l'an\s+dernier|l'année\s+dernière|le\s+mois\s+dernier|"
                      r"l'époque|cette\s+époque|"   # (« selon les chiffres officiels de l'époque » : quand, pas qui)
                      # « Depuis la mi-octobre, nos équipes ont compté » : quand, puis qui
                      rf"(?:depuis|dès|jusqu'à)\s+(?:le\s+|la\s+)?(?:(?:début|mi|fin)-?\s*)?(?:{_MONTH}|{_DAY})(?:\s+dernier)?")
# « …, a annoncé la préfecture dans la soirée » : quand, après qui
CLAIMANT_TIME_TAIL = (r"(?:dans|pendant|durant)\s+la\s+(?:soirée|matinée|nuit|journée)|en\s+(?:début|fin)\s+d(?:e\s+|')(?:journée|matinée|soirée|après-midi)|"
                      r"ce\s+(?:matin|soir)|ce\s+jour-là|le\s+(?:soir|matin)(?:\s+même)?|le\s+même\s+jour|"
                      r"(?:à|vers)\s+(?:midi|minuit|\d{1,2}\s*h)|"   # (« [rectorat, à midi puis le soir ; FSU] »)
                      rf"le\s+même\s+(?:{_DAY})|"   # (« selon le ministère le même mercredi »)
                      r"le\s+(?:sur)?lendemain(?:\s+(?:matin|soir))?|la\s+veille(?:\s+au\s+soir)?|"   # (« selon la police le soir même »)
                      rf"hier(?:\s+soir)?|(?:{_DAY})(?:\s+(?:soir|matin))?|(?:à|de)\s+l'époque|d'alors|de\s+cette\s+époque|"
                      # (« 55 500 selon la police après correction »: when, after which step, not part of the name)
                      r"après\s+(?:sa\s+|son\s+|leur\s+|une?\s+)?(?:correction|révision|rectification|vérification|recomptage|mise\s+à\s+jour|recoupement)s?")
OWN_FIGURE = r"(?:sa\s+|son\s+|leur\s+)?propres?\s+(?:estimation|bilan|décompte|chiffre)s?"   # "sa propre estimation"
POSSESSIVE_TOLL = r"(?!)"        # (French puts the owner after: « le bilan consolidé du ministère »)
POSSESSIVE_FIGURE = r"(?!)"
COMPOUND_SOURCE = r"(?!)"     # (le français dit « les chiffres de la police », lus comme document d'un organisme)
NONFINITE_LEAD = r"après\s+avoir|avant\s+de|sans"                      # "Après avoir annoncé 640 grévistes, le groupe..."
MAIN_SUBJECT = (r",\s*(?:le|la|les|l')\s*(?P<s>[\w'-]+(?:\s+[\w'-]+)?)\s+"
                r"(?:a|ont|avait|avaient|[a-zéè]+(?:e|ent|it|ait|aient))\s")   # (", le SNEB publie")


# --- a figure in its article (extract/frame.py) -----------------------------------------------
# "sur le site", "la CGT y revendiquait", "dans la capitale": the place named before
CAPITAL_WORDS = (r"la\s+capitale",)   # « à Vanoudé, la capitale » : quelle ville c'est
CAPITAL_BACKREFS = (r"(?:à|dans)\s+la\s+capitale",)   # la capitale de la page (voir CAPITAL_WORDS)
PLACE_BACKREFS = (r"(?:à|dans)\s+la\s+capitale", r"dans\s+la\s+(?:seule\s+)?(?:ville|commune)", r"(?:l'ensemble|toute?)\s+(?:de\s+)?(?:la\s+commune|la\s+ville|du\s+village|le\s+village)", r"sur\s+(?:le|ce)\s+site",
                  r"sur\s+place", r"(?-i:y)\s+(?=[a-zé])")
# « 3 900 cas dans la province » : la dernière province ou région nommée (« dans sa province » : celle de qui parle, voir jurisdictions.py)
REGION_BACKREFS = (r"dans\s+(?:la|cette)\s+(?:province|région)(?!\s+(?:de|du|d'|des)\s)",)
# "510 sur l'ensemble du groupe": the whole, not the site named before
WHOLE = (r"sur\s+l'ensemble\s+(?:du|de\s+la|des)\s+(?:groupe|sites?|entreprise|réseau)", r"à\s+l'échelle\s+du\s+groupe",
         r"dans\s+l'ensemble\s+du\s+groupe", r"(?<=\s)du\s+groupe(?!\s+[A-ZÀ-ÝĀ-ŒŔ-ž])")  # "1 400 salariés du groupe" (not "du groupe Renault à Flins")
# "À l'échelle nationale, … 23 morts": the country's count, not the region the article is about
# « 47 morts dans les deux pays » : une somme sur plusieurs pays, un compte à part (« les autorités des deux pays »
# est une source : pas « des »)
COMBINED_PLACES = (r"(?:dans|pour|sur)\s+(?:l'ensemble\s+des\s+|les\s+|ces\s+)?(?:deux|trois|quatre|cinq|six|plusieurs)\s+"
                   r"(?:pays|nations)(?![\w'-])",
                   r"(?:deux|trois|quatre)\s+pays\s+(?:réunis|confondus)")
NATIONWIDE = (r"à\s+l'échelle\s+(?:nationale|du\s+pays)", r"au\s+niveau\s+national",
              r"dans\s+(?:tout\s+le|l'ensemble\s+du|le)\s+pays(?![\w'-])", r"sur\s+l'ensemble\s+du\s+territoire",
              r"(?:partout\s+dans|à\s+travers)\s+le\s+pays(?![\w'-])",
              # (« plus de 20 000 manifestants à travers la Lusvérie » : le pays entier, pas la ville de la page)
              r"à\s+travers\s+(?:la\s+|le\s+|l'|les\s+)?(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])[\w-]+(?!\s+(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž]))",
              # « 48 000 manifestants dans toute la Calvérie »: the whole of a land (a region named so is its own
              # place: see the extractor)
              r"dans\s+(?:toute\s+la|tout\s+le|tout\s+l'|toute\s+l')\s*(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])[\w-]+",
              # « 14 morts dans l'ensemble de la vallée » : all the stricken land, not the town the page is about
              r"dans\s+(?:toute\s+la|l'ensemble\s+de\s+la)\s+(?:vallée|zone\s+(?:sinistrée|touchée|inondée))",
              r"(?:bilan|total|décompte|chiffre)\s+national",
              # « 60 000 déplacés dans les trois provinces » : la somme des provinces sinistrées, tout le sinistre
              r"(?:dans|pour|sur)\s+(?:l'ensemble\s+des\s+|les\s+|ces\s+)(?:deux|trois|quatre|cinq|six|plusieurs)\s+"
              r"(?:provinces|régions|départements|districts|îles)(?![\w'-])")
# a date told with these is when a figure was given, not the day of a march
STATEMENT_VERBS = ("annoncé", "annonçait", "indiqué", "publié", "revu", "déclaré", "affirmé", "précisé", r"fait\s+état",
                   "communiqué")
FIRST_DAY = r"premi(?:er|ère)\s+(?:jour|journée)"                  # "pour cette première journée"
SPOKE_BEFORE = ("déclaré", "conférence", "réunion", "devant")
# « 25 000, c'est autre chose : la capacité de l'esplanade » : ce qu'un lieu peut recevoir, pas qui y était
CAPACITY_AFTER = (r",?\s*(?:c'est|est)\s+(?:autre\s+chose\s*:\s*)?(?:la|le)\s+(?:capacité|nombre\s+de\s+(?:places|lits))")
DAY_ARTICLES = ("le",)   # « pour Vauclérans seule, le 13. » : une date (« les 13 » compte)
# ce qu'un lieu ou un engin peut recevoir, même suivi d'un nom compté : « une capacité de 190 passagers »
CAPACITY_BEFORE = r"capacité\s+(?:d'accueil\s+)?(?:maximale\s+)?de|(?:peut|pouvant|peuvent)\s+accueillir"
# « Le 115 a reçu 1 870 appels » : un numéro qu'on appelle, pas un compte (un compte prend « les »)
NUMBER_NAME_ARTICLES = ("le", "la")
SINCE_WORDS = ("depuis", r"à\s+partir(?=\s*$|\s+d(?:u|e)(?:\s*$|\s+(?:%s|demain|\d)))" % "|".join(WEEKDAYS))   # (« à partir de jeudi »)   # « évacués depuis le 13 [DGPC] » : a day, the count's start
SINCE = r"depuis\s+(?:le\s+début\s+de\s+)?(?:(?:le\s+)?\d{1,2}\s+)?"  # "depuis février 2022": a cumulative count


# --- dates that are not when a figure was given (extract/dates.py) ----------------------------
# "entre le 8 et le 13 octobre", "depuis le 14 juillet", "qui a pris fin dimanche 27 juillet"; « du » opens a span only
# with the « au » that closes it (« du lundi 3 au mercredi 5 mars »): « les grévistes du jeudi 15 mars » are that day's
SPAN_BEFORE = ("entre", r"du\s+(?:\w+\s+){1,2}au", r"à\s+partir\s+du", "depuis", r"jusqu'(?:au|à)", r"d'ici", r"pris\s+fin", r"prend\s+fin", "commencé", "débuté",
               "culminé", "dépassé")
SPAN_ARTICLES = ("le", "l'", "la")
SPAN_LINKS = ("et", "au")                                   # "le 8 et le 13", "du 21 au 27"
# « trois mille de plus que jeudi » : le jour comparé ne date rien de ce qui est dit ici
# (un adjectif entre les deux : « plus nombreux que le 18 janvier », « moins suivie qu'au 18 »)
DAY_COMPARED = r"(?:plus|moins)\s+(?:[a-zà-ÿ']+\s+){0,2}(?:que(?:\s+l[ea])?|qu'(?:au|à|le|l[ea]))"   # (« plus de monde que la semaine dernière »)
# « plus que lundi, quand elle en comptait 7 100 » : la proposition qui suit le jour comparé lui donne son chiffre
DAY_COMPARED_WHEN = r",?\s*(?:quand|lorsque|où|jour\s+où)\s"
MONTH_END = r"fin\s+(?:de\s+|d')?"                          # "fin juillet": the month's last day
YEAR_IN = r"en"                     # « le barrage a cédé en 1959, faisant plus de 200 morts » : un chiffre de cette année-là
# « L'épidémie de 2031 avait fait 23 morts », « la crue de 1910 » : un événement passé nommé par son année, dont les
# chiffres sont de cette année-là
YEAR_OF_EVENT = (r"(?<![\w-])(?:épidémie|pandémie|crues?|inondations?|séisme|tremblement\s+de\s+terre|ouragan|cyclone|"
                 r"typhon|tempête|canicule|grèves?|incendies?|éruption|catastrophe|attentats?|explosion|"
                 r"glissement\s+de\s+terrain|tsunami|famine|naufrage|émeutes?|manifestations?)\s+de\s+"
                 r"(?P<b>(?:1[89]|2[01])\d\d)(?!\d)")
DAYS_BACK = {r"une\s+semaine\s+plus\s+tôt": 7, r"la\s+veille": 1, r"l'avant-veille": 2,
             r"un\s+jour\s+plus\s+tôt": 1, r"deux\s+jours\s+plus\s+tôt": 2}   # back from the date told before it
SAME_DAY = r"ce\s+jour-là|ce\s+jour\s+là|le\s+même\s+jour|ce\s+même\s+jour"   # the date told before it
# « L'an dernier, le ministère avait recensé 805 », « il y a deux ans » : un chiffre d'autant d'années avant l'article
YEARS_BACK = {r"l'an\s+(?:dernier|passé)": 1, r"l'année\s+(?:dernière|passée|précédente)": 1, r"il\s+y\s+a\s+(?:un|1)\s+an": 1,
              r"un\s+an\s+plus\s+tôt": 1, r"il\s+y\s+a\s+deux\s+ans": 2, r"deux\s+ans\s+plus\s+tôt": 2,
              r"il\s+y\s+a\s+trois\s+ans": 3}


# Words after a figure that name nothing else than what was counted before ("1 050 parmi les...")
NOT_NOUNS_AFTER_FIGURE = frozenset({
    "parmi", "chez", "environ", "supplémentaires", "nouveaux", "nouvelles", "seulement", "encore", "déjà", "tout", "tous", "toutes", "plus", "moins", "contre", "soit",
    "ou", "et", "mais", "puis", "alors", "sur", "par", "pour", "autres", "fois", "dans", "sous", "vers", "sans", "ces", "ses",
    "des", "les", "mes", "tes", "nos", "vos", "leurs"})


# --- numbers that are not counts (extract/figures.py) -----------------------------------------
# "le vol AF 447", "le TGV 6123", "la route nationale 4", "le formulaire 2042", "l'affaire 23-145": an identifier
_PHONE_NUMBER_KINDS = r"(?:d'urgence|verts?|de\s+téléphone|d'appel|utiles|spéciaux|spécial)"   # des numéros à appeler
IDENTIFIER_LIST_NOUNS = ("lignes", "routes", "quais", "voies", "portes", "sorties", "salles", "pistes", "terminaux", "lot", "lots",
                         # « les numéros d'urgence 150 (Protection civile) et 141 (SAMU) » : des numéros à appeler
                         rf"numéros(?:\s+{_PHONE_NUMBER_KINDS})?")   # « les lignes 4, 7 et 12 »
# le numéro d'un lieu, quoi qu'il suive : « l'amphi 4 », « la salle 12 », « les voyageurs de la ligne 13 », « la piste 31 »
NUMBERED_PLACE_BEFORE = r"(?:amphi(?:théâtre)?|salle|ligne|piste|quai|voie|terminal|hall|pavillon|chambre|bâtiment|niveaux?|étages?)"
# « le AI 407 à destination de Halbrook » : un code et un numéro avant un trajet sont un vol ou un train, sans « vol »
SERVICE_ROUTE_AFTER = r"à\s+destination\s+d[e'u]|en\s+provenance\s+d[e'u]|au\s+départ\s+d[e'u]"
IDENTIFIER_BEFORE = (r"(?:vol|train|TGV|TER|RER|Intercités|Ouigo|Eurostar|Thalys|autoroute|"
                     r"(?:route|la)\s+(?:nationale|départementale|provinciale|régionale|principale)|route\s+(?-i:[A-Z]{1,3})|"
                     r"(?:la|l'|sur)\s*(?-i:A|D|N|M|E|RN|RD)\s*-?|"   # « sur la D 614 », « l'A 7 » : une route
                     r"formulaire|cerfa|affaire|dossier|canal|fréquence|degré|niveau|échelon|catégorie|articles?|alinéas?|dossard|maillot|paragraphes?(?:\s+\d+(?:\s*,\s*\d+)*\s+(?:et|à))?|§|sérotypes?|souches?|[a-zé]+virus|variants?|lignées?|clades?|édition|épisode|tome|chapitre|(?-i:MISE\s+À\s+JOUR|Mise\s+à\s+jour))(?:\s+(?-i:[A-Z][A-Z0-9]{1,2}))?"
                     r"(?:\s*(?:n°|no\.|numéro))?")
# "à 7 h 12", "19 heures 30": the minutes after an hour
CLOCK_HOUR = r"\d{1,2}\s*(?:h|heures?)\s*"
# "à 7.30" (English style): a clock time after these words
TIME_PREP = r"(?:à|vers|dès|jusqu'à|avant|après)"
# « aux heures 7.30 », « aux heures 11 » (traduit de l'italien « alle ore ») : une heure après ces mots
HOURS_LEAD = r"aux\s+heures"
# une phrase qui donne la source de la précédente : « C'est ce qu'a indiqué la préfecture », « Ce bilan a été
# communiqué par l'ARS »
ATTRIBUTED_AFTER = (r"c'est\s+ce\s+qu(?:'a|'ont|e\s+(?:précise|précisent|indique|indiquent|annonce|annoncent|affirme|affirment))"
                    r"(?:\s+(?:indiqué|annoncé|précisé|affirmé|déclaré|communiqué|confirmé|fait\s+savoir|rapporté))?",
                    r"(?:ce\s+bilan|ces\s+chiffres|ce\s+chiffre|cela|ceci)\s+(?:a|ont)\s+été\s+(?:annoncée?s?|communiquée?s?|"
                    r"donnée?s?|confirmée?s?|publiée?s?|fournie?s?|indiquée?s?)\s+par")
RANGE_LINKS_THE = r"à|jusqu'à|et"          # « de la 8 à la 14 » (rare : le français écrit « de 8 h à 14 h »)
# « les véhicules de plus de 3,5 tonnes », « les grumiers de plus de 48 tonnes » : une classe de véhicules, pas un compte
# « Partages : 612 », « Commentaires (41) », « Réagir (12) » : les compteurs d'une page
SOCIAL_COUNT_LABELS = r"partages?|j'aime|commentaires?|vues|réactions?|réagir"
CLASS_THRESHOLD_BEFORE = (r"[a-zà-ÿ]+[sx]\s+de\s+(?:plus|moins)\s+de"
                          # « son semi-remorque de 44 tonnes » : le poids d'un véhicule
                          r"|(?:semi-remorques?|camions?|poids\s+lourds?|véhicules?|citernes?|grumiers?|cargos?|navires?)"
                          r"\s+de")
CLASS_THRESHOLD_UNIT = r"(?:tonnes?|t)(?![\w-])"
# "appeler le 15", "composer le 112", "les appels au 17": an emergency number
EMERGENCY_NUMBERS = frozenset({"15", "17", "18", "112", "113", "114", "115", "118", "119", "191", "196", "3114", "3919"})
# « le service d'urgence sanitaire 118 », « la centrale du 118 »: the number in a service's name
EMERGENCY_BEFORE = (r"(?:urgences?(?:\s+sanitaires?|\s+médicales?)?|secours|(?-i:SAMU|Samu)|centrale(?:\s+opérative)?"
                    r"(?:\s+du)?|numéro(?:\s+d'urgence)?)")
CALL_BEFORE = (r"(?:appel(?:er|é|ée|és|ez|le|lent|ait|aient|ant|s)?|compos(?:er|é|ez|e|ent|ait|ant)|joindre|jointe?s?|"
               r"contact(?:er|é|ez)|prévenir|numéro(?:\s+d'urgence)?)(?:\s+[\w'-]+){0,3}?(?:\s+(?:le|au|l'))?")
# « composez le 3237 », « appelez le 0 800 12 34 56 » : le numéro appelé, quel qu'il soit
PHONE_BEFORE = (r"(?:(?:appel(?:er|ez|le|lent)|compos(?:er|ez|e|ent)|joindre)\s+le"
                # « le numéro d'urgence 150 », « les numéros verts 0800 » : quelle que soit sa valeur
                rf"|numéros?\s+{_PHONE_NUMBER_KINDS})")
# "le 15 (Samu)", "le centre 112": the number of an emergency service
EMERGENCY_AFTER = r"(?:\(\s*(?:Samu|police|pompiers|secours)|centre|standard|plateforme)"
# "semaine 15", "la semaine n° 15": a week number (not "cette semaine 15 personnes")
WEEK_BEFORE = r"(?:semaine|sem\.)\s*(?:n°\s*)?"
WEEK_NOT_AFTER = r"(?:cette|chaque|par|une|toute\s+la|même)"
# "le score de 5-0", "s'est imposé 3 à 1", "une victoire 2-1": a match score
SCORE_WORDS = (r"(?:score|s'(?:est\s+)?impos(?:e|é|ée|ent)|victoire|défaite|succès|battu|battue|bat|battent|"
               r"l'(?:a\s+)?emport(?:e|é)|gagn(?:é|e|ent)|perdu|perd|match\s+nul|men(?:é|ée|ait)|vainqueurs?|"
               r"s'(?:est\s+)?inclin(?:e|é|ée|ent)|remport(?:e|é|ée)|finale|match|rencontre|mi-temps)")
SCORE_AFTER = r"(?:victoire|défaite|succès|nul)"
SCORE_LINK = r"\s*[-–]\s*|\s+(?:buts?\s+)?à\s+"
# "à 500 m du site": never a scale word in French
SCALE_AS_UNIT = ()
SCALE_AS_UNIT_AFTER = r"(?!)"
SCALE_AS_UNIT_BEFORE = r"(?!)"

# a river or landform named like a département is not it: "la vallée du Rhône"
FEATURE_BEFORE_PLACE = (r"vallée\s+(?:du|de\s+la|de\s+l'|des)", r"fleuve", r"bassin\s+(?:du|de\s+la|de\s+l')", r"delta\s+du",
                        r"rives?\s+(?:du|de\s+la|de\s+l')", r"estuaire\s+(?:du|de\s+la|de\s+l')")
FEATURE_AFTER_PLACE = ()

# --- discourse units (extract/discourse.py) ---
# the heading of a box that restates the article's figures ("L'essentiel", "Ce qu'il faut retenir")
# Le libellé d'une question d'entretien : « Q : », « Question : » (les réponses s'ouvrent sur le nom : « Okonjo : Nous … »)
INTERVIEW_QUESTION = r"Q|Question|QUESTION"
# an interview whose questions stand alone, unlabelled, says so in its headline or introduction
INTERVIEW_WORDS = r"entretien|interview|(?:répond|a\s+répondu|ont\s+répondu|répondent)\s+à\s+nos\s+questions|questions\s+à|propos\s+recueillis"
# the one interviewed, named after the words that bring them in: « Nous avons interrogé Anne Petit, directrice … »,
# « entretien avec Marc Leroy » (the introduction may name others first: a witness quoted, the reporter)
INTERVIEWEE_LEADS = (r"(?:nous\s+avons|j'ai)\s+(?:interrogé|questionné|rencontré|posé\s+(?:nos|ces|ses|les)\s+questions\s+à|demandé\s+à)",
                     r"(?:entretien|interview|échange)\s+avec", r"questions\s+à")
INTERVIEW_TO = r"pour|à|avec|auprès\s+de"   # whom a guest speaks to, before the outlet's name: « fait le point pour L'Écho »
INTERVIEW_ANSWER = r"R|Réponse|Rép|RÉPONSE"   # the answer's label: its words are the interviewee's
ANSWER_BY = r"du|de\s+la|de\s+l'|des|de|d'"   # « RÉPONSE du préfet : », « RÉPONSE de M. Aumont : » : who answers
# labels that open a line but name no speaker ("Photo : AFP", "Read more: …")
# the label of a caller or a passer-by, whose name is in the aside: « AUDITRICE (Jeannine, Kervoalic) : »
CALLER_LABELS = (r"auditeur|auditrice|auditeurs|auditrices|téléspectateur|téléspectatrice|appel|appelant|appelante|"
                 r"témoin|habitant|habitante|intervenant|intervenante|internaute")
NOT_SPEAKER_LABELS = (r"photos?|crédits?|sources?|lire\s+aussi|à\s+lire\s+aussi|mise\s+à\s+jour|note|légende|vidéo|infographie|publicité|par|avec|"
                      r"verdict|notre\s+(?:verdict|note|évaluation|appréciation)|(?:aussi\s+)?vérifiés?|vrai|faux|plutôt\s+(?:vrai|faux)|trompeur|intox|contexte|conclusion|"
                      # (« CE QUI CIRCULE : », « CE QUE DIT LE MINISTRE : » : « ce qui », « ce que » n'ouvrent aucun nom)
                      r"ce\s+(?:qui|que|qu')\s*[\w' ]{1,40}|l'affirmation|"   # les rubriques d'une vérification
                      # (« QUI L'A DIT : », « CHIFFRE 2 : » : qui a avancé le chiffre vérifié, lequel)
                      r"qui\s+l['’]a\s+dit|qui\s+le\s+dit|(?:dit|avancé|affirmé)e?\s+par|chiffres?(?:\s+\d+)?|affirmations?(?:\s+\d+)?")
KEY_POINTS = (r"l'essentiel|ce\s+qu'il\s+faut\s+(?:retenir|savoir)|[àa]\s+retenir|les\s+points?\s+cl[ée]s?|en\s+bref|"
              r"ce\s+que\s+l'on\s+sait|ce\s+que\s+nous\s+savons")
CLOCK_SUFFIX = r"heures?"  # "14 h 32", "14:32" need none
# titles written with a full stop before a name ("M. Dupont", "Dr. Martin"): the stop ends no sentence and no name
# "Madame Delorme-Catala, les 46 suppressions, vous les confirmez ?": the one spoken to, not the subject
# le premier mot d'une réponse, qui acquiesce ou temporise et ne nomme personne : « Oui, et le préfet compte 15 »,
# « Écoutez, le syndicat dit 4 000 »
DISCOURSE_LEAD = (r"(?:oui|non|bon|alors|écoutez|écoute|eh\s+bien|certes|effectivement|en\s+effet|mais|et|donc|"
                  r"d'ailleurs|bref|voilà|absolument|exactement|tout\s+à\s+fait|bien\s+sûr|justement|franchement|"
                  r"honnêtement|attendez|pardon)")
VOCATIVE_TITLES = r"madame|monsieur|mademoiselle|docteure?|professeure?|maître|mme|m\.|dr|pr|me"
VOCATIVE_ONLY = r"madame|monsieur|mademoiselle"   # spelled out, a title that speaks to someone: « Monsieur Aumont, l'UFC dit »
PLACE_TITLES = ("St", "Ste")   # « la Ste-Baume » : un titre qui ouvre aussi un nom de lieu
TITLES = ("M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "Mgr", "Gén", "Col", "Lt", "Cdt", "Cne", "Sgt", "St", "Ste")
# other abbreviations whose full stop ends no sentence ("av. J.-C.", "env.")
NUMBER_SIGNS = ("no", "nos")          # « la route no. 187 » (« n° » n'a pas de point)
# « [DGPC, mar. 20] », « sam. 17 » : un jour abrégé avant son quantième ne finit pas la phrase
DAY_ABBREVIATIONS = ("lun", "mar", "mer", "jeu", "ven", "sam", "dim")
ABBREVIATIONS = ("av", "J.-C", "p", "cf", "env", "etc", "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc", "n°",
                 *_tr.ABBREVIATIONS)
# a time long past that makes a sentence background, not the speaker's figure ("Cette année-là, …")
THEN = r"cette\s+année-là|à\s+l'époque|ce\s+jour-là|l'an\s+dernier|l'année\s+dernière|par\s+le\s+passé|autrefois|jadis"
# verbs that go on with the last speaker: "il a ajouté" is who spoke last, not who was named last
GOING_ON = r"a\s+ajouté|ajoute|ajoutant|a\s+poursuivi|poursuit|a-t-(?:il|elle)\s+(?:ajouté|poursuivi|complété)|ajoute-t-(?:il|elle)|poursuit-(?:il|elle)|a\s+complété|a\s+renchéri|renchérit"

# --- the extractor's own words (extract/extractor.py) ---
# "ce chiffre de 11 300": the same figure again
FIGURE_BACKREF = (r"(?:ce|cette|ces|le\s+même|du\s+même)\s+(?:chiffre|bilan|nombre|estimation|total)s?\s+(?:de|d'|à)?\s*$"
                  # un chiffre donné plus haut, montré du doigt ou rappelé : « Ces 17 étaient … », « les 8 400 foyers »
                  r"|(?<![\w'-])ces\s+$"
                  # « Le chiffre de 150 correspond … » : la phrase parle du chiffre déjà donné
                  r"|^\s*(?-i:Le)\s+chiffre\s+(?:de|d')\s*$")
# "son bilan ... à 3 958": a toll counts the dead
TOLL_WORDS = r"bilan|nombre\s+de\s+(?:morts|victimes|décès)"
# « 76 — le bilan des morts donné lundi par l'ONPC », « 340 — le bilan des blessés » : un élément de liste de chiffres
# dont la tête dit ce qu'il compte
TOLL_OF = r"bilan\s+(?:des\s|de\s|d')"
# "évalué la foule à 50 000": the crowd, then its links
CROWD_WORDS = r"foule|affluence|mobilisation|participation"
CROWD_LINKS = r"à|de|estimée?|évaluée?"
EVENT_DAY_NOUNS = r"manifestations?|marches?|rassemblements?|cortèges?|grèves?|mobilisations?"   # « les manifestations de jeudi »
# « Quelque 5 000 ont défilé, selon la police » : un chiffre seul dont le verbe dit qu'il compte des manifestants
# le verbe avant son sujet : « Mardi ont défilé 52 000 personnes dans tout le pays »
MARCHED_BEFORE = r"(?:ont|avaient)\s+(?:défilé|manifesté|marché)|défilaient|manifestaient"
MARCHED_AFTER = (MARCHED_BEFORE + r"|(?:ont|avaient)\s+participé(?!\s+à\s+(?:la\s+|leur\s+)?(?:grève|débrayage))|"
                 # « Ils étaient 2 000 à défiler », « … 2 000 selon les organisateurs, 800 selon la police, à défiler »
                 r"(?:selon\s[^\d,;.]{1,60},\s*(?:\d[\d\s\u00a0\u202f]*\s+selon\s[^\d,;.]{1,60},\s*)?)?"
                 r"à\s+(?:défiler|manifester|marcher|se\s+rassembler|battre\s+le\s+pavé)")
# « 2 000 ont participé à la grève », « 2 000 ont fait grève » : un chiffre seul dont le verbe dit qu'il compte des grévistes
STRUCK_AFTER = (r"(?:ont|avaient)\s+(?:participé\s+à\s+(?:la\s+|leur\s+)?(?:grève|débrayage)|fait\s+grève|débrayé|cessé\s+le\s+travail)|"
                r"(?:étaient|sont)\s+en\s+grève")
MARCH_WORDS = r"marches?|manifestations?|cortèges?|rassemblements?|défilés?"   # « le cortège comptait 3 000 personnes »
# "dans 11 provinces", "sur les 81 sièges": a place or a share, not a count (not "à": "a procédé à 450 évacuations")
COUNT_PREPOSITIONS = r"dans|sur|en|par|pour|des"
PLURAL_DETERMINERS = r"les|ses|ces"
OF_LINK = r"des|du|de\s+la|de|d'"           # "1 500 membres des forces spéciales"
ELLIPTIC_POSSESSIVE = r"(?!)"   # (l'anglais "6,000 by the union's")
OF_LEAD = r"de\s+|d'"                        # "3 000 d'abris"
# a plural noun after a figure, counted as itself ("1 850 contrôleurs")
GENERIC_NOUN = r"^\s*(?:de\s+|d')?(?P<noun>[a-zà-ÿ][a-zà-ÿ-]{3,}[sx])(?![\w'-])"
PARTICIPLE_ENDINGS = ("és", "ées", "ds", "ts")  # "420 affectés": a participle, not a noun
NOUN_ENDINGS = ("ents", "ants", "onts", "ats", "ets", "ards",   # "9 accidents", "40 agents", "14 ponts", "12 soldats", "3 objets", "8 motards": nouns
                "versités", "munautés", "ociétés", "ctivités", "nités")   # « 6 universités encore bloquées », « 3 sociétés », « 4 unités »
NOT_COUNTED = {"fois", "plus", "moins", "euros", "dollars", "francs", "livres", "yuans", "roubles", "ans", "mois", "jours",
               # de l'argent, quelle que soit la monnaie : « 12 millions de manats pour le relogement »
               "roupies", "yens", "wons", "pesos", "réals", "rands", "nairas", "shillings", "dinars", "dirhams", "livres turques", "lires", "zlotys", "couronnes", "forints", "lei", "levas", "hryvnias", "tenges", "manats", "soms", "laris", "drams", "bahts", "ringgits", "roupies", "cédis", "kwachas", "birrs", "riyals", "rials", "takas", "dongs", "florins", "marcs", "escudos", "pesetas", "drachmes", "kunas",
               "heures", "points", "sièges", "reprises", "occasions", "degrés", "kilomètres", "mètres", "autres", "ceux",
               "celles", "dont", "parmi",
               "affirmations", "verdicts"}   # (« Nous avons repris cinq affirmations », « Notre échelle compte cinq
                                             # verdicts » : ce qu'une vérification vérifie et juge, pas un compte)
# ("two Thursdays without customers", « deux jeudis sans clients »: days, as "two days" are)
NOT_COUNTED |= {day + "s" for day in WEEKDAYS}
# what a figure measures or lists, never a thing counted: « 18 000 litres », « trois choses »
NOT_A_COUNT = {"minutes", "secondes", "semaines", "années", "litres", "kilos", "grammes", "choses", "raisons", "questions",
               "ans", "mois", "jours", "heures", "degrés", "kilomètres", "mètres", "euros", "dollars", "manières",
               "façons", "hectolitres", "centilitres", "millilitres", "mètres cubes",
               "étages",   # « une tour de 11 étages » : la hauteur d'un immeuble
               "tiers", "quarts", "cinquièmes", "dixièmes", "moitiés",   # « les deux tiers de la profession » : une part
               # a page's counters: « 1 846 partages », « 212 commentaires »
               "partages", "commentaires", "vues", "likes", "retweets"}
# « mes trois enfants et moi » : the speaker's own family, not a count of anything that happened
KIN_BEFORE = r"mes|nos"
KIN_NOUNS = r"enfants|fils|filles|frères|sœurs|petits-enfants|cousins|neveux|nièces|gamins|gosses"
# « pour la semaine du 20 au 26 » : days of the month
DAY_SPAN_BEFORE = r"(?:semaine|période|week-end|nuit|grève|journées?)\s+d(?:u|es)"  # (« la grève des 6 et 7 »)
COMPOUND_LEAD_NOT = ()  # (nouns do not stack before a noun: "suppressions de postes", not "postes suppressions")
# Words ending in -s or -x after a figure that are no nouns: "a atteint 412 depuis le début"
NOT_NOUNS = {"depuis", "dans", "sous", "vers", "après", "alors", "puis", "lors", "hors", "tous", "toutes", "mais",
             "parfois", "toujours", "jamais", "ailleurs", "désormais", "pourtant", "ainsi", "mieux", "certes",
             "néanmoins", "environ",
             "supplémentaires", "nouveaux", "nouvelles"}   # « puis 5 supplémentaires mardi » : un adjectif, le nom est avant
# « Nous étions au moins 160 » : le groupe de ceux qui parlent, des personnes, pas ce que l'article compte le plus
GROUP_COPULA = r"(?:nous|ils|elles)\s+(?:étions|étaient|sommes|sont)|on\s+(?:était|est)"
COPULAS = r"sont|est|étaient|était"
# (the subject that opens a reported clause: French opens it with « que », which no place phrase runs into)
CLAUSE_OPENING_SUBJECTS = r"(?!)"
CHANGE_BY = (r"(?:baisse|hausse|augmentation|diminution|recul|progression|écart|différence|l'écart|la\s+différence)\s+de|"
             r"(?:baissé|augmenté|diminué|reculé|progressé|chuté)\s+de")   # a change or a difference, not a count
ADDED_TO = r"(?:à|au)\s+(?:son|leur|sa|le|la)?\s*(?:(?:premier|précédent)\s+)?(?:chiffre|décompte|comptage|bilan|estimation|total)"   # « a ajouté 5 000 personnes à son chiffre »
NEW_ONES = r"nouveaux|nouvelles|supplémentaires"                  # « huit nouveaux cas » : ce qui s'ajoute, pas le total
NEW_ONES_BEFORE = r"encore|(?:puis|et)\s+(?:de\s+)?nouveau"         # « puis de nouveau 5 mardi » : ce qui s'ajoute
PARTITIVE_PRONOUN = r"d'entre\s+(?:eux|elles)"   # "41 blessés, dont sept d'entre eux grièvement": une partie du chiffre d'avant
# « 31 cas … Cinq sont des femmes enceintes » : un groupe des personnes comptées avant, une partie d'entre elles
COPULA_GROUP = (r"\s+(?:sont|étaient)\s+(?:des\s+|d')(?P<group>(?:femmes|hommes|enfants|mineurs|filles|garçons|bébés|"
                r"nourrissons|adolescents|adultes|retraités|étrangers|touristes|soignants|enseignants|élèves|étudiants|"
                r"soldats|policiers|civils|passagers|membres\s+d'équipage|pompiers)(?:\s+(?!de\s|d')[a-zà-ÿ-]+)?)(?![\w-])")
PARTITIVE = r"des"                       # "25 des rescapés ont été hissés à bord": une partie d'un groupe déjà compté
# a number word's group: « quatre de nos 11 portiques », « deux de ses inspecteurs » (a word alone is rarely a count)
WORD_PARTITIVE = r"des|de\s+(?:ses|leurs|nos|vos|ces)"
# le chiffre est celui du jour où il est donné, quel que soit le jour de la phrase d'avant
NOW_WORDS = r"désormais|maintenant|actuellement|à\s+ce\s+jour|à\s+l'heure\s+actuelle|pour\s+l'instant|jusqu'ici"
# « Les 46 de l'ARS, ce sont des gens qui ont vu un médecin », « Les 23 des pompiers, oui » : a figure echoed as
# another's, its owner right after it (« 163, c'est le chiffre de la préfecture » : « chiffre de X » is a source noun)
# (quoted, or before a full stop or the words that go on with the sentence: « loin des « plus de 11 000 » de la CGT. »,
# « les 7 500 du maire aux 2 600 de la préfecture »)
FIGURE_OWNER_AFTER = (r"\s*[»”\"]?\s+(?:(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+"
                      # « loin des « plus de 5 000 » revendiqués lundi par leur syndicat » : whose it is, in the passive
                      r"|(?:revendiquée?s?|avancée?s?|annoncée?s?|donnée?s?|recensée?s?)(?:\s+(?!par\b)[\w'’-]+)?\s+par\s+"
                      r"(?:l['’]\s*|la\s+|le\s+|les\s+|leurs?\s+|son\s+|sa\s+|ses\s+)?"
                      # « Les 130 dont parle la direction, ce sont des renforts » : the figure someone speaks of
                      r"|dont\s+(?:parle(?:nt)?|parlai(?:en)?t|(?:a|ont|avait|avaient)\s+parlé|font\s+état|fait\s+état)\s+"
                      r"(?:l['’]\s*|la\s+|le\s+|les\s+|leurs?\s+|son\s+|sa\s+|ses\s+))(?P<owner>(?!\d)(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
                      r"(?=\s*[,;:.!?»”\"]|\s+(?:et|ou|contre|aux?|à|qui|que|mais|sont|étaient)\s|\s*$"
                      rf"|\s+(?:{CLAIMANT_TIME_TAIL})(?![\w'’-]))"   # (« … par le syndicat lundi »)
                      # « Les 186 de Mme Rouquette comptent des collègues en formation » : a person's figure, by title
                      r"|de\s+(?-i:M\.|Mme|Mlle|Me|Dr|Pr)\s*(?P<person>(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])[\w'’-]+))")
# (the echo names its figure with the article: « les 46 de l'ARS »; not a whole: « 15 lits sur les 28 du service »)
FIGURE_OWNER_BEFORE = r"(?<![\w'’-])(?<!sur\s)(?:les|des|aux)\s+(?:[«“\"]\s*)?$"
HEARSAY_BEFORE = (r"on\s+nous\s+(?:parle|parlait|a\s+parlé|dit|disait|a\s+dit|annonce|annonçait|a\s+annoncé|assure|assurait)(?:\s+d[e']|\s+que)?"   # « On nous parle de 14 malades »
                  # « Annoncer une trentaine de disparus quand il y en avait deux fois plus… » : what someone else announced
                  r"|(?:^|[«“\"]\s*)(?-i:Annoncer|Évoquer|Parler\s+d[e']|Avancer)")
PREVIOUS_VALUE = (r"contre|(?:en\s+)?(?:baisse|hausse|recul)\s+par\s+rapport\s+(?:à|aux?)|"   # "4 800 contre 6 200"
                  # « La CCT en revendique 25 000, après en avoir annoncé 30 000 mardi » : its own earlier count
                  r"après\s+(?:en\s+)?avoir\s+(?:annoncé|compté|revendiqué|recensé|évoqué|déclaré)|"
                  r"après\s+les?|"   # « près de 900 000, après les 1,3 million de jeudi »
                  r"après(?=\s*$)")  # « 498 000, après 412 000 le 18 janvier » (the figure right after it)
# « 412 interpellations, en baisse par rapport à l'an dernier, où 805 » : l'année comparée est celle du chiffre suivant
YEAR_COMPARED = r"par\s+rapport\s+(?:à|aux?)|comparé\s+(?:à|aux?)|que|qu'|sur|contre"
CORRECTED_VALUE = r"et\s+non(?:\s+pas)?|au\s+lieu\s+d[eu']"   # "175 000, et non 150 000 comme annoncé jeudi": the figure it corrects
OUT_OF = r"sur(?:\s+(?:les|ses|leurs|un\s+total\s+de))?|des|de\s+(?:ses|leurs|nos)"   # "30 professeurs sur 110": the whole, not a part
# le tout même une proposition après sa partie : « 4 300 cantines sont restées fermées à midi, sur les quelque 24 000 »
OUT_OF_WHOLE = r"sur\s+(?:les|ses|leurs|un\s+total\s+de)"
# un tout en tête de phrase avant sa part : « Sur les 1 200 passagers, 300 … »
FRONTED_WHOLE = r"(?:sur|parmi)\s+(?:les|ses|leurs)"
OF_US = r"d'entre\s+(?:nous|eux|elles)"     # "200 d'entre nous"
# "les manifestants étaient 10 000": the noun before; translated copy takes it up again with a pronoun
# (« les blessés ils sont 23 », from the Italian) and rises to it (« les blessés sont montés à 23 »)
# (« a augmenté de 37 à 412 » dit d'où il part, pas de combien : aucune variation n'y sépare le nom de son niveau)
CHANGED_BY = r"(?!)"
NUMBERED_PARTICIPLE = r"[a-zà-ÿ]+(?:ée?s|is|ites)"   # « les maisons détruites sont 240 » : le nom avant son participe
NUMBERED_VERBS = r"(?:(?:ils|elles)\s+)?(?:étaient|sont|s'élevaient\s+à|atteignaient|ont\s+atteint|(?:sont|étaient)\s+(?:montée?s|passée?s|tombée?s|redescendue?s)\s+à|ont\s+(?:grimpé|augmenté|bondi|chuté)\s+à)"
# « La mairie, qui reprend les chiffres de la préfecture, évoque 260 véhicules » : les chiffres de la préfecture
NEGATED_SUBJECT = r"aucune?|nulle?|ni|personne(?=\s+(?:n|ne)\b|$)"   # « Aucune source n'avance le chiffre d'un million » : personne ne l'avance
QUOTING_FIGURES = (r",\s*(?:(?:en\s+)?(?:citant|reprenant|relayant)|qui\s+reprend|qui\s+cite|qui\s+relaie)\s+(?:les\s+|le\s+)?"
                   r"(?:chiffres|données|bilans?|estimations?|décomptes?|comptages?)\s+(?:de\s+la\s+|du\s+|de\s+l'|des\s+|d'|de\s+)"
                   r"(?P<np>[^,;:]{2,60}?)\s*,")
NEXT_REPORTED = r"[,;]?\s+et\s+(?:que|qu'|ajoute|précise|indique|affirme)(?![\w'-])|;"   # « …, et que 27 compagnies » : la propre phrase du locuteur reprend
HOW_MANY = r"combien\s+(?:de\s|d')"      # « combien de personnes étaient à bord » : ce que comptent les chiffres après
# ce qu'un groupe sans nom signale, ce sont des faits, que d'autres comptent : « 74 agressions signalées par des agents »
EVENTS_REPORTED_BY = r"(?:signalée?s?|rapportée?s?|déclarée?s?)\s+par"
# la base d'un calcul, dont le chiffre n'est pas ce qui suit : « Sur la base du chiffre de la compagnie, 60 disparus »
HEAD_SUBSET_LEAD = r"dont"   # la partie d'un chiffre de tête : « 37, dont 6 enfants — rescapés admis »
BASIS_LEAD = r"sur\s+la\s+base\s+d(?:u|es|e|')"
NUMBER_OF = r"(?:nombre|total)\s+(?:des\s|de\s|d')"  # "le nombre de sinistrés pourrait atteindre 150 000"
# « Côté grévistes, le ministère en a compté 9 400 » : le nom qui ouvre la phrase est ce que comptent ses chiffres nus
TOPIC_LEAD = r"pour|côté|s'agissant\s+des|s'agissant\s+de|concernant|quant\s+aux|quant\s+à|au\s+sujet\s+des|en\s+ce\s+qui\s+concerne"
# "a infecté 14 000 personnes et tué 312": the next clause's verb belongs to the next figure
NEXT_CLAUSE = r"\set\s+(?:a\s+|ont\s+)?[a-zà-ÿ]+(?:é|ée|és|ées)(?![\w'-])"


# --- reporting verbs as lemma families (extract/attribution.py) --------------------------------
# A pattern that matches nothing: the value of a word class this language does not have
NOTHING = r"(?!)"
# Verbs that give a figure, as lemmas; inflect() below makes their forms: "déclarer" gives déclare,
# déclarent, déclarait, déclara, déclarera, déclarerait, déclarant, déclaré(e)(s) ("a déclaré",
# "a-t-il déclaré" join an auxiliary of AUX or INVERTED_AUX to it); "s'attendre" gives s'attend,
# s'est attendu; a complement stays after every form ("faire état": fait état, a fait état)
REPORTING_VERBS = (
    "déclarer", "affirmer", "estimer", "avancer", "revendiquer", "recenser", "dénombrer", "compter", "évoquer",
    "indiquer", "annoncer", "préciser", "réviser", "rapporter", "confirmer", "signaler", "chiffrer",
    "comptabiliser",
    # (a toll brought down, not people brought back: « une vedette a ramené 14 passagers »)
    "ramener le bilan", "ramener son bilan", "ramener le chiffre", "ramener son chiffre", "ramener son estimation", "ramener à",
    "communiquer", "expliquer", "ajouter", "assurer", "avertir", "relever", "souligner", "juger", "dire", "écrire",
    "répéter", "redire", "publier", "faire état", "faire savoir", "faire valoir", "faire remarquer", "faire observer", "faire le point", "faire la déclaration", "faire une déclaration",
    "s'accorder", "documenter", "constater",
    # « La préfecture donne un premier chiffre de 31 000 » (the past « a donné » read as an action already)
    "donner le chiffre", "donner un chiffre", "donner un premier chiffre", "donner un nouveau chiffre", "donner son chiffre",
    "donner un bilan", "donner un premier bilan", "donner un nouveau bilan", "donner son bilan",
    "tabler sur", "parler", "citer", "reconnaître", "admettre", "prévoir", "prévenir", "évaluer", "redouter",
    "craindre", "rectifier", "corriger", "actualiser", "enregistrer", "détailler", "raconter", "témoigner",
    "confier", "rappeler", "dénoncer", "insister", "marteler", "lancer", "arguer", "soutenir", "maintenir",
    # evaluative: the speaker judges what it counts ("la CGT déplore 300 suppressions", "s'attend à 3 000 morts")
    "déplorer", "accuser", "s'attendre", "s'alarmer", "se féliciter", "s'inquiéter", "regretter", "revoir",
    # the answer in a dispute: « la LPR répondait le même jour que 6 centres seulement … » (not « Dix préfectures
    # nous ont répondu », who answered a question)
    "répondre que", "rétorquer", "répliquer", "objecter",
    "se défendre", "s'insurger", "s'agacer", "se réjouir", "s'indigner", "se désoler",
    # translated copy: "a informé ce mardi le Service national", "l'AFAD a exprimé que"
    "informer", "exprimer", "rendre connu", "rendre public",
    "faire connu",   # (« a fait connu la docteure de garde », calque de l'albanais « bëri të ditur »)
    "laisser savoir",   # (« La Région de sécurité laisse savoir que … », calque du néerlandais « laat weten »)
    # a toll that moves: "la garde côtière passe à 19 morts", "s'en tient à 14", "le bilan atteint 23 morts"
    "mentionner",
    # what a study or a report finds: « un rapport publié vendredi conclut que 2 450 personnes sont mortes »
    "conclure", "révéler",
    "passer à", "s'en tenir", "en être à", "atteindre", "porter le bilan à", "porter ce bilan à", "porter son bilan à",
    # « a porté à 260 le nombre des habitations », « a porté le bilan des habitations endommagées à 260 »
    "porter le bilan des", "porter le bilan de", "porter le nombre des", "porter le nombre de",
    # « la préfecture porte à 650 le nombre d'évacués » (an event as subject names nobody: « ce décès porte à 29 »)
    "porter à",
)
FIGURE_SAID_BY = NOTHING   # (English shorthand "14 blockaded say the presidents": French puts a comma, « …, disent-ils »)
# Verbs whose third person, put after a quote or a clause, comes before its subject: "…, affirme de son côté X"
FRONTED_REPORTING = r"(?!)"   # (English translated copy: "Informed this Monday the Ministry that …")
INCISE_VERBS = (
    "déclarer", "affirmer", "estimer", "indiquer", "préciser", "ajouter", "expliquer", "souligner", "assurer", "dire", "écrire",
    "rapporter", "confirmer", "annoncer", "poursuivre", "insister", "résumer", "noter", "relever", "avancer",
    "reconnaître", "déplorer", "dénoncer", "confier", "raconter", "témoigner", "regretter", "s'alarmer",
    "s'inquiéter", "se défendre", "s'insurger", "s'indigner", "marteler", "répéter", "rappeler", "se rappeler", "se souvenir", "observer", "constater", "détailler", "lancer", "commenter",
    "informer", "faire savoir", "faire valoir", "faire remarquer", "faire observer", "laisser savoir",
    "faire connu", "s'exprimer",   # (translated: « … », s'est exprimé pour Rrufeja le président du club)
    # the answer in a dispute: « … », rétorque X ; « … », réplique-t-elle ; « … », nuance le préfet
    "rétorquer", "répliquer", "répondre", "objecter", "nuancer", "tempérer", "conclure", "glisser", "ironiser",
    # « … », tranche X ; « … », prévient-il ; « … », lâche une infirmière
    "trancher", "avertir", "prévenir", "souffler", "lâcher", "pester", "fulminer", "tempêter", "railler", "soupirer",
    "relater", "s'agacer",
    # « 34 navires ont été détournés, communique l'entreprise portuaire », « …, signale la préfecture »
    "communiquer", "signaler",
    # a figure set right: « Nous avons dit 300 000 », corrige la Fédération
    "corriger", "rectifier",
)
# Forms of these verbs that news uses for something else: "maintenant" (now), "comme prévu" (as planned),
# "des prévenus" (defendants), "à craindre", "veut dire", "soutenir l'Ukraine"
# « …, alors que les familles ont retrouvé des proches » : une proposition ouverte après un chiffre, dont le verbe a son objet
FINDING_VERBS = NOTHING   # (« retrouver », « découvrir » report nothing in French: no reporting verb to set aside)
SUBORDINATE_LEADS = r"alors\s+que|tandis\s+que|parce\s+que|bien\s+que|car"
# « Selon l'OMS, 3 400 décès …, tandis que les autorités en comptent 2 900 » : une autre source, mise en regard
CONTRAST_LEADS = (r"tandis\s+que", r"alors\s+que")
NO_OBJECT_AFTER = r"(?:à|au|aux|en|dans|par|pour|sur|lors|auprès|après|hier|aussi|encore|également|ce|cette)"
# « les personnes signalées disparues », « retrouvés morts » : un participe qui dit l'état des comptés, pas un verbe de source
STATE_AFTER_PARTICIPLE = r"\s+(?:disparue?s?|morte?s?|décédée?s?|blessée?s?|sains?\s+et\s+saufs?|saines?\s+et\s+sauves?|vivante?s?)(?![\w'-])"
NOT_REPORTING = ("maintenant", "prévu", "prévue", "prévus", "prévues", "prévenu", "prévenue", "prévenus", "prévenues",
                 "dire", "redire", "craindre", "soutenir", "maintenir", "prévenir")
# Auxiliaries before a subject pronoun: "a-t-il précisé", "avaient-elles indiqué"
INVERTED_AUX = r"a|ont|avait|avaient"
# Verbs whose noun after them is what they act on, never their subject: ", a accusé la SEL de n'avoir réparé",
# ", a déploré le manque de tentes" (an incise still inverts: "», déplore sa présidente")
OBJECT_VERBS = ("accuser", "déplorer")
# Verbs that report only right after a quote: « … », a défendu la directrice (« a défendu sa décision », « a tenu à
# défendre » elsewhere report nothing)
QUOTE_VERBS = ("défendre",)
# Subject pronouns: "a-t-elle ajouté", "estiment-ils"
SUBJECT_PRONOUNS = ("il", "elle", "ils", "elles", "on")
EXISTENTIAL = r"(?!)"   # (« Selon la préfecture il y a 300 évacués » : « il » ouvre la proposition, SUBJECT_PRONOUNS)
# « Cela dit, je ne minimise pas » : une locution avec un verbe de parole, personne ne parle
DISCOURSE_MARKERS = r"(?:cela|ceci|ça)\s+(?:étant\s+)?dit|autrement\s+dit|soit\s+dit(?:\s+en\s+passant)?"
# « Ce qui compte, c’est … », « Cela porte le bilan à 14 morts » : a thing pointed at, nobody who speaks
DEMONSTRATIVE_PRONOUNS = ("ce", "cela", "ceci", "ça")
IMPERSONAL_PRONOUNS = ()   # (« il compte 640 personnes » names whoever « il » is)
# « Il faut aussi rappeler que … », « il convient de préciser » : un verbe impersonnel, personne ne parle par lui
IMPERSONAL_MODALS = r"il\s+(?:faut|fallait|faudra|faudrait|convient|convenait)"

# Principal parts of the irregular verbs among them: present (six persons), imperfect stem, passé simple
# (six persons), future stem, past participle, present participle
_IRREGULAR = {
    "répondre": ("réponds réponds répond répondons répondez répondent", "répond",
                 "répondis répondis répondit répondîmes répondîtes répondirent", "répondr", "répondu", "répondant"),
    "dire": ("dis dis dit disons dites disent", "dis", "dis dis dit dîmes dîtes dirent", "dir", "dit", "disant"),
    "conclure": ("conclus conclus conclut concluons concluez concluent", "conclu",
                 "conclus conclus conclut conclûmes conclûtes conclurent", "conclur", "conclu", "concluant"),
    "redire": ("redis redis redit redisons redites redisent", "redis", "redis redis redit redîmes redîtes redirent", "redir",
               "redit", "redisant"),
    "écrire": ("écris écris écrit écrivons écrivez écrivent", "écriv", "écrivis écrivis écrivit écrivîmes écrivîtes écrivirent",
               "écrir", "écrit", "écrivant"),
    "faire": ("fais fais fait faisons faites font", "fais", "fis fis fit fîmes fîtes firent", "fer", "fait", "faisant"),
    "être": ("suis es est sommes êtes sont", "ét", "fus fus fut fûmes fûtes furent", "ser", "été", "étant"),
    "mettre": ("mets mets met mettons mettez mettent", "mett", "mis mis mit mîmes mîtes mirent", "mettr", "mis", "mettant"),
    "reconnaître": ("reconnais reconnais reconnaît reconnaissons reconnaissez reconnaissent", "reconnaiss",
                    "reconnus reconnus reconnut reconnûmes reconnûtes reconnurent", "reconnaîtr", "reconnu",
                    "reconnaissant"),
    "admettre": ("admets admets admet admettons admettez admettent", "admett", "admis admis admit admîmes admîtes admirent",
                 "admettr", "admis", "admettant"),
    "prévoir": ("prévois prévois prévoit prévoyons prévoyez prévoient", "prévoy",
                "prévis prévis prévit prévîmes prévîtes prévirent", "prévoir", "prévu", "prévoyant"),
    "prévenir": ("préviens préviens prévient prévenons prévenez préviennent", "préven",
                 "prévins prévins prévint prévînmes prévîntes prévinrent", "préviendr", "prévenu", "prévenant"),
    "soutenir": ("soutiens soutiens soutient soutenons soutenez soutiennent", "souten",
                 "soutins soutins soutint soutînmes soutîntes soutinrent", "soutiendr", "soutenu", "soutenant"),
    "maintenir": ("maintiens maintiens maintient maintenons maintenez maintiennent", "mainten",
                  "maintins maintins maintint maintînmes maintîntes maintinrent", "maintiendr", "maintenu", "maintenant"),
    "atteindre": ("atteins atteins atteint atteignons atteignez atteignent", "atteign",
                  "atteignis atteignis atteignit atteignîmes atteignîtes atteignirent", "atteindr", "atteint", "atteignant"),
    "craindre": ("crains crains craint craignons craignez craignent", "craign",
                 "craignis craignis craignit craignîmes craignîtes craignirent", "craindr", "craint", "craignant"),
    "défendre": ("défends défends défend défendons défendez défendent", "défend",
                 "défendis défendis défendit défendîmes défendîtes défendirent", "défendr", "défendu", "défendant"),
    "attendre": ("attends attends attend attendons attendez attendent", "attend",
                 "attendis attendis attendit attendîmes attendîtes attendirent", "attendr", "attendu", "attendant"),
    "transmettre": ("transmets transmets transmet transmettons transmettez transmettent", "transmett",
                    "transmis transmis transmit transmîmes transmîtes transmirent", "transmettr", "transmis", "transmettant"),
    "revoir": ("revois revois revoit revoyons revoyez revoient", "revoy", "revis revis revit revîmes revîtes revirent",
               "reverr", "revu", "revoyant"),
    "rendre": ("rends rends rend rendons rendez rendent", "rend", "rendis rendis rendit rendîmes rendîtes rendirent",
               "rendr", "rendu", "rendant"),
    "tenir": ("tiens tiens tient tenons tenez tiennent", "ten", "tins tins tint tînmes tîntes tinrent", "tiendr", "tenu",
              "tenant"),
    "souvenir": ("souviens souviens souvient souvenons souvenez souviennent", "souven",
                 "souvins souvins souvint souvînmes souvîntes souvinrent", "souviendr", "souvenu", "souvenant"),
    "poursuivre": ("poursuis poursuis poursuit poursuivons poursuivez poursuivent", "poursuiv",
                   "poursuivis poursuivis poursuivit poursuivîmes poursuivîtes poursuivirent", "poursuivr", "poursuivi",
                   "poursuivant"),
}
# -eler/-eter verbs that double their consonant before a mute ending ("rappelle"), not "martèle"
_DOUBLING = ("appeler", "rappeler", "jeter", "rejeter", "projeter")
_IMPERFECT = ("ais", "ais", "ait", "ions", "iez", "aient")
_FUTURE = ("ai", "as", "a", "ons", "ez", "ont")


def _tenses(verb: str):
    """Present, imperfect, passé simple, future and conditional (six persons each), past participle, present participle."""
    import re

    if verb in _IRREGULAR:
        present, imperfect, simple, future, participle, gerund = _IRREGULAR[verb]
        return (present.split(), [imperfect + e for e in _IMPERFECT], simple.split(), [future + e for e in _FUTURE],
                [future + e for e in _IMPERFECT], participle, gerund)
    stem = verb[:-2]
    if verb.endswith("ir"):  # second group: "avertir", "avertissent", "averti"
        return ([stem + e for e in ("is", "is", "it", "issons", "issez", "issent")],
                [stem + "iss" + e for e in _IMPERFECT], [stem + e for e in ("is", "is", "it", "îmes", "îtes", "irent")],
                [stem + "ir" + e for e in _FUTURE], [stem + "ir" + e for e in _IMPERFECT], stem + "i", stem + "issant")
    # first group; "annonçait", "jugeait" before a and o; "ramène", "répète" before a mute ending
    soft = stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem
    mute = future = stem
    grave = re.search(r"([eé])([^aeiouyéèêâîôû][rl]?)$", stem)
    if verb in _DOUBLING:
        mute = future = stem + stem[-1]
    elif grave:
        mute = stem[:grave.start()] + "è" + grave.group(2)
        future = mute if grave.group(1) == "e" else stem  # "ramènera", "répétera"
    return ([mute + "e", mute + "es", mute + "e", soft + "ons", stem + "ez", mute + "ent"],
            [soft + "ais", soft + "ais", soft + "ait", stem + "ions", stem + "iez", soft + "aient"],
            [soft + e for e in ("ai", "as", "a", "âmes", "âtes")] + [stem + "èrent"],
            [future + "er" + e for e in _FUTURE], [future + "er" + e for e in _IMPERFECT], stem + "é", soft + "ant")


def inflect(lemma: str) -> dict[str, tuple[str, ...]]:
    """Every form of a French verb that news uses, by kind.

    ``finite``: present, imperfect, passé simple, future and conditional,
    every person; ``participle``: the past participle as it agrees
    (compound tenses are these after an auxiliary); ``infinitive``;
    ``gerund`` (the present participle); ``compound``: the compound tenses
    of a reflexive verb, whose auxiliary is "être"; ``incise``: the third
    persons of the present, that an incise puts before its subject. A
    reflexive verb keeps its pronoun and only its third persons.

    Examples
    --------
    >>> f = inflect("annoncer")
    >>> [x for x in f["finite"] if x.startswith("annonç")][:4], f["participle"], f["gerund"]
    (['annonçons', 'annonçais', 'annonçait', 'annonçaient'], ('annoncé', 'annoncée', 'annoncés', 'annoncées'), ('annonçant',))
    >>> inflect("s'attendre")["compound"][:2], inflect("s'attendre")["incise"]
    (("s'est attendu", "s'est attendue"), ("s'attend", "s'attendent", "s'attendit", "s'attendirent", "s'est attendu", "s'est attendue"))
    >>> "a fait état" in inflect("faire état")["finite"], "faisaient état" in inflect("faire état")["finite"]
    (False, True)
    >>> inflect("ramener")["incise"], inflect("rappeler")["incise"]
    (('ramène', 'ramènent', 'ramena', 'ramenèrent'), ('rappelle', 'rappellent', 'rappela', 'rappelèrent'))
    >>> inflect("s'en tenir")["incise"], inflect("rendre public")["participle"]
    (("s'en tient", "s'en tiennent", "s'en tint", "s'en tinrent", "s'en est tenu", "s'en est tenue"), ('rendu public',))
    >>> inflect("en être à")["incise"]
    ('en est à', 'en sont à', 'en fut à', 'en furent à')
    """
    # (a reflexive verb with "en": "s'en tenir" gives "s'en tient", "s'en est tenu"; "en être à" gives "en est à")
    if lemma.startswith("en "):
        return {kind: tuple("en " + f for f in found) for kind, found in inflect(lemma[3:]).items()}
    en = lemma.startswith("s'en ")
    body = lemma[5:] if en else lemma[2:] if lemma.startswith("s'") else lemma[3:] if lemma.startswith("se ") else lemma
    verb, _, rest = body.partition(" ")
    tail = " " + rest if rest else ""
    present, imperfect, simple, future, conditional, participle, gerund = _tenses(verb)
    participles = [participle, participle + "e", participle if participle.endswith("s") else participle + "s",
                   participle + "es"] if not rest else [participle]  # "a fait état": an idiom does not agree
    tenses = (present, imperfect, simple, future, conditional)
    if body == lemma:
        forms = {"finite": [f for t in tenses for f in t], "participle": participles, "infinitive": [verb],
                 # (the passé simple too: ", précisa la direction de la clinique", as translated and older copy write)
                 "gerund": [gerund], "compound": [], "incise": [present[2], present[5], simple[2], simple[5]]}
    else:
        def se(form: str) -> str:  # "s'attend", "se dit", "s'en tient"
            return "s'en " + form if en else ("s'" if form[0] in "aeiouyéèêâîôûh" else "se ") + form
        reflexive = ("s'en est", "s'en sont") if en else ("s'est", "se sont")
        forms = {"finite": [se(t[i]) for t in tenses for i in (2, 5)], "participle": [],
                 "infinitive": [se(verb)], "gerund": [se(gerund)],
                 "compound": [f"{reflexive[0]} {p}" for p in participles[:2]] + [f"{reflexive[1]} {p}" for p in participles[2:]],
                 # (and its past: « … », s'est indigné le maire)
                 "incise": [se(present[2]), se(present[5]), se(simple[2]), se(simple[5]),
                            f"{reflexive[0]} {participles[0]}", f"{reflexive[0]} {participles[1]}"]}
    return {kind: tuple(dict.fromkeys(f + tail for f in found)) for kind, found in forms.items()}
# a phrase between an inverted verb and its subject: "a raconté par téléphone à l'APC le maire"
ADVERBIAL_LEAD = r"par|à|au|aux|dans|sur|devant|auprès\s+de|lors\s+d[eu]"
SUBJECT_DETERMINERS = r"le|la|les|son|sa|ses|leur|leurs"
# « Puis la préfecture », « Et le ministère » : les mots qui ouvrent la phrase ne sont pas du nom ; une
# préposition ou « et » avant l'article les y garde (« directeur de la police », « la police et l'armée »)
OPENER_DETERMINERS = r"le|la|les|l['’]"
OPENER_KEEPERS = ("de", "du", "des", "d'", "à", "au", "aux", "pour", "par", "chez", "sur", "dans", "en", "avec",
                  "et", "ou", "que")
# le média qui se nomme lui-même, dans toute voix, celle de l'animateur d'une émission aussi
THIS_OUTLET = r"cette\s+émission|ce\s+journal"
# the reporter's own count: "selon notre décompte", "notre journaliste a compté"
OUR_OWN = (r"(?:notre|nos)\s+(?:décompte|comptage|pointage|calculs|estimations?|journaliste|journalistes|reporters?|correspondante?s?|"
           r"envoyée?s?(?:\s+spéciale?s?)?|équipes?|rédaction|informations|enquête|sondage)|"
           r"notre\s+émission|notre\s+journal|" + THIS_OUTLET)   # « cette émission a contacté 40 commerces »
# ce que fait une rédaction pour vérifier un chiffre, dit « nous » : « nous avons compté 38 personnes sur l'image »
OUTLET_INQUIRY = (r"nous\s+(?:avons|avions)\s+(?:aussi\s+|également\s+|ensuite\s+)?(?:compté|recensé|vérifié|consulté|contacté|"
                  r"interrogé|analysé|visionné|examiné|dénombré|comparé|pu\s+compter|géolocalisé|constaté|trouvé|"
                  r"retrouvé|établi|identifié|appelé|joint|sondé)")   # (« nous avons constaté que 4 photos avaient déjà été publiées »)


# --- who says it (extract/attribution.py) ---------------------------------------------------------
# Words that open a clause: a subject does not reach back past them ("a dit que", "lorsqu'il")
COMPARISON_LINKS = ()   # (« que » is a clause word already)
THAT = ("que", "qu'")                                   # « la Police Militaire que 1.200 » : une proposition commence
CLAUSE_WORDS = (r"que|qu'|quand|lorsque|lorsqu'|puisqu'|alors\s+que|tandis\s+que|bien\s+que|mais|(?-i:car)|puisque|si|où|dont|"
                r"avant\s+que|après\s+que")
# A word after these is a noun, not a verb ("ces estimations", "quelques signalements")
NOUN_MARKERS = tuple(d for d in DETERMINERS if d not in ("de", "d'")) + (
    "quelques", "plusieurs", "certaines", "certains", "autres", "nombreuses", "nombreux",
    # an adjective before a noun: « son propre compte », « le nouveau décompte » (not « dernier », a pronoun in « ce dernier a dit »)
    "propre", "propres", "nouveau", "nouvel", "nouvelle", "officiel", "officielle")
NOUN_MARKER_NOUNS = ()   # (English "the official estimated that": « un officiel » is rare in the press)
AND, OR, BUT = ("et",), ("ou",), ("mais",)                          # "la préfecture et les associations"
# A conjugated verb, by its shape: "Les organisateurs contestent ce chiffre et parlent de ..."
FINITE_SHAPES = r"[a-zà-ÿ]+(?:ent|ont)|a|est"
# Who heard it, between the verb and who said it: ", a déclaré à l'AFP le maire"
# (a medium's name of several words first: « a dit à Scéala an Iarthair le porte-parole de la compagnie »)
ADDRESSEE = (r"\s*à\s+(?:(?-i:La|Le|Les)\s+)?(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])[\w'-]+(?:\s+(?:(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])[\w'-]+|an|na|de|du|des|of|the)){1,3}"
             r"\s+(?=(?:le|la|les|l'|un|une)\s)|"
             r"\s*(?:à|au|aux)\s+(?:(?:l'|la|le|les|notre|nos|son|sa|ses|leur|leurs)\s*)?[\w'-]+"
             r"(?:\s+[a-zà-ÿ][\w'-]*)?\s+(?=(?:le|la|les|l'|un|une|son|sa|ses|leur|leurs)\s|[A-ZÀ-ÝĀ-ŒŔ-ž])"
             # (translated: « a raconté pour Rrufeja un habitant », a medium's name after « pour »)
             r"|\s*pour\s+(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])[\w'-]+(?:\s+(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])[\w'-]+)?\s+(?=(?:le|la|les|l'|un|une)\s)")  # (« à l'ACI sa coordinatrice »)
# Who heard it, after who said it: « a dit le gouverneur à la Tavanui Times », « a expliqué la préfète à France Info »
# (a name or a medium after « à », « au », « aux »)
ADDRESSEE_AFTER = (r"\s+(?:à|au|aux)\s+(?:(?:l'|la|le|les|notre|nos)\s*)?(?:(?-i:[A-ZÀ-ÝĀ-ŒŔ-ž])|(?:journal|quotidien|radio|chaîne|"
                   r"télévision|agence|site|magazine|hebdomadaire|micro|confrères|rédaction)(?![\w'-]))")
# … but not a role that takes « à »: « l'adjoint à la Culture », « la ministre déléguée aux Sports », « le secrétaire
# d'État aux Transports »
ADDRESSEE_AFTER_ROLES = ("adjoint", "adjointe", "delegue", "deleguee", "delegues", "deleguees", "charge", "chargee",
                         "commissaire", "haut-commissaire", "haute-commissaire", "etat", "conseiller", "conseillere")
NOUN_LIKE_VERBS = NOTHING  # ("records of": French verbs are not nouns)
# "a publié son propre bilan": a past participle, whose figure, and the figure's noun (SOURCE_NOUNS)
OWN_FIGURE_VERB = r"\w+[ée]s?"
POSSESSIVES = ("son", "sa", "ses", "leur", "leurs")
FIGURE_ADJECTIVES = r"propre"
AUX_CHAIN = False  # one auxiliary, adverbs after it: "a également déclaré"
# A past participle with no auxiliary qualifies a noun ("la fermeture annoncée de 23 classes"):
# only a verb with its auxiliary has a subject
BARE_PARTICIPLE_QUALIFIES = True
# "s'en tient à son décompte de 52 300", "maintient son estimation": a subject that keeps its own figure
VERB_FRAMES = (rf"(?:s'en\s+)?(?:tien\w*|maintien\w*|campe\w*|reste\w*)\s+(?:(?:à|sur)\s+)?(?:son|sa|ses|leur|leurs)\s+"
               rf"(?:propres?\s+)?{SOURCE_NOUNS}",)
# Inverted attribution, as patterns of the words above (filled in by extract/attribution.py):
# ", a précisé le ministre", ", affirme de son côté X"; ", a-t-il précisé", ", estime-t-elle"
# ({inverted}: the forms of REPORTING_VERBS but OBJECT_VERBS)
INCISE_AS = NOTHING           # (English translated copy's ", as it declared X"; French writes ", a déclaré X")
# translated copy's impersonal passive: « A été fait savoir par le Service de santé (HSE) qu'il a contacté 17 patients »,
# « Il a été communiqué par la préfecture que … »
PASSIVE_REPORTED = (r"(?<![\w'-])(?:(?i:il)\s+)?(?i:a|avait)\s+été\s+(?:fait\s+savoir|rendu\s+connu|communiqué|annoncé|indiqué|"
                    r"précisé|déclaré|confirmé|informé)\s+par\s+(?P<np>[^,;:.!?«»“”\"]{3,120}?)\s+qu(?:e|')")
INVERTED = (
    # (", confie, la voix nouée, Hélène Favre-Rochex": a short aside between the verb and its subject)
    # (", glisse, amer, le directeur": one word aside)
    # (« …, nous a raconté l'éleveur X »: a clitic for whom it was told)
    r"{lead}(?:(?:(?:nous|vous|me|m'|lui|leur)\s*)?(?:{aux})\s+{adverbs}{inverted}|{incise})(?:\s+{adverb})*(?:,\s+(?:(?:la|le|les|l'|d'un|d'une|en|sans|avec)\b[^,;:.!?«»“”\"()]{{2,40}}|(?-i:[a-zà-ÿ]+)),)?\s+(?P<np>[^,;:.!?«»“”\"()]+)",
    # (« …, nous a-t-il confié », « …, tranche-t-il »: a clitic before the auxiliary, a verb of the incise list;
    # « avait-elle affirmé », « ont-ils dit »: no "t" after a consonant)
    r"{lead}(?:(?:(?:nous|vous|me|m'|lui|leur)\s*)?(?:{inverted_aux})-(?:t-)?(?P<np>{pronoun})\s+{adverbs}{verb}|(?:{verb}|{incise})-(?:t-)?(?P<np2>{pronoun}))(?![\w-])",
    # (« … », a déploré Yves Cadiou: right after a quote, a verb that takes an object elsewhere has its speaker after it)
    r"[»”\"]\s*,\s+(?:{aux})\s+{adverbs}{quoted}(?:\s+{adverb})*\s+(?P<np>[^,;:.!?«»“”\"()]+)",
)
ABSOLUTE_LEAD = r"(?!)"   # (English "with the union saying")
PERFECT_INFINITIVE = r"avoir|être"                                  # "l'ONG dit avoir documenté": the same speaker
ATTRIBUTED_TO = r"attribu(?:é|ée|és|ées)\s+(?:à|au|aux)"             # "11 300 morts attribués au ministère"
COORDINATED_FIGURE_LEAD = r"environ|quelque"                        # "8 000 selon la police et environ 25 000"
GAPPED_FIGURE_LEAD = (r"environ|quelque|plus\s+de|près\s+de|"       # "..., la préfecture plus de 45 000"
                      # (« La préfecture avance le chiffre de 3 200, Enedis celui de 4 100 »: the figure of the other)
                      r"(?:celui|celle|ceux|celles)\s+d(?:e\s|')|"
                      # « …, le Corps national des pompiers de plus de 6 000 » (not the « des » of its name)
                      r"de(?=\s+[«\"“]?\s*(?:environ|quelque|près|plus|moins|\d))|"
                      r"d'(?=\s*[«\"“]?\s*(?:environ|quelque|près|plus|\d))")  # « …, et SUD Santé d'« environ 500 » »
DEFINITE_ARTICLES = ("le", "la", "les", "l'")
SINGULAR_DEFINITE_ARTICLES = ("le", "la", "l'")   # « Pour la Croix-Rouge, le bilan est de … » (pas « Pour les Atsem »)
NP_VERB_WORDS = r"a|ont|en|y|avait|avaient"                         # "…, la police en a compté 45 000": a clause
# « selon ses propres chiffres » : le sujet de la phrase est la source
OWN_ACCOUNT = r"(?:ses|leurs|son|sa)\s+propres?\s+(?:chiffres?|informations?|estimations?|déclarations?|données|décompte|comptage|bilan)"
FOR_SOURCE = r"Pour"                                                 # "Pour la préfecture, ..."
AGENT_IDIOMS = r"par\s+la\s+suite|par\s+ailleurs|par\s+exemple|par\s+conséquent|par\s+endroits"   # « confirmé par la suite »
# « C'est ainsi que X raconte le début », « C'est par ces mots que le préfet a ouvert » : the speaker before the verb
RESPECTIVELY = r"respectivement"   # « selon X et Y respectivement » : dans l'ordre des chiffres
# « un homme de 24 ans qui a donné son prénom, Yusuf » : le nom qu'il a donné est celui qui parle
GAVE_NAME_AS = (r"qui\s+(?:a\s+|n'a\s+)?(?:donné|donne)\s+(?:que\s+)?son\s+(?:seul\s+)?prénom\s*,?\s+|"
                r"qui\s+(?:se\s+fait\s+appeler|a\s+dit\s+s'appeler|dit\s+s'appeler|se\s+présente\s+comme)\s+|"
                r"identifiée?\s+(?:seulement\s+)?(?:comme|par\s+son\s+prénom,?)\s+")
CLEFT_SPEAKER = (r"c'est\s+(?:ainsi|ce|(?:par|avec|sur|en)\s+ces\s+(?:mots|termes|paroles)|de\s+cette\s+(?:façon|manière))"
                 r"\s+qu(?:e\s+|')")
FIGURE_FOR_SOURCE = r"pour"                                         # « 80 000 selon la police, 200 000 pour la CGT »
# « dimanche 6 au matin », « mardi 8 dans la soirée », « mardi 10 selon la préfecture »: a word after "weekday N"
# that shows N is the day of the month
# (not « et », « contre »: a recap may list « dimanche 12 et lundi 15 » as counts)
# (« parlait mercredi 11 de « 4 000 à 5 000 » » : « de » devant le chiffre cité)
DAY_OF_MONTH_AFTER = ("au", "à", "dans", "en", "avant", "après", "dès", "matin", "soir", "selon", r"d(?:e|')(?=\s*[«\"“]?\s*(?:[a-zà-ÿ]+\s+){0,2}\d)")   # « mardi 8 d'« au moins 9 000 » »
TIMES_OF_DAY = ("matin", "soir", "après-midi", "nuit", "matinée", "soirée", "journée")
# Verbs whose participle, with "par", names who counted: "estimée à 50 000 par la police"
AGENT_VERBS = ("estimer", "compter", "recenser", "évaluer", "chiffrer", "dénombrer", "annoncer", "avancer", "publier",
               "communiquer", "confirmer", "fournir", "réviser",
               "arrêter", "établir", "dresser", "actualiser", "relever",
               # administrative acts that count: "seize départements placés en vigilance rouge par Météo-France"
               "placer", "classer", "signaler", "enregistrer", "déclarer", "identifier", "répertorier", "comptabiliser",
               "constater", "transmettre", "diffuser",
               "présenter", "soumettre",
               # « 4 drones mis à disposition par la chambre d'agriculture »
               "mettre à disposition")  # "le bilan, arrêté jeudi par l'agence", « le plan présenté par l'entreprise »
BY = ("par",)
POSSESSIVE_SOURCE = NOTHING                                          # (English "the ministry's figures")
# « … : le chiffre de la préfecture contre celui du maire » : le chiffre ou le pronom qui en tient lieu, son auteur est le camp
FIGURE_OWNER_LEAD = (rf"(?:celui|celle|ceux|celles|(?:le|les|l')\s*{COUNT_HEADS})"
                     r"\s+(?:de\s+la|de\s+l'|du|des|de|d')\s*")
POSSESSOR_TAIL = NOTHING                                              # (English "against the ministry's figure")
COMPARED_WITH = NOTHING                                              # (English "below the state's figure")
# qui publie ce qui circule en est la source : « le collectif a publié un message affirmant que »
PUBLISHING_VERBS = r"publiée?s?|postée?s?|partagée?s?|diffusée?s?|mise?s?\s+en\s+ligne|envoyée?s?"
# « une vidéo qui circule sur TikTok et qui parle de », « une rumeur selon laquelle » : ce qui circule dit le chiffre
# que sa proposition donne
CONTENT_CLAIM = (r"(?<![\w'-])(?:une?|la|le|cette|ce|des|les|ces)\s+(?P<np>(?:[\w-]+\s+)?(?:rumeur|vidéo|publication|message|audio|sms|texto|"
                 # (« une publication Facebook selon laquelle » : le réseau qui la porte, après le nom)
                 # (« Un message diffusé mercredi sur les réseaux sociaux évoquant « 10 morts » » : ce qu'il dit)
                 r"post|affirmation)s?(?:\s+(?-i:[A-Z][\w-]+))?(?:\s+(?:virale?s?|partagée?s?|publiée?s?|diffusée?s?|relayée?s?|"
                 r"circulant)\b[^.;:«»“”,]{0,60})?),?"
                 r"\s+(?:selon\s+laquelle|selon\s+lequel|affirmant|prétendant|évoquant|annonçant|parlant\s+de|"
                 r"qui\s+(?:affirme|prétend|parle|évoque|annonce)(?:nt)?|"
                 # (« Je lis un SMS qui circule depuis hier : « Il paraît que 30 personnes … » » : ce qu'il dit, cité;
                 # « une rumeur circule sur les réseaux sociaux : « 3 pyromanes arrêtés » »)
                 r"(?:qui\s+)?circul\w*(?:\s+[^.;:«»“”\s]+){0,6}(?=\s*:\s*[«“\"])|"
                 # (« Une vidéo circule sur les réseaux, elle parle de « 10 morts » » : le pronom reprend la vidéo)
                 r"circul(?:e|ent|ait|aient)\b[^.;:«»“”,]{0,60},\s+(?:elle|il)s?\s+(?:parlen?t?\s+de|évoquen?t?|affirmen?t?|"
                 r"prétenden?t?|annoncen?t?))\b")
ADJUNCT_SOURCE = r"(?!)"   # (« une estimation syndicale » : an adjective, read by the possessive patterns)
AS_LEAD = r"comme|ainsi\s+que"                                   # « comme le gouverneur l'a annoncé » : le sujet après
RELATIVE_OBJECT_LEAD = r"dont|que|qu'"   # « et dont le syndicat dit qu'ils sont morts » : le relatif n'est pas le sujet
# "la CGT, qui a compté": the subject ends; « le bilan de la PCHS se tenait à 11 »: a clitic starts the verb
NP_STOPS = r"qui|a|ont|est|sont|était|étaient|se"
# (« 300 morts avancé par l'opposition n'a pas pu être vérifié » : une négation ou un modal clôt aussi l'agent)
NP_STOPS += r"|(?-i:ne|n'a|n'ont|n'est|n'était|n'avait|n'avaient|pourrait|pourraient|peut|peuvent|pouvait|pouvaient)"
PASSIVE_AUX = r"est|sont|était|étaient|été|être|sera|seront|serait|seraient|fut|furent"   # "sont enregistrés"
GERUND_LEAD = r"en\s+"                                             # « la Croix-Rouge, en comptant les demandes »
GERUND_ENDING = "ant"                                               # (gerund: "en annonçant")
# un locuteur dans une proposition participiale après la principale (« Des milliers ont défilé, les organisateurs
# revendiquant 100 000 » ; « avec des syndicats évoquant ») : il ne dit que ce qui suit
ACCOMPANYING_SAYER = rf"(?:(?<![\w'-])avec\s+|,\s*(?:les|des|la|le|l')\s*)[^,;:()\d]{{1,60}}?\s+\w+{GERUND_ENDING}"
POSTMODIFYING_PARTICIPLE = NOTHING   # (« représentant », « habitant » are nouns as often as participles)
ADVERB_ENDING = "ment"                                              # "sont officiellement recensés"
MANNER_ADVERB = r"[a-zé]+ment"                                      # the generic adverb of ADVERBS
NUMBER_NOUN_OF = r"nombre\s+(?:de|d')"                              # "le nombre de": what is counted, not who
DOCUMENT_VERBS = r"montrent|montre|montraient|indiquent|font|fait"   # "les chiffres du ministère montrent"
NATIONALITY_SHAPE = r"(?!)"   # (« 12 ressortissants espagnols » : l'adjectif suit le nom, en minuscules)
# un chiffre qu'un autre rejette, en apposition avant son participe : « …, un chiffre que la CGT a jugé « ridicule »,
# affirmant que 80 000 personnes avaient défilé » (la CGT avance les 80 000)
FIGURE_REJECTED_BY = (r"(?:un|le|ce)\s+(?:chiffre|bilan|décompte|nombre)\s+qu(?:e\s+|['’])"
                      r"(?P<np>(?:la\s+|le\s+|les\s+|l['’])?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s+"
                      r"(?:a|ont|avait|avaient)\s+(?:jugé|contesté|rejeté|dénoncé|qualifié|balayé|démenti)\b")
# ce qui n'ouvre aucun sujet : une préposition (« Sans relevés certifiés, … »), un impératif (« Laissez-moi donner »)
# (pas « Après avoir annoncé 640 grévistes, le groupe a relevé » : le sujet de la principale, lu par ailleurs)
SUBJECTLESS_LEADS = (r"sans|avec|malgré|pour|dans|sur|depuis|pendant|faute\s+d[e'’]|laissez-moi|"
                     r"permettez-moi|laissez-nous")
DISMISSED_LEADS = r"(?!)"   # (« quoi qu'en dise l'Autorité » : le verbe avant le sujet, lu avant lui)
# (« une enquête de la CGT » est l'enquête de la CGT : ce qu'une enquête interroge se dit « auprès de »)
SURVEYED_OF = r"(?!)"
# the verb that gives a toll its level ends whose toll it is: « Le bilan des pompiers du Var s'élève à 87 »
TOLL_LEVEL_VERBS = (r"s['’](?:élève|élevait|établit|établissait|alourdit|est\s+alourdi)|atteint|atteignait|est|était|passe|"
                    r"passait|reste|restait|grimpe|grimpait")
UNAMBIGUOUS_VERBS = NOTHING                                         # (English "said", never a noun)
# A past action whose subject gives the figure: "La direction a présenté un plan prévoyant 480 suppressions"
# « 450 pompiers engagés par le CNP » : qui les a envoyés est la source de leur nombre
DEPLOYED_BY = r"(?:envoyée?s?|déployée?s?|dépêchée?s?|mobilisée?s?|engagée?s?)(?:\s+[^\s\d,;:.!?]+){0,4}?\s+par"   # (« envoyés mardi dans la plaine par »)
# a numbers box's item whose bracket gives days only: who did what it counts is its source (« Personnes secourues en mer
# par la garde côtière depuis le jeudi 11 [sam. 13, lun. 15] »; not in running text, where the reporter names them)
NOUN_LIKE_LEAD = NOTHING   # (l'anglais "denied reports that" : en français, « les informations », pas un verbe)
BOX_RECEIVED = r"reçue?s?|enregistrée?s?"   # « **23** – appels reçus par la cellule d'écoute de la MSA »
BOX_RECEIVED_UNTIL = r"depuis|entre|pendant|jusqu'|lors|en\s+(?:une|deux|trois|\d)"   # (« … de la MSA depuis mardi »)
BOX_DONE_BY = r"(?:secourue?s?|soignée?s?|évacuée?s?|hébergée?s?|transportée?s?|recensée?s?|prise?s?\s+en\s+charge)"   # (then « par », BY)
DEPLOYED = r"(?:a|ont|avait|avaient)\s+(?:aussi\s+|déjà\s+|également\s+)?(?:envoyé|déployé|dépêché|mobilisé|engagé)"   # « que la Marine a envoyé 2 hélicoptères »
ACTION_VERB = (r"(?<![\w'-])(?:a|ont|avait|avaient|avez|aviez)\s+(?:(?:déjà|aussi|également|ensuite|alors|d'abord|"
               r"mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|hier|"
               # « le SDIS a pour sa part engagé 45 sapeurs-pompiers »
               r"pour\s+sa\s+part|pour\s+leur\s+part|de\s+son\s+côté|de\s+leur\s+côté|en\s+outre|par\s+ailleurs|"
               r"au\s+total|en\s+tout|aussitôt|immédiatement|rapidement|encore)\s+)?(?!été\b)"
               # (« le CHU a pris en charge 3 personnes », « la Croix-Rouge a mis à disposition 8 véhicules »: a short
               # participle in a set phrase)
               r"(?:[a-zà-ÿ]{3,}(?:é|i|is|it|u|us|ert|int)|fait\s+[a-zà-ÿ]{3,}(?:er|ir|re)|pris\s+en\s+charge|"
               r"mis\s+à\s+(?:sa\s+|leur\s+|la\s+)?disposition|mis\s+en\s+place)(?![\w'-])"
               # "les pompiers sont intervenus avec 3 véhicules": a coming of its subject with what it brought
               r"|(?<![\w'-])(?:est|sont|était|étaient)\s+(?:intervenu|arrivé|venu|accouru|parti)e?s?\s+avec(?![\w'-])"
               # « le SDIS est intervenu dans 4 écoles » : où il est allé, son propre compte
               r"|(?<![\w'-])(?:est|sont|était|étaient)\s+intervenue?s?\s+(?:dans|sur|auprès\s+de)(?![\w'-])"
               # « le SDIS engage désormais 160 sapeurs-pompiers » : au présent aussi, qui déploie les siens les compte
               r"|(?<![\w'-])(?:engage|engagent|mobilise|mobilisent|déploie|déploient|dépêche|dépêchent|envoie|envoient|"
               # (the passé simple of translated and older copy: « La Croix-Rouge lettone envoya 15 volontaires »)
               r"engagea|engagèrent|mobilisa|mobilisèrent|déploya|déployèrent|dépêcha|dépêchèrent|envoya|envoyèrent|"
               # (« La préfecture ordonne le confinement des 6 000 habitants » : qui ordonne compte ceux qu'il confine)
               r"ordonne|ordonnent|ordonna|évacue|évacuent|évacua|(?:fait|font)\s+évacuer)"
               r"(?:\s+(?:désormais|maintenant|aussi|également|encore))?(?![\w'-])")
# ("la mairie a fait évacuer 9 immeubles": a causative is an action of its subject)

# the size of a place is not a count of anything that happened: "une commune de 1 900 habitants", "a town of 5,000 people"
PLACE_SIZE_BEFORE = r"(?:commune|village|ville|bourg|hameau|localité|cité|département|région|province|agglomération|canton)\s+(?:\w+\s+)?de"
# « 740 habitants au dernier recensement » : la taille d'un lieu
CENSUS_AFTER = r"(?:\s+[a-zà-ÿ]+){0,2}\s+(?:au|lors\s+du)\s+(?:dernier\s+|précédent\s+)?recensement"
RESIDENT_NOUNS = r"habitants|âmes|résidents"   # « à Sarrebrune (84 000 habitants) » : la taille d'un lieu
# a house number: "le propriétaire du 14, la SCI …", "au 3 bis rue des Tanneurs"
ADDRESS_BEFORE = r"au|du|le"
# « les codes postaux 29140 et 29150 », « code postal 4021 » : où l'on habite, pas combien
POSTCODE_WORDS = r"codes?\s+postaux|code\s+postal"
ADDRESS_AFTER = r"(?i:\s*(?:bis|ter)?\s*(?:,|rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|cours)(?![\w'-]))"
TITLE_CASE_NAMES = False   # names capitalise their first word only: a capitalised verb is a verb
# Verbs of a reported clause after a subject: English only (", said its volunteers had found")
CLAUSE_VERBS = NOTHING
CLITICS_BEFORE_VERB = r"n'|ne|en|y|l'|lui|leur|se|s'|nous|vous|m'|me|t'|te"   # "la CGT en", « La mairie nous a répondu »: the subject ends before them
OWN_PREPS = r"d'après|pour|par"  # "d'après notre décompte"


# --- noun phrases that name a source (extract/phrases.py; every language's words are joined there) ---
# Nouns of someone who can make a claim: "le ministère", "les pompiers", "la déléguée syndicale"
AGENT_NOUNS = (
    r"aéroports?|"   # « l'aéroport indique » : son exploitant
    r"députée?s?|sénat(?:eur|rice)s?|"   # « Le député nous a précisé avoir reçu 80 courriers » : les élus
    r"opposition|"   # « l'opposition avance le chiffre de 100 000 »
    r"protection\s+civile|sécurité\s+civile|défense\s+civile|"   # « la Protection civile a distribué 400 repas »
    r"forces\s+armées|forces\s+de\s+défense|"   # « les Forces armées ont envoyé 20 militaires »
    r"cherch\w*|scienti\w*|expert\w*|responsab\w*|autorit\w*|minist\w*|police|policiers|gendarmes|commissariats?|gendarmeries?|organi[sz]\w*|syndica\w*|gouvern\w*|"
    r"agenc\w*|office|bureau|institut\w*|universit\w*|service\w*|administrations?|armée|(?-i:Marine)|militaires|maire|bourgmestres?|voïvodes?|préf[eè]\w*|porte-parole|"
    r"pompiers?|secours|sauveteurs?|secouristes?|samu|smur|sdis|codis|médecins|centrale\s+opérative|centre\s+opérationnel|centres?\s+antipoison|station\s+de\s+(?:pilotage|sauvetage)|vigiles|hôpita\w*|témoins?|journalist\w*|analystes?|observ\w*|militants?|"
    r"associations?|amicales?|ONG|group\w*|collectif\w*|médias?|presse|direction|entreprise|cabinet|commission|comités?|conseil|"
    r"tribunal|chambres?|procureur\w*|parquet|leaders?|dirigeante?s?|commandante?s?|état-major|renseignement|recensement|"
    r"statisti\w*|observatoire|habitante?s?|bénévoles|chef(?:fe)?s?|directeur\w*|directrices?|présiden\w*|ministre|sources?|diplomat\w*|"
    r"émissaire|négociat\w*|intersyndical\w*|confédération|fédération|coalition|coordination|alliance|réseau|consortium|coopératives?|"
    r"milices?|rebelles|insurgés|consulats?|sondeurs?|patronat|reporters?|correspondante?s?|journal|journaux|quotidiens?|tabloïds?|"
    # people who witness or count, and bodies that run things
    # ce qui circule en ligne parle pour qui l'a écrit : « une vidéo virale affirme 12 morts »
    r"publications?|posts?|tweets?|messages?|vidéos?|audios?|rumeurs?|"
    r"survivante?s?|rescapée?s?|victimes|familles?|proches|parents|gardes?-côtes?|garde\s+côtière|équipages?|capitaines?|pilotes?|"
    r"soldats?|ouvri(?:er|ère)s?|salariée?s?|employée?s?|infirmi\w+|enseignante?s?|agricult(?:eur|rice)s?|pêcheurs?|étudiante?s?|"
    r"passag(?:er|ère)s?|supporters?|fans|organisat(?:eur|rice)s?|opérat(?:eur|rice)s?|exploitante?s?|gestionnaires?|compagnies?|sociétés?|"
    r"groupe|propriétaires?|armateurs?|cliniques?|régies?|rectorats?|académies?|mairies?|préfectures?|"
    r"régulateurs?|inspect\w+|enquêt(?:eur|rice)s?|avocate?s?|déléguée?s?|legistes?|légistes?|ambulanci(?:er|ère)s?|"
    # les entreprises qui parlent pour elles-mêmes : « la banque a indiqué », « l'assureur estime »
    r"banques?|assureurs?|distributeurs?|fournisseurs?|constructeurs?|promoteurs?|bailleurs?|employeurs?|"
    r"fondations?|écoles?|lycées?|collèges?|clubs?|"
    # les lieux qu'on exploite et qui parlent par leur direction : « le parc indique que 1 150 visiteurs »
    r"parcs?|zoos?|musées?|stades?|festivals?|hôtels?|usines?|boulangeries?|magasins?|supermarchés?|restaurants?|enseignes?|"
    # who runs a school, a port, a prison: « le proviseur m'a parlé de 41 grévistes »
    r"proviseure?s?|recteurs?|rectrices?|capitaineries?|gouverneurs?|gouverneures?|consule?s?|ambassad\w*|"
    # les grades et les charges : « le commissaire a indiqué », « le lieutenant-colonel », « le garde champêtre »
    r"commissaires?|lieutenant\w*|sergent\w*|adjudant\w*|brigadier\w*|colonel\w*|shérifs?|gardes?\s+champêtres?|"
    r"gardiens?|gardiennes?|patron(?:ne)?s?|curés?|pasteurs?|trésori(?:er|ère)s?|secrétaires?|guides?|skippers?")
# One who saw or treated what is counted, as the subject of a verb (« le médecin a indiqué que 40 coureurs »);
# not an agent (« confirmés par un médecin » is how a case is confirmed)
WITNESS_NOUNS = (r"médecin|chirurgien\w*|vétérinaires?|vainqueurs?|coureurs?|"
                 r"mères?|pères?|voisins?|voisines?|commerçant\w*|"
                 r"secrétaires?|curés?|imams?|évêques?")
# Articles: "la chute d'un arbre" names a thing, not a speaker
ARTICLES = ("le", "la", "les", "l'", "un", "une", "des")
LEADING_LINKS = r"et|ou|mais|puis|quand|alors|donc|enfin|aussi"   # "Et la préfecture": not part of the name
# A segment that is no subject: a participle, a relative, a preposition ("Zelensky, citant des rapports, a affirmé")
REDUCED_RELATIVE = NOTHING   # (English "the fishermen I spoke to": French says « que »)
ASKED_LEADS = r"(?:interrog|contact|sollicit|questionn|consult|interview)(?:é|ée|és|ées)|jointe?s?"  # « Interrogée, la DISP confirme »
PLURAL_PARTICIPLE_ENDINGS = ("és", "ées")                            # « Additionnés, ces deux chiffres donnent »
# « D'où peut venir le chiffre de 27 ? » : une question, pas le sujet de qui compte
QUESTION_LEAD = r"(?:d['’])?où|pourquoi|combien"
# a past participle by its shape: the agent after it is its own (« infectées par la salmonelle »), not a count's
PARTICIPLE_SHAPE = r"[a-zà-ÿ]{3,}(?:(?<!t)|(?<=ct))(?:é|ée|és|ées)"   # (not « santé », « comité »; « infectés », « affecté » are)
# what may follow a bare plural in a reported clause ("passengers arriving at noon found 6 taxis")
PLURAL_MODIFIER_LEADS = r"[a-zà-ÿ]+ant|à|au|aux|de|du|des|sur|dans"
# whom a closing pronoun may point to ("…, indique-t-elle", "…, she said"): its kind and number
PERSON_PRONOUNS = ()
THING_PRONOUNS = ()
PLURAL_PRONOUNS = ("ils", "elles")
PLURAL_LEADS = r"les|des|ces|ses|leurs|nos|vos|plusieurs"
# a modal between the speaker and the reporting verb ("With great sadness I can confirm")
MODALS = r"peux|peut|pouvons|dois|devons|veux|voulons"
# object pronouns that are also articles: « le chiffre » is a noun, not « (il) le chiffre »
ARTICLE_CLITICS = r"le|la|les|l'"
AMOUNT_AFTER_AGENT = r"à"   # « estimée par la Croix-Rouge à 15 000 » : the agent, then the amount
AMOUNT_AFTER_VERB = r"à"  # « la préfecture le chiffre à 200 » : the verb, then its amount
# what a place holds or handles, not a count of anything that happened: « le hangar contenait 3 500 tonnes », « traitait chaque année 45 000 tonnes »
HELD_BEFORE = r"(?:conten(?:ait|aient)|contien(?:t|nent)|stock(?:ait|aient)|trait(?:ait|aient)(?:\s+chaque\s+année)?|mesur(?:e|ent|ait|aient)|(?:peut|peuvent|pouvait|pouvaient|pouvant)\s+(?:accueillir|contenir|héberger|soulever|transporter|loger))(?:\s+(?:environ|près\s+de|quelque|plus\s+de))?"
PERFECT_LEAD = r"ayant|après\s+avoir"   # « Après avoir vérifié nos registres, le chiffre est 312 »
NOT_SUBJECT_LEAD = (r"[a-zà-ÿ]+(?:ant|é|ée|és|ées)\b|qui|que|dont|où|selon|d'après|en|dans|lors|après|avant|pour|par|"
                    r"avec|sans|interrogée?s?|jointe?s?|atteinte?s?|parlant|à|au|aux|parmi|chez|sous|depuis|sur|auxquels|auxquelles|lesquels|"
                    # (« L'ONG Médipont, présente depuis la première semaine, parle de » : an apposition, not the subject)
                    r"lesquelles|présente?s?|active?s?|actifs")
# "selon des données préliminaires": data, not a source (modifiers, nouns, qualifiers after)
DATA_MODIFIERS = r"des|les|de|d'|ces|la|le|l'|cette|ce|un|une|même|officielles?|premières?|dernières?|nouvelles?|préliminaires?"
# (a case "confirmé par le laboratoire" is lab-confirmed: the test is no source of the count)
DATA_NOUNS = (r"données|informations?|chiffres|calculs|images|photos|premiers?\s+éléments|éléments|lesquel\w*|"
              r"(?:premières\s+)?constatations|observations|"
              r"(?:même\s+)?méthodes?|méthodologie|critères|définitions?|laboratoires?|"
              r"(?:analyses|tests?|dépistages?)(?:\s+(?:de|en)\s+laboratoire|\s+PCR)?")
DATA_QUALIFIERS = r"préliminaires|provisoires|disponibles|officielles"
# "d'autres estimations": no one in particular
VAGUE_QUANTIFIERS = r"certaines?|d'autres|plusieurs|de\s+nombreu(?:x|ses)"
ESTIMATE_NOUNS = r"estimations?|chiffres|données|calculs|projections?"
# "un bilan communiqué vendredi par la préfecture": the participle before "par" (stems)
# (« une enquête réalisée par l'institut » : son auteur ; pas « commandée par la Ville », qui l'a payée)
PUBLISHED_STEMS = r"communiqu|publi|fourni|établi|diffus|proclam|annonc|rendu|réalis|effectu|condui"
WHOSE_ESTIMATE = NOTHING                         # (English "according to a UN estimate")
# A reporting verb that opens the clause before its subject: ", a précisé la préfecture, qui"
REPORTED_LEAD = r"^\s*(?-i:(?:a|ont|avait|avaient)\s+[a-zà-ÿ]+(?:é|ée|és|ées))\s+"
# Where or how it was said, cut from a source: "la préfecture lors d'une conférence de presse"
SETTING_PREPS = r"sur|à|en|dans|lors(?:\s+d['’]|\s+de)?|au\s+cours\s+(?:d['’]|de)|pour|concernant|dès|depuis|devant"   # (« lors d'un point presse »)
SETTING_NOUNS = (r"base|conférence|point|presse|réseaux|télévision|radio|entretien|communiqué|note|bulletin|message|rapport|"
                 r"déclaration|site|compte|page|publication|journalistes|caméras|micros|"   # (« devant la presse »)   # (« ont indiqué les pompiers sur leur site »)
                 r"(?-i:" + "|".join(_PLATFORMS) + ")")   # (« a indiqué le Sdis sur X »)
# ce qu'on publie en ligne : « un message sur WhatsApp » nomme ce qu'il dit, sa plateforme comprise
ONLINE_CONTENT_NOUNS = r"messages?|publications?|vidéos?|posts?|rumeurs?|audios?|tweets?|comptes?|groupes?|pages?|chaînes?"
SETTING_DETERMINERS = ("une", "un", "sa", "son", "leur")       # « la préfecture dans sa note de 13 h 30 »
DATE_PREPS = ("le", "ce", "cette")                             # "la préfecture le 12 mars", "le lendemain": a date, no part of the source
DATE_WORDS = (r"lendemain", r"même\s+jour")
DATE_LEADS = (r"(?:peu|juste|un\s+peu)\s+(?:avant|après)", r"aux\s+alentours\s+de",   # « a annoncé la préfecture peu avant 23 heures »
              r"en\s+(?:début|fin)\s+(?:de\s+|d')(?:matinée|journée|soirée|après-midi)")
SOURCE_FROM = r"par|auprès\s+d[e']|de\s+la\s+part\s+d[e']"   # "des chiffres obtenus auprès de la police"
RELATIVE_WORDS = ("qui", "dont")   # "le groupe, qui contrôle ..., a dit", "le cabinet, qui compte pour des médias dont fait partie X, a dit"
# « un chiffre que conteste la gendarmerie, qui en a dénombré 4 500 » : le sujet inversé de la relative, celui que
# « qui » reprend
INVERTED_RELATIVE_SUBJECT = r"(?:que\s+|qu')[a-zà-ÿ]+\s+(?P<np>(?:la|le|les|l'|une|un)(?:\s+|(?<='))\S.*)$"   # (« un bilan que conteste une association »)
OBJECT_RELATIVE_WORDS = (r"(?:que\s+|qu')(?:nous|vous|je|j'|on|l'on|ils?|elles?)(?![\w'])",)   # « L'ARS, que nous avons interrogée lundi, recensait » : la relative est dans le sujet
# "à Kiev, ...", "dans le Donbass": a place phrase, not a subject
PLACE_PREPOSITIONS = ("à", "au", "aux", "en", "dans", "depuis", "chez", "vers", "sur", "lors", "près", "devant", "derrière",
                      "sous", "face", r"au\s+large\s+de", r"près\s+de")   # (« a fait le point devant la mairie » : where, not who)
INFINITIVE_PREPOSITIONS = r"sans|afin\s+d[e']|avant\s+d[e']"   # « sans compter les familles » : no subject's verb
SPOKESPERSON_BARE = r"(?:un|une|le|la)\s+porte-parole"   # « dit le porte-parole », sans nom : la voix du corps dont on parle
# « …, a fait savoir son bureau », « son service de presse » : la voix du corps lui-même
OWN_OFFICE = r"bureau|secrétariat|service\s+de\s+presse|service\s+(?:de\s+la\s+)?communication"   # (« sa direction »: MANAGEMENT)
# « Au centre hospitalier de Castelmerle, un porte-parole indique » : le corps dont le lieu ouvre la phrase
BODY_SITE_LEAD = r"(?-i:Au|Aux|À\s+la|À\s+l['’]|Dans\s+(?:le|la|les|l['’])|Du\s+côté\s+(?:du|de\s+la|de\s+l['’]|des))\s*"
SPOKESPERSON_ALONE = r"(?:un|une)\s+porte-parole"   # « …, a indiqué un porte-parole » : of the body that acts in the sentence
# Capitalised words that open no name: "Selon X", "Hier", "Mais"
NOT_NAME_WORDS = ("selon", "pour", "par", "dans", "en", "à", "a", "au", "aux", "après", "avant", "depuis", "dès", "lors",
                  "hier", "aujourd'hui", "demain", "maintenant", "désormais", "sur", "sous", "vers", "chez", "outre", "comme", "ainsi", "enfin", "ici", "mais", "et", "puis",
                  "merci", "bonjour", "bonsoir", "salut", "bravo")   # (« Merci Jeannine » : la politesse, pas un prénom)
# un alias dont un nom plus long repart n'est pas ce corps (« le Département d'État de … »)
GENERIC_BODY_HEADS = ("département", "ministère", "bureau", "service", "office", "agence")
NAME_GOES_ON = ("de", "du", "des", "d'")
NAME_LINKS = ("de", "du", "des", "d'", "pour", "et")  # "Office national de la protection civile"
# the words of a body's name, folded, as the English word a translation writes: « Agence nationale de santé
# publique » is the "National Public Health Agency" (see claimgraph.translated)
NAME_WORD_TRANSLATIONS = {
    "agence": "agency", "nationale": "national", "nationaux": "national", "sante": "health", "publique": "public",
    "gestion": "management", "catastrophes": "disaster", "catastrophe": "disaster", "ministere": "ministry",
    "interieur": "interior", "regional": "regional", "regionale": "regional", "regionaux": "regional",
    "incendie": "fire", "incendies": "fire", "secours": "rescue", "direction": "directorate", "conseil": "council",
    "departemental": "departmental", "departementale": "departmental", "syndicat": "union", "federation": "federation",
    "institut": "institute", "observatoire": "observatory", "bureau": "office", "mondiale": "world", "mondial": "world",
    "comite": "committee", "centre": "centre", "hopital": "hospital", "universitaire": "university",
    "recherche": "research", "statistique": "statistics", "statistiques": "statistics", "securite": "security",
    "civile": "civil", "protection": "protection", "environnement": "environment", "transports": "transport",
    "education": "education", "travail": "labour", "agriculture": "agriculture", "alimentaire": "food",
    "alimentation": "food", "eaux": "water", "eau": "water", "forets": "forest", "meteorologique": "meteorological",
    "meteorologie": "meteorology", "douanes": "customs", "affaires": "affairs", "etrangeres": "foreign",
    "sociale": "social", "social": "social", "croix-rouge": "red-cross", "organisation": "organisation",
    "coordination": "coordination", "humanitaires": "humanitarian", "humanitaire": "humanitarian",
    "garde-cotes": "coastguard", "marine": "navy", "armee": "army", "defense": "defence", "justice": "justice",
    "gendarmerie": "gendarmerie", "police": "police", "prefecture": "prefecture", "service": "service",
    "services": "service", "office": "office", "commission": "commission", "union": "union", "independant": "independent",
    "independante": "independent", "consommateurs": "consumer", "medecins": "doctors", "infirmiers": "nurses",
    "enseignants": "teachers", "travailleurs": "workers", "salaries": "workers", "ligue": "league",
    "droits": "rights", "homme": "human", "confederation": "confederation", "generale": "general", "general": "general",
}
PAST_AUX = r"avait|avaient|ont|était|étaient"     # "plusieurs familles avaient enterré": a clause, not a subject
# « Lorsque notre envoyée a visité le service, elle a compté 27 brancards »: the clause whose subject « elle » is
FRONTED_WHEN = r"(?:Lorsque|Lorsqu'|Quand|Dès\s+que|Dès\s+qu'|Après\s+que|Après\s+qu')\s*"
# « X a contesté le bilan, affirmant … »: the verb of the clause a gerund continues (its subject is before)
CLAUSE_VERB = r"(?:a|ont|avait|avaient)\s+(?:[a-zà-ÿ]+\s+)?[a-zà-ÿ]+(?:é|ée|és|ées|i|is|it|u|us)(?![\w'-])"
# the press a speaker told it to, after their name: « a déclaré le maire à l'AFP », « … le préfet au micro de RTL »
# « selon le centre antipoison cité par Le Méridien », « le CHU, repris par La Dépêche »: who speaks is the one cited,
# not the paper that cites it (a document cited is another matter: « le bilan cité par la préfecture »)
CITED_BY = r"(?:cit[ée]|repris|relay[ée])(?:e|s|es)?\s+(?:par|dans)"
# « Le Réverbère cite le CHU, qui accueille 9 patients », « cite le procureur, pour qui 3 personnes … »: a paper that
# cites someone reports their figures; the one cited, named before the relative that gives them, speaks
CITING_VERBS = r"cit(?:e|ent|ait|aient)|(?:a|ont|avait|avaient)\s+cité"
CITED_RELATIVE = r",\s*(?:qui|pour\s+qui|selon\s+qui|d'après\s+qui|selon\s+(?:lequel|laquelle|lesquels|lesquelles))(?![\w'-])"
TOLD_OUTLET = (r"(?:à|au|aux)\s+(?:l'AFP|l'agence\s+\S+|Reuters|l'Associated\s+Press|la\s+presse|journalistes|la\s+radio|"
               r"la\s+télévision|l'antenne\s+d[eu']\s*\S+|micro\s+d[eu']\s*\S+|notre\s+(?:journal|rédaction|correspondante?)|"
               r"nos\s+confrères|"
               # who a plan was put to: « le plan présenté par l'entreprise au comité social et économique »
               r"comité\s+social|CSE|comité\s+d'entreprise|conseil\s+(?:municipal|d'administration|communautaire)|"
               r"syndicats|élus|représentants\s+du\s+personnel)")
# la note d'une dépêche sur ce que change sa version, seule dans son paragraphe : « (Ajoute bilan aux paragraphes 1 et 2) »
UPDATE_NOTE = r"ajoute|actualise|réécrit|corrige|complète|remplace|nouvelle\s+version|mise\s+à\s+jour|précise"
DANGLING_PREPS = r"sans|de|à|pour"               # a subject does not end on a preposition
# ce contre quoi on défile, après la source dans l'ordre des mots d'une traduction : « 386 000 personnes ont manifesté
# selon le ministère de l'Intérieur contre la loi » (le ministère)
OPPOSED_TAIL = (r"contre\s+(?:la|le|les|l'|ce|cette|ces|son|sa|ses|leur|leurs)\s*(?:loi|projet|réforme|plan|gouvernement|"
                r"suppressions?|fermetures?|décret)")
FIGURE_STRESS = r"même"   # « selon les organisateurs même 600 » (texte traduit) : l'accent sur le chiffre, pas le nom
# A stressed pronoun or aside after a subject: "La direction, elle, ...", "de son côté"
STRESSED = (r"elle|lui|eux|elles|quant\s+à\s+(?:elle|lui|eux|elles)|pour\s+sa\s+part|pour\s+leur\s+part|"
            r"de\s+son\s+côté|de\s+leur\s+côté|toutefois|cependant|néanmoins|pourtant|en\s+revanche|elle\s+aussi|lui\s+aussi|"
            r"de\s+sa\s+part|de\s+leur\s+part|à\s+son\s+tour|à\s+leur\s+tour|"
            # (« De notre côté, nous déplorons 4 blessés »: the speaker's own side, before its pronoun)
            r"(?:de|du)\s+(?:notre|votre|mon)\s+côté|pour\s+(?:notre|votre|ma)\s+part")   # (« de sa part » : traduit, « for its part »)
# Documents that speak for their authors: "des documents confidentiels estimaient"
DOCUMENT_NOUNS = (r"documents?|rapports?|études?|enquêtes?|données|estimat\w*|analys\w*|modèles?|calculs?|projections?|"
                  r"sondages?|dépôts?|déclarations?\s+(?:à|auprès)|prospectus|registres?")
INDEFINITE_DETERMINERS = ("un", "une", "des", "quelques")   # ", a dénoncé une grève": a thing, not a subject
# Capitalised words before a number that make it a figure, not part of a name ("Plus 12", "Selon 300", unlike "France 24")
FIGURE_WORDS = ("les", "des", "ces", "plus", "environ", "seulement", "quelque", "près", "moins", "presque", "au", "aux",
                "encore", "selon", "sur", "dans", "et", "ou", "avec", "entre", "de", "du", "par", "pour", "vers", "soit", "dont",
                "parmi", "jusqu")
# a plural noun after a number word, perhaps after one adjective: "cinq enquêteurs", "deux fusées éclairantes"
PLURAL_NOUN_AFTER = r"^\s+(?:[a-zà-ÿ][a-zà-ÿ-]+\s+)?[a-zà-ÿ][a-zà-ÿ-]{2,}[sx](?![\w'-])"
# the verb right after a number word whose noun was left out: "23 salariés…, dont quatre ont été hospitalisés"
ELIDED_VERBS = r"ont|avaient|sont|étaient|restent|demeurent"
# a place described by its population: "le territoire, qui compte plus de 1,1 million d'habitants"
POPULATION_BEFORE = (r"qui\s+compte|qui\s+abrite|peuplée?\s+de|une\s+population\s+de|"
                     # « Vatuleka, un village (de pêcheurs) de 900 habitants »
                     r"(?:un|une)\s+(?:ville|village|commune|bourg|quartier|hameau|île)(?:\s+d[e']\s*[\w-]+)?\s+de")
POPULATION_AFTER = r"habitants|âmes"
# money without its currency sign: "une dette de 65 millions", "une enveloppe de 5 millions"
MONEY_BEFORE = r"(?:dette|budget|fonds|prêt|déficit|coût|montant|enveloppe|facture)\s+(?:de|d')"
# ce que coûte une chose, quel que soit le nom de la monnaie, sauf si un nom compté suit (« estime le coût « entre 400
# et 650 millions de marks » » ; « le coût humain à 40 morts » compte des morts)
MONEY_AT = r"(?:coût|facture|pertes)\s+(?:[^\s\d]+\s+){0,3}?(?:à\s+|[«\"“]\s*|entre\s+)(?:entre\s+)?"
# an amount a numbers box's item names: « 11 millions » / « Le coût quotidien de la grève en marcs »
MONEY_NOUNS = r"coûts?|budgets?|montants?|factures?|dettes?|déficits?|prix|pertes\s+financières|manque\s+à\s+gagner"
# a cue phrase that opens like this is a piece of a clause, not a name: "propager dans le territoire", "dans la ville"
# (or the way people came: "arrivées par la mer depuis janvier" has no speaker in "la mer")
CLAUSE_FRAGMENT_LEAD = (r"(?:se\s+|s')?[a-zà-ÿ]+(?:er|ir)\s+(?:dans|à|au|aux|en|sur|vers|contre)|dans|sur|vers|pour|avec|sans|depuis|"
                        r"pendant|(?:la\s+)?(?:mer|bateau|route|voie\s+\w+|terre|train|avion)(?:\s|$)|une?$|le$|la$|les$")
# a verb of telling someone: who tells it is quoted by whoever tells the press ("ont raconté aux secouristes que")
RELAY_VERBS = r"(?:ont|a|avaient|avait)\s+(?:dit|raconté|confié|expliqué|affirmé)\s+(?:à|aux|au)"


# --- what is counted (extract/quantity.py; every language's words are joined there) ---------------
# Words that end the counted phrase after a figure: "3 000 soldats qui ...", "12 morts selon ..."
COUNTED_STOPS = (r"qui|que|qu'|ont|avaient|étaient|sont|a|avait|était|seraient|selon|dont|et\s+de|à|au|aux|en|dans|"
                 r"pour|sur|par|lors|contre|depuis|alors|tandis|d'ici|vers|du|des|de\s+la|le|la|les|un|une")
# What comes between a figure and its noun: "chiffre à 12 000 le nombre de sinistrés", "17 des blessés"
COUNTED_LEAD = r"(?:le|la)\s+(?:nombre|total)\s+(?:de\s+|d'|des\s+)|des\s+|d'entre\s+les\s+|(?:de|d')\s+"
PLURAL_ENDINGS = ("s", "x")                                   # "abris", "signalements": another thing counted
NOUN_BEFORE_PLURAL = NOTHING                                  # (the French noun qualifies after: « admissions hospitalières »)
SINGULAR_NOUNS = {}   # (COUNT_NOUNS lists the singular forms it needs: « un mort », « une personne »)
NOT_PLURAL_ENDINGS = r"és|ées|ss|ous|ais|ait|ons|ez"          # "mobilisés", "étaient": no plural noun
# "soldats envoyés en Russie": a country after these is where people are, not whose
DESTINATION_PREPS = ("en", "au", "aux", "vers", "dans", "à")


# --- when it was said (extract/dates.py) ------------------------------------------------------------
DAY_SUFFIXES = ("er", "e")        # "le 1er mars", "le 2e jour"
LAST_BEFORE = ()                  # (English "last Friday": French puts it after, LAST)
# a figure the speaker denies or only supposes, whatever it counts: "ce n'est pas 64", "qu'il y ait eu 30 000 ou 50 000"
DENIED_BEFORE = (r"(?:ce\s+n'est|ce\s+n'était|ce\s+ne\s+sont|ce\s+n'étaient)\s+pas|rien\s+de\s+tel\s+que|"
                 # « pas "plus de 300" », « je ne reconnais pas le chiffre de 37 »
                 r"pas\s*,?\s*[«\"“]\s*(?:(?:plus\s+de|près\s+de|environ|quelque)\s+)?|"
                 # « 6 élèves avec une infection latente, pas une vingtaine » : the figure set aside
                 r",\s*(?:et\s+|mais\s+)?pas\s+(?:une?\s+)?|"
                 r"(?:ne|n')\s*(?:reconnais|reconnaît|reconnaissons|reconnaissent)\s+pas(?:\s+(?:le|ce)\s+chiffre(?:\s+de)?)?|"
                 # « on n'arrive pas à 27 morts », « on est loin des 25 000 »
                 r"n'(?:arrive|arrivons|arrivent|arrivait)\s+pas\s+(?:à|aux)|"
                 # « le plus haut décompte ne permet pas d'arriver à 150 morts », « ne justifie pas 150 morts »
                 r"ne\s+(?:justifie|justifient|permet|permettent)\s+pas(?:\s+d'arriver\s+à)?|"
                 # a fact-check's « Nous n'avons trouvé aucun chiffre officiel de 47 »
                 r"(?:n'avons|n'a|n'ont|n'avions)\s+(?:trouvé|retrouvé|vu)\s+(?:aucune?|nulle)\s+(?:\w+\s+)?(?:chiffre|trace|source|bilan)s?"
                 r"(?:\s+\w+)?\s+(?:de|du|des|d')|non\s+pas|(?:très\s+|bien\s+|si\s+)?loin\s+(?:de|des|du)|(?<=, )pas(?:\s+de)?|qu'il\s+y\s+(?:ait|en\s+ait)(?:\s+eu)?"
                 r"(?:\s+[\d\s\u00a0\u202f]+\s+ou)?|que\s+ce\s+soit|"
                 r"(?:dément|démentent|démenti|nie|nient|a\s+nié)\s+avoir\s+(?:parlé|évoqué|annoncé|avancé|cité)\s+(?:de|le\s+chiffre\s+de)|"
                 # « Le Kremlin a démenti les informations selon lesquelles 10 000 soldats … », « dément que 300 … »
                 r"(?:dément|démentent|démenti|nie|nient|nié|réfute|réfutent|réfuté)\s+(?:(?:les\s+)?(?:informations|rumeurs|"
                 r"affirmations|allégations)\s+selon\s+lesquelles|que|qu')\s*(?:(?:près\s+de|plus\s+de|environ|quelque)\s+)?|"
                 # « Nous n'avons jamais parlé de 800 000 », « il n'a jamais annoncé 40 morts »
                 r"(?:n'avons|n'a|n'ont|n'avions|n'avait|n'avaient|n'ai)\s+jamais\s+(?:parlé\s+de|évoqué|annoncé|avancé|cité|dit)"
                 r"(?:\s+le\s+chiffre\s+de)?")
# a figure the speaker sets aside for theirs: « au moins 50 compagnons dans la centrale et non 41 » (someone
# else's), unless it is their own earlier one (« et non 150 000 comme elle l'avait annoncé jeudi »: REVISED_AFTER)
REJECTED_BEFORE = r"et\s+non(?:\s+pas)?|plutôt\s+que"   # (not « au lieu de 26 000 »: mostly one's own revision)
REVISED_AFTER = r"(?:\s+[^\W\d][\w'-]*){0,2}\s*,?\s*comme\s"
# a figure named to be called false: « Le chiffre de 3 000 vols annulés est faux », « Quant aux 4 000 grévistes, ils
# n'existent pas » (the figure as named, FIGURE_NAMED_BEFORE, then the verdict after it, DENIED_AFTER)
FIGURE_NAMED_BEFORE = r"le\s+chiffre\s+(?:de|des)|les|ces|quant\s+aux"
# what a message or a rumour says, quoted (« Un message … évoquant « 10 morts » est faux »): its claim, called false
CONTENT_VERBS = r"évoquant|affirmant|prétendant|annonçant|parlant\s+de|selon\s+laquelle|selon\s+lequel"
# a body's size, given by the article as background: « La coopérative, qui regroupe 94 producteurs, parle de »
MEMBERSHIP_BEFORE = (r",\s*qui\s+(?:regroupe|représente|emploie|rassemble|fédère|réunit|compte)\s+(?:(?:quelque|environ|près\s+de|"
                     r"plus\s+de)\s+)?$")
# a figure that opens a sentence as its topic, to be doubted: « Sept cents, nous ne l'avons jamais constaté »,
# « Sept cents, cela voudrait dire que… » (an echo of someone else's figure)
ECHOED_AFTER = (r",\s*(?:(?:nous|on|je)\s+(?:ne\s+|n')|(?:cela|ça)\s+(?:ne\s+|n'|voudrait|signifierait|ferait)|non\s*[.!,]|peut-être\s*[.!]|"
                r"c'est\s+(?:plausible|possible|probable|vraisemblable|exagéré|trop|beaucoup|peu|faux|juste))")
DENIED_AFTER = (r"(?:est|sont|était|étaient|serait|seraient)\s+(?:tout\s+simplement\s+|donc\s+|largement\s+|très\s+)?"
                r"(?:faux|fausse|erronée?s?|inexacte?s?|exagérée?s?|fantaisistes?|infondée?s?|gonflée?s?)(?![\w'-])|"
                r"n'existe(?:nt)?\s+pas|"
                # « le chiffre de 400 n'apparaît nulle part » : un chiffre que rien n'appuie
                r"n'appara(?:î|i)t(?:ra)?\s+nulle\s+part|n'apparaissent\s+nulle\s+part|"
                # « Cinq cents, ce n'est pas un chiffre que quiconque reconnaît ici »
                r"n'(?:est|était)\s+pas\s+un\s+(?:chiffre|nombre)\s+(?:que|qu')")


# --- where a count is, who a body is (extract/places.py, extract/bodies.py) -----------------------
# lower-case words inside a person's name
NAME_PARTICLES = ("de", "du", "des", "d'", "van", "von", "der", "da", "do", "dos", "das", "del", "di", "al", "ben", "el")   # "Jean de La Fontaine"
PLACE_NAME_PARTICLES = ("de", "du", "d'", "la")     # "Saint-Gildas-sur-Vienne", "Villeneuve de la Raho"
# Before a country in a list: "en France, en Espagne et en Italie", "la France et l'Italie"
COUNTRY_PREPS = ("en",)
COUNTRY_ARTICLES = ("l'", "la", "le")
# A prefecture named by its place (folded): "la préfecture de la Seine-Maritime", "le préfet du Gard"
PREFECTURE_WORDS = ("prefecture", "prefet")
PREFECTURE_LINKS = r"de\s+(?:la\s+|l')?|du\s+|des\s+"
PREFECTURE_AFTER = ()                               # (English "the Seine-Maritime prefecture")
NOT_PREFECTURE_NAMES = ("de", "police")              # "la préfecture de police": no place


# --- figures (extract/figures.py) -------------------------------------------------------------------
VAGUE_SINGULAR = {}                    # (English "several hundred")
VAGUE_SINGULAR_DET = NOTHING
VAGUE_TENS = {}                        # (English "tens of thousands": "des dizaines de milliers" is VAGUE_UNITS twice)
SCALE_ABBREVIATIONS = ()               # (English "£5m", "$2bn": not number words)
NUMBER_LINKS = ("et",)                 # "vingt et un", "soixante-et-onze"
FRACTIONS = {r"un\s+demi-?": 0.5}      # "un demi-million"
OF_WORDS = ("de", "d'")                # "une centaine de milliers", "des milliers d'habitants"
# « 17 toits effondrés dans une seule rue » : la part d'un lieu sans nom, pas le tout
ONE_PLACE = r"dans\s+(?:un\s+seul|une\s+seule)\s+(?:village|rue|maison|immeuble|famille|école|hôpital|camp|quartier)"
SUBSET_WORDS = r"dont|parmi\s+(?:eux|elles|lesquels|lesquelles)"      # "sept blessés, dont deux grièvement"
DAY_SPAN_LINKS = ("et", "au", "à")     # "entre le 8 et le 13 octobre", "du 3 au 5 mars"
DAY_SPAN_OPEN = ("entre", "du")          # « entre samedi 7 et mercredi 11 »: the first day of a span of weekdays
# « … » C'est par ces mots que le préfet a ouvert la conférence : ce qui précède le locuteur d'une citation
QUOTE_FOLLOW_LEADS = (rf"{CLEFT_SPEAKER}|ainsi\s+s'exprim\w+|(?:ce|tels?)\s+(?:sont|étaient|furent)\s+les\s+(?:mots|paroles)\s+d[e']|"
                      r"(?:avec|par|sur)\s+ces\s+(?:mots|paroles),?|ceci")   # (« Avec ces mots a réagi X », « Ceci raconte X » : copie traduite)
# « … » Le maire, lui, conteste : un autre locuteur, qui répond
QUOTE_FOLLOW_CONTRAST = r",\s*(?:lui|elle|eux|elles)\s*,|de\s+son\s+côté|pour\s+sa\s+part|en\s+revanche|au\s+contraire"
IDIOM_AFTER_VERB = NOTHING   # (l'anglais "gave way" ; « a cédé » ne rapporte rien non plus)
# « 1 mètre 40 », « 2 m 30 » : la seconde partie d'une longueur, pas un compte
LENGTH_UNIT_BEFORE = r"mètres?|m"
# « une publication partagée plus de 9 400 fois », « vue 2,3 millions de fois » : combien de fois, pas un compte
SHARED_TIMES = (r"(?:partagée?s?|vue?s?|visionnée?s?|relayée?s?|retweetée?s?|likée?s?|transférée?s?)\s+"
                r"(?:(?:plus\s+de|près\s+de|environ|quelque)\s+)?", r"\s*(?:de\s+)?fois\b")
RATE_PER = ("pour", "par")                    # « 4 lits pour 1 000 habitants » : un taux
RATE_BASES = ("habitants", "personnes", "naissances", "résidents")
RATE_UNITS = (r"hectares?|ha|km²|m²|mètres?\s+carrés?|kilomètres?\s+carrés?|habitant|tête|foyer|ménage"
              r"|mètres?\s+cubes?|m³|litres?")   # « 187 microgrammes par mètre cube » : une concentration   # « 400 bougies par hectare »: a rate, not a count
RATIO_WORDS = NOTHING                  # (English "1 in 5 homes")
PROPORTION_WORDS = r"sur"                   # « neuf sur dix »: a proportion, not two counts
PROPORTION_AFTER_NOUN = r"sur"              # (with its noun between: "9 pharmacies sur 10"; not "3 arrested in 10 cities")
PROPORTION_CLAUSE = r"à"                  # « 3 sur 4 à ne pas avoir payé »: what the proportion did
AGE_UNITS = r"ans"                     # "Mohamed Abdi, 61 ans": an age
PAIR_LINKS = ("à", "et", "ou")         # "âgés de 18 à 60 ans": the partner of a non-count is not a count
PARTICIPLE_NOUNS = r"(?:é|ée|és|ées)$"  # counted words that are participles ("tués"): no noun right after a name


# --- who a cue names (extract/claimants.py, actors.py; every language's words are joined there) ----
# A short reference whose head names a kind of body points back only to such a body; the stems of its name
# (folded, any language): "la police" to a police force, "le syndicat" to a union
# A role's word, by the stems that name its holder: « le préfet » may be the Jean Dupont named before, never « le maire »
ROLE_HEADS = {"maire": ("maire", "mayor"), "prefet": ("prefe", "prefect"), "prefete": ("prefe", "prefect"),
              "gouverneur": ("gouverneur", "governor"), "gouverneure": ("gouverneur", "governor"),
              # « a précisé sa directrice, Albertine Crabières … La directrice assure » : elle, pas le maire nommé depuis
              "directeur": ("directeur", "directrice", "director"), "directrice": ("directeur", "directrice", "director")}
# une entreprise, jamais un service public (« la société » après « les pompiers ») : les têtes de SPECIFIC_HEADS qui
# en nomment un
COMMERCIAL_HEADS = ("entreprise", "societe", "compagnie", "exploitant", "employeur")
# le nom générique d'un organisme qui peut redire celui qui ouvre la phrase, après les chiffres (« La Croix-Rouge a dépêché
# 22 bénévoles, selon l'association »), replié
REDESCRIBING_HEADS = ("association", "ong", "organisation", "entreprise", "societe", "groupe", "compagnie")
# les têtes de SPECIFIC_HEADS qui ne nomment aucune entreprise : services publics, syndicats (« l'entreprise » après la CGT)
NON_COMMERCIAL_HEADS = ("police", "armee", "ministere", "agence", "syndicat")
SPECIFIC_HEADS = {
    "police": ("police", "polizei", "gendarmer"),
    "armee": ("army", "armee", "military", "militar", "forces", "defense", "defence"),
    "ministere": ("ministry", "ministere", "ministerio", "department", "departement"),
    "syndicat": ("union", "syndica", "cgt", "cfdt", "fo", "afl-cio"),
    # (a public body of any name, not an NGO: "the agency" after "the Oregon Department of Forestry")
    "agence": ("agency", "agence", "agencia", "department", "departement", "office", "service", "bureau", "administration",
              "authorit", "autorite", "commission", "directorate", "direction", "institut"),
    "institut": ("institut", "instituto", "institute"),
    "pompiers": ("sdis", "sris", "pompier", "sapeurs", "incendie", "fire", "bombero"),
    "sapeurs-pompiers": ("sdis", "sris", "pompier", "sapeurs", "incendie", "fire", "bombero"),
    "association": ("association", "asociacion", "collecti", "coalition", "federation"),
    # (a charity, not whatever body spoke last: « Trois personnes sont mortes, selon l'ONG » after the hospital)
    "ong": ("ong", "ngo", "association", "charit", "solidar", "fondation", "foundation", "croix-rouge", "red cross", "medecins",
            "doctors", "sos", "secours", "humanitar", "collecti", "caritas", "oxfam"),
}
# Mots qui font d'un nom propre celui d'un organisme, pas d'une personne : « Eaux du Tarn », « Banque Morel »
BODY_NAME_WORDS = ("eaux", "énergie", "banque", "groupe", "fondation", "compagnie", "société", "conseil", "université",
                   "hôpital", "clinique", "mutuelle", "assurances", "transports", "télécom", "réseau", "syndicat",
                   "école", "collège", "lycée", "prison",   # (« le collège Jean Moulin indique … »)
                   "sarl", "sas",   # une forme de société : « Transports Morel SARL »
                   "fédération", "ligue", "union", "comité", "commission", "office",
                   # a trade's house: « Fromagerie Valdorne » is a firm, not a Mr Valdorne
                   "fromagerie", "laiterie", "brasserie", "boulangerie", "distillerie", "conserverie", "coopérative",
                   "laboratoires", "établissements", "entreprise",
                   "protection", "sécurité", "secours")   # « Protection civile », « Sécurité civile »
ORGANISATION_POSSESSIVES = ("son", "sa", "ses", "leur", "leurs")   # "ses équipes ont compté": the owner speaks
PERSON_POSSESSIVES = ("son", "sa", "ses")                           # « selon ses informations » : d'une personne aussi
# « selon sa direction », « a fait savoir son directeur » (sans nom après lui) : l'établissement
OWNED_MANAGEMENT = (r"(?:sa|son|leur)\s+(?:direction|administration|présidence|directeur|directrice|porte-parole|président|présidente|"
                    r"service\s+(?:de\s+)?(?:communication|presse))",)
COLLECTIVE_NOUNS = ("équipe",)                                     # "son équipe"
# One person of a body, not the body (folded): "le délégué syndical" is not "le syndicat"
PERSON_ROLES = (r"delegue|deleguee|responsable|secretaire|porte-parole|representant|representante|president|presidente|"
                r"directeur|directrice|chef|cheffe|dirigeant|dirigeante|membre|militant|militante")
# A group named by one person's role (folded): "le ministre de ...", "la porte-parole"
ONE_PERSON_ROLES = (r"porte-parole|ministre|directeur|directrice|chef|cheffe|president|presidente|maire|bourgmestre|voivode|gouverneur|prefet|"
                    r"secretaire|commissaire|coordinat(?:eur|rice)")
# un verbe de parole juste après deux mots capitalisés en tête de phrase en fait une personne (« Léa Roux a déclaré »)
# combien de temps, après un nom : « vus par la pédiatre en trois jours » (la pédiatre, pas les jours)
DURATION_TAIL = (r"(?:en|sur|pendant|durant)\s+(?:les\s+)?(?:(?:derniers|dernières|premiers|premières)\s+)?(?:[\w-]+\s+)?"
                 r"(?:jours?|heures?|semaines?|mois|nuits?)(?:\s+[^\s\d]+){0,3}")
# après un nom en tête de phrase, ce qui décrit une personne : « Doris Farrugia était en vacances », « Ann Ray, 44 ans, »
PERSON_DESCRIBED_AFTER = (r"était|est|vit|vivait|habite|habitait|travaille|travaillait|tient|tenait|ne|voulait|attendait|"
                          # (« Paul Ducas, agriculteur de Bellac, était »: a role in apposition)
                          r"(?<=,\s)(?:un|une|\d{1,3}\s+ans|qui|dont|(?-i:[a-zà-ÿ]+)\s+(?:de|du|des|d'|à))")
SPEECH_AFTER_NAME = (r"a\s+(?:dit|déclaré|indiqué|expliqué|affirmé|précisé|ajouté|estimé|assuré|recensé|dénombré|annoncé|"
                     r"évoqué|confirmé|signalé|fait\s+état)|dit|déclare|indique|explique|"
                     r"affirme|précise|ajoute|estime|assure|recense|dénombre|annonce|évoque|confirme|signale|fait\s+état|"
                     r"s'est\s+exprimée?|s'exprime")
# « Un SMS de Rojda, coincée sur la route : « … » », « Et Evan, qui écrit depuis Aiguelonne : « … » » : qui écrit parle
MESSAGE_FROM = r"(?:un|le|ce|cet)\s+(?:SMS|texto|message|mail|courriel|tweet|appel)\s+(?:de|d['’])\s*"
WRITER_RELATIVE = r"qui\s+(?:nous\s+)?(?:écrit|appelle|téléphone|témoigne)"
# « « 12 femmes enceintes hospitalisées » (vidéo TikTok, 31 mars) » : un message en ligne crédité après la citation
POST_NOUNS = ("vidéo", "publication", "message", "post", "tweet", "story")
# « C'est en les ajoutant que l'on dépasse 200 » : a presentative opens the sentence, it names nobody
PRESENTATIVES = r"c'est|ce\s+sont|c'était|c'étaient|ce\s+fut|il\s+y\s+a|il\s+y\s+avait|voilà|voici"
REFLEXIVE_STRESS = ("elle-même", "lui-même", "eux-mêmes", "elles-mêmes")   # « la CTT elle-même »
FIRST_PERSON_POSSESSIVES = ("notre", "nos")                        # « Nos fonctionnaires comptent », dans une citation
# « Vous parliez de 100 morts », « Nous comptons 300 grévistes » : a pronoun that reads as a clitic opens the clause
# as its subject
SUBJECT_CLITICS = ("nous", "vous")
PLURAL_PERSON_ENDING = r"(?:ons|ez|dites|faites)"   # (« vous parliez », « nous comptons », « vous dites »; not « nous a déclaré le maire »)
SECOND_PERSON = ("vous", "votre", "vos", "tu", "ton", "ta", "tes")
SECOND_PERSON_POSSESSIVES = ("votre", "vos", "ton", "ta", "tes")
# « 500, c'est près du double de l'estimation officielle » : un rapport entre deux chiffres, pas un chiffre avancé
RATIO_AFTER = (r"\s*,?\s+(?:est|soit|c'est|représente)\s+(?:près\s+du|presque\s+le|environ\s+le|plus\s+du|plus\s+de\s+la|"
               r"moins\s+de\s+la|le|la)?\s*(?:double|triple|moitié|quadruple)(?![\w'-])")   # « Vos 38 maisons, c'est une blague » : le chiffre de l'autre  # « Madame X, vous confirmez ? » : X est l'interlocutrice
FIRST_PERSON = ("je", "j'", "nous", "on")                         # « Nous avons compté »: the quoted speaker
HEAD_LINKS = ("de", "du", "des", "à", "au", "aux", "pour", "chez", "sur")   # "une fuite chez X": the head is "une fuite"
PLACE_NAME_LEADS = (r"à", "en", r"près\s+de", "vers")              # "près de Saint-Gildas": a place, not a person
PERSON_AFTER_OF = r"(?!)"  # (« de » leads no place: the names after it are read anyway)
TOWN_LEADS = (r"à", r"près\s+de")                                  # « des cortèges à Orlessa » : une ville
# Head nouns of a phrase that speaks for a country: "des responsables américains" is the United States
SPOKESPEOPLE = (r"responsables?|officiels?|sources?|autorit[eé]s?|gouvernements?|dirigeants?|diplomates?|renseignements?|"
                r"services|estimations?|chiffres|administration|arm[eé]e")
# Short words that are no acronym in title case ("Son", "Sur", "Mai" are not SON, SUR, MAI)
COMMON_SHORT_WORDS = ("son", "sur", "les", "des", "une", "par", "car", "est", "mai", "nous", "vous", "page", "plan")
# Determiners before a name, dropped from it: "le ministère" is "ministère", "l'OTAN" is "OTAN"
NAME_DETERMINERS = ("le", "la", "les", "l'", "l’", "des", "du", "de la", "de l'", "d'", "un", "une", "ses", "son", "sa",
                    "leurs", "leur")
# a people's adjective after a body's name: "la Croix-Rouge lorvénienne" (a national branch)
DEMONYM_BEFORE = ()
DEMONYM_AFTER = (r"[a-zà-ÿ]+(?:ais|aise|ien|ienne|ain|aine|ois|oise|an|ane|ol|ole|and|ande|ique|in|ine|ave|ote|ite|ète|èque|be|ge|sse|ze)",)
# sa terminaison, coupée pour le radical commun aux deux langues : « ossaglienne » ("Ossaglian") -> "ossagl" (sans accents)
DEMONYM_ENDINGS = ("ienne", "ien", "eenne", "een", "aise", "ais", "oise", "ois", "aine", "ain", "ane", "an", "ole", "ol")
NAMED_EVENT_LEADS = ("tempête", "ouragan", "cyclone", "typhon", "médicane", "Tempête", "Ouragan", "Cyclone", "Typhon")   # « la tempête Ciarán »
PLACE_NAME_TAILS = ()                                              # (English "Kelvin Road": the last word of a place)
# the speaker's own self: "j'ai fait quatre stations" is an errand, not a count
FIRST_PERSON_SINGULAR = r"(?i:je|moi|mon|ma|mes)"
