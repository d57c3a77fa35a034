"""Newswire forms the dev files hardly hold: fortnights, "the week before last", "FY2026",
a bare "Q3". Invented sentences, published Wednesday 2025-06-25; one row per form."""

from __future__ import annotations

from datetime import date

import pytest

from store.timex import tag
from tests.timex_helpers import PUB

ROWS = [
    # (sentence, phrase, type, value, start, end); start/end None: not checked
    # a fortnight back is the ISO week it lands in, as "two weeks ago" is
    ("The pact was signed a fortnight ago.", "a fortnight ago", "DATE", "2025-W24",
     date(2025, 6, 9), date(2025, 6, 15)),
    ("Two fortnights ago the dam broke.", "Two fortnights ago", "DATE", "2025-W22", None, None),
    # "the past fortnight" has no calendar name: two weeks up to publication (P2W)
    ("Over the past fortnight, prices rose.", "the past fortnight", "DURATION", "P2W",
     date(2025, 6, 11), PUB),
    ("Over the next fortnight the talks go on.", "the next fortnight", "DURATION", "P2W",
     PUB, date(2025, 7, 9)),
    # two steps: the week before last, the month after next
    ("The ferry ran the week before last.", "the week before last", "DATE", "2025-W24",
     date(2025, 6, 9), date(2025, 6, 15)),
    ("The vote is the month after next.", "the month after next", "DATE", "2025-08", None, None),
    ("Prices fell the year before last.", "the year before last", "DATE", "2023", None, None),
    # "FY2026" is "fiscal 2026" (TE3 writes the fiscal year's number)
    ("Revenue for FY2026 rose.", "FY2026", "DATE", "2026", None, None),
    ("FY26 will be better.", "FY26", "DATE", "2026", None, None),
    # a bare quarter reads as "the third quarter" does: the last one ended, unless ahead
    ("Q3 was strong, Jane Roe said.", "Q3", "DATE", "2024-Q3", None, None),
    ("Revenue rose in Q1, the firm said.", "Q1", "DATE", "2025-Q1", None, None),
    ("Sales in Q4 will rise.", "Q4", "DATE", "2025-Q4", None, None),
    ("FY2027 sales will rise. In Q1, revenue fell.", "Q1", "DATE", "2027-Q1", None, None),
    # "on the 15th": that day of the month last dated, else of the month the tense means
    ("The vote is in August. Polls open on the 15th, officials said.", "the 15th", "DATE",
     "2025-08-15", None, None),
    ("The trial began on the 30th.", "the 30th", "DATE", "2025-05-30", None, None),
    ("The trial will begin on the 2nd.", "the 2nd", "DATE", "2025-07-02", None, None),
    # hours and minutes "to come" as days and weeks are: an unspecified number (PTXH)
    ("A ruling is expected in the coming hours.", "the coming hours", "DURATION", "PTXH",
     None, None),
    # "the year to March" is a year counted back from March, like "the year ended March 31"
    ("Growth was 2% in the year to March.", "the year", "DURATION", "P1Y", None, None),
    # TimeML tags a day range's two ends as two DATEs, with words as with a hyphen; the
    # first day takes the year written after the last
    ("The fair ran from July 1 to 5.", "5", "DATE", "2025-07-05", None, None),
    ("The fair ran from July 1 until 5 in Ruritania.", "5", "DATE", "2025-07-05", None, None),
    ("Talks ran May 2 through 4, 1998.", "May 2", "DATE", "1998-05-02", None, None),
    ("Talks ran May 2 through 4, 1998.", "4, 1998", "DATE", "1998-05-04", None, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "typ", "value", "start", "end"), ROWS)
def test_newswire_forms(text, phrase, typ, value, start, end):
    hits = [m for m in tag(text, PUB) if m.text == phrase]
    assert hits, [(m.text, m.value) for m in tag(text, PUB)]
    m = hits[0]
    assert (m.type, m.value) == (typ, value)
    if start is not None:
        assert (m.when.start, m.when.end) == (start, end)


NOT_DATES = [
    "The Audi Q3 sold well in Ruritania.",  # a model's name
    "Ruritania Motors Q4 sold out.",
    "FYI, the ferry is late.",
    "They live on the 15th floor.",  # an ordinal that counts floors, not days
]

COUNTS_AFTER_A_DAY = [
    # a number after "May 2 to" that counts something is no second day
    ("The crew grew on May 2 to 5 people.", ["May 2"]),
    ("Rates rose from May 2 to 5 percent.", ["May 2"]),
]


@pytest.mark.parametrize(("text", "tagged"), COUNTS_AFTER_A_DAY)
def test_counts_after_a_day_are_not_days(text, tagged):
    assert [m.text for m in tag(text, PUB)] == tagged


@pytest.mark.parametrize("text", NOT_DATES)
def test_names_are_not_quarters(text):
    assert [m.text for m in tag(text, PUB)] == []
