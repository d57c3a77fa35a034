"""`g`: ask for a date in any form the tagger reads and answer with it (a date that
names no year, "March", in the year nearest the timeline's cursor: tui.dates.read_near)."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from store import DateParseError, When
from tui.dates import precise_label, read_near
from tui.widgets.footer import DatelineFooter


class GoToDate(ModalScreen[When | None]):
    """A one-field prompt; shows what the typed date means before jumping."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="goto.cancel"),
    ]

    def __init__(self, today: date, near: date | None = None) -> None:
        super().__init__()
        self.today = today
        self.near = near  # the cursor's day: a date with no year is read nearest to it

    def compose(self) -> ComposeResult:
        yield DatelineFooter(palette=False)  # this dialog's keys, over the explorer's
        with Vertical(id="goto"):
            yield Label("Go to date (October 2023, last week, 2025-06-21)")
            yield Input(placeholder="a date", id="goto-input")
            yield Static("", id="goto-preview", markup=False)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        preview = self.query_one("#goto-preview", Static)
        try:
            when = read_near(event.value, self.today, self.near)
        except DateParseError as exc:
            preview.update(f"✗ {exc}" if event.value.strip() else "")
            return
        preview.update(f"→ {precise_label(when)}")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        try:
            when = read_near(event.value, self.today, self.near)
        except DateParseError as exc:
            self.query_one("#goto-preview", Static).update(f"✗ {exc}")
            return
        self.dismiss(when)

    def action_cancel(self) -> None:
        self.dismiss(None)
