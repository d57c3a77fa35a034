"""While the first grouping runs (seconds on a big store) the story pane says so where
its rows will be, rather than standing empty with "grouping…" in its border."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import tui.panes.stories as stories
from tests.conftest_app import build_store, make_app, settle
from tui.panes.stories import StoriesPane


async def test_the_story_pane_says_it_is_grouping(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    go = threading.Event()
    real = stories.load_story_rows

    def slow(*args, **kwargs):
        go.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(stories, "load_story_rows", slow)
    app = make_app(build_store(tmp_path / "store.json"), watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await pilot.pause()
        pane = app.query_one(StoriesPane)
        try:
            assert "grouping the events" in pane.render_line(0).text
        finally:
            go.set()
        await settle(pilot)
        assert len(pane.rows) > 0 and "grouping" not in pane.render_line(0).text
