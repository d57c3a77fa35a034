"""EventStore: the reader's events, actors, quotes and articles in TinyDB tables.

Only this module touches TinyDB. Its tables sit on DurableStorage (journal, snapshot,
lock) and a table class whose writes record exactly which documents changed, so the
index beside the tables stays in step and a write costs one small fsynced append.
"""

from __future__ import annotations

import os
import re
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from datetime import UTC, date, datetime
from itertools import repeat
from pathlib import Path
from typing import Any, Literal

import platformdirs
from tinydb import TinyDB
from tinydb.table import Table

from store.errors import StoreError
from store.index import ID_BITS, ID_MASK, MIN_ORD, ORD_BITS, StoreIndex, fold
from store.models import Actor, Article, Event, Extraction, Quote
from store.schema import SCHEMA_VERSION
from store.search import Buckets, by_period, match, order_hits, parse_query
from store.storage import DurableStorage

__all__ = ["SCHEMA_VERSION", "EventStore", "default_store_path", "search_events", "sort_events"]
TABLES = ("articles", "events", "actors", "quotes")
Period = Literal["day", "month", "year"]
Sort = Literal["rank", "date"]


def default_store_path() -> Path:
    """DATELINE_DB if set, else a file in the user's data directory."""
    env = os.environ.get("DATELINE_DB")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("dateline")) / "store.json"


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class _TouchView(MutableMapping):
    """The raw table as TinyDB's updaters see it (int ids), noting what they change."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw
        self.touched: dict[int, Any] = {}  # doc_id -> the document before the change

    def _touch(self, doc_id: int) -> None:
        if doc_id not in self.touched:
            self.touched[doc_id] = self.raw.get(str(doc_id))

    def __getitem__(self, doc_id: int) -> dict[str, Any]:
        self._touch(doc_id)  # updaters mutate what they get: hand out a private copy
        doc = self.raw[str(doc_id)]
        if not isinstance(doc, dict) or doc is self.touched[doc_id]:
            doc = self.raw[str(doc_id)] = dict(doc)
        return doc

    def __setitem__(self, doc_id: int, doc: dict[str, Any]) -> None:
        self._touch(doc_id)
        self.raw[str(doc_id)] = doc

    def __delitem__(self, doc_id: int) -> None:
        self._touch(doc_id)
        del self.raw[str(doc_id)]

    def __contains__(self, doc_id: object) -> bool:
        return str(doc_id) in self.raw

    def __iter__(self) -> Iterator[int]:
        return (int(k) for k in list(self.raw))

    def __len__(self) -> int:
        return len(self.raw)


class _Table(Table):
    """A TinyDB table that writes only the documents an operation changed."""

    def _get_next_id(self) -> int:
        return self._storage.next_doc_id(self.name)

    def _update_table(self, updater: Callable[[dict[int, Any]], None]) -> None:
        storage: DurableStorage = self._storage
        with storage.transaction():
            raw = storage.read().setdefault(self.name, {})
            view = _TouchView(raw)
            try:
                updater(view)  # type: ignore[arg-type]
            finally:
                for doc_id, old in view.touched.items():
                    storage.record(self.name, doc_id, old, raw.get(str(doc_id)))
        self.clear_cache()


class _TinyDB(TinyDB):
    table_class = _Table


def _akey(name: str) -> str:
    """An actor name as merge_actors compares it (store.extract.cluster._norm, plus accent
    folding): no leading 'the', dots in initials ('U.S.' = 'US') and punctuation ignored."""
    s = re.sub(r"^the\s+", "", fold(name).replace("\u2019", "'"))
    s = re.sub(r"\b(?:\w\.){2,}", lambda m: m.group().replace(".", ""), s)
    return re.sub(r"[^\w]+", " ", s).strip()


class _ActorKeys:
    """Which stored actors a name could be, from the index (no actor documents read)."""

    def __init__(self, index: StoreIndex) -> None:
        self.canon: defaultdict[str, set[str]] = defaultdict(set)  # canonical name
        self.alias: defaultdict[str, set[str]] = defaultdict(set)
        self.people: defaultdict[str, set[str]] = defaultdict(set)  # surname -> persons
        for aid, names in index.actor_names.items():
            first, *rest = names.split("|")
            self._add(aid, first, rest, index.actor_kind.get(aid) or "person")

    def _add(self, aid: str, name: str, aliases: list[str], kind: str) -> None:
        key = _akey(name)
        self.canon[key].add(aid)
        for alias in aliases:
            self.alias[_akey(alias)].add(aid)
        if kind == "person" and " " in key:
            self.people[key.rsplit(" ", 1)[1]].add(aid)

    def add(self, actor: Actor) -> None:
        self._add(actor.id, actor.name, actor.aliases, actor.kind)

    def remove(self, actor: Actor) -> None:
        for table in (self.canon, self.alias, self.people):
            for key in [_akey(n) for n in (actor.name, *actor.aliases)]:
                table.get(key, set()).discard(actor.id)
            table.get(_akey(actor.name).rpartition(" ")[2], set()).discard(actor.id)

    def bare_names_of(self, person: Actor, kinds: Mapping[str, str]) -> list[str]:
        """Stored people known only by a surname that this person alone carries and was
        called by (the mirror of surname_of, for the surname filed first)."""
        key = _akey(person.name)
        if person.kind != "person" or " " not in key:
            return []
        surname = key.rpartition(" ")[2]
        if surname not in {_akey(a) for a in person.aliases}:
            return []
        if self.people.get(surname, set()) != {person.id}:
            return []
        bare = [b for b in self.canon.get(surname, set()) if b != person.id]
        return bare if len(bare) == 1 and kinds.get(bare[0]) == "person" else []

    def surname_of(self, actor: Actor, key: str) -> str | None:
        """The one stored person a bare surname names: only one person has that surname
        and some article already called them by it; None when in doubt."""
        if actor.kind != "person" or not key or " " in key or key in self.canon:
            return None
        people = self.people.get(key, set())
        if len(people) != 1:
            return None
        (target,) = people
        return target if target in self.alias.get(key, set()) else None


class EventStore:
    """The public face of persistence: records in, pydantic models out."""

    def __init__(self, path: str | Path | None = None, *, create_dirs: bool = False) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        try:
            self._check_path(create_dirs)
            self._db = _TinyDB(self.path, storage=DurableStorage)
        except OSError as exc:  # whatever the file system says: one line, no traceback
            raise StoreError(f"cannot open {self.path}: {exc.strerror or exc}") from exc
        self._storage: DurableStorage = self._db.storage
        self._tables = {name: self._db.table(name) for name in TABLES}
        self._storage.on_reload.append(self._forget)
        self._cache: dict[Any, Any] = {}
        self._restoring = False

    def _check_path(self, create_dirs: bool) -> None:
        """Refuse paths that cannot hold a store before anything is written beside them."""
        folder = self.path.parent
        if not folder.exists():
            if not create_dirs:
                raise StoreError(f"folder {folder} does not exist (create it or pick another --db)")
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create {folder}: {exc.strerror or exc}") from exc
        elif not folder.is_dir():
            raise StoreError(f"{folder} is a file, not a folder; pick another --db")
        if self.path.is_dir():
            raise StoreError(f"{self.path} is a folder, not a store file")
        if self.path.exists() and not self.path.is_file():
            raise StoreError(f"{self.path} is not a regular file; pick another --db")

    # -- internals -------------------------------------------------------
    @property
    def _index(self) -> StoreIndex:
        return self._storage.index

    def _forget(self) -> None:
        self._cache.clear()
        for table in self._tables.values():
            table.clear_cache()

    def _put(self, table: str, record: dict) -> None:
        doc_id = self._index.doc_id(table, record["id"])
        if doc_id is None:
            self._tables[table].insert(record)
        else:  # replace the whole document, not merge fields into it
            self._tables[table].update(lambda d: (d.clear(), d.update(record)), doc_ids=[doc_id])

    def _get(self, table: str, key: str) -> dict | None:
        doc_id = self._index.doc_id(table, key)
        return None if doc_id is None else self._tables[table].get(doc_id=doc_id)

    def _events(self, doc_ids: Iterable[int]) -> list[Event]:
        table = self._tables["events"]
        return [Event.model_validate(table.get(doc_id=d)) for d in doc_ids]

    @contextmanager
    def _writing(self) -> Iterator[None]:
        with self._storage.transaction():
            yield
        self._cache.clear()

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

    def add_extraction(
        self, article: Article, extraction: Extraction, *, restore: bool = False
    ) -> bool:
        """File an article and what was extracted from it; False if it was already here."""
        return self.add_extractions([(article, extraction)], restore=restore)[0]

    def add_extractions(
        self, items: list[tuple[Article, Extraction]], *, restore: bool = False
    ) -> list[bool]:
        """File many articles in one durable write; False for those already here.

        Actors join the stored actor they name (merge_actors: same canonical name or a
        full-name alias; a bare surname joins the one person already known by it), and
        quote speakers and event actors follow. `restore` (an import of an export, see
        restoring()) files the records as given: ids, created and updated kept.
        """
        restore = restore or self._restoring
        added: list[bool] = []
        now = _now()
        with self._writing():
            keys = None if restore else _ActorKeys(self._index)
            for article, extraction in items:
                if self.has_article(article.id):
                    added.append(False)
                    continue
                article = article.model_copy(update={"ingested_at": article.ingested_at or now})
                self._file_extraction(article, extraction, now, keys)
                added.append(True)
        return added

    @contextmanager
    def restoring(self) -> Iterator[EventStore]:
        """Within the block, add_event/add_extractions restore records as given."""
        before, self._restoring = self._restoring, True
        try:
            yield self
        finally:
            self._restoring = before

    def _file_extraction(
        self, article: Article, extraction: Extraction, now: datetime, keys: _ActorKeys | None
    ) -> None:
        renames: dict[str, str] = {}
        if keys is None:
            for actor in extraction.actors:
                self._merge_actor(actor)
        else:
            renames = self._file_actors(extraction.actors, keys)
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

    def _file_actors(self, actors: list[Actor], keys: _ActorKeys) -> dict[str, str]:
        """Merge an article's actors into the stored ones; new id -> stored id if merged."""
        from store.extract import merge_actors  # lazy: `import store` stays light

        found: set[str] = set()
        prepared: list[Actor] = []
        for a in actors:
            names = [_akey(n) for n in (a.name, *a.aliases)]
            for k in names:
                found |= keys.canon.get(k, set()) | keys.alias.get(k, set())
            target = keys.surname_of(a, names[0])
            stored = None if target is None else self.actor(target)
            if stored is not None:  # "Trump" when only Donald Trump was ever called that
                found.add(stored.id)
                a = a.model_copy(update={"name": stored.name, "aliases": [a.name, *a.aliases]})
            prepared.append(a)
        existing = [x for x in map(self.actor, sorted(found)) if x is not None]
        merged, renames = merge_actors(existing, prepared)
        changed: list[Actor] = []
        for old, new in zip(existing, merged, strict=False):
            if new != old:
                self._put("actors", new.model_dump(mode="json"))
                keys.add(new)
                changed.append(new)
        for new in merged[len(existing) :]:
            self._merge_actor(new)
            changed.append(self.actor(new.id) or new)
            keys.add(changed[-1])
        for person in changed:  # "Trump" filed before the first "Donald Trump ... Trump"
            for bare in keys.bare_names_of(person, self._index.actor_kind):
                self._fold_actor(bare, person.id, keys)
                renames = {k: person.id if v == bare else v for k, v in renames.items()}
                renames[bare] = person.id
        return {k: v for k, v in renames.items() if k != v}

    def _fold_actor(self, old_id: str, new_id: str, keys: _ActorKeys) -> None:
        """Make actor `old_id` part of `new_id`: its names, events and quotes move over."""
        old, target = self.actor(old_id), self.actor(new_id)
        if old is None or target is None:
            return
        names = [n for n in (old.name, *old.aliases) if n != target.name]
        target.aliases = list(dict.fromkeys([*target.aliases, *names]))
        target.description = target.description or old.description
        self._put("actors", target.model_dump(mode="json"))
        events = self._storage.tables.get("events", {})
        for doc_id in sorted(self._index.by_actor.get(old_id)):
            doc = events.get(str(doc_id))
            if doc is not None:
                actors = (new_id if a == old_id else a for a in doc.get("actors") or [])
                self._put("events", {**doc, "actors": list(dict.fromkeys(actors))})
        for quote_id in [q for q, who in self._index.speakers.items() if who == old_id]:
            doc = self._get("quotes", quote_id)
            if doc is not None:
                self._put("quotes", {**doc, "speaker": new_id})
        doc_id = self._index.doc_id("actors", old_id)
        if doc_id is not None:
            self._tables["actors"].remove(doc_ids=[doc_id])
        keys.remove(old)
        keys.add(target)

    # -- events ----------------------------------------------------------
    def event(self, event_id: str) -> Event | None:
        doc = self._get("events", event_id)
        return None if doc is None else Event.model_validate(doc)

    def add_event(self, event: Event, *, restore: bool = False) -> Event:
        """File one event, stamped now; `restore` keeps a given created/updated."""
        now = _now()
        updated = (event.updated if restore or self._restoring else None) or now
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
            self._tables["events"].remove(doc_ids=[doc_id])

    def events(
        self,
        *,
        actor: str | None = None,
        after: date | None = None,
        before: date | None = None,
    ) -> list[Event]:
        """Events sorted by date (start, then end, then filing order)."""
        allowed = self._index.by_actor.get(actor) if actor is not None else None
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
            if (query or "").strip():
                keys = self._date_keys(query, actor, today)[offset:stop]
            elif actor is None:
                keys = self._index.order[offset:stop]
            else:
                keys = self._actor_keys(actor)[offset:stop]
            return self._events(k & ID_MASK for k in keys)
        key = ("order", query, actor, today, sort, self._index.version)
        ordered = self._cache.get(key)
        if ordered is None:
            buckets = self._hits(query, actor, today)
            small = sum(map(len, buckets.values())) <= 2000
            ordered = order_hits(self._index, buckets, sort=sort, stop=None if small else stop)
            if small or stop is None:
                self._cache[key] = ordered
        return self._events(ordered[offset:stop])

    def _actor_order(self, actor: str) -> list[int]:
        """An actor's event doc ids by date, sorted once per store version (a page of a
        busy actor then costs a slice and the page's documents)."""
        return [k & ID_MASK for k in self._actor_keys(actor)]

    def _actor_keys(self, actor: str) -> list[int]:
        """An actor's packed date keys, ascending (cached per store version): sorting the
        ints themselves is several times cheaper than sorting ids by a key function."""
        key = ("actor-keys", actor, self._index.version)
        found = self._cache.get(key)
        if found is None:
            get = self._index.keys.get
            found = [k for k in map(get, self._index.by_actor.get(actor)) if k is not None]
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
        shift = ORD_BITS + ID_BITS
        if (query or "").strip():
            days = Counter(map(int.__rshift__, self._date_keys(query, actor, today), repeat(shift)))
        elif actor is not None:
            key = ("actor-days", actor, self._index.version)
            days = self._cache.get(key)
            if days is None:
                keys = self._actor_keys(actor)
                days = self._cache[key] = Counter(map(int.__rshift__, keys, repeat(shift)))
                days.pop(MIN_ORD, None)
            return days
        else:
            return self._index.day_counts()
        days.pop(MIN_ORD, None)
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

    # -- actors and quotes -------------------------------------------------
    def _merge_actor(self, actor: Actor) -> None:
        doc = self._get("actors", actor.id)
        if doc is None:
            self._put("actors", actor.model_dump(mode="json"))
            return
        old = Actor.model_validate(doc)
        aliases = list(dict.fromkeys([*old.aliases, *actor.aliases]))
        if aliases == old.aliases and (old.description or not actor.description):
            return
        merged = old.model_copy(
            update={"aliases": aliases, "description": old.description or actor.description}
        )
        self._put("actors", merged.model_dump(mode="json"))

    def add_actor(self, actor: Actor) -> Actor:
        """Add an actor, or merge its aliases into the one with the same id."""
        with self._writing():
            self._merge_actor(actor)
        return self.actor(actor.id) or actor

    def find_actor(self, name: str) -> Actor | None:
        """The actor whose id, name or alias is `name` (case and accent insensitive)."""
        if self._index.doc_id("actors", name) is not None:
            return self.actor(name)
        folded = fold(name.strip())
        for actor_id, names in self._index.actor_names.items():
            if folded in names.split("|"):
                return self.actor(actor_id)
        return None

    def actor(self, actor_id: str) -> Actor | None:
        doc = self._get("actors", actor_id)
        return None if doc is None else Actor.model_validate(doc)

    def actors(self) -> list[Actor]:
        if "actors" not in self._cache:
            acts = (
                Actor.model_validate(d) for d in self._storage.tables.get("actors", {}).values()
            )
            self._cache["actors"] = sorted(acts, key=lambda a: a.name.casefold())
        return list(self._cache["actors"])

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
