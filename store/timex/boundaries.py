"""The current decade or century named by a boundary: "mid-decade", "by the end of the
century" (a part of the period publication falls in; mods.py reads the part)."""

from __future__ import annotations

import re

from .engine import Ctx, Rule
from .patterns import rx, words
from .values import Norm


def h_edge_of_this(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "mid-decade", "by the end of the century": a part of the current decade or century
    (the engine reads the boundary word into mod and narrows the range)."""
    y = ctx.dct.year
    value = f"{y // 10:03d}" if m["unit"].lower() == "decade" else f"{y // 100:02d}"
    return Norm("DATE", value, approximate=True)


RULES = [
    Rule("edge_of_this", rx(r"\b(?:the\s+)?(?:(?:early|mid|late)-?|(?:end|start|beginning|"
                            r"middle|close)\s+of\s+the\s+)(?P<unit>decade|century)\b"
                            r"(?!-|\s+(?:of|before|after|ago|earlier|later)\b)"),
         h_edge_of_this, words=words("decade", "century")),
]  # fmt: skip
