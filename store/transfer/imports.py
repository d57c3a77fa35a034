"""Timelines back in: a dateline JSON export or a TimelineJS JSON/CSV file into the store.

Everything is parsed and checked before the first write (and before any store is
opened, see load_import), so a bad file adds nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from store.db import EventStore
from store.errors import IngestError
from store.formats import dateline_json
from store.formats.articles import read_bytes
from store.formats.csv_events import is_events_csv
from store.formats.encoding import decode
from store.formats.exchange import ACTOR_KINDS
from store.formats.timelinejs_import import (
    SlideActor,
    SlideEvent,
    is_timelinejs_csv,
    read_timelinejs_csv,
    read_timelinejs_json,
)
from store.models import Actor, slugify
from store.transfer.restore import restore as restore_timeline


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
        with store.bulk():  # a big export: store.json rewritten a few times, not every 8 MB
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
                    done = restore_timeline(store, tl)
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
