"""Ask for the file to export to (the export runs in a worker); checked before answering."""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from tui.widgets.footer import DatelineFooter

EXPORT_PLACEHOLDER = "file to write, e.g. ~/timeline.csv"


@dataclass
class PathAnswer:
    """The checked path (one new file)."""

    paths: list[Path]


class PathPrompt(ModalScreen[PathAnswer | None]):
    """One new file name (quote a name with spaces); an existing file is refused."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="prompt.cancel"),
    ]

    def __init__(self, title: str, *, value: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.value = value

    def compose(self) -> ComposeResult:
        yield DatelineFooter(palette=False)  # this dialog's keys, over the explorer's
        with Vertical(id="path-prompt"):
            yield Label(self.title_text, markup=False)
            yield Input(value=self.value, placeholder=EXPORT_PLACEHOLDER, id="path-input")
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
        elif len(paths) != 1:
            error.update("✗ one file name, please")
        elif paths[0].exists():
            error.update(f"✗ {paths[0]} exists; pick another name")
        else:
            self.dismiss(PathAnswer(paths))

    def action_cancel(self) -> None:
        self.dismiss(None)
