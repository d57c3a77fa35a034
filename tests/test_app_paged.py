"""The timeline's virtual rows: headings from per-day counts, events fetched by page."""

from __future__ import annotations

from datetime import date, timedelta

from store import Event, When
from tui.model.paged import DayCounts, Heading, PagedEvents, TimelineRows

START = date(2024, 12, 30)


def make_events(n: int, undated: int = 1) -> list[Event]:
    """`undated` events without a date, then one event every other day from START."""
    out = [Event(id=f"u{i}", when=When(value="PAST_REF"), title=f"u{i}") for i in range(undated)]
    for i in range(n):
        d = START + timedelta(days=2 * i)
        out.append(Event(id=f"e{i}", when=When(value=d.isoformat(), start=d, end=d), title=""))
    return out


def rows_for(events: list[Event], zoom: str = "month") -> tuple[TimelineRows, list[int]]:
    fetched: list[int] = []

    def fetch(offset: int, limit: int) -> list[Event]:
        fetched.append(offset)
        return events[offset : offset + limit]

    days = DayCounts.from_events(events)
    return TimelineRows(days, PagedEvents(fetch, len(events), page=10), zoom), fetched


def test_headings_interleave_and_map_back() -> None:
    events = make_events(40)
    rows, _ = rows_for(events)
    labels = [r.label for r in (rows[i] for i in rows.heads)]
    assert labels == ["undated", "December 2024", "January 2025", "February 2025", "March 2025"]
    assert len(rows) == len(events) + len(labels)
    for index in (0, 1, 2, 17, 40):
        row = rows.row_of(index)
        assert rows[row] is events[index] and rows.index_of(row) == index
    assert all(isinstance(rows[h], Heading) and rows.index_of(h) is None for h in rows.heads)


def test_only_the_pages_looked_at_are_fetched() -> None:
    events = make_events(400)
    rows, fetched = rows_for(events, "year")
    rows[len(rows) - 1]
    assert fetched == [400]
    assert rows.find("e250", events[251].when.start) == rows.row_of(251)
    assert sorted(fetched) == [250, 400]


def test_first_on_or_after_and_zoom_levels() -> None:
    events = make_events(40)
    days = DayCounts.from_events(events)
    assert days.first_on_or_after(date(2025, 1, 3)) == 3  # e2, after the undated one
    assert days.first_on_or_after(date(2025, 1, 4)) == 4  # e3 starts 2025-01-05
    assert days.first_on_or_after(date(2030, 1, 1)) == len(events) - 1
    assert days.day_of(0) is None and days.day_of(1) == START
    assert [len(days.periods(z)[0]) for z in ("year", "month", "day")] == [3, 5, 41]


def test_counts_from_day_ordinals_match_counts_from_events() -> None:
    events = make_events(40, undated=3)
    per_day = {e.when.start.toordinal(): 1 for e in events if e.when.start}
    a, b = DayCounts.from_events(events), DayCounts.from_days(per_day, len(events))
    assert (a.undated, a.days, a.counts, a.prefix) == (b.undated, b.days, b.counts, b.prefix)
