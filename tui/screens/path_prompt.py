"""Ask for files to ingest or the file to export to (the work runs in a worker)."""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from tui.widgets.footer import DatelineFooter

INGEST_PLACEHOLDER = "~/news/ or article.md"
EXPORT_PLACEHOLDER = "file to write, e.g. ~/timeline.csv"


@dataclass
class PathAnswer:
    """The checked paths and, for an ingest, the date for files that carry none."""

    paths: list[Path]
    published: date | None = None


class PathPrompt(ModalScreen[PathAnswer | None]):
    """Paths separated by spaces (quote a path with spaces); checked before answering.

    An ingest prompt (`existing=True`, `ask_published=True`) also takes an optional
    publication date, for article files without one in their front matter.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="prompt.cancel"),
        # priority: focus moves before the next key is handed to a field (see EventForm)
        Binding("tab", "app.focus_next", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", show=False, priority=True),
    ]

    def __init__(
        self,
        title: str,
        *,
        value: str = "",
        existing: bool = True,
        ask_published: bool = False,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.existing = existing  # True: files to read; False: one new file to write
        self.ask_published = ask_published

    def compose(self) -> ComposeResult:
        placeholder = INGEST_PLACEHOLDER if self.existing else EXPORT_PLACEHOLDER
        yield DatelineFooter(palette=False)  # this dialog's keys, over the explorer's
        with Vertical(id="path-prompt"):
            yield Label(self.title_text, markup=False)
            yield Input(value=self.value, placeholder=placeholder, id="path-input")
            if self.ask_published:
                yield Label("published (YYYY-MM-DD, for files without one)", markup=False)
                yield Input(placeholder="optional, e.g. 2025-06-21", id="path-published")
            yield Static("", id="path-error", markup=False)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        """Enter in either box answers (the date is optional; tab reaches it)."""
        error = self.query_one("#path-error", Static)
        try:
            typed = self.query_one("#path-input", Input).value
            paths = [Path(p).expanduser() for p in shlex.split(typed)]
        except ValueError as exc:
            error.update(f"✗ {exc}")
            return
        published: date | None = None
        if self.ask_published:
            raw = self.query_one("#path-published", Input).value.strip()
            try:
                published = date.fromisoformat(raw) if raw else None
            except ValueError:
                error.update(f"✗ published: {raw} is not a date like 2025-06-21")
                self.query_one("#path-published", Input).focus()
                return
        if not paths:
            error.update("✗ type a path")
        elif self.existing and (missing := [str(p) for p in paths if not p.exists()]):
            error.update(f"✗ no such file: {', '.join(missing)}")
        elif not self.existing and len(paths) != 1:
            error.update("✗ one file name, please")
        elif not self.existing and paths[0].exists():
            error.update(f"✗ {paths[0]} exists; pick another name")
        else:
            self.dismiss(PathAnswer(paths, published))

    def action_cancel(self) -> None:
        self.dismiss(None)
