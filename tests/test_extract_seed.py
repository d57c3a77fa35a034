"""The seed article end to end: every quote's speaker, one actor per real entity."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from store.extract import extract_article
from store.models import article_id

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "2025-06-25-nato-gaza-ceasefire.md"
PUB = date(2025, 6, 25)


@pytest.fixture(scope="module")
def seed():
    raw = SEED.read_text(encoding="utf-8")
    text = raw.split("---", 2)[2].lstrip("\n") if raw.startswith("---") else raw
    return text, extract_article(text, PUB)


def test_article_id_defaults_to_the_text_hash(seed) -> None:
    text, ex = seed
    assert ex.article_id == article_id(text)


SPEAKERS = [
    ("great progress", "Donald Trump"),
    ("I think great progress is being made on Gaza", "Donald Trump"),
    ("Because of the attack that we made [on Iran]", "Donald Trump"),
    ("It helped a little bit. It showed a lot of power", "Donald Trump"),  # he added
    ("Even before this, we were very close", "Donald Trump"),
    ("I was talking to Steve Witkoff", "Donald Trump"),  # about Witkoff, not by him
    ("all sides", "Majed Al Ansari"),
    ("convince (Israel and Hamas) to get into talks again", "Majed Al Ansari"),
    ("This is the time now for President Trump", "Majed Al Ansari"),
    ("There was momentum created by the ceasefire", "Majed Al Ansari"),  # he said
    ("There was intelligence on possible strikes", "Majed Al Ansari"),
    ("It was unprecedented and we did not expect", "Majed Al Ansari"),
]


def test_every_quote_has_the_right_speaker(seed) -> None:
    text, ex = seed
    names = {a.id: a.name for a in ex.actors}
    got = [(q.text, names.get(q.speaker or "")) for q in ex.quotes]
    assert len(got) == len(SPEAKERS)
    for (qt, who), (start, want) in zip(got, SPEAKERS, strict=True):
        assert qt.startswith(start)
        assert who == want, qt


def test_scare_quote_momentum_is_not_a_quote(seed) -> None:
    _, ex = seed
    assert "momentum" not in [q.text for q in ex.quotes]


def test_one_actor_per_real_entity(seed) -> None:
    _, ex = seed
    by_name = {a.name: a for a in ex.actors}
    ids = Counter(a.id for a in ex.actors)
    assert max(ids.values()) == 1
    want = {
        "Donald Trump": "person",
        "Mark Rutte": "person",
        "Steve Witkoff": "person",
        "Majed Al Ansari": "person",
        "NATO": "organization",
        "Hamas": "organization",
        "CNN": "organization",
        "Palestinian Health Ministry": "organization",
        "Iran": "place",
        "Israel": "place",
        "Qatar": "place",
        "Gaza": "place",
        "The Hague": "place",
        "United States": "place",
        "Qatari officials": "group",
        "Palestinians": "group",
    }
    for name, kind in want.items():
        assert by_name[name].kind == kind, name
    assert {"Trump"} <= set(by_name["Donald Trump"].aliases)
    assert {"Al Ansari"} <= set(by_name["Majed Al Ansari"].aliases)
    assert "Tehran" in by_name["Iran"].aliases
    for stray in ("Trump", "Al Ansari", "Tehran", "Iranian", "Qatar confirms talks back on"):
        assert stray not in by_name
    assert by_name["Mark Rutte"].description == "Secretary General"
    assert by_name["Qatari officials"].description == "officials of Qatar"  # linked to Qatar
    assert by_name["Donald Trump"].description == "US President"
    assert by_name["Majed Al Ansari"].description == (
        "spokesperson for Qatar’s Ministry of Foreign Affairs"
    )
    assert by_name["Steve Witkoff"].description.endswith("special envoy to the Middle East")


def test_events_cover_dated_and_reporting_sentences(seed) -> None:
    _, ex = seed
    values = {e.when.value for e in ex.events}
    assert {"2023-10-07", "2025-W25-WE", "2025-06-25"} <= values
    assert all(len(e.title) <= 72 for e in ex.events)
    assert not any(e.sentence.startswith("Qatar confirms talks") for e in ex.events)
    quoted = {qid for e in ex.events for qid in e.quotes}
    assert quoted == {q.id for q in ex.quotes}
    titles = [e.title for e in ex.events]
    assert any(t.startswith("Al Ansari added that") for t in titles)  # "He added that ..."
    assert any(t.startswith("Trump: I think great progress") for t in titles)
