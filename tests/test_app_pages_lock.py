"""A page the timeline has read is drawn again without the store lock, even after a
write: a worker (an ingest, the story grouping) may hold the lock for seconds, and the
screen must not wait on it to redraw what it already shows."""

from __future__ import annotations

import threading
from datetime import date

from store import Event, EventStore, When
from tui.model.storeview import StoreView


def _event(i: int) -> Event:
    d = date(2021, 3, 1 + i % 28)
    return Event(id=f"r{i}", title=f"Ruritania ferry sailing {i}",
                 when=When(value=d.isoformat(), start=d, end=d))  # fmt: skip


def _read_while_locked(data: StoreView, read) -> bool:
    """True if `read` finished while another thread held the store lock."""
    held, done = threading.Event(), threading.Event()

    def hold() -> None:
        with data.lock:
            held.set()
            done.wait(5)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(5)
    reader = threading.Thread(target=read)
    reader.start()
    reader.join(2)
    finished = not reader.is_alive()
    done.set()
    holder.join()
    reader.join()
    return finished


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
    data.close()
