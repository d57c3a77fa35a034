"""Which stored actors a new name could be: the cross-article merge looks here first."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from store.extract.cluster import name_key
from store.index import StoreIndex, fold
from store.models import Actor


def akey(name: str) -> str:
    """An actor name as merge_actors compares it, plus accent folding: the store's
    candidate lookup must agree with the merge, so it uses the merge's own key."""
    return name_key(fold(name))


class ActorKeys:
    """Which stored actors a name could be, from the index (no actor documents read)."""

    def __init__(self, index: StoreIndex) -> None:
        self.canon: defaultdict[str, set[str]] = defaultdict(set)  # canonical name
        self.alias: defaultdict[str, set[str]] = defaultdict(set)
        self.people: defaultdict[str, set[str]] = defaultdict(set)  # surname -> persons
        for aid, names in index.actor_names.items():
            first, *rest = names.split("|")
            self._add(aid, first, rest, index.actor_kind.get(aid) or "person")

    def _add(self, aid: str, name: str, aliases: list[str], kind: str) -> None:
        key = akey(name)
        self.canon[key].add(aid)
        for alias in aliases:
            self.alias[akey(alias)].add(aid)
        if kind == "person" and " " in key:
            self.people[key.rsplit(" ", 1)[1]].add(aid)

    def add(self, actor: Actor) -> None:
        self._add(actor.id, actor.name, actor.aliases, actor.kind)

    def remove(self, actor: Actor) -> None:
        for table in (self.canon, self.alias, self.people):
            for key in [akey(n) for n in (actor.name, *actor.aliases)]:
                table.get(key, set()).discard(actor.id)
            table.get(akey(actor.name).rpartition(" ")[2], set()).discard(actor.id)

    def bare_names_of(self, person: Actor, kinds: Mapping[str, str]) -> list[str]:
        """Stored people known only by a surname that this person alone carries and was
        called by (the mirror of surname_of, for the surname filed first)."""
        key = akey(person.name)
        if person.kind != "person" or " " not in key:
            return []
        surname = key.rpartition(" ")[2]
        if surname not in {akey(a) for a in person.aliases}:
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
