"""Calendar periods without a business calendar: seasons ("last fall", "spring 2024"),
year ends, weeks of a month ("the week of March 6") and spelled-out years ("nineteen
ninety-six"). Quarters, halves and fiscal years are in quarters.py.
"""

from __future__ import annotations

import re
from datetime import timedelta

from .engine import Ctx, Rule
from .lexicon import SEASONS, word_number
from .months import month_num
from .patterns import MONTH, YEAR, rx, words
from .values import (
    Norm,
    add_days,
    add_months,
    clamp_day,
    day_year,
    month_year,
    season_of,
    season_year,
    week_value,
)
from .wordlists import is_listed, section
from .years import year_num


def h_year_end(m: re.Match[str], ctx: Ctx) -> Norm | None:
    y = ctx.dct.year
    det = (m["det"] or "").lower()
    if "last" in det:
        y -= 1
    elif "next" in det:
        y += 1
    return Norm("DATE", f"{y:04d}", approximate=True)


_CAP_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]")
_FALL_OF = re.compile(r"\s+(?P<p>of|in)\s+(?!(?:the\s+year\s+)?\d{4}\b)")
_IN_TIME = re.compile(r"\b(?:in|during|by|until|till|since|through|over|before|after)\s+$", re.I)


def _falling(m: re.Match[str], text: str) -> bool:
    """ "the fall of the regime" (never a year after 'of'), "the fall in prices" (not
    after a preposition of time: "in the fall in Tarnby" is the season)."""
    after = _FALL_OF.match(text, m.end())
    if after is None:
        return False
    return after["p"] == "of" or not _IN_TIME.search(text, max(0, m.start() - 12), m.start())


# "spring water", "the summer palace": a season word classing a thing names no season. Only
# before a known kind of thing (data/nonmarkables.txt): "the summer heat", "winter storms"
# stay seasons
_KINDS = section("nonmarkables", "SEASON_KINDS")
_NEXT_WORD = re.compile(r"\s+(?P<w>[A-Za-z]+)\b(?!-)")
_TIME_PREP = re.compile(
    r"\b(?:in|during|by|until|till|since|through|throughout|over|before|after|into|for|"
    r"all|each|every|one|that)\s+(?:the\s+)?$",
    re.I,
)


def _classifies(m: re.Match[str], text: str) -> bool:
    """ "the summer palace" (a kind of palace), but "in the summer months" (a time)."""
    nxt = _NEXT_WORD.match(text, m.end("season"))
    if nxt is None or not is_listed(nxt["w"].lower(), _KINDS):
        return False
    return not _TIME_PREP.search(text, max(0, m.start("season") - 16), m.start("season"))


def _season_not_a_time(m: re.Match[str], ctx: Ctx, word: str, rel: str, y: int | None) -> bool:
    """A drop, a collapse, a kind of thing or a name: the season word dates nothing."""
    if word == "fall" and not (rel or y) and ctx.strict:
        return True  # "a fall in prices"
    if word == "fall" and rel == "the" and not y and _falling(m, ctx.text):
        return True  # "the fall of the regime", "the fall in prices": a collapse, a drop
    if ctx.strict and rel in ("", "the") and not y and _classifies(m, ctx.text):
        return True  # "spring water", "the summer palace": a kind of thing
    if ctx.strict and m["season"][0].isupper() and not (rel or y):
        if not _SENTENCE_START.search(ctx.text, max(0, m.start() - 4), m.start()):
            return True  # "the Spring of Life rallies", "Arab Spring": a name
        if _CAP_WORD_AFTER.match(ctx.text, m.end()):
            return True  # "Winter Storm Ida", "Summer Palace": a name opening a sentence
    return False


def _unwritten_season_year(m: re.Match[str], ctx: Ctx, code: str, rel: str) -> int | None:
    """The year of a season written without one; None for a habit ("freezes in the winter")."""
    if rel == "this":  # the season of the current year
        return ctx.dct.year - 1 if (code == "WI" and ctx.dct.month <= 2) else ctx.dct.year
    if rel in ("last", "this past", "past"):
        return season_year(ctx.dct, code, -1)
    if rel in ("next", "this coming", "coming"):
        return season_year(ctx.dct, code, +1)
    cy, cs = season_of(ctx.dct)
    if ctx.strict and ctx.tense(m) == "present" and rel in ("", "the"):
        return None  # "the lake freezes in the winter": a habit, no year (TIDES: XXXX-WI)
    if cs == code:
        return cy
    return season_year(ctx.dct, code, +1 if ctx.tense(m) == "future" else -1)


def h_season(m: re.Match[str], ctx: Ctx) -> Norm | None:
    word = m["season"].lower()
    code = SEASONS[word]
    rel = " ".join((m["rel"] or "").lower().split())
    y = year_num(m["year"], ctx) if m["year"] else None
    if m["sy"]:  # "the spring of nineteen eighty-six": the year spelled out, as spoken
        y = spelled_year(m["sy"])
        if y is None:
            return None
    if _season_not_a_time(m, ctx, word, rel, y):
        return None
    if y is None:
        y = _unwritten_season_year(m, ctx, code, rel)
        if y is None:
            return Norm("DATE", f"XXXX-{code}", dated=False)
    return Norm("DATE", f"{y:04d}-{code}", approximate=rel in ("early", "late", "mid"))


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]\s*|--\s*)$")
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"


_SPELLED_SPLIT = re.compile(r"(nineteen|eighteen|twenty)\s+(?:hundred\s+(?:and\s+)?)?(.+)$")


def spelled_year(s: str) -> int | None:
    """ "nineteen ninety-six" -> 1996, "two thousand (and) five" -> 2005."""
    s = s.lower().replace("-", " ")
    m = _SPELLED_SPLIT.match(s)
    if m:
        hi = word_number(m[1])
        lo = word_number(m[2])
        if hi is None or lo is None or lo >= 100:
            return None
        return int(hi * 100 + lo)
    n = word_number(s)
    return int(n) if n and 1000 <= n <= 2100 else None


def h_spelled_year(m: re.Match[str], ctx: Ctx) -> Norm | None:
    y = spelled_year(m["sy"])
    if y is None:
        return None
    mon = m["mon"]
    if mon:
        k = month_num(m, ctx)
        if k is None:
            return None
        return Norm("DATE", f"{y:04d}-{k:02d}")
    return Norm("DATE", f"{y:04d}")


_SPELLED = (rf"(?P<sy>(?:nineteen|eighteen)[-\s]+(?:hundred[-\s]+(?:and\s+)?)?(?:{_TENS}"
            rf"(?:[-\s]{_ONES})?|{_TEENS}|{_ONES})|two\s+thousand(?:\s+(?:and\s+)?"
            rf"(?:{_TEENS}|{_ONES}|{_TENS}(?:[-\s]{_ONES})?))?)\b")  # fmt: skip
_MONTH_FULL = (r"(?P<mon>January|February|March|April|May|June|July|August|September|"
               r"October|November|December)")  # fmt: skip

RULES = [
    Rule("year_end", rx(r"\b(?:(?:around|about)\s+(?=year))?"
                        r"(?:(?P<det>last|next|this)\s+)?(?:the\s+end\s+of\s+the\s+year|"
                        r"year[-\s]end|year's\s+end|end\s+of\s+the\s+year)\b"),
         h_year_end, words=words("end")),
    Rule("season", rx(r"\b(?:(?P<rel>this\s+past|this\s+coming|last|this|next|past|coming|"
                      r"early|late|mid|the|the\s+early|the\s+late)[-\s]+)?"
                      r"(?P<season>spring|summer|fall|autumn|winter)\b(?!-)"
                      # "the Winter Olympics", "the Summer Games": an event's name
                      r"(?!\s+(?:Olympics?|Olympiad|Paralympics?|Games|Universiade)\b)"
                      r"(?:\s+(?:of\s+)?(?:" + YEAR + r"|" + _SPELLED + r"))?"),
         h_season, words=words("spring", "summer", "fall", "autumn", "winter")),
    Rule("week_of", rx(r"\b(?:the\s+)?(?:(?P<ord>first|second|third|fourth|last|final)\s+)?"
                       r"week\s+of\s+" + MONTH + r"(?:\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?)?"
                       r"(?:\s*,?\s+" + YEAR + r")?\b"),
         lambda m, c: h_week_of(m, c), words=words("week")),
    # day first ("the week of 14 July"), and the weekend holding a day or two
    Rule("week_of_day", rx(r"\b(?:the\s+)?(?P<ord>)(?P<we>week|weekend)\s+of\s+(?:the\s+)?"
                           r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-\u2013]\s*[0-3]?\d)?\s+"
                           r"(?:of\s+)?" + MONTH + r"(?:\s*,?\s+" + YEAR + r")?\b"),
         lambda m, c: h_week_of(m, c), words=words("week", "weekend")),
    Rule("weekend_of", rx(r"\b(?:the\s+)?(?P<ord>)(?P<we>weekend)\s+of\s+" + MONTH
                          + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-\u2013]\s*[0-3]?\d)?"
                          r"(?:\s*,?\s+" + YEAR + r")?\b"),
         lambda m, c: h_week_of(m, c), words=words("weekend")),
    Rule("spelled_year", rx(r"\b(?:" + _MONTH_FULL + r"\s+|the\s+year\s+)?" + _SPELLED),
         h_spelled_year, words=words("nineteen", "eighteen", "thousand")),
]  # fmt: skip


_WEEK_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def h_week_of(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "the week of March 6" (the ISO week holding that day), "the first week of June"."""

    mon = month_num(m, ctx)
    if mon is None:
        return None
    y = year_num(m["year"], ctx) if m["year"] else None
    if m["day"]:
        day = int(m["day"])
        y = y or day_year(ctx.dct, mon, day, ctx.tense(m))
        d = clamp_day(y, mon, day)
    else:
        if not m["ord"]:
            return None
        y = y or month_year(ctx.dct, mon, ctx.tense(m))
        k = _WEEK_ORD[m["ord"].lower()]
        first = clamp_day(y, mon, 1)
        if first is None:
            return None
        # a month's n-th week holds its n-th Thursday (most of the week lies in the month)
        if k > 0:
            d = first + timedelta(days=(3 - first.weekday()) % 7 + 7 * (k - 1))
        else:
            last = add_days(add_months(first, 1), -1)
            d = last - timedelta(days=(last.weekday() - 3) % 7)
    if d is None:
        return None
    if (m.groupdict().get("we") or "").lower() == "weekend":  # that week's Saturday-Sunday
        return Norm("DATE", week_value(d) + "-WE")
    return Norm("DATE", week_value(d))
