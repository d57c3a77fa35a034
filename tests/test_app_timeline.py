"""The timeline reads well: whole titles at 120 columns, side panes that fold away on a
key, and a density strip that an outlier decades away does not flatten."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store import Actor, Event, EventStore, When
from tests.conftest_app import build_store, make_app, settle
from tui.panes.actors import ActorsPane
from tui.panes.density import BREAK, DensityStrip, axis_for, period_index
from tui.panes.timeline import TimelinePane
from tui.screens.help import help_sections
from tui.widgets.footer import DatelineFooter

LONG_TITLE = (
    "Ruritania and Grand Fenwick sign a treaty on the river border and the fishing rights"
    " after eleven years of talks"
)


def add(path: Path, eid: str, title: str, day: date, actors: list[str] = ()) -> None:
    when = When(text=day.isoformat(), value=day.isoformat(), start=day, end=day)
    with EventStore(path) as store:
        for name in actors:
            store.add_actor(Actor(id=name.lower().replace(" ", "-"), name=name, kind="person"))
        ids = [a.lower().replace(" ", "-") for a in actors]
        store.add_event(Event(id=eid, when=when, title=title, actors=ids, origin="manual"))


@pytest.fixture
def app_path(tmp_path: Path) -> Path:
    path = build_store(tmp_path / "store.json")
    add(path, "long", LONG_TITLE, date(2025, 6, 26), ["Jane Roe", "Richard Roe"])
    return path


def shown_line(timeline: TimelinePane, event_id: str) -> str:
    row = timeline.rows.find(event_id, timeline.paged[len(timeline.paged) - 1].when.start)
    assert row is not None
    return timeline.render_row(timeline.rows[row], timeline.scrollable_content_region.width).plain


async def test_a_long_title_shows_60_characters_at_120_columns(app_path: Path) -> None:
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        line = shown_line(app.query_one(TimelinePane), "long")
        assert LONG_TITLE[:60] in line, line


async def test_a_short_title_leaves_room_for_its_actors(app_path: Path) -> None:
    add(app_path, "short", "Jane Roe visits", date(2025, 6, 26), ["Jane Roe"])
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        timeline = app.query_one(TimelinePane)
        event = app.data.event("short")
        text = timeline.render_row(event, timeline.scrollable_content_region.width).plain
        assert "Jane Roe visits" in text and "· Jane Roe" in text


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
async def test_w_folds_the_side_panes_away_and_back(app_path: Path, size) -> None:
    app = make_app(app_path, watch=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        timeline = app.query_one(TimelinePane)
        footer = app.query_one(DatelineFooter)
        assert "w Side panes" in footer.labels, footer.labels
        narrow = timeline.size.width
        app.query_one(ActorsPane).focus()
        await pilot.press("w")
        await pilot.pause()
        assert not app.query_one("#right").display
        assert app.focused is timeline  # the focus does not stay in a hidden pane
        assert timeline.size.width >= size[0] - 2 > narrow
        assert LONG_TITLE[:60] in shown_line(timeline, "long")
        await pilot.press("w")
        await pilot.pause()
        assert app.query_one("#right").display and timeline.size.width == narrow


async def test_the_help_lists_the_panes_key(app_path: Path) -> None:
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        everywhere = dict(help_sections(app.main))["Everywhere"]
        assert ("w", "Side panes") in [(b.key, b.description) for b in everywhere]


def months(*pairs: tuple[int, int]) -> list[int]:
    return sorted(period_index(date(y, m, 1), "month") for y, m in pairs)


def test_an_outlier_decades_away_does_not_squeeze_the_bulk() -> None:
    periods = months((1990, 6), *((2025, m) for m in range(1, 10)))
    axis = axis_for(periods, 60)
    cells = [axis.cell(p) for p in periods]
    assert len(set(cells)) == len(cells)  # every month of the bulk has a cell of its own
    assert cells[0] is not None  # the outlier is still drawn
    assert len(axis.runs) == 2  # ... beyond one break


def test_no_break_when_everything_fits() -> None:
    periods = months((2023, 10), (2024, 3), (2025, 6))
    axis = axis_for(periods, 60)
    assert len(axis.runs) == 1 and axis.group == 1


def test_an_even_spread_is_not_cut() -> None:
    periods = months(*((y, 1) for y in range(1990, 2026)))  # one event a year, 36 years
    assert len(axis_for(periods, 40).runs) == 1


async def test_the_strip_marks_the_break_and_labels_both_ends(tmp_path: Path) -> None:
    path = build_store(tmp_path / "store.json")
    add(path, "old", "Ruritania's first census", date(1990, 6, 22))
    app = make_app(path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        strip = app.query_one(DensityStrip)
        bars, under = strip.render().plain.split("\n")
        assert BREAK in bars
        assert under.startswith("1990-06") and under.rstrip().endswith("2025-06")
        cells, axis = strip.buckets(strip.content_region.width)
        june, may = (period_index(date(2025, m, 1), "month") for m in (6, 5))
        assert axis.cell(june) != axis.cell(may)  # 2025's months are not one cell
