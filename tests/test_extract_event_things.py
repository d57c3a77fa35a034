"""The products an event tells of (Event.things), and search finding the event by them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store import Article, EventStore
from store.extract import extract_article
from store.extract.actors import find_mentions
from store.extract.cluster import cluster
from store.extract.doc import ArticleDoc
from store.extract.event_things import sentence_things
from store.extract.product_refs import product_refs

PUB = date(2031, 6, 3)

ARTICLE = """Northwind unveils long-range 797

June 3, 2031

Northwind has unveiled a new version of its 797 airliner at its plant in Ruritania.
Lantern Air says the 797-200XR can fly from Oslo to Lima without a stop.
Lantern Air bought ten of Northwind's larger 797 planes last year.
The Kestrel A9 first flew in May.
Once the plane reached Zenda, crews painted it in Lantern Air colours.
"""


def _things(text: str) -> dict[str, list[str]]:
    """Sentence opening -> the product names its events carry."""
    doc = ArticleDoc.parse(text, PUB, "a")
    doc.mentions = find_mentions(doc)
    doc.actors = cluster(doc.mentions)
    return {
        text[at : at + 14]: names for at, names in sentence_things(doc, product_refs(doc)).items()
    }


def test_a_sentence_carries_the_fullest_name_of_what_it_names_or_refers_to() -> None:
    found = _things(ARTICLE)
    assert found["The Kestrel A9"] == ["Kestrel A9"]
    assert found["Once the plane"] == ["Kestrel A9"]  # "the plane", "it"
    # a bare model code takes the maker the article writes before it
    assert found["Lantern Air sa"] == ["Northwind 797-200XR"]
    assert found["Lantern Air bo"] == ["Northwind 797"]
    assert found["Northwind unve"] == ["Northwind 797"]  # the headline too


@pytest.mark.parametrize(
    ("text", "opening", "names"),
    [  # a buyer before the code is no maker
        ("Lantern Air buys 797 jets.\n\nThe 797 jets arrive in May.\n", "The 797 jets a", None),
        # two makers write the code: neither is its maker
        (
            "Northwind 797 and Kestrel 797 fly.\n\nRoe says the 797 is good.\n",
            "Roe says the 7",
            None,
        ),
        (
            "Roe said Northwind grew 20 percent in 2030 and hired 300 staff.\n",
            "Roe said North",
            None,
        ),
    ],
)
def test_no_maker_is_invented(text: str, opening: str, names: list[str] | None) -> None:
    assert _things(text).get(opening) == names


def test_a_sentence_led_by_a_product_is_an_event_with_its_name() -> None:
    ex = extract_article(ARTICLE, PUB)
    led = [e for e in ex.events if e.sentence.startswith("Once the plane")]
    assert led and led[0].things == ["Kestrel A9"]


def test_search_finds_an_event_by_the_product_it_refers_to(tmp_path: Path) -> None:
    article = Article(id="a1", title="Northwind", published=PUB, text=ARTICLE)
    with EventStore(tmp_path / "store.json") as store:
        store.add_extraction(article, extract_article(ARTICLE, PUB, "a1"))
        hits = [e.sentence for e in store.events_page(0, None, query='"Kestrel A9"')]
        assert any(s.startswith("Once the plane") for s in hits)
        hits = [e.sentence for e in store.events_page(0, None, query='"Northwind 797"')]
        assert any(s.startswith("Lantern Air says") for s in hits)
    with EventStore(tmp_path / "store.json") as store:  # the saved index holds them too
        hits = [e.sentence for e in store.events_page(0, None, query='"Kestrel A9"')]
        assert any(s.startswith("Once the plane") for s in hits)


def test_a_family_name_is_not_one_of_its_models() -> None:
    text = "Roe unveiled the eReader 4 today.\n\nRoe said the eReader sold well in 2030.\n"
    assert _things(text)["Roe said the e"] == ["eReader"]  # not "eReader 4"
    text = "Lantern Air flies the Northwind A9.\n\nLantern Air said the A9 is quiet.\n"
    assert _things(text)["Lantern Air sa"] == ["Northwind A9"]
