"""`dateline batch` throughput: the same articles on 1 and 2 Dask workers, against a
single-process `ingest` of them measured in the same run.

Run from the repo root (needs the scale extra):
    .venv/bin/python -m tests.bench.batch_bench [--n 10000] [--workers 1,2]
Articles are built from the bundled fixtures' paragraphs (six each, distinct texts,
publication dates over four years). Prints seconds, articles/s, speed-up and scaling
efficiency against 1 worker, peak memory (RSS) per worker and of the client, and the
ratio to single-process ingest. Cluster start-up is outside the timed batch.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from store import EventStore, ingest_paths, run_batch

ROOT = Path(__file__).resolve().parents[2]


def _paragraphs() -> list[str]:
    paras = []
    for f in sorted((ROOT / "fixtures").glob("20*.md")):
        body = f.read_text(encoding="utf-8").split("---", 2)[2]
        paras += [p.strip() for p in body.split("\n\n") if 80 < len(p.strip()) < 1500]
    return paras


def make_articles(n: int) -> list[dict]:
    paras = _paragraphs()
    rows = []
    for i in range(n):
        body = "\n\n".join(paras[(i * 7 + k) % len(paras)] for k in range(6))
        published = date(2021, 1, 1) + timedelta(days=i % 1460)
        rows.append(
            {"text": f"{body}\n\nItem {i}.", "published": published.isoformat(),
             "title": f"Story {i}", "source": "Bench Wire", "url": f"https://b.example/{i}"}
        )  # fmt: skip
    return rows


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_ingest(jsonl: Path, tmp: Path) -> tuple[float, int]:
    with EventStore(tmp / "ingest.json") as store:
        t = time.perf_counter()
        report = ingest_paths(store, [str(jsonl)], workers=1, max_bytes=None)  # no size cap
        if report.failed or not report.added:  # a refused input is no figure
            raise SystemExit(f"ingest baseline failed: {report.failed[:1]}")
        return time.perf_counter() - t, len(report.added)


def run_dask(table: Path, tmp: Path, workers: int) -> tuple[float, int, list[float], dict]:
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        t = time.perf_counter()
        report = run_batch([str(table)], tmp / f"out{workers}", scheduler=cluster.scheduler_address)
        seconds = time.perf_counter() - t
        rss = sorted(client.run(_peak_rss_mb).values())
    return seconds, report.articles, rss, report.phases


def main() -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--workers", default="1,2")
    args = ap.parse_args()
    rows = make_articles(args.n)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        jsonl = tmp / "in.jsonl"
        jsonl.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
        table = tmp / "in.parquet"
        pq.write_table(pa.Table.from_pylist(rows), table, row_group_size=250)
        chars = sum(len(r["text"]) for r in rows) / len(rows)
        print(f"{args.n} articles, {chars:.0f} chars each on average")
        secs, n = run_ingest(jsonl, tmp)
        base = n / secs
        print(f"ingest, 1 process: {secs:8.1f} s {base:8.1f} articles/s")
        first = None
        for w in (int(x) for x in args.workers.split(",")):
            secs, n, rss, phases = run_dask(table, tmp, w)
            rate = n / secs
            first = first or rate
            speedup = rate / first
            print(
                f"batch, {w} worker(s): {secs:8.1f} s {rate:8.1f} articles/s "
                f"speed-up {speedup:.2f}x (efficiency {speedup / w:.0%}) "
                f"peak RSS per worker {', '.join(f'{r:.0f}' for r in rss)} MB, "
                f"ratio to ingest {rate / base:.2f}x; "
                + ", ".join(f"{k} {v:.1f} s" for k, v in phases.items())
            )
        print(f"client peak RSS {_peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
