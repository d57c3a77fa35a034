"""Conventions where the two TimeML dev files disagree, decided by the guidelines.

One row per construction, published Wednesday 2025-06-25, invented sentences. Each row
cites the reading it follows:
  TimeML = TimeML 1.2.1 annotation guidelines (Saurí et al. 2006), TIMEX3 section;
  TIDES  = TIDES 2005 standard (Ferro et al.), which TimeML 1.2.1 uses for values;
  TE3    = the TempEval-3 task data and scorer (UzZaman et al. 2013);
  HT     = HeidelTime's TIMEX3 normalisation, where the guidelines leave a form open.
Row: (sentence, phrase as tagged, type, value, reading). A phrase may appear twice in
one sentence's rows when the guideline splits the expression into two timexes.
What a guideline leaves untagged is in test_timex_nonmarkables.py; the mods and ranges a
boundary, a qualifier or a fiscal year gives are in test_timex_guideline_mods.py.
"""

from __future__ import annotations

import pytest

from tests.timex_helpers import row_ids, value_of

PRESENT = [
    # TIDES "present reference": now, currently, at present, nowadays -> PRESENT_REF.
    # TE3 data (TimeBank + AQUAINT, the TempEval-3 training set) tags "now" 60 times in 85
    # and "currently" 10 in 16; the untagged ones stand in the same constructions as tagged
    # ones (sentence-initial "Now", "is now", "until now"; one article leaves all six of its
    # "now"s bare), so they are gaps in the annotation, not a rule: every temporal "now" is
    # tagged, as the guideline's reading says
    ("The minister is now in Ruritania.", "now", "DATE", "PRESENT_REF", "TIDES"),
    ("Now the council must decide.", "Now", "DATE", "PRESENT_REF", "TE3"),
    ("For now the ferry runs at night.", "now", "DATE", "PRESENT_REF", "TE3"),
    ("Jane Roe, currently the mayor, spoke.", "currently", "DATE", "PRESENT_REF", "TE3"),
    # the adjective: TE3 data tags "current" (the present one) 9 times in 15
    ("The current system works well.", "current", "DATE", "PRESENT_REF", "TE3"),
    ("Until now the talks have failed.", "now", "DATE", "PRESENT_REF", "TIDES"),
    ("By now the votes should be counted.", "now", "DATE", "PRESENT_REF", "TIDES"),
    ("Prices are currently falling in Ruritania.", "currently", "DATE", "PRESENT_REF", "TIDES"),
    ("At present the council has nine members.", "At present", "DATE", "PRESENT_REF", "TIDES"),
    ("These days the port is quiet.", "These days", "DATE", "PRESENT_REF", "TIDES"),
    ("Nowadays few people take the ferry.", "Nowadays", "DATE", "PRESENT_REF", "TIDES"),
    # TimeML anchored duration: "two weeks from <date>" is a DURATION plus the anchor
    ("The dam will fill ten years from now.", "ten years", "DURATION", "P10Y", "TimeML"),
    ("The dam will fill ten years from now.", "now", "DATE", "PRESENT_REF", "TimeML"),
]

DURATIONS = [
    # TIDES: an unspecified quantity is X; units as HT writes them (DE decade, CE century)
    ("The meeting lasted minutes.", "minutes", "DURATION", "PTXM", "TIDES"),
    ("The queue stretched for hours.", "hours", "DURATION", "PTXH", "TIDES"),
    ("The strike lasted days.", "days", "DURATION", "PXD", "TIDES"),
    ("The siege went on for weeks.", "weeks", "DURATION", "PXW", "TIDES"),
    ("The feud has run for years.", "years", "DURATION", "PXY", "TIDES"),
    ("The border was closed for decades.", "decades", "DURATION", "PXDE", "TIDES/HT"),
    ("The order ruled Ruritania for centuries.", "centuries", "DURATION", "PXCE", "TIDES/HT"),
    # the bare plural after a verb of taking or passing time is the same vague length
    ("The talks in Tarnby could take months.", "months", "DURATION", "PXM", "TIDES"),
    ("It has been decades since the last flood.", "decades", "DURATION", "PXDE", "TIDES/HT"),
    ("Voters in Tarnby waited hours in the rain.", "hours", "DURATION", "PTXH", "TIDES"),
    ("Prices will rise in the coming months.", "the coming months", "DURATION", "PXM", "TIDES"),
    ("Rates may fall in coming weeks.", "coming weeks", "DURATION", "PXW", "TIDES"),
    ("The pact could collapse in a matter of days.", "a matter of days", "DURATION", "PXD",
     "TIDES"),
    # TimeML: a length written as an adjective is a DURATION, one unit when none is counted
    ("They met for a third day-long session.", "day-long", "DURATION", "P1D", "TimeML"),
    ("The year-long strike ended.", "year-long", "DURATION", "P1Y", "TimeML"),
    ("Jane Roe gave an hour-long speech.", "hour-long", "DURATION", "PT1H", "TimeML"),
    # TIDES: "the weeks ahead" is "the coming weeks" (PXW), a length from publication on
    ("Officials will decide in the weeks ahead.", "the weeks ahead", "DURATION", "PXW",
     "TIDES"),
    ("Rates may rise in the months ahead.", "the months ahead", "DURATION", "PXM", "TIDES"),
    # TIDES: a quantity given as a choice is one approximate expression, counted low
    ("Jane Roe expects, in a year or two, to retire.", "a year or two", "DURATION", "P1Y",
     "TIDES"),
    ("The Zenda line will reopen in the next year or so.", "the next year or so", "DATE", "2026",
     "TIDES"),
    # a counted decade: both dev files write years, as TE3 data does
    ("The levy rose over two decades.", "two decades", "DURATION", "P20Y", "TE3"),
    # TIDES: "the past decade" is the length up to the reference time, not the calendar
    # decade before this one (TimeBank wrote one as that decade, AQUAINT one as P10Y)
    ("Growth slowed over the past decade.", "the past decade", "DURATION", "P10Y", "TIDES"),
    ("Growth slowed in the last decade.", "the last decade", "DURATION", "P10Y", "TIDES"),
    ("It was a key event of the past century.", "the past century", "DURATION", "P100Y",
     "TIDES"),
    ("It was the worst flood of the last century.", "the last century", "DATE", "19",
     "TIDES"),
    # a fraction of a century or decade is a length in years; "the past" is part of it
    ("The feud in Tarnby lasted a quarter-century.", "a quarter-century", "DURATION", "P25Y",
     "TIDES"),
    ("Tarnby shrank over the past half-century.", "the past half-century", "DURATION", "P50Y",
     "TIDES"),
]  # fmt: skip

FISCAL = [
    # TE3 data writes a fiscal year as the calendar year it is named for; the TIMEX3 value
    # grammar has no FY form (TIDES' FY1998 is TIMEX2)
    ("Fiscal 2026 revenue rose.", "Fiscal 2026", "DATE", "2026", "TE3"),
    ("Revenue rose in the current fiscal year.", "the current fiscal year", "DATE", "2025",
     "TE3"),
    ("Revenue fell in the first quarter of fiscal 2026.", "the first quarter of fiscal 2026",
     "DATE", "2026-Q1", "TE3"),
    # a fiscal year given by its closing date is a length in TE3 data (the date is its own
    # timex): DURATION P1Y, and "June" a DATE
    ("Revenue fell in the fiscal year ending in June.", "the fiscal year", "DURATION", "P1Y",
     "TE3"),
    ("Revenue fell in the fiscal year ending in June.", "June", "DATE", "2025-06", "TE3"),
    # TE3 writes a fiscal quarter with its fiscal year's number ("the fiscal first quarter"
    # -> 1989-Q1): a quarter with no year of its own is in the fiscal year the story is on
    ("Fiscal 2027 sales will rise. In the first quarter, revenue fell.", "the first quarter",
     "DATE", "2027-Q1", "TE3"),
    ("Sales fell in the first quarter of fiscal 2026. Second-quarter sales rose.",
     "Second-quarter", "DATE", "2026-Q2", "TE3"),
    ("Sales rose in the current fiscal year. The third quarter was weak.", "The third quarter",
     "DATE", "2025-Q3", "TE3"),
]  # fmt: skip


YEAR_MODIFIERS = [
    # TimeML: a year modifying a noun is a DATE ("the 1975 World Series")
    ("A 2011 study found little change.", "2011", "DATE", "2011", "TimeML"),
    ("The 2016 election was close.", "2016", "DATE", "2016", "TimeML"),
    ("Its 2030 target is ambitious.", "2030", "DATE", "2030", "TimeML"),
]


COMPARISONS = [
    # TimeML: a length compared with a plan is a DURATION; after a dated clause "later"
    # anchors a DATE at the unit's granularity (TIDES)
    ("The bridge opened two weeks later than planned.", "two weeks", "DURATION", "P2W",
     "TimeML"),
    ("The bridge opened on May 2. Two weeks later it closed.", "Two weeks later", "DATE",
     "2025-W20", "TIDES"),
]  # fmt: skip

SETS = [
    # TimeML SET: value is the period, quantifier in quant ("every" -> EVERY)
    ("The fair is held every summer.", "every summer", "SET", "XXXX-SU", "TimeML"),
    ("The board meets annually.", "annually", "SET", "P1Y", "TimeML"),
    ("The tax is paid yearly.", "yearly", "SET", "P1Y", "TimeML"),
    ("The paper is printed daily.", "daily", "SET", "P1D", "TimeML"),
    # TimeML SET: a count of things per period is a rate, the period's length ("twice a
    # week" -> P1W); a word describing the things does not make it a length of time
    ("Tarnby presses sixty thousand vinyl records a year.", "a year", "SET", "P1Y", "TimeML"),
    ("The yard builds 400 new ferries a week.", "a week", "SET", "P1W", "TimeML"),
    # TIDES: parts of days are TIME values ("Friday night" -> ...TNI)
    ("Ruritania voted on Friday night.", "Friday night", "TIME", "2025-06-20TNI", "TIDES"),
    # TIDES: a part of day with no day of its own is a part of the day in focus
    (
        "Shares fell on Friday. Dealers sold in the morning.",
        "the morning",
        "TIME",
        "2025-06-20TMO",
        "TIDES",
    ),
    ("Trading was thin in the afternoon.", "the afternoon", "TIME", "2025-06-25TAF", "TIDES"),
    # TIDES: a season the text does not place in a year stays unplaced
    ("The lake freezes in the winter.", "the winter", "DATE", "XXXX-WI", "TIDES"),
]

AGO = [
    # TimeML: "N years ago" is the year it lands on; a decade or century back likewise (a
    # point about that far back), never the length alone
    ("The mill was founded a century ago.", "a century ago", "DATE", "1925", "TimeML"),
    ("The war ended half a century ago.", "half a century ago", "DATE", "1975", "TimeML"),
    ("Two centuries ago the town was built.", "Two centuries ago", "DATE", "1825", "TimeML"),
    ("The ruins were found centuries ago.", "centuries ago", "DATE", "PAST_REF", "TIDES"),
]

SEASONS_AND_HALVES = [
    # TimeML SET: a season counted over several years recurs; "the past" is no time here
    (
        "The river flooded the past three summers.",
        "the past three summers",
        "SET",
        "XXXX-SU",
        "TimeML",
    ),
    ("In the past, the ferry ran daily.", "the past", "DATE", "PAST_REF", "TIDES"),
    # "the latter half" is the second half (H2), as "the last half" is
    (
        "The feud ran through the latter half of 2024.",
        "the latter half of 2024",
        "DATE",
        "2024-H2",
        "TimeML",
    ),
    # a season after a preposition of time stays one, whatever follows it
    ("The ferry will return in the fall in Tarnby.", "the fall", "DATE", "2025-FA", "TimeML"),
    (
        "Tarnby built the ferry in the fall of 2004.",
        "the fall of 2004",
        "DATE",
        "2004-FA",
        "TimeML",
    ),
]

DATELINES = [
    # TimeML marks every date in the text; the document's creation time is its own TIMEX3
    # outside the text. AQUAINT tags a wire dateline's date 5 times in 7 (TimeBank's texts
    # carry none), so a dateline's date is tagged like any other
    ("TARNBY, June 24 (Ruritania News) -- The council met.", "June 24", "DATE", "2025-06-24",
     "TimeML"),
]  # fmt: skip

WEEKS_AND_CENTURIES = [
    # TimeML: a week the text names relative to publication is that ISO week (TimeBank
    # leaves many as 1989-WXX, AQUAINT writes the week: the guidelines decide)
    ("The vote is this week.", "this week", "DATE", "2025-W26", "TimeML"),
    ("Prices fell last week.", "last week", "DATE", "2025-W25", "TimeML"),
    # TE3 (as HT notes): no trailing X on decades and centuries ("19XX" -> "19")
    ("Banking changed in the 20th century.", "the 20th century", "DATE", "19", "TE3"),
]

UNANCHORED_DAYS = [
    # TIDES: a day the text does not fix is XXXX-XX-XX, not a guess (an ordinal day of an
    # event and a day named by an event are dates whose calendar place is unknown)
    ("On the 40th day of the strike the mill closed.", "the 40th day", "DATE", "XXXX-XX-XX",
     "TIDES"),
    ("The day before the vote, Jane Roe resigned.", "The day", "DATE", "XXXX-XX-XX", "TIDES"),
    ("That day the river flooded.", "That day", "DATE", "XXXX-XX-XX", "TIDES"),
    # "later" counts from a time the text has given; with no date written before it, that
    # time is an event's, and publication plus the length would put a past event in the
    # future: the unit is known, the calendar place is not
    ("Two years later the mill in Tarnby closed.", "Two years later", "DATE", "XXXX", "TIDES"),
    ("Jane Roe left Tarnby, and three days later the ferry sank.", "three days later", "DATE",
     "XXXX-XX-XX", "TIDES"),
    ("A month later the council met again.", "A month later", "DATE", "XXXX-XX", "TIDES"),
]  # fmt: skip


VAGUE_ADVERBS = [
    # TIDES 2005 reads "recently" as PAST_REF and "soon" as FUTURE_REF (as HT does). Checked
    # against the TE3 data (TimeBank + AQUAINT): "recently" is tagged PAST_REF 13 times in
    # 20 (TimeBank 13/17, AQUAINT 0/3), and "soon" pointing ahead from the text's now ("will
    # soon", "may soon", "to ... soon") FUTURE_REF 5 times in 9; "soon" after a past event
    # and "as soon as" (below) never. The two readings agree, so the rows stand.
    ("Jane Roe recently left Ruritania.", "recently", "DATE", "PAST_REF", "TE3"),
    ("Until recently, the ferry ran at night.", "recently", "DATE", "PAST_REF", "TE3"),
    ("The mill will soon reopen.", "soon", "DATE", "FUTURE_REF", "TE3"),
    ("Officials may soon seek a vote.", "soon", "DATE", "FUTURE_REF", "TE3"),
    ("The ferry soon will sail again.", "soon", "DATE", "FUTURE_REF", "TE3"),
    ("Talks are expected to resume soon.", "soon", "DATE", "FUTURE_REF", "TIDES"),
    # TIDES: a date named only as later than now is the vague future; TE3 data tags it so
    ("The vote was put off to a later date.", "a later date", "DATE", "FUTURE_REF", "TIDES"),
    ("Shares will be sold at a future date.", "a future date", "DATE", "FUTURE_REF", "TIDES"),
]


DISAGREEMENTS = [
    # the two dev files split on these (TimeBank one way, AQUAINT the other); the reading
    # decides ("later in the day" is in test_timex_nonmarkables.py: no timex)
    # "Earlier Sunday" orders an event against the story's others (as "earlier cuts" does,
    # untagged): "earlier" is no part of Sunday, unlike "early Sunday" (mod START)
    ("Earlier Sunday, police in Tarnby cleared the square.", "Sunday", "DATE", "2025-06-22",
     "TimeML"),
    # TimeML SET with quant EACH: every one of the years, not one three-year length
    ("Ferries ran late in each of the eight weeks of the Tarnby strike.",
     "each of the eight weeks", "SET", "P1W", "TimeML"),
    # TIDES reads "the coming weeks" as a vague length (PXW) anchored on now; "the weeks
    # before the vote" is the same length anchored on the event (TimeML: a DURATION whose
    # end is the event), not a calendar date
    ("Jane Roe was seen in Tarnby in the weeks before the vote.", "the weeks", "DURATION", "PXW",
     "TIDES"),
    ("Jane Roe stayed in Tarnby in the days after the flood.", "the days", "DURATION", "PXD",
     "TIDES"),
]  # fmt: skip


REFERENCE_TIME = [
    # TimeML 1.2.1 / TIDES: a relative expression is read against the reference time of its
    # clause, which is publication until the text moves it. A bare weekday is the one the
    # clause's tense points to from publication; the day itself when a report of that day
    # says so ("said Wednesday" in Wednesday's paper). The dev files' counter-cases (a whole
    # article a week off, a Thursday-dated Friday) are gold slips, not another convention
    ("Jane Roe resigned on Monday.", "Monday", "DATE", "2025-06-23", "TimeML"),
    ("The council will vote on Friday.", "Friday", "DATE", "2025-06-27", "TimeML"),
    ("The council said Wednesday it would act.", "Wednesday", "DATE", "2025-06-25", "TimeML"),
    # once the text names a day, a clock time in the narrative that follows is on that day
    ("The dam in Tarnby broke on May 2. Jane Roe saw it at 10 p.m. from the bridge.",
     "10 p.m.", "TIME", "2025-05-02T22:00", "TimeML"),
    # in a results story the reference time is the period reported on: "a year earlier" is
    # that period a year back, not the year before publication (TimeBank writes it so 57
    # times in 76; the rest are days, months or XX, with no rule between them)
    ("Profit in the second quarter rose to $5 million from $4 million a year earlier.",
     "a year earlier", "DATE", "2024-Q2", "TimeML"),
    # TIDES: "recent years" is a vague length ending at the reference time, like "the past
    # few years" (PXY). TimeBank writes the family ("recent", "coming", "the past few" before
    # a plural unit) 11 times as a PX* length and 9 times as PAST_REF/FUTURE_REF ("recent
    # years" alone: 2 PXY, 3 PAST_REF), with no context telling them apart: the reading stands
    ("Tarnby grew quickly in recent years.", "recent years", "DURATION", "PXY", "TIDES"),
    # decades and centuries counted from a dated year land on a year, as "a century ago"
    # does from publication (AGO): the point about that far on, not a length
    ("The Tarnby mill opened in 1890; a century later it closed.", "a century later", "DATE",
     "1990", "TimeML"),
    ("The war ended in 1945. Two decades later the city was rebuilt.", "Two decades later",
     "DATE", "1965", "TimeML"),
]  # fmt: skip


READINGS = (
    PRESENT + DURATIONS + FISCAL + YEAR_MODIFIERS + COMPARISONS + SETS + WEEKS_AND_CENTURIES
    + AGO + SEASONS_AND_HALVES + VAGUE_ADVERBS + DATELINES + UNANCHORED_DAYS + DISAGREEMENTS
    + REFERENCE_TIME
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phrase", "typ", "value", "reading"), READINGS, ids=row_ids(READINGS)
)
def test_guideline_reading(text, phrase, typ, value, reading):
    assert reading in ("TIDES", "TimeML", "TE3", "TIDES/HT")
    assert value_of(text, phrase) == (typ, value)


def test_that_day_takes_a_written_day():
    text = "On May 2 the dam broke. That day the river flooded."
    assert value_of(text, "That day") == ("DATE", "2025-05-02")
