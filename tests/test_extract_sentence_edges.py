"""Names at the edges of a sentence: one closing it with its period ("AT&T."), one
opening it before a noun only a body has ("Ruricom shares slid")."""

from __future__ import annotations

import pytest

from store.extract.mentions import tokens
from tests.extract_helpers import actors


@pytest.mark.parametrize("name", ["AT&T", "S&P", "AT&amp;T"])
def test_an_ampersand_name_closing_a_sentence_leaves_the_period(name: str) -> None:
    text = f"Jane Roe joined {name}. She left in May."
    got = [t[2] for t in tokens(text, 0, len(text))]
    assert got[3:6] == [name[:-1].split("&")[0], "&amp;" if "amp" in name else "&", name[-1]]


def test_an_initial_keeps_its_period() -> None:
    text = "Jane Roe met John Q. Public."
    assert [t[2] for t in tokens(text, 0, len(text))][3:6] == ["John", "Q.", "Public"]


def test_the_ampersand_name_closing_a_sentence_is_an_actor() -> None:
    found = actors("Jane Roe joined AT&T. She left in May.")
    assert found["AT&T"].kind == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "Ruricom shares slid 4%. Analysts were surprised.",
        "Ruricom stock fell on Monday.",
        "Ruricom executives said the plant would close.",
    ],
)
def test_a_name_opening_a_sentence_before_a_body_noun_is_a_body(text: str) -> None:
    assert actors(text)["Ruricom"].kind == "organization"


@pytest.mark.parametrize(
    "text",
    ["Elected officials met on Monday.", "Third-period profit rose.", "Quarterly sales fell."],
)
def test_an_ordinary_word_opening_before_a_body_noun_is_no_name(text: str) -> None:
    assert actors(text) == {}
