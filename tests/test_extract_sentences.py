"""Sentence boundaries: quotations with their cues, abbreviations and initials (invented
sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.doc import ArticleDoc
from store.extract.sentences import split_sentences


def _body(text: str) -> list[str]:
    doc = ArticleDoc.parse(text, date(2024, 5, 6), "a")
    return [s.text for s in doc.body]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quotation ending a sentence inside its closing mark, then its lower-case cue
        (
            '"We will not leave," she said. Then they left.',
            ['"We will not leave," she said.', "Then they left."],
        ),
        (
            '"We will not leave." she said. Then they left.',
            ['"We will not leave." she said.', "Then they left."],
        ),
        ("“Will we leave?” she asked. They did.", ["“Will we leave?” she asked.", "They did."]),
        ("'Leave now!' the officer shouted.", ["'Leave now!' the officer shouted."]),
        # a named cue after "?" or "!" belongs to its quotation
        (
            '"We will not leave!" Jane Roe said. Then they left.',
            ['"We will not leave!" Jane Roe said.', "Then they left."],
        ),
        (
            "“Why now?” Jane Roe asked on Monday. Nobody knew.",
            ["“Why now?” Jane Roe asked on Monday.", "Nobody knew."],
        ),
        # ... but a question outside quotation marks still ends its sentence
        ("Did they leave? Jane Roe said they did.", ["Did they leave?", "Jane Roe said they did."]),
        # abbreviations and initials do not cut names
        ("The U.S. Navy sent two ships.", ["The U.S. Navy sent two ships."]),
        ("John Roe Jr. said it was over.", ["John Roe Jr. said it was over."]),
        ("It was John Roe Jr. He left.", ["It was John Roe Jr.", "He left."]),
        ("John Roe Jr. Elementary School opened.", ["John Roe Jr. Elementary School opened."]),
        ("Jane A. Roe agreed. J. R. Doe did not.", ["Jane A. Roe agreed.", "J. R. Doe did not."]),
        ("Officials in the U.S. Army agreed.", ["Officials in the U.S. Army agreed."]),
        ("He moved to the U.S. He liked it.", ["He moved to the U.S.", "He liked it."]),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert _body(text) == expected


def test_a_surname_after_a_dotted_abbreviation_starts_a_sentence() -> None:
    text = "Jane Roe runs Ruricom. Sales rose in the U.S. Roe also said prices would fall."
    assert _body(text)[-2:] == ["Sales rose in the U.S.", "Roe also said prices would fall."]
    # without "Jane Roe" in the article, "Roe" is not known as a surname: no cut
    alone = "Sales rose in the U.S. Roe also said prices would fall."
    assert len(split_sentences(alone)) == 1
    # initials before a surname are a name, not a place's short form
    shop = "Jane Roe runs Ruricom. Her uncle founded the store J.A. Roe, which is still open."
    assert _body(shop)[-1] == "Her uncle founded the store J.A. Roe, which is still open."
    # a sentence-opening "The" is not a first name: "The Air Force" gives no surname "Air"
    force = "The Air Force said so. The contract went to the U.S. Air Force in the end."
    assert _body(force)[-1] == "The contract went to the U.S. Air Force in the end."


def test_a_named_cue_after_an_exclamation_gives_the_speaker() -> None:
    text = 'The strike went on in Ruritania.\n\n"We will not leave!" Jane Roe said. It rained.'
    (quote,) = extract_article(text, date(2024, 5, 6)).quotes
    assert quote.speaker == "jane-roe"


def test_a_surname_after_us_is_not_glued_to_it() -> None:
    text = "Jane Roe runs Ruricom.\n\nSales rose in the U.S. Roe also said prices would fall."
    names = {a.name for a in extract_article(text, date(2024, 5, 6)).actors}
    assert "U.S. Roe" not in names and "Jane Roe" in names
