"""A product described anywhere in a sentence ("sold out of the device") is among the
event's products, so a search for the product finds it; the description stands for the
product the article talks about most, not the last one it compared it with."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

PUB = date(2031, 5, 2)

TEXT = (
    "Kestrel shows its Z5 handset\n\n"
    "Kestrel showed the Z5 phone to reporters in Strelsau on Monday.\n"
    "Reviewers on Tuesday set the Z5 beside the older Lantern Q2.\n"
    "Jane Roe, who leads its design team, said on Wednesday that the new handset weighs 90 grams.\n"
    "Shops in Zenda said on Thursday that they had sold out of the device.\n"
    "Buyers will get updates for the phone until 2035.\n"
    "The weather in Strelsau was fine."
)


def _things(text: str) -> dict[str, list[str]]:
    ex = extract_article(text, PUB)
    return {e.sentence.split()[0] + " " + e.sentence.split()[1]: e.things for e in ex.events}


def test_descriptions_stand_for_the_most_named_product() -> None:
    things = _things(TEXT)
    assert "Z5" in things["Jane Roe,"]  # not the Lantern Q2, named last
    assert things["Shops in"] == ["Z5"]  # "sold out of the device"
    assert things["Buyers will"] == ["Z5"]  # a chain of descriptions


def test_no_product_named_before_means_no_product() -> None:
    text = (
        "Northwind hires staff\n\n"
        "Northwind said on Tuesday that Zenda crowds would see the airliner.\n"
        "Lantern Air said on Wednesday that the plane was late."
    )
    assert all(not t for t in _things(text).values())


def test_the_headline_names_the_product_of_the_first_sentences() -> None:
    text = (
        "Zenda airshow crowds see Kestrel K9\n\n"
        "Lantern Air said on Monday that it will receive the aircraft in May.\n"
    )
    assert _things(text)["Lantern Air"] == ["Kestrel K9"]


def test_a_description_of_another_kind_or_of_another_thing_is_not_the_product() -> None:
    phone = _things(
        "Kestrel shows phone\n\n"
        "Kestrel unveiled the Z5 phone in Zenda on Monday.\n"
        "Police said on Tuesday the car of one buyer was stolen.\n"
        "Guards said on Wednesday that the car was found in Strelsau.\n"
        "Shops said on Thursday that the handset had sold out."
    )
    assert phone["Police said"] == []  # "the car of one buyer"
    assert phone["Guards said"] == []  # a car is no phone
    assert phone["Shops said"] == ["Z5"]
    jet = _things(
        "Jet lands\n\n"
        "The Northwind A9 landed in Zenda on Monday.\n"
        "Firemen said on Tuesday that the engines of a fuel truck caught fire.\n"
        "Lantern Air said on Wednesday that the plane would fly again.\n"
        "Workers said on Thursday that the software was late."
    )
    assert jet["Firemen said"] == []
    assert jet["Lantern Air"] == ["Northwind A9"]
    assert jet["Workers said"] == []  # "the plane" told the A9's kind


@pytest.mark.parametrize(
    "words", ["the other handset", "the cheapest handset", "its rival handset"]
)
def test_a_description_of_some_other_product_is_not_the_product(words: str) -> None:
    things = _things(
        "Kestrel shows phone\n\n"
        "Kestrel unveiled the Z5 phone in Zenda on Monday.\n"
        f"Shops said on Thursday that {words} had sold out."
    )
    assert things["Shops said"] == []
