"""Pilot tests for the QA pass in tmux: literal text in toasts, missing store folders,
narrow screens, coarse dates at day zoom, empty searches, the dialogs, fast typing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input

from store import Actor, Event, EventStore, When
from tests.conftest_app import build_store, fill, make_app, run_palette_command, settle
from tui.panes.actors import ActorsPane
from tui.panes.timeline import Heading, TimelinePane
from tui.screens.event_form import EventForm
from tui.screens.ingest_dialog import INGEST_PLACEHOLDER, IngestDialog
from tui.screens.path_prompt import EXPORT_PLACEHOLDER, PathPrompt

MARKUP_TITLE = "QA: talks [bold red]resume[/] in Doha"


@pytest.fixture
def app_path(tmp_path: Path) -> Path:
    return build_store(tmp_path / "store.json")


def toasts(app) -> list[str]:
    """The text of the toasts on screen, as rendered (markup would vanish from it)."""
    return [str(t.render()) for t in app.screen.query("Toast")]


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
        assert app.main.selected_event().title == MARKUP_TITLE


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


async def search(pilot, query: str) -> None:
    await pilot.press("slash")
    pilot.app.query_one("#search", Input).value = query
    await pilot.press("enter")
    await settle(pilot)


async def test_empty_search_says_so_in_the_timeline(app_path: Path) -> None:
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        timeline = app.query_one(TimelinePane)
        await search(pilot, "zebra")
        assert len(timeline.paged) == 0
        assert "no events match zebra" in timeline.render_line(0).text
        assert timeline.border_subtitle.startswith("0 events")
        assert "escape to clear the filter" in app.query_one("#detail").plain
        await search(pilot, "missile")
        assert len(timeline.paged) == 1
        assert timeline.border_subtitle.startswith("1 event ·")
        assert "no events match" not in timeline.render_line(0).text


async def open_palette_command(pilot, command: str) -> None:
    await run_palette_command(pilot, command)


async def test_export_dialog_asks_for_a_file_to_write(app_path: Path) -> None:
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_palette_command(pilot, "export: CSV")
        assert isinstance(app.screen, PathPrompt)
        assert app.screen.query_one("#path-input", Input).placeholder == EXPORT_PLACEHOLDER


async def test_ingest_takes_a_publication_date_for_undated_files(
    app_path: Path, tmp_path: Path
) -> None:
    article = tmp_path / "undated.txt"
    article.write_text(
        "Qatar said on Monday that talks on a ceasefire would resume in Doha.\n",
        encoding="utf-8",
    )
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await open_palette_command(pilot, "ingest: files")
        assert app.screen.query_one("#ingest-paths", Input).placeholder == INGEST_PLACEHOLDER
        await fill(pilot, str(article))
        app.screen.query_one("#ingest-published", Input).value = "21 June"  # not ISO
        await pilot.press("enter")  # said inline
        assert isinstance(app.screen, IngestDialog)
        assert "not a date" in str(app.screen.query_one("#ingest-error").render())
        app.screen.query_one("#ingest-published", Input).value = "2025-06-18"
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, IngestDialog)
    with EventStore(app_path) as store:
        dates = {a.published.isoformat() for a in store.articles()}
    assert "2025-06-18" in dates


def footer_keys(app) -> list[str]:
    from tui.widgets.footer import DatelineFooter

    return app.screen.query_one(DatelineFooter).labels


@pytest.mark.parametrize("focus", ["timeline", "actors"])
async def test_narrow_screen_keeps_dates_kinds_help_and_quit(app_path: Path, focus: str) -> None:
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        if focus == "actors":
            await pilot.press("tab")
            await pilot.pause()
        keys = footer_keys(app)
        assert "? Help" in keys and "q Quit" in keys, keys
        width = sum(len(k) + 2 for k in keys)
        assert width <= 80, keys
        timeline = app.query_one(TimelinePane)
        lines = [timeline.render_line(y).text for y in range(timeline.size.height)]
        assert any(" 2025-06-21–22 " in line for line in lines), lines
        assert any(" ~2025-06-23–25 " in line for line in lines), lines
        assert not any("…  " in line[:17] for line in lines), lines
        actors = app.query_one(ActorsPane)
        kinds = [actors.render_line(y).text.split()[-2] for y in range(len(actors.rows))]
        assert kinds == ["place", "person", "person", "org"]


async def test_wide_screen_shows_every_key(app_path: Path) -> None:
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        keys = footer_keys(app)
        assert "+ Zoom in" in keys and "e Edit" in keys and "q Quit" in keys, keys


async def test_day_zoom_gives_coarse_dates_their_own_heading(app_path: Path) -> None:
    def ev(eid: str, title: str, value: str, start: date, end: date, granularity: str) -> Event:
        when = When(text=value, value=value, start=start, end=end, granularity=granularity)
        return Event(id=eid, when=when, title=title, origin="manual")

    with EventStore(app_path) as store:
        jan1 = date(2005, 1, 1)
        store.add_event(ev("y", "Year event", "2005", jan1, date(2005, 12, 31), "year"))
        store.add_event(ev("d", "Day event", "2005-01-01", jan1, jan1, "day"))
        nov = date(2004, 11, 1)
        store.add_event(ev("m", "Month event", "2004-11", nov, date(2004, 11, 30), "month"))
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("plus")
        await pilot.pause()
        timeline = app.query_one(TimelinePane)
        assert timeline.zoom == "day"
        rows = list(timeline.rows)
        shown = [r.label if isinstance(r, Heading) else r.title for r in rows]
        i = shown.index("November 2004 (month)")
        assert shown[i : i + 6] == [
            "November 2004 (month)",
            "Month event",
            "Sat 01 January 2005",
            "Day event",
            "2005 (year)",
            "Year event",
        ]
        assert "June 2025 (month)" in shown  # the fixture's "June 2025" event
        assert "Sun 01 June 2025" not in shown
        timeline.select_event(app.data.event("y"))
        await pilot.pause()
        assert app.main.selected_event().id == "y"


def burst(app, text: str) -> None:
    """Keys as a terminal delivers a fast paste or tmux send-keys: all queued at once,
    without waiting for the app between them (Pilot.press waits after every key)."""
    from textual import events
    from textual.keys import _character_to_key

    named = {"\t": "tab", "\r": "enter"}
    for ch in text:
        key = named.get(ch) or _character_to_key(ch)
        app.post_message(events.Key(key, None if ch in named else ch))


@pytest.mark.parametrize("sep", ["\t", "\r"], ids=["tab", "enter"])
async def test_keys_typed_right_after_tab_land_in_the_next_field(app_path: Path, sep: str) -> None:
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        burst(app, f"last Friday{sep}Title here{sep}NATO")
        await pilot.pause(0.3)
        form = app.screen
        assert isinstance(form, EventForm)
        assert form.query_one("#form-when", Input).value == "last Friday"
        assert form.query_one("#form-title-input", Input).value == "Title here"
        assert form.query_one("#form-actors", Input).value.startswith("NATO")
        assert "2025-06-20" in str(form.query_one("#form-when-preview").render())


async def test_palette_shows_an_actor_name_with_brackets_literally(app_path: Path) -> None:
    from tui.commands_palette import DatelineCommands

    with EventStore(app_path) as store:
        store.add_actor(Actor(id="odd", name="[bold]Odd[/bold] Group", kind="group"))
        when = When(text="2025-06-26", value="2025-06-26", start=date(2025, 6, 26))
        odd = Event(id="m-odd", when=when, title="Odd meets", actors=["odd"], origin="manual")
        store.add_event(odd)  # listed: the actors pane shows actors with events
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        actors = app.query_one(ActorsPane)
        actors.cursor = next(i for i, a in enumerate(actors.rows) if a.id == "odd")
        provider = DatelineCommands(app.screen)
        found = [hit async for hit in provider.search("filter by")]
        shown = [hit.prompt.plain for hit in found]
        assert "actor: filter by [bold]Odd[/bold] Group" in shown, shown
        found = [hit async for hit in provider.discover()]
        assert "actor: filter by [bold]Odd[/bold] Group" in [h.prompt.plain for h in found]


def test_day_headings_before_the_worker_splits_them() -> None:
    """Until day_periods has run (a large filtered view never runs it), a 1st of the
    month holding only coarse events is labelled by their period, never as a day."""
    from tui.model.paged import DayCounts, PagedEvents, TimelineRows

    def ev(eid: str, start: date, end: date, granularity: str) -> Event:
        when = When(value=eid, start=start, end=end, granularity=granularity)
        return Event(id=eid, when=when, title=eid)

    events = [
        ev("nov", date(2004, 11, 1), date(2004, 11, 30), "month"),
        ev("day", date(2005, 1, 1), date(2005, 1, 1), "day"),
        ev("year", date(2005, 1, 1), date(2005, 12, 31), "year"),
    ]
    days = DayCounts.from_events(events)
    paged = PagedEvents(lambda offset, limit: events[offset : offset + limit], len(events))
    labels = [r.label for r in TimelineRows(days, paged, "day") if not isinstance(r, Event)]
    assert labels == ["November 2004 (month)", "Sat 01 January 2005"]
    days.day_periods(paged.fetch)
    labels = [r.label for r in TimelineRows(days, paged, "day") if not isinstance(r, Event)]
    assert labels == ["November 2004 (month)", "Sat 01 January 2005", "2005 (year)"]


async def test_day_zoom_splits_a_filtered_view_too(app_path: Path) -> None:
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("plus")
        await search(pilot, "talks")
        timeline = app.query_one(TimelinePane)
        assert timeline.rows.split and len(timeline.paged) == 1
        assert timeline.rows[0].label == "June 2025 (month)"


async def test_keys_typed_right_after_a_reach_the_new_form(app_path: Path) -> None:
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        burst(app, "alast Friday\tTitle here")
        await pilot.pause(0.3)
        form = app.screen
        assert isinstance(form, EventForm)
        assert form.query_one("#form-when", Input).value == "last Friday"
        assert form.query_one("#form-title-input", Input).value == "Title here"


async def test_a_is_a_letter_in_the_search_and_actor_filter_boxes(app_path: Path) -> None:
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", "a", "d", "e")
        assert app.query_one("#search", Input).value == "ade"
        assert not isinstance(app.screen, EventForm)
        await pilot.press("escape", "tab", "f", "a")
        assert app.query_one("#actor-filter", Input).value == "a"
        assert not isinstance(app.screen, EventForm)
