"""Actors, quotes and events from one article (rule-based, offline).

`extract_article(text, published)` is the public entry point; `merge_actors` joins
actors across articles at store level.
"""

from __future__ import annotations

from datetime import date

from store.extract.actors import find_mentions
from store.extract.cluster import cluster, merge_actors
from store.extract.events import make_title, sentence_when
from store.extract.quotes import find_spans
from store.extract.sentences import paragraphs, split_sentences
from store.extract.speakers import Attribution, Resolver, after_cue, before_cue, subject_of
from store.models import Event, Extraction, Quote, TimeMention, event_id, quote_id
from store.models import article_id as _article_id


def _tag(text: str, published: date) -> list[TimeMention]:
    try:
        from store.timex import tag
    except ImportError:  # the tagger is written in parallel; extraction works without it
        return []
    return list(tag(text, published))


def _is_speech(text: str, q, attr: Attribution | None) -> bool:
    words = text[q.start : q.end].split()
    if len(words) >= 4:
        return not _title_case(words)
    has_cue = attr is not None and (attr.speaker is not None or attr.mention)
    if len(words) == 1:
        inner = text[q.start : q.close_at]
        return has_cue and bool(inner.rstrip("”\"'’ ")[-1:] in ",!?.") and attr.cue != ""
    return has_cue and not _title_case(words)


def _title_case(words: list[str]) -> bool:
    small = {"of", "the", "and", "a", "an", "in", "on", "for", "to"}
    return all(w[:1].isupper() or w in small for w in words) and len(words) <= 6


def extract_article(text: str, published: date, article_id: str | None = None) -> Extraction:
    """Everything extraction finds in one article."""
    aid = article_id or _article_id(text)
    tmentions = _tag(text, published)
    paras = paragraphs(text)
    spans = find_spans(text, paras)
    sentences = split_sentences(text)
    mentions = find_mentions(text, sentences, [(q.start, q.end) for q in spans])
    actors = cluster(mentions)
    res = Resolver(text, mentions)

    body = [s for s in sentences if s.kind == "body"]

    def sent_at(pos: int):
        for s in body:
            if s.start <= pos < s.end:
                return s
        return None

    attrs: list[Attribution | None] = []
    for i, q in enumerate(spans):
        nxt = spans[i + 1].open_at if i + 1 < len(spans) else len(text)
        para_end = next((p.end for p in paras if p.start <= q.start < p.end + 1), len(text))
        s_close = sent_at(max(q.close_at - 1, q.start))
        limit = min(nxt, para_end, s_close.end if s_close else para_end)
        prev = spans[i - 1] if i else None
        same_para = prev is not None and text.count("\n", prev.close_at, q.open_at) == 0
        prev_close = prev.close_at if prev and same_para else 0
        sent = sent_at(q.open_at) or sent_at(q.start)
        a = after_cue(text, q, limit, res) if q.closed else None
        if a is None and sent is not None:
            a = before_cue(text, q, sent.start, res, prev_close)
        if a is None and prev is not None and attrs and attrs[-1] is not None:
            if q.continues or same_para:
                a = Attribution(attrs[-1].speaker, attrs[-1].cue, attrs[-1].mention)
        if a is None and sent is not None and sent.start == q.open_at or q.continues:
            prev_sents = [s for s in body if s.end <= q.open_at]
            if prev_sents:
                key = subject_of(res, prev_sents[-1])
                if key:
                    a = Attribution(key, "")
        if a is not None and a.speaker:
            res.speakers.append((q.start, a.speaker, a.cue))
        attrs.append(a)

    quotes: list[Quote] = []
    for q, a in zip(spans, attrs, strict=True):
        if not _is_speech(text, q, a):
            continue
        speaker = actors[a.speaker].id if a and a.speaker in actors else None
        quotes.append(
            Quote(
                id=quote_id(aid, q.start),
                text=text[q.start : q.end],
                speaker=speaker,
                cue=a.cue if a else "",
                article_id=aid,
                start=q.start,
                end=q.end,
            )
        )

    events: list[Event] = []
    for s in body:
        qs = [q for q in quotes if s.start <= q.start < s.end]
        when = sentence_when(s, tmentions, published, bool(qs))
        if when is None:
            continue
        eid = event_id(aid, s.start)
        for q in qs:
            q.event_id = eid
        ids = []
        for m in mentions:
            if s.start <= m.start < s.end and m.key in actors:
                if actors[m.key].id not in ids:
                    ids.append(actors[m.key].id)
        events.append(
            Event(
                id=eid,
                when=when,
                title=make_title(s.text),
                sentence=s.text,
                actors=ids,
                quotes=[q.id for q in qs],
                article_id=aid,
                span=(s.start, s.end),
            )
        )
    return Extraction(
        article_id=aid,
        mentions=tmentions,
        actors=list(actors.values()),
        quotes=quotes,
        events=events,
    )


__all__ = ["extract_article", "merge_actors"]
