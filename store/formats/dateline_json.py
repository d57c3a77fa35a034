"""dateline's own JSON: every field of every record, so a store can be moved or restored.

`to_json` writes articles, events, actors and quotes as their pydantic dumps;
`restore` files them into a store through its public API, article by article, so an
import into an empty store gives back the same records.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

from pydantic import ValidationError

from store.db import EventStore
from store.errors import IngestError
from store.formats.timeline import Timeline
from store.ingest import write_extractions
from store.models import Actor, Article, Event, Extraction, Quote

FORMAT = "dateline"
VERSION = 1


def to_json(tl: Timeline) -> str:
    """The timeline as one JSON document (records sorted, so exports diff cleanly)."""

    def dump(records) -> list[dict]:
        return [r.model_dump(mode="json") for r in records]

    doc = {
        "format": FORMAT,
        "version": VERSION,
        "title": tl.title,
        "query": tl.query,
        "articles": dump(sorted(tl.articles.values(), key=lambda a: (a.published, a.id))),
        "events": dump(tl.events),
        "actors": dump(sorted(tl.actors.values(), key=lambda a: a.id)),
        "quotes": dump(sorted(tl.quotes.values(), key=lambda q: q.id)),
    }
    if tl.decisions:  # split/merged story rows and actors (store/decisions.py)
        doc["decisions"] = tl.decisions
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def is_dateline_json(data: object) -> bool:
    return isinstance(data, dict) and data.get("format") == FORMAT


def load(data: dict, origin: str) -> Timeline:
    """A parsed dateline export back into records; IngestError naming the bad record."""
    if data.get("version") != VERSION:
        raise IngestError(f"{origin}: dateline export version {data.get('version')!r} unknown")
    kinds = (("articles", Article), ("events", Event), ("actors", Actor), ("quotes", Quote))
    parsed: dict[str, list] = {}
    for key, model in kinds:
        records = data.get(key, [])
        if not isinstance(records, list):
            raise IngestError(f"{origin}: '{key}' must be a list")
        parsed[key] = []
        for i, record in enumerate(records):
            try:
                parsed[key].append(model.model_validate(record))
            except ValidationError as exc:
                err = exc.errors()[0]
                where = ".".join(str(p) for p in err["loc"])
                raise IngestError(f"{origin}: {key}[{i}].{where}: {err['msg']}") from exc
    decisions = data.get("decisions", [])
    if not isinstance(decisions, list) or not all(
        isinstance(d, dict) and isinstance(d.get("kind"), str) for d in decisions
    ):
        raise IngestError(f"{origin}: 'decisions' must be a list of objects with a 'kind'")
    return Timeline(
        decisions=decisions,
        title=str(data.get("title") or ""),
        events=parsed["events"],
        actors={a.id: a for a in parsed["actors"]},
        quotes={q.id: q for q in parsed["quotes"]},
        articles={a.id: a for a in parsed["articles"]},
        query=str(data.get("query") or ""),
    )


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
    write_extractions(store, batch)
    for actor in tl.actors.values():  # actors no article cites (hand-made events)
        if store.actor(actor.id) is None:
            store.add_actor(actor)
    for ev in loose:
        if store.event(ev.id) is not None:
            report.present += 1
            continue
        store.add_event(ev)
        report.events += 1
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
