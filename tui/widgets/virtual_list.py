"""A cursor list that renders only the visible lines, so 100k rows cost nothing to show.

DataTable builds and measures every row up front; here a row is a plain Python object
and is turned into text only when it scrolls into view (Textual's Line API).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Generic, TypeVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

T = TypeVar("T")


class VirtualList(ScrollView, Generic[T], can_focus=True):
    """A list of rows with a cursor; subclasses say how a row looks and which rows count."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "select", "Open", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "virtual-list--cursor",
        "virtual-list--heading",
        "virtual-list--dim",
    }
    DEFAULT_CSS = """
    VirtualList { height: 1fr; overflow-x: hidden; }
    VirtualList > .virtual-list--cursor { background: $block-cursor-blurred-background; }
    VirtualList:focus > .virtual-list--cursor {
        background: $block-cursor-background; color: $block-cursor-foreground;
        text-style: bold;
    }
    VirtualList > .virtual-list--heading { color: $accent; text-style: bold; }
    VirtualList > .virtual-list--dim { color: $text-muted; }
    """

    cursor: reactive[int] = reactive(-1, always_update=True)

    class Highlighted(Message):
        """The cursor moved to a row (posted for selectable rows only)."""

        def __init__(self, sender: VirtualList, index: int) -> None:
            super().__init__()
            self.list = sender
            self.index = index

    class Chosen(Message):
        """Enter or a click on a row."""

        def __init__(self, sender: VirtualList, index: int) -> None:
            super().__init__()
            self.list = sender
            self.index = index

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.rows: Sequence[T] = []
        self.empty_text = ""  # shown on the first line while there are no rows
        # rendered lines by (row index, width, under cursor, focused); scrolling by one
        # line then renders one new row instead of the whole pane
        self._lines: LRUCache[tuple[int, int, bool, bool], Strip] = LRUCache(1024)

    def clear_lines(self) -> None:
        """Forget rendered lines (rows, names or styles changed)."""
        self._lines.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines.clear()

    # -- for subclasses ---------------------------------------------------
    def render_row(self, row: T, width: int) -> Text:
        return Text(str(row))

    def selectable(self, row: T) -> bool:
        return True

    def selectable_at(self, index: int) -> bool:
        """Whether the row at index can take the cursor (override to avoid fetching it)."""
        return self.selectable(self.rows[index])

    def row_style(self, row: T) -> str:
        """Component class for a row that is not under the cursor ('' for none)."""
        return ""

    # -- data ----------------------------------------------------------------
    def set_rows(self, rows: Sequence[T], cursor: int | None = None) -> None:
        """Replace all rows; keep the cursor where it makes sense."""
        self.rows = rows
        self._lines.clear()
        self.virtual_size = Size(self.size.width, len(rows))
        target = cursor if cursor is not None else max(self.cursor, 0)
        self.cursor = self._nearest(min(target, len(rows) - 1), 1)
        self.refresh()

    @property
    def current(self) -> T | None:
        if 0 <= self.cursor < len(self.rows):
            return self.rows[self.cursor]
        return None

    def _nearest(self, index: int, step: int) -> int:
        """The first selectable row from index in the direction step (then the other way)."""
        n = len(self.rows)
        if n == 0:
            return -1
        index = max(0, min(index, n - 1))
        for direction in (step, -step):
            i = index
            while 0 <= i < n:
                if self.selectable_at(i):
                    return i
                i += direction
        return -1

    # -- cursor ----------------------------------------------------------------
    def watch_cursor(self, old: int, new: int) -> None:
        if old != new:
            self.refresh_line(old)
        self.refresh_line(new)
        if new >= 0:
            self.scroll_to_row(new)
            self.cursor_moved(new)

    def cursor_moved(self, index: int) -> None:
        """Tell the screen (subclasses post their own, more specific message)."""
        self.post_message(self.Highlighted(self, index))

    def refresh_line(self, index: int) -> None:
        y = index - round(self.scroll_y)
        if 0 <= y < self.size.height:
            self.refresh(Region(0, y, self.size.width, 1))

    def scroll_to_row(self, index: int) -> None:
        top = round(self.scroll_y)
        height = max(self.scrollable_content_region.height, 1)
        context = 1 if index > 0 and not self.selectable_at(index - 1) else 0
        if index - context < top or index >= top + 2 * height:  # far jump: show it at the top
            self.scroll_to(y=index - context, animate=False, immediate=True)
        elif index >= top + height:  # a step down: keep the page, reveal the row
            self.scroll_to(y=index - height + 1, animate=False, immediate=True)

    def move_to(self, index: int) -> None:
        self.cursor = self._nearest(index, 1)

    def action_cursor_up(self) -> None:
        self.cursor = self._nearest(self.cursor - 1, -1) if self.cursor > 0 else self.cursor

    def action_cursor_down(self) -> None:
        nxt = self._nearest(self.cursor + 1, 1)
        if nxt > self.cursor:
            self.cursor = nxt

    def action_page_up(self) -> None:
        self.cursor = self._nearest(self.cursor - max(self.size.height - 1, 1), -1)

    def action_page_down(self) -> None:
        self.cursor = self._nearest(self.cursor + max(self.size.height - 1, 1), 1)

    def action_first(self) -> None:
        self.cursor = self._nearest(0, 1)

    def action_last(self) -> None:
        self.cursor = self._nearest(len(self.rows) - 1, -1)

    def action_select(self) -> None:
        if self.cursor >= 0:
            self.post_message(self.Chosen(self, self.cursor))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:  # on the border or scrollbar
            return
        index = offset.y + round(self.scroll_y)
        if 0 <= index < len(self.rows) and self.selectable_at(index):
            if index == self.cursor and event.chain > 1:
                self.action_select()
            self.cursor = index

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, len(self.rows))

    # -- rendering ---------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width or self.size.width
        index = y + round(self.scroll_y)
        base = self.rich_style
        if not 0 <= index < len(self.rows):
            if index == 0 and not self.rows and self.empty_text:
                text = Text(" " + self.empty_text, end="")
                text.truncate(width, overflow="ellipsis", pad=True)
                text.stylize_before(base + self.get_component_rich_style("virtual-list--dim"))
                return Strip(list(text.render(self.app.console))).crop_extend(0, width, base)
            return Strip.blank(width, base)
        key = (index, width, index == self.cursor, self.has_focus)
        strip = self._lines.get(key)
        if strip is None:
            row = self.rows[index]
            text = self.render_row(row, width)
            text.truncate(width, overflow="ellipsis", pad=True)
            cls = "virtual-list--cursor" if index == self.cursor else self.row_style(row)
            style: Style = base + self.get_component_rich_style(cls) if cls else base
            text.stylize_before(style)
            segments = list(text.render(self.app.console))
            strip = self._lines[key] = Strip(segments).crop_extend(0, width, base)
        return strip

    def on_focus(self) -> None:
        self.refresh_line(self.cursor)

    def on_blur(self) -> None:
        self.refresh_line(self.cursor)
