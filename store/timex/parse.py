"""`parse_when`: one user-typed date ("last Friday", "2025-06-21", "june 1 to june 5").

The same rules as the tagger, case-insensitive, and the whole input must be a date (a
leading preposition such as "on" or "over" is allowed). Ranges ("X to Y", "between X
and Y", "since X") join two readings; bare weekdays point to the past unless "next".
"""

from __future__ import annotations

import re
from datetime import date

from store.errors import DateParseError
from store.models import When

from .engine import run

_LEAD = re.compile(r"^(?:on|in|at|over|during|by|around|about|circa|for)\s+", re.I)
_SINCE = re.compile(r"^(?:since|after|from)\s+(.+)$", re.I)
_UNTIL = re.compile(r"^(?:until|till|before|up\s+to)\s+(.+)$", re.I)
_RANGE = re.compile(
    r"^(?:from\s+|between\s+)?(.+?)\s*(?:\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b|"
    r"\band\b|\s[-\u2013\u2014]\s|[-\u2013\u2014](?=\s*[a-z])|(?<=\d)[-\u2013](?=\d))\s*(.+)$",
    re.I,
)
_DAY_ONLY = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?$", re.I)
_MONTH_LEAD = re.compile(r"^([a-z]+\.?)\s+\d", re.I)


def _one(s: str, today: date) -> When | None:
    from . import RULES

    s = s.strip(" ,.")
    for cand in (s, _LEAD.sub("", s)):
        if not cand:
            continue
        found = run(cand, today, RULES, strict=False)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(cand):
            w = found[0].when
            w.text = s
            return w
    return None


def _range(a: str, b: str, today: date, text: str) -> When | None:
    first = _one(a, today)
    if first is None:
        return None
    if _DAY_ONLY.match(b.strip()):  # "june 1-5": the month carries over
        m = _MONTH_LEAD.match(a.strip())
        if m:
            b = f"{m[1]} {b}"
    second = _one(b, today)
    if second is None or first.start is None or second.end is None:
        return None
    if second.end < first.start:
        return None
    return When(
        text=text,
        value=first.value,
        type=first.type,
        start=first.start,
        end=second.end,
        granularity=first.granularity,
        approximate=first.approximate or second.approximate,
    )


def parse_when(text: str, today: date) -> When:
    """Read `text` as one date (or range) against `today`; DateParseError if it is not one."""
    s = " ".join((text or "").split())
    if not s:
        raise DateParseError("empty date")
    if len(s) > 200:
        raise DateParseError("date too long")
    w = _one(s, today)
    if w is not None:
        return w
    m = _SINCE.match(s)
    if m:
        w = _one(m[1], today)
        if w is not None and w.start is not None:
            w.text, w.end = s, max(today, w.start)
            return w
    m = _UNTIL.match(s)
    if m:
        w = _one(m[1], today)
        if w is not None and w.end is not None:
            w.text, w.start = s, None
            return w
    m = _RANGE.match(s)
    if m:
        w = _range(m[1], m[2], today, s)
        if w is not None:
            return w
    raise DateParseError(f"not a date: {text.strip()!r}")
