"""The current decade or century named by a boundary: "mid-decade", "by the end of the
century" (a part of the period publication falls in; mods.py reads the part), and the
turn of a century, the years around the boundary itself."""

from __future__ import annotations

import re
from datetime import date

from .engine import Ctx, Rule
from .lexicon import ORDINALS
from .mods import half_of
from .patterns import rx, words
from .values import Norm


def h_edge_of_this(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "mid-decade", "by the end of the century": a part of the current decade or century
    (the engine reads the boundary word into mod and narrows the range)."""
    y = ctx.dct.year
    value = f"{y // 10:03d}" if m["unit"].lower() == "decade" else f"{y // 100:02d}"
    return half_of(Norm("DATE", value, approximate=True), m["half"])


def h_turn(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "the turn of the century": the boundary year, approximately (a DATE of year
    granularity, its range two years either side). Which boundary: the one a named
    century opens ("the 20th century" -> 1900), else the last one before publication, or
    the next one when the clause points ahead ("by the turn of the century", written in
    1998, is 2000)."""
    step = 1000 if m["unit"].lower() == "millennium" else 100
    nth = (m["nth"] or "").lower()
    if nth:
        n = ORDINALS.get(nth) or (int(nth[:-2]) if nth[:-2].isdigit() else 0)
        if not 1 <= n <= 100:
            return None
        y = (n - 1) * step
    else:
        y = ctx.dct.year // step * step
        if (m["which"] or "").lower() == "last":
            y -= step
        elif y < ctx.dct.year and ctx.tense(m) == "future" and not m["which"]:
            y += step
    if not 1 <= y <= 9997:
        return None
    return Norm(
        "DATE",
        f"{y:04d}",
        approximate=True,
        start=date(max(1, y - 2), 1, 1),
        end=date(y + 2, 12, 31),
        granularity="year",
    )


RULES = [
    Rule("turn", rx(r"\b(?:the\s+)?turn\s+of\s+the\s+(?:(?P<which>last|this|previous|next)\s+|"
                    r"(?P<nth>\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+)?"
                    r"(?P<unit>century|millennium)\b"), h_turn, words=words("turn")),
    Rule("edge_of_this", rx(r"\b(?:the\s+)?(?:(?:early|mid|late)-?|(?:end|start|beginning|"
                            r"middle|close|(?P<half>first|second|last|latter)\s+half)\s+of\s+"
                            r"the\s+)(?P<unit>decade|century)\b"
                            r"(?!-|\s+(?:of|before|after|ago|earlier|later)\b)"),
         h_edge_of_this, words=words("decade", "century")),
]  # fmt: skip
