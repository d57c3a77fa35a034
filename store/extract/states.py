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
from datetime import date

from store.extract.wordlists import words
from store.timex import tag

# the subject: up to five capitalised words (possessive allowed), or a pronoun or "the
# company"; then "now/also/still/currently" at most
_SUBJECT = r"(?:(?:[A-Z][\w.&’'-]*\s+){1,5}|(?:He|She|It|They)\s+|The\s+[a-z]+\s+)"
_ADVERB = r"(?:(?:now|also|still|currently|already)\s+)?"
# what is held, and the word after it ("a fleet", "31 shops"; "a meeting" is a happening)
_HOLDS = r"(?:has|have)\s+(?:a|an|the|some|no|many|more|hopes|\d[\d,.]*)\s+([a-z]+)"
_HOPES = r"(?:had\s+)?(?:hopes|hoped)\b"
_BELIEFS = r"(?P<belief>believes|believed)\b"
_STATE = re.compile(rf"{_SUBJECT}{_ADVERB}(?:{_HOLDS}|{_HOPES}|{_BELIEFS})")
_SOME_DAY = date(2000, 1, 1)  # any day: only whether the sentence has date words matters


def is_state(sentence: str) -> bool:
    """Does the sentence open with its subject holding, hoping or believing something
    (no happening: "has a meeting", "has 40 deliveries" are happenings)? What is held
    or believed with its own date words tells of a happening ("has a new chief after Roe
    resigned on April 14", "believed the fire was set on Thursday"); a hope does not
    ("had hoped to fly it in 2030")."""
    m = _STATE.match(sentence.lstrip())
    if m is None or (m.group(1) or "") in words("event_nouns"):
        return False
    if m.group(1) is not None or m.group("belief") is not None:
        dated = (m for m in tag(sentence, _SOME_DAY) if m.type in ("DATE", "TIME"))
        return all(m.value.endswith("_REF") for m in dated)  # "now" dates nothing
    return True
