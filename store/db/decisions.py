"""The reader's hand decisions, stored beside the records they are about (a helper
EventStore owns).

A small `decisions` table, one document per decision, written through the store's
journal like every edit: story rows split or merged (store/stories/decide.py) and
actors merged or split. Decisions name ids and names only, so ingest never touches
them; actor decisions are applied again after every ingest (settle_actors), so an
article filed later that joins the names again is folded or split the same way.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from store.db.actor_filing import ActorFiling, Documents
from store.db.index import words
from store.errors import StoreError
from store.identity import combine
from store.models import Actor, short_hash, slugify
from store.textclean import fold

ACTOR_SAME, ACTOR_APART = "actor-same", "actor-apart"


class HandDecisions:
    """Decision reads and writes for one EventStore, which owns it (its public methods
    delegate here); actor decisions are carried out by the store's ActorFiling."""

    def __init__(self, store: Documents, filing: ActorFiling) -> None:
        self.store, self.filing = store, filing

    def decisions(self) -> list[dict[str, Any]]:
        """Stored hand decisions, oldest first."""
        docs = self.store._storage.tables.get("decisions", {}).values()
        return sorted((dict(d) for d in docs), key=lambda d: d.get("seq", 0))

    def add_decision(self, decision: dict[str, Any]) -> dict[str, Any]:
        """File one decision (one durable write); it comes back with its id and order."""
        with self.store._writing():
            seq = max((d.get("seq", 0) for d in self.decisions()), default=0) + 1
            at = datetime.now(UTC).replace(microsecond=0).isoformat()
            doc = {**decision, "seq": seq, "at": at}
            doc["id"] = "d-" + short_hash(json.dumps(decision, sort_keys=True), str(seq))
            self.store._put("decisions", doc)
        return doc

    def remove_decision(self, decision_id: str) -> None:
        with self.store._writing():
            doc_id = self.store._index.doc_id("decisions", decision_id)
            if doc_id is None:
                raise StoreError(f"no decision with id {decision_id}")
            self.store._remove("decisions", doc_id)

    # -- actors ------------------------------------------------------------------
    def merge_actors_by_hand(self, keep: str, other: str) -> dict[str, Any]:
        """Actor `other` is actor `keep` for good: names, events and quotes move over."""
        a, b = self.store.actor(keep), self.store.actor(other)
        if a is None or b is None:
            raise StoreError(f"no actor with id {other if a else keep}")
        if a.id == b.id:
            raise StoreError("those are one actor already")
        with self.store._writing():
            decision = self.add_decision({"kind": ACTOR_SAME, "keep": a.id, "other": b.id})
            self.apply_actor_decisions()
        return decision

    def split_actor_by_hand(self, actor_id: str, name: str) -> dict[str, Any]:
        """The name `name` of actor `actor_id` is someone else for good: it becomes an
        actor of its own, with the articles that call the actor by that name alone."""
        actor = self.store.actor(actor_id)
        if actor is None:
            raise StoreError(f"no actor with id {actor_id}")
        found = next((n for n in actor.aliases if fold(n) == fold(name)), None)
        if found is None:
            raise StoreError(f"{actor.name} has no other name {name!r}")
        with self.store._writing():
            decision = self.add_decision({"kind": ACTOR_APART, "actor": actor.id, "name": found})
            self.apply_actor_decisions()
        return decision

    def apply_actor_decisions(self) -> int:
        """Apply the actor decisions the actors no longer follow; how many were applied."""
        todo = [d for d in self.decisions() if d.get("kind") in (ACTOR_SAME, ACTOR_APART)]
        if not todo:
            return 0
        done = 0
        with self.store._writing():
            for d in todo:
                if d["kind"] == ACTOR_SAME:
                    done += self._hand_fold(d["keep"], d["other"])
                else:
                    done += self._hand_split(d["actor"], d["name"])
        return done

    def _hand_fold(self, keep_id: str, other_id: str) -> bool:
        keep, other = self.store.actor(keep_id), self.store.actor(other_id)
        if keep is None or other is None:
            return False
        self.store._put("actors", combine([keep, other], head=keep).model_dump(mode="json"))
        self.filing.move_refs(other_id, keep_id)
        self.filing.drop_actor(other_id)
        return True

    def _hand_split(self, actor_id: str, name: str) -> bool:
        actor = self.store.actor(actor_id)
        if actor is None or fold(name) not in {fold(n) for n in actor.aliases}:
            return False
        rest = [n for n in actor.aliases if fold(n) != fold(name)]
        others = [words(n) for n in (actor.name, *rest)]
        mine = words(name)
        texts: dict[str, bool] = {}

        def by_that_name(article_id: str) -> bool:
            if article_id not in texts:
                article = self.store.article(article_id)
                said = words(article.text) if article is not None else set()
                texts[article_id] = mine <= said and not any(o <= said for o in others)
            return texts[article_id]

        new_id = slugify(name)
        if new_id == actor.id:
            new_id = slugify(f"{name} {actor.kind} 2")
        if self.store.actor(new_id) is None:
            new = Actor(id=new_id, name=name, kind=actor.kind)
            self.store._put("actors", new.model_dump(mode="json"))
        self.store._put(
            "actors", actor.model_copy(update={"aliases": rest}).model_dump(mode="json")
        )
        self.filing.move_refs(actor.id, new_id, only=by_that_name)
        return True
