"""The detail pane and the event form say a date once: a plain day is "2031-05-09", not
"2031-05-09   2031-05-09 · 2031-05-09 – 2031-05-09"; the value and the range show only
where they add to the label (a month's days, a vague reference's open end)."""

from __future__ import annotations

from datetime import date

from store import Event, When
from tui.dates import when_facts
from tui.panes.detail import event_text
from tui.screens.event_form import preview_text

DAY = When(text="9 May 2031", value="2031-05-09", start=date(2031, 5, 9), end=date(2031, 5, 9))
MONTH = When(
    text="May 2031",
    value="2031-05",
    start=date(2031, 5, 1),
    end=date(2031, 5, 31),
    granularity="month",
)
PAST = When(text="recently", value="PAST_REF", start=None, end=date(2031, 5, 9), approximate=True)


def test_a_day_is_said_once() -> None:
    assert when_facts(DAY) == []
    event = Event(id="e1", when=DAY, title="Bridge opened in Zenda")
    assert event_text(event, [], [], None, {}).plain.splitlines()[1] == "2031-05-09   day"


def test_a_month_keeps_its_value_and_days() -> None:
    assert when_facts(MONTH) == ["2031-05", "2031-05-01 – 2031-05-31"]


def test_a_vague_reference_keeps_its_value_and_open_range() -> None:
    assert when_facts(PAST) == ["PAST_REF", "… – 2031-05-09"]
    event = Event(id="e2", when=PAST, title="Talks stalled")
    second = event_text(event, [], [], None, {}).plain.splitlines()[1]
    assert second == "~ before 2031-05-09   PAST_REF · … – 2031-05-09 · day · approximate"


def test_the_form_names_the_weekday_of_a_day() -> None:
    assert preview_text(DAY) == "→ 2031-05-09 (Friday)"
    assert preview_text(MONTH) == "→ May 2031   2031-05 · 2031-05-01 – 2031-05-31"
