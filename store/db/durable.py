"""The TinyDB Storage under EventStore: durable, locked, incremental.

TinyDB's JSONStorage rewrites the whole file on every insert and has no lock. Here the
in-memory tables are the cache; a write appends only the changed documents to a journal
(fsynced before returning) under a cross-process lock, and from time to time the tables
are compacted into a new store.json, a plain TinyDB document (temp file, fsync, rename;
the previous one kept as .bak), with the derived index beside it (store.json.index):
after a long journal, and at every close while the store is small, so a small store is
one file between commands. Other processes' journal entries
are picked up before each write and on refresh(), so the app sees what the CLI did.
"""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from store.db.date_key import DateKey
from store.db.index import StoreIndex
from store.db.journal import Journal, Op, Span, encode_entry_at
from store.db.lock import FileLock
from store.db.overlay import OverlayTable, Spilled, Spool
from store.db.sidecar import Sidecar, sidecar_path
from store.db.sidecar import write as write_sidecar
from store.db.snapshot import (
    Tables,
    is_complete_snapshot,
    map_store,
    new_generation,
    read_snapshot,
    tables_over,
    write_store,
)
from store.errors import StoreError
from store.safe_write import atomic_write_bytes, new_file_mode
from store.textclean import strip_controls

__all__ = ["DurableStorage", "atomic_write_bytes"]
log = logging.getLogger("dateline.store")  # unconfigured: Python prints warnings to stderr

COMPACT_ON_CLOSE = 256 << 10  # journal bytes: fold into the snapshot when closing
# A snapshot this small is compacted at every close with a non-empty journal, so a small
# store is one file between commands (cp/mv of it alone keep every edit). Measured: about
# 25 ms at 0.5 MB, 50 ms at 4 MB (10,000 events), 150 ms at 8 MB.
SMALL_SNAPSHOT = 4 << 20
FREEZE_AT = 20_000  # events: from here gc.freeze() after loading (see _load)
COMPACT_NOW = 8 << 20  # journal bytes: fold in right after a write
# In a bulk load (see bulk()) the journal is folded in once it is this share of store.json:
# a load writes about (1 + 1/BULK_SHARE) times its final size in snapshots, where folding
# every COMPACT_NOW bytes rewrites the whole file every 8 MB (quadratic in the load).
BULK_SHARE = 0.5
Change = tuple[str, int, Any, Any]  # table, doc_id, old doc, new doc


def _plain(doc: Any) -> dict[str, Any] | None:
    return doc if doc is None or type(doc) is dict else dict(doc)


class DurableStorage(Storage):
    """Snapshot + journal + lock; keeps the StoreIndex in step with every change."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.lock = FileLock(self.path.with_name(self.path.name + ".lock"))
        journal_mode = new_file_mode(self.path) or 0o666  # as private as the store itself
        self.journal = Journal(self.path.with_name(self.path.name + ".journal"), journal_mode)
        self.tables: Tables = {}
        self.index = StoreIndex()
        self.generation = ""
        self.on_reload: list[Callable[[], None]] = []
        self._identity: tuple[int, int, int] | None = None
        self._changes: list[Change] | None = None
        self._depth = 0
        self._max_ids: dict[str, int] = {}
        self._needs_compact = False
        self._warned = False
        self._bulk = 0  # depth of bulk() blocks
        self._spool: Spool | None = None  # a bulk load's documents, read back when asked
        lock_existed = self.lock.path.exists()
        try:
            with self.lock.hold(exclusive=False):
                self._load()
        except StoreError:
            self.lock.close()  # leave nothing behind beside a file we cannot open
            if not lock_existed:
                self.lock.path.unlink(missing_ok=True)
            raise
        if self._needs_compact and self._writable():
            with self.lock.hold(exclusive=True):
                self.compact()

    # -- loading and catching up ---------------------------------------------
    def _snapshot_identity(self) -> tuple[int, int, int] | None:
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def _writable(self) -> bool:
        return os.access(self.path.parent, os.W_OK)

    def _load(self) -> None:
        self._identity = self._snapshot_identity()
        snap = read_snapshot(self.path)
        self.tables, self.generation = snap.tables, snap.generation
        self._forget_spool()
        self._max_ids = {}
        where = strip_controls(str(self.path))
        index = StoreIndex.load(snap.index, where) if snap.index else None
        if index is None:
            if snap.why and any(self.tables.values()):
                log.warning(
                    "dateline: warning: the index beside %s %s; rebuilding it from the store",
                    where,
                    snap.why,
                )
            index = StoreIndex.build(self.tables)
            self._needs_compact = bool(self.tables)
        self._use(index)
        self.journal.end = 0
        self._catch_up_journal()
        if len(self.index.order) >= FREEZE_AT:
            # the index of a big store is millions of acyclic containers: take them out of
            # the cyclic collector, whose full passes otherwise stall a query by 50-100 ms
            gc.freeze()
        for callback in self.on_reload:
            callback()

    def _use(self, index: StoreIndex) -> None:
        """Make index the live one; a damaged section later rebuilds it from our tables."""
        index.source, index.where = (lambda: self.tables), strip_controls(str(self.path))
        self.index = index

    def _catch_up_journal(self) -> bool:
        if self.journal.size() == self.journal.end:
            return False
        entries, end = self.journal.read_from(self.journal.end)
        self.journal.end = end
        changed = False
        for entry in entries:
            if entry.get("g") != self.generation:
                continue  # already folded into the snapshot we read
            for table, doc_id, doc in entry["ops"]:
                self._apply(table, int(doc_id), doc)
                changed = True
        return changed

    def _apply(self, table: str, doc_id: int, doc: dict[str, Any] | None) -> None:
        docs = self.tables.setdefault(table, {})
        old = docs.get(str(doc_id))
        if doc is None:
            docs.pop(str(doc_id), None)
        else:
            docs[str(doc_id)] = doc
            self._bump_max(table, doc_id)
        self.index.apply(table, doc_id, old, doc, self._quote_doc)

    def _catch_up(self) -> bool:
        """Pick up what other processes wrote; the caller holds the lock."""
        if self._snapshot_identity() != self._identity or self.journal.size() < self.journal.end:
            self._load()  # another process compacted: start from its snapshot
            return True
        changed = self._catch_up_journal()
        if changed:
            for callback in self.on_reload:
                callback()
        return changed

    def refresh(self) -> bool:
        """True if another process changed the store since we last looked."""
        with self.lock.hold(exclusive=False):
            return self._catch_up()

    # -- the TinyDB Storage interface ------------------------------------------
    def read(self) -> Tables:
        return self.tables

    def write(self, data: Tables) -> None:
        """Whole-state writes (TinyDB's generic path): replace everything and compact."""
        with self.transaction():
            self.tables = data
            self._use(StoreIndex.build(data))
            self._max_ids = {}
            self.compact()

    def close(self) -> None:
        """Fold a long journal into the snapshot; every write is already durable."""
        try:
            if self._compact_on_close() and self._writable():
                with self.lock.hold(exclusive=True):
                    self._catch_up()
                    self.compact()
        except StoreError as exc:
            self._fold_failed(exc)  # e.g. a full disk: the journal still holds everything
        finally:
            self.lock.close()
            if self._spool is not None:
                self._spool.close()
                self._spool = None

    def _compact_on_close(self) -> bool:
        if self.index.rebuilt:
            return True  # save the index rebuilt after damage, not rebuild it every time
        size = self.journal.size()
        if size > COMPACT_ON_CLOSE:
            return True
        try:
            return size > 0 and self.path.stat().st_size <= SMALL_SNAPSHOT
        except OSError:
            return False

    # -- writes ------------------------------------------------------------------
    def _quote_doc(self, quote_id: str) -> Any:
        doc_id = self.index.doc_id("quotes", quote_id)
        return None if doc_id is None else self.tables.get("quotes", {}).get(str(doc_id))

    def _bump_max(self, table: str, doc_id: int) -> None:
        if table in self._max_ids and doc_id > self._max_ids[table]:
            self._max_ids[table] = doc_id

    def next_doc_id(self, table: str) -> int:
        if table not in self._max_ids:
            docs = self.tables.get(table, {})
            top = docs.max_key() if hasattr(docs, "max_key") else max(map(int, docs), default=0)
            self._max_ids[table] = top
        self._max_ids[table] += 1
        return self._max_ids[table]

    def put(self, table: str, doc: dict[str, Any]) -> int:
        """File one document by its record id (replacing the one with that id); within
        transaction(). Returns its doc id."""
        doc_id = self.index.doc_id(table, doc["id"])
        if doc_id is None:
            doc_id = self.next_doc_id(table)
        docs = self.tables.setdefault(table, {})
        old = docs.get(str(doc_id))
        docs[str(doc_id)] = doc
        self._record(table, doc_id, old, doc)
        return doc_id

    def remove(self, table: str, doc_id: int) -> None:
        """Delete one document; within transaction()."""
        docs = self.tables.setdefault(table, {})
        old = docs.pop(str(doc_id), None)
        if old is not None:
            self._record(table, doc_id, old, None)

    def _record(self, table: str, doc_id: int, old: Any, new: Any) -> None:
        if self._changes is None:
            raise StoreError("store write outside a transaction")
        self._changes.append((table, doc_id, old, new))
        self.index.apply(table, doc_id, old, new, self._quote_doc)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Lock, catch up, collect changes; on exit one durable journal entry (or none)."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        with self.lock.hold(exclusive=True):
            self._catch_up()
            self._changes, self._depth = [], 1
            try:
                yield
                self._commit(self._changes)
            except BaseException:
                self._rollback(self._changes)
                raise
            finally:
                self._changes, self._depth = None, 0

    def _commit(self, changes: list[Change]) -> None:
        if not changes:
            return
        if not self.path.exists():
            self.compact()  # a new store: write the snapshot itself
            return
        final: dict[tuple[str, int], Any] = {}
        for table, doc_id, _old, new in changes:
            final[(table, doc_id)] = new
        ops: list[Op] = [(t, i, _plain(d)) for (t, i), d in final.items()]
        entry, spans = encode_entry_at(self.generation, ops)
        self.journal.append(entry)
        if self._bulk:
            self._spill(ops, entry, spans)
            if len(self.index.order) >= FREEZE_AT:  # as at open (_load): the index is
                gc.freeze()  # acyclic, spare it the collector's full passes as it grows
        if self.journal.end > self._fold_at():
            try:
                self.compact()
            except StoreError as exc:
                self._fold_failed(exc)  # the write is durable in the journal

    # -- bulk loads ----------------------------------------------------------------
    def _fold_at(self) -> float:
        """Journal bytes past which a write folds the journal in (see BULK_SHARE)."""
        if not self._bulk:
            return COMPACT_NOW
        return max(COMPACT_NOW, BULK_SHARE * (self._identity[2] if self._identity else 0))

    def begin_bulk(self) -> None:
        """From here until end_bulk() writes are a long load's (many files, an import):
        each is still one durable journal entry, under the lock for that write only, but
        the documents written are held in a scratch file instead of memory, and the
        journal is folded in only once it is BULK_SHARE of store.json, and at the end. A
        crash (even kill -9) mid-load loses no finished write: the journal holds them,
        and the next open replays and folds them."""
        self._bulk += 1

    def end_bulk(self) -> None:
        self._bulk -= 1
        if not self._bulk and self.journal.end > COMPACT_NOW and self._writable():
            try:
                with self.lock.hold(exclusive=True):
                    self._catch_up()
                    self.compact()
            except StoreError as exc:
                self._fold_failed(exc)

    def _spill(self, ops: list[Op], entry: bytes, spans: list[Span | None]) -> None:
        """Hold the documents of a bulk write in the spool instead of in memory."""
        try:
            if self._spool is None:
                self._spool = Spool(str(self.path.parent))
            start = self._spool.append(entry)
        except OSError:
            return  # no room for scratch: they stay in memory, as outside a bulk load
        read = self._spool.read
        for (table, doc_id, _doc), span in zip(ops, spans, strict=True):
            docs = self.tables.get(table)
            if span is not None and isinstance(docs, OverlayTable):
                docs.spill(str(doc_id), Spilled(read, start + span[0], span[1]))

    def _forget_spool(self) -> None:
        """The tables were replaced: nothing points into the spool any more."""
        if self._spool is not None:
            self._spool.reset()

    def _fold_failed(self, exc: StoreError) -> None:
        """Say once per open store that the journal could not be folded in."""
        if not self._warned:
            self._warned = True
            msg = (
                f"dateline: warning: could not fold {self.journal.path.name} into "
                f"{self.path.name} ({exc}); every edit is kept in the journal and the fold "
                "is retried later"
            )
            log.warning("%s", " ".join(strip_controls(msg).split()))  # one clean line

    def _rollback(self, changes: list[Change]) -> None:
        for table, doc_id, old, new in reversed(changes):
            docs = self.tables.setdefault(table, {})
            if old is None:
                docs.pop(str(doc_id), None)
            else:
                docs[str(doc_id)] = old
            self.index.apply(table, doc_id, new, old, self._quote_doc)
        self._max_ids = {}

    def compact(self) -> None:
        """Fold the journal into a new snapshot; the caller holds the exclusive lock.

        store.json is streamed to its temp file a document at a time (fsynced, then
        renamed over the old one) and read back mapped, so a big store is never held
        whole in memory, neither while it is written nor after."""
        generation = new_generation()
        orders = {"events": list(map(str, DateKey.doc_ids(self.index.order)))}
        write = partial(write_store, tables=self.tables, generation=generation, orders=orders)
        side: Sidecar = atomic_write_bytes(self.path, write, backup_if=is_complete_snapshot)
        orders.clear()
        self.tables = tables_over(map_store(self.path), side)  # clean, over the new file
        self._forget_spool()
        self.generation = generation
        self._identity = self._snapshot_identity()
        side.index = self.index.dump_parts()
        try:
            atomic_write_bytes(sidecar_path(self.path), partial(write_sidecar, side=side))
        except StoreError:
            pass  # derived data: the next open rebuilds it from store.json, saying so
        side.index = b""
        self.journal.reset()
        self._needs_compact = self.index.rebuilt = False
