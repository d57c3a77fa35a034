"""Error classes found by reading extraction on text no rule was scored on (issue #12,
round 9). Every sentence is invented; each row fails without its rule."""

from __future__ import annotations

import pytest

from tests.extract_helpers import actors, speakers

SHORT_FORMS = [
    (
        "an acronym that is a company's first word",
        "ZRB Holdings Inc. said it would sell the plant. Analysts said ZRB would cut debt.",
        "ZRB Holdings Inc.",
        "ZRB",
    ),
    (
        "initials without the corporate tail and the ampersand",
        "Kell Zorbex Raine & Co. cut its forecast on Monday. KZR said the market was weak.",
        "Kell Zorbex Raine & Co.",
        "KZR",
    ),
    (
        "a short name that is exactly one company's name without its suffix",
        "Tarnwell Corp. agreed to buy the studio. Tarnwell Kestrel Acquisition Corp. will hold"
        " the shares. Tarnwell said the price was fair.",
        "Tarnwell Corp.",
        "Tarnwell",
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
        '"The deal is done," said Christian Tarnow, a director of Oy Kestrel.',
        "Christian Tarnow",
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
        'Jane Roe spoke first. "The cost could be high," worries former adviser John Doe.',
        "John Doe",
    ),
    (
        "'the company' is the company the story is about, not a broker named in passing",
        "Kestrel Labs will split in two. Kestrel Labs shares rose, said Jane Roe, an analyst at"
        ' Tarnby Securities. In a statement, the company said: "Both parts will do well."',
        "Kestrel Labs",
    ),
    (
        "the name before the first comma heads the subject, not one in the apposition",
        'Kestrel Industries, a group of firms owned by Jane Roe, said it "intends to seek'
        ' control" of the rival.',
        "Kestrel Industries",
    ),
    (
        "a person named inside a relative clause of an unnamed subject does not speak",
        "Police want John Doe. Doe's stepmother, who married Doe's father when Doe was 30, said"
        ' on Thursday: "I would like to see him come forward."',
        None,
    ),
    (
        "an owner phrase before a role is no head: the appositive names the speaker",
        'Zorb\'s campaign manager, Jane Roe, said in a statement that Doe had "sunk low."',
        "Jane Roe",
    ),
    (
        "a pronoun subject after a fronted phrase, not a name inside that phrase",
        "King Tarn met the envoy. In an interview from Tarnby on ZBC, he declined to discuss"
        ' details, but said: "I do not think the talks will fail."',
        "King Tarn",
    ),
    (
        "words a source said, relayed by an outlet that 'reported' them",
        "Jane Roe spoke on Monday. Ana Tarn said she prayed for him. She said the murder was"
        ' "a black stain on Zenda," Zenda radio reported.',
        "Ana Tarn",
    ),
    (
        "a place's name that is the surname of the one person so named",
        'Mayor Ana Lisbon urged people to be alert. "There has been an increase," Lisbon said.',
        "Ana Lisbon",
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
        "ZorbNet, which hosted the site, closed it on Thursday.",
        "ZorbNet is claiming the files were stolen. ZorbNet claims to have seen the logs.",
    ],
)
def test_a_camel_case_name_that_acts_is_a_body(text: str) -> None:
    assert actors(text)["ZorbNet"].kind == "organization"


def test_a_camel_case_product_after_an_article_stays_a_thing() -> None:
    assert "TarnPad" not in actors("Sales of the TarnPad, which launched in May, topped forecasts.")


def test_a_counted_demonym_whose_plural_is_itself_is_a_people() -> None:
    found = actors("Guards detained four Chinese and two Lebanese at the Zenda border on Monday.")
    assert found["Chinese"].kind == found["Lebanese"].kind == "group"


def test_a_counted_demonym_before_a_noun_stays_an_adjective() -> None:
    assert not {"Chinese", "Swiss"} & set(
        actors("Six Chinese soldiers and many Swiss banks were named.")
    )


@pytest.mark.parametrize("word", ["Pretax", "Postwar"])
def test_a_prefixed_dictionary_word_opening_a_sentence_is_no_name(word: str) -> None:
    found = actors(f"{word} profit rose 5% at Kestrel Labs. Ruricom shares slid 4% on Monday.")
    assert word not in found
    assert found["Ruricom"].kind == "organization"


def test_a_portfolio_minister_is_no_body() -> None:
    text = 'The Norwegian foreign minister said on Monday that "the talks are over."'
    assert speakers(text) == [None]
    assert not [n for n in actors(text) if "minister" in n]


@pytest.mark.parametrize(
    "text",
    [
        "The fund rose, according to Lorrimer Analytical Services Inc. That's a record.",
        "They lost to Lorrimer Analytical Services Inc. Recently, it won a contract.",
    ],
)
def test_a_company_suffix_can_end_a_sentence(text: str) -> None:
    assert set(actors(text)) == {"Lorrimer Analytical Services Inc."}


def test_a_company_named_in_capitals_keeps_its_short_name() -> None:
    found = actors("TARNWELL Corp. said profit rose. Tarnwell said sales of hair clips grew.")
    assert "Tarnwell" not in found
    assert "Tarnwell" in found["TARNWELL Corp."].aliases


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Records show Lazaro Tarnow's 62-year-old brother, Delfin Tarnow, was fined twice.",
            "Delfin Tarnow",
        ),
        ("Zenlandic leader Moammar Tarnow agreed in April to hand them over.", "Moammar Tarnow"),
        ("Her young stepmother, Nelsy, was at the head of the march on Monday.", "Nelsy"),
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
        (
            "Warrants were issued for Jane Roe, 44, of Tarnby, Vt. Her whereabouts are unknown.",
            "Vt. Her",
        ),
        ("He was hurt at home in Zenda, N.Y. Tarnow treated him in May.", "N.Y. Tarnow"),
        ("He will stay in the U.S. That's not the best, Jane Roe said.", "U.S. That"),
    ],
)
def test_a_state_or_country_abbreviation_can_end_a_sentence(text: str, gone: str) -> None:
    assert gone not in actors(text)


def test_a_state_abbreviation_mid_sentence_keeps_its_sentence() -> None:
    assert "Jane Roe" in actors("He moved to Zenda, N.Y., on Monday with Jane Roe.")


def test_storms_and_craft_are_no_actors() -> None:
    found = actors(
        "Hurricane Zelda hit the coast on Monday. The Space Shuttle Kestrel landed in Zenda."
    )
    assert not {"Hurricane Zelda", "Space Shuttle Kestrel", "Shuttle Kestrel"} & set(found)


@pytest.mark.parametrize(
    "text",
    [
        "The two Slavic neighbours met in Zenda on Monday.",
        "The Tarnby group cites Biblical scripture in its leaflets.",
        "Kestrel Labs holds a plant on the Crimean coast near Zenda.",
    ],
)
def test_a_proper_adjective_before_a_noun_is_no_actor(text: str) -> None:
    assert not {"Slavic", "Biblical", "Crimean"} & set(actors(text))


def test_an_inverted_cue_verb_opening_the_sentence_is_no_part_of_a_name() -> None:
    text = 'Replied Zenda Ministry deputy spokesman Jane Roe, "We have not seen the statement."'
    found = actors(text)
    assert "Zenda Ministry" in found and not [n for n in found if n.startswith("Replied")]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Kestrel Tools, Rockvale, Ill., said profit rose.", "Rockvale"),
        ("Tarnco, Charlotte, N.C., said it would buy the bank.", "Charlotte"),
        ("Zorbex is based in Randolph, Mass. Kestrel, a food chain, agreed.", "Randolph"),
    ],
)
def test_a_word_before_a_us_state_is_a_town(text: str, town: str) -> None:
    assert actors(text)[town].kind == "place"


def test_the_particle_arap_is_inside_a_name() -> None:
    found = actors("The president, Daniel arap Tarn, said the talks failed. Tarn left for Zenda.")
    assert "Tarn" in found["Daniel arap Tarn"].aliases


def test_a_religion_is_no_actor() -> None:
    assert "Islam" not in actors("She studied Islam in Zenda, Jane Roe said on Monday.")


def test_a_possessive_inside_a_party_name_and_its_short_form() -> None:
    found = actors(
        "A fine will cost the far-right German People's Union 5,000 marks. Party spokesman"
        " Bernd Tarn said the People's Union would challenge it."
    )
    assert "People's Union" in found["German People's Union"].aliases
    assert not {"German People", "People"} & set(found)


def test_an_abbreviated_place_head_opens_a_place() -> None:
    assert (
        actors("Tourists climb Mt. Tarnhorn every year in Zenda.")["Mt. Tarnhorn"].kind == "place"
    )


def test_in_before_a_possessive_body_noun_is_no_place() -> None:
    text = (
        "Zorbex Computer Corp. fell. Sales caused a drop in Zorbex's stock. Later Zorbex plunged."
    )
    found = actors(text)
    assert "Zorbex" not in found and "Zorbex" in found["Zorbex Computer Corp."].aliases
    assert actors("She lives in Tarnby's old town.")["Tarnby"].kind == "place"


def test_a_short_name_joins_once_a_middle_form_has_joined() -> None:
    text = (
        "Jane Roe, director of Kestrel-Tarn Co.'s systems unit, spoke. Kestrel announced last"
        " week that it planned to ship. Sun, Kestrel-Tarn and others disagree."
    )
    found = actors(text)
    assert "Kestrel" not in found
    assert {"Kestrel", "Kestrel-Tarn"} <= set(found["Kestrel-Tarn Co."].aliases)
