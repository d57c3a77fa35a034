"""A page the timeline has read is drawn again without the store lock, even after a
write: a worker (an ingest, the story grouping) may hold the lock for seconds, and the
screen must not wait on it to redraw what it already shows."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date

from store import Event, EventStore, When
from tui.model.storeview import StoreView


def _event(i: int) -> Event:
    d = date(2021, 3, 1 + i % 28)
    return Event(id=f"r{i}", title=f"Ruritania ferry sailing {i}",
                 when=When(value=d.isoformat(), start=d, end=d))  # fmt: skip


class HeldLock:
    """Stands in for the view's lock while another thread holds it. A read that would
    wait for it is recorded and refused at once, so the test shows whether the read
    needed the lock without timing it (and never hangs)."""

    def __init__(self) -> None:
        self.real = threading.RLock()
        self.waited = 0

    def __enter__(self) -> HeldLock:
        if not self.real.acquire(blocking=False):
            self.waited += 1
            raise RuntimeError("this read waits on the store lock")
        return self

    def __exit__(self, *exc: object) -> None:
        self.real.release()


def _read_while_locked(data: StoreView, read: Callable[[], object]) -> bool:
    """True if `read` ran through while another thread held the store lock."""
    lock, held, done = HeldLock(), threading.Event(), threading.Event()

    def hold() -> None:
        with lock.real:
            held.set()
            done.wait()

    data.lock = lock  # type: ignore[assignment]
    holder = threading.Thread(target=hold)
    holder.start()
    held.wait()
    try:
        read()
    except RuntimeError:
        pass
    finally:
        done.set()
        holder.join()
    return lock.waited == 0


def test_a_page_read_once_is_drawn_again_without_the_lock(tmp_path):
    path = tmp_path / "s.json"
    with EventStore(path) as store:
        for i in range(30):
            store.add_event(_event(i))
    data = StoreView(path)
    data.reload()
    view = data.view()
    first = view.paged[0]
    data.add_event(_event(99))  # the store moves on; the view shows what it laid out
    got: list[Event] = []
    assert _read_while_locked(data, lambda: got.append(view.paged[0]))
    assert got == [first]
    # the check can fail: a page never read before needs the store, so its lock
    assert not _read_while_locked(data, lambda: view.paged.fetch(7, 3))
    data.close()
