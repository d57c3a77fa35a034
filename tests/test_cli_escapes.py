"""File names and messages are data too: no escape sequence from a path reaches a terminal."""

from __future__ import annotations

from tests.test_cli import run

ESC = "\x1b]0;HACKED\x07"


def _clean(out) -> None:
    for stream in (out.stdout, out.stderr):
        assert b"\x1b" not in stream and b"\x07" not in stream, stream


def test_failed_file_name_is_filtered(tmp_path):
    bad = tmp_path / f"bad{ESC}name.txt"
    bad.write_bytes(b"")  # empty: a failure line that names the file
    out = run("ingest", str(bad), "--published", "2025-01-01", db=tmp_path / "s.json")
    assert out.returncode == 1
    assert b"badname.txt" in out.stderr  # the whole OSC sequence goes, title and all
    assert b"empty" in out.stderr
    _clean(out)


def test_store_path_in_an_error_is_filtered(tmp_path):
    out = run("events", db=tmp_path / f"no{ESC}where" / "s.json")
    assert out.returncode == 1 and b"does not exist" in out.stderr
    _clean(out)
    assert len(out.stderr.decode().strip().splitlines()) == 1


def test_a_newline_in_a_file_name_stays_one_line(tmp_path):
    bad = tmp_path / "two\nlines.txt"
    bad.write_bytes(b"")
    out = run("ingest", str(bad), "--published", "2025-01-01", db=tmp_path / "s.json")
    failures = [ln for ln in out.stderr.decode().splitlines() if ln.strip()]
    assert len(failures) == 1 and "two lines.txt" in failures[0]


def test_added_title_with_escapes_prints_clean(tmp_path):
    out = run("add", "2025-06-01", f"Talks{ESC} resume", db=tmp_path / "s.json")
    assert out.returncode == 0, out.stderr
    _clean(out)


def test_export_path_with_escapes_prints_clean(tmp_path):
    db = tmp_path / "s.json"
    run("add", "2025-06-01", "Talks resume", db=db)
    out = run("export", "-f", "csv", "-o", str(tmp_path / f"out{ESC}.csv"), db=db)
    assert out.returncode == 0, out.stderr
    _clean(out)
