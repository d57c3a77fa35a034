"""The query service's one cache: recent answers, each for the state of the store it
was made in.

Everything a read derives from the index (a search's hits, an actor's date keys, a
ranked order, a posting list unpacked, a layout the app made of a view) sits here,
under one budget: such an answer holds for the index state it was made in, and the
first look after a write (or a reload) drops them all. A *lasting* entry names its
state in its key instead (a page of a view laid out at one generation of the store:
what that view shows, whatever came after) and leaves only when newer entries push it
out. Readers on other threads may look without the store's lock (`peek`); the cache
keeps itself consistent with its own.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sized
from typing import Any

from pydantic import BaseModel

BUDGET = 2_000_000  # weight kept at most: an id in a kept list or set weighs 1 (~55 bytes)
# a decoded record (an Event model, ~3.7 KB) weighs as much as this many ids: rated
# above its bytes, so a long scroll keeps at most ~15,000 models (~60 MB) of pages
MODEL_WEIGHT = 128
ENTRIES = 4096  # entries kept at most, whatever they weigh
LASTING = object()  # the state tag of a lasting entry


def weight(value: object) -> int:
    """What keeping `value` costs, in ids: its length (decoded records weigh more)."""
    if not isinstance(value, Sized) or isinstance(value, str | bytes):
        return 1
    n = len(value)
    if n and isinstance(value, list | tuple) and isinstance(value[0], BaseModel):
        return n * MODEL_WEIGHT
    return max(n, 1)


class QueryCache:
    """Answers by key for one state of the store (`state()`, e.g. the index's identity
    and version) and lasting entries, least recently used dropped first once over the
    budget."""

    def __init__(self, state: Callable[[], Hashable], budget: int = BUDGET) -> None:
        self._state, self.budget = state, budget
        self._kept: OrderedDict[Hashable, tuple[Any, int, object]] = OrderedDict()
        self._seen: Hashable = None
        self.weight = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._kept)

    def _check(self) -> Hashable:
        """The current state; answers of an older one dropped (with the lock held)."""
        state = self._state()
        if state != self._seen:
            stale = [k for k, (_, _, tag) in self._kept.items() if tag is not LASTING]
            for key in stale:
                self.weight -= self._kept.pop(key)[1]
            self._seen = state
        return state

    def peek(self, key: Hashable) -> Any:
        """The kept value for key (an answer only in the store's current state), else None."""
        with self._lock:
            self._check()
            found = self._kept.get(key)
            if found is None:
                return None
            self._kept.move_to_end(key)
            return found[0]

    def put(self, key: Hashable, value: Any, *, lasting: bool = False) -> Any:
        """Keep `value` (not None, nor one heavier than half the budget); it is returned."""
        w = weight(value)
        if value is None or w > self.budget // 2:
            return value
        with self._lock:
            state = self._check()
            old = self._kept.pop(key, None)
            if old is not None:
                self.weight -= old[1]
            self._kept[key] = (value, w, LASTING if lasting else state)
            self.weight += w
            while self.weight > self.budget or len(self._kept) > ENTRIES:
                self.weight -= self._kept.popitem(last=False)[1][1]
        return value

    def get(self, key: Hashable, make: Callable[[], Any], *, lasting: bool = False) -> Any:
        """The kept value for key, made now (and kept) if there is none."""
        found = self.peek(key)
        return self.put(key, make(), lasting=lasting) if found is None else found

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()
            self.weight = 0
            self._seen = None
