"""Clock times (TIMEX3 type TIME): "3 p.m.", "10:30 a.m. EST", "noon Thursday",
"midnight Friday", "around 7:15 p.m.", "4 p.m. CET, March 3".

The day a time belongs to comes from a day written next to it, else the publication
date; time zones are kept in the span but not converted.
"""

from __future__ import annotations

import re

from .absolute import month_num
from .engine import Ctx, Rule
from .lexicon import WEEKDAYS
from .patterns import MONTH, WEEKDAY, rx, words
from .values import Norm, add_days, clamp_day, day_year, weekday_near

# zone abbreviations past the US ones: written in capitals only ("EAT", "CAT" are words too)
_ZONE_CAPS = (
    r"(?-i:(?:AEST|AEDT|ACST|AWST|NZST|NZDT|CEST|EEST|WEST|AKST|AKDT|SAST|GMT|UTC|BST|CET|EET"
    r"|WET|MSK|IST|JST|KST|SGT|HKT|WIB|PKT|GST|EAT|WAT|CAT|ICT|PHT|AST|ADT|HST|Z)\b)"
)
_ZONE = r"(?:" + _ZONE_CAPS + r"|[ECMP][SD]?T\b|GMT|UTC|BST|CET|local\s+time)"
# a bracket around the zone is kept only whole: "9 a.m. (EST)", not "9:15 p.m. (GMT" of
# "(GMT +3)" nor the ")" closing a bracket opened before the time ("(19:45 UTC)")
_TZ = r"(?:\s*(?P<lp>\()?(?P<tz>" + _ZONE + r")(?(lp)\)))?"
_DAY_AFTER = (
    r"(?:\s*,?\s+(?:on\s+)?(?:(?P<deic>today|yesterday|tomorrow)|" + WEEKDAY
    + r"(?:\s*,\s*" + MONTH + r"\s+(?P<day>[0-3]?\d)\b)?|" + MONTH.replace("?P<mon>", "?P<mon2>")
    + r"\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:\s*,?\s*(?P<y2>1[6-9]\d\d|20\d\d)(?![\d,]))?"
    r"|(?:the\s+)?(?P<day3>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + MONTH.replace("?P<mon>", "?P<mon3>")
    + r"(?:\s*,?\s*(?P<y3>1[6-9]\d\d|20\d\d)(?![\d,]))?))?"
)  # fmt: skip
# the rules are anchored (picked before their handler runs), so the guards of "1430 GMT"
# live in the pattern: no year before it ("the year 2015 GMT", "in 1430 GMT"), no bracket
# (the conversion in "9:20 a.m. (0620 GMT)" is left unmarked, as TimeBank leaves it), and
# "hours" only after "at"/"by"/... ("at 0600 hours", not "2000 hours of flying")
_NOT_YEAR = r"(?<!year\s)(?<!years\s)(?<![^\w]in\s)(?<!^in\s)(?<!circa\s)(?<!\()"
_AT = (
    r"(?:"
    + "|".join(
        rf"(?<=\b{w}\s\d{{4}})"
        for w in ("at", "by", "until", "till", "from", "before", "after", "around", "about")
    )
    + r")"
)
_CLOCK = (
    r"(?P<h>[012]?\d)(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.?|[ap]m\b)"
    r"|(?P<word>noon|midnight|midday)"
    r"|(?<!\()(?P<h24>[012]?\d):(?P<min24>[0-5]\d)(?=\s*\(?" + _ZONE + r"|\s*hours?\b)"
    # wire copy's "1430 GMT", "0600 local time", "0415 hrs": four digits only before a zone
    r"|" + _NOT_YEAR + r"(?P<hm>[01]\d|2[0-3])(?P<mm4>[0-5]\d)"
    r"(?:" + _AT + r"\s*(?P<hrs>hrs|hours)\b(?!\s+of\b)|(?=\s*\(?" + _ZONE + r"))"
    r"|(?P<oc>[012]?\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+o'clock"
    r"|(?P<ic>1[012]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:\s+o'clock)?\s+in\s+the\s+(?P<icp>morning|afternoon|evening)"
)
_OCLOCK = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip


def _day(m: re.Match[str], ctx: Ctx):
    if m["deic"]:
        k = {"today": 0, "yesterday": -1, "tomorrow": 1}[m["deic"].lower()]
        return add_days(ctx.dct, k)
    if m["wd"]:
        if ctx.strict and not m["wd"][0].isupper():
            return None
        wd = WEEKDAYS.get(m["wd"].rstrip(".").lower())
        if wd is None:
            return None
        if m["mon"] and m["day"]:
            mon = month_num(m, ctx)
            if mon:
                d = clamp_day(
                    day_year(ctx.dct, mon, int(m["day"]), ctx.tense(m)), mon, int(m["day"])
                )
                if d:
                    return d
        return weekday_near(ctx.dct, wd, +1 if ctx.tense(m) == "future" else -1)
    for g, dg, yg in (("mon2", "day2", "y2"), ("mon3", "day3", "y3")):
        if m[g]:  # "10:30 p.m. on March 3", "10:30 pm on 3 March 2024": that day
            mon = month_num(m, ctx, g)
            if not mon:
                return None
            day = int(m[dg])
            y = int(m[yg]) if m[yg] else day_year(ctx.dct, mon, day, ctx.tense(m))
            return clamp_day(y, mon, day)
    return ctx.dct


_DAY_BEFORE = re.compile(
    r"(?i)\b(?:(?P<deic>today|yesterday|tomorrow|tonight)|(?P<wd>Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday))(?:\s+(?:morning|afternoon|evening|night))?,?\s+"
    r"(?:at|around|about|by|from|until|before|after)\s+$"
)
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d")
_CLOCK_PREP = re.compile(
    r"(?i)\b(?:at|around|about|until|till|by|before|after|from|since|to|and|or)\s+$"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"\u201c(\n]\s*|--\s*)$")


def _day_before(m: re.Match[str], ctx: Ctx):
    """ "yesterday at 6:40 p.m.": the day written just before the time."""
    b = _DAY_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
    if not b:
        return None
    if b["deic"]:
        k = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[b["deic"].lower()]
        return add_days(ctx.dct, k)
    wd = WEEKDAYS[b["wd"].lower()]
    return weekday_near(ctx.dct, wd, +1 if ctx.tense(m) == "future" else -1)


def _word_time(m: re.Match[str], ctx: Ctx) -> tuple[int, int] | None:
    """ "noon", "midnight"; a capitalised one mid-sentence is part of a name."""
    if ctx.strict and m["word"][0].isupper():
        # "Operation Midnight Hammer": a capitalised word mid-sentence is a name
        if not _SENTENCE_START.search(ctx.text, max(0, m.start() - 4), m.start()):
            return None
    return (24, 0) if m["word"].lower() == "midnight" else (12, 0)


def _part_of_day_time(m: re.Match[str], ctx: Ctx) -> tuple[int, int] | None:
    """ "at 4 in the morning", "until eight in the evening"."""
    if ctx.strict and not _CLOCK_PREP.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "two in the morning session": a count
    ic = m["ic"].lower()
    hh = _OCLOCK[ic] if ic in _OCLOCK else int(ic)
    if m["icp"].lower() == "morning":
        hh = 0 if hh == 12 else hh
    elif hh != 12:
        hh += 12
    return hh, 0


def _ampm_time(m: re.Match[str]) -> tuple[int, int] | None:
    """ "6:40 p.m.", "12 a.m.": the 12-hour clock read as a 24-hour one."""
    hh, mm = int(m["h"]), int(m["min"] or 0)
    if not 1 <= hh <= 12:
        return None
    pm = m["ampm"].lower().startswith("p")
    if pm and hh != 12:
        hh += 12
    elif not pm and hh == 12:
        hh = 0
    return hh, mm


def _hour_minute(m: re.Match[str], ctx: Ctx) -> tuple[int, int] | None:
    if m["word"]:
        return _word_time(m, ctx)
    if m["h24"]:
        return int(m["h24"]), int(m["min24"])
    if m["hm"]:
        return int(m["hm"]), int(m["mm4"])
    if m["ic"]:
        return _part_of_day_time(m, ctx)
    if m["oc"]:
        oc = m["oc"].lower()
        return (_OCLOCK[oc] if oc in _OCLOCK else int(oc)), 0
    return _ampm_time(m)


def h_clock(m: re.Match[str], ctx: Ctx) -> Norm | None:
    hm = _hour_minute(m, ctx)
    if hm is None:
        return None
    hh, mm = hm
    if hh > 24 or mm > 59:
        return None
    d = _day(m, ctx)
    if d is None:
        return None
    anchor = "published"
    if d == ctx.dct and not (m["deic"] or m["wd"] or m["mon2"] or m["mon3"]):
        before = _day_before(m, ctx)
        if before is not None:
            d = before
        elif ctx.anchor is not None and _DAY_VALUE.match(ctx.anchor_value):
            d, anchor = ctx.anchor, ctx.anchor_id  # "on Oct. 23 ... at 10 p.m.": that day
    n = Norm("TIME", f"{d.isoformat()}T{hh:02d}:{mm:02d}", approximate=bool(m["approx"]))
    n.anchor = anchor
    return n


# a superset of what _CLOCK_RX matches; "1430" needs its zone word, or every year would do
# It opens with one character class so re skips ahead to digits instead of trying every
# position (a leading "\d{1,2}" or alternation defeats that: 10x slower on news text).
_CORE = re.compile(
    r"[0-9](?:[0-9]?(?:[.:][0-9][0-9])?\s?[ap]\.?\s?m|:[0-9][0-9]"
    r"|(?<![0-9][0-9])(?<=[012])[0-9][0-5][0-9]"
    r"(?=\s*\(?(?:[A-Z]{1,4}\b|[ECMPecmp][SDsd]?[Tt]\b|(?i:gmt|utc|local|hrs|hours)\b)))"
)

_CLOCK_RX = rx(
    r"(?<![\w:.$])(?:(?P<approx>about|around|approximately|roughly|shortly\s+(?:before|after)|"
    r"just\s+(?:before|after))\s+)?(?:" + _CLOCK + r")" + _TZ + _DAY_AFTER + r"(?![\w])"
)

RULES = [
    Rule("clock", _CLOCK_RX, h_clock, anchored=True, core=_CORE),
    Rule("clock_word", _CLOCK_RX, h_clock, anchored=True,
         words=words("noon", "midnight", "midday", "clock", "morning", "afternoon", "evening")),
]  # fmt: skip
