"""The snapshot file: a versioned header, compressed documents and the saved index.

Layout: one header line `DATELINE {json}\\n` (format, schema, generation, crc32, where
each table's blocks and doc ids are) then the body: per table, zlib blocks of 64 JSON
documents and the doc ids, then the saved index. Blocks are decompressed only when read
and documents decoded only when used, which is what makes opening 100,000 events fast.
Schema 1 was plain TinyDB JSON; it is read once, backed up and migrated.
"""

from __future__ import annotations

import json
import os
import secrets
import zlib
from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from store.errors import StoreError
from store.safe_write import atomic_write_bytes
from store.store_damage import backup_size, corrupt, damaged, not_a_store

SCHEMA_VERSION = 2
MAGIC = b"DATELINE "
BLOCK = 64  # documents per compressed block
CACHED_BLOCKS = 2048  # decompressed blocks kept in memory (~130,000 documents)
Tables = dict[str, dict[str, Any]]


class LazyDoc(Mapping):
    """A document kept as its JSON bytes until first read; TinyDB sees a Mapping."""

    __slots__ = ("raw", "_doc")

    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        self._doc: dict[str, Any] | None = None

    def _load(self) -> dict[str, Any]:
        if self._doc is None:
            self._doc = json.loads(self.raw)
        return self._doc

    def __getitem__(self, key: str) -> Any:
        return self._load()[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self._load().get(key, default)

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())

    def keys(self):  # noqa: D102 - dict(...) uses keys() then __getitem__
        return self._load().keys()


def doc_bytes(doc: Mapping[str, Any]) -> bytes:
    if isinstance(doc, LazyDoc):
        return doc.raw
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def new_generation() -> str:
    return secrets.token_hex(8)


@dataclass
class Snapshot:
    tables: Tables = field(default_factory=dict)
    generation: str = ""
    index: bytes | None = None  # the saved index, None when it must be rebuilt
    migrated_from: int | None = None


def read_snapshot(path: Path) -> Snapshot:
    """Read and check the snapshot; a missing or empty file is an empty store, unless a
    non-empty backup beside it says a store was there (then it is a damaged one)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Snapshot(generation=new_generation())
    except OSError as exc:
        if backup_size(path):
            raise damaged(path, f"cannot read it: {exc.strerror or exc}") from exc
        raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if not raw.strip():
        if backup_size(path):
            raise damaged(path, "it is empty")
        return Snapshot(generation=new_generation())
    if raw.lstrip().startswith(b"{"):
        return _read_v1(path, raw)
    return parse_snapshot(path, raw)


def parse_snapshot(path: Path, raw: bytes) -> Snapshot:
    if not raw.startswith(MAGIC):
        raise not_a_store(path, "no DATELINE header")
    cut = raw.find(b"\n")
    try:
        header = json.loads(raw[len(MAGIC) : cut])
        schema = int(header["schema"])
    except (ValueError, KeyError, TypeError) as exc:
        raise corrupt(path, "bad header") from exc
    if schema > SCHEMA_VERSION:
        raise StoreError(
            f"{path} was written by a newer dateline (schema {schema}; this one reads up to "
            f"{SCHEMA_VERSION}); upgrade dateline to open it"
        )
    body = memoryview(raw)[cut + 1 :]
    if len(body) != header.get("size") or zlib.crc32(body) != header.get("crc"):
        raise corrupt(path, "checksum mismatch")
    try:
        tables: Tables = {}
        for name, meta in header["tables"].items():
            (a, n), (c, m) = meta["ids"], meta["perm"]
            ids, perm = array("i", bytes(body[a : a + n])), array("i", bytes(body[c : c + m]))
            tables[name] = SnapshotTable(body, ids, perm, meta["blocks"], meta.get("tail", 0))
        off, n = header["index"]
    except (KeyError, TypeError, ValueError) as exc:
        raise corrupt(path, "bad table layout") from exc
    return Snapshot(tables, header["generation"], bytes(body[off : off + n]))


class SnapshotTable(MutableMapping):
    """A table read from a snapshot: blocks decompressed on first use, changes on top.

    TinyDB sees a mapping of str(doc_id) -> document. Unchanged documents stay in their
    compressed blocks (events are stored in date order, so a page of the timeline reads
    one or two blocks); opening costs almost nothing.
    """

    def __init__(
        self, body: memoryview, ids: array, perm: array, blocks: list[list[int]], tail: int = 0
    ) -> None:
        self.body, self.ids, self.perm, self.blocks = body, ids, perm, blocks
        self.tail = tail  # documents appended after the last full (date-ordered) rewrite
        self.starts = array("i", [0])  # position of each block's first document
        for _off, _n, count in blocks:
            self.starts.append(self.starts[-1] + count)
        self.decoded: OrderedDict[int, list[LazyDoc]] = OrderedDict()
        self.over: dict[str, Any] = {}  # changed or new documents
        self.gone: set[str] = set()  # snapshot documents deleted since
        self.size = len(ids)

    def _pos(self, key: str) -> int | None:
        """Where a doc id sits in the snapshot (perm sorts positions by doc id)."""
        try:
            i = int(key)
        except ValueError:
            return None
        j = bisect_left(self.perm, i, key=self.ids.__getitem__)
        return self.perm[j] if j < len(self.perm) and self.ids[self.perm[j]] == i else None

    def block(self, b: int) -> list[LazyDoc]:
        docs = self.decoded.get(b)
        if docs is not None:
            self.decoded.move_to_end(b)
            return docs
        off, n, _count = self.blocks[b]
        try:
            data = zlib.decompress(self.body[off : off + n])
        except zlib.error as exc:
            raise StoreError(f"a block of the store is corrupt: {exc}") from exc
        docs = self.decoded[b] = [LazyDoc(line) for line in data.split(b"\n")]
        if len(self.decoded) > CACHED_BLOCKS:
            self.decoded.popitem(last=False)
        return docs

    def _base(self, p: int) -> LazyDoc:
        b = bisect_right(self.starts, p) - 1
        return self.block(b)[p - self.starts[b]]

    def __getitem__(self, key: str) -> Any:
        if key in self.over:
            return self.over[key]
        p = None if key in self.gone else self._pos(key)
        if p is None:
            raise KeyError(key)
        return self._base(p)

    def __contains__(self, key: object) -> bool:
        return key in self.over or (key not in self.gone and self._pos(str(key)) is not None)

    def __setitem__(self, key: str, doc: Any) -> None:
        if key not in self:
            self.size += 1
        self.over[key] = doc
        self.gone.discard(key)

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(key)
        self.over.pop(key, None)
        self.size -= 1
        if self._pos(key) is not None:
            self.gone.add(key)

    def __iter__(self) -> Iterator[str]:
        for i in self.ids:
            if str(i) not in self.gone:
                yield str(i)
        yield from (k for k in list(self.over) if self._pos(k) is None)

    def __len__(self) -> int:
        return self.size

    def max_key(self) -> int:
        live = (self.ids[p] for p in reversed(self.perm) if str(self.ids[p]) not in self.gone)
        return max([next(live, 0), *map(int, self.over)])

    def raw(self, key: str) -> bytes:
        doc = self.over.get(key)
        return doc_bytes(self._base(self._pos(key)) if doc is None else doc)  # type: ignore[arg-type]


def _encode_table(docs: Mapping[str, Any], order: list[str] | None, out: list[bytes]) -> dict:
    """Compress a table in blocks: clean blocks reused, changed ones re-encoded in place,
    new documents appended in `order`; rewritten whole, in order, once the tail is long."""
    keys: list[str] = []
    blocks: list[list[int]] = []
    offset = sum(map(len, out))
    tail = 0
    if isinstance(docs, SnapshotTable) and (order is None or docs.tail * 10 < len(docs)):
        touched = {docs._pos(k) for k in (*docs.over, *docs.gone)}
        dirty = {bisect_right(docs.starts, p) - 1 for p in touched if p is not None}
        for b, (off, n, count) in enumerate(docs.blocks):
            block_keys = [str(i) for i in docs.ids[docs.starts[b] : docs.starts[b] + count]]
            if b in dirty:
                block_keys = [k for k in block_keys if k not in docs.gone]
                offset = _encode_blocks(docs, block_keys, out, offset, blocks)
            else:
                out.append(bytes(docs.body[off : off + n]))
                blocks.append([offset, n, count])
                offset += n
            keys += block_keys
        new = {k for k in docs.over if docs._pos(k) is None}
        ordered = [k for k in order or () if k in new]
        appended = ordered + sorted(new.difference(ordered), key=int)
        offset = _encode_blocks(docs, appended, out, offset, blocks)
        keys += appended
        tail = docs.tail + len(appended) if order is not None else 0
    else:
        keys = [k for k in order or () if k in docs]
        seen = set(keys)
        keys += sorted((k for k in docs if k not in seen), key=int)
        offset = _encode_blocks(docs, keys, out, offset, blocks)
    ids = array("i", map(int, keys))
    perm = array("i", sorted(range(len(ids)), key=ids.__getitem__))
    meta = {"ids": [offset, len(ids) * 4], "perm": [offset + len(ids) * 4, len(perm) * 4]}
    out += [ids.tobytes(), perm.tobytes()]
    return meta | {"blocks": blocks, "tail": tail}


def _encode_blocks(
    docs: Mapping[str, Any], keys: list[str], out: list[bytes], offset: int, blocks: list
) -> int:
    raw = docs.raw if isinstance(docs, SnapshotTable) else (lambda k: doc_bytes(docs[k]))
    for i in range(0, len(keys), BLOCK):
        chunk = keys[i : i + BLOCK]
        data = zlib.compress(b"\n".join(map(raw, chunk)), 1)
        out.append(data)
        blocks.append([offset, len(data), len(chunk)])
        offset += len(data)
    return offset


def _read_v1(path: Path, raw: bytes) -> Snapshot:
    """Schema 1 was TinyDB's own JSON; keep a copy of it and migrate."""
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise corrupt(path, "invalid JSON") from exc
    _check_v1(path, data)
    meta = data.pop("_meta", {}).get("1", {})
    data.pop("_default", None)
    try:
        schema = int(meta.get("schema", 1))
    except (TypeError, ValueError) as exc:
        raise not_a_store(path, "a bad _meta table") from exc
    if schema > SCHEMA_VERSION:
        raise StoreError(f"{path} was written by a newer dateline (schema {schema})")
    backup = path.with_name(f"{path.name}.v{schema}.bak")
    if not backup.exists() and os.access(path.parent, os.W_OK):
        atomic_write_bytes(backup, raw)  # before the migrated snapshot replaces it
    return Snapshot(data, new_generation(), None, migrated_from=schema)


V1_TABLES = ("articles", "events", "actors", "quotes")


def _check_v1(path: Path, data: Any) -> None:
    """Schema-1 JSON holds only dateline's tables of documents with string ids; anything
    else (another TinyDB program's file) is refused before a byte is written."""
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise not_a_store(path, "JSON that is not a table layout")
    for name, docs in data.items():
        if name == "_meta" or (name == "_default" and not docs):
            continue
        if name not in V1_TABLES:
            raise not_a_store(path, f"it has a table {name!r}")
        for doc in docs.values():
            if not isinstance(doc, dict) or not isinstance(doc.get("id"), str):
                raise not_a_store(path, f"a document in {name!r} has no id")
            if name == "events" and not isinstance(doc.get("when"), dict):
                raise not_a_store(path, "an event has no date")


def encode_snapshot(
    tables: Mapping[str, Mapping[str, Any]],
    generation: str,
    index: bytes,
    orders: Mapping[str, list[str]] | None = None,
) -> bytes:
    """The whole file: every table re-blocked (events in date order) plus the index."""
    out: list[bytes] = []
    layout = {
        name: _encode_table(docs, (orders or {}).get(name), out) for name, docs in tables.items()
    }
    offset = sum(map(len, out))
    out.append(index)
    body = b"".join(out)
    header = {
        "format": "dateline-store",
        "schema": SCHEMA_VERSION,
        "generation": generation,
        "size": len(body),
        "crc": zlib.crc32(body),
        "tables": layout,
        "index": [offset, len(index)],
    }
    return MAGIC + json.dumps(header, separators=(",", ":")).encode() + b"\n" + body


def is_complete_snapshot(path: Path) -> bool:
    """True if path holds a whole snapshot by its own header (or schema-1 JSON): what may
    become the .bak. An empty or cut-short file never replaces a good backup."""
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            first = fh.readline()
    except OSError:
        return False
    if first.lstrip().startswith(b"{"):
        return size > 2
    if not first.startswith(MAGIC):
        return False
    try:
        body = int(json.loads(first[len(MAGIC) :])["size"])
    except (ValueError, KeyError, TypeError):
        return False
    return size == len(first) + body
