"""Speakers: cues before/after, pronouns, according to, statements, organisations."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from tests.extract_helpers import speakers

PUB = date(2025, 6, 25)


def cues(text: str) -> list[str]:
    return [q.cue for q in extract_article(text, PUB).quotes]


CASES = [
    ("X said after", "“We are ready,” Mark Rutte said.", ["Mark Rutte"]),
    ("said X after", "“We are ready,” said Mark Rutte.", ["Mark Rutte"]),
    ("X told before", "Mark Rutte told CNN: “We are ready.”", ["Mark Rutte"]),
    (
        "X said that before",
        "Mark Rutte said that the alliance is “ready for anything.”",
        ["Mark Rutte"],
    ),
    ("title stripped", "“We are ready,” NATO Secretary General Mark Rutte said.", ["Mark Rutte"]),
    (
        "surname refers back",
        "Mark Rutte arrived on Monday. “We are ready for anything,” Rutte said.",
        ["Mark Rutte"],
    ),
    (
        "appositive before verb",
        "Majed Al Ansari, spokesperson for Qatar’s Ministry of Foreign Affairs, told CNN that "
        "talks were “back on track, and moving.”",
        ["Majed Al Ansari"],
    ),
    (
        "according to",
        "The ferry crossing was “rough but safe” according to Jane Doe.",
        ["Jane Doe"],
    ),
    (
        "organisation in a statement",
        "The Union of Lanterns wrote on its website that “the story is simply untrue.”",
        ["Union of Lanterns"],
    ),
    (
        "said the org in a release",
        "“The report is plainly wrong,” said the Union of Ferrymen in a press release.",
        ["Union of Ferrymen"],
    ),
    (
        "wrote on social media",
        "Donald Trump wrote on Truth Social: “The deal is very close now.”",
        ["Donald Trump"],
    ),
    ("unnamed official stays null", "“We have no comment at this time,” an official said.", [None]),
    (
        "the company refers back",
        "Tarnby Telecom ran the forum. The company said it was told of “rude and hostile "
        "messages.”",
        ["Tarnby Telecom"],
    ),
    (
        "country as speaker",
        "Smugglers will “try every harbour on the coast,” Portugal warned.",
        ["Portugal"],
    ),
    (
        "note voiced by another person",
        "“I can be home by Friday,” Tomas Varga read from a note signed by Anna Lindqvist.",
        ["Anna Lindqvist"],
    ),
    (
        "reporting clause at sentence end",
        "“Long overdue” the bridge was mended, said Piet Tarnby, a retired ferryman.",
        ["Piet Tarnby"],
    ),
]


@pytest.mark.parametrize("case,text,want", CASES, ids=[c[0] for c in CASES])
def test_speaker(case: str, text: str, want: list[str | None]) -> None:
    assert speakers(text) == want


PRONOUNS = [
    (
        "he added after a named quote",
        "“I think great progress is being made,” Donald Trump said. He then praised the talks. "
        "“It helped a little bit,” he added.",
        ["Donald Trump", "Donald Trump"],
    ),
    (
        "she skips a man mentioned later",
        "Ellen Lowe spoke after the service. Jacob Knox was charged last May. "
        "“Nobody in the valley slept that night,” she said.",
        ["Ellen Lowe"],
    ),
    (
        "he goes to the sentence subject, not the object",
        "Majed Al Ansari met Donald Trump on Monday. “We are hopeful about the talks,” he said.",
        ["Majed Al Ansari"],
    ),
    (
        "Ms. honorific gives gender",
        "Ms. Keller and Mr. Dobrik met. “The price stays where it is,” she said.",
        ["Keller"],
    ),
]


@pytest.mark.parametrize("case,text,want", PRONOUNS, ids=[p[0] for p in PRONOUNS])
def test_pronoun_resolution(case: str, text: str, want: list[str]) -> None:
    assert speakers(text) == want


def test_quote_paragraph_after_narration_goes_to_its_subject() -> None:
    text = (
        "Donald Trump credited his understanding to Steve Witkoff, the envoy.\n"
        "“I was talking to Steve Witkoff, who knows more about this than anybody.”"
    )
    assert speakers(text) == ["Donald Trump"]


def test_no_recoverable_speaker_is_null() -> None:
    text = "The report was released on Monday.\n\n“This changes everything for the region.”"
    assert speakers(text) == [None]


def test_cues_are_kept_as_written() -> None:
    text = (
        "Majed Al Ansari told CNN that talks are “back on track, and moving.” "
        "“We hope so,” he added."
    )
    assert cues(text) == ["told CNN", "added"]


def test_reporting_clause_makes_its_speaker_salient_for_he() -> None:
    text = (
        "Peter Marsh spoke on Friday. The men visited the house of Bernard Sloane, "
        "Marsh said. “They were in the area,” he said."
    )
    assert speakers(text) == ["Peter Marsh"]


MORE = [
    (
        "appositive with Corp.",
        '"We have nothing to add," Mark Jones, a spokesman for Acme Corp., said in an e-mail.',
        ["Mark Jones"],
    ),
    (
        "name between commas after a role",
        '"It is a disgrace," the opposition leader, Ana Ruiz, wrote on X.',
        ["Ana Ruiz"],
    ),
    (
        "speech word used as a noun",
        "The chief executive, Ida Tarnby, told analysts that demand was “better than ever.”",
        ["Ida Tarnby"],
    ),
    ("said of", '"It was brave," Joseph Zeller said of the sermon.', ["Joseph Zeller"]),
    (
        "adding: second quote",
        '"We will grow," said Jane Doe, adding: "The market is strong."',
        ["Jane Doe", "Jane Doe"],
    ),
]


@pytest.mark.parametrize("case,text,want", MORE, ids=[m[0] for m in MORE])
def test_more_speaker_patterns(case: str, text: str, want: list[str]) -> None:
    assert speakers(text) == want


NOMINAL = [
    (
        "the president responded",
        'President Karl Tarnby spoke today. The president responded, "Not yet, not yet."',
        ["Karl Tarnby"],
    ),
    (
        "went on to add",
        'Anna Roe spoke. She went on to add that "the bridge will be ready in May."',
        ["Anna Roe"],
    ),
    (
        "a company spokesman",
        'Acme Inc. delayed the plant. A company spokesman called a May start "hard, not hopeless."',
        ["Acme Inc."],
    ),
    (
        "a radio report does not hide the speaker",
        "Anna Lindqvist testified. She said the fire was “a day the town will not forget,” "
        "the state radio reported.",
        ["Anna Lindqvist"],
    ),
]


@pytest.mark.parametrize("case,text,want", NOMINAL, ids=[n[0] for n in NOMINAL])
def test_nominal_speakers(case: str, text: str, want: list[str | None]) -> None:
    assert speakers(text) == want


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('"We will not back down," an official said.', "an official"),
        (
            '"The talks are over," a spokesman for the ministry told reporters.',
            "a spokesman for the ministry",
        ),
        ('According to a senior diplomat, "nothing has been agreed yet."', "a senior diplomat"),
        ('A government source said: "The plan is dead."', "A government source"),
        ('"We are ready," Mark Rutte said.', ""),  # a named speaker needs no mention
    ],
)
def test_unnamed_source_fills_speaker_mention(text: str, mention: str) -> None:
    (q,) = extract_article(text, PUB).quotes
    assert q.speaker_mention == mention
    assert (q.speaker is None) == bool(mention)
