"""Business periods: quarters ("the third quarter", "Q3 2024", "the year-ago quarter"),
halves and fiscal years.

Business news reports quarterly results: a quarter with no year is the one the tense
points to, and "the quarter"/"the latest period" is the one the text last dated.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .engine import Ctx, Rule
from .fiscal import fiscal_range, names_fiscal
from .lexicon import MONTHS
from .months import month_num
from .patterns import MONTH, YEAR, YEAR_, rx, words
from .report import results_sentence
from .values import (
    Norm,
    add_months,
    clamp_day,
    day_year,
    month_year,
    quarter_of,
    shift_quarter,
)
from .years import year_num

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


def _which(g: dict) -> tuple[int, bool] | None:
    """(number, is a half) of "the third quarter", "Q3", "the second half"; None if none."""
    half = (g.get("unit") or "").lower().startswith("half")
    word = (g.get("ord") or g.get("qn") or "").lower()
    n = (2 if half and word in ("last", "final", "latter") else _ORD.get(word)) or int(
        g.get("qd") or 0
    )
    if not n or (half and n > 2):
        return None
    return n, half


def _unwritten_year(m: re.Match[str], ctx: Ctx, n: int, half: bool, shift: int | None) -> int:
    """The year of a quarter written without one: the last such quarter, or the coming one in
    a future clause; "the year-ago quarter" a year before the one in question."""
    dct = ctx.dct
    cur = quarter_of(dct) if not half else (1 if dct.month <= 6 else 2)
    y = dct.year if n <= cur or ctx.tense(m) == "future" else dct.year - 1
    if shift is not None:
        aq = _anchor_quarter(ctx)
        base = aq[0] if (aq and shift == -1) else dct.year
        y = base + shift
    return y


def _det_start(norm: Norm, m: re.Match[str], ctx: Ctx, g: dict) -> None:
    """ "its third-quarter loss": the span starts after a determiner the noun owns."""
    det = (g.get("det") or "").lower()
    hyphen = "-" in ctx.text[m.start("ord") : m.end("unit")]
    if det in ("its", "their", "his", "her") or (
        det in ("a", "an", "the", "that", "this") and hyphen
    ):
        norm.extra["start"] = m.start("det") + len(g["det"]) + 1
        while ctx.text[norm.extra["start"]].isspace():
            norm.extra["start"] += 1


def _quarter_year(
    m: re.Match[str], ctx: Ctx, g: dict, shift: int | None
) -> tuple[int | None, bool, date | None]:
    """(year, counted in the story's fiscal year, the closing day an "ended Sept. 30" names)."""
    y = year_num(g.get("year") or g.get("year2"), ctx)
    of_year = (g.get("ofyear") or "").lower()
    if y is None and of_year:  # "the first half of the year": the year in question, whole
        base = ctx.ref().year if of_year == "the" else ctx.dct.year
        y = base + {"last": -1, "next": 1}.get(of_year, 0)
    fy = ctx.report.fiscal_year
    in_fiscal = fy is not None and y is None and shift is None and not of_year
    closing = _closing_day(m, ctx) if y is None and shift is None and not of_year else None
    if closing:  # "its fiscal third quarter, which ended March 31": the year it ended in (as TE3
        y, in_fiscal = closing.year, False  # writes it), its own three months
    elif in_fiscal:  # "the first quarter" of the fiscal year the story is on
        y = fy
    return y, in_fiscal, closing


def h_quarter(m: re.Match[str], ctx: Ctx) -> Norm | None:
    g = m.groupdict()
    which = _which(g)
    if which is None:
        return None
    n, half = which
    if g.get("qplural"):
        return Norm("SET", f"XXXX-Q{n}", dated=False)
    shift = _year_shift(g.get("det") or "")
    y, in_fiscal, closing = _quarter_year(m, ctx, g, shift)
    if y is None:
        y = _unwritten_year(m, ctx, n, half, shift)
    letter = "H" if half else "Q"
    norm = Norm("DATE", f"{y:04d}-{letter}{n}", dated=shift != -1)
    if closing:
        first = add_months(date(closing.year, closing.month, 1), -(5 if half else 2))
        norm.start, norm.end = first, closing
    elif in_fiscal or names_fiscal(m.group()):
        norm.start, norm.end = fiscal_range(y, ctx.report.fiscal_end, letter, n) or (None, None)
        if g.get("year") or g.get("year2"):
            norm.extra["fiscal"] = (y, None)  # "the first quarter of fiscal 2026"
    _det_start(norm, m, ctx, g)
    return norm


_ENDED = re.compile(
    r"\s+(?:that\s+|which\s+)?(?P<verb>ended|ending|ends)\s+(?:on\s+)?"
    r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>[0-3]?\d)\b"
)


def _closing_day(m: re.Match[str], ctx: Ctx) -> date | None:
    """The last day a quarter's "ended Sept. 30" names right after it (a 13-week quarter
    ending in a month's first days closes the month before), or None."""
    e = _ENDED.match(ctx.text, m.end())
    if not e:
        return None
    mon, day = MONTHS[e["mon"].lower()], int(e["day"])
    y = day_year(ctx.dct, mon, day, "before" if e["verb"] == "ended" else ctx.tense(m))
    end = clamp_day(y, mon, day)
    if end is None:
        return None
    return end if day > 7 else date(y, mon, 1) - timedelta(days=1)


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


_ENDED_AFTER = re.compile(r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to)\s+[A-Z]")


def h_the_quarter(m: re.Match[str], ctx: Ctx) -> Norm | None:
    det = (m["det"] or "").lower()
    if (
        ("period" in m.group(0).lower() or det in ("the", "that"))
        and ctx.report.level is None
        and not _ENDED_AFTER.match(ctx.text, m.end())
        and not results_sentence(ctx.text, m.start(), m.end())
    ):
        # "the period between the wars", "residents of the quarter fled": a business
        # period only in results
        return None
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


# "(the fiscal year) ending in June", "ended Sept. 30, 2025", ", which ends in March 2027"
_ENDING = rx(
    r",?\s+(?:that\s+|which\s+)?(?P<verb>ended|ending|ends|closing|closed|closes)\s+"
    r"(?:in\s+|on\s+)?" + MONTH + r"(?:\s+[0-3]?\d(?:st|nd|rd|th)?\b)?(?:\s*,?\s*" + YEAR + r")?"
)


def fiscal_end(ctx: Ctx, end: int, tense: str) -> tuple[int, int] | None:
    """(fiscal year, month it ends in) a closing date right after `end` names: "ending in
    June 2026" is fiscal 2026 ending in month 6; without a year, the June the tense means."""
    e = _ENDING.match(ctx.text, end)
    if not e:
        return None
    mon = month_num(e, ctx)
    if mon is None:
        return None
    y = year_num(e["year"], ctx)
    if y is None:
        done = e["verb"].lower() in ("ended", "closed")
        y = month_year(ctx.dct, mon, "past" if done else tense)
    return y, mon


def h_fiscal_year(m: re.Match[str], ctx: Ctx) -> Norm | None:
    if m["ended"] is not None:  # "the fiscal year ended May 31": a length, as TE3 writes it
        norm = Norm("DURATION", "P1Y", dated=False)
        fy = fiscal_end(ctx, m.end(), ctx.tense(m))
        if fy:
            norm.extra["fiscal"] = fy
        return norm
    det = (m["det"] or "").lower()
    y = ctx.dct.year
    if "latest" in det or "last" in det or "previous" in det:
        y -= 1
    elif "next" in det:
        y += 1
    norm = Norm("DATE", f"{y:04d}")
    if "current" in det or det == "this":
        norm.extra["fiscal"] = (y, None)
    return norm


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


_DET = (r"(?P<det>the\s+comparable\s+year-ago|the\s+comparable\s+year-earlier|the\s+year-ago|"
        r"the\s+year-earlier|year-ago|year-earlier|this\s+year's|last\s+year's|next\s+year's|"
        r"the\s+current|the\s+same|the|its|their|his|her|a|this|that|the\s+latest|"
        r"the\s+most\s+recent)")  # fmt: skip

RULES = [
    Rule("quarter", rx(r"\b(?:" + _DET + r"\s+)?(?:(?:fiscal\s+)?" + YEAR + r"(?:['\u2019]s)?\s+)?"
                       r"(?:(?:fiscal|calendar)[-\s]+)?"
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
    # a bare "Q3" is the third quarter as "the third quarter" reads (tense, fiscal year)
    Rule("quarter_bare", rx(r"(?<![\w-])(?P<det>)(?P<ord>)Q(?P<qd>[1-4])(?P<unit>)\b(?![-/.]?\d)"
                            r"(?!\s*(?:of\s+)?(?:\d\d|'\d))", 0),
         lambda m, c: h_quarter_bare(m, c), anchored=True, core=re.compile(r"Q[1-4]")),
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
]  # fmt: skip


_NAME_BEFORE = re.compile(r"\b(?!(?:In|By|For|During|Since|Until|Through|From|The)\s)[A-Z]\w*\s+$")


def h_quarter_bare(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "Q3 revenue", "in Q1": not a name's part ("the Audi Q3": a capitalised word before)."""
    if _NAME_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()):
        return None
    return h_quarter(m, ctx)
