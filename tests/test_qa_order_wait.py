"""`o` on a big store lays the timeline out in reporting order in a worker, for
seconds: meanwhile the timeline's title says so, and the rows still shown (in
happening order) are not labelled as reported. The view that arrives switches both."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import tui.model.storeview as storeview
from tests.conftest_app import build_store, make_app, settle
from tui.panes.timeline import Heading, TimelinePane


async def test_the_title_says_the_order_is_coming(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    go = threading.Event()
    real = storeview.reporting_order

    def slow(*args, **kwargs):
        go.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(storeview, "reporting_order", slow)
    app = make_app(build_store(tmp_path / "store.json"), watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        timeline = app.query_one(TimelinePane)
        await pilot.press("o")
        await pilot.pause()
        try:
            assert timeline.border_title == "Timeline · ordering as reported…"
            heading = next(row for row in timeline.rows if isinstance(row, Heading))
            assert "reported" not in timeline.render_row(heading, 80).plain
        finally:
            go.set()
        await settle(pilot)
        assert timeline.border_title == "Timeline · as reported"
        heading = next(row for row in timeline.rows if isinstance(row, Heading))
        assert timeline.render_row(heading, 80).plain.startswith("── reported ")
        await pilot.press("o")
        await settle(pilot)
        assert timeline.border_title == "Timeline"
