"""`parse_when`: one user-typed date ("last Friday", "2025-06-21", "june 1 to june 5").

The same rules as the tagger, but case-insensitive and the whole input must be a date;
bare weekdays point to the past unless "next" says otherwise.
"""

from __future__ import annotations

from datetime import date

from store.errors import DateParseError
from store.models import When

from .engine import run


def parse_when(text: str, today: date) -> When:
    """Read `text` as one date against `today`; DateParseError if it is not a date."""
    from . import RULES

    s = " ".join((text or "").split())
    if not s:
        raise DateParseError("empty date")
    found = run(s, today, RULES, strict=False)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(s):
        return found[0].when
    raise DateParseError(f"not a date: {text.strip()!r}")
