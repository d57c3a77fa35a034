"""Events: which sentences are events (greetings to the audience are not), when an
announced plan's event happened, and who a later "he" is."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

PUB = date(2025, 6, 25)


@pytest.mark.parametrize(
    "line",
    [
        "Well, thank you all for coming out in the rain tonight.",
        "Good afternoon, everyone, and welcome to Ruritania House on Monday.",
        "Look, I know many of you drove in from Zenda.",
        "Thanks for having me on the show today, Jane.",
        "Minister Roe, thanks for making time for our listeners today.",  # a vocative first
        "Jane, good to see you this morning.",
    ],
)
def test_greetings_and_thanks_to_the_audience_are_not_events(line: str) -> None:
    text = f"{line} Jane Roe announced the Zeta project on Monday."
    ex = extract_article(text, PUB)
    assert [e.sentence for e in ex.events] == ["Jane Roe announced the Zeta project on Monday."]


def test_thanks_to_someone_is_a_reason_not_a_greeting() -> None:
    text = "Thanks to Jane Roe's plan, Ruritania opened the port on Monday."
    ex = extract_article(text, PUB)
    assert [e.when.start for e in ex.events] == [date(2025, 6, 23)]


def test_a_name_then_thanks_to_someone_is_still_a_reason() -> None:
    text = "Jane Roe, thanks to the new treaty, opened the Zenda port on Monday."
    ex = extract_article(text, PUB)
    assert [e.when.start for e in ex.events] == [date(2025, 6, 23)]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Jane Roe announced that the Port Vell bridge will open in 2027.", PUB),
        ("This, Roe said, would happen next year in Port Vell.", PUB),
        ("The Port Vell bridge will open in 2027.", date(2027, 1, 1)),
        ("Jane Roe said that the bridge opened in 2019.", date(2019, 1, 1)),
        ("Jane Roe said on Monday that the bridge will open in 2027.", date(2025, 6, 23)),
        ("Jane Roe demanded that the Port Vell ferry run again by the end of the month.", PUB),
        ("Jane Roe said the Port Vell bridge reopened at the end of May.", date(2025, 5, 21)),
    ],
)
def test_a_later_date_someone_announces_is_not_when_the_announcement_happened(
    text: str, start: date
) -> None:
    ex = extract_article(text, PUB)
    assert [e.when.start for e in ex.events] == [start]


def test_he_is_the_man_named_before_rather_than_a_name_of_unknown_gender() -> None:
    text = (
        "Tom Okafor spoke at the Lantern conference on Monday.\n\n"
        "Okafor unveiled a new laptop.\n\n"
        "Dr. Voss praised the laptop.\n\n"
        "He said that the change would take a year."
    )
    ex = extract_article(text, PUB)
    names = {a.id: a.name for a in ex.actors}
    e = next(e for e in ex.events if e.sentence.startswith("He said"))
    assert "Tom Okafor" in [names[a] for a in e.actors]


@pytest.mark.parametrize(
    "line",
    [
        "I want to begin with the flooding in Zenda last night.",
        "Let me ask you about the Port Vell bridge.",
        "Now, let's turn to the trade talks with Ruritania.",
        "I realise the minister must leave by noon, so I'll dive in.",
        "Minister Roe, I'd like to move on to the harbour strike of Monday.",
        "Let me tell you something about Zenda.",
    ],
)
def test_a_speaker_announcing_the_next_topic_is_not_an_event(line: str) -> None:
    text = f"QUESTION: {line} Jane Roe announced the Zeta project on Monday."
    ex = extract_article(text, PUB)
    assert [e.sentence for e in ex.events] == ["Jane Roe announced the Zeta project on Monday."]


@pytest.mark.parametrize(
    "line",
    [
        "I'm going to ask the Ruritanian parliament for the funds on Monday.",
        "I want to start building the Zenda dam on Monday.",
        "We will turn the Port Vell harbour into a park on Monday.",
    ],
)
def test_a_plan_in_the_first_person_is_still_an_event(line: str) -> None:
    ex = extract_article(line, PUB)
    assert [e.sentence for e in ex.events] == [line]


def test_a_sentence_may_open_with_a_camel_case_name() -> None:
    text = "Northwind sold the Zeta phone on Monday. iZeta owners queued for hours on Tuesday."
    ex = extract_article(text, PUB)
    assert [e.when.start for e in ex.events] == [date(2025, 6, 23), date(2025, 6, 24)]
