"""`dateline stories`: the same happening told by several articles, one row each."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterable
from typing import TextIO

import click

from store import EventStore, StoryRow, merge_stories, split_story, story_groups, story_row
from tui.commands.query import QueryCommand, json_option, offset_option, pager_option
from tui.context import Ctx, pass_ctx
from tui.dates import span_label
from tui.listing import count_line, plural, write_json
from tui.pager import paged
from tui.textsafe import one_line

WHEN_WIDTH = 23  # "2025-06-21 – 2025-06-22"


def row_line(row: StoryRow, width: int | None) -> str:
    """when, source count (≠ when the sources' dates disagree), title · who told it."""
    told = sorted({i.source or i.title or "?" for i in row.items})
    count = f"{row.sources:>3}{'≠' if row.conflict else ' '}"
    text = one_line(row.title)
    if row.sources > 1:
        text = f"{text} · {'; '.join(one_line(t) for t in told)}"
    line = f"{span_label(row.start, row.end):<{WHEN_WIDTH}}  {count}  {text}"
    if width is not None and len(line) > width:
        line = line[: max(width - 1, WHEN_WIDTH)] + "…"
    return line + "\n"


def write_rows(out: TextIO, rows: Iterable[StoryRow], width: int | None) -> None:
    out.write(f"{'when':<{WHEN_WIDTH}}  {'n':>3}   story · told by\n")
    for row in rows:
        out.write(row_line(row, width))
        out.flush()


def _row_of(store: EventStore, event_id: str) -> StoryRow:
    for story in story_groups(store):
        if event_id in story.events:
            return story_row(store, story)
    raise click.UsageError(f"no event with id {event_id!r}")


def _decide(store: EventStore, split: tuple[str, ...], merge: tuple[str, ...]) -> str:
    if split:
        row = _row_of(store, split[0])
        if len(row.events) == 1:
            raise click.UsageError(f"event {split[0]!r} is already a row of its own")
        missing = [e for e in split if e not in row.events]
        if missing:
            raise click.UsageError(f"event {missing[0]!r} is not in the row of {split[0]!r}")
        split_story(store, row, list(split))
        return f"split {plural(len(split), 'event')} out of their row"
    a, b = (_row_of(store, e) for e in merge)
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
@pager_option
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
    no_pager: bool,
    split: tuple[str, ...],
    merge: tuple[str, ...] | None,
) -> None:
    """List story rows: events from different articles that tell one happening.

    \b
    Events are grouped when their dates agree (or lie a day apart: the row
    is then marked ≠, a date conflict), they share actors and their wording
    is alike; a back-reference ("since its launch") joins the earlier
    telling of what it names, and a plan ("the ferry will enter service")
    the later one. Each row shows how many articles tell it (n); --json adds
    every source's article, date, date words and sentence, and why it was
    grouped. QUERY (the search language of `dateline search`) keeps the
    rows with a matching event. --split and --merge record a hand decision,
    kept in the store and applied again after any re-ingest.
    """
    if split and merge:
        raise click.UsageError("use --split or --merge, not both")
    with ctx.open() as store:
        if split or merge:
            click.echo(_decide(store, split, merge or ()))
            return
        groups = story_groups(store, " ".join(query) or None, min_sources=min_sources)
        total = len(groups)
        groups = groups[offset : None if limit is None else offset + limit]
        rows = (story_row(store, g) for g in groups)
        with paged(not no_pager) as out:
            if as_json:
                write_json(out, (json.dumps(r.export(), ensure_ascii=False) for r in rows))
                return
            out.write(count_line(total, "story row", offset, len(groups)) + "\n")
            on_terminal = out.isatty() or out is not sys.stdout
            write_rows(out, rows, shutil.get_terminal_size().columns if on_terminal else None)
