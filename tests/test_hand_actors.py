"""Actors typed by hand get a kind: guessed as extraction would, or given as NAME:KIND."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store import KINDS, EventStore, StoreError, guess_kind, hand_actor, split_spec
from tests.conftest_app import build_store, fill, make_app, settle
from tests.test_cli import run
from tui.panes.actors import ActorsPane


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("Jane Roe", ("Jane Roe", None)),
        ("Zenda Air Base:place", ("Zenda Air Base", "place")),
        ("Harbour Office : org", ("Harbour Office", "organization")),
        ("the Kurds:GROUP", ("the Kurds", "group")),
        ("Area 51: a base", ("Area 51: a base", None)),  # a colon inside a name stays
    ],
)
def test_split_spec(spec, expected):
    assert split_spec(spec) == expected


@pytest.mark.parametrize("spec", ["Roe:robot", ":place", "  ", "Roe:p"])
def test_split_spec_refuses_an_unknown_kind_or_an_empty_name(spec):
    with pytest.raises(StoreError):
        split_spec(spec)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Zenda Air Base", "place"),
        ("Ruritanian Harbour Office", "organization"),
        ("Strelsau Fisheries Board", "organization"),
        ("Lake Zenda", "place"),
        ("Jane Roe", "person"),
    ],
)
def test_guess_kind_is_the_extraction_classifier(name, kind):
    assert guess_kind(name) == kind


def test_hand_actor_sets_the_kind_of_a_known_actor(tmp_path):
    with EventStore(tmp_path / "s.json") as store:
        first = hand_actor(store, "Zenda Air Base")
        assert (first.id, first.kind) == ("zenda-air-base", "place")
        again = hand_actor(store, "zenda air base")  # the stored one, kind kept
        assert again == first
        fixed = hand_actor(store, "Zenda Air Base:organization")
        assert fixed.id == first.id and store.actor(first.id).kind == "organization"
        assert [a.id for a in store.actors()] == ["zenda-air-base"]


def _kinds(db: Path) -> dict[str, str]:
    out = run("actors", "--json", db=db)
    assert out.returncode == 0, out.stderr
    return {a["name"]: a["kind"] for a in json.loads(out.stdout)}


def test_cli_add_guesses_and_sets_kinds(tmp_path):
    db = tmp_path / "s.json"
    args = ["add", "2025-06-02", "Crews arrive", "--actor", "Zenda Air Base",
            "--actor", "Harbour Office:org", "--actor", "Jane Roe"]  # fmt: skip
    out = run(*args, db=db)
    assert out.returncode == 0, out.stderr
    assert _kinds(db) == {
        "Zenda Air Base": "place",
        "Harbour Office": "organization",
        "Jane Roe": "person",
    }
    bad = run("add", "2025-06-03", "Crews leave", "--actor", "Jane Roe:robot", db=db)
    assert bad.returncode != 0 and b"not a kind" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) <= 3 and b"Traceback" not in bad.stderr


def test_cli_add_help_documents_the_kind():
    out = run("add", "--help")
    assert b"NAME:KIND" in out.stdout


@pytest.fixture
def app_path(tmp_path: Path) -> Path:
    return build_store(tmp_path / "store.json")


async def test_actors_pane_changes_a_kind(app_path: Path) -> None:
    def stored() -> str:
        with EventStore(app_path) as store:
            return store.actor("nato").kind

    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        actors = app.query_one(ActorsPane)
        actors.focus()
        await pilot.press("f", *"nato", "enter")
        assert [a.id for a in actors.rows] == ["nato"]
        before = actors.rows[0].kind
        await pilot.press("K")
        await settle(pilot)
        after = stored()
        assert after == KINDS[(KINDS.index(before) + 1) % len(KINDS)]
        await pilot.press("k")  # k still moves up, as in every list
        await settle(pilot)
        assert stored() == after


async def test_form_sets_a_new_actors_kind(app_path: Path) -> None:
    app = make_app(app_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await fill(pilot, "2025-06-26")
        await pilot.press("enter")
        await fill(pilot, "Crews arrive")
        await pilot.press("enter")
        await fill(pilot, "Zenda Air Base, Jane Roe:organization")
        await pilot.press("enter")
        await settle(pilot)
    with EventStore(app_path) as store:
        kinds = {a.name: a.kind for a in store.actors()}
    assert kinds["Zenda Air Base"] == "place" and kinds["Jane Roe"] == "organization"
