"""What the app holds of the store: one locked EventStore plus read caches.

Workers and the UI thread share one EventStore, so every call goes through a lock.
Lookups by id (actors, quotes, articles) are served from dictionaries rebuilt on
refresh, so moving the cursor never touches the disk.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from store import Actor, Article, Event, EventStore, Quote, search_events


@dataclass
class View:
    """What the panes show for one filter (search query and/or actor)."""

    events: list[Event]
    actors: list[Actor]
    quotes: list[Quote]
    query: str = ""
    actor: str | None = None
    counts: Counter[str] = field(default_factory=Counter)


class StoreView:
    """The app's door to the store: thread-safe and cached."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.store = EventStore(path, create_dirs=True)
        self.lock = threading.RLock()
        self.events: list[Event] = []
        self.actors: dict[str, Actor] = {}
        self.quotes: dict[str, Quote] = {}
        self.articles: dict[str, Article] = {}
        self.counts: Counter[str] = Counter()
        self._events_by_id: dict[str, Event] = {}
        self.stamp = self.disk_stamp()

    def disk_stamp(self) -> tuple[int, int] | None:
        """mtime and size of the store file: a change means someone else wrote it."""
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def changed_on_disk(self) -> bool:
        return self.disk_stamp() != self.stamp

    def close(self) -> None:
        with self.lock:
            self.store.close()

    def reload(self) -> None:
        """Re-read everything (on start, on `r`, after ingest or edits from elsewhere)."""
        with self.lock:
            self.store.close()
            self.store = EventStore(self.path, create_dirs=True)
            self.events = self.store.events()
            self.actors = {a.id: a for a in self.store.actors()}
            self.quotes = {q.id: q for q in self.store.quotes()}
            self.articles = {a.id: a for a in self.store.articles()}
            self.counts = self.store.actor_event_counts()
            self._events_by_id = {e.id: e for e in self.events}
            self.stamp = self.disk_stamp()

    def event(self, event_id: str) -> Event | None:
        return self._events_by_id.get(event_id)

    def view(self, query: str = "", actor: str | None = None, today: date | None = None) -> View:
        """The events, actors and quotes matching a filter; raises QueryError on a bad query."""
        with self.lock:
            if query.strip():
                events = search_events(self.store, query, today=today, sort="date")
            else:
                events = self.events
        if actor:
            events = [e for e in events if actor in e.actors]
        if not query.strip() and not actor:
            actors = list(self.actors.values())
            quotes = list(self.quotes.values())
            counts = self.counts
        else:
            counts = Counter(a for e in events for a in e.actors)
            actors = [a for a in self.actors.values() if a.id in counts or a.id == actor]
            ids = {e.id for e in events}
            quote_ids = {q for e in events for q in e.quotes}
            quotes = [
                q
                for q in self.quotes.values()
                if q.id in quote_ids or q.event_id in ids or (actor and q.speaker == actor)
            ]
        return View(events, actors, quotes, query=query, actor=actor, counts=counts)

    # -- edits (the caller records undo) ----------------------------------------
    def add_event(self, event: Event) -> Event:
        with self.lock:
            saved = self.store.add_event(event)
            self.stamp = self.disk_stamp()
        self._remember(saved)
        return saved

    def update_event(self, event: Event) -> Event:
        with self.lock:
            saved = self.store.update_event(event)
            self.stamp = self.disk_stamp()
        self._remember(saved)
        return saved

    def delete_event(self, event_id: str) -> None:
        with self.lock:
            self.store.delete_event(event_id)
            self.stamp = self.disk_stamp()
        old = self._events_by_id.pop(event_id, None)
        if old is not None:
            self.events = [e for e in self.events if e.id != event_id]
            self.counts.subtract(old.actors)

    def actor_for(self, name: str) -> Actor:
        """The stored actor called `name`, or a new one added to the store."""
        from store.models import slugify

        with self.lock:
            actor = self.store.find_actor(name) or Actor(id=slugify(name), name=name.strip())
            actor = self.store.add_actor(actor)
            self.stamp = self.disk_stamp()
        self.actors[actor.id] = actor
        return actor

    def _remember(self, event: Event) -> None:
        from store import sort_events

        old = self._events_by_id.get(event.id)
        if old is not None:
            self.counts.subtract(old.actors)
        self.counts.update(event.actors)
        self._events_by_id[event.id] = event
        self.events = sort_events(self._events_by_id.values())
