"""Reporting order: a view's events by the day they were reported (their article's
publication date), then by when they happened.

The store keeps events in happening order only, so this order is laid out here, once per
view: every event of the view is read a batch at a time (StoreView reads each batch
under its lock, so the screen's page reads wait little) and only (day, doc id) pairs are
kept. A page is then read by doc id. An event without an article (added by hand) was
reported when it happened.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date

from store import Event
from tui.model.paged import DayCounts

BATCH = 2000  # events read per hold of the lock


def reported_day(event: Event, published: dict[str, date]) -> date | None:
    """The day an event was reported: Event.reported (its article's publication), else
    its article's date (an event filed before events kept it), else when it happened."""
    return event.reported or published.get(event.article_id or "") or event.when.start


def reporting_order(
    ids: Sequence[int],
    read: Callable[[Sequence[int]], list[Event]],
    published: dict[str, date],
    cancelled: Callable[[], bool] = lambda: False,
) -> tuple[DayCounts, list[int]] | None:
    """Per-day counts by reporting day and the doc ids (in happening order, as the store
    gives them) in reporting order; `read` reads a batch of them. None if cancelled
    midway. Events stay in happening order within a day (a stable sort)."""
    days: list[int] = []
    for lo in range(0, len(ids), BATCH):
        if cancelled():
            return None
        for event in read(ids[lo : lo + BATCH]):
            day = reported_day(event, published)
            days.append(day.toordinal() if day else 0)
    order = sorted(range(len(days)), key=days.__getitem__)
    per_day = Counter(d for d in days if d)
    counts = DayCounts.from_days(per_day, len(days))
    counts.coarse = False  # its days are reporting days: no coarse headings to split
    return counts, [ids[i] for i in order]
