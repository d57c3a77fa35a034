"""The search box and, under it, what is wrong with the last query."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Static

SEARCH_HINT = '/ search: words, "phrases", actor:, source:, kind:, after:, before:'


class SearchBar(Vertical):
    """An Input (#search; its Submitted message goes up as is) over an error line."""

    def compose(self) -> ComposeResult:
        yield Input(placeholder=SEARCH_HINT, id="search")
        yield Static("", id="search-error", markup=False)

    @property
    def box(self) -> Input:
        return self.query_one("#search", Input)

    def show_error(self, message: str) -> None:
        """Say what is wrong with the query ('' hides the line)."""
        error = self.query_one("#search-error", Static)
        error.update(f"✗ {message}" if message else "")
        error.display = bool(message)

    def clear(self) -> bool:
        """Empty the box and the error line; True if there was text in the box."""
        had_text = bool(self.box.value)
        self.box.value = ""
        self.show_error("")
        return had_text
