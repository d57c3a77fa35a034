"""Quote finding: marks, split and multi-paragraph quotes, partial quotes, scare quotes."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

PUB = date(2025, 6, 25)


def quotes(text: str) -> list[tuple[str, str | None]]:
    ex = extract_article(text, PUB)
    names = {a.id: a.name for a in ex.actors}
    for q in ex.quotes:
        assert text[q.start : q.end] == q.text  # offsets cover the quoted words
    return [(q.text, names.get(q.speaker or "")) for q in ex.quotes]


MARKS = [
    ("curly", "“We will not stop,” Jane Doe said.", "We will not stop"),
    ("straight", '"We will not stop," Jane Doe said.', "We will not stop"),
    ("mismatched curly-straight", '“We will not stop," Jane Doe said.', "We will not stop"),
    ("TeX/AP backquotes", "``We will not stop,'' Jane Doe said.", "We will not stop"),
    ("AP double apostrophes", "''We will not stop,'' Jane Doe said.", "We will not stop"),
    ("British single marks", "‘We will not stop,’ Jane Doe said.", "We will not stop"),
    ("straight single marks", "'We will not stop,' Jane Doe said.", "We will not stop"),
    ("final stop kept", "Jane Doe said: “We will not stop.”", "We will not stop."),
    (
        "ellipsis and brackets",
        "“It was [on Iran] a surprise … really,” Jane Doe said.",
        "It was [on Iran] a surprise … really",
    ),
]


@pytest.mark.parametrize("case,text,want", MARKS, ids=[m[0] for m in MARKS])
def test_marks(case: str, text: str, want: str) -> None:
    assert quotes(text) == [(want, "Jane Doe")]


def test_split_quote_gives_two_items_with_one_speaker() -> None:
    text = "“We are ready,” Jane Doe said, “and we will sign it today.”"
    assert quotes(text) == [
        ("We are ready", "Jane Doe"),
        ("and we will sign it today.", "Jane Doe"),
    ]


def test_multi_sentence_quote_is_one_item() -> None:
    text = "“It helped a little bit. It showed a lot of power,” John Smith added."
    assert quotes(text) == [("It helped a little bit. It showed a lot of power", "John Smith")]


def test_quote_running_over_paragraphs() -> None:
    text = (
        "Mayor John Smith spoke at length on Monday.\n\n"
        "“The first thing we did was to close the roads.\n\n"
        "“The second thing was to open the shelters,” he said."
    )
    assert quotes(text) == [
        ("The first thing we did was to close the roads.", "John Smith"),
        ("The second thing was to open the shelters", "John Smith"),
    ]


def test_partial_quotes_inside_a_sentence() -> None:
    text = (
        "Jane Doe said Qatar had been in touch with “all sides” to "
        "‘convince (Israel and Hamas) to get into talks again’."
    )
    assert quotes(text) == [
        ("all sides", "Jane Doe"),
        ("convince (Israel and Hamas) to get into talks again", "Jane Doe"),
    ]


NOT_QUOTES = [
    ("scare quote", 'Mediators were using the "momentum" created by the truce, Jane Doe said.'),
    ("label after called", 'John Smith welcomed the rivals, calling it "flattery."'),
    ("name in quotes", "Beijing insists on its “One China” policy, officials said."),
    ("book title", 'The club wrote on its website that "The Quiet Harbour" was banned.'),
    ("modifier", 'The firm expects more sales in what it calls "the harbour services" arm.'),
]


@pytest.mark.parametrize("case,text", NOT_QUOTES, ids=[n[0] for n in NOT_QUOTES])
def test_scare_quotes_and_titles_are_not_quotes(case: str, text: str) -> None:
    assert quotes(text) == []


QUOTES_BY_CUE = [
    (
        "one-word utterance with cue",
        '"Hallelujah," exclaimed Jane Doe.',
        [("Hallelujah", "Jane Doe")],
    ),
    (
        "short attributed phrase",
        "Jane Doe called the vote a “passing hiccup.”",
        [("passing hiccup.", "Jane Doe")],
    ),
    (
        "partial quote with according to",
        "The harbour was “fairly quiet” according to Jane Doe.",
        [("fairly quiet", "Jane Doe")],
    ),
]


@pytest.mark.parametrize("case,text,want", QUOTES_BY_CUE, ids=[q[0] for q in QUOTES_BY_CUE])
def test_short_quotes_with_a_cue_count(case: str, text: str, want: list) -> None:
    assert quotes(text) == want


def test_quote_ids_are_deterministic_and_linked_to_events() -> None:
    text = "“We will not stop,” Jane Doe said on Monday."
    a, b = extract_article(text, PUB), extract_article(text, PUB)
    assert [q.id for q in a.quotes] == [q.id for q in b.quotes]
    q = a.quotes[0]
    assert q.id == f"{a.article_id}-q{q.start}"
    assert q.event_id in {e.id for e in a.events}
    assert q.cue == "said"


def test_second_opener_closes_an_unclosed_quote() -> None:
    text = (
        "Tom Tarnby said the mayor liked the plan. ``She reads every report on it. "
        "``We all know she wants the bridge built,'' he said."
    )
    assert quotes(text) == [
        ("She reads every report on it.", "Tom Tarnby"),
        ("We all know she wants the bridge built", "Tom Tarnby"),
    ]


def test_headline_quotes_are_not_story_quotes() -> None:
    text = (
        "Trump says 'great progress' being made toward Gaza ceasefire\n"
        "US President Donald Trump has said that “great progress” is being made."
    )
    assert quotes(text) == [("great progress", "Donald Trump")]


def test_inch_marks_after_numbers_are_no_quotation_marks() -> None:
    from datetime import date

    from store.extract import extract_article

    text = (
        "The small Lamp ships with an 11.6 “screen, and buyers of the big one pick a 14” or "
        '16 “panel. Jane Roe said the Lamp is "the best lamp ever made."'
    )
    quotes = [q.text for q in extract_article(text, date(2024, 5, 6)).quotes]
    assert quotes == ["the best lamp ever made."]
