"""The search language read against quotes: `dateline quotes QUERY`.

Words and phrases match the quote's own text and its speaker's names; actor: and kind:
the speaker; source: the article; date filters the date of the quote's event. One parser
(store.search.parse_query), so a query means the same here as in event search.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from store.db.query import phrase_found
from store.models import Actor, Quote
from store.search import SearchQuery, parse_query
from store.textclean import fold

if TYPE_CHECKING:
    from store.db.event_store import EventStore

_WORD = re.compile(r"\w+")


def search_quotes(store: EventStore, query: str, today: date | None = None) -> list[Quote]:
    """The quotes matching `query`, in the store's order; QueryError if it is malformed."""
    q = parse_query(query, today)
    speakers: dict[str | None, Actor | None] = {}
    sources: dict[str, str] = {}
    out: list[Quote] = []
    for quote in store.quotes():
        if quote.speaker not in speakers:
            speakers[quote.speaker] = store.actor(quote.speaker) if quote.speaker else None
        who = speakers[quote.speaker]
        names = fold(" | ".join((who.name, *who.aliases))) if who is not None else ""
        if not _text_matches(q, fold(quote.text), names):
            continue
        if q.actor and not any(a in names for a in q.actor):
            continue
        if q.kind and (who is None or who.kind not in q.kind):
            continue
        if q.source and not _source_matches(store, quote, q, sources):
            continue
        if (q.start or q.end) and not _date_matches(store, quote, q):
            continue
        out.append(quote)
    return out


def _text_matches(q: SearchQuery, text: str, names: str) -> bool:
    both = f"{text} | {names}"
    tokens = _WORD.findall(both)
    for w in q.words:  # a word is a prefix of some word, as in event search
        parts = _WORD.findall(w)
        if parts and not all(any(t.startswith(p) for t in tokens) for p in parts):
            return False
    if not all(phrase_found(p)(both) for p in q.phrases):
        return False  # words in sequence, whatever marks stand between them (as events)
    for x in q.excluded:
        parts = _WORD.findall(x)
        if len(parts) == 1 and any(t.startswith(parts[0]) for t in tokens):
            return False
        if len(parts) > 1 and phrase_found(x)(both):
            return False
    return True


def _source_matches(store: EventStore, quote: Quote, q: SearchQuery, cache: dict) -> bool:
    aid = quote.article_id or ""
    if aid not in cache:
        art = store.article(aid) if aid else None
        cache[aid] = fold(art.source) if art is not None else ""
    return any(s in cache[aid] for s in q.source)


def _date_matches(store: EventStore, quote: Quote, q: SearchQuery) -> bool:
    ev = store.event(quote.event_id) if quote.event_id else None
    if ev is None:
        return False
    start, end = ev.when.start or ev.when.end, ev.when.end or ev.when.start
    if start is None or end is None:
        return False
    return (q.end is None or start <= q.end) and (q.start is None or end >= q.start)
