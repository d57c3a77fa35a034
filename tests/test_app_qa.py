"""Pilot tests for the QA pass in tmux: literal text in toasts, missing store folders,
narrow screens, coarse dates at day zoom, empty searches, the dialogs, fast typing."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._toast import Toast

from tests.conftest_app import build_store, fill, make_app, settle
from tui.screens.event_form import EventForm

MARKUP_TITLE = "QA: talks [bold red]resume[/] in Doha"


@pytest.fixture
def app_path(tmp_path: Path) -> Path:
    return build_store(tmp_path / "store.json")


def toasts(app) -> list[str]:
    """The text of the toasts on screen, as rendered (markup would vanish from it)."""
    return [str(t.render()) for t in app.screen.query(Toast)]


async def add_event(pilot, when: str, title: str) -> None:
    await pilot.press("a")
    assert isinstance(pilot.app.screen, EventForm)
    await fill(pilot, when)
    await pilot.press("tab")
    await fill(pilot, title)
    await pilot.press("ctrl+s")
    await settle(pilot)


async def test_toast_shows_markup_in_a_title_literally(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await add_event(pilot, "2025-06-20", MARKUP_TITLE)
        await pilot.pause()
        shown = toasts(app)
        assert any(MARKUP_TITLE in t for t in shown), shown
        assert app.selected_event().title == MARKUP_TITLE


async def test_missing_store_folder_is_refused_not_created(tmp_path: Path) -> None:
    folder = tmp_path / "nodir"
    app = make_app(folder / "x.json", watch=False)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await add_event(pilot, "2025-06-20", "Something happened")
        await pilot.pause()
        shown = " ".join(toasts(app))
        assert "does not exist" in shown, shown
        assert not folder.exists()
