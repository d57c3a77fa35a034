"""Fiscal years: the calendar months of a fiscal year, quarter or half.

TE3 data writes a fiscal period with the fiscal year's number ("fiscal 1989" -> 1989, "the
fiscal first quarter" -> 1989-Q1): TIMEX3 has no FY form. The value keeps that convention;
once the story says when its fiscal year ends ("the fiscal year ending in June 2026"), the
range is the real months (fiscal 2026 is July 2025 - June 2026), so the timeline places it
where it happened. A fiscal year is named for the calendar year it ends in. Pure date
arithmetic: the rules that find fiscal years are in quarters.py and years.py.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .values import add_months

_FISCAL_WORD = re.compile(r"(?i)\b(?:fiscal|financial)\b")
_YEAR_VALUE = re.compile(r"^\d{4}$")


def names_fiscal(text: str) -> bool:
    return bool(_FISCAL_WORD.search(text))


def fiscal_range(year: int, end_month: int | None, letter: str = "Y", n: int = 1):
    """Calendar days of fiscal year `year` (letter Y), or of its n-th quarter (Q) or half
    (H), when the month it ends in is known and is not December (then it is the calendar
    year and needs no override); None otherwise."""
    if not end_month or end_month == 12:
        return None
    first = date(year - 1, end_month + 1, 1)  # the fiscal year starts the month after
    months = {"Q": 3, "H": 6}.get(letter, 12)
    start = add_months(first, months * (n - 1))
    return start, add_months(start, months) - timedelta(days=1)


def fiscal_year_span(value: str, end_month: int | None) -> tuple[date, date] | None:
    """The days of a fiscal year written as its number ("fiscal 2026" -> 2026)."""
    if not _YEAR_VALUE.match(value):
        return None
    return fiscal_range(int(value), end_month)
