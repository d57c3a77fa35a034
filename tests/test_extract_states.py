"""A sentence telling how things stand ("Velmora has 31 shops in Zenda") is no event."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.states import is_state


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("Velmora now has a fleet of nine boats.", True),
        ("Velmora has hopes that the range will sell.", True),
        ("Northwind had hoped to fly it in 2030.", True),
        ("Jane Roe believes that the deal will hold.", True),
        ("The company has 12 plants in Ruritania.", True),
        ("Northwind has signed a deal with Lantern Air.", False),
        ("Northwind had been grounded since March.", False),
        ("Jane Roe has been training for the race since 2024.", False),
        ("Jane Roe had a stroke on Monday.", False),
        ("Northwind has a meeting with Lantern Air on Monday.", False),
        ("Lantern Air says Northwind has 40 orders.", False),
        # what is held or believed with its own date words is a happening
        ("The ministry has a new chief after Jane Roe resigned on April 14.", False),
        ("Jane Roe has a son who was born on May 3.", False),
        ("Investigators believed the blaze was set on Thursday night.", False),
    ],
)
def test_is_state(sentence: str, state: bool) -> None:
    assert is_state(sentence) is state


def test_a_state_makes_no_event() -> None:
    text = (
        "Northwind signs deal\n\n"
        "Northwind signed a deal with Lantern Air on Monday.\n"
        "Northwind now has 31 shops in Zenda.\n"
    )
    sentences = [e.sentence for e in extract_article(text, date(2031, 5, 2)).events]
    assert any(s.startswith("Northwind signed") for s in sentences)
    assert not any(s.startswith("Northwind now has") for s in sentences)
