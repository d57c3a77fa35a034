"""`dateline ingest`: read articles into the store, with progress and a summary."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from store import MAX_FILE_MB, IngestReport, Overrides, ingest_paths
from tui.context import Ctx, pass_ctx
from tui.listing import plural
from tui.textsafe import say
from tui.validate import iso_date


def _summary(report: IngestReport) -> None:
    for reason in report.failed:
        say(f"failed: {reason}", err=True)
    line = (
        f"ingested {len(report.added)} ({plural(report.events, 'event')}), "
        f"already present {report.present}, failed {len(report.failed)}"
    )
    if report.skipped:
        names = ", ".join(Path(s).name for s in report.skipped[:3])
        more = ", ..." if len(report.skipped) > 3 else ""
        line += f", skipped {len(report.skipped)} ({names}{more}: project notes, not articles)"
    say(line)


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
@click.option(
    "--max-size",
    type=click.FloatRange(min=0, min_open=True),
    default=MAX_FILE_MB,
    show_default=True,
    envvar="DATELINE_MAX_SIZE",
    help="Largest file read, in MB (DATELINE_MAX_SIZE); bigger ones fail with a line saying so.",
)
@click.option("--force", is_flag=True, help="Read files of any size.")
@pass_ctx
def ingest(
    ctx: Ctx,
    paths: tuple[str, ...],
    published: date | None,
    source: str,
    url: str,
    title: str,
    jobs: int | None,
    max_size: float,
    force: bool,
) -> None:
    """Read articles into the store: .txt, .md (front matter), .html saved pages,
    .json/.jsonl article records, folders (recursively) and '-' for stdin.

    Relative dates ("last Friday") are read against the publication date, taken from
    the file's metadata or --published. Ingesting the same text twice changes nothing.
    Folders skip hidden files and project notes (README.md, LICENSE.md, ...); a file
    over --max-size MB is refused unless --force.
    Saved web pages need the html extra: pip install 'dateline[html]'.
    """
    max_bytes = None if force else int(max_size * (1 << 20))
    stdin = None
    if "-" in paths:  # one byte over the limit is enough to refuse it
        stream = click.get_binary_stream("stdin")
        stdin = stream.read() if max_bytes is None else stream.read(max_bytes + 1)
    overrides = Overrides(published=published, source=source, url=url, title=title)
    try:
        report = _run(ctx, paths, overrides, stdin, jobs, max_bytes)
    except KeyboardInterrupt:  # the store closed on the way out: what was filed is kept
        say(_INTERRUPTED, err=True)
        raise SystemExit(130) from None
    _summary(report)
    if report.failed:
        raise SystemExit(1)  # scripts must see that something was not ingested


_INTERRUPTED = (
    "interrupted: the articles filed before the stop are kept; run the same command "
    "again to add the rest (articles already present are skipped)"
)


def _run(
    ctx: Ctx,
    paths: tuple[str, ...],
    overrides: Overrides,
    stdin: bytes | None,
    jobs: int | None,
    max_bytes: int | None,
) -> IngestReport:
    err = Console(stderr=True)
    with ctx.open() as store:
        bar = Progress(
            TextColumn("ingesting"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=True,
            disable=not err.is_terminal,  # a log file gets the summary, not a blank line
        )
        with bar:
            task = bar.add_task("ingest", total=None)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            report = ingest_paths(
                store,
                paths,
                overrides,
                stdin=stdin,
                workers=jobs,
                progress=progress,
                max_bytes=max_bytes,
            )
    return report
