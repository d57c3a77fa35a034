"""Filing actors: the store side of store/identity.py (a helper EventStore owns).

identity decides which records are one actor from plain data; this applies it to
the tables: writes the merged records, points events and quotes from a folded actor
to the one that absorbs it, and answers which actors a typed name means.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any, Protocol

from store.db.index import StoreIndex
from store.db.queries import EventQueries
from store.errors import StoreError
from store.identity import combine, named_by_surname_only
from store.identity_filing import ActorKeys, file_actors, settle_surnames
from store.models import Actor, ActorKind, Article

FOLDED = "folded"  # table: bare surnames folded into a person, kept for a later split


class Documents(Protocol):
    """What the store's helpers read and write through: EventStore's own documents and
    index (a protocol, so the helpers need not import the store that owns them)."""

    _index: StoreIndex
    _storage: Any  # DurableStorage: `.tables` holds the documents by table
    _queries: EventQueries

    def _get(self, table: str, key: str) -> dict | None: ...
    def _put(self, table: str, record: dict) -> None: ...
    def _remove(self, table: str, doc_id: int) -> None: ...
    def _writing(self) -> AbstractContextManager[None]: ...
    def actor(self, actor_id: str) -> Actor | None: ...
    def article(self, article_id: str) -> Article | None: ...


class ActorFiling:
    """Actor filing and look-ups for one EventStore, which owns it and answers for it
    (its public methods delegate here); it writes through the store's documents."""

    def __init__(self, store: Documents) -> None:
        self.store = store
        self.touched: dict[str, frozenset[str]] = {}  # surnames filed, not yet settled

    # the store's documents and index, as the store itself reads and writes them
    def _get(self, table: str, key: str) -> dict | None:
        return self.store._get(table, key)

    def _put(self, table: str, record: dict) -> None:
        self.store._put(table, record)

    def _remove(self, table: str, doc_id: int) -> None:
        self.store._remove(table, doc_id)

    @property
    def _index(self) -> StoreIndex:
        return self.store._index

    def merge_actor(self, actor: Actor) -> None:
        """File an actor, or merge its aliases (and a description it lacks) into the
        stored one with its id."""
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

    def file_actors(self, actors: list[Actor], keys: ActorKeys) -> dict[str, str]:
        """File an article's actors as identity.file_actors decides; new id -> stored id."""
        stored = {i: a for i in sorted(keys.candidates(actors)) if (a := self.store.actor(i))}
        filing = file_actors(actors, stored, keys)
        for actor in filing.put:
            self._put("actors", actor.model_dump(mode="json"))
        for old_id, new_id in sorted(filing.folds.items()):
            self.move_refs(old_id, new_id)
            self.drop_actor(old_id)
        return filing.renames

    def settle_actors(self) -> None:
        """Join bare surnames to the one person called by them (identity.settle_surnames)
        for what was filed since the last settle; add_extractions does it unless told not to."""
        if not self.touched:
            return
        with self.store._writing():
            keys = self.identity_keys()
            lone = {p for before in keys.touched.values() if len(before) == 1 for p in before}
            people = {i: a for i in sorted(lone) if (a := self.store.actor(i))}
            for move in settle_surnames(keys, people):
                if move.action == "fold":
                    self._fold_surname(move.bare_id, move.person_id)
                else:
                    self._split_surname(people[move.person_id], move.bare_id, move.bare_name)

    def identity_keys(self) -> ActorKeys:
        keys = ActorKeys(self._index.actor_names, self._index.actor_kind)
        keys.touched = self.touched  # shared: surnames wait here until settle_actors
        return keys

    def _fold_surname(self, bare_id: str, person_id: str) -> None:
        """A bare surname's actor joins its person: names, events and quotes move over.
        The bare record and what the person was before are kept in the `folded` table,
        so a split by a later ingest gives both back as they were."""
        bare, person = self.store.actor(bare_id), self.store.actor(person_id)
        if bare is None or person is None:
            return
        kept = self._get(FOLDED, bare_id)
        if kept is not None and kept.get("into") == person_id:  # folded before: one record
            bare = combine([Actor.model_validate(kept["actor"]), bare])
            before = kept["before"]
        else:
            before = {"names": [person.name, *person.aliases], "description": person.description}
        record = {"id": bare_id, "into": person_id, "actor": bare.model_dump(mode="json")}
        self._put(FOLDED, {**record, "before": before})
        self._put("actors", combine([person, bare], head=person).model_dump(mode="json"))
        self.move_refs(bare_id, person_id)
        self.drop_actor(bare_id)

    def _split_surname(self, person: Actor, bare_id: str, bare_name: str) -> None:
        """The events and quotes that named `person` only by a surname go back to the
        bare surname's actor: a second person now has that surname."""
        texts: dict[str, bool] = {}

        def bare_only(article_id: str) -> bool:
            if article_id not in texts:
                article = self.store.article(article_id)
                texts[article_id] = article is not None and named_by_surname_only(
                    person, bare_name, article.text
                )
            return texts[article_id]

        moved = self.move_refs(person.id, bare_id, only=bare_only)
        if moved and self._index.doc_id("actors", bare_id) is None:
            self._put("actors", self._unfold(person, bare_id, bare_name).model_dump(mode="json"))

    def _unfold(self, person: Actor, bare_id: str, bare_name: str) -> Actor:
        """The bare surname's actor as it was before it joined `person` (a bare record if
        the fold was not kept), with `person` put back as it was before it."""
        kept = self._get(FOLDED, bare_id)
        if kept is None or kept.get("into") != person.id:
            return Actor(id=bare_id, name=bare_name)
        self._remove(FOLDED, self._index.doc_id(FOLDED, bare_id))
        bare = Actor.model_validate(kept["actor"])
        before = kept["before"]
        taken = {bare.name, *bare.aliases} - set(before["names"])
        description = person.description
        if description == bare.description and description != before["description"]:
            description = before["description"]
        aliases = [a for a in person.aliases if a not in taken]
        if aliases != person.aliases or description != person.description:
            restored = person.model_copy(update={"aliases": aliases, "description": description})
            self._put("actors", restored.model_dump(mode="json"))
        return bare

    def move_refs(self, old_id: str, new_id: str, only: Callable[[str], bool] | None = None) -> int:
        """Point events and quotes from actor `old_id` to `new_id` (those of the articles
        `only` accepts); how many moved."""
        moved = 0
        events = self.store._storage.tables.get("events", {})
        for doc_id in sorted(self._index.by_actor.get(old_id)):
            doc = events.get(str(doc_id))
            if doc is not None and (only is None or only(doc.get("article_id") or "")):
                actors = (new_id if a == old_id else a for a in doc.get("actors") or [])
                self._put("events", {**doc, "actors": list(dict.fromkeys(actors))})
                moved += 1
        for quote_id in sorted(q for q, who in self._index.speakers.items() if who == old_id):
            doc = self._get("quotes", quote_id)
            if doc is not None and (only is None or only(doc.get("article_id") or "")):
                self._put("quotes", {**doc, "speaker": new_id})
                moved += 1
        return moved

    def drop_actor(self, actor_id: str) -> None:
        doc_id = self._index.doc_id("actors", actor_id)
        if doc_id is not None:
            self._remove("actors", doc_id)

    def folded_surnames(self) -> list[dict]:
        """The kept folds (bare surname -> person, and both as they were), by surname id:
        an export carries them, so a split after an import gives the surname back whole."""
        docs = self.store._storage.tables.get(FOLDED, {}).values()
        return sorted((dict(d) for d in docs), key=lambda d: d["id"])

    def keep_folded(self, record: dict) -> bool:
        """File a kept fold from an export unless one for that surname is here; True if filed."""
        if self._index.doc_id(FOLDED, record["id"]) is not None:
            return False
        with self.store._writing():
            self._put(FOLDED, dict(record))
        return True

    def set_actor_kind(self, actor_id: str, kind: ActorKind) -> Actor:
        """Give an actor another kind (a reader's correction); StoreError if none has the id."""
        with self.store._writing():
            actor = self.store.actor(actor_id)
            if actor is None:
                raise StoreError(f"no actor with id {actor_id}")
            actor = actor.model_copy(update={"kind": kind})
            self._put("actors", actor.model_dump(mode="json"))
        return actor

    def find_actor(self, name: str) -> Actor | None:
        """The one actor `name` is: its name, else its id, else an alias (case and accent
        insensitive; store.identity.ActorNames.best)."""
        found = self.store._queries.names().best(name)
        return None if found is None else self.store.actor(found)

    def actors_named(self, name: str) -> list[Actor]:
        """Every actor a typed name means, as the actor filters resolve it."""
        ids = sorted(self.store._queries.names().resolve(name))
        return [a for a in map(self.store.actor, ids) if a is not None]
