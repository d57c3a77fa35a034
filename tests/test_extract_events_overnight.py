"""An attributive "overnight" dates its happening's noun phrase, inside a sentence that
tells of something else on another day (invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.overnight import overnight

PUB = date(2031, 6, 22)
NIGHT = date(2031, 6, 21)
LEAD = (
    "At a press conference in Strelsau today, Jane Roe praised the Ruritanian army’s "
    "overnight strike on the Zenda dam."
)


def test_the_strike_is_its_own_event_that_night_and_the_praise_keeps_today() -> None:
    ex = extract_article(LEAD, PUB)
    by_day = {e.when.start: e for e in ex.events}
    strike, praise = by_day[NIGHT], by_day[PUB]
    assert strike.sentence == "the Ruritanian army’s overnight strike on the Zenda dam"
    assert strike.when.text == "overnight" and strike.when.value == "2031-06-21TNI"
    assert "strike" not in praise.sentence and praise.sentence.endswith("praised")
    assert praise.title.endswith("overnight strike on the Zenda dam")  # the title stays whole
    assert strike.span[0] == LEAD.index("the Ruritanian")


def test_overnight_before_a_word_that_names_no_happening_dates_nothing() -> None:
    for text in ("It was an overnight success.", "Roe booked an overnight stay in Zenda."):
        assert overnight(text, 0, len(text), PUB) is None


def test_the_object_stops_before_a_verb() -> None:
    text = "Ruritania's overnight attack on Zenda killed two."
    a, b, _ = overnight(text, 0, len(text), PUB)
    assert text[a:b] == "Ruritania's overnight attack"


def test_a_sentence_already_dated_that_night_makes_no_second_event() -> None:
    text = "Last night, the Ruritanian army's overnight strike on the Zenda dam began."
    ex = extract_article(text, PUB)
    assert len(ex.events) == 1 and ex.events[0].when.start == NIGHT


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers will hold an overnight session on the Tarnby budget next Thursday.",
        "Jane Roe said lawmakers will hold an overnight session on the Tarnby budget.",
        "Jane Roe said the council plans to hold an overnight vote on the Zenda bridge.",
        "In 2019 an overnight fire destroyed the Zenda mill.",
        "Police said an overnight raid in Tarnby last Friday killed two.",
    ],
)
def test_a_dated_or_future_sentence_has_no_overnight_event_and_keeps_its_words(text) -> None:
    ex = extract_article("Ruritania news\n\n" + text, PUB)
    assert all(e.when.start != NIGHT for e in ex.events)
    assert any(e.sentence == text for e in ex.events)
