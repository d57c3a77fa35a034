"""Fiscal years: which fiscal year a story is on, and the calendar months of its quarters.

TE3 data writes a fiscal period with the fiscal year's number ("fiscal 1989" -> 1989, "the
fiscal first quarter" -> 1989-Q1): TIMEX3 has no FY form. The value keeps that convention;
when the story says when its fiscal year ends ("the fiscal year ending in June 2026"), a
fiscal quarter's range is its real months (July-September 2025), so the timeline places it
where it happened. A fiscal year is named for the calendar year it ends in.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .engine import Ctx
from .months import month_num
from .patterns import MONTH, YEAR, rx
from .values import add_months, month_year
from .years import year_num

Fiscal = tuple[int, int | None]  # (the fiscal year's number, the month it ends in)

# "(the fiscal year) ending in June", "ended Sept. 30, 2025", "that ends in March 2027"
_ENDING = rx(
    r"\s+(?:that\s+|which\s+)?(?P<verb>ended|ending|ends|closing|closed|closes)\s+"
    r"(?:in\s+|on\s+)?" + MONTH + r"(?:\s+[0-3]?\d(?:st|nd|rd|th)?\b)?(?:\s*,?\s*" + YEAR + r")?"
)
_FISCAL_WORD = re.compile(r"(?i)\b(?:fiscal|financial)\b")


def fiscal_end(ctx: Ctx, end: int, tense: str) -> Fiscal | None:
    """The fiscal year a closing date right after `end` names: "ending in June 2026" is
    fiscal 2026 ending in month 6; without a year, the June the tense points to."""
    e = _ENDING.match(ctx.text, end)
    if not e:
        return None
    mon = month_num(e, ctx)
    if mon is None:
        return None
    y = year_num(e["year"], ctx)
    if y is None:
        done = e["verb"].lower() in ("ended", "closed")
        y = month_year(ctx.dct, mon, "past" if done else tense)
    return y, mon


def names_fiscal(text: str) -> bool:
    return bool(_FISCAL_WORD.search(text))


def fiscal_range(fy: Fiscal, letter: str, n: int) -> tuple[date, date] | None:
    """Calendar days of the n-th quarter (Q) or half (H) of fiscal year `fy`, when the month
    it ends in is known and is not December (a calendar year needs no override)."""
    year, end_month = fy
    if not end_month or end_month == 12:
        return None
    first = date(year - 1, end_month + 1, 1)  # the fiscal year starts the month after
    months = 3 if letter == "Q" else 6
    start = add_months(first, months * (n - 1))
    return start, add_months(start, months) - timedelta(days=1)
