"""The one search language of the CLI and the app.

Words and "quoted phrases" match titles, sentences, quotes and actor names (case and
accent insensitive, word prefixes); actor:, source:, kind: filter; dates filter by the
common convention: after:D is on or after D, before:D strictly before D, on:D within D,
date:A..B from A through B (either end may be left open). An event matches a date
filter when its own range overlaps the window. -word excludes.
"""

from __future__ import annotations

import heapq
import re
import shlex
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from weakref import WeakKeyDictionary

from store.errors import DateParseError, QueryError
from store.identity import ActorNames
from store.index import FIELDS, MAX_ORD, MIN_ORD, WEIGHTS, StoreIndex, fold, key_end, key_start

FILTERS = ("actor", "source", "kind", "after", "before", "on", "date")
KINDS = ("person", "organization", "place", "group")
__all__ = ["SearchQuery", "actor_event_ids", "fold", "parse_query", "match", "order_hits"]


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


# -- running a query against the index -------------------------------------------
_WORD = re.compile(r"\w+")
FieldTexts = Callable[[int], dict[str, str]]  # event doc id -> folded text per field
Buckets = dict[float, set[int]]  # rank score -> matching event doc ids


def _word_sets(index: StoreIndex, prefix: str, *, exact: bool = False) -> dict[str, set[int]]:
    """Per field, the events holding a word that starts with (or is) `prefix`."""
    terms = [prefix] if exact else index.expand(prefix)
    out: dict[str, set[int]] = {}
    for f in FIELDS:
        postings = index.fields[f]
        sets = [postings.get(t) for t in terms]
        out[f] = sets[0].copy() if len(sets) == 1 else set().union(*sets)
    return out


def _union(sets: dict[str, set[int]]) -> set[int]:
    return set().union(*sets.values())


_NAMES: WeakKeyDictionary[StoreIndex, tuple[int, ActorNames]] = WeakKeyDictionary()


def actor_names(index: StoreIndex) -> ActorNames:
    """Which actors a typed name means (store.identity), kept per index version."""
    cached = _NAMES.get(index)
    if cached is None or cached[0] != index.version:
        cached = _NAMES[index] = (index.version, ActorNames(index.actor_names))
    return cached[1]


def actor_event_ids(index: StoreIndex, name: str) -> set[int]:
    """Event doc ids of every actor `name` means: one resolution for the actor: filter,
    events --actor and the app's actor filter."""
    ids = sorted(actor_names(index).resolve(name) | {name.strip()})  # an id without a record
    return set().union(*(index.by_actor.get(a) for a in ids))


def _filter_sets(index: StoreIndex, q: SearchQuery, actor_id: str | None) -> list[set[int]]:
    """One event-id set per filter; every one must hold."""
    out: list[set[int]] = []
    if actor_id is not None:
        out.append(actor_event_ids(index, actor_id))
    for needle in q.actor:
        out.append(actor_event_ids(index, needle))
    if q.kind:
        ids = [a for a, kind in index.actor_kind.items() if kind in q.kind]
        out.append(set().union(*(index.by_actor.get(a) for a in ids)))
    if q.source:
        arts = [a for a, src in index.article_source.items() if any(f in src for f in q.source)]
        out.append(set().union(*(index.by_article.get(a) for a in arts)))
    return out


def _pieces(text: str) -> list[str]:
    return _WORD.findall(text)


def match(
    index: StoreIndex,
    q: SearchQuery,
    texts: FieldTexts,
    *,
    actor_id: str | None = None,
    rank: bool = True,
) -> Buckets:
    """Matching event doc ids grouped by rank score; set algebra on the index, no scan.

    Words match word prefixes; a quoted phrase matches whole words in sequence (its last
    word may be a prefix) and counts double. Only phrases of several words are checked
    against the documents' text; everything else is answered by the index. With
    rank=False the hits are not split by score (date order, counts and density).
    """
    scored: list[tuple[dict[str, set[int]], float]] = []  # per-field sets, weight factor
    phrases: list[str] = []
    for w in q.words:  # "u.s." or "don't" is a phrase of two words for the index
        parts = _pieces(w)
        if len(parts) == 1:
            scored.append((_word_sets(index, parts[0]), 1.0))
        elif parts:
            phrases.append(w)
    for p in q.phrases:
        parts = _pieces(p)
        if len(parts) == 1:
            scored.append((_word_sets(index, parts[0], exact=True), 2.0))
        elif parts:
            phrases.append(p)
    required = [_union(sets) for sets, _ in scored]
    for p in phrases:
        parts = _pieces(p)
        for i, part in enumerate(parts):
            last = i == len(parts) - 1 and len(part) >= 3
            required.append(_union(_word_sets(index, part, exact=not last)))
    required += _filter_sets(index, q, actor_id)
    if required:
        required.sort(key=len)
        cand = required[0].copy()
        for s in required[1:]:
            cand &= s
            if not cand:
                return {}
    else:
        cand = set(index.keys)
    if q.start or q.end:  # the event's range overlaps the window
        lo = q.start.toordinal() if q.start else MIN_ORD
        hi = q.end.toordinal() if q.end else MAX_ORD
        keys = index.keys
        cand = {
            d
            for d in cand
            if d in keys
            and key_end(keys[d]) >= lo
            and key_start(keys[d]) <= hi
            and (key_start(keys[d]), key_end(keys[d])) != (MIN_ORD, MAX_ORD)  # undated
        }
    for ex in q.excluded:
        parts = _pieces(ex)
        if len(parts) == 1:
            cand -= _union(_word_sets(index, parts[0]))
        elif parts:
            cand = {d for d in cand if not any(ex in t for t in texts(d).values())}
    cand &= index.keys.keys()  # never return a stale posting
    buckets: Buckets = {0.0: cand}
    for sets, factor in scored if rank else ():  # unranked: the same hits in one bucket
        split: Buckets = {}
        for score, ids in buckets.items():
            rest = ids
            for f in FIELDS:  # weights descend: the best field a word is in counts
                hit = rest & sets[f]
                if hit:
                    split.setdefault(score + factor * WEIGHTS[f], set()).update(hit)
                    rest = rest - hit
        buckets = split
    if phrases:
        buckets = _score_phrases(buckets, phrases, texts)
    if not scored and not phrases:
        buckets = {1.0: buckets.get(0.0, set())}
    return {s: ids for s, ids in buckets.items() if ids}


def _score_phrases(buckets: Buckets, phrases: list[str], texts: FieldTexts) -> Buckets:
    out: Buckets = {}
    for score, ids in buckets.items():
        for d in ids:
            fields = texts(d)
            total = score
            for p in phrases:
                hit = [WEIGHTS[f] for f, text in fields.items() if p in text]
                if not hit:
                    break
                total += 2 * max(hit)
            else:
                out.setdefault(total, set()).add(d)
    return out


def order_hits(
    index: StoreIndex, buckets: Buckets, *, sort: str = "rank", stop: int | None = None
) -> list[int]:
    """Doc ids by rank (ties by date) or by date; only the first `stop` if given."""
    key = index.keys.__getitem__
    groups = [ids for _, ids in sorted(buckets.items(), reverse=True)]
    if sort == "date":
        groups = [set().union(*groups)] if len(groups) > 1 else groups
    out: list[int] = []
    for ids in groups:
        need = None if stop is None else stop - len(out)
        if need is not None and need <= 0:
            break
        if need is not None and need < len(ids) // 8:
            out.extend(heapq.nsmallest(need, ids, key=key))
        else:
            out.extend(sorted(ids, key=key))
    return out if stop is None else out[:stop]


@lru_cache(maxsize=1 << 17)
def _day_label(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat()


def by_period(days: Mapping[int, int], period: str) -> list[tuple[str, int]]:
    """Day counts summed per day, month or year label ("2025-06"), oldest first."""
    width = {"day": 10, "month": 7, "year": 4}[period]
    out: list[tuple[str, int]] = []
    for day in sorted(days):
        n = days[day]
        if n <= 0:
            continue
        label = _day_label(day)[:width]
        if out and out[-1][0] == label:
            out[-1] = (label, out[-1][1] + n)
        else:
            out.append((label, n))
    return out
