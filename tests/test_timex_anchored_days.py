"""Days and months inside a period the text dated (TIDES: write what is known, X for the
rest), and a day set off right after a written date. Published Wednesday 2025-06-25,
invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from store.timex import tag
from tests.timex_helpers import PUB, value_of

INSIDE_A_PERIOD = [
    # TIDES: a day inside the coarser period the text last dated keeps what is known of it
    # and writes X for the rest; its range is that period
    ("In October 2024 a storm struck. The bridge closed that same day.", "that same day",
     "2024-10-XX", date(2024, 10, 1), date(2024, 10, 31)),
    ("In 2024 the dam broke. That day the river flooded.", "That day", "2024-XX-XX",
     date(2024, 1, 1), date(2024, 12, 31)),
    ("In 2024 the dam broke. That month the river flooded.", "That month", "2024-XX",
     date(2024, 1, 1), date(2024, 12, 31)),
    # a count of days from a month (or of weeks from a year) has no day to count from
    ("The Tarnby mill shut in May. Two days later, it reopened.", "Two days later",
     "2025-05-XX", date(2025, 5, 1), date(2025, 5, 31)),
    ("The Tarnby mill shut in 2019. Two weeks later, it reopened.", "Two weeks later",
     "2019-WXX", date(2019, 1, 1), date(2019, 12, 31)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "value", "start", "end"), INSIDE_A_PERIOD)
def test_a_day_inside_a_dated_period(text, phrase, value, start, end):
    hits = [m for m in tag(text, PUB) if m.text == phrase]
    assert hits, [(m.text, m.value) for m in tag(text, PUB)]
    m = hits[0]
    assert (m.value, m.when.start, m.when.end, m.when.approximate) == (value, start, end, True)


def test_that_same_day_is_the_day_just_dated():
    text = "On May 2 the dam broke. That same day the river flooded."
    assert value_of(text, "That same day") == ("DATE", "2025-05-02")


def test_a_day_set_off_after_a_date_renames_it():
    """ "May 12, the day before the vote": the apposition names the written day (TIDES)."""
    text = "Shares fell after May 12, the day before the vote, and rose later."
    assert value_of(text, "the day") == ("DATE", "2025-05-12")
    # not set off right after a day: still a day the text does not write
    text = "Shares fell on May 12. On the day before the vote, they rose."
    assert value_of(text, "the day") == ("DATE", "XXXX-XX-XX")
