"""`dateline actor merge|split`: the reader's word on who is who, kept in the store."""

from __future__ import annotations

import click

from store import Actor, EventStore
from tui.context import Ctx, pass_ctx
from tui.textsafe import one_line


def _actor(store: EventStore, name: str) -> Actor:
    found = store.actor(name) or store.find_actor(name)
    if found is None:
        raise click.UsageError(f"no actor named {name!r}")
    return found


@click.group()
def actor() -> None:
    """Merge or split actors by hand; the decision is stored and holds after re-ingest."""


@actor.command()
@click.argument("keep")
@click.argument("other")
@pass_ctx
def merge(ctx: Ctx, keep: str, other: str) -> None:
    """OTHER is the same actor as KEEP (id or name): its names and events move to KEEP."""
    with ctx.open() as store:
        a, b = _actor(store, keep), _actor(store, other)
        store.merge_actors_by_hand(a.id, b.id)
        click.echo(f"{one_line(b.name)} is now part of {one_line(a.name)}")


@actor.command()
@click.argument("name_of")
@click.argument("name")
@pass_ctx
def split(ctx: Ctx, name_of: str, name: str) -> None:
    """NAME is not actor NAME_OF (id or name) but someone else: it becomes its own actor,
    with the articles that use that name alone."""
    with ctx.open() as store:
        a = _actor(store, name_of)
        store.split_actor_by_hand(a.id, name)
        click.echo(f"{one_line(name)} is now an actor of its own, apart from {one_line(a.name)}")
