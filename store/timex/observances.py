"""A weekday naming a weekly observance ("Friday prayers", "Sunday school"): the habit has
no day of its own, but one such day placed in time is a day ("after Friday prayers",
"Friday prayers on June 6"). relative.py's weekday rule asks here."""

from __future__ import annotations

import re
from datetime import date

from .engine import Ctx
from .months import month_num
from .patterns import DAY, MONTH
from .values import day_year
from .wordlists import is_listed, section

_OBSERVANCES = section("nonmarkables", "WEEKDAY_OBSERVANCES")
_WORD_AFTER = re.compile(r"\s+(?P<w>[a-z]+)\b")
# a preposition placing the observance in time: "after/before/during Friday prayers", and
# the day words of the weekday rule ("on Friday after prayers", "last Friday")
_TIME_BEFORE = re.compile(
    r"(?i)\b(?:after|before|during|following|on|by|since|until|till|last|next|this|early|"
    r"late|from)\s+$"
)
_MONTH_DAY = re.compile(rf"{MONTH}\s+{DAY}")
_REACH = 60  # characters either side, within the line: "in reach" of the weekday


def is_observance(m: re.Match[str], text: str) -> bool:
    """The weekday `m` is followed by an observance noun ("Friday prayers")."""
    nxt = _WORD_AFTER.match(text, m.end())
    return nxt is not None and is_listed(nxt["w"], _OBSERVANCES)


def placed_in_time(m: re.Match[str], text: str) -> bool:
    """ "after Friday prayers": a time preposition places one occurrence."""
    return _TIME_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None


def dated_in_reach(m: re.Match[str], ctx: Ctx, weekday: int) -> date | None:
    """The day of a month-day date in reach that falls on `weekday` ("Friday prayers on
    June 6" when June 6 is a Friday), else None."""
    lo = ctx.text.rfind("\n", max(0, m.start() - _REACH), m.start()) + 1
    hi = ctx.text.find("\n", m.end(), m.end() + _REACH)
    hi = hi if hi >= 0 else min(len(ctx.text), m.end() + _REACH)
    for d in _MONTH_DAY.finditer(ctx.text, max(lo, m.start() - _REACH), hi):
        mon = month_num(d, ctx)
        if mon is None:
            continue
        day = int(d["day"])
        try:
            found = date(day_year(ctx.dct, mon, day, ctx.tense(m)), mon, day)
        except ValueError:
            continue
        if found.weekday() == weekday:
            return found
    return None
