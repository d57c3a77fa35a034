"""QA leftovers in the app (issue 14): the actors pane hides actors with no events, as
`dateline actors` does; an event with an end but no start sits under "until <end>", not
"undated"; `?` in the article view lists the article view's own keys first."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input

from store import Actor, Event, EventStore, When
from tests.conftest_app import build_store, make_app, settle
from tui.model.paged import DayCounts, period_label
from tui.panes.actors import ActorsPane
from tui.panes.timeline import TimelinePane
from tui.screens.article import ArticleView
from tui.screens.help import HelpScreen


@pytest.fixture
def app_path(tmp_path: Path) -> Path:
    return build_store(tmp_path / "store.json")


async def test_actors_without_events_are_not_listed(app_path: Path) -> None:
    with EventStore(app_path) as store:
        store.add_actor(Actor(id="jane-roe", name="Jane Roe", kind="person"))
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        listed = {a.id for a in app.query_one(ActorsPane).rows}
        assert "jane-roe" not in listed
        assert {"nato", "mark-rutte", "iran", "majed-al-ansari"} <= listed
        # she gets an event by hand: now she is listed; undone, she goes again
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        form.query_one("#form-when", Input).value = "2025-06-26"
        form.query_one("#form-title-input", Input).value = "Jane Roe speaks"
        form.query_one("#form-actors", Input).value = "Jane Roe"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "jane-roe" in {a.id for a in app.query_one(ActorsPane).rows}
        await pilot.press("u")
        await settle(pilot)
        assert "jane-roe" not in {a.id for a in app.query_one(ActorsPane).rows}


def test_open_start_events_head_the_undated_block_by_their_end() -> None:
    june20, july3 = date(2025, 6, 20).toordinal(), date(2025, 7, 3).toordinal()
    days = DayCounts(4, [date(2025, 6, 1).toordinal()], [2])
    days.open_ends = [june20, june20, july3]  # three open starts, then one undated event
    keys, firsts = days.periods("month")
    assert [period_label(k) for k in keys] == [
        "until June 2025",
        "until July 2025",
        "undated",
        "June 2025",
    ]
    assert firsts == [0, 2, 3, 4]
    assert [period_label(k) for k in days.periods("year")[0]] == ["until 2025", "undated", "2025"]


async def test_an_open_start_event_is_not_undated(app_path: Path) -> None:
    until = When(text="until 20 June", value="2025-06-20", start=None, end=date(2025, 6, 20))
    never = When(text="some day", value="XXXX", start=None, end=None)
    with EventStore(app_path) as store:
        store.add_event(Event(id="m-open", when=until, title="Truce holds", origin="manual"))
        store.add_event(Event(id="m-none", when=never, title="Talks someday", origin="manual"))
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        timeline = app.query_one(TimelinePane)
        rows = [r.label if not isinstance(r, Event) else r.title for r in timeline.rows]
        assert rows[:4] == ["until June 2025", "Truce holds", "undated", "Talks someday"]


async def test_help_in_the_article_view_lists_its_own_keys_first(app_path: Path) -> None:
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("end", "enter")
        assert isinstance(app.screen, ArticleView)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        titles = [title for title, _ in app.screen.sections]
        assert titles[0] == "Article view"
        assert "Everywhere" in titles[1:]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ArticleView)
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        assert [title for title, _ in app.screen.sections][0] == "Everywhere"


async def test_a_search_typed_at_once_after_slash_lands_in_the_box(app_path: Path) -> None:
    """tmux send-keys '/ceasefire' (or a fast typist): the letters go to the search box,
    not to the explorer's keys (e: edit, a: add) while the focus is still moving."""
    from tests.test_app_qa import burst

    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        burst(app, "/ceasefire")
        await pilot.pause(0.3)
        assert app.screen is app.main
        assert app.query_one("#search", Input).value == "ceasefire"
        burst(app, "/talks")  # in the box, / is a letter
        await pilot.pause(0.3)
        assert app.query_one("#search", Input).value == "ceasefire/talks"
