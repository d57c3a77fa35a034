"""Snapshot tests of the main screen, article view, event form and help at two sizes.

Fixed data (tests/conftest_app.py) and a frozen clock keep them deterministic.
Update with: pytest tests/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from tests.conftest_app import build_store, fixed_tag, make_app, settle
from tui.panes.timeline import TimelinePane
from tui.screens.article import ArticleView
from tui.screens.event_form import EventForm
from tui.screens.help import HelpScreen

SIZES = [pytest.param((120, 40), id="120x40"), pytest.param((80, 24), id="80x24")]


@pytest.fixture
def app_path(tmp_path: Path) -> Path:
    return build_store(tmp_path / "store.json")


def still(app) -> None:
    """No blinking cursors in a screenshot."""
    for screen in app.screen_stack:
        for box in screen.query(Input):
            box.cursor_blink = False


@pytest.mark.parametrize("size", SIZES)
def test_main_screen(snap_compare, app_path: Path, size: tuple[int, int]) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("down", "down")
        still(pilot.app)
        assert pilot.app.main.selected_event().title == "Iran fires a missile at a US base in Qatar"

    assert snap_compare(make_app(app_path, watch=False), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_article_view(
    snap_compare, app_path: Path, size: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import store

    monkeypatch.setattr(store, "tag", fixed_tag, raising=False)  # marks independent of the tagger

    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("end", "enter", "n")
        assert isinstance(pilot.app.screen, ArticleView)
        await pilot.pause()

    assert snap_compare(make_app(app_path, watch=False), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_event_form(snap_compare, app_path: Path, size: tuple[int, int]) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        assert isinstance(pilot.app.focused, TimelinePane)
        await pilot.press("e")
        assert isinstance(pilot.app.screen, EventForm)
        still(pilot.app)
        pilot.app.screen.query_one("#form-when", Input).value = "last Friday"
        await pilot.pause()

    assert snap_compare(make_app(app_path, watch=False), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare, app_path: Path, size: tuple[int, int]) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(pilot.app.screen, HelpScreen)

    assert snap_compare(make_app(app_path, watch=False), terminal_size=size, run_before=run_before)
