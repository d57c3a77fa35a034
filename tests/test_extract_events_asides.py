"""Date words that belong to a part of a sentence: a participial aside ("the mine, opened
three years ago, is to close") and a second clause joined by "and" with a date of its
own ("he sailed to Zenda in 1998 and settled in Port Vell in 2011") date their own events."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

PUB = date(2025, 6, 25)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        (
            "Ruricom has confirmed that the Zeta mine, opened three years ago, is to close.",
            [PUB, date(2022, 1, 1)],
        ),
        (
            "The Zenda bridge, which opened in 2001, was closed on Monday.",
            [date(2025, 6, 23), date(2001, 1, 1)],
        ),
        (
            "Tom Smith, who was born on 3 May 1961, has led the Zenda council.",
            [PUB, date(1961, 5, 3)],
        ),
    ],
)
def test_an_aside_keeps_its_date_to_itself(text: str, starts: list[date]) -> None:
    ex = extract_article(text, PUB)
    assert [e.when.start for e in ex.events] == starts
    assert ex.events[0].span == (0, len(text))


def test_the_plan_a_delay_replaces_is_an_aside() -> None:
    # "due" stands as a participle does: the sentence is dated by the new date
    text = "The ferry's launch, originally due later this year, is delayed until March 2026."
    ex = extract_article(text, PUB)
    assert ex.events[0].span == (0, len(text)) and ex.events[0].when.value == "2026-03"
    assert ex.events[1].when.text == "later this year"


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
            "Tom Smith sailed to Zenda in 1998 and settled in Port Vell in 2011.",
            [
                (date(1998, 1, 1), "Tom Smith sailed to Zenda in 1998"),
                (date(2011, 1, 1), "Tom Smith settled"),
            ],
        ),
        (
            "Roe formed a choir in 1990, and in 1995 the choir won a prize.",
            [
                (date(1990, 1, 1), "Roe formed a choir in 1990"),
                (date(1995, 1, 1), "In 1995 the choir won"),
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


def test_a_second_clause_that_borrows_the_subject_takes_its_actors_too() -> None:
    text = "The Zenda Choir was founded by Jane Roe in 1990, and won the Strelsau prize in 2004."
    first, second = extract_article(text, PUB).events
    assert second.sentence == "and won the Strelsau prize in 2004."
    assert "zenda-choir" in second.actors and "jane-roe" not in second.actors
    assert {"zenda-choir", "jane-roe"} <= set(first.actors)


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
