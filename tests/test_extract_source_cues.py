"""Source cues after a quotation besides 'according to' (invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article


@pytest.mark.parametrize(
    "cue", ["as stated on the Ruricom website", "as written in a Ruricom report"]
)
def test_as_stated_on_names_the_source(cue: str) -> None:
    text = f'Ruricom unveiled a phone on Monday. It is "a new kind of device" {cue}.'
    x = extract_article(text, date(2024, 5, 6))
    names = {a.id: a.name for a in x.actors}
    (quote,) = x.quotes
    assert names.get(quote.speaker) == "Ruricom"
    assert quote.cue.startswith("as ")


def test_a_statement_before_anyone_spoke_is_the_named_body() -> None:
    text = (
        "Ruricom will hold an event in Strelsau on May 3.\n\n"
        'The invitation reads, "One more surprise," in large letters.'
    )
    x = extract_article(text, date(2024, 5, 6))
    names = {a.id: a.name for a in x.actors}
    (quote,) = x.quotes
    assert names.get(quote.speaker) == "Ruricom"
