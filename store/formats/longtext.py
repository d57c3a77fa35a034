"""A text or Markdown file too long to hold whole: its metadata at once, its body in chunks.

Read by read_article_text's rules (CRLF to LF, front matter or a title line, no blank
lines at the start or end), so cutting the chunks with store.textsplit gives the same
parts as reading the whole file would; only about one chunk is held at a time.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from store.errors import IngestError
from store.formats.articles import ArticleInput, read_head
from store.formats.encoding import STREAM_BLOCK, Opener, decoded_blocks, stream_codec

LONG_LINE = 4 * STREAM_BLOCK  # a "line" longer than this is cut anyway (no newlines at all)


@dataclass
class LongText:
    """One long article: `head` holds its metadata (its text is empty), `chunks()` reads
    the body from the start again each time it is called."""

    head: ArticleInput
    opener: Opener
    codec: str
    title_line: bool

    def chunks(self) -> Iterator[str]:
        """The body in chunks that end at a line end; the file is read as it goes."""
        lines = _line_chunks(decoded_blocks(self.opener, self.codec, self.head.origin))
        first = next(lines, "")
        _, body = read_head(first, self.head.origin, title_line=self.title_line)
        return _trimmed(chain([body], lines))


def open_long_text(opener: Opener, origin: str, *, title_line: bool) -> LongText:
    """A LongText for the bytes `opener` gives; IngestError when they are not text or the
    metadata cannot be read (nothing past the first block is held)."""
    try:
        codec = stream_codec(opener, origin)
        first = next(_line_chunks(decoded_blocks(opener, codec, origin)), "")
    except OSError as exc:
        raise IngestError(f"{origin}: cannot read ({exc.strerror or exc})") from exc
    head, _ = read_head(first, origin, title_line=title_line)
    return LongText(head=head, opener=opener, codec=codec, title_line=title_line)


def long_text_file(path: str, *, title_line: bool) -> LongText:
    """open_long_text for a file on disk."""
    return open_long_text(lambda: Path(path).open("rb"), path, title_line=title_line)


def long_text_bytes(data: bytes, origin: str, *, title_line: bool) -> LongText:
    """open_long_text for bytes already read (stdin)."""
    return open_long_text(lambda: io.BytesIO(data), origin, title_line=title_line)


def file_blocks(path: str) -> Iterator[str]:
    """A long file's text a block at a time, decoded as decode_text would (the file's
    encoding is found first)."""
    opener = lambda: Path(path).open("rb")  # noqa: E731 - opened once per pass
    try:
        yield from decoded_blocks(opener, stream_codec(opener, path), path)
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def file_lines(path: str) -> Iterator[str]:
    """The lines of a long file (JSON lines), decoded as decode_text would, read as they
    go: only the line being read is held (the file's encoding is found first)."""
    opener = lambda: Path(path).open("rb")  # noqa: E731 - opened once per pass
    try:
        codec = stream_codec(opener, path)
        carry = ""
        for block in decoded_blocks(opener, codec, path):
            lines = (carry + block).split("\n")
            carry = lines.pop()
            yield from (line.rstrip("\r") for line in lines)
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if carry:
        yield carry.rstrip("\r")


def _line_chunks(blocks: Iterable[str]) -> Iterator[str]:
    """Blocks re-cut to end at a line end, with CRLF as LF (a CR and its LF never part)."""
    carry = ""
    for block in blocks:
        text = carry + block
        cut = text.rfind("\n") + 1
        if cut == 0 and len(text) > LONG_LINE:
            cut = len(text) - 1 if text.endswith("\r") else len(text)
        carry = text[cut:]
        if cut:
            yield text[:cut].replace("\r\n", "\n")
    if carry:
        yield carry.replace("\r\n", "\n")


def _trimmed(chunks: Iterable[str]) -> Iterator[str]:
    """The chunks without the newlines at the very start and the very end of the text."""
    started, held = False, ""
    for chunk in chunks:
        if not started:
            chunk = chunk.lstrip("\n")
            if not chunk:
                continue
            started = True
        body = chunk.rstrip("\n")
        if not body:
            held += chunk
            continue
        yield held + body
        held = chunk[len(body) :]
