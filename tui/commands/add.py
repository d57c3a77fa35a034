"""`dateline add`: an event by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime

import click

from store import Event, EventStore, StoreError, hand_actor, manual_event_id, split_spec
from tui.context import Ctx, pass_ctx
from tui.render import when_label
from tui.textsafe import say
from tui.validate import iso_date


@click.command()
@click.argument("when")
@click.argument("title")
@click.option(
    "--actor",
    "actor_names",
    multiple=True,
    help="An actor of the event (repeatable): NAME, or NAME:KIND to set its kind "
    "(person, organization, place or group; 'org' will do). Without a kind a known "
    "actor keeps its own and a new one's is guessed from the name as extraction would.",
)
@click.option(
    "--relative-to",
    callback=iso_date,
    help="Read a relative WHEN ('last Friday') against this date instead of today.",
)
@pass_ctx
def add(
    ctx: Ctx, when: str, title: str, actor_names: tuple[str, ...], relative_to: date | None
) -> None:
    """Add an event by hand: WHEN may be absolute or relative ("last Friday").

    The same title, date and actors added again adds nothing and says so."""
    if not title.strip():
        raise click.BadParameter("the title is empty", param_hint="TITLE")
    try:
        for spec in actor_names:  # every one checked before anything is written
            split_spec(spec)
    except StoreError as exc:
        raise click.BadParameter(str(exc), param_hint="--actor") from exc
    from store import parse_when  # loads the date tagger: only `add` needs it

    resolved = parse_when(when, relative_to or date.today())
    created = datetime.now(UTC)
    with ctx.open() as store:
        ids = [hand_actor(store, spec).id for spec in actor_names]
        event = Event(
            id=manual_event_id(title, resolved.value, created),
            when=resolved,
            title=title.strip(),
            actors=ids,
            origin="manual",
            created=created,
        )
        same = _same_event(store, event)
        if same is None:
            store.add_event(event)
    if same is not None:
        say(f"already there: {same.id}: {when_label(same.when)} {same.title} (nothing added)")
        return
    say(f"added {event.id}: {when_label(resolved)} {title.strip()}")


def _same_event(store: EventStore, event: Event) -> Event | None:
    """A hand-added event with this one's title, date and actors: running the same `add`
    again finds it instead of filing a copy (the new id differs only by its time)."""
    found = store.events(after=event.when.start, before=event.when.end)
    return next(
        (
            e
            for e in found
            if e.origin == "manual"
            and e.title == event.title
            and e.when.value == event.when.value
            and e.when.start == event.when.start
            and e.when.end == event.when.end
            and sorted(e.actors) == sorted(event.actors)
        ),
        None,
    )
