"""Pilot tests of the explorer's reading features: zoom, go to date, density, actors,
quotes, detail highlights, article view, palette and small terminals."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest_app import build_store, fill, make_app, run_palette_command, settle
from tui.panes.actors import ActorsPane
from tui.panes.density import DensityStrip, period_index
from tui.panes.detail import DATE_STYLE, event_text
from tui.panes.quotes import QuotesPane
from tui.panes.timeline import Heading, TimelinePane
from tui.screens.article import ArticleView


@pytest.fixture
def app_path(tmp_path: Path) -> Path:
    return build_store(tmp_path / "store.json")


def headings(timeline: TimelinePane) -> list[str]:
    return [r.label for r in timeline.rows if isinstance(r, Heading)]


async def test_zoom_changes_headings_and_density(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        timeline = app.query_one(TimelinePane)
        assert headings(timeline) == ["October 2023", "June 2025"]
        await pilot.press("minus")
        assert timeline.zoom == "year" and headings(timeline) == ["2023", "2025"]
        assert app.query_one(DensityStrip).zoom == "year"
        await pilot.press("plus", "plus")
        assert timeline.zoom == "day"
        # the "June 2025" event is known to the month: its own heading, not a false 1 June
        assert headings(timeline)[:2] == ["Sat 07 October 2023", "June 2025 (month)"]
        assert "6 events · day" in timeline.border_subtitle


async def test_next_period_and_go_to_date(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        timeline = app.query_one(TimelinePane)
        await pilot.press("right_square_bracket")
        assert app.main.selected_event().title.startswith("The [bold]Gaza")
        await pilot.press("left_square_bracket")
        assert app.main.selected_event().title == "Gaza conflict began"
        await pilot.press("g")
        await fill(pilot, "last week")
        await pilot.pause()
        assert "2025-06-16" in str(app.screen.query_one("#goto-preview").render())
        await pilot.press("enter")
        await pilot.pause()
        # last week (from 2025-06-27) starts 2025-06-16: the first event on or after it
        assert app.main.selected_event().title == "Iran fires a missile at a US base in Qatar"
        assert app.focused is timeline


async def test_density_marks_the_cursor_period(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        density = app.query_one(DensityStrip)
        first = app.main.selected_event().when.start
        assert density.marked == period_index(first, "month")
        assert sum(density.counts.values()) == 6
        await pilot.press("end")
        assert density.marked == period_index(app.main.selected_event().when.start, "month")
        bars, _ = density.buckets(100)  # October 2023 to June 2025: no break needed
        assert None not in bars and sum(bars) == 6 and bars[0] == 1 and bars[-1] == 5


async def test_actors_sort_filter_and_detail(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        actors = app.query_one(ActorsPane)
        actors.focus()
        await pilot.press("down")  # Majed Al Ansari
        body = app.query_one("#detail").plain
        assert "spokesperson for Qatar's Ministry of Foreign Affairs" in body
        assert "Al Ansari" in body
        await pilot.press("s")
        assert actors.sort == "events" and actors.rows[0].id == "nato"
        await pilot.press("f", *"rut")
        assert [a.id for a in actors.rows] == ["mark-rutte"]
        await pilot.press("enter")
        assert app.focused is actors
        await pilot.press("enter")
        await settle(pilot)
        assert app.main.actor_filter == "mark-rutte"
        await pilot.press("f", "escape")
        assert {a.id for a in actors.rows} == {"mark-rutte", "nato"}  # actors of his events
        assert not app.query_one("#actor-filter").display


async def test_choosing_a_quote_moves_the_timeline(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        quotes = app.query_one(QuotesPane)
        quotes.focus()
        await pilot.press("down", "enter")
        quote = quotes.current
        assert app.focused is app.query_one(TimelinePane)
        assert app.main.selected_event().id == quote.event_id
        assert quote.id in app.main.selected_event().quotes


def test_detail_highlights_the_date_words(app_path: Path) -> None:
    from tests.conftest_app import fixture_records

    _, extraction = fixture_records()
    event = next(e for e in extraction.events if e.when.text == "over the weekend")
    text = event_text(event, [], [], None, {})
    start = text.plain.index("over the weekend")
    styled = [s for s in text.spans if s.style == DATE_STYLE]
    assert [(s.start, s.end) for s in styled] == [(start, start + len("over the weekend"))]


async def test_article_view_walks_marks(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("end", "enter")  # Allies agree to spend more (Rutte's sentence)
        view = app.screen
        assert isinstance(view, ArticleView)
        kinds = {m.kind for m in view.marks}
        assert {"date", "quote", "actor"} <= kinds
        start = view.current.start
        assert start >= app.main.selected_event().span[0]
        await pilot.press("n")
        assert view.current.start >= start
        await pilot.press("p", "p")
        assert view.current.start <= start
        status = str(view.query_one("#article-status").render())
        assert "/" in status
        paragraphs = " ".join(str(p.render()) for p in view.query(".para"))
        assert "[bold]Gaza[/bold]" in paragraphs and "\x1b" not in paragraphs
        await pilot.press("a")  # explorer keys are off while the article is open
        assert app.screen is view
        await pilot.press("escape")
        assert not isinstance(app.screen, ArticleView)


async def test_palette_runs_commands(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await run_palette_command(pilot, "zoom: out")
        assert app.query_one(TimelinePane).zoom == "year"


async def test_small_terminal_is_usable(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        timeline = app.query_one(TimelinePane)
        assert timeline.size.height >= 8
        for pane in ("#actors", "#quotes", "#detail"):
            assert app.query_one(pane).size.height >= 3
        line = timeline.render_line(1).text
        assert "Gaza conflict began" in line


async def test_palette_offers_what_applies_to_the_focused_pane(app_path: Path) -> None:
    from tui.commands_palette import app_commands

    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        titles = [t for t, _, _ in app_commands(app.main)]
        assert "event: edit" in titles and not any(t.startswith("actor:") for t in titles)
        app.query_one(ActorsPane).focus()
        await pilot.pause()
        titles = [t for t, _, _ in app_commands(app.main)]
        assert "actor: filter by Iran" in titles and "export: TimelineJS" in titles


async def test_the_filtered_actor_is_marked_and_enter_again_clears(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        actors = app.query_one(ActorsPane)
        actors.focus()
        await pilot.press("down", "enter")  # Majed Al Ansari
        await settle(pilot)
        assert actors.active == "majed-al-ansari" and actors.current.id == "majed-al-ansari"
        assert actors.render_row(actors.current, 40).plain.startswith("●Majed")
        await pilot.press("enter")
        await settle(pilot)
        assert app.main.actor_filter is None and actors.active is None


async def test_detail_scrolls_when_it_does_not_fit(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("end")  # Allies agree to spend more: actors, a quote, the source
        detail = app.query_one("#detail")
        assert "more lines" in detail.border_subtitle
        detail.focus()
        await pilot.press("down", "down")
        assert detail.offset_y == 2
        await pilot.press("pageup")
        assert detail.offset_y == 0
