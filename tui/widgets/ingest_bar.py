"""Ingest files in a thread worker, with a progress bar; the app stays responsive."""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Label, ProgressBar

from store import DatelineError, Overrides, ingest_paths
from tui.model.storeview import StoreView


class IngestBar(Horizontal):
    """Hidden until an ingest runs; posts Done with a summary when it ends."""

    DEFAULT_CSS = """
    IngestBar { height: 1; display: none; padding: 0 1; }
    IngestBar.-running { display: block; }
    IngestBar Label { width: auto; margin-right: 1; }
    """

    class Done(Message):
        def __init__(self, added: int, present: int, failed: list[str]) -> None:
            super().__init__()
            self.added, self.present, self.failed = added, present, failed

    def compose(self) -> ComposeResult:
        yield Label("ingesting", id="ingest-label")
        yield ProgressBar(id="ingest-progress", show_eta=False)

    @property
    def running(self) -> bool:
        return self.has_class("-running")

    def start(self, data: StoreView, paths: list[Path], overrides: Overrides | None = None) -> None:
        """Begin ingesting (one ingest at a time: the caller checks `running`);
        `overrides` dates the files that carry no date and replaces title and source."""
        self.add_class("-running")
        self.query_one(ProgressBar).update(total=None, progress=0)
        self._run(data, [str(p) for p in paths], overrides or Overrides())

    @work(thread=True, exclusive=True, group="ingest")
    def _run(self, data: StoreView, paths: list[str], overrides: Overrides) -> None:
        """store's one ingest pipeline (folders walked by its rules), holding the store
        lock only while it touches the store, so the panes keep paging."""
        bar = self.query_one(ProgressBar)

        def progress(done: int, total: int) -> None:
            self.app.call_from_thread(bar.update, total=max(total, 1), progress=done)

        try:
            with data.lock:
                store = data.open()
            report = ingest_paths(
                store, paths, overrides, workers=1, progress=progress, lock=data.lock
            )
        except DatelineError as exc:
            result = (0, 0, [str(exc)])
        except Exception as exc:  # an extractor bug must not kill the app
            result = (0, 0, [f"ingest failed: {type(exc).__name__}: {exc}"])
        else:
            result = (len(report.added), report.present, report.failed)
        self.app.call_from_thread(self._finish, *result)

    def _finish(self, added: int, present: int, failed: list[str]) -> None:
        self.remove_class("-running")
        self.post_message(self.Done(added, present, failed))
