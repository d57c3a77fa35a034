"""Article files as a reader saves them: plain text or Markdown with front matter."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from store.errors import IngestError
from store.formats.encoding import decode


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


def parse_date(raw: object, origin: str) -> date:
    """A publication date from metadata: ISO date or datetime, or RFC 2822 as in feeds."""
    text = str(raw).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    written = _written_date(text)
    if written is not None:
        return written
    raise IngestError(f"{origin}: published date {text[:40]!r} cannot be read (use YYYY-MM-DD)")


_YEAR, _WORD = re.compile(r"\b\d{4}\b"), re.compile(r"[^\W\d_]{3,}")


def _written_date(text: str) -> date | None:
    """A full date written out ("June 25, 2025", "25 juin 2025"): a month name and a
    four-digit year are required, so neither "yesterday" nor "03/04/2025" is guessed."""
    if len(text) > 60 or not _YEAR.search(text) or not _WORD.search(text):
        return None
    import dateparser  # slow to import; only for dates that are not ISO or RFC 2822

    settings = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    found = dateparser.parse(text, settings=settings)
    return found.date() if found else None


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


_TITLE_END = re.compile(r"[.,;:!?\"”’)]$")


def split_title_line(text: str) -> tuple[str, str]:
    """(title, body) when the first line looks like a headline, else ("", text).

    A headline stands alone (a blank line follows), is short and does not end a sentence.
    """
    title, rest = title_and_rest(text)
    return (title, rest.strip("\n")) if title else ("", text)


def title_and_rest(text: str) -> tuple[str, str]:
    """split_title_line without trimming the body's end (the start of a streamed text)."""
    first, sep, rest = text.lstrip("\n").partition("\n")
    first = first.strip()
    if not sep or not rest.startswith(("\n", "\r\n")) or not rest.strip():
        return "", text
    if not first or len(first) > 160 or len(first.split()) > 25 or _TITLE_END.search(first):
        return "", text
    return first.lstrip("# ").strip(), rest


def read_head(text: str, origin: str, *, title_line: bool = False) -> tuple[ArticleInput, str]:
    """The metadata at the start of a text (front matter, else a title line when
    `title_line`) as an ArticleInput without text, and the body that follows it."""
    meta, body = split_front_matter(text)
    if title_line and not meta.get("title"):
        meta["title"], body = title_and_rest(body)
    art = ArticleInput(text="", origin=origin)
    art.title = meta.get("title", "")
    art.source = meta.get("source", "")
    art.url = meta.get("url", "")
    raw_date = meta.get("published") or meta.get("date")
    if raw_date:
        art.published = parse_date(raw_date, origin)
    return art, body


def read_article_text(text: str, origin: str, *, title_line: bool = False) -> ArticleInput:
    """An article from Markdown or plain text; front matter wins over a title line."""
    art, body = read_head(text.replace("\r\n", "\n"), origin, title_line=title_line)
    art.text = body.strip("\n")
    if not art.text.strip():
        raise IngestError(f"{origin}: no article text")
    return art


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise IngestError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise IngestError(f"{path}: is a folder") from exc
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def read_article_file(path: Path) -> ArticleInput:
    """One .md or .txt article (a .txt file's first line is its title if it looks like one)."""
    text = decode(read_bytes(path), str(path))
    return read_article_text(text, str(path), title_line=path.suffix.lower() != ".md")
