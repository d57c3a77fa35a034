"""A clock time whose day follows a parenthetical ("6:15 p.m. (0315 GMT), Thursday") is on
that day: TimeML tags the time and the day as two timexes, and the time's value carries
the day the sentence gives it, not the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from store.timex import tag

PUB = date(2012, 6, 20)  # a Wednesday

ROWS = [
    ("The last ferry left Tarnby near 6:15 p.m. (0315 GMT), Thursday, officials said.",
     "6:15 p.m.", "2012-06-14T18:15", "Thursday", "2012-06-14"),
    ("The quake struck at 3:30 pm local time (1330 UTC) on Tuesday, March 6.",
     "3:30 pm local time", "2012-03-06T15:30", "Tuesday, March 6", "2012-03-06"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "clock", "clock_value", "day", "day_value"), ROWS)
def test_the_day_after_a_parenthetical_dates_the_clock(text, clock, clock_value, day, day_value):
    got = {m.text: (m.type, m.value) for m in tag(text, PUB)}
    assert got[clock] == ("TIME", clock_value)
    assert got[day] == ("DATE", day_value)


def test_a_day_in_a_later_clause_does_not_date_the_clock():
    got = {
        m.text: m.value for m in tag("Polls closed at 8 p.m. (1800 GMT), and Friday was calm.", PUB)
    }
    assert got["8 p.m."] == "2012-06-20T20:00"


def test_the_day_after_the_parenthetical_beats_a_day_named_earlier():
    text = "Kestrel shut the plant on June 11 and reopens it at 8 a.m. (0600 GMT) tomorrow."
    got = {m.text: m.value for m in tag(text, PUB)}
    assert got["8 a.m."] == "2012-06-21T08:00"


def test_a_bracketed_conversion_that_reads_like_a_year_is_no_year():
    text = "Voting in Zenda ended at 9 p.m. (1900 GMT) Sunday, and the count began at once."
    got = {m.text: (m.type, m.value) for m in tag(text, PUB)}
    assert "1900" not in got
    assert got["9 p.m."] == ("TIME", "2012-06-17T21:00")
