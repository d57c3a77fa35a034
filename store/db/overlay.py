"""A table read from a file with the session's changes on top, shared by the two file
layouts (store.json and the schema-2 blocks it migrates from): they differ only in how
one document is read from the file.

A change may be held as a `Spilled` document instead of a dict: one a bulk load wrote
to its scratch file (`Spool`, a copy of the journal entries it appended) and reads back
from there when asked, so a long load does not keep every document it filed in memory."""

from __future__ import annotations

import os
import tempfile
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator, MutableMapping
from typing import Any

import orjson


class Spilled:
    """A changed document kept on disk: `read(offset, length)` gives its JSON bytes."""

    __slots__ = ("length", "offset", "read")

    def __init__(self, read: Callable[[int, int], bytes], offset: int, length: int) -> None:
        self.read, self.offset, self.length = read, offset, length

    def raw(self) -> bytes:
        return self.read(self.offset, self.length)


class OverlayTable(MutableMapping):
    """TinyDB sees a mapping of str(doc_id) -> document; subclasses say how the document
    at position p of the file is read (`_base`)."""

    def __init__(self, ids: array, perm: array) -> None:
        self.ids, self.perm = ids, perm
        self.over: dict[str, Any] = {}  # changed or new documents
        self.gone: set[str] = set()  # file documents deleted since
        self.size = len(ids)

    def _base(self, p: int) -> Any:
        raise NotImplementedError

    def _pos(self, key: str) -> int | None:
        """Where a doc id sits in the file (perm sorts positions by doc id)."""
        try:
            i = int(key)
        except ValueError:
            return None
        j = bisect_left(self.perm, i, key=self.ids.__getitem__)
        return self.perm[j] if j < len(self.perm) and self.ids[self.perm[j]] == i else None

    def __getitem__(self, key: str) -> Any:
        if key in self.over:
            doc = self.over[key]
            return orjson.loads(doc.raw()) if type(doc) is Spilled else doc
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
        gone = self.gone
        for i in self.ids:
            if str(i) not in gone:
                yield str(i)
        yield from (k for k in list(self.over) if self._pos(k) is None)

    def __len__(self) -> int:
        return self.size

    def spill(self, key: str, doc: Spilled) -> None:
        """Hold a changed document on disk instead of in memory (see the module doc)."""
        if key in self.over:
            self.over[key] = doc

    def max_key(self) -> int:
        live = (self.ids[p] for p in reversed(self.perm) if str(self.ids[p]) not in self.gone)
        return max([next(live, 0), *map(int, self.over)])


class Spool:
    """A nameless scratch file in the store's folder (gone with the process, even on a
    kill -9) that a bulk load puts the documents it filed in: they are read back from it
    when asked, until the next fold replaces the tables that point into it."""

    def __init__(self, folder: str) -> None:
        self._fh = tempfile.TemporaryFile(dir=folder)
        self.size = 0

    def append(self, data: bytes) -> int:
        """Add data at the end; where it starts."""
        start = self.size
        written = os.pwrite(self._fh.fileno(), data, start)
        if written != len(data):
            raise OSError(28, "short write (disk full?)")
        self.size += written
        return start

    def read(self, offset: int, length: int) -> bytes:
        return os.pread(self._fh.fileno(), length, offset)

    def reset(self) -> None:
        """Forget everything (nothing points into it any more)."""
        self._fh.truncate(0)
        self.size = 0

    def close(self) -> None:
        self._fh.close()
