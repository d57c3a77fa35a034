"""Closed word lists the rules lean on: speech verbs, titles, abbreviations.

The lists live in `data/*.txt` (each file says what it holds and where it comes from);
this module only names them. Place names, demonyms and organisation words are in
`gazetteer.py`.
"""

from __future__ import annotations

from store.extract.wordlists import _lines, words

SPEECH_VERBS = words("speech_verbs")
AUXILIARIES = words("auxiliaries")
TITLE_ACRONYMS: dict[str, str] = dict(ln.split("|") for ln in _lines("title_acronyms.txt"))
TITLE_WORDS = words("title_words")
ABBREVIATIONS = words("abbreviations")
SENTENCE_STARTERS = words("sentence_starters")
NON_NAMES = words("non_names")
ADJECTIVES = words("adjectives")
REPORT_VERBS = words("report_verbs")
REPORTING_VERBS = SPEECH_VERBS | REPORT_VERBS  # a sentence with one reports something
