"""Loading what the timeline shows: a worker reads and filters the store off the UI
thread, paints the first page, then narrows the panes and lays out the other zooms."""

from __future__ import annotations

import threading
from collections import Counter

from rich.text import Text
from textual import work
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from store import Actor, DatelineError, Event, QueryError, Quote
from tui.panes.actors import ActorsPane
from tui.panes.density import DensityStrip
from tui.panes.detail import DetailPane
from tui.panes.quotes import QuotesPane
from tui.panes.timeline import ZOOMS, TimelinePane
from tui.textsafe import one_line
from tui.widgets.storeview import SMALL_VIEW, View


class ViewingMixin:
    """The app's view loading; mixed into DatelineApp (uses its panes and StoreView)."""

    @work(thread=True, exclusive=True, group="view")
    def refresh_view(self, reload: bool = False, keep: str | None = None) -> None:
        """Read (and filter) the store off the UI thread, then show the result."""
        worker = get_current_worker()
        try:
            if reload:
                self.data.reload()
            view = self.data.view(self.query_text, self.actor_filter, self.today)
            kept = self.data.event(keep) if keep else None
        except QueryError as exc:
            self.call_from_thread(self._bad_query, str(exc))
            return
        except DatelineError as exc:  # e.g. a damaged store: say so, keep the app running
            self.call_from_thread(self.notify, str(exc), title="store", severity="error")
            return
        if not worker.is_cancelled:
            self.call_from_thread(self._apply_view, view, kept)
            self._wait_for_paint()
        for zoom in ZOOMS:  # lay out the other zoom levels now, so +/- is instant
            view.days.periods(zoom)
        try:
            if reload and not worker.is_cancelled:
                self.data.load_sources()
                self.call_from_thread(self._sources_loaded)
                self.data.warm(worker)  # the first filter or search then pays no decoding
            if view.actors is None and not worker.is_cancelled:  # a filter: narrow the panes
                actors, counts, quotes = self.data.narrow(view)
                if not worker.is_cancelled:
                    self.call_from_thread(self._show_narrowed, view, actors, counts, quotes)
            elif view.quotes is None and not worker.is_cancelled:
                quotes = self.data.all_quotes()
                if not worker.is_cancelled:
                    self.call_from_thread(self.query_one(QuotesPane).show, quotes)
        except DatelineError as exc:
            self.call_from_thread(self.notify, str(exc), title="store", severity="error")
        try:  # last: the panes above matter more than headings at day zoom
            if not worker.is_cancelled:
                self._split_coarse_days(view)
        except DatelineError:
            pass  # day zoom then keeps its plain (relabelled) day headings

    def _wait_for_paint(self, timeout: float = 0.25) -> None:
        """In a worker: wait until the screen has drawn what was just applied, so the
        worker's follow-up work (periods, panes, headings) does not hold the GIL while
        the first page is being painted."""
        painted = threading.Event()
        self.call_from_thread(self.call_after_refresh, self._painted, painted)
        painted.wait(timeout)

    def _painted(self, painted: threading.Event) -> None:
        painted.set()

    def _split_coarse_days(self, view: View) -> None:
        """In the view worker: find the coarse events' own headings for day zoom (the
        whole store, or a filtered view small enough to read at once), then re-lay the
        timeline if it is at day zoom. Large filtered views keep relabelled headings."""
        days = view.days
        if days.has_day_periods:
            return
        fetch = view.paged.fetch
        if view.query or view.actor is not None:
            if view.paged.total > SMALL_VIEW:
                return
            events = fetch(0, view.paged.total)  # one read, not one per 1st of the month

            def fetch(offset: int, limit: int) -> list[Event]:
                return events[offset : offset + limit]

        days.day_periods(fetch)
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._coarse_days_ready, view)

    def _coarse_days_ready(self, view: View) -> None:
        timeline = self.query_one(TimelinePane)
        if view is self.current_view and timeline.zoom == "day" and not timeline.rows.split:
            timeline.relayout()

    def _show_narrowed(
        self, view: View, actors: list[Actor], counts: Counter[str], quotes: list[Quote]
    ) -> None:
        """The actors and quotes of a filtered view, computed after its first paint."""
        if view is self.current_view:
            self.query_one(ActorsPane).show(actors, counts, view.actor)
            self.query_one(QuotesPane).show(quotes)

    def _sources_loaded(self) -> None:
        self.query_one(TimelinePane).clear_lines()
        quotes = self.query_one(QuotesPane)
        quotes.published = self.data.published
        quotes.show(quotes.quotes)

    def _hold_screen(self, timeout: float = 0.25) -> None:
        """Suspend repaints (App.batch_update) until the next view is applied, at most
        `timeout` s: the batch is entered here and left in _release_screen."""
        if not self._screen_held:
            self._screen_held = True
            self._held.enter_context(self.batch_update())
            self.set_timer(timeout, self._release_screen)

    def _release_screen(self) -> None:
        if self._screen_held:
            self._screen_held = False
            self._held.close()
            self.screen.refresh()

    def _apply_view(self, view: View, keep: Event | None = None) -> None:
        self._release_screen()  # the page below is drawn in the next frame
        self.current_view = view
        self._show_search_error("")
        timeline = self.query_one(TimelinePane)
        timeline.empty_text = self._empty_text(view)
        timeline.show(view.days, view.paged, keep=keep)
        self.query_one(DensityStrip).show(view.days, timeline.zoom)
        if view.actors is not None:
            self.query_one(ActorsPane).show(view.actors, view.counts, view.actor)
        if view.quotes is not None:
            self.query_one(QuotesPane).show(view.quotes)
        self._update_header()
        if not len(view.paged):
            hint = "No events here. Press a to add one, escape to clear the filter."
            self.query_one(DetailPane).show_text(Text(hint, style="dim"))

    def _empty_text(self, view: View) -> str:
        """What the timeline says when a view has no events (the filter, as typed)."""
        parts = []
        if view.query.strip():
            parts.append(one_line(view.query, 40))
        if view.actor:
            parts.append(f"actor {one_line(self._speaker_name(view.actor), 30)}")
        if parts:
            return f"no events match {' and '.join(parts)}"  # the detail says: escape clears
        return "no events yet: press a to add one, or ingest articles (ctrl+p)"

    def _update_header(self) -> None:
        parts = []
        if self.query_text.strip():
            parts.append(f"search: {one_line(self.query_text)}")
        if self.actor_filter:
            parts.append(f"actor: {one_line(self._speaker_name(self.actor_filter))}")
        self.sub_title = " · ".join(parts) if parts else "all events"

    def _bad_query(self, message: str) -> None:
        """Say what is wrong next to the box, keep the last good view and the focus there."""
        self.query_text = self.current_view.query if self.current_view else ""
        self._release_screen()
        self._show_search_error(message)
        self.query_one("#search", Input).focus()

    def _show_search_error(self, message: str) -> None:
        error = self.query_one("#search-error", Static)
        error.update(f"✗ {message}" if message else "")
        error.display = bool(message)

    @work(thread=True, exclusive=True, group="watch")
    def _check_disk(self) -> None:
        """Pick up changes made meanwhile by the command line."""
        try:
            changed = self.data.changed_elsewhere()
        except DatelineError:
            return  # refresh_view reports store errors; the next tick tries again
        if changed:
            self.call_from_thread(self.refresh_view, True)
