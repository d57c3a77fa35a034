"""The one query service: events by date, pages, counts, day counts and search.

Every read of the timeline goes through here, and so through one cache: a few recent
answers (a search's hits, its date keys, an actor's date keys, a ranked order), dropped
whenever the index changes. The documents are read only for the page asked for.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any, Literal

from store.db.date_key import DateKey
from store.db.index import StoreIndex, body_text
from store.db.query import Buckets, actor_event_ids, match, order_hits
from store.models import Event, Quote
from store.search import parse_query
from store.textclean import fold

Sort = Literal["rank", "date"]
KEPT = 16  # answers the cache holds at most (a search's date keys are one list of ints)


class EventQueries:
    """Reads of one store's events; see the module docstring. It is handed how to reach
    the live index, the tables and a quote (the store replaces its index on reload)."""

    def __init__(
        self,
        index: Callable[[], StoreIndex],
        tables: Callable[[], Mapping[str, Mapping[str, Any]]],
        quote: Callable[[str], Quote | None],
    ) -> None:
        self._live_index, self._tables, self._quote = index, tables, quote
        self._memo: OrderedDict[tuple, Any] = OrderedDict()
        self._version: tuple[int, int] | None = None

    @property
    def _index(self) -> StoreIndex:
        return self._live_index()

    def forget(self) -> None:
        self._memo.clear()

    def _peek(self, key: tuple) -> Any:
        index = self._index
        version = (id(index), index.version)
        if version != self._version:
            self._memo.clear()
            self._version = version
        found = self._memo.get(key)
        if found is not None:
            self._memo.move_to_end(key)
        return found

    def cached(self, key: tuple, make: Callable[[], Any]) -> Any:
        """The cached answer for key, made now if there is none for this index state."""
        found = self._peek(key)
        if found is None:
            found = self._memo[key] = make()
            while len(self._memo) > KEPT:
                self._memo.popitem(last=False)
        return found

    # -- documents -----------------------------------------------------------------
    def _texts(self, doc_id: int) -> dict[str, str]:
        """Folded text per index field of one event, for phrase checks."""
        doc = self._tables()["events"][str(doc_id)]
        quotes = [self._quote(q) for q in doc.get("quotes") or []]
        names = [self._index.actor_names.get(a, a) for a in doc.get("actors") or []]
        return {
            "t": fold(doc.get("title") or ""),
            "q": fold(" ".join(q.text for q in quotes if q)),
            "a": " ".join(names),
            "b": fold(body_text(doc)),
        }

    def _raw(self) -> tuple[Mapping[str, Any], Callable[[str], bytes] | None]:
        table = self._tables().get("events", {})
        return table, getattr(table, "raw", None)  # a file table keeps each document's bytes

    def models(self, doc_ids: Iterable[int]) -> Iterator[Event]:
        """The events of `doc_ids`, decoded one by one (pydantic reads the stored bytes
        directly: no intermediate dicts)."""
        table, raw = self._raw()
        for doc_id in doc_ids:
            key = str(doc_id)
            if raw is not None:
                yield Event.model_validate_json(raw(key))
            else:
                yield Event.model_validate(table[key])

    def json_lines(self, doc_ids: Iterable[int]) -> Iterator[str]:
        """The events as JSON objects straight from the stored bytes: a stored event is
        its model's own compact JSON, so it is not decoded and encoded again."""
        table, raw = self._raw()
        for doc_id in doc_ids:
            key = str(doc_id)
            if raw is not None:
                yield raw(key).decode("utf-8")
            else:
                yield Event.model_validate(table[key]).model_dump_json()

    # -- answers ------------------------------------------------------------------------
    def in_range(self, actor: str | None, after: date | None, before: date | None) -> list[int]:
        allowed = actor_event_ids(self._index, actor) if actor is not None else None
        return self._index.in_range(after, before, allowed)

    def _hits(self, query: str | None, actor: str | None, today: date | None) -> Buckets:
        def run() -> Buckets:
            q = parse_query(query or "", today)
            return match(self._index, q, self._texts, actor_id=actor)

        return self.cached(("hits", query, actor, today), run)

    def _date_keys(self, query: str | None, actor: str | None, today: date | None) -> list[int]:
        """The date keys of a search's hits, ascending: a date-ordered page is a slice,
        the count its length, the day counts one pass (hits not ranked unless a ranked
        search already found them)."""

        def run() -> list[int]:
            hits = self._peek(("hits", query, actor, today))
            if hits is None:
                q = parse_query(query or "", today)
                hits = match(self._index, q, self._texts, actor_id=actor, rank=False)
            ids = next(iter(hits.values())) if len(hits) == 1 else set().union(*hits.values())
            return sorted(map(self._index.keys.__getitem__, ids))

        return self.cached(("date-keys", query, actor, today), run)

    def _actor_keys(self, actor: str) -> list[int]:
        """An actor's date keys, ascending: sorting the ints is several times cheaper than
        sorting ids by a key function."""

        def run() -> list[int]:
            get = self._index.keys.get
            found = [k for k in map(get, actor_event_ids(self._index, actor)) if k is not None]
            found.sort()
            return found

        return self.cached(("actor-keys", actor), run)

    def ids(
        self,
        offset: int,
        limit: int | None,
        query: str | None,
        actor: str | None,
        sort: Sort,
        today: date | None,
    ) -> Sequence[int]:
        """Doc ids offset..offset+limit by date or rank (no documents read)."""
        stop = None if limit is None else offset + limit
        if sort == "date":
            if (query or "").strip():
                keys = self._date_keys(query, actor, today)[offset:stop]
            elif actor is None:
                keys = self._index.order[offset:stop]
            else:
                keys = self._actor_keys(actor)[offset:stop]
            return DateKey.doc_ids(keys)
        key = ("order", query, actor, today, sort)
        ordered = self._peek(key)
        if ordered is None:
            buckets = self._hits(query, actor, today)
            small = sum(map(len, buckets.values())) <= 2000
            ordered = order_hits(self._index, buckets, sort=sort, stop=None if small else stop)
            if small or stop is None:
                ordered = self.cached(key, lambda: ordered)
        return ordered[offset:stop]

    def count(self, query: str | None, actor: str | None, today: date | None) -> int:
        if not (query or "").strip():
            return len(self._index.order if actor is None else self._actor_keys(actor))
        dated = self._peek(("date-keys", query, actor, today))
        if dated is not None:  # a date-ordered view of this search is already laid out
            return len(dated)
        return sum(map(len, self._hits(query, actor, today).values()))

    def day_counts(
        self, query: str | None, actor: str | None, today: date | None
    ) -> Mapping[int, int]:
        if (query or "").strip():
            return DateKey.start_days(self._date_keys(query, actor, today))
        if actor is None:
            return self._index.day_counts()
        return self.cached(
            ("actor-days", actor), lambda: DateKey.start_days(self._actor_keys(actor))
        )

    def warm(self) -> None:
        index = self._index
        index.keys  # noqa: B018 - decoded on first use
        index.by_actor.packed  # noqa: B018
        for postings in index.fields.values():
            postings.packed  # noqa: B018
        index.vocab  # noqa: B018
