"""store.json is a plain TinyDB document; what is derived sits beside it and is rebuilt."""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import zlib
from array import array
from datetime import date
from pathlib import Path

import pytest
from tinydb import TinyDB

from store import Actor, Article, Event, EventStore, Extraction, Quote, StoreError, When
from store.db.sidecar import sidecar_path


def _fill(path: Path) -> None:
    d = date(2024, 3, 1)
    actors = [Actor(id="jane-roe", name="Jane Roe"), Actor(id="ruritania", name="Ruritania")]
    quote = Quote(id="q1", text="We will talk", speaker="jane-roe", article_id="a1")
    events = [
        Event(
            id=f"a1-e{i}",
            when=When(value=d.isoformat(), start=d, end=d),
            title=f"Ruritania talks round {i}",
            actors=["jane-roe", "ruritania"],
            quotes=["q1"] if i == 0 else [],
            article_id="a1",
        )
        for i in range(3)
    ]
    art = Article(id="a1", title="Talks", source="Example Wire", published=d, text="x")
    extraction = Extraction(article_id="a1", actors=actors, quotes=[quote], events=events)
    with EventStore(path) as store:
        store.add_extraction(art, extraction)


def test_stock_tinydb_reads_every_record(store_path):
    _fill(store_path)
    with EventStore(store_path) as store:
        store.add_event(
            Event(id="m1", when=When(value="2024-05-01"), title="hand-made", origin="manual")
        )
    with TinyDB(store_path) as db:  # its default JSONStorage, nothing of dateline's
        events = {d["id"]: d for d in db.table("events").all()}
        assert set(events) == {"a1-e0", "a1-e1", "a1-e2", "m1"}
        assert events["a1-e0"]["title"] == "Ruritania talks round 0"
        assert [d["id"] for d in db.table("articles").all()] == ["a1"]
        assert {d["id"] for d in db.table("actors").all()} == {"jane-roe", "ruritania"}
        assert [d["text"] for d in db.table("quotes").all()] == ["We will talk"]
        doc = db.table("events").get(doc_id=events["m1"].doc_id)
        assert doc is not None and doc["origin"] == "manual"


@pytest.mark.skipif(shutil.which("jq") is None, reason="jq is not installed")
def test_jq_reads_it(store_path):
    _fill(store_path)
    out = subprocess.run(
        ["jq", "-r", "[.events[].title] | sort | .[0]", str(store_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "Ruritania talks round 0"


def _answers(store: EventStore) -> tuple:
    return (
        [e.id for e in store.events()],
        store.count_events(query="round"),
        store.count_events(query="actor:jane"),
        [q.text for q in store.quotes(speaker="jane-roe")],
    )


def test_deleting_the_index_loses_nothing(store_path):
    _fill(store_path)
    with EventStore(store_path) as store:
        good = _answers(store)
    sidecar_path(store_path).unlink()
    with EventStore(store_path) as store:
        assert _answers(store) == good
    assert sidecar_path(store_path).exists()  # rebuilt and saved


def test_a_stale_index_is_rebuilt_with_one_line(store_path, caplog):
    _fill(store_path)
    with EventStore(store_path) as store:
        older = store_path.read_bytes()
        store.add_event(Event(id="late", when=When(value="2024-06-01"), title="later round"))
        store._storage.compact()
        newer = _answers(store)
    store_path.write_bytes(older)  # the index beside it describes the newer file
    with caplog.at_level(logging.WARNING, logger="dateline.store"):
        with EventStore(store_path) as store:
            assert _answers(store) != newer and store.event("late") is None
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and "index beside" in lines[0] and "out of date" in lines[0]


def test_a_file_edited_with_stock_tinydb_is_read_as_edited(store_path):
    _fill(store_path)
    with TinyDB(store_path) as db:
        events = db.table("events")
        doc = next(d for d in events.all() if d["id"] == "a1-e1")
        events.update({"title": "Ruritania signs"}, doc_ids=[doc.doc_id])
    with EventStore(store_path) as store:
        assert store.event("a1-e1").title == "Ruritania signs"
        assert store.count_events(query="signs") == 1


def _schema_2_file(docs: dict[str, list[dict]]) -> bytes:
    """A store as dateline wrote it before store.json became TinyDB JSON: a DATELINE
    header line, then per table one zlib block of JSON lines and its doc ids."""
    out, tables, offset = [], {}, 0
    for name, rows in docs.items():
        block = zlib.compress(b"\n".join(json.dumps(r).encode() for r in rows))
        ids = array("i", range(1, len(rows) + 1)).tobytes()
        perm = array("i", range(len(rows))).tobytes()
        tables[name] = {
            "blocks": [[offset, len(block), len(rows)]],
            "ids": [offset + len(block), len(ids)],
            "perm": [offset + len(block) + len(ids), len(perm)],
        }
        out += [block, ids, perm]
        offset += len(block) + len(ids) + len(perm)
    body = b"".join(out)
    head = {"format": "dateline-store", "schema": 2, "generation": "g", "size": len(body)}
    head |= {"crc": zlib.crc32(body), "tables": tables, "index": [len(body), 0]}
    return b"DATELINE " + json.dumps(head).encode() + b"\n" + body


def test_a_schema_2_store_migrates_keeping_a_backup(store_path):
    d = date(2023, 2, 1)
    ev = Event(id="old-1", when=When(value=d.isoformat(), start=d, end=d), title="Roe wins")
    old = _schema_2_file({"events": [ev.model_dump(mode="json")]})
    store_path.write_bytes(old)
    with EventStore(store_path) as store:
        assert store.event("old-1").title == "Roe wins"
        assert store.count_events(query="roe") == 1
    assert store_path.with_name("store.json.v2.bak").read_bytes() == old
    assert json.loads(store_path.read_bytes())["events"]["1"]["id"] == "old-1"


def test_a_cut_schema_2_store_is_refused_untouched(store_path):
    ev = Event(id="old-1", when=When(value="2023-02-01"), title="Roe wins")
    cut = _schema_2_file({"events": [ev.model_dump(mode="json")]})[:-5]
    store_path.write_bytes(cut)
    with pytest.raises(StoreError, match="corrupt"):
        EventStore(store_path)
    assert store_path.read_bytes() == cut


def test_another_programs_tinydb_file_is_refused(store_path):
    with TinyDB(store_path) as db:
        db.table("recipes").insert({"id": "soup", "salt": 2})
    before = store_path.read_bytes()
    with pytest.raises(StoreError, match="not a dateline store"):
        EventStore(store_path)
    assert store_path.read_bytes() == before
