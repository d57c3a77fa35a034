"""At month and year zoom an event coarser than the zoom heads its own period: a
year-only event does not sit under its January, nor a decade under its first year."""

from __future__ import annotations

from datetime import date

from store import Event, When
from tui.model.paged import DayCounts, PagedEvents, TimelineRows


def ev(eid: str, start: date, end: date, granularity: str = "day", value: str = "") -> Event:
    when = When(value=value or start.isoformat(), start=start, end=end, granularity=granularity)
    return Event(id=eid, when=when, title=eid)


# in the store's order: by start day, then by end day (finer first)
EVENTS = [
    ev("decade", date(2000, 1, 1), date(2009, 12, 31), "decade", "200"),
    ev("dec", date(2004, 12, 9), date(2004, 12, 9)),
    ev("newyear", date(2005, 1, 1), date(2005, 1, 1)),
    ev("january", date(2005, 1, 1), date(2005, 1, 31), "month", "2005-01"),
    ev("q1", date(2005, 1, 1), date(2005, 3, 31), "quarter", "2005-Q1"),
    ev("year", date(2005, 1, 1), date(2005, 12, 31), "year", "2005"),
    ev("mid", date(2005, 1, 15), date(2005, 1, 15)),
    ev("feb", date(2005, 2, 3), date(2005, 2, 3)),
]


def _manual_store(tmp_path):
    """A store file holding EVENTS as hand-made events (the app's reload keeps them)."""
    from store import EventStore

    path = tmp_path / "store.json"
    with EventStore(path, create_dirs=True) as store:
        for event in EVENTS:
            store.add_event(event.model_copy(update={"origin": "manual"}))
    return path


def headings(zoom: str, split: bool = True) -> list[tuple[str, list[str]]]:
    """Each heading's label with the ids of the events under it."""
    days = DayCounts.from_events(EVENTS)
    paged = PagedEvents(lambda offset, limit: EVENTS[offset : offset + limit], len(EVENTS))
    if split:
        days.split_coarse(paged.fetch)
    out: list[tuple[str, list[str]]] = []
    for row in TimelineRows(days, paged, zoom):  # type: ignore[arg-type]
        if isinstance(row, Event):
            out[-1][1].append(row.id)
        else:
            out.append((row.label, []))
    return out


def test_month_zoom_gives_a_year_event_its_own_heading() -> None:
    assert headings("month") == [
        ("2000s (decade)", ["decade"]),
        ("December 2004", ["dec"]),
        ("January 2005", ["newyear", "january"]),
        ("Q1 2005 (quarter)", ["q1"]),
        ("2005 (year)", ["year"]),
        ("January 2005", ["mid"]),
        ("February 2005", ["feb"]),
    ]


def test_year_zoom_splits_only_what_is_coarser_than_a_year() -> None:
    assert headings("year") == [
        ("2000s (decade)", ["decade"]),
        ("2004", ["dec"]),
        ("2005", ["newyear", "january", "q1", "year", "mid", "feb"]),
    ]


def test_day_zoom_keeps_its_split() -> None:
    labels = [label for label, _ in headings("day")]
    assert labels == [
        "2000s (decade)",
        "Thu 09 December 2004",
        "Sat 01 January 2005",
        "January 2005 (month)",
        "Q1 2005 (quarter)",
        "2005 (year)",
        "Sat 15 January 2005",
        "Thu 03 February 2005",
    ]


def test_before_the_split_is_known_month_zoom_has_plain_headings() -> None:
    labels = [label for label, _ in headings("month", split=False)]
    assert labels == ["January 2000", "December 2004", "January 2005", "February 2005"]


def test_rows_map_back_to_events_after_the_split() -> None:
    days = DayCounts.from_events(EVENTS)
    paged = PagedEvents(lambda offset, limit: EVENTS[offset : offset + limit], len(EVENTS))
    days.split_coarse(paged.fetch)
    rows = TimelineRows(days, paged, "month")
    for index, event in enumerate(EVENTS):
        assert rows[rows.row_of(index)] is event
        assert rows.find(event.id, event.when.start) == rows.row_of(index)


async def test_the_app_opens_at_month_zoom_with_the_year_event_apart(tmp_path) -> None:
    """The loader's worker finds the split and the timeline is laid out again with it."""
    from tests.conftest_app import make_app, settle
    from tui.panes.timeline import TimelinePane

    app = make_app(_manual_store(tmp_path), watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        timeline = app.query_one(TimelinePane)
        assert timeline.zoom == "month" and timeline.rows.split
        labels = [row.label for row in timeline.rows if not isinstance(row, Event)]
        assert "2005 (year)" in labels and "January 2000" not in labels, labels


async def test_a_large_filtered_view_gets_its_coarse_headings_too(tmp_path, monkeypatch) -> None:
    """A filter or search over more events than the loader reads at once (SMALL_VIEW)
    is split a 1st of the month at a time, as the whole store is: its year-only event
    heads "2005 (year)" at month zoom instead of sitting under January 2005."""
    from store import EventStore
    from tests.conftest_app import make_app, settle
    from tui.panes.timeline import TimelinePane
    from tui.services import view_loader

    monkeypatch.setattr(view_loader, "SMALL_VIEW", 3)  # the 8 events make a large view
    path = tmp_path / "store.json"
    with EventStore(path, create_dirs=True) as store:
        for event in EVENTS:
            title = f"Ruritania {event.id}"
            store.add_event(event.model_copy(update={"origin": "manual", "title": title}))
        store.add_event(ev("other", date(2005, 1, 1), date(2005, 12, 31), "year", "2005"))
    app = make_app(path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.main.query_text = "ruritania"
        app.main.refresh_view()
        await settle(pilot)
        timeline = app.query_one(TimelinePane)
        assert len(timeline.paged) == len(EVENTS) and timeline.rows.split
        labels = [row.label for row in timeline.rows if not isinstance(row, Event)]
        assert labels == [
            "2000s (decade)",
            "December 2004",
            "January 2005",
            "Q1 2005 (quarter)",
            "2005 (year)",
            "January 2005",
            "February 2005",
        ]


async def test_the_screen_thread_never_lays_out_the_split(tmp_path, monkeypatch) -> None:
    """The worker that finds the coarse headings lays them out at every zoom, so the
    screen's thread only looks them up when it relays out or zooms (at 100,000 events a
    layout is tens of ms)."""
    import threading

    from tests.conftest_app import make_app, settle

    laid_on_screen: list[str] = []
    real = DayCounts.split_periods

    def spying(self: DayCounts, zoom):
        kept = self.__dict__.get("_periods", {})
        if zoom + "+" not in kept and threading.current_thread() is threading.main_thread():
            laid_on_screen.append(zoom)
        return real(self, zoom)

    monkeypatch.setattr(DayCounts, "split_periods", spying)
    app = make_app(_manual_store(tmp_path), watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("plus", "minus", "minus", "plus")
        assert app.main.panes.timeline.rows.split
    assert laid_on_screen == []
