"""Quotes with speaker and cue; choosing one moves the timeline to its event."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from rich.text import Text
from textual.message import Message

from store import Quote
from tui.textsafe import cue_words, one_line
from tui.widgets.virtual_list import VirtualList

MIN = date.min


class QuotesPane(VirtualList[Quote]):
    """Quotes of the current view, oldest article first, in the order they were said."""

    class QuoteChosen(Message):
        def __init__(self, quote: Quote) -> None:
            super().__init__()
            self.quote = quote

    class QuoteHighlighted(Message):
        """The quote under the cursor (the screen shows it in full while this pane has
        the focus: a row cuts it to the pane's width)."""

        def __init__(self, quote: Quote | None) -> None:
            super().__init__()
            self.quote = quote

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.quotes: list[Quote] = []
        self._sorted: list[Quote] = []
        self._sorted_for: tuple[int, int, int] | None = None
        self.published: dict[str, date] = {}  # article id -> date: quotes in article order
        self.speaker_name: Callable[[str | None], str] = lambda sid: sid or "—"

    def show(self, quotes: list[Quote]) -> None:
        keep = self.current.id if self.current else None
        published = self.published
        key = (id(quotes), len(quotes), id(published))
        if key != self._sorted_for:  # the whole store's list comes back often: sort it once
            self._sorted = sorted(
                quotes, key=lambda q: (published.get(q.article_id, MIN), q.article_id, q.start)
            )
            self._sorted_for = key
        self.quotes = quotes
        rows = self._sorted
        index = next((i for i, q in enumerate(rows) if q.id == keep), 0)
        self.set_rows(rows, cursor=index)
        self.border_subtitle = str(len(rows))

    def render_row(self, row: Quote, width: int) -> Text:
        who_w = 18 if width >= 60 else 14 if width >= 40 else 10
        who = one_line(self.speaker_name(row.speaker), who_w)
        text = Text(f" {who:<{who_w}} ", style="bold")
        text.append("“" + one_line(row.text) + "”")
        if cue := cue_words(row.cue):
            text.append(f"  {cue}", style="dim")
        return text

    def on_virtual_list_highlighted(self, message: VirtualList.Highlighted) -> None:
        message.stop()
        self.post_message(self.QuoteHighlighted(self.current))

    def on_virtual_list_chosen(self, message: VirtualList.Chosen) -> None:
        message.stop()
        if self.current:
            self.post_message(self.QuoteChosen(self.current))
