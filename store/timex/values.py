"""Calendar arithmetic and TIMEX3 value strings.

Every rule computes its value through these helpers so that weeks, quarters and
seasons are written one way only (ISO weeks, "2025-Q3", "2025-SU", "199").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

# The TIMEX3 value grammar this tagger writes (used by tests and as a last guard).
VALUE_RE = re.compile(
    r"^(?:"
    r"PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|H|DE|CE|ML|WE|E|C|L))+"
    r"|PT(?:(?:\d+(?:\.\d+)?|X)[HMS])+"
    r"|P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D))+T(?:(?:\d+(?:\.\d+)?|X)[HMS])+"
    r"|(?:\d{4}|XXXX|\d{3}X?|\d{2}XX|\d{2})"
    r"(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-W(?:\d{2}|XX)(?:-(?:\d|WE|X))?"
    r"|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))?"
    r"(?:T(?:\d{2}(?::\d{2})?|MO|AF|EV|NI|MI|DT))?"
    r")$"
)


@dataclass
class Norm:
    """What a rule says a span means; the tagger turns it into a TimeMention."""

    type: str
    value: str
    approximate: bool = False
    start: date | None = None  # explicit range (durations, spans); else from the value
    end: date | None = None
    granularity: str | None = None
    anchor: str = "published"
    dated: bool = True  # may serve as the anchor of a later "two days later"
    # "start": the span begins later (a determiner); "end": it stops earlier ("from now")
    extra: dict = field(default_factory=dict)


def clamp_day(y: int, m: int, d: int) -> date | None:
    if not (1 <= m <= 12 and 1 <= y <= 9999):
        return None
    last = calendar.monthrange(y, m)[1]
    if not 1 <= d <= last:
        return None
    return date(y, m, d)


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    y = min(max(y, 1), 9999)
    m = m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def add_days(d: date, n: int) -> date:
    try:
        return d + timedelta(days=n)
    except OverflowError:
        return d


def day_value(d: date) -> str:
    return d.isoformat()


def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def month_value(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def quarter_value(y: int, q: int) -> str:
    return f"{y:04d}-Q{q}"


def shift_quarter(y: int, q: int, n: int) -> tuple[int, int]:
    k = y * 4 + (q - 1) + n
    return k // 4, k % 4 + 1


def year_value(y: int) -> str:
    return f"{y:04d}"


def season_of(d: date) -> tuple[int, str]:
    m = d.month
    if m in (3, 4, 5):
        return d.year, "SP"
    if m in (6, 7, 8):
        return d.year, "SU"
    if m in (9, 10, 11):
        return d.year, "FA"
    return (d.year if m == 12 else d.year - 1), "WI"


SEASON_ORDER = ("SP", "SU", "FA", "WI")


def season_year(dct: date, season: str, direction: int) -> int:
    """Year of the last (-1), current (0) or next (+1) such season relative to dct."""
    cy, cs = season_of(dct)
    k = cy * 4 + SEASON_ORDER.index(cs)
    t = SEASON_ORDER.index(season)
    if direction == 0:
        return cy if t >= SEASON_ORDER.index(cs) or cs == "WI" else cy
    cand = cy * 4 + t
    if direction < 0:
        while cand >= k:
            cand -= 4
        return cand // 4
    while cand <= k:
        cand += 4
    return cand // 4


def weekday_near(dct: date, weekday: int, direction: int) -> date:
    """The weekday on/before dct (direction -1), after dct (+1), or in dct's week (0)."""
    diff = weekday - dct.weekday()
    if direction < 0:
        return add_days(dct, diff if diff <= 0 else diff - 7)
    if direction > 0:
        return add_days(dct, diff if diff > 0 else diff + 7)
    return add_days(dct, diff)


def _pick_year(dct: date, month: int, day: int, tense: str) -> int:
    """The year putting (month, day) nearest dct; a date against the tense costs extra.

    Future markers (will, plans to) are reliable, past ones (any -ed word) less so.
    """
    best_y, best = dct.year, 1e9
    for y in (dct.year - 1, dct.year, dct.year + 1):
        dist = (y - dct.year) * 12 + (month - dct.month) + (day - dct.day) / 31
        cost = abs(dist)
        if tense == "before" and dist > 0:
            cost += 100
        elif tense == "past" and dist > 0.5:
            cost += 6
        elif tense == "done" and dist > 0.5:
            cost += 12
        elif tense == "future" and dist < -0.5:
            cost += 12

        if cost < best:
            best_y, best = y, cost
    return best_y


def month_year(dct: date, month: int, tense: str) -> int:
    """Year of a month named without one ("in January")."""
    return _pick_year(dct, month, 15 if month != dct.month else dct.day, tense)


def day_year(dct: date, month: int, day: int, tense: str) -> int:
    """Year of "Oct. 7" written without one."""
    return _pick_year(dct, month, day, tense)


def fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration_value(n: float | None, unit: str) -> str:
    """P-value for n units; n None means unknown ("several weeks" -> PXW)."""
    if unit == "fortnight" and n is not None:
        n, unit = n * 2, "week"
    if unit == "quarter":  # TimeBank writes quarters in months ("three quarters" -> P9M)
        n, unit = (None if n is None else n * 3), "month"
    if unit in ("decade", "century", "millennium"):
        # a counted one in years, as both TimeML dev files write it ("two decades" -> P20Y);
        # an uncounted one in its own TIDES unit ("for decades" -> PXDE, "centuries" -> PXCE)
        if n is None:
            return {"decade": "PXDE", "century": "PXCE", "millennium": "PXML"}[unit]
        n, unit = n * {"decade": 10, "century": 100, "millennium": 1000}[unit], "year"
    letter = {
        "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
        "weekend": "WE", "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y",
        "decade": "DE", "century": "CE", "millennium": "ML",
    }[unit]  # fmt: skip
    if n is None:
        q = "X"
    elif not float(n).is_integer():
        return _fraction_value(n, unit)
    else:
        q = str(int(n))
    if unit in ("second", "minute", "hour"):
        return f"PT{q}{letter}"
    return f"P{q}{letter}"


_SPLIT = {"year": ("Y", 12, "M", False), "month": ("M", 30, "D", False),
          "week": ("W", 7, "D", False), "day": ("D", 24, "H", False),
          "hour": ("H", 60, "M", True), "minute": ("M", 60, "S", True)}  # fmt: skip


def _fraction_value(n: float, unit: str) -> str:
    """ "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M, "1.5 days" -> P1DT12H."""
    if unit not in _SPLIT:
        return f"P{fmt_num(round(n, 2))}{unit[0].upper()}"
    big, k, small, timed = _SPLIT[unit]
    whole = int(n)
    rest = round((n - whole) * k)
    if unit == "week":
        return f"P{whole * 7 + rest}D"
    if unit == "day":
        head = f"P{whole}D" if whole else "P"
        return f"{head}T{rest}H"
    t = "T" if timed else ""
    head = f"{whole}{big}" if whole else ""
    return f"P{t}{head}{rest}{small}"
