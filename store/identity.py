"""Actor identity: which actor records are one real entity, in one place.

Two callers ask: ingest, joining the pieces of one long article (`merge_actors`), and
the store, filing an article's actors among the stored ones (`file_actors`, then
`settle_surnames`). Inputs and outputs are plain data (Actor records, name keys, id
mappings); the store applies what is decided here and this module never touches it.

Filing is order-free: two records are the same actor by a test on the pair alone
(`same_actor`), and a merged record's name, kind, aliases and description are a
function of the set merged (`combine`), so the same articles filed in any order give
the same actors. A bare surname ("Smith said") joins the one person called by it only
when the filing settles, and leaves again when a second person with that surname comes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from store.models import Actor, ActorKind, slugify
from store.short_names import short_forms, short_key
from store.textclean import fold

_PARTICLES = frozenset("al el bin ibn ben abu de del da di du la le van von der den st".split())
# a merged non-person takes the first kind here: a name used for a country and for its
# government is filed as the place, a movement named as a group and as a body as the body
_KIND_ORDER: tuple[ActorKind, ...] = ("place", "organization", "group", "person")


# -- names ------------------------------------------------------------------------
def name_key(s: str) -> str:
    """Name as merged: case, a leading "the" and dots in initials ("U.S." = "US") ignored."""
    s = s.casefold().replace("’", "'")
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"\b(?:\w\.){2,}", lambda m: m.group().replace(".", ""), s)
    return re.sub(r"[^\w]+", " ", s).strip()


@lru_cache(maxsize=1 << 16)
def akey(name: str) -> str:
    """`name_key` plus accent folding: what the store's look-ups compare (the same names
    come back with every article, so the answers are kept)."""
    return name_key(fold(name))


def name_tails(name: str) -> list[str]:
    """Shorter forms a person's full name is referred to by ("Al Ansari", "Ansari")."""
    words = re.sub(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)$", "", name).split()
    out = []
    for i in range(1, len(words)):
        if words[i].lower() in _PARTICLES or i == len(words) - 1:
            out.append(" ".join(words[i:]))
    return out


def surname_key(actor: Actor) -> str | None:
    """The key of the surname a person is filed under ("smith"), None for non-people."""
    if actor.kind != "person":
        return None
    return akey(actor.name).rpartition(" ")[2] or None


def _owner_stripped(name: str) -> str:
    """A body's name without its owner ("Norway's Ministry of Health" -> "Ministry of
    Health"): many owners have such a body, so that shorter name proves nothing."""
    m = re.match(r"(.+?)['’]s\s+(\S.*)$", name)
    return m.group(2) if m else name


def evidence(actor: Actor) -> set[str]:
    """Keys that identify an actor across articles: its name and the aliases that are
    names of it alone. A person's one-word alias (a surname), a place's other names (a
    capital standing for its country) and a body's name without its owner are not."""
    keys = {akey(actor.name)}
    if actor.kind == "place":
        return keys
    bare = _owner_stripped(actor.name)
    for alias in actor.aliases:
        if alias == bare and alias != actor.name:
            continue
        if actor.kind == "person" and len(alias.split()) < 2:
            continue
        keys.add(akey(alias))
    return keys


@dataclass(frozen=True)
class _Sig:
    """What same_actor reads of a record, worked out once."""

    id: str
    kind: str
    key: str
    evidence: frozenset[str]
    short: str = ""  # a one-word organisation's name as a short form ("centcom")
    forms: frozenset[str] = frozenset()  # the short forms of a longer organisation name

    @classmethod
    def of(cls, actor: Actor) -> _Sig:
        org = actor.kind == "organization"
        return cls(
            actor.id,
            actor.kind,
            akey(actor.name),
            frozenset(evidence(actor)),
            short_key(actor.name) if org else "",
            short_forms(actor.name) if org else frozenset(),
        )

    def same(self, other: _Sig) -> bool:
        if self.id == other.id:
            return True  # one id is one stored record
        if (self.kind == "person") != (other.kind == "person"):
            return False
        if self.key == other.key:
            return True
        if self.kind != other.kind:
            return False
        if self.short in other.forms or other.short in self.forms:
            return True  # "Centcom" / "US Central Command" (forms never hold "")
        return not self.evidence.isdisjoint(other.evidence)


def same_actor(a: Actor, b: Actor) -> bool:
    """Are two records one actor? A test on the pair alone, so merging is order-free."""
    return _Sig.of(a).same(_Sig.of(b))


def _name_rank(name: str) -> tuple:
    """Which name a merged actor carries: the fullest (most words, then longest)."""
    return (-len(name.split()), -len(name), name.casefold(), name)


def _best_description(descriptions: Iterable[str]) -> str:
    found = [d for d in descriptions if d]
    return min(found, key=lambda d: (-len(d), d)) if found else ""


def combine(members: list[Actor], *, head: Actor | None = None) -> Actor:
    """One record for actors that are one: the fullest name (or `head`'s name and id),
    the first kind in _KIND_ORDER, every other name as a sorted alias, the fullest
    description. Depends on the set of members, not on their order."""
    if head is None:
        head = min(members, key=lambda a: (_name_rank(a.name), a.id))
    kind = min((a.kind for a in members), key=_KIND_ORDER.index)
    names = {n for a in members for n in (a.name, *a.aliases)} - {head.name}
    return Actor(
        id=head.id,
        name=head.name,
        kind=kind,
        aliases=sorted(names, key=lambda n: (n.casefold(), n)),
        description=_best_description(a.description for a in members),
    )


def named_by_surname_only(person: Actor, surname: str, text: str) -> bool:
    """Does a text call this person by the surname alone, never by a full name (the name
    or a multi-word alias)? Then its mention was a bare surname's, filed with the person."""
    flat = fold(" ".join(text.split()))
    full = [n for n in (person.name, *person.aliases) if len(n.split()) >= 2]
    if any(fold(" ".join(n.split())) in flat for n in full):
        return False
    return re.search(rf"\b{re.escape(fold(surname))}\b", flat) is not None


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


# -- the pieces of one article -------------------------------------------------------
def merge_actors(
    existing: list[Actor], new: list[Actor], *, same_article: bool = False
) -> tuple[list[Actor], dict[str, str]]:
    """Merge `new` actors into `existing` (pieces of one long article, in text order).

    An existing actor keeps its id and name (earlier pieces already refer to it) and
    gains the new names; `same_actor` decides. With `same_article=True` a person known
    only by a surname ("Trump") also joins the one existing person it is the surname of.

    Returns `(merged, renames)`: existing actors first, then the unmatched new ones,
    and each new actor id -> the id it now has.
    """
    merged = [a.model_copy(deep=True) for a in existing]
    renames: dict[str, str] = {}
    for a in new:
        target = next((b for b in merged if same_actor(b, a)), None)
        if target is None and same_article and a.kind == "person" and " " not in a.name:
            people = [
                b for b in merged if b.kind == "person" and a.name in name_tails(b.name) + b.aliases
            ]
            target = people[0] if len(people) == 1 else None
        if target is None:
            merged.append(a.model_copy(deep=True))
            renames[a.id] = a.id
            continue
        for alias in [a.name, *a.aliases]:
            if alias != target.name and alias not in target.aliases:
                target.aliases.append(alias)
        target.description = target.description or a.description
        renames[a.id] = target.id
    return merged, renames


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
        self.kinds.pop(actor.id, None)

    def candidates(self, actors: Iterable[Actor]) -> set[str]:
        """Stored ids that `same_actor` could join with any of these actors."""
        found: set[str] = set()
        for a in actors:
            if a.id in self.kinds:
                found.add(a.id)
            for k in evidence(a) | {akey(n) for n in a.aliases}:
                found |= self.canon.get(k, set()) | self.alias.get(k, set())
            if a.kind == "organization":  # "Centcom" and "US Central Command"
                found |= self.forms.get(short_key(a.name), set())
                for form in short_forms(a.name):
                    found |= self.canon.get(form, set())
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
    sigs = [_Sig.of(a) for a in pool]
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
