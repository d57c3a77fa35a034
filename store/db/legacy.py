"""The schema-2 store file (`DATELINE {header}` + zlib blocks), read once to migrate.

Dateline wrote this layout before store.json became a plain TinyDB document; opening
such a file reads its documents through this module, keeps the file as
`store.json.v2.bak` and writes the JSON store (store/db/snapshot.py). The saved index
inside it is not read: the new one is built from the documents.
"""

from __future__ import annotations

import json
import os
import zlib
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, MutableMapping
from pathlib import Path
from typing import Any

from store.db.damage import corrupt, not_a_store
from store.errors import StoreError

MAGIC = b"DATELINE "


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


def parse_blocks(path: Path, raw: bytes) -> dict[str, SnapshotTable]:
    """The tables of a schema-2 file (raises StoreError if it is damaged)."""
    if not raw.startswith(MAGIC):
        raise not_a_store(path, "no DATELINE header")
    cut = raw.find(b"\n")
    try:
        header = json.loads(raw[len(MAGIC) : cut])
        schema = int(header["schema"])
    except (ValueError, KeyError, TypeError) as exc:
        raise corrupt(path, "bad header") from exc
    if schema != 2:
        raise StoreError(
            f"{path} was written by a newer dateline (schema {schema}); upgrade dateline"
        )
    body = memoryview(raw)[cut + 1 :]
    if len(body) != header.get("size") or zlib.crc32(body) != header.get("crc"):
        raise corrupt(path, "checksum mismatch")
    try:
        tables: dict[str, SnapshotTable] = {}
        for name, meta in header["tables"].items():
            (a, n), (c, m) = meta["ids"], meta["perm"]
            ids, perm = array("i", bytes(body[a : a + n])), array("i", bytes(body[c : c + m]))
            tables[name] = SnapshotTable(body, ids, perm, meta["blocks"], meta.get("tail", 0))
    except (KeyError, TypeError, ValueError) as exc:
        raise corrupt(path, "bad table layout") from exc
    return tables


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
        self.decoded: dict[int, list[LazyDoc]] = {}  # read once, for the migration
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
            return docs
        off, n, _count = self.blocks[b]
        try:
            data = zlib.decompress(self.body[off : off + n])
        except zlib.error as exc:
            raise StoreError(f"a block of the store is corrupt: {exc}") from exc
        docs = self.decoded[b] = [LazyDoc(line) for line in data.split(b"\n")]
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


def is_complete_blocks(path: Path) -> bool:
    """True if path holds a whole schema-2 file by its own header."""
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            first = fh.readline()
    except OSError:
        return False
    if not first.startswith(MAGIC):
        return False
    try:
        body = int(json.loads(first[len(MAGIC) :])["size"])
    except (ValueError, KeyError, TypeError):
        return False
    return size == len(first) + body
