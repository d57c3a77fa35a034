"""EventStore: the reader's events, actors, quotes and articles in one TinyDB file."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path

import platformdirs
from tinydb import TinyDB
from tinydb.table import Document

from store.errors import StoreError
from store.models import Actor, Article, Event, Extraction, Quote
from store.storage import AtomicJSONStorage

SCHEMA_VERSION = 1
TABLES = ("articles", "events", "actors", "quotes")


def default_store_path() -> Path:
    """DATELINE_DB if set, else a file in the user's data directory."""
    env = os.environ.get("DATELINE_DB")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("dateline")) / "store.json"


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class EventStore:
    """The public face of persistence; only this module touches TinyDB."""

    def __init__(self, path: str | Path | None = None, *, create_dirs: bool = False) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        folder = self.path.parent
        if not folder.exists():
            if create_dirs:
                folder.mkdir(parents=True, exist_ok=True)
            else:
                raise StoreError(f"folder {folder} does not exist (create it or pick another --db)")
        if self.path.is_dir():
            raise StoreError(f"{self.path} is a folder, not a store file")
        self._db = TinyDB(self.path, storage=AtomicJSONStorage)
        self._tables = {name: self._db.table(name) for name in TABLES}
        self._ids: dict[str, dict[str, int]] = {}
        self._reindex()

    # -- internals -------------------------------------------------------
    def _reindex(self) -> None:
        self._ids = {
            name: {doc["id"]: doc.doc_id for doc in table.all()}
            for name, table in self._tables.items()
        }

    def _put(self, table: str, record: dict) -> None:
        ids = self._ids[table]
        doc_id = ids.get(record["id"])
        if doc_id is None:
            doc_id = self._tables[table].insert(record)
            ids[record["id"]] = doc_id
        else:
            self._tables[table].upsert(Document(record, doc_id=doc_id))

    def _get(self, table: str, key: str) -> dict | None:
        doc_id = self._ids[table].get(key)
        return None if doc_id is None else self._tables[table].get(doc_id=doc_id)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles --------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return article_id in self._ids["articles"]

    def article(self, article_id: str) -> Article | None:
        doc = self._get("articles", article_id)
        return None if doc is None else Article.model_validate(doc)

    def articles(self) -> list[Article]:
        return [Article.model_validate(d) for d in self._tables["articles"].all()]

    def add_extraction(self, article: Article, extraction: Extraction) -> bool:
        """File an article and what was extracted from it; False if it was already here."""
        if self.has_article(article.id):
            return False
        article = article.model_copy(update={"ingested_at": article.ingested_at or _now()})
        now = _now()
        with self._db.storage.batch():
            self._file_extraction(article, extraction, now)
        return True

    def _file_extraction(self, article: Article, extraction: Extraction, now: datetime) -> None:
        for actor in extraction.actors:
            self._merge_actor(actor)
        for quote in extraction.quotes:
            self._put("quotes", quote.model_dump(mode="json"))
        for event in extraction.events:
            stamped = event.model_copy(update={"created": event.created or now, "updated": now})
            self._put("events", stamped.model_dump(mode="json"))
        self._put("articles", article.model_dump(mode="json"))

    # -- events ----------------------------------------------------------
    def event(self, event_id: str) -> Event | None:
        doc = self._get("events", event_id)
        return None if doc is None else Event.model_validate(doc)

    def add_event(self, event: Event) -> Event:
        now = _now()
        event = event.model_copy(update={"created": event.created or now, "updated": now})
        self._put("events", event.model_dump(mode="json"))
        return event

    def update_event(self, event: Event) -> Event:
        if event.id not in self._ids["events"]:
            raise StoreError(f"no event with id {event.id}")
        event = event.model_copy(update={"updated": _now()})
        self._put("events", event.model_dump(mode="json"))
        return event

    def delete_event(self, event_id: str) -> None:
        doc_id = self._ids["events"].pop(event_id, None)
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
        """Events sorted by date (start, then end, then id)."""
        out = []
        for doc in self._tables["events"].all():
            if actor is not None and actor not in doc.get("actors", ()):
                continue
            ev = Event.model_validate(doc)
            if after is not None and (ev.when.end or ev.when.start or date.max) < after:
                continue
            if before is not None and (ev.when.start or date.min) > before:
                continue
            out.append(ev)
        return sort_events(out)

    def count_events(self) -> int:
        return len(self._ids["events"])

    # -- actors and quotes -------------------------------------------------
    def _merge_actor(self, actor: Actor) -> None:
        doc = self._get("actors", actor.id)
        if doc is None:
            self._put("actors", actor.model_dump(mode="json"))
            return
        old = Actor.model_validate(doc)
        aliases = list(dict.fromkeys([*old.aliases, *actor.aliases]))
        merged = old.model_copy(
            update={"aliases": aliases, "description": old.description or actor.description}
        )
        self._put("actors", merged.model_dump(mode="json"))

    def add_actor(self, actor: Actor) -> Actor:
        """Add an actor, or merge its aliases into the one with the same id."""
        self._merge_actor(actor)
        return self.actor(actor.id) or actor

    def find_actor(self, name: str) -> Actor | None:
        """The actor whose id, name or alias is `name` (case-insensitive)."""
        if name in self._ids["actors"]:
            return self.actor(name)
        folded = name.strip().casefold()
        for actor in self.actors():
            if folded in (n.casefold() for n in (actor.name, *actor.aliases)):
                return actor
        return None

    def actor(self, actor_id: str) -> Actor | None:
        doc = self._get("actors", actor_id)
        return None if doc is None else Actor.model_validate(doc)

    def actors(self) -> list[Actor]:
        return sorted(
            (Actor.model_validate(d) for d in self._tables["actors"].all()),
            key=lambda a: a.name.casefold(),
        )

    def actor_event_counts(self) -> Counter[str]:
        return Counter(a for d in self._tables["events"].all() for a in d.get("actors", ()))

    def quote(self, quote_id: str) -> Quote | None:
        doc = self._get("quotes", quote_id)
        return None if doc is None else Quote.model_validate(doc)

    def quotes(self, *, speaker: str | None = None) -> list[Quote]:
        qs = (Quote.model_validate(d) for d in self._tables["quotes"].all())
        return [q for q in qs if speaker is None or q.speaker == speaker]


def sort_events(events: Iterable[Event]) -> list[Event]:
    return sorted(
        events,
        key=lambda e: (e.when.start or date.min, e.when.end or date.max, e.id),
    )


def search_events(
    store: EventStore, query: str, *, today: date | None = None, sort: str = "rank"
) -> list[Event]:
    """Events matching the query language of store.search, ranked or by date."""
    from store.search import fold, parse_query, score_text

    q = parse_query(query, today)
    actors = {a.id: a for a in store.actors()}
    quotes = {qt.id: qt for qt in store.quotes()}
    sources = {a.id: a.source for a in store.articles()}
    hits: list[tuple[float, Event]] = []
    for ev in store.events(after=q.after, before=q.before):
        ev_actors = [actors[a] for a in ev.actors if a in actors]
        names = [n for a in ev_actors for n in (a.name, *a.aliases)]
        if q.actor and not all(any(f in fold(n) for n in names) for f in q.actor):
            continue
        if q.kind and not any(a.kind in q.kind for a in ev_actors):
            continue
        if q.source and not any(f in fold(sources.get(ev.article_id or "", "")) for f in q.source):
            continue
        quote_text = " ".join(quotes[i].text for i in ev.quotes if i in quotes)
        score = score_text(q, ev.title, ev.sentence, quote_text, " ".join(names))
        if score > 0:
            hits.append((score, ev))
    if sort == "date":
        return sort_events(ev for _, ev in hits)
    order = {ev.id: i for i, ev in enumerate(sort_events(ev for _, ev in hits))}
    return [ev for _, ev in sorted(hits, key=lambda h: (-h[0], order[h[1].id]))]
