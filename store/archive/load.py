"""`load`: the events a query matches in a batch's Parquet datasets, into a local store.

DuckDB runs the compiled query (store.archive.query) over events/ and fetches the
matching events' articles, quotes and actors. Records are filed as the batch made them
(ids, actor identity already settled across the archive): a new article comes with its
matching events, all its quotes and the actors they name; an article already in the
store gains only the matching events it lacks. Loading twice changes nothing.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from store.archive import ArchiveError, require
from store.archive.query import compile_query
from store.db import EventStore
from store.models import Actor, Article, Event, Extraction, Quote
from store.search import parse_query


@dataclass
class LoadReport:
    events: int = 0  # events added
    present: int = 0  # matching events the store already had
    articles: int = 0  # articles added
    matched: int = 0


def _connect(root: Path):
    import duckdb

    if not (root / "events").is_dir() or not (root / "actors").is_dir():
        raise ArchiveError(f"{root}: not a batch output (no events/ or actors/ folder)")
    con = duckdb.connect()
    for name in ("articles", "events", "quotes", "actors"):
        if not any((root / name).rglob("*.parquet")):
            return None
        glob = str(root / name / "**" / "*.parquet").replace("'", "''")
        src = f"read_parquet('{glob}', hive_partitioning = true, union_by_name = true)"
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM {src}")
    return con


def matching(root: Path, query: str, today: date | None = None) -> list[Event]:
    """The events of a batch output that a query matches, by id."""
    require()
    q = parse_query(query, today)
    con = _connect(Path(root))
    if con is None:
        return []
    names, kinds = {}, {}
    for aid, name, aliases, kind in con.execute(
        "SELECT id, name, aliases, kind FROM actors"
    ).fetchall():
        names[aid], kinds[aid] = "|".join((name, *aliases)), kind
    where, params = compile_query(q, names, kinds)
    rows = con.execute(f"SELECT record FROM events WHERE {where} ORDER BY id", params).fetchall()
    return [Event.model_validate_json(r[0]) for r in rows]


def _records(con, table: str, column: str, keys: list[str]) -> list[str]:
    if not keys:
        return []
    sql = f"SELECT record FROM {table} WHERE list_contains(?::VARCHAR[], {column}) ORDER BY id"
    return [r[0] for r in con.execute(sql, [keys]).fetchall()]


def load_archive(
    store: EventStore, root: Path, query: str, today: date | None = None
) -> LoadReport:
    """File what `query` matches in a batch output into `store` (see the module doc)."""
    events = matching(root, query, today)
    report = LoadReport(matched=len(events))
    fresh = [e for e in events if store.event(e.id) is None]
    report.present = len(events) - len(fresh)
    if not fresh:
        return report
    con = _connect(Path(root))
    by_article: defaultdict[str, list[Event]] = defaultdict(list)
    for e in fresh:
        by_article[e.article_id or ""].append(e)
    new = sorted(a for a in by_article if a and not store.has_article(a))
    articles = [Article.model_validate(json.loads(r)) for r in _records(con, "articles", "id", new)]
    quotes = [Quote.model_validate_json(r) for r in _records(con, "quotes", "article_id", new)]
    said = defaultdict(list)
    for q in quotes:
        said[q.article_id].append(q)
    wanted = {a for e in fresh for a in e.actors} | {q.speaker for q in quotes if q.speaker}
    actors = {
        a.id: a
        for a in map(Actor.model_validate_json, _records(con, "actors", "id", sorted(wanted)))
    }
    items = []
    for article in articles:
        evs = by_article.pop(article.id)
        ids = {a for e in evs for a in e.actors} | {
            q.speaker for q in said[article.id] if q.speaker
        }
        ex = Extraction(
            article_id=article.id,
            actors=[actors[i] for i in sorted(ids) if i in actors],
            quotes=said[article.id],
            events=evs,
        )
        items.append((article, ex))
    with store.restoring():
        store.add_extractions(items)
    report.articles = len(items)
    with store.restoring():
        for evs in by_article.values():  # articles the store has: the events it lacks
            for e in evs:
                for a in e.actors:
                    if a in actors and store.actor(a) is None:
                        store.add_actor(actors[a])
                store.add_event(e)
    report.events = len(fresh)
    return report
