"""Ask for files to ingest or the file to export to (the work runs in a worker)."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static


class PathPrompt(ModalScreen[list[Path] | None]):
    """Paths separated by spaces (quote a path with spaces); checked before answering."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="prompt.cancel"),
    ]

    def __init__(self, title: str, *, value: str = "", existing: bool = True) -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.existing = existing  # True: files to read; False: one new file to write

    def compose(self) -> ComposeResult:
        with Vertical(id="path-prompt"):
            yield Label(self.title_text, markup=False)
            yield Input(value=self.value, placeholder="~/news/ or article.md", id="path-input")
            yield Static("", id="path-error", markup=False)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        error = self.query_one("#path-error", Static)
        try:
            paths = [Path(p).expanduser() for p in shlex.split(event.value)]
        except ValueError as exc:
            error.update(f"✗ {exc}")
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
            self.dismiss(paths)

    def action_cancel(self) -> None:
        self.dismiss(None)
