"""A name the article itself uses as a product, never as a body, is not an actor.

How a name behaves tells what it names: "X users", "X sales", "the new X", "launched
X", "X 10.4" are a product's uses; "X said", "X's chief executive", "according to X"
are a body's (`things._acts`). A name with some use of the first kind and none of the
second is a thing ("Lantern users ... the new Lantern"); one that both acts and is
sold stays an actor ("Kestrel said ... Kestrel sales").
"""

from __future__ import annotations

import re
from functools import lru_cache

import store.extract.gazetteer as gz
from store.extract.mentions import Mention, word_uses
from store.extract.names import is_given
from store.extract.wordlists import alternation

_AFTER = re.compile(
    rf"(?:\s+|-)(?:{alternation('lists_things', 'thing_after')}\b|\d+\.\d+\b|['’]\d\d\b)"
)
_BEFORE = re.compile(
    rf"\b{alternation('lists_things', 'thing_before')}\s+(?:(?:the|a|an|its|their)\s+)?"
    rf"(?:(?:new|latest|first)\s+)?$"
)
_BODY_WORDS = re.compile(r"\b(?:Inc|Corp|Co|Ltd|LLC|PLC|Group|Company|Airlines?|Airways)\b")


def sold(text: str, m: Mention) -> bool:
    """Does some use of `m` show a product? People with a given name, roles, places and
    known bodies are never asked (whether it also acts is `things._acts`)."""
    if m.role or m.kind not in ("organization", "person"):
        return False
    return _sold(text, m.surface, m.kind == "person")


@lru_cache(maxsize=1024)
def _sold(text: str, w: str, person: bool) -> bool:
    """`sold` for the name `w` (a person's kind or not): the same for all its mentions."""
    if w in gz.KNOWN_ORGS or gz.place_name(w) or _BODY_WORDS.search(w):
        return False
    parts = w.split(" ")
    if person and is_given(parts[0], common=True):
        return False
    if any(p in gz.ORG_HEADS for p in parts):
        return False
    uses = word_uses(text, w)
    if person and any(_given_before(text, u.start()) for u in uses):
        return False  # "Jane Roe ... the Roe family": a surname
    for u in uses:
        if _AFTER.match(text, u.end()):
            return True
        if _BEFORE.search(text, max(0, u.start() - 40), u.start()) and not _NAMED.match(
            text, u.end()
        ):
            return True  # "the new Lantern" (not "the new Kestrel K9": its maker)
    return False


def _given_before(text: str, at: int) -> bool:
    """Is the word right before `at` (one space between) a given name ("Jane Roe")?"""
    g = _WORD_BEFORE.search(text, max(0, at - 30), at)
    return g is not None and is_given(g.group(1), common=True)


_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
_NAMED = re.compile(r"\s+(?:[A-Z]|\d)")
