"""Terminal tables for the listing commands (rich, plain text cells)."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterable, Sequence

import click
from pydantic import BaseModel
from rich.console import Console
from rich.table import Table

from store import Actor, Quote
from tui.dates import precise_label as when_label  # noqa: F401 - add's labels
from tui.listing import plural
from tui.pager import paged
from tui.textsafe import cue_words, one_line, plain


def console() -> Console:
    return Console(highlight=False, soft_wrap=False)


def print_json(models: Iterable[BaseModel]) -> None:
    click.echo(
        json.dumps([m.model_dump(mode="json") for m in models], ensure_ascii=False, indent=2)
    )


def print_table(table: Table, *, page: bool = False) -> None:
    """A table, or only its title ("0 quotes") when it has no rows: no empty grid. With
    `page`, a table for a terminal goes through the pager, as `events` does."""
    if not table.row_count:
        click.echo(str(table.title))
        return
    with paged(page) as out:
        if out is sys.stdout:
            console().print(table)
        else:  # the pager's pipe: laid out for the terminal behind it
            width = shutil.get_terminal_size().columns
            Console(file=out, highlight=False, soft_wrap=False, width=width).print(table)


def actors_table(actors: Sequence[Actor], counts: dict[str, int]) -> Table:
    table = Table(title=plural(len(actors), "actor"), title_justify="left")
    for col in ("name", "kind", "events", "role"):
        table.add_column(col, justify="right" if col == "events" else "left")
    for a in actors:
        table.add_row(plain(a.name), a.kind, str(counts.get(a.id, 0)), plain(a.description))
    return table


def quotes_table(quotes: Sequence[Quote], actors: dict[str, Actor]) -> Table:
    table = Table(title=plural(len(quotes), "quote"), title_justify="left")
    table.add_column("speaker", no_wrap=True)
    table.add_column("quote")
    table.add_column("cue", style="dim")
    for q in quotes:
        who = actors[q.speaker].name if q.speaker in actors else (q.speaker or "—")
        table.add_row(plain(who), plain(one_line(q.text)), plain(cue_words(q.cue)))
    return table
