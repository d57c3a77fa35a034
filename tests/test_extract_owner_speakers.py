"""A person described by whose they are ("Jane Roe's husband") speaks for themself:
the words go to the named husband, or to nobody named, never to the owner (issue #12,
"a description of A spoken by B"). Invented sentences."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from tests.extract_helpers import PUB, speakers


@pytest.mark.parametrize(
    "text",
    [
        'Jane Roe\'s husband, John Doe, said: "She never came home."',
        '"She never came home," Jane Roe\'s husband, John Doe, said.',
        '"She never came home," said Jane Roe\'s husband, John Doe.',
    ],
)
def test_named_relative_speaks(text: str) -> None:
    assert speakers(text) == ["John Doe"]


@pytest.mark.parametrize(
    "text",
    [
        '"She never came home from the market," Jane Roe\'s husband said.',
        'Jane Roe\'s husband said "she never came home from the market."',
    ],
)
def test_unnamed_relative_is_no_owner(text: str) -> None:
    ex = extract_article(text, PUB)
    assert [(q.speaker, q.speaker_mention) for q in ex.quotes] == [(None, "Jane Roe's husband")]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('Jane Roe\'s spokesman said "she never comments on rumours of that kind."', "Jane Roe"),
        ('"She never comments on rumours," Jane Roe\'s office said.', "Jane Roe's office"),
    ],
)
def test_spokesman_and_office_speak_for_the_owner(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_the_occupation_names_the_person_given_it() -> None:
    text = (
        "Jane Roe, a 45-year-old teacher, was elected on Monday. "
        '"I am humbled by the result," the teacher said.'
    )
    assert speakers(text) == ["Jane Roe"]


def test_the_occupation_nobody_was_given_names_nobody() -> None:
    text = 'Jane Roe was elected on Monday. "It is a fraud," the teacher said.'
    assert speakers(text) == [None]
