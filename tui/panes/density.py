"""A one-line sparkline of events per period, with the cursor's period marked.

The axis is linear in time, except that a long empty stretch (an event decades away
from the rest) is cut out and drawn as one `┊` cell: the bulk keeps its resolution and
the outlier still shows, on the far side of the break.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from rich.text import Text
from textual.widget import Widget

from tui.model.paged import DayCounts

BARS = " ▁▂▃▄▅▆▇█"
BREAK = "┊"
MAX_BREAKS = 3  # more cuts than this and the strip stops reading as a time line
MIN_BREAK_SHARE = 4  # a stretch is cut only if longer than 1/4 of the whole span


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


@dataclass
class Axis:
    """Runs of periods drawn side by side, `group` periods to a cell, a break cell
    between two runs."""

    runs: list[tuple[int, int]] = field(default_factory=list)  # first, last period
    group: int = 1

    def cells_of(self, run: tuple[int, int]) -> int:
        return -(-(run[1] - run[0] + 1) // self.group)

    @property
    def width(self) -> int:
        return sum(self.cells_of(r) for r in self.runs) + max(len(self.runs) - 1, 0)

    def starts(self) -> list[int]:
        """The first cell of each run."""
        out, x = [], 0
        for run in self.runs:
            out.append(x)
            x += self.cells_of(run) + 1
        return out

    def cell(self, period: int) -> int | None:
        """The cell that draws a period (None for a period in a cut-out stretch)."""
        for (first, last), x in zip(self.runs, self.starts(), strict=True):
            if first <= period <= last:
                return x + (period - first) // self.group
        return None


def axis_for(periods: list[int], width: int) -> Axis:
    """The axis that draws sorted occupied periods in `width` cells at the finest scale:
    cut the longest empty stretches (at most MAX_BREAKS, each longer than a quarter of
    the span) when that makes the cells finer; fewer cuts win a tie."""
    if not periods:
        return Axis()
    first, last = periods[0], periods[-1]
    span = last - first + 1
    gaps = sorted(
        ((b - a - 1, a, b) for a, b in zip(periods, periods[1:], strict=False)),
        reverse=True,
    )
    cuttable = [g for g in gaps if g[0] * MIN_BREAK_SHARE > span][:MAX_BREAKS]
    best = Axis([(first, last)], 1)
    best.group = _group(best, width)
    for k in range(1, len(cuttable) + 1):
        edges = sorted((a, b) for _, a, b in cuttable[:k])
        runs, start = [], first
        for a, b in edges:
            runs.append((start, a))
            start = b
        runs.append((start, last))
        axis = Axis(runs, 1)
        axis.group = _group(axis, width)
        if axis.group < best.group:
            best = axis
    return best


def _group(axis: Axis, width: int) -> int:
    """The fewest periods per cell that fit the axis in width cells."""
    periods = sum(b - a + 1 for a, b in axis.runs)
    axis.group = max(1, -(-periods // max(width - len(axis.runs) + 1, 1)))
    while axis.width > width and axis.group < periods:
        axis.group += 1
    return axis.group


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
        self._laid: tuple[tuple, tuple[list[int | None], Axis]] | None = None

    def show(self, days: DayCounts, zoom: str) -> None:
        """Count events per period from the view's per-day counts."""
        self.zoom = zoom
        self.counts = Counter()
        keys, firsts = days.periods(zoom)  # type: ignore[arg-type]
        ends = [*firsts[1:], days.total][: len(firsts)]
        for key, first, end in zip(keys, firsts, ends, strict=True):
            if key and isinstance(key[0], int):  # not undated (), nor open ("until", ...)
                self.counts[period_index(date(*key, *(1,) * (3 - len(key))), zoom)] = end - first
        if self.counts:
            self.first, self.last = min(self.counts), max(self.counts)
        self.refresh()

    def mark(self, day: date | None) -> None:
        marked = period_index(day, self.zoom) if day else None
        if marked != self.marked:
            self.marked = marked
            self.refresh()

    def axis(self, width: int) -> Axis:
        return axis_for(sorted(p for p, n in self.counts.items() if n), width)

    def buckets(self, width: int) -> tuple[list[int | None], Axis]:
        """Events per cell (None for a break cell) and the axis that placed them (kept
        until the counts or the width change: the cursor's moves only redraw)."""
        key = (width, id(self.counts), len(self.counts))
        if self._laid is not None and self._laid[0] == key:
            return self._laid[1]
        axis = self.axis(width)
        cells: list[int | None] = [0] * axis.width
        for x in axis.starts()[1:]:
            cells[x - 1] = None
        for period, count in self.counts.items():
            x = axis.cell(period)
            if x is not None and count:
                cells[x] = (cells[x] or 0) + count
        self._laid = (key, (cells, axis))
        return cells, axis

    def render(self) -> Text:
        width = self.content_region.width or self.size.width
        if not self.counts or width < 4:
            return Text("no dated events", style="dim")
        cells, axis = self.buckets(width)
        top = max(c for c in cells if c is not None) or 1
        cursor = axis.cell(self.marked) if self.marked is not None else None
        line = Text()
        for i, count in enumerate(cells):
            if count is None:
                line.append(BREAK, style="dim")
                continue
            level = 0 if count == 0 else max(1, round(count / top * (len(BARS) - 1)))
            line.append(BARS[level], style="reverse bold" if i == cursor else "")
        return Text("\n").join([line, self._labels(axis, cursor, width)])

    def _labels(self, axis: Axis, cursor: int | None, width: int) -> Text:
        """The first and last period, each run's first period after a break when there
        is room, and ▲ under the cursor's cell."""
        name = lambda period: period_name(period, self.zoom)  # noqa: E731
        first, last = name(self.first), name(self.last)
        end = max(axis.width, len(last))
        if self.first != self.last and end - len(last) <= len(first):
            # a strip narrower than its two end labels: the last one alone under the
            # first cell would read as where the strip starts, so say the range
            return Text(f"{first} – {last}", style="dim")
        places = [(0, first)]
        places += [(x, name(run[0])) for x, run in zip(axis.starts(), axis.runs, strict=True)][1:]
        row = [" "] * min(max(end, width), width)
        taken = [False] * len(row)

        def put(x: int, text: str) -> bool:
            if x < 0 or x + len(text) > len(row) or any(taken[max(x - 1, 0) : x + len(text) + 1]):
                return False
            row[x : x + len(text)] = text
            taken[x : x + len(text)] = [True] * len(text)
            return True

        put(max(end - len(last), 0), last)
        for x, text in places:
            put(x, text)
        if cursor is not None:
            put(cursor, "▲")
        return Text("".join(row).rstrip(), style="dim")
