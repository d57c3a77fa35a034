"""Folding the journal into store.json never holds the file whole (issue 14 item 9): it is
streamed to its temp file a document at a time and read back mapped. Measured with
tracemalloc (Python allocations, not time), so the test is about bytes, not speed."""

from __future__ import annotations

import tracemalloc
from datetime import date

from store import Article, Event, EventStore, Extraction, When

PUBLISHED = date(2025, 6, 25)
PART = 1 << 20  # characters of article text per article


def _article(i: int) -> tuple[Article, Extraction]:
    text = f"Ruritania report {i}. " + ("Talks on the border resumed on Monday. " * 30_000)[:PART]
    article = Article(id=f"a{i}", title=f"Report {i}", text=text, published=PUBLISHED)
    d = date(2025, 6, 1 + i)
    event = Event(
        id=f"e{i}",
        title=f"Talks {i}",
        when=When(value=d.isoformat(), start=d, end=d),
        article_id=article.id,
    )
    return article, Extraction(article_id=article.id, events=[event])


def _big_store(path, n: int = 12) -> int:
    with EventStore(path) as store:
        store.add_extractions([_article(i) for i in range(n)])
    return path.stat().st_size


def _peak_of(fn) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_fold_streams_the_file_instead_of_joining_it(tmp_path):
    path = tmp_path / "s.json"
    size = _big_store(path)
    assert size > 12 * PART
    store = EventStore(path)
    try:
        with store._writing():  # an edit, then the fold a long journal or a close does
            store._put("events", {**store._get("events", "e3"), "title": "Renamed"})
        peak = _peak_of(store._storage.compact)
        assert store.event("e3").title == "Renamed"
        assert store.article("a7").text.startswith("Ruritania report 7.")
    finally:
        store.close()
    assert peak < size / 4, f"the fold allocated {peak} bytes for a {size}-byte store"
    with EventStore(path) as again:
        assert again.event("e3").title == "Renamed" and again.count_events() == 12


def test_after_a_fold_the_store_reads_the_file_it_wrote(tmp_path):
    """The tables written in this session read from the new file, not a copy in memory:
    holding on after the fold costs no more than the file's size in Python objects."""
    path = tmp_path / "s.json"

    def build() -> None:
        store = EventStore(path)
        store.add_extractions([_article(i) for i in range(12)])
        build.store = store  # type: ignore[attr-defined]

    tracemalloc.start()
    try:
        build()
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    store = build.store  # type: ignore[attr-defined]
    try:
        size = path.stat().st_size
        assert store.article("a11").text.startswith("Ruritania report 11.")
        assert held < size / 4, f"{held} bytes still held for a {size}-byte store"
    finally:
        store.close()


def _status(key: str) -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(key + ":"):
                return int(line.split()[1]) << 10
    raise KeyError(key)


def test_a_fold_lets_go_of_the_old_file_as_it_reads_it(tmp_path, monkeypatch):
    """Reading every document of the old store.json maps the whole file into the process
    (counted in its RSS, as /usr/bin/time -v reports it): a fold drops those pages as it
    goes, so a 300 MB store does not add 300 MB to a big ingest's peak."""
    import pytest

    import store.db.snapshot as snapshot

    try:
        _status("RssFile")
        open("/proc/self/clear_refs", "w").close()
    except (OSError, KeyError):
        pytest.skip("needs Linux's /proc accounting")
    monkeypatch.setattr(snapshot, "RELEASE_EVERY", 1 << 20)
    path = tmp_path / "s.json"
    with EventStore(path) as store:
        for part in range(3):
            store.add_extractions([_article(i) for i in range(8 * part, 8 * part + 8)])
    size = path.stat().st_size
    seen: list[int] = []
    real = snapshot.write_store

    def write_store(*args, **kwargs):
        before = _status("RssFile")
        side = real(*args, **kwargs)
        seen.append(_status("RssFile") - before)  # the old tables are still alive here
        return side

    monkeypatch.setattr("store.db.durable.write_store", write_store)
    store = EventStore(path)
    try:
        with store._writing():
            store._put("events", {**store._get("events", "e3"), "title": "Renamed"})
        store._storage.compact()
        assert store.article("a20").text.startswith("Ruritania report 20.")
    finally:
        store.close()
    assert size > 20 * PART and seen
    assert seen[0] < size / 4, f"the fold kept {seen[0]} bytes of a {size}-byte file mapped"
