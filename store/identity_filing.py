"""Filing an article's actors among the stored ones, by the rules of `store.identity`.

The store keeps indexes of its actors' names (`ActorKeys` for filing, `ActorNames` for
what a name typed by the reader means); `file_actors` joins an article's actors with
the stored records `same_actor` calls one, each group `combine`d, and `settle_surnames`
decides afterwards which bare surnames belong to whom. Plain data in and out: the store
applies what is decided here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from store.identity import Signature, akey, body_head, combine, evidence, place_stem, surname_key
from store.models import Actor, slugify
from store.short_names import short_forms, short_key


# -- what a typed name means --------------------------------------------------------------
class ActorNames:
    """Which actors a name typed by the reader means, the same for every caller (events
    --actor, search actor:, the app's filter): the actors whose id is it, or whose name or
    alias is it (case, accents, dots and a leading "the" aside); failing those, the ones
    with a name whose words start with its words ("actor:donald")."""

    def __init__(self, names: Mapping[str, str]) -> None:
        """`names`: actor id -> "name|alias|..." (the index's actor_names)."""
        self.exact: defaultdict[str, set[str]] = defaultdict(set)
        self.keys: dict[str, list[str]] = {}
        for aid, joined in names.items():
            keys = list(dict.fromkeys(akey(n) for n in joined.split("|")))
            self.keys[aid] = keys
            for key in keys:
                self.exact[key].add(aid)

    def resolve(self, needle: str, *, prefix: bool = True) -> set[str]:
        needle = needle.strip()
        key = akey(needle)
        found = self.exact.get(key, set()) | ({needle} & self.keys.keys())
        if found or not key or not prefix:
            return set(found)
        words = key.split()
        return {  # a prefix of each word, in any order
            aid
            for aid, keys in self.keys.items()
            if any(all(any(w.startswith(x) for w in k.split()) for x in words) for k in keys)
        }

    def best(self, needle: str) -> str | None:
        """The one actor a name is, for attaching it to an event: the actor it names
        exactly, then the one with that id, then one with it as an alias."""
        found = self.resolve(needle, prefix=False)
        key = akey(needle)
        ranked = sorted(found, key=lambda a: (self.keys[a][0] != key, a != needle.strip(), a))
        return ranked[0] if ranked else None


# -- the store ------------------------------------------------------------------------
class ActorKeys:
    """Which stored actors a name could be, from the index's folded names and kinds (no
    actor document read), and which surnames a filing touched (for settle_surnames)."""

    def __init__(self, names: Mapping[str, str], kinds: Mapping[str, str]) -> None:
        """`names`: actor id -> "name|alias|..." (the index's actor_names)."""
        self.canon: defaultdict[str, set[str]] = defaultdict(set)  # name key -> ids
        self.alias: defaultdict[str, set[str]] = defaultdict(set)  # alias key -> ids
        self.people: defaultdict[str, set[str]] = defaultdict(set)  # surname -> persons
        self.kinds: dict[str, str] = {}
        self.forms: defaultdict[str, set[str]] = defaultdict(set)  # short form -> orgs
        self.heads: defaultdict[str, set[str]] = defaultdict(set)  # body_head -> orgs
        self.stems: defaultdict[str, set[str]] = defaultdict(set)  # place_stem -> places
        self.touched: dict[str, frozenset[str]] = {}  # surname -> its people before
        for aid, joined in names.items():
            first, *rest = joined.split("|")
            self._add(aid, first, rest, kinds.get(aid) or "person")

    def _add(self, aid: str, name: str, aliases: list[str], kind: str) -> None:
        key = akey(name)
        self.canon[key].add(aid)
        self.kinds[aid] = kind
        for alias in aliases:
            self.alias[akey(alias)].add(aid)
        if kind == "organization":
            for form in short_forms(name):
                self.forms[form].add(aid)
            if head := body_head(name):
                self.heads[head].add(aid)
        if kind == "place" and (stem := place_stem(key)):
            self.stems[stem].add(aid)
        if kind == "person" and " " in key:
            self.people[key.rpartition(" ")[2]].add(aid)

    def add(self, actor: Actor) -> None:
        self._add(actor.id, actor.name, actor.aliases, actor.kind)

    def remove(self, actor: Actor) -> None:
        for key in {akey(n) for n in (actor.name, *actor.aliases)}:
            for table in (self.canon, self.alias):
                table.get(key, set()).discard(actor.id)
        self.people.get(akey(actor.name).rpartition(" ")[2], set()).discard(actor.id)
        for form in short_forms(actor.name):
            self.forms.get(form, set()).discard(actor.id)
        self.heads.get(body_head(actor.name), set()).discard(actor.id)
        self.stems.get(place_stem(akey(actor.name)), set()).discard(actor.id)
        self.kinds.pop(actor.id, None)

    def candidates(self, actors: Iterable[Actor]) -> set[str]:
        """Stored ids that `same_actor` could join with any of these actors."""
        found: set[str] = set()
        for a in actors:
            if a.id in self.kinds:
                found.add(a.id)
            for k in evidence(a) | {akey(n) for n in a.aliases}:
                found |= self.canon.get(k, set()) | self.alias.get(k, set())
            key = akey(a.name)
            if a.kind == "organization":  # "Navcom" and "Zenda Naval Command"
                found |= self.forms.get(short_key(a.name), set())
                for form in short_forms(a.name):
                    found |= self.canon.get(form, set())
                found |= self.heads.get(key, set())  # "Tarnby Board" / "... of Elders"
                if head := body_head(a.name):
                    found |= self.canon.get(head, set())
            if a.kind == "place":  # "Zenda" / "Zendah"
                found |= self.stems.get(key, set())
                if stem := place_stem(key):
                    found |= self.canon.get(stem, set())
        return found

    def touch(self, actors: Iterable[Actor]) -> None:
        """Note the surnames of people about to be filed, with who bore them before."""
        for a in actors:
            key = surname_key(a)
            if key and key not in self.touched:
                self.touched[key] = frozenset(self.people.get(key, ()))


@dataclass
class Filing:
    """What filing one article's actors changes in the store."""

    put: list[Actor] = field(default_factory=list)  # records to write, new or changed
    folds: dict[str, str] = field(default_factory=dict)  # stored id -> id that absorbs it
    renames: dict[str, str] = field(default_factory=dict)  # article id -> stored id


def file_actors(actors: list[Actor], stored: Mapping[str, Actor], keys: ActorKeys) -> Filing:
    """Join an article's actors with the stored ones (`stored`: at least every record
    keys.candidates named). Every group of records that are one actor becomes one
    `combine`d record; stored records that lose their id fold into it. `keys` follows."""
    keys.touch(actors)
    pool = [*stored.values(), *actors]
    sigs = [Signature.of(a) for a in pool]
    parent = list(range(len(pool)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_new = len(stored)
    for i in range(first_new, len(pool)):
        for j in range(i):
            if root(i) != root(j) and sigs[i].same(sigs[j]):
                parent[root(i)] = root(j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(pool)):
        groups[root(i)].append(i)
    out = Filing()
    for members in groups.values():
        if max(members) < first_new:
            continue  # stored records no new actor joined
        merged = combine([pool[i] for i in members])
        for i in members:
            old = pool[i]
            if i >= first_new:
                out.renames[old.id] = merged.id
            elif old.id != merged.id:
                out.folds[old.id] = merged.id
            if i < first_new:
                keys.remove(old)
        if stored.get(merged.id) != merged:
            out.put.append(merged)
        keys.add(merged)
    out.renames = {k: v for k, v in out.renames.items() if k != v}
    return out


@dataclass
class SurnameMove:
    """A bare surname's actor joins a person (`fold`) or leaves one (`split`)."""

    action: str  # "fold": bare_id joins person_id; "split": person_id's bare mentions leave
    person_id: str
    bare_id: str
    bare_name: str = ""


def settle_surnames(keys: ActorKeys, names: Mapping[str, Actor]) -> list[SurnameMove]:
    """The surname decisions for the surnames filed since the last settle.

    A person known by a bare surname ("Smith") is the one stored person with that
    surname (a full name, "Mary Smith") whom some article called by it; with two such
    people it is neither. `names` holds the stored people keys.people names for these
    surnames. Decided on the store as it now is, so the order of filing does not matter:
    a surname that gained its second person splits its bare mentions off again.
    """
    moves: list[SurnameMove] = []
    for surname, before in sorted(keys.touched.items()):
        people = sorted(keys.people.get(surname, ()))
        bare = sorted(i for i in keys.canon.get(surname, ()) if keys.kinds.get(i) == "person")
        if len(people) == 1 and people[0] in keys.alias.get(surname, set()):
            moves += [SurnameMove("fold", people[0], b) for b in bare]
        elif len(people) > 1 and len(before) == 1 and next(iter(before)) in people:
            person = names.get(next(iter(before)))
            spoken = [n for n in (person.aliases if person else []) if akey(n) == surname]
            if person is not None and spoken:
                moves.append(SurnameMove("split", person.id, slugify(spoken[0]), spoken[0]))
    keys.touched.clear()
    return moves
