"""dateline's store beside the stores it could have been, on the same events.

Four rows, each measured in its own fresh process with the same query strings and the
same number of samples (`--samples`, default 10):

- dateline: EventStore (snapshot + fsynced journal + index);
- TinyDB: stock `TinyDB(path)` with its default JSONStorage (the baseline: dateline is
  built on TinyDB, so every ratio is a speed-up over this row);
- TinyDB + CachingMiddleware: reads served from memory, writes held until close (not
  durable in between);
- SQLite FTS5: stdlib sqlite3, an FTS5 table over the same text, bm25 ranking.

A search counts the matches and takes the first 50 (ranked where the store can rank);
an add files one new event and returns once the store says it is saved. Each row
answers the query strings in its own way (TinyDB has no index, so a regex per word over
title and sentence); the point is the cost of the same question, not identical hits.
"""

from __future__ import annotations

import json
import math
import random
import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from store import Event, EventStore, When

ROWS = {
    "dateline": "dateline",
    "tinydb": "TinyDB (JSONStorage)",
    "tinydb_cached": "TinyDB + CachingMiddleware",
    "sqlite_fts5": "SQLite FTS5",
}
BASELINE = "tinydb"
METRICS = ("open_s", "add_ms", "search_ms")
ROOT = Path(__file__).resolve().parents[2]


# -- the ratio code (tested with fixed inputs in tests/test_store_bench.py) --------------
def speedups(rows: Mapping[str, Mapping[str, float]], baseline: str = BASELINE) -> dict:
    """For every row and metric: baseline's time / the row's time (2.0 = twice as fast
    as the baseline; the baseline's own row is 1.0; a zero time is infinitely fast)."""
    base = rows[baseline]
    out: dict[str, dict[str, float]] = {}
    for name, row in rows.items():
        out[name] = {}
        for metric in METRICS:
            if metric in row and metric in base:
                out[name][metric] = base[metric] / row[metric] if row[metric] else math.inf
    return out


def comparison_table(
    rows: Mapping[str, Mapping[str, float]], samples: int, baseline: str = BASELINE
) -> str:
    """The rows with their times and, labelled, their speed-up over the baseline row."""
    ratio = speedups(rows, baseline)
    label = ROWS.get(baseline, baseline)
    head = f"{'store':<28}{'open s':>9}{'add ms':>10}{'search ms':>11}"
    head += f"{'open x':>9}{'add x':>9}{'search x':>10}"
    lines = [
        f"same {samples} searches and {samples} adds for every row (p50 times);",
        f"x = speed-up over {label}, measured in this run",
        "",
        head,
    ]
    for name, row in rows.items():
        times = f"{row['open_s']:>9.3f}{row['add_ms']:>10.2f}{row['search_ms']:>11.2f}"
        xs = "".join(f"{_x(ratio[name][m]):>{w}}" for m, w in zip(METRICS, (9, 9, 10), strict=True))
        lines.append(f"{ROWS.get(name, name):<28}{times}{xs}")
    return "\n".join(lines)


def _x(value: float) -> str:
    return "inf" if math.isinf(value) else f"{value:,.1f}x"


# -- the backends, each run in a fresh process -------------------------------------------
def _p50(xs: list[float]) -> float:
    xs = sorted(xs)
    mid = len(xs) // 2
    return (xs[mid] if len(xs) % 2 else (xs[mid - 1] + xs[mid]) / 2) * 1000


def _new_doc(i: int) -> dict[str, Any]:
    d = date(2000, 1, 1) + timedelta(days=i * 37 % 9000)
    when = When(value=d.isoformat(), start=d, end=d)
    return Event(id=f"compare-{i}", when=when, title=f"benchmark event {i}").model_dump(mode="json")


def _words(query: str) -> list[str]:
    return re.findall(r"\w+", query.lower())


def _dateline(path: Path) -> tuple[Any, Callable, Callable, Callable]:
    store = EventStore(path)
    store.count_events()

    added: list[str] = []

    def add(i: int) -> None:
        event = store.add_event(Event.model_validate(_new_doc(i)))
        added.append(event.id)

    def search(q: str) -> None:
        store.count_events(query=q)
        store.events_page(0, 50, query=q, sort="rank")

    def close() -> None:  # leave the store as it was (--keep)
        for event_id in added:
            store.delete_event(event_id)
        store.close()

    return store, add, search, close


def _tinydb(path: Path, cached: bool) -> tuple[Any, Callable, Callable, Callable]:
    from tinydb import TinyDB
    from tinydb.middlewares import CachingMiddleware
    from tinydb.storages import JSONStorage

    db = TinyDB(path, storage=CachingMiddleware(JSONStorage)) if cached else TinyDB(path)
    table = db.table("events")
    len(table)

    def search(q: str) -> None:
        rxs = [re.compile(r"\b" + re.escape(w), re.I) for w in _words(q)]

        def cond(doc: Mapping[str, Any]) -> bool:  # a new function each time: no cache hits
            text = f"{doc.get('title', '')} {doc.get('sentence', '')}"
            return all(rx.search(text) for rx in rxs)

        hits = table.search(cond)
        len(hits)
        sorted(hits, key=lambda d: d["when"].get("start") or "")[:50]

    return db, lambda i: table.insert(_new_doc(i)), search, db.close


def _sqlite(path: Path) -> tuple[Any, Callable, Callable, Callable]:
    con = sqlite3.connect(path)
    con.execute("SELECT count(*) FROM ev").fetchone()

    def add(i: int) -> None:
        doc = _new_doc(i)
        con.execute(
            "INSERT INTO ev VALUES (?, '', '', '', ?)", (doc["title"], doc["when"]["start"])
        )
        con.commit()

    def search(q: str) -> None:
        terms = " ".join(f'"{w}"*' for w in _words(q))
        con.execute("SELECT count(*) FROM ev WHERE ev MATCH ?", (terms,)).fetchone()
        con.execute(
            "SELECT rowid FROM ev WHERE ev MATCH ? ORDER BY bm25(ev, 3.0, 2.0, 1.5, 1.0) LIMIT 50",
            (terms,),
        ).fetchall()

    return con, add, search, con.close


def run_backend(name: str, path: Path, queries: list[str]) -> dict[str, float]:
    """Open, len(queries) adds, then the searches; in this (fresh) process."""
    t = time.perf_counter()
    if name == "dateline":
        _h, add, search, close = _dateline(path)
    elif name == "sqlite_fts5":
        _h, add, search, close = _sqlite(path)
    else:
        _h, add, search, close = _tinydb(path, cached=name == "tinydb_cached")
    out = {"open_s": time.perf_counter() - t}
    adds, searches = [], []
    for i in range(len(queries)):
        t = time.perf_counter()
        add(i)
        adds.append(time.perf_counter() - t)
    for q in queries:
        t = time.perf_counter()
        search(q)
        searches.append(time.perf_counter() - t)
    close()
    return out | {"add_ms": _p50(adds), "search_ms": _p50(searches)}


# -- the copies the baselines read -------------------------------------------------------
def prepare(path: Path) -> dict[str, Path]:
    """The store's events as a plain TinyDB file and an FTS5 database, beside it."""
    with EventStore(path) as store:
        events = store.events()
        names = {a.id: a.name for a in store.actors()}
        quotes = {q.id: q.text for q in store.quotes()}
    docs = [e.model_dump(mode="json") for e in events]
    plain = path.with_name("plain-tinydb.json")
    plain.write_text(json.dumps({"events": dict(enumerate(docs, 1))}), encoding="utf-8")
    cached = path.with_name("cached-tinydb.json")
    cached.write_bytes(plain.read_bytes())
    fts = path.with_name("fts.sqlite")
    con = sqlite3.connect(fts)
    con.execute("CREATE VIRTUAL TABLE ev USING fts5(title, quote, actors, sentence, start)")
    rows = [
        (e.title, " ".join(quotes.get(q, "") for q in e.quotes),
         " ".join(names.get(a, a) for a in e.actors), e.sentence, str(e.when.start))
        for e in events
    ]  # fmt: skip
    con.executemany("INSERT INTO ev VALUES (?, ?, ?, ?, ?)", rows)
    con.commit()
    con.close()
    return {"dateline": path, "tinydb": plain, "tinydb_cached": cached, "sqlite_fts5": fts}


def compare(path: Path, samples: int, seed: int = 9) -> dict[str, dict[str, float]]:
    """Every row in a fresh child process, over the same `samples` query strings."""
    files = prepare(path)
    rows = {}
    for name in ROWS:
        child = subprocess.run(
            [sys.executable, "-m", "tests.bench.store", "--backend", name, str(files[name]),
             "--samples", str(samples), "--seed", str(seed)],
            capture_output=True, text=True, cwd=ROOT,
        )  # fmt: skip
        if child.returncode:
            sys.exit(f"measuring {name} failed:\n{child.stderr}")
        rows[name] = json.loads(child.stdout.strip().splitlines()[-1])
    return rows


def same_queries(make: Callable[[random.Random, int], list[str]], samples: int, seed: int):
    """The query strings every row runs (the same seed and count give the same list)."""
    return make(random.Random(seed), samples)
