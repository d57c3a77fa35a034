"""Words that look like actors and are not one of their own (invented sentences; the
conventions are the corpus README's)."""

from __future__ import annotations

from datetime import date

from store.extract import extract_article


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in extract_article(text, date(2024, 5, 6)).actors}


def test_a_short_first_name_joins_the_full_name() -> None:
    text = (
        "Timothy A. Roe, the chief executive of Ruricom, spoke on Monday.\n\n"
        "Tim Roe said the new plant would open in May."
    )
    actors = {a.name: a.aliases for a in extract_article(text, date(2024, 5, 6)).actors}
    assert "Tim Roe" in actors["Timothy A. Roe"] and "Tim Roe" not in actors


def test_a_lone_word_guessed_a_person_joins_the_company_it_opens() -> None:
    text = (
        "Ruricom Systems said on Monday that its router would ship in May.\n\n"
        "Quillon has promised a compatible release, and Quillon Systems agreed."
    )
    names = {a.name for a in extract_article(text, date(2024, 5, 6)).actors}
    assert "Quillon" not in names and "Quillon Systems" in names


def test_a_maker_of_models_is_an_organisation_though_it_claims() -> None:
    text = (
        "Quillair's newest airliner, the Q9, flew on Tuesday.\n\n"
        "Quillair claims that the new plane burns less fuel than earlier Quillair jets."
    )
    assert _actors(text).get("Quillair") == "organization"


def test_a_common_word_with_staff_or_releases_is_a_company() -> None:
    staff = (
        "Ruricom sells a music player.\n\n"
        "Orange released the program in May. Orange's worldwide vice-president said so."
    )
    assert _actors(staff).get("Orange") == "organization"
    released = "Sales were slow in May.\n\nOrange Computer today introduced a new laptop line."
    assert _actors(released).get("Orange Computer") == "organization"


def test_an_unknown_word_opening_a_sentence_with_staff_is_a_body() -> None:
    text = (
        'Quillon\'s chief executive, Anna Brun, said on Monday: "We will grow." '
        'The company also said it "expects more orders."'
    )
    x = extract_article(text, date(2024, 5, 6))
    names = {a.id: a.name for a in x.actors}
    assert names.get(x.quotes[-1].speaker) == "Quillon"


def test_authorities_of_a_nationality_are_their_country() -> None:
    text = (
        "Norwegian authorities said on Monday that the ferry would sail again.\n\n"
        "Norwegian officials met the crew."
    )
    actors = {a.name: (a.kind, a.aliases) for a in extract_article(text, date(2024, 5, 6)).actors}
    assert actors["Norway"] == ("place", ["Norwegian authorities"])
    assert actors["Norwegian officials"][0] == "group"  # as the seed article keeps them


def test_a_surname_prefix_before_a_common_word_is_a_brand() -> None:
    text = "Ruricom will ship MacLamp in May.\n\nJane MacLeod said MacLamp is fast."
    names = _actors(text)
    assert "MacLamp" not in names and names.get("Jane MacLeod") == "person"


def test_word_uses_finds_whole_words_as_a_word_boundary_regex_does() -> None:
    import re

    from store.extract.mentions import word_uses

    text = "U.S. and the U.S.-led group; Roe's Roe Roes _Roe Roe_ XRoe Roe. a_a a-a"
    for word in ("U.S.", "U.S", "Roe", "a", "Roe's", "a-a", "."):
        want = [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
        assert [(u.start(), u.end()) for u in word_uses(text, word)] == want, word


def test_a_quoted_nickname_does_not_break_a_name() -> None:
    text = 'Jane "Jay" Roe, the union leader, spoke on Monday. Roe said the strike would go on.'
    x = extract_article(text, date(2024, 5, 6))
    assert [a.kind for a in x.actors] == ["person"]
    assert {"Jane Roe", "Roe"} <= {x.actors[0].name, *x.actors[0].aliases}
    assert x.quotes == []  # the nickname is no quotation
