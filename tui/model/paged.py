"""The timeline's rows without loading the events: headings come from per-day counts,
events from the store one page at a time, so 100,000 events cost a few pages.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, overload

from store import Event
from tui.dates import MONTHS, precise_label

Zoom = Literal["year", "month", "day"]
ZOOMS: tuple[Zoom, ...] = ("year", "month", "day")  # coarse to fine
Fetch = Callable[[int, int], list[Event]]


@dataclass
class DayCounts:
    """How many events start on each day (ascending), undated ones first."""

    undated: int = 0
    days: list[int] = field(default_factory=list)  # ordinals
    counts: list[int] = field(default_factory=list)
    prefix: list[int] = field(default_factory=list)  # events before days[i]
    # the days are happening days, where day zoom splits coarse events from the 1st of a
    # month (False: reporting days, never split)
    coarse: bool = True
    # end days (ordinals) of the events with an end but no start ("until 20 June"), which
    # head the undated block in the store's order: they sit under "until <end>" headings
    open_ends: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        total = self.undated
        self.prefix = []
        for n in self.counts:
            self.prefix.append(total)
            total += n
        self.total = total

    @classmethod
    def from_days(cls, per_day: Mapping[int, int], total: int) -> DayCounts:
        """From the store's day_counts (date ordinal -> n) and the view's event count."""
        days = sorted(d for d, n in per_day.items() if n > 0)
        counts = [per_day[d] for d in days]
        return cls(total - sum(counts), days, counts)

    @classmethod
    def from_events(cls, events: Iterable[Event]) -> DayCounts:
        """From events already in date order (small filtered views)."""
        undated = 0
        days: list[int] = []
        counts: list[int] = []
        for ev in events:
            if ev.when.start is None:
                undated += 1
                continue
            d = ev.when.start.toordinal()
            if days and days[-1] == d:
                counts[-1] += 1
            else:
                days.append(d)
                counts.append(1)
        return cls(undated, days, counts)

    def periods(self, zoom: Zoom) -> tuple[list[tuple], list[int]]:
        """Period keys at a zoom and the index of each one's first event (cached)."""
        cache: dict[str, tuple[list[tuple], list[int]]] = self.__dict__.setdefault("_periods", {})
        if zoom not in cache:
            keys, firsts = self._undated_periods(zoom)
            last_key: tuple | None = None
            for ordinal, before in zip(self.days, self.prefix, strict=True):
                key = period_key(date.fromordinal(ordinal), zoom)
                if key != last_key:
                    keys.append(key)
                    firsts.append(before)
                    last_key = key
            cache[zoom] = (keys, firsts)
        return cache[zoom]

    @property
    def has_periods(self) -> bool:
        """Periods were laid out (open_ends can no longer change them)."""
        return bool(self.__dict__.get("_periods"))

    @property
    def has_day_periods(self) -> bool:
        """The coarse events' own headings are known (`split_coarse` has run)."""
        return not self.coarse or "_runs" in self.__dict__

    def day_periods(self, fetch: Fetch) -> tuple[list[tuple], list[int]]:
        """Periods at day zoom with the coarse events' own headings (`split_periods`)."""
        self.split_coarse(fetch)
        return self.split_periods("day")

    def split_coarse(self, fetch: Fetch) -> None:
        """Find where coarse events sit, so that an event known only to the month,
        quarter, season, year, decade or century gets a heading of its own ("2005
        (year)") instead of sitting under the first day (or month, or year) of its
        period. Only groups starting on the 1st of a month can hold such events; they
        are fetched (with the raw `fetch`, so a worker may call this) and cut where the
        coarse kind changes (the store sorts a day's events by end date, so finer ones
        come first). Kept as runs per day: (index of the run's first event, coarse_key)."""
        if not self.coarse or "_runs" in self.__dict__:
            return
        runs: dict[int, list[tuple[int, tuple]]] = {}
        for ordinal, before, n in zip(self.days, self.prefix, self.counts, strict=True):
            if date.fromordinal(ordinal).day != 1:
                continue
            day_runs: list[tuple[int, tuple]] = []
            for i, event in enumerate(fetch(before, n)):
                key = coarse_key(event)
                if not day_runs or day_runs[-1][1] != key:
                    day_runs.append((before + i, key))
            if day_runs:  # else the store changed under us: keep the plain heading
                runs[ordinal] = day_runs
        self.__dict__["_runs"] = runs

    def split_periods(self, zoom: Zoom) -> tuple[list[tuple], list[int]]:
        """Periods at a zoom once `split_coarse` has run: an event coarser than the zoom
        heads its own period ("2005 (year)" at month zoom, "the 2000s (decade)" at year
        zoom); the events after it in its month come under their month's heading again.
        Cached like `periods`."""
        runs: dict[int, list[tuple[int, tuple]]] | None = self.__dict__.get("_runs")
        if not self.coarse or runs is None:
            return self.periods(zoom)
        cache: dict[str, tuple[list[tuple], list[int]]] = self.__dict__.setdefault("_periods", {})
        name = zoom + "+"
        if name in cache:
            return cache[name]
        coarser = COARSE[COARSE.index(zoom) + 1 :] if zoom in COARSE else COARSE
        keys, firsts = self._undated_periods(zoom)
        last: tuple | None = None
        for ordinal, before in zip(self.days, self.prefix, strict=True):
            base = period_key(date.fromordinal(ordinal), zoom)
            for first, coarse in runs.get(ordinal, [(before, ())]):
                key = base + coarse if coarse and coarse[0] in coarser else base
                if key != last:
                    keys.append(key)
                    firsts.append(first)
                    last = key
        cache[name] = (keys, firsts)
        return keys, firsts

    def _undated_periods(self, zoom: Zoom) -> tuple[list[tuple], list[int]]:
        """The undated block's periods: open-start events by the period of their end
        ("until", year, ...), then the events with no date at all ()."""
        keys: list[tuple] = []
        firsts: list[int] = []
        for i, end in enumerate(self.open_ends):
            key = ("until", *period_key(date.fromordinal(end), zoom))
            if not keys or keys[-1] != key:
                keys.append(key)
                firsts.append(i)
        if self.undated > len(self.open_ends):
            keys.append(())
            firsts.append(len(self.open_ends))
        return keys, firsts

    def first_on_or_after(self, day: date) -> int:
        """Index of the first event starting on or after day."""
        i = bisect.bisect_left(self.days, day.toordinal())
        return self.prefix[i] if i < len(self.prefix) else max(self.total - 1, 0)

    def day_of(self, index: int) -> date | None:
        """The start day of the event at index (None if undated)."""
        if index < self.undated:
            return None
        i = bisect.bisect_right(self.prefix, index) - 1
        return date.fromordinal(self.days[i])


def find_open_starts(days: DayCounts, fetch: Fetch, most: int) -> None:
    """Read the undated block (when it is small) for the events with an end but no start,
    which head it in the store's order: they get "until <end>" headings (DayCounts).
    A block of more than `most` events is left unread."""
    if not days.undated or days.undated > most or days.open_ends or days.has_periods:
        return
    ends = []
    for event in fetch(0, days.undated):
        if event.when.start is not None or event.when.end is None:
            break
        ends.append(event.when.end.toordinal())
    days.open_ends = ends


def period_key(d: date | None, zoom: Zoom) -> tuple:
    if d is None:
        return ()
    if zoom == "year":
        return (d.year,)
    if zoom == "month":
        return (d.year, d.month)
    return (d.year, d.month, d.day)


COARSE = ("month", "quarter", "season", "year", "decade", "century")


def coarse_key(event: Event) -> tuple:
    """() for an event known to the day (or week); else its granularity and period label."""
    when = event.when
    if when.granularity not in COARSE or when.start is None:
        return ()
    s = when.start
    if when.granularity == "month":
        label = f"{MONTHS[s.month - 1]} {s.year}"
    elif when.granularity == "year":
        label = str(s.year)
    elif when.granularity == "decade":
        label = f"{s.year // 10 * 10}s"
    elif when.granularity == "century":
        label = f"{s.year // 100 + 1}th century"
    else:  # quarter, season: their own words (Q2 2024, summer 2024)
        label = precise_label(when.model_copy(update={"approximate": False}))
    return (when.granularity, label)


def period_label(key: tuple) -> str:
    if not key:
        return "undated"
    if key[0] == "until":  # an open start: the events known only to end by then
        return "until " + period_label(key[1:])
    if len(key) == 1:
        return str(key[0])
    if len(key) == 2:
        return f"{MONTHS[key[1] - 1]} {key[0]}"
    if isinstance(key[-1], str):  # a coarse event's own heading (split_periods)
        return f"{key[-1]} ({key[-2]})"
    return date(*key[:3]).strftime("%a %d ") + f"{MONTHS[key[1] - 1]} {key[0]}"


@dataclass(frozen=True, slots=True)
class Heading:
    label: str
    key: tuple


class PagedEvents(Sequence[Event]):
    """A view's events as a sequence, read a page at a time through `fetch`. It keeps
    nothing: the store's query service keeps the pages a screen reads (store/db/cache.py),
    so `fetch` answers a page it has already given from there."""

    def __init__(self, fetch: Fetch, total: int, page: int = 100) -> None:
        self.fetch, self.total, self.page = fetch, total, page

    def __len__(self) -> int:
        return self.total

    def __iter__(self) -> Iterator[Event]:
        for start in range(0, self.total, self.page):  # the pages __getitem__ asks for
            yield from self.fetch(start, self.page)[: self.total - start]

    @overload
    def __getitem__(self, i: int) -> Event: ...
    @overload
    def __getitem__(self, i: slice) -> list[Event]: ...
    def __getitem__(self, i: int | slice) -> Event | list[Event]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.total))]
        if i < 0:
            i += self.total
        if not 0 <= i < self.total:
            raise IndexError(i)
        n = i // self.page
        page = self.fetch(n * self.page, self.page)
        if i - n * self.page >= len(page):  # the store changed under us: show what is there
            return page[-1] if page else Event(id="?", when={"value": "?"}, title="…")
        return page[i - n * self.page]


class TimelineRows(Sequence["Heading | Event"]):
    """Heading rows for each period (at the zoom) interleaved with the events."""

    def __init__(self, days: DayCounts, events: PagedEvents, zoom: Zoom) -> None:
        self.days, self.events, self.zoom = days, events, zoom
        # day zoom: coarse events' own headings once a worker has found them (day_periods);
        # until then the plain day headings, relabelled as they are drawn (see __getitem__)
        self.split = days.has_day_periods
        keys, firsts = days.split_periods(zoom) if self.split else days.periods(zoom)
        self.keys = keys
        self.firsts = firsts  # index of each period's first event
        self.heads = [first + i for i, first in enumerate(firsts)]  # row of each heading

    def __len__(self) -> int:
        return len(self.heads) + self.days.total

    def __getitem__(self, row: int) -> Heading | Event:  # type: ignore[override]
        if not 0 <= row < len(self):
            raise IndexError(row)
        i = bisect.bisect_right(self.heads, row) - 1
        if self.heads[i] == row:
            key = self.keys[i]
            if not self.split and self.zoom == "day" and len(key) == 3 and key[2] == 1:
                # a 1st of the month whose first event (by end date) is coarse holds only
                # coarse events: label it by that event's period, not as a day
                key = key + coarse_key(self.events[self.firsts[i]])
            return Heading(period_label(key), key)
        return self.events[self.firsts[i] + row - self.heads[i] - 1]

    def is_heading(self, row: int) -> bool:
        i = bisect.bisect_left(self.heads, row)
        return i < len(self.heads) and self.heads[i] == row

    def row_of(self, index: int) -> int:
        """Row of the event at index."""
        i = bisect.bisect_right(self.firsts, index) - 1
        return self.heads[i] + 1 + index - self.firsts[i]

    def index_of(self, row: int) -> int | None:
        """Event index of a row (None for headings)."""
        if self.is_heading(row) or not 0 <= row < len(self):
            return None
        i = bisect.bisect_right(self.heads, row) - 1
        return self.firsts[i] + row - self.heads[i] - 1

    def find(self, event_id: str, day: date | None) -> int | None:
        """Row of an event, searching only the events of its start day."""
        if day is None:
            lo, hi = 0, self.days.undated
        else:
            i = bisect.bisect_left(self.days.days, day.toordinal())
            if i >= len(self.days.days) or self.days.days[i] != day.toordinal():
                return None
            lo, hi = self.days.prefix[i], self.days.prefix[i] + self.days.counts[i]
        for index in range(lo, hi):
            if self.events[index].id == event_id:
                return self.row_of(index)
        return None
