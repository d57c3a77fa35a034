"""TinyDB tables that write only the documents an operation changed.

The index beside the tables stays in step and a write costs one small fsynced append
(see store/storage.py); store/db.py and this module are all that touch TinyDB.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, MutableMapping
from typing import Any

from tinydb import TinyDB
from tinydb.table import Table

from store.storage import DurableStorage


class TouchView(MutableMapping):
    """The raw table as TinyDB's updaters see it (int ids), noting what they change."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw
        self.touched: dict[int, Any] = {}  # doc_id -> the document before the change

    def _touch(self, doc_id: int) -> None:
        if doc_id not in self.touched:
            self.touched[doc_id] = self.raw.get(str(doc_id))

    def __getitem__(self, doc_id: int) -> dict[str, Any]:
        self._touch(doc_id)  # updaters mutate what they get: hand out a private copy
        doc = self.raw[str(doc_id)]
        if not isinstance(doc, dict) or doc is self.touched[doc_id]:
            doc = self.raw[str(doc_id)] = dict(doc)
        return doc

    def __setitem__(self, doc_id: int, doc: dict[str, Any]) -> None:
        self._touch(doc_id)
        self.raw[str(doc_id)] = doc

    def __delitem__(self, doc_id: int) -> None:
        self._touch(doc_id)
        del self.raw[str(doc_id)]

    def __contains__(self, doc_id: object) -> bool:
        return str(doc_id) in self.raw

    def __iter__(self) -> Iterator[int]:
        return (int(k) for k in list(self.raw))

    def __len__(self) -> int:
        return len(self.raw)


class ChangeTable(Table):
    """A TinyDB table that writes only the documents an operation changed."""

    def _get_next_id(self) -> int:
        return self._storage.next_doc_id(self.name)

    def _update_table(self, updater: Callable[[dict[int, Any]], None]) -> None:
        storage: DurableStorage = self._storage
        with storage.transaction():
            raw = storage.read().setdefault(self.name, {})
            view = TouchView(raw)
            try:
                updater(view)  # type: ignore[arg-type]
            finally:
                for doc_id, old in view.touched.items():
                    storage.record(self.name, doc_id, old, raw.get(str(doc_id)))
        self.clear_cache()


class StoreDB(TinyDB):
    table_class = ChangeTable
