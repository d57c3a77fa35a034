"""Story rows for the app: grouped in a worker, each row filled in only when shown.

Grouping reads every event once (store.story_groups); filling a row fetches its
events and articles, so a view of 10,000 rows costs the rows on screen, like
PagedEvents does for events. Every store call goes through StoreView's lock.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, overload

from store import (
    StoryRow,
    StorySource,
    merge_stories,
    split_story,
    story_groups,
    story_row,
)
from tui.model.collector import collector_paused

if TYPE_CHECKING:
    from tui.model.storeview import StoreView


class StoryRows(Sequence[StoryRow]):
    """Story groups (as story_groups() gives them), each filled into a StoryRow on
    first use (a small LRU cache)."""

    def __init__(self, data: StoreView, groups: list[Any], keep: int = 512) -> None:
        self.data, self.groups, self.keep = data, groups, keep
        self._rows: OrderedDict[int, StoryRow] = OrderedDict()

    def __len__(self) -> int:
        return len(self.groups)

    @overload
    def __getitem__(self, i: int) -> StoryRow: ...
    @overload
    def __getitem__(self, i: slice) -> list[StoryRow]: ...
    def __getitem__(self, i: int | slice) -> StoryRow | list[StoryRow]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        row = self._rows.get(i)
        if row is None:
            with self.data.lock:
                row = self._rows[i] = story_row(self.data.open(), self.groups[i])
            if len(self._rows) > self.keep:
                self._rows.popitem(last=False)
        else:
            self._rows.move_to_end(i)
        return row

    def index_of(self, event_id: str | None) -> int | None:
        """Index of the row holding this event (no row is filled to find it)."""
        if event_id is None:
            return None
        return next((i for i, g in enumerate(self.groups) if event_id in g.events), None)


def load_story_rows(data: StoreView, query: str, today: date | None, first: int = 60) -> StoryRows:
    """Group the store's events (in a worker, on a reader of its own: grouping reads every
    event) and fill the first screenful of rows. The last grouping is kept until the next
    write (StoreView.generation): at 100,000 events it takes seconds and hundreds of MB, so
    `t` back and forth must not redo it."""
    key = (query.strip(), today, data.generation)  # read first: a write meanwhile misses
    cached = data.story_cache
    if cached is not None and cached[0] == key and isinstance(cached[1], StoryRows):
        return cached[1]
    with data.reader() as store, collector_paused(store.count_events()):
        groups = story_groups(store, query.strip() or None, today=today)
    rows = StoryRows(data, groups)
    data.story_cache = (key, rows)
    for i in range(min(first, len(rows))):
        rows[i]
    return rows


def by_article(row: StoryRow) -> list[list[StorySource]]:
    """A row's events grouped by their article, in the row's order: what its "N sources"
    counts, what the detail lists and what the number keys open (an event added by hand
    has no article and is a source of its own)."""
    groups: dict[str, list[StorySource]] = {}
    for item in row.items:
        groups.setdefault(item.article or item.event, []).append(item)
    return list(groups.values())


def split_row(data: StoreView, row: StoryRow) -> int:
    """Split a row into one row per source article (stored); how many rows it became."""
    parts = [[item.event for item in group] for group in by_article(row)]
    if len(parts) == 1:  # one article's events grouped: each event its own row
        parts = [[e] for e in row.events]
    with data.lock:
        store = data.open()
        for part in parts[1:]:
            split_story(store, row, part)
        data.changed()
    return len(parts)


def merge_rows(data: StoreView, *rows: StoryRow) -> dict[str, Any]:
    """Make the rows one row (stored)."""
    with data.lock:
        merged = merge_stories(data.open(), *rows)
        data.changed()
        return merged
