"""Listing commands: events, actors, quotes, search."""

from __future__ import annotations

import click

from store import search_events
from tui.context import Ctx, pass_ctx
from tui.render import actors_table, console, events_table, print_json, quotes_table

json_option = click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead.")


@click.command()
@json_option
@click.option("--actor", help="Only events with this actor (id or name).")
@pass_ctx
def events(ctx: Ctx, as_json: bool, actor: str | None) -> None:
    """List the events in the store, sorted by date."""
    with ctx.open() as store:
        actors = {a.id: a for a in store.actors()}
        actor_id = _actor_id(actor, actors) if actor else None
        evs = store.events(actor=actor_id)
        if as_json:
            print_json(evs)
        else:
            console().print(events_table(evs, actors))


def _actor_id(name: str, actors: dict) -> str:
    if name in actors:
        return name
    folded = name.casefold()
    for a in actors.values():
        if folded in (n.casefold() for n in (a.name, *a.aliases)):
            return a.id
    raise click.UsageError(f"no actor named {name!r}")


@click.command()
@json_option
@pass_ctx
def actors(ctx: Ctx, as_json: bool) -> None:
    """List the actors (people, organisations, places, groups) with their event counts."""
    with ctx.open() as store:
        acts = store.actors()
        if as_json:
            print_json(acts)
        else:
            console().print(actors_table(acts, store.actor_event_counts()))


@click.command()
@json_option
@pass_ctx
def quotes(ctx: Ctx, as_json: bool) -> None:
    """List the direct quotes with their speakers."""
    with ctx.open() as store:
        qs = store.quotes()
        if as_json:
            print_json(qs)
        else:
            console().print(quotes_table(qs, {a.id: a for a in store.actors()}))


@click.command()
@click.argument("query", nargs=-1, required=True)
@json_option
@click.option("--by-date", is_flag=True, help="Sort by date instead of by rank.")
@pass_ctx
def search(ctx: Ctx, query: tuple[str, ...], as_json: bool, by_date: bool) -> None:
    """Search events.

    \b
    Words and "quoted phrases" match titles, sentences, quotes and actors
    (case and accent insensitive; word prefixes: ceasef finds ceasefire).
    Filters: actor:NAME source:NAME kind:person after:DATE before:DATE
    (dates may be relative: after:"last week"); -word excludes.
    """
    with ctx.open() as store:
        hits = search_events(store, " ".join(query), sort="date" if by_date else "rank")
        if as_json:
            print_json(hits)
        else:
            console().print(events_table(hits, {a.id: a for a in store.actors()}))
