"""Products named again as "it", "the plane", "the new eReader" (product_refs)."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.actors import find_mentions
from store.extract.cluster import cluster
from store.extract.doc import ArticleDoc
from store.extract.product_refs import (
    ProductRef,
    fullest,
    named_title,
    product_names,
    product_refs,
)

PUB = date(2025, 6, 25)


def _doc(text: str) -> ArticleDoc:
    doc = ArticleDoc.parse(text, PUB, "a")
    doc.mentions = find_mentions(doc)
    doc.actors = cluster(doc.mentions)
    return doc


def _refs(text: str) -> list[tuple[str, str, str]]:
    """(sentence opening, words, product) of every reference found."""
    doc = _doc(text)
    return [
        (text[at : at + 12], r.words, r.name) for at, rs in product_refs(doc).items() for r in rs
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Lantern Air will fly the Northwind A9 from May.", ["Northwind A9"]),
        ("Orders for the 797-200 Skylark rose.", ["797-200 Skylark"]),
        ("The eReader sold well.", ["eReader"]),
        ("Shops sold 200 eReader covers.", ["eReader"]),
        ("The wing is 79-metre long and holds 16GB of logs.", []),
        ("In 2009 Northwind grew.", []),
        ("Northwind's A9 flew.", ["A9"]),
        # a model number before its name is no count; a round number or a plural is one
        ("Lantern Air leased a 797 Skylark. The 797 was built in Zenda.", ["797 Skylark", "797"]),
        # ... only when the bare number is a name elsewhere in the article
        ("Lantern Air ordered 135 Kestrel. The Kestrel jets will fly from June.", []),
        ("Lantern Air hired 125 Zenda staff. The 125 recruits start in May.", []),
        ("Lantern Air ordered 150 Skylark jets.", []),
        ("Lantern Air ordered 212 Skylarks.", []),
    ],
)
def test_product_names(text: str, names: list[str]) -> None:
    assert [n for _, _, n in product_names(_doc(text))] == names


def test_a_short_name_stands_for_the_fullest_one_that_holds_it() -> None:
    full = fullest(["Northwind A9", "A9", "eReader", "eReader 2", "eReader 3"])
    assert full["A9"] == ["Northwind A9"]
    assert full["eReader"] == ["eReader 2", "eReader 3"]  # ambiguous: recency decides
    assert full["Northwind A9"] == ["Northwind A9"]


def test_the_plane_and_it_stand_for_the_product_named_before() -> None:
    text = (
        "Lantern Air took delivery of the first Northwind A9 on Monday.\n\n"
        "The plane flew to Ruritania on Tuesday.\n\n"
        "It carried 300 passengers.\n\n"
        "After the jet landed, it was towed to a hangar."
    )
    assert _refs(text) == [
        ("The plane fl", "The plane", "Northwind A9"),
        ("It carried 3", "It", "Northwind A9"),
        ("After the je", "the jet", "Northwind A9"),
        ("After the je", "it", "Northwind A9"),
    ]


def test_it_after_a_sentence_led_by_a_company_is_not_a_product() -> None:
    text = (
        "Lantern Air will buy ten Northwind A9 jets.\n\nIt said on Monday that the deal was done."
    )
    assert _refs(text) == []


def test_descriptions_that_do_not_refer_are_left_alone() -> None:
    text = (
        "The Northwind A9 flew on Monday.\n\n"
        "It was announced that Ruritania would buy one.\n\n"
        "Rival Lantern Air called it the quietest plane ever built.\n\n"
        "Ruritania said the plane was too big."
    )  # an expletive "it", a superlative, a description in the object
    assert _refs(text) == [("The Northwin", "Northwind A9", "Northwind A9")]  # its own name


def test_a_bare_brand_that_several_names_hold_is_the_one_named_last() -> None:
    text = (
        "Quillsoft sold the eReader 2 last year and unveiled the eReader 3 on Monday.\n\n"
        "The new eReader will cost $99."
    )
    assert _refs(text) == [("The new eRea", "The new eReader", "eReader 3")]


def test_a_short_name_opening_a_sentence_stands_for_the_full_one() -> None:
    text = "Lantern Air flies the Northwind A9.\n\nThe A9 seats 300 people."
    assert _refs(text) == [("The A9 seats", "The A9", "Northwind A9")]


@pytest.mark.parametrize(
    ("title", "words", "named"),
    [
        ("The plane left at noon", "The plane", "Northwind A9 left at noon"),
        ("It was towed to a hangar", "it", "Northwind A9 was towed to a hangar"),
        ("Its wings were damaged", "It", "Its wings were damaged"),
        ("Ruritania bought the plane", "the plane", "Ruritania bought the plane"),
    ],
)
def test_named_title(title: str, words: str, named: str) -> None:
    assert named_title(title, [ProductRef(0, 0, words, "Northwind A9")]) == named


def test_an_event_title_names_the_product_it_tells_of() -> None:
    text = (
        "The first Northwind A9 was handed to Lantern Air on Monday.\n\n"
        "It flew to Ruritania on Tuesday with 300 passengers."
    )
    ex = extract_article(text, PUB)
    titles = [e.title for e in ex.events]
    assert "Northwind A9 flew to Ruritania on Tuesday with 300 passengers" in titles


def test_a_count_before_a_name_is_not_written_into_a_title() -> None:
    text = (
        "Lantern Air buys jets\n\n"
        "Lantern Air bought 135 Kestrel on Monday.\n\n"
        "The Kestrel jets will fly to Zenda from June."
    )
    ex = extract_article(text, PUB)
    assert not [e.title for e in ex.events if "135" in e.title and "Lantern" not in e.title]
    assert not any(e.things for e in ex.events)


def test_spans_answer_inside_for_nested_and_overlapping_spans() -> None:
    from store.extract.product_refs import _Spans, _word_runs

    spans = _Spans([(0, 10), (2, 4), (12, 15), (13, 20)])
    inside = [at for at in range(0, 22) if spans.holds(at)]
    assert inside == [*range(0, 10), *range(12, 20)]
    assert not _Spans([]).holds(3)
    assert _word_runs("Northwind A9 Max") == [
        "Northwind",
        "Northwind A9",
        "Northwind A9 Max",
        "A9",
        "A9 Max",
        "Max",
    ]
