"""Cutting a long text at paragraph breaks: one rule for extraction pieces and ingest parts.

Kept apart from store.extract so the command line can cut a text without loading the
extractor.
"""

from __future__ import annotations


def split_at_breaks(text: str, size: int) -> list[tuple[int, str]]:
    """(offset, piece) pieces of about `size` chars, cut at paragraph (else line) breaks."""
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > size:
        cut = text.rfind("\n\n", start + size // 2, start + size)
        if cut < 0:
            cut = text.rfind("\n", start + size // 2, start + size)
        cut = start + size if cut < 0 else cut + 1
        out.append((start, text[start:cut]))
        start = cut
    out.append((start, text[start:]))
    return out
