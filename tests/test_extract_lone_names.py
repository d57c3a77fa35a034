"""Lone capitalised words opening a sentence: kept as a name when the sentence shows
an actor, typed by the description set off after them; invented texts."""

from __future__ import annotations

import pytest

from tests.extract_helpers import actors

_LEAD = "Lantern Air announced cuts on Monday. "


def test_name_ending_in_us_is_no_plural() -> None:
    # "-us" is no plural ending: "Tarnobus hired" has a subject, like "Ruricom"
    found = actors(_LEAD + "Then Tarnobus hired 40 drivers.")
    assert found["Tarnobus"].kind == "organization"


def test_plural_word_without_singular_verb_stays_dropped() -> None:
    assert "Protesters" not in actors(_LEAD + "Protesters gathered outside the hangar.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Then Tarnobus, Norway's oldest ferry operator, cancelled two routes.",
        "Tarnobus, the largest ferry operator in Norway, has cut two routes.",
        "Tarnobus, a small carrier, said it would add routes.",
    ],
)
def test_described_as_a_body_opening_a_sentence(sentence: str) -> None:
    assert actors(_LEAD + sentence)["Tarnobus"].kind == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He moved to Tarnby, Norway's oldest town.", "Tarnby"),
        ("He was born in Springfield, Missouri.", "Springfield"),
    ],
)
def test_described_as_a_place_stays_a_place(text: str, name: str) -> None:
    assert actors(text)[name].kind == "place"


@pytest.mark.parametrize(
    "sentence",
    [
        "Zorbex-Tarn, part of the rail alliance, will run the night trains.",
        "Zorbex, one of three bidders, will run the night trains.",
        "Zorbex, which built the old depot, closed it in May.",
    ],
)
def test_part_of_a_group_opening_a_sentence(sentence: str) -> None:
    found = actors("The new line opens in 2032. " + sentence)
    assert [a.kind for a in found.values()] == ["organization"]


@pytest.mark.parametrize(
    "text",
    [
        "Lantern Air sold most of its Del Ray unit in May.",
        "Lantern Air bought the Jane Ross imprint from Kestrel Labs.",
    ],
)
def test_name_before_a_part_of_a_company_is_a_body(text: str) -> None:
    found = actors(text)
    name = next(n for n in found if n not in ("Lantern Air", "Kestrel Labs"))
    assert found[name].kind == "organization"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Norwegian troops crossed the border on Monday.", None),
        ("Norwegian forces crossed the border on Monday.", None),
        ("Norwegian rebels crossed the border on Monday.", "Norwegian rebels"),
    ],
)
def test_troops_are_no_group(text: str, group: str | None) -> None:
    assert [n for n, a in actors(text).items() if a.kind == "group"] == ([group] if group else [])


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Labs moved 200 staff to its Tarnby headquarters last year.",
        "Kestrel Labs opened its Tarnby plant on Monday.",
        "Kestrel Labs closed Lantern Air's Tarnby factory.",
    ],
)
def test_town_of_a_company_site_is_a_place(text: str) -> None:
    assert actors(text)["Tarnby"].kind == "place"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Prices rose in Tarnby, the home of the carrier, on Friday.", "Tarnby", "place"),
        ("Kestrel, the founder of the firm, said he would stay.", "Kestrel", "person"),
        ("Zenda, the hometown of the carrier, cheered the news.", "Zenda", "place"),
        ("Kestrel, the chairman at the airline, said he would stay.", "Kestrel", "person"),
    ],
)
def test_body_noun_after_of_is_not_the_description_head(
    text: str, name: str, kind: str | None
) -> None:
    # the body noun is the object of "of"/"at", not what the name is described as
    found = actors(text)
    assert (found[name].kind if name in found else None) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe chain-smoked during the talks in Zenda.",
        "Voters gave Jane Roe business leaders' backing in Zenda.",
        "Photos showed John Doe arm in arm with his wife in Zenda.",
        "The Tarnby deal made Jane Roe brand ambassador of Kestrel Labs.",
    ],
)
def test_person_before_a_plain_company_part_word_stays_a_person(text: str) -> None:
    # a company-part noun names a body only as "its/the/X's <name> unit"
    found = actors(text)
    name = next(n for n in found if n in ("Jane Roe", "John Doe"))
    assert found[name].kind == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kestrel Labs shut its Zorbex plant, which made the Zorbex 9 sedan.", "Zorbex"),
        ("Lantern Air's Velo factory builds the Velo scooter in two colours.", "Velo"),
    ],
)
def test_site_named_for_a_product_is_no_town(text: str, name: str) -> None:
    # the word before "plant" also names a product the site makes, not the town it is in
    found = actors(text)
    assert name not in found or found[name].kind != "place"
