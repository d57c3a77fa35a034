"""Guideline rows for words that look like times and are no timex of their own.

TIDES and TimeML non-markables: a count that reads like a year, a periodical named
"daily", a conjunction such as "as soon as". Published Wednesday 2025-06-25, invented
sentences.
"""

from __future__ import annotations

import pytest

from store.timex import tag
from tests.timex_helpers import PUB

PERIODICALS = [
    # TIDES: "daily"/"weekly" naming a newspaper is a noun for a publication, no frequency;
    # the adverb and the adjective of a recurring event stay SETs
    ("The party daily Ruritania Herald said the plan failed.", "daily", False),
    ("The state-run weekly said the plan failed.", "weekly", False),
    ("Jane Roe wrote to the weekly newspaper.", "weekly", False),
    ("It has become a daily rally outside the palace.", "daily", True),
    ("Ferries sail daily. Jane Roe said so.", "daily", True),
    ("The council meets monthly in Ruritania.", "monthly", True),
]

NOT_YEARS = [
    # TIDES non-markables: a count is not a year
    "The fire killed 2,009 people.",
    "They filed a 2009-page report.",
    "The ferry carries 1999 passengers a day.",
]

NO_TIME_OF_THEIR_OWN = [
    # TimeML: "as soon as" is a subordinating conjunction (a SIGNAL, never a TIMEX3)
    ("Call the council as soon as the vote ends.", "soon"),
    # "soon after X", "soon became": soon after another event, not after the text's now
    ("The ferry sank soon after it left port.", "soon"),
    ("The trickle soon became a flood.", "soon"),
    ("Jane Roe was soon released.", "soon"),
    # "previously" and "former" order an event or a role against another one (both files
    # leave "previously" untagged 20 times in 23, "former" always); TE3 data likewise leaves
    # "once" (24 of 25), "already" (36 of 38) and "earlier" before a noun untagged
    ("The mill previously made rope.", "previously"),
    ("Previously, the ferry ran at night.", "Previously"),
    ("The former mayor of Ruritania spoke.", "former"),
    ("The mill was once a school.", "once"),
    ("Shares already trade higher.", "already"),
    ("Earlier cuts closed two mills.", "Earlier"),
    # "later/earlier in the day" orders an event within the day already in focus, as
    # "Earlier cuts" orders it against others: no date of its own (the dev files tag "the
    # day" here once in three; a rule tagging it lifted one tuned file only and was dropped)
    ("Jane Roe reached Tarnby on Monday and spoke there later in the day.", "the day"),
    ("Earlier in the day, the Tarnby council had met.", "the day"),
    # an "after hours" session is the market's time after its close, no length
    ("Kestrel bonds changed hands during the after hours session.", "hours"),
    # a sentence-opening "Now look," / "Now for ..." turns the talk, as "Now, ..." does
    ("Now look, the council in Tarnby must decide.", "Now"),
    ("Now for the weather in Tarnby.", "Now"),
    # "the days of the Cold War": an era named by what filled it, no length (TimeML marks
    # the length in "after days of talks")
    ("Those were the days of the old ferry in Tarnby.", "days"),
    # "the fall of" a city or a regime, "the fall in" prices: the noun of falling, no season
    # (TimeML tags a season only as a time: "the fall of 2004", "last fall" stay)
    ("After the fall of the regime, Tarnby voted.", "fall"),
    ("The fall in ferry fares pleased Tarnby.", "fall"),
    # a season word classing a thing names no season ("spring water" is water from a
    # spring; TimeML marks a season only where it places something in time)
    ("Jane Roe drank spring water in Tarnby.", "spring"),
    ("The summer palace of Ruritania burned.", "summer"),
    ("Jane Roe bought a winter coat.", "winter"),
    ("Kestrel sold two thousand winter jackets.", "winter"),
    ("Jane Roe rented a summer cottage near Tarnby.", "summer"),
    # a weekday naming a weekly observance ("Friday prayers", "Sunday school") is no day
    ("Crowds in Tarnby left Friday prayers early.", "Friday"),
    ("Jane Roe taught Sunday school in Ruritania.", "Sunday"),
]

STILL_TIMES = [
    # the same words placing something in time stay timexes
    ("Prices rose in the summer months.", "the summer", "DATE"),
    ("The summer was hot in Tarnby.", "The summer", "DATE"),
    ("During summer recess the council in Tarnby is shut.", "summer", "DATE"),
    # a season before any other noun places that thing in the season: only a known kind of
    # thing (data/nonmarkables.txt) makes the season a classifier
    ("The summer drought emptied the Tarnby reservoir.", "The summer", "DATE"),
    ("A winter blizzard cut power to Ruritania.", "winter", "DATE"),
    ("Spring floods closed the Tarnby road.", "Spring", "DATE"),
    ("Autumn rains delayed the harvest in Ruritania.", "Autumn", "DATE"),
    ("The spring planting failed in Ruritania.", "The spring", "DATE"),
    ("The Friday meeting in Tarnby was cancelled.", "Friday", "DATE"),
    ("The council met on Friday after prayers.", "Friday", "DATE"),
]


# one occurrence of a weekly observance placed in time is that day: after a time preposition
# (by tense from publication) or with its own date in reach (that date, if it is that weekday)
OBSERVANCE_DAYS = [
    ("Riots broke out after Friday prayers in Tarnby.", "Friday", "2025-06-20"),
    ("Police closed the square before Friday prayers.", "Friday", "2025-06-20"),
    ("Marchers gathered following Sunday services in Tarnby.", "Sunday", "2025-06-22"),
    ("Crowds in Tarnby left Friday prayers early on June 13.", "Friday", "2025-06-13"),
    ("On May 30 crowds gathered after Friday prayers in Tarnby.", "Friday", "2025-05-30"),
]


@pytest.mark.parametrize(("text", "word", "value"), OBSERVANCE_DAYS)
def test_observance_days_placed_in_time(text, word, value):
    assert [(m.type, m.value) for m in tag(text, PUB) if m.text == word] == [("DATE", value)]


@pytest.mark.parametrize(("text", "word"), NO_TIME_OF_THEIR_OWN)
def test_words_with_no_time_of_their_own(text, word):
    assert [m.text for m in tag(text, PUB) if word in m.text] == []


@pytest.mark.parametrize(("text", "phrase", "typ"), STILL_TIMES)
def test_time_words_placing_things_stay_tagged(text, phrase, typ):
    assert [m.type for m in tag(text, PUB) if m.text == phrase] == [typ]


@pytest.mark.parametrize("text", NOT_YEARS)
def test_counts_are_not_years(text):
    number = next(w for w in text.split() if w[0].isdigit())
    assert [m.text for m in tag(text, PUB) if number.split("-")[0] in m.text] == []


@pytest.mark.parametrize(("text", "word", "is_set"), PERIODICALS)
def test_periodicals_are_not_sets(text, word, is_set):
    got = [(m.text, m.type) for m in tag(text, PUB) if m.text.lower() == word]
    assert got == ([(word, "SET")] if is_set else [])
