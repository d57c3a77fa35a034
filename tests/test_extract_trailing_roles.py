"""Role words after an employer's name are not part of the name: 'Ruricom CEO' is
Ruricom (invented names)."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in extract_article(text, date(2024, 5, 6)).actors}


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose, the Ruricom CEO said on Monday.",
        "Sales rose, a Ruricom Spokesman said on Monday.",
        "The Ruricom Chairman and CEO said sales rose.",
        "Sales rose, Ruricom Senior Vice President said.",
    ],
)
def test_role_words_after_an_employer_leave_the_employer(text: str) -> None:
    assert _actors(text) == {"Ruricom": "organization"}


def test_the_person_after_the_role_keeps_the_employer_apart() -> None:
    actors = _actors("Ruricom Chief Executive Jane Roe said sales rose.")
    assert actors == {"Ruricom": "organization", "Jane Roe": "person"}


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Ruricom Energy said sales rose.", "Ruricom Energy", "organization"),  # a portfolio word
        (
            "Ruricom Commercial Planes said orders rose.",
            "Ruricom Commercial Planes",
            "organization",
        ),
        ("Jane Roe met Martin Luther Bishop on Monday.", "Martin Luther Bishop", "person"),
    ],
)
def test_names_that_end_like_roles_stay_whole(text: str, name: str, kind: str) -> None:
    assert _actors(text).get(name) == kind


def test_a_lone_role_names_no_employer() -> None:
    assert _actors("The Surgeon General said sales rose.") == {}
