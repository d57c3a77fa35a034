"""Paging through one actor's events is cheap: only the page's documents are read."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from store import Event, EventStore, When
from tests.period_counts import density


def _store(path, n: int = 600) -> EventStore:
    store = EventStore(path)
    start = date(2000, 1, 1)
    evs = []
    for i in range(n):
        d = start + timedelta(days=(i * 37) % 3000)
        who = ["busy"] if i % 3 else ["busy", "other"]
        evs.append(Event(id=f"e{i}", title=f"event {i}", actors=who,
                         when=When(value=d.isoformat(), start=d, end=d)))  # fmt: skip
    with store._writing():
        for ev in evs:
            store.add_event(ev)
    return store


def test_actor_page_reads_only_the_page(tmp_path, monkeypatch):
    with _store(tmp_path / "s.json") as store:
        everything = store.events(actor="busy")
        read: list[int] = []
        real = store._events

        def spy(doc_ids):
            ids = list(doc_ids)
            read.append(len(ids))
            return real(ids)

        monkeypatch.setattr(store, "_events", spy)
        page = store.events_page(100, 25, actor="busy")
        assert read == [25]
        assert [e.id for e in page] == [e.id for e in everything[100:125]]
        assert store.events_page(590, 25, actor="busy") == everything[590:]
        assert store.count_events(actor="busy") == len(everything) == 600
        assert store.count_events(actor="other") == 200
        assert store.count_events(actor="nobody") == 0
        assert store.events_page(0, 10, actor="nobody") == []


def test_actor_page_follows_writes(tmp_path):
    with _store(tmp_path / "s.json", 30) as store:
        first = store.events_page(0, 5, actor="other")
        store.delete_event(first[0].id)
        d = date(1990, 1, 1)
        store.add_event(Event(id="early", title="early", actors=["other"],
                              when=When(value=d.isoformat(), start=d, end=d)))  # fmt: skip
        page = store.events_page(0, 5, actor="other")
        assert page[0].id == "early" and first[0].id not in {e.id for e in page}
        assert store.count_events(actor="other") == 10


def test_density_and_count_by_actor(tmp_path):
    with _store(tmp_path / "s.json", 60) as store:
        by_year = density(store, "year", None, actor="other")
        assert sum(n for _, n in by_year) == store.count_events(actor="other") == 20
        assert sum(n for _, n in density(store, "month", "event", actor="busy")) == 60


def test_day_counts_match_the_events_and_follow_writes(tmp_path):
    """day_counts (date ordinal -> n) is what density sums; an actor's is cached per
    store version, so a write shows at once."""
    with _store(tmp_path / "s.json", 60) as store:
        for query, actor in ((None, "other"), (None, "busy"), ("event", "other"), ("1", None)):
            per_day = store.day_counts(query, actor=actor)
            expected = Counter(e.when.start.toordinal() for e in store.events_page(
                0, None, query=query, actor=actor, sort="date"))  # fmt: skip
            assert dict(per_day) == dict(expected)
            assert sum(per_day.values()) == store.count_events(query=query, actor=actor)
        d = date(1990, 1, 1)
        store.add_event(Event(id="early", title="early", actors=["other"],
                              when=When(value=d.isoformat(), start=d, end=d)))  # fmt: skip
        assert store.day_counts(actor="other")[d.toordinal()] == 1
        assert density(store, "year", None, actor="other")[0] == ("1990", 1)


def test_warm_changes_no_answer(tmp_path):
    with _store(tmp_path / "s.json", 60) as store:
        before = (store.events_page(0, 10, query="event 1"), density(store, "day", actor="busy"))
    with EventStore(tmp_path / "s.json") as store:
        store.warm()
        after = (store.events_page(0, 10, query="event 1"), density(store, "day", actor="busy"))
    assert after == before


def test_date_order_of_a_search_is_its_ranked_hits_by_date(tmp_path):
    """Date-ordered pages, counts and day counts come from the unranked hits: the same
    events as the ranked search, in date order, pages slicing one list."""
    with _store(tmp_path / "s.json", 90) as store:
        for query in ("event", "event 1", '"event 1"', "1 -2", "busy", "event -event"):
            ranked = store.events_page(0, None, query=query, sort="rank")
            by_date = store.events_page(0, None, query=query, sort="date")
            expected = sorted(ranked, key=lambda e: (e.when.start, int(e.id[1:])))
            assert [e.id for e in by_date] == [e.id for e in expected], query
            assert store.count_events(query=query) == len(by_date)
            assert store.events_page(5, 7, query=query) == by_date[5:12]
