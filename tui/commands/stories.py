"""`dateline stories`: the same happening told by several articles, one row each."""

from __future__ import annotations

import json
from datetime import date

import click
from rich.table import Table

from store import EventStore, StoryRow, merge_stories, split_story, story_rows
from tui.commands.query import QueryCommand, json_option, offset_option
from tui.context import Ctx, pass_ctx
from tui.render import console
from tui.textsafe import one_line, plain


def _span(start: date | None, end: date | None) -> str:
    if start is None:
        return "undated"
    if end is None or end == start:
        return start.isoformat()
    return f"{start.isoformat()} – {end.isoformat()}"


def stories_table(rows: list[StoryRow]) -> Table:
    table = Table(title=f"{len(rows)} story rows", title_justify="left")
    table.add_column("when", no_wrap=True)
    table.add_column("sources", justify="right", no_wrap=True)
    table.add_column("story")
    table.add_column("told by")
    for row in rows:
        told = sorted({i.source or i.title or "?" for i in row.items})
        count = f"{row.sources} ≠" if row.conflict else str(row.sources)
        table.add_row(
            _span(row.start, row.end),
            count,
            plain(one_line(row.title, 120)),
            plain(one_line("; ".join(told), 80)),
        )
    return table


def _row_of(rows: list[StoryRow], event_id: str) -> StoryRow:
    for row in rows:
        if event_id in row.events:
            return row
    raise click.UsageError(f"no event with id {event_id!r}")


def _decide(store: EventStore, split: tuple[str, ...], merge: tuple[str, ...]) -> str:
    rows = story_rows(store)
    if split:
        row = _row_of(rows, split[0])
        if len(row.events) == 1:
            raise click.UsageError(f"event {split[0]!r} is already a row of its own")
        split_story(store, row, list(split))
        return f"split {len(split)} event(s) out of their row"
    a, b = (_row_of(rows, e) for e in merge)
    if a.id == b.id:
        raise click.UsageError("those events are already in one row")
    merge_stories(store, a, b)
    return f"merged two rows ({a.sources} + {b.sources} sources)"


@click.command(cls=QueryCommand)
@click.argument("query", nargs=-1)
@json_option
@click.option(
    "--min-sources",
    type=click.IntRange(min=1),
    default=1,
    help="Only rows told by at least N articles (2: only stories with several sources).",
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Show at most N rows.")
@offset_option
@click.option(
    "--split",
    "split",
    multiple=True,
    metavar="EVENT_ID",
    help="Take this event out of its row for good (repeat for several); stored.",
)
@click.option(
    "--merge",
    nargs=2,
    metavar="EVENT_ID EVENT_ID",
    default=None,
    help="Make the rows holding these two events one row for good; stored.",
)
@pass_ctx
def stories(
    ctx: Ctx,
    query: tuple[str, ...],
    as_json: bool,
    min_sources: int,
    limit: int | None,
    offset: int,
    split: tuple[str, ...],
    merge: tuple[str, ...] | None,
) -> None:
    """List story rows: events from different articles that tell one happening.

    \b
    Events are grouped when their dates agree (or lie a day apart: the row
    is then marked ≠, a date conflict), they share actors and their wording
    is alike. Each row shows how many articles tell it; --json adds every
    source's article, date, date words and sentence, and why it was grouped.
    QUERY (the search language of `dateline search`) keeps the rows with a
    matching event. --split and --merge record a hand decision, kept in the
    store and applied again after any re-ingest.
    """
    if split and merge:
        raise click.UsageError("use --split or --merge, not both")
    with ctx.open() as store:
        if split or merge:
            click.echo(_decide(store, split, merge or ()))
            return
        rows = story_rows(store, " ".join(query) or None)
        rows = [r for r in rows if r.sources >= min_sources]
        rows = rows[offset : None if limit is None else offset + limit]
        if as_json:
            click.echo(json.dumps([r.export() for r in rows], ensure_ascii=False, indent=2))
        else:
            console().print(stories_table(rows))
