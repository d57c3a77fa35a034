"""What one read input becomes before extraction: articles with their metadata, a long
text cut into parts ("Title (part 2 of 9)") each identified by its own text.

A long file is never held whole: its parts are counted in one pass over the file and
made in a second, one at a time, as the pipeline asks for them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from store.errors import IngestError
from store.formats.article_json import iter_json_array, iter_jsonl_articles, record_to_input
from store.formats.articles import ArticleInput
from store.formats.longtext import LongText, file_blocks, file_lines, long_text_bytes
from store.formats.sources import kind_of, read_inputs, sniff
from store.models import Article, article_id
from store.textclean import strip_controls
from store.textsplit import split_at_breaks, stream_at_breaks

PART_CHARS = 1_000_000  # a longer text (a dump, a book) is filed as parts of about this
# size, each its own article, extracted and written in turn: memory does not grow with it


@dataclass
class Overrides:
    """Metadata from the command line: fills gaps (published) or replaces (the rest)."""

    published: date | None = None
    source: str = ""
    url: str = ""
    title: str = ""

    def apply(self, inp: ArticleInput) -> ArticleInput:
        return replace(
            inp,
            title=self.title or inp.title,
            source=self.source or inp.source,
            url=self.url or inp.url,
            published=inp.published or self.published,
        )


def _published(inp: ArticleInput, published: date | None) -> date:
    when = inp.published or published
    if when is None:
        raise IngestError(
            f"{inp.origin}: no published date; pass --published YYYY-MM-DD "
            "(relative dates are read against it)"
        )
    return when


def build_article(inp: ArticleInput, published: date | None = None) -> Article:
    when = _published(inp, published)
    text = strip_controls(inp.text)
    return Article(
        id=article_id(text),
        title=strip_controls(inp.title),
        source=strip_controls(inp.source),
        url=strip_controls(inp.url),
        published=when,
        text=text,
    )


def part_title(title: str, i: int, n: int) -> str:
    return title if n == 1 else f"{title or 'untitled'} (part {i} of {n})"


def split_parts(article: Article, size: int | None = None) -> list[Article]:
    """The article, or for a text over `size` its parts ("Title (part 2 of 9)"), each
    cut at a paragraph break and identified by its own text, so re-ingesting the file
    finds every part already present."""
    size = size or PART_CHARS
    if len(article.text) <= size:
        return [article]
    pieces = split_at_breaks(article.text, size)
    return [
        article.model_copy(
            update={
                "id": article_id(piece),
                "title": part_title(article.title, i, len(pieces)),
                "text": piece,
            }
        )
        for i, (_, piece) in enumerate(pieces, 1)
    ]


def long_text_parts(
    long: LongText, overrides: Overrides | None = None, size: int | None = None
) -> Iterator[Article]:
    """split_parts(build_article(...)) for a file read in chunks: the same articles,
    made one at a time. The first pass counts them (and finds a file that does not
    decode) before any is handed out."""
    size = size or PART_CHARS
    head = (overrides or Overrides()).apply(long.head)
    when = _published(head, None)

    def texts() -> Iterator[str]:
        return stream_at_breaks((strip_controls(c) for c in long.chunks()), size)

    n, empty = 0, True
    for text in texts():
        n += 1
        empty = empty and not text.strip()
    if empty:
        raise IngestError(f"{head.origin}: no article text")
    for i, text in enumerate(texts(), 1):
        yield build_article(replace(head, text=text, title=part_title(head.title, i, n)), when)


# -- what the pipeline takes from one read input -------------------------------------
Found = Iterator[tuple[str, "Article | IngestError"]]  # (origin, article or failure)


def input_articles(found: list[ArticleInput | IngestError], over: Overrides, size: int) -> Found:
    """The articles (parts of a long one) of a file read whole, in order."""
    for inp in found:
        if isinstance(inp, IngestError):
            yield "", inp
            continue
        try:
            parts = split_parts(build_article(over.apply(inp)), size)
        except IngestError as exc:
            yield inp.origin, exc
            continue
        for article in parts:
            yield inp.origin, article


def jsonl_articles(path: str, over: Overrides, size: int) -> Found:
    """A long JSON-lines file, one record at a time."""
    empty = True
    for inp in iter_jsonl_articles(file_lines(path), path):
        empty = False
        yield from input_articles([inp], over, size)
    if empty:
        yield path, IngestError(f"{path}: no JSON lines")


def json_list_articles(path: str, over: Overrides, size: int) -> Found:
    """A long JSON list of article records, one record at a time (never parsed whole)."""
    empty = True
    for i, record in enumerate(iter_json_array(file_blocks(path), path), start=1):
        empty = False
        try:
            found: ArticleInput | IngestError = record_to_input(record, f"{path}[{i}]")
        except IngestError as exc:
            found = exc
        yield from input_articles([found], over, size)
    if empty:
        yield path, IngestError(f"{path}: the JSON list is empty")


def stdin_articles(data: bytes, over: Overrides, size: int) -> Found:
    """Standard input: a long text in parts as a file's, anything else read whole."""
    if len(data) > size and sniff(data[:4096].decode("utf-8", "replace")) == "markdown":
        long = long_text_bytes(data, "<stdin>", title_line=False)
        for article in long_text_parts(long, over, size):
            yield "<stdin>", article
    else:
        yield from input_articles(read_inputs(data, "<stdin>", None), over, size)


def file_size(item: str) -> int:
    if item == "-":
        return 0
    try:
        return os.path.getsize(item)
    except OSError:
        return 0


def streamed(item: str, size: int) -> bool:
    """A text, Markdown, JSON-lines or JSON-list file longer than `size` (a part) is read as it
    goes (in chunks, a line or a record at a time), never whole."""
    kind = kind_of(item) or "text"
    if item == "-" or file_size(item) <= size:
        return False
    return kind in ("text", "markdown", "jsonl") or (kind == "json" and _json_list(item))


def _json_list(path: str) -> bool:
    """Does the file hold a JSON list (read record by record), not one object?"""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False  # the whole read says what is wrong with it
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"[")
