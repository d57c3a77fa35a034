"""Actors typed by hand (`dateline add --actor`, the event form): "NAME" or "NAME:KIND".

A new actor's kind is guessed by the extraction's own chunk rules run on the bare name,
so a hand-typed "Harbour Office" is an organisation as it would be in an article; a kind given after
the name sets it, on a new actor or on the stored one the name resolves to.
"""

from __future__ import annotations

import re
from typing import get_args

from store.db import EventStore
from store.errors import StoreError
from store.models import Actor, ActorKind, slugify

KINDS: tuple[ActorKind, ...] = get_args(ActorKind)
_SPEC = re.compile(r"(?P<name>.*?)\s*:\s*(?P<kind>[A-Za-z]+)\s*$", re.S)


def read_kind(word: str) -> ActorKind:
    """ "place", or a prefix of one kind of three letters or more ("org")."""
    val = word.strip().casefold()
    found = [k for k in KINDS if k == val or (len(val) >= 3 and k.startswith(val))]
    if len(found) != 1:
        raise StoreError(f"{word!r} is not a kind (kinds are {', '.join(KINDS)})")
    return found[0]


def split_spec(spec: str) -> tuple[str, ActorKind | None]:
    """ "Jane Roe:person" -> ("Jane Roe", "person"); a name without a kind -> (name, None).
    Raises StoreError for an empty name or a word after the colon that is no kind."""
    m = _SPEC.match(spec.strip())
    name, kind = (m["name"], read_kind(m["kind"])) if m else (spec.strip(), None)
    if not name.strip():
        raise StoreError("an actor name is empty")
    return name.strip(), kind


def guess_kind(name: str) -> ActorKind:
    """The kind extraction's chunk rules give the bare name (store.extract.name_kind: no
    article is parsed or dated for it); person when they give none."""
    from store.extract.name_kind import name_kind  # lazy: only a typed name needs it

    return name_kind(name)


def hand_actor(store: EventStore, spec: str) -> Actor:
    """The stored actor a typed "NAME[:KIND]" means (given a kind, now that kind), or a
    new one of the given or guessed kind, filed in the store."""
    name, kind = split_spec(spec)
    found = store.find_actor(name)
    if found is not None:
        return found if kind in (None, found.kind) else store.set_actor_kind(found.id, kind)
    actor = Actor(id=slugify(name), name=name, kind=kind or guess_kind(name))
    return store.add_actor(actor)
