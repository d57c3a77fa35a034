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
        'The invitation reads, "Bring your own lantern," in bold type.'
    )
    x = extract_article(text, date(2024, 5, 6))
    names = {a.id: a.name for a in x.actors}
    (quote,) = x.quotes
    assert names.get(quote.speaker) == "Ruricom"


def test_a_website_of_a_body_speaks_for_it() -> None:
    text = (
        "Quillon unveiled the Lamp on Monday.\n\n"
        'Quillon\'s website describes it as "the best lamp ever made."'
    )
    x = extract_article(text, date(2024, 5, 6))
    names = {a.id: a.name for a in x.actors}
    assert names.get(x.quotes[0].speaker) == "Quillon"


def test_a_cue_less_quote_in_the_next_paragraph_keeps_the_voice() -> None:
    text = (
        'Jane Roe called for "new lamps on every pier before winter."\n\n'
        'The harbour office will order them "in the next few weeks," and the council '
        "will pay for it."
    )
    x = extract_article(text, date(2024, 5, 6))
    names = {a.id: a.name for a in x.actors}
    assert [names.get(q.speaker) for q in x.quotes] == ["Jane Roe", "Jane Roe"]


def test_a_phrase_naming_an_actor_is_that_actor() -> None:
    from store.extract.doc import ArticleDoc
    from store.extract.resolve import Resolver
    from store.models import Actor

    doc = ArticleDoc.parse("Quillon spoke. Quillon agreed.", date(2024, 5, 6), "a")
    doc.actors = {"Quillon": Actor(id="quillon", name="Quillon", kind="organization")}
    assert Resolver(doc).noun_phrase(15, 22).speaker == "Quillon"
