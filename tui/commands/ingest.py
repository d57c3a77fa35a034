"""`dateline ingest`: read articles into the store, with progress and a summary."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from store import (
    ArticleInput,
    DatelineError,
    build_article,
    ingest_article,
    read_article_file,
    read_article_text,
)
from store.formats.articles import decode
from tui.context import Ctx, pass_ctx
from tui.validate import iso_date


def _inputs(paths: tuple[str, ...]) -> list[Path | str]:
    out: list[Path | str] = []
    for p in paths:
        if p == "-":
            out.append("-")
            continue
        path = Path(p)
        if path.is_dir():
            out.extend(
                sorted(f for f in path.rglob("*") if f.is_file() and f.suffix in (".txt", ".md"))
            )
        else:
            out.append(path)
    return out


def _read(item: Path | str) -> ArticleInput:
    if item == "-":
        data = click.get_binary_stream("stdin").read()
        return read_article_text(decode(data, "<stdin>"), "<stdin>")
    return read_article_file(Path(item))


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", callback=iso_date, help="Publication date YYYY-MM-DD.")
@click.option("--source", default="", help="Source name, e.g. CNN.")
@click.option("--url", default="", help="Source URL.")
@click.option("--title", default="", help="Article title.")
@pass_ctx
def ingest(
    ctx: Ctx,
    paths: tuple[str, ...],
    published: date | None,
    source: str,
    url: str,
    title: str,
) -> None:
    """Read articles (.txt, .md with front matter, folders, '-' for stdin) into the store.

    Relative dates ("last Friday") are read against the publication date, taken from
    the file's metadata or --published. Ingesting the same text twice changes nothing.
    """
    items = _inputs(paths)
    if not items:
        raise click.UsageError("no article files found in the given paths")
    added = present = 0
    failed: list[str] = []
    with ctx.open(create_dirs=False) as store:
        progress = Progress(
            TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), transient=True
        )
        with progress:
            task = progress.add_task("ingest", total=len(items))
            for item in items:
                try:
                    inp = _read(item)
                    inp.title = title or inp.title
                    inp.source = source or inp.source
                    inp.url = url or inp.url
                    result = ingest_article(store, build_article(inp, published))
                except DatelineError as exc:
                    failed.append(str(exc))
                else:
                    added += result.added
                    present += not result.added
                progress.advance(task)
    for reason in failed:
        click.echo(f"failed: {reason}", err=True)
    click.echo(f"ingested {added}, already present {present}, failed {len(failed)}")
    if failed and not (added or present):
        raise SystemExit(1)
