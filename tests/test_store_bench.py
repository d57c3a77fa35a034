"""The store benchmark runs end to end at 10,000 events (no timing asserts here)."""

from __future__ import annotations

from tests.bench.store import TARGETS, main


def test_bench_smoke_10k(capsys):
    res = main(["--events", "10000", "--json"])
    assert res["events"] == 10000
    for key in (*TARGETS, "tinydb_add_ms", "tinydb_search_ms", "sqlite_search_ms"):
        assert res[key] >= 0, key
    assert '"open_s"' in capsys.readouterr().out
