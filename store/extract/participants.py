"""Which organisations named in a sentence take part in its event.

A maker named only to say whose product something is ("bought five Northwind A9 jets",
"Northwind's larger 797 planes", "an all-Northwind fleet") does not act in the sentence:
the buyer does. Nor does a body named to describe another ("Northwind rival Lantern
Air", "Northwind's European rival, Lantern Air", "Northwind parent Lantern Group"), nor
one named for its people or parts ("a Northwind spokesman said", "the Northwind plant":
`names_member`). Such a mention is no actor of the event (the sentence still finds it
by text search). A quote's speaker takes part when the event says so (`said_here`), not
when it only borrows a phrase of theirs in quote marks.
"""

from __future__ import annotations

import re

from store.extract.wordlists import alternation, words
from store.models import Quote

# after the maker: a model code ("A320", "737s", "787-9") or a product noun ("jets"), at
# once or after a possessive and up to two lower-case words ("Northwind's larger 797s")
_AFTER = re.compile(r"(?:[’']s?((?:\s+[a-z][a-z-]*){0,2}))?\s+([A-Z]*\d[\w’'-]*|[a-z]+)\b")
# a relation named to describe another body: "Northwind rival Lantern Air", "Northwind's
# European rival, Lantern Air", "Northwind parent Lantern Group" (the parent acts)
_RIVAL = re.compile(
    r"(?:[’']s?)?(?:\s+[a-z][a-z-]*|\s+[A-Z][a-z]+)?\s+(?:arch-?)?"
    rf"{alternation('lists_participants', '_RELATION')}\b"
)
# a person or part of the body after it: "Northwind spokesman", "Northwind's workers"
_MEMBER = re.compile(rf"(?:[’']s?)?\s+{alternation('lists_participants', '_MEMBER')}\b")
_ALL = re.compile(r"\ball[- ]$")
_YEAR = re.compile(r"(?:1[89]|20)\d\d$")


def names_product(text: str, start: int, end: int) -> bool:
    """Is the organisation named at text[start:end] only the maker of a product named
    after it?"""
    if _ALL.search(text[max(0, start - 4) : start]):
        return True  # "an all-Northwind fleet"
    if text[end - 1 : end] in ("'", "’"):
        end -= 1  # "Northwind' best selling jet": the possessive after a final s
    if _RIVAL.match(text, end):
        return True  # "Northwind rival Lantern Air": Lantern Air acts
    after = _AFTER.match(text, end)
    if after is None:
        return False
    head = after.group(2)
    if _YEAR.match(head):
        return False  # "Northwind's 2008 results"
    if head[0].isdigit() or head[0].isupper():
        return True  # a model code
    return head in words("product_nouns")  # "Northwind jets", "Northwind's new aircraft"


def names_member(text: str, start: int, end: int) -> bool:
    """Is the organisation named at text[start:end] only to say whose spokesman,
    officials, workers or plant are meant ("according to Northwind spokesman Jane Roe",
    "Northwind's workers walked out")? They act or are the place, not the body."""
    return _MEMBER.match(text, end) is not None


def describes_other(text: str, start: int, end: int) -> bool:
    """Is the organisation named at text[start:end] there only to describe a product
    (`names_product`) or its people or parts (`names_member`): no actor of the event."""
    return names_product(text, start, end) or names_member(text, start, end)


# how many words from the quote its cue may stand ("“...,” Jane Roe, the mayor, said")
CUE_REACH = 6


def said_here(text: str, start: int, end: int, q: Quote) -> bool:
    """Does the event tell that its quote's speaker said it: the cue is in its words,
    next to the quote ("..., Roe said"), or the quote is a statement of its own? A phrase
    in quote marks ("calling it “the fastest ferry afloat”") only borrows the speaker's
    words, and a "said" further off in the sentence is someone else's saying."""
    if q.cue and _cue_near(text, max(start, 0), min(end, len(text)), q):
        return True
    return len(q.text.split()) >= 6 and q.text.rstrip("”’\"' ")[-1:] in ".!?"


def _cue_near(text: str, start: int, end: int, q: Quote) -> bool:
    """Is the quote's cue within `CUE_REACH` words before or after the quote, inside
    [start, end)?"""
    cue = re.compile(rf"(?<!\w){re.escape(q.cue)}(?!\w)")
    before = list(re.finditer(r"\S+", text[start : max(start, q.start)]))
    lo = start + before[-CUE_REACH].start() if len(before) > CUE_REACH else start
    after = list(re.finditer(r"\S+", text[min(q.end, end) : end]))
    hi = min(q.end, end) + after[CUE_REACH].start() if len(after) > CUE_REACH else end
    return any(cue.search(text, a, b) for a, b in ((lo, q.start), (q.end, hi)))
