"""Extraction quality guards: the suite fails when F1 drops below what we reach.

The floors sit a little under the measured F1 (see docs/extraction.md), so a
change that costs more than a claim or two on a set fails here.
"""
from __future__ import annotations

import pytest

from claimgraph.evaluate import evaluate

# measured F1 at the time the floor was set, in comments
FLOORS = {
    "corpus": 0.96,   # 0.982
    "corpus2": 0.95,  # 1.000
    "corpus3": 0.95,  # 1.000 (live blogs and long quotes of our own; 0.743 first)
    "corpus4": 0.90,  # 0.952 (long pages by a second annotator; 0.757 first)
    "corpus5": 0.90,  # 0.939 (saved HTML, translated text, live blogs; 0.734 first)
    "corpus6": 0.89,  # 0.939 (wire copy, a breach, displaced people by a third annotator; 0.799 first)
    "corpus7": 0.88,  # 0.917 (mainstream news by a fourth annotator: strikes, a press review, an interview; 0.798 first)
    "corpus8": 0.87,  # 0.897 (saved HTML, live blog, press review, translated text by a fifth annotator; 0.798 first)
    "corpus9": 0.86,  # 0.891 (transcripts, Q&A, translated text, a scraped page, a press conference; 0.567 first
                      # with the session's starting code, 0.738 with the code of the day it arrived)
    "corpus10": 0.86,  # 0.892 (two saved pages, a live blog, a scraped page, wire, translated text, a round table,
                       # a press conference, by a sixth annotator; 0.773 first)
    "corpus11": 0.86,  # 0.908 (radio panels, translated text in both languages, a press conference and a presser
                       # transcript, a live blog, a scraped page, by a seventh annotator; 0.769 first)
    "corpus12": 0.87,  # 0.903 (translated text from Portuguese, Italian and German, an interview, two saved pages,
                       # a live blog, a fact-check, by an eighth annotator; 0.831 first)
    "corpus13": 0.87,  # 0.919 (translated text from Spanish, Turkish, German and English, a radio panel, a live
                       # blog, a press conference, wire; 0.846 first)
    "corpus14": 0.81,  # 0.847 (translated text from Polish and Italian, two Q&A interviews, a fact-check, a saved
                       # page, a press-conference transcript, a scraped page, by a ninth annotator; 0.758 first)
    "corpus15": 0.81,  # 0.850 (translated text from Japanese and Portuguese, two debate transcripts, a live blog,
                       # wire, a fact-check, a saved page; 0.825 first)
    "corpus16": 0.82,  # 0.858 (translated text from German, a live blog, a radio panel, a scraped page, a fact-check,
                       # a Q&A interview, wire, a saved page, by an annotator who had not read src/; 0.773 first)
    "corpus17": 0.90,  # 0.935 (translated text from Indonesian, a fact-check, a radio panel, a scraped page, a Q&A
                       # interview, wire, a saved page, a live blog, by an annotator who had not read src/; 0.897 first)
    "corpus18": 0.80,  # 0.837 (translated text from Romanian, a live blog, a radio panel, a scraped page, a Q&A
                       # interview, wire, a fact-check, a saved page, by an annotator who had not read src/; 0.830
                       # first, with the code of the tenth session's start, 2458650)
    "corpus19": 0.85,  # 0.894 (a live blog, wire, a radio panel, a fact-check, a saved page, a scraped page, translated
                       # text from Spanish, a Q&A interview, by an annotator who had not read src/; 0.894 first, with
                       # the code of the eleventh session's start, 6e2c86b)
    "corpus20": 0.79,  # 0.834 (a live blog, translated text from Italian, a radio panel, a Q&A interview, a saved
                       # page, a fact-check, a scraped page, wire, by an annotator who had not read src/; 0.834 first,
                       # with the code of the twelfth session's start, f3a9bc3)
    "corpus21": 0.80,  # 0.896 (a live blog, translated text from Arabic, a Q&A interview, a fact-check, wire, a saved
                       # page, a radio panel, a scraped page, by an annotator who had not read src/; 0.809 first,
                       # with the code of the thirteenth session's start, 952a6bc)
    "corpus22": 0.85,  # 0.892 (a live blog, translated text from Russian, wire, a saved page, a radio panel, a scraped
                       # page, a fact-check, a Q&A interview, by an annotator who had not read src/; 0.840 first, with
                       # the code of the fifteenth session's start, 50c5bb3)
    "corpus23": 0.85,  # 0.921 (a live blog, a scraped page, wire, a radio panel, a saved page, translated text from
                       # English, a fact-check, a Q&A interview, by an annotator who had not read src/; 0.813 first,
                       # with the code of the sixteenth session's start, 354f23c)
    "corpus24": 0.88,  # 0.937 (a scraped page, a radio panel, translated text from Greek, wire, a live blog, a
                       # fact-check, a saved page, a Q&A interview, by an annotator who had not read src/; 0.912 first,
                       # with the code of the seventeenth session's start, 9d11f8f)
    "corpus25": 0.84,  # 0.885 (a scraped page, a radio panel, translated text from Dutch, wire, a live blog, a
                       # fact-check, a saved page, a Q&A interview, by an annotator who had not read src/; 0.835 first,
                       # with the code of the eighteenth session's start, d4c00e9)
    "corpus26": 0.85,  # 0.919 (a scraped page, wire, a live blog, a fact-check, a radio panel, translated text from
                       # Polish, a saved page, a Q&A interview, by an annotator who had not read src/; 0.870 first,
                       # with the code of the nineteenth session's start, f494fb1)
    "corpus27": 0.86,  # 0.919 (a live blog, a scraped page, wire, a fact-check, a saved page, a radio panel,
                       # translated text from Spanish, a Q&A interview, by an annotator who had not read src/; 0.858
                       # first, with the code of the twentieth session's start, 16300b6)
    "corpus28": 0.84,  # 0.896 (a live blog, a scraped page, wire, a fact-check, a saved page, a radio panel,
                       # translated text from Italian, a Q&A interview, by an annotator who had not read src/; 0.818
                       # first, with the code of the twenty-first session's start, ac56e53)
    "corpus29": 0.86,  # 0.900 (a live blog, a scraped page, wire, a fact-check, a saved page, a radio panel,
                       # translated text from Portuguese, a Q&A interview, by an annotator who had not read src/;
                       # 0.873 first, with the code of the twenty-second session's start, 5a4de42)
    "corpus30": 0.87,  # 0.912 (a live blog, a scraped page, wire, a fact-check, a saved page, a radio panel,
                       # translated text from Spanish, a Q&A interview, by an annotator who had not read src/;
                       # 0.891 first, with the code of the twenty-third session's start, 81235cc)
    "corpus31": 0.86,  # 0.896 (a live blog, a scraped page, wire, a fact-check, a saved page, a radio panel,
                       # translated text from Portuguese, a Q&A interview, by an annotator who had not read src/;
                       # 0.878 first, with the code of the twenty-fourth session's start, a76eda4)
    "corpus32": 0.85,  # 0.890 (a live blog, wire, a scraped page, a fact-check, a radio panel, a Q&A interview, a
                       # saved page, translated text from German, by an annotator who had not read src/; 0.850
                       # first, with the code of the twenty-fifth session's start, e40d4c5)
    "corpus33": 0.84,  # 0.880 (a live blog, wire, a scraped page, a fact-check, a radio panel, a Q&A interview, a
                       # saved page, translated text from Italian, by an annotator who had not read src/; 0.838
                       # first, with the code of the twenty-sixth session's start, 37687c4)
    "corpus34": 0.84,  # 0.881 (a live blog, a scraped page, a radio panel, a fact-check, a Q&A interview, a saved
                       # page, translated text from German, wire, by an annotator who had not read src/; 0.881 first,
                       # with the code of the twenty-seventh session's start, 90c121e)
    "corpus35": 0.85,  # 0.895 (a live blog, a Q&A interview in markdown, a scraped page, a saved page, a radio panel,
                       # translated text from Italian, a fact-check, wire, by an annotator who had not read src/;
                       # 0.839 first, with the code of the twenty-eighth session's start, 77c3606)
    "corpus36": 0.88,  # 0.932 (a live blog, a scraped page, a radio panel, a saved page, a fact-check, translated
                       # text from Polish, wire, a Q&A interview, by an annotator who had not read src/; 0.863 first,
                       # with the code of the twenty-ninth session's start, ec2f58f)
    "corpus37": 0.87,  # 0.906 (a live blog, a scraped page, a radio panel, a saved page, a fact-check, translated
                       # text from Turkish, wire, a Q&A interview, by an annotator who had not read src/; 0.832 first,
                       # with the code of the thirtieth session's start, 2848a9f)
    "corpus38": 0.87,  # 0.925 (a live blog, a scraped page, a radio panel, a saved page, a fact-check, translated
                       # text from Portuguese, wire, a Q&A interview, by an annotator who had not read src/; 0.892
                       # first, with the code of the thirty-first session's start, 626b4b7)
    "corpus39": 0.86,  # 0.900 (a live blog, a scraped page, a radio panel, a saved page, a fact-check, translated
                       # text from Spanish, wire, a Q&A interview, by an annotator who had not read src/; 0.821
                       # first, with the code of the thirty-second session's start, 17ab39e)
    "corpus40": 0.88,  # 0.937 (a live blog, a scraped page, a radio panel, a saved page, a fact-check, translated
                       # text from German, wire, a Q&A interview, by an annotator who had not read src/; 0.873
                       # first, with the code of the thirty-third session's start, a8461c5)
    "corpus41": 0.85,  # 0.887 (a live blog, a scraped page, wire, a fact-check, a saved page, a radio panel, text
                       # translated from Norwegian, a Q&A interview, by an annotator who had not read src/; 0.862
                       # first, with the code of the thirty-fourth session's start, f6b3e73)
    "corpus42": 0.90,  # 0.952 (a live blog, a scraped page, wire, a fact-check, a saved page, a radio panel, text
                       # translated from Slovak, a Q&A interview, by an annotator who had not read src/; 0.943
                       # first, with the code of the thirty-fifth session's start, 7736253)
    "corpus43": 0.86,  # 0.909 (a live blog, a scraped page, wire, a fact-check, a saved page, a radio panel, text
                       # translated from Bulgarian, a weekly recap, by an annotator who had not read src/; 0.874
                       # first, with the code of the thirty-sixth session's start, 25feca9)
    "corpus44": 0.91,  # 0.965 (a live blog, a scraped page, wire with crossheads, a fact-check, a saved page, a radio
                       # panel, text translated from Czech, a weekly recap, by an annotator who had not read src/;
                       # 0.904 first, with the code of the thirty-seventh session's start, 7902412)
    "corpus45": 0.89,  # 0.943 (a live blog, a scraped page, wire with crossheads, a fact-check, a saved page, a radio
                       # panel, text translated from Hungarian, a weekly recap, by an annotator who had not read src/;
                       # 0.906 first, with the code of the thirty-eighth session's start, 08973cd)
    "corpus46": 0.84,  # 0.888 (a live blog, a scraped page, wire with crossheads, a fact-check, a saved page, a radio
                       # panel, text translated from Slovene, a weekly recap, by an annotator who had not read src/;
                       # 0.812 first, with the code of the thirty-ninth session's start, ec57f4f)
    "corpus47": 0.90,  # 0.950 (a live blog, a scraped page, wire with crossheads, a fact-check, a saved page, a radio
                       # panel, text translated from Finnish, a weekly recap, by an annotator who had not read src/;
                       # 0.908 first, with the code of the fortieth session's start, dd4429d)
    "corpus48": 0.85,  # 0.897 (a live blog, a scraped page, wire with crossheads, a fact-check, a saved page, a radio
                       # panel, text translated from Swedish, a weekly recap, by an annotator who had not read src/;
                       # 0.897 first, with the code of the forty-first session's start, b94a803)
    "corpus49": 0.88,  # 0.926 (a live blog, a scraped page, wire with crossheads, a fact-check, a saved page, a radio
                       # panel, text translated from Catalan, a weekly recap, by an annotator who had not read src/;
                       # 0.905 first, with the code of the forty-second session's start, 866fbba)
    "corpus50": 0.86,  # 0.904 (a French live blog, an English scraped page, French wire copy, an English fact-check,
                       # an English saved page, a French radio panel, text translated from Croatian, a French weekly
                       # recap, by an annotator who had not read src/; 0.889 first, with the code of the forty-third
                       # session's start, adaa4b7)
    "corpus51": 0.87,  # 0.920 (an English live blog, a French scraped page, English wire copy, a French fact-check,
                       # a French saved page, an English TV panel, text translated from Lithuanian, an English weekly
                       # recap, by an annotator who had not read src/; 0.854 first, with the code of the forty-fourth
                       # session's start, 6766dbe)
    "corpus52": 0.88,  # 0.933 (an English live blog, a French scraped page, English wire copy, a French fact-check,
                       # a French saved page, an English TV panel, text translated from Finnish, an English Q&A
                       # interview, by an annotator who had not read src/; 0.875 first, with the code of the
                       # forty-fifth session's start, e8d63ed)
    "corpus53": 0.82,  # 0.869 (a French live blog, an English scraped page, French wire copy, an English fact-check,
                       # an English saved page, a French TV news transcript, text translated from Hungarian, a French
                       # press review, by an annotator who had not read src/; 0.819 first, with the code of the
                       # forty-sixth session's start, 3c5a677; 0.887 at the forty-seventh session's end)
    "corpus54": 0.87,  # 0.924 (an English live blog, a French scraped page, English wire copy with a correction note,
                       # a French fact-check, a French saved page, an English radio phone-in, text translated from
                       # Romanian, an English timeline, by an annotator who had not read src/; 0.889 first, with the
                       # code of the forty-seventh session's start, 6c5220e)
    "corpus55": 0.89,  # 0.944 (an English live blog, a French scraped page, English wire copy, a French fact-check,
                       # a French saved page, an English TV studio transcript, text translated from Dutch, an English
                       # "in numbers" recap, by an annotator who had not read src/; 0.891 first, with the code of the
                       # forty-eighth session's start, 466fbad)
    "corpus56": 0.89,  # 0.943 (an English live blog, a French scraped page, English wire copy, a French fact-check,
                       # a French saved page, an English TV studio transcript, text translated from Polish, an English
                       # "in numbers" recap, by an annotator who had not read src/; 0.900 first, with the code of the
                       # forty-ninth session's start, 77db140)
    "corpus57": 0.88,  # 0.937 (a French live blog, an English scraped page, French wire copy, an English fact-check,
                       # an English saved page, a French radio phone-in, text translated from Slovak, a French « en
                       # chiffres » recap, by an annotator who had not read src/; 0.929 first, with the code of the
                       # fiftieth session's start, b575efd)
    "corpus58": 0.88,  # 0.933 (an English live blog, a French scraped page, English wire copy, a French fact-check,
                       # a French saved page, an English TV studio transcript, text translated from Latvian, an English
                       # "in numbers" recap, by an annotator who had not read src/; 0.871 first, with the code of the
                       # fifty-first session's start, 2975768)
    "corpus59": 0.89,  # 0.944 (a French live blog, an English scraped page, French wire copy, an English fact-check,
                       # an English saved page, a French radio phone-in, text translated from Greek, a French « en
                       # chiffres » recap, by an annotator who had not read src/; 0.875 first, with the code of the
                       # fifty-second session's start, afd7e01)
    "corpus60": 0.92,  # 0.968 (an English live blog, a French scraped page, English wire copy, a French fact-check,
                       # a French saved page, an English TV studio transcript, text translated from Albanian, an English
                       # "in numbers" recap, by an annotator who had not read src/; 0.842 first, with the code of the
                       # fifty-third session's start, b1e5b74)
    "corpus61": 0.86,  # 0.908 (a French live blog, an English scraped page, French wire copy, an English fact-check,
                       # an English saved page, a French radio phone-in, text translated from Maltese, a French « en
                       # chiffres » recap, by an annotator who had not read src/; 0.831 first, with the code of the
                       # fifty-fourth session's start, 217663f)
    "corpus62": 0.84,  # 0.887 (an English live blog, a French scraped page, English wire copy, a French fact-check,
                       # a French saved page, an English TV studio transcript, text translated from Irish, an English
                       # "in numbers" recap, by an annotator who had not read src/; 0.856 first, with the code of the
                       # fifty-fifth session's start, cac9962)
    "corpus63": 0.84,  # 0.886 (a French live blog, an English scraped page, French wire copy, an English fact-check,
                       # an English saved page, a French radio phone-in, text translated from Basque, a French « en
                       # chiffres » recap, by an annotator who had not read src/; 0.839 first, with the code of the
                       # fifty-sixth session's start, 589ed33)
    "corpus64": 0.84,  # 0.884 (an English live blog, a French scraped page, English wire copy, a French fact-check,
                       # a French saved page, an English TV studio transcript, text translated from Latvian, an English
                       # "in numbers" recap, by an annotator who had not read src/; 0.828 first, with the code of the
                       # fifty-seventh session's start, f9a9638)
    "corpus65": 0.87,  # 0.948 (a French live blog, an English scraped page, French wire copy, an English fact-check,
                       # an English saved page, a French radio transcript, text translated from Finnish, a French « en
                       # chiffres » recap, by an annotator who had not read src/; 0.904 first, with the code of the
                       # fifty-eighth session's start, 70e10c2)
    "corpus66": 0.89,  # 0.950 (an English live blog, a French scraped page, English wire copy, a French fact-check, a
                       # French saved page, an English TV studio transcript, text translated from Icelandic, an "in
                       # numbers" recap, by an annotator who had not read src/; 0.934 first, with the code of the
                       # fifty-ninth session's start, 25dbb25)
    "corpus67": 0.87,  # 0.911 (a French live blog, an English scraped page, French wire copy, an English fact-check, an
                       # English saved page, a French radio transcript, text translated from Swedish, an « en
                       # chiffres » recap, by an annotator who had not read src/; 0.908 first, with the code of the
                       # sixtieth session's start, 4997cc1)
    "corpus68": 0.91,  # 0.952 (an English live blog, a French scraped page, English wire copy, a French fact-check, a
                       # French saved page, an English TV studio transcript, French text translated from Croatian, an
                       # "in numbers" recap, by an annotator who had not read src/; 0.919 first, with the code of the
                       # sixty-first session's start, abbf6ae)
    "data": 0.95,     # 0.982
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_own_annotated_sets_keep_their_f1(name, corpus_dir, data_dir):
    directory = data_dir if name == "data" else corpus_dir.parent / name
    score = evaluate(directory)
    assert score.required >= 25
    misses = [(d, g.get("claimant")) for d, g, _ in score.misses]
    false = [(d, c.get("claimant"), c.get("value")) for d, c in score.false_claims]
    assert score.f1 >= FLOORS[name], f"F1 {score.f1:.3f}; misses {misses}; false {false}"


def test_shared_development_set_f1(shared_dev):
    score = evaluate(shared_dev)
    assert score.f1 >= 0.95, f"F1 {score.f1:.3f}"


HELD_OUT_FLOORS = {
    "holdout": 0.75,   # 0.922
    "holdout2": 0.75,  # 0.957
    "holdout3": 0.80,  # 0.942 (0.766 blind)
    "holdout4": 0.80,  # 0.890 (0.721 blind)
    "holdout5": 0.84,  # 0.888 (0.819 first), never tuned on
    # long real-looking pages, written blind for the issue "Extraction that survives real pages"; never
    # tuned on (only their scores were read): first 0.773 and 0.763 with the code before that work
    "holdout6": 0.84,  # 0.898
    "holdout7": 0.82,  # 0.866
    # six more, written blind in the session that made the extractor linear: 0.867 at first reading,
    # with the code of both the session's start and its end
    "holdout8": 0.82,  # 0.867
    # six more (a saved page, a live blog, a scraped page, wire copy, translated text, a round-table
    # interview), written blind on 2026-11-30: 0.728 at first reading with the code of that session's start
    "holdout9": 0.79,  # 0.828 (0.767 at the end of that session, 0.810 at the start of the next)
    # eight more (two saved pages, a live blog, a scraped page, wire, translated text, a radio panel, a Q&A),
    # written blind in the session after: 0.876 at first reading, with the code of that session's start
    "holdout10": 0.84,  # 0.876
    # eight more (two saved pages, a live blog, a scraped page, wire, translated text, a radio panel, a press
    # conference), written blind in the session of --max-ratio: 0.841 at first reading (commit 5f9b425)
    "holdout11": 0.84,  # 0.879 (0.859 at the start of the session of 2026-11-30, night)
    # six more (a saved page, a live blog, wire, translated text, a radio interview, a press conference), written
    # blind at the end of that session: 0.794 at first reading (b08fd19), and 0.794 with the session's starting code
    "holdout12": 0.83,  # 0.869 (0.826 at the start of the session after, 0.844 at the start of the next)
    # eight more (a live blog, translated text, a press conference, a radio panel, a scraped page, a saved page,
    # wire, a fact-check), written blind in the session after: 0.796 at first reading (537dce1)
    "holdout13": 0.79,  # 0.835 (0.802 at the start of the session after)
    # eight more (a live blog, translated text into both languages, a press conference, a scraped page, a saved
    # page, wire, an interview), written blind later that session: 0.818 at first reading (5262a4f), 0.828 with
    # the code of the commit after (7adecd1), which was written without reading it; its helper was given the
    # topic list of corpus13 by mistake (about six topics shared, texts different): later readings are less blind
    "holdout14": 0.79,  # 0.828
    # eight more (translated text from two languages, a Q&A interview, a fact-check, a live blog, a saved page, a
    # press conference, wire), written blind in the session after: 0.739 at first reading (7f175f0)
    "holdout15": 0.70,  # 0.742
    # eight more (translated text from two languages, a Q&A interview, a fact-check, a live blog, a saved page, a
    # radio panel, a scraped regional page), written blind in the session after: 0.828 at first reading (4b6afba)
    "holdout16": 0.79,  # 0.828
    # eight more (a live blog, translated text from Italian, a TV panel, a scraped page, a Q&A interview, a
    # fact-check, a saved page, wire), written blind in the ninth session of issue 11: 0.822 at first reading,
    # with the code of that session's start (c30ed71) and of the commit it arrived at (14bc418)
    "holdout17": 0.79,  # 0.822
    # eight more (a live blog, a TV panel, translated text from French, a saved page, a fact-check, a scraped page,
    # a Q&A interview, wire), written blind in the tenth session of issue 11: 0.781 at first reading with the code
    # of that session's start (2458650), 0.783 with the commit it arrived after (dc6b251)
    "holdout18": 0.75,  # 0.783
    # eight more (a saved page, a live blog, a scraped page, translated text from Dutch, wire, a radio panel, a
    # fact-check, a Q&A interview), written blind in the eleventh session of issue 11: 0.813 at first reading, with
    # the code of that session's start (6e2c86b)
    "holdout19": 0.77,  # 0.813
    # eight more (a live blog, a scraped page, a radio panel, a Q&A interview, a fact-check, wire, translated text
    # from Greek, a saved page), written blind in the twelfth session of issue 11: 0.864 at first reading, with the
    # code of that session's start (f3a9bc3)
    "holdout20": 0.82,  # 0.864
    # eight more (a live blog, a saved page, a radio panel, a fact-check, wire, translated text from French, a
    # scraped page, a Q&A interview), written blind in the thirteenth session of issue 11: 0.894 at first reading,
    # with the code of that session's start (952a6bc)
    "holdout21": 0.85,  # 0.894
    # eight more (a saved page, a live blog, a radio panel, a fact-check, a scraped page, translated text from
    # Italian, wire, a Q&A interview), written blind in the fifteenth session of issue 11: 0.846 at first reading,
    # with the code of that session's start (50c5bb3), and 0.846 at its end
    "holdout22": 0.80,  # 0.846
    # eight more (a saved page, a live blog, translated text from Chinese, wire, a Q&A interview, a radio panel, a
    # scraped page, a fact-check), written blind in the sixteenth session of issue 11: 0.852 at first reading, with
    # the code of that session's start (354f23c)
    "holdout23": 0.80,  # 0.858
    # eight more (a saved page, a radio panel, a live blog, a scraped page, a fact-check, wire, translated text from
    # Portuguese, a Q&A interview), written blind in the seventeenth session of issue 11: 0.876 at first reading,
    # with the code of that session's start (9d11f8f)
    "holdout24": 0.82,  # 0.876
    # eight more (a live blog, a saved page, wire, translated text from Chinese, a fact-check, a radio panel, a Q&A
    # interview, a scraped page), written blind in the eighteenth session of issue 11: 0.890 at first reading, with
    # the code of that session's start (d4c00e9)
    "holdout25": 0.84,  # 0.890
    # eight more (a saved page, a Q&A interview, a live blog, a radio panel, wire, translated text from German, a
    # scraped page, a fact-check), written blind in the nineteenth session of issue 11: 0.813 at first reading, with
    # the code of that session's start (f494fb1)
    "holdout26": 0.77,  # 0.852 (0.813 first)
    # eight more (a scraped page, wire, a fact-check, translated text from Portuguese, a live blog, a saved page, a
    # radio panel, a Q&A interview), written blind in the twentieth session of issue 11: 0.800 at first reading,
    # with the code of that session's start (16300b6)
    "holdout27": 0.76,  # 0.804 (0.800 first)
    # eight more (a live blog, a saved page, a radio panel, a Q&A interview, a scraped page, wire, a fact-check,
    # translated text from German), written blind in the twenty-first session of issue 11: 0.916 at first reading,
    # with the code of that session's start (ac56e53)
    "holdout28": 0.87,  # 0.927 (0.916 first)
    # eight more (a saved page, a live blog, a radio panel, a Q&A interview, a scraped page, wire, a fact-check,
    # translated text from Italian), written blind in the twenty-second session of issue 11: 0.841 at first reading,
    # with the code of that session's start (5a4de42)
    "holdout29": 0.80,  # 0.846 (0.841 first)
    # eight more (a saved page, a live blog, a radio panel, a Q&A interview, a scraped page, wire, a fact-check,
    # translated text from German), written blind in the twenty-third session of issue 11: 0.916 at first reading,
    # with the code of that session's start (81235cc)
    "holdout30": 0.87,  # 0.916 (0.916 first)
    # eight more (a scraped page, wire, a fact-check, translated text from Italian, a saved page, a live blog, a radio
    # panel, a Q&A interview), written blind in the twenty-fourth session of issue 11: 0.902 at first reading, with
    # the code of that session's start (a76eda4)
    "holdout31": 0.87,  # 0.920 (0.902 first)
    # eight more (a saved page, a radio panel, a Q&A interview, a live blog, wire, a fact-check, a scraped page,
    # translated text from Spanish), written blind in the twenty-fifth session of issue 11: 0.929 at first reading,
    # with the code of that session's start (e40d4c5)
    "holdout32": 0.88,  # 0.929 (0.929 first)
    # eight more (wire, a fact-check, a scraped page, translated text from Portuguese, a saved page, a radio panel, a
    # Q&A interview, a live blog), written blind in the twenty-sixth session of issue 11: 0.887 at first reading,
    # with the code of that session's start (37687c4)
    "holdout33": 0.85,  # 0.887 (0.887 first)
    # eight more (a live blog, wire, a radio panel, a saved page, a fact-check, translated text from Arabic, a scraped
    # page, a Q&A interview), written blind in the twenty-seventh session of issue 11: 0.870 at first reading, with
    # the code of that session's start (90c121e)
    "holdout34": 0.83,  # 0.870 (0.870 first)
    # eight more (a live blog, wire, a radio panel, a saved page, a fact-check, translated text from Portuguese, a
    # scraped page, a Q&A interview), written blind in the twenty-eighth session: 0.879 at first reading (77c3606)
    "holdout35": 0.84,  # 0.887 (0.879 first)
    # eight more (a live blog, wire, a radio panel, a saved page, a fact-check, translated text from Vietnamese, a
    # scraped page, a Q&A interview), written blind in the twenty-ninth session: 0.836 at first reading (ec2f58f)
    "holdout36": 0.80,  # 0.836 (0.836 first)
    # eight more (a live blog, wire, a radio panel, a saved page, a fact-check, translated text from Spanish, a
    # scraped page, a Q&A interview), written blind in the thirtieth session: 0.811 at first reading (2848a9f)
    "holdout37": 0.78,  # 0.811 (0.811 first)
    # eight more (a live blog, wire, a radio panel, a saved page, a fact-check, translated text from Arabic, a
    # scraped page, a Q&A interview), written blind in the thirty-first session: 0.895 at first reading (626b4b7)
    "holdout38": 0.86,  # 0.895 (0.895 first)
    # eight more (a live blog, wire, a radio panel, a saved page, a fact-check, translated text from Portuguese, a
    # scraped page, a Q&A interview), written blind in the thirty-second session: 0.882 at first reading (17ab39e)
    "holdout39": 0.85,  # 0.885 (0.882 first)
    # eight more (a live blog, wire, a radio panel, a saved page, a fact-check, translated text, a scraped page, a
    # Q&A interview), written blind in the thirty-third session: 0.904 at first reading (a8461c5)
    "holdout40": 0.86,  # 0.904 (0.904 first)
    "holdout41": 0.87,  # 0.912 (0.912 first)
    # eight more of the same forms, written blind in the thirty-fifth session: 0.902 at first reading (7736253)
    "holdout42": 0.86,  # 0.907 (0.902 first)
    # eight more (a weekly recap among them), written blind in the thirty-sixth session: 0.890 at first reading (25feca9)
    "holdout43": 0.85,  # 0.890 (0.890 first)
    # eight more (a French weekly recap among them), written blind in the thirty-seventh session: 0.883 at first
    # reading (7902412)
    "holdout44": 0.84,  # 0.883 (0.883 first)
    # eight more (an English weekly recap among them), written blind in the thirty-eighth session: 0.893 at first
    # reading (08973cd)
    "holdout45": 0.85,  # 0.893 (0.893 first)
    # eight more (a French weekly recap among them), written blind in the thirty-ninth session: 0.919 at first
    # reading (ec57f4f)
    "holdout46": 0.87,  # 0.919 (0.919 first)
    # eight more (a French weekly recap among them), written blind in the fortieth session: 0.877 at first reading
    # (dd4429d)
    "holdout47": 0.83,  # 0.881 (0.877 first)
    # eight more (an English weekly recap among them), written blind in the forty-first session: 0.918 at first
    # reading (b94a803)
    "holdout48": 0.87,  # 0.922 (0.918 first)
    # eight more (a French weekly recap among them), written blind in the forty-second session: 0.865 at first
    # reading (866fbba)
    "holdout49": 0.85,  # 0.899 (0.865 first)
    # eight more (an English weekly recap among them), written blind in the forty-third session: 0.904 at first
    # reading (adaa4b7)
    "holdout50": 0.86,  # 0.918 (0.904 first)
    # eight more (a French weekly « en chiffres » recap among them), written blind in the forty-fourth session: 0.906 at
    # first reading (6766dbe)
    "holdout51": 0.86,  # 0.910 (0.906 first)
    # eight more (a French weekly « semaine en chiffres » recap among them), written blind in the forty-fifth session:
    # 0.910 at first reading (e8d63ed)
    "holdout52": 0.87,  # 0.916 (0.910 first)
    # eight more (an English "week in numbers" recap and a podcast transcript among them), written blind in the
    # forty-sixth session: 0.925 at first reading (3c5a677)
    "holdout53": 0.88,  # 0.931 (0.925 first)
    # eight more (a French radio debate and an English text translated from Finnish among them), written blind in the
    # forty-seventh session: 0.890 at first reading (6c5220e)
    "holdout54": 0.84,  # 0.890 (0.890 first)
    # eight more (a French « en chiffres » recap and an English text translated from Estonian among them), written
    # blind in the forty-eighth session: 0.878 at first reading (466fbad)
    "holdout55": 0.83,  # 0.878 (0.878 first)
    # eight more (a French radio debate and an English text translated from Czech among them), written blind in the
    # forty-ninth session: 0.858 at first reading (77db140)
    "holdout56": 0.81,  # 0.858 (0.858 first)
    # eight more (an English TV studio transcript and a French text translated from Slovenian among them), written
    # blind in the fiftieth session: 0.843 at first reading (b575efd)
    "holdout57": 0.79,  # 0.843 (0.843 first)
    # eight more (a French radio phone-in and an English text translated from Danish among them), written blind in the
    # fifty-first session: 0.888 at first reading (2975768)
    "holdout58": 0.83,  # 0.888 (0.888 first)
    # eight more (an English TV studio transcript and a French text translated from Icelandic among them), written
    # blind in the fifty-second session: 0.930 at first reading (afd7e01); its annotator reported having read a few
    # files outside its allowed reads, without saying which
    "holdout59": 0.88,  # 0.930 (0.930 first)
    # eight more (a French radio phone-in and an English text translated from Serbian among them), written blind in the
    # fifty-third session: 0.813 at first reading (b1e5b74)
    "holdout60": 0.80,  # 0.846 (0.813 first)
    # eight more (an English TV studio transcript and a French text translated from Ukrainian among them), written blind
    # in the fifty-fourth session: 0.921 at first reading (217663f)
    "holdout61": 0.88,  # 0.924 (0.921 first)
    # eight more (a French radio phone-in and an English text translated from Macedonian among them), written blind in
    # the fifty-fifth session: 0.872 at first reading (cac9962)
    "holdout62": 0.83,  # 0.872 (0.872 first)
    # eight more (an English TV studio transcript and a French text translated from Slovene among them), written
    # blind in the fifty-sixth session: 0.835 at first reading (589ed33)
    "holdout63": 0.79,  # 0.847 (0.835 first)
    # eight more (a French radio phone-in and an English text translated from Estonian among them), written blind in
    # the fifty-seventh session: 0.843 at first reading (f9a9638)
    "holdout64": 0.81,  # 0.858 (0.843 first)
    # eight more (an English TV studio transcript and a French text translated from Hungarian among them), written
    # blind in the fifty-eighth session: 0.901 at first reading (70e10c2)
    "holdout65": 0.87,  # 0.936 (0.901 first)
    # eight more (a French live blog, an English saved page and English text translated from Danish among them),
    # written blind in the fifty-ninth session: 0.951 at first reading (25dbb25)
    "holdout66": 0.90,  # 0.951 (0.951 first)
    # eight more (an English live blog, a French saved page and French text translated from Romanian among them),
    # written blind in the sixtieth session: 0.957 at first reading (4997cc1)
    "holdout67": 0.91,  # 0.965 (0.957 first)
    # eight more (a French live blog, an English saved page and English text translated from Dutch among them),
    # written blind in the sixty-first session: 0.880 at first reading (abbf6ae)
    "holdout68": 0.84,  # 0.883 (0.880 first)
}


@pytest.mark.parametrize("name", sorted(HELD_OUT_FLOORS))
def test_held_out_sets_stay_above_a_floor(name, corpus_dir):
    # a floor well under the measured F1 catches a rule that breaks unseen text
    score = evaluate(corpus_dir.parent / name)
    assert score.f1 >= HELD_OUT_FLOORS[name], f"F1 {score.f1:.3f}"


def test_own_test_corpus_has_both_languages_and_40_gold_claims(corpus_dir):
    from claimgraph.ingest import read_article

    languages = {read_article(p).language for p in corpus_dir.glob("*.txt")}
    assert languages == {"fr", "en"}
    assert evaluate(corpus_dir).required >= 40
