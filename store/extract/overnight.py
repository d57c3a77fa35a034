"""A happening dated by "overnight" before its noun, inside a sentence about another.

"At a press conference today, Roe praised the army's overnight strike on the dam": the
sentence's event is the praise (today); the strike is its own happening, in the night
before the article's day. The noun phrase ("the army's overnight strike on the dam")
becomes an event of its own dated that night (as "last night" is: the day before
publication), and when it ends the sentence, the sentence's event keeps only its own
words, so that grouping does not read the praise as the strike.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from store.extract.drafts import EventDraft
from store.extract.titles import make_title
from store.extract.wordlists import alternation
from store.models import When

_NIGHT = re.compile(
    # its owner: "the", "a", "the Ruritanian army's", "Zenda Command's"
    r"(?:\b(?:the\s+)?(?:an?|the|(?:[A-Z][\w.&-]*\s+){0,3}[\w.&-]+['’]s?)\s+)?"
    rf"\bovernight\s+{alternation('lists_overnight', '_HAPPENING')}\b"
    # its object, when it runs to a comma or the end ("on the dam,"; not "on Zenda killed two")
    r"(?:\s+(?:on|against|in|at|near|by|of)(?:\s+(?!\w+ed\b)[\w’'-]+){1,5}?(?=\s*[,;:.!?)]|\s*$))?"
)


def overnight(text: str, start: int, end: int, published: date) -> tuple[int, int, When] | None:
    """The (start, end) of the first noun phrase in text[start:end] that an attributive
    "overnight" dates, and that night's When; None when there is none."""
    m = _NIGHT.search(text, start, end)
    if m is None:
        return None
    night = published - timedelta(days=1)
    when = When(
        text="overnight", value=f"{night.isoformat()}TNI", start=night, end=night, type="TIME"
    )
    return m.start(), m.end(), when


def night_drafts(
    text: str, start: int, end: int, published: date, own: list[EventDraft]
) -> list[EventDraft]:
    """The event of a happening an attributive "overnight" dates in the sentence
    text[start:end] whose own event (in `own`) is on another day; that event then ends
    before the noun phrase when the phrase ends the sentence."""
    found = overnight(text, start, end, published)
    main = next((d for d in own if d.start == start), None)
    if found is None or main is None or main.when.start == found[2].start:
        return []
    a, b, when = found
    if main.end == end and not text[b:end].strip(" .!?\"”’'"):
        main.end = a
        main.sentence = text[start:a].rstrip(" ,")
    return [EventDraft(a, b, when, make_title(text[a:b]), text[a:b])]
