"""`g` reads a date that names no year ("March") against the timeline being viewed, in
the year nearest the cursor; words relative to now ("last week") still read against
today. Invented events of an old story in Ruritania."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store import Event, EventStore, When
from tests.conftest_app import fill, make_app, settle
from tui.dates import read_near

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "near", "start", "end"),
    [
        ("march", date(2011, 6, 15), date(2011, 3, 1), date(2011, 3, 31)),
        # from late December the next March is nearer than the last one
        ("March", date(2011, 12, 20), date(2012, 3, 1), date(2012, 3, 31)),
        ("3 March", date(2011, 1, 5), date(2011, 3, 3), date(2011, 3, 3)),
        ("summer", date(2011, 1, 5), date(2010, 6, 1), date(2010, 8, 31)),
        ("march to may", date(2011, 12, 20), date(2012, 3, 1), date(2012, 5, 31)),
        # a year of its own, or words relative to now: the cursor changes nothing
        ("June 2009", date(2011, 6, 15), date(2009, 6, 1), date(2009, 6, 30)),
        ("yesterday", date(2011, 6, 15), date(2026, 12, 6), date(2026, 12, 6)),
        ("last week", date(2011, 6, 15), date(2026, 11, 30), date(2026, 12, 6)),
        # words that count whole years or named months from now: read against today too
        ("last year", date(2011, 5, 10), date(2025, 1, 1), date(2025, 12, 31)),
        ("next year", date(2011, 5, 10), date(2027, 1, 1), date(2027, 12, 31)),
        ("this year", date(2011, 5, 10), date(2026, 1, 1), date(2026, 12, 31)),
        ("2 years ago", date(2011, 5, 10), date(2024, 1, 1), date(2024, 12, 31)),
        ("the year before last", date(2011, 5, 10), date(2024, 1, 1), date(2024, 12, 31)),
        ("last March", date(2011, 5, 10), date(2026, 3, 1), date(2026, 3, 31)),
        ("next summer", date(2011, 5, 10), date(2027, 6, 1), date(2027, 8, 31)),
        ("this summer", date(2011, 5, 10), date(2026, 6, 1), date(2026, 8, 31)),
        ("this spring", date(2011, 5, 10), date(2026, 3, 1), date(2026, 5, 31)),
        # ... while a name with no year still reads near the cursor
        ("Christmas", date(2011, 5, 10), date(2010, 12, 25), date(2010, 12, 25)),
        ("the third quarter", date(2011, 5, 10), date(2011, 7, 1), date(2011, 9, 30)),
        # no cursor (an empty timeline): read against today as before
        ("march", None, date(2026, 3, 1), date(2026, 3, 31)),
    ],
)
def test_read_near(text: str, near: date | None, start: date, end: date) -> None:
    when = read_near(text, TODAY, near)
    assert (when.start, when.end) == (start, end)


def test_read_near_moves_the_value_with_the_year() -> None:
    assert read_near("march", TODAY, date(2011, 6, 15)).value == "2011-03"


def event(eid: str, day: date, title: str) -> Event:
    when = When(text="", value=day.isoformat(), start=day, end=day)
    return Event(id=eid, when=when, title=title, origin="manual")


STORY = [
    event("a", date(2011, 1, 20), "Ruritania closes its border"),
    event("b", date(2011, 3, 9), "Talks open in Strelsau"),
    event("c", date(2011, 6, 2), "Jane Roe resigns"),
    event("d", date(2012, 3, 14), "The border reopens"),
    event("e", date(2026, 11, 2), "An anniversary is marked"),
]


@pytest.fixture
def story_path(tmp_path: Path) -> Path:
    path = tmp_path / "store.json"
    with EventStore(path, create_dirs=True) as store:
        for ev in STORY:
            store.add_event(ev)
    return path


@pytest.mark.parametrize(
    ("start_on", "typed", "lands_on"),
    [
        ("c", "march", "b"),  # June 2011: March 2011, not March 2026 (the last event)
        ("a", "march", "b"),
        ("d", "march", "d"),  # from March 2012 its own March is nearest
        ("c", "last week", "e"),  # relative to today: the end of the timeline
    ],
)
async def test_g_reads_a_month_against_the_cursor(
    story_path: Path, start_on: str, typed: str, lands_on: str
) -> None:
    app = make_app(story_path, today=TODAY, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        timeline = app.main.panes.timeline
        assert timeline.select_event(next(e for e in STORY if e.id == start_on))
        await pilot.pause()
        await pilot.press("g")
        await fill(pilot, typed)
        await pilot.press("enter")
        await pilot.pause()
        assert app.main.selected_event().id == lands_on


async def test_a_new_event_on_an_old_story_reads_3_march_near_the_cursor(
    story_path: Path,
) -> None:
    """The add form reads a date with no year as `g` does: on a 2011 story "3 March" is
    3 March 2011, not the 3 March nearest today (2027); "yesterday" is still today's."""
    app = make_app(story_path, today=TODAY, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.main.panes.timeline.select_event(STORY[2])  # June 2011
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        form.query_one("#form-when").value = "3 March"
        form.query_one("#form-title-input").value = "Ruritania signs the accord"
        await pilot.pause()
        assert "2011-03-03" in str(form.query_one("#form-when-preview").render())
        await pilot.press("ctrl+s")
        await settle(pilot)
        added = app.main.selected_event()
        assert added.title == "Ruritania signs the accord"
        assert added.when.start == date(2011, 3, 3)
