"""Results reporting: the period a business story reports on.

Earnings stories date one period ("third-quarter net rose 11%") and then compare with it
("from $85 million a year ago", "in the year-ago period", "the latest quarter"). TimeBank
annotates those comparisons with the reported period a year back, at its granularity: the
quarter when the story is on a quarter, the year when it has moved on to a longer span
("For the nine months, net fell ... a year earlier"). The reported quarter is the latest
completed quarter the story dates; a quarter still to come ("a fourth-quarter charge") or
an older one mentioned in passing ("after a flat second quarter") does not replace it.
"""

from __future__ import annotations

import re
from datetime import date

_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^\d{4}-H[12]$")
# spans longer than a quarter that results stories report on
_LONG_SPAN = frozenset({"P6M", "P9M", "P12M", "P1Y"})
_SPAN_WORDS = re.compile(r"(?i)\b(?:months|half|year)\b")


# what makes a sentence a results comparison: money, rates, per-share figures, results words
_RESULTS_CUE = re.compile(
    r"(?i)[$\u00a3\u20ac#%]|\b(?:percent|cents?|a\s+share|net|profit|loss|losses|sales|revenue|"
    r"revenues|earnings|earned|income|results|dividend|shipments|output|production|expenses?|"
    r"costs|margins?|tax|period|quarter)\b"
)
_SENTENCE_END = re.compile(r"[.!?](?:['\"\u201d]|'')*\s+(?=[A-Z`'\"\u201c])|\n\s*\n")


def sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the sentence holding text[start:end] before and after it (300 chars
    each way at most)."""
    lo = max(0, start - 300)
    cut = [x.end() for x in _SENTENCE_END.finditer(text, lo, start + 1) if x.end() <= start]
    left = text[cut[-1] if cut else lo : start]
    nxt = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    right = text[end : nxt.start() if nxt else min(len(text), end + 300)]
    return left, right


def results_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence holding text[start:end] reports results (money, rates, profit)."""
    left, right = sentence_around(text, start, end)
    return bool(_RESULTS_CUE.search(left) or _RESULTS_CUE.search(right))


def quarter_end(y: int, q: int) -> date:
    return date(y, 3 * q, 30 if q in (2, 3) else 31)


class Report:
    """What a results story has dated so far: its quarter and the level it compares at."""

    __slots__ = ("quarter", "level", "fiscal_year", "fiscal_end")

    def __init__(self) -> None:
        self.quarter: tuple[int, int] | None = None
        self.level: str | None = None  # "quarter" | "year"
        self.fiscal_year: int | None = None  # the fiscal year the story is on (latest named)
        self.fiscal_end: int | None = None  # the month its fiscal years end in, once said

    def note(
        self,
        text: str,
        typ: str,
        value: str,
        dated: bool,
        dct: date,
        fiscal: tuple[int, int | None] | None = None,
    ) -> None:
        """Update from a mention the tagger has just written."""
        if fiscal is not None:
            self.fiscal_year = max(fiscal[0], self.fiscal_year or fiscal[0])
            self.fiscal_end = fiscal[1] or self.fiscal_end
        m = _QUARTER.match(value)
        if m and typ == "DATE":
            if not dated:
                return  # a comparison ("a year ago") names no new period
            y, q = int(m[1]), int(m[2])
            self.level = "quarter"
            if quarter_end(y, q) < dct and (self.quarter is None or (y, q) >= self.quarter):
                self.quarter = (y, q)
        elif (_HALF.match(value) and typ == "DATE") or (
            typ == "DURATION" and value in _LONG_SPAN and _SPAN_WORDS.search(text)
        ):
            self.level = "year"  # "the first half", "the first nine months"

    def back(self, years: int, fallback_year: int) -> str | None:
        """The reported period `years` back, or None when the story reports on no period."""
        if self.level == "quarter" and self.quarter:
            return f"{self.quarter[0] - years:04d}-Q{self.quarter[1]}"
        if self.level == "year":
            y = self.quarter[0] if self.quarter else fallback_year
            return f"{y - years:04d}"
        return None
