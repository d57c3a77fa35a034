"""Ranges the words around a mention imply: "since October 7, 2023" runs up to publication.

TimeML keeps the value of the date itself; only the When range (start/end) is widened.
("June 1-5" and "1990-1995" are read as one range by their rules in absolute.py and years.py.)
"""

from __future__ import annotations

import re
from datetime import date

from store.models import TimeMention

_SINCE = re.compile(r"(?i)\bsince\b[^.;!?\n]{0,60}$")
_OTHER_DATE_WORD = re.compile(r"(?i)\b(?:until|till|through|to|and)\b")


def widen_since(text: str, mentions: list[TimeMention], published: date) -> None:
    """A date after "since" in the same clause is the start of a span up to publication."""
    prev_end = 0
    for m in mentions:
        left = text[max(prev_end, m.start - 64) : m.start]
        prev_end = m.end
        if m.type not in ("DATE", "TIME") or m.when.start is None:
            continue
        hit = _SINCE.search(left)
        if hit and not _OTHER_DATE_WORD.search(left[hit.end() :]):
            if m.when.start <= published:
                m.when.end = published
