"""Bytes to text for article files: UTF-8 first, then a detected legacy encoding.

Saved articles are mostly UTF-8, but old notes and exports come in Windows code pages.
charset-normalizer (maintained, pure Python) proposes the plausible encodings; among
them windows-1252 wins when it fits, as it is the legacy default of the web (WHATWG).
"""

from __future__ import annotations

import codecs
import re
import unicodedata

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


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" not in head:
        return False
    # UTF-16/32 text has NULs too, but then it starts with a byte-order mark.
    return not any(head.startswith(bom) for bom, _ in _BOMS)


def _with_bom(data: bytes, origin: str) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                text = ""
            if text and not _implausible(text):
                return text
            raise IngestError(
                f"{origin}: not UTF-8 text (starts with a {name.upper()} byte-order mark "
                "but does not read as it)"
            )
    return None


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
