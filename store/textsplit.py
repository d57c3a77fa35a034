"""Cutting a long text at paragraph breaks: one rule for extraction pieces and ingest parts.

Kept apart from store.extract so the command line can cut a text without loading the
extractor. `stream_at_breaks` makes the same cuts over a text that arrives in chunks, so
a file too long to hold whole is cut exactly as if it had been read at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator


def _cut(text: str, start: int, size: int) -> int:
    """Where the piece starting at `start` ends: after the last paragraph (else line)
    break in its second half, else at `size` chars. Reads only text[start:start+size]."""
    cut = text.rfind("\n\n", start + size // 2, start + size)
    if cut < 0:
        cut = text.rfind("\n", start + size // 2, start + size)
    return start + size if cut < 0 else cut + 1


def split_at_breaks(text: str, size: int) -> list[tuple[int, str]]:
    """(offset, piece) pieces of about `size` chars, cut at paragraph (else line) breaks."""
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > size:
        cut = _cut(text, start, size)
        out.append((start, text[start:cut]))
        start = cut
    out.append((start, text[start:]))
    return out


def stream_at_breaks(chunks: Iterable[str], size: int) -> Iterator[str]:
    """split_at_breaks over the concatenation of `chunks`, holding about `size` chars plus
    one chunk at a time: a piece is cut only once more than `size` chars follow its start,
    which is all split_at_breaks looks at, so both give the same pieces."""
    buf = ""
    for chunk in chunks:
        buf += chunk
        start = 0
        while len(buf) - start > size:
            cut = _cut(buf, start, size)
            yield buf[start:cut]
            start = cut
        buf = buf[start:]
    yield buf
