"""`dateline parse`: show the date mentions the tagger finds in a text."""

from __future__ import annotations

from datetime import date

import click
from rich.table import Table

from tui.listing import plural
from tui.render import print_json, print_table
from tui.textsafe import plain
from tui.validate import iso_date


@click.command()
@click.argument("text")
@click.option(
    "--published",
    callback=iso_date,
    help="Publication date YYYY-MM-DD that relative dates are read against (default: today).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the mentions as JSON.")
def parse(text: str, published: date | None, as_json: bool) -> None:
    """Show every date mention in TEXT ('-' reads standard input)."""
    if text == "-":
        text = click.get_text_stream("stdin").read()
    from store import tag  # the date tagger loads here, not for every command

    mentions = tag(text, published or date.today())
    if as_json:
        print_json(mentions)
        return
    table = Table(title=plural(len(mentions), "date mention"), title_justify="left")
    for col in ("text", "type", "value", "range", "chars"):
        table.add_column(col)
    for m in mentions:
        w = m.when
        rng = " – ".join(d.isoformat() for d in (w.start, w.end) if d) if w.start or w.end else ""
        if w.approximate and rng:
            rng = "~ " + rng
        table.add_row(plain(m.text), m.type, plain(m.value), rng, f"{m.start}–{m.end}")
    print_table(table)
