"""Story rows of a real store: sources, hand decisions that outlive re-ingest, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store import EventStore, ingest_paths, merge_stories, split_story, story_rows
from tests.test_cli import run

DAM_A = """---
title: "Dam struck in Ruritania"
published: 2031-03-16
source: "Zenda Courier"
---

Ruritanian drones struck the Strelsau dam on Saturday, officials in Zenda said.

The Zenda orchestra opened its spring season on Saturday with a new symphony.
"""
DAM_B = """---
title: "Villages flooded"
published: 2031-03-17
source: "Strelsau Herald"
---

Drones struck the Strelsau dam on Saturday, flooding two villages near Zenda, the army said.

Farmers in Zenda began planting barley on Monday.
"""


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.md").write_text(DAM_A, encoding="utf-8")
    (folder / "b.md").write_text(DAM_B, encoding="utf-8")
    return folder


def ingest(path: Path, folder: Path) -> None:
    with EventStore(path) as store:
        ingest_paths(store, [str(folder)], workers=1)


def dam_row(store: EventStore):
    rows = [r for r in story_rows(store) if "Strelsau" in r.items[0].sentence]
    assert len(rows) >= 1
    return max(rows, key=lambda r: r.sources)


def test_the_same_happening_from_two_articles_is_one_row_with_both_sources(tmp_path, articles):
    ingest(tmp_path / "s.json", articles)
    with EventStore(tmp_path / "s.json") as store:
        row = dam_row(store)
        assert row.sources == 2 and len(row.events) == 2
        assert {i.source for i in row.items} == {"Zenda Courier", "Strelsau Herald"}
        assert all(i.sentence and i.published and i.value for i in row.items)
        assert "same day" in row.reasons and not row.conflict
        others = [r for r in story_rows(store) if r.id != row.id]
        assert others and all(r.sources == 1 for r in others)


def test_a_hand_split_is_stored_and_survives_reopening_and_re_ingest(tmp_path, articles):
    path = tmp_path / "s.json"
    ingest(path, articles)
    with EventStore(path) as store:
        row = dam_row(store)
        split_story(store, row, [row.events[1]])
    ingest(path, articles)  # the same files again: nothing changes, the split holds
    with EventStore(path) as store:
        assert dam_row(store).sources == 1
        decisions = store.decisions()
    # a new store from the same files gives the same event ids, so the decision applies
    fresh = tmp_path / "fresh.json"
    ingest(fresh, articles)
    with EventStore(fresh) as store:
        assert dam_row(store).sources == 2
        assert set(row.events) <= {e.id for e in store.events()}
        for d in decisions:
            store.add_decision({k: v for k, v in d.items() if k not in ("id", "seq", "at")})
        assert dam_row(store).sources == 1


def test_a_hand_merge_joins_two_rows_and_a_later_split_undoes_it(tmp_path, articles):
    path = tmp_path / "s.json"
    ingest(path, articles)
    with EventStore(path) as store:
        rows = [r for r in story_rows(store) if r.sources == 1]
        merge_stories(store, rows[0], rows[1])
        merged = next(r for r in story_rows(store) if set(rows[0].events) <= set(r.events))
        assert merged.manual and set(rows[1].events) <= set(merged.events)
        split_story(store, merged, rows[1].events)
        after = next(r for r in story_rows(store) if set(rows[0].events) <= set(r.events))
        assert not set(rows[1].events) & set(after.events)


def test_a_query_keeps_the_rows_with_a_match(tmp_path, articles):
    ingest(tmp_path / "s.json", articles)
    with EventStore(tmp_path / "s.json") as store:
        assert [r.sources for r in story_rows(store, "flooding")] == [2]
        assert story_rows(store, "nothingmatchesthis") == []


def test_stories_command_json_split_merge_and_errors(tmp_path, articles):
    db = tmp_path / "s.json"
    assert run("ingest", str(articles), db=db).returncode == 0
    out = run("stories", "--json", db=db)
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert all({"events", "sources", "when"} <= set(r) for r in rows)
    two = [r for r in rows if r["sources"] == 2]
    assert len(two) == 1 and two[0]["when"] == {"start": "2031-03-15", "end": "2031-03-15"}
    assert len(json.loads(run("stories", "--json", "--limit", "1", db=db).stdout)) == 1
    assert len(json.loads(run("stories", "--json", "--min-sources", "2", db=db).stdout)) == 1
    table = run("stories", "--min-sources", "2", db=db)
    assert table.stdout.startswith(b"1 story row\n") and b"Zenda Courier" in table.stdout
    page = run("stories", "--limit", "1", "--offset", "1", db=db).stdout.decode()
    assert page.startswith("3 story rows, showing 2-2\n") and len(page.splitlines()) == 3
    split = run("stories", "--split", two[0]["events"][0], db=db)
    assert split.returncode == 0, split.stderr
    assert json.loads(run("stories", "--json", "--min-sources", "2", db=db).stdout) == []
    merged = run("stories", "--merge", *two[0]["events"], db=db)
    assert merged.returncode == 0, merged.stderr
    assert len(json.loads(run("stories", "--json", "--min-sources", "2", db=db).stdout)) == 1
    bad = run("stories", "--split", "no-such-event", db=db)
    assert bad.returncode != 0 and b"no event with id" in bad.stderr
    assert b"Traceback" not in bad.stderr


def test_stories_help_says_what_a_row_is():
    out = run("stories", "--help")
    assert out.returncode == 0 and b"--json" in out.stdout and b"--split" in out.stdout


def test_an_empty_store_has_no_rows(tmp_path):
    out = run("stories", "--json", db=tmp_path / "s.json")
    assert out.returncode == 0 and json.loads(out.stdout) == []


def test_a_row_names_the_actors_it_shares_by_name_not_id(tmp_path, articles):
    ingest(tmp_path / "s.json", articles)
    with EventStore(tmp_path / "s.json") as store:
        row = dam_row(store)
        shared = [r for r in row.reasons if r.startswith("actors in common: ")]
        assert shared, row.reasons
        names = shared[0].removeprefix("actors in common: ").split(", ")
        known = {a.id: a.name for a in store.actors()}
        assert names and all(n in known.values() for n in names)
        assert not [n for n in names if n in known and known[n] != n]  # no bare ids
