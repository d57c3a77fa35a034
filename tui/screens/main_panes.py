"""The main screen's panes taken together: how a loaded view, an event or an actor
looks across them. The screen decides when (it hears the messages); this says how,
by method calls down to the panes. It never posts a message or reads a key."""

from __future__ import annotations

from collections import Counter

from rich.text import Text
from textual.widget import Widget

from store import Actor, Event, Quote
from tui.model.paged import Zoom
from tui.model.reporting import reported_day
from tui.model.storeview import Order, StoreView, View
from tui.panes.actors import ActorsPane
from tui.panes.density import DensityStrip
from tui.panes.detail import DetailPane, actor_text, event_text, quote_text
from tui.panes.quotes import QuotesPane
from tui.panes.stories import StoriesPane
from tui.panes.timeline import TimelinePane
from tui.textsafe import one_line

# the cursor of a side pane moved: the detail follows it while that pane has focus
SideHighlight = ActorsPane.ActorHighlighted | QuotesPane.QuoteHighlighted

NO_EVENTS_HINT = "No events here. Press a to add one, escape to clear the filter."
EMPTY_STORE_HINT = (
    "The store holds no events yet. Press a to add one, or ctrl+p and 'ingest: files or "
    "folder' to read articles (from a shell: dateline ingest FILES --published YYYY-MM-DD)."
)


class ExplorerPanes:
    """Timeline, density strip, story rows, actors, quotes and detail, over one StoreView."""

    def __init__(
        self,
        data: StoreView,
        timeline: TimelinePane,
        density: DensityStrip,
        stories: StoriesPane,
        actors: ActorsPane,
        quotes: QuotesPane,
        detail: DetailPane,
    ) -> None:
        self.data = data
        self.timeline, self.density, self.stories = timeline, density, stories
        self.actors, self.quotes, self.detail = actors, quotes, detail
        timeline.border_title = "Timeline"
        timeline.names = data.actor_names
        timeline.source = data.source
        stories.border_title = "Stories"
        actors.border_title = "Actors"
        quotes.border_title = "Quotes"
        quotes.speaker_name = data.actor_name
        detail.border_title = "Detail"

    def set_order(self, order: Order) -> None:
        """Say the timeline is being laid out in `order` (seconds for a big store, read
        whole in a worker); the view it gets switches the rows to it (show_view)."""
        word = "as reported" if order == "reported" else "as happened"
        self.timeline.border_title = f"Timeline · ordering {word}…"

    def _show_order(self, order: Order) -> None:
        """Lay the timeline out by happening or by reporting day."""
        reported = order == "reported"
        self.timeline.day_of = (
            (lambda event: reported_day(event, self.data.published))
            if reported
            else (lambda event: event.when.start)
        )
        self.timeline.heading_prefix = "reported " if reported else ""
        self.timeline.border_title = "Timeline · as reported" if reported else "Timeline"

    def show_view(self, view: View, keep: Event | None) -> None:
        """A view's first page, counts and (when known) its actors and quotes."""
        self.timeline.empty_text = self.empty_text(view)
        self._show_order(view.order)
        self.timeline.show(view.days, view.paged, keep=keep)
        self.density.show(view.days, self.timeline.zoom)
        if view.actors is not None:
            self.actors.show(view.actors, view.counts, view.actor)
        if view.quotes is not None:
            self.quotes.show(view.quotes)
        if not len(view.paged):
            filtered = view.query.strip() or view.actor
            self.detail.show_text(Text(NO_EVENTS_HINT if filtered else EMPTY_STORE_HINT, "dim"))

    def show_sides(
        self, view: View, actors: list[Actor] | None, counts: Counter[str], quotes: list[Quote]
    ) -> None:
        """The actors (None: keep them) and quotes found after the first paint."""
        if actors is not None:
            self.actors.show(actors, counts, view.actor)
        self.quotes.show(quotes)

    def sources_loaded(self) -> None:
        """Rows name their sources and quotes their dates now: draw them again."""
        self.timeline.clear_lines()
        self.quotes.published = self.data.published
        self.quotes.show(self.quotes.quotes)

    def back_to_timeline(self) -> None:
        """Story rows off: the timeline takes the focus at the highlighted row's first
        event (when its view holds it), so the reader stays with the same happening."""
        row = self.stories.current
        event = self.data.event(row.events[0]) if row is not None and row.events else None
        if event is not None:
            self.timeline.select_event(event)
        self.timeline.focus()
        if self.timeline.current_event is not None:
            self.show_event(self.timeline.current_event)

    def days_split(self) -> None:
        """The coarse events' own headings are known: re-lay the timeline with them."""
        if not self.timeline.rows.split:
            self.timeline.relayout()

    def zoomed(self, zoom: Zoom) -> None:
        self.density.show(self.timeline.days, zoom)
        self.mark(self.timeline.current_event)

    def mark(self, event: Event | None) -> None:
        """Mark the event's period on the density strip."""
        self.density.mark(self.timeline.day_of(event) if event else None)

    def show_event(self, event: Event) -> None:
        """The event in full in the detail pane: actors, quotes, article."""
        data = self.data
        actors = [data.actors[a] for a in event.actors if a in data.actors]
        quotes = data.quotes_of(event.quotes)
        speakers = {a.id: a.name for a in actors}
        speakers.update((q.speaker, data.actor_name(q.speaker)) for q in quotes if q.speaker)
        article = data.article(event.article_id)
        self.detail.show_text(event_text(event, actors, quotes, article, speakers))

    def show_actor(self, actor_id: str | None) -> None:
        actor = self.data.actors.get(actor_id or "")
        if actor is not None:
            self.detail.show_text(actor_text(actor, self.data.counts.get(actor.id, 0)))

    def side_highlighted(self, message: SideHighlight, focused: Widget | None) -> None:
        """The actor or quote under a side pane's cursor, in full, while it has focus."""
        if isinstance(message, ActorsPane.ActorHighlighted) and focused is self.actors:
            self.show_actor(message.actor_id)
        elif isinstance(message, QuotesPane.QuoteHighlighted) and focused is self.quotes:
            self.show_quote(message.quote)

    def show_quote(self, quote: Quote | None) -> None:
        if quote is not None:
            speaker = self.data.actors.get(quote.speaker or "")
            article = self.data.article(quote.article_id)
            self.detail.show_text(quote_text(quote, speaker, article))

    def empty_text(self, view: View) -> str:
        """What the timeline says when a view has no events (the filter, as typed)."""
        parts = []
        if view.query.strip():
            parts.append(one_line(view.query, 40))
        if view.actor:
            parts.append(f"actor {one_line(self.data.actor_name(view.actor), 30)}")
        if parts:
            return f"no events match {' and '.join(parts)}"  # the detail says: escape clears
        return "no events yet: press a to add one, or ingest articles (ctrl+p)"

    def heading(self, query: str, actor: str | None) -> str:
        """The header's sub-title: what the view is filtered by."""
        parts = []
        if query.strip():
            parts.append(f"search: {one_line(query)}")
        if actor:
            parts.append(f"actor: {one_line(self.data.actor_name(actor))}")
        return " · ".join(parts) if parts else "all events"
