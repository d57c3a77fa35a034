"""A reduced relative clause without commas ("a deal begun last year was signed") holds a
date of its own that is not the sentence's (invented sentences)."""

from __future__ import annotations

from datetime import date

from store.extract import extract_article

PUB = date(2031, 5, 2)


def dated(text: str) -> dict[str, str]:
    """Each event's words -> its TimeML value."""
    return {text[slice(*e.span)]: e.when.value for e in extract_article(text, PUB).events}


def test_a_participle_clause_before_the_verb_keeps_its_date_and_the_sentence_its_own():
    got = dated("A ferry deal begun last year was completed by Ruritania Ferries.")
    assert got["A ferry deal begun last year was completed by Ruritania Ferries."] == "2031-05-02"
    assert got["begun last year"] == "2030"


def test_a_present_verb_before_it_is_not_dated_by_a_long_past_clause():
    text = "The Strelsau ferry still follows a timetable drawn up by Jane Roe in 2012."
    got = dated(text)
    assert got[text] == "2031-05-02"
    assert got["drawn up by Jane Roe in 2012"] == "2012"


def test_a_noun_with_a_participle_ending_opens_no_clause():
    # "children", "trade", "garden": a word ending is no participle
    for text in (
        "Jane Roe visits the sick children in Zenda on Monday.",
        "Kestrel opens the Zenda trade fair on Monday.",
    ):
        assert dated(text) == {text: "2031-05-05"}
    text = "The Zenda garden show last year was a success."
    assert dated(text) == {text: "2030"}


def test_a_near_or_coming_day_after_a_present_verb_is_the_sentences_own():
    # a present verb may tell of next week, or be a headline's past ("on Saturday")
    text = "Jane Roe opens the bridge built by Kestrel next week."
    assert dated(text) == {text: "2031-W19"}
    text = "Jane Roe coaches the side beaten by Zenda on Saturday."
    assert dated(text) == {text: "2031-04-26"}


def test_a_past_verb_before_it_may_be_the_dated_one_and_keeps_the_date():
    text = "Jane Roe joined the choir led by John Doe in 2004."
    assert dated(text) == {text: "2004"}


def test_a_reported_clause_is_no_reduced_relative():
    text = "Jane Roe says the Zenda sawmill opened in 2003."
    assert dated(text)[text] == "2003"
