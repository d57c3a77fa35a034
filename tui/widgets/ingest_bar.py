"""Ingest files in a thread worker, with a progress bar; the app stays responsive."""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Label, ProgressBar

from store import DatelineError, Overrides, expand_article_paths, ingest_paths
from tui.widgets.storeview import StoreView


def article_files(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """Files as given, folders expanded to the article files inside them, by the same
    rules as `dateline ingest` (the store's own list of file types); plus one message
    for each path that gives nothing (a folder without article files)."""
    found, errors = expand_article_paths(str(p) for p in paths)
    return [Path(f) for f in found], [str(e) for e in errors]


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
        files, unread = article_files(paths)
        self.add_class("-running")
        self.query_one(ProgressBar).update(total=max(len(files), 1), progress=0)
        self._run(data, files, overrides or Overrides(), unread)

    @work(thread=True, exclusive=True, group="ingest")
    def _run(
        self, data: StoreView, files: list[Path], overrides: Overrides, unread: list[str]
    ) -> None:
        """One file at a time, each under the store lock, so the panes keep paging."""
        added = present = 0
        failed: list[str] = list(unread)
        bar = self.query_one(ProgressBar)
        for path in files:
            try:
                with data.lock:
                    report = ingest_paths(data.open(), [str(path)], overrides, workers=1)
            except DatelineError as exc:
                failed.append(str(exc))
            except Exception as exc:  # an extractor bug must not kill the app
                failed.append(f"{path}: {type(exc).__name__}: {exc}")
            else:
                added += len(report.added)
                present += report.present
                failed += report.failed
            self.app.call_from_thread(bar.advance, 1)
        self.app.call_from_thread(self._finish, added, present, failed)

    def _finish(self, added: int, present: int, failed: list[str]) -> None:
        self.remove_class("-running")
        self.post_message(self.Done(added, present, failed))
