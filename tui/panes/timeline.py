"""The timeline: events in date order under year/month/day headings, fetched lazily."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from datetime import date
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message

from store import Event
from tui.dates import precise_label, short_label
from tui.model.paged import ZOOMS, DayCounts, Heading, PagedEvents, TimelineRows, Zoom
from tui.textsafe import one_line
from tui.widgets.virtual_list import VirtualList

DATE_WIDE = 100  # from this many columns the date column shows long spans in full (24)
MIN_EXTRA = 12  # actors/source only when at least this many columns are left for them


class TimelinePane(VirtualList["Heading | Event"]):
    """Events in date order; tells the screen which event the cursor is on."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("plus,equals_sign", "zoom(1)", "Zoom in", id="timeline.zoom_in"),
        Binding("minus", "zoom(-1)", "Zoom out", id="timeline.zoom_out"),
        Binding("right_square_bracket", "jump(1)", "Next period", id="timeline.next", show=False),
        Binding("left_square_bracket", "jump(-1)", "Prev period", id="timeline.prev", show=False),
        Binding("enter", "select", "Article", id="timeline.open"),
    ]

    class EventHighlighted(Message):
        def __init__(self, event: Event | None) -> None:
            super().__init__()
            self.event = event
            self.event_id = event.id if event else None

    class EventOpened(Message):
        def __init__(self, event_id: str) -> None:
            super().__init__()
            self.event_id = event_id

    class ZoomChanged(Message):
        def __init__(self, zoom: Zoom) -> None:
            super().__init__()
            self.zoom = zoom

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.zoom: Zoom = "month"
        self.days = DayCounts()
        self.paged = PagedEvents(lambda offset, limit: [], 0)
        self.rows: TimelineRows = TimelineRows(self.days, self.paged, self.zoom)
        self.names: Callable[[list[str]], str] = lambda ids: ", ".join(ids)
        self.source: Callable[[str | None], str] = lambda aid: ""
        # the day an event sits at: when it started, or (reporting order) was reported
        self.day_of: Callable[[Event], date | None] = lambda event: event.when.start
        self.heading_prefix = ""  # "reported " in reporting order

    def show(self, days: DayCounts, paged: PagedEvents, keep: Event | None = None) -> None:
        """Show a view; keep the cursor on event `keep` (or the current one) if still there."""
        keep = keep or self.current_event
        self.days, self.paged = days, paged
        self._layout(keep)
        if not len(paged):
            self.post_message(self.EventHighlighted(None))

    def relayout(self) -> None:
        """Lay the rows out again (new headings), keeping the cursor's event."""
        self._layout(self.current_event)

    def _layout(self, keep: Event | None) -> None:
        rows = TimelineRows(self.days, self.paged, self.zoom)
        day = self.day_of(keep) if keep else None
        index = rows.find(keep.id, day) if keep else None
        if index is None and day is not None and len(self.paged):
            index = rows.row_of(self.days.first_on_or_after(day))
        self.set_rows(rows, cursor=index if index is not None else 0)
        n = len(self.paged)
        self.border_subtitle = f"{n} event{'' if n == 1 else 's'} · {self.zoom}"

    @property
    def current_event(self) -> Event | None:
        row = self.current
        return row if isinstance(row, Event) else None

    @property
    def cursor_day(self) -> date | None:
        """The day the cursor's event sits at (`g` reads "March" nearest to it)."""
        event = self.current_event
        return self.day_of(event) if event else None

    @property
    def event_id(self) -> str | None:
        event = self.current_event
        return event.id if event else None

    @property
    def events(self) -> list[Event]:
        """Every event of the view (fetches them all: for tests and small views)."""
        return list(self.paged)

    def select_event(self, event: Event) -> bool:
        row = self.rows.find(event.id, self.day_of(event))
        if row is None:
            return False
        self.cursor = row
        return True

    def go_to_date(self, day: date) -> None:
        """Move to the first event on or after day (or the last one)."""
        if len(self.paged):
            self.cursor = self.rows.row_of(self.days.first_on_or_after(day))

    def selectable(self, row: Heading | Event) -> bool:
        return isinstance(row, Event)

    def selectable_at(self, index: int) -> bool:
        return not self.rows.is_heading(index)

    def row_style(self, row: Heading | Event) -> str:
        return "virtual-list--heading" if isinstance(row, Heading) else ""

    def render_row(self, row: Heading | Event, width: int) -> Text:
        if isinstance(row, Heading):
            head = f"── {self.heading_prefix}{row.label} "
            return Text(head + "─" * max(width - len(head), 0), end="")
        date_w = 24 if width >= DATE_WIDE else 15
        label = precise_label(row.when)
        if len(label) >= date_w:  # a compact label that fits, never a cut one
            label = short_label(row.when, date_w - 1)
        text = Text(f" {label:<{date_w}}", style="dim" if row.when.approximate else "")
        # the title first, whole if it fits; actors and source get what it leaves
        room = max(width - date_w - 1, 0)
        title = one_line(row.title)
        names = one_line(self.names(row.actors)) if width >= 60 else ""
        source = one_line(self.source(row.article_id)) if width >= 90 else ""
        extra = "  ".join(p for p in (names and f"· {names}", source and f"[{source}]") if p)
        extra_w = min(len(extra) + 2, room - len(title)) if extra else 0
        extra_w = extra_w if extra_w >= MIN_EXTRA else 0  # a few letters of a name: none
        title_w = room - extra_w
        text.append(f"{one_line(title, title_w):<{title_w}}")
        if extra_w:
            text.append(f"  {one_line(extra, extra_w - 2)}", style="dim italic")
        return text

    def cursor_moved(self, index: int) -> None:
        self.post_message(self.EventHighlighted(self.current_event))

    def on_virtual_list_chosen(self, message: VirtualList.Chosen) -> None:
        message.stop()
        if self.event_id:
            self.post_message(self.EventOpened(self.event_id))

    def action_zoom(self, step: int) -> None:
        i = max(0, min(len(ZOOMS) - 1, ZOOMS.index(self.zoom) + step))
        if ZOOMS[i] != self.zoom:
            self.zoom = ZOOMS[i]
            self._layout(self.current_event)
            self.post_message(self.ZoomChanged(self.zoom))

    def action_jump(self, step: int) -> None:
        """Move to the first event of the next (or previous) period at this zoom."""
        heads = self.rows.heads
        if not heads or self.cursor < 0:
            return
        here = bisect.bisect_right(heads, self.cursor) - 1
        target = max(0, min(len(heads) - 1, here + step))
        self.move_to(heads[target] + 1)
