"""The Parquet datasets a batch writes and `load` reads, with their schemas.

articles/, events/ and quotes/ are partitioned by publication month (hive style,
month=YYYY-MM); actors/ and errors/ are one file each. Every record also keeps its full
JSON (`record`), so `load` files exactly what extraction made; the flat columns are for
filters (DuckDB, pyarrow, pandas) and `search` holds the folded text the query words
match (title, sentence, quotes and actor names, as the store's index folds them).
"""

from __future__ import annotations

import json
from pathlib import Path

from store.models import Actor, Article, Event, Quote
from store.textclean import fold

DATASETS = ("articles", "events", "quotes")


def _schemas():
    import pyarrow as pa

    s, d, i = pa.string(), pa.date32(), pa.int64()
    return {
        "articles": pa.schema(
            [("id", s), ("published", d), ("title", s), ("source", s), ("source_key", s),
             ("url", s), ("text", s), ("record", s), ("month", s)]
        ),
        "events": pa.schema(
            [("id", s), ("article_id", s), ("title", s), ("sentence", s), ("value", s),
             ("when_start", d), ("when_end", d), ("granularity", s),
             ("actors", pa.list_(s)), ("quotes", pa.list_(s)), ("search", s),
             ("record", s), ("month", s)]
        ),
        "quotes": pa.schema(
            [("id", s), ("article_id", s), ("speaker", s), ("text", s), ("event_id", s),
             ("record", s), ("month", s)]
        ),
        "actors": pa.schema(
            [("id", s), ("name", s), ("kind", s), ("aliases", pa.list_(s)),
             ("description", s), ("events", i), ("articles", i), ("quotes", i), ("record", s)]
        ),
        "errors": pa.schema([("origin", s), ("reason", s)]),
    }  # fmt: skip


def article_row(a: Article, month: str) -> dict:
    rec = a.model_dump(mode="json")
    return {
        "id": a.id, "published": a.published, "title": a.title, "source": a.source,
        "source_key": fold(a.source), "url": a.url, "text": a.text,
        "record": json.dumps(rec, ensure_ascii=False), "month": month,
    }  # fmt: skip


def event_row(e: Event, month: str, quotes: dict[str, Quote], names: dict[str, str]) -> dict:
    said = " ".join(quotes[q].text for q in e.quotes if q in quotes)
    who = " ".join(names.get(a, a) for a in e.actors)
    return {
        "id": e.id, "article_id": e.article_id, "title": e.title, "sentence": e.sentence,
        "value": e.when.value, "when_start": e.when.start, "when_end": e.when.end,
        "granularity": e.when.granularity, "actors": e.actors, "quotes": e.quotes,
        "search": fold("\n".join((e.title, said, who, e.sentence))),
        "record": e.model_dump_json(), "month": month,
    }  # fmt: skip


def quote_row(q: Quote, month: str) -> dict:
    return {
        "id": q.id, "article_id": q.article_id, "speaker": q.speaker, "text": q.text,
        "event_id": q.event_id, "record": q.model_dump_json(), "month": month,
    }  # fmt: skip


def actor_row(a: Actor, counts: tuple[int, int, int]) -> dict:
    return {
        "id": a.id, "name": a.name, "kind": a.kind, "aliases": a.aliases,
        "description": a.description, "events": counts[0], "articles": counts[1],
        "quotes": counts[2], "record": a.model_dump_json(),
    }  # fmt: skip


def write_partitioned(rows: list[dict], name: str, root: Path, tag: str) -> None:
    """Append rows to a month-partitioned dataset; file names carry `tag` (the unit), so
    a task run again overwrites its own files instead of adding copies."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    if not rows:
        return
    table = pa.Table.from_pylist(rows, schema=_schemas()[name])
    ds.write_dataset(
        table,
        root / name,
        format="parquet",
        partitioning=ds.partitioning(pa.schema([("month", pa.string())]), flavor="hive"),
        basename_template=f"{tag}-{{i}}.parquet",
        existing_data_behavior="overwrite_or_ignore",
    )


def write_single(rows: list[dict], name: str, root: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    (root / name).mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist(rows, schema=_schemas()[name])
    pq.write_table(table, root / name / f"{name}.parquet")
