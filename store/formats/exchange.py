"""Which export formats there are, their file names, and a Timeline rendered in one.

Pure: a Timeline in, bytes out. Taking the timeline from a store and writing the file
(export_timeline, save_export) and reading one back (import_file) are store.transfer's.
"""

from __future__ import annotations

from typing import Literal, get_args

from store.errors import ExportError
from store.formats import dateline_json
from store.formats.timeline import Timeline
from store.models import ActorKind, slugify

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
