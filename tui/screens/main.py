"""The explorer's main screen: it owns the panes, hears their messages and tells the
others what to show; loading, editing and export are services it calls."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Header, Input

from store import Event, When
from tui.commands_palette import DatelineCommands
from tui.listing import plural
from tui.model.storeview import Order, StoreView, View
from tui.model.story_rows import by_article
from tui.model.undo import UndoStack
from tui.panes.actors import ActorsBox, ActorsPane
from tui.panes.density import DensityStrip
from tui.panes.detail import DetailPane
from tui.panes.quotes import QuotesPane
from tui.panes.stories import StoriesPane, story_text
from tui.panes.timeline import TimelinePane
from tui.screens.article import ArticleView
from tui.screens.goto import GoToDate
from tui.screens.main_panes import ExplorerPanes, SideHighlight
from tui.services.decisions import Decisions
from tui.services.editing import EventEditor
from tui.services.transfer import Transfer, ingest_summary
from tui.services.view_loader import ViewLoader
from tui.widgets.footer import DatelineFooter
from tui.widgets.ingest_bar import IngestBar
from tui.widgets.search_bar import SearchBar

WATCH_EVERY = 2.0  # s between looks for changes the command line made to the store


class MainScreen(Screen[None]):
    """Timeline (or story rows), actors, quotes and detail over one StoreView."""

    COMMANDS = {DatelineCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        # priority (with check_action below): the box or form takes the focus before the
        # next key is handed out, so text typed right after `/` or `a` reaches it
        Binding("slash", "search", "Search", id="app.search", priority=True),
        Binding("a", "add_event", "Add", id="app.add", priority=True),
        Binding("e", "edit_event", "Edit", id="app.edit"),
        Binding("d", "delete_event", "Delete", id="app.delete"),
        Binding("u,ctrl+z", "undo", "Undo", id="app.undo", show=False),
        Binding("ctrl+y", "redo", "Redo", id="app.redo", show=False),
        Binding("g", "go_to_date", "Go to date", id="app.goto", show=False),
        Binding("w", "toggle_panes", "Side panes", id="app.panes"),
        Binding("t", "toggle_stories", "Stories", id="app.stories"),
        # one key, two bindings: the footer names the order that `o` switches to
        Binding("o", "order('reported')", "As reported", id="app.order_reported"),
        Binding("o", "order('happened')", "As happened", id="app.order_happened"),
        Binding("r", "refresh", "Refresh", id="app.refresh", show=False),
        Binding("escape", "clear_filter", "Clear filter", id="app.clear", show=False),
        Binding("question_mark", "app.help", "Help", id="app.help"),
        Binding("q", "app.quit", "Quit", id="app.quit"),
    ]

    def __init__(self, data: StoreView, edits: UndoStack, *, watch: bool = True) -> None:
        super().__init__()
        self.data = data
        self.editor = EventEditor(self, data, edits)
        self.transfer = Transfer(self, data)
        self.decisions = Decisions(self, data)
        self.loader = ViewLoader(self, data)
        self._watch = watch
        self.query_text = ""
        self.actor_filter: str | None = None
        self.current_view: View | None = None
        self.order: Order = "happened"  # the timeline's order (o toggles)

    @property
    def today(self) -> date:
        return self.app.today  # type: ignore[attr-defined, no-any-return]

    def compose(self) -> ComposeResult:
        yield Header()
        yield SearchBar(id="searchbar")
        with Horizontal(id="main"):
            with Vertical(id="left"):
                yield DensityStrip(id="density")
                yield TimelinePane(id="timeline")
                yield StoriesPane(id="stories")
            with Vertical(id="right"):
                yield ActorsBox(id="actors-box")
                yield QuotesPane(id="quotes")
        yield DetailPane(id="detail")
        yield IngestBar(id="ingest-bar")
        yield DatelineFooter()

    def on_mount(self) -> None:
        q = self.query_one
        self.panes = ExplorerPanes(
            self.data, q(TimelinePane), q(DensityStrip), q(StoriesPane),
            q(ActorsPane), q(QuotesPane), q(DetailPane),
        )  # fmt: skip
        self.panes.timeline.focus()
        self.refresh_view(reload=True)
        if self._watch:
            self.loader.watch(WATCH_EVERY)

    def on_resize(self, event: Resize) -> None:
        """Small terminals get a shorter detail pane and a narrower actors column."""
        self.set_class(event.size.height < 32, "-short")
        self.set_class(event.size.width < 100, "-narrow")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit_event", "delete_event") and self.stories_on:
            return False  # they act on the hidden timeline's event: hidden with it
        if action in ("search", "add_event") and isinstance(self.focused, Input):
            return False  # a priority key: typed into a box, it is just a letter
        if action == "order":
            return parameters[0] != self.order and not self.stories_on
        return True

    # -- what the screen shows ----------------------------------------------------
    @property
    def stories_on(self) -> bool:
        return self.has_class("-stories")

    def main_list(self) -> TimelinePane | StoriesPane:
        """The list the left column shows (events or story rows)."""
        return self.query_one(StoriesPane) if self.stories_on else self.query_one(TimelinePane)

    def selected_event(self) -> Event | None:
        """The event under the timeline cursor (as fetched with its page)."""
        return self.query_one(TimelinePane).current_event

    def refresh_view(self, reload: bool = False, keep: str | None = None) -> None:
        """Load the current filter's view off the UI thread (see ViewLoader)."""
        query, actor, order = self.query_text, self.actor_filter, self.order
        self.loader.load(query, actor, self.today, order=order, reload=reload, keep=keep)

    def load_stories(self, keep: str | None = None) -> None:
        self.query_one(StoriesPane).load(self.data, self.query_text, self.today, keep)

    def _reload_lists(self) -> None:
        """Read the store again (actors changed, or the disk): both lists."""
        self.refresh_view(reload=True)
        if self.stories_on:
            self.data.story_cache = None  # the reload runs in a worker: group afresh now
            self.load_stories()

    # -- what the loader found --------------------------------------------------------
    @on(ViewLoader.Loaded)
    def _view_loaded(self, message: ViewLoader.Loaded) -> None:
        try:
            self._apply_view(message.view, message.keep)
        finally:
            self.app.call_after_refresh(message.painted.set)

    def _apply_view(self, view: View, keep: Event | None = None) -> None:
        self.app.release_screen()  # type: ignore[attr-defined] # drawn in the next frame
        self.current_view = view
        self.query_one(SearchBar).show_error("")
        self.panes.show_view(view, keep)
        self.app.sub_title = self.panes.heading(self.query_text, self.actor_filter)

    @on(ViewLoader.Narrowed)
    def _narrowed(self, message: ViewLoader.Narrowed) -> None:
        if message.view is self.current_view:
            self.panes.show_sides(message.view, message.actors, message.counts, message.quotes)

    @on(ViewLoader.SourcesLoaded)
    def _sources_loaded(self) -> None:
        self.panes.sources_loaded()

    @on(ViewLoader.DaysSplit)
    def _days_split(self, message: ViewLoader.DaysSplit) -> None:
        if message.view is self.current_view:
            self.panes.days_split()

    @on(ViewLoader.Refused)
    def _bad_query(self, message: ViewLoader.Refused) -> None:
        """Say what is wrong next to the box, keep the last good view and the focus there."""
        self.query_text = self.current_view.query if self.current_view else ""
        self.app.release_screen()  # type: ignore[attr-defined]
        search = self.query_one(SearchBar)
        search.show_error(message.reason)
        search.box.focus()

    @on(ViewLoader.Stale)
    def _stale(self) -> None:
        self.refresh_view(reload=True)

    @on(ViewLoader.Failed)
    def _store_failed(self, message: ViewLoader.Failed) -> None:
        self.app.notify(message.reason, title="store", severity="error")

    # -- what the panes say ---------------------------------------------------------
    @on(TimelinePane.EventHighlighted)
    def _event_highlighted(self, message: TimelinePane.EventHighlighted) -> None:
        event = message.event
        try:
            self.panes.mark(event)
        except NoMatches:  # a late message while the app is closing
            return
        if event is not None and not self.stories_on:
            self.panes.show_event(event)

    @on(TimelinePane.ZoomChanged)
    def _zoom_changed(self, message: TimelinePane.ZoomChanged) -> None:
        self.panes.zoomed(message.zoom)

    @on(TimelinePane.EventOpened)
    def _event_opened(self) -> None:
        self.action_open_article()

    @on(ActorsPane.ActorHighlighted)
    @on(QuotesPane.QuoteHighlighted)
    def _side_highlighted(self, message: SideHighlight) -> None:
        self.panes.side_highlighted(message, self.focused)

    @on(ActorsPane.ActorChosen)
    def _actor_chosen(self, message: ActorsPane.ActorChosen) -> None:
        self.actor_filter = None if self.actor_filter == message.actor_id else message.actor_id
        self.refresh_view()

    @on(ActorsPane.KindChanged)
    def _kind_changed(self, message: ActorsPane.KindChanged) -> None:
        self.decisions.set_kind(message.actor_id, message.kind)

    @on(ActorsPane.MergeRequested)
    def _actors_merged(self, message: ActorsPane.MergeRequested) -> None:
        self.decisions.merge_actors(message.keep, message.other)

    @on(ActorsPane.SplitRequested)
    def _actor_split(self, message: ActorsPane.SplitRequested) -> None:
        self.decisions.split_actor(message.actor_id)

    @on(Decisions.ActorsChanged)
    def _actors_changed(self) -> None:
        self._reload_lists()

    @on(QuotesPane.QuoteChosen)
    def _quote_chosen(self, message: QuotesPane.QuoteChosen) -> None:
        timeline = self.query_one(TimelinePane)
        target = self.data.event_of_quote(message.quote)
        if target is not None and timeline.select_event(target):
            timeline.focus()
        else:
            self.app.notify("this quote's event is not in the current view", severity="warning")

    @on(StoriesPane.StoryHighlighted)
    def _story_highlighted(self, message: StoriesPane.StoryHighlighted) -> None:
        if message.row is not None and self.stories_on:
            self.query_one(DetailPane).show_text(story_text(message.row))

    @on(StoriesPane.ArticleRequested)
    def _source_opened(self, message: StoriesPane.ArticleRequested) -> None:
        sources = by_article(message.row)
        if message.index >= len(sources):
            self.app.notify(f"this row has {plural(len(sources), 'source')}")
            return
        item = sources[message.index][0]
        article, event = self.data.article(item.article), self.data.event(item.event)
        if article is None or event is None:
            self.app.notify("this source has no article (added by hand)")
            return
        self.app.push_screen(ArticleView(article, [], [], event=event))

    @on(StoriesPane.MergeRequested)
    def _rows_merged(self, message: StoriesPane.MergeRequested) -> None:
        self.decisions.merge_rows(message.marked, message.other)

    @on(StoriesPane.SplitRequested)
    def _row_split(self, message: StoriesPane.SplitRequested) -> None:
        self.decisions.split_row(message.row)

    @on(Decisions.RowsChanged)
    def _rows_changed(self, message: Decisions.RowsChanged) -> None:
        self.load_stories(keep=message.keep)

    @on(EventEditor.Changed)
    def _events_changed(self, message: EventEditor.Changed) -> None:
        self.refresh_view(keep=message.keep)

    @on(Input.Submitted, "#search")
    def _search_submitted(self, message: Input.Submitted) -> None:
        self.query_text = message.value
        self.refresh_view()
        if self.stories_on:
            self.load_stories()
        # the focus moves now (keys typed next reach the timeline), but it is drawn with
        # the first page: one frame, not a focus frame that the page then waits behind
        self.app.hold_screen()  # type: ignore[attr-defined]
        self.main_list().focus()

    @on(IngestBar.Done)
    def _ingest_done(self, message: IngestBar.Done) -> None:
        summary = ingest_summary(message.added, message.present, message.failed)
        self.app.notify(summary, severity="warning" if message.failed else "information")
        self.refresh_view(reload=True)

    # -- keys ------------------------------------------------------------------------
    def action_search(self) -> None:
        self.set_focus(self.query_one(SearchBar).box)  # now: focus() waits for queued keys

    def action_clear_filter(self) -> None:
        had_filter = self.query_one(SearchBar).clear() or self.query_text or self.actor_filter
        self.query_text = ""
        self.actor_filter = None
        if had_filter:
            self.refresh_view()
            if self.stories_on:
                self.load_stories()
        self.main_list().focus()

    def action_refresh(self) -> None:
        self._reload_lists()

    def action_zoom(self, step: int) -> None:
        self.query_one(TimelinePane).action_zoom(step)

    def action_order(self, order: Order) -> None:
        """The timeline by when events happened, or by when they were reported (their
        article's publication date), keeping the event under the cursor."""
        self.order = order
        self.panes.set_order(order)
        self.refresh_bindings()
        event = self.selected_event()
        self.refresh_view(keep=event.id if event else None)

    def action_toggle_panes(self) -> None:
        """Hide (or show again) the actors and quotes, so the timeline has the width."""
        self.toggle_class("-wide")
        right = self.query_one("#right")
        if self.has_class("-wide") and self.focused is not None and right in self.focused.ancestors:
            self.query_one(TimelinePane).focus()

    def action_toggle_stories(self) -> None:
        self.toggle_class("-stories")
        self.refresh_bindings()  # edit and delete act on events: not on story rows
        if self.stories_on:
            self.query_one(StoriesPane).focus()
            self.load_stories()
        else:
            self.panes.back_to_timeline()

    def action_go_to_date(self) -> None:
        def jump(when: When | None) -> None:
            day = (when.start or when.end) if when is not None else None
            if day is not None:
                timeline = self.query_one(TimelinePane)
                timeline.go_to_date(day)
                timeline.focus()

        self.app.push_screen(GoToDate(self.today, self.query_one(TimelinePane).cursor_day), jump)

    def action_open_article(self) -> None:
        event = self.selected_event()
        article = self.data.article(event.article_id) if event else None
        if event is None or article is None:
            self.app.notify("this event has no source article (added by hand)")
            return
        quotes, actors = self.data.marks_of(article.id, event)
        self.app.push_screen(ArticleView(article, quotes, actors, event=event))

    def action_add_event(self) -> None:
        self.editor.add(self.today, self.query_one(TimelinePane).cursor_day)

    def action_edit_event(self) -> None:
        event = self.selected_event()
        if event is None:
            self.app.notify("no event selected", severity="warning")
        else:
            self.editor.edit(event, self.today)

    def action_delete_event(self) -> None:
        event = self.selected_event()
        if event is None:
            self.app.notify("no event selected", severity="warning")
        else:
            self.editor.delete(event)

    def action_undo(self) -> None:
        self.editor.undo()

    def action_redo(self) -> None:
        self.editor.redo()

    def action_ingest(self) -> None:
        self.transfer.ingest(self.query_one(IngestBar))

    def action_export(self, fmt: str) -> None:
        """Export the current search (all events without one) in format fmt."""
        self.transfer.export(fmt, self.query_text, self.today)
