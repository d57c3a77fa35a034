"""Regex building blocks shared by the rule families (plain strings, compiled by the rules).

Each block is written once here so "Oct. 7", "7 October" and "October 2023" agree on what
a month, a day and a year look like. All rule regexes are compiled at import time.
"""

from __future__ import annotations

import re

from .lexicon import ORDINALS, SCALES, TENS, UNITS_1


def alt(words) -> str:
    """Alternation, longest first so "September" wins over "Sep"."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


MONTH = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)(?:\b|(?<=\.))"
)
MONTH2 = MONTH.replace("?P<mon>", "?P<mon2>")
WEEKDAY_FULL = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY = (
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\b\.?)(?:\b|(?<=\.))"
)
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b"
ORD_WORD = alt([w for w in ORDINALS if w != "last"])
DAY_WORD = rf"(?P<dayw>{ORD_WORD})"
YEAR4 = r"(?P<year>1[0-9]\d\d|20\d\d)"
YEAR = r"(?P<year>(?:1[0-9]\d\d|20\d\d)(?!\d|,\d)|'\d\d(?!\w))"
YEAR_ = YEAR.replace("?P<year>", "?P<year2>")
# "early", "mid-", "the end of" before a month or year (the mod START/MID/END)
EDGE = r"(?:(?P<edge>early|mid|late|the\s+(?:end|beginning|start|middle)\s+of)[-\s]+)?"
# "the first half of the 1990s": a decade's or century's half (mods.half_of reads it)
HALF_OF = r"(?:(?:the\s+)?(?P<half>first|second|last|latter)\s+half\s+of\s+)?"
NOT_NUM_BEFORE = r"(?<![\w$\u20ac\u00a3.,/:-])"
NOT_NUM_AFTER = r"(?![\w%\u00b0/]|[.,:-]\d|\s?(?:%|percent\b|per\s?cent))"

_N1 = alt(UNITS_1)
_N10 = alt(TENS)
_SC = alt(SCALES)
NUMWORD = (
    rf"(?:(?:{_N10})(?:[- ](?:{_N1}))?|{_N1})(?:[- ](?:{_SC}))?"
    r"(?:(?:-and-a-|\s+and\s+a\s+)half)?"
)
NUMBER = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:[\s-]+\d/\d{{1,2}})?(?:\.\d+)?|{NUMWORD}|a\s+couple\s+of|a\s+couple|"
    r"couple\s+of|a\s+pair\s+of|an?\s+(?:hundred|thousand|dozen)|an?|half\s+an?)"
    r"(?:(?:-and-a-|\s+and\s+a\s+)half)?"
)
VAGUE_NUM = (
    r"(?:several|a\s+few|few|many|some|numerous|multiple|a\s+number\s+of|dozens\s+of|"
    r"hundreds\s+of|thousands\s+of)"
)
UNIT = (
    r"(?P<unit>second|minute|hour|day|night|week(?!end)|weekend|fortnight|month|quarter|"
    r"year|decade|centur(?:y|ie)|millenni(?:um|a))"
)
QUALIF = (
    r"(?:(?:about|around|roughly|approximately|nearly|almost|some|over|more\s+than|less\s+than|"
    r"fewer\s+than|at\s+least|at\s+most|up\s+to|just|only|barely|well\s+over|under|another|"
    r"an\s+additional|a\s+further|close\s+to|the\s+better\s+part\s+of|the\s+past|the\s+last|"
    r"the\s+next|the\s+first|the\s+final|the\s+coming|the\s+previous|the\s+following|"
    r"the\s+preceding|the\s+latest|the\s+remaining|past|last|next|first|final|coming)\s+)"
)
PART_OF_DAY = r"(?P<part>morning|afternoon|evening|night|overnight)"
MOD = r"(?P<mod>early|earlier|late|later|mid|middle|end|start|beginning)"
ORDQ = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
SEASON = r"(?P<season>spring|summer|fall|autumn|winter)"


def rx(pattern: str, flags: int = re.I) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def words(*ws: str) -> tuple[str, ...]:
    """Trigger words of a rule, lowercase (the engine scans the text's words once)."""
    return tuple(w.lower() for w in ws)


MONTH_WORDS = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
               "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")  # fmt: skip
WEEKDAY_WORDS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                 "Sunday", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
                 "Sun")  # fmt: skip
UNIT_WORDS = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month",
              "quarter", "year", "decade", "century", "millennium", "seconds", "minutes",
              "hours", "days", "nights", "weeks", "fortnights", "months", "quarters", "years",
              "decades", "centuries", "millennia")  # fmt: skip
