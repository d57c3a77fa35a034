"""EventStore on real files: the public API, batches, snapshots and a random model check."""

from __future__ import annotations

import random
from datetime import date, timedelta

from store import Actor, Article, Event, EventStore, Extraction, Quote, When
from tests.period_counts import density


def _ev(i: int, title: str = "talks", actors=(), day: date | None = None) -> Event:
    d = day or date(2020, 1, 1) + timedelta(days=i % 400)
    return Event(id=f"e{i}", title=f"{title} {i}", actors=list(actors),
                 when=When(value=d.isoformat(), start=d, end=d))  # fmt: skip


def _article(n: int) -> tuple[Article, Extraction]:
    art = Article(id=f"art{n}", title=f"a{n}", source="Reuters", published=date(2025, 1, 1),
                  text=f"text {n}")  # fmt: skip
    events = [
        Event(id=f"art{n}-e{k}", title=f"story {n} part {k}", article_id=art.id,
              actors=["qatar"], quotes=[f"art{n}-q0"] if k == 0 else [],
              when=When(value="2025-01-01", start=date(2025, 1, 1), end=date(2025, 1, 1)))
        for k in range(3)
    ]  # fmt: skip
    ex = Extraction(
        article_id=art.id,
        actors=[Actor(id="qatar", name="Qatar", kind="place", aliases=[f"Q{n}"])],
        quotes=[Quote(id=f"art{n}-q0", text="we are close", speaker="qatar", article_id=art.id)],
        events=events,
    )
    return art, ex


def test_add_extractions_is_one_write_and_idempotent(store_path):
    with EventStore(store_path) as store:
        store.add_event(_ev(0))
        journal = store_path.with_name("store.json.journal")
        before = journal.read_bytes().count(b"\n")
        assert store.add_extractions([_article(n) for n in range(5)]) == [True] * 5
        assert journal.read_bytes().count(b"\n") == before + 1
        assert store.add_extractions([_article(1), _article(9)]) == [False, True]
        assert store.add_extraction(*_article(9)) is False
        assert store.count_events() == 1 + 6 * 3
        assert store.find_actor("q3").id == "qatar"
        assert store.actor("qatar").aliases == [f"Q{n}" for n in (0, 1, 2, 3, 4, 9)]
        assert store.actor_event_counts()["qatar"] == 18
        assert len(store.quotes(speaker="qatar")) == 6
        assert [e.id for e in store.events_for_quote("art2-q0")] == ["art2-e0"]
        assert store.count_events(actor="qatar") == 18
        assert len(store.events_page(0, 5, actor="qatar")) == 5
    with EventStore(store_path) as again:
        assert again.count_events() == 19 and again.has_article("art9")
        assert again.article("art3").source == "Reuters"
        assert [e.id for e in again.events(actor="qatar")][:3] == ["art0-e0", "art0-e1", "art0-e2"]


def test_events_by_date_across_snapshot_and_journal(store_path):
    with EventStore(store_path) as store:
        for i in range(300):
            store.add_event(_ev(i, day=date(2000, 1, 1) + timedelta(days=(i * 37) % 300)))
        store._storage.compact()
        for i in range(0, 300, 3):
            store.delete_event(f"e{i}")
        store.update_event(_ev(1, "moved", day=date(1990, 1, 1)))
        starts = [e.when.start for e in store.events()]
        assert starts == sorted(starts) and len(starts) == 200
        assert store.events_page(0, 1)[0].id == "e1"
        assert store.events(after=date(2000, 10, 27)) == []
    with EventStore(store_path) as again:
        assert [e.id for e in again.events()] == [e.id for e in store.events()]
        assert density(again, "year") == [("1990", 1), ("2000", 199)]


def test_random_operations_match_a_model(store_path):
    """Adds, updates, deletes, compactions and reopenings agree with a plain dict."""
    rng = random.Random(6)
    model: dict[str, Event] = {}
    store = EventStore(store_path)
    try:
        for step in range(600):
            op = rng.random()
            if op < 0.5 or not model:
                ev = _ev(rng.randrange(10_000), rng.choice(["talks", "truce", "vote"]))
                model[ev.id] = store.add_event(ev)
            elif op < 0.7:
                ev = model[rng.choice(sorted(model))]
                model[ev.id] = store.update_event(ev.model_copy(update={"title": "revised"}))
            elif op < 0.9:
                key = rng.choice(sorted(model))
                store.delete_event(key)
                del model[key]
            elif op < 0.95:
                store._storage.compact()
            else:
                store.close()
                store = EventStore(store_path)
            if step % 50 == 0:
                assert {e.id for e in store.events()} == set(model)
                assert sum(n for _, n in density(store, "day")) == len(model)
        assert {e.id: e.title for e in store.events()} == {k: e.title for k, e in model.items()}
        revised = {k for k, e in model.items() if e.title == "revised"}
        assert {e.id for e in store.events_page(0, None, query="revised")} == revised
        assert store.count_events() == len(model)
    finally:
        store.close()
