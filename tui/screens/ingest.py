"""Ask which files or folder to ingest (the work itself runs in IngestBar's worker)."""

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


class IngestPrompt(ModalScreen[list[Path] | None]):
    """Paths separated by spaces (quote a path with spaces); folders are searched."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="ingest.cancel"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="ingest"):
            yield Label("Ingest articles: files or a folder (.txt, .md with front matter)")
            yield Input(placeholder="~/news/ or article.md other.md", id="ingest-paths")
            yield Static("", id="ingest-error", markup=False)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        error = self.query_one("#ingest-error", Static)
        try:
            raw = shlex.split(event.value)
        except ValueError as exc:
            error.update(f"✗ {exc}")
            return
        paths = [Path(p).expanduser() for p in raw]
        missing = [str(p) for p in paths if not p.exists()]
        if not paths or missing:
            error.update(f"✗ no such file: {', '.join(missing)}" if missing else "✗ type a path")
            return
        self.dismiss(paths)

    def action_cancel(self) -> None:
        self.dismiss(None)
