"""`dateline export` and `dateline import`: timelines out to other tools and back in."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from store import EXPORT_FORMATS, ExportError, export_timeline, load_import, save_export
from tui.commands.query import QueryCommand
from tui.context import Ctx, pass_ctx
from tui.textsafe import say


@click.command(cls=QueryCommand)
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default=None,
    help="json (full fidelity, re-importable), csv, md, ics (calendar), timelinejs; "
    "taken from -o's suffix when not given (.json, .csv, .md, .ics).",
)
@click.argument("query", nargs=-1)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Write to this file instead of stdout.",
)
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@click.option("--title", default="", help="Timeline title (default: from the query).")
@click.option(
    "--group-by",
    type=click.Choice(["actor", "source", "none"]),
    default="actor",
    show_default=True,
    help="TimelineJS rows: one per first actor or per source.",
)
@click.option(
    "--stories",
    is_flag=True,
    help="One entry per story row (a happening told by several articles), citing them all.",
)
@pass_ctx
def export(
    ctx: Ctx,
    fmt: str | None,
    query: tuple[str, ...],
    output: Path | None,
    force: bool,
    title: str,
    group_by: str,
    stories: bool,
) -> None:
    """Export the events matching QUERY (all events without one), sorted by date.

    QUERY is the search language: words, "phrases", actor:NAME, source:NAME,
    after:DATE, before:DATE, kind:person. Example:
    dateline export --format ics actor:Trump after:2025-01-01 -o trump.ics
    """
    fmt = fmt or format_for(output)
    if output is not None and output.is_dir():  # before the work, not after
        raise ExportError(f"{output} is a folder; give a file name")
    if output is not None and output.exists() and not force:
        raise ExportError(f"{output} exists; pass --force to overwrite it")
    with ctx.open() as store:
        text = " ".join(query)
        data = export_timeline(store, fmt, text, title=title, group_by=group_by, stories=stories)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    save_export(data, output, force=force)
    say(f"wrote {output} ({len(data):,} bytes, {fmt})", err=True)


_SUFFIX_FORMATS = {".json": "json", ".csv": "csv", ".md": "md", ".markdown": "md", ".ics": "ics"}


def format_for(output: Path | None) -> str:
    """The export format an output file's suffix names ('-o trump.ics' is ics)."""
    fmt = _SUFFIX_FORMATS.get(output.suffix.lower()) if output is not None else None
    if fmt is None:
        choices = ", ".join(EXPORT_FORMATS)
        raise ExportError(f"say which format with --format ({choices})")
    return fmt


@click.command(name="import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@pass_ctx
def import_(ctx: Ctx, file: Path) -> None:
    """Import a dateline JSON export, or a TimelineJS JSON file or sheet CSV.

    A dateline export restores its articles, events, actors and quotes; TimelineJS
    slides become hand-made events. Importing the same file twice changes nothing.
    dateline's own CSV export is for spreadsheets and does not import back (it keeps
    no ids, articles or quotes): export with --format json to move a store.
    """
    pending = load_import(file)  # a bad file is refused before the store is opened
    with ctx.open() as store:
        report = pending.into(store)
    click.echo(
        f"imported {report.articles} articles and {report.events} events "
        f"from {report.kind}, already present {report.present}"
    )
