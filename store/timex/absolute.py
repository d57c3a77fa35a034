"""Calendar dates as newspapers print them: "Oct. 7, 2023", "7 October", "2023-10-07",
"October 2023", "early June" (years, decades and centuries are in years.py).

A month or day written without a year takes the year the tense points to.
"""

from __future__ import annotations

import re
from datetime import date

from .conjoined import ends_clause
from .engine import Ctx, Rule
from .lexicon import ORDINALS, WEEKDAYS
from .months import month_num
from .patterns import (
    DAY,
    DAY2,
    DAY_WORD,
    MONTH,
    MONTH_WORDS,
    NOT_NUM_AFTER,
    WEEKDAY,
    YEAR,
    YEAR_,
    rx,
    words,
)
from .patterns import EDGE as _EDGE
from .values import Norm, clamp_day, day_year, month_year
from .years import edge_norm as _edge_norm
from .years import year_num

_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z]{3,}ings?|attacks?|crash|coup|raids?|quake|earthquake|explosion|blast|massacre|"
    r"murders?|assassination|invasion|disaster|fire|storm|floods?|riots?|uprising|revolution|"
    r"accident|collapse|crackdown|ceasefire|cease-fire|accord|agreement|deal|incident)\b"
)


def void() -> Norm:
    """A span that looks like a date but names no day ("Feb 30, 2025"): it wins its
    words from shorter rules (so "2025" alone is not tagged) and is then dropped, as its
    value is not a TIMEX3 value."""
    return Norm("DATE", "")


def h_full(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """Month day[, year] / day month [year] / weekday, month day."""
    mon = month_num(m, ctx)
    if mon is None:
        return None
    g = m.groupdict()
    day = int(g["day"]) if g.get("day") else ORDINALS.get((g.get("dayw") or "").lower())
    if not day or day < 1:
        return None
    y = year_num(g.get("year"), ctx)
    if y is None and g.get("ry"):
        y = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[g["ry"].lower()]
    if y is None:
        # "the Sept. 11 attacks": a date naming a known event is in the past
        attributive = _THE_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start()) and (
            _NOUN_AFTER.match(ctx.text, m.end())
        )
        y = day_year(ctx.dct, mon, day, "before" if attributive else ctx.tense(m))
    d = clamp_day(y, mon, day)
    if d is None:
        return void() if day <= 31 and g.get("year") else None
    value = d.isoformat()
    if g.get("tod"):
        value += g["tod"]
    return Norm("DATE", value)


def h_day_range(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "June 1-5": the first day. TimeML tags the two ends of a range as two DATE
    timexes ("June 1" and "5"), each with its own day, so value and range agree."""
    n = h_full(m, ctx)
    if n is None or not n.value:
        return n
    first = date.fromisoformat(n.value[:10])
    if not first.day < int(m["day2"]) <= 31:
        return None
    if m["word"] and not ends_clause(ctx.text, m.end()):
        return None  # "from May 2 to 5 people": a count, not a day
    if clamp_day(first.year, first.month, int(m["day2"])) is None:
        return void() if m["year"] else None
    return n


def h_day_range_end(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "June 1-5": the last day, "5", in the first day's month and year."""
    n = h_day_range(m, ctx)
    if n is None or not n.value:
        return n
    first = date.fromisoformat(n.value[:10])
    end = clamp_day(first.year, first.month, int(m["day2"]))
    return Norm("DATE", end.isoformat()) if end else None


_DAY_NUM_BEFORE = re.compile(r"(?<![\d,.$])\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?$", re.I)
_DAY_NUM_AFTER = re.compile(
    r"\.?\s*(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\b(?![.,:]\d|\s*(?:%|percent|per\s?cent))",
    re.I,
)


def _bad_day(m: re.Match[str], ctx: Ctx, after: bool) -> bool:
    """ "29 February 2023", "June 31": a day is written but no such day exists (the
    rules for a valid day span it and win), so the month alone would invent a value."""
    s, e = m.span("mon")
    if _DAY_NUM_BEFORE.search(ctx.text, max(0, s - 12), s):
        return True
    return after and bool(_DAY_NUM_AFTER.match(ctx.text, e))


def h_month_year(m: re.Match[str], ctx: Ctx) -> Norm | None:
    if ctx.strict and _bad_day(m, ctx, after=False):
        return None
    mon = month_num(m, ctx)
    y = year_num(m.group("year"), ctx)
    if mon is None or y is None:
        return None
    return _edge_norm(m.group("edge"), f"{y:04d}-{mon:02d}")


def h_month(m: re.Match[str], ctx: Ctx) -> Norm | None:
    if ctx.strict and not m.group("ry") and _bad_day(m, ctx, after=True):
        return None
    mon = month_num(m, ctx)
    if mon is None:
        return None
    rel = (m.group("rel") or "").lower().split()
    rel_w = rel[-1] if rel else ""
    dct = ctx.dct
    ry = (m.group("ry") or "").lower()
    if ry:
        y = dct.year + {"last": -1, "this": 0, "next": 1}[ry]
    elif rel_w in ("last", "past"):
        y = dct.year if mon < dct.month else dct.year - 1
    elif rel_w in ("next", "coming"):
        y = dct.year if mon > dct.month else dct.year + 1
    elif rel_w == "this":
        y = dct.year
    else:
        y = month_year(dct, mon, ctx.tense(m))
    return _edge_norm(m.group("edge"), f"{y:04d}-{mon:02d}")


def h_iso(m: re.Match[str], ctx: Ctx) -> Norm | None:
    d = clamp_day(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    if m["hh"]:
        hh, mm = int(m["hh"]), int(m["mm"])
        if hh > 24 or mm > 59:
            return None
        return Norm("TIME", f"{d.isoformat()}T{hh:02d}:{mm:02d}")
    return Norm("DATE", d.isoformat())


def h_numeric(m: re.Match[str], ctx: Ctx) -> Norm | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        y += 1900 if y > (ctx.dct.year % 100) + 20 else 2000
    mon, day = (a, b) if a <= 12 else (b, a)
    d = clamp_day(y, mon, day)
    return Norm("DATE", d.isoformat()) if d else None


_C_MONTH = words(*MONTH_WORDS)
# cores open with one character class, so re jumps to candidates (see clock._CORE)
_C_ISO = re.compile(r"-[0-9][0-9]-")
_C_SLASH = re.compile(r"/[0-9]")

_ON = (
    r"(?:(?:around|about|circa|on\s+or\s+(?:about|before|after)|this\s+coming|this\s+past|"
    r"last|next)\s+)?(?:(?P<wdpre>" + WEEKDAY.replace("?P<wd>", "?:") + r")\s*,?\s*)?"
)

# "Sept. 14 last year", "1 January next year": the year said in words, one DATE
_RY = r"(?(year)|(?:\s+(?P<ry>last|this|next)\s+year\b(?![-'\u2019]))?)"

_PART_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def h_part_of_date(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "the night of Oct. 3": a part of a written day (TIME)."""
    n = h_full(m, ctx)
    if n is None or not n.value:
        return n
    return Norm("TIME", n.value + "T" + _PART_CODE[m["part"].lower()])


# "June 1-5", "July 1 to 5": two DATE timexes, one per end (the two rules share one pattern)
_DAY_RANGE = rx(
    r"(?P<first>"
    + MONTH
    + r"\s*"
    + DAY
    + r")(?:\s*[-\u2013]\s*|\s+(?P<word>to|through|until|till)\s+)(?P<last>"
    + DAY2
    + r"(?:\s*,?\s*"
    + YEAR
    + r")?)"
    + NOT_NUM_AFTER
)

_MONTH_VALUE = re.compile(r"^(\d{4})-(\d\d)(?:-\d\d)?(?:T|$)")


def h_day_alone(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "on the 15th": that day of the month the text last dated, else of the month the
    tense points to from publication (TIDES: a day the context fixes)."""
    day = int(m["day"])
    if not 1 <= day <= 31 or not ends_clause(ctx.text, m.end()):
        return None  # "on the 15th floor"
    got = _MONTH_VALUE.match(ctx.anchor_value) if ctx.anchor else None
    if got:
        y, mon = int(got[1]), int(got[2])
    else:
        dct, tense = ctx.dct, ctx.tense(m)
        y, mon = dct.year, dct.month
        if tense in ("past", "done") and day > dct.day:
            y, mon = (y, mon - 1) if mon > 1 else (y - 1, 12)
        elif tense == "future" and day < dct.day:
            y, mon = (y, mon + 1) if mon < 12 else (y + 1, 1)
    d = clamp_day(y, mon, day)
    return Norm("DATE", d.isoformat()) if d else None


RULES = [
    Rule("day_alone", rx(r"\bon\s+(?P<span>the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th))\b"),
         h_day_alone, group="span", anchored=True, core=re.compile(r"\d(?:st|nd|rd|th)\b")),
    Rule("part_of_date", rx(r"\b(?:(?:early|late)\s+(?:in\s+)?)?the\s+(?P<part>morning|afternoon|"
                            r"evening|night)\s+of\s+" + MONTH + r"\s*" + DAY
                            + r"(?:\s*,?\s*" + YEAR + r")?" + NOT_NUM_AFTER),
         h_part_of_date, words=_C_MONTH),
    Rule("iso", rx(r"(?<![\w.-])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)"
                   r"(?:[T ](?P<hh>\d\d):(?P<mm>\d\d)(?::\d\d)?)?(?![\w-])"), h_iso,
         core=_C_ISO),
    Rule("numeric", rx(r"(?<![\w./-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d\d)(?![\w/])"),
         h_numeric, core=_C_SLASH),
    # first: "May 2 to 4, 1998" gives "May 2" the year written after the range's end
    Rule("day_range", _DAY_RANGE, h_day_range, group="first", words=_C_MONTH),
    Rule("day_range_end", _DAY_RANGE, h_day_range_end, group="last", words=_C_MONTH),
    Rule("month_day", rx(_ON + _EDGE + MONTH + r"\s*" + DAY + r"(?!\s*(?:%|percent|[,.:]\d))"
                         r"(?:\s*,?\s*" + YEAR + r")?" + NOT_NUM_AFTER + _RY), h_full,
         words=_C_MONTH),
    Rule("day_month", rx(_ON + r"(?:the\s+)?" + DAY + r"\s+(?:of\s+)?" + MONTH
                         + r"(?:\s*,?\s*" + YEAR + r")?" + NOT_NUM_AFTER + _RY), h_full,
         words=_C_MONTH),
    Rule("month_dayw", rx(_ON + MONTH + r"\s+(?:the\s+)?" + DAY_WORD + r"\b(?:,?\s+" + YEAR
                          + r")?"),
         h_full, words=_C_MONTH),
    Rule("month_year", rx(_EDGE + MONTH + r"\s*,?\s*(?:of\s+)?" + YEAR + NOT_NUM_AFTER),
         h_month_year, words=_C_MONTH),
    Rule("month", rx(r"(?:(?P<rel>last|next|this|this\s+past|this\s+coming|past|coming)\s+)?"
                     + _EDGE + r"\b" + MONTH
                     + r"(?:\s+(?P<ry>last|this|next)\s+year\b)?"), h_month, words=_C_MONTH),
]  # fmt: skip

__all__ = ["RULES", "YEAR_", "WEEKDAYS", "month_num", "year_num"]
