"""Article files as a reader saves them: plain text or Markdown with front matter."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from store.errors import IngestError


@dataclass
class ArticleInput:
    """Text plus whatever metadata came with it, before the store sees it."""

    text: str
    origin: str
    title: str = ""
    source: str = ""
    url: str = ""
    published: date | None = None


_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.S)


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        return inner.replace('\\"', '"') if value[0] == '"' else inner.replace("''", "'")
    return value


def parse_date(raw: str, origin: str) -> date:
    try:
        return date.fromisoformat(raw.strip()[:10])
    except ValueError as exc:
        raise IngestError(f"{origin}: published date {raw!r} is not YYYY-MM-DD") from exc


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Simple `key: value` front matter (the subset article notes use)."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t", "#")):
            meta[key.strip().lower()] = _unquote(value)
    return meta, text[m.end() :]


def decode(data: bytes, origin: str) -> str:
    if not data.strip():
        raise IngestError(f"{origin}: file is empty")
    if b"\x00" in data[:8192]:
        raise IngestError(f"{origin}: looks like a binary file, not article text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(f"{origin}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def read_article_text(text: str, origin: str) -> ArticleInput:
    meta, body = split_front_matter(text)
    art = ArticleInput(text=body.strip("\n"), origin=origin)
    art.title = meta.get("title", "")
    art.source = meta.get("source", "")
    art.url = meta.get("url", "")
    raw_date = meta.get("published") or meta.get("date")
    if raw_date:
        art.published = parse_date(raw_date, origin)
    if not art.text.strip():
        raise IngestError(f"{origin}: no article text")
    return art


def read_article_file(path: Path) -> ArticleInput:
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise IngestError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise IngestError(f"{path}: is a folder") from exc
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return read_article_text(decode(data, str(path)), str(path))
