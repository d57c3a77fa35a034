"""A maker named only for its product ("ten Northwind A9 jets") is no actor of the event."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.participants import names_member, names_product, said_here
from store.models import Quote

PUB = date(2025, 6, 25)


def _actors_of(text: str, sentence_start: str) -> list[str]:
    ex = extract_article(text, PUB)
    names = {a.id: a.name for a in ex.actors}
    (e,) = [e for e in ex.events if e.sentence.startswith(sentence_start)]
    return [names[a] for a in e.actors]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lantern Air will buy ten Northwind A9 jets.", "Northwind"),
        ("Lantern Air will buy ten Northwind 797s.", "Northwind"),
        ("Lantern Air will buy Northwind's larger 797 planes.", "Northwind"),
        ("Lantern Air already flies an all-Northwind fleet.", "Northwind"),
        ("Lantern Air ordered Northwind jets.", "Northwind"),
        ("Lantern Air will sign with Northwind in Paris.", ""),
        ("Lantern Air praised Northwind's 2024 results.", ""),
        ("Lantern Air flies Northwinds' best selling jet.", "Northwinds"),
        ("Northwind rival Lantern Air bought a jet.", "Northwind"),
        ("Northwind's European rival, Lantern Air, bought a jet.", "Northwind"),
        ("Northwind rejected the offer.", ""),
        ("Northwind parent Lantern Group won the contract.", "Northwind"),
        ("Northwind's parent company, Lantern Group, won the contract.", "Northwind"),
        ("Northwind won the contract from its parent.", ""),
    ],
)
def test_names_product(text: str, name: str) -> None:
    at = text.find("Northwind")
    size = len(name or "Northwind") + (text[at + len(name or "Northwind")] == "'")
    assert names_product(text, at, at + size) is bool(name)


def test_a_buyer_acts_and_the_maker_of_what_it_buys_does_not() -> None:
    text = (
        "Lantern Air said on Monday that it will buy ten Northwind A9 jets.\n\n"
        "Northwind said on Tuesday that its factory will build them."
    )
    assert _actors_of(text, "Lantern") == ["Lantern Air"]
    assert _actors_of(text, "Northwind said") == ["Northwind"]


def test_a_headline_naming_a_product_is_not_its_makers_event() -> None:
    text = (
        "Lantern Air buys Northwind A9 jets\n\n"
        "Lantern Air said on Monday that it had signed the deal with Northwind.\n"
    )
    ex = extract_article(text, PUB)
    head = next(e for e in ex.events if e.sentence.startswith("Lantern Air buys"))
    names = {a.id: a.name for a in ex.actors}
    assert [names[a] for a in head.actors] == ["Lantern Air"]


def test_a_product_as_subject_does_not_make_its_maker_the_subject() -> None:
    text = "Lantern Air flew on Sunday.\n\nThe new Northwind A9 flew for the first time on Monday."
    assert _actors_of(text, "The new Northwind") == []


def test_the_company_is_the_buyer_not_the_maker_named_for_its_product() -> None:
    text = (
        "Lantern Air said on Monday that it will buy ten Northwind A9 jets.\n\n"
        "The company said its crews will fly them on new routes from next spring."
    )
    assert _actors_of(text, "The company said") == ["Lantern Air"]


def test_a_phrase_in_quote_marks_does_not_make_its_speaker_an_actor() -> None:
    text = (
        "Jane Roe unveiled the Zeta phone on Monday, saying, “It is the best phone we have "
        "ever made.” The Zeta phone is 9 mm thick on Monday, making it “the thinnest phone "
        "on the planet”."
    )
    assert _actors_of(text, "The Zeta phone is") == []


def test_a_quote_the_sentence_says_was_said_keeps_its_speaker() -> None:
    text = (
        "Jane Roe unveiled the Zeta phone on Monday. “It is the best phone we have ever "
        "made,” she said on Monday."
    )
    assert _actors_of(text, "“It is the best") == ["Jane Roe"]


def test_a_cue_far_from_the_quote_is_someone_elses_saying() -> None:
    """The quote's cue must stand next to it: a 'said' further off in the sentence is
    another person's ('Tom Smith said ...'), not the quote's speaker's."""
    text = (
        "Tom Smith said on Monday that the old ferry, which the Lantern brochure "
        "calls “the fastest afloat”, left Zenda."
    )
    at = text.index("“")
    q = Quote(id="q", text="the fastest afloat", speaker="jane-roe", cue="said")
    q = q.model_copy(update={"start": at, "end": text.index("”") + 1})
    assert not said_here(text, 0, len(text), q)
    near = "Lantern calls it “the fastest afloat”, Jane Roe said on Monday."
    q = q.model_copy(update={"start": near.index("“"), "end": near.index("”") + 1})
    assert said_here(near, 0, len(near), q)


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("The deal is off, according to Northwind spokesman Jane Roe.", True),
        ("Northwind's workers walked out on Monday.", True),
        ("The parts are made at the main Northwind plant in Strelsau.", True),
        ("Northwind officials said the talks had failed.", True),
        ("Northwind said its workers walked out.", False),
        ("Lantern Air will sign with Northwind in Paris.", False),
        ("Northwind chief executive Jane Roe said the deal was off.", False),
    ],
)
def test_names_member(text: str, member: bool) -> None:
    at = text.find("Northwind")
    assert names_member(text, at, at + len("Northwind")) is member


def test_a_body_named_for_its_spokesman_is_no_actor() -> None:
    text = (
        "Lantern Air ordered jets on Monday.\n\n"
        "The order was confirmed on Tuesday, according to Northwind Aerospace spokesman "
        "Jane Roe.\n\n"
        "Northwind Aerospace said on Wednesday that the jets will be built in Strelsau."
    )
    assert "Northwind Aerospace" not in _actors_of(text, "The order")
    assert "Northwind Aerospace" in _actors_of(text, "Northwind Aerospace said")
