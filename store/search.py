"""The one search language of the CLI and the app.

Words and "quoted phrases" match titles, sentences, quotes and actor names (case and
accent insensitive, word prefixes); actor:, source:, kind: filter; dates filter by the
common convention: after:D is on or after D, before:D strictly before D, on:D within D,
date:A..B from A through B (either end may be left open). An event matches a date
filter when its own range overlaps the window. -word excludes. A quoted product name
with a model number ("Northwind A9") also finds the events whose products the article
names shorter, keeping the number ("the A9"; store/db/query.py `thing_found`).
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from datetime import date

from store.errors import DateParseError, QueryError
from store.textclean import fold

FILTERS = ("actor", "source", "kind", "after", "before", "on", "date")
KINDS = ("person", "organization", "place", "group")
__all__ = ["SearchQuery", "fold", "parse_query"]


@dataclass
class SearchQuery:
    words: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)
    actor: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)
    kind: list[str] = field(default_factory=list)
    start: date | None = None  # the date window, both ends inclusive
    end: date | None = None

    @property
    def is_empty(self) -> bool:
        return not (
            self.words or self.phrases or self.excluded or self.actor or self.source
        ) and not (self.kind or self.start or self.end)

    def narrow(self, start: date | None, end: date | None) -> None:
        """Intersect the date window with [start, end] (several filters all hold)."""
        if start is not None:
            self.start = start if self.start is None else max(self.start, start)
        if end is not None:
            self.end = end if self.end is None else min(self.end, end)


def _read_span(key: str, raw: str, today: date) -> tuple[date, date]:
    """The first and last day a date expression covers ("June 2025": 06-01, 06-30)."""
    from store.timex import parse_when

    try:
        when = parse_when(raw, today)
    except DateParseError as exc:
        raise QueryError(f"{key}:{raw} is not a date ({exc})") from exc
    first, last = when.start or when.end, when.end or when.start
    if first is None or last is None:
        raise QueryError(f"{key}:{raw} is not a date")
    return first, last


def _read_window(key: str, raw: str, today: date) -> tuple[date | None, date | None]:
    """The inclusive window a date filter stands for."""
    if key == "after":  # on or after: from the first day of D
        return _read_span(key, raw, today)[0], None
    if key == "before":  # strictly before: up to the day before D begins
        return None, _day_before(key, raw, _read_span(key, raw, today)[0])
    if key == "on":
        return _read_span(key, raw, today)
    a, dots, b = raw.partition("..")
    if not dots or not (a.strip() or b.strip()):
        raise QueryError(f"date:{raw} is not a range; write date:A..B (e.g. date:2024..2025-06)")
    start = _read_span(key, a.strip(), today)[0] if a.strip() else None
    end = _read_span(key, b.strip(), today)[1] if b.strip() else None
    if start and end and end < start:
        raise QueryError(f"date:{raw} ends before it starts")
    return start, end


def _day_before(key: str, raw: str, day: date) -> date:
    if day == date.min:
        raise QueryError(f"{key}:{raw} leaves no day before it")
    return date.fromordinal(day.toordinal() - 1)


def _read_kind(raw: str) -> str:
    """kind:person, or a prefix of one kind (kind:org); QueryError listing them if none."""
    val = fold(raw)
    found = [k for k in KINDS if k == val or (len(val) >= 3 and k.startswith(val))]
    if len(found) != 1:
        raise QueryError(f"kind:{raw} is not a kind (kinds are {', '.join(KINDS)})")
    return found[0]


def parse_query(query: str, today: date | None = None) -> SearchQuery:
    """Parse a query string; raise QueryError with a one-line reason if malformed."""
    today = today or date.today()
    if query.count('"') % 2:
        raise QueryError('unclosed quote in query: add the closing "')
    lexer = shlex.shlex(query, posix=True)
    lexer.whitespace_split = True
    lexer.quotes = '"'
    lexer.commenters = ""
    try:
        tokens = list(lexer)
    except ValueError as exc:
        raise QueryError(f"cannot read query: {exc}") from exc
    raw_tokens = re.findall(r'-?\w+:(?:"[^"]*"|[^\s"]+)+|-?"[^"]*"|\S+', query)
    q = SearchQuery()
    for raw, tok in zip(raw_tokens, tokens, strict=False):
        key, sep, val = tok.partition(":")
        if sep and key.lower() in FILTERS:
            key = key.lower()
            if not val:
                raise QueryError(f"{key}: needs a value, e.g. {key}:something")
            if key in ("after", "before", "on", "date"):
                q.narrow(*_read_window(key, val, today))
            elif key == "kind":
                q.kind.append(_read_kind(val))
            else:
                getattr(q, key).append(fold(val))
        elif sep and val and key.isalpha() and not raw.startswith('"') and not val.startswith("/"):
            raise QueryError(  # a typo'd filter must not silently become a word
                f"unknown filter {key}: (filters are {', '.join(f + ':' for f in FILTERS)}; "
                'quote it to search for the text: "' + tok + '")'
            )
        elif tok.startswith("-") and len(tok) > 1:
            q.excluded.append(fold(tok[1:]))
        elif raw.startswith('"') or " " in tok:
            if tok.strip():
                q.phrases.append(fold(tok))
        elif tok.strip():
            q.words.append(fold(tok))
    return q
