"""Temporal tagger: wire-service clock times, more named days, and recurring weekdays.

Every sentence is invented news prose. Publication date: Wednesday 2025-06-25 unless a row
says otherwise. Each row: sentence, the phrase expected, TIMEX3 type and value.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.timex import tag
from tests.timex_helpers import PUB, value_of

# "1430 GMT": four digits are a clock time only before a zone, "local time" or "hours".
WIRE = [
    ("The ferry left Dunmore harbour at 1430 GMT.", "1430 GMT", "TIME", "2025-06-25T14:30"),
    ("Shelling stopped at 0415 GMT, a spokesman said.", "0415 GMT", "TIME", "2025-06-25T04:15"),
    (
        "The curfew in Velmora lifts at 0600 local time.",
        "0600 local time",
        "TIME",
        "2025-06-25T06:00",
    ),
    # like "10 p.m. on Tuesday": the written day carries the time
    (
        "The vote count closed at 2215 GMT on Tuesday.",
        "2215 GMT on Tuesday",
        "TIME",
        "2025-06-24T22:15",
    ),
    ("The tremor struck at 14:32 BST, the survey said.", "14:32 BST", "TIME", "2025-06-25T14:32"),
    ("Markets in Kestrel opened at 09:05 CEST.", "09:05 CEST", "TIME", "2025-06-25T09:05"),
    ("The launch slipped to 1930 JST.", "1930 JST", "TIME", "2025-06-25T19:30"),
    ("Polls close at 1800 EAT in the capital.", "1800 EAT", "TIME", "2025-06-25T18:00"),
    ("The convoy crossed at 2300 MSK.", "2300 MSK", "TIME", "2025-06-25T23:00"),
    ("Flights resume at 0700 SAST.", "0700 SAST", "TIME", "2025-06-25T07:00"),
    ("The strike began at 11:15 AEST.", "11:15 AEST", "TIME", "2025-06-25T11:15"),
    ("Patrols set out at 0500 hours.", "0500 hours", "TIME", "2025-06-25T05:00"),
    ("The deadline expires at 1200 UTC.", "1200 UTC", "TIME", "2025-06-25T12:00"),
]


@pytest.mark.parametrize("text,phrase,typ,value", WIRE)
def test_wire_clock(text: str, phrase: str, typ: str, value: str) -> None:
    assert value_of(text, phrase) == (typ, value)


NOT_TIMES = [
    "The abbey was founded in 1430.",
    "Some 1430 people fled the floods.",
    "The museum shows the year 2015 GMT archive.",
    "Circa 1430 GMT did not exist.",
    "The pilots logged 2000 hours of flying.",
    "She spent 1200 hours on the project.",
    "The clock read 2530 GMT on the broken display.",
    "They eat 1430 eat meals.",
]


@pytest.mark.parametrize("text", NOT_TIMES)
def test_four_digits_not_a_time(text: str) -> None:
    assert [m.text for m in tag(text, PUB) if m.type == "TIME"] == []


def test_year_before_zone_stays_a_year() -> None:
    assert value_of("Records begin in 1430 GMT tables.", "1430") == ("DATE", "1430")


def test_bracketed_conversion_is_left_alone() -> None:
    # the bracketed zone copy of a time is not a second time, and the weekday stays a date
    found = tag("The blast came at 9:10 a.m. (0610 GMT) Monday.", PUB)
    assert [(m.text, m.type) for m in found] == [("9:10 a.m.", "TIME"), ("Monday", "DATE")]


# Named shopping and federal days; the year follows the tense like the other holidays.
HOLIDAYS = [
    (
        "Stores in Marlow opened at dawn on Black Friday last year.",
        "Black Friday",
        "DATE",
        "2024-11-29",
        date(2025, 1, 10),
    ),
    ("Retailers expect Black Friday to break records.", "Black Friday", "DATE", "2025-11-28", PUB),
    (
        "Online sales jumped on Cyber Monday, the firm said.",
        "Cyber Monday",
        "DATE",
        "2024-12-02",
        date(2025, 1, 10),
    ),
    (
        "Banks will close for Martin Luther King Jr. Day.",
        "Martin Luther King Jr. Day",
        "DATE",
        "2026-01-19",
        date(2025, 12, 1),
    ),
    (
        "The parade was held on Martin Luther King Day.",
        "Martin Luther King Day",
        "DATE",
        "2025-01-20",
        date(2025, 2, 3),
    ),
    (
        "Volunteers gathered on MLK Day in the square.",
        "MLK Day",
        "DATE",
        "2025-01-20",
        date(2025, 2, 3),
    ),
    (
        "The ceasefire was signed on Good Friday.",
        "Good Friday",
        "DATE",
        "2025-04-18",
        date(2025, 5, 2),
    ),
    ("The match was played on Boxing Day.", "Boxing Day", "DATE", "2024-12-26", date(2025, 1, 10)),
]


@pytest.mark.parametrize("text,phrase,typ,value,pub", HOLIDAYS)
def test_holidays(text: str, phrase: str, typ: str, value: str, pub: date) -> None:
    assert value_of(text, phrase, pub) == (typ, value)


def test_black_friday_beats_the_weekday() -> None:
    found = tag("Shoppers queued overnight for Black Friday bargains.", date(2025, 1, 10))
    assert [(m.text, m.value) for m in found] == [("Black Friday", "2024-11-29")]


# Recurring days: a set, never one dated weekday.
SETS = [
    ("The council meets every second Tuesday.", "every second Tuesday", "SET", "XXXX-WXX-2"),
    ("The ferry sails every other Tuesday.", "every other Tuesday", "SET", "XXXX-WXX-2"),
    ("Every Christmas the choir sings in Tarnby.", "Every Christmas", "SET", "XXXX-12-25"),
    (
        "Rents are due the first Friday of every month.",
        "the first Friday of every month",
        "SET",
        "XXXX-XX",
    ),
    (
        "The board meets on the first Monday of each month.",
        "the first Monday of each month",
        "SET",
        "XXXX-XX",
    ),
    ("Collections run every second week.", "every second week", "SET", "P2W"),
]


@pytest.mark.parametrize("text,phrase,typ,value", SETS)
def test_sets(text: str, phrase: str, typ: str, value: str) -> None:
    assert value_of(text, phrase) == (typ, value)


@pytest.mark.parametrize("text", [row[0] for row in SETS])
def test_recurring_weekday_is_no_single_date(text: str) -> None:
    assert [m.text for m in tag(text, PUB) if m.type == "DATE"] == []
