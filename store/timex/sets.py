"""Recurring times (TIMEX3 type SET): "every Monday", "each July", "daily", "weekly",
"annually", "twice a year", "$5 million a year", "3% a year".

A set has no calendar range of its own; the value says how often (P1Y, XXXX-WXX-1).
"""

from __future__ import annotations

import re

from .engine import Ctx, Rule
from .holidays import HOLIDAYS, holiday_key
from .holidays import NAMES as _HOLIDAY_NAMES
from .lexicon import MONTHS, SEASONS, WEEKDAYS, word_number
from .patterns import NUMBER, rx, words
from .values import Norm, duration_value

_ADVERB = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
           "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
           "hourly": "PT1H", "semiannually": "P6M", "biannually": "P6M"}  # fmt: skip
_UNIT = {"day": "P1D", "night": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y",
         "quarter": "P3M", "hour": "PT1H", "minute": "PT1M", "decade": "P10Y",
         "weekend": "XXXX-WXX-WE", "morning": "XXXX-XX-XXTMO", "afternoon": "XXXX-XX-XXTAF",
         "evening": "XXXX-XX-XXTEV", "summer": "XXXX-SU", "winter": "XXXX-WI",
         "spring": "XXXX-SP", "fall": "XXXX-FA", "autumn": "XXXX-FA"}  # fmt: skip


def _every_value(word: str, ctx: Ctx) -> str | None:
    w = word.lower().rstrip(".")
    if w in _UNIT:
        return _UNIT[w]
    if w in WEEKDAYS and len(w) > 3:
        return f"XXXX-WXX-{WEEKDAYS[w] + 1}"
    if w in MONTHS and len(w) > 3:
        return f"XXXX-{MONTHS[w]:02d}"
    if w in SEASONS:
        return _UNIT.get(w)
    return None


def h_every(m: re.Match[str], ctx: Ctx) -> Norm | None:
    v = _every_value(m["what"], ctx)
    if v is None:
        return None
    if m["other"] and v.startswith("P1"):
        v = "P2" + v[2:]
    return Norm("SET", v, dated=False)


def h_every_holiday(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "every Christmas" -> XXXX-12-25; a holiday that moves ("each Easter") recurs yearly."""
    if ctx.strict and not m["name"][0].isupper():
        return None
    key = holiday_key(m["name"])
    if key is None:
        return None
    a, b = HOLIDAYS[key](2021), HOLIDAYS[key](2022)
    if a and b and (a.month, a.day) == (b.month, b.day):
        return Norm("SET", f"XXXX-{a.month:02d}-{a.day:02d}", dated=False)
    return Norm("SET", "P1Y", dated=False)


def h_nth_weekday_monthly(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "the first Friday of every month": one day a month (TIMEX3 has no value for which
    day, so the value says monthly, and the weekday is not read as a single date)."""
    wd = m["wd"] or m["wd2"]
    if ctx.strict and not wd[0].isupper():
        return None
    return Norm("SET", "XXXX-XX", dated=False)


def h_every_n(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "every six weeks" -> P6W, "every two years" -> P2Y."""
    n = word_number(m["num"])
    if n is None or n <= 0 or n > 10000:
        return None
    unit = m["unit"].lower().rstrip("s")
    try:
        return Norm("SET", duration_value(n, unit), dated=False)
    except KeyError:
        return None


# a quantity right before the adverb makes it the per-unit of a rate, like a speed
# ("sales rise 8% annually", "10,000 units annually", "$5 million annually"): TimeBank leaves
# it unmarked as TimeML does a speed; "three times annually", "meets annually" stay sets
_RATE_OF = re.compile(
    r"(?:(?:\d[\d,.]*|%|percent|hundred|thousand|million|billion|trillion)"
    r"(?:\s+(?!times\b)[a-z]+s)?)\s+$",
    re.IGNORECASE,
)


# "the party daily Ruritania Herald", "the state-run weekly said": a periodical (no SET)
_PAPER_NAMED = re.compile(r"\s+(?-i:[A-Z][a-z])|\s+(?:newspaper|paper|tabloid)s?\b", re.I)
_PAPER_AFTER = re.compile(r"\s*(?:[,.;:)]|(?:said|says|reported|reports|wrote|quoted)\b)")
_PAPER_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|party|state|state-run|national|local|official|leading|"
    r"business|financial|independent|[a-z]+-language)\s+$",
    re.I,
)


def _periodical(m: re.Match[str], text: str) -> bool:
    if m.group(0).lower() not in ("daily", "weekly", "monthly"):
        return False
    if _PAPER_NAMED.match(text, m.end()):
        return True
    return bool(
        _PAPER_BEFORE.search(text, max(0, m.start() - 30), m.start())
        and _PAPER_AFTER.match(text, m.end())
    )


def h_adverb(m: re.Match[str], ctx: Ctx) -> Norm | None:
    if ctx.strict and _RATE_OF.search(ctx.text, max(0, m.start() - 40), m.start()):
        return None
    if ctx.strict and _periodical(m, ctx.text):
        return None
    return Norm("SET", _ADVERB[m.group(0).lower()], dated=False)


def h_rate(m: re.Match[str], ctx: Ctx) -> Norm | None:
    v = _UNIT.get(m["unit"].lower())
    return Norm("SET", v, dated=False) if v else None


_PART_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def h_weekdays(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "on Mondays", "Tuesday nights": a weekday that recurs (SET)."""
    if ctx.strict and not m["wd"][0].isupper():
        return None
    value = f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}"
    if m["part"]:
        value += "T" + _PART_CODE[m["part"].lower()]
    return Norm("SET", value, dated=False)


_EVERY_WORDS = (r"day|night|week|month|year|quarter|hour|minute|decade|weekend|morning|"
                r"afternoon|evening|summer|winter|spring|fall|autumn|"
                r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                r"March|April|May|June|July|August|September|October|November|"
                r"December")  # fmt: skip

# what may stand right before "a year" for it to be a rate ("$5 million a year", "3% a year")
_RATE_BEFORE = ("\\d", "%", "percent", "million", "billion", "thousand", "trillion")

RULES = [
    Rule("every", rx(r"\b(?:every|each)\s+(?P<other>(?:other|second|alternate)\s+)?"
                     r"(?P<what>" + _EVERY_WORDS + r")\b(?!-)"),
         h_every, words=words("every", "each")),
    Rule("every_holiday", rx(r"\b(?:every|each)\s+(?P<name>" + _HOLIDAY_NAMES + r")\b"),
         h_every_holiday, words=words("every", "each")),
    Rule("nth_weekday_monthly",
         rx(r"\b(?:(?:the\s+)?(?P<ord>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+"
            r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+of\s+"
            r"(?:every|each)\s+month|(?:every|each)\s+(?:first|second|third|fourth|last|1st|2nd|"
            r"3rd|4th)\s+(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+of\s+"
            r"(?:the|every|each)\s+month)\b"),
         h_nth_weekday_monthly, words=words("month")),
    Rule("every_n", rx(r"\b(?:every|each)\s+(?P<num>" + NUMBER + r")\s+"
                       r"(?P<unit>minutes|hours|days|weeks|months|years|decades)\b"),
         h_every_n, words=words("every", "each")),
    Rule("weekdays", rx(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                        r"(?:s\b|\s+(?P<part>morning|afternoon|evening|night)s\b)"), h_weekdays,
         words=words("mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays",
                     "sundays", "mornings", "afternoons", "evenings", "nights")),
    # "the past three summers": a season counted over several years recurs (TimeML SET)
    Rule("seasons_counted", rx(r"\b(?:the\s+)?(?:past|last|previous|next|coming)\s+"
                               r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|"
                               r"several|few)\s+)(?P<what>summer|winter|spring|fall|autumn)s\b"),
         lambda m, c: Norm("SET", _UNIT[m["what"].lower()], dated=False),
         words=words("summers", "winters", "springs", "falls", "autumns")),
    Rule("adverb", rx(r"\b(?:" + "|".join(_ADVERB) + r")\b"), h_adverb,
         words=words(*_ADVERB)),
    Rule("rate", rx(r"(?:" + "|".join(f"(?<={w}\\s)" for w in _RATE_BEFORE) + r")"
                    r"(?P<span>(?:a|an|per|each)\s+(?P<unit>year|month|week|day|night|hour|"
                    r"quarter))\b(?![-\w]|\s+(?:ago|earlier|later|or|and|before|after|from)\b)"),
         h_rate, group="span", words=words("year", "month", "week", "day", "night", "hour",
                                           "quarter")),
    # "fifty thousand CDs a year", "four flights a week", "sixty thousand vinyl records a
    # year": a count of things (one word may describe them) per period
    Rule("rate_noun", rx(r"(?<![\w-])(?:\d[\d,.]*|(?:twenty|thirty|forty|fifty|sixty|seventy|"
                         r"eighty|ninety|hundred|thousand|million|billion|dozen|two|three|four|"
                         r"five|six|seven|eight|nine|ten|eleven|twelve)\b)\s+"
                         r"(?!(?:seconds|minutes|hours|days|nights|weeks|months|years|times|"
                         r"percent)\b)(?-i:(?:[a-z]+\s+)?(?:[a-zA-Z]+s|[A-Z]{2,}s))\s+"
                         r"(?P<span>(?:a|an|per)\s+(?P<unit>year|month|week|day|hour))\b"
                         r"(?![-\w]|\s+(?:ago|earlier|later|or|and|before|after|from)\b)"),
         h_rate, group="span", words=words("year", "month", "week", "day", "hour")),
    Rule("rate_freq", rx(r"\b(?P<span>(?:once|twice|thrice|(?:\w+)\s+times)\s+(?:a|an|per|each)\s+"
                         r"(?P<unit>year|month|week|day|night|hour|quarter))\b"),
         h_rate, group="span", words=words("once", "twice", "thrice", "times")),
]  # fmt: skip
