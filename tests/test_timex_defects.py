"""QA defects of `dateline parse`, one table row per sentence (published Wed 2025-06-25).

Each row: sentence, the words expected tagged (None = nothing tagged), type, value, and
the When range (start, end); "-" skips a range check.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.errors import DateParseError
from store.timex import parse_when, tag

PUB = date(2025, 6, 25)  # a Wednesday


def d(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


ROWS = [
    # 1. sentence-initial "May" + subject + bare verb is the modal
    ("May the best candidate win.", None, "", "", "-", "-"),
    ("May the talks succeed, he said.", None, "", "", "-", "-"),
    ('"May the voters decide," she said.', None, "", "", "-", "-"),
    ("The vote is set for May.", "May", "DATE", "2026-05", "2026-05-01", "2026-05-31"),
    ("May 5 was quiet.", "May 5", "DATE", "2025-05-05", "2025-05-05", "2025-05-05"),
    # 2. a weekday before a newspaper's noun is a name
    ("He read the Sunday Times.", None, "", "", "-", "-"),
    ("The Sunday Telegraph ran the story.", None, "", "", "-", "-"),
    ("A Sunday Mirror reporter asked.", None, "", "", "-", "-"),
    ("The Sunday Times reported it on Sunday.", "Sunday", "DATE", "2025-06-22", "2025-06-22",
     "2025-06-22"),
    # 3. a clock time takes the day written after it
    ("They met at 10:30 pm on 3 March.", "10:30 pm on 3 March", "TIME", "2025-03-03T22:30",
     "2025-03-03", "2025-03-03"),
    ("They met at 10:30 p.m. on March 3, 2024.", "10:30 p.m. on March 3, 2024", "TIME",
     "2024-03-03T22:30", "2024-03-03", "2024-03-03"),
    ("The blast came at 9 a.m. on the 3rd of March.", "9 a.m. on the 3rd of March", "TIME",
     "2025-03-03T09:00", "2025-03-03", "2025-03-03"),
    # 4. present tense for a scheduled future points a bare month-day forward
    ("The rule takes effect January 1.", "January 1", "DATE", "2026-01-01", "2026-01-01",
     "2026-01-01"),
    ("The licence expires May 1.", "May 1", "DATE", "2026-05-01", "2026-05-01", "2026-05-01"),
    ("The season begins March 3.", "March 3", "DATE", "2026-03-03", "-", "-"),
    ("The payment is due February 10.", "February 10", "DATE", "2026-02-10", "-", "-"),
    ("The rule took effect January 1.", "January 1", "DATE", "2025-01-01", "-", "-"),
    # 5. an impossible day invents nothing, not even its year (issue 14, item 13)
    ("It happened on 29 February 2023.", None, "", "", "-", "-"),
    ("The pact was signed on Feb 30, 2025.", None, "", "", "-", "-"),
    ("Ruritania voted on April 31st, 2020.", None, "", "", "-", "-"),
    ("The talks ran April 30-31, 2020.", None, "", "", "-", "-"),
    ("It happened on June 31.", None, "", "", "-", "-"),
    ("It happened on 31 June.", None, "", "", "-", "-"),
    ("It happened on 29 February 2024.", "29 February 2024", "DATE", "2024-02-29", "-", "-"),
    ("Sales rose in March 15 percent.", "March", "DATE", "2025-03", "-", "-"),
    # 6. the two ends of a range: two DATE timexes whose ranges agree with their values
    ("The plan runs 2019-2021.", "2019", "DATE", "2019", "2019-01-01", "2019-12-31"),
    ("The plan runs 2019-2021.", "2021", "DATE", "2021", "2021-01-01", "2021-12-31"),
    ("The war lasted 1990-95.", "95", "DATE", "1995", "1995-01-01", "1995-12-31"),
    ("From 2001 to 2021 it grew.", "2001", "DATE", "2001", "2001-01-01", "2001-12-31"),
    ("From 2001 to 2021 it grew.", "2021", "DATE", "2021", "2021-01-01", "2021-12-31"),
    ("Between June 1 and June 15 it rained.", "June 15", "DATE", "2025-06-15", "2025-06-15",
     "2025-06-15"),
    ("The fair ran June 1-5.", "June 1", "DATE", "2025-06-01", "2025-06-01", "2025-06-01"),
    ("The fair ran June 1-5.", "5", "DATE", "2025-06-05", "2025-06-05", "2025-06-05"),
    # 7. "a decade ago" is a year about ten years back
    ("A decade ago it was different.", "A decade ago", "DATE", "2015", "2015-01-01",
     "2015-12-31"),
    ("Two decades ago it was a farm.", "Two decades ago", "DATE", "2005", "-", "-"),
    # 8. a range of durations is one DURATION at its lower bound
    ("It will take three to five years.", "three to five years", "DURATION", "P3Y", None, None),
    ("Repairs took two or three weeks.", "two or three weeks", "DURATION", "P2W", None, None),
    ("It lasted 12-18 months.", "12-18 months", "DURATION", "P12M", None, None),
    # 9. a future weekday equal to the publication day is a week on
    ("Officials will meet on Wednesday.", "Wednesday", "DATE", "2025-07-02", "2025-07-02",
     "2025-07-02"),
    ("Officials met on Wednesday.", "Wednesday", "DATE", "2025-06-25", "-", "-"),
    ("Officials said Wednesday they would meet.", "Wednesday", "DATE", "2025-06-25", "-", "-"),
    # 10. holidays follow the tense like weekdays
    ("Crowds gathered on New Year's Day.", "New Year's Day", "DATE", "2025-01-01",
     "2025-01-01", "2025-01-01"),
    ("They celebrated Independence Day.", "Independence Day", "DATE", "2024-07-04", "-", "-"),
    ("They will celebrate Independence Day.", "Independence Day", "DATE", "2025-07-04", "-",
     "-"),
    ("Shops closed on Christmas.", "Christmas", "DATE", "2024-12-25", "-", "-"),
    ("Families will gather at Thanksgiving.", "Thanksgiving", "DATE", "2025-11-27", "-", "-"),
    ("Pilgrims flocked to Rome at Easter.", "Easter", "DATE", "2025-04-20", "-", "-"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "typ", "value", "start", "end"), ROWS)
def test_defects(text, phrase, typ, value, start, end):
    found = tag(text, PUB)
    if phrase is None:
        assert found == [], [(m.text, m.value) for m in found]
        return
    hits = [m for m in found if m.text == phrase]
    assert hits, f"{phrase!r} not tagged in {text!r}: {[(m.text, m.value) for m in found]}"
    m = hits[0]
    assert (m.type, m.value) == (typ, value)
    if start != "-":
        assert m.when.start == d(start)
    if end != "-":
        assert m.when.end == d(end)


def test_new_years_day_follows_the_past_tense_in_december():
    (m,) = tag("Crowds celebrated on New Year's Day.", date(2025, 12, 20))
    assert m.value == "2025-01-01"


def test_a_past_weekday_still_reads_as_today():
    # "said Wednesday" in Wednesday's paper is that day, whatever else follows
    (m,) = tag("Up until Wednesday, however, they had said no.", PUB)
    assert m.value == "2025-06-25"


VAGUE = [
    # "in coming months" is the vague future, as TimeBank tags it; with "the" it stays a span
    ("Demand will slow in coming months.", "coming months", "DURATION", "PXM"),
    ("We will know more in the coming weeks.", "the coming weeks", "DURATION", "PXW"),
    # "had" in another clause does not make a deadline past: "which Jane Roe had predicted,
    # ... clear the debt by February" points to the coming February
    ("The merger, which Jane Roe had long predicted, fits a plan to clear the Tarnby "
     "debt by February.", "February", "DATE", "2026-02"),
    ("He had filed the reports by February.", "February", "DATE", "2025-02"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "typ", "value"), VAGUE)
def test_vague_and_deadlines(text, phrase, typ, value):
    hits = [m for m in tag(text, PUB) if m.text == phrase]
    assert hits and (hits[0].type, hits[0].value) == (typ, value)


def test_todays_era_is_not_a_date():
    # "today's world", "today's youth": the present era, left untagged as TimeBank does
    assert tag("In today's world, it is hard to hide.", PUB) == []
    assert (
        tag("Jane Roe says the phone means to today's youth what radio meant to hers.", PUB) == []
    )
    (m,) = tag("Today's meeting was short.", PUB)
    assert m.value == "2025-06-25"


RATES = [
    # a count of things per period is a rate (SET), like "$5 million a year"
    ("Zenda sells over sixty thousand records a year.", "a year", "SET", "P1Y"),
    ("The airline runs four flights a week.", "a week", "SET", "P1W"),
    ("The plant ships 5,000 units a month.", "a month", "SET", "P1M"),
    ("Profit was $5 million a year.", "a year", "SET", "P1Y"),
    ("He left two years a week ago.", "two years", "DURATION", "P2Y"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "typ", "value"), RATES)
def test_rates(text, phrase, typ, value):
    hits = [m for m in tag(text, PUB) if m.text == phrase]
    assert hits and (hits[0].type, hits[0].value) == (typ, value)


def test_a_range_of_vague_lengths_is_one_duration():
    # "weeks or months": one DURATION in its smaller unit (was: two, "weeks" and "months")
    (m,) = tag("The Zenda colony likely failed within weeks or months of its founding.", PUB)
    assert (m.text, m.type, m.value) == ("weeks or months", "DURATION", "PXW")
    (m,) = tag("It happened weeks or months ago.", PUB)
    assert m.value == "PAST_REF"


THE_YEARS = [
    ("Over the years, many patients died.", "the years", "PXY", "year"),
    ("Zenda clinics saw fewer patients in the early years.", "the early years", "PXY", "year"),
    ("It took several weeks.", "several weeks", "PXW", "week"),  # a vague length: its unit
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "value", "gran"), THE_YEARS)
def test_unspecified_years(text, phrase, value, gran):
    hits = [m for m in tag(text, PUB) if m.text == phrase]
    assert hits and (hits[0].type, hits[0].value) == ("DURATION", value)
    assert hits[0].when.granularity == gran


def test_a_counted_range_of_durations_keeps_its_lead():
    # "the next 9 to 15 months": one DURATION with its lead, a range up to the far bound
    (m,) = tag("Ruritania will build the new ports during the next 9 to 15 months.", PUB)
    assert (m.text, m.value) == ("the next 9 to 15 months", "P9M")
    assert (m.when.start, m.when.end) == (PUB, date(2026, 9, 25))
    (m,) = tag("Prices rose in the past two or three weeks.", PUB)
    assert (m.text, m.value, m.when.end) == ("the past two or three weeks", "P2W", PUB)


def test_a_quarter_before_year_one_is_dropped_not_raised():
    # published on 1 January of year 1, "the quarter" (the last one ended) would be in year
    # 0, off the calendar: the mention is left out, the tagger and parse_when do not crash
    assert tag("The quarter was weak.", date(1, 1, 1)) == []
    with pytest.raises(DateParseError):
        parse_when("THE QUARTER", date(1, 1, 1))
