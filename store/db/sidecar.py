"""`store.json.index`: what is derived from store.json, kept beside it.

Where each document of store.json sits (its doc ids and byte spans, so opening reads
no JSON) and the saved search index (store/db/index_format.py). It names the store
file it was made from by size and generation; when either differs, or it is missing or
damaged, it is ignored and rebuilt from store.json (deleting it loses nothing). Layout:

    DLSIDE {"v": 1, "size": ..., "generation": ..., "meta_end": ..., "order": "little",
            "tables": {name: {"ids": [off, len], "perm": [off, len], "spans": [off, len]}},
            "index": [off, len], "crc": crc32 of the arrays}\\n<arrays><index>

ids and perm are int32 (perm lists positions by ascending doc id), spans uint64 pairs
(first byte, byte after the last) of each document's JSON object in store.json.
"""

from __future__ import annotations

import io
import json
import mmap
import sys
import zlib
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

MAGIC = b"DLSIDE "
VERSION = 1


@dataclass
class Layout:
    """Where one table's documents sit in store.json."""

    ids: array  # int32 doc ids in file order
    perm: array  # int32 positions, sorted by doc id
    spans: array  # uint64 start, end per document


@dataclass
class Sidecar:
    size: int  # bytes of the store file it describes
    generation: str
    meta_end: int  # where the _meta document ends in store.json
    tables: dict[str, Layout]
    index: bytes | memoryview | list[bytes | memoryview]  # the saved StoreIndex (or its pieces)


def sidecar_path(store: Path) -> Path:
    return store.with_name(store.name + ".index")


def write(out: BinaryIO, side: Sidecar) -> None:
    """Write the sidecar to `out` piece by piece (no copy of the arrays or the index)."""
    index = side.index if isinstance(side.index, list) else [side.index]
    offset, crc = 0, 0
    tables: dict[str, dict[str, list[int]]] = {}
    pieces: list[array] = []
    for name, layout in side.tables.items():
        entry = tables[name] = {}
        for part in ("ids", "perm", "spans"):
            values = getattr(layout, part)
            size = len(values) * values.itemsize
            entry[part] = [offset, size]
            crc = zlib.crc32(memoryview(values).cast("B"), crc)
            pieces.append(values)
            offset += size
    header = {
        "v": VERSION,
        "size": side.size,
        "generation": side.generation,
        "meta_end": side.meta_end,
        "order": sys.byteorder,
        "tables": tables,
        "index": [offset, sum(map(len, index))],
        "crc": crc,
    }
    out.write(MAGIC + json.dumps(header, separators=(",", ":")).encode() + b"\n")
    for values in pieces:
        out.write(memoryview(values).cast("B"))
    for part in index:
        out.write(part)


def encode(side: Sidecar) -> bytes:
    buf = io.BytesIO()
    write(buf, side)
    return buf.getvalue()


def _read(path: Path) -> bytes | mmap.mmap:
    """The file's bytes; a big one mapped rather than copied."""
    if path.stat().st_size < 1 << 20:
        return path.read_bytes()
    with open(path, "rb") as fh:
        return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)


def header(path: Path) -> dict | None:
    """The header line alone (cheap: used to tell whether store.json is whole)."""
    try:
        with open(path, "rb") as fh:
            first = fh.readline(1 << 20)
        return _header(first)
    except (OSError, ValueError):
        return None


def _header(first: bytes) -> dict:
    if not first.startswith(MAGIC):
        raise ValueError("no DLSIDE header")
    found = json.loads(first[len(MAGIC) :])
    if not isinstance(found, dict) or found.get("v") != VERSION:
        raise ValueError("another version")
    if found.get("order") != sys.byteorder:
        raise ValueError("written on a machine of the other byte order")
    return found


def read(path: Path, size: int) -> tuple[Sidecar | None, str]:
    """The sidecar if it describes a store file of `size` bytes, else (None, why)."""
    try:
        raw = _read(path)
    except FileNotFoundError:
        return None, "is missing"
    except OSError as exc:
        return None, f"cannot be read ({exc.strerror or exc})"
    cut = raw.find(b"\n", 0, 1 << 20)
    try:
        head = _header(raw[: cut + 1])
        if head["size"] != size:
            return None, "is out of date"
        body = memoryview(raw)[cut + 1 :]
        start, n = head["index"]
        if start + n != len(body) or zlib.crc32(body[:start]) != head["crc"]:
            return None, "is damaged (checksum mismatch)"
        tables = {}
        for name, parts in head["tables"].items():
            arrays = []
            for part, code in (("ids", "i"), ("perm", "i"), ("spans", "Q")):
                a, m = parts[part]
                found = array(code)
                found.frombytes(body[a : a + m])
                arrays.append(found)
            tables[name] = Layout(*arrays)
            if not len(tables[name].ids) == len(tables[name].perm) == len(arrays[2]) // 2:
                return None, f"is damaged (table {name} does not add up)"
        side = Sidecar(size, str(head["generation"]), int(head["meta_end"]), tables, b"")
        side.index = body[start:]  # not copied: sections are read when first used
    except (ValueError, KeyError, TypeError) as exc:
        return None, f"is damaged ({exc})"
    return side, ""
