"""`batch`: map extraction over units on Dask, reduce actor identity, write Parquet.

Two maps and a reduce. Map 1 (mapper.map_unit) reads and extracts each unit and stages
the result on disk; the client files every article's actors (reduce.ActorReduce) and
drops repeated articles; map 2 (finish.finish_unit) rewrites actor ids and writes the
month-partitioned datasets. Both maps write files named after their unit, so a task run
again after a lost worker leaves one copy. Output is built beside DIR's datasets and
swapped in at the end: a failed run leaves the previous datasets as they were.
"""

from __future__ import annotations

import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from store.archive import ArchiveError, require
from store.archive.finish import finish_unit
from store.archive.mapper import Mapped, map_unit
from store.archive.reduce import ActorReduce
from store.archive.tables import DATASETS, actor_row, write_single
from store.archive.units import ROWS_PER_UNIT, plan
from store.ingest import default_workers

Progress = Callable[[int, int], None]  # (done, total) tasks


@dataclass
class BatchReport:
    articles: int = 0
    events: int = 0
    quotes: int = 0
    actors: int = 0
    present: int = 0  # the same text again: kept once, as ingest does
    failed: list[str] = field(default_factory=list)
    units: int = 0
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)  # map, reduce (client), write


def _client(scheduler: str, workers: int | None):
    from distributed import Client, LocalCluster

    if scheduler == "local":
        n = workers or default_workers()
        try:
            cluster = LocalCluster(
                n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0"
            )
        except RuntimeError as exc:
            raise ArchiveError(f"cannot start {n} local Dask workers: {exc}") from exc
        return Client(cluster), cluster
    try:
        return Client(scheduler, timeout="20s"), None
    except (OSError, TimeoutError, ValueError) as exc:
        raise ArchiveError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc


def _out_dir(out: Path) -> Path:
    if out.exists() and not out.is_dir():
        raise ArchiveError(f"{out} is a file; --out needs a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ArchiveError(f"cannot create {out}: {exc.strerror or exc}") from exc
    return out


def run_batch(
    inputs: list[str],
    out: Path,
    *,
    scheduler: str = "local",
    workers: int | None = None,
    progress: Progress | None = None,
    rows_per_unit: int = ROWS_PER_UNIT,
) -> BatchReport:
    """Run a batch; see the module doc. `scheduler`: "local" or a Dask address."""
    require()
    started = time.monotonic()
    units, failed = plan(inputs, rows_per_unit=rows_per_unit)
    if not units:  # nothing to extract: no cluster is started, nothing is written
        raise ArchiveError("; ".join(failed) or "no inputs to read")
    report = BatchReport(failed=failed, units=len(units))
    out = _out_dir(Path(out))
    work = out / f".batch-{uuid.uuid4().hex[:8]}"
    stage, built = work / "stage", work / "out"
    stage.mkdir(parents=True)
    built.mkdir()
    total, done = 2 * len(units), 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, total)

    try:
        reduce, counts, mapped = _run(units, stage, built, scheduler, workers, report, tick)
        _write_tail(reduce, counts, mapped, built, report)
        _swap(built, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report.seconds = time.monotonic() - started
    return report


def _run(units, stage: Path, built: Path, scheduler, workers, report, tick):
    """The two maps and the reduce on a cluster; the cluster is closed on the way out."""
    from distributed import as_completed

    client, cluster = _client(scheduler, workers)
    try:
        run = uuid.uuid4().hex[:8]
        keys = [f"dateline-map-{run}-{u.index}" for u in units]
        mapped: list[Mapped] = []
        t = time.monotonic()
        for fut in as_completed(client.map(map_unit, units, stage=str(stage), key=keys)):
            mapped.append(fut.result())
            tick()
        mapped.sort(key=lambda m: m.unit)
        report.phases["map"] = time.monotonic() - t
        t = time.monotonic()
        reduce, keep = _reduce(mapped, report)
        report.phases["reduce"] = time.monotonic() - t
        t = time.monotonic()
        names = {a.id: " ".join((a.name, *a.aliases)) for a in reduce.actors.values()}
        futures = []
        for m in mapped:
            ids = reduce.mapping(f"unit:{m.unit}", (a.id for a in m.actors))
            futures.append(
                client.submit(
                    finish_unit,
                    m.unit,
                    str(stage),
                    str(built),
                    keep[m.unit],
                    ids,
                    {i: names[i] for i in ids.values() if i in names},
                    key=f"dateline-finish-{run}-{m.unit}",
                )
            )
        counts: dict[str, list[int]] = {}
        for fut in as_completed(futures):
            for aid, c in fut.result().items():
                acc = counts.setdefault(aid, [0, 0, 0])
                for i in range(3):
                    acc[i] += c[i]
            tick()
        report.phases["write"] = time.monotonic() - t
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return reduce, counts, mapped


def _reduce(mapped: list[Mapped], report: BatchReport) -> tuple[ActorReduce, dict[int, list]]:
    """The second level of the identity reduce: each unit's filed actors filed together,
    then bare surnames settled once. Articles seen in an earlier unit are counted, not
    kept (filing their actors again changes nothing: filing depends on the set)."""
    reduce = ActorReduce()
    seen: set[str] = set()
    keep: dict[int, list[str]] = {}
    for m in mapped:
        keep[m.unit] = []
        for aid in m.articles:
            if aid in seen:
                report.present += 1
                continue
            seen.add(aid)
            keep[m.unit].append(aid)
        reduce.file(f"unit:{m.unit}", m.actors)
        report.failed += [f"{o}: {r}" if o else r for o, r in m.errors]
    reduce.settle()
    report.articles = len(seen)
    return reduce, keep


def _write_tail(reduce, counts, mapped, built: Path, report: BatchReport) -> None:
    actors = sorted(reduce.actors.values(), key=lambda a: a.id)
    rows = [actor_row(a, tuple(counts.get(a.id, (0, 0, 0)))) for a in actors]
    write_single(rows, "actors", built)
    errors = [{"origin": o, "reason": r} for m in mapped for o, r in m.errors]
    write_single(errors, "errors", built)
    report.actors = len(actors)
    report.events = _rows(built / "events")
    report.quotes = _rows(built / "quotes")


def _rows(path: Path) -> int:
    import pyarrow.dataset as ds

    if not path.exists():
        return 0
    return ds.dataset(path, format="parquet", partitioning="hive").count_rows()


def _swap(built: Path, out: Path) -> None:
    """Move the new datasets into place, each replacing the old one."""
    for name in (*DATASETS, "actors", "errors"):
        target = out / name
        if target.exists():
            shutil.rmtree(target)
        src = built / name
        if src.exists():
            src.rename(target)
        else:
            target.mkdir()
