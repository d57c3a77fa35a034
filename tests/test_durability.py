"""Crash, concurrency, corruption and failing-disk behaviour of the store on real files."""

from __future__ import annotations

import errno
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from store import Event, EventStore, StoreError, When
from store.db.snapshot import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent

ADDER = textwrap.dedent(
    """
    import sys
    from datetime import date
    from store import Event, EventStore, When
    path, tag, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with EventStore(path) as store:
        for i in range(n):
            d = date(2020, 1, 1 + i % 28)
            store.add_event(Event(id=f"{tag}-{i}", title=f"{tag} {i}",
                                  when=When(value=d.isoformat(), start=d, end=d)))
            print(f"{tag}-{i}", flush=True)
    """
)


def _event(i: int, title: str = "talks") -> Event:
    d = date(2021, 1, 1 + i % 28)
    return Event(id=f"e{i}", title=f"{title} {i}", when=When(value=d.isoformat(), start=d, end=d))


def _adder(path: Path, tag: str, n: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", ADDER, str(path), tag, str(n)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def test_sigkill_mid_adds_keeps_every_returned_add(store_path):
    proc = _adder(store_path, "k", 1000)
    returned = []
    assert proc.stdout is not None
    for line in proc.stdout:
        returned.append(line.strip())
        if len(returned) == 300:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait()
    returned += [line.strip() for line in proc.stdout if line.strip()]  # printed before the kill
    with EventStore(store_path) as store:
        ids = {e.id for e in store.events()}
        assert set(returned) <= ids
        assert store.count_events() == len(ids) >= 300


def test_two_processes_adding_500_each(store_path):
    procs = [_adder(store_path, tag, 500) for tag in ("a", "b")]
    for p in procs:
        p.communicate(timeout=120)
        assert p.returncode == 0
    with EventStore(store_path) as store:
        assert store.count_events() == 1000
        assert len({e.id for e in store.events()}) == 1000


def test_refresh_sees_other_process(store_path):
    with EventStore(store_path) as app, EventStore(store_path) as cli:
        app.add_event(_event(1))
        assert not app.refresh()
        cli.refresh()
        cli.add_event(_event(2, "ceasefire"))
        assert app.refresh()
        assert app.event("e2") is not None and app.count_events(query="ceasef") == 1
        cli.delete_event("e1")
        assert app.refresh() and app.event("e1") is None


def test_refresh_after_other_process_compacts(store_path):
    with EventStore(store_path) as app:
        app.add_event(_event(1))
        with EventStore(store_path) as cli:
            cli.add_event(_event(2))
            cli._storage.compact()
        assert app.refresh()
        assert {e.id for e in app.events()} == {"e1", "e2"}


def test_crash_between_snapshot_and_journal_reset(store_path, monkeypatch):
    """The new snapshot already holds the journal's entries: they must not apply twice."""
    with EventStore(store_path) as store:
        for i in range(5):
            store.add_event(_event(i))
        store.delete_event("e2")
        journal = store._storage.journal

        def crash() -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr(journal, "reset", crash)
        with pytest.raises(KeyboardInterrupt):
            store._storage.compact()
        assert journal.size() > 0
        monkeypatch.undo()  # the process "died" here; close() must not fold the stale
        monkeypatch.setattr("store.db.durable.SMALL_SNAPSHOT", 0)  # journal away at close
    with EventStore(store_path) as again:
        assert {e.id for e in again.events()} == {"e0", "e1", "e3", "e4"}
        again.add_event(_event(9))
    with EventStore(store_path) as third:
        assert third.count_events() == 5


def test_truncated_store_is_one_line_error_with_backup(store_path):
    with EventStore(store_path) as store:
        store.add_event(_event(1))
        store._storage.compact()  # a second snapshot: the first is kept as .bak
    data = store_path.read_bytes()
    store_path.write_bytes(data[: len(data) // 2])
    with pytest.raises(StoreError) as err:
        EventStore(store_path)
    msg = str(err.value)
    assert str(store_path) in msg and "corrupt" in msg and ".bak" in msg
    assert "\n" not in msg
    assert store_path.read_bytes() == data[: len(data) // 2]  # never silently reset
    bak = store_path.with_name("store.json.bak")
    store_path.write_bytes(bak.read_bytes())  # the recovery the message suggests
    with EventStore(store_path) as store:
        assert store.event("e1") is not None


def test_cli_reports_corrupt_store_on_one_line(store_path):
    with EventStore(store_path) as store:
        store.add_event(_event(1))
    store_path.write_bytes(store_path.read_bytes()[:-10])
    exe = Path(sys.executable).parent / "dateline"
    out = subprocess.run([exe, "--db", store_path, "events"], capture_output=True, timeout=60)
    assert out.returncode != 0 and b"Traceback" not in out.stderr
    lines = out.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "corrupt" in lines[0] and str(store_path) in lines[0]


def test_future_schema_is_refused(store_path):
    with EventStore(store_path) as store:
        store.add_event(_event(1))
    data = store_path.read_bytes()
    future = re.sub(rb'"schema": ?%d' % SCHEMA_VERSION, b'"schema":99', data, count=1)
    assert future != data
    store_path.write_bytes(future)
    with pytest.raises(StoreError, match="newer dateline"):
        EventStore(store_path)


def test_schema_1_file_migrates_with_backup(store_path):
    ev = _event(1).model_dump(mode="json")
    store_path.write_text(json.dumps({"events": {"1": ev}}))
    with EventStore(store_path) as store:
        assert store.event("e1").title == "talks 1"
        assert store.count_events(query="talks") == 1
    assert (store_path.parent / "store.json.v1.bak").exists()
    assert json.loads(store_path.read_bytes())["_meta"]["1"]["schema"] == SCHEMA_VERSION
    with EventStore(store_path) as store:
        assert store.event("e1") is not None


def test_failing_write_keeps_previous_state(store_path, monkeypatch):
    with EventStore(store_path) as store:
        store.add_event(_event(1))
        before = store_path.read_bytes()

        def full_disk(fd, data):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "write", full_disk)
        with pytest.raises(StoreError, match="No space left"):
            store.add_event(_event(2))
        monkeypatch.undo()
        assert store.event("e2") is None and store.count_events() == 1
        assert store.count_events(query="talks") == 1
        store.add_event(_event(3))
    assert store_path.read_bytes() != b"" and before
    with EventStore(store_path) as again:
        assert {e.id for e in again.events()} == {"e1", "e3"}


def test_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "store.json"
    with EventStore(path) as store:
        store.add_event(_event(1))
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with EventStore(path) as store:
            assert store.event("e1") is not None
            with pytest.raises(StoreError, match="cannot"):
                store.add_event(_event(2))
            assert store.count_events() == 1
    finally:
        folder.chmod(0o755)


def test_read_only_folder_simulated(store_path, monkeypatch):
    """As root chmod does not stop writes, so fail every write under the folder."""
    with EventStore(store_path) as store:
        store.add_event(_event(1))
        store.add_event(_event(2))  # this one is in the journal
    real_open, folder = os.open, str(store_path.parent)

    def read_only_open(path, flags, *args, **kwargs):
        if str(path).startswith(folder) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", read_only_open)
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: not mode & os.W_OK)
    with EventStore(store_path) as store:
        assert store.count_events() == 2 and store.count_events(query="talks") == 2
        with pytest.raises(StoreError, match="Read-only file system"):
            store.add_event(_event(3))
        assert store.event("e3") is None and store.count_events() == 2
    monkeypatch.undo()
    with EventStore(store_path) as store:
        assert {e.id for e in store.events()} == {"e1", "e2"}


def test_missing_folder(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        EventStore(tmp_path / "nope" / "s.json")


def test_a_write_is_appended_to_the_journal_not_a_rewrite_of_the_file(store_path):
    """Every write appends to the journal and store.json stays as it was until the store
    folds the journal in. How long a write takes is a benchmark's figure (add_ms in
    tests/bench/store.py), not this test's."""
    journal = store_path.with_name(store_path.name + ".journal")
    with EventStore(store_path) as store:
        store.add_event(_event(0))
        before = store_path.read_bytes()
        sizes = [journal.stat().st_size]
        for i in range(1, 50):
            store.add_event(_event(i))
            sizes.append(journal.stat().st_size)
        assert store_path.read_bytes() == before  # appends went to the journal
        assert all(a < b for a, b in zip(sizes, sizes[1:], strict=False))  # one per write
    with EventStore(store_path) as store:
        assert store.count_events() == 50
