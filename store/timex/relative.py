"""Days and periods counted from the publication date: today, yesterday, Friday (by tense),
last Friday, over the weekend, last week, this month, earlier this year, a year ago.
"""

from __future__ import annotations

import re
from datetime import date

from .durations import span_fwd, unit_of
from .engine import Ctx, Rule
from .lexicon import WEEKDAYS, word_number
from .observances import dated_in_reach, is_observance, placed_in_time
from .patterns import NUMBER, ORD_WORD, PART_OF_DAY, WEEKDAY, WEEKDAY_WORDS, rx, words
from .tense import modal_before
from .values import (
    Norm,
    add_days,
    add_months,
    day_value,
    duration_value,
    month_value,
    quarter_of,
    quarter_value,
    shift_quarter,
    week_value,
    weekday_near,
)

_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
_DEICTIC = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


# "today's world", "today's youth": the present era, which TimeML leaves untagged
_TODAYS_ERA = re.compile(
    r"['\u2019]s\s+(?:world|youth|society|generation|children|kids|young|teenagers|students|"
    r"families|parents|standards|dollars|terms|technology|culture|economy|media)\b",
    re.I,
)


# "USA Today", "VOA Today": a capitalised word right after a name is part of that name
_NAME_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*\s+$")


def h_deictic(m: re.Match[str], ctx: Ctx) -> Norm | None:
    word = m["deic"].lower()
    if ctx.strict and word == "today" and _TODAYS_ERA.match(ctx.text, m.end()):
        return None
    if (
        ctx.strict
        and m.start() == m.start("deic")
        and m["deic"][0] == "T"
        and _NAME_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    ):
        return None
    d = add_days(ctx.dct, _DEICTIC[word])
    value = day_value(d)
    part = (m["part"] or m["part0"] or "").lower()
    if word == "tonight":
        part = "night"
    if part:
        return Norm("TIME", value + "T" + _PARTS[part])
    return Norm("DATE", value)


def h_this_part(m: re.Match[str], ctx: Ctx) -> Norm | None:
    part = m["part"].lower()
    which = (m["which"] or "this").lower()  # "by mid-afternoon": the publication day
    d = ctx.dct if which == "this" else add_days(ctx.dct, -1)
    return Norm("TIME", day_value(d) + "T" + _PARTS[part])


_PLURAL_PART_AFTER = re.compile(
    r"\s*(?:,|and|or|,\s*and)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
    r"(?P<part>morning|afternoon|evening|night)s\b"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"\u201c(\n]\s*|--\s*)$")
# "the Sunday Times", "the Sunday Telegraph": a weekday naming a newspaper or programme
_PAPER_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Post|Herald|Mirror|Express|Tribune|Journal|Mail|Observer|"
    r"Independent|Star|Sport|People|Standard|Chronicle|Gazette|Globe|Record|Review|Magazine|"
    r"Sun|News|Club|Group|Society|Movement|League|Party|Alliance|Coalition|Committee|"
    r"Foundation|Institute|Circle|Association|Collective)\b"
)
_PREP_BEFORE = re.compile(r"(?i)\b(?:on|by|since|until|till|last|next|this|early|late|from)\s+$")


def _named_not_dated(m: re.Match[str], ctx: Ctx) -> bool:
    """A title ("Sunday Morning Futures"), a lower-case or clipped word in running text, or
    a newspaper ("the Sunday Times"): a weekday's name that dates nothing."""
    if not ctx.strict:
        return False
    if m["part"] and m["part"][0].isupper():
        # "Sunday Morning Futures": a title, unless it opens a sentence
        if not _SENTENCE_START.search(ctx.text, max(0, m.start() - 4), m.start()):
            return True
    word = m["wd"]
    if not word[0].isupper() or len(word.rstrip(".")) < 6:
        return True
    return bool(
        not m["part"]
        and _PAPER_AFTER.match(ctx.text, m.end())
        and not _PREP_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    )  # "the Sunday Times": a newspaper's name


def _observance(m: re.Match[str], ctx: Ctx, wd: int) -> tuple[bool, Norm | None]:
    """(decided, reading) for a weekly observance ("Friday prayers"): the day a date in reach
    names, no day at all for the habit, undecided when it is placed in time."""
    if not (ctx.strict and not (m["part"] or m["rel"]) and is_observance(m, ctx.text)):
        return False, None
    dated = dated_in_reach(m, ctx, wd)  # "Friday prayers on June 6": that day
    if dated is not None:
        return True, Norm("DATE", day_value(dated))
    if not placed_in_time(m, ctx.text):
        return True, None  # "left Friday prayers", "Sunday school": the habit, no day
    return False, None


def _weekday_day(m: re.Match[str], ctx: Ctx, wd: int, rel: str) -> date:
    """The day "last/next/this Friday" names, or a bare "Friday" by the clause's tense."""
    if rel in ("last", "this past", "past", "previous"):
        d = weekday_near(ctx.dct, wd, -1)
        return add_days(d, -7) if d == ctx.dct else d
    if rel in ("next", "this coming", "coming"):
        return weekday_near(ctx.dct, wd, +1)
    if rel == "this":
        return weekday_near(ctx.dct, wd, 0)
    t = ctx.tense(m)
    if wd == ctx.dct.weekday() and not (t == "future" and modal_before(ctx.text, m.start())):
        # "said Thursday" in Thursday's paper: that day; "will meet Thursday": a week on
        return ctx.dct
    return weekday_near(ctx.dct, wd, +1 if t == "future" else -1)


def h_weekday(m: re.Match[str], ctx: Ctx) -> Norm | None:
    if _named_not_dated(m, ctx):
        return None
    wd = WEEKDAYS.get(m["wd"].rstrip(".").lower())
    if wd is None:
        return None
    decided, reading = _observance(m, ctx, wd)
    if decided:
        return reading
    rel = " ".join((m["rel"] or "").lower().split())
    plural = None if (rel or m["part"]) else _PLURAL_PART_AFTER.match(ctx.text, m.end())
    if plural:  # "on Monday and Tuesday nights": both recur
        code = _PARTS[plural["part"].lower()]
        return Norm("SET", f"XXXX-WXX-{wd + 1}T{code}", dated=False)
    value = day_value(_weekday_day(m, ctx, wd, rel))
    part = (m["part"] or "").lower()
    if part:
        return Norm("TIME", value + "T" + _PARTS[part])
    return Norm("DATE", value)


def h_weekend(m: re.Match[str], ctx: Ctx) -> Norm | None:
    rel = " ".join((m["rel"] or "").lower().split())
    dct = ctx.dct
    sat = weekday_near(dct, 5, -1)
    if rel in ("next", "coming", "this coming"):
        sat = weekday_near(dct, 5, +1)
    elif rel in ("this", "the"):
        # "this weekend" on a weekday is the coming one unless the clause is past;
        # "the weekend" in news is the one just gone unless the clause is future
        ahead = ("future", "present") if rel == "this" else ("future",)
        if ctx.tense(m) in ahead and dct.weekday() < 5:
            sat = weekday_near(dct, 5, +1)
        elif dct.weekday() >= 5:
            sat = weekday_near(dct, 5, -1)
    elif rel == "last" and dct.weekday() >= 5:
        sat = add_days(weekday_near(dct, 5, -1), -7)
    return Norm("DATE", week_value(sat) + "-WE")


_UNIT_WORDS = {"week": "week", "month": "month", "year": "year", "quarter": "quarter",
               "decade": "decade", "century": "century"}  # fmt: skip


def period_value(unit: str, base, k: int) -> str:
    """The value of the unit-sized period k steps from the one containing base."""
    if unit == "day":
        return day_value(add_days(base, k))
    if unit == "week":
        return week_value(add_days(base, 7 * k))
    if unit == "month":
        return month_value(add_months(base, k))
    if unit == "quarter":
        y, q = shift_quarter(base.year, quarter_of(base), k)
        return quarter_value(y, q)
    if unit == "year":
        return f"{base.year + k:04d}"
    if unit == "decade":
        return f"{base.year // 10 + k:03d}"
    if unit == "century":
        return f"{base.year // 100 + k:02d}"
    raise ValueError(unit)


_REL_STEP = {"this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "previous": -1,
             "the past": -1, "the last": -1, "the previous": -1, "next": 1, "coming": 1,
             "the coming": 1, "the next": 1, "this past": -1, "this coming": 1,
             "the": 0}  # fmt: skip


_SPAN_UP_TO_NOW = {("the past", "decade"), ("the last", "decade"), ("the past", "century")}


def h_period(m: re.Match[str], ctx: Ctx) -> Norm | None:
    if ctx.strict and m["unit"][0].isupper():
        return None  # a title ("This Week")
    unit = m["unit"].lower()
    rel0 = " ".join(m["rel"].lower().split())
    if rel0 == "the" and not m["bl"]:
        if m["ended"] is not None:
            return Norm(
                "DURATION",
                "P1" + {"week": "W", "month": "M", "year": "Y"}.get(unit, "Y"),
                dated=False,
            )
        if unit in ("decade", "century") or (unit == "quarter" and not m["edge"]):
            return None
        if not m["edge"] and unit == "month":
            return None
    if unit.startswith("centur"):
        unit = "century"
    rel = " ".join(m["rel"].lower().split())
    k = _REL_STEP[rel]
    if m["bl"]:  # "the week before last", "the year after next": two steps
        if rel != "the":
            return None
        k = -2 if "last" in m["bl"].lower() else 2
    edge = (m["edge"] or "").lower()
    if k == -1 and not edge and (rel, unit) in _SPAN_UP_TO_NOW:
        # "over the past decade": the ten years up to now (TIDES: a length ending at the
        # reference time), not the calendar decade before this one; "the last century"
        # stays the one before this ("the worst flood of the last century")
        years = 10 if unit == "decade" else 100
        n = Norm("DURATION", f"P{years}Y", dated=False)
        n.start, n.end = add_months(ctx.dct, -12 * years), ctx.dct
        return n
    value = period_value(unit, ctx.dct, k)
    n = Norm("DATE", value, approximate=bool(edge or m["orso"]))
    if k == 0 and edge in ("earlier", "earlier in"):
        n.end = ctx.dct
    elif k == 0 and edge in ("later", "later in"):
        n.start = ctx.dct
    return n


def h_vague_ago(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "several years ago", "months ago": some time before publication (PAST_REF)."""
    future = m["dir"].lower() != "ago"
    if m["dir"].lower().startswith("from"):  # "years from now": PXY, then "now"
        return _from_now(m, ctx, None, unit_of(m.group(0).split()[-3]))
    return Norm("DATE", "FUTURE_REF" if future else "PAST_REF", approximate=True, dated=False)


def h_ago(m: re.Match[str], ctx: Ctx) -> Norm | None:
    unit = m["unit"].lower()
    if unit.startswith("centur"):
        unit = "century"
    q = m["num"].lower()
    n = word_number(q)
    if n is None:
        return None
    if unit in ("decade", "century") and not m["dir"].lower().startswith("from"):
        return _years_ago(ctx, n * (10 if unit == "decade" else 100), m)
    if not float(n).is_integer():
        n = round(n)
    n = int(n)
    if n > 10000:
        return None
    sign = 1 if m["dir"].lower() in ("from now", "hence", "later") else -1
    dct = ctx.dct
    if m["dir"].lower().startswith("from"):
        return _from_now(m, ctx, n, unit)
    try:
        if unit in ("minute", "hour"):  # "24 hours ago": the day it falls on
            per_day = 24 if unit == "hour" else 1440
            value = day_value(add_days(dct, sign * (n // per_day)))
        elif unit in ("day", "night"):
            value = day_value(add_days(dct, sign * n))
        elif unit in ("week", "fortnight"):  # "a fortnight ago": two weeks back
            value = week_value(add_days(dct, 7 * sign * n * (2 if unit == "fortnight" else 1)))
        elif unit == "month":
            value = month_value(add_months(dct, sign * n))
        elif unit == "quarter":
            y, qq = shift_quarter(dct.year, quarter_of(dct), sign * n)
            value = quarter_value(y, qq)
        elif unit == "year":
            value = f"{dct.year + sign * n:04d}"
        else:
            return None
    except (ValueError, OverflowError):
        return None
    if value.startswith("-") or len(value.split("-")[0]) not in (3, 4):
        return None
    return Norm("DATE", value, approximate=bool(m["approx"]))


def _years_ago(ctx: Ctx, years: float, m: re.Match[str]) -> Norm | None:
    """ "a decade ago", "half a century ago": a point about that many years back, as TimeML
    writes "N years ago" (2015), not the decade or century it falls in (201, 19)."""
    y = ctx.dct.year - round(years)
    if not 1 <= y <= 9999 or years <= 0:
        return None
    return Norm("DATE", f"{y:04d}", approximate=True, granularity="year")


def _from_now(m: re.Match[str], ctx: Ctx, n: float | None, unit: str) -> Norm | None:
    """ "ten years from now": TimeML tags an anchored duration as the DURATION ("ten
    years", P10Y) and its anchor apart ("now", PRESENT_REF, left to the present rule);
    the duration's range runs from publication to the day it lands on."""
    try:
        value = duration_value(n, unit)
        _, end = span_fwd(ctx, n if n is not None else 1, unit)
    except (KeyError, ValueError, OverflowError):
        return None
    norm = Norm("DURATION", value, approximate=n is None or bool(m["approx"]), dated=False)
    norm.start, norm.end = ctx.dct, None if n is None else end
    norm.extra["end"] = m.start("dir")
    while ctx.text[norm.extra["end"] - 1].isspace():
        norm.extra["end"] -= 1
    return norm


_REL = r"(?P<rel>this\s+past|this\s+coming|this|last|next|past|previous|coming|the\s+current|current|the\s+past|the\s+last|the\s+previous|the\s+coming|the\s+next|the)"  # noqa: E501
_EDGE = r"(?:(?P<edge>early|earlier|late|later|mid|earlier\s+in|later\s+in|early\s+in|late\s+in|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[-\s]+)?"  # noqa: E501


def h_nth_day_today(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "It is the sixth day of the blockade" (today is, it's, it is + the Nth day): the
    day so counted is the one the story is written on."""
    return Norm("DATE", day_value(ctx.dct))


RULES = [
    Rule("nth_day_today", rx(r"\b(?:today\s+is|it['\u2019]s|it\s+is)\s+(?P<span>the\s+"
                             r"(?:" + ORD_WORD + r"|\d+(?:st|nd|rd|th))\s+"
                             r"(?:straight\s+|consecutive\s+|full\s+)?day)\b"
                             r"(?=\s+(?:of|since|in|that|after)\b)"),
         h_nth_day_today, group="span", words=words("day")),
    Rule("deictic", rx(r"\b(?:(?:early|late|earlier|later|mid-?)\s*(?:"
                       + PART_OF_DAY.replace("?P<part>", "?P<part0>") + r"\s+)?)?"
                       r"(?P<deic>today|yesterday|tomorrow|tonight)(?:\s+" + PART_OF_DAY + r")?\b"
                       ), h_deictic, words=words("today", "yesterday", "tomorrow", "tonight")),
    Rule("this_part", rx(r"\b(?:(?:early|late|earlier|later)\s+)?(?:(?P<which>this|last)|"
                         r"(?P<mid>mid-?|early|late))\s*"
                         + PART_OF_DAY.replace("|overnight", "")
                         + r"\b(?!\s+(?:(?-i:[A-Z])|of\b))"),
         h_this_part, words=words("morning", "afternoon", "evening", "night")),
    Rule("weekday", rx(r"(?:(?P<edge>early|late)\s+)?"
                       r"(?:(?P<rel>this\s+past|this\s+coming|last|next|this|past|previous|"
                       r"coming)\s+)?"
                       r"\b" + WEEKDAY + r"(?:\s+" + PART_OF_DAY + r")?(?!\w)"), h_weekday,
         words=words(*WEEKDAY_WORDS)),
    Rule("weekend", rx(r"\b(?P<rel>this\s+past|this\s+coming|the|this|last|next|coming)\s+"
                       r"weekend\b"), h_weekend, words=words("weekend")),
    Rule("period", rx(r"\b" + _EDGE + _REL + r"\s+(?P<unit>week|month|year|quarter|decade|"
                      r"century)\b(?!-)(?P<bl>\s+(?:before\s+last|after\s+next)\b)?(?P<orso>\s+or\s+so\b)?(?:(?=\s+(?:that\s+|which\s+)?(?:ended|ending)|\s+to\s+(?:the\s+end\s+of\s+)?"
                      r"(?:January|February|March|April|May|June|July|August|September|October|"
                      r"November|December)\b)"
                      r"(?P<ended>))?"), h_period,
         words=words("week", "month", "year", "quarter", "decade", "century")),
    Rule("ago", rx(r"\b(?P<approx>about|around|roughly|nearly|almost|some|more\s+than|less\s+than|"
                   r"over)?\s*(?P<num>" + NUMBER + r")[-\s]+"
                   r"(?P<unit>minute|hour|day|night|fortnight|week|month|quarter|year|decade|century|"
                   r"centurie)s?(?:\s+or\s+so)?\s+"
                   r"(?P<dir>ago|from\s+now|hence)\b"), h_ago,
         words=words("ago", "now", "hence")),
    Rule("day_around", rx(r"\b(?:the\s+)?day\s+(?P<dir>before\s+yesterday|after\s+tomorrow)\b"),
         lambda m, c: Norm("DATE", day_value(add_days(c.dct, -2 if "before" in m["dir"].lower()
                                                          else 2))),
         words=words("yesterday", "tomorrow")),
    Rule("vague_ago", rx(r"\b(?:(?:a\s+few|several|many|some)\s+)?"
                         r"(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)\s+"
                         r"(?P<dir>ago|from\s+now|hence)\b"), lambda m, c: h_vague_ago(m, c),
         words=words("ago", "now", "hence")),
]  # fmt: skip
