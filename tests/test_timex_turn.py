"""The turn of a century, by the guideline's reading (invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from store.timex import tag
from tests.timex_helpers import PUB


def _row_ids(rows):
    return [f"{r[1]}|{r[0][:30]}" for r in rows]


TURN = [
    # the turn of a century: the boundary year, approximately (no TIMEX3 value names the
    # years around it; HT reads it as that year); a verb pointing ahead takes the next one
    ("The talks resumed at the turn of the century.", "the turn of the century", PUB, "2000", "HT"),
    (
        "Crime fell at the turn of the century.",
        "the turn of the century",
        date(1998, 3, 1),
        "1900",
        "HT",
    ),
    (
        "The line will open by the turn of the century.",
        "the turn of the century",
        date(1998, 3, 1),
        "2000",
        "HT",
    ),
    (
        "The mill dates from the turn of the 20th century.",
        "the turn of the 20th century",
        PUB,
        "1900",
        "HT",
    ),
    (
        "The house was built at the turn of the last century.",
        "the turn of the last century",
        PUB,
        "1900",
        "HT",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "pub", "value", "reading"), TURN, ids=_row_ids(TURN))
def test_the_turn_of_a_century(text, phrase, pub, value, reading):
    assert reading == "HT"  # the guidelines name no value for it: HeidelTime's reading
    hits = [m for m in tag(text, pub) if m.text == phrase]
    assert hits, [(m.text, m.value) for m in tag(text, pub)]
    m = hits[0]
    y = int(value)
    assert (m.type, m.value, m.when.approximate) == ("DATE", value, True)
    assert (m.when.start, m.when.end) == (date(y - 2, 1, 1), date(y + 2, 12, 31))
