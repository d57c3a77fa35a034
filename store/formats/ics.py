"""iCalendar (RFC 5545) via the maintained `icalendar` library: one all-day VEVENT each.

DTEND is exclusive for all-day events (the day after the last day), UIDs derive from
event ids so a re-export updates rather than duplicates, and DTSTAMP comes from the
event's own timestamps so the same store exports the same bytes.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from icalendar import Calendar
from icalendar import Event as VEvent

from store.formats.timeline import Timeline
from store.models import Event

PRODID = "-//dateline//timeline export//EN"
UID_DOMAIN = "dateline"
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def _description(tl: Timeline, ev: Event) -> str:
    parts = [ev.sentence or ev.title]
    for q in tl.quotes_of(ev):
        parts.append(f'{tl.speaker(q)}: "{q.text}"')
    article = tl.article_of(ev)
    if article:
        source = " ".join(x for x in (article.source or article.title, article.url) if x)
        parts.append(f"Source: {source}")
    if ev.when.approximate:
        parts.append(f"Date is approximate ({ev.when.text or ev.when.value}).")
    return "\n\n".join(parts)


def _vevent(tl: Timeline, ev: Event) -> VEvent | None:
    start = ev.when.start or ev.when.end
    if start is None:
        return None
    end = max(ev.when.end or start, start)
    ve = VEvent()
    ve.add("uid", f"{ev.id}@{UID_DOMAIN}")
    stamp = ev.updated or ev.created or _EPOCH
    ve.add("dtstamp", stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC))
    ve.add("dtstart", start)
    ve.add("dtend", end + timedelta(days=1))
    ve.add("summary", ev.title)
    ve.add("description", _description(tl, ev))
    ve.add("transp", "TRANSPARENT")
    names = tl.actor_names(ev)
    if names:
        ve.add("categories", names)
    article = tl.article_of(ev)
    if article and article.url.startswith(("http://", "https://")):
        ve.add("url", article.url)
    return ve


def to_ics(tl: Timeline) -> bytes:
    """The calendar as bytes (CRLF lines, folded at 75 octets by the library)."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", tl.title)
    for ev in tl.events:
        ve = _vevent(tl, ev)
        if ve is not None:
            cal.add_component(ve)
    return cal.to_ical()
