"""Temporal tagger: tables for the rules added while tuning against the TimeML guidelines.

Every sentence is invented news prose. Publication date: Wednesday 2025-06-25 unless a row
says otherwise. Each row: sentence, the phrase expected, TIMEX3 type and value.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.timex import tag
from tests.timex_helpers import PUB, value_of

# Weekdays point the way the clause's tense points (past: on/before publication).
TENSE = [
    # an abbreviation with periods does not end the sentence that holds the modal
    ("Aides said the Zenda envoy might visit the U.K. as soon as Friday.", "Friday",
     "DATE", "2025-06-27"),
    ("Mr. Lee would travel to the U.S. Friday with his family.", "Friday", "DATE",
     "2025-06-27"),
    # a capitalised -ed word is a name, not a past verb
    ("A lawyer said the envoy would be flying to the United Arab Emirates Friday.", "Friday",
     "DATE", "2025-06-27"),
    # "is to" announces a plan
    ("The exchange is to resume trading Monday.", "Monday", "DATE", "2025-06-30"),
    ("The ministers are to meet again Friday in Oslo.", "Friday", "DATE", "2025-06-27"),
    # "by Monday" is a deadline ahead, unless the clause is past perfect
    ("The company must file its report by Monday.", "Monday", "DATE", "2025-06-30"),
    ("Twelve states had filed reports by Monday, officials said.", "Monday", "DATE",
     "2025-06-23"),
    # "next to" is a place, not a future marker
    ("Two people died in a blast next to the embassy on Friday.", "Friday", "DATE",
     "2025-06-20"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "typ", "value"), TENSE)
def test_weekday_tense(text, phrase, typ, value):
    assert value_of(text, phrase) == (typ, value)


# Results stories: comparisons take the reported period a year back, at its granularity.
# (published, text, phrase, type, value)
REPORTING = [
    # a quarter still to come does not replace the reported one
    (date(1989, 11, 2), "Acme said third-quarter profit rose 12%. It expects a fourth-quarter "
     "charge. Earnings in the latest quarter were helped by lower costs, compared with a loss "
     "a year ago.", "the latest quarter", "DATE", "1989-Q3"),
    (date(1989, 11, 2), "Acme said third-quarter profit rose 12%. It expects a fourth-quarter "
     "charge. Earnings in the latest quarter were helped by lower costs, compared with a loss "
     "a year ago.", "a year ago", "DATE", "1988-Q3"),
    # nor does an older quarter mentioned in passing
    (date(1989, 11, 1), "Widget Corp. posted higher third-quarter net income. After a weak "
     "second quarter, sales recovered. In the year-earlier period, it earned $2 million.",
     "the year-earlier period", "DATE", "1988-Q3"),
    # once the story reports a longer span, the comparison is the year before
    (date(1989, 10, 26), "Net rose in the third quarter. For the nine months, net was $5 "
     "million, up from $4 million a year earlier.", "a year earlier", "DATE", "1988"),
    (date(1989, 10, 26), "Tarnby Mills' third-quarter net slipped. Over the first nine months "
     "it earned $9 million, against $8.2 million for the 1988 period.", "the 1988 period", "DATE",
     "1988"),
    (date(1989, 10, 26), "Net fell in the third quarter. For the first half, sales were flat. "
     "Its year-ago figures had a one-time gain.", "year-ago", "DATE", "1988"),
    # "the quarter ended July 31" is the calendar quarter holding most of it (May-July)
    (date(1989, 10, 30), "Tarnby Mills lost money for the quarter ended July 31.", "the quarter",
     "DATE", "1989-Q2"),
    (date(1989, 10, 30), "Zenda Foods turned a profit over the quarter ended Sept. 30.",
     "the quarter", "DATE", "1989-Q3"),
    # ... unless the story has already named its (fiscal) quarter
    (date(1989, 10, 26), "Sun earned more in the fiscal first quarter. For the quarter ended "
     "Sept. 29, sales rose 39%.", "the quarter", "DATE", "1989-Q1"),
    # "last year" and "a year ago" outside a quarter story count from publication
    (date(1998, 3, 3), "Sales rose in the first half of 1996. Police logged more than 8,000 "
     "such crimes last year.", "last year", "DATE", "1997"),
    (date(1998, 3, 3), "Output fell in the first half of 1995. A year ago, the plant was "
     "idle.", "A year ago", "DATE", "1997"),
    # outside a results sentence "a year ago" is the year, even in a story with a quarter
    (date(2025, 10, 20), "The Jets scored twice in the third quarter. A year ago, the coach "
     "was fired.", "A year ago", "DATE", "2024"),
    # "last year" set against "this year" in its sentence compares years, not quarters
    (date(1989, 10, 30), "Ruritania Mills posted third-quarter net of $5 million. Its board "
     "means to pay a bigger dividend this year than the one it paid last year.", "last year",
     "DATE", "1988"),
    (date(1989, 10, 30), "Ruritania Mills posted third-quarter net of $5 million. With no "
     "gain this year from the sale, last year it earned $2 million from it.", "last year",
     "DATE", "1988"),
    (date(1989, 10, 30), "Ruritania Mills posted third-quarter net of $5 million, five "
     "times more than the mill made last year.", "last year", "DATE", "1988-Q3"),
    # "the period" is a business period only in a results story or sentence
    (date(1989, 10, 26), "Net rose in the third quarter. Sales in the period were flat.",
     "the period", "DATE", "1989-Q3"),
    # "the year-earlier nine months" is one span
    (date(1989, 10, 26), "Zenda Steel turned a small profit in the year-earlier nine months.",
     "the year-earlier nine months", "DURATION", "P9M"),
]  # fmt: skip


@pytest.mark.parametrize(("pub", "text", "phrase", "typ", "value"), REPORTING)
def test_results_reporting(pub, text, phrase, typ, value):
    assert value_of(text, phrase, pub) == (typ, value)


# (published, text, phrase, type, value)
SPANS_AND_SEASONS = [
    # "this summer" is the current year's summer, whatever the tense
    (date(2025, 3, 20), "Unions staged protests this summer before.", "this summer", "DATE",
     "2025-SU"),
    (date(2025, 3, 20), "Organisers expect more marches this summer.", "this summer", "DATE",
     "2025-SU"),
    (date(2025, 2, 10), "It barely snowed this winter.", "this winter", "DATE", "2024-WI"),
    # "the year before" counts back from the period the text last dated
    (PUB, "Zenda's opera sold 40,000 seats last year, against 52,000 the year before.",
     "the year before", "DATE", "2023"),
    (PUB, "He was arrested on June 3. The day before, police had searched his home.",
     "The day before", "DATE", "2025-06-02"),
    # "the previous Friday" counts from the day the text last dated
    (date(1989, 10, 30), "The Tarnby index slipped Friday. That left it 3.2% under its close "
     "of the previous Friday.",
     "the previous Friday", "DATE", "1989-10-20"),
    (PUB, "The talks began on June 3. The following Monday they collapsed.",
     "The following Monday", "DATE", "2025-06-09"),
    # "earlier"/"later" belong to the span of an anchored expression (TimeML: mod, in span)
    (PUB, "The vote was held on June 3. Earlier that day, protesters gathered.",
     "Earlier that day", "DATE", "2025-06-03"),
    (PUB, "She moved to Paris in 2019 and returned later that year.", "later that year",
     "DATE", "2019"),
]  # fmt: skip


@pytest.mark.parametrize(("pub", "text", "phrase", "typ", "value"), SPANS_AND_SEASONS)
def test_spans_and_seasons(pub, text, phrase, typ, value):
    assert value_of(text, phrase, pub) == (typ, value)


NAMES_NOT_DATES = [
    ("Activists staged the ``Spring of Hope'' marches in 1992.", "Spring"),
    ("He told CBS's '60 Minutes'' on Sunday.", "'60"),
]


@pytest.mark.parametrize(("text", "word"), NAMES_NOT_DATES)
def test_names_not_dates(text, word):
    assert word not in [m.text for m in tag(text, PUB)]


def test_in_the_first_months_is_no_deadline():
    """ "in three days" lands on a day after publication; "in the first two months of the
    year" is a stretch the text does not place, so it gets no range."""
    m = next(x for x in tag("In the first two months of the year, exports rose.", PUB)
             if x.text == "the first two months")  # fmt: skip
    assert (m.value, m.when.start, m.when.end) == ("P2M", None, None)
    m = next(x for x in tag("The work will be done in another two weeks.", PUB)
             if x.text == "another two weeks")  # fmt: skip
    assert (m.value, m.when.start, m.when.end) == ("P2W", date(2025, 7, 9), date(2025, 7, 9))


# Parts of a day (TIMEX3 TIME): clock readings in words, parts of a written or anchored day.
PARTS_OF_DAY = [
    ("Ferries to Zenda will sail at 4 in the morning, the port said.", "4 in the morning", "TIME",
     "2025-06-25T04:00"),
    ("Polls stay open until eight in the evening.", "eight in the evening", "TIME",
     "2025-06-25T20:00"),
    # a bare clock time belongs to the day the text last dated, else to publication
    ("Police said the attack began on June 3. The gunman opened fire at 10:35 a.m.",
     "10:35 a.m.", "TIME", "2025-06-03T10:35"),
    ("Police said the gunman opened fire at 10:35 a.m.", "10:35 a.m.", "TIME",
     "2025-06-25T10:35"),
    ("The clinic was attacked on the night of June 3.", "the night of June 3", "TIME",
     "2025-06-03TNI"),
    ("He was detained on June 3. The next morning he was released.", "The next morning",
     "TIME", "2025-06-04TMO"),
    ("Fighting broke out on May 30. That night, the city went dark.", "That night", "TIME",
     "2025-05-30TNI"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "typ", "value"), PARTS_OF_DAY)
def test_parts_of_day(text, phrase, typ, value):
    assert value_of(text, phrase) == (typ, value)


NOT_TIMES = [
    ("Two in the morning session were absent.", "Two in the morning"),
    ("The war began in 1996. That night is remembered.", "That night"),
]


@pytest.mark.parametrize(("text", "phrase"), NOT_TIMES)
def test_not_times(text, phrase):
    assert phrase not in [m.text for m in tag(text, PUB)]


# A duration used as an adjective leaves the article to the noun it modifies.
ADJECTIVAL = [
    ("Ruritanian bonds sank to a five year low on Monday.", "five year", "P5Y"),
    ("Jane Roe ended a three hour hearing.", "three hour", "PT3H"),
    ("Jane Roe is a 27-year Zenda Post veteran.", "27-year", "P27Y"),
    ("They signed a two-year deal.", "two-year", "P2Y"),
    ("The war lasted a year and ended.", "a year", "P1Y"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), ADJECTIVAL)
def test_adjectival_durations(text, phrase, value):
    assert value_of(text, phrase) == ("DURATION", value)


def test_ages_are_not_durations():
    assert tag("Five year olds played in the park.", PUB) == []


# A weekday in the plural recurs (TIMEX3 SET).
RECURRING_WEEKDAYS = [
    ("The market is closed on Sundays.", "Sundays", "XXXX-WXX-7"),
    ("Sunday mornings are quiet in the capital.", "Sunday mornings", "XXXX-WXX-7TMO"),
    ("Night buses will leave Tarnby on Monday and Tuesday nights.", "Tuesday nights",
     "XXXX-WXX-2TNI"),
    ("Night buses will leave Tarnby on Monday and Tuesday nights.", "Monday", "XXXX-WXX-1TNI"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "value"), RECURRING_WEEKDAYS)
def test_recurring_weekdays(text, phrase, value):
    assert value_of(text, phrase) == ("SET", value)


# A rate adverb after a quantity is the per-unit of a rate (like a speed), not a time;
# without a quantity before it, or after "N times", it is a recurring time (SET).
RATE_ADVERBS = [
    ("The mill expects output to grow 7% annually through 2030.", "annually", None),
    ("The new line will make about 40,000 tractors annually.", "annually", None),
    ("The cut saves the utility $3.5 million annually.", "annually", None),
    ("Ridership should rise 4.2 percent yearly, planners said.", "yearly", None),
    ("The council meets annually in Geneva.", "annually", "P1Y"),
    ("The board meets three times annually.", "annually", "P1Y"),
    ("Ferries now sail daily between the islands.", "daily", "P1D"),
    ("Average hourly wages rose in May.", "hourly", "PT1H"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "value"), RATE_ADVERBS)
def test_rate_adverbs(text, phrase, value):
    found = {m.text: (m.type, m.value) for m in tag(text, PUB)}
    assert found.get(phrase) == (None if value is None else ("SET", value))


# "Now," opening a sentence is a discourse marker, not PRESENT_REF.
NOW_DISCOURSE = [
    ("The plan failed. Now, the minister says, talks must restart.", None),
    ('"Now, we wait for the court," he said.', None),
    ("Now, after the merger, the bank has 40 branches.", None),
    ("The plan failed. Now the minister says talks must restart.", "PRESENT_REF"),
    ("For now, the embassy stays closed.", "PRESENT_REF"),
    ("The firm now has 40 branches, up from 12.", "PRESENT_REF"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), NOW_DISCOURSE)
def test_now_as_discourse_marker(text, value):
    found = {m.text.lower(): m.value for m in tag(text, PUB)}
    assert found.get("now") == value


# "one day" between a modal (or "to") and its verb is some day ahead (FUTURE_REF);
# elsewhere it is a duration.
ONE_DAY = [
    ("Analysts say the port will one day rival Rotterdam.", "DATE", "FUTURE_REF"),
    ("She hopes to one day lead the party.", "DATE", "FUTURE_REF"),
    ("Backers think the line could one day reach the coast.", "DATE", "FUTURE_REF"),
    ("The plant was shut for one day in May.", "DURATION", "P1D"),
    ("Visits were cut from two days to one day in May.", "DURATION", "P1D"),
    ("Shares could rise one day after the vote.", "DURATION", "P1D"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "typ", "value"), ONE_DAY)
def test_one_day_as_someday(text, typ, value):
    assert value_of(text, "one day") == (typ, value)


# Calendar spans named with a year: a season of a year spoken in words, two quarters of a
# year (its half).
NAMED_SPANS = [
    ("Prices last hit that level in the spring of nineteen eighty-six.",
     "the spring of nineteen eighty-six", "1986-SP"),
    ("The dam was finished in the summer of two thousand.", "the summer of two thousand",
     "2000-SU"),
    ("Exports fell in the first two quarters of 2019.", "the first two quarters of 2019",
     "2019-H1"),
    ("Exports rose in the last two quarters of 2018.", "the last two quarters of 2018",
     "2018-H2"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "value"), NAMED_SPANS)
def test_named_spans_with_year(text, phrase, value):
    assert value_of(text, phrase) == ("DATE", value)


# Words that look temporal but are not: a name ending in "Today", "the future of" something
# (its prospects); an ordinal day predicated of the present is the publication day.
NOT_TIMES_NOW = [
    ("The figures ran in USA Today on Monday.", "Today"),
    ("This is Radio Free Today.", "Today"),
    ("The vote will shape the future of the alliance.", "the future"),
    ("Jane Roe spoke about the future of Zenda's farms.", "the future"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase"), NOT_TIMES_NOW)
def test_not_times_now(text, phrase):
    assert phrase not in [m.text for m in tag(text, PUB)]


STILL_TIMES = [
    ("Prices rose. Today the index fell.", "Today", "DATE", "2025-06-25"),
    ("Rates may rise in the future.", "the future", "DATE", "FUTURE_REF"),
    ("In the near future of course prices fall.", "the near future", "DATE", "FUTURE_REF"),
    ("It's the third day of the strike at the port.", "the third day", "DATE", "2025-06-25"),
    ("In Gaza, today is the 12th day of the truce.", "the 12th day", "DATE", "2025-06-25"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "typ", "value"), STILL_TIMES)
def test_still_times(text, phrase, typ, value):
    assert value_of(text, phrase) == (typ, value)


def test_past_ordinal_day_is_not_today():
    # an event counts it, the text does not date it: XXXX-XX-XX (TIDES), not publication
    got = [(m.text, m.value) for m in tag("It was the third day of the strike.", PUB)]
    assert got == [("the third day", "XXXX-XX-XX")]


# "until then" / "by then" name the date the text has just given; with none, nothing.
# (published, text, expected value of "then" or None)
UNTIL_THEN = [
    ("The offer expires on Aug. 15. Until then, holders may convert their shares.",
     "2025-08-15"),
    ("The vote is set for March 2026, and by then the party hopes to recover.", "2026-03"),
    ("Until then, nothing had changed.", None),
    ("The mine closed in 1990. Since then, the town has shrunk.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), UNTIL_THEN)
def test_until_then(text, value):
    found = {m.text: m.value for m in tag(text, PUB)}
    assert found.get("then") == value


@pytest.mark.parametrize("close", ["''", '"', "\u201d"])
def test_a_quote_closing_a_sentence_ends_its_tense(close):
    """The next sentence's past verb ("fell") is not the quoted clause's tense."""
    text = f"``The Zenda mill is going to start losing orders in the spring.{close} Sales fell."
    assert [(m.text, m.value) for m in tag(text, date(1998, 2, 6))] == [("the spring", "1998-SP")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a plan in the past perfect was dropped before the story's events: the past day
        ("Jane Roe's permit had been scheduled to lapse Friday.", "1989-10-27"),
        ("They had originally planned to meet Friday.", "1989-10-27"),
        # a plan reported in the simple past still lies ahead
        ("The group planned a rally on Friday.", "1989-11-03"),
    ],
)
def test_a_plan_in_the_past_perfect_is_behind(text, value):
    """Published Monday 1989-10-30."""
    assert [m.value for m in tag(text, date(1989, 10, 30))] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "During the period, the king of Ruritania ruled alone.",
        "Residents of the quarter fled the shelling in Tarnby.",  # a part of a town
    ],
)
def test_a_period_outside_results_is_no_quarter(text):
    assert [(m.text, m.value) for m in tag(text, date(1989, 10, 26))] == []
