"""A longer body name that opens with a whole body's name ("Zenda Police" /
"Zenda Police Band") is a unit of it, not a fuller name for it; invented texts."""

from __future__ import annotations

import pytest

from store.extract.bodies import unit_of
from tests.extract_helpers import actors


@pytest.mark.parametrize(
    ("long", "short", "unit"),
    [
        ("Norland Coast Guard Cadets", "Norland Coast Guard", True),
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


def test_unit_does_not_capture_the_body() -> None:
    found = actors(
        "The Zenda Police Band will march on Sunday, Jane Roe, its conductor, told reporters. "
        "The Zenda Police closed two streets for the parade."
    )
    assert found["Zenda Police Band"].aliases == []
    assert found["Zenda Police"].kind == "organization"


def test_short_company_name_still_folds() -> None:
    found = actors(
        "Kestrel Systems said sales rose on Monday. Kestrel said it also hired 40 people."
    )
    assert "Kestrel" in found["Kestrel Systems"].aliases
    assert "Kestrel" not in found
