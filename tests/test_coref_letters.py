"""A letter printed after a colon without quote marks: its "I" is the letter's author
(invented article)."""

from __future__ import annotations

from datetime import date

from store.extract import extract_article

PUB = date(2031, 5, 2)
LETTER = (
    "Zenda council names a new chair\n\n"
    "On its website, the council printed Jane Roe's e-mail, which reads: Friends, at my "
    "request the board has given me leave. I will stay on as chair. I have asked John "
    "Black to run the port.\n\n"
    "I am told the port is calm, a clerk in Zenda said."
)


def actors_of(text: str, opening: str) -> list[str]:
    ex = extract_article(text, PUB)
    return next((e.actors for e in ex.events if e.sentence.startswith(opening)), [])


def test_first_person_sentences_of_the_letter_are_its_authors() -> None:
    assert "jane-roe" in actors_of(LETTER, "I will stay on")
    assert actors_of(LETTER, "I have asked")[:1] == ["john-black"]
    assert "jane-roe" in actors_of(LETTER, "I have asked")


def test_the_letter_ends_with_its_paragraph() -> None:
    assert "jane-roe" not in actors_of(LETTER, "I am told")


def test_a_body_that_owns_the_statement_is_no_author_of_its_i() -> None:
    text = LETTER.replace("Jane Roe's e-mail", "the Zenda Port Authority's statement")
    assert "zenda-port-authority" not in actors_of(text, "I will stay on")


def test_a_document_without_a_colon_introduces_no_letter() -> None:
    text = LETTER.replace("which reads: Friends,", "which was short. Friends,")
    assert "jane-roe" not in actors_of(text, "I will stay on")


def test_a_memo_introduces_a_letter_too() -> None:
    text = LETTER.replace("Jane Roe's e-mail", "Jane Roe's memo")
    assert "jane-roe" in actors_of(text, "I will stay on")


def test_the_letter_ends_where_another_actor_speaks_in_the_paragraph() -> None:
    text = LETTER.replace(
        "I have asked John Black to run the port.",
        "I have asked John Black to run the port. Mayor Kurt Doe told me he was surprised. "
        "I met him at the pier.",
    )
    assert "jane-roe" in actors_of(text, "I have asked")
    assert "jane-roe" not in actors_of(text, "Mayor Kurt Doe told")
    assert "jane-roe" not in actors_of(text, "I met him")


def test_the_letter_ends_at_a_quoted_sentence() -> None:
    text = LETTER.replace(
        "I have asked John Black to run the port.",
        "“It is a sad day,” I was told by a clerk at the pier.",
    )
    assert "jane-roe" not in actors_of(text, "“It is a sad day")
