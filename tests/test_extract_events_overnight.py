"""An attributive "overnight" dates its happening's noun phrase, inside a sentence that
tells of something else on another day (invented sentences)."""

from __future__ import annotations

from datetime import date

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
