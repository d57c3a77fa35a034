"""Date words that belong to a part of a sentence: a participial aside ("the plan, begun
two years ago, has been shelved") and a second clause joined by "and" with a date of its
own ("she fought the illness in 2004 and took leave in 2009") date their own events."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

PUB = date(2025, 6, 25)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        (
            "Northwind has announced that work on the Zeta jet, begun two years ago, "
            "has been halted.",
            [PUB, date(2023, 1, 1)],
        ),
        (
            "The Zenda bridge, which opened in 2001, was closed on Monday.",
            [date(2025, 6, 23), date(2001, 1, 1)],
        ),
        (
            "Jane Roe, born in Zenda on February 24, 1955, has built the largest bank in Zenda.",
            [PUB, date(1955, 2, 24)],
        ),
    ],
)
def test_an_aside_keeps_its_date_to_itself(text: str, starts: list[date]) -> None:
    ex = extract_article(text, PUB)
    assert [e.when.start for e in ex.events] == starts
    assert ex.events[0].span == (0, len(text))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The council met on Monday, and the mayor resigned.", date(2025, 6, 23)),
        ("Jane Roe opened the Zenda bridge, built in 2001 by Northwind.", date(2001, 1, 1)),
    ],
)
def test_a_date_that_closes_no_aside_dates_the_sentence(text: str, start: date) -> None:
    ex = extract_article(text, PUB)
    assert [e.when.start for e in ex.events] == [start]


def test_the_aside_event_is_titled_with_what_it_tells_of() -> None:
    text = "The Zenda bridge, which opened in 2001, was closed on Monday."
    ex = extract_article(text, PUB)
    assert "Zenda bridge" in ex.events[1].title and "2001" in ex.events[1].title


@pytest.mark.parametrize(
    ("text", "events"),
    [
        (
            "Jane Roe fought the illness in 2004 and took six months off in early 2009.",
            [
                (date(2004, 1, 1), "Jane Roe fought the illness in 2004"),
                (date(2009, 1, 1), "Jane Roe took"),
            ],
        ),
        (
            "She started Northwind in 1976, and in 1984 the first Zeta computer was sold.",
            [
                (date(1976, 1, 1), "She started Northwind in 1976"),
                (date(1984, 1, 1), "In 1984 the first Zeta"),
            ],
        ),
        (
            "The Zenda council met on Monday and voted on Tuesday.",
            [(date(2025, 6, 23), "Zenda council met"), (date(2025, 6, 24), "Zenda council voted")],
        ),
    ],
)
def test_a_second_clause_with_its_own_date_is_its_own_event(
    text: str, events: list[tuple[date, str]]
) -> None:
    ex = extract_article(text, PUB)
    assert [e.when.start for e in ex.events] == [d for d, _ in events]
    for e, (_, words) in zip(ex.events, events, strict=True):
        assert words in e.title
    first, second = ex.events
    assert first.span[1] == second.span[0]  # each clause its own words
    assert text.startswith(first.sentence) and text.endswith(second.sentence)
    assert second.sentence.startswith("and ")


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe spoke in March and June about the Zeta phone.",  # one clause, two dates
        "Talks ran between June 13 and June 24 in Zenda.",  # a span
        "Jane Roe and John Doe met in 1976 in Zenda.",  # "and" before the date
    ],
)
def test_one_clause_is_one_event(text: str) -> None:
    ex = extract_article(text, PUB)
    assert len(ex.events) == 1
