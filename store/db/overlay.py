"""A table read from a file with the session's changes on top, shared by the two file
layouts (store.json and the schema-2 blocks it migrates from): they differ only in how
one document is read from the file."""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterator, MutableMapping
from typing import Any


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
        gone = self.gone
        for i in self.ids:
            if str(i) not in gone:
                yield str(i)
        yield from (k for k in list(self.over) if self._pos(k) is None)

    def __len__(self) -> int:
        return self.size

    def max_key(self) -> int:
        live = (self.ids[p] for p in reversed(self.perm) if str(self.ids[p]) not in self.gone)
        return max([next(live, 0), *map(int, self.over)])
