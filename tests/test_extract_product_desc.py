"""A product described anywhere in a sentence ("orders for the aircraft") is among the
event's products, so a search for the product finds it; the description stands for the
product the article talks about most, not the last one it compared it with."""

from __future__ import annotations

from datetime import date

from store.extract import extract_article

PUB = date(2031, 5, 2)

TEXT = (
    "Northwind unveils new plane\n\n"
    "Northwind unveiled the Kestrel K9 airliner in Strelsau on Monday.\n"
    "The Kestrel K9 will take the size record from Lantern's L7.\n"
    "Jane Roe, its chief engineer, said on Wednesday that the new aircraft will seat 600.\n"
    "Northwind said on Tuesday that orders for the aircraft had reached 40.\n"
    "Analysts expect the first test flight of the plane in March.\n"
    "The weather in Strelsau was fine."
)


def _things(text: str) -> dict[str, list[str]]:
    ex = extract_article(text, PUB)
    return {e.sentence.split()[0] + " " + e.sentence.split()[1]: e.things for e in ex.events}


def test_descriptions_stand_for_the_most_named_product() -> None:
    things = _things(TEXT)
    assert "Kestrel K9" in things["Jane Roe,"]  # not Lantern's L7, named last
    assert things["Northwind said"] == ["Kestrel K9"]  # "orders for the aircraft"
    assert things["Analysts expect"] == ["Kestrel K9"]  # a chain of descriptions


def test_no_product_named_before_means_no_product() -> None:
    text = (
        "Northwind hires staff\n\n"
        "Northwind said on Tuesday that orders for the aircraft had reached 40.\n"
        "Lantern Air said on Wednesday that the plane was late."
    )
    assert all(not t for t in _things(text).values())


def test_the_headline_names_the_product_of_the_first_sentences() -> None:
    text = (
        "Northwind rolls out first 797 Skylark\n\n"
        "Lantern Air said on Monday that it will receive the aircraft in May.\n"
    )
    assert _things(text)["Lantern Air"] == ["797 Skylark"]
