"""`dateline add`: an event by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime

import click

from store import Actor, Event, manual_event_id, parse_when, slugify
from tui.context import Ctx, pass_ctx
from tui.render import when_label
from tui.textsafe import say
from tui.validate import iso_date


@click.command()
@click.argument("when")
@click.argument("title")
@click.option("--actor", "actor_names", multiple=True, help="An actor of the event (repeatable).")
@click.option(
    "--relative-to",
    callback=iso_date,
    help="Read a relative WHEN ('last Friday') against this date instead of today.",
)
@pass_ctx
def add(
    ctx: Ctx, when: str, title: str, actor_names: tuple[str, ...], relative_to: date | None
) -> None:
    """Add an event by hand: WHEN may be absolute or relative ("last Friday")."""
    if not title.strip():
        raise click.BadParameter("the title is empty", param_hint="TITLE")
    if any(not name.strip() for name in actor_names):
        raise click.BadParameter("an actor name is empty", param_hint="--actor")
    resolved = parse_when(when, relative_to or date.today())
    created = datetime.now(UTC)
    with ctx.open() as store:
        ids = []
        for name in actor_names:
            actor = store.find_actor(name) or Actor(id=slugify(name), name=name.strip())
            store.add_actor(actor)
            ids.append(actor.id)
        event = Event(
            id=manual_event_id(title, resolved.value, created),
            when=resolved,
            title=title.strip(),
            actors=ids,
            origin="manual",
            created=created,
        )
        store.add_event(event)
    say(f"added {event.id}: {when_label(resolved)} {title.strip()}")
