"""The search language (store.search.parse_query) compiled to a DuckDB filter on events/.

Each clause stands for what the store's index answers: a word matches a word prefix in
the title, quotes, actor names or sentence (the `search` column holds them folded, one
field a line); a quoted phrase those words in sequence; actor: and kind: go through the
actors table and store.identity.ActorNames; source: a part of the folded source; dates
an overlap of the event's range with the window; -word excludes.
"""

from __future__ import annotations

import re

from store.identity_filing import ActorNames
from store.search import SearchQuery

_WORD = re.compile(r"\w+")


def _prefix(word: str) -> str:
    return r"\b" + re.escape(word)


def _exact(word: str) -> str:
    return r"\b" + re.escape(word) + r"\b"


def compile_query(q: SearchQuery, names: dict[str, str], kinds: dict[str, str]):
    """(SQL condition over events, parameters). `names`: actor id -> "name|alias|...";
    `kinds`: actor id -> kind."""
    where: list[str] = []
    params: list[object] = []

    def add(sql: str, *values: object) -> None:
        where.append(sql)
        params.extend(values)

    def text(pattern: str) -> None:
        add("regexp_matches(search, ?)", pattern)

    for w in q.words:  # "u.s." is a phrase of two words, as in the index
        parts = _WORD.findall(w)
        if len(parts) == 1:
            text(_prefix(parts[0]))
        elif parts:
            _phrase(w, parts, text, add)
    for p in q.phrases:
        parts = _WORD.findall(p)
        if len(parts) == 1:
            text(_exact(parts[0]))
        elif parts:
            _phrase(p, parts, text, add)
    resolver = ActorNames(names) if q.actor else None
    for needle in q.actor:
        ids = sorted(resolver.resolve(needle) | {needle.strip()}) if resolver else []
        add("list_has_any(actors, ?::VARCHAR[])", ids)
    if q.kind:
        add(
            "list_has_any(actors, ?::VARCHAR[])", sorted(a for a, k in kinds.items() if k in q.kind)
        )
    if q.source:
        cond = " OR ".join("contains(source_key, ?)" for _ in q.source)
        add(f"article_id IN (SELECT id FROM articles WHERE {cond})", *q.source)
    if q.start or q.end:
        add("(when_start IS NOT NULL OR when_end IS NOT NULL)")
        if q.start:
            add("(when_end IS NULL OR when_end >= ?)", q.start)
        if q.end:
            add("(when_start IS NULL OR when_start <= ?)", q.end)
    for ex in q.excluded:
        parts = _WORD.findall(ex)
        if len(parts) == 1:
            add("NOT regexp_matches(search, ?)", _prefix(parts[0]))
        elif parts:
            add("NOT contains(search, ?)", ex)
    return " AND ".join(where) or "TRUE", params


def _phrase(p: str, parts: list[str], text, add) -> None:
    for i, part in enumerate(parts):
        last = i == len(parts) - 1 and len(part) >= 3
        text(_prefix(part) if last else _exact(part))
    add("contains(search, ?)", p)
