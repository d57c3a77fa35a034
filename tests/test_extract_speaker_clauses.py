"""Which clause of a sentence holding two quoted stretches gives the second its
speaker; invented sentences."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from tests.extract_helpers import PUB, speakers


def test_and_clause_after_a_quote_takes_its_own_subject() -> None:
    # 'and Jane Roe ... described her as': Roe's clause starts after the first quote
    text = (
        'Jim Poe wrote on his blog "We will all miss her," and Jane Roe expressed sorrow '
        'and described her as "a true pioneer of the whole trade".'
    )
    assert speakers(text) == ["Jim Poe", "Jane Roe"]


def test_and_clause_after_a_nickname_reaches_the_sentence_subject() -> None:
    # the quoted nickname is no speech: the sentence's subject says the quote
    text = (
        "The party daily Lantern compared the mayor with the poet Jane ``Jay'' Roe and "
        "said the town ``has been turned into a symbol of all that went wrong.''"
    )
    assert speakers(text) == ["Lantern"]


def test_verb_after_an_unspoken_stretch_takes_the_sentence_subject() -> None:
    # the quoted words on the page sit inside the subject; the stretch says nothing
    text = (
        "Kestrel Labs opened a shop in 1998. A notice from Kestrel Labs, pinned under a "
        "portrait with the caption “Jane Roe 1950-2020”, reads: “We owe her our first kit.”"
    )
    assert speakers(text) == ["Kestrel Labs"]


def test_title_with_years_in_quotes_is_no_quote() -> None:
    text = "The plaque bears the caption “Jane Roe 1950-2020”, and a carved dove."
    assert extract_article(text, PUB).quotes == []


def test_colon_after_a_clause_without_speech_verb() -> None:
    text = (
        "Jane Roe and John Doe met on Monday.\n\n"
        '"It was a good meeting," Roe said. Doe agreed: "We made progress on every point."'
    )
    assert speakers(text) == ["Jane Roe", "John Doe"]


def test_colon_after_a_clause_with_no_actor_subject() -> None:
    text = 'Officials gave the toll on Monday: "forty people died in the flood at Zenda."'
    assert speakers(text) == [None]


def test_statement_signed_in_the_next_sentence() -> None:
    text = (
        "Ruricom issued a statement on Friday.\n\n"
        '"We regret the outage and apologise to every customer," the statement read. '
        "It was signed by chief executive Jane Roe."
    )
    assert speakers(text) == ["Jane Roe"]


def test_statement_with_no_signer_stays_with_its_body() -> None:
    text = (
        "Ruricom issued a statement on Friday.\n\n"
        '"We regret the outage and apologise to every customer," the statement read. '
        "Jane Roe runs the company."
    )
    assert speakers(text) == ["Ruricom"]


def test_one_word_answer_after_a_colon_is_a_quote() -> None:
    text = 'Asked whether he would resign, John Doe said: "Never."'
    assert speakers(text) == ["John Doe"]


def test_one_word_label_after_a_verb_is_no_quote() -> None:
    assert speakers('John Doe called the plan "madness" on Monday.') == []


def test_camel_case_name_in_quotes_is_no_quote() -> None:
    text = "Formerly “eKestrel OS,” Zorbex 4 was first shown by Kestrel Labs in April."
    assert extract_article(text, PUB).quotes == []


@pytest.mark.parametrize(
    "sentence",
    [
        'Jane Roe wore a T-shirt with the words: "Free the port."',
        'Tarnby Council put up a banner: "Welcome home."',
        'John Doe held up a placard at the gate: "No new runway."',
        'Zenda Rail painted a slogan on the carriages: "Ride the future."',
    ],
)
def test_colon_after_a_thing_bearing_words_is_no_speech(sentence: str) -> None:
    # the words on a banner or T-shirt are not what the clause's subject says, nor what
    # the previous speaker says
    assert speakers("Crowds gathered in Zenda on Monday. " + sentence) == [None]
    assert speakers('"We stay," Jim Poe said. ' + sentence) == ["Jim Poe", None]
