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


def test_a_present_verb_before_it_is_not_dated_by_the_clause():
    text = (
        "Zenda Mills claims that the Strelsau Dye Works breaches an accord reached between "
        "the two firms in 1991, which barred dyeing on Sundays."
    )
    got = dated(text)
    assert got[text] == "2031-05-02"
    assert "1991" in got.values()


def test_a_past_verb_before_it_may_be_the_dated_one_and_keeps_the_date():
    text = "Jane Roe joined the choir led by John Doe in 2004."
    assert dated(text) == {text: "2004"}


def test_a_reported_clause_is_no_reduced_relative():
    text = "Zenda Mills says the Strelsau Dye Works opened the plant in 2003."
    assert dated(text)[text] == "2003"
