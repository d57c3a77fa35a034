"""How a name behaves in its own article tells what it names (invented sentences;
issue #12, "things that are not actors" and "names broken" classes)."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

PUB = date(2025, 6, 25)


def actors(text: str) -> dict[str, list[str]]:
    return {a.name: a.aliases for a in extract_article(text, PUB).actors}


SOLD = [
    (
        "users of it",
        "Zorvex Corp. said Kelvox users can upgrade. Kelvox users were glad.",
        "Kelvox",
    ),
    ("a product line", "Zorvex Corp. widened the Kelvox lineup on Monday.", "Kelvox"),
    ("launched by a body", "Zorvex Corp. launched Kelvox on Monday in Strelsau.", "Kelvox"),
    ("a release number", "Zorvex Corp. said Kelvox 10.4 ships on Monday.", "Kelvox"),
]


@pytest.mark.parametrize(("text", "thing"), [s[1:] for s in SOLD], ids=[s[0] for s in SOLD])
def test_a_name_used_as_a_product_is_no_actor(text: str, thing: str) -> None:
    found = actors(text)
    assert "Zorvex Corp." in found
    assert thing not in found


KEPT = [
    ("it also speaks", "Kelvox users were glad. Kelvox said sales rose.", "Kelvox"),
    ("a maker before its model", "Zorvex Corp. launched the new Kelvox K9 planes.", "Kelvox"),
    (
        "a family's surname",
        "Police met Jane Kelvox on Monday. The Kelvox family grieved.",
        "Jane Kelvox",
    ),
]


@pytest.mark.parametrize(("text", "name"), [k[1:] for k in KEPT], ids=[k[0] for k in KEPT])
def test_a_name_that_acts_or_makes_stays_an_actor(text: str, name: str) -> None:
    assert name in actors(text)


def test_a_name_only_ever_owned_by_a_body_is_its_product() -> None:
    found = actors("Users compared Zorvex's KVX with Lantern Corp.'s Quiet Gale on Monday.")
    assert not {"KVX", "Quiet Gale"} & set(found)


def test_a_unit_owned_by_a_body_stays_an_actor() -> None:
    assert "KVX" in actors("Profits fell at Zorvex's KVX unit on Monday.")


def test_a_body_owned_by_a_person_stays_an_actor() -> None:
    assert "Quiet Gale" in actors("Shares of Jane Roe's Quiet Gale rose on Monday.")


def test_an_airport_named_after_a_town_is_a_place_of_its_own() -> None:
    found = {
        a.name: a.kind for a in extract_article("Jets landed at Strelsau airport.", PUB).actors
    }
    assert found == {"Strelsau airport": "place"}


def test_a_portfolio_word_without_an_office_gives_no_role() -> None:
    found = {
        a.name: a.kind
        for a in extract_article("Lantern Corp. released its Software Development Kit.", PUB).actors
    }
    assert "person" not in found.values()
    people = {
        a.name: a.description
        for a in extract_article("Finance Minister Jane Roe spoke.", PUB).actors
    }
    assert people == {"Jane Roe": "Finance Minister"}


def test_an_ordinary_word_before_a_name_makes_no_given_name() -> None:
    text = "Shares of Granite Zorvex rose on Monday. Zorvex said sales were strong."
    kinds = {a.name: a.kind for a in extract_article(text, PUB).actors}
    assert kinds["Granite Zorvex"] == "organization"


def test_an_ordinary_word_opening_a_sentence_before_a_known_name_is_no_part_of_it() -> None:
    text = "Shares of Zorvex fell on Monday. Actual Zorvex staff cuts would be 500, the firm said."
    assert set(actors(text)) == {"Zorvex"}


def test_a_place_word_opening_a_sentence_stays_in_the_name() -> None:
    assert "Old Strelsau" in actors("Old Strelsau was quiet. Visitors left Strelsau on Monday.")


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Shares fell as the Strelsau Composite Index dropped, Lantern Corp. said.", "Index"),
        ("Lantern Corp. said the Harbour Treaty was signed on Monday.", "Treaty"),
        ("Lantern Corp. said the Kestrel Accord would cut costs.", "Accord"),
    ],
)
def test_a_treaty_or_a_stock_index_is_no_actor(text: str, thing: str) -> None:
    found = actors(text)
    assert "Lantern Corp." in found
    assert not any(thing in name for name in found)
