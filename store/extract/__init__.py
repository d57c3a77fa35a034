"""Actors, quotes and events from one article (rule-based, offline).

`extract_article(text, published)` is the public entry point; `merge_actors` joins
actors across articles at store level.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from store.extract.actors import Mention, find_mentions
from store.extract.cluster import cluster, merge_actors
from store.extract.events import sentence_events
from store.extract.quotes import Span, find_spans
from store.extract.resolve import Attribution, Resolver
from store.extract.roles import describe
from store.extract.sentences import Sentence, paragraphs, split_sentences
from store.extract.speakers import attribute
from store.models import Actor, Event, Extraction, Quote, TimeMention, event_id, quote_id
from store.models import article_id as _article_id


def _tag(text: str, published: date) -> list[TimeMention]:
    try:
        from store.timex import tag
    except ImportError:  # the tagger is written in parallel; extraction works without it
        return []
    return list(tag(text, published))


_LABEL_CUE = re.compile(
    r"(?:\bcall(?:s|ed|ing)?|so-called|dubbed|termed|known as|nicknamed|labell?ed|branded"
    r"|\bhis|\bher|\bits|\btheir)\s+(?:(?:the|a|an|his|her|its|their|\w+['’]s)\s+)?$"
)
_DETERMINER = re.compile(r"\b(?:the|a|an|his|her|its|their|\w+['’]s)\s+$", re.I)


def _is_speech(text: str, q: Span, attr: Attribution | None) -> bool:
    """Speech, not a scare quote, a label or a title: decided by length and cue."""
    words = text[q.start : q.end].split()
    if _title_case(words):
        return False
    if len(words) >= 4:
        return True
    if len(words) == 1:
        # a complete one-word utterance with its cue right after ("Hallelujah," he said)
        inner = text[q.start : q.close_at].rstrip("”\"'’` ")
        return (
            attr is not None
            and attr.where == "after"
            and bool(attr.speaker)
            and (inner[-1:] in ",!?.")
        )
    before = text[max(0, q.open_at - 30) : q.open_at]
    ends = bool(re.search(r"[.!?]$", text[q.start : q.end]))
    if _LABEL_CUE.search(before) and not ends:
        return False  # dubbed Cuba's "boy hero"; what it calls "the data solutions" business
    if "," in text[q.start : q.end - 1] or " and " in text[q.start : q.end]:
        return True  # condemned the "cowardly, criminal and tragic" bombings
    after = re.match(r"\s+([a-z]+)", text[q.close_at : q.close_at + 20])
    closed_bare = not re.search(r"[,.!?;:]", text[q.end - 1 : q.close_at])
    if after and closed_bare and after.group(1) not in _FUNCTION:
        return False  # "bunker buster" bombs
    cued = attr is not None and attr.where in ("before", "after")
    if _DETERMINER.search(before) and not cued and not ends:
        return False  # Elian, the "boy martyr" at the center of ...: a label, no speaker
    return True


_FUNCTION = frozenset(
    """
    a an the in on at to of for from by with about over under into onto as than that which
    who whom whose and or but nor so yet if when while because since after before until is
    are was were be been being has have had do does did will would shall should can could
    may might must said says say told according this these those there their his her its
    our my your we they he she it i you not no also even just only still again more less
    """.split()
)


def _title_case(words: list[str]) -> bool:
    small = {"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "de"}
    caps = [w for w in words if w not in small]
    if len(words) < 2 or len(words) > 6 or any(w[-1] in "!?" for w in words):
        return False
    return bool(caps) and all(w[:1].isupper() for w in caps)


def _short_name(a: Actor) -> str:
    """How a title names an actor: a person by the surname the text uses ("Al Ansari")."""
    if a.kind != "person":
        return a.name
    tails = [x for x in a.aliases if a.name.endswith(" " + x)]
    return max(tails, key=len) if tails else a.name.split()[-1]


def _events(
    text: str,
    aid: str,
    published: date,
    body: list[Sentence],
    tmentions: list[TimeMention],
    quotes: list[Quote],
    mentions: list[Mention],
    actors: dict[str, Actor],
) -> list[Event]:
    names = {a.id: _short_name(a) for a in actors.values()}
    starts = [m.start for m in mentions]  # mentions are in text order
    events: list[Event] = []
    for s in body:
        qs = [q for q in quotes if s.start <= q.start < s.end]
        lead = ""
        if qs and text[s.start : qs[0].start].strip(" \"“‘'`") == "":
            who = names.get(qs[0].speaker or "", "")
            lead = f"{who}: {qs[0].text}" if who else qs[0].text
        quoted = [(q.start, q.end) for q in qs]
        for d in sentence_events(text, s, tmentions, published, lead, quoted):
            eid = event_id(aid, d.start)
            inside = [q for q in qs if d.start <= q.start < d.end]
            for q in inside:
                q.event_id = q.event_id or eid
            ids: list[str] = []
            lo = bisect_left(starts, d.start)
            for m in mentions[lo : bisect_left(starts, d.end)]:
                a = actors.get(m.key)
                if a is not None and a.id not in ids:
                    ids.append(a.id)
            for q in inside:
                if q.speaker and q.speaker not in ids:
                    ids.append(q.speaker)
            events.append(
                Event(
                    id=eid,
                    when=d.when,
                    title=d.title,
                    sentence=d.sentence,
                    actors=ids,
                    quotes=[q.id for q in inside],
                    article_id=aid,
                    span=(d.start, d.end),
                )
            )
    return events


def extract_article(text: str, published: date, article_id: str | None = None) -> Extraction:
    """Everything extraction finds in one article."""
    aid = article_id or _article_id(text)
    tmentions = _tag(text, published)
    paras = paragraphs(text)
    spans = find_spans(text, paras)
    sentences = split_sentences(
        text, [(q.open_at, q.close_at) for q in spans if q.closed], paras=paras
    )
    mentions = find_mentions(text, sentences, [(q.start, q.end) for q in spans])
    describe(text, mentions)
    actors = cluster(mentions)
    quoted = [(q.start, q.end) for q in spans]
    res = Resolver(text, mentions, actors, sentences, quoted)
    attrs = attribute(text, spans, sentences, paras, res)
    body = [s for s in sentences if s.kind == "body"]

    quotes: list[Quote] = []
    rejected: Span | None = None
    for q, a in zip(spans, attrs, strict=True):
        if rejected is not None and text[rejected.close_at : q.open_at].strip() in ("and", "or"):
            if len(text[q.start : q.end].split()) <= 3 and text[q.end - 1] not in ".!?":
                rejected = q
                continue  # dubbed Cuba's "boy hero" and "symbolic child": both labels
        if not _is_speech(text, q, a):
            rejected = q
            continue
        rejected = None
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

    events = _events(text, aid, published, body, tmentions, quotes, mentions, actors)
    return Extraction(
        article_id=aid,
        mentions=tmentions,
        actors=list(actors.values()),
        quotes=quotes,
        events=events,
    )


__all__ = ["extract_article", "merge_actors"]
