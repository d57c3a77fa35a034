"""The saved index: a documented layout, checked on decode, rebuilt when damaged."""

from __future__ import annotations

import json
import logging
import zlib
from datetime import date
from pathlib import Path

import pytest

from store import Actor, Event, EventStore, Extraction, When
from store.db import sidecar
from store.db.index_format import (
    FORMAT_VERSION,
    IndexDamaged,
    decode_index,
    decode_json,
    decode_postings,
    decode_u64,
    encode_index,
    encode_json,
    encode_postings,
    encode_u64,
    is_str_map,
)
from store.models import Article
from tests.period_counts import density


def _fill(path: Path) -> None:
    actors = [
        Actor(id="ruritania", name="Ruritania", kind="place"),
        Actor(id="jane-roe", name="Jane Roe"),
    ]
    events = []
    for i in range(40):
        d = date(2020 + i % 5, 1 + i % 12, 1 + i % 28)
        events.append(
            Event(
                id=f"a1-e{i}",
                when=When(value=d.isoformat(), start=d, end=d),
                title=f"{['vote', 'count', 'protest'][i % 3]} number {i}",
                sentence=f"Sentence {i} about the {['senate', 'harbour'][i % 2]}.",
                actors=[actors[i % 2].id],
                article_id="a1",
            )
        )
    article = Article(
        id="a1", title="t", source="Example Wire", published=date(2025, 1, 1), text="x"
    )
    with EventStore(path) as store:
        store.add_extraction(article, Extraction(article_id="a1", actors=actors, events=events))
        store._storage.compact()


def _answers(store: EventStore) -> dict:
    """Every index section is read by one of these."""
    return {
        "order": [e.id for e in store.events()],
        "title": store.count_events(query="vote"),
        "prefix": store.count_events(query="prot"),
        "body": store.count_events(query="harbour"),
        "actor": store.count_events(query="actor:ruritania"),
        "kind": store.count_events(query="kind:place"),
        "source": store.count_events(query="source:wire"),
        "event": store.event("a1-e7").title,
        "named": store.find_actor("jane roe").id,
        "years": density(store, "year"),
    }


def _saved(path: Path) -> sidecar.Sidecar:
    """The sidecar beside the store (store.json.index), which holds the saved index."""
    side, why = sidecar.read(sidecar.sidecar_path(path), path.stat().st_size)
    assert side is not None, why
    return side


def _save_index(path: Path, index: bytes) -> None:
    side = _saved(path)
    side.index = index
    sidecar.sidecar_path(path).write_bytes(sidecar.encode(side))


def _flip(path: Path, where: float) -> None:
    """Damage one byte of the saved index, keeping the sidecar's own checks right (as a
    bug or another version of the writer could), so only the index's checks can see it."""
    index = bytearray(_saved(path).index)
    index[int(len(index) * where)] ^= 0x5A
    _save_index(path, bytes(index))


def test_the_saved_index_is_the_documented_layout(store_path):
    _fill(store_path)
    raw = bytes(_saved(store_path).index)
    assert raw.startswith(b"DLIDX ")
    head = json.loads(raw[6 : raw.index(b"\n")])
    assert head["v"] == FORMAT_VERSION and {"vocab", "order", "f_t", "ids.events"} <= set(
        head["sections"]
    )
    sections = decode_index(raw)
    vocab = decode_json(sections["vocab"], lambda v: isinstance(v, list))
    assert "harbour" in vocab and vocab == sorted(vocab)
    assert len(decode_u64(sections["order"])) == 40
    titles = decode_postings(sections["f_t"])
    assert len(titles["vote"]) // 4 == 14


@pytest.mark.parametrize("where", [0.02, 0.2, 0.4, 0.6, 0.8, 0.98])
def test_a_damaged_index_is_rebuilt_with_one_line(store_path, caplog, where):
    _fill(store_path)
    with EventStore(store_path) as store:
        good = _answers(store)
    _flip(store_path, where)
    with caplog.at_level(logging.WARNING, logger="dateline.store"):
        with EventStore(store_path) as store:
            assert _answers(store) == good
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and "index" in lines[0] and "damaged" in lines[0], lines
    caplog.clear()
    with EventStore(store_path) as store:  # the rebuilt index was saved
        assert _answers(store) == good
    assert caplog.records == []


@pytest.mark.parametrize("section", ["order", "actor_names", "ids.events", "f_t", "days"])
def test_damage_found_during_a_write_applies_the_write_once(store_path, caplog, section):
    _fill(store_path)
    sections = decode_index(_saved(store_path).index)
    data, crc, codec = sections[section]
    sections[section] = (bytes(data[:-1]) + bytes([data[-1] ^ 1]), crc, codec)
    _save_index(store_path, encode_index(sections))
    d = date(2021, 5, 5)
    with caplog.at_level(logging.WARNING, logger="dateline.store"):
        with EventStore(store_path) as store:
            store.add_actor(Actor(id="john-doe", name="John Doe"))
            store.add_event(
                Event(id="new", when=When(value="2021-05-05", start=d, end=d), title="vote again")
            )
            ids = [e.id for e in store.events()]
            assert len(ids) == 41 and len(set(ids)) == 41
            assert store.count_events(query="vote") == 15
            assert store.find_actor("john doe") is not None
            assert sum(n for _, n in density(store, "year")) == 41
    assert len(caplog.records) == 1


def test_codecs_round_trip_and_their_checks_bite():
    packed = {"vote": b"\x01\x00\x00\x00\x05\x00\x00\x00", "count": b"", "dé": b"\x02\x00\x00\x00"}
    assert decode_postings(encode_postings(packed)) == packed
    assert decode_u64(encode_u64([0, 1, 2**63])) == [0, 1, 2**63]
    assert decode_json(encode_json({"a": "b"}), is_str_map) == {"a": "b"}
    data, crc, codec = encode_postings(packed)
    with pytest.raises(IndexDamaged, match="checksum"):
        decode_postings((data[:-1] + b"\x09", crc, codec))
    with pytest.raises(IndexDamaged, match="codec"):
        decode_u64((data, crc, codec))
    with pytest.raises(IndexDamaged, match="shape"):
        decode_json(encode_json({"a": 1}), is_str_map)
    cut = zlib.compress(b'{"a": "b"', 1)  # a checksum that holds over text that is not JSON
    with pytest.raises(IndexDamaged):
        decode_json((cut, zlib.crc32(cut), "json"), is_str_map)
    short = data[:-4]
    with pytest.raises(IndexDamaged, match="offsets"):
        decode_postings((short, zlib.crc32(short), codec))
    with pytest.raises(IndexDamaged, match="outside"):
        decode_index(encode_index({"x": encode_json([])})[:-3])
    assert decode_index(b"\xfb{marshal}") is None  # an older index: rebuilt quietly


def test_odd_day_counts_rebuild_the_index(store_path, caplog):
    _fill(store_path)
    with EventStore(store_path) as store:
        good = density(store, "month")
    sections = decode_index(_saved(store_path).index)
    sections["days"] = encode_u64([738000, 2, 738001])  # a day without its count
    _save_index(store_path, encode_index(sections))
    with caplog.at_level(logging.WARNING, logger="dateline.store"):
        with EventStore(store_path) as store:
            assert density(store, "month") == good
    assert len(caplog.records) == 1 and "days" in caplog.records[0].getMessage()


def test_an_index_from_another_version_is_rebuilt_once_with_one_line(store_path, caplog):
    _fill(store_path)
    with EventStore(store_path) as store:
        good = _answers(store)
    old = b"\xfb" + b"marshal-like bytes of index version 3"
    _save_index(store_path, old)
    with caplog.at_level(logging.WARNING, logger="dateline.store"):
        with EventStore(store_path) as store:
            assert _answers(store) == good
        with EventStore(store_path) as store:  # saved: not rebuilt again
            assert _answers(store) == good
    (line,) = [r.getMessage() for r in caplog.records]
    assert "another version" in line and str(store_path) in line
