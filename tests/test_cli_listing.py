"""Long listings stream: rows in the store's order as they are read, JSON one object a line,
a pager on a terminal (as git log), --limit/--offset, counts with the right plural."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from datetime import date, timedelta

import pytest

from store import Actor, Event, EventStore, When
from tests.test_cli import EXE, run


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "s.json"
    with EventStore(path) as store:
        store.add_actor(Actor(id="jane-roe", name="Jane Roe"))
        for i in range(30):
            d = date(2024, 1, 1) + timedelta(days=(i * 7) % 30)
            store.add_event(Event(id=f"e{i:02d}", title=f"Ruritania talks round {i}",
                                  when=When(value=d.isoformat(), start=d, end=d),
                                  actors=["jane-roe"] if i % 3 == 0 else []))  # fmt: skip
    return path


def test_store_streams_the_same_events_as_a_page(db):
    with EventStore(db) as store:
        for kwargs in ({}, {"query": "ruritania", "sort": "rank"}, {"query": "talks"},
                       {"actor": "jane-roe"}):  # fmt: skip
            page = store.events_page(3, 10, **kwargs)
            ids = store.event_ids(3, 10, **kwargs)
            assert [e.id for e in store.iter_events(ids)] == [e.id for e in page]
            assert [json.loads(s) for s in store.iter_event_json(ids)] == [
                e.model_dump(mode="json") for e in page
            ]


def test_json_is_one_array_one_event_a_line(db):
    out = run("events", "--json", db=db)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.decode().splitlines()
    assert lines[0] == "[" and lines[-1] == "]" and len(lines) == 32
    events = json.loads(out.stdout)
    with EventStore(db) as store:
        assert events == [e.model_dump(mode="json") for e in store.events_page(0, None)]
    empty = run("search", "--json", "nothing-matches-this", db=db)
    assert json.loads(empty.stdout) == []


def test_limit_offset_and_counts(db):
    out = run("events", "--limit", "5", "--offset", "2", db=db).stdout.decode()
    assert out.splitlines()[0] == "30 events, showing 3-7"
    assert len(out.splitlines()) == 2 + 5
    one = run("search", "round 7", "--by-date", db=db).stdout.decode()
    assert one.splitlines()[0] == "1 matching event"
    assert "Ruritania talks round 7" in one


def test_an_offset_past_the_end_says_so_instead_of_an_empty_range(db):
    out = run("events", "--offset", "30", db=db)
    assert out.returncode == 0, out.stderr
    assert out.stdout.decode().splitlines() == ["30 events; --offset 30 is past the last one"]
    last = run("events", "--offset", "29", db=db).stdout.decode().splitlines()
    assert last[0] == "30 events, showing 30-30" and len(last) == 3


def test_lines_name_the_actors(db):
    out = run("events", "--limit", "1", db=db).stdout.decode()
    assert "Ruritania talks round 0 · Jane Roe" in out


def _on_a_terminal(args, env):
    """Run dateline with stdin and stdout on a pseudo-terminal; what it wrote there."""
    main, sub = pty.openpty()
    proc = subprocess.Popen([EXE, *args], stdin=sub, stdout=sub, stderr=sub, env=env)
    os.close(sub)
    chunks = []
    while True:
        try:
            data = os.read(main, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(main)
    return b"".join(chunks).decode(errors="replace")


def test_a_terminal_pages_through_the_pager(db, tmp_path):
    got = tmp_path / "paged.txt"
    pager = f"{sys.executable} -c \"import sys; open({str(got)!r}, 'w').write(sys.stdin.read())\""
    env = {**os.environ, "PAGER": pager, "NO_COLOR": "1", "COLUMNS": "100"}
    env.pop("DATELINE_PAGER", None)
    screen = _on_a_terminal(["--db", str(db), "events"], env)
    assert "Ruritania talks round" not in screen  # the rows went to the pager, not the screen
    assert got.read_text().count("Ruritania talks round") == 30
    got.unlink()
    screen = _on_a_terminal(["--db", str(db), "events", "--no-pager"], env)
    assert screen.count("Ruritania talks round") == 30 and not got.exists()


def test_a_pipe_is_never_paged(db, tmp_path):
    env_pager = {"PAGER": "false"}  # a pager that would swallow everything
    out = subprocess.run([EXE, "--db", str(db), "events"], capture_output=True,
                         env={**os.environ, **env_pager}, timeout=60)  # fmt: skip
    assert out.stdout.decode().count("Ruritania talks round") == 30


def test_listing_commands_do_not_load_the_tagger():
    """The first row waits for imports: `dateline events` must not load the date tagger
    or the extractor (only ingest, add, parse and date filters need them)."""
    code = (
        "import sys, tui.cli; "
        "print(sorted(m for m in ('store.timex', 'store.extract') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
