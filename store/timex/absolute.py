"""Calendar dates as newspapers print them: "Oct. 7, 2023", "7 October", "2023-10-07",
"October 2023", "1998", "the 1990s", "the 21st century", "mid-2024", "early June".

A month or day written without a year takes the year the tense points to.
"""

from __future__ import annotations

import re
from datetime import date

from .engine import Ctx, Rule
from .lexicon import ORDINALS, WEEKDAYS
from .months import CAP_AFTER, month_num
from .patterns import (
    DAY,
    DAY2,
    DAY_WORD,
    MONTH,
    MONTH_WORDS,
    NOT_NUM_AFTER,
    NOT_NUM_BEFORE,
    WEEKDAY,
    YEAR,
    YEAR_,
    rx,
    words,
)
from .values import Norm, clamp_day, day_year, month_year

_EDGE = r"(?:(?P<edge>early|mid|late|the\s+(?:end|beginning|start|middle)\s+of)[-\s]+)?"
_THE = r"(?:the\s+)?"


_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z]{3,}ings?|attacks?|crash|coup|raids?|quake|earthquake|explosion|blast|massacre|"
    r"murders?|assassination|invasion|disaster|fire|storm|floods?|riots?|uprising|revolution|"
    r"accident|collapse|crackdown|ceasefire|cease-fire|accord|agreement|deal|incident)\b"
)


def year_num(s: str | None, ctx: Ctx) -> int | None:
    if not s:
        return None
    if s.startswith(("'", "\u2019")):
        yy = int(s[1:])
        century = ctx.dct.year // 100 * 100
        y = century + yy
        return y - 100 if y > ctx.dct.year + 20 else y
    return int(s)


def void() -> Norm:
    """A span that looks like a date but names no day ("Feb 30, 2025"): it wins its
    words from shorter rules (so "2025" alone is not tagged) and is then dropped, as its
    value is not a TIMEX3 value."""
    return Norm("DATE", "")


def _edge_norm(edge: str | None, value: str) -> Norm:
    return Norm("DATE", value, approximate=bool(edge))


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


def _years(m: re.Match[str]) -> tuple[int, int] | None:
    y1 = int(m["year"])
    tail = m["y2"]
    y2 = int(tail) if len(tail) == 4 else y1 // 100 * 100 + int(tail)
    return (y1, y2) if y1 < y2 <= y1 + 100 else None


def h_year_range(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "1990-1995", "2019-21": the first year (the last is a DATE timex of its own)."""
    ys = _years(m)
    return Norm("DATE", f"{ys[0]:04d}") if ys else None


def h_year_range_end(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "1990-1995", "2019-21": the last year, written out in full."""
    ys = _years(m)
    return Norm("DATE", f"{ys[1]:04d}") if ys else None


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


def h_year(m: re.Match[str], ctx: Ctx) -> Norm | None:
    y = year_num(m.group("year"), ctx)
    if y is None:
        return None
    if not m.group("edge") and not m.group("pre"):
        # a bare number is a year only where it reads as one
        if not _year_context(m, ctx, y):
            return None
    return _edge_norm(m.group("edge"), f"{y:04d}")


_YEAR_PREP = re.compile(
    r"(?i)(?:\b(?:in|of|since|until|till|by|from|to|through|for|during|"
    r"before|after|between|and|or|early|late|mid|fiscal|year|calendar|"
    r"spring|summer|fall|autumn|winter|season|than|around|circa|c\.|ca\.)"
    r"|[(,\u2013-])\s*$"
)
_LABEL_BEFORE = re.compile(
    r"(?i)\b(?:resolutions?|no\.|nos\.|number|route|flight|room|code|page|pages|chapter|section|"
    r"article|articles|model|highway|interstate|bus|suite|box|unit|item|exhibit|paragraph|"
    r"rule|bill|law|act|h\.r\.|hr|s\.|sb|hb)\s+$|#\s*$|(?<![\d-])\d{3}-$"
)
_DET_BEFORE = re.compile(r"(?i)\b(?:the|its|their|his|her|our)\s+$")
_LIST_BEFORE = re.compile(r"\b(\d{4})(?:,\s+(?:and\s+|or\s+)?|,?\s+(?:and|or)\s+)$")
_PREFIX_BEFORE = re.compile(r"(?i)\b(?:pre|post|mid)-$")  # "post-1959 politics"
_YEAR_PREP_OLD = re.compile(r"(?i)\b(?:in|since|until|by|from|to|before|after|circa|of)\s+$")
_YEAR_NOUN_AFTER = re.compile(
    r"\s+(?:(?!(?:was|has|is|does|says|sees|marks|as|has|us|this|thus|plus|less|across)\b)"
    r"[a-z]+s|people|troops|soldiers|residents|men|women|"
    r"children|feet|metres|meters|miles|yards|acres|tons|votes|"
    r"points|members|jobs|units|cars|homes)\b"
)


_MEASURE_AFTER = re.compile(
    r"-(?:page|word|seat|member|strong|point|mile|foot|ton|tonne|acre|room|bed|man|person|"
    r"player|car|unit|share|vote|yard|metre|meter|kilometre|kilometer|km|hectare|square|"
    r"character|line|item|signature|bed|troop|soldier|officer|employee|worker|student)s?\b",
    re.I,
)


def _year_context(m: re.Match[str], ctx: Ctx, y: int) -> bool:
    if ctx.text[m.start() : m.start() + 1] != "'" and not y <= ctx.dct.year + 30:
        return False
    if ctx.text[m.start() : m.start() + 1] == "'" and CAP_AFTER.match(ctx.text, m.end()):
        return False  # "CBS's '60 Minutes'": a quote opening a title
    if _LABEL_BEFORE.search(ctx.text, max(0, m.start() - 14), m.start()):
        return False  # "Resolution 1929", "Flight 2024", "No. 1990"
    prev = _LIST_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    if prev and not 1900 <= int(prev[1]) <= ctx.dct.year + 30:
        return False  # "1737, 1803, and 1929": a list of numbers, not of years
    if _MEASURE_AFTER.match(ctx.text, m.end()):
        return False  # "a 2009-page report", "a 1999-seat hall": a count before its unit
    if y < 1900:  # an older year needs a preposition before it ("independence in 1898")
        if not _YEAR_PREP_OLD.search(ctx.text, max(0, m.start() - 12), m.start()):
            return False
    if (
        _YEAR_NOUN_AFTER.match(ctx.text, m.end())
        and not _DET_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
        and not _PREFIX_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start())
    ):  # "1200 people" is a count, "the 1992 protests" and "post-1992 rules" a year
        after = ctx.text[m.end() : m.end() + 20].split()
        word = after[0].lower().strip(".,;:!?\"')") if after else ""
        if word not in ("elections", "olympics", "levels", "highs", "lows"):
            return False
    return True


def h_decade(m: re.Match[str], ctx: Ctx) -> Norm | None:
    g = m.groupdict()
    if g.get("cent") and int(g["cent"]) % 100 == 0 and int(g["cent"]) < 2000:
        # "the 1800s" is a century (1800-1899), not its first decade
        return Norm("DATE", f"{int(g['cent']) // 100:02d}", approximate=bool(g.get("edge")))
    if g.get("cent"):
        decade = int(g["cent"]) // 10
    elif g.get("short"):
        yy = int(g["short"])
        c = ctx.dct.year // 100
        decade = (c * 100 + yy) // 10
        if decade * 10 > ctx.dct.year:
            decade -= 10
    else:
        words = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}  # fmt: skip
        k = words[g["word"].lower()]
        decade = ctx.dct.year // 100 * 10 + k
        if decade * 10 > ctx.dct.year:
            decade -= 10
    # TIMEX3 (TimeML 1.2.1, TIDES 2005) writes a decade as its first three digits: "199"
    return Norm("DATE", f"{decade:03d}", approximate=bool(g.get("edge")))


def h_century(m: re.Match[str], ctx: Ctx) -> Norm | None:
    n = int(m["n"]) if m["n"] else ORDINALS.get(m["nw"].lower(), 0)
    if not 1 <= n <= 30:
        return None
    return Norm("DATE", f"{n - 1:02d}", approximate=bool(m["edge"]))


_C_MONTH = words(*MONTH_WORDS)
# cores open with one character class, so re jumps to candidates (see clock._CORE)
_C_YEAR = re.compile(r"[0-9'](?:(?<=[0-9])[0-9]{3}|(?<=')[0-9]{2})")
_C_ISO = re.compile(r"-[0-9][0-9]-")
_C_SLASH = re.compile(r"/[0-9]")
_C_DAYNUM = re.compile(r"\d")

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


# "June 1-5", "1990-1995": two DATE timexes, one per end (the rules share one pattern)
_DAY_RANGE = rx(
    r"(?P<first>"
    + MONTH
    + r"\s*"
    + DAY
    + r")\s*[-\u2013]\s*(?P<last>"
    + DAY2
    + r"(?:\s*,?\s*"
    + YEAR
    + r")?)"
    + NOT_NUM_AFTER
)
_YEAR_RANGE = rx(
    NOT_NUM_BEFORE + r"(?P<year>1[6-9]\d\d|20\d\d)\s*[-\u2013]\s*"
    r"(?P<y2>1[6-9]\d\d|20\d\d|\d\d)" + NOT_NUM_AFTER
)

RULES = [
    Rule("part_of_date", rx(r"\b(?:(?:early|late)\s+(?:in\s+)?)?the\s+(?P<part>morning|afternoon|"
                            r"evening|night)\s+of\s+" + MONTH + r"\s*" + DAY
                            + r"(?:\s*,?\s*" + YEAR + r")?" + NOT_NUM_AFTER),
         h_part_of_date, words=_C_MONTH),
    Rule("iso", rx(r"(?<![\w.-])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)"
                   r"(?:[T ](?P<hh>\d\d):(?P<mm>\d\d)(?::\d\d)?)?(?![\w-])"), h_iso,
         core=_C_ISO),
    Rule("numeric", rx(r"(?<![\w./-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d\d)(?![\w/])"),
         h_numeric, core=_C_SLASH),
    Rule("month_day", rx(_ON + _EDGE + MONTH + r"\s*" + DAY + r"(?!\s*(?:%|percent|[,.:]\d))"
                         r"(?:\s*,?\s*" + YEAR + r")?" + NOT_NUM_AFTER + _RY), h_full,
         words=_C_MONTH),
    Rule("day_month", rx(_ON + r"(?:the\s+)?" + DAY + r"\s+(?:of\s+)?" + MONTH
                         + r"(?:\s*,?\s*" + YEAR + r")?" + NOT_NUM_AFTER + _RY), h_full,
         words=_C_MONTH),
    Rule("month_dayw", rx(_ON + MONTH + r"\s+(?:the\s+)?" + DAY_WORD + r"\b(?:,?\s+" + YEAR
                          + r")?"),
         h_full, words=_C_MONTH),
    Rule("day_range", _DAY_RANGE, h_day_range, group="first", words=_C_MONTH),
    Rule("day_range_end", _DAY_RANGE, h_day_range_end, group="last", words=_C_MONTH),
    Rule("year_range", _YEAR_RANGE, h_year_range, group="year", core=_C_YEAR),
    Rule("year_range_end", _YEAR_RANGE, h_year_range_end, group="y2", core=_C_YEAR),
    Rule("month_year", rx(_EDGE + MONTH + r"\s*,?\s*(?:of\s+)?" + YEAR + NOT_NUM_AFTER),
         h_month_year, words=_C_MONTH),
    Rule("month", rx(r"(?:(?P<rel>last|next|this|this\s+past|this\s+coming|past|coming)\s+)?"
                     + _EDGE + r"\b" + MONTH
                     + r"(?:\s+(?P<ry>last|this|next)\s+year\b)?"), h_month, words=_C_MONTH),
    Rule("year", rx(r"(?:(?P<pre>(?:the\s+)?(?:fiscal|calendar|financial|model)(?:\s+year)?)\s+)?"
                    + _EDGE + r"(?:(?<=-)|" + NOT_NUM_BEFORE + r")" + YEAR + NOT_NUM_AFTER
                    + r"(?:\s+(?:and\s+beyond|or\s+later|or\s+earlier))?"), h_year,
         core=_C_YEAR),
    Rule("decade", rx(r"(?:the\s+)?" + _EDGE + r"(?:(?:(?P<cent>1\d\d0|20\d0)|"
                      r"'(?P<short>\d0))'?s|(?P<word>twenties|thirties|forties|fifties|sixties|"
                      r"seventies|eighties|nineties))\b"), h_decade,
         core=re.compile(r"0'?s\b|ties\b")),
    Rule("century", rx(r"(?:the\s+)?" + _EDGE + r"(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|"
                       r"(?P<nw>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                       r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
                       r"seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[-\s]+century"),
         h_century, words=words("century")),
]  # fmt: skip

__all__ = ["RULES", "YEAR_", "WEEKDAYS", "month_num", "year_num"]
