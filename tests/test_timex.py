"""Temporal tagger: one table per family, the DESIGN.md "Date values" table, the seed article.

Publication date is fixed: Wednesday 2025-06-25. Each row: sentence, the words expected to
be tagged, TIMEX3 type and value, and the When range (None = open / not given).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.formats.articles import split_front_matter
from store.timex import tag

PUB = date(2025, 6, 25)  # a Wednesday
SEED = Path(__file__).resolve().parents[1] / "fixtures/2025-06-25-nato-gaza-ceasefire.md"


def d(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def check(text: str, phrase: str, typ: str, value: str, start=None, end=None, pub=PUB):
    found = tag(text, pub)
    hits = [m for m in found if m.text == phrase]
    assert hits, f"{phrase!r} not tagged in {text!r}: {[(m.text, m.value) for m in found]}"
    m = hits[0]
    assert (m.type, m.value) == (typ, value)
    assert text[m.start : m.end] == m.text
    if start != "-":
        assert m.when.start == d(start)
    if end != "-":
        assert m.when.end == d(end)
    return m


# DESIGN.md "Date values" (published Wed 2025-06-25)
DESIGN = [
    ("It began on October 7, 2023.", "October 7, 2023", "DATE", "2023-10-07", "2023-10-07",
     "2023-10-07"),
    ("Iran fired a missile over the weekend.", "the weekend", "DATE", "2025-W25-WE",
     "2025-06-21", "2025-06-22"),
    ("The talks resumed on Monday.", "Monday", "DATE", "2025-06-23", "2025-06-23", "2025-06-23"),
    ("The leaders will meet on Friday.", "Friday", "DATE", "2025-06-27", "2025-06-27",
     "2025-06-27"),
    ("Prices fell last week.", "last week", "DATE", "2025-W25", "2025-06-16", "2025-06-22"),
    ("Talks stalled earlier this month.", "earlier this month", "DATE", "2025-06", "2025-06-01",
     "2025-06-25"),
    ("He said they met over the past couple of days.", "the past couple of days", "DURATION",
     "P2D", "2025-06-23", "2025-06-25"),
    ("The recent strikes changed things.", "recent", "DATE", "PAST_REF", None, "2025-06-25"),
    ("He recently said so.", "recently", "DATE", "PAST_REF", None, "2025-06-25"),
    ("The talks are now stalled.", "now", "DATE", "PRESENT_REF", "2025-06-25", "2025-06-25"),
    ("The talks are currently stalled.", "currently", "DATE", "PRESENT_REF", "2025-06-25",
     "2025-06-25"),
    ("Sales rose in June 2025.", "June 2025", "DATE", "2025-06", "2025-06-01", "2025-06-30"),
    ("Sales rose in 2025.", "2025", "DATE", "2025", "2025-01-01", "2025-12-31"),
    ("It was popular in the 1990s.", "the 1990s", "DATE", "199", "1990-01-01", "1999-12-31"),
    ("Killed since the war began on October 7, 2023.", "October 7, 2023", "DATE", "2023-10-07",
     "2023-10-07", "2025-06-25"),
]  # fmt: skip

ABSOLUTE = [
    ("It happened on 7 October 2023.", "7 October 2023", "DATE", "2023-10-07"),
    ("Prices rose on Oct. 7.", "Oct. 7", "DATE", "2024-10-07"),
    ("The deal will close Oct 7th.", "Oct 7th", "DATE", "2025-10-07"),
    ("The file is dated 2023-10-07.", "2023-10-07", "DATE", "2023-10-07"),
    ("The letter is dated 10/07/2023.", "10/07/2023", "DATE", "2023-10-07"),
    ("Sales rose in October 2023.", "October 2023", "DATE", "2023-10"),
    ("It defined the 21st century.", "the 21st century", "DATE", "20"),
    ("Growth should resume by mid-2024.", "mid-2024", "DATE", "2024"),
    ("Talks began in early June.", "early June", "DATE", "2025-06"),
    ("Rates fell late last year.", "late last year", "DATE", "2024"),
    ("Sales rose in spring 2024.", "spring 2024", "DATE", "2024-SP"),
    ("Profit rose in the third quarter.", "the third quarter", "DATE", "2024-Q3"),
    ("Profit will rise in the third quarter.", "the third quarter", "DATE", "2025-Q3"),
    ("Profit rose in Q3 2024.", "Q3 2024", "DATE", "2024-Q3"),
    ("Profit rose in fiscal 2024.", "fiscal 2024", "DATE", "2024"),
    ("The vote is in March.", "March", "DATE", "2025-03"),
    ("Jane Roe quit the Zenda board in March, citing her age.", "March", "DATE", "2025-03"),
    ("He fell in May last year.", "May last year", "DATE", "2024-05"),
    ("It happened in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"),
    ("Sales fell in the first half of 2024.", "the first half of 2024", "DATE", "2024-H1"),
    ("They met in the nineties.", "the nineties", "DATE", "199"),
    ("It was built in the 1800s.", "the 1800s", "DATE", "18"),
    ("A hearing is set for the week of July 7.", "the week of July 7", "DATE", "2025-W28"),
    ("It opened in the first week of June.", "the first week of June", "DATE", "2025-W23"),
]  # fmt: skip

RELATIVE = [
    ("He said it today.", "today", "DATE", "2025-06-25"),
    ("He left yesterday.", "yesterday", "DATE", "2025-06-24"),
    ("He leaves tomorrow.", "tomorrow", "DATE", "2025-06-26"),
    ("He speaks tonight.", "tonight", "TIME", "2025-06-25TNI"),
    ("He spoke this morning.", "this morning", "TIME", "2025-06-25TMO"),
    ("He resigned Monday.", "Monday", "DATE", "2025-06-23"),
    ("He will resign Friday.", "Friday", "DATE", "2025-06-27"),
    ("Friday's vote was close.", "Friday", "DATE", "2025-06-20"),
    ("It ended last Friday.", "last Friday", "DATE", "2025-06-20"),
    ("It starts next Tuesday.", "next Tuesday", "DATE", "2025-07-01"),
    ("They meet this weekend.", "this weekend", "DATE", "2025-W26-WE"),  # the coming one
    ("Prices rose this week.", "this week", "DATE", "2025-W26"),
    ("Prices rose last month.", "last month", "DATE", "2025-05"),
    ("Prices will rise next year.", "next year", "DATE", "2026"),
    ("Prices will rise later this year.", "later this year", "DATE", "2025"),
    ("He left two weeks ago.", "two weeks ago", "DATE", "2025-W24"),
    ("He left 18 months ago.", "18 months ago", "DATE", "2023-12"),
    ("They met early Wednesday.", "early Wednesday", "DATE", "2025-06-25"),
    ("He left the day before yesterday.", "the day before yesterday", "DATE", "2025-06-23"),
    ("They met Wednesday.", "Wednesday", "DATE", "2025-06-25"),
    ("Talks resumed earlier this year.", "earlier this year", "DATE", "2025"),
    ("The Zenda ferry could sail as soon as Friday, aides said.", "Friday", "DATE", "2025-06-27"),
    ("The deadline was postponed until Monday.", "Monday", "DATE", "2025-06-30"),
    ("He will fly home Friday, Jane Roe said.", "Friday", "DATE", "2025-06-27"),
    ("Until Monday, they had not called him a suspect.", "Monday", "DATE", "2025-06-23"),
    ("Jane Roe's lease had been due to run out Friday.", "Friday", "DATE", "2025-06-20"),
    ("The offer is due to expire Friday.", "Friday", "DATE", "2025-06-27"),
    ("Rebels were planning to march on Monday.", "Monday", "DATE", "2025-06-30"),
    ("Rebels had planned to march on Monday.", "Monday", "DATE", "2025-06-23"),
]  # fmt: skip

PERIOD_RANGES = [
    ("He returns in three days.", "three days", "DURATION", "P3D", "2025-06-28", "2025-06-28"),
    ("He returns within a week.", "a week", "DURATION", "P1W", "2025-06-25", "2025-07-02"),
    ("Prices rose over the past 18 months.", "the past 18 months", "DURATION", "P18M",
     "2023-12-25", "2025-06-25"),
    ("Prices rose in recent years.", "recent years", "DURATION", "PXY", None, "2025-06-25"),
    ("Prices will rise later this year.", "later this year", "DATE", "2025", "2025-06-25",
     "2025-12-31"),
]  # fmt: skip

DURATIONS = [
    ("It took three days.", "three days", "P3D"),
    ("It took 20 months.", "20 months", "P20M"),
    ("It took a decade.", "a decade", "P10Y"),
    ("It took two-and-a-half years.", "two-and-a-half years", "P2Y6M"),
    ("They lived there for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
    ("They talked for hours.", "hours", "PTXH"),
    ("It took several weeks.", "several weeks", "PXW"),
    ("It lasted a minute and a half.", "a minute and a half", "PT1M30S"),
    ("They signed a two-year deal.", "two-year", "P2Y"),
    ("It ran for the first nine months.", "the first nine months", "P9M"),
    ("After ten years of growth, Tarnby's bubble burst.", "ten years", "P10Y"),
    ("A decades-long battle ended.", "decades-long", "PXDE"),
    ("The Zenda accord caps months of haggling.", "months", "PXM"),
]

TIMES = [
    ("It began at 3 p.m.", "3 p.m.", "2025-06-25T15:00"),
    ("They met at noon.", "noon", "2025-06-25T12:00"),
    ("They met Tuesday night.", "Tuesday night", "2025-06-24TNI"),
    ("It ended at midnight.", "midnight", "2025-06-25T24:00"),
    (
        "Bids for the Tarnby mill close at 4 p.m. EST Nov. 12.",
        "4 p.m. EST Nov. 12",
        "2025-11-12T16:00",
    ),
    ("Zenda's strike ended at noon Thursday.", "noon Thursday", "2025-06-19T12:00"),
    ("Police arrived around 7:15 p.m.", "around 7:15 p.m.", "2025-06-25T19:15"),
    ("It struck yesterday at 6:40 p.m. EDT.", "6:40 p.m. EDT", "2025-06-24T18:40"),
]

SETS = [
    ("They meet every Monday.", "every Monday", "XXXX-WXX-1"),
    ("It is updated daily.", "daily", "P1D"),
    ("It is published weekly.", "weekly", "P1W"),
    ("It is paid annually.", "annually", "P1Y"),
    ("They meet twice a year.", "twice a year", "P1Y"),
    ("The merger will cut Zenda's costs by $40 million a year.", "a year", "P1Y"),
    ("Orangemen march each July.", "each July", "XXXX-07"),
    ("The Fed meets every six weeks.", "every six weeks", "P6W"),
]

VAGUE = [
    ("It is right now clear.", "right now", "PRESENT_REF"),
    ("The current crisis deepened.", "current", "PRESENT_REF"),
    ("In the future it will end.", "the future", "FUTURE_REF"),
    ("It was different in the past.", "the past", "PAST_REF"),
    ("It closed several years ago.", "several years ago", "PAST_REF"),
]

NOT_DATES = [
    "You may go.",
    "They march on to the capital.",
    "The Sun reported it.",
    "More than 55,000 Palestinians died.",
    "Over 1,200 Israelis died.",
    "Call 555-1234 for details.",
    "They won 3-2 on penalties.",
    "The shop is open 24/7.",
    "We believe he is sincere.",
    "Czech Foreign Minister Jan Novak spoke.",
    "A 44-year-old man was arrested.",
    "He previously said so.",
    'Dubbed "Operation Midnight Hammer," the strike worked.',
    "He spoke on Sunday Morning Futures.",
    "It cited resolutions 1696, 1737, 1803 and 1929.",
    "Resolution 2231 expired.",
    "Prime Minister Theresa May spoke.",
    "April Ryan asked a question.",
]


@pytest.mark.parametrize(("text", "phrase", "typ", "value", "start", "end"), DESIGN)
def test_design_table(text, phrase, typ, value, start, end):
    check(text, phrase, typ, value, start, end)


@pytest.mark.parametrize(("text", "phrase", "typ", "value"), ABSOLUTE)
def test_absolute_dates(text, phrase, typ, value):
    check(text, phrase, typ, value, "-", "-")


@pytest.mark.parametrize(("text", "phrase", "typ", "value"), RELATIVE)
def test_relative_days_and_periods(text, phrase, typ, value):
    check(text, phrase, typ, value, "-", "-")


@pytest.mark.parametrize(("text", "phrase", "typ", "value", "start", "end"), PERIOD_RANGES)
def test_period_ranges(text, phrase, typ, value, start, end):
    check(text, phrase, typ, value, start, end)


@pytest.mark.parametrize(("text", "phrase", "value"), DURATIONS)
def test_durations(text, phrase, value):
    check(text, phrase, "DURATION", value, "-", "-")


def test_ranges_in_text():
    # TimeML tags the two ends of a written range as two DATE timexes, each with its own
    # value and a range that agrees with it (was: one "June 1-5" valued June 1 but ending June 5)
    check("It ran June 1-5.", "June 1", "DATE", "2025-06-01", "2025-06-01", "2025-06-01")
    check("It ran June 1-5.", "5", "DATE", "2025-06-05", "2025-06-05", "2025-06-05")
    check("The war lasted 1990-1995.", "1990", "DATE", "1990", "1990-01-01", "1990-12-31")
    check("The war lasted 1990-1995.", "1995", "DATE", "1995", "1995-01-01", "1995-12-31")
    found = [m.text for m in tag("It ran from June 1 to June 5.", PUB)]
    assert found == ["June 1", "June 5"]


@pytest.mark.parametrize(("text", "phrase", "value"), TIMES)
def test_times(text, phrase, value):
    check(text, phrase, "TIME", value, "-", "-")


@pytest.mark.parametrize(("text", "phrase", "value"), SETS)
def test_sets(text, phrase, value):
    m = check(text, phrase, "SET", value, "-", "-")
    assert m.when.start is None and m.when.end is None


@pytest.mark.parametrize(("text", "phrase", "value"), VAGUE)
def test_vague_references(text, phrase, value):
    check(text, phrase, "DATE", value, "-", "-")


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    assert tag(text, PUB) == []


HOLIDAYS = [
    ("They met on Christmas Day 2020.", "Christmas Day 2020", "2020-12-25"),
    ("He was found last Thanksgiving.", "last Thanksgiving", "2024-11-28"),
    ("It reopens on Labor Day.", "Labor Day", "2025-09-01"),
    ("They marched on Easter Sunday.", "Easter Sunday", "2025-04-20"),
    ("It happened on New Year's Eve.", "New Year's Eve", "2024-12-31"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), HOLIDAYS)
def test_holidays(text, phrase, value):
    check(text, phrase, "DATE", value, value, value)


HOLIDAY_WEEKS = [
    # a week named by its holiday is the ISO week holding the day; one that began on or
    # before publication is this year's, even when the day itself is still ahead
    (date(2026, 3, 30), "Easter week opened in Zenda with a lantern parade.", "Easter week",
     "2026-W14"),
    (date(2025, 6, 25), "Shops in Tarnby were full in Christmas week.", "Christmas week",
     "2024-W52"),
    (date(2025, 12, 1), "Shops in Tarnby will be full in Christmas week.", "Christmas week",
     "2025-W52"),
]  # fmt: skip


CLOCK_BRACKETS = [
    # a zone in brackets is kept only whole; a converted time in brackets is left untagged
    ("Kickoff in Strelsau moved to 20:45 CET (19:45 UTC).", [("20:45 CET", "2025-06-25T20:45")]),
    ("Zenda's count closed at 9:15 p.m. (GMT +3), late.", [("9:15 p.m.", "2025-06-25T21:15")]),
    ("Polls in Tarnby open at 9 a.m. (EST).", [("9 a.m. (EST)", "2025-06-25T09:00")]),
]


@pytest.mark.parametrize(("text", "want"), CLOCK_BRACKETS)
def test_clock_brackets(text, want):
    assert [(m.text, m.value) for m in tag(text, PUB)] == want


SEASON_NAMES = [
    # a season word naming an event ("the Winter Olympics") is no season of a year
    ("Tarnby will host the Winter Olympics in 2030.", [("2030", "2030")]),
    ("Jane Roe won gold at the Summer Games.", []),
    ("Tarnby held its winter fair.", [("winter", "2024-WI")]),
]


@pytest.mark.parametrize(("text", "want"), SEASON_NAMES)
def test_seasons_naming_events(text, want):
    assert [(m.text, m.value) for m in tag(text, PUB)] == want


@pytest.mark.parametrize(("pub", "text", "phrase", "value"), HOLIDAY_WEEKS)
def test_holiday_weeks(pub, text, phrase, value):
    got = [(m.text, m.type, m.value) for m in tag(text, pub)]
    assert (phrase, "DATE", value) in got, got


def test_old_year_needs_a_preposition():
    check("Ruritania became a kingdom in 1898.", "1898", "DATE", "1898", "-", "-")
    assert tag("Route 1898 is closed.", PUB) == []


def test_results_reporting_quarters():
    text = (
        "Net income rose in the third quarter. Sales were $5 million, compared with "
        "$4 million a year earlier. Profit in the quarter was $2 million."
    )
    got = {m.text: m.value for m in tag(text, date(1989, 10, 26))}
    assert got == {
        "the third quarter": "1989-Q3",
        "a year earlier": "1988-Q3",
        "the quarter": "1989-Q3",
    }


def test_span_leaves_out_determiners_of_adjectives():
    found = [m.text for m in tag("It posted a third-quarter loss under its two-year plan.", PUB)]
    assert found == ["third-quarter", "two-year"]


def test_sept_11_is_a_date():
    m = check("The Sept. 11 attacks changed it.", "Sept. 11", "DATE", "2024-09-11", "-", "-")
    assert m.when.granularity == "day"


def test_empty_and_blank():
    assert tag("", PUB) == []
    assert tag("   \n ", PUB) == []


def test_seed_article():
    """The design card's seed article, as the fixture ships it (no ../shared needed)."""
    meta, text = split_front_matter(SEED.read_text(encoding="utf-8"))
    assert meta["published"] == PUB.isoformat()
    got = {m.text: m for m in tag(text, PUB)}
    assert got["the weekend"].value == "2025-W25-WE"
    assert got["October 7, 2023"].value == "2023-10-07"
    assert got["October 7, 2023"].when.end == PUB  # "since ... October 7, 2023"
    assert got["recent"].value == "PAST_REF"
    assert got["right now"].value == "PRESENT_REF"
    couple = got["the past couple of days"]
    assert (couple.value, couple.when.start, couple.when.end) == ("P2D", d("2025-06-23"), PUB)
    assert couple.when.approximate
    assert "55,000" not in got and "1,200" not in got


def test_published_may_be_a_datetime():
    from datetime import datetime

    got = [m.value for m in tag("He left last Friday at 3 p.m.", datetime(2025, 6, 25, 9, 30))]
    assert got == ["2025-06-20", "2025-06-20T15:00"]
