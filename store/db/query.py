"""Running a parsed query (store.search) against the index: set algebra, no scan.

A query reads the index through a Lookup: posting lists unpacked by `terms` and typed
actor names resolved by `names`, which the query service (store/db/queries.py) answers
from its one cache.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from store.db.date_key import DateKey
from store.db.index import FIELDS, WEIGHTS, StoreIndex
from store.db.postings import Postings
from store.identity_filing import ActorNames
from store.search import SearchQuery

_WORD = re.compile(r"\w+")
FieldTexts = Callable[[int], dict[str, str]]  # event doc id -> folded text per field
Buckets = dict[float, set[int]]  # rank score -> matching event doc ids


Terms = Callable[[Postings, str], set[int]]  # a posting list unpacked (callers never change it)


def _unpack(postings: Postings, term: str) -> set[int]:
    return postings.get(term)


def _make(key: tuple, make: Callable[[], set[int]]) -> set[int]:
    return make()


@dataclass
class Lookup:
    """The index as a query reads it (see the module docstring)."""

    index: StoreIndex
    terms: Terms = _unpack
    names: ActorNames = field(default=None)  # type: ignore[assignment]
    # a filter's events by key, made by the callable unless kept (the service's cache):
    # an actor, kind or source filter is the union of many short posting lists
    keep: Callable[[tuple, Callable[[], set[int]]], set[int]] = _make

    def __post_init__(self) -> None:
        if self.names is None:
            self.names = ActorNames(self.index.actor_names)

    def ids(self, postings: Postings, keys: list[str]) -> set[int]:
        """The events of any of `keys` in `postings`."""
        return set().union(*(self.terms(postings, k) for k in keys))

    def actor_event_ids(self, name: str) -> set[int]:
        """Event doc ids of every actor `name` means: one resolution for the actor:
        filter, events --actor and the app's actor filter."""

        def make() -> set[int]:
            ids = sorted(self.names.resolve(name) | {name.strip()})  # an id without a record
            return self.ids(self.index.by_actor, ids)

        return self.keep(("actor-ids", name), make)

    def kind_ids(self, kinds: frozenset[str]) -> set[int]:
        """Events of any actor of these kinds."""

        def make() -> set[int]:
            ids = [a for a, kind in self.index.actor_kind.items() if kind in kinds]
            return self.ids(self.index.by_actor, ids)

        return self.keep(("kind-ids", kinds), make)

    def source_ids(self, sources: tuple[str, ...]) -> set[int]:
        """Events of any article whose source holds one of these (folded) words."""

        def make() -> set[int]:
            found = self.index.article_source.items()
            arts = [a for a, src in found if any(f in src for f in sources)]
            return self.ids(self.index.by_article, arts)

        return self.keep(("source-ids", sources), make)


def actor_names(index: StoreIndex) -> ActorNames:
    """Which actors a typed name means (store.identity), read from the index now."""
    return ActorNames(index.actor_names)


def actor_event_ids(index: StoreIndex, name: str) -> set[int]:
    """Lookup.actor_event_ids without the query service's cache."""
    return Lookup(index).actor_event_ids(name)


def _word_sets(look: Lookup, prefix: str, *, exact: bool = False) -> dict[str, set[int]]:
    """Per field, the events holding a word that starts with (or is) `prefix`."""
    terms = [prefix] if exact else look.index.expand(prefix)
    out: dict[str, set[int]] = {}
    for f in FIELDS:
        postings = look.index.fields[f]
        sets = [look.terms(postings, t) for t in terms]
        out[f] = sets[0].copy() if len(sets) == 1 else set().union(*sets)
    return out


def _union(sets: dict[str, set[int]]) -> set[int]:
    return set().union(*sets.values())


def _filter_sets(look: Lookup, q: SearchQuery, actor_id: str | None) -> list[set[int]]:
    """One event-id set per filter; every one must hold (callers never change them)."""
    out: list[set[int]] = []
    if actor_id is not None:
        out.append(look.actor_event_ids(actor_id))
    for needle in q.actor:
        out.append(look.actor_event_ids(needle))
    if q.kind:
        out.append(look.kind_ids(frozenset(q.kind)))
    if q.source:
        out.append(look.source_ids(tuple(q.source)))
    return out


def _pieces(text: str) -> list[str]:
    return _WORD.findall(text)


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A folded phrase as the index reads it: its words in sequence, whole (the last may
    be the start of a word of 3+ letters, as in `match`), with anything that is not a
    word between them, so '"strelsau 42 kestrel"' finds 'Strelsau 42 "Kestrel"' and
    'u.s.' finds 'U.S.' but not 'us'. The pattern opens on the first word's letters (so
    re scans for them fast); `phrase_found` checks that a word starts there."""
    parts = _pieces(phrase)
    body = r"\W+".join(re.escape(p) for p in parts)
    tail = "" if parts and len(parts[-1]) >= 3 else r"(?!\w)"
    return re.compile(body + tail)


_WORD_CHAR = re.compile(r"\w").fullmatch


def phrase_found(phrase: str) -> Callable[[str], bool]:
    """Whether a folded text holds the phrase (phrase_pattern at the start of a word).
    A plain substring test of its longest word first turns most texts away cheaply."""
    search = phrase_pattern(phrase).search
    longest = max(_pieces(phrase), key=len, default="")

    def found(text: str) -> bool:
        if longest not in text:
            return False
        m = search(text)
        while m is not None:
            i = m.start()
            if i == 0 or not _WORD_CHAR(text[i - 1]):
                return True
            m = search(text, i + 1)
        return False

    return found


def match(
    look: Lookup | StoreIndex,
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
    look = look if isinstance(look, Lookup) else Lookup(look)
    index = look.index
    scored: list[tuple[dict[str, set[int]], float]] = []  # per-field sets, weight factor
    phrases: list[str] = []
    for w in q.words:  # "u.s." or "don't" is a phrase of two words for the index
        parts = _pieces(w)
        if len(parts) == 1:
            scored.append((_word_sets(look, parts[0]), 1.0))
        elif parts:
            phrases.append(w)
    for p in q.phrases:
        parts = _pieces(p)
        if len(parts) == 1:
            scored.append((_word_sets(look, parts[0], exact=True), 2.0))
        elif parts:
            phrases.append(p)
    required = [_union(sets) for sets, _ in scored]
    for p in phrases:
        required.append(_phrase_candidates(look, _pieces(p)))
    required += _filter_sets(look, q, actor_id)
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
        lo, hi = DateKey.window(q.start, q.end)
        keys, meets = index.keys, DateKey.meets
        cand = {d for d in cand if d in keys and meets(keys[d], lo, hi)}  # undated never
    for ex in q.excluded:
        parts = _pieces(ex)
        if len(parts) == 1:
            cand -= _union(_word_sets(look, parts[0]))
        elif parts:
            found, thing = phrase_found(ex), thing_found(ex)
            cand = {d for d in cand if not _holds(texts(d), found, thing)}
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


def _holds(
    fields: dict[str, str], found: Callable[[str], bool], thing: Callable[[str], bool]
) -> bool:
    """Does an event hold a phrase in a field or, for a product's name, by a shorter name
    of its products (what a positive phrase finds is what its negation excludes)?"""
    return any(found(t) for t in fields.values()) or thing(fields["b"])


def _phrase_candidates(look: Lookup, parts: list[str]) -> set[int]:
    """The events that may hold a phrase: every word of it in some field, or, for a
    product's name with a model number ("northwind a9"), that number in the body, where
    an event's products are (`_thing_found` checks)."""
    sets = []
    for i, part in enumerate(parts):
        last = i == len(parts) - 1 and len(part) >= 3
        sets.append(_union(_word_sets(look, part, exact=not last)))
    sets.sort(key=len)
    out = sets[0].intersection(*sets[1:]) if sets else set()
    for code in _codes(parts)[:1]:
        out |= look.terms(look.index.fields["b"], code)
    return out


def _codes(parts: list[str]) -> list[str]:
    """The model numbers of a product's name: its words with a digit ("a9", "797"),
    when it has other words too ("Northwind A9"; a lone "2030" is no product name)."""
    codes = [p for p in parts if any(c.isdigit() for c in p)]
    return codes if len(codes) < len(parts) else []


def thing_found(phrase: str) -> Callable[[str], bool]:
    """Whether a folded body text (`body_text`: "sentence | product | ...") names a
    product by a shorter form of the phrase that keeps its model number: '"northwind a9
    skylark"' finds the event whose product is "A9" or "A9 Skylark" (the article calls
    it "the A9"), not "Northwind A7" nor "A9 Max"."""
    parts = _pieces(phrase)
    codes = set(_codes(parts))
    allowed = set(parts)

    def found(body: str) -> bool:
        if not codes or " | " not in body:
            return False
        for thing in body.split(" | ")[1:]:
            words = set(_pieces(thing))
            if codes <= words <= allowed:
                return True
        return False

    return found


def _score_phrases(buckets: Buckets, phrases: list[str], texts: FieldTexts) -> Buckets:
    """Keep the events holding every phrase (on its words, not its punctuation; a
    product's name also by a shorter name of its products, `thing_found`), each phrase
    adding twice the weight of the best field it is in."""
    finders = [(phrase_found(p), thing_found(p)) for p in phrases]
    out: Buckets = {}
    for score, ids in buckets.items():
        for d in ids:
            fields = texts(d)
            total = score
            for found, thing in finders:
                hit = [WEIGHTS[f] for f, text in fields.items() if found(text)]
                if not hit and thing(fields["b"]):
                    hit = [WEIGHTS["b"]]
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
