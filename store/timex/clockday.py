"""A clock time whose day comes after a parenthetical: "6:15 p.m. (0315 GMT), Thursday".

The clock rule reads a day written right after the time ("8 a.m. on March 6"); a converted
time in brackets between them hides that day, and the time fell back to publication or to
the day the text named last. TimeML
tags the two as separate timexes; the time's value takes the day the sentence gives it.
"""

from __future__ import annotations

import re
from datetime import date

from store.models import TimeMention

_PAREN_THEN_DAY = re.compile(r"\s*\([^()\n]{1,30}\)\s*,?\s*(?:on\s+)?$", re.I)
_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
_PUBLISHED_CLOCK = re.compile(r"^(\d{4}-\d\d-\d\d)(T\d\d(?::\d\d)?)$")


def date_clocks_by_following_day(text: str, mentions: list[TimeMention], published: date) -> None:
    """Re-date, in place, a TIME that fell back to publication, or to a day named earlier,
    when a day follows it."""
    days = {"published": published.isoformat()}
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        days[a.id] = a.value[:10]
        if a.type != "TIME" or b.type != "DATE" or a.when.anchor not in days:
            continue
        clock = _PUBLISHED_CLOCK.match(a.value)
        if not clock or clock[1] != days[a.when.anchor] or not _DAY.match(b.value):
            continue
        if not _PAREN_THEN_DAY.fullmatch(text, a.end, b.start):
            continue
        day = date.fromisoformat(b.value)
        value = b.value + clock[2]
        when = a.when.model_copy(update={"value": value, "start": day, "end": day, "anchor": b.id})
        mentions[i] = a.model_copy(update={"value": value, "when": when})
