"""Named days: Christmas, New Year's Day, Thanksgiving, Easter, Labor Day, Halloween...

Fixed holidays keep their month and day; moving ones (Thanksgiving, Easter) are computed
for each candidate year. The year follows "last"/"next"/a written year, else the tense.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from .absolute import year_num
from .engine import Ctx, Rule
from .months import month_num
from .patterns import MONTH, MONTH_WORDS, YEAR, rx, words
from .values import Norm, clamp_day, week_value


def _nth_weekday(y: int, month: int, weekday: int, n: int) -> date:
    """n-th (1-based; -1 = last) weekday of a month."""
    if n > 0:
        d = date(y, month, 1)
        d += timedelta(days=(weekday - d.weekday()) % 7)
        return d + timedelta(weeks=n - 1)
    d = date(y + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() - weekday) % 7)


def _easter(y: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month = (h + m - 7 * n + 114) // 31
    day = (h + m - 7 * n + 114) % 31 + 1
    return date(y, month, day)


def _fixed(month: int, day: int) -> Callable[[int], date | None]:
    return lambda y: clamp_day(y, month, day)


HOLIDAYS: dict[str, Callable[[int], date | None]] = {
    "christmas eve": _fixed(12, 24),
    "christmas day": _fixed(12, 25),
    "christmas": _fixed(12, 25),
    "boxing day": _fixed(12, 26),
    "new year's eve": _fixed(12, 31),
    "new year's day": _fixed(1, 1),
    "new year's": _fixed(1, 1),
    "valentine's day": _fixed(2, 14),
    "st. patrick's day": _fixed(3, 17),
    "halloween": _fixed(10, 31),
    "independence day": _fixed(7, 4),
    "the fourth of july": _fixed(7, 4),
    "veterans day": _fixed(11, 11),
    "armistice day": _fixed(11, 11),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3),
    "mlk day": lambda y: _nth_weekday(y, 1, 0, 3),
    "black friday": lambda y: _nth_weekday(y, 11, 3, 4) + timedelta(days=1),
    "cyber monday": lambda y: _nth_weekday(y, 11, 3, 4) + timedelta(days=4),
    "presidents' day": lambda y: _nth_weekday(y, 2, 0, 3),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    "easter sunday": _easter,
    "easter": _easter,
    "good friday": lambda y: _easter(y) - timedelta(days=2),
    "easter monday": lambda y: _easter(y) + timedelta(days=1),
}
NAMES = r"martin\s+luther\s+king,?\s+jr\.?\s+day|" + "|".join(
    re.escape(n).replace("'", "['\u2019]?").replace(r"\ ", r"\s+")
    for n in sorted(HOLIDAYS, key=len, reverse=True)
)
_JR = re.compile(r",?\s+jr\.?(?=\s)")


def _day_for(name: str, y: int) -> date | None:
    try:
        return HOLIDAYS[name](y) if 1 <= y <= 9998 else None
    except (ValueError, OverflowError):
        return None


def holiday_key(text: str) -> str | None:
    """The HOLIDAYS key a written name stands for ("Valentines Day", "MLK Day"), or None."""
    name = " ".join(_JR.sub("", text.lower().replace("\u2019", "'")).split())
    if name not in HOLIDAYS:
        name = name.replace("new years", "new year's").replace("valentines", "valentine's")
        name = name.replace("presidents", "presidents'").replace("patricks", "patrick's")
    return name if name in HOLIDAYS else None


def h_holiday(m: re.Match[str], ctx: Ctx) -> Norm | None:
    name = holiday_key(m["name"])
    if name is None:
        return None
    if ctx.strict and not m["name"][0].isupper():
        return None
    dct = ctx.dct
    rel = (m["rel"] or "").lower()
    week = m["week"] is not None
    y = year_num(m["year"], ctx) if m["year"] else None
    if y is not None:
        d = _day_for(name, y)
    else:
        cands = [c for c in (_day_for(name, k) for k in range(dct.year - 1, dct.year + 2)) if c]
        if not cands:
            return None
        if rel == "last":
            past = [c for c in cands if c < dct]
            d = past[-1] if past else None
        elif rel == "next":
            fut = [c for c in cands if c > dct]
            d = fut[0] if fut else None
        elif rel == "this":
            d = _day_for(name, dct.year)
        else:
            # like a weekday, a bare holiday follows the tense: a past-tense sentence means
            # the last one on or before publication, a future one the next on or after it
            # (a holiday's week has begun by its Monday, and is still to come until its
            # Sunday: "Easter week opened" on that Monday is this year's)
            t = ctx.tense(m)
            if t in ("past", "done"):
                past = [c for c in cands if c - timedelta(days=c.weekday() * week) <= dct]
                d = past[-1] if past else None
            elif t == "future":
                fut = [c for c in cands if c >= dct]
                d = fut[0] if fut else None
            else:
                d = min(cands, key=lambda c: abs((c - dct).days))
    if d is None:
        return None
    if week:  # "Easter week", "Christmas week": the (ISO) week that holds the day
        return Norm("DATE", week_value(d))
    return Norm("DATE", d.isoformat())


_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "1st": 1, "2nd": 2,
            "3rd": 3, "4th": 4}  # fmt: skip
_WEEKDAY = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}  # fmt: skip


def h_nth_weekday(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "the first Sunday in November", "the last Friday of March 2026": a floating day
    computed like Thanksgiving; no year written, the tense picks the nearest one."""
    if ctx.strict and not (m["wd"][0].isupper() and m["mon"][0].isupper()):
        return None
    mon = month_num(m, ctx)
    if mon is None:
        return None
    n, wd = _ORDINAL[m["ord"].lower()], _WEEKDAY[m["wd"].lower()]
    if m["year"]:
        y = year_num(m["year"], ctx)
        d = _nth_weekday(y, mon, wd, n) if y else None
    else:
        cands = [_nth_weekday(y, mon, wd, n) for y in (ctx.dct.year - 1, ctx.dct.year,
                                                        ctx.dct.year + 1)]  # fmt: skip
        if ctx.tense(m) in ("past", "done"):
            d = max((c for c in cands if c <= ctx.dct), default=None)
        else:
            d = min((c for c in cands if c >= ctx.dct), default=None)
    if d is None or d.month != mon:
        return None
    return Norm("DATE", d.isoformat())


RULES = [
    Rule("nth_weekday", rx(r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|last|1st|2nd|3rd|"
                           r"4th)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                           r"Sunday)\s+(?:in|of)\s+" + MONTH + r"(?:\s*,?\s+" + YEAR + r")?"),
         h_nth_weekday, words=words(*MONTH_WORDS)),
    Rule("holiday", rx(r"\b(?:(?P<rel>last|next|this)\s+)?(?P<name>" + NAMES + r")\b"
                       r"(?:(?P<week>\s+week)\b(?!-)|\s*,?\s+" + YEAR + r")?"),
         h_holiday, words=words("christmas", "year", "years", "valentine", "valentines", "patrick",
                                "patricks", "halloween", "independence", "july", "veterans",
                                "armistice", "thanksgiving", "labor", "memorial", "king",
                                "presidents", "election", "easter", "friday", "boxing", "mlk",
                                "cyber")),
]  # fmt: skip
