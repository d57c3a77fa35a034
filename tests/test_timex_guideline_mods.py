"""Guideline rows for the mod and the range a timex carries beyond its value.

A boundary word ("the end of the month", TimeML mod END), a qualifier of a length ("about
five hours", APPROX) and a fiscal year's months narrow or qualify what the value says.
Published Wednesday 2025-06-25, invented sentences; the readings are cited as in
test_timex_guidelines.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.timex import tag
from tests.timex_helpers import PUB, row_ids

FISCAL_RANGES = [
    # the value keeps the fiscal number; the range is the quarter's real months once the
    # story says when its fiscal year ends (a fiscal year is named for the year it ends in)
    ("Sales fell in the fiscal year ending in June 2026. In the first quarter, sales rose.",
     "the first quarter", "2026-Q1", date(2025, 7, 1), date(2025, 9, 30)),
    ("Ruritania Mills had a loss for the fiscal year ended March 31, 2026. The second half "
     "was weak.", "The second half", "2026-H2", date(2025, 10, 1), date(2026, 3, 31)),
    ("Sales fell in the fiscal year ending in June 2026. Fiscal 2026 second-quarter sales "
     "rose.", "Fiscal 2026 second-quarter", "2026-Q2", date(2025, 10, 1), date(2025, 12, 31)),
    # the fiscal year itself, once its closing month is said (there or earlier)
    ("Ruritania Mills said fiscal 2026, which ends in June, will be hard.", "fiscal 2026",
     "2026", date(2025, 7, 1), date(2026, 6, 30)),
    ("Sales fell in the fiscal year ending in June 2026. Fiscal 2027 will be better.",
     "Fiscal 2027", "2027", date(2026, 7, 1), date(2027, 6, 30)),
    ("Fiscal 2026 sales rose.", "Fiscal 2026", "2026", date(2026, 1, 1), date(2026, 12, 31)),
    # a closing date written after the quarter fixes it: the year it ended in (TE3 writes
    # a fiscal first quarter that ended in September with that calendar year) and its months
    ("Zenda Steel's fiscal 2025 began in July. Orders grew in the fiscal first quarter that "
     "ended Sept. 30.",
     "the fiscal first quarter", "2024-Q1", date(2024, 7, 1), date(2024, 9, 30)),
    ("Profit rose in the third quarter ended Oct. 1.", "the third quarter", "2024-Q3",
     date(2024, 7, 1), date(2024, 9, 30)),
    # a fiscal year that ends in December is the calendar year
    ("Sales fell in the fiscal year ending in December 2026. In the first quarter, sales "
     "rose.", "the first quarter", "2026-Q1", date(2026, 1, 1), date(2026, 3, 31)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "value", "start", "end"), FISCAL_RANGES)
def test_fiscal_quarters_cover_their_months(text, phrase, value, start, end):
    hits = [m for m in tag(text, PUB) if m.text == phrase]
    assert hits, [(m.text, m.value) for m in tag(text, PUB)]
    assert (hits[0].value, hits[0].when.start, hits[0].when.end) == (value, start, end)


BOUNDARIES = [
    # TimeML mod START / MID / END on the period's own value; the range is its part
    ("Zenda's talks resume at the end of the month, aides say.", "the end of the month",
     "2025-06", "END", "2025-06-21", "2025-06-30", "TimeML"),
    ("Talks resume at the start of next month.", "the start of next month", "2025-07",
     "START", "2025-07-01", "2025-07-11", "TimeML"),
    ("Sales fell late last year.", "late last year", "2024", "END", "2024-09-01",
     "2024-12-31", "TimeML"),
    ("Sales fell in early June.", "early June", "2025-06", "START", "2025-06-01",
     "2025-06-10", "TimeML"),
    ("Sales fell in mid-2024.", "mid-2024", "2024", "MID", "2024-05-01", "2024-08-31", "TimeML"),
    ("The report is due by the end of the week.", "the end of the week", "2025-W26", "END",
     "2025-06-27", "2025-06-29", "TimeML"),
    # "late in the week" is "late this week": the edge word is in the span and is the mod
    ("Prices rose late in the week.", "late in the week", "2025-W26", "END", "2025-06-27",
     "2025-06-29", "TimeML"),
    ("Talks may resume early in the month.", "early in the month", "2025-06", "START",
     "2025-06-01", "2025-06-10", "TimeML"),
    ("The mill shut in the early 1990s.", "the early 1990s", "199", "START", "1990-01-01",
     "1993-12-31", "TimeML"),
    ("Growth slows by mid-decade.", "mid-decade", "202", "MID", "2023-01-01", "2026-12-31",
     "TimeML"),
    # a half of a decade or century: the period's value, START or END, the half's years
    ("Tarnby's mills boomed in the last half of the '70s.", "the last half of the '70s",
     "197", "END", "1975-01-01", "1979-12-31", "TimeML"),
    ("Sales rose in the first half of the 1990s.", "the first half of the 1990s", "199",
     "START", "1990-01-01", "1994-12-31", "TimeML"),
    ("It changed in the second half of the 20th century.",
     "the second half of the 20th century", "19", "END", "1950-01-01", "1999-12-31", "TimeML"),
    ("Growth slows in the second half of the decade.", "the second half of the decade",
     "202", "END", "2025-01-01", "2029-12-31", "TimeML"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod", "start", "end", "reading"),
    BOUNDARIES,
    ids=row_ids(BOUNDARIES),
)
def test_boundaries_narrow_the_range(text, phrase, value, mod, start, end, reading):
    assert reading in ("TimeML", "TIDES", "TE3")
    hits = [m for m in tag(text, PUB) if m.text == phrase]
    assert hits, [(m.text, m.value) for m in tag(text, PUB)]
    m = hits[0]
    assert (m.value, m.mod) == (value, mod)
    assert (m.when.start.isoformat(), m.when.end.isoformat()) == (start, end)
    assert m.when.approximate


QUANTITY_MODS = [
    # TimeML 1.2.1: the qualifier stays in the span and becomes the mod (every row here)
    ("The siege lasted about five hours.", "about five hours", "PT5H", "APPROX"),
    ("The strike lasted more than a week.", "more than a week", "P1W", "MORE_THAN"),
    ("The talks took less than two days.", "less than two days", "P2D", "LESS_THAN"),
    ("The fast lasted at least three days.", "at least three days", "P3D", "EQUAL_OR_MORE"),
    ("Terms run no more than six months.", "no more than six months", "P6M", "EQUAL_OR_LESS"),
    ("The strike lasted three days.", "three days", "P3D", ""),
    # "over" is "more than" after a length's verb or preposition, else "during" (outside)
    ("The tour will last over a week.", "over a week", "P1W", "MORE_THAN"),
    ("It was the first rise in over a decade.", "over a decade", "P10Y", "MORE_THAN"),
    ("Payments are spread over three years.", "three years", "P3Y", ""),
]


@pytest.mark.parametrize(("text", "phrase", "value", "mod"), QUANTITY_MODS)
def test_quantity_mods(text, phrase, value, mod):
    hits = [m for m in tag(text, PUB) if m.text == phrase]
    assert hits, [(m.text, m.value) for m in tag(text, PUB)]
    assert (hits[0].value, hits[0].mod) == (value, mod)


def test_a_boundary_of_a_day_keeps_the_day():
    """ "early Wednesday": mod START, but a day has no smaller calendar part to narrow to."""
    m = next(m for m in tag("They met early Wednesday.", PUB) if m.text == "early Wednesday")
    assert (m.value, m.mod, m.when.start, m.when.end) == ("2025-06-25", "START", PUB, PUB)
