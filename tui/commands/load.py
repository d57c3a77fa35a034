"""`dateline load`: one story from a batch's Parquet datasets into the local store."""

from __future__ import annotations

from pathlib import Path

import click

from store import load_archive, require_scale
from tui.context import Ctx, pass_ctx


@click.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.argument("query")
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Store file to load into (default: the dateline --db store).",
)
@pass_ctx
def load(ctx: Ctx, folder: Path, query: str, db: Path | None) -> None:
    """Load the events QUERY matches in a `dateline batch` output FOLDER, with their
    articles, actors and quotes, into the store. The query is the search language, e.g.
    'actor:"Jane Roe" after:2021-01-01'. Loading twice changes nothing. Needs the scale
    extra: pip install 'dateline[scale]'.
    """
    require_scale()
    target = Ctx(db=db) if db is not None else ctx
    with target.open() as store:
        report = load_archive(store, folder, query)
    click.echo(
        f"loaded {report.events} events ({report.articles} new articles), "
        f"already present {report.present}, matched {report.matched}"
    )
