"""Posting lists: term -> event doc ids, packed from the snapshot plus changes since.

Kept apart from store/db/index.py, which owns one of these per searched field and per
actor, article and quote; store/db/index_format.py says how they are saved. Nothing is
kept unpacked here: the query service's one cache (store/db/cache.py) keeps the lists
a query read.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable

from store.db.index_format import IndexDamaged, Section, decode_postings, encode_postings


class Postings:
    """term -> doc ids: packed arrays from the snapshot plus small changes since.

    The packed arrays are decoded only when a query reads them; writes only record
    changes, so replaying a journal at open does not touch them.
    """

    def __init__(
        self,
        raw: Section | None = None,
        on_damage: Callable[[Postings, IndexDamaged], None] | None = None,
    ) -> None:
        self._packed: dict[str, bytes] | None = None if raw is not None else {}
        self._raw = raw  # the saved section, until something reads it
        self.on_damage = on_damage  # rebuilds the index and hands this object its state
        self.added: dict[str, set[int]] = {}
        self.removed: dict[str, set[int]] = {}

    @property
    def packed(self) -> dict[str, bytes]:
        if self._packed is None:
            try:
                self._packed = decode_postings(self._raw) if self._raw else {}
                self._raw = None
            except IndexDamaged as exc:
                if self.on_damage is None:
                    raise
                self.on_damage(self, exc)  # sets _packed (and the rest) from a rebuild
        return self._packed  # type: ignore[return-value]

    def adopt(self, fresh: Postings) -> None:
        """Take over a rebuilt section's state (callers may hold this object)."""
        self.__dict__.update(fresh.__dict__)

    def section(self) -> Section:
        """The saved form: reused as it was when nothing read or changed it."""
        if self._raw is not None and not self.added and not self.removed:
            return self._raw
        return encode_postings(self.pack())

    def get(self, term: str) -> set[int]:
        """The doc ids for term, unpacked now (a new set each call)."""
        raw = self.packed.get(term)
        found = set(array("i", raw)) if raw else set()
        found |= self.added.get(term, set())
        found -= self.removed.get(term, set())
        return found

    def add(self, terms: Iterable[str], doc_id: int) -> None:
        removed, added = self.removed, self.added
        for term in terms:
            gone = removed.get(term)
            if gone and doc_id in gone:
                gone.discard(doc_id)
            else:
                new = added.get(term)
                if new is None:
                    added[term] = {doc_id}
                else:
                    new.add(doc_id)

    def discard(self, terms: Iterable[str], doc_id: int) -> None:
        for term in terms:
            new = self.added.get(term)
            if new and doc_id in new:
                new.discard(doc_id)
            else:
                self.removed.setdefault(term, set()).add(doc_id)

    def size(self, term: str) -> int:
        base = len(self.packed.get(term, b"")) // 4
        return base + len(self.added.get(term, ())) - len(self.removed.get(term, ()))

    def terms(self) -> set[str]:
        return set(self.packed) | {t for t, s in self.added.items() if s}

    def pack(self) -> dict[str, bytes]:
        """Fold the changes into the packed arrays (for a snapshot)."""
        for term in set(self.added) | set(self.removed):
            ids = sorted(self.get(term))
            if ids:
                self.packed[term] = array("i", ids).tobytes()
            else:
                self.packed.pop(term, None)
        self.added.clear()
        self.removed.clear()
        return self.packed
