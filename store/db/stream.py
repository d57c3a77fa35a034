"""Events one at a time, for listings that must start at once and stay small.

events_page() builds one list of models; at 100,000 events that list is the time and the
memory. Here the ordered doc ids are laid out once (ints, cheap) and each event is read
from its stored JSON only when the caller takes it, so the first row is out after one
small read and memory holds the ids plus one batch.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Literal

from store.db.query import order_hits
from store.models import Event

Sort = Literal["rank", "date"]


class EventStream:
    """Streaming reads of EventStore (a mixin beside EventViews: it uses the store's
    index, its cached search layouts and its tables)."""

    def event_ids(
        self,
        offset: int = 0,
        limit: int | None = None,
        *,
        query: str | None = None,
        actor: str | None = None,
        sort: Sort = "date",
        today: date | None = None,
    ) -> Sequence[int]:
        """The doc ids events_page() would return, in the same order, without the models."""
        stop = None if limit is None else offset + limit
        if sort == "date":
            return self._date_ids(offset, stop, query, actor, today)
        buckets = self._hits(query, actor, today)
        return order_hits(self._index, buckets, sort=sort, stop=stop)[offset:stop]

    def iter_events(self, doc_ids: Sequence[int]) -> Iterator[Event]:
        """The events of `doc_ids`, decoded one by one from their stored JSON (pydantic
        reads the bytes directly: no intermediate dicts)."""
        table = self._storage.tables.get("events", {})
        raw = getattr(table, "raw", None)  # a snapshot table keeps each document's bytes
        for doc_id in doc_ids:
            key = str(doc_id)
            if raw is not None:
                yield Event.model_validate_json(raw(key))
            else:
                yield Event.model_validate(table[key])

    def iter_event_json(self, doc_ids: Sequence[int]) -> Iterator[str]:
        """The events of `doc_ids` as JSON objects, one string each, straight from the
        stored bytes: a stored event is its model's own compact JSON (written from
        model_dump(mode="json")), so it is not decoded and encoded again."""
        table = self._storage.tables.get("events", {})
        raw = getattr(table, "raw", None)
        for doc_id in doc_ids:
            key = str(doc_id)
            if raw is not None:
                yield raw(key).decode("utf-8")
            else:
                yield Event.model_validate(table[key]).model_dump_json()
