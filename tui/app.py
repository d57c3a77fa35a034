"""The explorer: composes the panes and routes their messages; the panes do the work."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Header, Input, Static
from textual.worker import get_current_worker

from store import Event, QueryError, manual_event_id
from tui.panes.actors import ActorsPane
from tui.panes.detail import DetailPane, event_text
from tui.panes.quotes import QuotesPane
from tui.panes.timeline import TimelinePane
from tui.screens.event_form import EventDraft, EventForm
from tui.screens.help import HelpScreen
from tui.textsafe import one_line
from tui.widgets.storeview import StoreView, View


class DatelineApp(App[None]):
    """A timeline explorer over one store file."""

    CSS_PATH = "app.tcss"
    TITLE = "dateline"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search", "Search", id="app.search"),
        Binding("a", "add_event", "Add", id="app.add"),
        Binding("escape", "clear_filter", "Clear filter", id="app.clear"),
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(self, store_path: Path, *, today: date | None = None) -> None:
        super().__init__()
        self.store_path = Path(store_path)
        self.data = StoreView(self.store_path)
        self._today = today
        self.query_text = ""
        self.actor_filter: str | None = None
        self.current_view: View | None = None

    @property
    def today(self) -> date:
        """The date relative dates are read against (frozen in tests)."""
        return self._today or date.today()

    # -- layout --------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="searchbar"):
            yield Input(
                placeholder='/ search: words, "phrases", actor:, source:, after:, before:',
                id="search",
            )
            yield Static("", id="search-error", markup=False)
        with Horizontal(id="main"):
            with Vertical(id="left"):
                yield TimelinePane(id="timeline")
            with Vertical(id="right"):
                yield ActorsPane(id="actors")
                yield QuotesPane(id="quotes")
        yield DetailPane(id="detail")
        yield Footer()

    def on_mount(self) -> None:
        timeline = self.query_one(TimelinePane)
        timeline.border_title = "Timeline"
        timeline.names = self._actor_names
        timeline.source = self._source_name
        self.query_one(ActorsPane).border_title = "Actors"
        quotes = self.query_one(QuotesPane)
        quotes.border_title = "Quotes"
        quotes.speaker_name = self._speaker_name
        self.query_one(DetailPane).border_title = "Detail"
        timeline.focus()
        self.refresh_view(reload=True)

    def on_unmount(self) -> None:
        self.data.close()

    # -- names the panes ask for ----------------------------------------------
    def _actor_names(self, ids: list[str]) -> str:
        actors = self.data.actors
        return ", ".join(actors[i].name if i in actors else i for i in ids)

    def _speaker_name(self, actor_id: str | None) -> str:
        if actor_id is None:
            return "unknown"
        actor = self.data.actors.get(actor_id)
        return actor.name if actor else actor_id

    def _source_name(self, article_id: str | None) -> str:
        article = self.data.articles.get(article_id or "")
        return article.source if article else ""

    # -- loading ---------------------------------------------------------------
    @work(thread=True, exclusive=True, group="view")
    def refresh_view(self, reload: bool = False, keep: str | None = None) -> None:
        """Read (and filter) the store off the UI thread, then show the result."""
        worker = get_current_worker()
        try:
            if reload:
                self.data.reload()
            view = self.data.view(self.query_text, self.actor_filter, self.today)
        except QueryError as exc:
            self.call_from_thread(self._show_search_error, str(exc))
            return
        if not worker.is_cancelled:
            self.call_from_thread(self._apply_view, view, keep)

    def _apply_view(self, view: View, keep: str | None = None) -> None:
        self.current_view = view
        self._show_search_error("")
        self.query_one(TimelinePane).show(view.events, keep=keep)
        self.query_one(ActorsPane).show(view.actors, view.counts)
        self.query_one(QuotesPane).show(view.quotes)
        self._update_header()
        if not view.events:
            self.query_one(DetailPane).show_text(
                Text("No events. Press a to add one.", style="dim")
            )

    def _update_header(self) -> None:
        parts = []
        if self.query_text.strip():
            parts.append(f"search: {one_line(self.query_text)}")
        if self.actor_filter:
            parts.append(f"actor: {self._speaker_name(self.actor_filter)}")
        self.sub_title = " · ".join(parts) if parts else f"{self.store_path.name} · all events"

    def _show_search_error(self, message: str) -> None:
        error = self.query_one("#search-error", Static)
        error.update(f"✗ {message}" if message else "")
        error.display = bool(message)

    # -- messages between panes ---------------------------------------------------
    @on(TimelinePane.EventHighlighted)
    def _event_highlighted(self, message: TimelinePane.EventHighlighted) -> None:
        event = self.data.event(message.event_id) if message.event_id else None
        if event is not None:
            self.show_event(event)

    def show_event(self, event: Event) -> None:
        actors = [self.data.actors[a] for a in event.actors if a in self.data.actors]
        quotes = [self.data.quotes[q] for q in event.quotes if q in self.data.quotes]
        article = self.data.articles.get(event.article_id or "")
        speakers = {a.id: a.name for a in self.data.actors.values()}
        detail = self.query_one(DetailPane)
        detail.show_text(event_text(event, actors, quotes, article, speakers))

    @on(ActorsPane.ActorChosen)
    def _actor_chosen(self, message: ActorsPane.ActorChosen) -> None:
        self.actor_filter = None if self.actor_filter == message.actor_id else message.actor_id
        self.refresh_view()

    @on(QuotesPane.QuoteChosen)
    def _quote_chosen(self, message: QuotesPane.QuoteChosen) -> None:
        timeline = self.query_one(TimelinePane)
        quote = message.quote
        target = quote.event_id or next(
            (e.id for e in timeline.events if quote.id in e.quotes), None
        )
        if target and timeline.select_event(target):
            timeline.focus()
        else:
            self.notify("this quote's event is not in the current view", severity="warning")

    @on(Input.Submitted, "#search")
    def _search_submitted(self, message: Input.Submitted) -> None:
        self.query_text = message.value
        self.refresh_view()
        self.query_one(TimelinePane).focus()

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
        self.query_one(TimelinePane).focus()

    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.binding_sections()))

    def binding_sections(self) -> list[tuple[str, list[Binding]]]:
        """Bindings grouped by where they apply, for the help screen."""
        from tui.widgets.virtual_list import VirtualList

        def own(cls: type) -> list[Binding]:
            return [b for b in cls.BINDINGS if isinstance(b, Binding)]

        return [
            ("Everywhere", own(DatelineApp) + [Binding("ctrl+p", "", "Command palette")]),
            ("Lists", own(VirtualList) + [Binding("tab,shift+tab", "", "Next / previous pane")]),
            ("Timeline", own(TimelinePane)),
            ("Actors", own(ActorsPane) + [Binding("enter", "", "Filter by this actor")]),
            ("Quotes", [Binding("enter", "", "Go to the quote's event")]),
            ("Event form", own(EventForm)),
        ]

    def action_add_event(self) -> None:
        known = [a.name for a in self.data.actors.values()]
        self.push_screen(EventForm(self.today, known_actors=known), self._add_from_draft)

    def _add_from_draft(self, draft: EventDraft | None) -> None:
        if draft is None:
            return
        created = datetime.now(UTC)
        ids = [self.data.actor_for(name).id for name in draft.actor_names]
        event = Event(
            id=manual_event_id(draft.title, draft.when.value, created),
            when=draft.when,
            title=draft.title,
            actors=list(dict.fromkeys(ids)),
            origin="manual",
            created=created,
        )
        saved = self.data.add_event(event)
        self.notify(f"added: {one_line(saved.title, 60)}")
        self.refresh_view(keep=saved.id)
