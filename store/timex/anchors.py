"""Expressions resolved against the previous dated mention, not the publication date:
"two days later", "a year earlier", "the following week", "the next day", "that day",
"the same month", "the day before". The mention records the anchor's id.

"a year ago" counts from publication, but in results reporting ("profit rose from $5
million a year ago") it means the same quarter a year back, as TimeBank annotates it.
"""

from __future__ import annotations

import re

from .engine import Ctx, Rule
from .lexicon import WEEKDAYS, word_number
from .patterns import NUMBER, WEEKDAY_WORDS, rx, words
from .ranges import value_range
from .relative import period_value
from .report import results_sentence, sentence_around
from .values import Norm, add_days, day_value, weekday_near

_QV = re.compile(r"^(\d{4})-Q([1-4])$")
_UNIT_OF_VALUE = (
    (re.compile(r"^\d{4}-\d\d-\d\d"), "day"),
    (re.compile(r"^\d{4}-W\d\d"), "week"),
    (re.compile(r"^\d{4}-\d\d$"), "month"),
    (re.compile(r"^\d{4}-Q\d$"), "quarter"),
    (re.compile(r"^\d{4}$"), "year"),
)


_ORDER = ("day", "week", "month", "quarter", "year")
_UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}


def _unit_of(value: str) -> str:
    for rx_, unit in _UNIT_OF_VALUE:
        if rx_.match(value):
            return unit
    return "year"


def _finer(unit: str, than: str) -> bool:
    return _ORDER.index(unit) < _ORDER.index(than)


_KNOWN_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_KNOWN_YEAR = re.compile(r"^(\d{4})(?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI))?$")


def _unknown_within(unit: str, ctx: Ctx) -> Norm:
    """A `unit` inside the coarser period the text last dated ("in October 1998 ... that
    same day"): TIDES writes what is known and X for the rest (1998-10-XX), and the range is
    that period's."""
    value = _UNKNOWN[unit]
    month = _KNOWN_MONTH.match(ctx.anchor_value)
    year = _KNOWN_YEAR.match(ctx.anchor_value)
    if month and unit == "day":
        value = f"{month[1]}-{month[2]}-XX"
    elif year:
        value = year[1] + value[4:]
    n = Norm("DATE", value, approximate=True, dated=False)
    if value != _UNKNOWN[unit]:
        n.start, n.end, _ = value_range(ctx.anchor_value, ctx.dct)
    return _anchored(ctx, n)


def _quarter_back(ctx: Ctx, m: re.Match[str], years: int, base: int | None = None) -> str | None:
    """The reported period `years` back when the sentence compares results, else the dated
    quarter's. `base`: the year counted from when the story reports on no quarter (default:
    the anchor's)."""
    if not results_sentence(ctx.text, m.start(), m.end()):
        return None
    got = ctx.report.back(years, ctx.ref().year if base is None else base)
    if got:
        return got
    q = _QV.match(ctx.anchor_value or "")
    if not q:
        return None
    return f"{int(q[1]) - years:04d}-Q{q[2]}"


def _anchored(ctx: Ctx, n: Norm) -> Norm:
    if ctx.anchor is not None:
        n.anchor = ctx.anchor_id
    return n


_FINER = {"year": ("month", 12), "quarter": ("month", 3), "month": ("day", 30), "week": ("day", 7)}


_YEARS_IN = {"decade": 10, "century": 100, "centurie": 100}


def h_offset(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "two days later", "a year earlier": anchor +/- n units."""
    unit = m["unit"].lower().rstrip("s")
    num = word_number(m["num"])
    if num is None or num > 1000:
        num = 1  # keep the span (it beat the plain duration); the count is unreadable
    if unit in _YEARS_IN:  # "a century later": the year about that far on
        unit, num = "year", num * _YEARS_IN[unit]
    if unit == "fortnight":  # "a fortnight later": two weeks on
        unit, num = "week", num * 2
    if not float(num).is_integer() and unit in _FINER:  # "two and a half years" -> 30 months
        unit, num = _FINER[unit][0], num * _FINER[unit][1]
    k = max(1, round(num)) * (1 if m["dir"].lower() in ("later", "after") else -1)
    if unit == "year" and k < 0:
        q = _quarter_back(ctx, m, -k)
        if q:  # a comparison, not a new reference point for what follows
            return _anchored(ctx, Norm("DATE", q, dated=False))
    if ctx.anchor is None and k > 0 and unit in _UNKNOWN and ctx.tense(m) != "future":
        # "Two years later the mill closed" with no date before it: later than an event the
        # text does not date (TIDES: the unit is known, the calendar place is not). A future
        # clause ("will be lifted six months later") counts from now, as before
        return Norm("DATE", _UNKNOWN[unit], approximate=True, dated=False)
    if ctx.anchor is not None and unit in _ORDER and _finer(unit, _unit_of(ctx.anchor_value)):
        # "in May ... two days later": May does not say which day to count from (TIDES
        # writes what is known, 2025-05-XX)
        return _unknown_within(unit, ctx)
    base = ctx.ref()
    try:
        value = period_value(unit, base, k)
    except (ValueError, OverflowError):
        return None
    n = Norm("DATE", value, approximate=bool(m["approx"]), dated=unit != "year")
    return _anchored(ctx, n)


def h_year_ago(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "a year ago" next to a dated quarter means that quarter a year back."""
    q = _quarter_back(ctx, m, 1, ctx.dct.year)  # "a year ago" counts from publication
    if q:
        return _anchored(ctx, Norm("DATE", q, dated=False))
    return Norm("DATE", f"{ctx.dct.year - 1:04d}", dated=False)


_STEP = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1,
         "same": 0, "that": 0, "the": 0}  # fmt: skip


def h_relative_unit(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "the following week", "the next day", "that day", "the same month"."""
    unit = m["unit"].lower()
    k = _STEP[m["rel"].lower().split()[-1]]
    if ctx.anchor is None:  # nothing dated yet: count from publication
        if k == 0 and unit == "day":  # "that day" with no day written: TIDES XXXX-XX-XX
            return Norm("DATE", _UNKNOWN[unit], dated=False)
        return Norm("DATE", period_value(unit, ctx.dct, k))
    base = ctx.anchor
    if _finer(unit, _unit_of(ctx.anchor_value)):
        # "in 1996 ... that day": the year does not say which day (1996-XX-XX)
        return _unknown_within(unit, ctx)
    try:
        value = period_value(unit, base, k)
    except (ValueError, OverflowError):
        return None
    return _anchored(ctx, Norm("DATE", value, approximate=bool(m["edge"])))


_PART_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d")


def h_part_anchored(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "the next morning", "that night": a part of the day the text last dated (TIME)."""
    if ctx.strict and m["part"][0].isupper():
        return None  # "in the Morning Star": a name
    k = _STEP[m["rel"].lower().split()[-1]]
    if ctx.anchor is None:
        base = ctx.dct
    elif _DAY_VALUE.match(ctx.anchor_value):
        base = ctx.anchor
    else:
        return None  # "in 1996 ... that night": no day to take it from
    value = period_value("day", base, k) + "T" + _PART_CODE[m["part"].lower()]
    return _anchored(ctx, Norm("TIME", value))


def h_weekday_anchored(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "the previous Friday", "the following Monday": that weekday before/after the day the
    text last dated (publication when none)."""
    wd = WEEKDAYS.get(m["wd"].rstrip(".").lower())
    if wd is None or (ctx.strict and not m["wd"][0].isupper()):
        return None
    base = ctx.ref() if _DAY_VALUE.match(ctx.anchor_value or "") else ctx.dct
    back = m["rel"].lower() in ("previous", "preceding", "prior")
    d = weekday_near(add_days(base, -1 if back else 1), wd, -1 if back else 1)
    return _anchored(ctx, Norm("DATE", day_value(d)))


def h_day_before(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "the day before", "the year after" (without an object): the anchor's unit +/- 1."""
    unit = m["unit"].lower()
    k = 1 if m["dir"].lower() == "after" else -1
    if ctx.anchor is not None and _finer(unit, _unit_of(ctx.anchor_value)):
        return None  # "in 1996 ... the day before": no day to count from
    base = ctx.ref()
    try:
        value = period_value(unit, base, k)
    except (ValueError, OverflowError):
        return None
    return _anchored(ctx, Norm("DATE", value, dated=unit == "day"))


_THIS_YEAR = re.compile(r"(?i)\bthis\s+year\b")
_COMPARED = re.compile(
    r"(?i)\b(?:compared\s+with|compared\s+to|from|than|versus|vs\.)\s[^.;!?]{0,45}$"
)


def h_last_year(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "$3 million, compared with $5 million last year": results reporting compares with
    the same quarter a year back when the text has dated a quarter."""
    q = _quarter_back(ctx, m, 1)
    if q and "Q" not in q:
        q = None  # "last year" itself names the year before publication
    if q and any(map(_THIS_YEAR.search, sentence_around(ctx.text, m.start(), m.end()))):
        q = None  # "a bigger dividend this year than last year": years compared
    if q and _COMPARED.search(ctx.text, max(0, m.start() - 80), m.start()):
        return _anchored(ctx, Norm("DATE", q, dated=False))
    return Norm("DATE", f"{ctx.dct.year - 1:04d}")


_APPROX = (
    r"(?:(?P<approx>about|around|roughly|nearly|almost|some|more\s+than|less\s+than|just|only)\s+)?"  # noqa: E501
)

_CALENDAR_VALUE = re.compile(r"^\d{4}(?:-(?:\d\d(?:-\d\d)?|W\d\d|Q[1-4]|H[12]))?$")


def h_until_then(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "The rights end on Nov. 30. Until then, ...": "then" names the date just given."""
    if ctx.anchor is None or not _CALENDAR_VALUE.match(ctx.anchor_value):
        return None
    return _anchored(ctx, Norm("DATE", ctx.anchor_value, dated=False))


RULES = [
    Rule("until_then", rx(r"\b(?:until|till|by)\s+(?P<span>then)\b(?!\s+(?:on|again)\b)"),
         h_until_then, anchored=True, group="span", words=words("then")),
    Rule("offset", rx(r"\b" + _APPROX + r"(?P<num>" + NUMBER + r")[-\s]+"
                      r"(?P<unit>days?|weeks?|fortnights?|months?|quarters?|years?|decades?|"
                      r"centur(?:y|ies))\s+"
                      r"(?P<dir>earlier|later|(?:before|after)(?=\s*(?:[,.;:!?)\n]|$)))\b"
                      r"(?!\s+than\b)"),  # "two weeks later than planned": a length
         h_offset, anchored=True, words=words("earlier", "later", "before", "after")),
    Rule("last_year", rx(r"\blast\s+year\b(?!-)"), h_last_year, anchored=True,
         words=words("last")),
    Rule("year_ago", rx(r"\b(?:a|one)\s+year\s+ago\b"), h_year_ago, anchored=True,
         words=words("ago")),
    Rule("relative_unit", rx(r"\b(?:(?P<edge>earlier|later)\s+(?=that\b))?"
                             r"(?P<rel>the\s+following|the\s+next|the\s+previous|the\s+preceding|"
                             r"the\s+prior|the\s+same|that\s+same|that)\s+"
                             r"(?P<unit>day|week|month|year)\b(?![-\w])"),
         h_relative_unit, anchored=True, words=words("day", "week", "month", "year")),
    # "in the morning" after a dated day: that day's morning (TIDES: the day in focus)
    Rule("part_anchored", rx(r"\b(?P<rel>the\s+next|the\s+following|the\s+previous|that|"
                             r"(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\buntil\s))the)\s+"
                             r"(?P<part>morning|afternoon|evening|night)\b(?!\s+of\b|-|'s)"),
         h_part_anchored, anchored=True, words=words("morning", "afternoon", "evening", "night")),
    Rule("weekday_anchored", rx(r"\bthe\s+(?P<rel>previous|preceding|prior|following)\s+"
                                r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                                r"\b"),
         h_weekday_anchored, anchored=True, words=words(*WEEKDAY_WORDS[:7])),
    Rule("day_before", rx(r"\bthe\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after)\b"
                          r"(?=\s*[,.;:)!?]|\s+(?:and|but|when|as|that)\b)"),
         h_day_before, anchored=True, words=words("before", "after")),
]  # fmt: skip
