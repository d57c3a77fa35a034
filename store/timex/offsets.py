"""A day counted from a named date: "the day before last Tuesday", "the day after Christmas".

TIMEX3 tags the whole phrase as one date (TIDES 2005 "the day after Christmas"); leaving
"the day before" out would put the event on the wrong day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from store.models import TimeMention

from .conjoined import DAY_VALUE, date_mention

_LEAD = re.compile(r"(?i)\b(?P<the>the\s+)?day\s+(?P<dir>before|after)\s+$")


def join_day_offsets(text: str, mentions: list[TimeMention], published: date) -> None:
    """Widen a day-precise DATE preceded by "the day before/after" to the whole phrase."""
    prev_end = 0
    for i, m in enumerate(mentions):
        left_from = max(prev_end, m.start - 24)
        prev_end = m.end
        if m.type != "DATE" or not DAY_VALUE.match(m.value):
            continue
        lead = _LEAD.search(text, left_from, m.start)
        if lead is None:
            continue
        step = 1 if lead["dir"].lower() == "after" else -1
        try:
            value = (date.fromisoformat(m.value) + timedelta(days=step)).isoformat()
        except (ValueError, OverflowError):
            continue
        mentions[i] = date_mention(text, lead.start(), m.end, value, published)
