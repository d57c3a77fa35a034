"""`dateline ingest`, `export` and `import` through the real console script."""

from __future__ import annotations

import csv
import io
import json

import pytest
from icalendar import Calendar

from tests.conftest import FIXTURES, SEED
from tests.test_cli import run
from tests.test_formats_timelinejs import validate_timelinejs


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "s.json"
    out = run("ingest", str(FIXTURES), db=path)
    assert out.returncode == 0, out.stderr
    return path


def test_every_format_to_stdout(db):
    for fmt in ("json", "csv", "md", "ics", "timelinejs"):
        out = run("export", "--format", fmt, "ceasefire", db=db)
        assert out.returncode == 0, (fmt, out.stderr)
        assert out.stdout and not out.stderr, fmt
    rows = list(csv.DictReader(io.StringIO(run("export", "-f", "csv", db=db).stdout.decode())))
    assert rows and any(r["date_start"] for r in rows)
    cal = Calendar.from_ical(run("export", "-f", "ics", "actor:Trump", db=db).stdout)
    summaries = [str(v["SUMMARY"]) for v in cal.walk("VEVENT")]
    assert summaries and len(summaries) < len(rows)
    validate_timelinejs(json.loads(run("export", "-f", "timelinejs", db=db).stdout))
    md = run("export", "-f", "md", "after:2025-01-01", db=db).stdout.decode()
    assert "## 2025" in md and "## 2004" not in md


def test_output_file_and_force(db, tmp_path):
    out_file = tmp_path / "t.ics"
    first = run("export", "-f", "ics", "-o", str(out_file), db=db)
    assert first.returncode == 0 and out_file.exists() and first.stdout == b""
    before = out_file.read_bytes()
    again = run("export", "-f", "md", "-o", str(out_file), db=db)
    assert again.returncode == 1 and b"--force" in again.stderr
    assert len(again.stderr.decode().strip().splitlines()) == 1
    assert out_file.read_bytes() == before
    forced = run("export", "-f", "md", "-o", str(out_file), "--force", db=db)
    assert forced.returncode == 0 and out_file.read_bytes().startswith(b"# ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "-f", "pdf"], b"Invalid value"),
        (["export", "-f", "csv", "after:notadate"], b"error"),
        (["export", "-f", "csv", "-o", "/nonexistent-dir/x.csv"], b"does not exist"),
        (["import", "/nonexistent-file.json"], b"no such file"),
    ],
)
def test_mistakes_are_one_line(db, args, message):
    out = run(*args, db=db)
    assert out.returncode != 0 and message in out.stderr and b"Traceback" not in out.stderr


def test_json_round_trip_through_the_command(db, tmp_path):
    dump = tmp_path / "dump.json"
    assert run("export", "-f", "json", "-o", str(dump), db=db).returncode == 0
    copy = tmp_path / "copy.json"
    out = run("import", str(dump), db=copy)
    assert out.returncode == 0, out.stderr
    assert b"imported 10 articles" in out.stdout
    again = json.loads(run("export", "-f", "json", db=copy).stdout)
    original = json.loads(dump.read_bytes())
    assert again == original  # every field, created and updated included


def test_ingest_shapes_and_summary(tmp_path):
    folder = tmp_path / "in"
    (folder / "deep").mkdir(parents=True)
    (folder / "deep" / "note.txt").write_text("Talks resume\n\nOn Monday the talks resumed.")
    (folder / "old.txt").write_bytes(
        "Caf\u00e9 talks on Monday, le pr\u00e9sident a dit.".encode("cp1252")
    )
    (folder / "a.jsonl").write_text(
        json.dumps({"text": "On Friday the vote passed.", "published": "2025-06-25"}) + "\n{oops\n"
    )
    (folder / "empty.md").write_text("")
    db = tmp_path / "s.json"
    out = run("ingest", str(folder), str(SEED), "--published", "2025-06-25", db=db)
    assert out.returncode == 1, out.stderr  # some files failed: scripts must see it
    assert b"ingested 4 (" in out.stdout and b"failed 2" in out.stdout
    err = out.stderr.decode()
    assert "a.jsonl:2: not valid JSON" in err and "empty.md: file is empty" in err
    titles = {a["title"] for a in json.loads(run("export", "-f", "json", db=db).stdout)["articles"]}
    assert "Talks resume" in titles


def test_ingest_html_from_stdin_and_bad_date(tmp_path):
    pytest.importorskip("trafilatura")
    from tests.test_ingest_files import PAGE

    db = tmp_path / "s.json"
    out = run("ingest", "-", db=db, stdin=PAGE)
    assert out.returncode == 0, out.stderr
    art = json.loads(run("export", "-f", "json", db=db).stdout)["articles"][0]
    assert art["published"] == "2025-06-25" and art["source"] == "Example News"
    bad = tmp_path / "bad.md"
    bad.write_text("---\npublished: next tuesday-ish\n---\nOn Monday.")
    out = run("ingest", str(bad), db=db)
    assert out.returncode == 1 and b"bad.md: published date" in out.stderr


def test_help_for_export_and_import():
    for cmd in ("export", "import", "ingest"):
        out = run(cmd, "--help")
        assert out.returncode == 0 and b"Usage" in out.stdout, cmd
    assert b"timelinejs" in run("export", "--help").stdout


def test_failures_write_nothing(db, tmp_path):
    target = tmp_path / "out.csv"
    bad_query = run("export", "-f", "csv", "after:notadate", "-o", str(target), db=db)
    assert bad_query.returncode != 0 and not target.exists()
    store = tmp_path / "s.json"
    for content in (b"", b"\x00\x01binary", b"---\npublished: someday\n---\nText."):
        f = tmp_path / "bad.md"
        f.write_bytes(content)
        out = run("ingest", str(f), db=store)
        assert out.returncode == 1 and b"failed 1" in out.stdout
    dump = json.loads(run("export", "-f", "json", db=store).stdout)
    assert dump["articles"] == [] and dump["events"] == []


def test_the_format_comes_from_the_output_suffix(db, tmp_path):
    out_file = tmp_path / "roe.ics"
    out = run("export", "-o", str(out_file), "ceasefire", db=db)
    assert out.returncode == 0, out.stderr
    assert Calendar.from_ical(out_file.read_bytes()).walk("VEVENT")
    none = run("export", "ceasefire", db=db)
    assert none.returncode == 1 and b"--format" in none.stderr
    assert len(none.stderr.decode().strip().splitlines()) == 1
