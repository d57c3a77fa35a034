"""Events per day, month or year, summed from the store's day_counts (for assertions).

The store hands the app per-day counts (date ordinal -> n); labelled periods are only
what tests compare, so they are summed here.
"""

from __future__ import annotations

from datetime import date

from store import EventStore


def density(
    store: EventStore,
    period: str = "month",
    query: str | None = None,
    *,
    actor: str | None = None,
    today: date | None = None,
) -> list[tuple[str, int]]:
    """[("2025-06", n), ...] oldest first, periods without events left out."""
    width = {"day": 10, "month": 7, "year": 4}[period]
    out: list[tuple[str, int]] = []
    days = store.day_counts(query, actor=actor, today=today)
    for day in sorted(days):
        if days[day] <= 0:
            continue
        label = date.fromordinal(day).isoformat()[:width]
        if out and out[-1][0] == label:
            out[-1] = (label, out[-1][1] + days[day])
        else:
            out.append((label, days[day]))
    return out
