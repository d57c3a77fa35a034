"""Over-fires of round 9's extraction rules found by the review (reports9, B3-B9).
Every sentence is invented; each test fails with the over-firing rule as it was."""

from __future__ import annotations

import pytest

from tests.extract_helpers import actors, speakers

# B4: a body named as another's unit is no long form of that other body
UNITS = [
    ("ZRB", "ZRB Finance Corp.", "ZRB said on Monday it would sell its unit ZRB Finance Corp."),
    (
        "Zorbex",
        "Zorbex Leasing Inc.",
        "Zorbex said the subsidiary Zorbex Leasing Inc. would be sold to Kell Group.",
    ),
]


@pytest.mark.parametrize(("parent", "unit", "text"), UNITS)
def test_a_parent_stays_apart_from_its_named_unit(parent: str, unit: str, text: str) -> None:
    found = actors(text)
    assert parent in found
    assert parent not in found[unit].aliases


def test_a_units_own_short_form_still_joins_it() -> None:
    found = actors(
        "ZRB said it would sell its unit ZRB Finance Corp. to Lantern Group. ZRB Finance"
        " lent 40 million dollars last year."
    )
    assert "ZRB Finance" in found["ZRB Finance Corp."].aliases
    assert "ZRB" in found


# B5: a camel-case name acts only when it opens its clause
def test_a_camel_case_product_after_a_preposition_is_no_body() -> None:
    found = actors(
        "Kestrel said on Monday that demand for ZorbPad, which went on sale in May,"
        " exceeded forecasts."
    )
    assert "ZorbPad" not in found


@pytest.mark.parametrize(
    "text",
    [
        "TarnNet, which hosted the forum, closed it on Thursday after a court order.",
        "Zenda police said that TarnNet, which hosted the forum, removed it on Thursday.",
    ],
)
def test_a_camel_case_name_that_opens_its_clause_and_acts_is_a_body(text: str) -> None:
    assert actors(text)["TarnNet"].kind == "organization"


# B6: a year is no count, and a list of demonyms is followed by its noun
@pytest.mark.parametrize(
    "text",
    [
        "In 2011 Swiss and Japanese envoys met in Zenda to discuss the dam.",
        "Shipments to about 30 Japanese, Swiss and Korean harbours dropped.",
    ],
)
def test_a_demonym_after_a_year_or_in_a_list_before_a_noun_is_no_people(text: str) -> None:
    assert not {"Swiss", "Japanese"} & set(actors(text))


def test_a_counted_demonym_without_a_noun_is_still_a_people() -> None:
    found = actors("Police in Zenda said 1,200 Japanese were taken to safety on Monday.")
    assert found["Japanese"].kind == "group"


# B9: a country's ministry is one body however the country is written
def test_a_ministry_by_possessive_and_by_demonym_is_one_body() -> None:
    found = actors(
        "Chile's trade ministry said on Monday it would fine Kestrel Labs. The"
        " Chilean trade ministry later said the fine was 2 million pesos."
    )
    bodies = [a for a in found.values() if "ministry" in a.name]
    assert len(bodies) == 1
    assert "Chilean trade ministry" in bodies[0].aliases


# B3: prefix + dictionary word is also how company names are made
PREFIXED_NAMES = [
    "Midcrest shares slid 4% on Monday. Analysts were surprised.",
    "Postlake executives said on Tuesday they would close two mills.",
    "Aftercrest shares rose after the report.",
    "Semiglass shares fell 3% in Zenda trading.",
    "Midcrest executives said on Monday they would cut jobs. Midcrest employs 400 people.",
]


@pytest.mark.parametrize("text", PREFIXED_NAMES)
def test_a_prefixed_name_opening_a_sentence_before_a_body_noun_stays_a_company(
    text: str,
) -> None:
    name = text.split()[0]
    assert actors(text)[name].kind == "organization"


def test_a_prefixed_word_the_text_also_writes_in_lower_case_is_no_name() -> None:
    text = (
        "Pretrial revenue rose at Tarnby Mills in the spring. The firm said pretrial work"
        " took most of its budget. Tarnex shares slid 4% on Monday."
    )
    found = actors(text)
    assert "Pretrial" not in found
    assert found["Tarnex"].kind == "organization"


@pytest.mark.parametrize("role", ["market leader", "consultant", "adviser"])
def test_a_role_a_company_can_hold_is_no_evidence_of_a_person(role: str) -> None:
    # second review, item 4: "market leader Tarvex Mobile" made the company a person
    text = f"The deal was helped by {role} Tarvex Mobile. Tarvex Mobile shares rose 4%."
    assert actors(text)["Tarvex Mobile"].kind == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shuttle Tarnby, a bus company, cancelled trips on Monday.", "Shuttle Tarnby"),
        ("HMS Holdings said its shares fell on Monday.", "HMS Holdings"),
    ],
)
def test_a_company_named_like_a_craft_or_storm_stays_an_actor(text: str, name: str) -> None:
    # second review, item 2: a storm or craft word opening a company's name lost the company
    assert name in actors(text)


def test_the_company_is_the_one_that_opens_the_passage() -> None:
    # second review, item 3: "the company said" went to the body named most often in the
    # article, though the paragraph is about the other one
    text = (
        "Kestrel Corp. agreed on Monday to buy Tarn Ltd. for $40 million. Kestrel Corp. said"
        " the deal would close in May. Analysts said Kestrel Corp. paid a fair price.\n\n"
        'Tarn Ltd., founded in 1990, makes wire in Strelby. "We have 400 staff and a full'
        ' order book," the company said.'
    )
    assert speakers(text) == ["Tarn Ltd."]
