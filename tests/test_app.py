"""Pilot tests of the explorer's main screen: panes, actor filter, search, add."""

from __future__ import annotations

from pathlib import Path

import pytest

from store import Event, EventStore
from tests.conftest_app import build_store, fill, make_app, settle
from tui.panes.actors import ActorsPane
from tui.panes.detail import DetailPane
from tui.panes.quotes import QuotesPane
from tui.panes.timeline import Heading, TimelinePane


@pytest.fixture
def app_path(tmp_path: Path) -> Path:
    return build_store(tmp_path / "store.json")


def detail_text(app) -> str:
    return app.query_one("#detail").plain


def titles(app) -> list[str]:
    return [e.title for e in app.query_one(TimelinePane).events]


async def test_panes_filled_and_sorted(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        timeline = app.query_one(TimelinePane)
        starts = [e.when.start for e in timeline.events]
        assert starts == sorted(starts) and len(starts) == 6
        assert isinstance(timeline.rows[0], Heading)
        assert len(app.query_one(ActorsPane).rows) == 4
        assert len(app.query_one(QuotesPane).rows) == 2
        assert app.focused is timeline
        assert timeline.event_id == timeline.events[0].id
        assert "Gaza conflict began" in detail_text(app)


async def test_tab_moves_between_panes(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        assert isinstance(app.focused, ActorsPane)
        await pilot.press("tab")
        assert isinstance(app.focused, QuotesPane)
        await pilot.press("tab")
        assert isinstance(app.focused, DetailPane)
        await pilot.press("shift+tab", "shift+tab", "shift+tab")
        assert isinstance(app.focused, TimelinePane)


async def test_moving_the_cursor_updates_the_detail(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("down", "down")  # 2023-10-07, June 2025, then the weekend
        timeline = app.query_one(TimelinePane)
        assert timeline.event_id == timeline.events[2].id
        text = detail_text(app)
        assert "Iran launched a missile" in text and "2025-06-21 – 22" in text
        assert "Iran (place)" in text


async def test_choosing_an_actor_filters_timeline_and_quotes(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        actors = app.query_one(ActorsPane)
        actors.focus()
        await pilot.press("end")  # actors sorted by name: Iran, Majed Al Ansari, Mark Rutte, NATO
        assert actors.current.id == "nato"
        await pilot.press("enter")
        await settle(pilot)
        assert app.main.actor_filter == "nato"
        assert titles(app) == ["NATO summit opens in The Hague", "Allies agree to spend more"]
        assert [q.speaker for q in app.query_one(QuotesPane).rows] == ["mark-rutte"]
        assert "actor: NATO" in app.sub_title
        await pilot.press("escape")
        await settle(pilot)
        assert len(titles(app)) == 6 and app.main.actor_filter is None


async def test_search_filters_all_panes(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert app.focused.id == "search"
        await pilot.press(*"qatar", "enter")
        await settle(pilot)
        assert set(titles(app)) == {
            "Iran fires a missile at a US base in Qatar",
            "Qatar in touch with all sides",
        }
        assert {a.id for a in app.query_one(ActorsPane).rows} == {"iran", "majed-al-ansari"}
        assert len(app.query_one(QuotesPane).rows) == 1
        assert isinstance(app.focused, TimelinePane)
        assert "search: qatar" in app.sub_title


async def test_bad_query_is_reported_inline(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *'"open', "enter")
        await settle(pilot)
        error = app.query_one("#search-error")
        assert error.display and "unclosed quote" in str(error.render())
        assert len(titles(app)) == 6  # the view is unchanged
        assert app.focused.id == "search" and app.main.query_text == ""
        await pilot.press("escape")
        assert not error.display


async def test_article_text_is_plain(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("down")  # June 2025: the title full of markup and escapes
        text = detail_text(app)
        assert "The [bold]Gaza[/bold] talks close" in text
        assert "\x1b" not in text


async def test_add_event_form(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        assert app.screen.id is None and type(app.screen).__name__ == "EventForm"
        await fill(pilot, "last Friday")
        await pilot.pause()
        preview = str(app.screen.query_one("#form-when-preview").render())
        assert "2025-06-20" in preview
        await pilot.press("enter")
        await fill(pilot, "Talks resume in Doha")
        await pilot.press("enter")
        await fill(pilot, "Majed Al Ansari, Hamas")
        await pilot.press("enter")
        await settle(pilot)
        timeline = app.query_one(TimelinePane)
        assert "Talks resume in Doha" in titles(app)
        current = app.data.event(timeline.event_id)
        assert current.title == "Talks resume in Doha"
        assert current.when.start.isoformat() == "2025-06-20"
        assert current.actors == ["majed-al-ansari", "hamas"]
    with EventStore(app_path) as store:
        saved: list[Event] = [e for e in store.events() if e.origin == "manual"]
        assert [e.title for e in saved] == ["Talks resume in Doha"]
        assert store.actor("hamas") is not None


async def test_form_rejects_a_bad_date(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await fill(pilot, "garbage xyz")
        await pilot.press("enter")
        await fill(pilot, "Title")
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "EventForm"
        assert "When:" in str(app.screen.query_one("#form-error").render())
        await pilot.press("escape")
        assert type(app.screen).__name__ != "EventForm"
        assert len(titles(app)) == 6


async def test_help_and_quit(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        assert type(app.screen).__name__ != "HelpScreen"
        await pilot.press("q")
    assert app.return_code == 0


async def test_empty_store_opens_and_takes_a_first_event(tmp_path: Path) -> None:
    app = make_app(tmp_path / "store.json")  # a new file in an existing folder
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert len(app.query_one(TimelinePane).paged) == 0
        hint = app.query_one("#detail").plain
        assert "no events yet" in hint and "ingest" in hint and "filter" not in hint
        await pilot.press("down", "end", "enter", "plus", "right_square_bracket", "tab", "enter")
        await pilot.press("shift+tab", "a")
        await fill(pilot, "2025-06-21")
        await pilot.press("enter")
        await fill(pilot, "First event")
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert titles(app) == ["First event"]


async def test_a_damaged_store_is_reported_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    path.write_text("{ this is not a store", encoding="utf-8")
    app = make_app(path, watch=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.is_running and app.main.current_view is None
        assert any(n.severity == "error" for n in app._notifications)


async def test_clicking_a_row_moves_the_cursor(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        timeline = app.query_one(TimelinePane)
        row = timeline.rows.row_of(3)
        border = 1
        await pilot.click(TimelinePane, offset=(5, border + row - round(timeline.scroll_y)))
        assert timeline.event_id == timeline.events[3].id


async def test_search_moves_focus_at_once_and_the_footer_follows(app_path: Path) -> None:
    """Repaints wait for the search's first page, but the focus moves on enter (a key
    typed next reaches the timeline); the footer shows the timeline's keys once the page
    is out, and a bad query releases the screen."""
    from tui.widgets.footer import DatelineFooter

    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        footer = app.query_one(DatelineFooter)
        await pilot.press("slash", *"qatar")
        assert "⏎ Article" not in footer.labels
        await pilot.press("enter")
        assert isinstance(app.focused, TimelinePane)
        await settle(pilot)
        assert not app._screen_held and app._batch_count == 0
        assert "⏎ Article" in footer.labels  # a timeline key (zoom gives way at 120 columns)
        await pilot.press("slash", "ctrl+a", *"kind:nope", "enter")
        await settle(pilot)
        assert app.focused.id == "search" and app._batch_count == 0 and not app._screen_held


async def test_footer_follows_the_focus_without_child_widgets(app_path: Path) -> None:
    """The footer is one line of text (no FooterKey children to lay out) that follows the
    screen's bindings as the focus moves."""
    from tui.widgets.footer import DatelineFooter

    app = make_app(app_path)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        footer = app.query_one(DatelineFooter)
        assert not footer.children
        assert "s Sort actors" not in footer.labels
        app.query_one(ActorsPane).focus()
        await pilot.pause()
        assert "s Sort actors" in footer.labels
        assert "s Sort actors" in footer.render().plain
