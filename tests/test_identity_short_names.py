"""An organisation's short form filed in one article joins its full name from another
('Centcom'-type run-together letters, 'NATO'-type initials), conservatively (issue #12)."""

from __future__ import annotations

import pytest

from store.identity import same_actor
from store.identity_filing import ActorKeys, file_actors
from store.models import Actor, slugify
from store.short_names import short_forms


def org(name: str) -> Actor:
    return Actor(id=slugify(name), name=name, kind="organization")


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Ruricom", "RU Ruritanian Command"),  # run-together letters, country code left out
        ("Harcom", "Harbour Command"),
        ("NLTO", "North Lantern Treaty Organization"),  # initials
    ],
)
def test_a_short_form_is_the_same_organisation(short: str, full: str) -> None:
    assert same_actor(org(short), org(full)) and same_actor(org(full), org(short))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (org("Harcom"), Actor(id="harbour-command", name="Harbour Command", kind="person")),
        (org("HC"), org("Harbour Command")),  # two letters prove nothing
        (org("Hamco"), org("Harbour Command")),  # not its letters
        (org("Harbour"), org("Harbour Command")),  # a word of it is no short form
    ],
)
def test_other_names_are_not_joined(a: Actor, b: Actor) -> None:
    assert not same_actor(a, b)


def test_filing_joins_a_short_form_with_the_stored_full_name() -> None:
    stored = org("RU Ruritanian Command")
    keys = ActorKeys({stored.id: stored.name}, {stored.id: "organization"})
    filing = file_actors([org("Ruricom")], {stored.id: stored}, keys)
    assert filing.renames == {"ruricom": stored.id}
    (merged,) = filing.put
    assert merged.name == "RU Ruritanian Command" and merged.aliases == ["Ruricom"]


def test_the_store_finds_the_full_name_for_a_short_form_and_back() -> None:
    full, short = org("North Lantern Treaty Organization"), org("NLTO")
    keys = ActorKeys({full.id: full.name}, {full.id: "organization"})
    assert keys.candidates([short]) == {full.id}
    keys = ActorKeys({short.id: short.name}, {short.id: "organization"})
    assert keys.candidates([full]) == {short.id}


def test_a_one_word_name_has_no_short_forms() -> None:
    assert short_forms("Harbour") == frozenset()
