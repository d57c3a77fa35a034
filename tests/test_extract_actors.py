"""Actors: kinds, roles, aliases, demonyms, headings; and the cross-article merge."""

from __future__ import annotations

import pytest

from tests.extract_helpers import actors

KINDS = [
    ("person with title", "US President Donald Trump spoke on Monday.", "Donald Trump", "person"),
    (
        "organisation head word",
        "The Palestinian Health Ministry said so.",
        "Palestinian Health Ministry",
        "organization",
    ),
    ("acronym", "Leaders met at NATO on Monday.", "NATO", "organization"),
    ("country", "Leaders met in Iran on Monday.", "Iran", "place"),
    ("city with article", "Leaders met in The Hague on Monday.", "The Hague", "place"),
    (
        "people as a group",
        "More than 55,000 Palestinians have been killed.",
        "Palestinians",
        "group",
    ),
    (
        "demonym + officials",
        "The plan was echoed by Qatari officials on Monday.",
        "Qatari officials",
        "group",
    ),
    (
        "demonym + government",
        "The Cuban government said nothing.",
        "Cuban government",
        "organization",
    ),
    ("dateline city", "HAVANA (AP) -- Officials met on Monday.", "Havana", "place"),
    (
        "university of",
        "She studied at the University of Rochester.",
        "University of Rochester",
        "organization",
    ),
]


@pytest.mark.parametrize("case,text,name,kind", KINDS, ids=[k[0] for k in KINDS])
def test_kind(case: str, text: str, name: str, kind: str) -> None:
    found = actors(text)
    assert name in found, sorted(found)
    assert found[name].kind == kind


def test_roles_become_descriptions() -> None:
    found = actors(
        "Speaking alongside Secretary General Mark Rutte, Majed Al Ansari, spokesperson for "
        "Qatar’s Ministry of Foreign Affairs, told CNN it was over."
    )
    assert found["Mark Rutte"].description == "Secretary General"
    assert found["Majed Al Ansari"].description == (
        "spokesperson for Qatar’s Ministry of Foreign Affairs"
    )


@pytest.mark.parametrize(
    "text,name,role",
    [
        ("The site closed, spokesman Serge Caron said.", "Serge Caron", "spokesman"),
        (
            "Steve Witkoff, a close confidant and reportedly the US special envoy, spoke.",
            "Steve Witkoff",
            "US special envoy",
        ),
        ("Jane Doe, 52, left on Monday.", "Jane Doe", ""),
    ],
)
def test_role_from_apposition_or_preceding_words(text: str, name: str, role: str) -> None:
    assert actors(text)[name].description == role


ALIASES = [
    (
        "surname and title",
        "Donald Trump spoke. Trump left. President Trump returned.",
        "Donald Trump",
        {"Trump"},
    ),
    (
        "surname with particle",
        "Majed Al Ansari spoke. Al Ansari left.",
        "Majed Al Ansari",
        {"Al Ansari"},
    ),
    (
        "acronym of an organisation",
        "The Federal Bureau of Investigation said so. The FBI declined to comment.",
        "Federal Bureau of Investigation",
        {"FBI"},
    ),
    (
        "metonymic capital",
        "Qatar denied coordination with Tehran. Iran fired back.",
        "Iran",
        {"Tehran"},
    ),
    (
        "the Church",
        "The Church of Scientology accused them. The Church said so.",
        "Church of Scientology",
        {"Church"},
    ),
]


@pytest.mark.parametrize("case,text,name,aliases", ALIASES, ids=[a[0] for a in ALIASES])
def test_aliases_merge_to_one_actor(case: str, text: str, name: str, aliases: set[str]) -> None:
    found = actors(text)
    assert name in found, sorted(found)
    assert aliases <= set(found[name].aliases)
    for alias in aliases:
        assert alias not in found  # no second actor under the alias


NOT_ACTORS = [
    ("demonym adjective alone", "Iranian nuclear sites were hit on Monday.", "Iranian"),
    ("heading line", "Qatar confirms talks back on\nTalks resumed in Doha on Monday.", "Qatar"),
    (
        "adjective use of a country",
        "Recent American military strikes hit the site.",
        "American military",
    ),
    ("sentence-initial common word", "Extending the truce helps everyone.", "Extending"),
    ("month", "Talks resumed in October.", "October"),
    ("quoted title", 'He runs the "Nuremberg Files" site.', "Nuremberg Files"),
]


@pytest.mark.parametrize("case,text,absent", NOT_ACTORS, ids=[n[0] for n in NOT_ACTORS])
def test_not_actors(case: str, text: str, absent: str) -> None:
    assert absent not in actors(text)


def test_same_surname_goes_to_the_latest_full_name() -> None:
    found = actors("Fidel Ortega spoke first. Then Juanita Ortega spoke. Ortega said no.")
    assert "Ortega" in found["Juanita Ortega"].aliases
    assert "Ortega" not in found


# store-level merge across articles ------------------------------------------------------


CONTEXT_KINDS = [
    (
        "publication after 'the'",
        "“No,” Joe Quimby told the Springfield Shopper.",
        "Springfield Shopper",
        "organization",
    ),
    ("kin apposition", "Her husband, Homer, declined to comment.", "Homer", "person"),
    (
        "place after 'mayor of'",
        "The mayor of Springfield, Joe Quimby, spoke.",
        "Springfield",
        "place",
    ),
    ("coordinated place", "Hospitals in Manchester and Leeds got funds.", "Leeds", "place"),
    (
        "employer",
        "“It dipped,” said Tomas Varga, an analyst with Kestrel Lane.",
        "Kestrel Lane",
        "organization",
    ),
]


@pytest.mark.parametrize("case,text,name,kind", CONTEXT_KINDS, ids=[c[0] for c in CONTEXT_KINDS])
def test_kind_from_context(case: str, text: str, name: str, kind: str) -> None:
    found = actors(text)
    assert found[name].kind == kind


def test_role_before_name_with_comma() -> None:
    found = actors("The mayor of Springfield, Joe Quimby, on Monday defended the plan.")
    assert found["Joe Quimby"].description == "mayor of Springfield"


def test_reuters_style_company_names() -> None:
    found = actors(
        "Shares of Tesla Inc fell while BYD Co posted record sales. BYD said it sold more. "
        "Tesla did not comment. Warren Buffett's Berkshire Hathaway holds BYD stock."
    )
    assert found["Tesla Inc"].kind == "organization" and "Tesla" in found["Tesla Inc"].aliases
    assert "BYD" in found["BYD Co"].aliases and "BYD" not in found
    assert found["Berkshire Hathaway"].kind == "organization"


def test_wikinews_style_protest_report() -> None:
    text = (
        "Protesters gathered outside the International Monetary Fund (IMF) on Saturday.\n\n"
        'Organizers from the group Jubilee USA said 2,000 people came. "The IMF has failed '
        "the poor,\" said Eric LeCompte, the group's executive director. An IMF spokeswoman, "
        "Julie Kozack, said the fund was committed. The protest followed marches in London "
        "and Berlin."
    )
    found = actors(text)
    assert "Protesters" not in found
    assert found["Jubilee USA"].kind == "organization"
    assert found["Eric LeCompte"].kind == "person"
    assert found["Julie Kozack"].description == "IMF spokeswoman"
    assert found["Berlin"].kind == "place"  # literal, not standing for Germany
    assert "IMF" in found["International Monetary Fund"].aliases


def test_employer_before_a_title_and_portfolio_words() -> None:
    found = actors("Tesla CEO Elon Musk met Environment Minister Robert Hale.")
    assert found["Tesla"].kind == "organization"
    assert found["Elon Musk"].description == "Tesla CEO"
    assert found["Robert Hale"].description == "Environment Minister"
    assert "Environment" not in found


def test_acronym_company_with_suffix_is_not_title_cased() -> None:
    found = actors("Its major shareholder is MCA Inc.\n\nMCA and the others declined to comment.")
    assert "MCA" in found["MCA Inc."].aliases


TRAILING = [
    (
        "place noun after a name",
        "Planes landed at Jomo Kenyatta airport in Nairobi.",
        "Jomo Kenyatta airport",
        "place",
    ),
    ("family", "The Miami Gonzalez family appealed.", "Miami Gonzalez family", "group"),
    (
        "singular verb keeps a plural-looking name",
        "Wikinews has learned that it works.",
        "Wikinews",
        "organization",
    ),
]


@pytest.mark.parametrize("case,text,name,kind", TRAILING, ids=[t[0] for t in TRAILING])
def test_trailing_nouns_and_initial_names(case: str, text: str, name: str, kind: str) -> None:
    assert actors(text)[name].kind == kind


def test_plural_common_nouns_at_sentence_start_are_dropped() -> None:
    assert "Planes" not in actors("Planes landed in Paris.")
    assert "Protesters" not in actors("Protesters gathered in Paris.")


# QA fixes: kinds of offices, surnames, products and nicknames; roles before a dash;
# ministries keep their country.
QA_KINDS = [
    (
        "office acronym is the person who holds it",
        "President Lena Holt spoke. When POTUS says no, she means it.",
        "Lena Holt",
        "person",
    ),
    ("office acronym alone is a person", "POTUS says the talks will go on.", "POTUS", "person"),
    (
        "a lone surname that finds out is a person",
        "Just like Marchetti found out last year, the rules are strict.",
        "Marchetti",
        "person",
    ),
    (
        "an age after a lone surname makes a person",
        "Police searched near the scene of the shooting of Marchetti, 52, on Monday.",
        "Marchetti",
        "person",
    ),
    (
        "later evidence overrules a first guess",
        "A task force is studying the attack on Marchetti. The funeral of Marchetti was held.",
        "Marchetti",
        "person",
    ),
    (
        "a ministry named with an adjective keeps it",
        "The Norwegian Ministry of Fisheries said quotas would fall.",
        "Norwegian Ministry of Fisheries",
        "organization",
    ),
]


@pytest.mark.parametrize("case,text,name,kind", QA_KINDS, ids=[q[0] for q in QA_KINDS])
def test_qa_kinds(case: str, text: str, name: str, kind: str) -> None:
    got = actors(text)
    assert name in got, list(got)
    assert got[name].kind == kind


def test_office_acronym_joins_the_one_office_holder() -> None:
    got = actors("President Lena Holt spoke. When POTUS says no, she means it.")
    assert "POTUS" in got["Lena Holt"].aliases and "POTUS" not in got
    # two presidents: no guess
    got = actors("President Lena Holt met President Omar Said. POTUS left early.")
    assert "POTUS" in got and got["POTUS"].kind == "person"


QA_NOT_ACTORS = [
    ("model name with a number", "Six B-7 Condor stealth bombers flew over the sea.", "Condor"),
    ("product before a product noun", "The navy bought Albatross helicopters.", "Albatross"),
    ("nickname after a number word", "He shared a Three Musketeers photo online.", "Musketeers"),
    ("role with a capital The", "The plan, as The Chairman of the Board said, failed.", "Chairman"),
    ("portfolio words", "Minister for Foreign Affairs - Dr. Ana Ruiz - spoke.", "Affairs"),
]


@pytest.mark.parametrize("case,text,absent", QA_NOT_ACTORS, ids=[q[0] for q in QA_NOT_ACTORS])
def test_qa_not_actors(case: str, text: str, absent: str) -> None:
    names = actors(text)
    assert not any(absent in n for n in names), list(names)


def test_role_before_a_dash_stops_at_the_honorific() -> None:
    got = actors("Chilean Minister for Foreign Affairs - Dr. Ana Ruiz - says the border is open.")
    assert got["Ana Ruiz"].description == "Chilean Minister for Foreign Affairs"


def test_ministry_keeps_its_country_and_the_bare_name_as_alias() -> None:
    text = (
        "Ola Berg, spokesperson for Norway's Ministry of Fisheries, said quotas would fall. "
        "The Ministry of Fisheries later confirmed it."
    )
    got = actors(text)
    m = got["Norway's Ministry of Fisheries"]
    assert m.kind == "organization" and "Ministry of Fisheries" in m.aliases
    assert "Ministry of Fisheries" not in got
