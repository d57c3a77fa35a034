"""Terminal tables for the listing commands (rich, plain text cells)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

import click
from pydantic import BaseModel
from rich.console import Console
from rich.table import Table

from store import Actor, Event, Quote
from tui.textsafe import one_line, plain
from tui.widgets.dates import precise_label as when_label  # the app's labels, one definition


def console() -> Console:
    return Console(highlight=False, soft_wrap=False)


def print_json(models: Iterable[BaseModel]) -> None:
    click.echo(
        json.dumps([m.model_dump(mode="json") for m in models], ensure_ascii=False, indent=2)
    )


def events_table(events: Sequence[Event], actors: dict[str, Actor]) -> Table:
    table = Table(title=f"{len(events)} events", title_justify="left")
    table.add_column("when", no_wrap=True)
    table.add_column("value", no_wrap=True, style="dim")
    table.add_column("event")
    table.add_column("actors")
    for ev in events:
        names = ", ".join(actors[a].name if a in actors else a for a in ev.actors)
        table.add_row(
            when_label(ev.when), plain(ev.when.value), plain(one_line(ev.title)), plain(names)
        )
    return table


def actors_table(actors: Sequence[Actor], counts: dict[str, int]) -> Table:
    table = Table(title=f"{len(actors)} actors", title_justify="left")
    for col in ("name", "kind", "events", "role"):
        table.add_column(col, justify="right" if col == "events" else "left")
    for a in actors:
        table.add_row(plain(a.name), a.kind, str(counts.get(a.id, 0)), plain(a.description))
    return table


def quotes_table(quotes: Sequence[Quote], actors: dict[str, Actor]) -> Table:
    table = Table(title=f"{len(quotes)} quotes", title_justify="left")
    table.add_column("speaker", no_wrap=True)
    table.add_column("quote")
    table.add_column("cue", style="dim")
    for q in quotes:
        who = actors[q.speaker].name if q.speaker in actors else (q.speaker or "—")
        table.add_row(plain(who), plain(one_line(q.text)), plain(q.cue))
    return table
