"""Actors merged and split by hand: stored, and held after later ingests (invented data)."""

from __future__ import annotations

from datetime import date

import pytest

from store import Actor, Article, Event, EventStore, Extraction, StoreError, When
from store.models import article_id, event_id
from tests.test_cli import run

DAY = date(2031, 3, 16)


def file(store: EventStore, text: str, actors: list[Actor]) -> str:
    """File an article whose one event names `actors` (extraction stood in for)."""
    aid = article_id(text)
    ev = Event(
        id=event_id(aid, 0),
        when=When(value=DAY.isoformat(), start=DAY, end=DAY),
        title=text[:40],
        sentence=text,
        actors=[a.id for a in actors],
        article_id=aid,
        span=(0, len(text)),
    )
    article = Article(id=aid, published=DAY, text=text)
    store.add_extraction(article, Extraction(article_id=aid, actors=actors, events=[ev]))
    return ev.id


OFFICE = Actor(id="strelsau-trade-office", name="Strelsau Trade Office", kind="organization")
STO = Actor(id="sto", name="STO", kind="organization")


def test_a_hand_merge_moves_names_and_events_and_holds_after_a_new_ingest(tmp_path):
    path = tmp_path / "s.json"
    with EventStore(path) as store:
        e1 = file(store, "The Strelsau Trade Office cut tariffs.", [OFFICE])
        e2 = file(store, "The STO cut tariffs on barley.", [STO])
        store.merge_actors_by_hand(OFFICE.id, STO.id)
        assert store.actor(STO.id) is None
        assert "STO" in store.actor(OFFICE.id).aliases
        assert store.event(e2).actors == [OFFICE.id] and store.event(e1).actors == [OFFICE.id]
    with EventStore(path) as store:  # a later article files "STO" on its own again
        e3 = file(store, "The STO raised tariffs on rye.", [STO])
        assert store.actor(STO.id) is None
        assert store.event(e3).actors == [OFFICE.id]


def test_a_hand_split_takes_a_name_and_its_articles_out_and_holds(tmp_path):
    path = tmp_path / "s.json"
    jane = Actor(id="jane-roe", name="Jane Roe", aliases=["Roe"])
    with EventStore(path) as store:
        mine = file(store, "Jane Roe spoke in Zenda; Roe said talks would go on.", [jane])
        other = file(store, "Roe, a farmer from Tarlenheim, sold his barley.", [jane])
        store.split_actor_by_hand("jane-roe", "roe")
        assert store.actor("jane-roe").aliases == []
        assert store.actor("roe").name == "Roe"
        assert store.event(mine).actors == ["jane-roe"]
        assert store.event(other).actors == ["roe"]
    with EventStore(path) as store:  # a later filing joins the name to her again
        again = file(store, "Roe bought a tractor in Tarlenheim.", [jane])
        assert store.actor("jane-roe").aliases == []
        assert store.event(again).actors == ["roe"]
        assert store.event(mine).actors == ["jane-roe"]


def test_hand_decisions_on_actors_refuse_what_cannot_be(tmp_path):
    with EventStore(tmp_path / "s.json") as store:
        file(store, "The Strelsau Trade Office cut tariffs.", [OFFICE])
        with pytest.raises(StoreError):
            store.merge_actors_by_hand(OFFICE.id, "nobody")
        with pytest.raises(StoreError):
            store.split_actor_by_hand(OFFICE.id, "STO")
        assert store.decisions() == []


def test_actor_merge_and_split_commands(tmp_path):
    db = tmp_path / "s.json"
    with EventStore(db) as store:
        file(store, "The Strelsau Trade Office cut tariffs.", [OFFICE])
        file(store, "The STO cut tariffs on barley.", [STO])
    out = run("actor", "merge", "Strelsau Trade Office", "STO", db=db)
    assert out.returncode == 0, out.stderr
    with EventStore(db) as store:
        assert store.actor("sto") is None
    out = run("actor", "split", "Strelsau Trade Office", "STO", db=db)
    assert out.returncode == 0, out.stderr
    with EventStore(db) as store:
        assert store.actor("sto") is not None
    bad = run("actor", "merge", "Strelsau Trade Office", "Nobody At All", db=db)
    assert bad.returncode != 0 and b"no actor named" in bad.stderr
    assert b"Traceback" not in bad.stderr
