"""parse_when: one user-typed date read against today (Wed 2025-06-25)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.errors import DateParseError
from store.timex import parse_when

TODAY = date(2025, 6, 25)

CASES = [
    ("last Friday", "2025-06-20", "2025-06-20", "2025-06-20"),
    ("friday", "2025-06-20", "2025-06-20", "2025-06-20"),  # bare weekday: the past one
    ("next friday", "2025-06-27", "2025-06-27", "2025-06-27"),
    ("wednesday", "2025-06-25", "2025-06-25", "2025-06-25"),
    ("October 2023", "2023-10", "2023-10-01", "2023-10-31"),
    ("2025-06-21", "2025-06-21", "2025-06-21", "2025-06-21"),
    ("over the weekend", "2025-W25-WE", "2025-06-21", "2025-06-22"),
    ("last week", "2025-W25", "2025-06-16", "2025-06-22"),
    ("last month", "2025-05", "2025-05-01", "2025-05-31"),
    ("yesterday", "2025-06-24", "2025-06-24", "2025-06-24"),
    ("today", "2025-06-25", "2025-06-25", "2025-06-25"),
    ("3 days ago", "2025-06-22", "2025-06-22", "2025-06-22"),
    ("june 1 to june 5", "2025-06-01", "2025-06-01", "2025-06-05"),
    ("june 1-5", "2025-06-01", "2025-06-01", "2025-06-05"),
    ("from May 3 to May 9", "2025-05-03", "2025-05-03", "2025-05-09"),
    ("between 2019 and 2021", "2019", "2019-01-01", "2021-12-31"),
    ("since October 7, 2023", "2023-10-07", "2023-10-07", "2025-06-25"),
    ("Q3 2024", "2024-Q3", "2024-07-01", "2024-09-30"),
    ("the 1990s", "199", "1990-01-01", "1999-12-31"),
    ("7 october 2023", "2023-10-07", "2023-10-07", "2023-10-07"),
    ("JUNE 2025", "2025-06", "2025-06-01", "2025-06-30"),
    ("  on   Monday ", "2025-06-23", "2025-06-23", "2025-06-23"),
]


@pytest.mark.parametrize(("text", "value", "start", "end"), CASES)
def test_parse_when(text, value, start, end):
    w = parse_when(text, TODAY)
    assert w.value == value
    assert (w.start, w.end) == (date.fromisoformat(start), date.fromisoformat(end))


@pytest.mark.parametrize(
    "text",
    ["", "   ", "hello", "may be", "the cat", "55,000", "24/7", "next", "x" * 500]
    + ["2025-02-30", "2025-13-1", "Feb 30, 2025", "on 30 February 2024", "2023-2-29"],
)
def test_not_a_date(text):
    with pytest.raises(DateParseError) as err:
        parse_when(text, TODAY)
    assert "\n" not in str(err.value)


def test_vague_words_are_dates_too():
    assert parse_when("recently", TODAY).value == "PAST_REF"
    assert parse_when("now", TODAY).start == TODAY


MORE = [
    ("in 3 days", "2025-06-28", "2025-06-28"),
    ("within a week", "2025-06-25", "2025-07-02"),
    ("06/21", "2025-06-21", "2025-06-21"),
    ("Q1", "2025-01-01", "2025-03-31"),
    ("H1 2024", "2024-01-01", "2024-06-30"),
    ("1998-Q3", "1998-07-01", "1998-09-30"),
    ("2025-W25", "2025-06-16", "2025-06-22"),
    ("end of june", "2025-06-21", "2025-06-30"),  # the part a boundary names (mod END)
    ("jan-mar 2024", "2024-01-01", "2024-03-31"),
    ("last 30 days", "2025-05-26", "2025-06-25"),
    # typed ISO dates need no zero padding (issue 14, item 14)
    ("2025-06-2", "2025-06-02", "2025-06-02"),
    ("2025-6-2", "2025-06-02", "2025-06-02"),
    ("2025-6", "2025-06-01", "2025-06-30"),
    ("on 2025-6-2", "2025-06-02", "2025-06-02"),
    ("2025-6-2 to 2025-6-5", "2025-06-02", "2025-06-05"),
    ("2025-06-02 - 2025-06-05", "2025-06-02", "2025-06-05"),
    ("2024-25", "2024-01-01", "2025-12-31"),  # the century carries over
]


@pytest.mark.parametrize(("text", "start", "end"), MORE)
def test_parse_when_more_forms(text, start, end):
    w = parse_when(text, TODAY)
    assert (w.start, w.end) == (date.fromisoformat(start), date.fromisoformat(end))


def test_open_ranges():
    assert (parse_when("until friday", TODAY).start, parse_when("until friday", TODAY).end) == (
        None,
        date(2025, 6, 20),
    )
    before = parse_when("before 2020", TODAY)
    assert (before.start, before.end) == (None, date(2019, 12, 31))
    after = parse_when("after june 1", TODAY)
    assert (after.start, after.end) == (date(2025, 6, 2), None)


def test_a_bare_length_is_not_a_date():
    with pytest.raises(DateParseError):
        parse_when("three days", TODAY)


# Two unyeared months: the second is the first of its name at or after the first one, so the
# range never comes out backwards ("march to may" typed in December is March..May of one year).
MONTH_RANGES = [
    (date(2011, 12, 20), "march to may", "2012-03-01", "2012-05-31"),
    (date(2011, 12, 20), "march to june", "2012-03-01", "2012-06-30"),
    (date(2025, 6, 25), "october to march", "2024-10-01", "2025-03-31"),
    (date(2025, 6, 25), "may to june", "2025-05-01", "2025-06-30"),
    (date(2025, 6, 25), "march to may 2025", "2025-03-01", "2025-05-31"),
    # a year on the first side only: the second is the first of its name after it, not the
    # one the bare word points to from today
    (date(2031, 12, 10), "december 2030 to january", "2030-12-01", "2031-01-31"),
    (date(2031, 12, 10), "nov 2030 - feb", "2030-11-01", "2031-02-28"),
    (date(2031, 12, 10), "dec 28, 2030 to jan 3", "2030-12-28", "2031-01-03"),
]


@pytest.mark.parametrize(("today", "text", "start", "end"), MONTH_RANGES)
def test_month_ranges_never_come_out_backwards(today, text, start, end):
    w = parse_when(text, today)
    assert (w.start, w.end) == (date.fromisoformat(start), date.fromisoformat(end))


MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


@given(
    st.sampled_from(MONTHS),
    st.integers(1990, 2060),
    st.sampled_from(MONTHS),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)),
)
def test_a_yearless_second_month_lies_within_a_year_of_the_first(m1, year, m2, today):
    w = parse_when(f"{m1} {year} to {m2}", today)
    assert w.start is not None and w.end is not None
    months = (w.end.year - w.start.year) * 12 + w.end.month - w.start.month
    assert 0 <= months < 12


def test_a_written_year_on_the_second_side_is_kept():
    with pytest.raises(DateParseError):
        parse_when("june 2025 to may 2024", TODAY)  # both years written: backwards is an error


# A length counted from a date the user names: that date moved by the length (TIDES 2005 reads
# "the day after Christmas" as one date; a count of days or weeks moves it the same way).
OFFSETS = [
    ("two days before christmas", "2024-12-23"),
    ("the day before christmas", "2024-12-24"),
    ("3 weeks after easter", "2025-05-11"),
    ("a week before june 5", "2025-05-29"),
    ("two days after last friday", "2025-06-22"),
    ("two months after march 3", "2025-05-03"),
    ("a year before 2025-06-02", "2024-06-02"),
]


@pytest.mark.parametrize(("text", "day"), OFFSETS)
def test_a_length_counted_from_a_named_date(text, day):
    w = parse_when(text, TODAY)
    assert (w.value, w.start, w.end) == (day, date.fromisoformat(day), date.fromisoformat(day))


# "the week after X" is the period next to the day, not the single day a week on
PERIODS_NEXT_TO = [
    ("the week after june 5", "2025-06-06", "2025-06-12"),
    ("the week before june 5", "2025-05-29", "2025-06-04"),
    ("the month after march 3", "2025-03-04", "2025-04-03"),
    ("the day after june 5", "2025-06-06", "2025-06-06"),
]


@pytest.mark.parametrize(("text", "start", "end"), PERIODS_NEXT_TO)
def test_the_period_after_a_named_day_is_a_range(text, start, end):
    w = parse_when(text, TODAY)
    assert (w.start, w.end) == (date.fromisoformat(start), date.fromisoformat(end))


def test_an_offset_from_no_date_is_not_a_date():
    with pytest.raises(DateParseError):
        parse_when("two days before the cat", TODAY)
