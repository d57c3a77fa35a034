"""Sentences that frame a talk rather than tell of an event.

A transcript opens with "Thank you all for coming out tonight" and "Look, I know many
of you drove in": they carry date words and name the speaker, but nothing happened. Such
greetings, thanks and settling-in lines (data/framing.txt) make no event. Nor does a
speaker's announcement of what the talk turns to next: an interviewer's "I want to begin
with the flooding", "Let me ask you about the port", "Let's turn to trade",
"I'll dive in" (`_MOVE`: a first-person lead-in and a verb of moving
through a talk with its particle). "I'm going to ask the council for funds" is a plan and
stays an event: only "ask you" is a move.
"""

from __future__ import annotations

import re

from store.extract.states import is_state
from store.extract.wordlists import alternation, phrases

_OPENINGS = tuple(sorted(phrases("framing"), key=len, reverse=True))
_LEAD = re.compile(r"^[\s\"“”‘’'`(—–-]*(?:(?:well|so|and|but|okay|ok|oh),?\s+)*", re.I)
# the one addressed, before the greeting: "Minister Roe, thank you", "Jane, good to see you"
_VOCATIVE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s+")
_MOVE = re.compile(  # or after "I ..., so": "I know it's late, so let me ..."
    rf"(?:i\s[^,]*,\s+so\s+)?{alternation('lists_framing', '_MOVE_LEAD')}\s+"
    rf"(?:{alternation('lists_framing', '_MOVE_ADVERB')}\s+)*"
    rf"{alternation('lists_framing', '_MOVE_VERB')}\b"
)


def tells_nothing(sentence: str) -> bool:
    """Is the sentence no event: framing (`is_framing`) or a state (`states.is_state`:
    "Velmora has 31 shops in Zenda")?"""
    return is_framing(sentence) or is_state(sentence)


def is_framing(sentence: str) -> bool:
    """Does the sentence open as a greeting or thanks to the audience, maybe after the
    name of the one addressed ("Thanks to the treaty, ..." is not one: it says why)?"""
    start = _LEAD.match(sentence).end()  # type: ignore[union-attr]
    named = _VOCATIVE.match(sentence, start)
    return _opens(sentence[start:].lower()) or (
        named is not None and _opens(sentence[named.end() :].lower())
    )


def _opens(s: str) -> bool:
    if _MOVE.match(s):
        return True
    for p in _OPENINGS:
        if s.startswith(p) and (len(s) == len(p) or not s[len(p)].isalnum()):
            if p in ("thank you", "thanks") and re.match(r"\s+to\b", s[len(p) :]):
                return False
            return True
    return False
