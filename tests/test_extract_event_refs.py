"""'The deal ...' goes on telling of the happening an earlier sentence reported."""

from __future__ import annotations

from datetime import date

from store.extract import extract_article

PUB = date(2025, 6, 25)


def _names(text: str, opening: str) -> list[str]:
    ex = extract_article(text, PUB)
    names = {a.id: a.name for a in ex.actors}
    (e,) = [e for e in ex.events if e.sentence.startswith(opening)]
    return sorted(names[a] for a in e.actors)


TEXT = (
    "Acme Widgets has agreed with Jane Roe of Northwind to buy ten jets.\n\n"
    "Ruritania welcomed the news in Port Vell.\n\n"
    "The deal was the largest of the year.\n\n"
    "The weather was fine."
)


def test_the_deal_is_told_of_by_those_who_made_it() -> None:
    assert _names(TEXT, "The deal") == ["Acme Widgets", "Jane Roe", "Northwind"]


def test_a_sentence_about_no_happening_stays_out() -> None:
    ex = extract_article(TEXT, PUB)
    assert not [e for e in ex.events if e.sentence.startswith("The weather")]


def test_the_same_noun_earlier_is_the_happening_it_tells_of() -> None:
    text = (
        "Lantern Air flew to Port Vell on Monday.\n\n"
        "On Tuesday, Ruritania signed a deal with Northwind.\n\n"
        "The deal was the largest of the year."
    )
    assert _names(text, "The deal") == ["Northwind", "Ruritania"]
