"""A product's full name finds the events whose products carry a shorter name of it.

An article may name a plane "the A9" throughout; a reader types "Northwind A9". The event
keeps its products (`Event.things`), and a quoted product name with a model number finds
a product named by a part of it that keeps the number, never another model.
"""

from __future__ import annotations

from datetime import date

import pytest

from store import Article, Event, EventStore, Extraction, When, search_events
from store.db.query import thing_found

TODAY = date(2031, 5, 2)


def _ev(i: int, sentence: str, things: list[str]) -> Event:
    d = date(2031, 5, i)
    return Event(id=f"a-e{i}", title=sentence[:30], sentence=sentence, article_id="a",
                 things=things, when=When(value=d.isoformat(), start=d, end=d))  # fmt: skip


@pytest.fixture
def store(store_path):
    art = Article(id="a", title="t", source="Wire", published=TODAY, text="x")
    ex = Extraction(
        article_id="a",
        events=[
            _ev(1, "The A9 took off from Strelsau.", ["A9"]),
            _ev(2, "The plane landed after four hours.", ["A9 Skylark"]),
            _ev(3, "Lantern Air flies the A7.", ["A7"]),
            _ev(4, "The A9 Max is a longer plane.", ["A9 Max"]),
            _ev(5, "Northwind A9 orders rose.", []),
            _ev(6, "Sales of 9 planes.", []),
        ],
    )
    with EventStore(store_path) as s:
        s.add_extraction(art, ex)
        yield s


def test_full_name_finds_shorter_product_names(store):
    hits = {e.id for e in search_events(store, '"Northwind A9 Skylark"', today=TODAY)}
    assert hits == {"a-e1", "a-e2"}  # not the A7, not the A9 Max
    hits = {e.id for e in search_events(store, '"Northwind A9"', today=TODAY)}
    assert hits == {"a-e1", "a-e5"}  # "A9 Skylark" holds a word the query does not


def test_an_excluded_full_name_also_excludes_its_shorter_product_names(store):
    hits = {e.id for e in search_events(store, 'the -"Northwind A9"', today=TODAY)}
    assert hits == {"a-e2", "a-e3", "a-e4"}  # a-e1's product "A9" is the Northwind A9
    found = {e.id for e in search_events(store, '"Northwind A9"', today=TODAY)}
    assert not found & hits


def test_thing_found_needs_the_model_number():
    found = thing_found("northwind a9")
    assert found("the plane landed | a9")
    assert not found("the plane landed | northwind")  # the maker alone is no product
    assert not found("a9 took off")  # a sentence's words are not its products
    assert not thing_found("skylark music")("x | skylark")  # no number: phrase only
