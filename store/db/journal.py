"""The append-only journal: each write appends only the documents it changed.

One line per transaction, `<crc32> <json>\\n`, fsynced before the call returns, so a
write costs a few hundred bytes instead of rewriting the store. A torn last line (a
crash mid-append) is ignored and cut off by the next writer; a bad line followed by good
ones is corruption and an error. Entries carry the snapshot generation they apply to,
so entries already folded into a newer snapshot are skipped.
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path
from typing import Any

import orjson

from store.errors import StoreError

Op = tuple[str, int, dict[str, Any] | None]  # table, doc_id, new document or None (deleted)
Span = tuple[int, int]  # where a document starts in an entry, and its length


def encode_entry_at(generation: str, ops: list[Op]) -> tuple[bytes, list[Span | None]]:
    """One entry, and where each op's document sits in it (None for a deletion): a
    writer in bulk mode keeps a copy of the entry in a scratch file and reads its
    documents back from there instead of keeping them in memory (store/db/durable.py).
    Plain JSON, built from orjson's pieces."""
    parts = [b'{"g":', orjson.dumps(generation), b',"ops":[']
    pos = 9 + sum(map(len, parts))  # 9: the crc and its space
    spans: list[Span | None] = []
    sep = b""
    for table, doc_id, doc in ops:
        pre = sep + b"[" + orjson.dumps(table) + b",%d," % doc_id
        body = b"null" if doc is None else orjson.dumps(doc)
        pos += len(pre)
        spans.append(None if doc is None else (pos, len(body)))
        pos += len(body) + 1
        parts += (pre, body, b"]")
        sep = b","
    parts.append(b"]}")
    data = b"".join(parts)
    return b"%08x " % zlib.crc32(data) + data + b"\n", spans


class Journal:
    """Reads and appends `<store>.journal`; the caller holds the store lock."""

    def __init__(self, path: Path, mode: int = 0o666) -> None:
        self.path = path
        self.mode = mode  # for a new journal (the umask applies); the store passes its own
        self.end = 0  # offset just past the last valid entry we have read or written

    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except FileNotFoundError:
            return 0

    def read_from(self, offset: int) -> tuple[list[dict[str, Any]], int]:
        """Entries after offset and the offset past the last complete, valid one."""
        try:
            with open(self.path, "rb") as fh:
                fh.seek(offset)
                raw = fh.read()
        except FileNotFoundError:
            return [], 0
        except OSError as exc:
            raise StoreError(f"cannot read {self.path}: {exc.strerror or exc}") from exc
        entries: list[dict[str, Any]] = []
        pos = 0
        lines = raw.split(b"\n")
        for i, line in enumerate(lines[:-1]):  # the last piece has no newline: torn or empty
            entry = _decode(line)
            if entry is None:
                if any(_decode(rest) for rest in lines[i + 1 : -1]):
                    raise StoreError(
                        f"{self.path} is corrupt at byte {offset + pos}; it holds the edits "
                        "since the last compaction. To open the store without them (they are "
                        f"lost): mv {self.path} {self.path}.corrupt"
                    )
                break
            entries.append(entry)
            pos += len(line) + 1
        return entries, offset + pos

    def append(self, data: bytes) -> int:
        """Append one encoded entry durably and return where it starts; on failure the
        journal is as before."""
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT, self.mode)
        except OSError as exc:
            raise StoreError(f"cannot write {self.path}: {exc.strerror or exc}") from exc
        try:
            if os.fstat(fd).st_size != self.end:
                os.ftruncate(fd, self.end)  # drop a torn tail left by a crashed writer
            os.lseek(fd, self.end, os.SEEK_SET)
            written = os.write(fd, data)
            if written != len(data):
                raise OSError(28, "short write (disk full?)")
            os.fsync(fd)
        except OSError as exc:
            try:
                os.ftruncate(fd, self.end)
            except OSError:
                pass
            raise StoreError(
                f"cannot write {self.path}: {exc.strerror or exc}; nothing was saved"
            ) from exc
        finally:
            os.close(fd)
        start, self.end = self.end, self.end + len(data)
        return start

    def reset(self) -> None:
        """Empty the journal after its entries went into a new snapshot."""
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, self.mode)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            raise StoreError(f"cannot write {self.path}: {exc.strerror or exc}") from exc
        self.end = 0


def _decode(line: bytes) -> dict[str, Any] | None:
    if len(line) < 10 or line[8:9] != b" ":
        return None
    body = line[9:]
    try:
        if int(line[:8], 16) != zlib.crc32(body):
            return None
        entry = json.loads(body)
    except ValueError:
        return None
    return entry if isinstance(entry, dict) and "ops" in entry else None
