"""Posting lists keep nothing unpacked: a long ingest folds the journal often, and
packing must not leave every term unpacked in memory (issue 14 item 9). What a query
unpacks is kept by the query service's one cache (store/db/cache.py), under its budget."""

from __future__ import annotations

from store.db.cache import MODEL_WEIGHT, QueryCache
from store.db.postings import Postings


def test_postings_hold_no_unpacked_lists():
    p = Postings()
    for doc_id in range(200):
        p.add(["ruritania", f"w{doc_id % 7}"], doc_id)
    packed = p.pack()
    assert set(packed) == {"ruritania", *(f"w{i}" for i in range(7))}
    first = p.get("ruritania")
    assert len(first) == 200 and p.get("ruritania") is not first  # unpacked per call
    assert not [v for v in vars(p).values() if isinstance(v, dict) and "ruritania" in v
                and isinstance(v["ruritania"], set)]  # fmt: skip


def test_the_one_cache_keeps_to_its_budget_and_drops_everything_on_a_change():
    state = [0]
    cache = QueryCache(lambda: state[0], budget=1000)
    for i in range(50):
        cache.put(("ids", i), list(range(100)))
        assert cache.weight <= 1000
    assert cache.peek(("ids", 49)) is not None and cache.peek(("ids", 0)) is None  # oldest out
    cache.put(("page",), ["x"] * 10)
    assert cache.peek(("page",)) == ["x"] * 10
    state[0] = 1  # the store changed
    assert cache.peek(("ids", 49)) is None and cache.weight == 0 and len(cache) == 0
    assert cache.put(("huge",), list(range(600))) and cache.peek(("huge",)) is None  # too big
    assert cache.get(("made",), lambda: 7) == 7 and cache.get(("made",), lambda: 8) == 7
    cache.put(("page", 1), ["kept"], lasting=True)
    state[0] = 2  # answers go, a lasting entry (its state in its key) stays
    assert cache.peek(("made",)) is None and cache.peek(("page", 1)) == ["kept"]
    assert MODEL_WEIGHT > 1
