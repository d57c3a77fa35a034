"""Error classes found by reading extraction on text no rule was scored on (issue #12,
round 9). Every sentence is invented; each row fails without its rule."""

from __future__ import annotations

import pytest

from tests.extract_helpers import actors, speakers

SHORT_FORMS = [
    (
        "an acronym that is a company's first word",
        "VELM Partners Ltd. raised its offer on Tuesday; by noon VELM owned a third of the stock.",
        "VELM Partners Ltd.",
        "VELM",
    ),
    (
        "initials without the corporate tail and the ampersand",
        "Marl Orvel Tamsin & Co. opened an office in Zenda in May; MOT now employs forty people.",
        "Marl Orvel Tamsin & Co.",
        "MOT",
    ),
    (
        "a short name that is exactly one company's name without its suffix",
        "Velmora Ltd. owns the ferry line, and its arm Velmora Harbour Services Ltd. runs the"
        " piers. Velmora plans to add two boats.",
        "Velmora Ltd.",
        "Velmora",
    ),
]


@pytest.mark.parametrize(
    ("label", "text", "long", "short"), SHORT_FORMS, ids=[s[0] for s in SHORT_FORMS]
)
def test_short_form_joins_its_company(label: str, text: str, long: str, short: str) -> None:
    found = actors(text)
    assert short not in found
    assert short in found[long].aliases


SPEAKERS = [
    (
        "a first name that is also an adjective, before a surname no dictionary lists",
        '"We start hiring in June," Christian Velasko told reporters in Zenda.',
        "Christian Velasko",
    ),
    (
        "the N-year-old: the person given that age after the name",
        'John Doe, 60, lost the vote. Jane Poe, 45, won it on Monday. "I am humbled," the'
        " 45-year-old said.",
        "Jane Poe",
    ),
    (
        "the N-year-old: the person given that age before the name",
        'The seat went to 45-year-old Jane Poe on Monday. "I am humbled," said the 45-year-old.',
        "Jane Poe",
    ),
    (
        "a country's possessive before a portfolio ministry names a body",
        'Norway\'s foreign ministry said on Monday that "the talks are over."',
        "Norway's foreign ministry",
    ),
    (
        "a verb no list holds between the quote and a described person",
        'Jane Roe spoke first. "Nobody reads the small print," frets longtime juror John Doe.',
        "John Doe",
    ),
    (
        "'the company' is the company the story is about, not a broker named in passing",
        "Orvel Mining plans to close its oldest pit. Orvel Mining stock slipped, according to"
        ' Jane Roe of Brightwater Capital. The company later added: "No jobs will be lost."',
        "Orvel Mining",
    ),
    (
        "the name before the first comma heads the subject, not one in the apposition",
        'Velmora Foods, the bakery chain founded by John Doe, told investors it "will not raise'
        ' prices this year."',
        "Velmora Foods",
    ),
    (
        "a person named inside a relative clause of an unnamed subject does not speak",
        'The club fined John Doe. His landlady, who has known Doe since school, said: "He'
        ' always paid on time."',
        None,
    ),
    (
        "an owner phrase before a role is no head: the appositive names the speaker",
        'Velmora\'s lead counsel, Jane Roe, wrote that the ruling was "a relief to everyone."',
        "Jane Roe",
    ),
    (
        "a pronoun subject after a fronted phrase, not a name inside that phrase",
        "Jane Roe toured the mill. In a talk on Zenda Radio later, she refused to name a buyer,"
        ' but said: "The offer is a fair one."',
        "Jane Roe",
    ),
    (
        "words a source said, relayed by an outlet that 'reported' them",
        "Ana Tarn visited the flooded school on Friday. She called the repairs"
        ' "far too slow for the children," the Tarnby Courier reported.',
        "Ana Tarn",
    ),
    (
        "a place's name that is the surname of the one person so named",
        'Judge Peter Dallas opened the hearing on Monday. "This court will not be rushed,"'
        " Dallas said.",
        "Peter Dallas",
    ),
]


@pytest.mark.parametrize(("label", "text", "speaker"), SPEAKERS, ids=[s[0] for s in SPEAKERS])
def test_speaker(label: str, text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


def test_adjective_names_stay_dropped() -> None:
    found = actors("Roman Catholic bishops and Christian Science readers met in Zenda on Monday.")
    assert not {"Roman Catholic", "Christian Science"} & set(found)


def test_an_age_nobody_was_given_names_nobody() -> None:
    assert speakers('Jane Poe, 45, won on Monday. "I am humbled," the 52-year-old said.') == [None]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            'The Zorbhaus said nothing. "We will not comment," the Zorbhaus said.',
            "Zorbhaus",
            "organization",
        ),
        ('Tarnow said nothing. "We will not comment," Tarnow said.', "Tarnow", "person"),
    ],
)
def test_a_lone_name_after_the_that_speaks_is_a_body(text: str, name: str, kind: str) -> None:
    assert actors(text)[name].kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "BrightLoop, which ran the auction, cancelled it on Friday.",
        "BrightLoop is claiming damages from the city. BrightLoop claims the bids were forged.",
    ],
)
def test_a_camel_case_name_that_acts_is_a_body(text: str) -> None:
    assert actors(text)["BrightLoop"].kind == "organization"


def test_a_camel_case_product_after_an_article_stays_a_thing() -> None:
    assert "TarnPad" not in actors("Sales of the TarnPad, which launched in May, topped forecasts.")


def test_a_counted_demonym_whose_plural_is_itself_is_a_people() -> None:
    found = actors("The ferry carried nine Vietnamese and three Japanese to Zenda on Monday.")
    assert found["Vietnamese"].kind == found["Japanese"].kind == "group"


def test_a_counted_demonym_before_a_noun_stays_an_adjective() -> None:
    assert not {"Chinese", "Swiss"} & set(
        actors("Six Chinese soldiers and many Swiss banks were named.")
    )


@pytest.mark.parametrize("word", ["Pretax", "Postwar"])
def test_a_prefixed_dictionary_word_opening_a_sentence_is_no_name(word: str) -> None:
    # the text also writes the word in small letters, the evidence that it is an ordinary word
    low = word.lower()
    text = f"{word} profit rose 5% at Kestrel Labs. Ruricom shares slid 4%. Its {low} tax fell."
    found = actors(text)
    assert word not in found
    assert found["Ruricom"].kind == "organization"


def test_a_portfolio_minister_is_no_body() -> None:
    text = 'The Norwegian foreign minister said on Monday that "the talks are over."'
    assert speakers(text) == [None]
    assert not [n for n in actors(text) if "minister" in n]


@pytest.mark.parametrize(
    "text",
    [
        "Shares were sold to Quillon Freight Ltd. That's the third sale this year.",
        "The bid came from Quillon Freight Ltd. Recently, it bought two ships.",
    ],
)
def test_a_company_suffix_can_end_a_sentence(text: str) -> None:
    assert set(actors(text)) == {"Quillon Freight Ltd."}


def test_a_company_named_in_capitals_keeps_its_short_name() -> None:
    found = actors("ORVELLO Ltd. reported a loss for the year. Orvello blamed the price of flour.")
    assert "Orvello" not in found
    assert "Orvello" in found["ORVELLO Ltd."].aliases


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Court papers name Zdravko Varro, whose nephew, Ilvan Varro, keeps the books.",
            "Ilvan Varro",
        ),
        ("Former premier Ulvar Kestin returned to Zenda on Sunday.", "Ulvar Kestin"),
    ],
)
def test_a_rare_first_name_with_person_evidence_is_a_person(text: str, name: str) -> None:
    assert actors(text)[name].kind == "person"


def test_a_shared_role_word_before_a_company_is_no_evidence() -> None:
    assert actors("Its partner, Kestrel Zorb, agreed. The rival Kestrel Zorb said so.")[
        "Kestrel Zorb"
    ].kind == ("organization")


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The letter came from a farm near Tarnby, Vt. Its author has not been found.", "Vt. Its"),
        ("The team trains in Zenda, N.Y. Roe joined it in May.", "N.Y. Roe"),
        ("The parts come from the U.S. That's why prices rose, Jane Roe said.", "U.S. That"),
    ],
)
def test_a_state_or_country_abbreviation_can_end_a_sentence(text: str, gone: str) -> None:
    assert gone not in actors(text)


def test_a_state_abbreviation_mid_sentence_keeps_its_sentence() -> None:
    assert "Jane Roe" in actors("He moved to Zenda, N.Y., on Monday with Jane Roe.")


def test_storms_and_craft_are_no_actors() -> None:
    found = actors(
        "Crews in Zenda were still clearing up after Typhoon Marla. Two days later the survey"
        " ship USS Tarnby docked there."
    )
    assert not {"Typhoon Marla", "USS Tarnby"} & set(found)


@pytest.mark.parametrize(
    "text",
    [
        "The Tarnby choir sings Elizabethan songs.",
        "Two Andean llamas arrived at the Tarnby zoo in May.",
        "Jane Roe collects Homeric verses in her notebooks.",
    ],
)
def test_a_proper_adjective_before_a_noun_is_no_actor(text: str) -> None:
    assert not {"Elizabethan", "Andean", "Homeric"} & set(actors(text))


def test_an_inverted_cue_verb_opening_the_sentence_is_no_part_of_a_name() -> None:
    text = 'Responded Tarnby Council press officer John Doe, "The road stays shut until May."'
    found = actors(text)
    assert "Tarnby Council" in found and not [n for n in found if n.startswith("Responded")]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Orvel Paper Co., Marion, Ore., cut 40 jobs on Friday.", "Marion"),
        ("The plant is in Beverly, Tex. Roe, its manager, left in June.", "Beverly"),
    ],
)
def test_a_word_before_a_us_state_is_a_town(text: str, town: str) -> None:
    assert actors(text)[town].kind == "place"


def test_the_particle_arap_is_inside_a_name() -> None:
    found = actors(
        "Kiprono arap Tarus, a farmer from Zenda, won the race. Tarus trained for years."
    )
    assert "Tarus" in found["Kiprono arap Tarus"].aliases


def test_a_religion_is_no_actor() -> None:
    assert "Islam" not in actors("Jane Roe has taught Islam at the Zenda college for ten years.")


def test_a_possessive_inside_a_party_name_and_its_short_form() -> None:
    found = actors(
        "The Chilean People's Front lost its last seat in May, and the People's Front will"
        " appeal the count."
    )
    assert "People's Front" in found["Chilean People's Front"].aliases
    assert not {"Chilean People", "People"} & set(found)


def test_an_abbreviated_place_head_opens_a_place() -> None:
    assert (
        actors("A cable car will run up Mt. Tarnhorn next spring.")["Mt. Tarnhorn"].kind == "place"
    )


def test_in_before_a_possessive_body_noun_is_no_place() -> None:
    text = (
        "Orvel Shipping Ltd. lost a contract, which led to a fall in Orvel's shares. Orvel"
        " recovered later."
    )
    found = actors(text)
    assert "Orvel" not in found and "Orvel" in found["Orvel Shipping Ltd."].aliases
    assert actors("She lives in Tarnby's old town.")["Tarnby"].kind == "place"


def test_a_short_name_joins_once_a_middle_form_has_joined() -> None:
    text = (
        "Jane Roe runs Kestrel-Tarn Co.'s bicycle arm. Kestrel said on Monday that it would"
        " hire. Rivals of Kestrel-Tarn were quiet."
    )
    found = actors(text)
    assert "Kestrel" not in found
    assert {"Kestrel", "Kestrel-Tarn"} <= set(found["Kestrel-Tarn Co."].aliases)
