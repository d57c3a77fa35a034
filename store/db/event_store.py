"""EventStore: the reader's events, actors, quotes and articles in TinyDB tables.

Reads go through TinyDB's own tables; writes go to the DurableStorage under them
(store/db/durable.py: journal, store.json, lock) one document at a time, so the index
beside them stays in step and a write costs one small fsynced append. Events by date,
pages, counts and searches are answered by one query service with one cache
(store/db/queries.py); which actors are one is decided in store/identity.py and applied
here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from store.db.actor_filing import ActorFiling
from store.db.decisions import HandDecisions
from store.db.durable import DurableStorage
from store.db.index import StoreIndex
from store.db.queries import EventQueries, Sort
from store.db.snapshot import SCHEMA_VERSION
from store.db.store_path import check_store_path, default_store_path
from store.errors import StoreError
from store.identity_filing import ActorKeys
from store.models import Actor, ActorKind, Article, Event, Extraction, Quote

__all__ = ["SCHEMA_VERSION", "EventStore", "default_store_path"]
TABLES = ("articles", "events", "actors", "quotes", "decisions", "folded")


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class EventStore:
    """The public face of persistence: records in, pydantic models out. Actor filing and
    the reader's hand decisions are helpers it owns (`filing`, `hand`), reached through
    its own methods."""

    def __init__(self, path: str | Path | None = None, *, create_dirs: bool = False) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        try:
            check_store_path(self.path, create_dirs)
            self._db = TinyDB(self.path, storage=DurableStorage)
        except OSError as exc:  # whatever the file system says: one line, no traceback
            raise StoreError(f"cannot open {self.path}: {exc.strerror or exc}") from exc
        self._storage: DurableStorage = self._db.storage
        self._tables = {name: self._db.table(name) for name in TABLES}
        self._storage.on_reload.append(self._forget)
        # every read of events, and the one cache
        self._queries = EventQueries(lambda: self._index, lambda: self._storage.tables, self.quote)
        self._restoring = False
        self.filing = ActorFiling(self)  # which stored actor each filed one is
        self.hand = HandDecisions(self, self.filing)  # the reader's decisions, held

    # -- internals -------------------------------------------------------
    @property
    def _index(self) -> StoreIndex:
        return self._storage.index

    def _forget(self) -> None:
        self._queries.forget()
        for table in self._tables.values():
            table.clear_cache()

    def _put(self, table: str, record: dict) -> None:
        self._storage.put(table, record)  # a new document, or the whole one replaced

    def _remove(self, table: str, doc_id: int) -> None:
        self._storage.remove(table, doc_id)

    def _get(self, table: str, key: str) -> dict | None:
        doc_id = self._index.doc_id(table, key)
        return None if doc_id is None else self._tables[table].get(doc_id=doc_id)

    def _events(self, doc_ids: Iterable[int]) -> list[Event]:
        return list(self._queries.models(doc_ids))

    def _writing(self) -> AbstractContextManager[None]:
        return self._storage.transaction()

    @contextmanager
    def bulk(self, guard: AbstractContextManager | None = None) -> Iterator[EventStore]:
        """Within the block writes are a long load's (ingest of many files, an import):
        each is still durable, but filed documents are not held in memory and store.json
        is rewritten a few times in all instead of every 8 MB of journal (see
        DurableStorage.bulk). `guard` (the app's store lock) is held around the fold at
        the end."""
        self._storage.begin_bulk()
        try:
            yield self
        finally:
            with guard if guard is not None else nullcontext():
                self._storage.end_bulk()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def refresh(self) -> bool:
        """Pick up changes other processes (the CLI, another app) made; True if any."""
        return self._storage.refresh()

    # -- articles --------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self._index.doc_id("articles", article_id) is not None

    def article(self, article_id: str) -> Article | None:
        doc = self._get("articles", article_id)
        return None if doc is None else Article.model_validate(doc)

    def articles(self) -> list[Article]:
        return [Article.model_validate(d) for d in self._tables["articles"].all()]

    def add_extraction(self, article: Article, extraction: Extraction) -> bool:
        """File an article and what was extracted from it; False if it was already here."""
        return self.add_extractions([(article, extraction)])[0]

    def add_extractions(
        self, items: list[tuple[Article, Extraction]], *, settle: bool = True
    ) -> list[bool]:
        """File many articles in one durable write; False for those already here.

        Actors join the stored actors they are (store.identity decides), and quote
        speakers and event actors follow; bare surnames settle at the end unless `settle`
        is False (a batch of a longer ingest, which calls settle_actors once at its end,
        so batch boundaries cannot change the answer). Within restoring() (an import of
        an export) the records are filed as given: ids, created and updated kept.
        """
        restore = self._restoring
        added: list[bool] = []
        now = _now()
        with self._writing():
            keys = None if restore else self.filing.identity_keys()
            for article, extraction in items:
                if self.has_article(article.id):
                    added.append(False)
                    continue
                article = article.model_copy(update={"ingested_at": article.ingested_at or now})
                self._file_extraction(article, extraction, now, keys)
                added.append(True)
        if settle:
            self.settle_actors()
        return added

    @contextmanager
    def restoring(self) -> Iterator[EventStore]:
        """Within the block, add_event/add_extractions restore records as given: the one
        way to ask for it (an import of an export, an archive loaded back)."""
        before, self._restoring = self._restoring, True
        try:
            yield self
        finally:
            self._restoring = before

    def _file_extraction(
        self, article: Article, extraction: Extraction, now: datetime, keys: ActorKeys | None
    ) -> None:
        renames: dict[str, str] = {}
        if keys is None:
            for actor in extraction.actors:
                self.filing.merge_actor(actor)
        else:
            renames = self.filing.file_actors(extraction.actors, keys)
        for quote in extraction.quotes:
            if quote.speaker in renames:
                quote = quote.model_copy(update={"speaker": renames[quote.speaker]})
            self._put("quotes", quote.model_dump(mode="json"))
        for event in extraction.events:
            update: dict[str, Any] = {"created": event.created or now, "updated": now}
            if keys is None:
                update["updated"] = event.updated or now
            if renames:
                update["actors"] = list(dict.fromkeys(renames.get(a, a) for a in event.actors))
            self._put("events", event.model_copy(update=update).model_dump(mode="json"))
        self._put("articles", article.model_dump(mode="json"))

    # -- events ----------------------------------------------------------
    def event(self, event_id: str) -> Event | None:
        doc = self._get("events", event_id)
        return None if doc is None else Event.model_validate(doc)

    def add_event(self, event: Event) -> Event:
        """File one event, stamped now; within restoring() a given created/updated kept."""
        now = _now()
        updated = (event.updated if self._restoring else None) or now
        event = event.model_copy(update={"created": event.created or now, "updated": updated})
        with self._writing():
            self._put("events", event.model_dump(mode="json"))
        return event

    def update_event(self, event: Event) -> Event:
        event = event.model_copy(update={"updated": _now()})
        with self._writing():
            if self._index.doc_id("events", event.id) is None:
                raise StoreError(f"no event with id {event.id}")
            self._put("events", event.model_dump(mode="json"))
        return event

    def delete_event(self, event_id: str) -> None:
        with self._writing():
            doc_id = self._index.doc_id("events", event_id)
            if doc_id is None:
                raise StoreError(f"no event with id {event_id}")
            self._remove("events", doc_id)

    # -- reading events (the query service: store/db/queries.py) --------------------
    def events(
        self, *, actor: str | None = None, after: date | None = None, before: date | None = None
    ) -> list[Event]:
        """Events sorted by date (start, then end, then filing order)."""
        return self._events(self._queries.in_range(actor, after, before))

    def events_page(
        self,
        offset: int = 0,
        limit: int | None = 50,
        *,
        query: str | None = None,
        actor: str | None = None,
        sort: Sort = "date",
        today: date | None = None,
        generation: Hashable = None,
    ) -> list[Event]:
        """One page of events by date (or rank), optionally matching a search query; kept
        for peek_page under the `generation` of the store a view was laid out in."""
        args = (offset, limit, query, actor, sort, today)
        found = None if generation is None else self._queries.peek_page(generation, *args)
        if found is None:
            found = self._events(self._queries.ids(*args))
            if generation is not None:
                self._queries.keep_page(generation, *args, found)
        return found

    def peek_page(
        self,
        offset: int = 0,
        limit: int | None = 50,
        *,
        query: str | None = None,
        actor: str | None = None,
        sort: Sort = "date",
        today: date | None = None,
        generation: Hashable = None,
    ) -> list[Event] | None:
        """events_page(...)'s kept page, else None: reads nothing (no lock needed)."""
        return self._queries.peek_page(generation, offset, limit, query, actor, sort, today)

    def remember(self, key: Hashable, make: Callable[[], Any], *, lasting: bool = False) -> Any:
        """A value the caller derives from the store as it is now (the app's layout of
        a view), kept in the query cache beside the answers until the store changes;
        `lasting`: until pushed out (the key then names the generation it is of)."""
        return self._queries.remember(key, make, lasting=lasting)

    def recall(self, key: Hashable) -> Any:
        """remember()'s value while the store is unchanged, else None (reads nothing)."""
        return self._queries.recall(key)

    @property
    def generation(self) -> Hashable:
        """Changes whenever the store does (a write here, or one seen on refresh)."""
        return self._queries.state()

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
        return self._queries.ids(offset, limit, query, actor, sort, today)

    def iter_events(self, doc_ids: Iterable[int]) -> Iterator[Event]:
        """The events of event_ids(), decoded one at a time (a listing stays small)."""
        return self._queries.models(doc_ids)

    def iter_event_json(self, doc_ids: Iterable[int]) -> Iterator[str]:
        """The events of event_ids() as JSON objects, straight from the stored bytes."""
        return self._queries.json_lines(doc_ids)

    def count_events(
        self, *, query: str | None = None, actor: str | None = None, today: date | None = None
    ) -> int:
        """How many events (matching the query and actor, if given)."""
        return self._queries.count(query, actor, today)

    def day_counts(
        self, query: str | None = None, *, actor: str | None = None, today: date | None = None
    ) -> Mapping[int, int]:
        """Dated events per start day (date ordinal -> n), matching the query and actor:
        the app lays its timeline out from these. Do not change the mapping returned."""
        return self._queries.day_counts(query, actor, today)

    def warm(self) -> None:
        """Decode what the first filter or search would otherwise decode (date keys,
        postings, vocabulary): for a background thread after the first paint."""
        self._queries.warm()

    # -- actors and quotes -------------------------------------------------
    def add_actor(self, actor: Actor) -> Actor:
        """Add an actor, or merge its aliases into the one with the same id."""
        with self._writing():
            self.filing.merge_actor(actor)
        return self.actor(actor.id) or actor

    def actor(self, actor_id: str) -> Actor | None:
        doc = self._get("actors", actor_id)
        return None if doc is None else Actor.model_validate(doc)

    def actors(self) -> list[Actor]:
        def every() -> list[Actor]:
            acts = (
                Actor.model_validate(d) for d in self._storage.tables.get("actors", {}).values()
            )
            return sorted(acts, key=lambda a: a.name.casefold())

        return list(self._queries.cached(("actors",), every))

    def actor_event_counts(self) -> Counter[str]:
        return self._index.actor_event_counts()

    def quote(self, quote_id: str) -> Quote | None:
        doc = self._get("quotes", quote_id)
        return None if doc is None else Quote.model_validate(doc)

    def quotes(self, *, speaker: str | None = None) -> list[Quote]:
        docs = self._storage.tables.get("quotes", {})
        if speaker is None:
            return [Quote.model_validate(d) for d in docs.values()]
        ids = [q for q, s in self._index.speakers.items() if s == speaker]
        return [q for q in map(self.quote, ids) if q is not None]

    def quotes_for_event(self, event_id: str) -> list[Quote]:
        ev = self.event(event_id)
        return [] if ev is None else [q for q in map(self.quote, ev.quotes) if q is not None]

    def events_for_quote(self, quote_id: str) -> list[Event]:
        """The events that cite a quote, by date."""
        keys = self._index.keys
        ids = [d for d in self._index.by_quote.get(quote_id) if d in keys]
        return self._events(sorted(ids, key=keys.__getitem__))

    # -- actor filing and hand decisions (store/db/actor_filing.py, decisions.py) ------
    def settle_actors(self) -> None:
        """Join bare surnames to the one person called by them for what was filed since
        the last settle (add_extractions does it unless told not to), then hold the
        reader's actor decisions."""
        self.filing.settle_actors()
        self.hand.apply_actor_decisions()

    def set_actor_kind(self, actor_id: str, kind: ActorKind) -> Actor:
        return self.filing.set_actor_kind(actor_id, kind)

    def find_actor(self, name: str) -> Actor | None:
        return self.filing.find_actor(name)

    def actors_named(self, name: str) -> list[Actor]:
        return self.filing.actors_named(name)

    def folded_surnames(self) -> list[dict]:
        return self.filing.folded_surnames()

    def keep_folded(self, record: dict) -> bool:
        return self.filing.keep_folded(record)

    def decisions(self) -> list[dict[str, Any]]:
        return self.hand.decisions()

    def add_decision(self, decision: dict[str, Any]) -> dict[str, Any]:
        return self.hand.add_decision(decision)

    def remove_decision(self, decision_id: str) -> None:
        self.hand.remove_decision(decision_id)

    def merge_actors_by_hand(self, keep: str, other: str) -> dict[str, Any]:
        return self.hand.merge_actors_by_hand(keep, other)

    def split_actor_by_hand(self, actor_id: str, name: str) -> dict[str, Any]:
        return self.hand.split_actor_by_hand(actor_id, name)

    def apply_actor_decisions(self) -> int:
        return self.hand.apply_actor_decisions()
