"""The one query service: events by date, pages, counts, day counts and search.

Every read of the timeline goes through here, and so through one cache
(store/db/cache.py): a search's hits and date keys, an actor's date keys, a ranked
order, the posting lists a query unpacked and what the app lays out of a view
(`remember`), all for one state of the index and dropped when it changes; and the pages
of decoded events a view asked for, kept under the generation of the store the view was
laid out in. The documents are read only for the page asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any, Literal

from store.db.cache import QueryCache
from store.db.date_key import DateKey
from store.db.index import StoreIndex, body_text
from store.db.postings import Postings
from store.db.query import Buckets, Lookup, match, order_hits
from store.identity_filing import ActorNames
from store.models import Event, Quote
from store.search import parse_query
from store.textclean import fold

Sort = Literal["rank", "date"]
PAGE_KEPT = 1000  # pages up to this many events are kept (a screen's pages, not a dump)
TERM_KEPT = 32  # posting lists longer than this are kept unpacked once a query read them


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
        self.cache = QueryCache(self.state)

    @property
    def _index(self) -> StoreIndex:
        return self._live_index()

    def state(self) -> tuple[int, int]:
        """The index state answers are kept for: which index, and its version."""
        index = self._index
        return id(index), index.version

    def forget(self) -> None:
        self.cache.clear()

    def cached(self, key: tuple, make: Callable[[], Any]) -> Any:
        """The cached answer for key, made now if there is none for this index state."""
        return self.cache.get(key, make)

    # -- what a query reads, through the cache ----------------------------------------
    def terms(self, postings: Postings, term: str) -> set[int]:
        """A posting list unpacked (kept when long: a search and its count read it twice)."""
        key = ("term", id(postings), term)
        found = self.cache.peek(key)
        if found is None:
            found = postings.get(term)
            if len(found) > TERM_KEPT:
                self.cache.put(key, found)
        return found

    def names(self) -> ActorNames:
        """Which actors a typed name means (store.identity), for this index state."""
        return self.cache.get(("names",), lambda: ActorNames(self._index.actor_names))

    def lookup(self) -> Lookup:
        return Lookup(self._index, self.terms, self.names(), self.cache.get)

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
        directly: no intermediate dicts). Not kept: a long read stays small."""
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
        allowed = self.lookup().actor_event_ids(actor) if actor is not None else None
        return self._index.in_range(after, before, allowed)

    def _hits(self, query: str | None, actor: str | None, today: date | None) -> Buckets:
        def run() -> Buckets:
            q = parse_query(query or "", today)
            return match(self.lookup(), q, self._texts, actor_id=actor)

        return self.cached(("hits", query, actor, today), run)

    def _date_keys(self, query: str | None, actor: str | None, today: date | None) -> list[int]:
        """The date keys of a search's hits, ascending: a date-ordered page is a slice,
        the count its length, the day counts one pass (hits not ranked unless a ranked
        search already found them)."""

        def run() -> list[int]:
            hits = self.cache.peek(("hits", query, actor, today))
            if hits is None:
                q = parse_query(query or "", today)
                hits = match(self.lookup(), q, self._texts, actor_id=actor, rank=False)
            ids = next(iter(hits.values())) if len(hits) == 1 else set().union(*hits.values())
            return sorted(map(self._index.keys.__getitem__, ids))

        return self.cached(("date-keys", query, actor, today), run)

    def _actor_keys(self, actor: str) -> list[int]:
        """An actor's date keys, ascending: sorting the ints is several times cheaper than
        sorting ids by a key function."""

        def run() -> list[int]:
            get = self._index.keys.get
            ids = self.lookup().actor_event_ids(actor)
            found = [k for k in map(get, ids) if k is not None]
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
        ordered = self.cache.peek(key)
        if ordered is None:
            buckets = self._hits(query, actor, today)
            small = sum(map(len, buckets.values())) <= 2000
            ordered = order_hits(self._index, buckets, sort=sort, stop=None if small else stop)
            if small or stop is None:
                self.cache.put(key, ordered)
        return ordered[offset:stop]

    @staticmethod
    def _page_key(generation: Hashable, offset: int, limit: int | None, *args: object):
        """The cache key of a view's page worth keeping (a screen's; not a whole dump)."""
        if limit is None or limit > PAGE_KEPT:
            return None
        return ("page", generation, offset, limit, *args)

    def peek_page(self, generation: Hashable, *args: Any) -> list[Event] | None:
        """The page a view laid out at `generation` was shown (kept_page), else None."""
        key = self._page_key(generation, *args)
        return None if key is None else self.cache.peek(key)

    def keep_page(self, generation: Hashable, *args: Any) -> list[Event]:
        """Keep a page for the view laid out at `generation` (args: offset, limit, query,
        actor, sort, today, then the events); kept whatever the store does next, until
        newer entries push it out. The events are returned."""
        *where, events = args
        key = self._page_key(generation, *where)
        return events if key is None else self.cache.put(key, events, lasting=True)

    def remember(self, key: Hashable, make: Callable[[], Any], *, lasting: bool = False) -> Any:
        """A caller's value derived from this state of the store (the app's layout of a
        view), kept in the one cache beside the answers it was made from; `lasting`: kept
        whatever the store does next (the key names the generation it describes). A None
        from `make` is not kept."""
        return self.cache.get(("caller", key), make, lasting=lasting)

    def recall(self, key: Hashable) -> Any:
        """remember()'s value if it is kept for the store as it is now, else None."""
        return self.cache.peek(("caller", key))

    def count(self, query: str | None, actor: str | None, today: date | None) -> int:
        if not (query or "").strip():
            return len(self._index.order if actor is None else self._actor_keys(actor))
        dated = self.cache.peek(("date-keys", query, actor, today))
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
        self.names()
