"""One query service, one cache: the posting lists a search unpacked and what the app
laid out of a view sit in the store's query cache for one state of the store, and a
write drops them; the pages a view read stay kept under the generation it was laid out
in, so the screen draws them again without the store's lock."""

from __future__ import annotations

from datetime import date

from store import Event, EventStore, When


def _event(i: int, title: str) -> Event:
    d = date(2020, 1, 1 + i % 28)
    return Event(id=f"e{i}", title=title, actors=["jane-roe"],
                 when=When(value=d.isoformat(), start=d, end=d))  # fmt: skip


def _store(path) -> EventStore:
    store = EventStore(path)
    with store._writing():
        for i in range(80):
            store.add_event(_event(i, f"Ruritania harbour talks {i}"))
    return store


def test_a_views_page_is_kept_under_the_generation_it_was_laid_out_in(tmp_path):
    with _store(tmp_path / "s.json") as store:
        gen = store.generation
        where = {"query": "harbour", "generation": gen}
        assert store.peek_page(0, 20, **where) is None  # nothing read yet
        page = store.events_page(0, 20, **where)
        assert store.peek_page(0, 20, **where) is page
        assert store.peek_page(20, 20, **where) is None  # only what was read
        assert store.events_page(0, None, generation=gen)  # a whole dump is not kept
        assert store.peek_page(0, None, generation=gen) is None
        store.add_event(_event(99, "Zenda harbour reopens"))
        assert store.generation != gen
        assert store.peek_page(0, 20, **where) is page  # what that view showed
        now = {"query": "harbour", "generation": store.generation}
        assert store.peek_page(0, 20, **now) is None
        assert "e99" in {e.id for e in store.events_page(0, 100, **now)}


def test_what_a_caller_remembers_is_dropped_by_a_write(tmp_path):
    with _store(tmp_path / "s.json") as store:
        laid = store.remember(("days", "harbour"), lambda: ["laid out"])
        assert store.recall(("days", "harbour")) is laid
        before = store.generation
        store.delete_event("e1")
        assert store.generation != before and store.recall(("days", "harbour")) is None


def test_a_search_keeps_its_posting_lists_in_the_one_cache(tmp_path):
    with _store(tmp_path / "s.json") as store:
        assert store.count_events(query="harbour") == 80
        cache = store._queries.cache
        kept = [k for k in list(cache._kept) if k[0] == "term"]
        assert kept and all(k[2] == "harbour" for k in kept)
        store.add_event(_event(98, "Strelsau harbour closes"))
        assert store.count_events(query="harbour") == 81  # the write dropped the old list


def test_a_filter_is_made_once_per_state_of_the_store(tmp_path):
    """kind:, source: and actor: are unions of many short posting lists: kept as one
    answer each, shared by every query that filters alike, and dropped by a write."""
    from store import Actor

    with _store(tmp_path / "s.json") as store:
        store.add_actor(Actor(id="jane-roe", name="Jane Roe", kind="person"))
        assert store.count_events(query="harbour kind:person") == 80
        keys = [k for k in list(store._queries.cache._kept) if k[0] == "kind-ids"]
        assert keys == [("kind-ids", frozenset({"person"}))]
        kept = store._queries.cache.peek(keys[0])
        assert store.count_events(query="talks kind:person") == 80
        assert store._queries.cache.peek(keys[0]) is kept  # the second query reused it
        store.add_event(_event(97, "Zenda harbour fête").model_copy(update={"actors": []}))
        assert store._queries.cache.peek(keys[0]) is None
        assert store.count_events(query="harbour kind:person") == 80  # 97 names nobody
        assert store.count_events(query="harbour actor:roe") == 80


def test_a_long_scroll_keeps_a_bounded_number_of_decoded_events():
    """Pages of decoded events are the heaviest entries (~3.7 KB an event): scrolling
    through 100,000 events keeps some 15,000 of them at most, not the whole store."""
    from store.db.cache import QueryCache

    cache = QueryCache(lambda: 0)
    page = [_event(i, "Ruritania ferry") for i in range(50)]
    for n in range(2000):  # 100,000 events, 50 a page
        cache.put(("page", 0, n * 50, 50), page, lasting=True)
    assert 10_000 <= len(cache) * len(page) <= 16_000
