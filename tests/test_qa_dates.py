"""An event known only to end by a day ("until 20 June", "before 2020") is labelled
with that last day included, as its range and the timeline's "until" heading say, and
its detail line says the date once."""

from __future__ import annotations

from datetime import date

import pytest

from store import Event, When
from tui.dates import precise_label, short_label, when_facts
from tui.panes.detail import event_text


def open_start(value: str, end: date, granularity: str = "day") -> When:
    return When(text="until", value=value, start=None, end=end, granularity=granularity)


@pytest.mark.parametrize(
    ("when", "label"),
    [
        (open_start("2031-05-09", date(2031, 5, 9)), "until 2031-05-09"),
        (open_start("2031-05", date(2031, 5, 31), "month"), "until May 2031"),
        (open_start("2031-06", date(2031, 5, 31), "month"), "until May 2031"),  # before June
        (open_start("2030", date(2029, 12, 31), "year"), "until 2029"),  # before 2030
        (open_start("2031-05", date(2031, 5, 20), "month"), "until 2031-05-20"),  # mid-month
    ],
)
def test_an_open_start_says_until_its_last_day(when: When, label: str) -> None:
    assert precise_label(when) == label
    assert len(short_label(when)) <= 14


def test_the_last_day_is_said_once_on_the_detail_line() -> None:
    until = open_start("2031-05-09", date(2031, 5, 9))
    assert when_facts(until) == []
    event = Event(id="e1", when=until, title="Curfew holds in Strelsau")
    assert event_text(event, [], [], None, {}).plain.splitlines()[1] == "until 2031-05-09   day"


def test_a_value_that_adds_to_the_label_is_kept() -> None:
    before_june = open_start("2031-06", date(2031, 5, 31), "month")
    assert when_facts(before_june) == ["2031-06"]
    assert when_facts(open_start("2031-05", date(2031, 5, 31), "month")) == []


def test_a_vague_past_still_reads_before() -> None:
    recently = When(value="PAST_REF", end=date(2031, 5, 9), granularity="vague", approximate=True)
    assert precise_label(recently) == "~ before 2031-05-09"


@pytest.mark.parametrize(
    ("value", "label"),
    [("2031-05-08TNI", "2031-05-08 night"), ("2031-05-09TMO", "2031-05-09 morning"),
     ("2031-05-09TEV", "2031-05-09 evening"), ("2031-05-09T15:00", "2031-05-09 15:00")],
)  # fmt: skip
def test_a_part_of_the_day_is_said_in_words(value: str, label: str) -> None:
    """'last night' is the night of a day, not the whole day: the label says so."""
    d = date.fromisoformat(value[:10])
    when = When(text="last night", value=value, start=d, end=d)
    assert precise_label(when) == label
    assert short_label(when) == value[:10]  # the timeline's column keeps the day
