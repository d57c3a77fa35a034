"""Back-references: undated sentences that tell of an earlier happening are dated as some
time before publication (PAST_REF), not on the publication day (invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.back_refs import back_reference, back_when

PUB = date(2031, 5, 2)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Since its launch the Zenda ferry has carried two million people.", "Since its launch"),
        (
            "Roe has run the port since the beginning of Black's medical leave.",
            "since the beginning of Black's medical leave",
        ),
        ("Sales have doubled since it opened.", "since it opened"),
        (
            "When Jane Roe first unveiled the Strelsau bridge, she praised its arches.",
            "first unveiled the Strelsau bridge",
        ),
        ("This was Roe's third term as mayor.", "was Roe's third term as mayor"),
    ],
)
def test_a_reference_to_an_earlier_happening_is_found_with_its_words(sentence, words) -> None:
    assert back_reference(sentence) == words


@pytest.mark.parametrize(
    "sentence",
    [
        "Since he is the mayor, Roe signs the decree.",  # "since" as "because"
        "The Zenda Courier, which first broke the news, asked for comment.",  # someone else's
        "Since the morning, crowds have gathered at the gate.",  # a time, not a happening
        "Roe opened the bridge.",
        "This is a large bridge.",
    ],
)
def test_other_sentences_refer_back_to_nothing(sentence) -> None:
    assert back_reference(sentence) == ""


def test_words_inside_a_quote_are_not_the_sentences_reference() -> None:
    text = "Roe called it “the best ferry since the original one,” officials said."
    a, b = text.index("“"), text.index("”") + 1
    assert back_when(text, 0, len(text), [(a, b)], PUB) is None
    assert back_when(text, 0, len(text), [], PUB) is not None


def test_an_undated_back_reference_is_before_publication_not_on_it() -> None:
    ex = extract_article(
        "Ruritania Ferries said on Tuesday that fares will rise.\n\n"
        "Since its launch the Zenda ferry of Ruritania Ferries has carried two million people.",
        PUB,
    )
    (e,) = [e for e in ex.events if e.sentence.startswith("Since")]
    assert (e.when.value, e.when.start, e.when.end) == ("PAST_REF", None, PUB)
    assert e.when.text == "Since its launch" and e.when.granularity == "vague"
    assert e.reported == PUB


def test_a_plain_undated_report_keeps_its_article_day() -> None:
    ex = extract_article("Ruritania Ferries announced higher fares.", PUB)
    (e,) = ex.events
    assert (e.when.start, e.when.end) == (PUB, PUB)
