"""dateline's own JSON: every field of every record, so a store can be moved or restored.

`to_json` writes articles, events, actors and quotes as their pydantic dumps (and, for a
whole store, its hand decisions and kept surname folds); `load`
reads them back into a Timeline (store.transfer.restore files it into a store).
"""

from __future__ import annotations

import json

from pydantic import ValidationError

from store.errors import IngestError
from store.formats.timeline import Timeline
from store.models import Actor, Article, Event, Quote

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
    if tl.decisions:  # split/merged story rows and actors (store/db/decisions.py)
        doc["decisions"] = tl.decisions
    if tl.folded:  # bare surnames folded into a person (store/db/actor_filing.py)
        doc["folded"] = tl.folded
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
    folded = data.get("folded", [])
    if not isinstance(folded, list) or not all(_is_fold(f) for f in folded):
        raise IngestError(f"{origin}: 'folded' must be a list of objects with 'id' and 'into'")
    return Timeline(
        decisions=decisions,
        folded=folded,
        title=str(data.get("title") or ""),
        events=parsed["events"],
        actors={a.id: a for a in parsed["actors"]},
        quotes={q.id: q for q in parsed["quotes"]},
        articles={a.id: a for a in parsed["articles"]},
        query=str(data.get("query") or ""),
    )


def _is_fold(record: object) -> bool:
    """A kept fold as the store writes it: surname id, person id, the bare actor."""
    return (
        isinstance(record, dict)
        and isinstance(record.get("id"), str)
        and isinstance(record.get("into"), str)
        and isinstance(record.get("actor"), dict)
        and isinstance(record.get("before"), dict)
    )
