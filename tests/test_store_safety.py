"""The store never loses a backup, never widens a file's mode, and says when a fold fails."""

from __future__ import annotations

import logging
import os
import stat
from datetime import date
from pathlib import Path

import pytest

from store import Event, EventStore, StoreError, When
from tests.test_cli import run


def _event(i: int) -> Event:
    d = date(2022, 3, 1 + i % 28)
    return Event(id=f"e{i}", title=f"vote {i}", when=When(value=d.isoformat(), start=d, end=d))


def _two_snapshots(path: Path) -> None:
    """A store with a good .bak beside it (the first snapshot)."""
    with EventStore(path) as store:
        store.add_event(_event(1))
        store._storage.compact()
        store.add_event(_event(2))
        store._storage.compact()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


# -- 1. an empty store beside a good backup is damaged, not new -------------------------
@pytest.mark.parametrize("command", [("add", "2025-06-01", "x"), ("events",)])
def test_empty_store_beside_backup_is_damaged(tmp_path, command):
    path = tmp_path / "t.json"
    _two_snapshots(path)
    bak = path.with_name("t.json.bak")
    good = bak.read_bytes()
    path.write_bytes(b"")  # `: > t.json`
    out = run(*command, db=path)
    err = out.stderr.decode().strip()
    assert out.returncode != 0 and "Traceback" not in err
    assert len(err.splitlines()) == 1 and f"cp {bak} {path}" in err
    assert b"0 events" not in out.stdout
    assert bak.read_bytes() == good and path.read_bytes() == b""  # nothing written
    path.write_bytes(good)  # the restore the line names
    with EventStore(path) as store:
        assert store.event("e1") is not None


def test_empty_store_without_backup_is_a_new_store(tmp_path):
    path = tmp_path / "t.json"
    path.write_bytes(b"")
    with EventStore(path) as store:
        store.add_event(_event(1))
    with EventStore(path) as store:
        assert store.count_events() == 1


def test_unreadable_store_beside_backup_is_damaged(tmp_path, monkeypatch):
    path = tmp_path / "t.json"
    _two_snapshots(path)
    real = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(StoreError, match=r"damaged .*cp .*t\.json\.bak"):
        EventStore(path)


@pytest.mark.parametrize("cut", [0, 1, 40])
def test_backup_is_never_replaced_by_a_cut_snapshot(tmp_path, cut):
    """Whatever put a short file in place of the store, compaction keeps the good .bak."""
    path = tmp_path / "t.json"
    _two_snapshots(path)
    bak = path.with_name("t.json.bak")
    good = bak.read_bytes()
    with EventStore(path) as store:
        path.write_bytes(path.read_bytes()[:cut])  # damaged behind the open store's back
        store._storage.compact()
    assert bak.read_bytes() == good


def test_backup_follows_complete_snapshots(tmp_path):
    path = tmp_path / "t.json"
    _two_snapshots(path)
    before = path.read_bytes()
    with EventStore(path) as store:
        store._storage.compact()
    assert path.with_name("t.json.bak").read_bytes() == before


# -- 5. new files follow the umask, rewritten files keep their mode ---------------------
def test_new_store_and_export_follow_the_umask(tmp_path, umask_022):
    path = tmp_path / "s.json"
    assert run("add", "2025-06-01", "Ruritania votes", db=path).returncode == 0
    assert run("add", "2025-06-02", "Ruritania counts", db=path).returncode == 0
    out = tmp_path / "out.ics"
    assert run("export", "--format", "ics", "-o", str(out), db=path).returncode == 0
    for f in (path, path.with_name("s.json.bak"), path.with_name("s.json.lock"), out):
        assert _mode(f) == 0o644, f


def test_rewrites_keep_the_files_mode(tmp_path, umask_022):
    path = tmp_path / "s.json"
    assert run("add", "2025-06-01", "Ruritania votes", db=path).returncode == 0
    out = tmp_path / "out.csv"
    assert run("export", "--format", "csv", "-o", str(out), db=path).returncode == 0
    path.chmod(0o640)
    out.chmod(0o664)
    assert run("add", "2025-06-02", "Ruritania counts", db=path).returncode == 0
    assert run("export", "-f", "csv", "--force", "-o", str(out), db=path).returncode == 0
    assert _mode(path) == 0o640 and _mode(out) == 0o664
    assert out.read_text().count("Ruritania") == 2


def test_journal_is_as_private_as_the_store(tmp_path, umask_022, monkeypatch):
    monkeypatch.setattr("store.db.durable.SMALL_SNAPSHOT", 0)  # keep the journal at close
    path = tmp_path / "s.json"
    with EventStore(path) as store:
        store.add_event(_event(1))
    path.with_name("s.json.journal").unlink()  # a store made before there was a journal
    path.chmod(0o600)
    with EventStore(path) as store:
        store.add_event(_event(2))
    assert _mode(path.with_name("s.json.journal")) == 0o600


# -- 6. a failed journal fold is said once ------------------------------------------------
def test_failed_fold_at_close_is_said_once(tmp_path, monkeypatch, caplog):
    path = tmp_path / "s.json"
    with EventStore(path) as store:
        store.add_event(_event(1))
    store = EventStore(path)
    store.add_event(_event(2))

    def full_disk(*args, **kwargs):
        raise StoreError("cannot write s.json: No space left on device")

    monkeypatch.setattr("store.db.durable.atomic_write_bytes", full_disk)
    monkeypatch.setattr("store.db.durable.COMPACT_NOW", 0)  # every write tries to fold
    with caplog.at_level(logging.WARNING, logger="dateline.store"):
        store.add_event(_event(3))
        store.add_event(_event(4))
        store.close()
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and "No space left" in lines[0] and "journal" in lines[0]
    monkeypatch.undo()
    with EventStore(path) as again:  # nothing was lost
        assert again.count_events() == 4


def test_failed_fold_reaches_the_terminal(tmp_path):
    """In the CLI the warning is one line on stderr and the command still succeeds."""
    path = tmp_path / "s.json"
    assert run("add", "2025-06-01", "Ruritania votes", db=path).returncode == 0
    script = (
        "import sys, store.db.durable as s\n"
        "from store import EventStore, StoreError\n"
        "def full(*a, **k): raise StoreError('No space left on device')\n"
        "s.atomic_write_bytes = full\n"
        "from tui.cli import main\n"
        "main(sys.argv[1:])\n"
    )
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c", script, "--db", str(path), "add", "2025-06-02", "Ruritania"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert out.returncode == 0, out.stderr
    warned = [line for line in out.stderr.splitlines() if "No space left" in line]
    assert len(warned) == 1 and "Traceback" not in out.stderr


def test_fold_warning_is_one_clean_line(tmp_path, monkeypatch, caplog):
    path = tmp_path / "s\x1b]0;owned\x07.json"
    with EventStore(path) as store:
        store.add_event(_event(1))

    def full_disk(*args, **kwargs):
        raise StoreError(f"cannot write {path}:\nNo space left on device")

    store = EventStore(path)
    store.add_event(_event(2))
    monkeypatch.setattr("store.db.durable.atomic_write_bytes", full_disk)
    with caplog.at_level(logging.WARNING, logger="dateline.store"):
        store.close()
    (line,) = [r.getMessage() for r in caplog.records]
    assert "\x1b" not in line and "\x07" not in line and "\n" not in line
    assert "No space left" in line
