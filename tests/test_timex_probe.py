"""Temporal tagger: tables for rules found by probing invented modern news prose.

Schedules and finished events, joined days, day offsets, spans and look-alikes. Every
sentence is invented. Publication date: Wednesday 2025-06-25 (PUB) or Thursday 2025-06-19
(THU) as each table says.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.timex import tag
from tests.timex_helpers import PUB, value_of

# A prefixed year modifies a noun ("post-2001 rules") and is still the year.
PREFIXED_YEARS = [
    ("The post-2001 security rules changed travel.", "2001"),
    ("Prices returned to pre-2008 levels.", "2008"),
]


@pytest.mark.parametrize(("text", "value"), PREFIXED_YEARS)
def test_prefixed_years(text, value):
    assert value_of(text, value) == ("DATE", value)


def test_a_count_is_still_no_year():
    assert not [m for m in tag("Some 1200 people marched.", PUB) if m.text == "1200"]


# "the day before/after" a named day is one date, a day off that day.
DAY_OFFSETS = [
    ("The day after Christmas, the shops reopened.", "The day after Christmas", "2024-12-26"),
    ("She testified the day before last Friday's vote.", "the day before last Friday",
     "2025-06-19"),
    ("The rally was on the day after March 3.", "the day after March 3", "2025-03-04"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "value"), DAY_OFFSETS)
def test_day_offsets(text, phrase, value):
    assert value_of(text, phrase) == ("DATE", value)


def test_a_day_after_a_date_stays_a_duration():
    got = [(m.text, m.value) for m in tag("A day after June 3, talks resumed.", PUB)]
    assert got == [("A day", "P1D"), ("June 3", "2025-06-03")]


# A schedule in the present tense points ahead; a past verb governing the date points back.
# Published Thursday 2025-06-19.
THU = date(2025, 6, 19)
SCHEDULES = [
    ("The appeal hearing is Monday.", "Monday", "2025-06-23"),
    ("The final vote is set for Tuesday.", "Tuesday", "2025-06-24"),
    ("The relief convoy arrives Saturday.", "Saturday", "2025-06-21"),
    ("The regatta takes place in March.", "March", "2026-03"),
    ("The street fair is this weekend.", "this weekend", "2025-W25-WE"),
    ("She filed the claim on Monday and will appear in court on Friday.", "Monday",
     "2025-06-16"),
    ("The dockers walked out in August.", "August", "2024-08"),
    ("The treaty was ratified on 2 September.", "2 September", "2024-09-02"),
    ("He said in October that he would run.", "October", "2024-10"),
    ("The ruling, expected in August, could end the dispute.", "August", "2025-08"),
    ("The offer was postponed to July.", "July", "2025-07"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "value"), SCHEDULES)
def test_schedules_and_finished_events(text, phrase, value):
    assert value_of(text, phrase, THU)[1] == value


# Spans and readings found by probing invented modern news prose.
PROBE_SPANS = [
    ("The strike could last three weeks.", "three weeks", "DURATION", "P3W"),
    ("The truce did not last a week.", "a week", "DURATION", "P1W"),
    ("A month-long inquiry followed.", "month-long", "DURATION", "P1M"),
    ("The budget for 2027 was approved.", "2027", "DATE", "2027"),
    ("Emissions must fall to 1990 levels.", "1990", "DATE", "1990"),
    ("The deal was struck on 12 Sept and signed later.", "12 Sept", "DATE", "2024-09-12"),
    # a floating day written as the n-th weekday of a month, like a moving holiday
    (
        "Voters go to the polls on the first Sunday in November.",
        "the first Sunday in November",
        "DATE",
        "2025-11-02",
    ),
    (
        "Voters went to the polls on the first Sunday in November.",
        "the first Sunday in November",
        "DATE",
        "2024-11-03",
    ),
    (
        "The vote is on the last Friday of March 2026.",
        "the last Friday of March 2026",
        "DATE",
        "2026-03-27",
    ),
    (
        "Prices have doubled over the past year and a half.",
        "the past year and a half",
        "DURATION",
        "P1Y6M",
    ),
    # day-first weeks and weekends, halves written H1/H2, day ranges written day first
    ("The talks are set for the week of 14 July.", "the week of 14 July", "DATE", "2025-W29"),
    (
        "The final is on the weekend of 12-13 July.",
        "the weekend of 12-13 July",
        "DATE",
        "2025-W28-WE",
    ),
    (
        "The final is on the weekend of July 12-13.",
        "the weekend of July 12-13",
        "DATE",
        "2025-W28-WE",
    ),
    ("Sales in H1 2025 rose 4%.", "H1 2025", "DATE", "2025-H1"),
    ("The summit met on 24-25 June.", "24", "DATE", "2025-06-24"),
    ("The summit met on 24-25 June.", "25 June", "DATE", "2025-06-25"),
    # a day with its year said in words is one DATE, as "January next year" is
    ("The vote was held on Sept. 14 last year.", "Sept. 14 last year", "DATE", "2024-09-14"),
    ("The law takes effect on 1 January next year.", "1 January next year", "DATE", "2026-01-01"),
    ("On June 3, last year's champion lost.", "last year", "DATE", "2024"),
    (
        "The dam broke on May 2. Aid arrived a fortnight later.",
        "a fortnight later",
        "DATE",
        "2025-W20",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "typ", "value"), PROBE_SPANS)
def test_probe_spans(text, phrase, typ, value):
    assert value_of(text, phrase, THU) == (typ, value)


def test_the_last_weeks_still_count_back():
    found = tag("Prices rose over the last three weeks.", THU)
    assert [(m.text, m.when.start) for m in found] == [("the last three weeks", date(2025, 5, 29))]


def test_at_the_moment_leaves_the_preposition_out():
    assert value_of("No talks are planned at the moment.", "the moment") == ("DATE", "PRESENT_REF")


# "the first half of the year" is one span: the year in question (this one by default).
HALVES = [
    ("Exports fell in the first half of the year.", "the first half of the year", "2025-H1"),
    ("In 2019, profits doubled; in the second half of the year they fell.",
     "the second half of the year", "2019-H2"),
    ("Output rose in the second half of last year.", "the second half of last year", "2024-H2"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "value"), HALVES)
def test_halves_of_the_year(text, phrase, value):
    assert value_of(text, phrase, THU) == ("DATE", value)


# Numbers and names that only look like dates.
LOOKALIKES = [
    ("Call the tip line at 555-2031 today.", "2031"),
    ("The bill, HR 1995, failed in committee.", "1995"),
    ("Winter Storm Orla closed the passes.", "Winter"),
    ("The Tuesday Club met in the library.", "Tuesday"),
    ("The truce, agreed in the early hours of Sunday, held.", "hours"),  # a time of day
]


@pytest.mark.parametrize(("text", "word"), LOOKALIKES)
def test_lookalikes_stay_untagged(text, word):
    assert word not in [m.text for m in tag(text, THU)]


def test_a_year_range_keeps_both_years():
    assert [m.text for m in tag("Output grew in 1995-2005.", THU)] == ["1995", "2005"]


def test_a_planned_event_lies_ahead():
    text = "Organisers planned a march through the old town on Saturday."
    assert value_of(text, "Saturday", THU) == ("DATE", "2025-06-21")


# A month opening the sentence takes the tense of the verb after its short subject.
FRONTED = [
    ("In September, the council approved the plan.", "September", "2024-09"),
    ("In September, the council will approve the plan.", "September", "2025-09"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), FRONTED)
def test_fronted_month_takes_its_clause_tense(text, phrase, value):
    assert value_of(text, phrase, THU) == ("DATE", value)
