"""Back-references: undated sentences that tell of an earlier happening are dated as some
time before publication (PAST_REF), not on the publication day (invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.back_refs import back_reference, back_when, may_refer_back

PUB = date(2031, 5, 2)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "The Zenda choir, ever since its founding, has toured in twelve countries.",
            "since its founding",
        ),
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
    assert may_refer_back(sentence)  # the cheap pre-check never hides a reference


def test_the_pre_check_spares_sentences_without_a_trigger_word() -> None:
    assert not may_refer_back("Roe opened the Zenda bridge on Tuesday.")
    assert may_refer_back("It was her second term.") and may_refer_back("Ever since then")


@pytest.mark.parametrize(
    "sentence",
    [
        "Since he is the mayor, Roe signs the decree.",  # "since" as "because"
        "The Zenda Courier, which first broke the news, asked for comment.",  # someone else's
        "Since the morning, crowds have gathered at the gate.",  # a time, not a happening
        "Roe opened the bridge.",
        "This is a large bridge.",
        # ordinary news wording: where today's event falls in a series, "first" as an
        # adjective, a causal "since", and a "first" in an aside about the subject
        "The blast was the latest in a series of attacks on the Tarnby port.",
        "The strike marked the second day of walkouts at the Zenda plant.",
        "The ruling was Roe's second defeat.",
        "Jane Roe was sworn in as the first elected mayor of Tarnby.",
        "Tarnby confirmed its first reported case of the fever.",
        "Police arrested Roe, since he refused to leave the building.",
        "Since they needed cash, the owners sold the Zenda mill.",
        "Roe, first elected to the Tarnby council, resigned.",
        "Roe, who was first elected to the council, resigned.",
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
        "Twelve countries have heard the Zenda choir of Ruritania Ferries since its founding.",
        PUB,
    )
    (e,) = [e for e in ex.events if e.sentence.startswith("Twelve")]
    assert (e.when.value, e.when.start, e.when.end) == ("PAST_REF", None, PUB)
    assert e.when.text == "since its founding" and e.when.granularity == "vague"
    assert e.reported == PUB


def test_a_plain_undated_report_keeps_its_article_day() -> None:
    ex = extract_article("Ruritania Ferries announced higher fares.", PUB)
    (e,) = ex.events
    assert (e.when.start, e.when.end) == (PUB, PUB)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Roe was sworn in as the first elected mayor of Tarnby.",
        "Police arrested Roe, since he refused to leave the building.",
        "Roe, who was first elected in 2001, resigned as mayor of Tarnby.",
    ],
)
def test_todays_news_with_such_words_keeps_its_day(sentence) -> None:
    ex = extract_article("Ruritania news\n\n" + sentence, PUB)
    events = [e for e in ex.events if e.sentence == sentence]
    assert events and all(e.when.value != "PAST_REF" for e in events)
    assert any((e.when.start, e.when.end) == (PUB, PUB) for e in events)
