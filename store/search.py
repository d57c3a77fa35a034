"""The one search language of the CLI and the app.

Words and "quoted phrases" match titles, sentences, quotes and actor names (case and
accent insensitive, word prefixes); actor:, source:, kind:, after:, before: filter;
-word excludes.
"""

from __future__ import annotations

import re
import shlex
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from store.errors import DateParseError, QueryError

FILTERS = ("actor", "source", "kind", "after", "before")


def fold(text: str) -> str:
    """Case and accent folding used on both sides of a match."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


@dataclass
class SearchQuery:
    words: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)
    actor: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)
    kind: list[str] = field(default_factory=list)
    after: date | None = None
    before: date | None = None

    @property
    def is_empty(self) -> bool:
        return not (
            self.words or self.phrases or self.excluded or self.actor or self.source
        ) and not (self.kind or self.after or self.before)


def _read_date(key: str, raw: str, today: date, *, end: bool) -> date:
    from store.timex import parse_when

    try:
        when = parse_when(raw, today)
    except DateParseError as exc:
        raise QueryError(f"{key}:{raw} is not a date ({exc})") from exc
    picked = (when.end or when.start) if end else (when.start or when.end)
    if picked is None:
        raise QueryError(f"{key}:{raw} is not a date")
    return picked


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
    raw_tokens = re.findall(r'-?\w+:"[^"]*"|-?"[^"]*"|\S+', query)
    q = SearchQuery()
    for raw, tok in zip(raw_tokens, tokens, strict=False):
        key, sep, val = tok.partition(":")
        if sep and key.lower() in FILTERS:
            key = key.lower()
            if not val:
                raise QueryError(f"{key}: needs a value, e.g. {key}:something")
            if key == "after":
                q.after = _read_date(key, val, today, end=False)
            elif key == "before":
                q.before = _read_date(key, val, today, end=True)
            else:
                getattr(q, key).append(fold(val))
        elif tok.startswith("-") and len(tok) > 1:
            q.excluded.append(fold(tok[1:]))
        elif raw.startswith('"') or " " in tok:
            if tok.strip():
                q.phrases.append(fold(tok))
        elif tok.strip():
            q.words.append(fold(tok))
    return q


_WORD = re.compile(r"\w+")


def word_prefix_match(needle: str, haystack_words: set[str] | list[str]) -> bool:
    return any(w.startswith(needle) for w in haystack_words)


def score_text(q: SearchQuery, title: str, body: str, quotes: str, actors: str) -> float:
    """0 if the record does not match the text part of the query, else a rank score."""
    fields = [(fold(title), 3.0), (fold(quotes), 2.0), (fold(actors), 1.5), (fold(body), 1.0)]
    words_of = [(set(_WORD.findall(text)), text, weight) for text, weight in fields]
    all_text = " ".join(text for text, _ in fields)
    all_words = set().union(*(w for w, _, _ in words_of))
    for ex in q.excluded:
        if word_prefix_match(ex, all_words) or (" " in ex and ex in all_text):
            return 0.0
    score = 0.0
    for word in q.words:
        hit = [weight for words, _, weight in words_of if word_prefix_match(word, words)]
        if not hit:
            return 0.0
        score += max(hit)
    for phrase in q.phrases:
        hit = [weight for _, text, weight in words_of if phrase in text]
        if not hit:
            return 0.0
        score += 2 * max(hit)
    return score or 1.0
