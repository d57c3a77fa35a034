"""Listing commands: events, actors, quotes, search."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Sequence

import click

from store import EventStore, search_quotes
from tui.context import Ctx, pass_ctx
from tui.listing import count_line, write_json, write_lines
from tui.pager import paged
from tui.render import actors_table, print_json, print_table, quotes_table


class QueryCommand(click.Command):
    """A command whose QUERY words may start with a dash: `search -ceasefire talks`.

    click would read `-ceasefire` as the short options -c -e -a ... (and `-obama` as
    `-o bama`), and has no setting for "a dash word that is not one of my options is an
    argument" (ignore_unknown_options still splits a cluster into the options it knows).
    So, before click parses, each such word is swapped for a stand-in that cannot look
    like an option, and swapped back in QUERY afterwards; click does all the rest
    (options, values, `--`, errors such as an unknown `--x`).
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        options = _option_words(self.get_params(ctx), ctx.help_option_names)
        shielded, words = _shield(args, options)
        rest = super().parse_args(ctx, shielded)
        query = ctx.params.get("query")
        if words and query is not None:
            ctx.params["query"] = tuple(words.get(w, w) for w in query)
        return rest


def _option_words(params: list[click.Parameter], help_names: list[str]) -> dict[str, bool]:
    """Every token click reads as an option of these params -> whether a value follows
    it as the next token (False for flags, and for a short choice option written with
    its value attached: -fcsv)."""
    words = dict.fromkeys(help_names, False)
    for param in params:
        if not isinstance(param, click.Option):
            continue
        for name in (*param.opts, *param.secondary_opts):
            words[name] = not (param.is_flag or param.count)
            if len(name) == 2 and isinstance(param.type, click.Choice):
                words.update(dict.fromkeys((name + str(c) for c in param.type.choices), False))
    return words


def _shield(args: list[str], options: dict[str, bool]) -> tuple[list[str], dict[str, str]]:
    """`args` with each dash word (single dash, not an option, not an option's value,
    not after `--`) swapped for a stand-in; and stand-in -> word."""
    out: list[str] = []
    words: dict[str, str] = {}
    value_next = False
    for i, arg in enumerate(args):
        if arg == "--" and not value_next:
            return out + args[i:], words
        dashed = len(arg) > 1 and arg.startswith("-") and not arg.startswith("--")
        is_word = dashed and not value_next and arg not in options
        value_next = not value_next and options.get(arg, False)
        if is_word:
            key = f"\x00{len(words)}"  # no option starts with NUL
            words[key] = arg
            arg = key
        out.append(arg)
    return out, words


json_option = click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead.")
limit_option = click.option(
    "--limit", type=click.IntRange(min=1), default=None, help="Show at most N events."
)
offset_option = click.option(
    "--offset", type=click.IntRange(min=0), default=0, help="Skip the first N events."
)
pager_option = click.option(
    "--no-pager",
    is_flag=True,
    help="Print straight to the terminal instead of through $PAGER (less).",
)


@click.command()
@json_option
@click.option(
    "--actor",
    help="Only events with this actor: an id, a name or an alias (case and accents aside), "
    "else names starting with its words; the same match as search's actor:.",
)
@limit_option
@offset_option
@pager_option
@pass_ctx
def events(
    ctx: Ctx, as_json: bool, actor: str | None, limit: int | None, offset: int, no_pager: bool
) -> None:
    """List the events in the store, sorted by date.

    Rows are printed as they are read; on a terminal they page through $PAGER
    (less; DATELINE_PAGER or PAGER=cat to turn it off, as with git log).
    """
    with ctx.open() as store:
        if actor is not None and not store.actors_named(actor):
            raise click.UsageError(f"no actor named {actor!r}")
        ids = store.event_ids(offset, limit, actor=actor)
        total = store.count_events(actor=actor)
        _emit(store, ids, total, offset, as_json=as_json, page=not no_pager)


def _emit(
    store: EventStore,
    ids: Sequence[int],
    total: int,
    offset: int,
    *,
    as_json: bool,
    page: bool,
    noun: str = "event",
) -> None:
    """Stream the events of `ids`: a JSON array, or a heading and one line per event."""
    with paged(page) as out:
        if as_json:
            write_json(out, store.iter_event_json(ids))
            return
        out.write(count_line(total, noun, offset, len(ids)) + "\n")
        on_terminal = out.isatty() or out is not sys.stdout  # not stdout: the pager's pipe
        width = shutil.get_terminal_size().columns if on_terminal else None
        write_lines(out, store.iter_events(ids), _namer(store), width=width)


def _namer(store: EventStore) -> Callable[[str], str]:
    """Actor id -> name, looked up once each (a big store has thousands of actors)."""
    names: dict[str, str] = {}

    def name(actor_id: str) -> str:
        if actor_id not in names:
            found = store.actor(actor_id)
            names[actor_id] = found.name if found is not None else actor_id
        return names[actor_id]

    return name


@click.command()
@click.argument("name", nargs=-1)
@json_option
@click.option("--all", "show_all", is_flag=True, help="Also list actors no event names.")
@pager_option
@pass_ctx
def actors(ctx: Ctx, name: tuple[str, ...], as_json: bool, show_all: bool, no_pager: bool) -> None:
    """List the actors (people, organisations, places, groups) with their event counts,
    or those NAME means (as actor:NAME reads it: name, alias or id, case and accents
    aside, else names whose words start with NAME's words).

    Actors that no event names any more (their events were deleted or moved) are left
    out unless --all is given.
    """
    with ctx.open() as store:
        counts = store.actor_event_counts()
        pool = store.actors_named(" ".join(name)) if name else store.actors()
        acts = [a for a in pool if show_all or counts.get(a.id, 0) > 0]
        if as_json:
            print_json(acts)
        else:
            print_table(actors_table(acts, counts), page=not no_pager)


@click.command(cls=QueryCommand)
@click.argument("query", nargs=-1)
@json_option
@pager_option
@pass_ctx
def quotes(ctx: Ctx, query: tuple[str, ...], as_json: bool, no_pager: bool) -> None:
    """List the direct quotes with their speakers, or those matching QUERY.

    \b
    QUERY is the search language, read against each quote: words and "phrases"
    match the quote and its speaker's names, actor:NAME and kind: the speaker,
    source:NAME the article, and date filters (after:, before:, on:, date:A..B)
    the date of the quote's event; -word excludes.
    """
    with ctx.open() as store:
        qs = search_quotes(store, " ".join(query)) if query else store.quotes()
        if as_json:
            print_json(qs)
        else:
            print_table(quotes_table(qs, {a.id: a for a in store.actors()}), page=not no_pager)


@click.command(cls=QueryCommand)
@click.argument("query", nargs=-1, required=True)
@json_option
@click.option("--by-date", is_flag=True, help="Sort by date instead of by rank.")
@limit_option
@offset_option
@pager_option
@pass_ctx
def search(
    ctx: Ctx,
    query: tuple[str, ...],
    as_json: bool,
    by_date: bool,
    limit: int | None,
    offset: int,
    no_pager: bool,
) -> None:
    """Search events.

    \b
    Words match titles, sentences, quotes and actors (case and accent
    insensitive; word prefixes: ceasef finds ceasefire); "quoted phrases"
    match whole words in sequence, whatever punctuation stands between them,
    and weigh double.
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
        ids = store.event_ids(offset, limit, query=text, sort=sort)
        total = store.count_events(query=text)
        _emit(store, ids, total, offset, as_json=as_json, page=not no_pager, noun="matching event")
