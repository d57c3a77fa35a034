"""What the app holds of the store: one locked EventStore.

Workers and the UI thread share one EventStore, so every call goes through a lock.
Events are never all loaded: a view is a count, per-day counts and a page fetcher.
Pages, and the layout of a view's days, are kept by the store's one query cache
(EventStore.remember), for as long as the store does not change; a page already read
is taken from there without the lock, so drawing never waits on a worker. Actors are
few and held here; articles and quotes are fetched by id when shown.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from textual.worker import Worker

from store import Actor, Article, Event, EventStore, Quote, hand_actor
from tui.dates import load_tagger
from tui.model.paged import DayCounts, Fetch, PagedEvents, find_open_starts
from tui.model.reporting import reporting_order

Order = Literal["happened", "reported"]  # the timeline's order: when it happened, was reported
SMALL_VIEW = 3000  # filtered views up to this size narrow the actors and quotes panes too
# events per fetch: a search's hits are sparse, each from its own compressed block of the
# store, so the first page costs about this many block reads; a screen shows fewer rows
PAGE = 50


@dataclass
class View:
    """What the panes show for one filter (search query and/or actor)."""

    days: DayCounts
    paged: PagedEvents
    actors: list[Actor] | None  # None: narrowed to the view after the first paint
    counts: Counter[str]
    quotes: list[Quote] | None  # None: loaded after the first paint
    query: str = ""
    actor: str | None = None
    order: Order = "happened"

    @property
    def events(self) -> list[Event]:
        return list(self.paged)


class StoreView:
    """The app's door to the store: thread-safe and cached."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock = threading.RLock()
        self.store: EventStore | None = None
        self.actors: dict[str, Actor] = {}
        self.counts: Counter[str] = Counter()
        # the actors with events (as `dateline actors` lists them): a new list only when
        # they change, since panes cache its sort
        self.actor_list: list[Actor] = []
        # names the reader split off into actors of their own this session: listed though
        # no event names them yet, so the next key (K, M) can act on them
        self.split_names: set[str] = set()
        self._articles: dict[str, Article | None] = {}
        self.sources: dict[str, str] = {}
        self.published: dict[str, date] = {}
        self._quotes: list[Quote] | None = None
        # bumped by every write this app makes or sees, so caches of whole-store reads
        # (story rows: grouping 100,000 events takes seconds) know when they are stale
        self.generation = 0
        self.story_cache: tuple[tuple[object, ...], object] | None = None

    def open(self) -> EventStore:
        with self.lock:
            if self.store is None:
                # like the CLI: a store in a missing folder is refused (StoreError), never
                # created behind the reader's back
                self.store = EventStore(self.path, create_dirs=False)
            return self.store

    @contextmanager
    def reader(self) -> Iterator[EventStore]:
        """A second EventStore on the same file, for one long read in a worker (grouping
        every event into story rows): it never holds `lock`, which the screen's page reads,
        detail and edits wait on, so the screen stays live while it runs."""
        self.open()  # the file is checked (and any journal folded) by the shared store
        store = EventStore(self.path, create_dirs=False)
        try:
            yield store
        finally:
            store.close()

    def close(self) -> None:
        with self.lock:
            if self.store is not None:
                self.store.close()
                self.store = None

    def reload(self) -> None:
        """Re-read the actors (on start, on `r`, after ingest or edits from elsewhere)."""
        with self.lock:
            store = self.open()
            store.refresh()
            self.actors = {a.id: a for a in store.actors()}
            self.counts = store.actor_event_counts()
            self._list_actors()
            self._articles.clear()
            self._quotes = None
            self.changed()

    def changed(self) -> None:
        """A write was made or seen (the store's own cache drops its answers itself)."""
        self.generation += 1
        self.story_cache = None

    def warm(self, worker: Worker | None = None, busy: int = 2000) -> None:
        """After the first paint (in a worker): decode the index sections a filter or
        search reads, lay out the date order of every actor with more than `busy`
        events (one step per lock hold so page fetches from the UI wait little) and load
        the date tagger."""
        with self.lock:
            self.open().warm()
        for actor_id, n in self.counts.most_common():
            if n <= busy or (worker is not None and worker.is_cancelled):
                break
            with self.lock:
                self.open().day_counts(actor=actor_id)
        load_tagger()

    def changed_elsewhere(self) -> bool:
        """True if another process (the CLI) wrote the store since we last looked."""
        with self.lock:
            if not self.open().refresh():
                return False
            self.changed()
            return True

    # -- lookups -----------------------------------------------------------------
    def event(self, event_id: str) -> Event | None:
        with self.lock:
            return self.open().event(event_id)

    def events_citing(self, quote_id: str) -> list[Event]:
        with self.lock:
            return self.open().events_for_quote(quote_id)

    def event_of_quote(self, quote: Quote) -> Event | None:
        """The event a quote belongs to (filed without its event id: the one citing it)."""
        found = self.event(quote.event_id) if quote.event_id else None
        return found or next(iter(self.events_citing(quote.id)), None)

    def marks_of(self, article_id: str, event: Event) -> tuple[list[Quote], list[Actor]]:
        """An article's quotes, and the actors of the event and of those quotes."""
        quotes = [q for q in self.all_quotes() if q.article_id == article_id]
        ids = {*event.actors, *(q.speaker for q in quotes if q.speaker)}
        return quotes, [self.actors[a] for a in ids if a in self.actors]

    def article(self, article_id: str | None) -> Article | None:
        if not article_id:
            return None
        if article_id not in self._articles:
            with self.lock:
                self._articles[article_id] = self.open().article(article_id)
        return self._articles[article_id]

    def source(self, article_id: str | None) -> str:
        """An article's source name (from the preloaded table, else fetched once)."""
        if not article_id:
            return ""
        if article_id in self.sources:
            return self.sources[article_id]
        article = self.article(article_id)
        return article.source if article else ""

    def load_sources(self) -> None:
        """Every article's source and date, so rows never fetch an article to show them."""
        with self.lock:
            articles = self.open().articles()
        self.sources = {a.id: a.source for a in articles}
        self.published = {a.id: a.published for a in articles}

    def quotes_of(self, ids: list[str]) -> list[Quote]:
        with self.lock:
            store = self.open()
            return [q for q in map(store.quote, ids) if q is not None]

    def all_quotes(self) -> list[Quote]:
        """Every quote (cached until the next reload or ingest)."""
        with self.lock:
            if self._quotes is None:
                self._quotes = self.open().quotes()
            return self._quotes

    # -- views -----------------------------------------------------------------
    def view(
        self,
        query: str = "",
        actor: str | None = None,
        today: date | None = None,
        order: Order = "happened",
        worker: Worker | None = None,
    ) -> View | None:
        """Counts and a page fetcher for a filter; raises QueryError on a bad query.
        None when the worker laying out reporting order is cancelled."""
        query = query.strip()
        if order == "reported":
            return self._reported_view(query, actor, today, worker)
        with self.lock:
            store = self.open()
            days = store.remember(
                ("days", query, actor, today),
                lambda: self._day_counts(store, query, actor, today),
            )
            fetch = self._fetcher(store.generation, query, actor, today)
        find_open_starts(days, fetch, SMALL_VIEW)
        paged = PagedEvents(fetch, days.total, page=PAGE)
        if days.total:
            paged[0]  # fetch the first page here, off the UI thread, before it is drawn
        if not query and actor is None:
            return View(days, paged, self.actor_list, self.counts, None)
        return View(days, paged, None, Counter(), None, query, actor)

    def _fetcher(self, gen: object, query: str, actor: str | None, today: date | None) -> Fetch:
        """A view's page reader. The store keeps the pages a view read under the store's
        generation it was laid out in, and they are taken back without the lock, so
        drawing never waits on a worker, nor on an ingest writing meanwhile."""
        where = {"query": query or None, "actor": actor, "today": today, "generation": gen}

        def fetch(offset: int, limit: int) -> list[Event]:
            store = self.store
            found = None if store is None else store.peek_page(offset, limit, **where)
            if found is None:
                with self.lock:
                    found = self.open().events_page(offset, limit, **where)
            return found

        return fetch

    def _reported_view(
        self, query: str, actor: str | None, today: date | None, worker: Worker | None
    ) -> View | None:
        """The view in reporting order (tui.model.reporting); the store keeps the layout
        until it changes, so toggling back and forth reads the store once."""
        key = ("reported", query, actor, today)
        with self.lock:
            store = self.open()
            laid = store.recall(key)
            before = store.generation
        if laid is None:
            with self.lock:
                ids = self.open().event_ids(query=query or None, actor=actor, today=today)
            if not self.published:
                self.load_sources()

            def read(chunk: Sequence[int]) -> list[Event]:
                with self.lock:
                    return list(self.open().iter_events(chunk))

            def cancelled() -> bool:
                return worker is not None and worker.is_cancelled

            laid = reporting_order(ids, read, self.published, cancelled)
            if laid is None:
                return None
            with self.lock:
                store = self.open()
                if store.generation == before:  # not laid out across a write
                    store.remember(key, lambda: laid)
        days, ids = laid

        def fetch(offset: int, limit: int) -> list[Event]:  # kept as _fetcher's pages are
            page_key = (*key, before, offset, limit)
            store = self.store
            found = None if store is None else store.recall(page_key)
            if found is None:
                with self.lock:
                    store = self.open()
                    chunk = ids[offset : offset + limit]
                    page = list(store.iter_events(chunk))
                    found = store.remember(page_key, lambda: page, lasting=True)
            return found

        paged = PagedEvents(fetch, len(ids), page=PAGE)
        if len(ids):
            paged[0]
        if not query and actor is None:
            return View(days, paged, self.actor_list, self.counts, None, order="reported")
        return View(days, paged, None, Counter(), None, query, actor, "reported")

    def narrow(self, view: View) -> tuple[list[Actor], Counter[str], list[Quote]]:
        """The actors and quotes of a filtered view (all of them for a very large one)."""
        if view.paged.total > SMALL_VIEW:
            return self.actor_list, self.counts, self.all_quotes()
        events = view.paged.fetch(0, view.paged.total)  # not through the UI's page cache
        counts = Counter(a for e in events for a in e.actors)
        actors = [a for a in self.actors.values() if a.id in counts or a.id == view.actor]
        quotes = self.quotes_of(list(dict.fromkeys(q for e in events for q in e.quotes)))
        if view.actor is not None:
            with self.lock:
                spoken = self.open().quotes(speaker=view.actor)
            seen = {q.id for q in quotes}
            quotes += [q for q in spoken if q.id not in seen]
        return actors, counts, quotes

    def _day_counts(
        self, store: EventStore, query: str, actor: str | None, today: date | None
    ) -> DayCounts:
        """Per-day counts for a view, from the store's day_counts (no date labels made)."""
        per_day = store.day_counts(query or None, actor=actor, today=today)  # first: then
        total = store.count_events(query=query or None, actor=actor, today=today)  # cached
        return DayCounts.from_days(per_day, total)

    # -- edits (the caller records undo) ----------------------------------------
    def add_event(self, event: Event) -> Event:
        with self.lock:
            saved = self.open().add_event(event)
            self._recount(added=saved.actors)
            self.changed()
        return saved

    def update_event(self, event: Event) -> Event:
        with self.lock:
            store = self.open()
            old = store.event(event.id)
            saved = store.update_event(event)
            self.changed()
            self._recount(removed=old.actors if old else [], added=saved.actors)
        return saved

    def delete_event(self, event_id: str) -> None:
        with self.lock:
            store = self.open()
            old = store.event(event_id)
            store.delete_event(event_id)
            self.changed()
            self._recount(removed=old.actors if old else [])

    def actor_name(self, actor_id: str | None) -> str:
        """An actor's name as shown (its id when it is not known, "unknown" for none)."""
        actor = self.actors.get(actor_id or "")
        return actor.name if actor else (actor_id or "unknown")

    def actor_names(self, ids: list[str]) -> str:
        return ", ".join(self.actor_name(i) for i in ids)

    def merge_actors(self, keep: str, other: str) -> None:
        """The reader says `other` is `keep` (stored; read again with reload)."""
        with self.lock:
            self.open().merge_actors_by_hand(keep, other)
            self.changed()

    def split_actor(self, actor_id: str, name: str) -> None:
        """The reader says `name` is an actor of its own (stored; read again with reload)."""
        with self.lock:
            self.open().split_actor_by_hand(actor_id, name)
            self.changed()
        self.split_names.add(name)

    def actor_for(self, name: str) -> Actor:
        """The stored actor a typed "NAME[:KIND]" means, or a new one (store.hand_actor)."""
        with self.lock:
            actor = hand_actor(self.open(), name)
        self._keep_actor(actor)
        return actor

    def set_actor_kind(self, actor_id: str, kind: str) -> Actor:
        with self.lock:
            actor = self.open().set_actor_kind(actor_id, kind)
            self.changed()
        self._keep_actor(actor)
        return actor

    def _keep_actor(self, actor: Actor) -> None:
        self.actors[actor.id] = actor
        self._list_actors()

    def _list_actors(self) -> None:
        self.actor_list = [
            a
            for a in self.actors.values()
            if self.counts.get(a.id, 0) > 0 or a.name in self.split_names
        ]

    def _recount(self, removed: Iterable[str] = (), added: Iterable[str] = ()) -> None:
        """A new Counter (not changed in place), so panes can tell the counts changed."""
        counts = Counter(self.counts)
        counts.subtract(removed)
        counts.update(added)
        self.counts = counts
        self._list_actors()
