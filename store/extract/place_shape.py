"""A name shaped like a country that the article uses as a place is a place.

"Ruritania", "Norland", "Kazistan": an unknown lone name ending in -ia, -land or -stan
(as most country and region names do) is a place when one of its uses reads as one:
"in Ruritania", "Ruritania's government", "the Norland capital". Without such a use
the name keeps the kind its context gave ("Lanternia said": a company may be named so),
and a given name ("Olivia") is never asked.
"""

from __future__ import annotations

import re

from store.extract.mentions import Mention, word_uses
from store.extract.names import is_given
from store.extract.wordlists import alternation

_SHAPE = re.compile(r"[A-Z][a-z]{2,}(?:ia|land|stan)")
_PREP = re.compile(rf"\b{alternation('lists_context', '_PLACE_PREPS')}\s+(?:the\s+)?$", re.I)
_HAS = re.compile(
    rf"(?:['’]s\s+(?:[a-z]+\s+)?|\s+){alternation('lists_context', '_COUNTRY_HAS')}\b"
)


def shaped_places(text: str, ms: list[Mention]) -> None:
    """Turn country-shaped lone names used as places into places (in place)."""
    decided: dict[str, bool] = {}
    for m in ms:
        if m.role or m.kind not in ("organization", "person") or not _SHAPE.fullmatch(m.surface):
            continue
        w = m.surface
        if w not in decided:
            decided[w] = country_shaped(text, w)
        if decided[w]:
            m.kind, m.guess, m.norm = "place", False, ""


def country_shaped(text: str, w: str) -> bool:
    """Is `w` a lone name shaped like a country that some use in `text` reads as a place?"""
    if not _SHAPE.fullmatch(w) or is_given(w, common=True):
        return False
    for u in word_uses(text, w):
        if _PREP.search(text, max(0, u.start() - 20), u.start()) or _HAS.match(text, u.end()):
            return True
    return False
