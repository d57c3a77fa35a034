"""`dateline quotes` reads a quoted phrase as event search does: its words in sequence,
whatever punctuation or quote marks stand between them, from the start of a word."""

from __future__ import annotations

from datetime import date

import pytest

from store import Actor, Article, Event, EventStore, Extraction, Quote, When, search_quotes

DAY = date(2031, 3, 15)
QUOTES = {
    "marked": "We flew the Zenda 9 ‘Heron’ over the lake at dawn.",
    "plain": "The Zenda 9 Heron is the quietest plane we have.",
    "apart": "Zenda said 9 of the Heron jets were late.",
    "inside": "Within the hangar, nothing moved.",
}


@pytest.fixture
def store(store_path):
    art = Article(id="a", title="t", source="Wire", published=DAY, text="x")
    when = When(value=DAY.isoformat(), start=DAY, end=DAY)
    events = [
        Event(id=f"a-{k}", title=k, sentence=t, article_id="a", when=when)
        for k, t in QUOTES.items()
    ]
    quotes = [
        Quote(id=f"q-{k}", text=t, speaker="jane-roe", event_id=f"a-{k}", article_id="a")
        for k, t in QUOTES.items()
    ]
    roe = Actor(id="jane-roe", name="Jane Roe", kind="person")
    with EventStore(store_path) as s:
        s.add_extraction(
            art, Extraction(article_id="a", events=events, actors=[roe], quotes=quotes)
        )
        yield s


def found(store: EventStore, query: str) -> set[str]:
    return {q.id.removeprefix("q-") for q in search_quotes(store, query)}


def test_a_phrase_matches_across_quote_marks(store):
    assert found(store, '"zenda 9 heron"') == {"marked", "plain"}


def test_a_phrase_starts_at_a_word(store):
    assert found(store, '"in the"') == set()  # not inside "Within the"
    assert found(store, '"within the"') == {"inside"}


def test_an_excluded_phrase_reads_the_same_way(store):
    assert found(store, 'heron -"zenda 9 heron"') == {"apart"}
    assert found(store, "heron -lake") == {"plain", "apart"}
