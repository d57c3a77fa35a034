"""Timelines out: the store's events matching a query, rendered and written safely.

`export_timeline(store, "ics", "actor:Trump")` gives bytes; `save_export` writes them
atomically and refuses to overwrite without `force`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store.db import EventStore
from store.errors import ExportError
from store.formats.exchange import EXPORT_FORMATS, GroupBy, render
from store.safe_write import atomic_write_bytes
from store.transfer.collect import collect


def export_timeline(
    store: EventStore,
    fmt: str,
    query: str = "",
    *,
    title: str = "",
    group_by: GroupBy = "actor",
    today: date | None = None,
    stories: bool = False,
) -> bytes:
    """The store's events matching QUERY (all for ""), by date, in format `fmt`; with
    `stories`, one entry per story row citing all its sources (store/stories/export.py)."""
    if fmt not in EXPORT_FORMATS:
        raise ExportError(
            f"unknown export format {fmt!r} (choose from {', '.join(EXPORT_FORMATS)})"
        )
    if stories:
        if fmt == "json":
            raise ExportError("--stories is for ics, timelinejs, md and csv (json re-imports)")
        from store.stories.export import story_timeline

        return render(
            story_timeline(store, query, title=title, today=today), fmt, group_by=group_by
        )
    return render(collect(store, query, title=title, today=today), fmt, group_by=group_by)


def save_export(data: bytes, path: Path, *, force: bool = False) -> None:
    """Write an export atomically; an existing file is replaced only with `force`."""
    if path.is_dir():
        raise ExportError(f"{path} is a folder; give a file name")
    if path.exists() and not force:
        raise ExportError(f"{path} exists; pass --force to overwrite it")
    if not path.parent.exists():
        raise ExportError(f"folder {path.parent} does not exist")
    try:
        atomic_write_bytes(path, data)
    except Exception as exc:  # StoreError from the shared writer, reworded for export
        raise ExportError(str(exc)) from exc
