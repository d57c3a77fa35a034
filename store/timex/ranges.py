"""Calendar range (inclusive start/end dates) and granularity of a TIMEX3 value.

The timeline sorts and filters on these dates, so every value the tagger writes must
map to a range here; vague references get an open end at the publication date.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .values import add_days, add_months

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE|-\d)?")
_MONTH = re.compile(r"^(\d{4})-(\d{2})(?:$|T)")
_QUARTER = re.compile(r"^(\d{4})-([QH])([1-4])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})(?:$|T)")
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")
_DUR = re.compile(r"^P(?:T)?(\d+(?:\.\d+)?)(Y|M|W|D|Q|H|DE|CE)$")

Range = tuple[date | None, date | None, str]


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def value_range(value: str, published: date) -> Range:
    """(start, end, granularity) for a DATE/TIME value; (None, None, "vague") if unknown."""
    try:
        return _range(value, published)
    except (ValueError, OverflowError):
        return None, None, "vague"


def _range(value: str, published: date) -> Range:
    if value == "PRESENT_REF":
        return published, published, "day"
    if value == "PAST_REF":
        return None, published, "vague"
    if value == "FUTURE_REF":
        return published, None, "vague"
    m = _DAY.match(value)
    if m:
        d = _safe(int(m[1]), int(m[2]), int(m[3]))
        return d, d, "day"
    m = _WEEK.match(value)
    if m:
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3] == "-WE":
            return monday + timedelta(days=5), monday + timedelta(days=6), "week"
        if m[3]:
            d = monday + timedelta(days=int(m[3][1:]) - 1)
            return d, d, "day"
        return monday, monday + timedelta(days=6), "week"
    m = _MONTH.match(value)
    if m:
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, 1), _month_end(y, mo), "month"
    m = _QUARTER.match(value)
    if m:
        y, n = int(m[1]), int(m[3])
        size = 3 if m[2] == "Q" else 6
        first = (n - 1) * size + 1
        return date(y, first, 1), _month_end(y, first + size - 1), "quarter"
    m = _SEASON.match(value)
    if m:
        y = int(m[1])
        first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m[2]]
        start = date(y, first, 1)
        return start, add_days(add_months(start, 3), -1), "season"
    m = _YEAR.match(value)
    if m:
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31), "year"
    m = _DECADE.match(value)
    if m:
        y = int(m[1]) * 10
        return date(max(y, 1), 1, 1), date(y + 9, 12, 31), "decade"
    m = _CENTURY.match(value)
    if m:
        y = int(m[1]) * 100
        return date(max(y, 1), 1, 1), date(y + 99, 12, 31), "century"
    return None, None, "vague"


def duration_days(value: str) -> float | None:
    """Approximate length in days of a simple P-value (P2D -> 2, P18M -> ~548)."""
    m = _DUR.match(value)
    if not m:
        return None
    n = float(m[1])
    if value.startswith("PT"):
        return n / {"H": 24, "M": 1440, "S": 86400}.get(m[2], 24)
    per = {"Y": 365.25, "M": 30.44, "W": 7, "D": 1, "Q": 91.3, "H": 182.6, "DE": 3652.5}
    return n * per.get(m[2], 36525)


_DUR_ANY = re.compile(r"^P(?:T)?(?:\d+(?:\.\d+)?|X)(Y|M|W|D|Q|H|DE|CE)$")


def duration_granularity(value: str) -> str:
    """ "P3Y", "PXY" -> year; clock durations ("PT2H") and mixed ones -> day."""
    m = _DUR_ANY.match(value)
    if not m or value.startswith("PT"):
        return "day"
    return {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter",
            "DE": "decade", "CE": "century"}.get(m[1], "vague")  # fmt: skip
