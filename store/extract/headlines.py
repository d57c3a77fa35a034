"""The article's headline as an event.

A headline ("Ruritania Airways wins Borduria order") tells the article's main happening,
so it belongs on the timeline of every actor it names, like the body's sentences. It is
the heading paragraph(s) opening the text, before the first body sentence (a bare date
line under it is not an event). Actor mentions are only looked for in body sentences,
so the headline's actors are the article's actors whose name or alias it contains as
whole words. Its date is the lead's: the first body event's day when that is a recent
news day (the article tells of it), else the publication.
"""

from __future__ import annotations

import re

from store.extract.doc import ArticleDoc
from store.extract.participants import names_product
from store.extract.passage_dates import NEWS_WINDOW, published_when
from store.extract.sentences import Sentence
from store.extract.titles import fit
from store.models import Actor, Event, When, event_id


def headline_sentences(doc: ArticleDoc) -> list[Sentence]:
    """Heading sentences before the first body sentence that are more than a date."""
    first_body = doc.body[0].start if doc.body else len(doc.text)
    out = []
    for s in doc.sentences:
        if s.start >= first_body:
            break
        if s.kind != "heading" or len(re.findall(r"[A-Za-z]{2,}", s.text)) < 2:
            continue
        if _only_date(doc, s):
            continue
        out.append(s)
    return out[:1]


def _only_date(doc: ArticleDoc, s: Sentence) -> bool:
    """'June 13, 2005' or 'Updated Tuesday': the words outside date mentions are few."""
    rest = s.text
    for m in doc.dates_in(s.start, s.end):
        rest = rest.replace(doc.text[m.start : m.end], " ")
    return len(re.findall(r"[A-Za-z]{3,}", rest)) < 2


def named_actors(text: str, actors: dict[str, Actor]) -> list[str]:
    """Ids of the actors whose name or an alias occurs in `text` as whole words,
    in the order they occur (a longer name wins over a shorter one inside it)."""
    spans: list[tuple[int, int, str]] = []
    for a in actors.values():
        for name in {a.name, *a.aliases}:
            if len(name) < 2:
                continue
            for start in _whole_words(text, name):
                end = start + len(name)
                if a.kind == "organization" and names_product(text, start, end):
                    continue  # "Ruritania Airways buys Northwind A9 jets": not Northwind's
                spans.append((start, end, a.id))
    spans.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out: list[str] = []
    taken_to = -1
    for start, end, aid in spans:
        if start < taken_to:
            continue
        taken_to = end
        if aid not in out:
            out.append(aid)
    return out


def _whole_words(text: str, name: str) -> list[int]:
    """Where `name` occurs with no word character or hyphen on either side (str.find:
    compiling a pattern per actor name cost more than the search itself)."""
    out: list[int] = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_-" or after.isalnum() or after in "_-"):
            out.append(at)
        at = text.find(name, at + 1)
    return out


def headline_events(doc: ArticleDoc, events: list[Event]) -> list[Event]:
    """The headline's event (none when the text opens without one)."""
    heads = headline_sentences(doc)
    if not heads:
        return []
    h = heads[0]
    when = _lead_when(doc, events)
    return [
        Event(
            id=event_id(doc.aid, h.start),
            when=when,
            title=fit(h.text.strip()),
            sentence=h.text,
            actors=named_actors(h.text, doc.actors),
            article_id=doc.aid,
            span=(h.start, h.end),
            reported=doc.published,
        )
    ]


def _lead_when(doc: ArticleDoc, events: list[Event]) -> When:
    """The first body event's date when it is a day in the news window before
    publication; else the publication."""
    pub = doc.published
    lead = doc.body[0] if doc.body else None
    for e in events:
        if lead is None or e.span is None or e.span[0] != lead.start:
            continue
        w = e.when
        if w.start is not None and w.start == w.end and pub - NEWS_WINDOW <= w.start <= pub:
            return w.model_copy(update={"text": ""})
        break
    return published_when(pub)
