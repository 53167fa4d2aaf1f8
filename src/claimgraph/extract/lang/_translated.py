"""Words that machine translation leaves in the source language, in French and English copy alike.

A page translated from Latvian, Slovak or Polish keeps "3,2 tūkst.", "3,4 tis.", "2,6 tys." (thousands) and
"apm." (about): the translator passes abbreviations through. ``en.py`` and ``fr.py`` merge these into their own
word classes; they are no words of either language.
"""

__all__ = ["ABBREVIATIONS", "QUALIFIERS", "SCALES"]

# thousands and millions, abbreviated: Czech and Slovak "tis.", Polish "tys.", Latvian and Lithuanian "tūkst.",
# Estonian "tuh."; "mln" (Polish, Lithuanian, Czech), "milj." (Latvian, Finnish, Estonian)
SCALES = {"tis.": 1e3, "tys.": 1e3, "tūkst.": 1e3, "tūkst": 1e3, "tuh.": 1e3, "mln": 1e6, "mln.": 1e6, "milj.": 1e6}
# "apm. 3,2 tūkst.", "cca 400": about (Latvian "aptuveni", Czech and Slovak "cca")
QUALIFIERS = [(r"apm\.", "about"), (r"cca\.?", "about")]
# their full stop ends no sentence ("apm. 3,2 tūkst. visiteurs")
ABBREVIATIONS = ("apm", "cca", "tis", "tys", "tūkst", "tuh", "milj", "mln")
