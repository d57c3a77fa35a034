"""Loading what the timeline shows: a thread worker reads and filters the store off the
UI thread and posts what it finds, in stages, to the screen that asked: the first page,
then the sources, the narrowed actors and quotes, the day headings of coarse events.

The loader never touches a pane; its messages go up to its host (the main screen), which
tells the panes what to show. Messages are posted from the worker thread
(`post_message` is thread-safe) and handled in order on the host.
"""

from __future__ import annotations

import threading
from collections import Counter
from datetime import date

from textual.dom import DOMNode
from textual.message import Message
from textual.worker import Worker, get_current_worker

from store import Actor, DatelineError, Event, QueryError, Quote
from tui.model.paged import ZOOMS
from tui.model.storeview import SMALL_VIEW, Order, StoreView, View

PAINT_WAIT = 0.25  # s the worker waits for the first page to be drawn before going on


class ViewLoader:
    """Loads one filter's view at a time (a newer load cancels the older one)."""

    class Loaded(Message):
        """The view's counts and first page; `painted` is set once it is drawn."""

        def __init__(self, view: View, keep: Event | None, painted: threading.Event) -> None:
            super().__init__()
            self.view, self.keep, self.painted = view, keep, painted

    class Narrowed(Message):
        """The actors and quotes of a filtered view (or all quotes: actors None)."""

        def __init__(
            self,
            view: View,
            actors: list[Actor] | None,
            counts: Counter[str],
            quotes: list[Quote],
        ) -> None:
            super().__init__()
            self.view, self.actors, self.counts, self.quotes = view, actors, counts, quotes

    class SourcesLoaded(Message):
        """Every article's source and date are in the StoreView now."""

    class DaysSplit(Message):
        """The coarse events' own headings are known (relayout at any zoom)."""

        def __init__(self, view: View) -> None:
            super().__init__()
            self.view = view

    class Refused(Message):
        """The query is not valid (QueryError): say why, keep the last good view."""

        def __init__(self, reason: str) -> None:
            super().__init__()
            self.reason = reason

    class Stale(Message):
        """Another process (the command line) wrote the store: load again."""

    class Failed(Message):
        """The store could not be read (e.g. a damaged store)."""

        def __init__(self, reason: str) -> None:
            super().__init__()
            self.reason = reason

    def __init__(self, host: DOMNode, data: StoreView) -> None:
        self.host = host
        self.data = data

    def load(
        self,
        query: str,
        actor: str | None,
        today: date,
        *,
        order: Order = "happened",
        reload: bool = False,
        keep: str | None = None,
    ) -> Worker[None]:
        """Start loading (cancels a load still running)."""
        return self.host.run_worker(
            lambda: self._load(query, actor, today, order, reload, keep),
            name="view",
            group="view",
            exclusive=True,
            thread=True,
        )

    def watch(self, every: float) -> None:
        """Look every `every` s for changes made meanwhile by the command line."""
        self.host.set_interval(every, self.check_disk)

    def check_disk(self) -> Worker[None]:
        return self.host.run_worker(self._check_disk, group="watch", exclusive=True, thread=True)

    def _check_disk(self) -> None:
        try:
            changed = self.data.changed_elsewhere()
        except DatelineError:
            return  # a load reports store errors; the next look tries again
        if changed:
            self._post(self.Stale())

    def _post(self, message: Message) -> None:
        if not get_current_worker().is_cancelled:
            self.host.post_message(message)

    def _load(
        self,
        query: str,
        actor: str | None,
        today: date,
        order: Order,
        reload: bool,
        keep: str | None,
    ) -> None:
        worker = get_current_worker()
        try:
            if reload:
                self.data.reload()
            view = self.data.view(query, actor, today, order, worker)
            if view is None:  # cancelled while laying out reporting order
                return
            kept = self.data.event(keep) if keep else None
        except QueryError as exc:
            self._post(self.Refused(str(exc)))
            return
        except DatelineError as exc:  # e.g. a damaged store: say so, keep the app running
            self._post(self.Failed(str(exc)))
            return
        painted = threading.Event()
        self._post(self.Loaded(view, kept, painted))
        # the worker's follow-up work must not hold the GIL while the page is painted
        painted.wait(PAINT_WAIT)
        for zoom in ZOOMS:  # lay out the other zoom levels now, so +/- is instant
            view.days.periods(zoom)
        try:
            if reload and not worker.is_cancelled:
                self.data.load_sources()
                self._post(self.SourcesLoaded())
                self.data.warm(worker)  # the first filter or search then pays no decoding
            if view.actors is None and not worker.is_cancelled:  # a filter: narrow the panes
                actors, counts, quotes = self.data.narrow(view)
                self._post(self.Narrowed(view, actors, counts, quotes))
            elif view.quotes is None and not worker.is_cancelled:
                self._post(self.Narrowed(view, None, Counter(), self.data.all_quotes()))
        except DatelineError as exc:
            self._post(self.Failed(str(exc)))
        try:  # last: the panes above matter more than the coarse events' headings
            if not worker.is_cancelled and self._split_coarse_days(view):
                self._post(self.DaysSplit(view))
        except DatelineError:
            pass  # the timeline then keeps its plain (at day zoom relabelled) headings

    def _split_coarse_days(self, view: View) -> bool:
        """Find the coarse events' own headings, for the whole store or any filtered
        view (False: already known). A small filtered view is read at once; a larger
        one, as the whole store, a 1st of the month at a time (a filter's page is a
        slice of its date-ordered hits, so each read costs only its own events)."""
        days = view.days
        if days.has_day_periods:
            return False
        fetch = view.paged.fetch
        if (view.query or view.actor is not None) and view.paged.total <= SMALL_VIEW:
            events = fetch(0, view.paged.total)  # one read, not one per 1st of the month

            def fetch(offset: int, limit: int) -> list[Event]:
                return events[offset : offset + limit]

        days.day_periods(fetch)
        for zoom in ZOOMS:  # laid out here, not by the screen's thread as it relays out
            days.split_periods(zoom)
        return True
