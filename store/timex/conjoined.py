"""Bare day numbers joined to a full date: "April 24 and 25", "June 1, 2 and 3", "24 and 25 April",
"24-25 June".

TimeML tags each day on its own, and a reader wants both days on the timeline; the bare
number borrows its month and year from the date it is joined to.
"""

from __future__ import annotations

import re
from datetime import date

from store.models import TimeMention, When

from .ranges import value_range
from .values import clamp_day

DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_JOIN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
_ORD = r"(?:st|nd|rd|th)?"
# a day after the date: "... 24 and [25]" (not "24 and 25 people")
_AFTER = re.compile(_JOIN + r"(?P<d>[0-3]?\d)" + _ORD + r"\b(?![.,:/]?\d)")
# a day before a day-first date: "[24] and 25 April"
_BEFORE = re.compile(
    r"(?<![\w.,$/:-])(?P<d>[0-3]?\d)" + _ORD + r"(?:" + _JOIN + r"|\s*[-\u2013]\s*)$"
)
_FOLLOW_WORDS = frozenset(
    """and or in at on to of when while as but respectively this that last next before after
    with for from because by during until the a an his her their its""".split()
)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_STOP = re.compile(r"\s*(?:$|[.;:!?)\]\"'\u201d\u2019,(\u2014-])")


def ends_clause(text: str, pos: int) -> bool:
    """The number is not counting something: punctuation, a function word or a verb follows."""
    if _STOP.match(text, pos):
        return True
    m = _NEXT_WORD.match(text, pos)
    if m is None:
        return False
    w = m[1]
    return w.islower() and (w in _FOLLOW_WORDS or (len(w) > 3 and w.endswith("ed")))


def date_mention(text: str, s: int, e: int, value: str, published: date) -> TimeMention:
    """A DATE mention of text[s:e] with `value` and the calendar range it covers."""
    start, end, gran = value_range(value, published)
    when = When(text=text[s:e], value=value, type="DATE", start=start, end=end, granularity=gran)  # type: ignore[arg-type]
    return TimeMention(text=text[s:e], start=s, end=e, type="DATE", value=value, when=when)


def _day(value: str, d: int) -> str | None:
    m = DAY_VALUE.match(value)
    if not m:
        return None
    got = clamp_day(int(m[1]), int(m[2]), d)
    return got.isoformat() if got else None


def add_conjoined(text: str, mentions: list[TimeMention], published: date) -> list[TimeMention]:
    """`mentions` plus a DATE for each bare day number joined to a day-precise date."""
    out: list[TimeMention] = []
    for i, m in enumerate(mentions):
        prev_end = out[-1].end if out else 0
        nxt = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        if m.type == "DATE" and DAY_VALUE.match(m.value) and m.text[:1].isdigit():
            left = _BEFORE.search(text, max(prev_end, m.start - 12), m.start)
            if left is not None:
                v = _day(m.value, int(left["d"]))
                if v and v < m.value:
                    out.append(date_mention(text, left.start("d"), left.end("d"), v, published))
        out.append(m)
        if not (m.type == "DATE" and DAY_VALUE.match(m.value) and m.text[-1:].isalnum()):
            continue
        pos, last = m.end, m.value
        while True:
            got = _AFTER.match(text, pos, nxt)
            if got is None or not ends_clause(text, got.end()):
                break
            v = _day(last, int(got["d"]))
            if v is None or v <= last:
                break
            out.append(date_mention(text, got.start("d"), got.end("d"), v, published))
            pos, last = got.end(), v
    return out
