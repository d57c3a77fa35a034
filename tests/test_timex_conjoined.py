"""Bare day numbers joined to a full date become dates of their own."""

from __future__ import annotations

from datetime import date

import pytest

from store.timex import tag

PUB = date(2025, 6, 25)


def tagged(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in tag(text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers will meet on July 14 and 15.",
            [("July 14", "2025-07-14"), ("15", "2025-07-15")],
        ),
        (
            "Hearings were held on March 3, 4 and 6.",
            [("March 3", "2025-03-03"), ("4", "2025-03-04"), ("6", "2025-03-06")],
        ),
        ("Voting ran on 9 and 10 May 2024.", [("9", "2024-05-09"), ("10 May 2024", "2024-05-10")]),
        ("The fair opens on Aug. 2 or 3.", [("Aug. 2", "2025-08-02"), ("3", "2025-08-03")]),
    ],
)
def test_joined_days_are_tagged(text: str, expected: list[tuple[str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On July 14 and 15 people were hurt in the crash.",  # 15 counts people
        "On May 5, 12 villagers died.",
        "June 1, 2025 was the hottest day.",  # a year, already part of the date
        "On July 14 and 3 in the afternoon",  # a smaller number is no later day
        "The vote on July 14 and 3.5 percent turnout",
    ],
)
def test_numbers_that_are_not_days_stay_untagged(text: str) -> None:
    assert all(not t[0][:1].isdigit() or len(t[0]) > 2 for t in tagged(text)), tagged(text)


def test_joined_day_gets_a_calendar_range() -> None:
    found = tag("Talks are set for Sept. 29 and 30.", PUB)
    last = found[-1]
    assert (last.text, last.when.start, last.when.end) == (
        "30",
        date(2025, 9, 30),
        date(2025, 9, 30),
    )
    assert [m.start for m in found] == sorted(m.start for m in found)
