"""The store's files on disk: a small store is one file, bad paths are one-line errors."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from store import Event, EventStore, StoreError, When
from store.db.durable import SMALL_SNAPSHOT
from tests.test_cli import run


def _event(i: int, title: str = "talks") -> Event:
    d = date(2021, 1, 1 + i % 28)
    return Event(id=f"e{i}", title=f"{title} {i}", when=When(value=d.isoformat(), start=d, end=d))


def _journal(path: Path) -> Path:
    return path.with_name(path.name + ".journal")


# -- 1. a small store is one file between commands ---------------------------------
def test_small_store_is_one_file_after_close(tmp_path):
    path = tmp_path / "s.json"
    with EventStore(path) as store:
        store.add_event(_event(0))
    with EventStore(path) as store:
        store.add_event(_event(1))
        store.update_event(_event(0, "renamed"))
        assert _journal(path).stat().st_size > 0  # adds stay journal appends
    assert _journal(path).stat().st_size == 0
    copy = tmp_path / "copy.json"
    shutil.copy(path, copy)  # the snapshot alone, as `cp s.json copy.json` does
    with EventStore(copy) as store:
        assert [e.title for e in store.events()] == ["renamed 0", "talks 1"]


def test_cli_edit_then_mv_keeps_the_edit(tmp_path):
    db = tmp_path / "s.json"
    out = run("add", "2024-03-01", "Talks resume", db=db)
    assert out.returncode == 0, out.stderr
    out = run("add", "2024-03-02", "Ceasefire holds", db=db)
    assert out.returncode == 0, out.stderr
    moved = tmp_path / "moved.json"
    db.rename(moved)  # `mv s.json moved.json`: the journal stays behind
    out = run("events", "--json", db=moved)
    assert out.returncode == 0, out.stderr
    assert sorted(e["title"] for e in json.loads(out.stdout)) == ["Ceasefire holds", "Talks resume"]


def test_big_store_keeps_its_journal_at_close(tmp_path, monkeypatch):
    """Above the size limit an add stays a journal append, even at close."""
    monkeypatch.setattr("store.db.durable.SMALL_SNAPSHOT", 0)
    path = tmp_path / "s.json"
    with EventStore(path) as store:
        store.add_event(_event(0))
    with EventStore(path) as store:
        store.add_event(_event(1))
    assert _journal(path).stat().st_size > 0
    with EventStore(path) as store:
        assert len(store.events()) == 2
    assert SMALL_SNAPSHOT >= 1 << 20


def test_corrupt_journal_message_says_edits_are_lost(tmp_path, monkeypatch):
    monkeypatch.setattr("store.db.durable.SMALL_SNAPSHOT", 0)
    path = tmp_path / "s.json"
    with EventStore(path) as store:
        store.add_event(_event(0))
    with EventStore(path) as store:
        store.add_event(_event(1))
        store.add_event(_event(2))
    data = _journal(path).read_bytes()
    _journal(path).write_bytes(b"garbage\n" + data)
    with pytest.raises(StoreError) as err:
        EventStore(path)
    msg = str(err.value)
    assert "\n" not in msg
    assert "since the last compaction" in msg and "lost" in msg and "mv " in msg


# -- 2. paths that cannot be a store --------------------------------------------------
@pytest.mark.parametrize(
    "make",
    [
        lambda t: t / "file.json" / "x.json",  # under a regular file
        lambda t: t / "file.json" / "a" / "x.json",
        lambda t: t,  # a folder
        lambda t: Path("/dev/null"),
        lambda t: Path("/proc/version"),
    ],
)
def test_bad_store_paths_are_one_line_errors(tmp_path, make):
    (tmp_path / "file.json").write_text("x")
    db = make(tmp_path)
    for args in (("events",), ("add", "2024-03-01", "Talks")):
        out = run(*args, db=db)
        err = out.stderr.decode()
        assert out.returncode != 0
        assert "Traceback" not in err and err.count("\n") == 1, err
        assert err.startswith("dateline: error:"), err
    assert (tmp_path / "file.json").read_text() == "x"


def test_unreadable_store_is_one_line_error(tmp_path, monkeypatch):
    path = tmp_path / "s.json"
    with EventStore(path) as store:
        store.add_event(_event(0))

    def denied(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(StoreError, match="Permission denied"):
        EventStore(path)


def test_stat_error_at_open_is_a_store_error(tmp_path, monkeypatch):
    path = tmp_path / "s.json"
    real_stat = Path.stat

    def stat(self, *a, **k):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, *a, **k)

    monkeypatch.setattr(Path, "stat", stat)
    with pytest.raises(StoreError):
        EventStore(path).close()


# -- 3. another program's JSON is never touched -----------------------------------------
@pytest.mark.parametrize(
    "doc",
    [
        {"_default": {"1": {"x": 1}}},
        {"events": {"1": {"x": 1}}},
        {"events": {"1": {"id": "e1"}}},
        {"notes": {"1": {"id": "n1"}}},
        [1, 2],
    ],
)
def test_tinydb_json_that_is_not_a_store(tmp_path, doc):
    db = tmp_path / "other.json"
    db.write_text(json.dumps(doc))
    before = sorted(p.name for p in tmp_path.iterdir())
    out = run("events", db=db)
    err = out.stderr.decode()
    assert out.returncode == 1
    assert "Traceback" not in err and err.count("\n") == 1, err
    assert "not a dateline store" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no .bak, no .lock
    assert json.loads(db.read_text()) == doc


def test_empty_tinydb_default_table_is_an_empty_store(tmp_path):
    db = tmp_path / "s.json"
    db.write_text('{"_default": {}}')
    with EventStore(db) as store:
        assert store.events() == []
