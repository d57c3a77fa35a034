"""store.json: a plain TinyDB JSON document, read lazily with the sidecar beside it.

The file is what stock `tinydb.TinyDB(path)` writes: {table: {doc id: document}}, plus a
`_meta` table (schema and generation) written first. Opening reads the bytes and, from
`store.json.index` (store/db/sidecar.py), where every document sits: a document is
decoded only when read, so opening 100,000 events parses no JSON. Without a sidecar
that matches, the whole file is parsed once and the caller rebuilds what is derived.
Schema 1 (JSON without `_meta`) and schema 2 (the DATELINE block file, store/db/legacy.py)
are read once, kept as `.v1.bak` / `.v2.bak`, and rewritten as this.
"""

from __future__ import annotations

import io
import mmap
import os
import secrets
from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import orjson

import store.db.legacy as legacy
import store.db.sidecar as sidecar
from store.db.damage import backup_size, corrupt, damaged, not_a_store
from store.db.overlay import OverlayTable, Spilled
from store.db.sidecar import Layout, Sidecar
from store.errors import StoreError
from store.safe_write import atomic_write_bytes

SCHEMA_VERSION = 3
META = "_meta"
TABLES = ("articles", "events", "actors", "quotes", "decisions", "folded")
_HEAD = b'{"_meta":{"1":'  # every file this module writes starts so
MAP_FROM = 1 << 20  # bytes: a store.json this big is mapped into memory, not read
QUIET_REBUILD = 4 << 20  # bytes: below this a missing sidecar is rebuilt without a word
RELEASE_EVERY = 32 << 20  # bytes: a fold lets go of the old file's pages this often
Tables = dict[str, Any]  # table name -> MutableMapping of str(doc id) -> document


def doc_bytes(doc: Mapping[str, Any]) -> bytes:
    return orjson.dumps(doc)


def new_generation() -> str:
    return secrets.token_hex(8)


@dataclass
class Snapshot:
    tables: Tables = field(default_factory=dict)
    generation: str = ""
    index: bytes | None = None  # the saved index, None when it must be rebuilt
    migrated_from: int | None = None
    why: str = ""  # why the sidecar was not used ("" when there was nothing to use)


class JsonTable(OverlayTable):
    """A table of store.json: documents decoded from their bytes when read, changes on
    top."""

    def __init__(self, body: bytes | mmap.mmap, layout: Layout) -> None:
        super().__init__(layout.ids, layout.perm)
        self.body, self.spans = body, layout.spans

    def _view(self, p: int) -> memoryview:
        data = memoryview(self.body)[self.spans[2 * p] : self.spans[2 * p + 1]]
        if data[:1] != b"{" or data[-1:] != b"}":
            raise StoreError(
                "store.json does not match the index beside it; delete store.json.index "
                "and open the store again to rebuild it"
            )
        return data

    def _base(self, p: int) -> Any:
        return orjson.loads(self._view(p))

    def raw(self, key: str) -> bytes:
        """The document's JSON bytes (no decode for one read from the file)."""
        return bytes(self.raw_view(key))

    def raw_view(self, key: str) -> bytes | memoryview:
        """raw() without the copy (the encoder joins these into the next file)."""
        doc = self.over.get(key)
        if doc is not None:
            return doc.raw() if type(doc) is Spilled else doc_bytes(doc)
        p = None if key in self.gone else self._pos(key)
        if p is None:
            raise KeyError(key)
        return self._view(p)


# -- reading ----------------------------------------------------------------------
def read_snapshot(path: Path) -> Snapshot:
    """Read and check store.json; a missing or empty file is an empty store, unless a
    non-empty backup beside it says a store was there (then it is a damaged one)."""
    try:
        raw = _read(path)
    except FileNotFoundError:
        return Snapshot(generation=new_generation())
    except OSError as exc:
        if backup_size(path):
            raise damaged(path, f"cannot read it: {exc.strerror or exc}") from exc
        raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from exc
    head = raw[:4096].lstrip()
    if not head and not raw[:].strip():
        if backup_size(path):
            raise damaged(path, "it is empty")
        return Snapshot(generation=new_generation())
    if head.startswith(legacy.MAGIC):
        return _migrate(path, raw[:], legacy.parse_blocks(path, raw[:]), 2)
    if not head.startswith(b"{"):
        raise not_a_store(path, "not a JSON document")
    side, why = sidecar.read(sidecar.sidecar_path(path), len(raw))
    if side is None and why == "is missing" and len(raw) < QUIET_REBUILD:
        why = ""  # a small store copied alone: rebuilt in a blink, nothing to say
    if side is not None and raw[: len(_HEAD)] == _HEAD:
        snap = _with_sidecar(path, raw, side)
        if snap is not None:
            return snap
        why = "is out of date"
    return _parse_whole(path, raw[:], why)


def _read(path: Path) -> bytes | mmap.mmap:
    """The file's bytes; a big one mapped, not copied (a document is read when used)."""
    if path.stat().st_size < MAP_FROM:
        return path.read_bytes()
    with open(path, "rb") as fh:
        return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)


def _check_schema(path: Path, meta: Any) -> int:
    try:
        schema = int(meta.get("schema", 1)) if isinstance(meta, dict) else 1
    except (TypeError, ValueError) as exc:
        raise not_a_store(path, "a bad _meta table") from exc
    if schema > SCHEMA_VERSION:
        raise StoreError(
            f"{path} was written by a newer dateline (schema {schema}; this one reads up to "
            f"{SCHEMA_VERSION}); upgrade dateline to open it"
        )
    return schema


def _with_sidecar(path: Path, raw: bytes | mmap.mmap, side: Sidecar) -> Snapshot | None:
    """The store read through a sidecar of the same size; None if it is of another
    generation (store.json was replaced by one of the same size)."""
    try:
        meta = orjson.loads(raw[len(_HEAD) : side.meta_end])
    except orjson.JSONDecodeError:
        return None
    _check_schema(path, meta)
    if meta.get("generation") != side.generation:
        return None
    tables: Tables = {name: JsonTable(raw, layout) for name, layout in side.tables.items()}
    return Snapshot(tables, side.generation, side.index)


def _parse_whole(path: Path, raw: bytes, why: str) -> Snapshot:
    """Parse all of store.json (no usable sidecar): the index is rebuilt from it."""
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise corrupt(path, "invalid JSON") from exc
    _check_tables(path, data)
    meta = (data.pop(META, None) or {}).get("1", {})
    data.pop("_default", None)
    schema = _check_schema(path, meta)
    if schema < SCHEMA_VERSION:
        return _migrate(path, raw, data, schema)
    return Snapshot(data, str(meta.get("generation") or new_generation()), None, why=why)


def _migrate(path: Path, raw: bytes, tables: Tables, schema: int) -> Snapshot:
    """An older layout: keep a copy of the file before the rewritten one replaces it."""
    backup = path.with_name(f"{path.name}.v{schema}.bak")
    if not backup.exists() and os.access(path.parent, os.W_OK):
        atomic_write_bytes(backup, raw)
    return Snapshot(tables, new_generation(), None, migrated_from=schema)


def _check_tables(path: Path, data: Any) -> None:
    """store.json holds only dateline's tables of documents with string ids; anything
    else (another TinyDB program's file) is refused before a byte is written."""
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise not_a_store(path, "JSON that is not a table layout")
    for name, docs in data.items():
        if name == META or (name == "_default" and not docs):
            continue
        if name not in TABLES:
            raise not_a_store(path, f"it has a table {name!r}")
        for doc in docs.values():
            if not isinstance(doc, dict) or not isinstance(doc.get("id"), str):
                raise not_a_store(path, f"a document in {name!r} has no id")
            if name == "events" and not isinstance(doc.get("when"), dict):
                raise not_a_store(path, "an event has no date")


# -- writing ----------------------------------------------------------------------
def write_store(
    out: BinaryIO,
    tables: Mapping[str, Mapping[str, Any]],
    generation: str,
    orders: Mapping[str, list[str]],
) -> Sidecar:
    """Write the whole store.json (events in date order) to `out` a document at a time,
    never holding the file whole (a big store is hundreds of MB); return the sidecar
    layout for it (the caller sets its index). Unchanged documents are copied as bytes."""
    meta = orjson.dumps({"schema": SCHEMA_VERSION, "generation": generation})
    maps = {
        id(b): b for d in tables.values() if isinstance(b := getattr(d, "body", None), mmap.mmap)
    }
    copied = 0
    write = out.write
    write(_HEAD)
    write(meta)
    write(b"}")
    pos = len(_HEAD) + len(meta) + 1
    layouts: dict[str, Layout] = {}
    for name, docs in tables.items():
        head = b"," + orjson.dumps(name) + b":{"
        write(head)
        pos += len(head)
        raw = getattr(docs, "raw_view", None) or getattr(docs, "raw", None)
        if raw is None:
            raw = lambda k, d=docs: doc_bytes(d[k])  # noqa: E731 - plain dict tables
        first = [k for k in orders.get(name, ()) if k in docs]
        seen = set(first)
        keys = first + sorted((k for k in docs if k not in seen), key=int)
        del seen
        spans = array("Q")
        sep = b'"'
        for key in keys:
            pre = sep + key.encode() + b'":'
            doc = raw(key)
            pos += len(pre)
            spans.append(pos)
            pos += len(doc)
            spans.append(pos)
            write(pre)
            write(doc)
            sep = b',"'
            copied += len(doc)
            if copied > RELEASE_EVERY:
                copied = _release(maps.values())
        write(b"}")
        pos += 1
        ids = array("i", map(int, keys))
        del keys, first
        perm = array("i", sorted(range(len(ids)), key=ids.__getitem__))
        layouts[name] = Layout(ids, perm, spans)
    write(b"}\n")
    pos += 2
    _release(maps.values())
    return Sidecar(pos, generation, len(_HEAD) + len(meta), layouts, b"")


def _release(maps: Iterable[mmap.mmap]) -> int:
    """Drop the pages of the old file a fold has read from this process's resident set:
    they stay in the page cache, and a later read maps them back (a fold reads the whole
    file, which would otherwise count in full against the process's memory)."""
    if hasattr(mmap, "MADV_DONTNEED"):
        for body in maps:
            body.madvise(mmap.MADV_DONTNEED)
    return 0


def encode_store(
    tables: Mapping[str, Mapping[str, Any]], generation: str, orders: Mapping[str, list[str]]
) -> tuple[bytes, Sidecar]:
    """write_store() into bytes (small stores and tests; compaction streams to the file)."""
    buf = io.BytesIO()
    side = write_store(buf, tables, generation, orders)
    return buf.getvalue(), side


def map_store(path: Path) -> bytes | mmap.mmap:
    """The bytes of a store.json just written (a big one mapped, so only the pages a
    read touches are resident)."""
    return _read(path)


def tables_over(data: bytes | mmap.mmap, side: Sidecar) -> Tables:
    """The tables of a store.json just written (documents decoded when read)."""
    return {name: JsonTable(data, layout) for name, layout in side.tables.items()}


def is_complete_snapshot(path: Path) -> bool:
    """True if path holds a whole store (what may become the .bak): one its sidecar
    describes, or one that parses. An empty or cut-short file never replaces a good
    backup."""
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            first = fh.read(len(legacy.MAGIC))
    except OSError:
        return False
    if first.startswith(legacy.MAGIC):
        return legacy.is_complete_blocks(path)
    head = sidecar.header(sidecar.sidecar_path(path))
    if head is not None and head.get("size") == size and first.startswith(_HEAD[:9]):
        return True
    try:
        return isinstance(orjson.loads(path.read_bytes()), dict)
    except (OSError, orjson.JSONDecodeError):
        return False
