"""Ingest and export from inside the app: a dialog over the host screen, then a thread
worker; the host hears how it went (the ingest bar's Done, a toast for an export).

A service the main screen calls (method calls down); the texts are plain functions, so
they are tested alone.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.screen import Screen
from textual.worker import Worker

from store import DatelineError, export_timeline, save_export, suggest_filename
from tui.model.storeview import StoreView
from tui.screens.ingest_dialog import IngestDialog, IngestRequest
from tui.screens.path_prompt import PathAnswer, PathPrompt
from tui.textsafe import one_line
from tui.widgets.ingest_bar import IngestBar

FORMATS = {
    "json": "dateline JSON",
    "csv": "CSV",
    "md": "Markdown",
    "ics": "calendar (ICS)",
    "timelinejs": "TimelineJS",
}
FAILURES_SHOWN = 3  # reasons an ingest toast lists before "… and N more"


class Transfer:
    """Articles in (through the host's IngestBar) and events out, for one StoreView."""

    def __init__(self, host: Screen[object], data: StoreView) -> None:
        self.host = host
        self.data = data

    def ingest(self, bar: IngestBar) -> None:
        """Ask for files or folders, then let the bar ingest them (it posts Done)."""
        if bar.running:
            self.host.app.notify("an ingest is already running; wait for it to finish")
            return

        def start(answer: IngestRequest | None) -> None:
            if answer:
                bar.start(self.data, answer.paths, answer.overrides)

        self.host.app.push_screen(IngestDialog(), start)

    def export(self, fmt: str, query: str, today: date) -> None:
        """Ask where, then export the events matching query (all without one) as fmt."""
        query = query.strip()

        def start(answer: PathAnswer | None) -> None:
            if answer:
                self._export(fmt, query, answer.paths[0], today)

        what = f"events matching {one_line(query)}" if query else "all events"
        title = f"Export {what} as {FORMATS.get(fmt, fmt)} to"
        self.host.app.push_screen(PathPrompt(title, value=suggest_filename(fmt, query)), start)

    def _export(self, fmt: str, query: str, path: Path, today: date) -> Worker[None]:
        return self.host.run_worker(
            lambda: self._write(fmt, query, path, today),
            group="export",
            exclusive=True,
            thread=True,
        )

    def _write(self, fmt: str, query: str, path: Path, today: date) -> None:
        app = self.host.app
        try:
            with self.data.lock:
                payload = export_timeline(self.data.open(), fmt, query, today=today)
            save_export(payload, path)
        except DatelineError as exc:
            app.call_from_thread(self.host.app.notify, f"export failed: {exc}", severity="error")
            return
        app.call_from_thread(self.host.app.notify, f"wrote {path} ({len(payload):,} bytes, {fmt})")


def ingest_summary(added: int, present: int, failed: list[str]) -> str:
    """The toast after an ingest: counts, then each failure's reason on its own line
    (the first FAILURES_SHOWN, then how many more)."""
    summary = f"ingested {added}, already present {present}"
    if failed:
        reasons = [f"\n{one_line(why, 100)}" for why in failed[:FAILURES_SHOWN]]
        more = len(failed) - FAILURES_SHOWN
        summary += f", failed {len(failed)}:{''.join(reasons)}"
        summary += f"\n… and {more} more" if more > 0 else ""
    return summary
