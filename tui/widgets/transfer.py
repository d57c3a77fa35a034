"""Ingest and export from inside the app: a prompt, then a thread worker.

A mixin of the app (like editing) so that app.py stays a router.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from store import DatelineError, export_timeline, save_export, suggest_filename
from tui.screens.ingest_dialog import IngestDialog, IngestRequest
from tui.screens.path_prompt import PathAnswer, PathPrompt
from tui.textsafe import one_line
from tui.widgets.ingest_bar import IngestBar

if TYPE_CHECKING:
    from tui.app import DatelineApp

    _Base = DatelineApp
else:
    _Base = object

FORMATS = {
    "json": "dateline JSON",
    "csv": "CSV",
    "md": "Markdown",
    "ics": "calendar (ICS)",
    "timelinejs": "TimelineJS",
}


class TransferMixin(_Base):
    """The app's ingest and export actions."""

    def action_ingest(self) -> None:
        if self.query_one(IngestBar).running:
            self.notify("an ingest is already running; wait for it to finish")
            return

        def start(answer: IngestRequest | None) -> None:
            if answer:
                self.query_one(IngestBar).start(self.data, answer.paths, answer.overrides)

        self.push_screen(IngestDialog(), start)

    def action_export(self, fmt: str) -> None:
        """Export the current search (all events without one) in format fmt."""
        query = self.query_text.strip()

        def start(answer: PathAnswer | None) -> None:
            if answer:
                self._export(fmt, query, answer.paths[0])

        what = f"events matching {one_line(query)}" if query else "all events"
        title = f"Export {what} as {FORMATS.get(fmt, fmt)} to"
        self.push_screen(PathPrompt(title, value=suggest_filename(fmt, query)), start)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, fmt: str, query: str, path: Path) -> None:
        try:
            with self.data.lock:
                data = export_timeline(self.data.open(), fmt, query, today=self.today)
            save_export(data, path)
        except DatelineError as exc:
            self.call_from_thread(self.notify, f"export failed: {exc}", severity="error")
            return
        self.call_from_thread(self.notify, f"wrote {path} ({len(data):,} bytes, {fmt})")
