"""What an export takes from the store: the matching events and what they cite."""

from __future__ import annotations

from datetime import date

from store.db import EventStore, search_events, sort_events
from store.formats.timeline import Timeline


def collect(
    store: EventStore, query: str = "", *, title: str = "", today: date | None = None
) -> Timeline:
    """The whole store for an empty query; else the matching events (by date) and what
    they refer to. QUERY is the store's search language (`actor:Trump after:2025-01-01`)."""
    if not query.strip():
        return Timeline(
            title=title or "dateline timeline",
            events=store.events(),
            actors={a.id: a for a in store.actors()},
            quotes={q.id: q for q in store.quotes()},
            articles={a.id: a for a in store.articles()},
            decisions=store.decisions(),
            folded=store.folded_surnames(),
        )
    events = sort_events(search_events(store, query, today=today, sort="date"))
    actor_ids = {a for e in events for a in e.actors}
    quote_ids = {q for e in events for q in e.quotes}
    article_ids = {e.article_id for e in events if e.article_id}
    quotes = {q.id: q for q in store.quotes() if q.id in quote_ids}
    actor_ids |= {q.speaker for q in quotes.values() if q.speaker}
    return Timeline(
        title=title or f"dateline: {query.strip()}",
        events=events,
        actors={a.id: a for a in store.actors() if a.id in actor_ids},
        quotes=quotes,
        articles={a.id: a for a in store.articles() if a.id in article_ids},
        query=query.strip(),
    )
