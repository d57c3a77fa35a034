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
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from store.db.damage import corrupt, not_a_store
from store.db.overlay import OverlayTable, Spilled
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


class SnapshotTable(OverlayTable):
    """A table read from a snapshot: blocks decompressed on first use, changes on top.

    TinyDB sees a mapping of str(doc_id) -> document. Unchanged documents stay in their
    compressed blocks (events are stored in date order, so a page of the timeline reads
    one or two blocks); opening costs almost nothing.
    """

    def __init__(
        self, body: memoryview, ids: array, perm: array, blocks: list[list[int]], tail: int = 0
    ) -> None:
        super().__init__(ids, perm)
        self.body, self.blocks = body, blocks
        self.tail = tail  # documents appended after the last full (date-ordered) rewrite
        self.starts = array("i", [0])  # position of each block's first document
        for _off, _n, count in blocks:
            self.starts.append(self.starts[-1] + count)
        self.decoded: dict[int, list[LazyDoc]] = {}  # read once, for the migration

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

    def raw(self, key: str) -> bytes:
        doc = self.over.get(key)
        if type(doc) is Spilled:
            return doc.raw()
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
