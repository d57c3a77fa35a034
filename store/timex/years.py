"""Years and the periods made of them: "1998", "'98", "1990-1995", "the 1990s", "the
21st century", "fiscal 1997", "mid-2024".

A bare four-digit number is a year only where it reads as one ("in 1998", "the 1998
election"), not a count ("1998 people", "a 1998-page report") or a label ("Flight 1998").
"""

from __future__ import annotations

import re

from .engine import Ctx, Rule
from .lexicon import MONTHS, ORDINALS
from .mods import half_of
from .months import CAP_AFTER
from .patterns import EDGE as _EDGE
from .patterns import HALF_OF, NOT_NUM_AFTER, NOT_NUM_BEFORE, YEAR, rx, words
from .values import Norm


def edge_norm(edge: str | None, value: str) -> Norm:
    """A month or year with "early"/"mid"/"the end of" before it is approximate."""
    return Norm("DATE", value, approximate=bool(edge))


def year_num(s: str | None, ctx: Ctx) -> int | None:
    if not s:
        return None
    if s.startswith(("'", "\u2019")):
        yy = int(s[1:])
        century = ctx.dct.year // 100 * 100
        y = century + yy
        return y - 100 if y > ctx.dct.year + 20 else y
    return int(s)


_FISCAL_ENDS = re.compile(
    r",?\s+(?:that\s+|which\s+)?(?:ended|ending|ends|closing|closes)\s+(?:in\s+|on\s+)?"
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b"
)


def h_year(m: re.Match[str], ctx: Ctx) -> Norm | None:
    y = year_num(m.group("year"), ctx)
    if y is None:
        return None
    pre = m.group("pre")
    if not m.group("edge") and not pre:
        # a bare number is a year only where it reads as one
        if not _year_context(m, ctx, y):
            return None
    norm = edge_norm(m.group("edge"), f"{y:04d}")
    if pre and ("fiscal" in pre.lower() or "financial" in pre.lower()):
        # "fiscal 2026": the story's fiscal year ("..., which ends in June": and its months)
        ends = _FISCAL_ENDS.match(ctx.text, m.end())
        norm.extra["fiscal"] = (y, MONTHS.get(ends["mon"].lower()) if ends else None)
    return norm


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


# "9 p.m. (1900 GMT)": the bracketed conversion of a clock time, which TimeBank leaves
# unmarked; the clock rule skips it, and it is no year either
_CONVERSION = re.compile(r"\s*(?:GMT|UTC|Z|[A-Z]{1,3}[SD]?T|local\s+time|hrs|hours)\s*\)")


def _year_context(m: re.Match[str], ctx: Ctx, y: int) -> bool:
    if ctx.text[max(0, m.start() - 1) : m.start()] == "(" and _CONVERSION.match(ctx.text, m.end()):
        return False
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
        n = Norm("DATE", f"{int(g['cent']) // 100:02d}", approximate=bool(g.get("edge")))
        return half_of(n, g.get("half"))
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
    return half_of(Norm("DATE", f"{decade:03d}", approximate=bool(g.get("edge"))), g.get("half"))


def h_century(m: re.Match[str], ctx: Ctx) -> Norm | None:
    n = int(m["n"]) if m["n"] else ORDINALS.get(m["nw"].lower(), 0)
    if not 1 <= n <= 30:
        return None
    return half_of(Norm("DATE", f"{n - 1:02d}", approximate=bool(m["edge"])), m["half"])


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


# cores open with one character class, so re jumps to candidates (see clock._CORE)
_C_YEAR = re.compile(r"[0-9'](?:(?<=[0-9])[0-9]{3}|(?<=')[0-9]{2})")

# "1990-1995": two DATE timexes, one per end (the two rules share one pattern)
_YEAR_RANGE = rx(
    NOT_NUM_BEFORE + r"(?P<year>1[6-9]\d\d|20\d\d)\s*[-\u2013]\s*"
    r"(?P<y2>1[6-9]\d\d|20\d\d|\d\d)" + NOT_NUM_AFTER
)


def h_fy(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "FY2026", "FY 26": fiscal 2026, written as its number (as "fiscal 2026" is)."""
    y = year_num(("'" + m["fy"]) if len(m["fy"]) == 2 else m["fy"], ctx)
    if y is None:
        return None
    norm = Norm("DATE", f"{y:04d}")
    norm.extra["fiscal"] = (y, None)
    return norm


RULES = [
    Rule("fy", rx(r"(?<![\w-])FY\s?['\u2019]?(?P<fy>(?:19|20)\d\d|\d\d)(?![\w/-])", 0), h_fy,
         core=re.compile(r"FY")),
    Rule("year_range", _YEAR_RANGE, h_year_range, group="year", core=_C_YEAR),
    Rule("year_range_end", _YEAR_RANGE, h_year_range_end, group="y2", core=_C_YEAR),
    Rule("year", rx(r"(?:(?P<pre>(?:the\s+)?(?:fiscal|calendar|financial|model)(?:\s+year)?)\s+)?"
                    + _EDGE + r"(?:(?<=-)|" + NOT_NUM_BEFORE + r")" + YEAR + NOT_NUM_AFTER
                    + r"(?:\s+(?:and\s+beyond|or\s+later|or\s+earlier))?"), h_year,
         core=_C_YEAR),
    Rule("decade", rx(HALF_OF + r"(?:the\s+)?" + _EDGE + r"(?:(?:(?P<cent>1\d\d0|20\d0)|"
                      r"'(?P<short>\d0))'?s|(?P<word>twenties|thirties|forties|fifties|sixties|"
                      r"seventies|eighties|nineties))\b"), h_decade,
         core=re.compile(r"0'?s\b|ties\b")),
    Rule("century", rx(HALF_OF + r"(?:the\s+)?" + _EDGE + r"(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|"
                       r"(?P<nw>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                       r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
                       r"seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[-\s]+century"),
         h_century, words=words("century")),
]  # fmt: skip
