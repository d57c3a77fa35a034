"""An event title is cut at a colon that ends a clause ("said: ..."), never at one
inside a word: a web address or a clock time runs on."""

from __future__ import annotations

import pytest

from store.extract.titles import make_title


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("The ministry of Ruritania posted the report at http://example.org/report on Monday.",
         "http://example.org/report"),
        ("The mayor of Zenda opened the bridge at 10:30 on Monday.", "10:30"),
    ],
)  # fmt: skip
def test_a_colon_inside_a_word_does_not_end_the_title(sentence, kept):
    assert kept in make_title(sentence)


def test_a_colon_between_clauses_still_ends_the_title():
    sentence = "The council of Strelsau agreed on one thing on Monday: the bridge stays shut."
    title = make_title(sentence)
    assert title == "The council of Strelsau agreed on one thing on Monday"
