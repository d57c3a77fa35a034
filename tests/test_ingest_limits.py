"""A file over the size limit gets one line saying so, unless the limit is raised."""

from __future__ import annotations

from store.formats.sources import collect
from tests.test_cli import run

BODY = "---\npublished: 2025-06-25\n---\nOn Monday talks resumed in Ruritania.\n"


def _big(tmp_path, mb: float):
    f = tmp_path / "big.md"
    f.write_text(BODY + "Filler words here.\n" * int(mb * (1 << 20) / 19))
    return f


def test_over_the_limit_is_one_line(tmp_path):
    f = _big(tmp_path, 1.5)
    out = run("ingest", str(f), "--max-size", "1", db=tmp_path / "s.json")
    assert out.returncode == 1
    err = out.stderr.decode().strip().splitlines()
    assert len(err) == 1 and "over the 1 MB limit" in err[0] and "--max-size 2" in err[0]
    assert b"Traceback" not in out.stderr


def test_limit_can_be_raised_or_lifted(tmp_path):
    f = _big(tmp_path, 1.5)
    db = tmp_path / "s.json"
    assert run("ingest", str(f), "--max-size", "2", db=db).returncode == 0
    f.write_text(f.read_text() + "Another line.\n")
    assert run("ingest", str(f), "--max-size", "1", "--force", db=db).returncode == 0


def test_stdin_over_the_limit(tmp_path):
    data = BODY + "x" * (1 << 20)
    out = run("ingest", "-", "--max-size", "0.5", db=tmp_path / "s.json", stdin=data)
    assert out.returncode == 1 and b"over the 0.5 MB limit" in out.stderr


def test_default_limit_is_twenty_megabytes(tmp_path):
    f = tmp_path / "a.txt"
    with f.open("wb") as fh:
        fh.truncate(21 << 20)  # sparse: no 21 MB written
    found = collect([str(f)])
    assert found.items == [] and "over the 20 MB limit" in str(found.errors[0])
    assert collect([str(f)], None).items == [str(f)]
