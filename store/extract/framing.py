"""Sentences that frame a talk rather than tell of an event.

A transcript opens with "Thank you for joining us this morning" and "Now look, I know
it's early": they carry date words and name the speaker, but nothing happened. Such
greetings, thanks and settling-in lines (data/framing.txt) make no event.
"""

from __future__ import annotations

import re

from store.extract.wordlists import phrases

_OPENINGS = tuple(sorted(phrases("framing"), key=len, reverse=True))
_LEAD = re.compile(r"^[\s\"“”‘’'`(—–-]*(?:(?:well|so|and|but|okay|ok|oh),?\s+)*", re.I)


def is_framing(sentence: str) -> bool:
    """Does the sentence open as a greeting or thanks to the audience ("Thanks to the
    treaty, ..." is not one: it says why)?"""
    s = sentence[_LEAD.match(sentence).end() :].lower()  # type: ignore[union-attr]
    for p in _OPENINGS:
        if s.startswith(p) and (len(s) == len(p) or not s[len(p)].isalnum()):
            if p in ("thank you", "thanks") and re.match(r"\s+to\b", s[len(p) :]):
                return False
            return True
    return False
