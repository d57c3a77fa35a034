"""Actors, quotes and events from one article (rule-based, offline).

`extract_article(text, published)` is the public entry point; `merge_actors` joins
actors across articles at store level. The pipeline, one module per step:
sentences (paragraphs, headings, datelines) -> quotes (quoted stretches) -> actors
(mentions; with chunks, context, mentions, gazetteer, places, roles) -> cluster (one actor per
entity) -> speakers/resolve (who said each quote) -> speech (scare quotes and labels
dropped) -> events (dated and reporting sentences; transcript turns) -> titles (one
timeline row: subject + verb + object, cut at a phrase boundary).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from datetime import date

from store.extract.actors import find_mentions
from store.extract.cluster import cluster
from store.extract.doc import ArticleDoc, forget_texts
from store.extract.events import build_events, turn_speakers
from store.extract.pieces import PIECE_CHARS, merge_pieces, split_pieces
from store.extract.resolve import Attribution, Resolver
from store.extract.roles import describe
from store.extract.sentences import Sentence
from store.extract.speakers import attribute
from store.extract.speech import select
from store.extract.turns import turn_stretches
from store.extract.wordlists import section
from store.identity import merge_actors  # re-exported: identity lives at store level
from store.models import Event, Extraction, Quote, quote_id
from store.models import article_id as _article_id


def extract_article(text: str, published: date, article_id: str | None = None) -> Extraction:
    """Everything extraction finds in one article (a long one piece by piece, merged)."""
    aid = article_id or _article_id(text)
    pieces = split_pieces(text)
    try:
        if len(pieces) == 1:
            return extract_piece(text, published, aid)
        parts = [(at, extract_piece(p, published, aid, at == 0)) for at, p in pieces]
        return merge_pieces(aid, parts)
    finally:
        forget_texts()  # no cache keeps this article's text alive once it is done


def extract_piece(text: str, published: date, aid: str, first: bool = True) -> Extraction:
    """Everything extraction finds in one text, at most about `PIECE_CHARS` long (the
    `first` piece of an article may open with its headline)."""
    doc = ArticleDoc.parse(text, published, aid)
    doc.mentions = find_mentions(doc)
    describe(doc)
    doc.actors = actors = cluster(doc.mentions, doc.text)
    res = Resolver(doc)
    attrs = attribute(doc, res)
    turns = turn_speakers(doc)
    turn_at = _turn_lookup(doc.body, turns)
    quotes: list[Quote] = []
    last: tuple[int, str] | None = None  # (paragraph, speaker) of the last attributed quote
    for q, a in select(doc, attrs):
        if a is not None and a.speaker is None and a.mention.lower() in ("i", "me"):
            a.speaker, a.mention = turn_at(q.open_at), ""  # 'MS. ROE: I told them, "..."'
        para = _para_of(doc, q.open_at)
        if a is None and last is not None and para - last[0] <= _FALLBACK_PARAS:
            a = Attribution(last[1], "")  # no cue at all: the voice of the passage goes on
        if a is not None and a.speaker:
            last = (para, a.speaker)
        speaker = actors[a.speaker].id if a and a.speaker in actors else None
        quotes.append(
            Quote(
                id=quote_id(aid, q.start),
                text=text[q.start : q.end],
                speaker=speaker,
                speaker_mention=_mention(a.mention) if a and speaker is None else "",
                cue=a.cue if a else "",
                article_id=aid,
                start=q.start,
                end=q.end,
            )
        )

    events = build_events(doc, quotes, res.pronoun_subjects, turns, res, headline=first)
    quotes = _with_turns(doc, quotes, events, turn_stretches(doc.body, turns, doc.paras))
    return Extraction(
        article_id=aid,
        mentions=doc.dates,
        actors=list(actors.values()),
        quotes=quotes,
        events=events,
    )


_FALLBACK_PARAS = 1  # a cue-less quote in the next paragraph still continues the voice


def _para_of(doc: ArticleDoc, pos: int) -> int:
    """Index of the paragraph holding `pos`."""
    return doc.para_index(pos)


def _with_turns(
    doc: ArticleDoc, quotes: list[Quote], events: list[Event], stretches: list[tuple[int, int, str]]
) -> list[Quote]:
    """The quotes plus a transcript turn's answer paragraphs (not where a quoted
    stretch already is), each linked to the event of its first sentence."""
    text, aid, actors = doc.text, doc.aid, doc.actors
    out = list(quotes)
    for start, end, who in stretches:
        end = start + len(text[start:end].rstrip())
        if who not in actors or any(q.start < end and start < q.end for q in quotes):
            continue
        q = Quote(
            id=quote_id(aid, start),
            text=text[start:end],
            speaker=actors[who].id,
            cue=":",
            article_id=aid,
            start=start,
            end=end,
        )
        for e in events:
            if e.span and e.span[0] <= start < e.span[1]:
                q.event_id = e.id
                e.quotes.append(q.id)
                break
        out.append(q)
    return sorted(out, key=lambda q: q.start)


def _mention(phrase: str) -> str:
    """The words naming an unnamed source, without a leading conjunction or comma
    ("and a senior official" -> "a senior official"); a bare pronoun names nobody."""
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,;:—–-")
    phrase = re.sub(r"^(?:and|but|while|as|that)\s+", "", phrase, flags=re.I)
    return "" if phrase.lower() in _PRONOUNS else phrase


_PRONOUNS = section("lists_init", "_PRONOUNS")


def _turn_lookup(body: list[Sentence], turns: dict[int, str]) -> Callable[[int], str | None]:
    """Position -> the transcript speaker whose turn holds it (None outside turns)."""
    starts = [s.start for s in body]

    def at(pos: int) -> str | None:
        i = bisect_right(starts, pos) - 1
        return turns.get(starts[i]) if i >= 0 and pos < body[i].end else None

    return at


__all__ = [
    "PIECE_CHARS",
    "extract_article",
    "extract_piece",
    "merge_actors",
    "merge_pieces",
    "split_pieces",
]
