"""`dateline batch`: extraction over an archive on Dask, into Parquet datasets."""

from __future__ import annotations

import os
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from store import require_scale, run_batch
from tui.textsafe import say


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the datasets (articles/, events/, actors/, quotes/, errors/).",
)
@click.option(
    "--scheduler",
    default="local",
    show_default=True,
    help="'local' starts a Dask LocalCluster; else a scheduler address (tcp://host:8786).",
)
@click.option("--workers", type=click.IntRange(1, 1024), help="Local worker processes.")
def batch(inputs: tuple[str, ...], out: Path, scheduler: str, workers: int | None) -> None:
    """Tag and extract an archive on Dask: folders, .jsonl and Parquet files (columns
    text, published, optional title, source, url) in; Parquet datasets partitioned by
    publication month out, with the same ids `ingest` gives. Needs the scale extra:
    pip install 'dateline[scale]'.
    """
    require_scale()
    # Dask logs each worker's start and stop at INFO; the progress bar says enough
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    bar = Progress(
        TextColumn("batch"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    with bar:
        task = bar.add_task("batch", total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        report = run_batch(
            list(inputs), out, scheduler=scheduler, workers=workers, progress=progress
        )
    for reason in report.failed:
        say(f"failed: {reason}", err=True)
    rate = report.articles / report.seconds if report.seconds else 0.0
    say(
        f"batched {report.articles} ({report.events} events, {report.actors} actors, "
        f"{report.quotes} quotes) into {out} in {report.seconds:.1f}s ({rate:.1f} articles/s), "
        f"already present {report.present}, failed {len(report.failed)}"
    )
    if report.failed:
        raise SystemExit(1)  # scripts must see that something was not extracted
