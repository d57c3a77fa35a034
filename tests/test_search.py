"""The one search language: parsing errors, matching, ranking and filters over the index."""

from __future__ import annotations

from datetime import date

import pytest

from store import (
    Actor,
    Article,
    Event,
    EventStore,
    Extraction,
    QueryError,
    Quote,
    When,
    parse_query,
    search_events,
)
from tests.period_counts import density

TODAY = date(2025, 6, 25)


def _ev(i: int, title: str, sentence: str = "", actors=(), quotes=(), day=None) -> Event:
    d = day or date(2025, 6, 1 + i)
    return Event(id=f"a-e{i}", title=title, sentence=sentence, actors=list(actors),
                 quotes=list(quotes), article_id="a", when=When(value=d.isoformat(), start=d,
                                                               end=d))  # fmt: skip


@pytest.fixture
def store(store_path):
    art = Article(id="a", title="t", source="CNN", published=TODAY, text="x")
    ex = Extraction(
        article_id="a",
        actors=[
            Actor(id="donald-trump", name="Donald Trump", aliases=["Trump"]),
            Actor(id="qatar", name="Qatar", kind="place"),
        ],  # fmt: skip
        quotes=[Quote(id="a-q1", text="a ceasefire is close", speaker="donald-trump")],
        events=[
            _ev(1, "Talks resume in Doha", "Talks resumed in Doha on Monday.", ["qatar"]),
            _ev(2, "Trump speaks", "He said it.", ["donald-trump"], ["a-q1"]),
            _ev(3, "Ceasefire agreed", "The ceasefire was agreed in Genève.", ["qatar"]),
            _ev(4, "Markets", "Markets fell as the ceasefire held.", day=date(2024, 1, 5)),
        ],
    )
    with EventStore(store_path) as s:
        s.add_extraction(art, ex)
        yield s


def ids(events):
    return [e.id for e in events]


def test_prefix_and_ranking(store):
    hits = search_events(store, "ceasef", today=TODAY)
    assert ids(hits) == ["a-e3", "a-e2", "a-e4"]  # title > quote > sentence
    assert ids(search_events(store, "ceasef", today=TODAY, sort="date")) == [
        "a-e4", "a-e2", "a-e3"]  # fmt: skip


def test_accents_phrases_and_exclusion(store):
    assert ids(search_events(store, "geneve", today=TODAY)) == ["a-e3"]
    assert ids(search_events(store, '"ceasefire held"', today=TODAY)) == ["a-e4"]
    assert ids(search_events(store, "ceasefire -markets", today=TODAY)) == ["a-e3", "a-e2"]


def test_filters(store):
    assert ids(search_events(store, "actor:trump", today=TODAY)) == ["a-e2"]
    assert ids(search_events(store, "kind:place", today=TODAY, sort="date")) == ["a-e1", "a-e3"]
    assert len(search_events(store, "source:cnn", today=TODAY)) == 4
    assert ids(search_events(store, "ceasefire before:2024-12-31", today=TODAY)) == ["a-e4"]
    assert ids(search_events(store, "after:2025-06-04", today=TODAY, sort="date")) == [
        "a-e3"]  # fmt: skip
    assert store.count_events(query="ceasefire after:2025-01-01", today=TODAY) == 2


def test_page_count_and_density(store):
    assert store.count_events() == 4
    assert ids(store.events_page(1, 2)) == ["a-e1", "a-e2"]
    assert ids(store.events_page(0, 1, query="ceasefire", sort="rank", today=TODAY)) == ["a-e3"]
    assert density(store, "month") == [("2024-01", 1), ("2025-06", 3)]
    assert density(store, "year", "talks", today=TODAY) == [("2025", 1)]
    assert density(store, "day", actor="qatar") == [("2025-06-02", 1), ("2025-06-04", 1)]
    assert ids(store.events_for_quote("a-q1")) == ["a-e2"]


def test_index_follows_update_and_delete(store):
    ev = store.event("a-e1")
    store.update_event(ev.model_copy(update={"title": "Truce signed", "sentence": "Signed."}))
    assert ids(search_events(store, "truce", today=TODAY)) == ["a-e1"]
    assert "a-e1" not in ids(search_events(store, "talks doha resume", today=TODAY))
    store.delete_event("a-e3")
    assert "a-e3" not in ids(search_events(store, "ceasefire", today=TODAY))


@pytest.mark.parametrize(
    ("query", "message"),
    [("after:notadate", "after:notadate"), ('"unclosed', "quote"), ("actor:", "needs a value")],
)
def test_malformed_queries_are_one_line(query, message):
    with pytest.raises(QueryError, match=message) as err:
        parse_query(query, TODAY)
    assert "\n" not in str(err.value)
