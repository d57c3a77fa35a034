"""Story rows in the app: `t` shows them, the detail lists the sources and a date
conflict, and hand merges and splits (rows and actors) are stored for good."""

from __future__ import annotations

from pathlib import Path

import pytest

from store import EventStore, story_rows
from tests.conftest_app import make_app, settle
from tests.story_app_fixtures import build_story_store
from tui.model.story_rows import by_article
from tui.panes.actors import ActorsPane
from tui.panes.detail import DetailPane
from tui.panes.stories import StoriesPane
from tui.panes.timeline import TimelinePane
from tui.screens.alias_pick import AliasPick
from tui.screens.article import ArticleView
from tui.screens.help import help_sections
from tui.widgets.footer import DatelineFooter


@pytest.fixture
def story_path(tmp_path: Path) -> Path:
    return build_story_store(tmp_path / "store.json")


def rows_of(pane: StoriesPane) -> list:
    return [pane.rows[i] for i in range(len(pane.rows))]


async def open_stories(pilot) -> StoriesPane:
    await settle(pilot)
    await pilot.press("t")
    await settle(pilot)
    return pilot.app.query_one(StoriesPane)


async def test_t_toggles_story_rows_with_counts_and_a_conflict_mark(story_path: Path) -> None:
    app = make_app(story_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        pane = await open_stories(pilot)
        assert pane.display and not app.query_one(TimelinePane).display
        assert app.focused is pane
        rows = rows_of(pane)
        assert [r.sources for r in rows] == [3, 1]
        width = pane.scrollable_content_region.width
        dam = pane.render_row(rows[0], width).plain
        assert "3 sources" in dam and "≠" in dam and "2031-03-15" in dam
        assert "Drones struck the Strelsau dam" in dam
        other = pane.render_row(rows[1], width).plain
        assert "1 source " in other and "≠" not in other
        await pilot.press("t")
        await settle(pilot)
        assert app.query_one(TimelinePane).display and not pane.display
        assert app.focused is app.query_one(TimelinePane)


async def test_the_key_is_in_the_footer_and_the_help(story_path: Path) -> None:
    app = make_app(story_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(DatelineFooter)
        assert "t Stories" in footer.labels
        pane = await open_stories(pilot)
        assert app.focused is pane
        labels = footer.labels
        assert "m Mark" in labels and "x Split" in labels and "? Help" in labels
        assert "M Merge marked" in labels and "e Edit" not in labels
        keys = {(b.key, b.description) for _, bs in help_sections(app.main) for b in bs}
        assert ("t", "Stories") in keys
        assert ("M", "Merge marked") in keys and ("x", "Split") in keys


async def test_the_detail_lists_each_source_and_the_conflict(story_path: Path) -> None:
    app = make_app(story_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_stories(pilot)
        text = app.query_one(DetailPane).plain
        assert "the sources disagree on the date" in text
        for source in ("Zenda Courier", "Strelsau Herald", "Hentzau Post"):
            assert source in text
        assert "2031-03-15" in text and "2031-03-16" in text  # each source's own date
        assert "“on Sunday”" in text and "“Saturday”" in text  # and its date words
        assert "Grouped:" in text and "same day" in text
        assert text.count("Drones struck the Strelsau dam, flooding") == 3


async def test_split_then_merge_rows_by_hand_is_stored(story_path: Path) -> None:
    app = make_app(story_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        pane = await open_stories(pilot)
        await pilot.press("x")
        await settle(pilot)
        assert [r.sources for r in rows_of(pane)] == [1, 1, 1, 1]
        await pilot.press("home", "m", "end", "M")
        await settle(pilot)
        sizes = sorted(r.sources for r in rows_of(pane))
        assert sizes == [1, 1, 2]
    with EventStore(story_path) as store:  # stored: a fresh read groups the same way
        assert sorted(r.sources for r in story_rows(store)) == [1, 1, 2]
        assert [d["kind"] for d in store.decisions()] == ["apart", "apart", "together"]


async def test_merge_needs_a_marked_row(story_path: Path) -> None:
    app = make_app(story_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_stories(pilot)
        await pilot.press("M")
        await settle(pilot)
    with EventStore(story_path) as store:
        assert store.decisions() == []


async def test_actors_merge_and_split_in_the_actors_pane(story_path: Path) -> None:
    app = make_app(story_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        actors = app.query_one(ActorsPane)
        actors.focus()
        names = [a.name for a in actors.rows]
        assert names == ["Jane Roe", "Ruritania", "The Kingdom"]
        actors.cursor = names.index("The Kingdom")
        await pilot.press("m")
        actors.cursor = names.index("Ruritania")
        await pilot.press("M")
        await settle(pilot)
        assert [a.name for a in actors.rows] == ["Jane Roe", "Ruritania"]
        actors.cursor = 0
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, AliasPick)
        await pilot.press("enter")
        await settle(pilot)
        assert [a.name for a in actors.rows] == ["J. Roe", "Jane Roe", "Ruritania"]
    with EventStore(story_path) as store:
        kinds = [d["kind"] for d in store.decisions()]
        assert kinds == ["actor-same", "actor-apart"]
        ruritania = store.actor("ruritania")
        assert ruritania is not None and "The Kingdom" in ruritania.aliases
        assert store.actor("jane-roe").aliases == []


async def test_a_number_key_opens_that_sources_article(story_path: Path) -> None:
    app = make_app(story_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        pane = await open_stories(pilot)
        second = by_article(pane.current)[1][0]  # the second article's first event
        await pilot.press("2")
        await settle(pilot)
        assert isinstance(app.screen, ArticleView)
        assert app.screen.article.id == second.article
        await pilot.press("escape", "9")  # no ninth source: a note, no article
        await settle(pilot)
        assert not isinstance(app.screen, ArticleView)
