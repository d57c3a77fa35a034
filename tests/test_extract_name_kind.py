"""A bare name typed by hand gets its kind from extraction's rules, without an article
being parsed or dated for it (issue #12: a direct, light classifier)."""

from __future__ import annotations

import pytest

import store.timex
from store.extract.name_kind import name_kind
from store.hand_actors import guess_kind

NAMES = [
    ("Zenda Air Base", "place"),
    ("Lake Zenda", "place"),
    ("Ruritanian Harbour Office", "organization"),
    ("Strelsau Fisheries Board", "organization"),
    ("Harbour Lantern", "organization"),  # two words, no given name: a body
    ("NATO", "organization"),
    ("Jane Roe", "person"),
    ("Tom August", "person"),
    ("President Jane Roe", "person"),
    ("Palestinians", "group"),
    ("Cuban government", "organization"),
    ("Qatari officials", "group"),
    ("France", "place"),
    ("Zorvex", "person"),  # nothing says otherwise: a person, as extraction guesses
]


@pytest.mark.parametrize(("name", "kind"), NAMES)
def test_name_kind(name: str, kind: str) -> None:
    assert name_kind(name) == kind


def test_guess_kind_parses_no_article_and_tags_no_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a bare name needs no date tagging")

    monkeypatch.setattr(store.timex, "tag", refuse)
    monkeypatch.setattr("store.extract.doc.tag", refuse)
    assert guess_kind("Strelsau Fisheries Board") == "organization"
    assert guess_kind("Jane Roe") == "person"
