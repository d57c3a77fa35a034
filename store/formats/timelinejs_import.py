"""TimelineJS JSON, or the CSV a TimelineJS Google sheet exports, into hand-made events.

Slides become manual events with plain-text titles (TimelineJS text is HTML); the title
slide and eras are skipped; ids hash the slide's content, so importing twice is a no-op.
"""

from __future__ import annotations

import calendar
import csv
import html
import io
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from store.errors import IngestError
from store.models import Event, When, short_hash

_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</?(p|br|div|blockquote|li|h\d)\b[^>]*>", re.I)
_APPROX = ("about", "around", "circa", "c.", "ca.", "~", "approx")


def plain(text: str) -> str:
    """HTML from a slide as one line of plain text."""
    text = _BLOCK.sub(" ", text or "")
    return " ".join(html.unescape(_TAG.sub("", text)).split())


@dataclass
class SlideEvent:
    """A slide as dateline reads it: the event plus the group it was drawn in."""

    event: Event
    group: str


def _num(value: Any, what: str, origin: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(str(value).strip())
    except ValueError:
        raise IngestError(f"{origin}: {what} {value!r} is not a number") from None


def _date_parts(obj: Any, origin: str) -> tuple[int, int | None, int | None] | None:
    if not isinstance(obj, dict):
        return None
    year = _num(obj.get("year"), "year", origin)
    if year is None:
        return None
    return year, _num(obj.get("month"), "month", origin), _num(obj.get("day"), "day", origin)


def _bounds(parts: tuple[int, int | None, int | None], origin: str) -> tuple[date, date, str]:
    y, m, d = parts
    try:
        if m is None:
            return date(y, 1, 1), date(y, 12, 31), f"{y:04d}"
        if d is None:
            last = calendar.monthrange(y, m)[1]
            return date(y, m, 1), date(y, m, last), f"{y:04d}-{m:02d}"
        return date(y, m, d), date(y, m, d), f"{y:04d}-{m:02d}-{d:02d}"
    except ValueError as exc:
        raise IngestError(f"{origin}: no such date {y}-{m}-{d} ({exc})") from None


def slide_to_event(slide: dict[str, Any], origin: str) -> SlideEvent | None:
    """One slide to a manual event; None for slides without a start date (title, eras)."""
    start = _date_parts(slide.get("start_date"), origin)
    if start is None:
        return None
    first, last, value = _bounds(start, origin)
    end = _date_parts(slide.get("end_date"), origin)
    if end is not None:
        last = _bounds(end, origin)[1]
    granularity = {4: "year", 7: "month", 10: "day"}[len(value)]
    text = slide.get("text") if isinstance(slide.get("text"), dict) else {}
    headline, body = plain(text.get("headline", "")), plain(text.get("text", ""))
    if not headline and not body:
        raise IngestError(f"{origin}: slide has neither headline nor text")
    display = plain(str(slide.get("display_date") or ""))
    when = When(
        text=display,
        value=value,
        start=first,
        end=max(last, first),
        granularity=granularity,
        approximate=display.lower().startswith(_APPROX),
        anchor="published",
    )
    title = headline or (body[:77] + "…" if len(body) > 80 else body)
    eid = "m-" + short_hash("timelinejs", value, str(when.end), title, body, size=12)
    event = Event(id=eid, when=when, title=title, sentence=body, origin="manual")
    return SlideEvent(event, plain(str(slide.get("group") or "")))


def read_timelinejs_json(data: dict[str, Any], origin: str) -> list[SlideEvent]:
    slides = data.get("events")
    if not isinstance(slides, list):
        raise IngestError(f"{origin}: TimelineJS JSON needs an 'events' list")
    out = []
    for i, slide in enumerate(slides, start=1):
        if not isinstance(slide, dict):
            raise IngestError(f"{origin}: events[{i}] is not an object")
        found = slide_to_event(slide, f"{origin}: events[{i}]")
        if found is not None:
            out.append(found)
    return out


SHEET_COLUMNS = ("Year", "Month", "Day", "Headline", "Text")


def is_timelinejs_csv(text: str) -> bool:
    header = next(csv.reader(io.StringIO(text)), [])
    return all(c in [h.strip() for h in header] for c in SHEET_COLUMNS)


def read_timelinejs_csv(text: str, origin: str) -> list[SlideEvent]:
    """Rows of the TimelineJS sheet template (Year, Month, Day, ..., Type, Group)."""
    reader = csv.DictReader(io.StringIO(text))
    out = []
    for row in reader:
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items()}
        where = f"{origin}:{reader.line_num}"
        if row.get("Type", "").lower() in ("title", "era") or not any(row.values()):
            continue
        slide = {
            "start_date": {
                "year": row.get("Year"),
                "month": row.get("Month"),
                "day": row.get("Day"),
            },
            "text": {"headline": row.get("Headline", ""), "text": row.get("Text", "")},
            "display_date": row.get("Display Date", ""),
            "group": row.get("Group", ""),
        }
        if row.get("End Year"):
            slide["end_date"] = {
                "year": row.get("End Year"),
                "month": row.get("End Month"),
                "day": row.get("End Day"),
            }
        if not row.get("Year"):
            raise IngestError(f"{where}: no Year")
        found = slide_to_event(slide, where)
        if found is not None:
            out.append(found)
    return out
