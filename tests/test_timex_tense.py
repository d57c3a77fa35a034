"""Tense around a date: a period that closes an abbreviation ends no sentence, so the verb
before it still governs the date ("will ask Ruritania Corp. ... on Monday")."""

from __future__ import annotations

import pytest

from store.timex.tense import tense_at
from tests.timex_helpers import value_of

TENSES = [
    ("The council will ask Ruritania Corp. for a loan on Monday.", "Monday", "future"),
    ("Ruritania Inc. will hold a vote in Mobile, Ala. on Monday.", "Monday", "future"),
    ("They met Ruritania Corp. officials on Monday.", "Monday", "past"),
    ("Jane Roe cited Roe vs. Wade in the hearing on Monday.", "Monday", "past"),
    # a title is one of those abbreviations in any case, as wire copy in capitals writes it
    ("The envoy will brief SEN. Roe on the treaty on Monday.", "Monday", "future"),
    ("The council will thank Dr. Roe in Tarnby on Monday.", "Monday", "future"),
    # a real sentence end still cuts the clause: the verb of the sentence before is not it
    ("Prices will fall. Monday is a holiday in Ruritania.", "Monday", "present"),
    # a present-tense span verb names a stretch still running: its end lies ahead
    ("The Tarnby fair runs through Sunday.", "Sunday", "future"),
    ("The strike in Ruritania lasts until Friday.", "Friday", "future"),
    # "as planned" is no plan of the clause's own: its main verb dates it
    ("The vote in Tarnby went ahead as planned on Friday.", "Friday", "past"),
    ("The vote in Tarnby will go ahead as planned on Friday.", "Friday", "future"),
    ("Ruritania planned a rally on Saturday.", "Saturday", "future"),
]


@pytest.mark.parametrize(("text", "word", "tense"), TENSES)
def test_abbreviations_end_no_sentence(text, word, tense):
    i = text.index(word)
    assert tense_at(text, i, i + len(word)) == tense


def test_the_verb_before_an_abbreviation_points_the_weekday():
    # published Wednesday 2025-06-25: the coming Monday, not the one just gone
    text = "The council will ask Ruritania Corp. for a loan on Monday."
    assert value_of(text, "Monday") == ("DATE", "2025-06-30")


def test_a_letter_longer_in_lowercase_keeps_the_words_in_place():
    # "\u0130".lower() is two characters: the tense words are still found where they stand
    text = "\u0130\u0130\u0130\u0130\u0130\u0130 Ruritania planned a rally on Saturday."
    i = text.index("Saturday")
    assert tense_at(text, i, i + len("Saturday")) == "future"
