"""A month before a number is a date, even an impossible one the tagger leaves untagged."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe signed the pact on Feb 30, 2025.",
        "The deal was signed on Sept 31, 2024 in Zenda.",
        "Talks resume in Mar 2031, officials in Zenda said.",
    ],
)
def test_a_month_before_a_number_is_never_an_actor(text):
    names = {a.name for a in extract_article(text, date(2031, 3, 1)).actors}
    assert not names & {"Feb", "Sept", "Mar"}


def test_a_given_name_that_is_also_a_month_abbreviation_stays_a_name():
    names = {a.name for a in extract_article("Jan Kowalski said so.", date(2031, 3, 1)).actors}
    assert "Jan Kowalski" in names
