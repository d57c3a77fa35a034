"""`parse_when`: one user-typed date ("last Friday", "2025-06-21", "june 1 to june 5").

The same rules as the tagger, case-insensitive, and the whole input must be a date (a
leading preposition such as "on" or "over" is allowed). Ranges ("X to Y", "between X
and Y", "since X", "before X") join two readings; TIMEX3 values ("2024-Q3", "2025-W25")
are read as written; bare weekdays point to the past unless "next".
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from store.errors import DateParseError
from store.models import When

from .engine import run
from .ranges import value_range
from .rules import RULES
from .values import VALUE_RE, add_days, add_months, clamp_day, day_year

_LEAD = re.compile(r"^(?:on|in|at|over|during|by|around|about|circa|for)\s+", re.I)
_SINCE = re.compile(r"^(?:since|from)\s+(.+)$", re.I)
_AFTER = re.compile(r"^after\s+(.+)$", re.I)
_UNTIL = re.compile(r"^(?:until|till|up\s+to|through)\s+(.+)$", re.I)
_BEFORE = re.compile(r"^before\s+(.+)$", re.I)
_IN = re.compile(r"^(?:in|within)\s+(.+)$", re.I)
_RANGE = re.compile(
    r"^(?:from\s+|between\s+)?(.+?)\s*(?:\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b|"
    r"\band\b|\s[-\u2013\u2014]\s|[-\u2013\u2014](?=\s*[a-z])|(?<=\d)[-\u2013](?=\d))\s*(.+)$",
    re.I,
)
# words first: "2025-06-02 to 2025-06-05" must not split at the first hyphen
_RANGE_WORDS = re.compile(
    r"^(?:from\s+|between\s+)?(.+?)\s+(?:to|until|till|through|thru|and|[-\u2013\u2014])\s+(.+)$",
    re.I,
)
_SHORT_YEAR = re.compile(r"^\d\d$")
_DAY_ONLY = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?$", re.I)
_MONTH_LEAD = re.compile(r"^([a-z]+\.?)\s+\d", re.I)
_YEAR_IN = re.compile(r"\b(1\d{3}|2\d{3})\b")
_MONTH_DAY = re.compile(r"^(\d{1,2})/(\d{1,2})$")
_BARE_PERIOD = re.compile(r"^([QH])([1-4])(?:\s*,?\s*(\d{4}))?$", re.I)
_ISO_UNPADDED = re.compile(r"\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b(?!-)")  # "2025-6-2"
_OFFSET = re.compile(
    r"^(?:the\s+(?P<the>day|week|month|year)|(?P<len>.+?))\s+(?P<dir>before|after)\s+"
    r"(?P<anchor>.+)$",
    re.I,
)
_DUR = re.compile(r"^P(\d{1,4})([DWMY])$")
_CALENDAR = re.compile(r"^\d{4}-\d\d(?:-\d\d)?$")  # a month or a day
# a month, or a day of one, written without a year ("january", "jan. 3", "3rd of march")
_MONTH_NAMED = re.compile(
    r"^(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?$",
    re.I,
)
_EDGE_WORD = re.compile(r"^(?:end|beginning|start|middle)\s+of\s+", re.I)


def _one(s: str, today: date) -> When | None:
    s = s.strip(" ,.")
    cands = [s, _LEAD.sub("", s)]
    if _EDGE_WORD.match(s):
        cands.append("the " + s)  # "end of june"
    for cand in cands:
        if not cand:
            continue
        found = run(cand, today, RULES, strict=False)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(cand):
            w = found[0].when
            w.text = s
            return w
    return _literal(s, today)


def _literal(s: str, today: date) -> When | None:
    """TIMEX3 values and short forms typed as such: 2024-Q3, 2025-W25, Q1, 6/21."""
    m = _BARE_PERIOD.match(s)
    if m:
        if m[1].upper() == "H" and int(m[2]) > 2:
            return None
        s = f"{int(m[3] or today.year):04d}-{m[1].upper()}{m[2]}"
    m = _MONTH_DAY.match(s)
    if m:
        mon, day = int(m[1]), int(m[2])
        d = clamp_day(day_year(today, mon, day, "past"), mon, day)
        return When(text=s, value=d.isoformat(), start=d, end=d) if d else None
    value = s.upper()
    if not VALUE_RE.match(value) or value.startswith("P") or value.endswith("_REF"):
        return None
    start, end, gran = value_range(value, today)
    if start is None:
        return None
    return When(text=s, value=value, start=start, end=end, granularity=gran)  # type: ignore[arg-type]


def _range(a: str, b: str, today: date, text: str) -> When | None:
    if _SHORT_YEAR.match(b.strip()) and re.fullmatch(r"\d{4}", a.strip()):
        b = a.strip()[:2] + b.strip()  # "2024-25": the century carries over
    if _DAY_ONLY.match(b.strip()):  # "june 1-5": the month carries over
        m = _MONTH_LEAD.match(a.strip())
        if m:
            b = f"{m[1]} {b}"
    year = _YEAR_IN.search(b)
    if year and not _YEAR_IN.search(a):  # "jan-mar 2024": the year carries back
        first = _one(f"{a} {year[1]}", today) or _one(a, today)
    else:
        first = _one(a, today)
    second = _one(b, today)
    if first is None or second is None or first.start is None or second.end is None:
        return None
    if _MONTH_NAMED.match(b.strip()) and _CALENDAR.match(first.value):
        # "december 2030 to january": the first january ending on or after the start, not
        # the one the word alone points to (which lay a year further on)
        second.end = _first_end_after(second.value, first.start, today) or second.end
    if second.end < first.start and not year:
        second.end = _year_after(second.end, first.start)  # "march to may" typed in December
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


def _first_end_after(value: str, floor: date, today: date) -> date | None:
    """The end of the month or day `value` names (its year dropped) in the first year where
    that end is not before `floor`."""
    for y in range(floor.year, min(floor.year + 8, 9999) + 1):  # Feb 29 waits for a leap year
        end = value_range(f"{y:04d}{value[4:]}", today)[1]
        if end is not None and end >= floor:
            return end
    return None


def _year_after(d: date, floor: date) -> date:
    """`d` moved on by whole years until it is not before `floor` (Feb 29 clamped)."""
    years = max(floor.year - d.year - 1, 0)
    while (moved := add_months(d, 12 * years)) < floor and moved.year < 9999:
        years += 1
    return moved


def _offset(s: str, today: date) -> When | None:
    """ "two days before christmas", "a week after june 5": a day-precise date moved by a
    length (TIDES 2005 reads "the day after Christmas" as one date); "the week after june 5"
    is the week next to that day."""
    m = _OFFSET.match(s)
    if not m:
        return None
    anchor = _one(m["anchor"], today)
    if anchor is None or anchor.start is None or anchor.start != anchor.end:
        return None
    if m["the"]:
        n, unit = 1, m["the"][0].upper()
    else:
        length = _one(m["len"], today)
        dur = _DUR.match(length.value) if length is not None and length.type == "DURATION" else None
        if dur is None:
            return None
        n, unit = int(dur[1]), dur[2]
    sign = -1 if m["dir"].lower() == "before" else 1
    try:
        day = _moved_by(anchor.start, sign * n, unit)
        if m["the"] and unit != "D":
            # "the week after june 5": the week that follows the day, not the one day a
            # week on; "the month before march 3" the month up to the day before it
            if sign > 0:
                start, end = anchor.start + timedelta(days=1), day
            else:
                start, end = day, anchor.start - timedelta(days=1)
            return When(text=s, value=start.isoformat(), start=start, end=end)
    except OverflowError:
        return None
    return When(text=s, value=day.isoformat(), start=day, end=day)


def _moved_by(d: date, n: int, unit: str) -> date:
    """`d` moved by n days, weeks, months or years."""
    if unit in "DW":
        return d + timedelta(days=n * (7 if unit == "W" else 1))
    return add_months(d, n * (12 if unit == "Y" else 1))


def _in(s: str, today: date) -> When | None:
    """ "in 3 days": the day a duration from today lands on."""
    m = _IN.match(s)
    if not m:
        return None
    w = _one(m[1], today)
    if w is None or w.type != "DURATION" or w.end is None:
        found = run(s, today, RULES, strict=False)  # the tagger dates "in N units" itself
        if len(found) == 1 and found[0].type == "DURATION" and found[0].when.end:
            w = found[0].when
        else:
            return None
    end = w.end
    assert end is not None
    start = end if s.lower().startswith("in ") else today
    return When(text=s, value=end.isoformat(), start=start, end=end, approximate=w.approximate)


def _pad(m: re.Match[str]) -> str:
    if not m[3] and len(m[2]) == 2:
        return m[0]  # "2025-06" is already a value; "2024-25" is a range of years
    return f"{m[1]}-{int(m[2]):02d}" + (f"-{int(m[3]):02d}" if m[3] else "")


def parse_when(text: str, today: date) -> When:
    """Read `text` as one date (or range) against `today`; DateParseError if it is not one."""
    s = _ISO_UNPADDED.sub(_pad, " ".join((text or "").split()))  # typed dates need no zeros
    if not s:
        raise DateParseError("empty date")
    if isinstance(today, datetime):
        today = today.date()
    if len(s) > 200:
        raise DateParseError("date too long")
    w = _in(s, today)
    if w is not None:
        return w
    w = _one(s, today)
    if w is not None and w.type != "DURATION":
        return w
    for rx_, make in (
        (_SINCE, lambda w: (w.start, max(today, w.start))),
        (_AFTER, lambda w: (add_days(w.end, 1), None)),
        (_UNTIL, lambda w: (None, w.end)),
        (_BEFORE, lambda w: (None, w.start - timedelta(days=1))),
    ):
        m = rx_.match(s)
        if not m:
            continue
        inner = _one(m[1], today)
        if inner is None or inner.start is None or inner.end is None:
            continue
        try:
            inner.start, inner.end = make(inner)
        except OverflowError:
            continue
        inner.text = s
        return inner
    w_off = _offset(s, today)
    if w_off is not None:
        return w_off
    for rx_ in (_RANGE_WORDS, _RANGE):
        m = rx_.match(s)
        if m:
            r = _range(m[1], m[2], today, s)
            if r is not None:
                return r
    if w is not None and (w.start is not None or w.end is not None):
        return w  # "the past 30 days"; a bare length ("three days") is not a date
    raise DateParseError(f"not a date: {text.strip()!r}")
