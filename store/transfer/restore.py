"""A dateline JSON export filed into a store: every record it lacks, idempotently.

Article by article through the store's public API, so an import into an empty store
gives back the same records (ids, stamps, hand decisions and kept surname folds
included).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from store.db import EventStore
from store.formats.timeline import Timeline
from store.models import Article, Event, Extraction, Quote

BATCH = 500  # articles per store write (one write of a whole export holds it all twice)


@dataclass
class RestoreReport:
    articles: int = 0
    events: int = 0
    present: int = 0
    skipped: list[str] = field(default_factory=list)


def restore(store: EventStore, tl: Timeline) -> RestoreReport:
    """File every record of `tl` that the store lacks (idempotent)."""
    report = RestoreReport()
    by_article: dict[str, list[Event]] = defaultdict(list)
    loose: list[Event] = []
    for ev in tl.events:
        if ev.article_id and ev.article_id in tl.articles:
            by_article[ev.article_id].append(ev)
        else:
            loose.append(ev)
    quotes_by_article: dict[str, list[Quote]] = defaultdict(list)
    for q in tl.quotes.values():
        quotes_by_article[q.article_id].append(q)
    batch: list[tuple[Article, Extraction]] = []
    for aid, article in tl.articles.items():
        if store.has_article(aid):
            report.present += 1
            continue
        events = by_article.get(aid, [])
        cited = {a for e in events for a in e.actors}
        cited |= {q.speaker for q in quotes_by_article[aid] if q.speaker}
        extraction = Extraction(
            article_id=aid,
            actors=[a for a in tl.actors.values() if a.id in cited],
            quotes=quotes_by_article[aid],
            events=events,
        )
        batch.append((article, extraction))
        report.articles += 1
        report.events += len(events)
    for i in range(0, len(batch), BATCH):  # one durable write each; surnames settle last
        store.add_extractions(batch[i : i + BATCH], settle=False)
    store.settle_actors()
    for actor in tl.actors.values():  # actors no article cites (hand-made events)
        if store.actor(actor.id) is None:
            store.add_actor(actor)
    for ev in loose:
        if store.event(ev.id) is not None:
            report.present += 1
            continue
        store.add_event(ev)
        report.events += 1
    for record in tl.folded:  # so a later split gives the surname back as it was
        store.keep_folded(record)
    _restore_decisions(store, tl.decisions)
    return report


def _restore_decisions(store: EventStore, decisions: list[dict]) -> None:
    """The export's hand decisions the store lacks, in their order, then applied."""
    stamps = ("id", "seq", "at")
    have = [{k: v for k, v in d.items() if k not in stamps} for d in store.decisions()]
    for d in sorted(decisions, key=lambda d: d.get("seq", 0)):
        content = {k: v for k, v in d.items() if k not in stamps}
        if content not in have:
            store.add_decision(content)
            have.append(content)
    if decisions:
        store.apply_actor_decisions()
