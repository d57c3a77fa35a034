"""Story rows in the app and the reader's hand decisions (rows and actors).

A mixin of the app (like viewing and editing) so that app.py stays a router. Rows are
grouped in a thread worker (grouping reads every event); decisions are stored through
the store's public API (store.merge_stories, split_story, merge_actors_by_hand,
split_actor_by_hand), so they survive a re-ingest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.worker import get_current_worker

from store import DatelineError
from tui.panes.actors import ActorsPane
from tui.panes.detail import DetailPane
from tui.panes.stories import StoriesPane, story_text
from tui.panes.timeline import TimelinePane
from tui.screens.alias_pick import AliasPick
from tui.screens.article import ArticleView
from tui.textsafe import one_line
from tui.widgets.story_data import StoryRows, load_story_rows, merge_rows, split_row

if TYPE_CHECKING:
    from tui.app import DatelineApp

    _Base = DatelineApp
else:
    _Base = object


class StoryMixin(_Base):
    """`t` toggles events / story rows; story and actor merges and splits.

    Handlers are named on_<pane>_<message>: Textual's @on is collected only from the
    class that declares it, and this mixin is not a MessagePump."""

    @property
    def stories_on(self) -> bool:
        stack = self.screen_stack  # empty while the app starts or closes
        return bool(stack) and stack[0].has_class("-stories")

    def main_list(self) -> TimelinePane | StoriesPane:
        """The list the left column shows (events or story rows)."""
        return self.query_one(StoriesPane) if self.stories_on else self.query_one(TimelinePane)

    def action_toggle_stories(self) -> None:
        main = self.screen_stack[0]
        main.toggle_class("-stories")
        self.refresh_bindings()  # edit and delete act on events: not on story rows
        if self.stories_on:
            self.query_one(StoriesPane).focus()
            self.load_stories()
        else:
            timeline = self.query_one(TimelinePane)
            timeline.focus()
            event = timeline.current_event
            if event is not None:
                self.show_event(event)

    @work(thread=True, exclusive=True, group="stories")
    def load_stories(self, keep: str | None = None) -> None:
        """Group the store's events off the UI thread, then show the rows."""
        worker = get_current_worker()
        self.call_from_thread(self._stories_loading)
        try:
            rows = load_story_rows(self.data, self.query_text, self.today)
        except DatelineError as exc:
            self.call_from_thread(self.notify, str(exc), title="stories", severity="error")
            return
        if not worker.is_cancelled:
            self.call_from_thread(self._show_stories, rows, keep)

    def _stories_loading(self) -> None:
        pane = self.query_one(StoriesPane)
        pane.border_subtitle = "grouping…"

    def _show_stories(self, rows: StoryRows, keep: str | None) -> None:
        pane = self.query_one(StoriesPane)
        pane.empty_text = "no story rows here (escape clears the filter)"
        pane.show(rows, keep)

    def on_stories_pane_story_highlighted(self, message: StoriesPane.StoryHighlighted) -> None:
        if message.row is not None and self.stories_on:
            self.query_one(DetailPane).show_text(story_text(message.row))

    def on_stories_pane_article_requested(self, message: StoriesPane.ArticleRequested) -> None:
        items = message.row.items
        item = items[message.index] if message.index < len(items) else None
        if item is None:
            self.notify(f"this row has {len(items)} source{'' if len(items) == 1 else 's'}")
            return
        article = self.data.article(item.article)
        event = self.data.event(item.event)
        if article is None or event is None:
            self.notify("this source has no article (added by hand)")
            return
        self.push_screen(ArticleView(article, [], [], event=event))

    def on_stories_pane_merge_requested(self, message: StoriesPane.MergeRequested) -> None:
        try:
            merge_rows(self.data, message.marked, message.other)
        except DatelineError as exc:
            self.notify(str(exc), severity="error")
            return
        n = message.marked.sources + message.other.sources
        self.notify(f"merged two rows ({n} sources); kept across re-ingest")
        self.load_stories(keep=message.other.events[0])

    def on_stories_pane_split_requested(self, message: StoriesPane.SplitRequested) -> None:
        try:
            n = split_row(self.data, message.row)
        except DatelineError as exc:
            self.notify(str(exc), severity="error")
            return
        self.notify(f"split the row into {n} rows; kept across re-ingest")
        self.load_stories(keep=message.row.events[0])

    def on_actors_pane_merge_requested(self, message: ActorsPane.MergeRequested) -> None:
        keep, other = self.data.actors.get(message.keep), self.data.actors.get(message.other)
        try:
            with self.data.lock:
                self.data.open().merge_actors_by_hand(message.keep, message.other)
        except DatelineError as exc:
            self.notify(str(exc), severity="error")
            return
        if keep and other:
            self.notify(f"{one_line(other.name, 30)} is now {one_line(keep.name, 30)}")
        self._actors_changed()

    def on_actors_pane_split_requested(self, message: ActorsPane.SplitRequested) -> None:
        actor = self.data.actors.get(message.actor_id)
        if actor is None:
            return

        def split(name: str | None) -> None:
            if not name:
                return
            try:
                with self.data.lock:
                    self.data.open().split_actor_by_hand(actor.id, name)
            except DatelineError as exc:
                self.notify(str(exc), severity="error")
                return
            self.notify(f"{one_line(name, 30)} is now an actor of its own")
            self._actors_changed()

        self.push_screen(AliasPick(actor.name, list(actor.aliases)), split)

    def _actors_changed(self) -> None:
        """Actors were merged or split: read them again (the timeline's names too)."""
        self.refresh_view(reload=True)
        if self.stories_on:
            self.load_stories()
