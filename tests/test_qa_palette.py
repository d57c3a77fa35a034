"""A palette command run by the tests' helper lands even when the palette's search is
slow (a loaded machine): the helper waits for the search, not for a fixed time."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.conftest_app import build_store, make_app, run_palette_command, settle
from tui.commands_palette import DatelineCommands
from tui.panes.timeline import TimelinePane


@pytest.fixture
def slow_palette(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each search answers only after 0.6 s, longer than the fixed pauses the tests used."""
    search = DatelineCommands.search

    async def slow(self, query: str):
        await asyncio.sleep(0.6)
        async for hit in search(self, query):
            yield hit

    monkeypatch.setattr(DatelineCommands, "search", slow)


async def test_a_slow_palette_still_runs_the_command(tmp_path: Path, slow_palette) -> None:
    app = make_app(build_store(tmp_path / "store.json"), watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.query_one(TimelinePane).zoom == "month"
        await run_palette_command(pilot, "zoom: out")
        await settle(pilot)
        assert app.query_one(TimelinePane).zoom == "year"
