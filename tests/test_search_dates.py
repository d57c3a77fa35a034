"""Date filters follow the common convention: after: on or after, before: strictly before,
on: within the day (or month, year) named, date:A..B from A through B."""

from __future__ import annotations

from datetime import date

import pytest

from store import Event, EventStore, QueryError, When, parse_query, search_events

TODAY = date(2025, 6, 25)
DAYS = {
    "may31": (date(2025, 5, 31), date(2025, 5, 31)),
    "jun01": (date(2025, 6, 1), date(2025, 6, 1)),
    "jun02": (date(2025, 6, 2), date(2025, 6, 2)),
    "jun10": (date(2025, 6, 10), date(2025, 6, 10)),
    "span": (date(2025, 5, 28), date(2025, 6, 3)),  # crosses the month boundary
    "jul01": (date(2025, 7, 1), date(2025, 7, 1)),
}


@pytest.fixture
def store(tmp_path):
    with EventStore(tmp_path / "s.json") as s:
        for key, (start, end) in DAYS.items():
            when = When(value=start.isoformat(), start=start, end=end)
            s.add_event(Event(id=key, title=f"Ruritania event {key}", when=when))
        s.add_event(Event(id="undated", title="Ruritania undated", when=When(value="PAST_REF")))
        yield s


def found(store: EventStore, query: str) -> set[str]:
    return {e.id for e in search_events(store, query, today=TODAY, sort="date")}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("before:2025-06-01", {"may31", "span"}),  # strictly before: June 1 itself is out
        ("after:2025-06-01", {"jun01", "jun02", "span", "jun10", "jul01"}),  # on or after
        ("on:2025-06-01", {"jun01", "span"}),
        ("on:2025-06", {"jun01", "jun02", "jun10", "span"}),  # a month is every day in it
        ("before:2025-06", {"may31", "span"}),  # before the month begins
        ("date:2025-06-02..2025-06-10", {"jun02", "jun10", "span"}),  # both ends included
        ("date:2025-06..2025-06", {"jun01", "jun02", "jun10", "span"}),
        ("date:2025-06-05..", {"jun10", "jul01"}),
        ("date:..2025-05-31", {"may31", "span"}),
        ("after:2025-06-02 before:2025-06-10", {"jun02", "span"}),  # filters intersect
        ('date:"1 June 2025".."2 June 2025"', {"jun01", "jun02", "span"}),
        ("ruritania on:2025-07-01", {"jul01"}),
    ],
)
def test_date_filters(store, query, expected):
    assert found(store, query) == expected


def test_undated_events_never_pass_a_date_filter(store):
    assert "undated" in found(store, "ruritania")
    assert "undated" not in found(store, "date:1900..2100")


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("date:2025-06-10..2025-06-01", "ends before it starts"),
        ("date:2025-06-01", "date:A..B"),
        ("date:..", "date:A..B"),
        ("on:notadate", "on:notadate"),
    ],
)
def test_bad_date_filters_are_one_line_errors(query, message):
    with pytest.raises(QueryError, match=message) as err:
        parse_query(query, TODAY)
    assert "\n" not in str(err.value)


def test_relative_dates_in_filters():
    q = parse_query("on:yesterday", TODAY)
    assert (q.start, q.end) == (date(2025, 6, 24), date(2025, 6, 24))
    q = parse_query("before:today", TODAY)
    assert (q.start, q.end) == (None, date(2025, 6, 24))
