"""The store benchmark's ratio code on fixed numbers, and one tiny end-to-end run
(structure only: timings belong to the benchmark, not to tests)."""

from __future__ import annotations

import json
import math

import pytest

from tests.bench.store import main
from tests.bench.store_compare import ROWS, comparison_table, speedups

ROWS_FIXED = {
    "dateline": {"open_s": 0.1, "add_ms": 8.0, "search_ms": 9.6},
    "tinydb": {"open_s": 2.0, "add_ms": 3000.0, "search_ms": 2400.0},
    "tinydb_cached": {"open_s": 1.6, "add_ms": 0.0, "search_ms": 600.0},
    "sqlite_fts5": {"open_s": 0.004, "add_ms": 12.0, "search_ms": 0.3},
}


def test_speedups_divide_the_baseline_by_each_row():
    got = speedups(ROWS_FIXED)
    assert got["dateline"] == pytest.approx({"open_s": 20.0, "add_ms": 375.0, "search_ms": 250.0})
    assert got["tinydb"] == {"open_s": 1.0, "add_ms": 1.0, "search_ms": 1.0}
    assert got["tinydb_cached"]["search_ms"] == pytest.approx(4.0)
    assert math.isinf(got["tinydb_cached"]["add_ms"])  # a zero time, not a crash
    assert got["sqlite_fts5"]["search_ms"] == pytest.approx(8000.0)


def test_speedups_against_another_baseline():
    got = speedups(ROWS_FIXED, baseline="dateline")
    assert got["tinydb"]["search_ms"] == pytest.approx(0.004)
    assert got["sqlite_fts5"]["search_ms"] == pytest.approx(32.0)
    with pytest.raises(KeyError):
        speedups(ROWS_FIXED, baseline="mysql")


def test_the_table_names_its_baseline_and_sample_count():
    text = comparison_table(ROWS_FIXED, samples=12)
    assert "same 12 searches and 12 adds for every row" in text
    assert "speed-up over TinyDB (JSONStorage), measured in this run" in text
    line = next(x for x in text.splitlines() if x.startswith("dateline"))
    assert line.split()[-3:] == ["20.0x", "375.0x", "250.0x"]
    cached = next(x for x in text.splitlines() if x.startswith("TinyDB + Caching"))
    assert "inf" in cached.split()
    other = comparison_table(ROWS_FIXED, samples=3, baseline="sqlite_fts5")
    assert "speed-up over SQLite FTS5" in other


def test_a_tiny_run_compares_every_row_on_the_same_samples(capsys):
    res = main(["--events", "600", "--samples", "2", "--json"])
    assert res["events"] == 600 and res["samples"] == 2
    assert list(res["rows"]) == list(ROWS) and res["speedup_over"] == "tinydb"
    assert all(set(row) == {"open_s", "add_ms", "search_ms"} for row in res["rows"].values())
    assert res["speedups"]["tinydb"] == {"open_s": 1.0, "add_ms": 1.0, "search_ms": 1.0}
    assert json.loads(capsys.readouterr().out)["samples"] == 2


def test_a_million_run_prints_every_figure_and_only_its_own_targets():
    from tests.bench.store import TARGETS, table

    res = {key: 1.0 for key in TARGETS} | {"events": 1_000_000, "open_s": 6.0}
    res |= {"build_s": 1.0, "add_max_ms": 2.0, "file_mb": 3.0}
    lines = {line.split()[0]: line.split()[1:] for line in table(res, {}, 2).splitlines() if line}
    assert lines["add_ms"] == ["1.000", "-"]  # printed, with no 1M target of its own
    assert lines["open_s"] == ["6.000", "5.0", "NO"] and lines["search_ms"][-1] == "yes"


def test_the_old_revision_draws_from_the_same_corpus(tmp_path):
    """--against REV builds REV's events from the words this tree uses: the generator
    finds ../shared/corpus beside the checkout (its own tests/bench/store.py, 3 up)."""
    from tests.bench import store as bench
    from tests.bench.store_before import share_corpus

    tree = tmp_path / "tree"
    (tree / "tests" / "bench").mkdir(parents=True)
    share_corpus(tree)
    theirs = (tree / "tests" / "bench" / "store.py").parents[3] / "shared" / "corpus"
    assert theirs.is_dir() == bench.CORPUS.is_dir()
    if bench.CORPUS.is_dir():
        assert theirs.resolve() == bench.CORPUS.resolve()
