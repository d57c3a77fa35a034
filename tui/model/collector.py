"""Long reads in workers without the garbage collector's full passes.

Grouping 100,000 events into story rows makes millions of small objects, and CPython's
collector runs a full pass over the whole heap each time the heap has grown by a
quarter; a pass holds the GIL, so the screen's thread stops with it (measured on a
generated 100,000-event store: 11 full passes during one grouping, up to 0.5 s each,
3.7 s in all). While such a read runs the collector waits (reference counting still
frees what the read drops). When the last one ends, what is alive moves to the oldest
generation unwalked (`gc.freeze` then `gc.unfreeze`), so the young passes that follow
do not walk the rows just built either. Nothing stays frozen: a frozen object is never
collected, so a cycle dropped later (a closed screen, a replaced story cache) would be
kept until exit. The next full pass walks the heap once. A small store's passes are
short: below `BIG` events the collector is left alone.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

BIG = 20_000  # events read from which the collector waits

_lock = threading.Lock()
_running = 0  # reads now running with the collector paused
_was_enabled = True  # as the first of them found it


@contextmanager
def collector_paused(events: int) -> Iterator[None]:
    """Run a read of `events` events with the collector paused (see the module)."""
    global _running, _was_enabled
    if events < BIG:
        yield
        return
    with _lock:
        if _running == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _was_enabled:
                # to the oldest generation: else the next young pass walks all that was kept
                gc.freeze()
                gc.unfreeze()
                gc.enable()
