"""The palette's ingest dialog: files or folders (typed, or picked from a tree that shows
only what ingest reads), and the metadata the command line takes (title, source,
published). The ingest itself runs in the IngestBar's worker."""

from __future__ import annotations

import shlex
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import DirectoryTree, Input, Label, Static

from store import Overrides, article_kind
from tui.widgets.footer import DatelineFooter

INGEST_PLACEHOLDER = "~/news/ or article.md (several: separate with spaces)"
KINDS_LINE = "Ingest articles: .txt .md .json .jsonl .html files, or folders of them"


@dataclass
class IngestRequest:
    """The checked paths and what replaces or fills each file's own metadata."""

    paths: list[Path]
    overrides: Overrides


def typed_paths(value: str) -> list[Path]:
    """The paths typed: a name with spaces that exists as typed ("My news/", pasted
    unquoted) is one path; anything else is split as a shell would."""
    whole = Path(value.strip()).expanduser()
    if value.strip() and any(ch.isspace() for ch in value.strip()) and whole.exists():
        return [whole]
    return [Path(p).expanduser() for p in shlex.split(value)]


class ArticleTree(DirectoryTree):
    """Folders and the files ingest reads (hidden ones left out)."""

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [
            p for p in paths if not p.name.startswith(".") and (p.is_dir() or article_kind(p.name))
        ]


class IngestDialog(ModalScreen[IngestRequest | None]):
    """Paths, title, source and published date; enter or ctrl+s ingests."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="ingest.cancel"),
        Binding("ctrl+s", "submit", "Ingest", id="ingest.submit"),
        # priority: focus moves before the next key is handed to a field (see EventForm)
        Binding("tab", "app.focus_next", "Next field", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", show=False, priority=True),
    ]

    def __init__(self, start: Path | None = None) -> None:
        super().__init__()
        self.folder = start or Path.cwd()

    def compose(self) -> ComposeResult:
        yield DatelineFooter(palette=False)  # this dialog's keys, over the explorer's
        with Vertical(id="ingest"):
            yield Label(KINDS_LINE, id="ingest-kinds", markup=False)
            yield Input(placeholder=INGEST_PLACEHOLDER, id="ingest-paths")
            yield ArticleTree(self.folder, id="ingest-tree")
            for key, label, hint in (
                ("title", "Title", "optional: replaces each file's own"),
                ("source", "Source", "optional: replaces each file's own, e.g. Gazette"),
                ("published", "Published", "YYYY-MM-DD, for files without a date"),
            ):
                with Horizontal(classes="ingest-row"):
                    yield Label(label, classes="ingest-label", markup=False)
                    yield Input(placeholder=hint, id=f"ingest-{key}")
            yield Static("", id="ingest-error", markup=False)

    def on_mount(self) -> None:
        self.query_one("#ingest-paths", Input).focus()

    @on(DirectoryTree.FileSelected)
    @on(DirectoryTree.DirectorySelected)
    def _picked(self, event: DirectoryTree.FileSelected | DirectoryTree.DirectorySelected) -> None:
        """A file or folder picked in the tree becomes the path to ingest."""
        event.stop()
        self.query_one("#ingest-paths", Input).value = shlex.quote(str(event.path))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def _value(self, key: str) -> str:
        return self.query_one(f"#ingest-{key}", Input).value.strip()

    def _fail(self, message: str, field: str) -> None:
        self.query_one("#ingest-error", Static).update(f"✗ {message}")
        self.query_one(f"#ingest-{field}", Input).focus()

    def action_submit(self) -> None:
        """Check the fields; answer, or say what is wrong next to them."""
        try:
            paths = typed_paths(self._value("paths"))
        except ValueError as exc:
            self._fail(str(exc), "paths")
            return
        raw = self._value("published")
        try:
            published = date.fromisoformat(raw) if raw else None
        except ValueError:
            self._fail(f"published: {raw} is not a date like 2025-06-21", "published")
            return
        if not paths:
            self._fail("type a path, or pick one in the tree", "paths")
        elif missing := [str(p) for p in paths if not p.exists()]:
            self._fail(f"no such file: {', '.join(missing)}", "paths")
        elif unread := [p.name for p in paths if p.is_file() and not article_kind(p.name)]:
            self._fail(f"unsupported file type: {', '.join(unread)}", "paths")
        else:
            overrides = Overrides(
                published=published, source=self._value("source"), title=self._value("title")
            )
            self.dismiss(IngestRequest(paths, overrides))

    def action_cancel(self) -> None:
        self.dismiss(None)
