"""QA leftovers on the command line: text files in odd shapes, an all-failed ingest,
`add` run twice, and dateline's CSV export handed to `import`."""

from __future__ import annotations

import random

import pytest

from store.errors import IngestError
from store.formats.encoding import decode_text
from tests.test_cli import run

TEXT = "Talks\n\nOn Monday officials in Ruritania met Jane Roe.\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_reads_as_text(codec):
    text, used = decode_text(TEXT.encode(codec), "a.txt")
    assert (text, used) == (TEXT, codec)


def test_utf16_with_a_byte_order_mark_keeps_no_mark():
    assert decode_text(TEXT.encode("utf-16"), "a.txt")[0] == TEXT


def test_random_bytes_without_nul_are_binary():
    rng = random.Random(7)
    data = bytes(rng.randrange(1, 256) for _ in range(6000))
    with pytest.raises(IngestError, match="binary"):
        decode_text(data, "a.txt")


def test_an_all_failed_ingest_leaves_no_store(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"\x00\x01" * 50)
    (folder / "b.txt").write_text("On Monday it rained.")  # no published date
    stores = tmp_path / "stores"
    stores.mkdir()
    out = run("ingest", str(folder), db=stores / "s.json")
    assert out.returncode == 1 and b"failed 2" in out.stdout
    assert list(stores.iterdir()) == []


def test_add_twice_adds_once_and_says_so(tmp_path):
    db = tmp_path / "s.json"
    first = run("add", "2025-06-01", "Talks resume", "--actor", "Jane Roe", db=db)
    again = run("add", "2025-06-01", "Talks resume", "--actor", "Jane Roe", db=db)
    other = run("add", "2025-06-02", "Talks resume", "--actor", "Jane Roe", db=db)
    assert first.returncode == again.returncode == other.returncode == 0, again.stderr
    assert first.stdout.startswith(b"added ") and other.stdout.startswith(b"added ")
    assert again.stdout.startswith(b"already there: " + first.stdout.split(b":")[0][6:])
    listed = run("events", "--json", db=db).stdout.decode()
    assert listed.count('"Talks resume"') == 2


def test_the_csv_export_is_refused_by_import_with_a_reason(tmp_path):
    db = tmp_path / "s.json"
    run("add", "2025-06-01", "Talks resume", db=db)
    assert run("export", "--format", "csv", "-o", str(tmp_path / "e.csv"), db=db).returncode == 0
    out = run("import", str(tmp_path / "e.csv"), db=tmp_path / "t.json")
    err = out.stderr.decode().strip().splitlines()
    assert out.returncode == 1 and len(err) == 1
    assert "CSV export is for spreadsheets" in err[0] and "--format json" in err[0]


def test_stdin_text_opening_with_a_bracket_is_text_not_json(tmp_path):
    """A wire story piped in may open with "[Ruritania Wire]": that is text to read, not
    a JSON list that fails to parse."""
    db = tmp_path / "s.json"
    text = "[Ruritania Wire] On 2 May 2031 Jane Roe opened the Zenda bridge.\n"
    result = run("ingest", "-", "--published", "2031-05-05", db=db, stdin=text)
    assert result.returncode == 0, result.stderr.decode()
    assert "Zenda bridge" in run("events", "--json", db=db).stdout.decode()


@pytest.mark.parametrize(
    "head", ['[{"text": "x"}]', '[\n  {"text": "x"}]', "[]", '["a"]', "[1, 2]"]
)
def test_stdin_json_lists_are_still_json(head):
    from store.formats.sources import sniff

    assert sniff(head) == "json"


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (("quotes",), "0 quotes"),
        (("actors",), "0 actors"),
        (("parse", "Nothing dated here.", "--published", "2031-05-05"), "0 date mentions"),
    ],
)
def test_an_empty_listing_is_one_line_not_an_empty_grid(tmp_path, args, line):
    out = run(*args, db=tmp_path / "s.json")
    assert out.returncode == 0, out.stderr.decode()
    assert out.stdout.decode().strip() == line
