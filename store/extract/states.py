"""Sentences that tell how things stand, not that something happened.

"Velmora has 31 shops in Zenda", "Velmora has hopes that the range will sell",
"Northwind had hoped to fly it in 2030", "Jane Roe believes that the deal will
hold": the subject holds something, hopes or believes; nothing happened on a day, and
the sentence is no event on the subject's timeline, though it names the subject and may
carry a date. Read narrowly: a sentence that opens with its subject (a name or "The
company", "He", "She", "It") and goes straight on to "has/have" with what is held (a
count, "a", "the", "hopes"; not a happening noun of data/event_nouns.txt: "has a
meeting") or to "hopes/hoped/had hoped/believes/believed". "Northwind has signed",
"Roe had a stroke", "Northwind had been grounded" and "Roe has been training
for the race since 2024" are happenings and stay.
"""

from __future__ import annotations

import re

from store.extract.wordlists import words

# the subject: up to five capitalised words (possessive allowed), or a pronoun or "the
# company"; then "now/also/still/currently" at most
_SUBJECT = r"(?:(?:[A-Z][\w.&’'-]*\s+){1,5}|(?:He|She|It|They)\s+|The\s+[a-z]+\s+)"
_ADVERB = r"(?:(?:now|also|still|currently|already)\s+)?"
# what is held, and the word after it ("a fleet", "31 shops"; "a meeting" is a happening)
_HOLDS = r"(?:has|have)\s+(?:a|an|the|some|no|many|more|hopes|\d[\d,.]*)\s+([a-z]+)"
_MINDS = r"(?:had\s+)?(?:hopes|hoped|believes|believed)\b"
_STATE = re.compile(rf"{_SUBJECT}{_ADVERB}(?:{_HOLDS}|{_MINDS})")


def is_state(sentence: str) -> bool:
    """Does the sentence open with its subject holding, hoping or believing something
    (no happening: "has a meeting", "has 40 deliveries" are happenings)?"""
    m = _STATE.match(sentence.lstrip())
    return m is not None and (m.group(1) or "") not in words("event_nouns")
