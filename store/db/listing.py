"""Events in the store's order, and the search the command line and exports run."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from store.db.queries import Sort
from store.models import Event

if TYPE_CHECKING:
    from store.db.event_store import EventStore


def sort_events(events: Iterable[Event]) -> list[Event]:
    return sorted(
        events,
        key=lambda e: (e.when.start or date.min, e.when.end or e.when.start or date.max, e.id),
    )


def search_events(
    store: EventStore, query: str, *, today: date | None = None, sort: Sort = "rank"
) -> list[Event]:
    """Events matching the query language of store.search, ranked or by date."""
    return store.events_page(0, None, query=query, sort=sort, today=today)
