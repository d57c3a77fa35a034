"""Story rows: one line per happening, with how many articles tell it and a mark when
their dates disagree; the reader merges and splits rows by hand (stored decisions)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.worker import get_current_worker

from store import DatelineError, StoryRow, When
from tui.dates import short_label, span_label
from tui.model.storeview import StoreView
from tui.model.story_rows import StoryRows, by_article, load_story_rows
from tui.textsafe import clean, one_line, plain
from tui.widgets.virtual_list import VirtualList

CONFLICT = "≠"
NARROW = 64  # a pane narrower than this shows a row's dates compactly


def compact_span(start: date | None, end: date | None) -> str:
    """A row's dates in at most 13 characters (2025-06-21–22, 2025-06–07)."""
    said = span_label(start, end)
    if len(said) <= 13 or (start is None and end is None):
        return said
    if start is None:  # a back-reference's row: "…–2031-09-20", before its article's day
        return short_label(When(value="PAST_REF", end=end, granularity="vague"), 13)
    return short_label(When(value=start.isoformat(), start=start, end=end or start), 13)


class StoriesPane(VirtualList[StoryRow]):
    """Story rows in date order; `m` marks a row, `M` merges it with the highlighted one,
    `x` splits the highlighted row into its sources."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("m", "mark", "Mark", id="stories.mark"),
        Binding("M", "merge", "Merge marked", id="stories.merge"),
        Binding("x", "split", "Split", id="stories.split"),
        Binding("enter", "select", "Article", id="stories.open"),
        Binding("1", "source(0)", "Article of source 1 (to 9)", show=False),
        *(Binding(str(n), f"source({n - 1})", "", show=False) for n in range(2, 10)),
    ]

    class StoryHighlighted(Message):
        def __init__(self, row: StoryRow | None) -> None:
            super().__init__()
            self.row = row

    class MergeRequested(Message):
        def __init__(self, marked: StoryRow, other: StoryRow) -> None:
            super().__init__()
            self.marked, self.other = marked, other

    class SplitRequested(Message):
        def __init__(self, row: StoryRow) -> None:
            super().__init__()
            self.row = row

    class ArticleRequested(Message):
        """Open the article of the row's source number `index` (from 0)."""

        def __init__(self, row: StoryRow, index: int = 0) -> None:
            super().__init__()
            self.row, self.index = row, index

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.marked: StoryRow | None = None
        self.source: Callable[[str | None], str] = lambda aid: ""

    def load(self, data: StoreView, query: str, today: date, keep: str | None = None) -> None:
        """Group the store's events for query off the UI thread, then show the rows
        (keeping the cursor on the row holding event `keep`)."""
        self.border_subtitle = "grouping…"
        if not self.rows:  # the first grouping (seconds on a big store): said where rows go
            self.empty_text = "grouping the events into story rows…"
            self.clear_lines()
        self._group(data, query, today, keep)

    @work(thread=True, exclusive=True, group="stories")
    def _group(self, data: StoreView, query: str, today: date, keep: str | None) -> None:
        worker = get_current_worker()
        try:
            rows = load_story_rows(data, query, today)
        except DatelineError as exc:
            self.app.call_from_thread(self.app.notify, str(exc), title="stories", severity="error")
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self.show, rows, keep)

    def show(self, rows: StoryRows, keep: str | None = None) -> None:
        """Show rows; keep the cursor on the row holding event `keep` (or the current)."""
        self.empty_text = "no story rows here (escape clears the filter)"
        current = self.current
        keep = keep or (current.events[0] if current is not None else None)
        if self.marked is not None and rows.index_of(self.marked.events[0]) is None:
            self.marked = None
        index = rows.index_of(keep)
        self.set_rows(rows, cursor=index if index is not None else 0)
        told = sum(1 for g in rows.groups if len(g.sources) > 1)
        self.border_subtitle = f"{len(rows)} story rows · {told} told by several"
        if not len(rows):
            self.post_message(self.StoryHighlighted(None))

    def render_row(self, row: StoryRow, width: int) -> Text:
        marked = self.marked is not None and self.marked.id == row.id
        text = Text("▶" if marked else " ", style="bold")
        if width >= NARROW:
            when = f"{span_label(row.start, row.end):<23}"
        else:  # the title needs the room more than the date needs its full span
            when = f"{compact_span(row.start, row.end):<13}"
        text.append(f"{when} ", style="" if row.start else "dim")
        count = f"{row.sources} source{'' if row.sources == 1 else 's'}"
        text.append(f"{count:>10}")
        text.append(f" {CONFLICT} " if row.conflict else "   ", style="bold red")
        room = max(width - len(text.plain), 0)
        text.append(one_line(row.title, room))
        return text

    def cursor_moved(self, index: int) -> None:
        self.post_message(self.StoryHighlighted(self.current))

    def on_virtual_list_chosen(self, message: VirtualList.Chosen) -> None:
        message.stop()
        if self.current is not None:
            self.post_message(self.ArticleRequested(self.current))

    def action_source(self, index: int) -> None:
        if self.current is not None:
            self.post_message(self.ArticleRequested(self.current, index))

    def action_mark(self) -> None:
        row = self.current
        if row is None:
            return
        same = self.marked is not None and self.marked.id == row.id
        self.marked = None if same else row
        self.clear_lines()
        self.app.notify("mark cleared" if same else "row marked: go to another row and press M")

    def action_merge(self) -> None:
        row = self.current
        if row is None or self.marked is None:
            self.app.notify("mark a row with m first, then press M on the other row")
            return
        if self.marked.id == row.id:
            self.app.notify("that is the marked row: move to another row", severity="warning")
            return
        marked, self.marked = self.marked, None
        self.post_message(self.MergeRequested(marked, row))

    def action_split(self) -> None:
        row = self.current
        if row is None or len(row.events) < 2:
            self.app.notify("this row has one source: nothing to split")
            return
        self.post_message(self.SplitRequested(row))


def story_text(row: StoryRow) -> Text:
    """A story row in full: why its events were grouped, the conflict when their dates
    disagree, and each source article with its events' dates, date words and sentences
    (never markup)."""
    out = Text()
    out.append(one_line(row.title) + "\n", style="bold")
    out.append(span_label(row.start, row.end), style="bold")
    out.append(f" · {row.sources} source{'' if row.sources == 1 else 's'}")
    if row.manual:
        out.append(" · grouped by hand", style="dim")
    out.append("\n")
    if row.conflict:
        out.append(f"{CONFLICT} the sources disagree on the date\n", style="bold red")
    if row.reasons:
        out.append("Grouped: " + one_line("; ".join(row.reasons)) + "\n", style="dim")
    out.append("\nSources", style="underline")
    out.append("  (1–9 opens that article)\n", style="dim")
    for n, group in enumerate(by_article(row), 1):
        first = group[0]
        out.append(f"{n:>2} {one_line(first.title) or '(no article)'}\n", style="bold")
        told = (one_line(first.source), f"reported {first.published}" if first.published else "")
        if any(told):
            out.append("   " + " · ".join(p for p in told if p) + "\n", style="dim italic")
        for item in group:
            when = span_label(item.start, item.end)
            out.append(f"   {when}", style="bold")
            if item.date_text:
                out.append(f"  “{one_line(item.date_text)}”")
            if item.value and item.value != when:  # a plain day is said once
                out.append(f"  {clean(item.value)}", style="dim")
            out.append("\n     ")
            out.append_text(plain(one_line(item.sentence)))
            out.append("\n")
    return out
