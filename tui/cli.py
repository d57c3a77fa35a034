"""The `dateline` command: the app by default, subcommands for everything else."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import click

from store import DatelineError, EventStore, default_store_path, ingest_paths
from tui.commands.actor import actor
from tui.commands.add import add
from tui.commands.batch import batch
from tui.commands.export import export, import_
from tui.commands.ingest import ingest
from tui.commands.load import load
from tui.commands.parse import parse
from tui.commands.query import actors, events, quotes, search
from tui.commands.stories import stories
from tui.context import Ctx
from tui.textsafe import say

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="DATELINE_DB",
    help=f"Store file (default here: {default_store_path()}; DATELINE_DB sets it).",
)
@click.version_option(package_name="dateline")
@click.pass_context
def cli(ctx: click.Context, db: Path | None) -> None:
    """dateline: a terminal timeline explorer for the news.

    With no command, opens the explorer on the store.
    """
    ctx.obj = Ctx(db=db)
    if ctx.invoked_subcommand is None:
        store = ctx.obj.open()
        store.close()
        run_app(ctx.obj.path)


def run_app(path: Path) -> None:
    from tui.app import DatelineApp

    DatelineApp(path).run()


def load_fixtures(store: EventStore, folder: Path = FIXTURES) -> int:
    """The fixture articles, through the one ingest pipeline (in this process)."""
    report = ingest_paths(store, [str(folder)], workers=1)
    if report.failed:
        raise DatelineError(report.failed[0])
    return len(report.added) + report.present


@cli.command()
@click.option(
    "--keep",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the demo store to this file instead of a temporary one.",
)
@click.option("--no-app", is_flag=True, help="Build the demo store and print its path only.")
def demo(keep: Path | None, no_app: bool) -> None:
    """Open the explorer on a fresh store holding the bundled fixture articles."""
    with tempfile.TemporaryDirectory(prefix="dateline-demo-") as tmp:
        path = keep or Path(tmp) / "demo.json"
        with EventStore(path) as store:
            n = load_fixtures(store)
        if no_app:
            say(f"{path}: {n} fixture articles")
            return
        run_app(path)


for command in (ingest, add, events, actors, quotes, search, stories, parse, export, import_):
    cli.add_command(command)
cli.add_command(actor)
cli.add_command(batch)
cli.add_command(load)


def main(argv: list[str] | None = None) -> None:
    """Entry point: user mistakes become one line on stderr and a non-zero exit."""
    try:
        cli.main(args=argv, prog_name="dateline", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.UsageError as exc:
        where = exc.ctx.command_path if exc.ctx is not None else "dateline"
        say(f"{where}: error: {exc.format_message()} (see '{where} --help')", err=True)
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        say(f"dateline: error: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except DatelineError as exc:
        say(f"dateline: error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
