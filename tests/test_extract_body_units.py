"""A longer body name that opens with a whole body's name ("Air Force" /
"Air Force Communications") is a unit of it, not a fuller name for it; invented texts."""

from __future__ import annotations

import pytest

from store.extract.bodies import unit_of
from tests.extract_helpers import actors


@pytest.mark.parametrize(
    ("long", "short", "unit"),
    [
        ("Air Force Communications", "Air Force", True),
        ("Zenda Police Band", "Zenda Police", True),
        ("Ruritanian Navy Hydrographic Office", "Ruritanian Navy", True),
        ("Zenda Police Department", "Zenda Police", False),  # a generic head adds nothing
        ("Kestrel Media Group", "Kestrel Media", False),
        ("Kestrel Systems", "Kestrel", False),  # one word: the company's short name
        ("Lantern Air Cargo", "Lantern Air", False),  # "Air" is no body noun
    ],
)
def test_unit_of(long: str, short: str, unit: bool) -> None:
    assert unit_of(long, short) is unit


def test_unit_director_does_not_capture_the_body() -> None:
    found = actors(
        "Director of Air Force Communications Jane Roe said the test failed. "
        "The Air Force later grounded the fleet."
    )
    assert found["Air Force Communications"].aliases == []
    assert found["Air Force"].kind == "organization"


def test_short_company_name_still_folds() -> None:
    found = actors(
        "Kestrel Systems said sales rose on Monday. Kestrel said it also hired 40 people."
    )
    assert "Kestrel" in found["Kestrel Systems"].aliases
    assert "Kestrel" not in found
