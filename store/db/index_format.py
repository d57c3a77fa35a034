"""How the index is saved: a documented, checked layout (no marshal, no pickle).

The index travels inside each snapshot (store/db/snapshot.py) as one blob:

    DLIDX {"v": 5, "sections": {name: [offset, length, crc32, codec], ...}}\\n<payloads>

offsets counting from the first byte after the newline. A section's codec is one of

- "json": zlib-compressed UTF-8 JSON (the vocabulary, name maps, record id -> doc id
  maps);
- "u64": zlib-compressed little-endian unsigned 64-bit integers (the date keys; events
  per day as day ordinal, count, day ordinal, count, ...);
- "postings": term -> doc ids, uncompressed since the first searches read it at once:
  a little-endian u32 L, L bytes of zlib-compressed JSON (the terms, a list of
  strings), len(terms) + 1 little-endian u32 offsets, then the doc ids as little-endian
  int32; term i owns ids[offset[i]:offset[i + 1]].

Sections are decoded on first use; each decode checks the crc32 and the shape and raises
IndexDamaged on any mismatch, upon which the index is rebuilt from the documents.
"""

from __future__ import annotations

import json
import struct
import sys
import zlib
from array import array
from collections.abc import Callable, Mapping
from itertools import pairwise
from typing import Any

import orjson

MAGIC = b"DLIDX "
FORMAT_VERSION = 5  # 3 was marshal; 4 kept day counts as JSON
Section = tuple[bytes | memoryview, int, str]  # payload, crc32, codec


class IndexDamaged(Exception):
    """A saved index section does not decode or check out."""


def _le(values: array) -> bytes:
    if sys.byteorder == "big":
        values = array(values.typecode, values)
        values.byteswap()
    return values.tobytes()


def _from_le(typecode: str, data: bytes) -> array:
    values = array(typecode)
    if len(data) % values.itemsize:
        raise IndexDamaged(f"{len(data)} bytes is not a whole number of items")
    values.frombytes(data)
    if sys.byteorder == "big":
        values.byteswap()
    return values


# -- codecs -----------------------------------------------------------------
def encode_json(value: Any) -> Section:
    data = zlib.compress(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode(), 1)
    return data, zlib.crc32(data), "json"


def encode_u64(values: list[int]) -> Section:
    data = zlib.compress(_le(array("Q", values)), 1)
    return data, zlib.crc32(data), "u64"


def encode_postings(packed: Mapping[str, bytes]) -> Section:
    """packed: term -> native int32 doc ids (Postings.pack())."""
    terms = list(packed)
    names = zlib.compress(json.dumps(terms, ensure_ascii=False).encode(), 1)
    offsets = array("I", [0])
    for term in terms:
        offsets.append(offsets[-1] + len(packed[term]) // 4)
    ids = b"".join(packed.values())
    if sys.byteorder == "big":
        ids = _le(array("i", ids))
    data = struct.pack("<I", len(names)) + names + _le(offsets) + ids
    return data, zlib.crc32(data), "postings"


def _check(section: Section, codec: str) -> bytes:
    data, crc, found = section
    if found != codec:
        raise IndexDamaged(f"codec {found!r}, expected {codec!r}")
    if zlib.crc32(data) != crc:
        raise IndexDamaged("checksum mismatch")
    return data


def decode_json(section: Section, check: Callable[[Any], bool]) -> Any:
    try:
        value = orjson.loads(zlib.decompress(_check(section, "json")))
    except (zlib.error, ValueError) as exc:
        raise IndexDamaged(str(exc)) from exc
    if not check(value):
        raise IndexDamaged("unexpected shape")
    return value


def decode_u64(section: Section) -> list[int]:
    try:
        return _from_le("Q", zlib.decompress(_check(section, "u64"))).tolist()
    except zlib.error as exc:
        raise IndexDamaged(str(exc)) from exc


def decode_postings(section: Section) -> dict[str, bytes]:
    data = _check(section, "postings")
    try:
        (n,) = struct.unpack_from("<I", data)
        terms = orjson.loads(zlib.decompress(data[4 : 4 + n]))
    except (struct.error, zlib.error, ValueError) as exc:
        raise IndexDamaged(str(exc)) from exc
    if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
        raise IndexDamaged("terms are not a list of strings")
    start = 4 + n + (len(terms) + 1) * 4
    offsets = _from_le("I", data[4 + n : start])
    ids = bytes(data[start:])
    if sys.byteorder == "big":
        ids = _from_le("i", ids).tobytes()
    if len(offsets) != len(terms) + 1 or offsets[0] != 0 or offsets[-1] * 4 != len(ids):
        raise IndexDamaged("offsets do not match the doc ids")
    if any(a > b for a, b in pairwise(offsets)):
        raise IndexDamaged("offsets go backwards")
    return {t: ids[offsets[i] * 4 : offsets[i + 1] * 4] for i, t in enumerate(terms)}


# -- shape checks for the json sections -----------------------------------------
def is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def is_str_map(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(v, str) for v in value.values())


def is_id_map(value: Any) -> bool:
    return isinstance(value, dict) and all(type(v) is int for v in value.values())


# -- the container ----------------------------------------------------------------
def encode_index(sections: Mapping[str, Section]) -> bytes:
    return b"".join(index_parts(sections))


def index_parts(sections: Mapping[str, Section]) -> list[bytes | memoryview]:
    """encode_index's bytes as pieces, to be written one after the other (a big store's
    index is tens of MB: not joined into one more copy)."""
    header: dict[str, list] = {}
    out: list[bytes | memoryview] = []
    offset = 0
    for name, (data, crc, codec) in sections.items():
        header[name] = [offset, len(data), crc, codec]
        out.append(data)
        offset += len(data)
    head = json.dumps({"v": FORMAT_VERSION, "sections": header}, separators=(",", ":"))
    return [MAGIC + head.encode() + b"\n", *out]


def decode_index(raw: bytes | memoryview) -> dict[str, Section] | None:
    """The sections of a saved index (views into raw, not copies); None for another
    version (rebuilt quietly). Raises IndexDamaged if the layout is broken."""
    head = bytes(raw[: 1 << 16])
    if not head.startswith(MAGIC):
        return None  # marshal (version 3) or older: rebuilt, not an error
    cut = head.find(b"\n")
    try:
        header = json.loads(head[len(MAGIC) : cut])
        if header.get("v") != FORMAT_VERSION:
            return None
        body = memoryview(raw)[cut + 1 :]
        out: dict[str, Section] = {}
        for name, (offset, length, crc, codec) in header["sections"].items():
            if offset < 0 or length < 0 or offset + length > len(body):
                raise IndexDamaged(f"section {name} lies outside the index")
            out[name] = (body[offset : offset + length], int(crc), str(codec))  # no copy
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise IndexDamaged(f"bad header: {exc}") from exc
    return out
