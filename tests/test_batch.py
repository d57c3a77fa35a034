"""`dateline batch` on a 2-process Dask LocalCluster: the same records `ingest` files,
one copy of each article when a worker dies, bad rows in errors/."""

from __future__ import annotations

import os
import signal

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from distributed import Client  # noqa: E402

from store.archive.run import run_batch  # noqa: E402
from tests.archive_articles import articles, write_parquet  # noqa: E402
from tests.batch_fixtures import *  # noqa: E402, F403 - the session fixtures
from tests.batch_fixtures import GENERATED, table  # noqa: E402


def test_articles_and_dates_equal_ingest(batched, ingested):
    got = {r["id"]: (r["published"], r["title"], r["month"]) for r in table(batched, "articles")}
    want = {
        a.id: (a.published, a.title, a.published.strftime("%Y-%m")) for a in ingested.articles()
    }
    assert len(got) == len(want) == GENERATED + 10
    assert got == want


def test_events_equal_ingest(batched, ingested):
    rows = table(batched, "events")
    got = {
        r["id"]: (r["article_id"], r["value"], r["when_start"], r["when_end"], sorted(r["actors"]))
        for r in rows
    }
    want = {
        e.id: (e.article_id, e.when.value, e.when.start, e.when.end, sorted(e.actors))
        for e in ingested.events_page(0, None)
    }
    assert len(got) == len(rows) > GENERATED
    assert got == want


def test_actors_and_quotes_equal_ingest(batched, ingested):
    actors = {
        r["id"]: (r["name"], r["kind"], sorted(r["aliases"])) for r in table(batched, "actors")
    }
    want = {a.id: (a.name, a.kind, sorted(a.aliases)) for a in ingested.actors()}
    assert actors == want
    quotes = {r["id"]: (r["speaker"], r["text"]) for r in table(batched, "quotes")}
    assert quotes == {q.id: (q.speaker, q.text) for q in ingested.quotes()}
    # a bare surname ("Roe added ...") is filed with the one person of that name
    counts = {r["name"]: r["articles"] for r in table(batched, "actors")}
    assert counts["Jane Roe"] > 0 and "Roe" not in counts


def test_a_worker_killed_mid_run_still_gives_every_article_once(cluster, inputs, tmp_path):
    with Client(cluster.scheduler_address) as client:
        pids = list(client.run(os.getpid).values())
    killed: list[int] = []

    def progress(done: int, total: int) -> None:
        if not killed and done >= 2:
            os.kill(pids[0], signal.SIGKILL)
            killed.append(pids[0])

    report = run_batch(
        inputs, tmp_path, scheduler=cluster.scheduler_address, progress=progress, rows_per_unit=20
    )
    assert killed
    ids = [r["id"] for r in table(tmp_path, "articles")]
    assert len(ids) == len(set(ids)) == GENERATED + 10 == report.articles
    events = [r["id"] for r in table(tmp_path, "events")]
    assert len(events) == len(set(events)) == report.events


def test_corrupt_rows_land_in_errors_and_the_rest_is_processed(cluster, tmp_path):
    rows = [{**r, "text": r["text"].encode()} for r in articles(5, seed=3)]
    rows += [
        {"text": b"", "published": "2024-01-02", "title": "empty"},
        {"text": b"Jane Roe spoke on Monday.", "published": "the day after", "title": "bad date"},
        {"text": b"\xff\xfe\x00\x9c not text", "published": "2024-01-02", "title": "bytes"},
    ]
    src = write_parquet(tmp_path / "in.parquet", rows, row_group=3)
    out = tmp_path / "out"
    report = run_batch([str(src)], out, scheduler=cluster.scheduler_address, rows_per_unit=3)
    assert report.articles == 5 and len(report.failed) == 3
    errors = table(out, "errors")
    reasons = sorted(e["reason"] for e in errors)
    assert len(errors) == 3
    assert any("no article text" in r for r in reasons)
    assert any("cannot be read" in r for r in reasons)
    assert any("not UTF-8" in r for r in reasons)
    assert all(e["origin"].startswith(str(src)) for e in errors)
    assert len(table(out, "articles")) == 5
