"""The explorer: composes the panes and routes their messages; the panes do the work."""

from __future__ import annotations

from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.events import Resize
from textual.notifications import SeverityLevel
from textual.screen import ModalScreen
from textual.widgets import Header, Input, Static

from store import DatelineError, Event, When
from tui.commands_palette import DatelineCommands
from tui.panes.actors import ActorsBox, ActorsPane
from tui.panes.density import DensityStrip
from tui.panes.detail import DetailPane, actor_text, event_text
from tui.panes.quotes import QuotesPane
from tui.panes.stories import StoriesPane
from tui.panes.timeline import TimelinePane
from tui.screens.article import ArticleView
from tui.screens.goto import GoToDate
from tui.screens.help import HelpScreen, help_sections
from tui.textsafe import one_line, say
from tui.widgets.editing import EditingMixin
from tui.widgets.footer import DatelineFooter
from tui.widgets.ingest_bar import IngestBar
from tui.widgets.store_warnings import StoreWarning, StoreWarnings
from tui.widgets.storeview import StoreView, View
from tui.widgets.story_view import StoryMixin
from tui.widgets.transfer import TransferMixin
from tui.widgets.undo import UndoStack
from tui.widgets.viewing import ViewingMixin

FAILURES_SHOWN = 3  # reasons an ingest toast lists before "… and N more"
SEARCH_HINT = '/ search: words, "phrases", actor:, source:, kind:, after:, before:'


class DatelineApp(ViewingMixin, EditingMixin, TransferMixin, StoryMixin, App[None]):
    """A timeline explorer over one store file."""

    CSS_PATH = "app.tcss"
    TITLE = "dateline"
    COMMANDS = App.COMMANDS | {DatelineCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search", "Search", id="app.search"),
        # priority (with check_action below): the form opens before the next key is handed
        # out, so text typed right after `a` reaches it instead of the timeline
        Binding("a", "add_event", "Add", id="app.add", priority=True),
        Binding("e", "edit_event", "Edit", id="app.edit"),
        Binding("d", "delete_event", "Delete", id="app.delete"),
        Binding("u,ctrl+z", "undo", "Undo", id="app.undo", show=False),
        Binding("ctrl+y", "redo", "Redo", id="app.redo", show=False),
        Binding("g", "go_to_date", "Go to date", id="app.goto", show=False),
        Binding("w", "toggle_panes", "Side panes", id="app.panes"),
        Binding("t", "toggle_stories", "Stories", id="app.stories"),
        Binding("r", "refresh", "Refresh", id="app.refresh", show=False),
        Binding("escape", "clear_filter", "Clear filter", id="app.clear", show=False),
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(self, store_path: Path, *, today: date | None = None, watch: bool = True) -> None:
        super().__init__()
        self.store_path = Path(store_path)
        self.data = StoreView(self.store_path)
        self.edits = UndoStack(self.data)
        self._today = today
        self._watch = watch
        self.query_text = ""
        self.actor_filter: str | None = None
        self.current_view: View | None = None
        self._screen_held = False  # repaints suspended until a view is applied
        self._held = ExitStack()  # the open App.batch_update() while they are
        self.store_warnings = StoreWarnings(self)  # the store's logged warnings, as toasts

    MAIN_SCREEN_ONLY: ClassVar[set[str]] = {
        "search",
        "add_event",
        "edit_event",
        "delete_event",
        "undo",
        "redo",
        "go_to_date",
        "toggle_panes",
        "toggle_stories",
        "refresh",
        "clear_filter",
        "open_article",
        "ingest",
        "zoom",
        "export",
        "quit",  # q inside a dialog must not end the session (ctrl+q still does)
    }

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Explorer actions only apply while the explorer is on top (not in a modal)."""
        if action in self.MAIN_SCREEN_ONLY and len(self.screen_stack) > 1:
            return False
        if action == "help" and isinstance(self.screen, ModalScreen):
            return False  # a dialog's footer shows its own keys (`?` may be typed there)
        if action in ("edit_event", "delete_event") and self.stories_on:
            return False  # they act on the hidden timeline's event: hidden with it
        if action == "add_event" and isinstance(self.focused, Input):
            return False  # a priority key: typed into the search box, it is just a letter
        return True

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Toasts carry titles, names and paths from the store: shown as written, never
        read as markup (Textual's default is markup=True)."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    @property
    def today(self) -> date:
        """The date relative dates are read against (frozen in tests)."""
        return self._today or date.today()

    # -- layout --------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="searchbar"):
            yield Input(placeholder=SEARCH_HINT, id="search")
            yield Static("", id="search-error", markup=False)
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

    def run(self, **kwargs: Any) -> Any:
        """Run the app; a warning the store gave as it closed (a fold that failed at quit)
        is printed once the terminal is back, as the command line would."""
        result = super().run(**kwargs)
        for line in self.store_warnings.late:
            say(line, err=True)
        return result

    def on_mount(self) -> None:
        self.store_warnings.install()
        timeline = self.query_one(TimelinePane)
        timeline.border_title = "Timeline"
        timeline.names = self._actor_names
        timeline.source = self._source_name
        self.query_one(StoriesPane).border_title = "Stories"
        self.query_one(ActorsPane).border_title = "Actors"
        quotes = self.query_one(QuotesPane)
        quotes.border_title = "Quotes"
        quotes.speaker_name = self._speaker_name
        self.query_one(DetailPane).border_title = "Detail"
        timeline.focus()
        self.refresh_view(reload=True)
        if self._watch:
            self.set_interval(2.0, self._check_disk)

    def on_unmount(self) -> None:
        try:
            self.data.close()
        finally:
            self.store_warnings.remove()

    @on(StoreWarning)
    def _store_warning(self, message: StoreWarning) -> None:
        self.notify(message.text, severity="warning", timeout=15)

    def on_resize(self, event: Resize) -> None:
        """Small terminals get a shorter detail pane and a narrower actors column."""
        main = self.screen_stack[0] if self.screen_stack else self.screen
        main.set_class(event.size.height < 32, "-short")
        main.set_class(event.size.width < 100, "-narrow")

    # -- names the panes ask for ----------------------------------------------
    def _actor_names(self, ids: list[str]) -> str:
        actors = self.data.actors
        return ", ".join(actors[i].name if i in actors else i for i in ids)

    def _speaker_name(self, actor_id: str | None) -> str:
        actor = self.data.actors.get(actor_id or "")
        return actor.name if actor else (actor_id or "unknown")

    def _source_name(self, article_id: str | None) -> str:
        return self.data.source(article_id)

    def selected_event(self) -> Event | None:
        """The event under the timeline cursor (as fetched with its page)."""
        return self.query_one(TimelinePane).current_event

    # -- messages between panes ---------------------------------------------------
    @on(TimelinePane.EventHighlighted)
    def _event_highlighted(self, message: TimelinePane.EventHighlighted) -> None:
        event = message.event
        try:
            self.query_one(DensityStrip).mark(event.when.start if event else None)
        except NoMatches:  # a late message while the app is closing
            return
        if event is not None and not self.stories_on:
            self.show_event(event)

    def show_event(self, event: Event) -> None:
        actors = [self.data.actors[a] for a in event.actors if a in self.data.actors]
        quotes = self.data.quotes_of(event.quotes)
        article = self.data.article(event.article_id)
        speakers = {a.id: a.name for a in actors}
        speakers.update((q.speaker, self._speaker_name(q.speaker)) for q in quotes if q.speaker)
        detail = self.query_one(DetailPane)
        detail.show_text(event_text(event, actors, quotes, article, speakers))

    @on(TimelinePane.ZoomChanged)
    def _zoom_changed(self, message: TimelinePane.ZoomChanged) -> None:
        timeline = self.query_one(TimelinePane)
        density = self.query_one(DensityStrip)
        density.show(timeline.days, message.zoom)
        event = self.selected_event()
        density.mark(event.when.start if event else None)

    @on(TimelinePane.EventOpened)
    def _event_opened(self, message: TimelinePane.EventOpened) -> None:
        self.action_open_article()

    @on(ActorsPane.ActorHighlighted)
    def _actor_highlighted(self, message: ActorsPane.ActorHighlighted) -> None:
        actor = self.data.actors.get(message.actor_id or "")
        if actor is not None and self.focused is self.query_one(ActorsPane):
            count = self.data.counts.get(actor.id, 0)
            self.query_one(DetailPane).show_text(actor_text(actor, count))

    @on(ActorsPane.ActorChosen)
    def _actor_chosen(self, message: ActorsPane.ActorChosen) -> None:
        self.actor_filter = None if self.actor_filter == message.actor_id else message.actor_id
        self.refresh_view()

    @on(ActorsPane.KindChanged)
    def _kind_changed(self, message: ActorsPane.KindChanged) -> None:
        try:
            actor = self.data.set_actor_kind(message.actor_id, message.kind)
        except DatelineError as exc:
            self.notify(str(exc), severity="error")
            return
        self.notify(f"{one_line(actor.name, 40)} is now: {actor.kind}")
        self.refresh_view(reload=True)

    @on(QuotesPane.QuoteChosen)
    def _quote_chosen(self, message: QuotesPane.QuoteChosen) -> None:
        timeline = self.query_one(TimelinePane)
        quote = message.quote
        target = self.data.event(quote.event_id) if quote.event_id else None
        if target is None:  # a quote filed without its event id: ask the store who cites it
            target = next(iter(self.data.events_citing(quote.id)), None)
        if target is not None and timeline.select_event(target):
            timeline.focus()
        else:
            self.notify("this quote's event is not in the current view", severity="warning")

    @on(Input.Submitted, "#search")
    def _search_submitted(self, message: Input.Submitted) -> None:
        self.query_text = message.value
        self.refresh_view()
        if self.stories_on:
            self.load_stories()
        # the focus moves now (keys typed next reach the timeline), but it is drawn with
        # the first page: one frame, not a focus frame that the page then waits behind
        self._hold_screen()
        self.main_list().focus()

    @on(IngestBar.Done)
    def _ingest_done(self, message: IngestBar.Done) -> None:
        summary = f"ingested {message.added}, already present {message.present}"
        if message.failed:  # each reason on its own line: the first three, then a count
            reasons = [f"\n{one_line(why, 100)}" for why in message.failed[:FAILURES_SHOWN]]
            more = len(message.failed) - FAILURES_SHOWN
            summary += f", failed {len(message.failed)}:{''.join(reasons)}"
            summary += f"\n… and {more} more" if more > 0 else ""
        self.notify(summary, severity="warning" if message.failed else "information")
        self.refresh_view(reload=True)

    # -- actions ------------------------------------------------------------------
    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_clear_filter(self) -> None:
        search = self.query_one("#search", Input)
        had_filter = bool(self.query_text or self.actor_filter or search.value)
        search.value = ""
        self.query_text = ""
        self.actor_filter = None
        self._show_search_error("")
        if had_filter:
            self.refresh_view()
            if self.stories_on:
                self.load_stories()
        self.main_list().focus()

    def action_refresh(self) -> None:
        self.refresh_view(reload=True)
        if self.stories_on:
            self.load_stories()

    def action_zoom(self, step: int) -> None:
        self.query_one(TimelinePane).action_zoom(step)

    def action_toggle_panes(self) -> None:
        """Hide (or show again) the actors and quotes, so the timeline has the width."""
        main = self.screen_stack[0]
        main.toggle_class("-wide")
        right = self.query_one("#right")
        if main.has_class("-wide") and self.focused is not None and right in self.focused.ancestors:
            self.query_one(TimelinePane).focus()

    def action_help(self) -> None:
        self.push_screen(HelpScreen(help_sections(self)))

    def action_go_to_date(self) -> None:
        def jump(when: When | None) -> None:
            day = (when.start or when.end) if when is not None else None
            if day is not None:
                timeline = self.query_one(TimelinePane)
                timeline.go_to_date(day)
                timeline.focus()

        self.push_screen(GoToDate(self.today), jump)

    def action_open_article(self) -> None:
        event = self.selected_event()
        article = self.data.article(event.article_id) if event else None
        if event is None or article is None:
            self.notify("this event has no source article (added by hand)")
            return
        quotes = [q for q in self.data.all_quotes() if q.article_id == article.id]
        ids = {*event.actors, *(q.speaker for q in quotes if q.speaker)}
        actors = [self.data.actors[a] for a in ids if a in self.data.actors]
        self.push_screen(ArticleView(article, quotes, actors, event=event))
