"""A happening dated by "overnight" before its noun, inside a sentence about another.

"At a press conference today, Roe praised the army's overnight strike on the dam": the
sentence's event is the praise (today); the strike is its own happening, in the night
before the article's day. The noun phrase ("the army's overnight strike on the dam")
becomes an event of its own dated that night (as "last night" is: the day before
publication). Only a sentence that tells of the article's day without a date word of
its own ("today" aside) and not of what will or may happen has such a phrase: "In 2019 an
overnight fire ..." is a 2019 fire, "will hold an overnight session" is not last night's.
When the phrase ends the sentence, the sentence's event keeps only its own words for
grouping (so that it does not read the praise as the strike); its title stays whole.
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
    r"(?:\s+(?:on|against|in|at|near|by|of)"
    r"(?:\s+(?!\w+ed\b|today\b|tonight\b|yesterday\b)[\w’'-]+){1,5}?(?=\s*[,;:.!?)]|\s*$))?"
)
_AHEAD = re.compile(
    rf"\b(?:{alternation('lists_overnight', '_MODAL')})\b|['’]ll\b"
    rf"|\b(?:{alternation('lists_overnight', '_AHEAD')})\s+to\b",
    re.I,
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
    text[start:end] whose own event (in `own`) is on the article's day by no date word
    but "today", in a sentence that says nothing of what will or may happen."""
    if text.find("overnight", start, end) < 0:
        return []  # most sentences: nothing to look for (a plain find is cheap)
    main = next((d for d in own if d.start == start), None)
    if main is None or main.when.text.lower() not in ("", "today"):
        return []  # "In 2019 an overnight fire ...": the sentence dates its own happening
    if _AHEAD.search(text, start, end):
        return []  # "will hold an overnight session": not last night's
    found = overnight(text, start, end, published)
    if found is None or main.when.start == found[2].start:
        return []
    a, b, when = found
    if main.end == end and not text[b:end].strip(" .!?\"”’'"):
        main.end = a  # grouping reads the praise, not the strike; the title stays whole
        main.sentence = text[start:a].rstrip(" ,")
    return [EventDraft(a, b, when, make_title(text[a:b]), text[a:b])]
