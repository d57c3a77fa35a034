"""The timeline: events in date order under year/month/day headings, rendered lazily."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import ClassVar, Literal

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message

from store import Event
from tui.textsafe import one_line
from tui.widgets.dates import MONTHS, precise_label
from tui.widgets.virtual_list import VirtualList

Zoom = Literal["year", "month", "day"]
ZOOMS: tuple[Zoom, ...] = ("year", "month", "day")


@dataclass(frozen=True, slots=True)
class Heading:
    label: str
    key: tuple


def period_key(d: date | None, zoom: Zoom) -> tuple:
    if d is None:
        return ()
    if zoom == "year":
        return (d.year,)
    if zoom == "month":
        return (d.year, d.month)
    return (d.year, d.month, d.day)


def period_label(key: tuple) -> str:
    if not key:
        return "undated"
    if len(key) == 1:
        return str(key[0])
    if len(key) == 2:
        return f"{MONTHS[key[1] - 1]} {key[0]}"
    return date(*key).strftime("%a %d ") + f"{MONTHS[key[1] - 1]} {key[0]}"


def build_rows(events: list[Event], zoom: Zoom) -> list[Heading | Event]:
    """Events with a heading row inserted wherever the period changes."""
    rows: list[Heading | Event] = []
    last: tuple | None = None
    for ev in events:
        key = period_key(ev.when.start, zoom)
        if key != last:
            rows.append(Heading(period_label(key), key))
            last = key
        rows.append(ev)
    return rows


class TimelinePane(VirtualList[Heading | Event]):
    """Events in date order; tells the screen which event the cursor is on."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("plus,equals_sign", "zoom(1)", "Zoom in", id="timeline.zoom_in"),
        Binding("minus", "zoom(-1)", "Zoom out", id="timeline.zoom_out"),
        Binding("right_square_bracket", "jump(1)", "Next period", id="timeline.next", show=False),
        Binding("left_square_bracket", "jump(-1)", "Prev period", id="timeline.prev", show=False),
        Binding("enter", "select", "Article", id="timeline.open"),
    ]

    class EventHighlighted(Message):
        def __init__(self, event_id: str | None) -> None:
            super().__init__()
            self.event_id = event_id

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
        self.events: list[Event] = []
        self.names: Callable[[list[str]], str] = lambda ids: ", ".join(ids)
        self.source: Callable[[str | None], str] = lambda aid: ""
        self.starts: list[date] = []

    def show(self, events: list[Event], keep: str | None = None) -> None:
        """Show these events; keep the cursor on event `keep` (or the current one)."""
        keep = keep or self.event_id
        self.events = events
        self.starts = [e.when.start or date.min for e in events]
        rows = build_rows(events, self.zoom)
        index = None
        if keep is not None:
            index = next((i for i, r in enumerate(rows) if getattr(r, "id", None) == keep), None)
        self.set_rows(rows, cursor=index if index is not None else 0)
        self.border_subtitle = f"{len(events)} events · {self.zoom}"
        if not rows:
            self.post_message(self.EventHighlighted(None))

    @property
    def event_id(self) -> str | None:
        row = self.current
        return row.id if isinstance(row, Event) else None

    def select_event(self, event_id: str) -> bool:
        for i, row in enumerate(self.rows):
            if isinstance(row, Event) and row.id == event_id:
                self.cursor = i
                return True
        return False

    def go_to_date(self, day: date) -> None:
        """Move to the first event on or after day (or the last one)."""
        i = bisect.bisect_left(self.starts, day)
        i = min(i, len(self.events) - 1)
        if i >= 0:
            self.select_event(self.events[i].id)

    def selectable(self, row: Heading | Event) -> bool:
        return isinstance(row, Event)

    def row_style(self, row: Heading | Event) -> str:
        return "virtual-list--heading" if isinstance(row, Heading) else ""

    def render_row(self, row: Heading | Event, width: int) -> Text:
        if isinstance(row, Heading):
            head = f"── {row.label} "
            return Text(head + "─" * max(width - len(head), 0), end="")
        label = precise_label(row.when)
        date_w = 26 if width >= 60 else 16
        text = Text(
            f" {label[: date_w - 1]:<{date_w}}", style="dim" if row.when.approximate else ""
        )
        text.append(one_line(row.title))
        names = self.names(row.actors)
        if names and width >= 60:
            text.append(f"  · {one_line(names)}", style="italic")
        source = self.source(row.article_id)
        if source and width >= 90:
            text.append(f"  [{one_line(source)}]", style="dim")
        return text

    def on_virtual_list_highlighted(self, message: VirtualList.Highlighted) -> None:
        message.stop()
        self.post_message(self.EventHighlighted(self.event_id))

    def on_virtual_list_chosen(self, message: VirtualList.Chosen) -> None:
        message.stop()
        if self.event_id:
            self.post_message(self.EventOpened(self.event_id))

    def action_zoom(self, step: int) -> None:
        i = max(0, min(len(ZOOMS) - 1, ZOOMS.index(self.zoom) + step))
        if ZOOMS[i] != self.zoom:
            self.zoom = ZOOMS[i]
            self.show(self.events)
            self.post_message(self.ZoomChanged(self.zoom))

    def action_jump(self, step: int) -> None:
        """Move to the first event of the next (or previous) period at this zoom."""
        heads = [i for i, r in enumerate(self.rows) if isinstance(r, Heading)]
        if not heads or self.cursor < 0:
            return
        here = bisect.bisect_right(heads, self.cursor) - 1
        target = max(0, min(len(heads) - 1, here + step))
        self.move_to(heads[target] + 1)
