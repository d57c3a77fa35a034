"""A title does not repeat the date that opens its sentence: the row shows it (invented)."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.titles import title_after_date

PUBLISHED = date(2031, 3, 19)  # a Wednesday


def titles(text: str) -> dict[str, str]:
    return {e.when.value: e.title for e in extract_article(text, PUBLISHED).events}


@pytest.mark.parametrize(
    ("sentence", "value", "title"),
    [
        ("On Monday, the Zenda council voted to close the old bridge.", "2031-03-17",
         "Zenda council voted to close the old bridge"),
        ("Last night, on the mayor's orders, the Zenda police closed the old bridge.",
         "2031-03-18TNI", "Zenda police closed the old bridge"),
        ("In March 2030, Strelsau Rail opened a new line to Zenda.", "2030-03",
         "Strelsau Rail opened a new line to Zenda"),
    ],
)  # fmt: skip
def test_the_opening_date_is_the_rows_date_not_its_titles(sentence, value, title):
    assert titles(sentence) == {value: title}


def test_a_date_inside_the_sentence_stays_where_it_is():
    assert titles("Jane Roe closed the Zenda bridge on Monday after a flood.") == {
        "2031-03-17": "Jane Roe closed the Zenda bridge on Monday after a flood"
    }


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("Last week, officials said.", 0, 9),  # too little would be left
        ("Jane Roe said on Monday, the bridge closed for good.", 14, 23),  # not opening it
        ("On Monday the bridge over the Zenda river closed for good.", 3, 9),  # no comma
    ],
)
def test_no_cut_without_an_opening_date_and_a_clause_after_it(sentence, start, end):
    assert title_after_date(sentence, start, end) == ""


def test_offsets_may_be_the_articles():
    sentence = "On Monday, the Zenda council voted to close the old bridge."
    assert title_after_date(sentence, 103, 109, at=100) == (
        "Zenda council voted to close the old bridge"
    )
