"""Pilot tests of editing: edit, delete with confirmation, undo and redo, refresh, ingest."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store import Event, EventStore, When
from tests.conftest_app import build_store, fill, make_app, run_palette_command, settle
from tui.panes.timeline import TimelinePane
from tui.screens.confirm import ConfirmScreen


@pytest.fixture
def app_path(tmp_path: Path) -> Path:
    return build_store(tmp_path / "store.json")


def stored_titles(path: Path) -> set[str]:
    with EventStore(path) as store:
        return {e.title for e in store.events()}


async def test_edit_then_undo_and_redo(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        event_id = app.main.selected_event().id
        await pilot.press("e")
        form = app.screen
        assert form.query_one("#form-title-input").value == "Gaza conflict began"
        form.query_one("#form-title-input").value = "Gaza war began"
        form.query_one("#form-when").value = "October 8, 2023"
        await pilot.press("ctrl+s")
        await settle(pilot)
        edited = app.main.selected_event()
        assert edited.id == event_id and edited.title == "Gaza war began"
        assert edited.when.start.isoformat() == "2023-10-08"
        assert "Gaza war began" in stored_titles(app_path)
        await pilot.press("u")
        await settle(pilot)
        assert app.main.selected_event().title == "Gaza conflict began"
        assert "Gaza war began" not in stored_titles(app_path)
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert app.main.selected_event().title == "Gaza war began"


async def test_delete_asks_first_and_undo_restores(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        title = app.main.selected_event().title
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(pilot)
        assert title in stored_titles(app_path)
        await pilot.press("d", "y")
        await settle(pilot)
        assert title not in stored_titles(app_path)
        assert len(app.query_one(TimelinePane).events) == 5
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert title in stored_titles(app_path)
        assert app.main.selected_event().title == title


async def test_undo_an_add(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await fill(pilot, "2025-06-26")
        await pilot.press("enter")
        await fill(pilot, "Summit closes")
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert "Summit closes" in stored_titles(app_path)
        await pilot.press("u")
        await settle(pilot)
        assert "Summit closes" not in stored_titles(app_path)
        await pilot.press("u")  # nothing left: the app says so and carries on
        await settle(pilot)
        assert len(app.query_one(TimelinePane).events) == 6


async def test_changes_from_elsewhere_appear(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        with EventStore(app_path) as store:
            day = date(2025, 6, 26)
            when = When(text="2025-06-26", value="2025-06-26", start=day, end=day)
            store.add_event(
                Event(id="m-cli", when=when, title="Added from the command line", origin="manual")
            )
        app.main.loader.check_disk()  # what the 2-second timer does
        await settle(pilot)
        assert "Added from the command line" in [e.title for e in app.main.current_view.events]
        with EventStore(app_path) as store:
            store.delete_event("m-cli")
        await pilot.press("r")
        await settle(pilot)
        assert len(app.main.current_view.events) == 6


MARKUP_ARTICLE = """---
title: "[bold red]Breaking[/] \x1b[31mnews\x1b[0m"
published: 2025-06-25
source: "[link=http://x]Wire[/link]"
---
On Monday, [bold]NATO[/bold] leaders met in \x1b[1mThe Hague\x1b[0m to talk [i]spending[/i].
"""


async def test_ingest_markup_and_escapes_show_literally(app_path: Path, tmp_path: Path) -> None:
    article = tmp_path / "markup.md"
    article.write_text(MARKUP_ARTICLE, encoding="utf-8")
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await run_palette_command(pilot, "ingest: files")
        await fill(pilot, str(article))
        await pilot.press("enter")
        await settle(pilot)
        events = app.main.current_view.events
        new = [e for e in events if "NATO[/bold]" in e.sentence]
        assert new, "the markup article produced no event"
        timeline = app.query_one(TimelinePane)
        timeline.select_event(new[0])
        await pilot.pause()
        screen_lines = [timeline.render_line(y).text for y in range(timeline.size.height)]
        detail = app.query_one("#detail").plain
        shown = "\n".join(screen_lines) + detail
        assert "[bold]NATO[/bold]" in detail and "[i]spending[/i]" in detail
        assert "[bold red]Breaking[/] news" in detail
        assert "\x1b" not in shown and "[31m" not in shown


async def test_editing_keeps_an_extracted_date_and_reads_against_the_article(
    app_path: Path,
) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("down", "down")  # Iran ... over the weekend (published 2025-06-25)
        before = app.main.selected_event()
        await pilot.press("e")
        form = app.screen
        assert form.today.isoformat() == "2025-06-25"  # the article's date, not the clock's
        assert "2025-06-21 – 22" in str(form.query_one("#form-when-preview").render())
        form.query_one("#form-title-input").value = "Missile fired at Al Udeid"
        await pilot.press("ctrl+s")
        await settle(pilot)
        after = app.main.selected_event()
        assert after.title == "Missile fired at Al Udeid" and after.when == before.when


async def test_export_the_current_search(app_path: Path, tmp_path: Path) -> None:
    app = make_app(app_path)
    target = tmp_path / "qatar.csv"
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.main.query_text = "qatar"
        app.main.refresh_view()
        await settle(pilot)
        await run_palette_command(pilot, "export: CSV")
        box = app.screen.query_one("#path-input")
        assert box.value.endswith(".csv")
        box.value = str(target)
        await pilot.press("enter")
        await settle(pilot)
    text = target.read_text(encoding="utf-8")
    assert "Qatar in touch with all sides" in text and "Gaza conflict began" not in text


async def test_actor_names_complete_from_the_store() -> None:
    from tui.screens.event_form import ActorSuggester

    suggester = ActorSuggester(["Majed Al Ansari", "Mark Rutte", "NATO"], case_sensitive=False)
    assert await suggester.get_suggestion("NATO, maj") == "NATO, Majed Al Ansari"
    assert await suggester.get_suggestion("mar") == "Mark Rutte"
    assert await suggester.get_suggestion("NATO, ") is None


async def test_q_in_a_dialog_does_not_quit(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("q")
        assert app.is_running and isinstance(app.screen, ConfirmScreen)
        await pilot.press("n", "q")
    assert app.return_code == 0
