"""One article, parsed once, that every extraction stage reads.

Like spaCy's `Doc`: the text with its paragraphs, sentences (body, heading, dateline,
label), quoted stretches, date mentions from the tagger, word tokens per sentence, and
(once `find_mentions` has run) the actor mentions and actors, with lookups by position.
No stage takes the raw text plus parallel lists.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import accumulate, pairwise
from typing import Any, TypeVar

from store.extract.chunks import calendar_surnames
from store.extract.mentions import Mention, Tok, tokens, word_uses
from store.extract.quotes import Span, find_spans
from store.extract.sentences import Paragraph, Sentence, paragraphs, split_sentences
from store.models import Actor, TimeMention
from store.timex import tag

T = TypeVar("T")


@dataclass
class ArticleDoc:
    text: str
    published: date
    aid: str
    paras: list[Paragraph]
    spans: list[Span]  # quoted stretches, in order
    sentences: list[Sentence]
    dates: list[TimeMention]  # what the date tagger found
    mentions: list[Mention] = field(default_factory=list)  # actor mentions, in text order
    actors: dict[str, Actor] = field(default_factory=dict)  # canonical name -> actor

    @classmethod
    def parse(cls, text: str, published: date, aid: str) -> ArticleDoc:
        paras = paragraphs(text)
        spans = find_spans(text, paras)
        closed = [(q.open_at, q.close_at) for q in spans if q.closed]
        sentences = split_sentences(text, closed, paras=paras)
        return cls(text, published, aid, paras, spans, sentences, list(tag(text, published)))

    @cached_property
    def body(self) -> list[Sentence]:
        """Sentences of running text (no headings, datelines or transcript labels)."""
        return [s for s in self.sentences if s.kind == "body"]

    @cached_property
    def quoted(self) -> list[tuple[int, int]]:
        """(start, end) of the quoted words of each stretch."""
        return [(q.start, q.end) for q in self.spans]

    @cached_property
    def _body_starts(self) -> list[int]:
        return [s.start for s in self.body]

    def sentence_at(self, pos: int) -> Sentence | None:
        """The body sentence holding `pos`, if any."""
        i = bisect_right(self._body_starts, pos) - 1
        return self.body[i] if i >= 0 and pos < self.body[i].end else None

    def tokens(self, sent: Sentence) -> list[Tok]:
        """Word tokens of one sentence, with their offsets in the text."""
        return self._tokens.setdefault(sent.start, tokens(self.text, sent.start, sent.end))

    @cached_property
    def _tokens(self) -> dict[int, list[Tok]]:
        return {}

    def once(self, key: str, make: Callable[[], T]) -> T:
        """`make()`, computed once per article for `key` while the mentions and actors are
        the same (two stages that read one result, such as the product names, share it;
        callers must not change what it returns)."""
        deps = (self.mentions, len(self.mentions), self.actors, len(self.actors))
        got = self._once.get(key)
        if got is None or any(a is not b and a != b for a, b in zip(got[0], deps, strict=True)):
            got = self._once[key] = (deps, make())
        return got[1]

    @cached_property
    def _once(self) -> dict[str, tuple[tuple[Any, ...], Any]]:
        return {}

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Actor mentions starting in [start, end)."""
        starts = [m.start for m in self.mentions]
        return self.mentions[bisect_left(starts, start) : bisect_left(starts, end)]

    def dates_in(self, start: int, end: int) -> list[TimeMention]:
        """Date mentions starting in [start, end) (by bisection where the tagger gave them
        in text order, as it does; else one by one)."""
        starts = self._date_starts
        if starts is None:
            return [d for d in self.dates if start <= d.start < end]
        return self.dates[bisect_left(starts, start) : bisect_left(starts, end)]

    @cached_property
    def _date_starts(self) -> list[int] | None:
        return _ascending([d.start for d in self.dates])

    def para_index(self, pos: int) -> int:
        """Index of the first paragraph holding `pos` (its end counted in), else -1."""
        ends, paras = self._para_ends, self.paras
        if ends is None:
            return next((p.index for p in paras if p.start <= pos <= p.end), -1)
        i = bisect_left(ends, pos)  # the first that ends at or after pos; no earlier one can
        return paras[i].index if i < len(paras) and paras[i].start <= pos else -1

    @cached_property
    def _para_ends(self) -> list[int] | None:
        """The paragraphs' ends, where both their starts and ends go up (they do)."""
        if _ascending([p.start for p in self.paras]) is None:
            return None
        return _ascending([p.end for p in self.paras])


def _ascending(xs: list[int]) -> list[int] | None:
    """`xs` if it never goes down (then bisection finds what a scan finds), else None."""
    return xs if all(a <= b for a, b in pairwise(xs)) else None


class Spans:
    """Sorted (start, end) spans answering "is this offset inside one?" by bisection
    (each span's reach is the furthest end of it and all before it, so nested and
    overlapping spans are answered right)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [a for a, _ in spans]
        self.reach = list(accumulate((b for _, b in spans), max))

    def holds(self, at: int) -> bool:
        """Does some span have start <= at < end?"""
        i = bisect_right(self.starts, at) - 1
        return i >= 0 and self.reach[i] > at


def forget_texts() -> None:
    """Empty the caches keyed by an article's text (its calendar surnames, where a word
    stands): they save work inside one article and must not keep it alive after it."""
    calendar_surnames.cache_clear()
    word_uses.cache_clear()
