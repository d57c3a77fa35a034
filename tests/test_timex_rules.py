"""Temporal tagger: tables for the rules added while tuning against the TimeML guidelines.

Every sentence is invented news prose. Publication date: Wednesday 2025-06-25 unless a row
says otherwise. Each row: sentence, the phrase expected, TIMEX3 type and value.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.timex import tag

PUB = date(2025, 6, 25)  # a Wednesday


def value_of(text: str, phrase: str, pub: date = PUB) -> tuple[str, str]:
    found = tag(text, pub)
    hits = [m for m in found if m.text == phrase]
    assert hits, f"{phrase!r} not tagged in {text!r}: {[(m.text, m.value) for m in found]}"
    return hits[0].type, hits[0].value


# Weekdays point the way the clause's tense points (past: on/before publication).
TENSE = [
    # an abbreviation with periods does not end the sentence that holds the modal
    ("The delegation might come to the U.S. as soon as Friday, aides said.", "Friday",
     "DATE", "2025-06-27"),
    ("Mr. Lee would travel to the U.S. Friday with his family.", "Friday", "DATE",
     "2025-06-27"),
    # a capitalised -ed word is a name, not a past verb
    ("A lawyer said the envoy would be flying to the United Arab Emirates Friday.", "Friday",
     "DATE", "2025-06-27"),
    # "is to" announces a plan
    ("The exchange is to resume trading Monday.", "Monday", "DATE", "2025-06-30"),
    ("The ministers are to meet again Friday in Oslo.", "Friday", "DATE", "2025-06-27"),
    # "by Monday" is a deadline ahead, unless the clause is past perfect
    ("The company must file its report by Monday.", "Monday", "DATE", "2025-06-30"),
    ("Twelve states had filed reports by Monday, officials said.", "Monday", "DATE",
     "2025-06-23"),
    # "next to" is a place, not a future marker
    ("Two people died in a blast next to the embassy on Friday.", "Friday", "DATE",
     "2025-06-20"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "typ", "value"), TENSE)
def test_weekday_tense(text, phrase, typ, value):
    assert value_of(text, phrase) == (typ, value)
