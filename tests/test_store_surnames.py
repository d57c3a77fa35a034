"""A bare surname folded into its one person and split off again by a later ingest comes
back as it was filed (name, kind, description), and the person loses what it took from
it: the store ends as if the articles had come in the order that never folded."""

from __future__ import annotations

from datetime import date
from itertools import permutations

import pytest

from store import Actor, Article, Event, EventStore, Extraction, When

# invented articles: (id, text, day, actors named)
HARBOUR = "Smith, the harbour master of Strelsau, said on Friday he would resign."
MARY = "Mary Smith spoke on Monday. Smith said the vote passed."
JOHN = "John Smith spoke on Tuesday. Smith said the plant would close."
BARE = Actor(id="smith", name="Smith", description="harbour master of Strelsau")
ARTICLES = {
    "a1": (HARBOUR, 6, [BARE]),
    "a2": (MARY, 2, [Actor(id="mary-smith", name="Mary Smith", aliases=["Smith"])]),
    "a3": (JOHN, 3, [Actor(id="john-smith", name="John Smith", aliases=["Smith"])]),
}


def _item(aid: str) -> tuple[Article, Extraction]:
    return filed_item(ARTICLES, aid)


def filed_item(articles: dict, aid: str) -> tuple[Article, Extraction]:
    """One invented article of `articles` with its one event and the actors it names."""
    text, day, actors = articles[aid]
    when = When(value=f"2025-06-{day:02d}", start=date(2025, 6, day), end=date(2025, 6, day))
    article = Article(id=aid, title=aid, text=text, published=date(2025, 6, day))
    event = Event(id=f"{aid}-e0", title=text[:20], when=when, article_id=aid, actors=[actors[0].id])
    return article, Extraction(article_id=aid, actors=actors, events=[event])


def _file(path, order) -> tuple:
    with EventStore(path) as store:
        for aid in order:  # one ingest each: the surname settles between them
            store.add_extractions([_item(aid)])
    with EventStore(path) as store:  # what was saved
        actors = sorted(a.model_dump_json() for a in store.actors())
        events = sorted((e.id, tuple(e.actors)) for e in store.events())
    return tuple(actors), tuple(events)


def test_a_bare_surname_split_off_again_keeps_its_description(tmp_path):
    path = tmp_path / "s.json"
    with EventStore(path) as store:
        store.add_extractions([_item("a1")])
        store.add_extractions([_item("a2")])
        assert store.actor("smith") is None  # folded into the one Smith called so
        store.add_extractions([_item("a3")])  # a second Smith: the bare one leaves again
        bare = store.actor("smith")
        assert bare is not None and bare.description == "harbour master of Strelsau"
        assert store.actor("mary-smith").description == ""  # not the harbour master's
    with EventStore(path) as again:
        assert again.actor("smith") == bare


@pytest.mark.parametrize("order", list(permutations(ARTICLES)))
def test_surnames_end_alike_in_any_order(tmp_path, order):
    first = _file(tmp_path / "first.json", ("a2", "a3", "a1"))  # never folds
    assert _file(tmp_path / "s.json", order) == first


def test_what_the_fold_keeps_is_saved_in_store_json(tmp_path):
    """The split comes in a later command: what the fold kept was read back from the file
    (its own table, which stock TinyDB reads like the others)."""
    from tinydb import TinyDB

    path = tmp_path / "s.json"
    with EventStore(path) as store:
        store.add_extractions([_item("a1")])
        store.add_extractions([_item("a2")])
    with TinyDB(path) as db:
        (kept,) = db.table("folded").all()
        assert kept["actor"]["description"] == "harbour master of Strelsau"
        assert [a["id"] for a in db.table("actors").all()] == ["mary-smith"]
    with EventStore(path) as again:
        again.add_extractions([_item("a3")])
        assert again.actor("smith").description == "harbour master of Strelsau"
    with TinyDB(path) as db:
        assert db.table("folded").all() == []  # given back, not kept twice
