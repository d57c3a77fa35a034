"""'N units later / earlier': counted from the date the text last gave, else from
publication, else (a past event after an undated one) a calendar place left unknown.
Published Wednesday 2025-06-25, invented sentences."""

from __future__ import annotations

import pytest

from store.timex import tag
from tests.timex_helpers import PUB

ANCHORED = [
    ("It happened on June 3. Two days later, it ended.", "Two days later", "2025-06-05"),
    ("It happened in 2019. The following year it ended.", "The following year", "2020"),
    ("It happened on June 3. The next day it ended.", "The next day", "2025-06-04"),
    ("It happened on June 3. That day it rained.", "That day", "2025-06-03"),
    ("It opened in March 2020. A year later it closed.", "A year later", "2021"),
]


def _mention(text: str, phrase: str):
    hits = [m for m in tag(text, PUB) if m.text == phrase]
    assert hits, f"{phrase!r} not tagged in {text!r}"
    return hits[0]


@pytest.mark.parametrize(("text", "phrase", "value"), ANCHORED)
def test_anchored_to_previous_mention(text, phrase, value):
    m = _mention(text, phrase)
    assert (m.type, m.value) == ("DATE", value)
    first = tag(text, PUB)[0]
    assert m.when.anchor == first.id == f"t{first.start}"


def test_unanchored_later_has_no_calendar_place():
    # nothing dated before it: "later" counts from an event the text does not date, not
    # from publication (which would put "it ended" two days in the future)
    m = _mention("Two days later, it ended.", "Two days later")
    assert (m.type, m.value) == ("DATE", "XXXX-XX-XX")
    assert m.when.start is None and m.when.end is None


def test_unanchored_earlier_counts_from_publication():
    m = _mention("Two days earlier, it ended.", "Two days earlier")
    assert (m.type, m.value) == ("DATE", "2025-06-23")
    assert m.when.anchor == "published"


UNANCHORED_FUTURE = [
    # a future clause counts from now: the first step is publication's, or the text's present
    ("The Zenda curfew starts now and will be lifted six months later.", "six months later",
     "2025-12"),
    ("Kestrel would open the plant and decide a year later whether to expand.", "a year later",
     "2026"),
    ("The fund is due to close two weeks later, Jane Roe said.", "two weeks later", "2025-W28"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "value"), UNANCHORED_FUTURE)
def test_unanchored_later_in_a_future_clause_counts_from_publication(text, phrase, value):
    m = _mention(text, phrase)
    assert (m.type, m.value) == ("DATE", value)
