"""Two dates joined as a range ("from X to Y", "between X and Y") read in order: a side
written without a year takes the year that puts it on the right side of the other (TimeML
tags each end as its own DATE; a range that ends before it starts is a misreading)."""

from __future__ import annotations

from datetime import date

import pytest

from store.timex import tag

ROWS = [
    # (published, sentence, first end, second end)
    (date(2012, 6, 20), "The Tarnby fair will run from June 1 through June 15.",
     "2013-06-01", "2013-06-15"),
    (date(2012, 6, 20), "The Tarnby fair runs from June 1 to June 15.", "2013-06-01",
     "2013-06-15"),
    (date(2012, 12, 1), "The Tarnby fair runs from Dec. 28 to Jan. 3.", "2012-12-28",
     "2013-01-03"),
    (date(2014, 3, 1), "The Tarnby fair ran from Dec. 20 to Jan. 5, 2013.", "2012-12-20",
     "2013-01-05"),
    (date(2012, 12, 1), "The ferry will run from October to March.", "2013-10", "2014-03"),
    # a past clause: the first end moves back, so the range ends by publication
    (date(2030, 11, 20), "Kestrel Lines sailed to Zenda from November to April.", "2029-11",
     "2030-04"),
    (date(2030, 11, 1), "The Zenda fair ran from Dec. 20 to Feb. 10.", "2029-12-20",
     "2030-02-10"),
    # already in order: nothing moves
    (date(2012, 6, 20), "Talks were held between May 30 and June 3.", "2012-05-30",
     "2012-06-03"),
    (date(2012, 6, 20), "Talks ran from Dec. 28 to Jan. 3.", "2011-12-28", "2012-01-03"),
]  # fmt: skip


@pytest.mark.parametrize(("pub", "text", "first", "second"), ROWS)
def test_range_ends_in_order(pub, text, first, second):
    values = [m.value for m in tag(text, pub) if m.type == "DATE"]
    assert values == [first, second]


def test_the_moved_end_keeps_its_calendar_range():
    pub = date(2012, 12, 1)
    second = tag("The Tarnby fair runs from Dec. 28 to Jan. 3.", pub)[1]
    assert (second.when.start, second.when.end) == (date(2013, 1, 3), date(2013, 1, 3))


def test_dates_not_joined_as_a_range_keep_their_own_years():
    pub = date(2012, 6, 20)
    got = [m.value for m in tag("The fair opened on June 1. On June 15 it will close.", pub)]
    assert got == ["2012-06-01", "2012-06-15"]


def test_weekdays_joined_as_a_range_are_not_moved_by_years():
    pub = date(2012, 6, 20)  # a Wednesday
    for m in tag("The Tarnby fair runs from Thursday to Tuesday.", pub):
        assert m.value.startswith("2012-06")


@pytest.mark.parametrize(
    "text",
    [
        "The Zenda poll was moved from May 20 to May 12.",
        "Kestrel brought its launch forward from Sept. 9 to Sept. 2.",
        "The hearing has been put forward from March 30 to March 3.",
    ],
)
def test_a_day_moved_to_an_earlier_one_is_no_range(text):
    # the old day and the new one: neither is pushed a year to put them "in order"
    pub = date(2030, 11, 20)
    values = [m.value for m in tag(text, pub) if m.type == "DATE"]
    assert values[0][:4] == values[1][:4], values


def test_a_month_moved_to_another_keeps_the_year_its_tense_gives():
    # a past range would move October back a year; the festival moved is this October's
    pub = date(2030, 11, 20)
    values = [m.value for m in tag("The Zenda festival was moved from October to March.", pub)]
    assert values[0] == "2030-10"


def test_a_backward_range_longer_than_nine_months_is_left_as_read():
    # "from August 30 to July 28" would last eleven months: a misreading more likely than a
    # span, so neither end moves a year
    pub = date(2030, 6, 1)
    values = [m.value for m in tag("Roadworks in Zenda run from August 30 to July 28.", pub)]
    assert values == ["2030-08-30", "2030-07-28"]
