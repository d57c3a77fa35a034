"""Click callbacks that turn bad option values into one-line usage errors."""

from __future__ import annotations

from datetime import date

import click


def iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None
