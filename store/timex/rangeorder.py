"""Two dates joined as a range ("from June 1 through June 15", "between Dec. 28 and Jan. 3")
read in order.

Each end is tagged on its own (TimeML), and each picks its year from the tense near it, so
the two can come out backwards ("will run from June 1 through June 15" read in late June:
next June, then this one). The end written without a year takes the year that puts it on
its side of the other: in a past clause the first moves back (the range ends by
publication), otherwise the second moves on; a first end moves back when only the second's
year is written. A date moved to another ("moved from June 10 to June 3") is no range, and
a move that would stretch the range past nine months is a misreading, not a span.
"""

from __future__ import annotations

import re
from datetime import date

from store.models import TimeMention

from .conjoined import date_mention
from .tense import tense_at
from .wordlists import section

_DAY_OR_MONTH = re.compile(r"^(\d{4})(-\d\d(?:-\d\d)?)$")
_JOINED = re.compile(r"\s*(?:to|through|thru|until|till|-|\u2013|\u2014)\s*$", re.I)
_AND = re.compile(r"\s*and\s*$", re.I)
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_WRITTEN_YEAR = re.compile(r"\d{4}|['\u2019]\d\d\b")
# only a month written in words moves by years ("from Thursday to Tuesday" is a week's matter)
_MONTH_WORD = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")
_RESCHEDULE = re.compile(
    r"(?i)\b(?:" + "|".join(sorted(section("reschedule", "RESCHEDULE_VERBS"))) + r")\b"
    r"(?:\s+[\w'-]+){0,4}?\s+from\s+$"
)
_LONGEST = 9  # months a range written backwards without years may span once in order


def _shift(value: str, years: int) -> str | None:
    m = _DAY_OR_MONTH.match(value)
    y = int(m[1]) + years if m else 0
    if not m or not 1 <= y <= 9999:
        return None
    moved = f"{y:04d}{m[2]}"
    return None if moved.endswith("-02-29") and not _leap(y) else moved


def _leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _joined(text: str, a: TimeMention, b: TimeMention) -> bool:
    between = text[a.end : b.start]
    if _JOINED.fullmatch(between):
        return True
    return bool(_AND.fullmatch(between) and _BETWEEN.search(text, max(0, a.start - 12), a.start))


def _moved(value: str, other: str, forward: bool) -> str | None:
    """`value` moved by whole years until it is on its side of `other` (same precision)."""
    for k in range(1, 3):
        got = _shift(value, k if forward else -k)
        if got is None:
            return None
        if (got >= other) if forward else (got <= other):
            return got
    return None


def _months(a: str, b: str) -> int:
    """Whole months from value a to value b (day ignored)."""
    return (int(b[:4]) - int(a[:4])) * 12 + int(b[5:7]) - int(a[5:7])


def order_ranges(text: str, mentions: list[TimeMention], published: date) -> None:
    """Put the ends of each "X to Y" range of plain day or month dates in order, in place."""
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if not (a.type == b.type == "DATE" and not a.mod and not b.mod):
            continue
        if len(a.value) != len(b.value) or not _DAY_OR_MONTH.match(a.value):
            continue
        if not _DAY_OR_MONTH.match(b.value) or b.value >= a.value or not _joined(text, a, b):
            continue
        if not (_MONTH_WORD.search(a.text) and _MONTH_WORD.search(b.text)):
            continue
        if _RESCHEDULE.search(text, max(0, a.start - 60), a.start):
            continue  # the old date and the new one
        a_year, b_year = _WRITTEN_YEAR.search(a.text), _WRITTEN_YEAR.search(b.text)
        if a_year and b_year:
            continue  # both years written: the text says so
        past = tense_at(text, a.start, a.end) in ("past", "done")
        if not a_year and (b_year or past):
            value, k = _moved(a.value, b.value, forward=False), i
            span = None if value is None else _months(value, b.value)
        else:
            value, k = _moved(b.value, a.value, forward=True), i + 1
            span = None if value is None else _months(a.value, value)
        if value is not None and span is not None and span <= _LONGEST:
            m = mentions[k]
            mentions[k] = date_mention(text, m.start, m.end, value, published)
