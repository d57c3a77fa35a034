"""The reduce step: one actor table for the whole archive, by the store's identity code.

Each article's actors are filed as EventStore files them (store.identity.file_actors
against the records so far, then settle_surnames once at the end, as a long ingest
does), on plain dicts instead of tables. The result maps every (article, actor id as
extracted) to the id the archive keeps, so events and quotes can be rewritten.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from store.identity import combine
from store.identity_filing import ActorKeys, file_actors, settle_surnames
from store.models import Actor


class ActorReduce:
    """Files articles' actors one article at a time; `resolve` answers final ids."""

    def __init__(self) -> None:
        self.keys = ActorKeys({}, {})
        self.actors: dict[str, Actor] = {}
        self.renames: dict[str, dict[str, str]] = {}  # article id -> extracted id -> id then
        self.filed_at: dict[str, int] = {}  # article id -> step it was filed at
        self.folds: defaultdict[str, list[tuple[int, str]]] = defaultdict(list)
        self.step = 0

    def _fold(self, old: str, new: str) -> None:
        self.step += 1
        self.folds[old].append((self.step, new))

    def file(self, article_id: str, actors: list[Actor]) -> None:
        self.step += 1
        self.filed_at[article_id] = self.step
        stored = {i: self.actors[i] for i in sorted(self.keys.candidates(actors))}
        filing = file_actors(actors, stored, self.keys)
        for old, new in sorted(filing.folds.items()):
            self.actors.pop(old, None)
            self._fold(old, new)
        for actor in filing.put:
            self.actors[actor.id] = actor
        self.renames[article_id] = filing.renames

    def settle(self) -> None:
        """Bare surnames join the one person called by them (the store's settle; from an
        empty archive only folds happen, as nobody was filed before)."""
        for move in settle_surnames(self.keys, {}):
            bare, person = self.actors.get(move.bare_id), self.actors.get(move.person_id)
            if move.action != "fold" or bare is None or person is None:
                continue
            self.actors[person.id] = combine([person, bare], head=person)
            del self.actors[bare.id]
            self._fold(bare.id, person.id)

    def resolve(self, article_id: str, actor_id: str) -> str:
        """The archive's id for an actor id as one article's extraction gave it: its
        filing's rename, then every fold made after that filing, in order."""
        at = self.filed_at.get(article_id, 0)
        current = self.renames.get(article_id, {}).get(actor_id, actor_id)
        while True:
            later = [(s, new) for s, new in self.folds.get(current, ()) if s > at]
            if not later:
                return current
            at, current = min(later)

    def mapping(self, article_id: str, ids: Iterable[str]) -> dict[str, str]:
        return {i: self.resolve(article_id, i) for i in ids}
