"""The quotes pane cuts a quote to its width; while it has the focus, the detail pane
shows the quote under the cursor in full, with its speaker and article."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest_app import build_store, make_app, settle
from tui.panes.detail import DetailPane
from tui.panes.quotes import QuotesPane


@pytest.fixture
def app_path(tmp_path: Path) -> Path:
    return build_store(tmp_path / "store.json")


async def test_a_highlighted_quote_is_shown_in_full(app_path: Path) -> None:
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        detail = app.query_one(DetailPane)
        before = detail.plain
        await pilot.press("tab", "tab")
        quotes = app.query_one(QuotesPane)
        assert app.focused is quotes
        await pilot.press("down")
        quote = quotes.current
        assert quote is not None and detail.plain != before
        assert f"“{quote.text}”" in detail.plain  # whole, where the row is cut
        assert "…" in quotes.render_row(quote, 36).plain
        speaker = app.main.data.actors[quote.speaker]
        assert detail.plain.startswith(speaker.name)
        assert "NATO summit [bold]ends[/bold] with a pledge" in detail.plain  # as typed
        await pilot.press("shift+tab", "shift+tab")  # the timeline: its event again
        await pilot.press("down")
        assert f"“{quote.text}”" not in detail.plain.splitlines()[:3]
