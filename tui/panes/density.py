"""A one-line sparkline of events per period, with the cursor's period marked."""

from __future__ import annotations

from collections import Counter
from datetime import date

from rich.text import Text
from textual.widget import Widget

from tui.widgets.paged import DayCounts

BARS = " ▁▂▃▄▅▆▇█"


def period_index(d: date, zoom: str) -> int:
    """Consecutive periods get consecutive integers, so empty periods show as gaps."""
    if zoom == "year":
        return d.year
    if zoom == "month":
        return d.year * 12 + d.month - 1
    return d.toordinal()


def period_name(index: int, zoom: str) -> str:
    if zoom == "year":
        return str(index)
    if zoom == "month":
        return f"{index // 12}-{index % 12 + 1:02d}"
    return date.fromordinal(index).isoformat()


class DensityStrip(Widget):
    """Events per period over the current view; one bar per bucket of periods."""

    DEFAULT_CSS = """
    DensityStrip { height: 2; padding: 0 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.zoom = "month"
        self.counts: Counter[int] = Counter()
        self.first = self.last = 0
        self.marked: int | None = None

    def show(self, days: DayCounts, zoom: str) -> None:
        """Count events per period from the view's per-day counts."""
        self.zoom = zoom
        self.counts = Counter()
        keys, firsts = days.periods(zoom)  # type: ignore[arg-type]
        ends = [*firsts[1:], days.total][: len(firsts)]
        for key, first, end in zip(keys, firsts, ends, strict=True):
            if key:  # () is the undated group
                self.counts[period_index(date(*key, *(1,) * (3 - len(key))), zoom)] = end - first
        if self.counts:
            self.first, self.last = min(self.counts), max(self.counts)
        self.refresh()

    def mark(self, day: date | None) -> None:
        marked = period_index(day, self.zoom) if day else None
        if marked != self.marked:
            self.marked = marked
            self.refresh()

    def buckets(self, width: int) -> tuple[list[int], int]:
        """Counts per bar and how many periods each bar covers."""
        n = self.last - self.first + 1
        group = max(1, -(-n // max(width, 1)))
        bars = [0] * (-(-n // group))
        for index, count in self.counts.items():
            bars[(index - self.first) // group] += count
        return bars, group

    def render(self) -> Text:
        width = self.content_region.width or self.size.width
        if not self.counts or width < 4:
            return Text("no dated events", style="dim")
        bars, group = self.buckets(width)
        top = max(bars) or 1
        cursor = None
        if self.marked is not None and self.first <= self.marked <= self.last:
            cursor = (self.marked - self.first) // group
        line = Text()
        for i, count in enumerate(bars):
            level = 0 if count == 0 else max(1, round(count / top * (len(BARS) - 1)))
            line.append(BARS[level], style="reverse bold" if i == cursor else "")
        under = Text(style="dim")
        first, last = period_name(self.first, self.zoom), period_name(self.last, self.zoom)
        under.append(first)
        if cursor is not None and len(first) + 1 < cursor < len(bars) - len(last) - 1:
            under.append(" " * (cursor - len(first)) + "▲")
        under.append(" " * max(1, len(bars) - len(under) - len(last)) + last)
        return Text("\n").join([line, under])
