"""Word lists the patterns are built from, and the readers that turn words into numbers.

Kept apart from the regexes so the grammar reads as grammar and the vocabulary can grow
without touching it.
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "thirtieth": 30, "last": -1,
}  # fmt: skip

UNITS_1 = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1000, "dozen": 12}

# Quantities that are not a number: TimeML writes them as X ("several weeks" -> PXW).
VAGUE_QUANT = {"several", "few", "a few", "many", "some", "numerous", "multiple", "the"}

# Time units: name -> (TIMEX3 duration letter, is-time-part, granularity of a point)
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "weekend": ("WE", False),
    "fortnight": ("W2", False), "month": ("M", False), "quarter": ("Q", False),
    "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
}  # fmt: skip

PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "noon": "12:00", "midnight": "24:00", "dawn": "MO", "daybreak": "MO",
}  # fmt: skip

_NUM_WORD = re.compile(r"[a-z]+")
_FRACTION = re.compile(r"(?:(\d+)[\s-]+)?(\d)/(\d{1,2})")


def word_number(s: str) -> float | None:
    """Read "two", "twenty-five", "a hundred", "2", "1,000", "two and a half", "2.5"."""
    s = s.strip().lower().replace("\u2011", "-").replace("\u2010", "-")
    if not s:
        return None
    digits = s.replace(",", "")
    try:
        return float(digits)
    except ValueError:
        pass
    frac = _FRACTION.fullmatch(digits)
    if frac:
        whole = float(frac[1] or 0)
        den = float(frac[3])
        return whole + float(frac[2]) / den if den else None
    half = 0.0
    for tail in ("-and-a-half", " and a half", " and one-half", " and one half", "-and-one-half"):
        if s.endswith(tail):
            s, half = s[: -len(tail)], 0.5
            break
    if s in ("a", "an", "one"):
        return 1 + half
    if s in ("half a", "half an", "half"):
        return 0.5
    if s in ("a couple of", "a couple", "couple of", "a pair of"):
        return 2 + half
    try:
        return float(s.replace(",", "")) + half
    except ValueError:
        pass
    total, cur = 0, 0
    for w in _NUM_WORD.findall(s):
        if w in ("and", "a", "an"):
            continue
        if w in UNITS_1:
            cur += UNITS_1[w]
        elif w in TENS:
            cur += TENS[w]
        elif w in SCALES:
            cur = max(cur, 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total, cur = total + cur, 0
        else:
            return None
    n = total + cur
    return float(n) + half if n or "zero" in s else None
