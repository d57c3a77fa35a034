"""Calendar periods bigger than a month: quarters ("the third quarter", "Q3 2024",
"the year-ago quarter"), halves, fiscal years, seasons ("last fall", "spring 2024"),
year ends and spelled-out years ("nineteen ninety-six").

Business news reports quarterly results: a quarter with no year is the one the tense
points to, and "the quarter"/"the latest period" is the one the text last dated.
"""

from __future__ import annotations

import re
from datetime import timedelta

from .absolute import year_num
from .engine import Ctx, Rule
from .lexicon import MONTHS, SEASONS, word_number
from .patterns import MONTH, YEAR, YEAR_, rx, words
from .values import (
    Norm,
    add_days,
    add_months,
    clamp_day,
    day_year,
    month_year,
    quarter_of,
    season_of,
    season_year,
    shift_quarter,
    week_value,
)

_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
        "4th": 4, "final": 4, "last": 4}  # fmt: skip
_QV = re.compile(r"^(\d{4})-([QH])([1-4])$")


def _anchor_quarter(ctx: Ctx) -> tuple[int, int] | None:
    v = ctx.anchor_value
    m = _QV.match(v) if v else None
    if m and m[2] == "Q":
        return int(m[1]), int(m[3])
    return None


def _default_quarter(ctx: Ctx, m: re.Match[str]) -> tuple[int, int]:
    """The quarter a report means by "the quarter": the one it reports on, else the last one
    dated, else the last ended."""
    if ctx.report.quarter:
        return ctx.report.quarter
    aq = _anchor_quarter(ctx)
    if aq:
        return aq
    y, q = ctx.dct.year, quarter_of(ctx.dct)
    if ctx.tense(m) == "future":
        return y, q
    return shift_quarter(y, q, -1)


def _year_shift(det: str) -> int | None:
    det = det.lower()
    if "year-ago" in det or "year-earlier" in det or "year ago" in det or "last year" in det:
        return -1
    if "next year" in det:
        return 1
    if "this year" in det or "current" in det:
        return 0
    return None


def h_quarter(m: re.Match[str], ctx: Ctx) -> Norm | None:
    g = m.groupdict()
    half = (g.get("unit") or "").lower().startswith("half")
    word = (g.get("ord") or g.get("qn") or "").lower()
    n = (2 if half and word in ("last", "final", "latter") else _ORD.get(word)) or int(
        g.get("qd") or 0
    )
    if not n or (half and n > 2):
        return None
    if g.get("qplural"):
        return Norm("SET", f"XXXX-Q{n}", dated=False)
    y = year_num(g.get("year") or g.get("year2"), ctx)
    shift = _year_shift(g.get("det") or "")
    of_year = (g.get("ofyear") or "").lower()
    if y is None and of_year:  # "the first half of the year": the year in question, whole
        base = ctx.ref().year if of_year == "the" else ctx.dct.year
        y = base + {"last": -1, "next": 1}.get(of_year, 0)
    if y is None:
        dct = ctx.dct
        cur = quarter_of(dct) if not half else (1 if dct.month <= 6 else 2)
        y = dct.year if n <= cur or ctx.tense(m) == "future" else dct.year - 1
        if shift is not None:
            aq = _anchor_quarter(ctx)
            base = aq[0] if (aq and shift == -1) else dct.year
            y = base + shift
    letter = "H" if half else "Q"
    norm = Norm("DATE", f"{y:04d}-{letter}{n}", dated=shift != -1)
    det = (g.get("det") or "").lower()
    hyphen = "-" in ctx.text[m.start("ord") : m.end("unit")]
    if det in ("its", "their", "his", "her") or (
        det in ("a", "an", "the", "that", "this") and hyphen
    ):
        norm.extra["start"] = m.start("det") + len(g["det"]) + 1  # "its third-quarter loss"
        while ctx.text[norm.extra["start"]].isspace():
            norm.extra["start"] += 1
    return norm


_ENDED = re.compile(
    r"\s+(?:that\s+|which\s+)?(?P<verb>ended|ending|ends)\s+(?:on\s+)?"
    r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>[0-3]?\d)\b"
)


def _ended_quarter(m: re.Match[str], ctx: Ctx) -> tuple[int, int] | None:
    """ "the quarter ended July 31": the calendar quarter holding most of its three months
    (May-July: the second), the year the tense gives the end date."""
    e = _ENDED.match(ctx.text, m.end())
    if not e:
        return None
    mon, day = MONTHS[e["mon"].lower()], int(e["day"])
    y = day_year(ctx.dct, mon, day, "before" if e["verb"] == "ended" else ctx.tense(m))
    if day <= 7:  # "ended Oct. 1": a 13-week quarter that ended with September
        mon -= 1
    mid = mon - 1  # the middle month of the three
    if mid <= 0:
        mid, y = mid + 12, y - 1
    return y, (mid - 1) // 3 + 1


def h_the_quarter(m: re.Match[str], ctx: Ctx) -> Norm | None:
    det = (m["det"] or "").lower()
    # a story that has named its quarter ("the fiscal first quarter") keeps that name for
    # "the quarter ended Sept. 30"; otherwise the end date says which quarter it is
    ended = None if (m["year"] or m["ago"] or ctx.report.quarter) else _ended_quarter(m, ctx)
    if ended:
        y, q = ended
    elif "current" in det or "this" in det:
        y, q = ctx.dct.year, quarter_of(ctx.dct)
    else:
        y, q = _default_quarter(ctx, m)
    if m["year"]:
        yy = year_num(m["year"], ctx)
        if yy is None:
            return None
        if ctx.report.level == "year":  # "the nine months ... the 1988 period"
            return Norm("DATE", f"{yy:04d}", dated=False)
        aq = ctx.report.quarter or _anchor_quarter(ctx)
        if not aq:
            return Norm("DATE", f"{yy:04d}")
        if yy != aq[0]:  # "the 1988 period" beside 1989-Q3: a comparison, not a new anchor
            return Norm("DATE", f"{yy:04d}-Q{aq[1]}", dated=False)
        y, q = yy, aq[1]
    shift = -1 if m["ago"] else _year_shift(det)
    if shift == -1:
        return Norm("DATE", f"{y - 1:04d}-Q{q}", dated=False)
    return Norm("DATE", f"{y:04d}-Q{q}")


def h_year_ago_adj(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """Attributive "year-ago"/"year-earlier" (results): the dated period a year back."""
    got = ctx.report.back(1, ctx.dct.year)
    if got:
        return Norm("DATE", got, dated=False)
    aq = _anchor_quarter(ctx)
    if aq:
        return Norm("DATE", f"{aq[0] - 1:04d}-Q{aq[1]}", dated=False)
    return Norm("DATE", f"{ctx.dct.year - 1:04d}", dated=False)  # a year before the story


def h_fiscal_year(m: re.Match[str], ctx: Ctx) -> Norm | None:
    if m["ended"] is not None:
        return Norm("DURATION", "P1Y", dated=False)  # "the fiscal year ended Jan. 31"
    det = (m["det"] or "").lower()
    y = ctx.dct.year
    if "latest" in det or "last" in det or "previous" in det:
        y -= 1
    elif "next" in det:
        y += 1
    return Norm("DATE", f"{y:04d}")


def h_year_end(m: re.Match[str], ctx: Ctx) -> Norm | None:
    y = ctx.dct.year
    det = (m["det"] or "").lower()
    if "last" in det:
        y -= 1
    elif "next" in det:
        y += 1
    return Norm("DATE", f"{y:04d}", approximate=True)


_CAP_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]")


def h_season(m: re.Match[str], ctx: Ctx) -> Norm | None:
    word = m["season"].lower()
    code = SEASONS[word]
    rel = " ".join((m["rel"] or "").lower().split())
    y = year_num(m["year"], ctx) if m["year"] else None
    if m["sy"]:  # "the spring of nineteen eighty-six": the year spelled out, as spoken
        y = spelled_year(m["sy"])
        if y is None:
            return None
    if word == "fall" and not (rel or y) and ctx.strict:
        return None  # "a fall in prices"
    if ctx.strict and m["season"][0].isupper() and not (rel or y):
        if not _SENTENCE_START.search(ctx.text, max(0, m.start() - 4), m.start()):
            return None  # "the Spring of Life rallies", "Arab Spring": a name
        if _CAP_WORD_AFTER.match(ctx.text, m.end()):
            return None  # "Winter Storm Ida", "Summer Palace": a name opening a sentence
    if y is None and rel == "this":  # the season of the current year
        y = ctx.dct.year - 1 if (code == "WI" and ctx.dct.month <= 2) else ctx.dct.year
    if y is None:
        if rel in ("last", "this past", "past"):
            y = season_year(ctx.dct, code, -1)
        elif rel in ("next", "this coming", "coming"):
            y = season_year(ctx.dct, code, +1)
        else:
            cy, cs = season_of(ctx.dct)
            if ctx.strict and ctx.tense(m) == "present" and rel in ("", "the"):
                # "the lake freezes in the winter": a habit, no year (TIDES: XXXX-WI)
                return Norm("DATE", f"XXXX-{code}", dated=False)
            if cs == code:
                y = cy
            else:
                y = season_year(ctx.dct, code, +1 if ctx.tense(m) == "future" else -1)
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
        from .absolute import month_num

        k = month_num(m, ctx)
        if k is None:
            return None
        return Norm("DATE", f"{y:04d}-{k:02d}")
    return Norm("DATE", f"{y:04d}")


_DET = (r"(?P<det>the\s+comparable\s+year-ago|the\s+comparable\s+year-earlier|the\s+year-ago|"
        r"the\s+year-earlier|year-ago|year-earlier|this\s+year's|last\s+year's|next\s+year's|"
        r"the\s+current|the\s+same|the|its|their|his|her|a|this|that|the\s+latest|"
        r"the\s+most\s+recent)")  # fmt: skip
_SPELLED = (rf"(?P<sy>(?:nineteen|eighteen)[-\s]+(?:hundred[-\s]+(?:and\s+)?)?(?:{_TENS}"
            rf"(?:[-\s]{_ONES})?|{_TEENS}|{_ONES})|two\s+thousand(?:\s+(?:and\s+)?"
            rf"(?:{_TEENS}|{_ONES}|{_TENS}(?:[-\s]{_ONES})?))?)\b")  # fmt: skip
_MONTH_FULL = (r"(?P<mon>January|February|March|April|May|June|July|August|September|"
               r"October|November|December)")  # fmt: skip

RULES = [
    Rule("quarter", rx(r"\b(?:" + _DET + r"\s+)?(?:" + YEAR + r"\s+)?(?:(?:fiscal|calendar)[-\s]+)?"
                       r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latter)"
                       r"[-\s]+(?:fiscal[-\s]+)?(?P<unit>quarter|half)(?P<qplural>s)?\b"
                       r"(?:\s+of\s+(?:fiscal\s+)?(?:the\s+year\s+)?" + YEAR_
                       + r"|\s+of\s+(?P<ofyear>the|this|last|next)\s+year\b)?"),
         h_quarter, anchored=True, words=words("quarter", "quarters", "half")),
    Rule("two_quarters", rx(r"\b(?:the\s+)?(?P<side>first|last|final|second)\s+two\s+quarters"
                            r"\s+of\s+(?:fiscal\s+)?" + YEAR + r"(?!-)"),
         lambda m, c: h_two_quarters(m, c), words=words("quarters")),
    Rule("quarter_q", rx(r"\b(?:(?P<k>[QH])(?P<qd>[1-4])\s*(?:of\s+)?" + YEAR + r"|"
                         + YEAR.replace("?P<year>", "?P<y2>")
                         + r"\s*(?P<k2>[QH])(?P<qd2>[1-4]))\b"),
         lambda m, c: h_quarter_q(m, c), core=re.compile(r"[QH][1-4]")),
    Rule("the_quarter", rx(r"\b(?P<det>(?:the|its|their|that)(?:\s+(?:latest|most\s+recent|"
                           r"current|same|comparable|recent|year-ago|year-earlier|"
                           r"comparable\s+year-ago|comparable\s+year-earlier))?|this|"
                           r"year-ago|year-earlier|last\s+year's|the\s+corresponding|"
                           r"the\s+comparable)\s+(?:(?P<year>\d{4})\s+)?(?:fiscal\s+)?"
                           r"(?:quarter|period)\b(?!s)(?!-)"
                           r"(?P<ago>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?"),
         h_the_quarter, anchored=True, words=words("quarter", "period")),
    Rule("year_ago_adj", rx(r"\byear-(?:ago|earlier)\b(?!\s+(?:quarter|period))"),
         h_year_ago_adj, anchored=True, words=words("ago", "earlier")),
    Rule("fiscal_year", rx(r"\b(?P<det>the(?:\s+(?:current|latest|previous|last|next|full|"
                           r"whole|entire))?)\s+(?:fiscal\s+|full\s+|financial\s+)year\b(?!-)"
                           r"(?:(?=\s+(?:that\s+|which\s+)?(?:ended|ending))(?P<ended>))?"),
         h_fiscal_year, words=words("year")),
    Rule("year_end", rx(r"\b(?:(?:around|about)\s+(?=year))?"
                        r"(?:(?P<det>last|next|this)\s+)?(?:the\s+end\s+of\s+the\s+year|"
                        r"year[-\s]end|year's\s+end|end\s+of\s+the\s+year)\b"),
         h_year_end, words=words("end")),
    Rule("season", rx(r"\b(?:(?P<rel>this\s+past|this\s+coming|last|this|next|past|coming|"
                      r"early|late|mid|the|the\s+early|the\s+late)[-\s]+)?"
                      r"(?P<season>spring|summer|fall|autumn|winter)\b(?!-)"
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
    from .absolute import month_num

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


def h_two_quarters(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "the first two quarters of 1997" is that year's first half (1997-H1)."""
    y = year_num(m["year"], ctx)
    if y is None:
        return None
    return Norm("DATE", f"{y:04d}-H{1 if m['side'].lower() == 'first' else 2}")


def h_quarter_q(m: re.Match[str], ctx: Ctx) -> Norm | None:
    q = int(m["qd"] or m["qd2"])
    k = (m["k"] or m["k2"]).upper()  # Q3 2024 -> 2024-Q3, H1 2025 -> 2025-H1
    y = year_num(m["year"] or m["y2"], ctx)
    if y is None or (k == "H" and q > 2):
        return None
    return Norm("DATE", f"{y:04d}-{k}{q}")
