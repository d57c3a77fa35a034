"""ArticleDoc: what stages share of one parsed article (computed once, kept right)."""

from __future__ import annotations

from datetime import date

import pytest

import store.extract.product_refs as product_refs
from store.extract.actors import find_mentions
from store.extract.cluster import cluster
from store.extract.doc import ArticleDoc
from store.extract.event_things import sentence_things

PUB = date(2025, 6, 25)
TEXT = "Lantern Air will fly the Northwind A9 from May. The plane seats 90."


def _doc(text: str = TEXT) -> ArticleDoc:
    doc = ArticleDoc.parse(text, PUB, "a")
    doc.mentions = find_mentions(doc)
    doc.actors = cluster(doc.mentions)
    return doc


def test_once_computes_a_result_once_while_mentions_and_actors_stay() -> None:
    doc = _doc()
    calls: list[int] = []
    make = lambda: calls.append(1) or len(calls)  # noqa: E731
    assert doc.once("k", make) == 1
    assert doc.once("k", make) == 1
    doc.mentions = []  # other mentions: computed again
    assert doc.once("k", make) == 2
    doc.actors = {}
    assert doc.once("k", make) == 3
    assert doc.once("other", make) == 4  # each key its own result


def test_product_names_are_found_once_for_both_stages_that_read_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc = _doc()
    found = product_refs._product_names
    calls: list[ArticleDoc] = []
    monkeypatch.setattr(product_refs, "_product_names", lambda d: calls.append(d) or found(d))
    refs = product_refs.product_refs(doc)
    things = sentence_things(doc, refs)
    assert calls == [doc]
    assert things[0] == ["Northwind A9"] and [r.name for r in refs[48]] == ["Northwind A9"]
