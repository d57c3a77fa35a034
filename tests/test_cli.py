"""The `dateline` command through the real console script."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED

EXE = shutil.which("dateline", path=str(Path(sys.executable).parent)) or "dateline"


def run(*args: str, db: Path | None = None, stdin: str | bytes | None = None):
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    env.pop("DATELINE_DB", None)
    cmd = [EXE] + (["--db", str(db)] if db else []) + list(args)
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run(cmd, capture_output=True, input=data, env=env, timeout=120)


def test_help_for_every_command():
    out = run("--help")
    assert out.returncode == 0
    for cmd in ("ingest", "add", "events", "actors", "quotes", "search", "parse", "demo"):
        assert cmd in out.stdout.decode()
        sub = run(cmd, "--help")
        assert sub.returncode == 0, cmd
        assert b"Usage" in sub.stdout


def test_ingest_then_search_and_json(tmp_path):
    db = tmp_path / "s.json"
    out = run("ingest", str(SEED), db=db)
    assert out.returncode == 0, out.stderr
    assert b"ingested 1" in out.stdout
    again = run("ingest", str(SEED), db=db)
    assert b"already present 1" in again.stdout
    found = run("search", "ceasefire", db=db)
    assert found.returncode == 0 and b"2025-06" in found.stdout
    events = json.loads(run("events", "--json", db=db).stdout)
    starts = [e["when"]["start"] for e in events if e["when"]["start"]]
    assert starts == sorted(starts)
    assert any(
        e["when"]["start"] == "2025-06-21" and e["when"]["end"] == "2025-06-22" for e in events
    )
    assert json.loads(run("actors", "--json", db=db).stdout)
    assert json.loads(run("quotes", "--json", db=db).stdout)


def test_ingest_stdin_needs_published(tmp_path):
    db = tmp_path / "s.json"
    out = run("ingest", "-", db=db, stdin="On Monday the talks resumed.")
    assert out.returncode != 0
    assert b"--published" in out.stderr and b"Traceback" not in out.stderr
    ok = run(
        "ingest", "-", "--published", "2025-06-25", db=db, stdin="On Monday the talks resumed."
    )
    assert ok.returncode == 0, ok.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", b"empty"), (b"\x00\x01\x02binary", b"binary"), (b"\xff\xfe\xfa text", b"UTF-8")],
)
def test_bad_files_get_one_line_errors(tmp_path, content, message):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    out = run("ingest", str(f), "--published", "2025-01-01", db=tmp_path / "s.json")
    assert out.returncode != 0
    assert message in out.stderr and b"Traceback" not in out.stderr


def test_missing_store_folder(tmp_path):
    out = run("events", db=tmp_path / "missing" / "s.json")
    assert out.returncode != 0
    assert b"does not exist" in out.stderr and b"Traceback" not in out.stderr
    assert len(out.stderr.decode().strip().splitlines()) == 1


def test_add_relative_and_unknown_date(tmp_path):
    db = tmp_path / "s.json"
    out = run(
        "add",
        "last Friday",
        "Talks [bold]resume[/bold]",
        "--actor",
        "Qatar",
        "--relative-to",
        "2025-06-25",
        db=db,
    )
    assert out.returncode == 0, out.stderr
    events = json.loads(run("events", "--json", db=db).stdout)
    assert events[0]["when"]["start"] == "2025-06-20"
    assert events[0]["origin"] == "manual" and events[0]["actors"] == ["qatar"]
    table = run("events", db=db).stdout.decode()
    assert "[bold]resume[/bold]" in table
    bad = run("add", "notadate at all", "x", db=db)
    assert bad.returncode != 0 and b"Traceback" not in bad.stderr


def test_parse_json_and_bad_published():
    out = run("parse", "It happened over the weekend.", "--published", "2025-06-25", "--json")
    assert out.returncode == 0, out.stderr
    mentions = json.loads(out.stdout)
    m = mentions[0]
    # TimeML leaves the preposition out of the span: "over [the weekend]"
    assert m["text"] in ("the weekend", "over the weekend")
    assert m["value"] == "2025-W25-WE"
    assert (m["when"]["start"], m["when"]["end"]) == ("2025-06-21", "2025-06-22")
    bad = run("parse", "x", "--published", "yesterday-ish")
    assert bad.returncode == 2 and b"YYYY-MM-DD" in bad.stderr


def test_bad_query_is_one_line(tmp_path):
    db = tmp_path / "s.json"
    run("ingest", str(SEED), db=db)
    out = run("search", "after:notadate", db=db)
    assert out.returncode != 0 and b"Traceback" not in out.stderr
    out = run("search", '"unclosed', db=db)
    assert out.returncode != 0 and b"quote" in out.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("parse", "x", "--published", "2025-13-45"),
        ("add", "today", "   "),
        ("add", "today", "Title", "--actor", " "),
        ("events", "--no-such-option"),
        ("no-such-command",),
    ],
)
def test_usage_mistakes_are_one_line(tmp_path, args):
    out = run(*args, db=tmp_path / "s.json")
    err = out.stderr.decode().strip()
    assert out.returncode == 2
    assert len(err.splitlines()) == 1 and "error:" in err and "--help" in err


def test_partial_ingest_failure_exits_non_zero(tmp_path):
    (tmp_path / "good.md").write_text("---\npublished: 2025-06-25\n---\nOn Monday talks resumed.")
    (tmp_path / "empty.txt").write_text("")
    out = run(
        "ingest", str(tmp_path / "good.md"), str(tmp_path / "empty.txt"), db=tmp_path / "s.json"
    )
    assert out.returncode == 1
    assert b"ingested 1" in out.stdout and b"failed 1" in out.stdout


def test_escape_sequences_never_reach_the_store_or_exports(tmp_path):
    art = tmp_path / "esc.md"
    art.write_text(
        '---\ntitle: "Bad \x1b]0;HACKED\x07title"\npublished: 2025-06-25\n---\n'
        "\x1b[2J\x1b[31mOfficials\x1b[0m met on Monday, Jane Doe said.\x07\n",
        encoding="utf-8",
    )
    db = tmp_path / "s.json"
    assert run("ingest", str(art), db=db).returncode == 0
    for fmt in ("json", "csv", "md", "ics", "timelinejs"):
        out = run("export", "-f", fmt, db=db)
        assert out.returncode == 0, out.stderr
        assert b"\x1b" not in out.stdout and b"\x07" not in out.stdout, fmt
    names = [a["name"] for a in json.loads(run("actors", "--json", db=db).stdout)]
    assert "HACKED" not in " ".join(names)


def test_default_store_folder_is_made_but_a_db_folder_never_is(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "NO_COLOR": "1"}
    env.pop("DATELINE_DB", None)
    out = subprocess.run(
        [EXE, "add", "2025-06-20", "Talks resume"], capture_output=True, env=env, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert list((tmp_path / "data").rglob("*.json"))
    for args in (("add", "2025-06-20", "x"), ("export", "-f", "csv"), ("events",)):
        bad = run(*args, db=tmp_path / "typo" / "s.json")
        assert bad.returncode == 1 and b"does not exist" in bad.stderr, args
    assert not (tmp_path / "typo").exists()


def test_export_to_a_folder_says_so(tmp_path):
    out = run("export", "-f", "csv", "-o", str(tmp_path), db=tmp_path / "s.json")
    assert out.returncode == 1 and b"is a folder" in out.stderr
