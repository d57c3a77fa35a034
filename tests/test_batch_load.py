"""`dateline load`: the search language over a batch's Parquet datasets picks the same
events the store's search picks, and loading them is idempotent."""

from __future__ import annotations

import importlib.util
from datetime import date

import pytest

pytest.importorskip("distributed")
pytest.importorskip("duckdb")

from store import EventStore, load_archive, search_events  # noqa: E402
from tests.batch_fixtures import *  # noqa: E402, F403 - the session fixtures
from tests.batch_fixtures import FIXTURES, table  # noqa: E402
from tui.cli import main  # noqa: E402

TODAY = date(2026, 1, 1)
QUERIES = [
    'actor:"Jane Roe"',
    "actor:roe after:2021-06-01",
    "harbour -mining",
    '"rail link" source:elbonia',
    "kind:organization before:2021-01-01",
    "postpon date:2022..2022-06",
    "ceasefire",
]


def counts(store: EventStore) -> tuple[int, ...]:
    return (
        len(store.articles()),
        len(store.events_page(0, None)),
        len(store.actors()),
        len(store.quotes()),
    )


@pytest.mark.parametrize("query", QUERIES)
def test_load_picks_what_search_picks(batched, ingested, tmp_path, query):
    want = {e.id for e in search_events(ingested, query, today=TODAY)}
    with EventStore(tmp_path / "s.json") as store:
        report = load_archive(store, batched, query, today=TODAY)
        got = {e.id for e in store.events_page(0, None)}
    assert want, "the query should match something in the invented articles"
    assert got == want and report.events == len(want)


def test_loaded_records_are_the_ingested_ones_and_loading_twice_changes_nothing(
    batched, ingested, tmp_path
):
    with EventStore(tmp_path / "s.json") as store:
        load_archive(store, batched, "actor:roe", today=TODAY)
        before = counts(store)
        again = load_archive(store, batched, "actor:roe", today=TODAY)
        assert again.events == 0 and again.present == again.matched > 0
        assert counts(store) == before
        for e in store.events_page(0, None):
            orig = ingested.event(e.id)
            assert (e.title, e.when, e.actors, e.quotes) == (
                orig.title, orig.when, orig.actors, orig.quotes,
            )  # fmt: skip
            for q in e.quotes:
                assert store.quote(q) == ingested.quote(q)
            for a in e.actors:
                assert store.actor(a) == ingested.actor(a)
        # a wider query later adds the other events of articles already loaded
        load_archive(store, batched, "harbour", today=TODAY)
        ids = {e.id for e in store.events_page(0, None)}
    wider = {e.id for e in search_events(ingested, "actor:roe", today=TODAY)}
    wider |= {e.id for e in search_events(ingested, "harbour", today=TODAY)}
    assert ids == wider


def test_load_and_batch_on_the_command_line(cluster, batched, tmp_path, capsys):
    db = tmp_path / "s.json"
    main(["load", str(batched), "actor:roe", "--db", str(db)])
    assert capsys.readouterr().out.startswith("loaded ")
    out = tmp_path / "archive"
    main(["batch", str(FIXTURES), "--out", str(out), "--scheduler", cluster.scheduler_address])
    line = capsys.readouterr().out.strip()
    assert line.startswith("batched 10 (") and "failed 0" in line
    assert len(table(out, "articles")) == 10


def test_without_the_extra_one_line_says_how_to_install_it(monkeypatch, tmp_path, capsys):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "duckdb" else real(name, *a)
    )
    for argv in (["batch", "x", "--out", str(tmp_path)], ["load", str(tmp_path), "q"]):
        with pytest.raises(SystemExit) as done:
            main(argv)
        assert done.value.code == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "pip install 'dateline[scale]'" in err


def test_load_refuses_a_folder_that_is_no_batch_output(tmp_path, capsys):
    with pytest.raises(SystemExit) as done:
        main(["load", str(tmp_path), "x", "--db", str(tmp_path / "s.json")])
    assert done.value.code == 1
    assert "not a batch output" in capsys.readouterr().err


def test_batch_with_nothing_to_read_is_one_line_and_writes_nothing(tmp_path, capsys):
    with pytest.raises(SystemExit) as done:
        main(["batch", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "out")])
    assert done.value.code == 1
    lines = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].endswith("missing.jsonl: no such file")
    assert not (tmp_path / "out").exists()
