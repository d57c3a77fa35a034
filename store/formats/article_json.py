"""Articles as JSON records (.json list or object, .jsonl one per line), as scrapers emit.

Each record needs `text`; `published` (or `date`), `title`, `source` (or `sitename`) and
`url` are read when present. A bad record fails alone, named by its line or index.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from store.errors import IngestError
from store.formats.articles import ArticleInput, parse_date

TEXT_KEYS = ("text", "body", "content")
DATE_KEYS = ("published", "date", "published_at", "pubdate", "dct")  # dct: TimeML corpora
SOURCE_KEYS = ("source", "sitename", "publisher")


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, ""):
            return value
    return None


def record_to_input(record: Any, origin: str) -> ArticleInput:
    """One JSON object to an ArticleInput; IngestError naming `origin` if it is unusable."""
    if not isinstance(record, dict):
        raise IngestError(f"{origin}: expected a JSON object with a 'text' field")
    text = _first(record, TEXT_KEYS)
    if not isinstance(text, str) or not text.strip():
        raise IngestError(f"{origin}: record has no 'text'")
    raw_date = _first(record, DATE_KEYS)
    source = _first(record, SOURCE_KEYS)
    return ArticleInput(
        text=text.replace("\r\n", "\n").strip("\n"),
        origin=origin,
        title=str(record.get("title") or "").strip(),
        source=str(source or "").strip(),
        url=str(record.get("url") or "").strip(),
        published=None if raw_date is None else parse_date(raw_date, origin),
    )


def _each(records: list[Any], origin: str, label: str) -> list[ArticleInput | IngestError]:
    out: list[ArticleInput | IngestError] = []
    for i, record in enumerate(records, start=1):
        try:
            out.append(record_to_input(record, f"{origin}{label.format(i)}"))
        except IngestError as exc:
            out.append(exc)
    return out


def read_json_articles(text: str, origin: str) -> list[ArticleInput | IngestError]:
    """A JSON list of articles, one article object, or {"articles": [...]}."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError(f"{origin}: not valid JSON ({exc.msg} at line {exc.lineno})") from exc
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        if "events" in data and "format" in data:
            raise IngestError(f"{origin}: a dateline export; use `dateline import` for it")
        data = data["articles"]
    if isinstance(data, dict) and isinstance(data.get("events"), list):
        raise IngestError(f"{origin}: a timeline, not articles; use `dateline import` for it")
    if isinstance(data, dict):
        return [record_to_input(data, origin)]
    if not isinstance(data, list):
        raise IngestError(f"{origin}: expected a JSON list of article objects")
    if not data:
        raise IngestError(f"{origin}: the JSON list is empty")
    return _each(data, origin, "[{}]")


def read_jsonl_articles(text: str, origin: str) -> list[ArticleInput | IngestError]:
    """One JSON article object per line; blank lines are skipped."""
    out = list(iter_jsonl_articles(text.splitlines(), origin))
    if not out:
        raise IngestError(f"{origin}: no JSON lines")
    return out


def iter_jsonl_articles(lines: Iterable[str], origin: str) -> Iterator[ArticleInput | IngestError]:
    """read_jsonl_articles one line at a time (a long file read as it goes); no check
    that there was any line."""
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(f"{where}: not valid JSON ({exc.msg})")
            continue
        try:
            yield record_to_input(record, where)
        except IngestError as exc:
            yield exc


def iter_json_array(blocks: Iterable[str], origin: str) -> Iterator[Any]:
    """The items of a top-level JSON array, decoded as the text comes in blocks: only the
    item being read is held (a scraper's 500 MB list is never parsed whole). IngestError
    when the text is not a JSON array; the items themselves are not checked here."""
    decoder = json.JSONDecoder()
    source = iter(blocks)
    buf, pos = "", 0

    def more() -> bool:
        nonlocal buf, pos
        for block in source:
            if block:
                buf, pos = buf[pos:] + block, 0
                return True
        return False

    def skip() -> str:
        """The next character that is not white space ('' at the end)."""
        nonlocal pos
        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n\ufeff":
                pos += 1
            if pos < len(buf) or not more():
                return buf[pos : pos + 1]

    if skip() != "[":
        raise IngestError(f"{origin}: expected a JSON list of article objects")
    pos += 1
    first = True
    while True:
        ch = skip()
        if ch == "]":
            pos += 1
            if skip():
                raise IngestError(f"{origin}: not valid JSON (extra data after the list)")
            return
        if not first:
            if ch != ",":
                raise IngestError(f"{origin}: not valid JSON (expected ',' or ']')")
            pos += 1
            skip()
        while True:
            try:
                item, end = decoder.raw_decode(buf, pos)
            except json.JSONDecodeError as exc:
                if more():
                    continue
                raise IngestError(f"{origin}: not valid JSON ({exc.msg})") from exc
            # what follows an item is white space, ',' or ']': anything else (or the end of
            # what was read) may be the rest of a number cut at a block's end
            if (end < len(buf) and buf[end] in ",] \t\r\n") or not more():
                break
        pos, first = end, False
        yield item
