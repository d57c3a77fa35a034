"""Listing commands: events, actors, quotes, search."""

from __future__ import annotations

import click

from store import Actor, Event, EventStore
from tui.context import Ctx, pass_ctx
from tui.render import actors_table, console, events_table, print_json, quotes_table


class QueryCommand(click.Command):
    """A command whose QUERY words may start with a dash: `search -ceasefire talks`.

    click would read `-ceasefire` as the short options -c -e -a ...; here a single-dash
    token that is not one of the command's options is a query word (an exclusion).
    Real options (and the value after one that takes a value) work as before; `--x`
    that is not an option stays click's one-line error.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        takes_value: dict[str, bool] = {name: False for name in ctx.help_option_names}
        attached: set[str] = set()  # -fcsv: a short choice option with its value attached
        for param in self.get_params(ctx):
            if isinstance(param, click.Option):
                for name in (*param.opts, *param.secondary_opts):
                    takes_value[name] = not (param.is_flag or param.count)
                    if len(name) == 2 and isinstance(param.type, click.Choice):
                        attached.update(name + str(c) for c in param.type.choices)
        words: dict[str, str] = {}
        out: list[str] = []
        skip_next = False
        for i, arg in enumerate(args):
            if skip_next or arg == "--":
                out.extend(args[i:] if arg == "--" else [arg])
                if arg == "--":
                    break
                skip_next = False
                continue
            if arg in takes_value:
                skip_next = takes_value[arg]
            elif arg in attached:
                pass
            elif arg.startswith("-") and not arg.startswith("--") and len(arg) > 1:
                key = f"\x00{len(words)}"  # a positional stand-in, swapped back below
                words[key] = arg
                arg = key
            out.append(arg)
        rest = super().parse_args(ctx, out)
        query = ctx.params.get("query")
        if words and query is not None:
            ctx.params["query"] = tuple(words.get(w, w) for w in query)
        return rest


json_option = click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead.")
limit_option = click.option(
    "--limit", type=click.IntRange(min=1), default=None, help="Show at most N events."
)
offset_option = click.option(
    "--offset", type=click.IntRange(min=0), default=0, help="Skip the first N events."
)


@click.command()
@json_option
@click.option("--actor", help="Only events with this actor (id or name).")
@limit_option
@offset_option
@pass_ctx
def events(ctx: Ctx, as_json: bool, actor: str | None, limit: int | None, offset: int) -> None:
    """List the events in the store, sorted by date."""
    with ctx.open() as store:
        actor_id = _actor_id(store, actor) if actor else None
        evs = store.events_page(offset, limit, actor=actor_id)
        if as_json:
            print_json(evs)
        else:
            console().print(events_table(evs, _actors_of(store, evs)))


def _actor_id(store: EventStore, name: str) -> str:
    found = store.find_actor(name)
    if found is None:
        raise click.UsageError(f"no actor named {name!r}")
    return found.id


def _actors_of(store: EventStore, evs: list[Event]) -> dict[str, Actor]:
    """Only the actors the listed events name (a big store has thousands)."""
    ids = {a for ev in evs for a in ev.actors}
    return {a.id: a for a in map(store.actor, ids) if a is not None}


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


@click.command(cls=QueryCommand)
@click.argument("query", nargs=-1, required=True)
@json_option
@click.option("--by-date", is_flag=True, help="Sort by date instead of by rank.")
@limit_option
@offset_option
@pass_ctx
def search(
    ctx: Ctx,
    query: tuple[str, ...],
    as_json: bool,
    by_date: bool,
    limit: int | None,
    offset: int,
) -> None:
    """Search events.

    \b
    Words match titles, sentences, quotes and actors (case and accent
    insensitive; word prefixes: ceasef finds ceasefire); "quoted phrases"
    match whole words in sequence and weigh double.
    Filters: actor:NAME source:NAME kind:person, and dates:
      after:DATE   on or after DATE      before:DATE  strictly before DATE
      on:DATE      within DATE           date:A..B    from A through B
    (a month or year counts whole: on:2025-06; a range end may be left
    open: date:2024..; dates may be relative: after:"last week").
    An event matches when its dates overlap the filter's.
    -word excludes (a query may start with one: dateline search -ceasefire talks).
    """
    text = " ".join(query)
    with ctx.open() as store:
        sort = "date" if by_date else "rank"
        # store.search.parse_query reads the query, as in the app: QueryError if malformed
        hits = store.events_page(offset, limit, query=text, sort=sort)
        if as_json:
            print_json(hits)
            return
        console().print(events_table(hits, _actors_of(store, hits)))
        total = store.count_events(query=text)
        if hits and len(hits) < total:
            click.echo(f"showing {offset + 1}-{offset + len(hits)} of {total} matching events")
