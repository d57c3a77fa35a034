"""Which source names a story row (invented sources)."""

from __future__ import annotations

from datetime import date

from store.stories.rows import StorySource, headline

MON, TUE = date(2031, 3, 17), date(2031, 3, 18)


def source(eid: str, sentence: str, published: date, date_text: str = "") -> StorySource:
    return StorySource(event=eid, sentence=sentence, published=published, date_text=date_text)


def test_the_source_the_others_agree_with_names_the_row_not_the_first_reported():
    aside = source("e1", "Officials joked that the weather in Zenda had been kind.", MON, "Sunday")
    told = [
        source("e2", "Ruritanian drones struck the Strelsau dam on Sunday night.", TUE, "Sunday"),
        source("e3", "Drones struck the Strelsau dam, flooding villages.", TUE, "Sunday"),
        source("e4", "The strike on the Strelsau dam by drones flooded two villages.", TUE),
    ]
    # e3 shares the most words with the other two; the aside shares none
    assert headline([aside, *told]).event == "e3"


def test_two_sources_keep_the_first_reported():
    first = source("e1", "Drones struck the Strelsau dam.", MON)
    second = source("e2", "The Strelsau dam was struck by drones on Sunday.", TUE, "on Sunday")
    assert headline([second, first]).event == "e1"
    assert headline([]) is None
