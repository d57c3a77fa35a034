"""What an export holds: the chosen events with the actors, quotes and articles they cite.

The exporters are pure functions of a Timeline, so they are tested without a store.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

from store.models import Actor, Article, Event, Quote, When


def by_date(e: Event) -> tuple:
    """The store's order (store.db.sort_events): start, end, id."""
    return (e.when.start or date.min, e.when.end or e.when.start or date.max, e.id)


@dataclass
class Timeline:
    title: str
    events: list[Event]
    actors: dict[str, Actor] = field(default_factory=dict)
    quotes: dict[str, Quote] = field(default_factory=dict)
    articles: dict[str, Article] = field(default_factory=dict)
    query: str = ""
    decisions: list[dict] = field(default_factory=list)  # hand decisions (whole-store only)
    folded: list[dict] = field(default_factory=list)  # kept surname folds (whole-store only)

    def __post_init__(self) -> None:
        self.events = sorted(self.events, key=by_date)  # every format lists events by date

    def actor_names(self, event: Event) -> list[str]:
        return [self.actors[a].name if a in self.actors else a for a in event.actors]

    def article_of(self, event: Event) -> Article | None:
        return self.articles.get(event.article_id or "")

    def quotes_of(self, event: Event) -> list[Quote]:
        return [self.quotes[q] for q in event.quotes if q in self.quotes]

    def speaker(self, quote: Quote) -> str:
        actor = self.actors.get(quote.speaker or "")
        return actor.name if actor else (quote.speaker or "unknown speaker")


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
