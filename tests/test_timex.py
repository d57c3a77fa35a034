"""Temporal tagger: the DESIGN.md "Date values" table and the seed article."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.timex import tag

PUB = date(2025, 6, 25)  # a Wednesday
SEED = (
    Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seed" / "nato-gaza-ceasefire.txt"
)


def one(text: str, phrase: str, pub: date = PUB):
    """The mention covering `phrase` in `text`."""
    i = text.index(phrase)
    found = [m for m in tag(text, pub) if m.start <= i < m.end or i <= m.start < i + len(phrase)]
    assert found, f"nothing tagged in {phrase!r}: {tag(text, pub)}"
    return found[0]


# DESIGN.md "Date values" (published Wed 2025-06-25)
DESIGN = [
    ("It began on October 7, 2023.", "October 7, 2023", "2023-10-07", "2023-10-07", "2023-10-07"),
    ("Iran fired a missile over the weekend.", "the weekend", "2025-W25-WE", "2025-06-21",
     "2025-06-22"),
    ("The talks resumed on Monday.", "Monday", "2025-06-23", "2025-06-23", "2025-06-23"),
    ("The leaders will meet on Friday.", "Friday", "2025-06-27", "2025-06-27", "2025-06-27"),
    ("Prices fell last week.", "last week", "2025-W25", "2025-06-16", "2025-06-22"),
    ("Talks stalled earlier this month.", "earlier this month", "2025-06", "2025-06-01",
     "2025-06-25"),
    ("He said they met over the past couple of days.", "the past couple of days", "P2D",
     "2025-06-23", "2025-06-25"),
    ("The recent strikes changed things.", "recent", "PAST_REF", None, "2025-06-25"),
    ("He recently said so.", "recently", "PAST_REF", None, "2025-06-25"),
    ("The talks are now stalled.", "now", "PRESENT_REF", "2025-06-25", "2025-06-25"),
    ("The talks are currently stalled.", "currently", "PRESENT_REF", "2025-06-25", "2025-06-25"),
    ("Sales rose in June 2025.", "June 2025", "2025-06", "2025-06-01", "2025-06-30"),
    ("Sales rose in 2025.", "2025", "2025", "2025-01-01", "2025-12-31"),
    ("It was popular in the 1990s.", "the 1990s", "199X", "1990-01-01", "1999-12-31"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "value", "start", "end"), DESIGN)
def test_design_table(text, phrase, value, start, end):
    m = one(text, phrase)
    assert m.value == value
    assert m.when.start == (date.fromisoformat(start) if start else None)
    assert m.when.end == (date.fromisoformat(end) if end else None)


def test_since_spans_to_published():
    m = one("Thousands have been killed since the war began on October 7, 2023.", "October")
    assert m.value == "2023-10-07"


@pytest.mark.skipif(not SEED.exists(), reason="shared corpus not present")
def test_seed_article():
    text = SEED.read_text(encoding="utf-8")
    got = {m.text: m for m in tag(text, PUB)}
    assert got["the weekend"].value == "2025-W25-WE"
    assert got["October 7, 2023"].value == "2023-10-07"
    assert got["recent"].value == "PAST_REF"
    assert got["right now"].value == "PRESENT_REF"
    assert "55,000" not in got and "1,200" not in got
