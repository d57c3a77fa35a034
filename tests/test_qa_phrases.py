"""A quoted phrase matches the words in sequence, whatever punctuation or quote marks
stand between them in the text (as the index reads words), and only whole words."""

from __future__ import annotations

from datetime import date

import pytest

from store import Article, Event, EventStore, Extraction, When, search_events

TODAY = date(2025, 6, 25)
SENTENCES = {
    "quoted": 'Strelsau 42 "Kestrel" was grounded after the inspection.',
    "dashed": "The Strelsau-42 Kestrel flew again in May.",
    "apart": "Strelsau said 42 of the Kestrel jets were late.",
    "glued": "Strelsau 42 Kestrelwing is a new model.",
    "us": "The U.S. envoy met us in Zenda.",
}


@pytest.fixture
def store(store_path):
    art = Article(id="a", title="t", source="Wire", published=TODAY, text="x")
    d = date(2025, 6, 1)
    events = [
        Event(
            id=f"a-{key}",
            title=f"Event {key}",
            sentence=text,
            article_id="a",
            when=When(value=d.isoformat(), start=d, end=d),
        )  # fmt: skip
        for key, text in SENTENCES.items()
    ]
    with EventStore(store_path) as s:
        s.add_extraction(art, Extraction(article_id="a", events=events))
        yield s


def found(store, query: str) -> set[str]:
    return {e.id.removeprefix("a-") for e in search_events(store, query, today=TODAY)}


def test_a_phrase_ignores_punctuation_and_quote_marks_between_its_words(store) -> None:
    # "Kestrel" alone finds the word prefix "kestrelwing" too, so the last word may be a
    # prefix, as the index treats it
    assert found(store, '"Strelsau 42 Kestrel"') == {"quoted", "dashed", "glued"}
    assert found(store, '"strelsau 42 kestrel was grounded"') == {"quoted"}


def test_a_phrase_matches_whole_words_in_sequence(store) -> None:
    assert found(store, '"the kestrel jets"') == {"apart"}
    assert found(store, '"42 kestrel jets"') == set()  # not in sequence
    assert found(store, '"elsau 42 kestrel"') == set()  # no word starts there
    assert found(store, "u.s.") == {"us"}
    assert found(store, '"the u.s. envoy"') == {"us"}


def test_an_excluded_phrase_is_read_the_same_way(store) -> None:
    assert found(store, 'strelsau -"42 kestrel was"') == {"dashed", "apart", "glued"}


def test_phrase_found() -> None:
    from store.db.query import phrase_found

    assert phrase_found("u.s.")("the u.s. envoy")
    assert not phrase_found("u.s.")("met us there")
    assert not phrase_found("u s")("u sa")  # a short last word is whole
    assert not phrase_found("jane ro")("jane roe")
    assert phrase_found("jane roe")("— jane  «roe»,")
    assert not phrase_found("ane roe")("jane roe")  # the first word is whole too
    assert phrase_found("aa aa")("xaa aa aa")  # a match inside a word is not the last try
