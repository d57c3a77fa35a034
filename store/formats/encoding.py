"""Bytes to text for article files: UTF-8 first, then a detected legacy encoding.

Saved articles are mostly UTF-8, but old notes and exports come in Windows code pages.
charset-normalizer (maintained, pure Python) proposes the plausible encodings; among
them windows-1252 wins when it fits, as it is the legacy default of the web (WHATWG).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import BinaryIO

from store.errors import IngestError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WESTERN = "cp1252"
_WORD = re.compile(r"[^\W\d_]{2,}")
_OK_CONTROLS = set("\t\n\r\f")


_EAST_ASIAN = {"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC", "HALFWIDTH", "FULLWIDTH"}


def _script(ch: str) -> str:
    script = unicodedata.name(ch, "?").split(" ")[0]
    return "EAST-ASIAN" if script in _EAST_ASIAN else script


def _implausible(text: str) -> int:
    """How many signs that a decoding is wrong: stray controls, unassigned code points,
    words that mix scripts ("Cafﻠ")."""
    sample = text[:200_000]
    bad = sum(
        1
        for ch in set(sample)
        if unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") and ch not in _OK_CONTROLS
    )
    for word in set(_WORD.findall(sample)):
        if len({_script(ch) for ch in word}) > 1:
            bad += 1
    return bad


_TEXT_CONTROLS = frozenset(b"\t\n\r\f\x1b")


def _looks_binary(data: bytes) -> bool:
    """NUL bytes (outside UTF-16/32 text, which starts with a byte-order mark or is
    caught by _utf16_without_bom first), or more than one byte in twenty a control
    character no text has: compressed or random data without NULs."""
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    return controls * 20 > len(head)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for UTF-16 text saved without a byte-order mark: mostly
    Latin text puts a NUL in every other byte, always on the same side."""
    head = data[:8192]
    head = head[: len(head) - len(head) % 2]
    if len(head) < 8 or b"\x00" not in head or any(head.startswith(b) for b, _ in _BOMS):
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd * 2 >= half and even * 100 <= half:
        return "utf-16-le"
    if even * 2 >= half and odd * 100 <= half:
        return "utf-16-be"
    return None


def _bomless(data: bytes) -> tuple[str, str] | None:
    """(text, codec) when `data` reads as UTF-16 without a byte-order mark."""
    codec = _utf16_without_bom(data)
    if codec is None:
        return None
    try:
        text = codecs.getincrementaldecoder(codec)().decode(data, final=False)
    except UnicodeDecodeError:
        return None
    return None if _implausible(text) else (text, codec)


def _with_bom(data: bytes, origin: str) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                text = ""
            if text and not _implausible(text):
                return text
            raise _bom_error(origin, name)
    return None


def _bom_error(origin: str, name: str) -> IngestError:
    return IngestError(
        f"{origin}: not UTF-8 text (starts with a {name.upper()} byte-order mark "
        "but does not read as it)"
    )


def _detect(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) from charset-normalizer, or None when nothing fits."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # a dependency, but keep UTF-8 files readable without it
        return None
    matches = list(from_bytes(data[:1_000_000]))
    if not matches:
        return None
    names = [m.encoding for m in matches]
    near = [m.encoding for m in matches if m.chaos <= matches[0].chaos + 0.1]
    if _WESTERN in near:
        names.insert(0, _WESTERN)
    for name in dict.fromkeys(names):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if not _implausible(text):
            return text, name
    return None


_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I
)


def declared_charset(data: bytes) -> str | None:
    """The charset a saved web page declares in a <meta> tag, if Python knows it."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


def decode_text(data: bytes, origin: str, *, declared: str | None = None) -> tuple[str, str]:
    """The text in `data` and the encoding it was read with; IngestError if not text.

    `declared` (an HTML page's meta charset) is tried when the bytes are not UTF-8."""
    if not data.strip():
        raise IngestError(f"{origin}: file is empty")
    bomless = _bomless(data)
    if bomless is not None:
        return bomless
    if _looks_binary(data):
        raise IngestError(f"{origin}: looks like a binary file, not article text")
    text = _with_bom(data, origin)
    if text is not None:
        return text, "utf-8" if data.startswith(codecs.BOM_UTF8) else "utf-16/32"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if declared and declared != "utf-8":
            try:
                text = data.decode(declared)
            except UnicodeDecodeError:
                text = ""
            if text and not _implausible(text):
                return text, declared
        found = _detect(data)
        if found is None:
            raise IngestError(
                f"{origin}: not UTF-8 text ({exc.reason} at byte {exc.start}) and no legacy "
                "encoding fits; convert it to UTF-8 first"
            ) from exc
        return found


def decode(data: bytes, origin: str, *, declared: str | None = None) -> str:
    """The text in `data` (see decode_text)."""
    return decode_text(data, origin, declared=declared)[0]


# -- files too long to decode whole ------------------------------------------------
STREAM_BLOCK = 1 << 20  # bytes read at a time from a streamed file
Opener = Callable[[], BinaryIO]


def stream_codec(opener: Opener, origin: str) -> str:
    """The codec decode_text would read a file with, found without holding it whole: a
    byte-order mark, else UTF-8 if every block reads as it, else a legacy encoding that
    fits the first block. IngestError as decode_text gives it."""
    with opener() as fh:
        head = fh.read(STREAM_BLOCK)
        if not head.strip():
            raise IngestError(f"{origin}: file is empty")
        bomless = _bomless(head)
        if bomless is not None:
            return bomless[1]
        if _looks_binary(head):
            raise IngestError(f"{origin}: looks like a binary file, not article text")
        for bom, name in _BOMS:
            if head.startswith(bom):
                try:  # incremental: a character cut at the block's end is no error
                    text = codecs.getincrementaldecoder(name)().decode(head)
                except UnicodeDecodeError:
                    text = ""
                if not text or _implausible(text):
                    raise _bom_error(origin, name)
                return name
        dec = codecs.getincrementaldecoder("utf-8")()
        offset, block = 0, head
        try:
            while block:
                dec.decode(block)
                offset += len(block)
                block = fh.read(STREAM_BLOCK)
            dec.decode(b"", final=True)
            return "utf-8"
        except UnicodeDecodeError as exc:
            reason, where = exc.reason, offset + exc.start
    found = _detect(_whole_lines(head))
    if found is None:
        raise IngestError(
            f"{origin}: not UTF-8 text ({reason} at byte {where}) and no legacy "
            "encoding fits; convert it to UTF-8 first"
        )
    return found[1]


def _whole_lines(head: bytes) -> bytes:
    """The first block up to its last line end, so no character is cut in two."""
    end = head.rfind(b"\n")
    return head[: end + 1] if end > 0 else head


def decoded_blocks(opener: Opener, codec: str, origin: str) -> Iterator[str]:
    """The file's text, a block at a time (a byte-order mark is dropped)."""
    dec = codecs.getincrementaldecoder(codec)()
    offset = 0
    with opener() as fh:
        while True:
            block = fh.read(STREAM_BLOCK)
            try:
                text = dec.decode(block, final=not block)
            except UnicodeDecodeError as exc:
                raise IngestError(
                    f"{origin}: not {codec} text ({exc.reason} at byte {offset + exc.start})"
                ) from exc
            yield text
            if not block:
                return
            offset += len(block)
