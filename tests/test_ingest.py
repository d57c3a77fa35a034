"""Ingest through the store on real TinyDB files."""

from __future__ import annotations

from datetime import date

import pytest

from store import (
    EventStore,
    IngestError,
    StoreError,
    build_article,
    ingest_article,
    read_article_file,
    read_article_text,
    search_events,
)
from tests.conftest import SEED


def test_ingest_is_idempotent(store_path):
    art = build_article(read_article_file(SEED))
    with EventStore(store_path) as store:
        first = ingest_article(store, art)
        n_events = store.count_events()
        before = store_path.read_bytes()
        second = ingest_article(store, art)
    assert first.added and not second.added
    assert n_events > 0
    assert store_path.read_bytes() == before


def test_store_survives_reopen(store_path):
    art = build_article(read_article_file(SEED))
    with EventStore(store_path) as store:
        ingest_article(store, art)
        events = store.events()
    with EventStore(store_path) as again:
        assert [e.id for e in again.events()] == [e.id for e in events]
        assert again.article(art.id).title.startswith("Trump says")


def test_seed_dates(seeded_store):
    whens = {e.when.text: e.when for e in seeded_store.events()}
    weekend = next(w for t, w in whens.items() if t.endswith("the weekend"))
    assert (weekend.start, weekend.end) == (date(2025, 6, 21), date(2025, 6, 22))
    assert any(w.start == date(2023, 10, 7) for t, w in whens.items() if "October 7, 2023" in t)


def test_search_finds_ceasefire_events(seeded_store):
    hits = search_events(seeded_store, "ceasef")
    quotes = {q.id: q.text for q in seeded_store.quotes()}

    def words(e):
        return " ".join([e.title, e.sentence, *(quotes.get(i, "") for i in e.quotes)]).lower()

    assert len(hits) >= 3 and all("ceasefire" in words(e) for e in hits)
    assert search_events(seeded_store, "zzzunlikelyword") == []


def test_events_are_sorted_by_date(seeded_store):
    starts = [e.when.start for e in seeded_store.events() if e.when.start]
    assert starts == sorted(starts)


def test_front_matter_metadata():
    inp = read_article_text('---\ntitle: "A [b]t[/b]"\npublished: 2024-01-02\n---\nBody.', "x")
    assert inp.title == "A [b]t[/b]" and inp.published == date(2024, 1, 2) and inp.text == "Body."


def test_missing_published_date_is_an_error():
    with pytest.raises(IngestError, match="--published"):
        build_article(read_article_text("Body text.", "note.txt"))


def test_missing_folder_is_an_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        EventStore(tmp_path / "nope" / "store.json")


def test_corrupt_store_is_an_error(store_path):
    store_path.write_text('{"events": {"1": {"id"', encoding="utf-8")
    with pytest.raises(StoreError, match="corrupt"):
        EventStore(store_path)
