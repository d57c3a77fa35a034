"""Story rows are grouped once per state of the store: `t` back and forth shows the last
grouping again (at 100,000 events grouping takes seconds and hundreds of MB), and any
write (an edit, a hand split, a change seen on disk) groups afresh."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import tui.model.story_rows as story_rows_module
from store import Event, EventStore, When
from tests.conftest_app import make_app, settle
from tests.story_app_fixtures import build_story_store
from tui.panes.stories import StoriesPane


@pytest.fixture
def story_path(tmp_path: Path) -> Path:
    return build_story_store(tmp_path / "store.json")


@pytest.fixture
def groupings(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Every query story rows were grouped for, in order."""
    calls: list[str | None] = []
    real = story_rows_module.story_groups

    def counting(store, query=None, **kw):
        calls.append(query)
        return real(store, query, **kw)

    monkeypatch.setattr(story_rows_module, "story_groups", counting)
    return calls


async def toggle(pilot) -> StoriesPane:
    await pilot.press("t")
    await settle(pilot)
    return pilot.app.query_one(StoriesPane)


async def test_t_back_and_forth_groups_once(story_path: Path, groupings: list) -> None:
    app = make_app(story_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = await toggle(pilot)
        assert len(pane.rows) == 2
        await toggle(pilot)  # timeline
        pane = await toggle(pilot)  # stories again
        assert len(pane.rows) == 2
        assert groupings == [None]


async def test_a_hand_split_groups_again(story_path: Path, groupings: list) -> None:
    app = make_app(story_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = await toggle(pilot)
        assert [r.sources for r in (pane.rows[0], pane.rows[1])] == [3, 1]
        await pilot.press("x")
        await settle(pilot)
        assert len(groupings) == 2
        await toggle(pilot)
        pane = await toggle(pilot)
        assert len(groupings) == 2  # the split's grouping is the one kept
        assert len(pane.rows) > 2


async def test_an_added_event_shows_in_the_rows(story_path: Path, groupings: list) -> None:
    app = make_app(story_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = await toggle(pilot)
        await toggle(pilot)
        day = date(2031, 5, 9)
        when = When(text="9 May 2031", value=day.isoformat(), start=day, end=day)
        app.data.add_event(Event(id="hand-1", when=when, title="Bridge opened in Zenda"))
        pane = await toggle(pilot)
        assert len(groupings) == 2
        assert "Bridge opened in Zenda" in [pane.rows[i].title for i in range(len(pane.rows))]


async def test_a_write_by_the_command_line_groups_again(story_path: Path, groupings: list) -> None:
    app = make_app(story_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await toggle(pilot)
        await toggle(pilot)
        day = date(2031, 6, 1)
        when = When(text="1 June 2031", value=day.isoformat(), start=day, end=day)
        with EventStore(story_path) as other:  # another process, as far as the app knows
            other.add_event(Event(id="cli-1", when=when, title="Ferry sank off Zenda"))
        assert app.data.changed_elsewhere()
        pane = await toggle(pilot)
        assert len(groupings) == 2
        assert "Ferry sank off Zenda" in [pane.rows[i].title for i in range(len(pane.rows))]
