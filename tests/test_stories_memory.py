"""Story rows read the events one at a time: grouping a store never holds every event
model at once (at 100,000 events those alone were about 370 MB of the 500 MB peak)."""

from __future__ import annotations

import tracemalloc
from datetime import date, timedelta

from store import Article, Event, EventStore, Extraction, When
from store.stories import story_groups


def _store(path, n_articles: int = 150, per: int = 20) -> EventStore:
    store = EventStore(path)
    first = date(2020, 1, 1)
    items = []
    for a in range(n_articles):
        aid = f"a{a}"
        events = []
        for k in range(per):
            d = first + timedelta(days=(a * 7 + k * 13) % 900)
            sentence = (
                f"Officials in Ruritania met on the {k}th about item {a} and harbour {k}. " * 3
            )
            events.append(
                Event(
                    id=f"{aid}-e{k}",
                    title=sentence[:60],
                    sentence=sentence,
                    article_id=aid,
                    when=When(value=d.isoformat(), start=d, end=d),
                )  # fmt: skip
            )
        article = Article(id=aid, title=aid, text="Ruritania.", published=first)
        items.append((article, Extraction(article_id=aid, events=events)))
    store.add_extractions(items)
    return store


def _peak(fn) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_grouping_holds_less_than_every_event_model(tmp_path):
    store = _store(tmp_path / "s.json")
    try:
        models = _peak(store.events)
        grouping = _peak(lambda: story_groups(store))
    finally:
        store.close()
    assert grouping < models, (grouping, models)
