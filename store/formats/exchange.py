"""Export and import entry points for the CLI and the app: pick a format, write safely.

`export_timeline(store, "ics", "actor:Trump")` gives bytes; `save_export` writes them
atomically and refuses to overwrite without `force`; `import_file` reads a dateline JSON
export or a TimelineJS JSON/CSV file into the store.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal, get_args

from store.db import EventStore
from store.errors import ExportError, IngestError
from store.formats import dateline_json
from store.formats.articles import read_bytes
from store.formats.csv_events import is_events_csv
from store.formats.encoding import decode
from store.formats.timeline import Timeline, collect
from store.formats.timelinejs_import import (
    SlideActor,
    SlideEvent,
    is_timelinejs_csv,
    read_timelinejs_csv,
    read_timelinejs_json,
)
from store.models import Actor, ActorKind, slugify
from store.safe_write import atomic_write_bytes

ExportFormat = Literal["json", "csv", "md", "ics", "timelinejs"]
EXPORT_FORMATS: tuple[str, ...] = ("json", "csv", "md", "ics", "timelinejs")
ACTOR_KINDS: tuple[str, ...] = get_args(ActorKind)
GroupBy = Literal["actor", "source", "none"]
EXTENSIONS = {
    "json": ".json",
    "csv": ".csv",
    "md": ".md",
    "ics": ".ics",
    "timelinejs": ".timeline.json",
}


def suggest_filename(fmt: str, query: str = "") -> str:
    """A file name for an export: 'dateline-actor-trump.ics', 'dateline.timeline.json'."""
    stem = slugify(query)[:40].strip("-") if query.strip() else ""
    return f"dateline{'-' + stem if stem else ''}{EXTENSIONS.get(fmt, '.' + fmt)}"


def render(tl: Timeline, fmt: str, *, group_by: GroupBy = "actor") -> bytes:
    """A collected timeline in one format, as the bytes of the file (formatters load lazily:
    `import store` stays light)."""
    if fmt == "json":
        return dateline_json.to_json(tl).encode()
    if fmt == "csv":
        from store.formats.csv_events import to_csv

        return to_csv(tl).encode()
    if fmt == "md":
        from store.formats.markdown import to_markdown

        return to_markdown(tl).encode()
    if fmt == "ics":
        from store.formats.ics import to_ics

        return to_ics(tl)
    if fmt == "timelinejs":
        from store.formats.timelinejs import to_timelinejs

        return to_timelinejs(tl, group_by).encode()
    raise ExportError(f"unknown export format {fmt!r} (choose from {', '.join(EXPORT_FORMATS)})")


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


@dataclass
class ImportReport:
    kind: str
    articles: int = 0
    events: int = 0
    present: int = 0
    notes: list[str] = field(default_factory=list)


def _slide_actor(store: EventStore, found: SlideActor) -> Actor:
    """The stored actor a slide names (by id, then by name), else a new one of its kind."""
    known = store.actor(found.id) or store.find_actor(found.name or found.id)
    if known is not None:
        return known
    kind = found.kind if found.kind in ACTOR_KINDS else "person"
    return store.add_actor(Actor(id=found.id, name=found.name or found.id, kind=kind))


def _timelinejs_into(store: EventStore, slides: list[SlideEvent], report: ImportReport) -> None:
    for found in slides:
        event = found.event
        if store.event(event.id) is not None:
            report.present += 1
            continue
        if found.actors:  # a dateline export names every actor with its kind
            ids = [_slide_actor(store, a).id for a in found.actors]
            event = event.model_copy(update={"actors": list(dict.fromkeys(ids))})
        elif found.group:
            actor = store.find_actor(found.group) or store.add_actor(
                Actor(id=slugify(found.group), name=found.group)
            )
            event = event.model_copy(update={"actors": [actor.id]})
        store.add_event(event)
        report.events += 1


@dataclass
class PendingImport:
    """A file parsed and checked for import, not yet written: `into(store)` writes it."""

    kind: str
    write: Callable[[EventStore, ImportReport], None]

    def into(self, store: EventStore) -> ImportReport:
        report = ImportReport(self.kind)
        self.write(store, report)
        return report


def read_import(data: bytes, origin: str) -> PendingImport:
    """Parse and check an export (dateline JSON, TimelineJS JSON or sheet CSV) without a
    store, so a bad file is refused before any store is opened (or created)."""
    text = decode(data, origin)
    if text.lstrip().startswith(("{", "[")):
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise IngestError(f"{origin}: not valid JSON ({exc.msg} at line {exc.lineno})") from exc
        if dateline_json.is_dateline_json(doc):
            tl = dateline_json.load(doc, origin)

            def restore(store: EventStore, report: ImportReport) -> None:
                with store.restoring():  # records keep their ids and created/updated stamps
                    done = dateline_json.restore(store, tl)
                report.articles, report.events, report.present = (
                    done.articles,
                    done.events,
                    done.present,
                )

            return PendingImport("dateline", restore)
        if isinstance(doc, dict) and "events" in doc:
            slides = read_timelinejs_json(doc, origin)
            return PendingImport("timelinejs", lambda st, rep: _timelinejs_into(st, slides, rep))
        raise IngestError(
            f"{origin}: neither a dateline export nor TimelineJS JSON "
            "(to read articles, use `dateline ingest`)"
        )
    if is_timelinejs_csv(text):
        rows = read_timelinejs_csv(text, origin)
        return PendingImport("timelinejs-csv", lambda st, rep: _timelinejs_into(st, rows, rep))
    if is_events_csv(text):
        raise IngestError(
            f"{origin}: dateline's CSV export is for spreadsheets and does not import back "
            "(it keeps no event ids, articles or quotes); export with --format json "
            "(or timelinejs) for a file that does"
        )
    raise IngestError(
        f"{origin}: not a file dateline imports (dateline JSON export, TimelineJS JSON, "
        "or a TimelineJS sheet saved as CSV)"
    )


def load_import(path: Path) -> PendingImport:
    """read_import for a file on disk."""
    return read_import(read_bytes(path), str(path))


def import_bytes(store: EventStore, data: bytes, origin: str) -> ImportReport:
    """Read an export into the store; everything is parsed and checked before the first
    write, so a bad file adds nothing."""
    return read_import(data, origin).into(store)


def import_file(store: EventStore, path: Path) -> ImportReport:
    """import_bytes for a file on disk."""
    return load_import(path).into(store)
