"""Actor precision on news the rules never saw: broken names, things, joined names
(invented sentences; issue #12, this session's classes)."""

from __future__ import annotations

from datetime import date

from store.extract import extract_article
from store.models import Actor

PUB = date(2025, 6, 25)


def actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_article(text, PUB).actors}


def test_rare_given_name_after_a_portfolio_is_the_person() -> None:
    """'Commissioner for Fisheries Abigale Roe': the portfolio is her role, not part of
    a body's name (a rare given name too)."""
    found = actors("Commissioner for Fisheries Abigale Roe said the quotas would stay.")
    assert "Fisheries Abigale Roe" not in found
    assert found["Abigale Roe"].kind == "person"


def test_ordinary_words_and_a_surname_stay_a_body() -> None:
    """No given name after the ordinary words: the name is left whole."""
    found = actors("Shares of Harbour Lantern Holdings rose on Monday.")
    assert "Harbour Lantern Holdings" in found


def test_two_airlines_joined_by_and_are_two_actors() -> None:
    found = actors("Ruricom Airlines and Kestrel Airlines signed the deal on Monday.")
    assert {"Ruricom Airlines", "Kestrel Airlines"} <= found.keys()
    assert "Ruricom Airlines and Kestrel Airlines" not in found


def test_a_person_and_a_company_said_are_two_actors() -> None:
    found = actors("Jane Roe and Lantern Media said on Monday they would make the film.")
    assert found["Jane Roe"].kind == "person"
    assert found["Lantern Media"].kind == "organization"


def test_a_name_repeated_after_and_splits() -> None:
    found = actors("A court will hear Ruricom and Ruricom Records next week.")
    assert "Ruricom and Ruricom Records" not in found
    assert "Ruricom Records" in found


def test_a_body_of_several_fields_stays_one() -> None:
    found = actors("The Bureau of Roads and Rails said the bridge would reopen.")
    assert "Bureau of Roads and Rails" in found
