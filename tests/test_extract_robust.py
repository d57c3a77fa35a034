"""Extraction never fails on odd input, and what it returns is consistent."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from store.extract import extract_article

PUB = date(2025, 6, 25)

PIECES = st.sampled_from(
    [
        "Donald Trump",
        "said",
        "he added",
        "“",
        "”",
        '"',
        "'",
        "``",
        "''",
        "‘",
        "’",
        ",",
        ".",
        "\n",
        "\n\n",
        " ",
        "Qatar",
        "Qatari officials",
        "the Ministry of Foreign Affairs",
        "on Monday",
        "October 7, 2023",
        "according to",
        "U.S.",
        "Mr.",
        "—",
        "(AP) --",
        "HAVANA",
        "…",
        "[on Iran]",
        "She",
        "It's",
        "and",
        "of",
        "The Church",
        "NATO",
        "3",
        "Jr.",
        # transcripts: speaker labels and timestamps
        "SECRETARY OF STATE JANE ROE:",
        "QUESTION:",
        "Q:",
        "\nMR. SMITH:\n",
        "[00:12:34]",
        "10:30 a.m.",
        "12:00:01",
        "(inaudible)",
        "POTUS",
        "B-7 Condor",
        "Norway's Ministry of Fisheries",
        "The Chairman of the Board",
        "- Dr.",
        "Three Musketeers",
        "found out",
        "further",
        "At the summit,",
        "?",
        ", \t While - … told CNN [ .",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=40).map(" ".join))
def test_any_text_extracts_consistently(text: str) -> None:
    ex = extract_article(text, PUB)
    ids = {a.id for a in ex.actors}
    assert len(ids) == len(ex.actors)
    for q in ex.quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.speaker is None or q.speaker in ids
    events = {e.id for e in ex.events}
    assert len(events) == len(ex.events)
    for e in ex.events:
        assert 0 < len(e.title) <= 72  # never empty, always one row
        assert set(e.actors) <= ids
        assert e.span is not None and text[e.span[0] : e.span[1]]
    assert {q.event_id for q in ex.quotes if q.event_id} <= events


EDGE = [
    "",
    "   \n\n  ",
    "“",
    "”Unopened close.",
    '"Never closed quote runs to the end',
    "He said. She said. They said.",
    "ALL CAPS HEADLINE HERE\n\nBody text follows on Monday.",
]


def test_edge_cases_do_not_fail() -> None:
    for text in EDGE:
        ex = extract_article(text, PUB)
        for q in ex.quotes:
            assert text[q.start : q.end] == q.text


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    ex = extract_article(text, PUB)
    for q in ex.quotes:
        assert text[q.start : q.end] == q.text
    assert all(len(e.title) <= 72 for e in ex.events)
