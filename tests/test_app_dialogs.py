"""Dialogs show their own keys in a footer of their own, not the explorer's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest_app import build_store, make_app, settle
from tui.widgets.footer import DatelineFooter

EXPLORER_KEYS = {"/ Search", "a Add", "e Edit", "d Delete", "q Quit", "+ Zoom in", "⏎ Article"}


@pytest.fixture
def app_path(tmp_path: Path) -> Path:
    return build_store(tmp_path / "store.json")


@pytest.mark.parametrize(
    ("keys", "own"),
    [
        (("a",), "esc Cancel"),  # event form
        (("e",), "esc Cancel"),
        (("d",), "y Yes"),  # confirm
        (("g",), "esc Cancel"),  # go to date
        (("question_mark",), "esc Close help"),
    ],
    ids=["add", "edit", "delete", "goto", "help"],
)
@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
async def test_a_dialog_footer_shows_its_keys_only(
    app_path: Path, keys: tuple[str, ...], own: str, size: tuple[int, int]
) -> None:
    app = make_app(app_path, watch=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        assert len(app.screen_stack) == 2
        footer = app.screen.query_one(DatelineFooter)
        assert footer.region.bottom == size[1]  # on the bottom row, over the explorer's
        labels = footer.labels
        assert own in labels, labels
        assert not EXPLORER_KEYS & set(labels), labels
        assert "? Help" not in labels or own == "esc Close help"
        assert not any("palette" in label for label in labels)


async def test_palette_ingest_dialog_footer(app_path: Path) -> None:
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.main.action_ingest()
        await pilot.pause()
        labels = app.screen.query_one(DatelineFooter).labels
        assert "esc Cancel" in labels and not EXPLORER_KEYS & set(labels), labels


async def test_clicking_a_footer_key_presses_it(app_path: Path) -> None:
    from tui.screens.help import HelpScreen

    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        footer = app.query_one(DatelineFooter)
        footer.render()
        x = next(start for start, _, item in footer._places if item.action == "app.help")
        await pilot.click(DatelineFooter, offset=(x + 1, 0))
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
