"""The timeline's views of the store: events by date, pages, counts and density."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from datetime import date
from typing import Any, Literal

from store.db.date_key import DateKey
from store.db.query import Buckets, actor_event_ids, by_period, match, order_hits
from store.models import Event
from store.search import parse_query
from store.textclean import fold

Period = Literal["day", "month", "year"]
Sort = Literal["rank", "date"]


class EventViews:
    """Read-side views of EventStore: date order, pages, counts, density (a mixin: it
    uses the store's index and tables)."""

    def events(
        self,
        *,
        actor: str | None = None,
        after: date | None = None,
        before: date | None = None,
    ) -> list[Event]:
        """Events sorted by date (start, then end, then filing order)."""
        allowed = actor_event_ids(self._index, actor) if actor is not None else None
        return self._events(self._index.in_range(after, before, allowed))

    def _hits(self, query: str | None, actor: str | None, today: date | None) -> Buckets:
        key = ("hits", query, actor, today, self._index.version)
        if key not in self._cache:
            q = parse_query(query or "", today)
            self._cache[key] = match(self._index, q, self._texts, actor_id=actor)
        return self._cache[key]

    def _date_keys(self, query: str | None, actor: str | None, today: date | None) -> list[int]:
        """The packed date keys of a search's hits, ascending: a date-ordered page is a
        slice, the count its length, the day counts one pass. The hits are not ranked
        (unless a ranked search already found them); the last few searches are kept."""
        lru: OrderedDict[Any, list[int]] = self._cache.setdefault("date-keys", OrderedDict())
        key = (query, actor, today, self._index.version)
        found = lru.get(key)
        if found is not None:
            lru.move_to_end(key)
            return found
        hits = self._cache.get(("hits", query, actor, today, self._index.version))
        if hits is None:
            q = parse_query(query or "", today)
            hits = match(self._index, q, self._texts, actor_id=actor, rank=False)
        ids = next(iter(hits.values())) if len(hits) == 1 else set().union(*hits.values())
        found = lru[key] = sorted(map(self._index.keys.__getitem__, ids))
        while len(lru) > 8:
            lru.popitem(last=False)
        return found

    def _texts(self, doc_id: int) -> dict[str, str]:
        """Folded text per index field of one event, for phrase checks."""
        doc = self._storage.tables["events"][str(doc_id)]
        quotes = [self.quote(q) for q in doc.get("quotes") or []]
        names = [self._index.actor_names.get(a, a) for a in doc.get("actors") or []]
        return {
            "t": fold(doc.get("title") or ""),
            "q": fold(" ".join(q.text for q in quotes if q)),
            "a": " ".join(names),
            "b": fold(doc.get("sentence") or ""),
        }

    def events_page(
        self,
        offset: int = 0,
        limit: int | None = 50,
        *,
        query: str | None = None,
        actor: str | None = None,
        sort: Sort = "date",
        today: date | None = None,
    ) -> list[Event]:
        """One page of events by date (or rank), optionally matching a search query."""
        stop = None if limit is None else offset + limit
        if sort == "date":
            return self._events(self._date_ids(offset, stop, query, actor, today))
        key = ("order", query, actor, today, sort, self._index.version)
        ordered = self._cache.get(key)
        if ordered is None:
            buckets = self._hits(query, actor, today)
            small = sum(map(len, buckets.values())) <= 2000
            ordered = order_hits(self._index, buckets, sort=sort, stop=None if small else stop)
            if small or stop is None:
                self._cache[key] = ordered
        return self._events(ordered[offset:stop])

    def _date_ids(
        self,
        offset: int,
        stop: int | None,
        query: str | None,
        actor: str | None,
        today: date | None,
    ) -> list[int]:
        """Doc ids offset..stop in date order, from the packed keys (no documents read)."""
        if (query or "").strip():
            keys = self._date_keys(query, actor, today)[offset:stop]
        elif actor is None:
            keys = self._index.order[offset:stop]
        else:
            keys = self._actor_keys(actor)[offset:stop]
        return DateKey.doc_ids(keys)

    def _actor_order(self, actor: str) -> list[int]:
        """An actor's event doc ids by date, sorted once per store version (a page of a
        busy actor then costs a slice and the page's documents)."""
        return DateKey.doc_ids(self._actor_keys(actor))

    def _actor_keys(self, actor: str) -> list[int]:
        """An actor's packed date keys, ascending (cached per store version): sorting the
        ints themselves is several times cheaper than sorting ids by a key function."""
        key = ("actor-keys", actor, self._index.version)
        found = self._cache.get(key)
        if found is None:
            get = self._index.keys.get
            found = [k for k in map(get, actor_event_ids(self._index, actor)) if k is not None]
            found.sort()
            self._cache[key] = found
        return found

    def count_events(
        self, *, query: str | None = None, actor: str | None = None, today: date | None = None
    ) -> int:
        """How many events (matching the query and actor, if given)."""
        if not (query or "").strip():
            return len(self._index.order if actor is None else self._actor_keys(actor))
        dated = self._cache.get("date-keys", {}).get((query, actor, today, self._index.version))
        if dated is not None:  # a date-ordered view of this search is already laid out
            return len(dated)
        return sum(map(len, self._hits(query, actor, today).values()))

    def density(
        self,
        period: Period = "month",
        query: str | None = None,
        *,
        actor: str | None = None,
        today: date | None = None,
    ) -> list[tuple[str, int]]:
        """Events per day, month or year ("2025-06", n), oldest first, for the density view."""
        return by_period(self.day_counts(query, actor=actor, today=today), period)

    def day_counts(
        self, query: str | None = None, *, actor: str | None = None, today: date | None = None
    ) -> Mapping[int, int]:
        """Dated events per start day (date ordinal -> n), matching the query and actor.

        What density() sums per period, without the labels: the app lays its timeline
        out from these directly. Do not change the mapping returned."""
        if (query or "").strip():
            return DateKey.start_days(self._date_keys(query, actor, today))
        if actor is None:
            return self._index.day_counts()
        key = ("actor-days", actor, self._index.version)
        days = self._cache.get(key)
        if days is None:
            days = self._cache[key] = DateKey.start_days(self._actor_keys(actor))
        return days

    def warm(self) -> None:
        """Decode what the first filter or search would otherwise decode (the date keys,
        the actor and word postings, the vocabulary): for a background thread after the
        first paint, so the reader's first search does not pay for it."""
        index = self._index
        index.keys  # noqa: B018 - decoded on first use
        index.by_actor.packed  # noqa: B018
        for postings in index.fields.values():
            postings.packed  # noqa: B018
        index.vocab  # noqa: B018
