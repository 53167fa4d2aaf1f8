"""English data for the extractor: number words, qualifiers, reporting verbs,
counted nouns, time words. Patterns are regex fragments matched with
``re.IGNORECASE``; apostrophes are normalised to ``'`` before matching.
"""

from . import _translated as _tr
from ._platforms import PLATFORMS as _PLATFORMS

CODE = "en"

NUMBER_WORDS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "thousand": 1000,
}
ONE_WORDS = ("one", "a")
SCALES = {"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
          "bn": 1e9, "m": 1e6, **_tr.SCALES}
TRANSLATED_SCALES = tuple(_tr.SCALES)   # ("3,4 tis.": scale words only after a figure, no number words of their own)
DECIMAL_COMMA = False  # "1,280" is one thousand two hundred and eighty

APPROX_NOUNS = {"dozen": 12, "score": 20}
APPROX_ARTICLE = r"(?:a|one)"
VAGUE_UNITS = {"dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2000, 9999),
               "millions": (2e6, 9.99e6), "billions": (2e9, 9.99e9),
               "tens": (20, 99)}   # ("tens of residents": translated copy's "dozens"; "tens of thousands" is VAGUE_TENS)
VAGUE_DETERMINERS = r"(?:several|many|a\s+few)"  # "many thousands" ("tens of thousands": VAGUE_TENS)
VAGUE_OF = r"of"  # "hundreds of thousands"
# "several hundred", "a few thousand" (singular unit after a vague determiner)
VAGUE_SINGULAR = {"hundred": (200, 999), "thousand": (2000, 9999), "million": (2e6, 9.99e6)}
VAGUE_SINGULAR_DET = r"(?:several|a\s+few|some\s+few|many)"

QUALIFIERS = [
    (r"an\s+estimated", "about"),
    (r"no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than", "at_least"),
    (r"no\s+more\s+than|not\s+more\s+than", "at_most"),
    # ("a crowd that could not have exceeded 20,000": a ceiling)
    (r"(?:could|did|would|does|do|will|can)(?:\s+not|n't)\s+(?:have\s+)?exceed(?:ed)?|not\s+exceeding|never\s+exceeded",
     "at_most"),
    (r"at\s+least|a\s+minimum\s+of", "at_least"),
    (r"at\s+most|a\s+maximum\s+of", "at_most"),
    (r"more\s+than|over|upwards\s+of|in\s+excess\s+of|just\s+over|above|north\s+of", "more_than"),
    (r"fewer\s+than|less\s+than|under|below|just\s+under", "less_than"),
    (r"up\s+to|as\s+many\s+as|as\s+much\s+as", "up_to"),
    (r"nearly|almost|close\s+to|just\s+shy\s+of|near\s+of", "nearly"),   # ("near of 3,500": « près de », translated)
    # (a bare "estimated" after a word is that word's verb: "while police estimated 60,000"; "the estimated")
    (r"about|around|roughly|approximately|some|circa|c\.|an\s+estimated|(?:(?<![\w'-]\s)|(?<=the\s))estimated|or\s+so", "about"),
    *_tr.QUALIFIERS,
]
QUALIFIER_LEAD = r""

RANGE_PATTERNS = [
    r"between\s+{A}\s+and\s+{B}",
    r"from\s+{A}\s+to\s+{B}",
    r"{A}\s+to\s+{B}",
    r"{A}\s*[-–]\s*{B}",
    r"{A}\s+and\s+{B}(?=\s+(?:people|dead|deaths|troops|soldiers))",
    r"{A}\s+or\s+{B}",
    r"(?:maybe|perhaps)\s+{A},\s*{B}",   # "maybe 7, 8 people": one guess, as "7 or 8"
]
# "six or seven houses", "30 or 40 people": one guess between two numbers next to each other (figures._one_guess),
# not two figures
RANGE_EITHER = r"or"
# "revised its figure from 640 to 750", "rose from 23 to 31": a change between two figures, not a range
CHANGED_FROM = (r"revis\w*|raised|rais\w*|lower\w*|increas\w*|rose|risen|fell|fallen|climb\w*|jump\w*|dropp\w*|went|"
                r"grew|grown|correct\w*|upgrad\w*|downgrad\w*|brought|cut|swell\w*|swollen|soar\w*|updat\w*|bump\w*")
# "59,000 for the police, corrected to 61,500 the next morning": the same source's figure, revised
# "gave 6,200 strikers on Monday, then corrected it on Tuesday to 7,100": the correction is of the day corrected
CORRECTED_IT = r"(?:corrected|revised|raised|lowered|updated)\s+(?:it|that(?:\s+figure)?|the\s+figure)(?:\s+[^\s\d,;.]+){0,3}?\s+to"
CORRECTED_TO = r"(?:corrected|revised|raised|lowered|updated|brought\s+(?:up|down))\s+to"
# "Correction: an earlier version of this article gave the toll as 16": the outlet's own mistake, withdrawn, is
# nobody's claim
# (no article: an English numbers box's "312: the …" is a description more often than the thing counted — read,
# it cost a blind story set a tenth of its conflict precision)
HEADED_ITEM_ARTICLES = ()
# (but under a line of figures of their own, "3,000, 11,800, 14,200" / "The people evacuated from the valley
# according to the ADCI": the item says what they all count)
LISTED_ITEM_ARTICLES = ("the",)
# a recap's sources set against each other in its brackets: "[Interior Ministry v Workers' Confederation (COT)]"
SOURCES_SET_AGAINST = (r"vs?\.?", "versus", "against")
PAIRED_FIGURES_LINK = r"against|vs?\.?|versus|or"   # "9 vs 14: …, according to the prefecture and according to the union"
# "1,100, then 1,350 – strikers at Port-Estagnol": one source's figure, then its revision, heading an item
REVISED_HEAD_LINK = r",?\s+then|\s*→|\s+(?:corrected|revised|lowered|raised)\s+to"   # ("480 → 620", "520 corrected to 480": the same count, revised)
RETRACTED = (r"(?:an?\s+)?(?:earlier|previous|former|first)\s+version\s+of\s+this\s+(?:article|story|report|page|dispatch|piece)"
             # "Correction: in our issue 611 we wrote that the union claimed 3,400 lorries"
             r"|(?-i:Correction|Erratum)\b[^.]{0,80}?we\s+(?:had\s+)?(?:wrongly\s+)?(?:wrote|reported|said|stated)"
             # "Correction, 18:20: an earlier version said the SPIS counted 26" (the article left unnamed)
             r"|(?-i:Correction|Erratum)\b[^.]{0,40}?(?:an?\s+)?(?:earlier|previous|first)\s+version")
RANGE_LEADS = r"between|range|ranging"   # (a range all the same: "revised to between 600 and 800")
RANGE_OF_PREVIOUS = r"^\s*[,(]?\s*(?:with\s+)?(?:a\s+)?(?:range|margin|confidence\s+interval)\s+(?:of\s+|from\s+)?"

# Reporting verbs: REPORTING_VERBS (lemmas, every form from inflect) below.
AUX = r"(?:has|have|had|been|will|would|was|were|is|are|did|does|do|could|may|might|also|later|earlier|previously|now|then|first|again|separately|already|recently|officially|publicly|just)"
AUX_NEGATION = r"\s+not|n't"   # "Do not add the daily figures to these totals": an imperative, no subject
# what an object relative denies its subject counts: "three deaths, which the agency does not count"
NEGATED_RELATIVE = r"(?<![\w'-])(?:that|which|whom)\s+[^,;:.!?\"“”]{1,50}?\s(?:does|do|did|has|have|had)(?:\s+not|n't)\s+(?:yet\s+)?\S+$"
CLITICS = r"(?:)"
ADVERBS = (r"(?:also|later|earlier|previously|now|then|again|separately|already|recently|officially|still|initially|originally|just|finally|lastly|"
           r"at\s+first|first|at\s+the\s+time|"   # ("The sheriff's office at first said 1 person had died")
           r"however|nevertheless|meanwhile|moreover|furthermore|instead|together|jointly|between\s+them|"
           r"publicly|(?:on\s+|late\s+|early\s+|(?:late|early)\s+on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|"   # ("Police Thursday said")
           r"(?:that|this|yesterday|last)\s+(?:morning|afternoon|evening|night)|that\s+day|overnight|"
           r"last\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
           r"yesterday|today|tonight|this\s+week|in\s+a\s+statement|in\s+a\s+report|[a-z]+ly|in\s+turn|for\s+its\s+part|for\s+his\s+part|for\s+her\s+part|"
           r"last(?=\s+[a-z]+ed\b))")   # ("The ministry last recorded 96 deaths in 2058")
# ADVERBS that may stand between the words of a verb ("has also put"); a language with many verbs of several words
# lists its one-word adverbs only, which keeps its verb pattern fast to compile.
VERB_GAP_ADVERBS = ADVERBS

# ("according to informed the Office": translated "según informó")
SOURCE_PREPS = (r"(?:according\s+to\s+(?:what\s+)?(?:informed|reported|indicated|communicated|said)(?:\s+by)?|"
                # translated copy: "according to what was made known by X", "… learned from judicial sources"
                r"according\s+to\s+what\s+(?:was|has\s+been|had\s+been)\s+(?:made\s+known|rendered\s+known|learned|learnt|"
                r"communicated|announced|reported|indicated|stated|said|declared|confirmed|explained|told)\s+(?:by|from)|"
                r"according\s+to\s+(?:the\s+)?(?:declarations|statements)\s+of|according\s+to|"
                r"cited\s+by|as\s+reported\s+by|reported\s+by|per|"
                # translated copy's "nach Angaben des Ministeriums": "demonstrated after indications of the Interior Ministry"
                r"after\s+(?:the\s+)?(?:indications|information|details|data|statements)\s+of|"
                # translated copy's "Как сообщили в": "As informed in the regional Ministry of Health, …"
                r"as\s+(?:informed|communicated|specified|reported)\s+in(?=\s+the\s)|"
                # "As it was communicated from the hospital, 46 patients …" (translated: « comme l'a communiqué l'hôpital »)
                r"as\s+(?:it\s+)?(?:was|has\s+been|had\s+been)\s+(?:communicated|announced|informed|reported|stated|said|"
                r"confirmed|specified)\s+(?:from|by)|"
                # translated copy: "Based on the record of BPBD, …"
                r"(?-i:Based)\s+on\s+(?:the\s+)?(?:records?|data|reports?|figures?|notes?)\s+(?:of|from)|"
                # translated copy: "In the written statement of the Ministry of Health, it was expressed that"
                r"(?-i:In)\s+the\s+(?:written\s+)?(?:statement|declaration|announcement)\s+of|"
                # "In an RCN survey of the county, 211 …": the document's owner named before its noun
                r"(?-i:In)(?=\s+(?:a|an|the)\s+(?:new\s+|latest\s+|recent\s+)?(?-i:[A-Z][\w&.-]*\s+){1,3}"
                r"(?:survey|report|study|poll|analysis|audit|census|count|tally)\b)|"
                # translated copy's "Από την πλευρά του": "From the side of the EKAB it was announced that …"
                r"(?-i:From)\s+the\s+side\s+of|"
                # translated copy: "From the ΕΚΑΒ was informed that 12 persons …" (a passive whose agent opens the sentence)
                r"(?-i:From)(?=\s+the\s+[^.!?,;:]{1,60}?\s+(?:it\s+)?(?:was|has\s+been|had\s+been)\s+(?:informed|announced|made\s+known|"
                r"communicated|reported|stated)\s+that\s)|"
                # translated copy: "By the fire service of the Provincial Council were mobilised 85 firefighters" (a passive
                # whose agent opens the sentence, Basque or Georgian word order)
                r"(?-i:By)(?=\s+the\s+(?!(?:end|close|time|morning|afternoon|evening|night|weekend|way)\b)[^.!?,;:\d]{1,80}?\s+"
                r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+[a-z]+(?:ed|en|t)\s)|"
                # translated copy's "Po policiji … , po organizatorima čak 260": "By the police about 180 vehicles, by the
                # organisers even 260" (opening the sentence or after a comma, a name and right after it a figure)
                r"(?:^|(?<=,\s))by(?!\s+(?:the\s+)?(?:noon|midday|midnight|lunchtime|dawn|dusk|morning|afternoon|evening|night|"
                r"then|now|today|tonight|[a-z]+day|end|close|time)(?![\w'’-]))"
                r"(?=\s+(?:the\s+)?(?-i:[A-Za-z][\w'’-]*)(?:\s+[\w'’-]+){0,2}\s+(?:(?:about|around|some|nearly|almost|over|"
                r"even|more\s+than)\s+)?\d[\d,.]*\s*(?:[a-z]+\s*)?(?:[,;.]|$)))")
# ... and "per" before a unit is a rate: "1,000 parts per million", "per capita", "per day"
NOT_SOURCE_AFTER = (r"(?:\d|which|whom|me|us|plan|schedule|reports?\s+that|million|billion|thousand|hundred|capita|head|"
                    r"person|day|week|month|year|hour|minute|second|cent|"
                    # ("118 litres of rain per square metre": a unit of area, length, weight or volume)
                    r"square|cubic|(?:kilo|centi|milli)?met(?:er|re)|km|kg|mile|acre|hectare|tonne|ton|litre|liter|gallon|barrel|"
                    # "depending on how one counts": "according to how", "according to the way" is no source
                    r"how|whether|the\s+(?:way|method)\s+(?:of|one|you|they))\b")
INVERTED_LEAD = r"(?:[,\"”]\s*|(?<=\s)[–—]\s+)"   # ('"…," says X'; "– … – says X": the dash that closes a line of dialogue)
RELATIVE_WHO = r",?\s*(?:(?-i:who)|which|that)\s+"  # "WHO" is the World Health Organization
# "the highest passenger count does not support": a verb's form followed by a finite verb is a noun, the subject's head
NOUN_BEFORE_VERB = r"does|do|did|is|was|were|are|has|had|stands|stood|rose|fell|remains|remained"
# "people who told their manager": a relative clause on the noun before (not "that", which opens what is said)
RELATIVE_CLAUSE_LEAD = r"(?-i:who)|which"
HOW_COMPILED = r"(?:based|built|drawn|compiled|calculated|computed)\s+(?:on|from)"   # "a count by X based on national figures": how X counted, not X
REFERENCE_RELATIVES = r"that|which|(?-i:who)"   # "the charity that runs it": a short reference and its relative clause
APPOSITION_RELATIVE = r"who|which|that"        # "WaterBridge, a charity that looks after the blocks, put it at 92"
# "On the social networks spread an information that …" (translated copy): where a rumour went round is its source
SPREAD_REPORT = (r"(?:^|(?<=[,;]\s))(?:On|In)\s+(?P<np>(?:the\s+)?[^,;:.!?\d]{2,40}?)(?:\s+(?:spread|spreads|circulated|circulates|"
                 r"is\s+circulating|was\s+circulating|appeared)\s+(?:an?\s+|the\s+)?(?:information|rumou?r|news|message|post|video|claim),?\s+(?:that|according)"
                 # ("On social media, people are saying that …": what is read there)
                 r"|(?P<read>\s*,\s*(?:people\s+(?:say|are\s+saying|claim|write)|one\s+(?:reads|hears)|you\s+can\s+read)\s+that))"
                 # ("… houses said to have collapsed, in a video shared on Wednesday": the video)
                 r"|(?<=[,;]\s)in\s+(?P<np2>an?\s+(?:video|post|message|tweet))\s+(?:shared|posted|circulating|circulated)")
# where people write online: what one reads there is its source ("On social media, people are saying that …")
ONLINE_PLACES = (r"(?:the\s+)?(?:social\s+(?:media|networks?)|forums?|(?:Facebook|WhatsApp|Telegram)\s+groups?|internet|web|"
                 r"(?-i:" + "|".join(_PLATFORMS) + "))")
# "the union, according to which 90 schools closed": the source is the noun before
RELATIVE_SOURCE = r",\s*according\s+to\s+(?:which|whom)(?![\w'-])"
# a count's own nouns, never the subject that acts ("the official death toll … has passed 50,000")
COUNT_HEADS = r"(?:count|estimate|figures?|tally|toll|data|total|numbers?)"
SOURCE_NOUNS = (r"(?:estimates?|figures?|count|tally|toll|study|survey|report|analysis|data|numbers?|statements?|bulletin|census|updates?|"
                r"panel|dashboard|information|indications|observations|(?:(?<=his\s)|(?<=her\s)|(?<=their\s))words|announcements?|press\s+releases?|findings|investigations?|tickets|ticket\s+sales|"
                r"manifest|passenger\s+list)")   # ("According to the manifest, we had 146 people on board": its keeper's)
# words that qualify a figure's document without naming whose it is: "a first estimate", "le nouveau bilan"
INTERROGATIVES = ("who", "what", "which", "whom")   # "Who said it: …", a fact-check's field: no speaker
SAME_DEMONSTRATIVES = ("this", "that", "these", "those")   # "this same ministry": the body named before
SAME_WORDS = r"same"   # "according to the same statement": the statement of whoever spoke last
UPDATE_HEADINGS = r"update|updated|latest"   # "Update: 180 homes have now been evacuated": a live entry's new count
DOCUMENT_ADJECTIVES = r"first|new|latest|initial|provisional|official|preliminary|revised|updated|last|earlier|final|own|best|previous|prior"
SOURCE_NOUN_THING = r"of\s+(?!(?:the|a|an|its|their|his|her|this|that)\s)(?-i:[a-z])"   # "its count of survivors": what is counted
SOURCE_NOUN_LINK = r"(?:from|by|of)"
SOURCE_NOUN_ADJECTIVES_AFTER = r"(?!)"   # (English puts them before: "the official toll from")
# a fact-check's verdict after the claim it rates ('"More than 300 dead" – FALSE'): no speaker
# a fact-check's headline: the figures in it are those it checks, no one's said there ("Fact check: 30 dead, 500 homes?")
FACT_CHECK_TITLE = r"fact[\s-]?check(?:ed)?|checked|verdicts?|(?-i:[A-Z][\w'-]*\s+Check)(?=\s*:)|true\s+or\s+false"
VERDICTS = ("true", "false", "mostly true", "mostly false", "half true", "misleading", "unproven", "unverified",
            "missing context", "fake", "correct", "incorrect", "exaggerated", "overstated", "understated", "overestimated",
            "underestimated", "plausible", "implausible", "accurate", "inaccurate", "unsupported", "needs context")
VERDICT_DEGREES = ("very", "largely", "partly", "slightly", "grossly", "greatly", "broadly")   # "LARGELY OVERSTATED"
# what a toll is of, never whose: "the toll of the sinking rose to 69, the minister said"
TOLL_EVENTS = (r"sinking|shipwreck|crash|collapse|earthquake|quake|floods?|flooding|fire|blaze|wildfire|explosion|blast|"
               r"storm|hurricane|cyclone|typhoon|tornado|attack|bombing|disaster|accident|derailment|landslide|mudslide|"
               r"eruption|epidemic|outbreak|stampede|crush|riots?|avalanche|heatwave|heat\s+wave|collision|tsunami")
# a body named after an event's noun, not the event: "figures from the fire service", "the flood authority" (the
# agent nouns, and these heads of a body that are no agents alone)
EVENT_NAMED_BODY = (r"brigades?|crews?|stations?|fighters|and\s+rescue|marshals?|wardens?|teams?|units?|squads?|"
                    r"investigators?|inspectors?|response|relief|centre|center")
# a body's voice before its name: "the press service of the MVD" is the MVD speaking
VOICE_OF = (r"(?:(?:press|media|communications?)\s+(?:service|office|department|unit)|"
            r"colleagues)\s+(?:of|for|at)")   # ("our colleagues at the Guardian": the Guardian)
# ("a spokesperson for the hospital trust said": the trust speaks, one actor with the trust itself)
SPOKESPERSON_OF = r"spokes(?:person|man|woman)\s+(?:of|for|at)"

PRONOUNS = {"he": "person", "she": "person", "they": "any", "it": "organisation", "the latter": "any",
            "him": "person", "her": "person", "them": "any", "the same source": "any", "that source": "any",
            "the same": "any"}   # (translated copy: "According to the same, 4 villages were flooded")
SHORT_REFERENCES = {
    "the minister": "person", "the president": "person", "the spokesman": "person",
    "the spokeswoman": "person", "the spokesperson": "person", "the secretary-general": "person",
    "the secretary general": "person", "the mayor": "person", "the governor": "person",
    "the agency": "organisation", "the ministry": "organisation", "the organisation": "organisation",
    # a document named before speaks for its author: "according to a WHO report, … The report says"
    "the report": "organisation", "the study": "organisation", "the document": "organisation",
    "this report": "organisation", "this study": "organisation", "this document": "organisation",
    "the bulletin": "organisation",
    "the organization": "organisation", "the department": "organisation",
    "the office": "organisation", "the group": "organisation", "the institute": "organisation",
    "the military": "organisation", "the army": "organisation",
    # ("Kestlemere Fire and Rescue Service sent 12 engines … The firefighters rescued 4": the fire service)
    "the firefighters": "organisation",
    "the union": "organisation", "the police": "organisation", "the force": "organisation", "the service": "organisation",
    "the association": "organisation", "the charity": "organisation", "the ngo": "organisation", "the company": "organisation",
    "the firm": "organisation", "the airline": "organisation", "the utility": "organisation",
    "the organ": "organisation",   # translated copy's "o órgão": the agency named before
    # the staff of whoever was named: "the governor … A statement issued by his office"
    "his office": "any", "her office": "any", "his aides": "any", "her aides": "any", "its staff": "any",
    "his officials": "any", "her officials": "any",   # (not "its officials": a body's people may count for themselves)
}
DETERMINERS = ("the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our")
DEFINITE = r"(?:the|these|those|its|their|his|her|both|all)"

# "2, 3, 5, 6 and 9 from Tuesday to Saturday": one figure for each day of the span, in order
DAY_SPAN = (r"from", r"to|through")
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
MONTHS = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
          "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
          "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}
LAST = r"(?:last)"
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1}
# a weekday cut short before its day of the month, as recaps and boxes write it ("the ALPC on Fri 8, Sun 10"):
# a date only with its number after it ("the Sun" is a newspaper, "sat" a verb)
WEEKDAY_ABBREVIATIONS = {"Mon": 0, "Tue": 1, "Tues": 1, "Wed": 2, "Thu": 3, "Thur": 3, "Thurs": 3, "Fri": 4, "Sat": 5,
                         "Sun": 6}
LAST_WEEK = r"last\s+week|the\s+previous\s+week|the\s+week\s+before"

# "at 5 in the evening": an hour, when the number can be one ("raising its count to 128,000 in the evening" is a count)
HOUR_AFTER = (r"in\s+the\s+(?:morning|afternoon|evening)\b|at\s+night\b|this\s+(?:morning|afternoon|evening)\b|tonight\b|o'clock\b|"
              r"of\s+the\s+(?:morning|afternoon|evening|night)\b")  # (translated copy: "until the 6 of the afternoon")
NON_COUNT_UNITS = (
    r"(?:pages?\b|-?years?\b|-?year-old|-?months?\b|weeks?|-?days?\b|hours?|minutes?|seconds|second\b(?!\s+[a-z]+s\b)|centur(?:y|ies)|decades?|generations?\b|seasons?\b|nights?\b|"
    # a temperature: "10 below zero"
    r"below\s+(?:zero|freezing)\b|"
    r"%|per\s?cent|percent|percentage\s+points?|km|kilomet(?:er|re)s?|miles?|(?:centi|milli)?met(?:er|re)s?|feet|ft|"
    r"kg|°|degrees?|a\.m\.|p\.m\.|am\b|pm\b|st\b|nd\b|rd\b|th\b|-?th\b|o'clock|"
    # speed, distance, temperature: "180 km/h", "110 mph", "60 knots", "40C", "104 °F"
    r"km/h|kph|mph|m/s|knots?|nautical\s+miles|yards?|inch(?:es)?\b|mm|cm|m\b(?!\s*\d)|"
    # a germ count: "100,000 CFU per litre"
    r"CFU\b|(?:per|/)\s*(?:litre|liter|l\b|m3|m³)|"
    # a volume: "400,000 m³ of water", "2 million cubic metres"
    r"m³|m3\b|cubic\s+met(?:er|re)s?\b|"
    r"(?:turkish\s+)?liras?\b|"
    # a search area at sea: "an area of about 300 square nautical miles" (burnt hectares are counted, as tonnes are)
    r"square\s+nautical\s+miles|"
    # an area is a measure, not a count: "covers 1,270 square kilometres", "40 km²"
    r"square\s+(?:kilomet(?:er|re)s?|met(?:er|re)s?|miles|feet)\b|km²|km2\b|m²|sq\.?\s*(?:km|mi)\b|"
    # electrical units: "a 115-kilovolt line", "a 500 MW plant"
    r"-?kilovolts?|-?volts?|kV\b|kVA\b|-?megawatts?|MW\b|-?kilowatts?|kW\b|"
    # a radio frequency: "Medium wave 1,386 kHz"
    r"[kMG]?Hz\b|"
    # a mass too small to count anything by: "a guideline level of 1 microgram"
    r"micrograms?\b|milligrams?\b|µg\b|"
    # a concentration: "1,000 parts per million", "5 ppm", "20 mg/l"
    r"parts\s+per\s+(?:million|billion|thousand)|ppm\b|ppb\b|mg/l\b|µg/m3|"
    r"°\s?[CF]|(?-i:[CF])(?![\w-])|Celsius|Fahrenheit|"
    # a clock time in a time zone: "at 0700 GMT"
    r"GMT|UTC|(?-i:BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT)\b|local\s+time|hrs\b|"
    # a ratio: "3 times more", "a 3-fold rise"
    r"times\s+(?:more|less|higher|lower|greater|larger|bigger|smaller|fewer|as|the|over)\b|-?fold\b|"
    # how often: "crosses 3 times a week", "twice a day" (not "intervened 27 times", a count of interventions)
    r"times\s+(?:a|an|per|each|every)\s+(?:day|night|week|month|year|season)\b|"
    # a grade on a scale: "rated 4 on a scale of 5"
    r"on\s+(?:a|the)\s+(?:[\w-]+\s+)?scale\b|"
    # an address: "48 Harcourt Street", "2330 17th St NE"
    r"(?-i:(?:[A-Z][\w'-]+\s+|\d+(?:st|nd|rd|th)\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Boulevard|Square|Place))\b|"
    # money, also after a scale word: "50 million soles", "$4.5 million"
    r"(?:of\s+)?(?:dollars?|euros?|pounds\s+sterling|pounds|yuan|yen|rupees|roubles|rubles|pesos|soles|naira|"
    r"shillings|rand|dinars?|dirhams?|francs|reais|zlot(?:y|ys|ies)|złot\w*|forints?|lei|leu|kron(?:a|or|er|ur)|"
    r"korun(?:a|y)|hryvni?as?|leva|lev|kunas?|lari|manats?|tenge|crowns|cents?|pence|USD|EUR|GBP|PLN|RON|HUF|CZK|"
    # translated copy's signs: "6 tys. zł" (Polish thousands), "250 Kč", "9 000 Ft"
    r"(?:tys\.\s*)?zł|Kč|Ft)(?![\w]))"
)
# one's own family, said of a speaker: "Dihya Tournier, a mother of two", "a father of three children"
KIN_OF = r"(?:mother|father|mum|mom|dad|grandmother|grandfather)\s+of"
NON_COUNT_BEFORE = (r"(?:(?:people|persons|those|victims|patients|residents|adults|children|kids|babies|infants|pensioners|"
                    # an age as a threshold, with no unit: "children under 5", "half of us over 70"
                    r"us|them|anyone|men|women|whom|were|are|aged)\s+(?:aged\s+)?"
                    r"(?:over|under|above|below|older\s+than|younger\s+than)|"
                    # a person's age said of them: "Vernon Oakshott, who is 81 and lives alone"
                    r"who\s+(?:is|was|turns|turned)|"
                    # a ratio's second term: "one for every seven swimmers", "one per 7"
                    r"(?:one|1)\s+(?:for\s+every|for\s+each|per|in\s+every)|no\.|nr\.?|(?<!now\s)(?<!still\s)number|article|page|p\.|chapter|route|highway|aged|age|the\s+year|room|flight|line|section|"
                    r"magnitude|(?:[$€£¥₹]|US\$|A\$|C\$|R\$)|"
                    # roads and exits: "the M6", "Interstate 5", "exit 14"
                    # a programme's return: "Brookfell Tonight will be back at 10"
                    r"back\s+at|"
                    r"interstate|(?:state\s+|ring\s+)?road|motorway|exits?|junction|gate|terminal|platform|pier|kilomet(?:er|re)|km|milepost|mile\s+markers?|force|"
                    # bus and tram routes: "bus services 38 and 38A", "the number 7 tram"
                    r"(?:bus|tram|night)\s+(?:services?|routes?|lines?)|the\s+number|"
                    # "a man of 82", "her husband, 81,": an age; "the information line is 211": a phone number;
                    # "not 64": a figure the speaker denies
                    r"(?:man|woman|boy|girl|child|person|victim)\s+of|(?:the\s+)?age\s+of|(?:husband|wife|son|daughter|mother|father|brother|sister|partner)\s*,|"
                    r"(?:information|help|hot|phone|tip)\s*line\s+(?:is\s+|on\s+|at\s+)?|"
                    r"aged\s+(?:between|from)|"  # "aged between 19 and 34"
                    r"(?:youngest|oldest|eldest)(?:\s+[a-z]+)?\s+(?:is|was|were|are)(?:\s+(?:just|only|barely))?|"  # "The youngest is 29"
                    r"(?:hours?|days?)\s+a\s+|"  # "24 hours a day, 7 days a week": how often
                    r"(?:once\s+)?every|"  # "every 20 minutes instead of every 10": how often, not how many
                    r"minus|"  # "the wind chill was about minus 12": a temperature
                    r"we\s+(?:have\s+)?(?:checked|verified|fact-checked|examined|looked\s+(?:at|into))|"  # "We checked four claims": the outlet's own work
                    # coefficients and ratios: "a coefficient of 1.5", "multiplied by 2", "× 2"
                    r"coefficient(?:\s+of)?|factor\s+of|multiplier\s+of|(?:multipli|divid)ed\s+by|ratio\s+of|[x×]|"
                    r"(?:call|calling|dial|hotline|helpline|phone|telephone|tel\.?)(?!\s+for\b)(?:\s+[\w'-]+){0,3}?(?:\s+(?:on|at))?)")   # (not "its call for blood donation 1.150 citizens")
# "Category 2 calls", "a level 3 alert": a rank, whatever noun follows
RANK_BEFORE = r"(?:categor(?:y|ies)|level|tier|stage|grade|phase|scale\s+of)(?:\s*\d{1,2}\s+out\s+of)?"  # ("4 on a scale of 5")
# "including 48 children", "among them 12 minors": a part of the count before, its own quantity
SUBSET_BEFORE = r"(?:including|includ(?:es|ed)|among\s+them|of\s+whom|of\s+which)\s*(?:at\s+least\s+|about\s+|some\s+|nearly\s+|more\s+than\s+)?$"
# Who the part is: a group of people of the total ("children", "over 75"), by a language-independent key
SUBSET_GROUPS = [
    (r"^\s*(?:\w+\s+){0,3}?(?:children|kids|babies|infants|minors|under-18s)", "children"),
    (r"^\s*(?:\w+\s+){0,4}?(?:over|older\s+than|aged\s+over|above)\s+(?P<age>\d+)", "over-{age}"),
    (r"^\s*(?:\w+\s+){0,3}?(?:women|girls)", "women"),
    (r"^\s*(?:\w+\s+){0,3}?(?:seriously|critically|severely)", "serious"),
    (r"^\s*(?:\w+\s+){0,3}?(?:foreigners|foreign\s+nationals|tourists)", "foreigners"),
]
# The time a count covers, when it is not the whole event: "the week of 21 to 27 July", "the whole summer"
PERIODS = [
    (r"(?:the\s+)?(?:single\s+|only\s+)?week\s+(?:of|from|to|ending)|in\s+(?:a|one)\s+(?:single\s+)?week\b|week's\s+toll", "week"),
    (r"(?:whole|entire)\s+summer|summer(?:'s)?\s+(?:toll|assessment|estimate|count|total|figures?)|over\s+the\s+summer|"
     r"(?:for|across)\s+the\s+summer|this\s+summer's", "summer"),
    (r"(?:whole|entire)\s+year|since\s+(?:the\s+start\s+of\s+the\s+year|january)|year\s+to\s+date", "year"),
    # a total over the days of a movement: "303 arrests in the two days", "over both days"
    (r"(?:in|over|across|for)\s+(?:the\s+)?(?:two|three|four|both|all\s+(?:two|three|four))\s+days", "days"),
    # one day's count, not the running toll: "41 people killed in the past 24 hours"
    (r"(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:24\s+hours|day)|in\s+(?:a|one)\s+(?:single\s+)?day\b", "day"),
]
# A figure someone intends or expects, not one already there: "could eventually reach up to 12,000"
PLANNED = (r"(?:(?:could|would|will|may|might)\s+(?:eventually\s+|soon\s+)?(?:reach|rise\s+to|grow\s+to|total|number)|"
           r"prepar\w*|plan(?:s|ned|ning)?\s+to|intend\w*|expected\s+to\s+(?:reach|send|deploy)|by\s+the\s+end\s+of)")
HEDGES = (r"\b(?:could|might|may|would|possibly|probably|likely|reportedly|allegedly|believed\s+to|"
          r"thought\s+to|feared|potentially)\b")

COUNT_NOUNS = {
    "soldiers": "troops", "soldier": "troops", "infantrymen": "troops", "troops": "troops", "forces": "troops",
    "servicemen": "troops", "fighters": "troops", "personnel": "troops", "mercenaries": "troops",
    "deaths": "deaths", "dead": "deaths", "death": "deaths", "fatalities": "deaths", "victims": "deaths",
    "bodies": "deaths", "killed": "deaths", "wounded": "wounded", "injured": "wounded", "injuries": "wounded",
    "infected": "cases",   # ("the number of infected is 1,340")
    "missing": "missing", "protesters": "protesters", "protestors": "protesters", "demonstrators": "protesters",
    "marchers": "protesters", "participants": "protesters", "strikers": "strikers", "people": "people", "others": "people", "calls": "calls",
    "persons": "people", "residents": "people", "citizens": "nationals", "nationals": "nationals", "civilians": "civilians", "children": "children", "boys": "children", "girls": "children",
    "refugees": "refugees", "displaced": "displaced", "evacuees": "evacuated", "police": "police",
    "officers": "police", "policemen": "police", "policewomen": "police", "gendarmes": "police", "firefighters": "firefighters", "firemen": "firefighters", "hectares": "hectares", "acres": "acres",
    "tonnes": "tonnes", "tons": "tonnes", "passengers": "passengers", "riders": "passengers",
    "trips": "trips", "journeys": "trips", "homes": "homes", "houses": "homes", "buildings": "buildings",
    "migrants": "migrants", "prisoners": "prisoners", "detainees": "prisoners", "hostages": "hostages",
    "arrests": "arrests", "jobs": "jobs", "cases": "cases", "voters": "voters", "spectators": "spectators",
    "visitors": "visitors", "tanks": "tanks", "drones": "drones", "missiles": "missiles",
    "casualties": "casualties", "sites": "sites", "rallies": "gatherings",
    "rescuers": "rescuers", "rescue": "rescuers", "patients": "patients", "hospitalisations": "hospitalisations",
    "hospitalizations": "hospitalisations", "hospitalised": "hospitalisations", "hospitalized": "hospitalisations",
    "admissions": "hospitalisations",   # ("Hospital admissions rose to 1,830", "312 admissions for heatstroke")
    "drownings": "drownings",
    "infections": "cases", "tourists": "visitors", "households": "households", "families": "households",
    "campers": "campers", "holidaymakers": "visitors", "canoes": "boats", "kayaks": "boats",
    "workers": "workers", "employees": "workers", "staff": "workers", "students": "students",
    "pupils": "students", "signatures": "signatures", "signatories": "signatures",
    "vehicles": "vehicles", "boats": "boats", "lifeboats": "boats", "dinghies": "boats", "ships": "ships", "vessels": "ships", "lorries": "lorries",
    "trucks": "lorries", "vans": "vans", "tractors": "tractors", "buses": "buses", "coaches": "buses",
    "aircraft": "aircraft", "planes": "aircraft", "flights": "flights", "homeless": "homeless",
    "asylum-seekers": "asylum-seekers", "animals": "animals", "livestock": "animals", "barrels": "barrels",
    "beds": "beds", "fires": "fires", "wildfires": "fires", "blazes": "fires", "square": "km2", "km2": "km2", "km²": "km2", "crossings": "crossings",
    "arrivals": "arrivals", "killings": "deaths", "executions": "deaths", "murders": "deaths", "homicides": "deaths", "crowd": "protesters", "turnout": "protesters", "attendance": "spectators",
    "palestinians": "people", "israelis": "people", "ukrainians": "people", "russians": "people",
    "syrians": "people", "afghans": "people", "sudanese": "people", "gazans": "people", "lebanese": "people",
    "iranians": "people", "iraqis": "people", "yemenis": "people", "haitians": "people", "rohingya": "people",
    "venezuelans": "people", "pilgrims": "people", "worshippers": "people",
    "inhabitants": "people", "individuals": "people", "adults": "people", "applications": "applications", "ballots": "votes", "votes": "votes",
    # people and things news counts across topics (strikes, outages, festivals, rescues, disasters)
    "customers": "customers", "clients": "customers", "subscribers": "customers", "users": "customers",
    "accounts": "accounts", "devices": "devices", "computers": "devices",  # data breaches ("records" also breaks them)
    "doctors": "doctors", "physicians": "doctors", "nurses": "nurses", "medics": "health-workers",
    "teachers": "teachers", "schools": "schools", "hospitals": "hospitals", "tickets": "tickets",
    "festivalgoers": "spectators", "fans": "spectators", "supporters": "spectators", "members": "members",
    "volunteers": "volunteers", "fishermen": "fishermen", "farmers": "farmers", "survivors": "survivors",
    "birds": "birds", "seabirds": "birds", "crew": "crew", "villages": "villages", "towns": "municipalities",
    "municipalities": "municipalities", "farms": "farms", "businesses": "businesses", "shops": "businesses",
    "stores": "businesses", "candidates": "candidates", "miners": "workers",
    "technicians": "workers", "engineers": "workers", "activists": "activists", "cattle": "animals",
    "evacuations": "evacuated", "rescues": "rescues", "sheep": "animals", "goats": "animals", "pigs": "animals",
    "rats": "rats", "mice": "rats", "dogs": "dogs", "cats": "cats", "hens": "animals", "poultry": "animals", "chickens": "animals", "men": "people", "women": "people",
    # animals whose plural ends in no "s", each its own count ("2,000 deer", "300 wild boar")
    "deer": "deer", "reindeer": "reindeer", "boar": "boar", "elk": "elk", "moose": "moose", "bison": "bison",
    "geese": "geese", "swine": "pigs", "livestock": "animals", "fish": "fish",
    "cows": "animals", "herds": "herds", "flocks": "herds",
}
# The key of a noun the extractor counts as itself only when someone gives the figure ("1,300 meals", "38
# engines"): the same key in both languages, so that a French and an English report meet on one quantity
NOUN_KEYS = {"canteens": "canteens", "meals": "meals", "pharmacies": "pharmacies", "pharmacists": "pharmacists",
             "samples": "samples", "complaints": "complaints", "lawsuits": "complaints", "trains": "trains",
             "engines": "fire-engines", "classes": "classes", "flats": "homes", "apartments": "homes",
             "dwellings": "homes", "doses": "doses", "incidents": "incidents", "interventions": "interventions",
             "reports": "reports", "cars": "vehicles"}
# the key a counted noun takes when the headline or lead is about something else than its first sense (French
# « mineurs » in a mine are miners, elsewhere minors): none in English, where "miners" and "minors" are two words
TOPIC_SENSES: list = []
# the status of a count of cases: suspected and confirmed cases are two quantities
# nouns of several words whose first word alone counts something else
COMPOUND_COUNT_NOUNS = [(r"(?:first[- ]aid|police|border)\s+posts", "sites"),   # a post is a place there, not a job
                        (r"fire\s+(?:engines|trucks|appliances)", "vehicles"),   # vehicles, not fires
                        # ("38 v 90 - blockade points nationwide": places, not a score's points)
                        (r"(?:blockade|blocking|distribution|water|collection|assembly|gathering|vaccination|access|"
                         r"crossing|entry)\s+points", "sites"),
                        (r"(?:dead|deaths|killed)\s+(?:or|and)\s+missing", "dead-or-missing")]   # one toll of two
CASE_STATUS = [(r"suspect\w*|probable|possible", "suspected"), (r"(?:lab(?:oratory)?[- ])?confirm\w*", "confirmed")]
MEASURES = [
    (r"(?:dead|killed)\s+or\s+(?:missing|unaccounted\s+for)|missing\s+or\s+(?:dead|presumed\s+dead)", "dead-or-missing"),
    (r"killed\s+or\s+(?:wounded|injured)|dead\s+or\s+(?:wounded|injured)|casualties|losses", "casualties"),
    (r"killed|dead\b|died|deaths?|fatalit|perished|lost\s+their\s+lives|lost\s+(?:the\s+|their\s+)?life", "killed"),   # ("have lost life 14 persons": translated)
    (r"wounded|injured|injuries|hurt", "wounded"),
    (r"captured|taken\s+prisoner|prisoners\s+of\s+war", "captured"),
    # an abduction's counts, each its own quantity: those taken, those still held, those freed, those who escaped
    (r"still\s+(?:held|captive|in\s+captivity|with\s+(?:the|their)\s+(?:kidnappers|abductors|captors))|held\s+(?:captive|hostage)|"
     r"in\s+captivity|remain\w*\s+(?:held|in\s+captivity|captive)|"
     # (those still in custody after arrests: a count of its own, not the arrests)
     r"(?:remain\w*|still|kept)\s+(?:held\s+)?in\s+(?:police\s+)?custody|held\s+in\s+custody|remanded", "held"),
    (r"escaped|managed\s+to\s+(?:flee|run\s+away|get\s+away)|ran\s+away\s+from\s+(?:the|their)\s+(?:kidnappers|abductors|captors)",
     "escaped"),
    (r"freed|(?:were|was|been|being)\s+released|set\s+free|liberated", "freed"),
    # those who came home are a count of their own, neither all the taken nor those freed on one day
    (r"came\s+(?:back\s+)?home|(?:returned|went|got)\s+(?:back\s+)?home|(?:are|were|is|was)\s+back\s+home|reunited\s+with\s+(?:their|his|her)\s+famil", "returned"),
    (r"abducted|kidnapped|taken\s+hostage|snatched|carried\s+off", "abducted"),
    (r"on\s+strike|striking|(?:had|have|has)\s+struck(?!\s+by)|walked\s+out|walkout|stopped\s+work|downed\s+tools", "striking"),
    (r"arrested|detained|taken\s+into\s+custody", "arrested"),
    (r"infected|contracted|tested\s+positive", "infected"),
    (r"missing", "missing"),
    (r"identified", "identified"),   # "12 victims are now identified": a count of names, not of the dead
    (r"trapped|stuck\s+underground|cut\s+off\s+underground|still\s+underground", "trapped"),
    # ("brought four miners out alive", "reached alive": those saved, not all who were down there)
    (r"rescued|to\s+safety|airlifted|pulled\s+(?:alive\s+)?from|out\s+alive|"
     r"(?:found|reached|recovered)\s+alive|alive\s+from", "rescued"),   # ("pulled 230 people alive from the rubble")
    # those who got out by themselves, and those down the mine when it fell: two more counts of the same men
    (r"(?:climbed|made\s+(?:their|his|her)\s+way|got|walked)\s+out\s+(?:\w+\s+){0,4}?(?:on\s+(?:their|his|her)\s+own|by\s+themselves|unaided)",
     "escaped"),
    (r"(?:were|was|had\s+been|been|working|men|miners|workers)\s+underground|underground\s+(?:at|when)", "underground"),
    (r"moved\s+to\s+(?:\w+\s+){0,2}shelters|relocated|rehoused", "evacuated"),
    # ("45,000 people had joined the march": marchers, not people sent somewhere)
    (r"join(?:ed|ing|s)?\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:march|rally|protest|demonstration|procession|picket)", "protesting"),
    (r"sent|deploy|dispatched|stationed|mobili[sz]ed|join|arrived|transferred(?!\s+to\s+(?:the\s+)?hospital)|transported(?!\s+to\s+(?:the\s+)?hospital)|shipped|moved(?!\s+out\s+of)|(?<!the\s)fight(?!er)|to\s+Russia|in\s+Russia", "deployed"),
    (r"protest|(?-i:march)|rall|demonstrat|turn(?:ed)?\s+out|took\s+to\s+the\s+streets|gathered\s+(?:in|outside|at|on|before|near)\s|"
     # (not a part in a strike: "450 workers took part in the walkout")
     r"(?:t(?:ook|aken|aking|akes?)\s+part|participated)(?!\s+in\s+(?:the\s+|a\s+|their\s+)?(?:\w+\s+)?(?:strike|walkout|stoppage))",
     "protesting"),
    # ("238 people have been taken off the ship": evacuated from it, however they left)
    (r"evacuated|evacuation|moved\s+out\s+of|taken\s+off\s+(?:the|a|an)\s+(?:\w+\s+)?(?:ship|vessel|boat|ferry|liner|platform|rig|island|train)", "evacuated"),
    (r"displaced|fled|became\s+refugees?|(?:forced\s+)?from\s+their\s+homes|(?:made|left|been\s+left)\s+homeless|uprooted|"
     r"(?:had\s+to\s+)?le(?:ft|ave)\s+their\s+homes",
     "displaced"),
    (r"crossed|crossing", "crossing"),
    (r"hospitali[sz]ed|in\s+hospital|(?:taken|transferred|transported|rushed|airlifted)\s+to\s+(?:the\s+)?hospital", "hospitalised"),
    # "11,600 pharmacies closed", "2,300 requisitioned": what was done to the counted things, each its own quantity
    (r"closed|shut|kept\s+(?:their\s+)?(?:doors|shutters)\s+(?:closed|shut|down)", "closed"),
    (r"requisition", "requisitioned"),
    (r"damaged", "damaged"),
    # (not the injuries: "treated 23 people for smoke inhalation and burns")
    (r"burn(?!s\b)|scorch|destroyed|razed|torched|set\s+(?:fire\s+to|alight|ablaze|on\s+fire)|gutted", "destroyed"),
    # what was done to people around a disaster, each its own count: those told to stay indoors, those who
    # spent the night in a shelter, those who saw a doctor, those the smoke or the water reached
    (r"confined|(?:stay|stayed|staying|remain\w*|kept)\s+(?:indoors|inside|at\s+home)|shelter(?:ed|ing)?\s+in\s+place|lockdown",
     "confined"),
    (r"slept|spent\s+the\s+night|sheltered\s+(?:at|in)|housed|put\s+up\s+(?:at|in)", "sheltered"),
    (r"consulted|(?:saw|seen|see|seeing|visited)\s+a\s+(?:doctor|GP|physician)|sought\s+(?:medical\s+)?(?:care|treatment|help)|"
     r"treated|medical\s+(?:attention|care)|symptoms", "treated"),
    (r"exposed|breathed|inhaled|intoxicated|poisoned", "exposed"),
    # a vaccination campaign's count of people who received a dose, not of the sick
    (r"(?<!un)(?<!not\s)vaccinated|immuni[sz]ed|received\s+(?:a|the|their|one|two)\s+(?:\w+\s+)?(?:dose|jab|shot)", "vaccinated"),
    # what became of a cargo or a waste, each its own count of tonnes: pumped out, recovered (what spilled is the
    # count that names no measure: most reports of a leak say only how much)
    (r"pumped", "pumped"),
    (r"recovered|collected|picked\s+up|skimmed", "recovered"),
    # ("We are 22,000 in the streets": marchers; last, as what happened there says more: "homes burned in the streets")
    (r"in\s+the\s+streets?\b", "protesting"),
]


# Bodies named by their charge: the same key in both languages (folded text)
# Bodies named by what they are, the same key in both languages (folded text): "the coast guard", "les garde-côtes"
GENERIC_BODIES = [(r"coast\s*guards?", "coast-guard"), (r"fire\s+(?:service|brigade|department|corps)s?|firefighters", "fire-service"),
                  (r"civil\s+(?:protection|defen[cs]e)", "civil-protection")]
# a spokesperson's role between the body and the name: "coast guard spokesman Commander Pavel Dorran"
SPOKESPERSON_ROLES = (r"spokes(?:man|woman|person)|representative|director|chief|head|commander|official|president|chair(?:man|woman|person)?|"
                      r"(?:general\s+)?secretary(?:[\s-]+general)?|leader|delegate")
SPOKESPERSON_LINKS = r"of|for|at|with"   # "Pavel Dorran, a spokesman for the coast guard"
# "Vigie Marine said its crew had taken 31 survivors on board": what a body's own people or ships did, a part
# of the whole (unless they only counted it: "its teams counted 300 dead")
OWN_TEAM = (r"(?:its|their|our)\s+(?:own\s+)?(?:crews?|teams?|volunteers|rescuers|divers|lifeboats?|ships?|boats?|vessels?|"
            r"helicopters?|medics|doctors|nurses)")
COUNTING_VERBS = r"count\w*|record\w*|tall\w*|register\w*|estimat\w*|report\w*|list\w*"
COUNTING_VERBS_ALONE = r"counts|count|counted"                   # "every vote counts.": it matters
# "the army numbers 38,000 troops": what a body has, not a count it reports
# auxiliaries that make a participle after a figure a verb of its own ("40 cases were reported by doctors")
AUXILIARIES = r"was|were|been|being|is|are|be|has|have|had"
HAS_VERBS = r"numbers|numbered|has|have|had"
# "the hospital said it had admitted 19 of the injured": a hospital counts its own patients
HOSPITAL_NAMES = r"hospital|infirmary|clinic|medical\s+cent(?:re|er)"
# 'a listener, Marta, a nurse: "…"', 'A viewer in Marzaro: "I have taken in 2 families"': an anecdote read out
LISTENER_MESSAGE = (r"(?:listener|reader|viewer)'s\s+(?:message|letter|email)|(?:a|one|another)\s+(?:listener|reader|viewer)"
                    r"(?=,|\s+(?:in|from)\s+[A-Z][\w'-]+(?:[\s-][A-Z][\w'-]+)*\s*:)")
OWN_ARCHIVES = r"(?:our|the\s+paper's|the\s+newspaper's)\s+(?:own\s+)?archives?"   # "according to our archives": background, no claim
# a fact-check's label naming who made the claim its quoted heading checks ('CLAIM 1: "At least 40 dead"' /
# "Who said it: Dr Ewondji, of the doctors' union")
# 'CLAIM 1: "…"' / "OUR VERDICT: FALSE" / "The figure comes from a post in the Facebook group X": where the checked
# figure comes from, said as the paragraph under the heading opens
CLAIM_ORIGIN = r"(?:the|this)\s+(?:figure|number|claim)\s+(?:comes|came)\s+from"
# what a fact-check's "Who said it" line says of the post after its name: "a TikTok video posted on 2 October",
# "a Facebook post shared more than 2,000 times"
POST_DESCRIPTION = r"(?:posted|shared|viewed|seen|watched|published|uploaded|circulating|liked|reposted|retweeted)(?![\w'-])"
CLAIM_AUTHOR_LABEL = r"who\s+(?:said|says|made|claimed|claims)\s+(?:it|this|that|so|the\s+claim)|claimed\s+by|said\s+by|made\s+by|source\s+of\s+the\s+claim"
SITE_PREPOSITIONS = r"at"   # "At Tarvel University Hospital, the management counted 620": where the management is
HOSPITAL_MANAGEMENT = r"(?:hospital\s+)?(?:management|administration|direction)(?:\s+of\s+the\s+hospital)?"
# "At Stourwick Children's Hospital, …, a spokeswoman said": the voice of the hospital the sentence opens with
HOSPITAL_VOICE = r"spokes(?:man|woman|person)"
# "Dr Mathis Oberlé, 47, who heads the foodborne disease unit at the NPHA": a role told as a clause
ROLE_CLAUSE = r"who\s+(?:heads|leads|runs|directs|chairs|manages)"
# (a minister speaks for the ministry: "Health Minister Jonas Ferreda" belongs to the health ministry)
PORTFOLIOS = [
    (r"(?:health\s+minist(?:ry|er)|minist(?:ry|er)\s+of\s+(?:public\s+)?health|health\s+department|department\s+of\s+health)", "health-ministry"),
    (r"(?:interior\s+minist(?:ry|er)|minist(?:ry|er)\s+of\s+(?:the\s+)?interior|home\s+office)", "interior-ministry"),
    (r"(?:labou?r\s+minist(?:ry|er)|minist(?:ry|er)\s+of\s+labou?r)", "labour-ministry"),
    (r"(?:energy(?:\s+transition)?\s+minist(?:ry|er)|minist(?:ry|er)\s+(?:of|for)\s+(?:the\s+)?energy(?:\s+transition)?)", "energy-ministry"),
    (r"(?:defen[cs]e\s+minist(?:ry|er)|minist(?:ry|er)\s+of\s+defen[cs]e)", "defence-ministry"),
    (r"(?:education\s+minist(?:ry|er)|minist(?:ry|er)\s+of\s+education)", "education-ministry"),
    (r"(?:foreign\s+minist(?:ry|er)|minist(?:ry|er)\s+of\s+foreign\s+affairs)", "foreign-ministry"),
    (r"(?:transport(?:ation)?\s+(?:minist(?:ry|er)|secretary)|(?:minist(?:ry|er)|department|secretary)\s+(?:of|for)\s+"
     r"transport(?:ation)?)", "transport-ministry"),
    (r"(?:(?:agriculture|farm)\s+minist(?:ry|er)|minist(?:ry|er)\s+of\s+agriculture)", "agriculture-ministry"),
    (r"(?:fisheries\s+minist(?:ry|er)|minist(?:ry|er)\s+(?:of|for)\s+fisheries)", "fisheries-ministry"),
    (r"(?:mines\s+minist(?:ry|er)|minist(?:ry|er)\s+of\s+mines)", "mines-ministry"),
    (r"(?:justice\s+minist(?:ry|er)|minist(?:ry|er)\s+of\s+justice)", "justice-ministry"),
    (r"(?:environment\s+minist(?:ry|er)|(?:minist(?:ry|er)|department)\s+(?:of|for)\s+(?:the\s+)?"
     r"(?:environment|ecological\s+transition))", "environment-ministry"),
    (r"(?:emergenc(?:y|ies)\s+minist(?:ry|er)|minist(?:ry|er)\s+(?:of|for)\s+emergenc(?:y|ies))", "emergencies-ministry"),
]
COUNTRY_OF_OFFICE = [(r"\bspain'?s?\b|\bspanish\b", "spain"), (r"\bitaly'?s?\b|\bitalian\b", "italy"),
                     (r"\bfrance'?s?\b|\bfrench\b", "france"), (r"\bgermany'?s?\b|\bgerman\b", "germany"),
                     (r"\bbritain'?s?\b|\bbritish\b", "united-kingdom"), (r"\bgreece'?s?\b|\bgreek\b", "greece"),
                     (r"\bportugal'?s?\b|\bportuguese\b", "portugal"), (r"\bmorocco'?s?\b|\bmoroccan\b", "morocco")]
BODY_HEADS = {"ministry": "minist", "the ministry": "minist", "observatory": "observ", "institute": "institut",
              "agency": "agenc", "service": "service", "union": "union", "prefecture": "prefecture", "ngo": "ngo",
              "charity": "charit", "organisation": "organi", "organization": "organi"}
# Generic names a research body goes by once introduced
RESEARCH_HEADS = {"research institute", "researchers", "institute", "the institute", "observatory", "the observatory", "research body"}


# --- where a count is (extract/places.py) --------------------------------------------------
PLACE_LOCATIVES = ("in", "into", "to", "across", "throughout", "inside", "from", "of", "near", "at")
PLACE_ARTICLES = ("the",)
PLACE_COMPASS = ("eastern", "western", "northern", "southern")      # "in eastern Russia"
PLACE_COMPASS_LINK = r""
# "31 survivors on board the Nereid": those of one ship, a part of the whole
PLACE_WORDS_BEFORE = {"site": ("aboard", "on board"),
                      # "the district of Brennic", "the province of Upper Salvan" (an "of" comes between)
                      "region": ("region", "province", "district", "department", "county", "governorate", "oblast"),
                      "city": ("streets",)}   # ("We are 22,000 in the streets of Solmerac": where they marched)
# "neighbouring Kalonde": a country named as the one next door (not where the page's counts are, but where a body
# named after it counts: "the Kalonde Emergency Service")
NEXT_DOOR_BEFORE = r"neighbou?ring"
NEXT_DOOR_AFTER = r"(?!)"
# "the Kursk region", "the Vernay refinery": the place word after the name
PLACE_WORDS_AFTER = {
    # (a "maritime prefecture" commands a seaboard: its name says nothing of where a count is)
    "region": ("region", "oblast", "province", "department", "state", "county", "district", "governorate", r"(?<!maritime\s)prefecture",
               "canton", "diocese", "highlands", "lowlands"),   # ("the Barrak Highlands")
    "site": ("refinery", "plant", "factory", "site", "mine", "depot", "warehouse", "airport", "hospital", "camp", "prison"),
}
PLACE_NAME_LINK = r""
# "In Castelbrune, the prefecture counted 2,100", "In Castelbrune alone,", "In Benzarka itself,": a capitalised word opening a sentence
# after "In" is a town when a comma follows it ("In March,", "In Parliament," are not: NOT_PLACES, the months)
# ("268,000 nationwide; in Merande, the police counted 41,000": a clause a semicolon opens is read the same)
PLACE_TOWN_LEAD = (r"(?:(?-i:In)|(?<=;\s)(?-i:in)"
                   # ("For Port-Estagnol alone, the APPE counted 30": the town the count is limited to)
                   r"|(?-i:For)(?=\s+(?:[A-Z][\w'-]+\s+){1,3}alone,))\s+"
                   # "In the capital, Vallancourt,", "In the steel town of Bellaurac,": the town the clause is about
                   r"(?:the\s+(?:[a-z]+\s+)?(?:capital|town|city|village|port)(?:\s+of\s+|,\s+))?")
# ("In Bellaurac the ministry counted 18,500": a subject after it, without the comma)
# ("In Montbrieuc on Friday, 8,200 people marched": the day after the town, then the comma)
PLACE_TOWN_TAIL = (r"(?:(?:\s+(?:alone|itself))?,|\s+(?=(?-i:the|it|they)\s+[a-z])|\s+on\s+(?i:%s),)" % "|".join(WEEKDAYS))
# "Arzelles, a town of 7,900 people below the dam": a name its apposition says is a town
PLACE_TOWN_APPOSITION = r",\s+an?\s+(?:[a-z-]+\s+){0,2}(?:town|city|village|port)\s+(?:of|in|on|near|below|above|with|where|that)\b"
# "including 130 in Dravik", "214 vehicles in Aubrefort": a capitalised word after a count and "in" is where it was
# counted, mid-sentence too
# (places.py puts the count before it: its digits, and a numbers box's dash, "342 — confirmed cases in Casserine")
PLACE_TOWN_AFTER_COUNT = r"(?:\s+[A-Z]?[a-z]+(?:\s+[a-z]+){0,2})?\s+(?:in|at)\s+"   # (a numbers box's item: "18 / Deaths in Anselle")
# On a page about islands, "on" says where as "in" does: "34 on Vohéry, 15 on Tenaka", "On Vohéry, the governor …"
ISLAND_WORDS = r"islands?|archipelago|atolls?|islets?"
PLACE_ISLAND_LEAD = r"(?-i:On)\s+"
PLACE_ISLAND_AFTER_COUNT = r"(?:\s+[a-z]+){0,3}\s+on\s+(?:the\s+island\s+of\s+)?"
# "22: the toll for Lower Lerane given by its governor": a toll's place
PLACE_REGION_LEAD = r"(?<![\w-])(?:toll|tally)\s+for\s+(?:the\s+)?"
PLACE_ALONE_BEFORE = ()   # (English says it after the name: "in Haut-Kharval alone")
# a figure's perimeter that is no place, a body's site or network: "about 1,000 at the HUC alone", "on the APS network
# alone" (its count is a part, not the whole country's)
PERIMETER_ALONE = (r"(?:at|in|for|from|on)\s+(?:the\s+)?(?:[a-z]+\s+of\s+)?(?P<name>{name})(?:\s+(?:network|site|group))?"
                   r"\s+alone(?![\w-])")   # ("on the atoll of Kaveloa alone")
NOT_PLACES = ("parliament", "congress", "court", "government", "total", "all", "addition", "fact", "response",
              "particular", "general", "short", "brief", "public", "private", "contrast", "comparison", "practice",
              "theory", "part", "order", "reality", "return", "exchange", "recent", "summary", "sum", "turn", "between",
              # (where a post is, not a place: "4,000 on Facebook")
              *(name.lower() for name in _PLATFORMS))
SPEAKING = ("said", "told", "tells", "addressing", "speaking", "spoke", "briefing", "briefed", "conference", "summit",
            "meeting", "interview", "visit")
BODY_SEAT = (r"(?:based|headquartered|located)\s+in", r"(?:headquarters|offices|seat)\s+in",
             r"(?:institute|university|observatory|agency|office|firm|think\s+tank|consultancy|laboratory|hospital)\s+(?:in|at)")
NEIGHBOUR = r"border(?:ing|s)?\s+(?:with\s+)?"                     # "bordering Ukraine"
COUNTRY_ADJECTIVE_AFTER = ()
COUNTRY_ADJECTIVE_BEFORE = ("soil", "territory", r"far\s+east")     # "Russian territory"
# "the Paris turnout", "the Lyon march": a town named as the place of what is counted
EVENT_NOUNS_AFTER_TOWN = ("turnout", r"march(?:es)?", r"rall(?:y|ies)", "procession", r"crowds?", "count", "toll",
                          r"protests?", r"demonstrations?")
EVENT_NOUNS_BEFORE_ADJECTIVE = ()


# --- whose territory an official's figures are about (extract/jurisdictions.py) ------------
# "Tessa Morvan, governor of Upper Salvan", "the mayor of Sarvo, Ilija Dornik": a figure of theirs
# that names no place is about their province or town, not the country the article is about
TERRITORIAL_ROLES = {"governor": "region", "prefect": "region", "mayor": "city", "voivode": "region"}
TERRITORY_WORDS = r"province|region|state|district|county|department|city|town|municipality"
TERRITORY_ADJECTIVES = r"provincial|regional|state"                  # "Upper Salvan provincial governor Tessa Morvan"
ROLE_OF = r"of(?:\s+the)?"
ROLE_ARTICLES = r"the|a"
# "the mayor of the city, Ana Ruiz", "the town's mayor, Ana Ruiz": the town is the one named last before
TERRITORY_ANAPHORA = r"(?:the|this)\s+(?:city|town|village)(?:'s)?"
# the region named just before: "said the governor of the province, Tessa Morvan", "the province's governor"
REGION_ANAPHORA = r"(?:the|this)\s+(?:province|region|state)(?:'s)?"
# Bodies that speak for one territory and carry its name ("the Haute-Marche regional health agency", "Kent
# County Council", "the prefecture of Montréval"), each with the level of that territory
LOCAL_BODIES = {r"regional\s+health\s+agency": "region", r"regional\s+council": "region", r"county\s+council": "region",
                r"police\s+prefecture": "city", r"prefecture\s+of\s+police": "city", r"prefecture": "region",
                r"city\s+council": "city", r"town\s+council": "city", r"city\s+hall": "city", r"town\s+hall": "city",
                r"health\s+board": "region", r"fire\s+and\s+rescue\s+service": "region"}
LOCAL_BODY_PLACE_FIRST = True                           # "the Haute-Marche regional health agency"
# Words that make a body or a title one of a territory ("regional health agency", "the prefect") or of the
# whole country ("Interior Ministry", "National Public Health Agency"): see jurisdictions.body_tier
SUBNATIONAL_WORDS = (r"regional", r"departmental", r"municipal", r"provincial", r"local", r"county", r"city", r"town",
                     r"district")
NATIONAL_WORDS = (r"national", r"ministry", r"minister", r"government", r"federal")
# ("National Union of Teachers", "National Farmers' Federation": a body of society, not of the state)
NOT_STATE_WORDS = (r"unions?", r"federations?", r"confederations?", r"associations?", r"leagues?", r"collectives?",
                   r"coalitions?", r"alliances?", r"councils?\s+of", r"syndicates?")


# --- who a claimant is (extract/bodies.py) --------------------------------------------------
KNOWN_BY_INITIALS = r"known\s+(?:by|under)\s+(?:its|their)\s+(?:\w+\s+){0,2}(?:initials|acronym)\s+"
DEFINITION_LINKS = ("and", "of", "for", "the", "on")
BODY_DETERMINERS = ("the", "a", "an", "its", "their")
BODY_TYPES = ("ngo", "charity", "union", "group", "firm", "app", "institute", "agency")   # ("the UN children's agency UNICEF")
MANAGEMENT = ("management", "company", r"(?:site|local|group)\s+management", "employer")
# a day told before a subject without a comma: "On Wednesday the health ministry said"
# (English puts its modals inside the verb group: "could count", "had to revise"; a negation stays outside it: "His
# campaign did not say where the 9 million came from")
SUBJECT_MODAL_TAIL = r"(?:did|does|do|has|have|had|would|could|will|can)\s+not|(?:did|does|do|has|have|had|would|could|wo|ca)n[’']t"
SUBJECT_DAY_LEAD = r"(?:(?:earlier|later|late|early)\s+)?(?:on|by|at)|last|this"   # ("Last Friday the ministry said", "At lunchtime the force")
_DAY = "|".join(WEEKDAYS)
# (full names only: "mar", "sept" are short for "march", "september")
_MONTH = "|".join(m for m in MONTHS if not any(o != m and o.startswith(m) for o in MONTHS))
CLAIMANT_TIME_LEAD = (rf"(?:{_DAY}|yesterday)(?:\s+(?:night|morning|evening))?|"
                      r"earlier|previously|also|again|"   # ", informed earlier the MChS": when, then who
                      r"(?:the|that)\s+time|"   # ("according to official figures from the time": when they were given)
                      r"today|tonight|this\s+(?:morning|afternoon|evening|week|month|year)|last\s+(?:night|week|month|year)|"
                      r"morning|afternoon|evening|night|"   # (translated copy: "Until Thursday morning rescuers found")
                      # "Since mid-October our teams have counted": when, then who
                      rf"(?:(?:since|by|until|as\s+of|from|in|on)\s+(?:(?:early|mid|late)-?\s*)?|(?:early|mid|late)-)(?:{_MONTH}|{_DAY})"
                      r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|"
                      # "By ten, 12 of them had a sticker": an hour, not who
                      r"(?:by|at|until|after|before)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                      r"noon|midday|midnight|dawn|dusk|nightfall|lunchtime)(?:\s+o'clock)?")
# "…, has communicated the Ministry in the evening": when, after who
CLAIMANT_TIME_TAIL = (rf"(?:in|during)\s+the\s+(?:morning|afternoon|evening|night|day)|at\s+night|(?:on\s+)?(?:{_DAY})(?:\s+(?:morning|afternoon|evening|night))?|"
                      r"yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening)|(?:at|of|from)\s+(?:the|that)\s+time|"
                      rf"that\s+(?:morning|afternoon|evening|night|day)|the\s+same\s+(?:day|{_DAY})|"   # ("according to the police that evening")
                      r"the\s+(?:next|following|previous)\s+(?:day|morning|evening)|the\s+day\s+(?:before|after)|"
                      # ("55,500 according to the police after correction": when, after which step, no part of the name)
                      r"after\s+(?:its\s+|their\s+|an?\s+)?(?:correction|revision|recount|update|review|check)s?")
OWN_FIGURE = r"(?:its|their)?\s*own\s+(?:estimate|count|tally|figure)s?"
# "the ministry's consolidated toll": the possessor speaks
# ("the ministry's consolidated", what is left once the toll is read as the counted thing, is the ministry too)
POSSESSIVE_TOLL = (r"(?:the\s+)?([\w-]+)['’]s\s+(?:(?:[\w-]+\s+){0,2}(?:toll|count|tally|estimate|figure|assessment)|"
                   r"(?:consolidated|latest|new|revised|official|provisional|final|updated|own)\s*$)")
NONFINITE_LEAD = r"after\s+having|before|without"
MAIN_SUBJECT = r",\s*the\s*(?P<s>[\w'-]+(?:\s+[\w'-]+)?)\s+(?:has|have|had|[a-z]+(?:ed|s))\s"   # (", the union published")


# --- a figure in its article (extract/frame.py) -----------------------------------------------
CAPITAL_WORDS = (r"the\s+(?:country's\s+|national\s+)?capital",)   # "Port-Havelin, the capital": which town it is
CAPITAL_BACKREFS = (r"in\s+the\s+capital",)   # the page's capital (see CAPITAL_WORDS)
PLACE_BACKREFS = (r"in\s+the\s+capital", r"in\s+the\s+(?:city|town)", r"(?:the\s+)?(?:whole|entire)\s+(?:town|village|city)", r"(?-i:there)(?!\s+(?:is|are|was|were|have|has|had))",
                  r"at\s+the\s+(?:site|plant|refinery)", r"on\s+site")
# "3,900 cases in the province": the last province or region named ("in his province": the speaker's, see jurisdictions.py)
REGION_BACKREFS = (r"in\s+(?:the|that)\s+(?:province|region)(?!\s+of\s)",)
WHOLE = (r"across\s+the\s+(?:group|company|network)", "group-wide", "company-wide")
# "the number of people displaced across the country": the country's count, not the province named after it
# "47 dead in the two countries": a sum over several countries, a count of its own, never one of theirs ("the
# authorities of the two countries" is a source: not "of")
COMBINED_PLACES = (r"(?:in|across|for|throughout)\s+(?:the\s+|all\s+|these\s+|those\s+)?(?:two|both|three|four|five|six|several)\s+"
                   r"(?:neighbou?ring\s+|affected\s+|stricken\s+)?(?:countries|nations)",
                   r"(?:both|all\s+\w+)\s+(?:countries|nations)\s+(?:combined|together)")
NATIONWIDE = (r"(?:across|throughout|all\s+over)\s+(?:the\s+)?(?:whole\s+|entire\s+)?country", r"in\s+the\s+(?:whole|entire)\s+country", r"nationwide", r"countrywide",
              # "93,000 demonstrated in the whole of Calveria": the whole of a land (a region named so is its own
              # place: see the extractor)
              r"(?:in|across|throughout)\s+(?:the\s+whole|the\s+entirety|all)\s+of\s+(?-i:[A-Z])[\w-]+",
              # "more than 20,000 marchers across Lusveria": the land as a whole, not the town the page is about
              r"(?:across|throughout)\s+(?-i:[A-Z])[\w-]+(?!\s+(?-i:[A-Z]))",
              # "18,500 evacuated across the valley": all the stricken land, not the town the page is about
              r"(?:(?:across|throughout)\s+the\s+(?:whole\s+|entire\s+)?|in\s+the\s+(?:whole|entire)\s+)"
              r"(?:valley|affected\s+area|disaster\s+zone|flooded\s+area)",
              # (not "in the country": "the largest city in the country")
              r"national\s+(?:toll|total|count|figure)", r"nationally",
              # "60,000 displaced across the three provinces": the sum of the stricken provinces, the whole disaster's
              r"(?:in|across|throughout)\s+(?:the\s+|all\s+)?(?:two|both|three|four|five|six|several)\s+"
              r"(?:affected\s+|stricken\s+|flooded\s+)?(?:provinces|regions|districts|departments|counties|islands)")
STATEMENT_VERBS = ("said", "says", "announced", "revised", "published", "reported", "stated", "told", "claimed", "gave",
                   "raised", "lowered", "updated")
FIRST_DAY = r"first[- ]day|first\s+day\s+of"                          # "its first-day figure"
SPOKE_BEFORE = ("told", "said", "conference", "briefing", "meeting")
# "15,000 is something else: the number of places in the 64 centres": what a place holds, not who is there
CAPACITY_AFTER = (r"[,:]?\s*(?:(?:that|this|it)\s+)?(?:is|was)\s+(?:something\s+else\s*:\s*)?the\s+"
                  r"(?:capacity|number\s+of\s+(?:places|beds))")
DAY_ARTICLES = ()   # ("of the 13, five died": English says "the 13" of a count named before)
# what a place or a craft can hold, even with a counted noun after: "a capacity of 190 passengers"
CAPACITY_BEFORE = r"capacity\s+of|(?:can|could|will)\s+(?:hold|accommodate|house|seat|take)"
NUMBER_NAME_ARTICLES = ()   # ("the 115 were rescued": English "the" is no singular)
SINCE_WORDS = ("since",)   # "evacuated since the 13th": a day, the count's start
SINCE = r"since\s+(?:the\s+start\s+of\s+)?(?:\d{1,2}\s+)?"


# --- dates that are not when a figure was given (extract/dates.py) ----------------------------
SPAN_BEFORE = ("between", "from", "since", "until", "by", "ended", "ending", "began", "begun", "started", "peaked",
               "exceeded")
SPAN_ARTICLES = ("the",)
SPAN_LINKS = ("and", "to")
# "three thousand more than Thursday": the day a figure is compared with dates nothing said here
# (any comparative: "smaller than on 18 January", translated copy's "more small than the 18 January")
DAY_COMPARED = r"(?:more|fewer|less|[a-z]{2,}er)(?:\s+[a-z]+)?\s+than(?:\s+(?:on|the|on\s+the|that\s+of))?"   # ("a bigger march than last week")
# "more than on Monday, when it counted 7,100": a clause after the compared day gives that day its own figure
DAY_COMPARED_WHEN = r",?\s*(?:when|as)\s"
MONTH_END = r"end\s+of\s+"
YEAR_IN = r"in"                     # "the dam burst in 1959, which killed more than 200": that year's figure
# "The 2031 outbreak killed 23", "the floods of 1910": a past event named by its year, whose figures are that year's
_PAST_EVENTS = (r"(?:outbreak|epidemic|pandemic|floods?|flooding|earthquake|quake|hurricane|cyclone|typhoon|storm|"
                r"heatwave|heat\s+wave|strikes?|fires?|wildfires?|eruption|disaster|attacks?|explosion|landslide|tsunami|"
                r"famine|shipwreck|sinking|riots?|protests?)")
YEAR_OF_EVENT = rf"(?P<a>(?:1[89]|2[01])\d\d)\s+{_PAST_EVENTS}(?![\w-])|(?<![\w-]){_PAST_EVENTS}\s+of\s+(?P<b>(?:1[89]|2[01])\d\d)"
DAYS_BACK = {r"a\s+week\s+(?:earlier|before)": 7, r"the\s+(?:day|evening)\s+before": 1, r"the\s+previous\s+day": 1,
             r"a\s+day\s+(?:earlier|before)": 1, r"two\s+days\s+(?:earlier|before)": 2}   # ("up from 980 a day earlier")
SAME_DAY = r"that\s+day|the\s+same\s+day|that\s+same\s+day"   # the date told before it
# "Last year the ministry had announced 805", "two years ago": a figure of that many years before the article
YEARS_BACK = {r"last\s+year": 1, r"(?:a|one)\s+year\s+(?:ago|earlier)": 1, r"the\s+previous\s+year": 1,
              r"the\s+year\s+before": 1, r"two\s+years\s+(?:ago|earlier)": 2, r"three\s+years\s+(?:ago|earlier)": 3}


# Words after a figure that name nothing else than what was counted before ("7.6 million before the strike")
NOT_NOUNS_AFTER_FIGURE = frozenset({
    "among", "including", "over", "out", "more", "less", "only", "still", "already", "all", "each", "apiece", "against",
    "versus", "vs", "either", "or", "and", "but", "then", "under", "above", "below", "across", "per", "since", "others",
    "others'", "ones", "times", "this", "its", "his", "was", "has", "is", "as", "us", "those", "these"})


# --- numbers that are not counts (extract/figures.py) -----------------------------------------
# "flight BA 2490", "Amtrak 6123", "Form 4", "CVE 2024": an identifier
_PHONE_NUMBER_KINDS = r"(?:emergency|hotline|helpline|phone|telephone|toll-free)"   # numbers to call, whatever their value
IDENTIFIER_LIST_NOUNS = ("lines", "routes", "platforms", "gates", "exits", "junctions", "rooms", "terminals", "runways", "wards", "batches", "lots",
                         # "the emergency numbers 150 (civil protection) and 141 (ambulances)": numbers to call
                         rf"{_PHONE_NUMBER_KINDS}\s+numbers")   # "lines 4, 7 and 12"
# a place's or a vehicle's number, whatever follows it: "Route 9 buses", "Terminal 2 passengers", "lecture hall 4",
# a rescue helicopter's call sign ("Rescue 115 and Rescue 117")
NUMBERED_PLACE_BEFORE = (r"(?:route|line|platform|gate|exit|junction|room|terminal|runway|ward|hall|pier|lane|court(?:room)?|cell|wing|berth|"
                         r"levels?|floors?|decks?|storeys?|blocks?|"   # ("tickets issued for levels 4 and 5")
                         r"(?-i:Rescue|Helimed))")
# "the AI 407 bound for Halbrook": a code and number before a route is a flight's or a train's, even without "flight"
SERVICE_ROUTE_AFTER = r"bound\s+for|(?:headed|heading|departing|leaving)\s+for"
IDENTIFIER_BEFORE = (r"(?:(?:road|route|highway|motorway)\s+(?-i:[A-Z]{1,3})|the\s+(?-i:[ABDEIMN]|US|SR|SP|SS)\s*-?|flight|channel|Amtrak|Eurostar|bib(?:\s+number)?|shirt\s+number|level|grade|category|jersey(?:\s+number)?|(?-i:Form)|CVE|(?-i:UPDATE|Update)|(?:paragraphs?|paras?|grafs?)(?:\s+\d+(?:\s*,\s*\d+)*\s+(?:and|to))?|versions?|pages?|incident|case|reference|ref\.?|log|sections?|articles?|clauses?|serotypes?|strains?|[a-z]+virus|variants?|lineages?|clades?|issues?|editions?|episodes?|volumes?|vol\.|chapters?)(?:\s+(?-i:[A-Z][A-Z0-9]{1,2}))?"
                     r"(?:\s*(?:no\.|number|#))?")
# "7 h 12": the minutes after an hour
CLOCK_HOUR = r"\d{1,2}\s*h\s*"
# "at 7.30": a clock time after these words
TIME_PREP = r"(?:at|from|until|till|by|around|before|after)"
# "at the hours 23.15", "the hours 11" (translated copy: "a las 23.15"): a clock time after these words
HOURS_LEAD = r"the\s+hours"
RANGE_LINKS_THE = r"to|and|until|till"   # "from the 8 to the 14" (translated copy's hours)
# A sentence that gives the source of the one before: "This was announced by the police", "These figures were
# released by the ministry", translated copy's "This informed the Police Headquarters" (German "Dies teilte … mit")
ATTRIBUTED_AFTER = (r"(?:this|that|these\s+figures|this\s+figure|the\s+figures?)\s+(?:was|were|has\s+been|have\s+been)\s+"
                    r"(?:announced|reported|released|given|confirmed|communicated|published|stated|said)\s+by",
                    r"this\s+(?:informed|announced|communicated|reported|stated|said|confirmed)")
# "call 911", "dialled 999", "calls to 112": an emergency number
# "vehicles over 3.5 tonnes", "lorries of more than 44 tonnes": a class of vehicles, not a count
# "Share: 612", "Comments (41)", "Likes 1.2k": a page's counters, not a count of anything that happened
SOCIAL_COUNT_LABELS = r"shares?|likes?|comments?|views?|retweets?|reposts?|reactions?"
CLASS_THRESHOLD_BEFORE = (r"[a-z]+s\s+(?:of\s+)?(?:over|under|above|below|exceeding|(?:more|less)\s+than)"
                          r"|(?:lorry|lorries|trucks?|vehicles?|tankers?|ships?|vessels?|trailers?)\s+of")   # "a lorry of 44 tonnes"
CLASS_THRESHOLD_UNIT = r"(?:tonnes?|tons?|t)(?![\w-])"
EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "111", "101", "000", "988", "118"})
# "the emergency medical service 118", "the operations centre of the 118": the number in a service's name
EMERGENCY_BEFORE = r"(?:emergenc(?:y|ies)(?:\s+medical)?(?:\s+(?:number|line|service))?|ambulance\s+service|dispatch|hotline|helpline|(?:operations?\s+)?centre\s+of\s+the)"
CALL_BEFORE = (r"(?:(?:call(?:s|ed|ing)?|dial(?:s|led|ed|ling|ing)?|ring(?:s|ing)?|rang|phon(?:e|es|ed|ing)|us(?:e|es|ed|ing)|"
               r"text(?:s|ed|ing)?|contact(?:s|ed|ing)?)(?:\s+[\w'-]+){0,4}?(?:\s+(?:on|to|at))?|(?-i:NHS|not))")  # ("NHS 111", "not 999")
# "call 0300 123 4567", "ring 3237": the number called, whatever it is (a service's or a helpline's)
PHONE_BEFORE = (r"(?:(?:call|dial|ring|phone|text)(?:s|ed|led|ing|ling)?(?:\s+(?:us|them))?(?:\s+(?:on|at))?"
                # "the emergency number 150", "hotline numbers 0800": whatever its value
                rf"|{_PHONE_NUMBER_KINDS}\s+numbers?)")
# "the 911 dispatch centre", "Britain's 999 service": the number of an emergency service
EMERGENCY_AFTER = r"(?:service|line|calls?|call\s+(?:centres?|centers?|handlers?|takers?)|dispatch\w*|operators?|centres?|centers?)"
# "week 15", "in week no. 15": a week number (not "this week 15 people")
WEEK_BEFORE = r"(?:week|wk\.?)\s*(?:no\.\s*|number\s+|#)?"
WEEK_NOT_AFTER = r"(?:this|last|next|that|each|every|per|a|one|same|following|previous|past)"
# "a 5-0 win", "beat Leeds 3-1", "all out for 312": a match score
SCORE_WORDS = (r"(?:score[sd]?|scoreline|won|win|wins|winning|beat|beats|beaten|lost|lose|loses|losing|defeat(?:ed|s)?|"
               r"victory|draw|drew|drawn|led|leading|trail(?:ed|ing|s)?|final|match|game|ended|finished|"
               r"all\s+out\s+for|declared\s+on|innings)")
SCORE_AFTER = r"(?:win|victory|defeat|loss|draw|lead|scoreline|thrashing|triumph|rout)"
SCORE_LINK = r"\s*[-–]\s*|\s+(?:goals?\s+)?to\s+"
# "500m from the site", "within 500 m": metres, though "m" is also a scale word ("£5m")
SCALE_AS_UNIT = ("m",)
SCALE_AS_UNIT_AFTER = (r"(?:away|from|high|long|deep|wide|tall|above|below|beneath|underground|inland|offshore|"
                       r"upstream|downstream|(?:to\s+the\s+)?(?:north|south|east|west)\w*)\b")
SCALE_AS_UNIT_BEFORE = r"(?:within|radius\s+of|depth\s+of|height\s+of|altitude\s+of|distance\s+of)"

# a river or landform named like a département is not it: "the Rhône valley"
FEATURE_BEFORE_PLACE = ()
FEATURE_AFTER_PLACE = ("valley", "river", "basin", "delta", "estuary", "gorge")

# --- discourse units (extract/discourse.py) ---
# the heading of a box that restates the article's figures ("Key points", "What we know")
# An interview's question label: "Q:", "Question:" (its answers open with the speaker's name: "Okonjo: We …")
INTERVIEW_QUESTION = r"Q|Question|QUESTION"
# an interview whose questions stand alone, unlabelled, says so in its headline or introduction
INTERVIEW_WORDS = r"interview|Q&A|answer(?:s|ed)?\s+our\s+questions|sat\s+down\s+with|spoke\s+to\s+us"
# the one interviewed, named after the words that bring them in: "We asked Dr Frances Mabey, director of …",
# "an interview with Rob Tane" (the introduction may name others first: a GP quoted, the reporter)
INTERVIEWEE_LEADS = (r"(?:we|I)\s+(?:asked|interviewed|spoke\s+(?:to|with)|talked\s+(?:to|with)|put\s+(?:these|our|those)\s+questions\s+to)",
                     r"(?:interview|Q&A|conversation)\s+with", r"sat\s+down\s+with")
INTERVIEW_TO = r"(?:to|for|with|told)(?:\s+the)?"   # whom a guest speaks to, before the outlet's name: "spoke to the Tribune", "told the Tribune"
INTERVIEW_ANSWER = r"A|Answer|ANSWER"   # the answer's label: its words are the interviewee's
ANSWER_BY = r"by|from"                  # "ANSWER from the prefect:": who answers
# labels that open a line but name no speaker ("Photo : AFP", "Read more: …")
# the label of a caller or a passer-by, whose name is in the aside: "CALLER (Dave, Leeds):"
CALLER_LABELS = r"caller|listener|viewer|witness|resident|texter|voice"
NOT_SPEAKER_LABELS = (r"photos?|credits?|sources?|read\s+more|see\s+also|update[ds]?|note|caption|video|graphic|advertisement|by|with|editor's\s+note|"
                      r"claims?|verdicts?|ratings?|(?:the\s+)?facts?|context|what(?:'s|\s)[\w' ]{1,40}|our\s+(?:verdict|rating|ruling|finding|assessment)|"
                      r"conclusion|rulings?|(?:also\s+)?checked|"   # a fact-check's headings ("OUR RATING: ACCURATE")
                      r"who\s+said\s+it|who\s+says\s+so|said\s+by|made\s+by|figures?(?:\s+\d+)?|claims?\s+\d+")   # ("WHO SAID IT:", "SAID BY:", "FIGURE 2:")
KEY_POINTS = (r"key\s+(?:points|facts|developments)|what\s+we\s+know(?:\s+so\s+far)?|at\s+a\s+glance|in\s+brief|"
              r"the\s+latest|summary|highlights")
CLOCK_SUFFIX = r"[ap]\.?m\.?|bst|gmt|cet|cest|utc|edt|est|pdt|pst|local\s+time|hrs"  # "11.32am", "10:14 BST"
# titles written with a full stop before a name ("Dr. Priya Nandakumar", "Lt. Col. Hassan"): the stop ends no name
# "Dr Marsh, our photographer counted 9 ambulances": the one spoken to, not the subject
# A spoken turn's first word, which answers or hedges and names nobody: "Yes, and the prefect counts 15",
# "Well, the union says 4,000"
DISCOURSE_LEAD = (r"(?:yes|yeah|no|well|so|look|listen|now|okay|ok|honestly|frankly|indeed|of\s+course|right|sure|"
                  r"again|still|actually|but|and|absolutely|exactly|true|correct|agreed)")
VOCATIVE_TITLES = r"mr|mrs|ms|miss|mister|madam|sir|dr|doctor|professor|prof|councillor|minister|commissioner|chief"
VOCATIVE_ONLY = r"madam|sir|mister"                # titles that speak to someone: "Sir, the union says"
PLACE_TITLES = ("St",)   # titles that also open a place's name ("St Helens"): no sign of a person
TITLES = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Sgt", "Capt", "Cpt", "Gov", "Sen", "Rep", "St", "Brig",
          "sub-comm", "comm", "insp", "asp", "supt",  # (translated police ranks in lower case: "said sub-comm. Wróblewska")
          "Maj", "Cpl", "Insp", "Supt", "Cmdr", "Adm", "Rev", "Hon", "Pres", "Amb", "Det", "Jr", "Sr",
          "Eng", "Lic")  # ("Eng. Marta Quispe", "Lic. Rosa Ortiz": translated Spanish titles)
# other abbreviations whose full stop ends no sentence ("No. 10", "Inc.", "Oct.")
# (and "dr" in lower case: translated copy's "has told us dr. Stoica")
ABBREVIATIONS = ("No", "Vol", "Inc", "Corp", "Co", "Ltd", "vs", "etc", "dr", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
                 "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "est", *_tr.ABBREVIATIONS)
# a sign that numbers what follows: its full stop ends no sentence before a digit ("road no. 187")
NUMBER_SIGNS = ("no", "nos", "nr")
DAY_ABBREVIATIONS = tuple(WEEKDAY_ABBREVIATIONS)   # "[ministry, Wed. 13]": a day cut short before its date ends no sentence
# a time long past that makes a sentence background, not the speaker's figure ("That year, …")
THEN = r"that\s+year|at\s+the\s+time|back\s+then|last\s+year|in\s+the\s+past|previously|years\s+ago"
# verbs that go on with the last speaker: "he added" is who spoke last, not who was named last
GOING_ON = r"added|adds|adding|continued|went\s+on|also\s+said|further\s+said"

# --- the extractor's own words (extract/extractor.py) ---
# "this figure of 11,300": the same figure again
FIGURE_BACKREF = (r"(?:this|that|these|the\s+same)\s+(?:figure|number|toll|estimate|count|total)s?\s+(?:of\s+)?$"
                  # a figure given before, pointed at or named as someone's: "Those 17 were …", "Kevin's 183 includes …"
                  r"|(?<![\w'-])(?:(?-i:Those|These)|those|these)\s+$|(?<![\w'-])(?-i:[A-Z][\w-]+)['’]s\s+$"
                  # "The figure of 150 includes …": the sentence is about a figure already given
                  r"|^\s*(?-i:The)\s+(?:figure|number)\s+of\s+$")
# "its death toll ... to 3,958": a toll counts the dead
TOLL_WORDS = r"death\s+toll|toll|number\s+of\s+(?:dead|deaths|victims)"
# "76 — the toll of the dead given by the agency", "340 — the toll of the injured": a numbers box's item whose head
# says what it counts
TOLL_OF = r"toll\s+of(?:\s+the)?\s"
# "estimated the crowd at 50,000": the crowd, then its links
CROWD_WORDS = r"crowds?|turnout|attendance"
CROWD_LINKS = r"was|were|is|at|of|estimated|put"
EVENT_DAY_NOUNS = r"protests?|march(?:es)?|rall(?:y|ies)|demonstrations?|strikes?|walkouts?|stoppages?"   # "Thursday's protests"
# "Some 5,000 marched, police said": a bare figure whose verb says it counts marchers
MARCHED_AFTER = (r"(?:have\s+|had\s+)?(?:marched|rallied|demonstrated|protested|joined\s+the\s+(?:march|rally|protest|demonstration)|"
                 # ("Thousands took to the streets, with organisers saying 100,000 had joined": joined them)
                 r"joined(?:\s+in)?(?=\s*(?:[.,;!?]|$))|"
                 # "Organisers said 25,000 took part", "3 million had turned out" (not a part in a strike)
                 r"(?:took|taken)\s+part(?!\s+in\s+(?:the\s+|a\s+|their\s+)?(?:\w+\s+)?(?:strike|walkout|stoppage))|turned\s+out)")
# "the union said 12,000 took part in the walkout", "2,000 went on strike": a bare figure whose verb says it counts strikers
STRUCK_AFTER = (r"(?:have\s+|had\s+)?(?:(?:took|taken)\s+part\s+in\s+(?:the\s+|a\s+|their\s+)?(?:\w+\s+)?(?:strike|walkout|stoppage)|"
                r"walked\s+out(?!\s+of)|went\s+on\s+strike|gone\s+on\s+strike|(?:were|are)\s+on\s+strike)")
# translated copy's verb before its subject: "On Tuesday marched 52.000 persons in all the country"
MARCHED_BEFORE = r"marched|demonstrated|paraded"
MARCH_WORDS = r"march(?:es)?|rall(?:y|ies)|protests?|demonstrations?|procession"   # "put the march at 97,500 people"
# "in 11 provinces", "of the 81 seats": a place or a share, not a count
COUNT_PREPOSITIONS = r"in|of|among|across|per|for|from|by"
PLURAL_DETERMINERS = r"the|their|these"
OF_LINK = r"of\s+the|of"                     # "2,000 members of the armed forces"
OF_LEAD = r"of\s+"
# English puts a modifier first: "640 stranded turtles", "19,400 resident doctors"
# (an acronym may qualify it: "1,860 ER visits", "40 ICU beds")
GENERIC_NOUN = (r"^\s*(?:of\s+)?(?:(?:more|further|additional|extra)\s+(?!than\b))?"   # ("2 more helicopters")
                r"(?:[A-Z]{2,5}\s+)?(?:(?!(?:were|was|had|have|has|are|is|more|other|others|of|in|on|at|to|"
                r"for|from|and|or|than|who|which|that|this|these|those|its|their|after|before|since|until|when|while|during|against)\s)[a-z][a-z-]{2,}\s+)??"   # (lazy: "drivers across")
                # (four letters and less are "this", "thus", "days" more often than nouns: only the short ones
                # NOUN_KEYS knows, "cars")
                r"(?P<noun>[a-z][a-z-]{3,}s|%s)(?![\w'-])" % "|".join(k for k in NOUN_KEYS if len(k) <= 4))
PARTICIPLE_ENDINGS = ("eds",)
NOUN_ENDINGS = ()                                                   # (endings that PARTICIPLE_ENDINGS would take for participles)
NOT_COUNTED = {"times", "plus", "euros", "dollars", "pounds", "yuans", "roubles", "years", "months", "days", "hours",
               # money in any currency: "12 million manats for emergency housing"
               "rupees", "rubles", "yen", "won", "pesos", "reais", "rand", "naira", "shillings", "dinars", "dirhams", "lira", "liras", "lire", "zlotys", "kronor", "kroner", "krona", "krone", "forints", "lei", "leva", "lev", "hryvnias", "tenge", "manats", "soms", "laris", "drams", "baht", "ringgit", "rupiah", "francs", "cedis", "kwacha", "birr", "riyals", "rials", "taka", "dong", "sterling", "florins", "guilders", "marks", "escudos", "pesetas", "drachmas", "kunas",
               "points", "seats", "occasions", "degrees", "miles", "kilometres", "kilometers", "metres", "meters",
               "percent", "others", "those", "these",
               "verdicts"}   # ("Our scale has five verdicts": what a fact-check judges with, no count)
# ("two Thursdays without customers", « deux jeudis sans clients »: days, as "two days" are)
NOT_COUNTED |= {day + "s" for day in WEEKDAYS}
# what a figure measures or lists, never a thing counted: "18,000 litres", "three things"
NOT_A_COUNT = {"minutes", "seconds", "weeks", "litres", "liters", "kilos", "kilograms", "grams", "things", "reasons",
               "questions", "years", "months", "days", "hours", "degrees", "miles", "kilometres", "kilometers",
               "metres", "meters", "euros", "dollars", "pounds", "ways", "hectolitres", "hectoliters", "gallons",
               "cubic metres", "cubic meters",
               "floors", "storeys",   # "an 11-storey tower", "11 floors without a lift": a building's height
               "thirds", "quarters", "fifths", "tenths", "halves",   # "two thirds of the profession": a share, no count
               "shares", "comments", "views", "likes", "retweets"}   # a page's counters: "1,846 shares"
# "my three children and I": the speaker's own family, not a count of anything that happened
KIN_BEFORE = r"my|our"
KIN_NOUNS = r"children|kids|sons|daughters|brothers|sisters|grandchildren|cousins|nephews|nieces"
# "for the week of 20 to 26 September": days of the month
DAY_SPAN_BEFORE = r"(?:week|period|weekend|night)\s+(?:of|from)(?:\s+the)?"
# A noun may stand before the plural noun it qualifies ("the 4,000 job cuts"), not a verb or an adverb
COMPOUND_LEAD_NOT = ("ed", "ly", "s")
# Words ending in -s after a figure that are no nouns: "rose to 412 across the region"
NOT_NOUNS = {"across", "always", "perhaps", "towards", "afterwards", "besides", "whereas", "unless", "thus",
             "nevertheless", "sometimes", "nonetheless"}
# "We were at least 160": the speakers' own group, counted as people, not what the article counts most
GROUP_COPULA = r"(?:we|they)\s+(?:were|are)"
COPULAS = r"are|is|were|was"                    # "the pilots registered in it are about 620": a participle, no action
# the subject that opens a reported clause before its copula: "said on Wednesday there were 120,000" (not a place
# phrase before the verb of the subject, as in "registered in the federation are")
CLAUSE_OPENING_SUBJECTS = r"there|it"
CHANGE_BY = (r"(?:drop|fall|rise|increase|decrease|decline|grow|jump|dropped|fell|rose|increased|decreased|declined|grew|"
             r"jumped)\s+by|(?:gap|difference|discrepancy|increase|decrease|rise|drop)\s+of|"
             # ("412, up 37 from Monday": after a comma, not a phrasal verb's "rounded up 300"; not "up to", "up from")
             r"(?<=,\s)(?:up|down)(?!(?:\s+[a-z]+ly)?\s+(?:to|from)\b)(?:\s+by)?")   # a change or a difference, not a count
ADDED_TO = r"to\s+(?:its|their|his|her|the)\s+(?:(?:first|earlier|previous|own)\s+)?(?:figure|count|tally|toll|estimate|total)"   # "added 5,000 to its count"
# "eight new cases", "5 more deaths": what was added, not the total (not "dozens more injured": others hurt)
NEW_ONES = r"new|additional|further|more(?=\s+(?:deaths?|cases?|dead|victims?|bodies|infections?|fatalities|casualties)\b)"
NEW_ONES_BEFORE = r"a\s+further|another|an\s+additional"           # "and a further 5 on Tuesday"
PARTITIVE_PRONOUN = r"of\s+(?:them|whom)"   # "41 injured, seven of them seriously": a part of the figure before
# "31 cases … Five are pregnant women": a bare figure that is a group of the people counted before, a part of them
COPULA_GROUP = (r"\s+(?:are|were)\s+(?P<group>(?:[a-z-]+\s+){0,2}?(?:women|men|children|minors|girls|boys|babies|newborns|"
                r"infants|teenagers|adults|pensioners|foreigners|tourists|health\s+workers|teachers|pupils|students|"
                r"soldiers|police\s+officers|civilians|passengers|crew\s+members|firefighters))(?![\w-])")
PARTITIVE = r"of\s+(?:the|those|these|its|their|our)"   # "25 of the survivors were taken aboard": a part of a group counted before
WORD_PARTITIVE = PARTITIVE                # "four of our 11 cranes", "two of its inspectors": a number word's group
# the count is of the day it is told, whatever day the sentence before was about
NOW_WORDS = r"now|currently|at\s+present|so\s+far|to\s+date|as\s+of\s+(?:today|tonight)"
# "Eleven is the police figure", "400 is the ministry's count": a figure echoed, named as another's
_OWNED_FIGURE = r"(?:['’]s)?\s+(?:own\s+)?(?:figure|count|number|estimate|tally|toll)(?![\w-])"   # "the police('s own) figure"
FIGURE_OWNER_AFTER = (r"(?:(?:\s+[a-z]+){0,2}?\s+(?:is|was)\s+(?:the\s+)?"
                      rf"(?=(?:[\w-]+\s+){{0,3}}?[\w-]+?{_OWNED_FIGURE})"
                      # "far from the more than 5,000 claimed on Monday by the union": whose it is, in the passive
                      r"|\s*[”\"]?\s+(?:claimed|announced|put\s+forward)(?:\s+(?!by\b)\w+){0,2}?\s+by\s+(?:the\s+|its\s+|their\s+)?)"
                      r"(?P<owner>(?:[\w-]+\s+){0,3}?[\w-]+?)"
                      rf"(?={_OWNED_FIGURE}|\s*[,;:.!?)]|\s*$"
                      rf"|\s+(?:{CLAIMANT_TIME_TAIL})(?![\w-]))")   # ("… by the governor on Monday")
FIGURE_OWNER_BEFORE = ""   # (what must stand before a figure so echoed: nothing in English)
HEARSAY_BEFORE = (r"(?:we\s+(?:are|were|have\s+been|had\s+been)\s+told|they\s+(?:tell|told|keep\s+telling)\s+us)(?:\s+(?:about|of|that))?"   # "we were told 14"
                  # "To announce about thirty missing when there were twice as many…": what someone else announced
                  r"|(?:^|[“\"]\s*)(?-i:To\s+announce|Announcing|Talking\s+of|To\s+speak\s+of)")
PREVIOUS_VALUE = (r"(?:down|up)(?:\s+\w+ly)?\s+from|against|compared\s+(?:with|to)|versus|vs\.?|"   # "12,000, down from 15,000"
                  # "the CCT claimed 25,000, after announcing 30,000 on Tuesday": its own earlier count
                  r"after\s+(?:having\s+)?(?:announcing|claiming|reporting|counting|announced|claimed|reported|counted)|"
                  r"after\s+the|"   # "nearly 900,000, after the 1.3 million of Thursday"
                  r"after(?=\s*$)")  # "498,000, after 412,000 on Jan. 18" (the figure right after it)
# "412 arrests, down 14% on last year, when 805": the year a figure is compared with is the next figure's
YEAR_COMPARED = r"from|on|than|over|compared\s+(?:with|to)|against|versus"
CORRECTED_VALUE = r"not|rather\s+than|instead\s+of"   # "175,000, not 150,000 as announced on Thursday"
# "41 of its 148 schools", "of the region's 1,410": the whole
OUT_OF = r"out\s+of(?:\s+(?:the|its|their))?|of\s+(?:its|their|the)(?:\s+[a-z]+['’]s)?"
# the whole even a clause after its part: "11,600 pharmacies were closed, the ministry said, out of 20,900"
OUT_OF_WHOLE = r"out\s+of(?:\s+(?:the|its|their))?"
# a whole that opens the sentence before its part: "Of the 1,200 passengers on board, 300 …"
FRONTED_WHOLE = r"(?:out\s+of|of)\s+(?:the|its|their)"
OF_US = r"of\s+us|of\s+them"                # "at least 200 of us were on board"
# "Protesters numbered about 80,000": the noun before
NUMBERED_VERBS = (r"(?:now\s+|still\s+)?(?:numbered|numbers?|totall?ed|totals?|reached|stood\s+at|stands?\s+at|were|"
                  # "Cases rose to 212", "Arrests have climbed to 340": the noun before the level it moved to
                  r"(?:(?:has|have|had)\s+)?(?:rose|risen|climbed|increased|jumped|grew|grown|fell|fallen|dropped)\s+(?:by\s+\d[\d,.]*\s+)?to)")
# the change a level is reached by, between its verb and the level: "rose by 37 to 412"
CHANGED_BY = r"by\s+\d[\d,.]*\s+to\s+"
NUMBERED_PARTICIPLE = r"[a-z]+(?:ed|en)"   # "Homes destroyed now number 240": the noun before its participle
# "The council, quoting UKHSA's figures, said 26": the figures are the ones it quotes, their owner's
# (or "citing the numbers of the DPS,": the owner after its figures)
NEGATED_SUBJECT = r"no|neither|none\s+of|nobody|no\s+one|no-one"   # "No official source gives 1,000 dead": a denial, nobody's figure
_QUOTED_FIGURES = r"(?:own\s+|latest\s+|official\s+)?(?:figures|count|data|numbers|estimates?|tally|toll)"
QUOTING_FIGURES = (rf",\s*(?:quoting|citing|relaying)\s+(?P<of>(?:the\s+)?{_QUOTED_FIGURES}\s+(?:of|from)\s+)?"
                   rf"(?P<np>(?:the\s+)?[\w.&' -]{{2,60}}?)(?(of)\s*,|(?:'s|’s|(?<=s)')?\s+{_QUOTED_FIGURES}\s*,)")   # ("police figures")
# "…, said 412 flights had been cancelled, and that 27 airlines": where the speaker's own clause starts again
NEXT_REPORTED = r"[,;]?\s+and\s+(?:that|says|said|adds|added|notes|noted)\b|;"   # ("…, and says the region has offered 20")
HOW_MANY = r"how\s+many"                    # "how many people were on the boat": what the figures after it count
# what an unnamed group reports is events, which someone else counts: "74 assaults reported by staff"
EVENTS_REPORTED_BY = r"reported\s+by"
# a premise the speaker starts from, whose figure is not what follows: "On the basis of the company's 171, 51 are missing"
HEAD_SUBSET_LEAD = r"including|of\s+whom|of\s+them"   # a recap head's part: "37, including 6 children — survivors …"
BASIS_LEAD = r"on\s+the\s+basis\s+of|based\s+on"
NUMBER_OF = r"(?:(?:number|total|count|tally)\s+of|(?:figure|toll|count|tally|estimate)s?\s+for(?:\s+the)?)"  # "the number of dead rose to 300", "its figure for the missing was 97"
# "For strikers, the ministry gave 9,400": the noun a sentence opens with is what its bare figures count
TOPIC_LEAD = r"for|as\s+for|as\s+to|on|regarding|concerning|when\s+it\s+comes\s+to"
# "infected 14,000 people and killed 312": the next clause's verb belongs to the next figure
NEXT_CLAUSE = r"\sand\s+(?:has\s+|have\s+|had\s+)?[a-z]+ed(?![\w'-])"


# --- reporting verbs as lemma families (extract/attribution.py) --------------------------------
# A pattern that matches nothing: the value of a word class this language does not have
NOTHING = r"(?!)"
# Verbs that give a figure, as lemmas; inflect() below makes their forms: "estimate" gives estimates,
# estimated, estimating ("has estimated" joins an auxiliary of AUX); irregular ones their own (said, told,
# put); a complement stays after every form ("put the": puts the, "stand by": stood by)
REPORTING_VERBS = (
    "say", "tell", "report", "estimate", "count", "put the", "put its", "put their", "revise", "conclude", "claim",
    "announce", "confirm", "state", "declare", "cite", "warn", "record", "register", "tally", "stand by", "maintain",
    "insist", "add", "give", "publish", "release", "find", "calculate", "assess", "believe", "project", "predict",
    "forecast", "acknowledge", "admit", "note", "indicate", "suggest", "testify", "document", "tweet", "post",
    "write", "describe", "lower", "raise", "update", "agree", "reckon", "concede",
    # what translated copy says instead ("affirmed that", "informed that", "expressed that")
    "affirm", "inform", "express", "assure", "explain", "specify", "detail", "denounce", "deplore", "communicate",
    "manifest that", "make known", "render known", "let know", "precise", "reclaim",   # ("reclaims 900 engines": « revendique »)
    "alert", "mention", "point out",   # ("The office points out that she has opened 4 hubs")
    # "The coast guard spoke of about 100 people on board"
    "speak of", "talk of", "talk about", "speak about",
)
# translated copy opens with the verb: "Informed this Monday the Ministry of Transports that 38 ships …"
FRONTED_REPORTING = (r"(?:Informed|Reported|Indicated|Declared|Affirmed|Announced|Confirmed|Assured|Specified)\s+"
                     r"(?:(?:this|on|last)\s+\w+\s+|yesterday\s+|today\s+)?(?P<np>[^,;:.!?«»“”\"]{3,120}?)\s+that\b")
# translated copy's impersonal passive: "It has been rendered known by the Prefecture that …" ("è stato reso noto")
PASSIVE_REPORTED = (r"(?<![\w'-])(?i:it)\s+(?:has\s+been|had\s+been|was|is)\s+(?:rendered\s+known|made\s+known|communicated|"
                    r"informed|reported|announced|specified|declared|confirmed|expressed|stated)\s+"
                    r"(?:by|in\s+the\s+(?:written\s+)?(?:statement|declaration|announcement)\s+of)\s+(?P<np>[^,;:.!?«»“”\"]{3,120}?)\s+that\b")
# Verbs whose past, after a quote or a clause, comes before or after its subject: ", said the ministry",
# ", the ministry noted."; "says" and "adds" too, whose -s form is no noun (not "the United States", "notes")
INCISE_VERBS = ("say", "add", "state", "note", "estimate",
                "inform", "affirm", "declare", "indicate", "express", "communicate", "explain",
                "precise", "retort", "reply",  # ", informed the government", ", have precised the medics": translated copy
                # after a quote: '"…," warned the director', '"…," insisted the union'
                "warn", "insist", "concede", "recall", "stress", "admit", "argue", "caution", "observe", "remark",
                "complain", "lament", "counter", "quip", "fume", "regret", "deplore",
                "remind",   # (", reminded the police": translated copy's « rappelle la police »)
                "specify", "clarify", "underline")
# (", informs SMS": a translated headline; ", specifies Kirilova", ", explains the mayor": translated copy's present)
_PRESENT_INCISE = ("say", "add", "inform", "explain", "specify", "precise", "clarify", "stress", "underline", "insist",
                   "recall", "remind",
                   "communicate", "declare", "affirm", "indicate")   # (", communicates the Civil Protection": « comunica »)
# Forms of these verbs that news uses for something else: "the state", "given the damage", "a written reply",
# "40 patients admitted to hospital", "not giving up"
# ("a precise count"; "hospitals and health posts", "border posts": the noun, "posted" stays a verb)
# ", as families found relatives": a clause that opens after a figure, whose verb has its own object
# "found" with its object: what was found, reported by the one named after it ("Rescuers found 12 bodies, the agency said")
FINDING_VERBS = r"finds?|found|finding"
SUBORDINATE_LEADS = r"as|while|whereas|because|although"
# "According to the WHO, 3,400 died, whereas local authorities count 2,900": another source, set against it
CONTRAST_LEADS = ("while", "whereas")
# what may follow such a verb that is no object of its own: ", as the SKV confirmed on demand", "as police told reporters"
NO_OBJECT_AFTER = r"(?:on|in|at|to|by|for|with|from|after|upon|when|later|earlier|again|too|also|reporters|journalists)"
# "people reported missing", "those found dead": a participle that says what state the counted are in, no verb of a speaker
STATE_AFTER_PARTICIPLE = r"\s+(?:missing|dead|killed|injured|wounded|safe|alive|sick|unaccounted\s+for)(?![\w'-])"
NOT_REPORTING = ("state", "given", "written", "writing", "admitted", "giving", "precise", "posts")
INVERTED_AUX = NOTHING  # English puts no auxiliary before its subject pronoun in an incise
OBJECT_VERBS = ()       # (French ", a accusé la SEL de": English inverts only INCISE_VERBS)
QUOTE_VERBS = ()        # (French « … », a défendu la directrice: a verb that reports only right after a quote)
# Subject pronouns: "It coordinated the arrival of ..."
SUBJECT_PRONOUNS = ("it", "he", "she", "they")
# what opens a clause of its own after a source given with no comma: "According to the prefecture there are 300"
EXISTENTIAL = r"there\s+(?:are|were|is|was|have\s+been|had\s+been)"
# "That said, I am not minimising it": a turn of phrase with a reporting verb in it, nobody speaking
DISCOURSE_MARKERS = r"that\s+said|having\s+said\s+that|needless\s+to\s+say"
DEMONSTRATIVE_PRONOUNS = ("this", "these", "what")   # "What counts is": nobody ("which", "that" point back to a body)
IMPERSONAL_PRONOUNS = ("it",)   # translated copy's "it counts 640 persons" ("si contano"): nobody
# "It is worth recalling that …", "it must be said": an impersonal verb, through which nobody speaks
IMPERSONAL_MODALS = r"it\s+(?:is|was|must\s+be|should\s+be)(?:\s+(?:worth|important|fair|necessary))?"

# Third person, past, past participle and -ing of the irregular verbs among them
_IRREGULAR = {
    "say": ("says", "said", "said", "saying"), "tell": ("tells", "told", "told", "telling"),
    "put": ("puts", "put", "put", "putting"), "give": ("gives", "gave", "given", "giving"),
    "find": ("finds", "found", "found", "finding"), "write": ("writes", "wrote", "written", "writing"),
    "stand": ("stands", "stood", "stood", "standing"), "admit": ("admits", "admitted", "admitted", "admitting"),
    "speak": ("speaks", "spoke", "spoken", "speaking"), "make": ("makes", "made", "made", "making"),
    # a final consonant doubled before -ed and -ing
    "transmit": ("transmits", "transmitted", "transmitted", "transmitting"),
    "log": ("logs", "logged", "logged", "logging"), "flag": ("flags", "flagged", "flagged", "flagging"),
    "regret": ("regrets", "regretted", "regretted", "regretting"),
}


def inflect(lemma: str) -> dict[str, tuple[str, ...]]:
    """Every form of an English verb that news uses, by kind (as in the
    French module): ``finite`` (base, -s, past), ``participle``,
    ``infinitive``, ``gerund`` (-ing), ``compound`` (none: "has said" is an
    auxiliary of AUX and the participle) and ``incise`` (the past, and the
    -s form of "say" and "add": ", said the agency", ", says Dr Lee").

    Examples
    --------
    >>> inflect("tally")["finite"], inflect("note")["gerund"], inflect("put the")["finite"]
    (('tally', 'tallies', 'tallied'), ('noting',), ('put the', 'puts the'))
    >>> inflect("publish")["finite"], inflect("agree")["gerund"], inflect("say")["incise"]
    (('publish', 'publishes', 'published'), ('agreeing',), ('said', 'says'))
    """
    verb, _, rest = lemma.partition(" ")
    tail = " " + rest if rest else ""
    if verb in _IRREGULAR:
        third, past, participle, ing = _IRREGULAR[verb]
    else:
        consonant_y = verb.endswith("y") and verb[-2:-1] not in ("a", "e", "o", "u")
        third = (verb[:-1] + "ies" if consonant_y else verb + "es" if verb.endswith(("s", "sh", "ch", "x", "z", "o"))
                 else verb + "s")
        past = participle = verb[:-1] + "ied" if consonant_y else verb + "d" if verb.endswith("e") else verb + "ed"
        ing = verb[:-1] + "ing" if verb.endswith("e") and not verb.endswith("ee") else verb + "ing"
    forms = {"finite": (verb, third, past), "participle": (participle,), "infinitive": (verb,), "gerund": (ing,),
             "compound": (), "incise": (past, third) if verb in _PRESENT_INCISE else (past,)}
    return {kind: tuple(dict.fromkeys(f + tail for f in found)) for kind, found in forms.items()}
# a phrase between an inverted verb and its subject (rare in English: "said by phone the mayor")
ADVERBIAL_LEAD = r"by|to|on|in"
SUBJECT_DETERMINERS = r"the|its|their"
# "Later the regional health agency", "And the federation", "For the first time the ministry": the words
# that open the sentence are no part of the name; a preposition or "and" before "the" keeps them ("Head of
# the agency", "Police and the army")
OPENER_DETERMINERS = r"the|its|their"
OPENER_KEEPERS = ("of", "for", "at", "in", "on", "to", "from", "with", "by", "near", "and", "or", "than")
# the outlet naming itself, in any voice, a host's in a transcript too: "This programme rang 40 pharmacies"
THIS_OUTLET = r"this\s+(?:programme|program|newspaper|station|show|channel)"
# the reporter's own count: "by our tally", "our reporter counted"
OUR_OWN = (r"our\s+(?:own\s+)?(?:tally|count|calculations?|reporters?|correspondents?|journalists?|team|staff|reporting|estimate|survey)|"
           + THIS_OUTLET)   # "this programme contacted 40 businesses"
# what a newsroom does to check a figure, said as "we" in its own copy: "we counted 38 people in one frame"
OUTLET_INQUIRY = (r"we\s+(?:also\s+|then\s+|have\s+|had\s+)?(?:counted|tallied|checked|reviewed|analy[sz]ed|went\s+through|"
                  r"looked\s+at|contacted|spoke\s+to|asked|verified|compared|watched|examined|geolocated|found|traced|"
                  r"established|identified|called|rang|phoned|surveyed|polled)")   # (a fact-check's finding: "we found that 4 had been published before")


# --- who says it (extract/attribution.py) ---------------------------------------------------------
# Words that open a clause: a subject does not reach back past them ("said that", "when it")
COMPARISON_LINKS = ("than",)   # "far higher than the airport admits": the subject starts after it
THAT = ("that",)                                                    # "the police that 1,200 …": a clause starts
CLAUSE_WORDS = r"(?:it|that|this)\s+(?:is|was)\s+what|that|when|while|whilst|whereas|although|though|but|because|since|if|where|after|before|as"
# A word after these is a noun, not a verb ("some estimates", "on record")
NOUN_MARKERS = DETERMINERS + ("some", "many", "several", "other", "these", "those", "on", "of", "in", "for", "to", "at",
                              "by", "with", "from", "per", "into", "off", "new", "latest", "official", "own", "first",
                              "its", "their", "through", "via", "without")
# Markers that are also nouns: "the official estimated that 400 …", "an official counted 40 bodies" (a verb then)
NOUN_MARKER_NOUNS = ("official",)
AND, OR, BUT = ("and",), ("or",), ("but",)                          # "the prefecture and the unions"
# A conjugated verb, by its shape: "The organisers dispute the figure and put it at ..."
FINITE_SHAPES = r"[a-zà-ÿ]+ed|is|has|have|had|was|were"
ADDRESSEE = NOTHING                                       # (French ", a déclaré à l'AFP le maire")
ADDRESSEE_AFTER = NOTHING     # (French « a dit le gouverneur à la Tavanui Times »: English says "told")
ADDRESSEE_AFTER_ROLES = ()
# Verbs that are also nouns, before "of": "exposed records of", "reports of shelling"
NOUN_LIKE_VERBS = (r"records?|reports?|counts?|estimates?|claims?|posts?|documents?|projects?|forecasts?|tweets?|"
                   r"updates?|notes?|finds|releases?|registers?|findings")
# "lowered its own estimate": a past verb, whose figure, and the figure's noun (SOURCE_NOUNS)
OWN_FIGURE_VERB = r"\w+ed|cut|set|kept|put|gave|lowered|raised"
POSSESSIVES = ("its", "their", "his", "her")
FIGURE_ADJECTIVES = r"own|latest|official"
AUX_CHAIN = True  # auxiliaries and adverbs in a row: "would later have said"
BARE_PARTICIPLE_QUALIFIES = False  # ("said" is a past tense as well as a participle)
VERB_FRAMES = (r"puts?\s+[^.;,]{1,60}?\s+at",                       # "put the death toll at"
               # "stands by its count of 52,300", "stuck to their estimate": a subject that keeps its own figure
               rf"(?:stands?|stood|sticks?|stuck|maintains?|maintained)\s+(?:(?:by|to)\s+)?(?:its|their|his|her)\s+"
               rf"(?:own\s+)?{SOURCE_NOUNS}",
               # translated copy: "made the declaration that", "has made the statement that"
               r"(?:made|makes|make)\s+(?:the|a)\s+(?:declaration|statement)\s+that",
               # translated copy: "had given the information that 11 of our citizens …" (Turkish « bilgisini verdi »)
               r"(?:(?:had|has|have)\s+)?(?:gave|given|gives|give)\s+(?:the|an?)\s+(?:information|news)\s+that",
               # translated copy: "spoke on Monday from more than 9.000 animals" (« sprach von »), a figure after it
               r"(?:spoke|speaks|speak|spoken)\s+(?:on\s+\w+\s+|today\s+|yesterday\s+)?from"
               r"(?=\s+[\"“]?(?:(?:more|less|fewer)\s+than\s+|about\s+|around\s+|some\s+|nearly\s+|over\s+|at\s+least\s+|"
               r"between\s+)?\d)")
# Inverted attribution, as patterns of the words above (filled in by extract/attribution.py):
# ", said the ministry"; ", the Pentagon said." (not "told": ", told Tech Ledger it" names who heard)
INCISE_AS = r"as\s+(?:it\s+)?|it\s+(?=[a-z]+ed\s+(?:the|its|their)\s)"   # ", as it declared the spokesman", ", it informed the director": translated copy's incise ("come ha dichiarato", "ha informato")
INVERTED = (
    # (translated copy puts the auxiliary first: ", has communicated the Ministry", ", has explained on Friday its president")
    # (and "as": ", as it declared the spokesman of the Civil Protection", "come ha dichiarato")
    # (and the calque of Russian "сообщили в": ", informed in the press service of the MVD", "added in the MChS")
    r"{lead}(?:{incise_as})?(?:(?:has|have)\s+)?(?:{incise}(?:\s+(?:on|last|this)\s+[A-Z]\w+)?(?:\s+(?P<calque>in)(?=\s+the\s))?|according\s+to)\s+(?P<np>[^,;:.!?\"“”()]+)",
    # (and tells whom first: '…", has told us dr. Stoica', '…" told to the Kurier a resident of the village')
    r"{lead}(?:(?:has|have)\s+)?told\s+(?:us|me|reporters|journalists|to\s+(?:the\s+)?[A-Z][\w-]*)\s+(?P<np>[^,;:.!?\"“”()]+)",
    # (an impersonal passive naming the document: '…," it is said in the message of the department')
    r"{lead}it\s+(?:is|was|has\s+been)\s+(?:said|stated|specified|underlined|stressed|noted|reported)\s+in\s+the\s+"
    r"(?:message|communication|statement|release|report)\s+of\s+(?P<np>[^,;:.!?\"“”()]+)",
    r"{lead}(?P<np>[^,;:.!?\"“”()]{{2,80}}?)\s+(?:{incise}|told\s+\w+)"
    # (where it said it may follow: ", the fire brigade said on its website", ", police said on Monday in a statement")
    r"(?:\s+(?:on|last|this)\s+\w+|\s+yesterday|\s+today|\s+in\s+a\s+(?:statement|post|report)|\s+on\s+social\s+media|"
    r"\s+on\s+(?:its|their|his|her)\s+(?:website|site|account|page|channel|feed)){{0,2}}\s*(?=[.,;:!?](?!\d)|$)",
    # a plural present before its subject: "…, say organisers", translated copy's "…, estimate the organizers" (not
    # "we'll see what the loss adjusters say": the verb first only)
    r"{lead}(?:say|estimate|insist)\s+(?P<np>[^,;:.!?\"“”()]+)",
)
ABSOLUTE_LEAD = r"with"   # "…, with the union saying 62 patients waited": the gerund's own subject
PERFECT_INFINITIVE = NOTHING                                        # (French "dit avoir documenté")
ATTRIBUTED_TO = r"attributed\s+to"                                  # "11,300 deaths attributed to the ministry"
COORDINATED_FIGURE_LEAD = r"about|some"                             # "8,000 according to police and about 25,000"
GAPPED_FIGURE_LEAD = r"about|some|more\s+than|nearly"               # "..., the prefecture more than 45,000"
DEFINITE_ARTICLES = ("the",)
SINGULAR_DEFINITE_ARTICLES = ("the",)   # "For the Red Cross, the toll is …": one body
NP_VERB_WORDS = r"have|has|had|is|are|was|were"                     # "…, the police had counted 45,000": a clause
# "according to own statements", "by its own count": the sentence's subject is the source
OWN_ACCOUNT = r"(?:(?:its|their|his|her)\s+)?own\s+(?:statements?|information|figures?|data|counts?|account|estimates?|tally|records?)"
FOR_SOURCE = r"For"                                                  # "For the UN, ..."
AGENT_IDIOMS = r"by\s+far|by\s+then|by\s+the\s+way|by\s+and\s+large|by\s+now"   # "confirmed by then": no agent
RESPECTIVELY = r"respectively"   # "according to X and Y respectively": in the figures' order
# "a 24-year-old man who gave his name as Yusuf": the name he gave is who speaks
GAVE_NAME_AS = (r"who\s+(?:gave|gives|would\s+give\s+only)\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+|"
                r"who\s+(?:identified|introduced)\s+(?:himself|herself|themselves)\s+(?:only\s+)?as\s+|"
                r"(?:identified|named)\s+only\s+as\s+")
CLEFT_SPEAKER = r"(?:that|this)(?:\s+is|['’]s)\s+(?:how|what)\s+"   # "That is how X describes the fire", "that's what"
FIGURE_FOR_SOURCE = r"for"                                          # "356,000 for the ministry, 1 million for the unions"
# "on Sunday 6 in the morning", "Tuesday 8 at noon": a word after "weekday N" that shows N is the day of the month
DAY_OF_MONTH_AFTER = ("according", "in", "at", "before", "after", "morning", "evening", "night")
TIMES_OF_DAY = ("morning", "evening", "afternoon", "night", "lunchtime", "midday", "noon", "midnight")
# Verbs whose participle, with "by", names who counted: "estimated at 50,000 by police"
AGENT_VERBS = ("estimate", "count", "put", "report", "render known", "make known", "record", "tally", "give", "revise", "announce", "release",
               "publish", "confirm", "provide", "inform", "transmit", "communicate", "state",  # ("…, it was informed by the police")
               "compile", "update", "issue", "place", "list", "register", "log", "identify", "declare", "flag",
               "present", "submit", "make available")   # ("4 drones made available by the chamber")  # "the toll, compiled by the agency", "the plan presented by the company"
BY = ("by",)
# "figures from the health ministry showed 1,200": the source ends before its verb
DOCUMENT_VERBS = (r"show|shows|showed|shown|indicate|indicates|indicated|suggest|suggests|suggested|put|puts|gave|give|gives|"
                  r"found|finds|concluded|concludes|revealed|reveals")   # ("a survey carried out by the institute found")
# the shape of a nationality adjective, before a plural noun: "12 Spanish citizens", "12 French nationals" (no name)
NATIONALITY_SHAPE = r"[A-Z][a-z]+(?:an|ian|ish|ese|ch|i)"
# a figure someone rejects, in apposition before that one's gerund: "…, a figure the CGT union dismissed as
# "ridiculous", saying 80,000 had turned out" (the CGT says the 80,000)
FIGURE_REJECTED_BY = (r"(?:a|the)\s+(?:figure|number|count|estimate|tally|toll)\s+(?:that\s+|which\s+)?"
                      r"(?P<np>(?:the\s+)?[A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,3}?)\s+"
                      r"(?:dismissed|disputed|rejected|contested|questioned|challenged|denounced|called|described|branded)\b")
# what opens no subject: a preposition ("Without certified weather reports, …"), an imperative ("Let me give the
# numbers"); and a speaker dismissed, after the verb too ('"… on strike, whatever the authority says," said X')
SUBJECTLESS_LEADS = r"without|with|despite|after|before|for|in|on|at|from|under|during|since|through|let\s+(?:me|us)"
DISMISSED_LEADS = r"whatever|no\s+matter\s+what|regardless\s+of\s+what"
# a survey's "of" names who or what was asked, not who asked: "an RCN survey of the county", "a poll of 1,000 voters"
SURVEYED_OF = r"(?:surveys?|polls?|census(?:es)?|stud(?:y|ies)|audits?|reviews?|analys[ie]s)\s+of"
# the verb that gives a toll its level ends whose toll it is: "the toll from the Harlow Street collapse stands at 23"
TOLL_LEVEL_VERBS = r"stands|stood|rose|(?:has|had)\s+(?:risen|climbed|reached)|is|was|remains|remained|reached|climbed|now"
# "Metro's figures show", "by the farmers' own count": the possessor is the source
# (after "in" or "from", any of its documents: "Deaths nationwide in the Ministry of Public Health's bulletin of Monday")
POSSESSIVE_SOURCE = (r"(?P<within>(?<=\bin\s)|(?<=\bin\sthe\s)|(?<=\bfrom\s)|(?<=\bfrom\sthe\s))?"
                     # ("the civil protection service's", "the Ministry of Public Health's")
                     r"(?P<np>(?:[A-Z][\w.-]*(?:(?<=s)')?\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,4}[A-Z][\w.-]*"
                     r"|(?i:the)\s+[a-z]+(?:\s+[a-z]+){0,2})(?:'s|(?<=s)')\s+"
                     r"(?:own\s+|latest\s+|new\s+|official\s+|last\s+|first\s+|final\s+|revised\s+|updated\s+)?"
                     # ("the NCPD's national toll of 97", "the agency's provincial count")
                     r"(?:national\s+|provincial\s+|regional\s+|local\s+|overall\s+|total\s+|daily\s+)?"
                     # ("the ministry's Wednesday count", "the agency's Monday evening tally")
                     r"(?:(?i:%s)(?:\s+(?:morning|afternoon|evening|night))?\s+)?"
                     # ("the prefecture's death toll", "the union's crowd estimate": what is counted, before the count)
                     r"(?:(?:death|casualty|crowd|strike|injury|arrest|turnout|case|evacuation)\s+)?"
                     # ("the health department's online dashboard shows": any of its documents, before the verb that reads it)
                     rf"(?:{COUNT_HEADS}|(?:[a-z-]+\s+){{0,2}}{SOURCE_NOUNS}(?=\s+(?:{DOCUMENT_VERBS})\b)"
                     rf"|(?(within)(?:[a-z-]+\s+){{0,2}}{SOURCE_NOUNS}(?![\w-])|(?!)))") % "|".join(WEEKDAYS)
# a box item's side named through its figure: "against the ministry's figure", "the mayor's count": the possessor
# "…: the prefecture's figure against that of the mayor": the pronoun stands for the figure, the owner is the side
# "2,100 by the town hall's count, 6,000 by the union's": a possessor whose count is left out, after its figure
ELLIPTIC_POSSESSIVE = (r"(?<![\w-])(?:by|according\s+to)\s+(?P<np>(?i:the)\s+[a-z]+(?:\s+[a-z]+){0,2}"
                       r"|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})(?:'s|’s|(?<=s)['’])(?=\s*(?:[,.;:)]|$))")
FIGURE_OWNER_LEAD = r"(?:that|those)\s+of\s+"
POSSESSOR_TAIL = rf"(?:'s|’s|(?<=s)['’])(?:\s+[^\W\d]+){{0,3}}?\s+{COUNT_HEADS}$"
# "the ambulance service's 34 people assessed": a body's figure given as its own (a body's noun, not a place's);
# quoted with its qualifier too, or the body's initials: 'against the CIQ's "more than 11,000"'
POSSESSIVE_FIGURE = (r"(?P<np>(?i:the)\s+(?:[a-z]+(?:\s+[a-z]+)?|[A-Z]{2,6}))(?:'s|’s|(?<=s)['’])\s+(?:(?:own|latest|first|new)\s+)?"
                     r"(?=[\"“]?\s*(?:(?:more\s+than|over|nearly|almost|about|around|some|at\s+least)\s+)?\d)")
# "denied a union estimate of more than 60,000": the noun before the estimate names whose it is
# bodies whose noun, right before a document, says whose the document is: "a union estimate of", "police figures show"
_DOCUMENT_OWNERS = (r"union|police|army|military|government|ministry|industry|company|airline|hospital|council|charity|church|"
                    r"school|coastguard|coast\s+guard|fire\s+service")
_DOCUMENT_OWNER_ACRONYMS = r"UN|WHO|NGO"
# "denied a claim shared widely on X that "12 people are dead"", "an audio that circulates by WhatsApp and that speaks
# of", "a Facebook post, shared widely …, which claimed that": what circulates speaks the figure its clause gives
# (a bare "claim" is a fact-check's heading, someone else's: "The claim that 47 children were taken to hospital")
_SHARED_ONLINE = r"(?:shared|circulating|posted|going\s+round|circulated)\b[^.;:\"“”,]{0,60}?"
# (its verb before "that" is no part of it: "A post shared since Friday claims that …")
CONTENT_CLAIM = (rf"(?<![\w-])(?:an?|the)\s+(?P<np>(?:[\w-]+\s+){{0,2}}?(?:(?:post|message|video|audio|voice\s+note|rumou?r|"
                 rf"tweet)s?(?:,?\s+{_SHARED_ONLINE})?|claims?,?\s+{_SHARED_ONLINE})),?"
                 rf"\s+(?:(?:(?:claims|says|alleges|asserts|states)\s+)?(?:that|which)\b"
                 # ("A video is circulating on TikTok, it talks of 10 dead": the pronoun takes the video up)
                 rf"|(?:is\s+|was\s+|has\s+been\s+)?circulating\b[^.;:\"“”,]{{0,60}},\s+(?:and\s+)?it\s+(?:says|claims|alleges|"
                 rf"talks\s+(?:of|about)|speaks\s+of|mentions)\b"
                 # ('a rumour is circulating on social media: "3 arsonists arrested"': what it says, quoted)
                 rf"|(?:is\s+|was\s+|has\s+been\s+)?circulating\b(?:\s+[^.;:\"“”\s]+){{0,6}}(?=\s*:\s*[\"“]))")
# who publishes what circulates is its source: "the collective posted a message claiming that"
PUBLISHING_VERBS = r"published|posted|shared|put\s+out|issued|released|sent"
ADJUNCT_SOURCE = (rf"(?<![\w-])(?:a|an|the)\s+(?P<np>{_DOCUMENT_OWNERS}|{_DOCUMENT_OWNER_ACRONYMS})\s+(?:estimate|count|tally|figure)\s+of\s+"
                  r"(?=(?:about|around|some|over|nearly|almost|more\s+than|at\s+least|up\s+to)?\s*\d)")
COMPARED_WITH = r"than|below|above|under|over|with|to|from|like|unlike"   # "below the state's figure": not its claim
AS_LEAD = r"as"                                                     # "as the governor announced": the subject after it
RELATIVE_OBJECT_LEAD = r"who|whom|which|that"   # "and who the union says died": the relative is no part of its subject
NP_STOPS = r"(?-i:(?!WHO\b))who|which|has|have|had|was|were|is|are"   # "the union, which has counted": the subject ends (not the WHO)
# ("300 deaths cited by opposition groups could not be verified": a modal ends the agent too; lowercase, not "Will Jones")
NP_STOPS += r"|(?-i:could|can|cannot|would|will|may|might|should|must|did|does|do)"
PASSIVE_AUX = r"is|are|was|were|been|be|being"                       # "were registered"
GERUND_LEAD = ""                                                    # "the Red Cross, counting tracing requests"
GERUND_ENDING = "ing"                                               # "is reporting" is no passive
# a speaker in an absolute clause after the main clause ("Thousands marched, with organisers saying 100,000"): the
# speaker and its gerund, which say only what follows
ACCOMPANYING_SAYER = rf"(?:(?<![\w'-])(?:{ABSOLUTE_LEAD})\s+|,\s*(?:the\s+)?)[^,;:()\d]{{1,60}}?\s+\w+{GERUND_ENDING}"
POSTMODIFYING_PARTICIPLE = r"[a-z]{3,}ing"   # "the union coalition leading the protests said": the coalition said
ADVERB_ENDING = "ly"                                                 # "were officially registered"
MANNER_ADVERB = r"[a-z]+ly"                                          # the generic adverb of ADVERBS
NUMBER_NOUN_OF = r"numbers?\s+of"                                    # "the number of workers": what is counted
# a verb of saying inside an idiom that says nothing: "the road gave way", "gave rise to", "gave birth to"
IDIOM_AFTER_VERB = r"\s+(?:way|rise|birth|chase)\b"
# "Police figures show 40 people died", "Ministry data showed": a body's noun before its document, then the document's verb
# ("Home Office data showed", "Frontex figures show": a proper name too, not an adjective that opens the sentence)
_NOT_DOCUMENT_OWNERS = r"Official|Latest|New|Recent|Preliminary|Provisional|Early|Final|Internal|Leaked|Updated|Revised|Our|Their"
COMPOUND_SOURCE = (rf"(?<![\w-])(?:(?:the|The)\s+)?(?P<np>(?i:{_DOCUMENT_OWNERS})|{_DOCUMENT_OWNER_ACRONYMS}"
                   rf"|(?!(?:{_NOT_DOCUMENT_OWNERS})\b)[A-Z][\w.&-]*(?:\s+(?:of\s+)?[A-Z][\w.&-]*){{0,3}})\s+"
                   rf"(?:figures|data|records|estimates?|count|tally)\s+(?:{DOCUMENT_VERBS})\b")
UNAMBIGUOUS_VERBS = r"said|says|told|tells|added|stated"             # never a noun: "the official told"
# A past action whose subject gives the figure: "The utility deployed 1,200 crews overnight"
# "450 firefighters deployed by the fire corps": the body that sent them is the source of their number
DEPLOYED_BY = r"(?:sent|deployed|dispatched|mobili[sz]ed|engaged|committed)(?:\s+[^\s\d,;:.!?]+){0,4}?\s+by"   # ("sent to the plain on Tuesday by")
# a numbers box's item whose bracket gives days only: who did what it counts is its source ("People rescued at sea by
# the coastguard since Thursday 11 [Sat 13, Mon 15]"; not in running text, where the reporter names them)
# NOUN_LIKE_VERBS after a past participle, an article or a noun of the press are nouns: "denied reports that"
NOUN_LIKE_LEAD = r"[a-z]+ed|the|these|those|such|media|news|press|newspaper"
BOX_RECEIVED = r"received|logged"   # "**1,180** – calls received by the ambulance service"
BOX_RECEIVED_UNTIL = r"since|between|from|during|over|until|on|in"   # ("… Ambulance Service between Monday and Saturday")
BOX_DONE_BY = r"(?:rescued|treated|evacuated|sheltered|housed|transported|recorded|counted|taken\s+in)"   # (then "by", BY)
DEPLOYED = r"(?:(?:has|have|had)\s+(?:also\s+|already\s+)?)?(?:sent|deployed|dispatched|mobili[sz]ed)"   # "that the Air Force sent 2 helicopters": who sent them
ACTION_VERB = (r"(?<![\w'-])(?:(?:has|have|had)\s+(?:\w+ly\s+|also\s+|already\s+|now\s+|just\s+|since\s+|"
               r"for\s+(?:its|their)\s+part\s+|in\s+turn\s+|"
               r"in\s+total\s+|so\s+far\s+)?(?!been\b)(?:[a-z]{3,}(?:ed|en|t)|put|laid|made|held|paid|sold|set|cut)"   # ("had made", "has set up")
               r"|[a-z]{3,}ed|sent|took|put|laid|brought|kept|lost|built|sold|hired|cut|set|gave(?!\s+way\b)|made|held|paid|drew"
               # translated copy: "has in service 36 tanker trucks", "had 140 officers in the deployment" (im Einsatz)
               # ("has on the place 40 volunteers": translated "on site")
               r"|(?:has|have|had)(?=(?:\s+[\w,.-]+){0,5}?\s+(?:in\s+(?:the\s+)?(?:service|deployment|action|operation|search|rescue)|"
               # ("now has 120 firefighters at the scene": its own people where it works)
               # ("now has 85 rescuers on the mountain", "has 300 firefighters on the fire line": where its people work)
               r"(?:on|at)\s+(?:the\s+)?(?:place|site|spot|ground|scene|mountain|slopes?|sea|fire(?:\s+line)?|front(?:\s+line)?))\b)"
               # "the fire service is deploying 160 firefighters": who deploys its own people counts them, now too
               r"|(?:(?:is|are)\s+(?:now\s+)?)?(?:deploying|dispatching|mobili[sz]ing)|deploys|dispatches|mobili[sz]es"
               # ("The prefecture orders 6,000 residents to stay indoors": who orders it counts them)
               r"|orders|evacuates)(?![\w'-])")

# the size of a place is not a count of anything that happened: "une commune de 1 900 habitants", "a town of 5,000 people"
PLACE_SIZE_BEFORE = r"(?:town|village|city|community|hamlet|municipality|county|province)\s+of|holds|seats|accommodates|(?:has\s+)?room\s+for"
# "740 residents at the last census": a place's size, whoever gives it
CENSUS_AFTER = r"(?:\s+[a-z]+){0,2}\s+(?:at|in)\s+the\s+(?:last|latest|most\s+recent|\d{4})\s+census"
RESIDENT_NOUNS = r"inhabitants|residents|people"   # "Harlow (90,000 inhabitants)": a place's size
# a house number: "at 14 Ash Street", "the owner of 22 Mill Road"
ADDRESS_BEFORE = r"at|of|from"
# "the 77491 and 77493 ZIP codes", "postcode 4021": where people live, not how many
POSTCODE_WORDS = r"(?:ZIP|post(?:al)?)\s*codes?|postcodes?"
ADDRESS_AFTER = r"\s+(?:[A-Z][\w'-]+\s+){1,2}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Lane|Boulevard|Blvd\.|Drive|Place|Way)(?![\w'-])"
TITLE_CASE_NAMES = True    # "the Yemen Civilian Impact Project": a capitalised "Project" is part of a name
# Verbs of a reported clause after a subject: ", said its volunteers had found" names who found, not who said
CLAUSE_VERBS = r"had|has|have|was|were|is|are|would|could|will|might|may|did|remained|reached|rose|stood|numbered|totall?ed"
CLITICS_BEFORE_VERB = NOTHING                                        # (French "la CGT en a compté")
OWN_PREPS = r"by|in|on"  # "by our tally", "on our count"


# --- noun phrases that name a source (extract/phrases.py; every language's words are joined there) ---
# Nouns of someone who can make a claim: "the ministry", "firefighters", "a union steward"
AGENT_NOUNS = (
    r"research\w*|scienti\w*|expert\w*|official\w*|authorit\w*|minist\w*|police\w*|organi[sz]\w*|union\w*|govern\w*|trusts?|"
    r"opposition|"   # ("the opposition puts the number at nearly 100,000")
    r"(?-i:MPs?)|senators?|councillors?|lawmakers?|legislators?|"   # ("The MP told us he had received 80 letters")
    r"civil\s+(?:protection|defen[cs]e)|"   # "the regional Civil Protection distributed 400 meals"
    r"agenc\w*|office|bureau|institut\w*|universit\w*|service\w*|department\w*|administrations?|army|navy|air\s+force|armed\s+forces|defen[cs]e\s+forces|military|mayors?|governors?|voivode|spokes\w*|prefect\w*|precincts?|"
    r"board|committees?|secretariat|ombuds\w*|inspectorate|regulator|tribunal|registr(?:y|ar)|"
    r"firefighters|rescuers|doctors|hospital\w*|infirmar(?:y|ies)|clinics?|clubs?|executives?|witness\w*|eyewitness\w*|journalist\w*|analyst\w*|observ\w*|activist\w*|"
    r"associations?|NGOs?|group\w*|media|press|management|company|firm|commission|council|(?-i:Municipalit(?:y|ies))|court|chambers?|prosecutor\w*|"
    r"leaders?|commanders?|staff|intelligence|census|statisti\w*|residents?|locals|voluntee\w*|chiefs?|head|"
    r"director\w*|president\w*|minister|sources?|diplomat\w*|envoy|negotiat\w*|federation|coalition|coordination|"
    r"alliance|network|consorti(?:um|a)|cooperatives?|societ(?:y|ies)|"   # ("Royal Life Saving Society", "the Red Crescent Society")
    r"collectives?(?!\s+(?:bargaining|agreements?|action|memory|punishment|farms?|efforts?|responsibility|decisions?))|(?:town|city)\s+halls?|"
    r"rescue\s+teams?|(?:search\s+and|mountain|sea|cave|lifeboat)\s+rescue|poisons?\s+(?:control\s+)?cent(?:re|er)s?|(?:fire|ambulance)\s+control|fire\s+brigades?|(?:fire|rescue|medical|volunteer|marine|peace)\s+corps|militias?|rebels|insurgents|embass(?:y|ies)|consulates?|pollsters?|think\s+tanks?|"
    r"reporters?|correspondents?|newspapers?|tabloids?|broadcasters?|"
    # people who witness or count, and bodies that run things
    # what circulates online speaks for whoever wrote it: "a viral post claimed 100 dead"
    r"posts?|tweets?|messages?|videos?|audios?|voice\s+notes?|rumou?rs?|"
    r"survivors?|victims?|famil(?:y|ies)|relatives|parents|coast\s*guards?|crews?|captains?|pilots?|soldiers?|"
    r"workers?|employees?|nurses?|teachers?|farmers?|fishermen|students?|passengers?|supporters?|fans|"
    r"organi[sz]ers?|operators?|utilit(?:y|ies)|compan(?:y|ies)|owners?|airlines?|carriers?|clinics?|regulators?|"
    r"watchdogs?|inspect\w+|investigators?|monitors?|lawyers?|delegates?|stewards?|coroners?|medical\s+examiners?|"
    r"paramedics?|medics?|(?:operations?|rescue|emergency|coordination)\s+cent(?:re|er|ral)s?|control\s+rooms?|"
    # businesses that speak for themselves: "the bank said", "the retailer said"
    r"banks?|retailers?|insurers?|lenders?|manufacturers?|providers?|suppliers?|contractors?|developers?|"
    r"landlords?|employers?|ministry|charit(?:y|ies)|foundations?|schools?|districts?|airports?|railways?|"
    r"(?:port|harbour|transport|transit)\s+authorit(?:y|ies)|"
    # places that are run by someone and speak through them: "the park said 1,150 visitors had asked for refunds"
    r"parks?|zoos?|museums?|stadiums?|venues?|theatres?|festivals?|resorts?|hotels?|factor(?:y|ies)|bakery|bakeries|"
    r"shops?|stores?|supermarkets?|restaurants?|clubs?|leagues?|"   # ("the club said it had employed 180 stewards")
    # who runs a school, a port, a prison: "the headteacher told me 41 staff were out"
    r"headteachers?|head\s+teachers?|wardens?|consuls?|ambassadors?|harbou?r\s*masters?|"
    # officers of the law and of the land: "The county sheriff told me 3 people have died"
    r"sheriffs?|marshals?|troopers?|rangers?|constables?|coxswains?|commissioners?|superintendents?|clerks?|"
    r"lieutenants?|sergeants?|colonels?|skippers?|guides?|caretakers?|vicars?|pastors?|headm(?:aster|istress)s?|"
    r"treasurers?|janitors?|foremen|foreman|supervisors?|managers?|coordinators?")
# a noun phrase ending with its agent noun: "the student coordination", "the Interior Ministry"
_AGENT_NP = r"(?:[\w'’-]+\s+){0,3}?(?:" + AGENT_NOUNS + r")"
# translated copy's ", confirmed the police", ", announced the ministry": a definite body after the participle, closing
# its clause (not "the agency … confirmed the capture", nor "— confirmed cases among …")
INVERTED = INVERTED + (
    # (and translated copy's '"…," tells Kaisu Pesonen')
    # ("…, tells Lothe to Skarvdølen": and the paper told)
    r"{lead}(?:confirmed|announced|tells|confirms|announces)\s+(?P<np>(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,4}})(?=\s*[,.;:]|\s*$|\s+to\s+(?-i:[A-Z]))|"
    r"(?:the|a|an)\s+" + _AGENT_NP.replace("{", "{{").replace("}", "}}")
    + r"(?:\s+(?:of|for)\s+[^,;:.!?\"“”()]+)?)(?=\s*[,.;:]|\s*$)",
    # translated copy that opens with its auxiliary: "Has informed the Ertzaintza also that 1 person has been arrested"
    r"^\s*(?-i:Has|Have|Had)\s+(?:informed|announced|communicated|reported|confirmed|stated|explained|indicated|declared|"
    r"specified|made\s+known)\s+(?:also\s+)?(?P<np>(?:the\s+)?[^,;:.!?\"“”()\d]{{2,60}}?)(?=(?:\s+also)?\s+that\s)",)
# a figure whose speaker follows it with no comma, a presenter's or a headline's shorthand: "14 universities blockaded say
# the presidents, 27 says the student coordination" (the figure opens its clause, and a definite subject that ends it
# with its agent noun: not "3 residents say the council failed them")
# ("…, nearly 60,000 says the SRS": a qualifier before the figure, a body's initials after "the")
FIGURE_SAID_BY = (r"(?:^\s*|(?<=[,;:]\s))(?:(?:about|around|nearly|almost|some|over|more\s+than|fewer\s+than|less\s+than|"
                  r"at\s+least|up\s+to)\s+)?\d[\d,.]*(?:\s+[a-z]+){0,4}\s(?P<verb>says|say|said)\s+"
                  r"(?P<np>the\s+(?:" + _AGENT_NP + r"|(?-i:[A-Z]{2,8})))(?=\s*(?:[,.;:!?]|$))")
# One who saw or treated what is counted, as the subject of a verb ("the doctor said 40 runners were treated");
# not an agent ("confirmed by a doctor" is how a case is confirmed)
WITNESS_NOUNS = (r"doctor|surgeons?|physicians?|vets?|veterinar\w*|winners?|runners?|"
                 r"mothers?|fathers?|neighbou?rs?|shopkeepers?|"
                 r"chair(?:man|woman|person)?|secretar(?:y|ies)|curators?|priests?|imams?|bishops?")
# Articles: "the fall of a tree" names a thing, not a speaker
ARTICLES = ("the", "a", "an")
LEADING_LINKS = r"and|or|but|then|when|while|so|also"              # "And the prefecture": not part of the name
# A segment that is no subject: a participle, a relative, a preposition ("Ahmed, speaking by phone, said")
ASKED_LEADS = r"asked|contacted|reached|questioned|approached|interviewed"  # "Contacted, the ministry said"
# a relative clause with no "who" after the subject: "Local fishermen I spoke to believe 20 are missing"
REDUCED_RELATIVE = (r"\s+(?:I|we|they|he|she)\s+(?:spoke|talked|met|interviewed|asked|saw|contacted|reached|questioned|"
                    r"visited)(?:\s+(?:to|with))?\s*$")
PLURAL_PARTICIPLE_ENDINGS = ("ed",)                                  # "Combined, these figures give"
# "Where does the figure of 27 come from?": a question, not who counts
QUESTION_LEAD = r"where|why"
# a past participle by its shape: the agent after it is its own ("infected by salmonella"), not a count's
PARTICIPLE_SHAPE = r"[a-z]{3,}(?<!hundr)ed"
# what may follow a bare plural in a reported clause ("passengers arriving at noon found 6 taxis")
PLURAL_MODIFIER_LEADS = r"[a-z]+ing|at|in|on|of"
# whom a closing pronoun may point to ("…, indique-t-elle", "…, she said"): its kind and number
PERSON_PRONOUNS = ("he", "she")
THING_PRONOUNS = ("it",)
PLURAL_PRONOUNS = ("they",)
PLURAL_LEADS = r"these|those|their|our|several"
# a modal between the speaker and the reporting verb ("With great sadness I can confirm")
MODALS = r"can|could|must|will|would|may|might|should|cannot"
# object pronouns that are also articles: « le chiffre » is a noun, not « (il) le chiffre »
ARTICLE_CLITICS = r"(?!)"
AMOUNT_AFTER_AGENT = r"at"   # "estimated by police at 50,000": the agent, then the amount
AMOUNT_AFTER_VERB = r"(?!)"  # « la préfecture le chiffre à 200 » : the verb, then its amount
# what a place holds or handles, not a count of anything that happened: "the shed contained 3,500 tonnes", "processed 45,000 tonnes a year"
HELD_BEFORE = r"(?:contain(?:ed|s)|stored|stores|process(?:ed|es)(?:\s+(?:each|every)\s+year)?|measur(?:es|ed)|(?:can|could)\s+(?:hold|accommodate|house|seat|take|lift|carry|sleep|treat))(?:\s+(?:about|around|some|nearly|more\s+than|over))?"
PERFECT_LEAD = r"having"   # "Having gone through our booking data, the true figure is 312": a clause, no subject
NOT_SUBJECT_LEAD = (r"[a-zà-ÿ]+(?:ing|ed)\b|which|who|whose|according|in|at|on|during|after|before|with|without|quoted|"
                    r"speaking|among|under|since|from|present|active")   # ("Médipont, present since the first week, says")
# "according to initial figures": data, not a source (modifiers, nouns, qualifiers after)
DATA_MODIFIERS = r"the|a|an|this|that|same|some|initial|early|preliminary|first|latest|new|official"
# (a case "confirmed by laboratory testing" is lab-confirmed: the test is no source of the count)
DATA_NOUNS = (r"data|informations?|figures|calculations|images|photos|methods?|methodology|criteria|definitions?|"
              r"(?:initial\s+|first\s+)?findings|observations|"
              r"(?:laborator(?:y|ies)|labs?)(?:\s+(?:tests?|testing|analys[ie]s))?|tests?|testing|analys[ie]s")
DATA_QUALIFIERS = r"preliminary|available|provisional"
# "some estimates put the toll at": no one in particular
VAGUE_QUANTIFIERS = r"some|certain|other|many|several"
ESTIMATE_NOUNS = r"estimates?|figures?|data|calculations?|counts?|projections?"
# "figures released on Friday by the ministry": the participle before "by"
# ("a survey carried out by the institute": the document's author; not "rescues carried out by firefighters", no document)
PUBLISHED_STEMS = r"released|published|issued|provided|compiled|announced|carried\s+out|conducted"
# "according to a UN estimate", "according to the ministry's figures": whose estimate
WHOSE_ESTIMATE = (r"^(?!(?:(?:the|a|an)\s+)?(?:initial|early|preliminary|first|latest|new|official|provisional|"
                  r"final|revised|updated|some|other|these|those|its|their|his|her|our)\s)(?:(?:the|a|an)\s+)?(?P<np>.+?)(?:'s)?\s+(?:own\s+|latest\s+|new\s+|official\s+)?"
                  r"(?:estimates?|figures?|count|tally|toll|data|numbers?|survey|study|analysis)$",
                  # "the health ministry's weekly bulletin", "the WHO's latest situation report": its owner's
                  r"^(?:the\s+)?(?P<np>.+?)(?:'s|(?<=s)')\s+(?:[\w-]+\s+){0,2}(?:reports?|bulletins?|updates?|statements?|"
                  r"dashboard|briefing|release)$",
                  # "an RCN survey of the county": an owner in capitals before the document, what it asked after
                  r"^(?:the|a|an)\s+(?P<np>(?-i:[A-Z][\w&.-]*)(?:\s+(?-i:[A-Z][\w&.-]*)){0,2})\s+"
                  r"(?:survey|report|study|poll|analysis|audit|census|count|tally)\s+(?:of|on|into|among)\s.*$")
# A reporting verb that opens the clause before its subject: "said its volunteers had found"
REPORTED_LEAD = r"(?<![\w'-])(?:said|says|saying|told\s+\w+|told|added|adding|stated|noted|explained|estimated)\s+"
# Where or how it was said, cut from a source: "the ministry in a statement", "the police at a briefing"
SETTING_PREPS = r"on|in|during|at|to|for|about"
SETTING_NOUNS = (r"conference|briefing|press|television|radio|interview|statement|note|bulletin|update|release|report|"
                 r"website|site|social\s+media|account|page|channel|feed|"   # ("the fire brigade said on its website")
                 r"(?-i:" + "|".join(_PLATFORMS) + ")")   # ("the fire service said on X")
# what is posted online: "a message on WhatsApp" names what it says, its platform with it
ONLINE_CONTENT_NOUNS = r"messages?|posts?|videos?|rumou?rs?|audios?|tweets?|accounts?|groups?|pages?|channels?|threads?|clips?"
SETTING_DETERMINERS = ("a", "an", "its", "their", "his", "her")  # "the prefecture in its 1.30 pm note"
DATE_PREPS = ("on", "of")                        # "the ministry on Friday", "its bulletin of Monday, October 4": a date, no part of the source
DATE_WORDS = (r"[a-z]+day\b",)
DATE_LEADS = ("this", "last", "shortly", r"just\s+(?:before|after)")   # ("the prefecture said shortly before 11 pm")
SOURCE_FROM = r"from|by"                          # "figures obtained from the police"
RELATIVE_WORDS = ("that", "which", "who")         # "the group that controls ..., said"
# "a figure that the gendarmerie disputes, which counted 4,500": the relative's own subject, whom "which" takes up
INVERTED_RELATIVE_SUBJECT = r"(?:that|which)\s+(?P<np>the\s+\S.*?)\s+(?:disputes|contests|rejects|questions|challenges)$"
OBJECT_RELATIVE_WORDS = (r"whom\s+(?:we|I|you|they|he|she)(?![\w'])",)          # "the official, whom we reached by phone, said"
# "in Kyiv, ...", "at the border": a place phrase, not a subject
PLACE_PREPOSITIONS = ("in", "at", "on", "from", "into", "inside", "near", "outside", "during", "in front of", "behind", "off")
INFINITIVE_PREPOSITIONS = r"without"   # "without counting the families": no subject's verb
# "the spokesperson said", with no name: the voice of the body the sentences before speak of or hear
SPOKESPERSON_BARE = r"(?:a|an|the)\s+spokes(?:man|woman|person)"
# "…, its office said", "its press office": the body's own voice, as its statement is
OWN_OFFICE = r"office|press\s+office|secretariat"   # ("its management": MANAGEMENT)
# "At Hollinshire General Hospital, a spokesperson says": the body whose site opens the sentence, before its voice
BODY_SITE_LEAD = r"(?-i:At|In|Inside)\s+(?:the\s+)?"
SPOKESPERSON_ALONE = r"(?:a|an)\s+spokes(?:man|woman|person)"   # "…, a spokesman said": of the body that acts in the sentence
# Capitalised words that open no name: "On Monday", "However", "Then"
NOT_NAME_WORDS = ("on", "in", "at", "by", "for", "from", "after", "before", "during", "since", "meanwhile", "however",
                  "yesterday", "today", "tonight", "tomorrow", "now", "later", "earlier", "here", "there", "also", "overall", "altogether", "across",
                  "and", "but", "then", "together", "jointly",
                  "thanks", "thank", "hello", "hi", "welcome")   # ("Thanks Dave": no name)
# an alias that a longer name goes on from is not that body: "the state Department of Health" (extract: actors.py)
GENERIC_BODY_HEADS = ("department", "ministry", "office", "agency", "service", "bureau")
NAME_GOES_ON = ("of",)
NAME_LINKS = ("of", "for", "and")                 # "Office for the Coordination of Humanitarian Affairs"
# the words of a body's name, folded, as the one word translations share ("National Agency for the Management of
# Catastrophes" is the "National Disaster Management Agency"); any other word stands for itself
NAME_WORD_TRANSLATIONS = {
    "disasters": "disaster", "catastrophes": "disaster", "catastrophe": "disaster", "emergencies": "emergency",
    "fires": "fire", "firefighting": "fire", "center": "centre", "organization": "organisation", "labor": "labour",
    "statistical": "statistics", "defense": "defence", "services": "service", "rights": "rights",
    "consumers": "consumer",
}
PAST_AUX = r"had|has|have|was|were|did"           # "several families had buried": a clause, not a subject
# "When an Examiner reporter visited the ward, she counted 27": the clause whose subject "she" is
FRONTED_WHEN = r"(?:When|Once|After|As\s+soon\s+as)\s+"
# "X disputed the official tally, saying …": the verb of the clause a gerund continues (its subject is before)
CLAUSE_VERB = (r"(?:(?:had|has|have)\s+)?(?!(?:is|was|has|does|this|thus|plus|us|its|his|as)\b)[a-z]+(?:ed|s)"
               r"(?=\s+(?:the|a|an|its|their|his|her|this|these|those)\s)")
# "according to the poison centre quoted by the Courier": who speaks is the one quoted, not the paper quoting it
CITED_BY = r"(?:cited|quoted)\s+(?:by|in)"
# "The Courier quotes the hospital, which is treating 9 patients": the one quoted, named before the relative that
# gives the figures, speaks
CITING_VERBS = r"(?:quotes|cites|quoted|cited)(?!\s+(?:by|in)\s)|(?:has|have|had)\s+(?:quoted|cited)"
CITED_RELATIVE = r",\s*(?:which|who|for\s+whom|according\s+to\s+(?:which|whom))(?![\w'-])"
# ("the mayor told AFP": "told" is the verb); who a plan was put to: "presented by the company to the works council"
TOLD_OUTLET = r"to\s+(?:the\s+)?(?:works\s+council|unions|staff\s+representatives|(?:city|town|county)\s+council(?:lors)?)"
# a wire's note on what this version changes, a paragraph of its own: "(Adds WHO figures in paragraphs 5-7)"
UPDATE_NOTE = r"adds|updates|recasts|rewrites|writes\s+through|corrects|changes|fixes|refiles|repeats"
DANGLING_PREPS = r"without|at|of|to|for"          # a subject does not end on a preposition
# what a march was against, after its source in translated word order: "386.000 persons demonstrated after indications
# of the Interior Ministry against the law" (the ministry)
OPPOSED_TAIL = r"against\s+(?:the|a|this|its|their)\s+(?:law|bill|reform|plan|project|government|cuts?|closures?|decree)"
FIGURE_STRESS = r"even"   # "according to the organisers even 260" (translated copy): the stress on the figure, not the name
STRESSED = r"for\s+(?:its|their|his|her|our|my)\s+part|on\s+our\s+side|however|meanwhile|nevertheless|in\s+turn|too|them|him|her|itself|themselves"  # an aside after a subject: "The union, for its part, said"
# Documents that speak for their authors: "a leaked report estimated"
DOCUMENT_NOUNS = (r"documents?|reports?|stud(?:y|ies)|surveys?|data|estimat\w*|analys\w*|models?|calculs?|projections?|"
                  r"census|polls?|intelligence|filings?|prospectus|registers?")
INDEFINITE_DETERMINERS = ("a", "an", "some")       # ", denounced a strike": a thing, not a subject
# Capitalised words before a number that make it a figure, not part of a name ("About 300", "In 12", unlike
# "Channel 12")
FIGURE_WORDS = ("the", "these", "those", "some", "more", "about", "only", "just", "nearly", "almost", "around", "over",
                "under", "up", "at", "another", "further", "additional", "in", "on", "by", "and", "or", "with",
                "between", "from", "to", "of", "below", "above", "approximately", "roughly", "among", "until")
# a plural noun after a number word, perhaps after one adjective: "five investigators", "three emission events"
PLURAL_NOUN_AFTER = r"^\s+(?:[a-z][a-z-]+\s+)?[a-z][a-z-]{2,}s(?![\w'-])"
# the verb right after a number word whose noun was left out: "23 workers…, and that four had been taken"
ELIDED_VERBS = r"had|have|has|were|was|are|is|remain|remained|died|were\s+still"
# a place described by its population: "le territoire, qui compte plus de 1,1 million d'habitants"
POPULATION_BEFORE = (r"which\s+has|home\s+to|(?:with\s+)?a\s+population\s+of|inhabited\s+by|populated\s+by|"
                     # (translated copy: "The city, of 186 thousand inhabitants", "where live some 4.000 persons": the
                     # figure right after, no more than a qualifier between)
                     r"(?:(?<=,)\s+of|where\s+(?:live|lived))(?=\s+(?:(?:some|about|around|nearly|almost)\s*)?$)|"
                     r"(?:a|an)\s+(?:[a-z-]+\s+)?(?:city|town|district|region|province|county|village|island|suburb|"
                     r"neighbou?rhood|municipality|country)\s+of")   # "Kessel, a (rural) district of about 86,000 people"
POPULATION_AFTER = r"inhabitants|residents|people|souls|persons"
# money without its currency sign: "a debt of 65 million", "a fund of 5 million"
MONEY_BEFORE = r"(?:debt|budget|fund|loan|deficit|bill|cost|price|revenue|grant|package)\s+of"
# what a thing costs, whatever the currency's name, unless a counted noun follows ("estimated the lockout's cost at
# 9 million tallens a day"; "put the cost of the strike at 3,000 jobs" counts jobs)
MONEY_AT = r"(?:cost|bill|losses)\s+(?:[^\s\d]+\s+){0,3}?at\s+(?:between\s+|[\"“]\s*(?:between\s+)?)?"
# an amount a numbers box's item names: "11 million" / "The daily cost of the strike, in marks"
MONEY_NOUNS = r"costs?|budgets?|bills?|debts?|deficits?|prices?|revenues?|lost\s+earnings"
# a cue phrase that opens like this is a piece of a clause, not a name: "to spread in the district", "in the city"
# (or the way people came: "arrivals by sea since January" has no speaker in "sea")
# ("Having spoken of 250,000 on Tuesday, it said": a participle clause, whose subject comes after it)
CLAUSE_FRAGMENT_LEAD = r"to|in|on|at|with|without|during|since|for|(?i:having|being)(?:\s|$)|(?:the\s+)?(?:sea|boat|road|air|land|rail|plane|train)(?:\s|$)|an?$|the$|one$"
# a verb of telling someone: who tells it is quoted by whoever tells the press ("Survivors told aid workers that")
RELAY_VERBS = r"told|have\s+told|had\s+told"


# --- what is counted (extract/quantity.py; every language's words are joined there) ---------------
# Words that end the counted phrase after a figure: "3,000 troops who ...", "12 dead according to ..."
COUNTED_STOPS = (r"who|that|which|were|was|had|have|has|are|is|could|would|will|according|with|after|in|to|at|on|"
                 r"for|by|from|since|during|while|the|a|an")
# What comes between a figure and its noun: "put at 5,000 the number of dead", "17 of the injured"
COUNTED_LEAD = r"the\s+(?:number|total|tally)\s+of\s+|of\s+(?:the|its|their|these|those)\s+|of\s+"
PLURAL_ENDINGS = ("s",)                                       # "shelters": another thing counted
# a singular count noun right before a plural one qualifies it: "212 hospital admissions" count admissions
NOUN_BEFORE_PLURAL = r"\s+[a-z][a-z-]{3,}s(?![\w'-])"
SINGULAR_NOUNS = {"person": "persons", "child": "children", "man": "men", "woman": "women",   # "17 person", in translated copy
                  "family": "families", "body": "bodies", "casualty": "casualties", "lorry": "lorries"}
NOT_PLURAL_ENDINGS = r"ss|ous|ws|ys|'s"                       # "across", "previous", "news": no plural noun
# "troops sent to Russia": a country after these is where people are, not whose
DESTINATION_PREPS = ("in", "into", "to", "inside", "toward", "towards")


# --- when it was said (extract/dates.py) ------------------------------------------------------------
DAY_SUFFIXES = ("st", "nd", "rd", "th")   # "October 18th", "the 1st"
LAST_BEFORE = ("last",)                    # "last Friday"
# a figure the speaker denies or only supposes, whatever it counts: "not 64 but 120", "whether there were 30,000 or 50,000"
# a figure the speaker sets aside for theirs: "50 workers were inside rather than 41" (someone else's), unless it is
# their own earlier one ("and not 150,000 as it had announced on Thursday": REVISED_AFTER)
REJECTED_BEFORE = r"rather\s+than"   # (not "revised to 30 instead of 26": mostly one's own revision)
REVISED_AFTER = r"(?:\s+[^\W\d][\w'-]*){0,2}\s*,?\s*as\s+(?:\w+\s+){0,3}?(?:announced|said|stated|reported|given|first)"
DENIED_BEFORE = (r"(?:it\s+is|it's|it\s+was)\s+not|not|(?:anything|nothing)\s+like|"
                 # 'not "over 300"': a figure quoted to be denied
                 r"not\s*,?\s*[\"“‘']\s*(?:(?:over|more\s+than|about|around|nearly|almost|some|up\s+to)\s+)?|"
                 # "we don't get to 27 deaths", "we come nowhere near"
                 r"(?:do|does|did|can|could)\s*(?:not|n't)\s+(?:get|come)\s+(?:to|close\s+to)|"
                 # "the highest passenger count does not support 150 dead": a figure ruled out
                 r"(?:do|does|did|can|could)\s*(?:not|n't)\s+(?:support|justify|bear\s+out)|"
                 # "We never spoke of 800,000", "it has never announced 40 deaths"
                 r"never\s+(?:spoke\s+of|talked\s+(?:of|about)|mentioned|announced|gave|said|cited|put\s+forward)(?:\s+the\s+figure\s+of)?|"
                 # "I don't recognise 37", "we do not recognise the figure of 37"
                 r"(?:do|does|did)\s*(?:not|n't)\s+recogni[sz]e(?:\s+(?:the|that|this))?(?:\s+(?:figure|number)(?:\s+of)?)?|"
                 # a fact-check's "We could not find any official figure of 47", "any source for the figure of 40"
                 r"(?:could|can|did)\s*(?:not|n't)\s+find\s+(?:any\s+)?(?:\w+\s+)?(?:figure|trace|record|evidence|source)s?\s+(?:of|for)"
                 r"(?:\s+(?:the|this|that)\s+(?:figure|number|claim|toll)\s+of)?|(?:very\s+|a\s+long\s+way\s+|so\s+)?far\s+from|nowhere\s+near|(?:whether|if)\s+(?:there\s+)?(?:were|was|it\s+was)"
                 r"(?:\s+[\d,]+\s+or)?|denie[sd]\s+(?:having\s+)?(?:said|given|cited|mentioned)(?:\s+the\s+figure\s+of)?|"
                 # "The Kremlin denied reports that 10,000 soldiers …", "denies that 300 …": nobody's figure here
                 r"(?:denie[sd]|deny|rejected|dismissed|refuted)\s+(?:(?:the\s+)?(?:reports?|claims?|rumou?rs?|allegations?)\s+)?that"
                 r"\s+(?:(?:some|about|around|nearly|almost|more\s+than|over|as\s+many\s+as)\s+)?")
# a figure named to be called false: "The figure of 1,400 is simply not right", "the 4,000 strikers do not exist"
FIGURE_NAMED_BEFORE = r"the\s+(?:figure|number|claim|tally|count)\s+of|the|those|these|as\s+for\s+the"
# what a message or a rumour says, quoted ("A post claiming "10 dead" is false"): its claim, called false
CONTENT_VERBS = r"claiming|saying|reporting|announcing|speaking\s+of|talking\s+of"
# a body's size, given by the article as background: "The Growers' Association, which represents 112 growers, says"
MEMBERSHIP_BEFORE = (r",\s*(?:which|that|who)\s+(?:represents|employs|groups|brings\s+together|counts|has)\s+"
                     r"(?:(?:some|about|around|nearly|more\s+than|over)\s+)?$")
# a figure that opens a sentence as its topic, to be doubted: "Seven hundred, we never saw that", "Seven hundred?
# That would mean…" (an echo of someone else's figure)
ECHOED_AFTER = (r"[,?]\s*(?:(?:we|I)\s+(?:have\s+|had\s+)?never|(?:we|I)\s+(?:did|do|have|had)\s*n[o']t|(?:that|this)\s+would\s+(?:mean|be)|"
                r"no\s*[.!,]|maybe\s*[.!]|that(?:'s|\s+is)\s+(?:plausible|possible|likely|wrong|too\s+(?:high|low|many)|a\s+lot))")
DENIED_AFTER = (r"(?:is|are|was|were)\s+(?:simply\s+|just\s+|plainly\s+|flatly\s+|therefore\s+)?(?:not\s+(?:right|true|correct|accurate)|"
                r"wrong|false|untrue|inaccurate|exaggerated|inflated|made\s+up)(?![\w'-])|do(?:es)?\s+not\s+exist|"
                # "the figure of 400 appears nowhere", "does not appear anywhere": a figure nothing backs
                r"appears?\s+nowhere|do(?:es)?\s+not\s+appear\s+anywhere|"
                # "Five hundred is not a number that anyone here recognises"
                r"(?:is|was)\s+not\s+a\s+(?:number|figure)\s+(?:that|which|anyone|we|I)\b")


# --- where a count is, who a body is (extract/places.py, extract/bodies.py) -----------------------
# lower-case words inside a person's name
NAME_PARTICLES = ("de", "da", "do", "das", "dos", "del", "di", "van", "von", "der", "al", "bin", "ben", "el")   # "Carmen Ruiz de Aldana"
PLACE_NAME_PARTICLES = ()                           # (French "Villeneuve de la Raho")
# Before a country in a list: "in France, in Spain and in Italy"
COUNTRY_PREPS = ("in",)
COUNTRY_ARTICLES = ()
# A prefecture named by its place (folded): "the prefecture of Attica", "the Seine-Maritime prefecture"
PREFECTURE_WORDS = ("prefecture",)
PREFECTURE_LINKS = r"of\s+(?:the\s+)?"
PREFECTURE_AFTER = ("prefecture",)
NOT_PREFECTURE_NAMES = ("the", "police", "local", "regional")   # "the police prefecture": no place


# --- figures (extract/figures.py) -------------------------------------------------------------------
VAGUE_TENS = {"tens": 20, "hundreds": 200}   # "tens of thousands": 20 to 99 thousand
SCALE_ABBREVIATIONS = ("m", "bn")            # "£5m", "$2bn": scale words, not number words
NUMBER_LINKS = ("and",)                      # "two hundred and fifty"
FRACTIONS = {r"half\s+a": 0.5, r"a\s+quarter\s+of\s+a": 0.25}   # "half a million"
OF_WORDS = ("of",)                           # "hundreds of thousands"
# "Thirty-one in one village": the part of one unnamed place, not the whole
ONE_PLACE = r"in\s+(?:one|a\s+single)\s+(?:village|town|street|house|building|family|school|hospital|camp|district|neighbou?rhood|ward)"
SUBSET_WORDS = r"including|of\s+whom|of\s+which|among\s+them"   # "seven injured, including two seriously"
DAY_SPAN_LINKS = ("and", "to", "until", "through")              # "between 8 and 13 October"
DAY_SPAN_OPEN = ("between", "from")    # "between Saturday 7 and Wednesday 11": the first day of a span of weekdays
# '"…" With these words the prefect opened the briefing': what comes before a quote's speaker
# ('"…" Those were the words of Stanley Ackroyd, 79': the name after the lead)
QUOTE_FOLLOW_LEADS = rf"{CLEFT_SPEAKER}|with\s+(?:these|those)\s+words,?|so\s+said|(?:these|those)\s+(?:were|are)\s+the\s+words\s+of"
# '"…" The mayor, for her part, disputes it': another speaker, who answers
QUOTE_FOLLOW_CONTRAST = r"for\s+(?:his|her|its|their)\s+part|by\s+contrast|however|meanwhile|disagree|disput"
# "1 metre 40", "5 ft 8": the second figure of a length, no count
LENGTH_UNIT_BEFORE = r"met(?:er|re)s?|m|f(?:ee|oo)t|ft"
# "a post shared more than 9,400 times", "viewed 2.3 million times": how often a thing was passed on, no count
SHARED_TIMES = (r"(?:shared|viewed|watched|retweeted|reposted|liked|forwarded|seen)\s+(?:(?:more\s+than|over|nearly|almost|some|about)\s+)?",
                r"\s*times\b")
RATE_PER = ("per", "for every")                # "12 cases per million": a rate
RATE_BASES = ("inhabitants", "people", "population", "residents", "live births", "births")
RATE_UNITS = (r"hectares?|acres?|ha|km²|m²|square\s+(?:metres?|meters?|kilometres?|kilometers?|miles?)|head|capita|inhabitant|resident|household"
              # "187 micrograms per cubic metre", "40 mg per litre": a concentration
              r"|cubic\s+(?:metres?|meters?)|m³|litres?|liters?")   # "400 candles per hectare": a rate, not a count
RATIO_WORDS = r"in"                          # "1 in 5 homes": a ratio ("30 out of 110 schools" counts both)
PROPORTION_WORDS = r"in|out\s+of"           # "nine in ten", "three out of four": a proportion, not two counts
PROPORTION_AFTER_NOUN = r"out\s+of"         # (with its noun between: "three people out of four"; not "3 arrested in 10 cities")
PROPORTION_CLAUSE = r"to"                 # "3 out of 4 to have paid": what the proportion did
AGE_UNITS = r"years?(?:\s+old)?"                        # "Mohamed Abdi, 61 years old": an age
PAIR_LINKS = ("to", "and", "or")             # "aged 18 to 60": the partner of a non-count is not a count
PARTICIPLE_NOUNS = r"(?:ed|dead|missing)$"   # counted words that are adjectives ("killed"): no noun right after a name


# --- who a cue names (extract/claimants.py, actors.py; every language's words are joined there) ----
# A short reference whose head names a kind of body points back only to such a body; the stems of its name
# (folded, any language): "the police" to a police force, "the union" to a union
# the words a charity's name holds: "the charity", "the NGO" point back to one of these, not to any body
_CHARITY_STEMS = ("ong", "ngo", "association", "charit", "solidar", "fondation", "foundation", "croix-rouge", "red cross", "medecins",
                  "doctors", "sos", "secours", "humanitar", "collecti", "caritas", "oxfam",
                  "trust")   # ("The Lanterns Trust … according to the charity")
# A role's word, by the stems that name its holder: "the governor" may be the Ann Ray named before, never "the mayor"
ROLE_HEADS = {"mayor": ("maire", "mayor"), "governor": ("gouverneur", "governor"), "prefect": ("prefe", "prefect"),
              "director": ("directeur", "directrice", "director")}
# references to a business, never a public body ("The company says 38" after "the fire service"): the heads of
# SPECIFIC_HEADS that name one
COMMERCIAL_HEADS = ("company", "firm", "airline", "operator", "employer")
# a body's generic noun that may describe again the body its sentence opened with, after the figures ("St John Ambulance
# volunteers treated 4 people, the charity said"), folded
REDESCRIBING_HEADS = ("association", "charity", "ngo", "organisation", "organization", "group", "company", "firm", "airline")
# the heads of SPECIFIC_HEADS that name no business, which a COMMERCIAL_HEADS reference never points to: public
# bodies, unions, nonprofits ("The company says" after the RMT union)
NON_COMMERCIAL_HEADS = ("police", "force", "army", "military", "ministry", "agency", "union", "nonprofit")
SPECIFIC_HEADS = {
    "police": ("police", "polizei", "gendarmer"),
    "force": ("police", "polizei", "gendarmer", "constabulary"),   # ("The force says": a police force, in British use)
    "army": ("army", "armee", "military", "militar", "forces", "defense", "defence"),
    "military": ("army", "armee", "military", "militar", "forces", "defense", "defence", "pentagon"),
    "ministry": ("ministry", "ministere", "ministerio", "department", "departement"),
    "union": ("union", "syndica", "cgt", "cfdt", "fo", "afl-cio"),
    # (a public body of any name, not an NGO: "the agency" after "the Oregon Department of Forestry")
    "agency": ("agency", "agence", "agencia", "department", "departement", "office", "service", "bureau", "administration",
              "authorit", "autorite", "commission", "directorate", "direction", "institut"),
    "institute": ("institut", "instituto", "institute"),
    "firefighters": ("fire", "sdis", "sris", "pompier", "sapeurs", "incendie", "bombero"),
    "association": ("association", "asociacion", "collecti", "coalition", "federation"),
    # (a charity, not whatever body spoke last: « Trois personnes sont mortes, selon l'ONG » after the hospital)
    "charity": _CHARITY_STEMS,
    "ngo": _CHARITY_STEMS,
    # (a body that trades nothing: an association, a charity, a foundation; not "Saveurs Collectives", a firm)
    "nonprofit": ("association", "asociacion", "charit", "ngo", "ong", "fondation", "foundation", "croix-rouge", "red cross",
                  "humanitar", "caritas", "oxfam"),
}
# Words that make a capitalised name a body's, not a person's: "Tarnside Water", "Caledon Rail", "Harbour Trust"
BODY_NAME_WORDS = ("water", "energy", "electric", "rail", "railways", "airlines", "airways", "bank",
                   "group", "holdings", "trust", "council", "university", "hospital", "foundation", "company",
                   # an institution that speaks for itself: "Skelwick Royal Infirmary says 11 people …"
                   "infirmary", "clinic", "clinics", "hospice", "school", "academy", "college", "prison",
                   "ltd", "plc", "inc", "llc", "limited",   # a company's legal form: "Skelwick Air Festival Ltd"
                   "corporation", "network", "services", "cruises", "ferries", "transport", "telecom", "insurance",
                   "utilities", "authority", "board", "commission", "committee", "league", "union", "federation",
                   "dairy", "creamery", "brewery", "bakery", "distillery", "cannery", "cooperative", "laboratories",
                   # a trade in the name: "Northway Fuels", "Fellside Staging", "Harbour Foods", "Estuary Civils"
                   "fuels", "oil", "petroleum", "mining", "chemicals", "pharma", "pharmaceuticals",
                   "foods", "farms", "logistics", "haulage", "freight", "construction", "civils", "engineering", "staging",
                   "security", "systems", "industries", "motors", "media", "housing", "homes", "estates", "supplies",
                   "trains", "buses", "coaches", "trams", "tramways", "railway", "airport",   # an operator: "Cressmoor Trains"
                   "copper", "minerals", "metals", "resources", "quarries", "cement", "textiles", "shipping", "aviation",
                   # a rescue service: "Civil Protection", "Civil Defence", "Coast Guard" is nobody's name
                   "protection", "defence", "defense", "rescue", "guard", "brigade")
ORGANISATION_POSSESSIVES = ("its", "their")                          # "its volunteers had found": the owner speaks
PERSON_POSSESSIVES = ("his", "her")                                # "according to his information": a person's
# "according to its management", "its director said" (no name after): the body
OWNED_MANAGEMENT = (r"(?:its|their)\s+(?:management|administration|board|director|spokesperson|spokesman|spokeswoman|president|"
                    r"chairman|chairwoman|chair|press\s+office|communications?\s+(?:team|office|department))",)
COLLECTIVE_NOUNS = ("staff", "crew", "personnel", "team")            # "its crew"
# One person of a body, not the body (folded): "the union steward" is not "the union"
PERSON_ROLES = (r"president|leader|spokes\w*|representative|secretary|director|head|chief|chair\w*|delegate|steward|"
                r"member")
# A group named by one person's role (folded): "a police spokeswoman", "the minister of ..."
ONE_PERSON_ROLES = (r"spokes(?:man|woman|person)|minister|director|chief|president|mayor|governor|voivode|secretary|commissioner|"
                    r"superintendent|coordinator|manager")
# a verb of speech right after two capitalised words opening a sentence makes them a person ("Harish Tandon spoke")
SPEECH_AFTER_NAME = (r"said|says|told|tells|spoke|speaks|added|explained|insisted|warned|argued|stressed|noted|"
                     r"reported|reports|announced|announces|confirmed|confirms|estimated|estimates|counted|counts")
# how long it took, after a name: "seen by Dr Coulibaly in three days" (the doctor, not the days)
DURATION_TAIL = (r"(?:in|over|within|during)\s+(?:the\s+)?(?:(?:last|past|first|next)\s+)?(?:[\w-]+\s+)?"
                 r"(?:days?|hours?|weeks?|months?|nights?)(?:\s+[^\s\d]+){0,3}")
# after a name opening a sentence, what says a person is described: "Petroc Chugg was on holiday", "Ann Ray, 44,"
PERSON_DESCRIBED_AFTER = (r"was|is|had|has|lives|lived|works|worked|runs|ran|owns|did\s+not|didn't|refused|wanted|"
                          # ("Ann Ray, chair of the club, said": a role in apposition)
                          r"(?<=,\s)(?:a|an|\d{1,3}|who|whose|(?-i:[a-z]+)\s+(?:of|from|at))")
# 'A text from Rojda, stuck on the lake road: "…"', 'And Evan, who writes from Aiguelonne: "…"': the writer speaks
MESSAGE_FROM = r"(?:an?|the|this)\s+(?:text|message|email|e-mail|tweet|call)\s+from\s+"
WRITER_RELATIVE = r"who\s+(?:writes|texts|calls|emails|wrote|has\s+written)"
# '"12 pregnant women in hospital" (TikTok video, 31 March)': an online post credited after the quote
POST_NOUNS = ("video", "post", "message", "tweet", "reel", "story")
# "It is by adding them that one passes 200": a presentative opens the sentence, it names nobody
PRESENTATIVES = r"it\s+is|it's|it\s+was|there\s+is|there's|there\s+are|there\s+was|there\s+were|here\s+is|here\s+are"
REFLEXIVE_STRESS = ("itself", "themselves", "himself", "herself")   # "the union itself"
FIRST_PERSON_POSSESSIVES = ("our",)                                 # "Our workers on the ground tell us", in a quote
SUBJECT_CLITICS = ()   # (French « vous » before its verb reads as a clitic too: English has none)
PLURAL_PERSON_ENDING = r"(?!)"
SECOND_PERSON = ("you", "your")
SECOND_PERSON_POSSESSIVES = ("your",)
# a figure set against another as a ratio, restated, not told: "500 is nearly double the official estimate"
RATIO_AFTER = (r"\s+(?:is|was|are|were)\s+(?:nearly\s+|almost\s+|about\s+|roughly\s+|more\s+than\s+|less\s+than\s+)?"
               r"(?:double|twice|half|triple|(?:three|four|five|ten)\s+times)(?![\w'-])")   # "Your 38 houses are a joke": the other one's figure, quoted back                                     # "Dr Marsh, your figures": Dr Marsh is spoken to
FIRST_PERSON = ("i", "we")                                          # "We counted": the quoted speaker
HEAD_LINKS = ("at", "of", "in", "on", "for", "from", "near")        # "a breach at Harlow Clinics": the head is "a breach"
PLACE_NAME_LEADS = ("in", "at", "near", "from", "to", "outside", "around", "of")   # "in Gates Ridge": a place
# "Those were the words of Dawn Felling": a noun of speech before "of" makes the name after it a person's
PERSON_AFTER_OF = r"(?:words|remarks|comments|testimony|account|message|voice)\s+of\s*$"
TOWN_LEADS = ("in", "near", "outside")                             # "Marches took place in Dravik": a town
# Head nouns of a phrase that speaks for a country: "South Korean estimates" is South Korea
SPOKESPEOPLE = (r"officials?|sources?|authorit(?:y|ies)|governments?|leaders?|diplomats?|intelligence|estimates?|figures|"
                r"administration|military|army|spokes\w*")
# Short words that are no acronym in title case ("Who", "One", "Fed" are not WHO, ONE, FED)
COMMON_SHORT_WORDS = ("who", "one", "can", "are", "not", "all", "was", "its", "our", "out", "use", "page", "plan", "fed")
NAME_DETERMINERS = ("the", "a", "an", "its", "their")             # "the ministry" is "ministry"
# The last word of a place's name: "Gates Ridge", "Second Avenue", "Kelvin Road" are nobody
# a people's adjective before a body's name: "the Lorvenian Red Cross" (a national branch)
DEMONYM_BEFORE = (r"[A-Z][a-z]+(?:ian|an|ese|ish|ch|i)",)
DEMONYM_AFTER = ()
# its ending, cut for the stem both languages share: "Ossaglian" (« ossaglienne ») -> "ossagl" (folded)
DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "an")
# a storm's or a cyclone's name is no one's: "Typhoon Marikit", "Hurricane Delia"
NAMED_EVENT_LEADS = ("Typhoon", "Super Typhoon", "Hurricane", "Cyclone", "Tropical Cyclone", "Storm", "Tropical Storm", "Medicane")
PLACE_NAME_TAILS = ("Gate", "Street", "Square", "Bridge", "Park", "Stadium", "Avenue", "Road", "Hospital", "University",
                    "Airport", "Station", "Port", "Harbour", "Harbor", "Valley", "River", "Lake", "Mountain", "Island",
                    "Beach", "Market", "Hall", "Palace", "Tower", "Centre", "Center", "Ridge", "Hill", "Creek", "Canyon",
                    "Falls", "Heights", "Springs", "Bay", "Point", "Peak", "Crossing", "Junction", "Mesa", "Flats?")
# the speaker's own self (case matters: "I"): "I've been to four stations" is an errand, not a count
FIRST_PERSON_SINGULAR = r"I|I've|I'm|I'd|(?i:my|me)"
