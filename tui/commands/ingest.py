"""`dateline ingest`: read articles into the store, with progress and a summary."""

from __future__ import annotations

from datetime import date

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from store import IngestReport, Overrides, ingest_paths
from tui.context import Ctx, pass_ctx
from tui.textsafe import say
from tui.validate import iso_date


def _summary(report: IngestReport) -> None:
    for reason in report.failed:
        say(f"failed: {reason}", err=True)
    click.echo(
        f"ingested {len(report.added)} ({report.events} events), "
        f"already present {report.present}, failed {len(report.failed)}"
    )


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--published",
    callback=iso_date,
    help="Publication date YYYY-MM-DD, for articles whose metadata has none.",
)
@click.option("--source", default="", help="Source name, e.g. CNN.")
@click.option("--url", default="", help="Source URL.")
@click.option("--title", default="", help="Article title.")
@click.option("--jobs", type=click.IntRange(1, 64), help="Worker processes (default: all cores).")
@pass_ctx
def ingest(
    ctx: Ctx,
    paths: tuple[str, ...],
    published: date | None,
    source: str,
    url: str,
    title: str,
    jobs: int | None,
) -> None:
    """Read articles into the store: .txt, .md (front matter), .html saved pages,
    .json/.jsonl article records, folders (recursively) and '-' for stdin.

    Relative dates ("last Friday") are read against the publication date, taken from
    the file's metadata or --published. Ingesting the same text twice changes nothing.
    Saved web pages need the html extra: pip install 'dateline[html]'.
    """
    stdin = click.get_binary_stream("stdin").read() if "-" in paths else None
    overrides = Overrides(published=published, source=source, url=url, title=title)
    with ctx.open() as store:
        bar = Progress(
            TextColumn("ingesting"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        with bar:
            task = bar.add_task("ingest", total=None)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            report = ingest_paths(
                store, paths, overrides, stdin=stdin, workers=jobs, progress=progress
            )
    _summary(report)
    if report.failed:
        raise SystemExit(1)  # scripts must see that something was not ingested
