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
