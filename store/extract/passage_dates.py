"""The date that governs a sentence with no date words of its own.

A news story opens with the day of its event ("Yesterday, Ruritania's parliament voted
...", "On Tuesday, the bank said ...") and the sentences that continue it tell of that
day, not of the day the article was published. So an undated sentence takes the last
*news day* named before it in the article: a single day, outside quoted words, at most
`NEWS_WINDOW` days before publication. An older day ("On March 3, 1998, she founded
...") governs only the next sentence of its paragraph, a later one (a plan: "will open
on July 1") none. With no such day it is the publication. The day the lead sentences
name is the story's own: an undated lead before it ("Roe has opened the harbour. The
ceremony took place on Monday") is told of it, and another news day named later ("On
Saturday, it also ...") reaches only the next `SIDE_SENTENCES` of its paragraph before
the story's day returns. A sentence in the present tense ("The plane is 70 metres long",
"It has two engines", "It comes in three sizes") tells how things stand when the article
is published, not what happened on the news day: the publication.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from store.extract.doc import ArticleDoc
from store.extract.wordlists import alternation, section
from store.models import TimeMention, When

NEWS_WINDOW = timedelta(days=14)
LEAD_SENTENCES = 3  # the opening sentences that name the story's own day
SIDE_SENTENCES = 2  # how far another news day reaches, inside its paragraph
# the first verb of a sentence: a present form of be/have/do, "can" or "says" (not a
# past: "was", "said", "opened")
_FIRST_VERB = re.compile(
    r"\b(is|are|am|has|have|does|do|can|was|were|had|did|could|said|says|\w+ed)\b"
)
_PRESENT = frozenset("is are am has have does do can says".split())
# a pronoun subject and a verb in -s: no noun can stand there ("It comes", "It weighs").
# Not "This"/"That": mostly determiners, with a noun in -s after them ("This bonus went")
_PRONOUN_VERB = re.compile(
    rf"\W*{alternation('lists_passage', '_SUBJECT_PRONOUN')}\s+"
    r"(?:(?:also|now|still)\s+)?([a-z]+s)\b"
)
_AUX_S = section("lists_passage", "_AUX_S")  # "It was", "He has left": no present of its own
_HAS_WHAT = re.compile(  # "has two engines", "have a new screen": having, not a perfect
    r"\s+(?:(?:also|now|still)\s+)?(?:a|an|the|no|some|more|its|their|his|her|\d[\d,.]*|one|two|"
    r"three|four|five|six|seven|eight|nine|ten)\b"
)


def published_when(published: date) -> When:
    return When(text="", value=published.isoformat(), type="DATE", start=published, end=published)


def _dated(m: TimeMention) -> bool:
    """A single calendar day, not a month, a duration nor "recently"."""
    w = m.when
    return (
        m.type == "DATE"
        and w.start is not None
        and w.granularity == "day"
        and w.start == w.end
        and not m.value.endswith("_REF")
    )


def governing_dates(doc: ArticleDoc) -> dict[int, When]:
    """Body sentence start -> the date an undated sentence there is told of."""
    pub = doc.published
    body = doc.body
    days = [_news_day(doc, s.start, s.end) for s in body]
    # the story's own day: the first news day its lead sentences name
    main = next((d for d in days[:LEAD_SENTENCES] if d is not None and d.start <= pub), None)
    main = main if main is not None and pub - NEWS_WINDOW <= main.start else None  # type: ignore[operator]
    news: When | None = None  # the story's day once named
    side: tuple[int, When, int] | None = None  # (paragraph, another day, until sentence)
    local: tuple[int, When] | None = None  # (paragraph, an old day for the next sentence)
    out: dict[int, When] = {}
    for i, s in enumerate(body):
        if local is not None and local[0] == s.paragraph:
            out[s.start] = local[1]
        elif _present(doc, s.start, s.end):
            out[s.start] = published_when(pub)
        elif side is not None and side[0] == s.paragraph and i <= side[2]:
            out[s.start] = side[1]
        else:  # a lead sentence before the day is named is told of it too
            out[s.start] = news or (main if i < LEAD_SENTENCES else None) or published_when(pub)
        local = None
        w = days[i]
        if w is None:
            continue
        assert w.start is not None
        if w.start > pub:
            continue  # a plan ("will open on July 1") governs nothing after it
        if pub - NEWS_WINDOW > w.start:
            local = (s.paragraph, w)
        elif news is None or i < LEAD_SENTENCES or main is None:
            news, side = w, None
        else:
            side = (s.paragraph, w, i + SIDE_SENTENCES)  # "On Saturday, it also ...": nearby
    return out


def _news_day(doc: ArticleDoc, start: int, end: int) -> When | None:
    """The first single day the sentence names outside quoted words, without its words
    (they belong to the sentence that said them)."""
    for m in doc.dates_in(start, end):
        if _dated(m) and not any(a <= m.start < b for a, b in doc.quoted):
            return m.when.model_copy(update={"text": "", "anchor": m.id})
    return None


def _present(doc: ArticleDoc, start: int, end: int) -> bool:
    """Is the sentence's first verb (outside quoted words) a present form that is not
    a perfect ("has two engines", not "has unveiled" or "has flown"), or any verb in the
    present after a pronoun subject ("It comes in three sizes", "It weighs 140 grams")?"""
    lead = _PRONOUN_VERB.match(doc.text, start, end)
    if lead is not None and lead.group(1) not in _AUX_S:
        return True
    for m in _FIRST_VERB.finditer(doc.text, start, end):
        if any(a <= m.start() < b for a, b in doc.quoted):
            continue
        verb = m.group(1)
        if verb not in _PRESENT:
            return False
        return verb not in ("has", "have") or bool(_HAS_WHAT.match(doc.text, m.end()))
    return False
