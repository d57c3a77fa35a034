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


def test_a_first_name_joins_the_one_person_with_a_full_name_that_starts_with_it() -> None:
    found = actors(
        "Chief operating officer Timothy R. Okafor took charge on Monday. "
        '"I have asked Tim Okafor to lead," Jane Roe wrote. "Tim has my trust," she said.'
    )
    assert "Tim" not in found
    assert {"Tim Okafor", "Tim"} <= set(found["Timothy R. Okafor"])


def test_a_first_name_goes_to_the_one_full_name_already_mentioned() -> None:
    found = actors(
        'Jane Okafor died on Monday. "Jane was a friend," said Ruth Roe. '
        '"We miss Jane," added Jane Poe, the chair.'
    )
    assert "Jane" not in found
    assert "Jane" in found["Jane Okafor"]


def test_initials_of_a_company_without_its_suffix_join_it() -> None:
    found = actors("Kohl Roe Vance & Co. bought the firm in May. KRV said it would sell.")
    assert "KRV" not in found
    assert "KRV" in found["Kohl Roe Vance & Co."]


def test_an_acronym_opening_a_company_name_joins_it() -> None:
    found = actors("RJV Lantern Inc. sold a unit on Monday. RJV's owner agreed.")
    assert "RJV" not in found
    assert "RJV" in found["RJV Lantern Inc."]


def test_a_maker_named_whole_elsewhere_keeps_its_name_before_a_product_noun() -> None:
    found = actors(
        "The last Kelby Duvall jets left the plant on Monday. "
        "In 1995, Kelby Duvall introduced a smaller model."
    )
    assert "Kelby Duvall" in found
    assert "Kelby" not in found


def test_a_product_noun_after_an_adjective_still_marks_a_product() -> None:
    found = actors("Zorvex Corp. sold the first Kelvox personal computer in 1984.")
    assert "Kelvox" not in found


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
