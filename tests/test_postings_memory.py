"""Packing postings for a snapshot must not keep every packed term unpacked in memory:
a long ingest folds the journal often, and each fold filled the cache (issue 14 item 9)."""

from __future__ import annotations

from store.db.postings import Postings


def test_pack_leaves_the_cache_as_it_was():
    p = Postings()
    for doc_id in range(200):
        p.add(["ruritania", f"w{doc_id % 7}"], doc_id)
    packed = p.pack()
    assert set(packed) == {"ruritania", *(f"w{i}" for i in range(7))}
    assert p.cached == 0 and not p.cache  # nothing was kept unpacked for packing's sake
    assert len(p.get("ruritania")) == 200  # a query still reads (and may cache) them
    assert p.cached == 200
