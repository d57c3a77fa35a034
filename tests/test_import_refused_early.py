"""A file import refuses is refused before the store is opened: a new --db gets no
store, journal or lock file from a failed import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from store import IngestError, load_import

ROOT = Path(__file__).resolve().parent.parent


def dateline(*args: str) -> subprocess.CompletedProcess:
    script = "import sys\nfrom tui.cli import main\nmain(sys.argv[1:])\n"
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def test_a_bad_import_into_a_new_store_leaves_no_files(tmp_path: Path) -> None:
    notes = tmp_path / "notes.csv"
    notes.write_text("when,what\nMonday,Ruritania votes\n", encoding="utf-8")
    folder = tmp_path / "stores"
    folder.mkdir()
    out = dateline("--db", str(folder / "new.json"), "import", str(notes))
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert "not a file dateline imports" in out.stderr
    assert sorted(p.name for p in folder.iterdir()) == []


def test_load_import_checks_without_a_store(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"events": [{"text": {}}]', encoding="utf-8")
    with pytest.raises(IngestError, match="not valid JSON"):
        load_import(bad)
