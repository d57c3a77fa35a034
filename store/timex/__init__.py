"""Temporal tagger: find every date in news prose and normalise it to TimeML TIMEX3.

`tag` reads running text against its publication date; `parse_when` reads one date a user
typed. Both share the rule families below; see ../shared/DESIGN.md ("Date values").
"""

from __future__ import annotations

from datetime import date, datetime

from store.models import TimeMention, When

from .clockday import date_clocks_by_following_day
from .conjoined import add_conjoined
from .engine import run
from .offsets import join_day_offsets
from .parse import parse_when
from .rangeorder import order_ranges
from .rules import RULES
from .spans import widen_since


def tag(text: str, published: date) -> list[TimeMention]:
    """Every temporal expression in `text`, in order, normalised against `published`."""
    if not text:
        return []
    if isinstance(published, datetime):  # a timestamp: its calendar day
        published = published.date()
    mentions = run(text, published, RULES, strict=True)
    mentions = add_conjoined(text, mentions, published)
    join_day_offsets(text, mentions, published)
    order_ranges(text, mentions, published)
    date_clocks_by_following_day(text, mentions, published)
    widen_since(text, mentions, published)
    return mentions


__all__ = ["tag", "parse_when", "When", "TimeMention"]
