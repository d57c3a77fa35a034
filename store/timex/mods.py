"""Period boundaries: "early June", "mid-2024", "late last year", "the end of the month".

TimeML 1.2.1 keeps the period's own value and says which part is meant in the TIMEX3
`mod` attribute (START, MID, END). The calendar range narrows to that part: the first,
middle or last third of the period counted in its natural sub-unit (months of a year or
quarter, days of a month or week, years of a decade or century), so "late last year"
covers September to December, not the whole year.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .values import Norm, add_months

_MOD = re.compile(
    r"(?i)^(?:the\s+)?(?:(?P<start>early|beginning\s+of|start\s+of|dawn\s+of|outset\s+of)"
    r"|(?P<mid>mid|middle\s+of|midway\s+through)"
    r"|(?P<end>late|end\s+of|close\s+of))(?:[-\s]|$)"
)
# the sub-unit a period is cut in, by the granularity of its value
_SUB = {"year": "month", "quarter": "month", "season": "month", "month": "day", "week": "day",
        "decade": "year", "century": "year"}  # fmt: skip


# TimeML 1.2.1 mod values of a quantity: "about three years", "more than a week"
_QUANTITY = (
    ("EQUAL_OR_LESS", re.compile(r"(?i)^(?:no\s+more\s+than|at\s+most|up\s+to)\s")),
    ("EQUAL_OR_MORE", re.compile(r"(?i)^(?:at\s+least|no\s+less\s+than)\s")),
    ("MORE_THAN", re.compile(r"(?i)^(?:more\s+than|over|well\s+over|upwards\s+of)\s")),
    ("LESS_THAN", re.compile(r"(?i)^(?:less\s+than|fewer\s+than|under)\s")),
    ("APPROX", re.compile(r"(?i)^(?:about|around|approximately|roughly|some|nearly|almost|"
                          r"close\s+to)\s")),
)  # fmt: skip


def mod_of(words: str, typ: str = "DATE") -> str:
    """The TIMEX3 mod of a mention's words: START, MID, END for a part of a date, a bound
    or APPROX for a quantity ("" when none)."""
    if typ == "DATE":
        m = _MOD.match(words)
        if m:
            return "START" if m["start"] else "MID" if m["mid"] else "END"
    for mod, rx_ in _QUANTITY:
        if rx_.match(words):
            return mod
    return ""


def _step(d: date, sub: str, k: int) -> date:
    if sub == "day":
        return d + timedelta(days=k)
    if sub == "month":
        return add_months(d, k)
    return date(min(max(d.year + k, 1), 9999), d.month, d.day)


def _count(start: date, end: date, sub: str) -> int:
    if sub == "day":
        return (end - start).days + 1
    if sub == "month":
        return (end.year - start.year) * 12 + end.month - start.month + 1
    return end.year - start.year + 1


def narrow(start: date, end: date, granularity: str, mod: str) -> tuple[date, date]:
    """The part of start..end a START / MID / END modifier names (a third, rounded up)."""
    sub = _SUB.get(granularity)
    if sub is None or not mod or end < start:
        return start, end
    n = _count(start, end, sub)
    k = -(-n // 3)
    if n < 2 or k >= n:
        return start, end
    first = {"START": 0, "MID": (n - k) // 2, "END": n - k}[mod]
    try:
        lo = _step(start, sub, first)
        hi = _step(start, sub, first + k) - timedelta(days=1)
    except (OverflowError, ValueError):
        return start, end
    return lo, min(hi, end)


def half_of(n: Norm, half: str | None) -> Norm:
    """ "the first half of the 1990s": the decade's (or century's) value, mod START or END,
    and the range of that half (no TIMEX3 value names half a decade)."""
    if not half:
        return n
    digits = len(n.value)  # "199" a decade, "19" a century
    span = 10 if digits == 3 else 100
    first = int(n.value) * span
    if not 1 <= first <= 9999 - span:
        return n
    mid = first + span // 2
    if half.lower() == "first":
        n.start, n.end, n.extra["mod"] = date(max(first, 1), 1, 1), date(mid - 1, 12, 31), "START"
    else:
        n.start, n.end, n.extra["mod"] = date(mid, 1, 1), date(first + span - 1, 12, 31), "END"
    n.extra["narrowed"] = True
    n.approximate = True
    return n
