"""Tense of the clause around a mention, to point bare weekdays and months the right way.

News is mostly past tense ("said Friday"); a modal or "going to" near the mention turns
"Friday" into the coming one. No POS tagger: the nearest tense marker in the sentence wins.
"""

from __future__ import annotations

import re

_FUTURE = (
    r"will|wo|'ll|\u2019ll|shall|going\s+to|plans?\s+to|planned\s+to|expects?\s+to|"
    r"expected\s+to|scheduled|(?:is|are|be)\s+due|due\s+to|set\s+to|intends?\s+to|"
    r"hopes?\s+to|would|upcoming|to\s+be\s+held|next|begins?|starts?|opens?"
)
_PAST = (
    r"said|says|was|were|had|did|told|announced|reported|ago|last|earlier|"
    r"[a-z]{3,}ed|began|came|went|took|made|gave|fell|rose|won|lost|met|held|left|"
    r"saw|got|ran|hit|cut|quit|sold|bought|paid|struck|killed|shot|found|became|led|fled|sent|"
    r"spent|built|brought|thought|told|kept|felt|stood|spoke|wrote|drove|chose|broke|fought|"
    r"caught|taught|won|threw|flew|grew|drew|knew|swore|tore|wore|woke|rode|rose|sat|"
    r"since|ago"
)
_MARKER = re.compile(rf"(?i)\b(?:(?P<f>{_FUTURE})|(?P<p>{_PAST}))\b")
_NOT_PAST = frozenset({"need", "speed", "feed", "seed", "indeed", "proceed", "exceed", "bred"})
_BOUNDARY = re.compile(r"[.!?;\n]\s|\n")
_WINDOW = 120


_POSSESSIVE = re.compile(r"['\u2019]s?\b")


def tense_at(text: str, start: int, end: int) -> str:
    """ "past", "future" or "present" for the clause holding text[start:end].

    "Wednesday's ruling" names a day already reported on, so a possessive reads as past.
    """
    if _POSSESSIVE.match(text, end):
        return "past"
    lo = max(0, start - _WINDOW)
    hi = min(len(text), end + _WINDOW)
    left = text[lo:start]
    cut = [m.end() for m in _BOUNDARY.finditer(left)]
    if cut:
        lo += cut[-1]
        left = text[lo:start]
    right = text[end:hi]
    b = _BOUNDARY.search(right)
    if b:
        right = right[: b.start()]
    best: tuple[int, str] | None = None
    for m in _MARKER.finditer(left):
        word = m.group(0).lower()
        if word in _NOT_PAST:
            continue
        dist = len(left) - m.end()
        kind = "future" if m.group("f") else "past"
        if best is None or dist <= best[0]:
            best = (dist, kind)
    for m in _MARKER.finditer(right):
        word = m.group(0).lower()
        if word in _NOT_PAST:
            continue
        dist = m.start() + 3  # a verb before the date binds a little tighter
        kind = "future" if m.group("f") else "past"
        if best is None or dist < best[0]:
            best = (dist, kind)
        break
    if best is None:
        return "present"
    return best[1]
