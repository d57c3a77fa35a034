"""A body named with and without its field, and a place spelled with one more last
letter, are one actor in a store (QA notes; invented names)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store import EventStore
from store.formats.articles import ArticleInput
from store.identity import same_actor
from store.identity_filing import ActorKeys, file_actors
from store.ingest import build_article
from store.models import Actor, slugify


def actor(name: str, kind: str) -> Actor:
    return Actor(id=slugify(name), name=name, kind=kind)  # type: ignore[arg-type]


SAME = [
    ("Joint Harbour Chiefs", "Joint Harbour Chiefs of Staff", "organization"),
    ("Tarnby Board", "Tarnby Board of Elders", "organization"),  # a field of plain words
    ("Tarnbo", "Tarnbow", "place"),
    ("Zendabad", "Zendabadh", "place"),
]
APART = [
    ("Supreme Court", "Supreme Court of Ohio", "organization"),  # a province's own court
    ("Harbour", "Harbour of Zenda", "organization"),  # one word proves nothing
    ("Iran", "Iraq", "place"),  # another letter, not one more
    ("America", "Americas", "place"),  # a plural
    ("Zenda", "Zendan", "place"),  # a people's word
    ("Zendar", "Zendari", "place"),  # a people's word
    ("Zendal", "Zendala", "place"),  # another place
    ("Tarnby Savings Bank", "Tarnby Savings Bank of Zenda", "organization"),  # a proper name
    ("Federal Harbour Bank", "Federal Harbour Bank of Boston", "organization"),  # a city
    ("Federal Harbour Bank of Boston", "Federal Harbour Bank of Chicago", "organization"),
    ("Ruritania", "Ruritania Harbour", "place"),
    ("Joint Harbour Chiefs", "Joint Harbour Chiefs of Staff", "place"),  # only bodies
]


@pytest.mark.parametrize(("a", "b", "kind"), SAME)
def test_variants_are_one_actor(a: str, b: str, kind: str) -> None:
    assert same_actor(actor(a, kind), actor(b, kind))
    assert same_actor(actor(b, kind), actor(a, kind))


@pytest.mark.parametrize(("a", "b", "kind"), APART)
def test_other_names_stay_apart(a: str, b: str, kind: str) -> None:
    assert not same_actor(actor(a, kind), actor(b, kind))


@pytest.mark.parametrize(("first", "second"), [(SAME[0][:2]), (SAME[0][1::-1])])
def test_filing_finds_the_stored_variant(first: str, second: str) -> None:
    """The index offers the stored record as a candidate, whichever came first."""
    stored = actor(first, "organization")
    keys = ActorKeys({stored.id: stored.name}, {stored.id: "organization"})
    filing = file_actors([actor(second, "organization")], {stored.id: stored}, keys)
    assert filing.renames or filing.folds


def test_a_store_files_the_variants_as_one(tmp_path: Path) -> None:
    from store.extract import extract_article

    texts = [
        "The Joint Harbour Chiefs of Staff met on Monday near Tarnbo.",
        "The Joint Harbour Chiefs reported on Tuesday that a dock near Tarnbow flooded.",
    ]
    with EventStore(tmp_path / "s.json") as store:
        for day, text in enumerate(texts, start=2):
            inp = ArticleInput(text=text, origin="t", title="", source="", url="", published=None)
            art = build_article(inp, date(2025, 6, day))
            store.add_extraction(art, extract_article(art.text, art.published, art.id))
        names = sorted(a.name for a in store.actors())
    assert names == ["Joint Harbour Chiefs of Staff", "Tarnbow"]
