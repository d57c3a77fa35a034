"""TimelineJS JSON, or the CSV a TimelineJS Google sheet exports, into hand-made events.

Slides become manual events with plain-text titles (TimelineJS text is HTML); the title
slide and eras are skipped; ids hash the slide's content, so importing twice is a no-op.
A slide from a dateline export keeps its event id (`unique_id`), its exact date and its
actors with their kinds, all carried in the slide's own fields (see timelinejs.py).
"""

from __future__ import annotations

import calendar
import csv
import html
import io
import re
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
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
class SlideActor:
    """An actor named in a dateline export's "Actors:" line."""

    id: str
    name: str
    kind: str | None


@dataclass
class SlideEvent:
    """A slide as dateline reads it: the event, the group it was drawn in, its actors."""

    event: Event
    group: str
    actors: list[SlideActor] = field(default_factory=list)


class _SlideHTML(HTMLParser):
    """What a dateline export put in a slide's HTML: the first paragraph's data- date
    attributes and text, and the data-actor spans (see store/formats/timelinejs.py)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.when: dict[str, str] = {}
        self.sentence: list[str] = []
        self.actors: list[SlideActor] = []
        self._in: str | None = None  # "sentence" or "actor" while inside one
        self._attrs: dict[str, str] = {}
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs if k.startswith("data-")}
        if tag == "p" and "data-value" in found and not self.when:
            self.when = {k[5:]: v for k, v in found.items()}
            self._in = "sentence"
        elif tag == "span" and "data-actor" in found:
            self._in, self._attrs, self._text = "actor", found, []

    def handle_endtag(self, tag: str) -> None:
        if self._in == "sentence" and tag == "p":
            self._in = None
        elif self._in == "actor" and tag == "span":
            name = " ".join("".join(self._text).split())
            kind = self._attrs.get("data-kind")
            self.actors.append(SlideActor(self._attrs["data-actor"], name, kind))
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "sentence":
            self.sentence.append(data)
        elif self._in == "actor":
            self._text.append(data)


def _exact_when(meta: dict[str, str], first: date, last: date, origin: str) -> When | None:
    """The date a dateline export carried, if it lies within the slide's own dates (an
    edit in TimelineJS wins over stale attributes); None if there is none."""
    try:
        start = date.fromisoformat(meta["start"]) if meta.get("start") else None
        end = date.fromisoformat(meta["end"]) if meta.get("end") else None
        when = When(
            text=meta.get("text", ""),
            value=meta["value"],
            type=meta.get("type") or "DATE",
            start=start,
            end=end,
            granularity=meta.get("granularity") or "day",
            approximate=meta.get("approximate") == "true",
            anchor="published",
        )
    except (KeyError, ValueError) as exc:
        raise IngestError(f"{origin}: a bad date in the slide's data- attributes ({exc})") from None
    inside = [d for d in (start, end) if d is not None]
    if not inside or any(d < first or d > last for d in inside):
        return None
    return when


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
    html_text = str(text.get("text", "") or "")
    parsed = _SlideHTML()
    parsed.feed(html_text)
    parsed.close()
    exact = _exact_when(parsed.when, first, max(last, first), origin) if parsed.when else None
    unique_id = str(slide.get("unique_id") or "").strip()
    if parsed.when:  # a dateline export: its event id and sentence come back
        eid = unique_id or eid
        body = " ".join("".join(parsed.sentence).split()) or body
    if exact is not None:  # and its exact date, unless the slide's dates were edited
        when = exact
    event = Event(id=eid, when=when, title=title, sentence=body, origin="manual")
    return SlideEvent(event, plain(str(slide.get("group") or "")), parsed.actors)


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
