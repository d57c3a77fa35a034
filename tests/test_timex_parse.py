"""parse_when: one user-typed date read against today (Wed 2025-06-25)."""

from __future__ import annotations

from datetime import date

import pytest

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
    ("the 1990s", "199X", "1990-01-01", "1999-12-31"),
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
    "text", ["", "   ", "hello", "may be", "the cat", "55,000", "24/7", "next", "x" * 500]
)
def test_not_a_date(text):
    with pytest.raises(DateParseError) as err:
        parse_when(text, TODAY)
    assert "\n" not in str(err.value)


def test_vague_words_are_dates_too():
    assert parse_when("recently", TODAY).value == "PAST_REF"
    assert parse_when("now", TODAY).start == TODAY
