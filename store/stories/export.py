"""Story rows as a Timeline for the exporters: one entry per row, citing every source.

Each row becomes one event whose sentence lists every source (outlet, publication day,
date words and sentence), so ICS, TimelineJS, Markdown and CSV exports show a happening
once with all who told it, and the exporters need no change. Not for the JSON export:
that one is re-imported, and these events are views, not records.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from store.formats.timeline import Timeline
from store.models import Event, When
from store.stories.rows import StoryRow, story_groups, story_row

if TYPE_CHECKING:
    from store.db import EventStore


def cite(row: StoryRow) -> str:
    """Every source of a row, one paragraph each."""
    parts = []
    for item in row.items:
        who = item.source or item.title or "by hand"
        when = ", ".join(
            x for x in (item.published.isoformat() if item.published else "", item.date_text) if x
        )
        parts.append(f"{who} ({when}): {item.sentence}" if when else f"{who}: {item.sentence}")
    if row.conflict:
        parts.append("The sources give dates that do not agree.")
    return "\n\n".join(parts)


def row_event(row: StoryRow, store: EventStore) -> Event:
    events = [e for e in map(store.event, row.events) if e is not None]
    first = events[0]
    one_day = row.start is not None and row.start == row.end
    when = When(
        text=first.when.text,
        value=row.start.isoformat() if one_day and row.start else first.when.value,
        start=row.start,
        end=row.end,
        granularity="day" if one_day else first.when.granularity,
        approximate=row.conflict or any(e.when.approximate for e in events),
    )
    count = f" ({row.sources} sources)" if row.sources > 1 else ""
    return Event(
        id=row.id,
        when=when,
        title=row.title + count,
        sentence=cite(row),
        actors=list(dict.fromkeys(a for e in events for a in e.actors)),
        quotes=list(dict.fromkeys(q for e in events for q in e.quotes)),
        article_id=first.article_id,
        origin=first.origin,
        created=min((e.created for e in events if e.created), default=None),
        updated=max((e.updated for e in events if e.updated), default=None),
    )


def story_timeline(
    store: EventStore, query: str = "", *, title: str = "", today: date | None = None
) -> Timeline:
    """The story rows matching QUERY (all for "") as a Timeline of one event per row."""
    rows = [story_row(store, g) for g in story_groups(store, query or None, today=today)]
    events = [row_event(r, store) for r in rows if r.events]
    actor_ids = {a for e in events for a in e.actors}
    quote_ids = {q for e in events for q in e.quotes}
    quotes = {q.id: q for q in store.quotes() if q.id in quote_ids}
    actor_ids |= {q.speaker for q in quotes.values() if q.speaker}
    article_ids = {e.article_id for e in events if e.article_id}
    name = f"dateline stories: {query.strip()}" if query.strip() else "dateline stories"
    return Timeline(
        title=title or name,
        events=events,
        actors={a.id: a for a in store.actors() if a.id in actor_ids},
        quotes=quotes,
        articles={a.id: a for a in store.articles() if a.id in article_ids},
        query=query.strip(),
    )
