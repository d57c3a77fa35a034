"""Leaving story rows (`t`) puts the timeline's cursor on the event of the row the
reader was on, instead of where the timeline was before."""

from __future__ import annotations

from pathlib import Path

from tests.conftest_app import build_store, make_app, settle
from tui.panes.stories import StoriesPane
from tui.panes.timeline import TimelinePane


async def test_t_back_keeps_the_happening(tmp_path: Path) -> None:
    app = make_app(build_store(tmp_path / "store.json"), watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        timeline = app.query_one(TimelinePane)
        first = timeline.current_event
        await pilot.press("t")
        await settle(pilot)
        stories = app.query_one(StoriesPane)
        await pilot.press("end")
        await pilot.pause()
        row = stories.current
        assert row is not None and first.id not in row.events
        await pilot.press("t")
        await pilot.pause()
        assert app.focused is timeline
        assert timeline.current_event.id in row.events
        assert app.main.selected_event().id == timeline.current_event.id
