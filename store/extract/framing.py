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
# the one addressed, before the greeting: "Minister Roe, thank you", "Jane, good to see you"
_VOCATIVE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s+")


def is_framing(sentence: str) -> bool:
    """Does the sentence open as a greeting or thanks to the audience, maybe after the
    name of the one addressed ("Thanks to the treaty, ..." is not one: it says why)?"""
    start = _LEAD.match(sentence).end()  # type: ignore[union-attr]
    named = _VOCATIVE.match(sentence, start)
    return _opens(sentence[start:].lower()) or (
        named is not None and _opens(sentence[named.end() :].lower())
    )


def _opens(s: str) -> bool:
    for p in _OPENINGS:
        if s.startswith(p) and (len(s) == len(p) or not s[len(p)].isalnum()):
            if p in ("thank you", "thanks") and re.match(r"\s+to\b", s[len(p) :]):
                return False
            return True
    return False
