"""One actor resolution: events --actor, search actor: and the app's filter agree."""

from __future__ import annotations

import json
from datetime import date

import pytest

from store import Actor, Article, Event, EventStore, Extraction, When
from tests.test_cli import run
from tui.model.storeview import StoreView

DAY = When(value="2025-06-02", start=date(2025, 6, 2), end=date(2025, 6, 2))


def _file(store: EventStore, aid: str, actors: list[Actor]) -> None:
    ev = Event(id=f"{aid}-e0", when=DAY, title=aid, actors=[a.id for a in actors], article_id=aid)
    text = " and ".join(a.name for a in actors) + " spoke."
    art = Article(id=aid, published=date(2025, 6, 2), text=text)
    store.add_extraction(art, Extraction(article_id=aid, actors=actors, events=[ev]))


@pytest.fixture
def db(tmp_path):
    """Two people called "Roe" and a bare "Roe" that stays apart (it could be either)."""
    path = tmp_path / "s.json"
    jane = Actor(id="jane-roe", name="Jane Roe", aliases=["Roe"])
    peter = Actor(id="peter-roe", name="Peter Roe", aliases=["Roe"])
    with EventStore(path) as store:
        _file(store, "a1", [jane])
        _file(store, "a2", [jane])
        _file(store, "a3", [peter])
        _file(store, "a4", [Actor(id="roe", name="Roe")])
        _file(store, "a5", [Actor(id="jose-nunez", name="José Núñez", aliases=["Núñez"])])
        _file(store, "a6", [Actor(id="ruritanian-harbour-office", name="Ruritanian Harbour "
                                  "Office", kind="organization")])  # fmt: skip
        assert {a.id for a in store.actors()} >= {"jane-roe", "peter-roe", "roe"}
    return path


def _ids(events) -> set[str]:
    return {e.id for e in events}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Roe", {"a1-e0", "a2-e0", "a3-e0", "a4-e0"}),  # the name or an alias
        ("Jane Roe", {"a1-e0", "a2-e0"}),
        ("jane-roe", {"a1-e0", "a2-e0"}),  # an id
        ("jose nunez", {"a5-e0"}),  # accents aside
        ("NÚÑEZ", {"a5-e0"}),
        ("harbour", {"a6-e0"}),  # no name is it: names starting with its words
    ],
)
def test_every_actor_filter_resolves_a_name_alike(db, name, expected):
    with EventStore(db) as store:
        paths = {
            "events --actor": _ids(store.events_page(0, None, actor=name)),
            "events --actor, folded": _ids(store.events_page(0, None, actor=name.casefold())),
            "search actor:": _ids(store.events_page(0, None, query=f'actor:"{name}"')),
            "count": {store.count_events(actor=name)},
        }
    view = StoreView(db).view(actor=name)  # what the app's actor filter runs
    paths["app"] = _ids(view.paged.fetch(0, view.paged.total))
    assert paths.pop("count") == {len(expected)}
    assert paths == dict.fromkeys(paths, expected)


def test_cli_events_and_search_agree_on_an_actor(db):
    out = {}
    for args in (("events", "--actor", "Roe"), ("events", "--actor", "roe"),
                 ("search", "actor:Roe"), ("search", "actor:ROE")):  # fmt: skip
        res = run(*args, "--json", db=db)
        assert res.returncode == 0, res.stderr
        out[args] = {e["id"] for e in json.loads(res.stdout)}
    assert len(set(map(frozenset, out.values()))) == 1
    assert out[("events", "--actor", "Roe")] == {"a1-e0", "a2-e0", "a3-e0", "a4-e0"}


def test_cli_events_for_no_such_actor_is_one_line(db):
    res = run("events", "--actor", "Nobody Atall", db=db)
    assert res.returncode != 0 and b"no actor named" in res.stderr
    assert b"Traceback" not in res.stderr


def test_find_actor_prefers_the_name_to_an_alias(db):
    with EventStore(db) as store:
        assert store.find_actor("roe").id == "roe"
        assert store.find_actor("JANE ROE").id == "jane-roe"
        assert store.find_actor("Núñez").id == "jose-nunez"
        assert store.find_actor("harbour") is None  # attaching wants the exact actor
