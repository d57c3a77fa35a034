"""Session fixtures for the batch tests: one 2-process LocalCluster, one batch output
and one single-process ingest of the same articles to compare it with."""

from __future__ import annotations

from pathlib import Path

import pyarrow.dataset as ds
import pytest
from distributed import LocalCluster

from store import EventStore
from store.archive.run import run_batch
from store.ingest import ingest_paths
from tests.archive_articles import articles, write_jsonl

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
GENERATED = 200


def table(root: Path, name: str) -> list[dict]:
    return ds.dataset(root / name, format="parquet", partitioning="hive").to_table().to_pylist()


@pytest.fixture(scope="session")
def cluster():
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as c:
        yield c


@pytest.fixture(scope="session")
def inputs(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("inputs")
    rows = articles(GENERATED)
    rows.append(dict(rows[3]))  # the same text twice: kept once, as ingest does
    # 26 files: the generated articles fall in 4 units of 8 files, so actors named in
    # several units meet in the client's reduce, not only within one unit's filing
    for i in range(0, len(rows), 8):
        write_jsonl(folder / f"gen{i:03d}.jsonl", rows[i : i + 8])
    return [str(FIXTURES), str(folder)]


@pytest.fixture(scope="session")
def batched(cluster, inputs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("archive")
    report = run_batch(inputs, out, scheduler=cluster.scheduler_address)
    assert report.failed == [] and report.present == 1
    return out


@pytest.fixture(scope="session")
def ingested(inputs, tmp_path_factory) -> EventStore:
    store = EventStore(tmp_path_factory.mktemp("store") / "store.json")
    report = ingest_paths(store, inputs, workers=1)
    assert report.failed == [] and report.present == 1
    return store
