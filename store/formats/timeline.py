"""What an export holds: the chosen events with the actors, quotes and articles they cite.

The exporters are pure functions of a Timeline, so they are tested without a store.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

from store.db import EventStore, search_events, sort_events
from store.models import Actor, Article, Event, Quote, When


@dataclass
class Timeline:
    title: str
    events: list[Event]
    actors: dict[str, Actor] = field(default_factory=dict)
    quotes: dict[str, Quote] = field(default_factory=dict)
    articles: dict[str, Article] = field(default_factory=dict)
    query: str = ""
    decisions: list[dict] = field(default_factory=list)  # hand decisions (whole-store only)

    def __post_init__(self) -> None:
        self.events = sort_events(self.events)  # every format lists events by date

    def actor_names(self, event: Event) -> list[str]:
        return [self.actors[a].name if a in self.actors else a for a in event.actors]

    def article_of(self, event: Event) -> Article | None:
        return self.articles.get(event.article_id or "")

    def quotes_of(self, event: Event) -> list[Quote]:
        return [self.quotes[q] for q in event.quotes if q in self.quotes]

    def speaker(self, quote: Quote) -> str:
        actor = self.actors.get(quote.speaker or "")
        return actor.name if actor else (quote.speaker or "unknown speaker")


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


def date_label(when: When) -> str:
    """A date at the precision known: 21 June 2025, June 2025, 2025, the 2020s."""
    s = when.start or when.end
    if s is None:
        return when.text or when.value
    if when.start is None:  # "recently": known only to be over by the end date
        return f"by {_day(s)}"
    g = when.granularity
    if g in ("decade",):
        return f"the {s.year // 10 * 10}s"
    if g == "century":
        return f"the {s.year // 100 + 1}th century"
    if g == "year":
        e = when.end
        label = f"{s.year} – {e.year}" if e and e.year != s.year else str(s.year)
    elif g in ("month", "quarter", "season") and (when.end is None or _same_month(when)):
        label = f"{calendar.month_name[s.month]} {s.year}"
    elif when.end and when.start and when.end != when.start:
        label = f"{_day(when.start)} – {_day(when.end)}"
    else:
        label = _day(s)
    return f"about {label}" if when.approximate else label


def _same_month(when: When) -> bool:
    s, e = when.start, when.end
    return s is not None and e is not None and (s.year, s.month) == (e.year, e.month)


def _day(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"
