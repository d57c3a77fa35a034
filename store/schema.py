"""The snapshot file: a versioned header, compressed documents and the saved index.

Layout: one header line `DATELINE {json}\\n` (format, schema, generation, section sizes,
crc32) then zlib(documents) and zlib(index). Documents stay as raw JSON bytes until
something reads them (LazyDoc), which is what makes opening 100,000 events fast. Schema
1 was plain TinyDB JSON; it is read once, backed up and migrated.
"""

from __future__ import annotations

import json
import os
import secrets
import tempfile
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from store.errors import StoreError

SCHEMA_VERSION = 2
MAGIC = b"DATELINE "
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


def recovery_hint(path: Path) -> str:
    bak = path.with_name(path.name + ".bak")
    if bak.exists():
        return f"restore the last good copy with: cp {bak} {path}"
    return f"move {path} away to start an empty store"


def corrupt(path: Path, why: str) -> StoreError:
    return StoreError(
        f"{path} is not a readable dateline store (corrupt or truncated: {why}); "
        + recovery_hint(path)
    )


def read_snapshot(path: Path) -> Snapshot:
    """Read and check the snapshot; a missing or empty file is an empty store."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Snapshot(generation=new_generation())
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if not raw.strip():
        return Snapshot(generation=new_generation())
    if raw.lstrip().startswith(b"{"):
        return _read_v1(path, raw)
    if not raw.startswith(MAGIC):
        raise corrupt(path, "unknown header")
    head, _, body = raw.partition(b"\n")
    try:
        header = json.loads(head[len(MAGIC) :])
        schema = int(header["schema"])
    except (ValueError, KeyError, TypeError) as exc:
        raise corrupt(path, "bad header") from exc
    if schema > SCHEMA_VERSION:
        raise StoreError(
            f"{path} was written by a newer dateline (schema {schema}; this one reads up to "
            f"{SCHEMA_VERSION}); upgrade dateline to open it"
        )
    if zlib.crc32(body) != header.get("crc") or len(body) != header.get("size"):
        raise corrupt(path, "checksum mismatch")
    try:
        n_docs = header["docs"]
        docs = zlib.decompress(body[:n_docs])
        index = zlib.decompress(body[n_docs:]) if len(body) > n_docs else None
    except (zlib.error, KeyError) as exc:
        raise corrupt(path, "cannot decompress") from exc
    return Snapshot(_split_tables(path, docs), header["generation"], index)


def _split_tables(path: Path, docs: bytes) -> Tables:
    head, _, rest = docs.partition(b"\n")
    try:
        layout = json.loads(head)
    except ValueError as exc:
        raise corrupt(path, "bad table layout") from exc
    lines = rest.split(b"\n")
    tables: Tables = {}
    pos = 0
    for name, ids in layout.items():
        chunk = lines[pos : pos + len(ids)]
        if len(chunk) != len(ids):
            raise corrupt(path, f"table {name} is short")
        tables[name] = dict(zip(map(str, ids), map(LazyDoc, chunk), strict=True))
        pos += len(ids)
    return tables


def _read_v1(path: Path, raw: bytes) -> Snapshot:
    """Schema 1 was TinyDB's own JSON; keep a copy of it and migrate."""
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise corrupt(path, "invalid JSON") from exc
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise corrupt(path, "not a table layout")
    meta = data.pop("_meta", {}).get("1", {})
    schema = int(meta.get("schema", 1))
    if schema > SCHEMA_VERSION:
        raise StoreError(f"{path} was written by a newer dateline (schema {schema})")
    backup = path.with_name(f"{path.name}.v{schema}.bak")
    if not backup.exists():
        atomic_write_bytes(backup, raw)
    return Snapshot(data, new_generation(), None, migrated_from=schema)


def encode_snapshot(
    tables: Mapping[str, Mapping[str, Any]], generation: str, index: bytes
) -> bytes:
    layout = {name: [int(i) for i in docs] for name, docs in tables.items()}
    parts = [json.dumps(layout, separators=(",", ":")).encode()]
    for docs in tables.values():
        parts.extend(doc_bytes(d) for d in docs.values())
    docs_z = zlib.compress(b"\n".join(parts), 1)
    index_z = zlib.compress(index, 1)
    body = docs_z + index_z
    header = {
        "format": "dateline-store",
        "schema": SCHEMA_VERSION,
        "generation": generation,
        "docs": len(docs_z),
        "size": len(body),
        "crc": zlib.crc32(body),
    }
    return MAGIC + json.dumps(header).encode() + b"\n" + body


def atomic_write_bytes(path: Path, data: bytes, *, backup: bool = False) -> None:
    """Write data so readers see the old or the new file; optionally keep the old as .bak."""
    folder = path.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise StoreError(f"cannot write in {folder}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if backup and path.exists():
            bak = path.with_name(path.name + ".bak")
            bak_tmp = Path(tmp + ".bak")
            os.link(path, bak_tmp)
            os.replace(bak_tmp, bak)
        os.replace(tmp, path)
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from exc
