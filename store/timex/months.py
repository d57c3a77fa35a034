"""Is this word a month? "May" the modal, "March" the verb, "Theresa May" the name.

Month words are checked against their neighbours before they become dates; the checks
are kept apart from the date rules that use them.
"""

from __future__ import annotations

import re

from .engine import Ctx
from .lexicon import MONTHS

_DAY_BEFORE = re.compile(r"(?<![\w.,])[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?$")


def month_num(m: re.Match[str], ctx: Ctx, group: str = "mon") -> int | None:
    word = m.group(group)
    if ctx.strict and not word[:1].isupper():
        return None
    key = word.rstrip(".").lower()
    if (
        ctx.strict
        and len(key) <= 4
        and key not in ("may", "june", "july")
        and not word.endswith(".")
    ):
        # "Jan Novak": an undotted abbreviation is a month only before a day or year
        s = m.start(group)
        if not _DAY_OR_YEAR_AFTER.match(ctx.text, m.end(group)) and not _DAY_BEFORE.search(
            ctx.text, max(0, s - 10), s
        ):  # "14 Sept and": the day comes first
            return None
    if ctx.strict and key == "may" and not _may_is_month(m, ctx, group):
        return None
    if ctx.strict and _looks_like_name(m, ctx, group):
        return None
    if ctx.strict and key in ("march", "mar"):
        s = m.start(group)
        after_prep = _MAY_MONTH_BEFORE.search(ctx.text, max(0, s - 12), s)
        if not after_prep and _MARCH_NOUN_AFTER.match(ctx.text, m.end(group)):
            return None  # "the March for Life"
        if not _may_is_month(m, ctx, group):
            return None
    return MONTHS.get(key)


_DAY_OR_YEAR_AFTER = re.compile(r"\s*,?\s*\d")
_MARCH_NOUN_AFTER = re.compile(r"\s+(?:of\s+the|for|on|to|against|in\s+support)\b", re.I)
_MAY_VERB_AFTER = re.compile(
    r"\s+(?:be|have|not|well|also|still|never|soon|need|want|take|"
    r"make|get|go|come|seem|face|become|help|lead|be|[a-z]+ly\b)",
    re.I,
)
_MAY_MONTH_BEFORE = re.compile(
    r"(?i)(?:\b(?:in|of|since|until|till|by|early|late|mid|last|"
    r"next|this|from|to|through|before|after|during|on)\s+|[-\d]\s*)$"
)


_CAP_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
CAP_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")
_NOT_NAMES = frozenset(
    """In On By Since Until Till From Through Before After During Early Late Mid Last Next This
    Of And Or Between Around About Since Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    The A Every Each Since Of""".split()
)
_MONTH_NAMES = frozenset(
    "January February March April May June July August September October November December".split()
)


def _looks_like_name(m: re.Match[str], ctx: Ctx, group: str) -> bool:
    """ "Theresa May", "April Ryan": a bare month name next to a capitalised name."""
    s, e = m.span(group)
    if _DAY_OR_YEAR_AFTER.match(ctx.text, e) or m.end() > e + 1:
        return False  # "May 5", "May 2023", "May this year"
    if _MAY_MONTH_BEFORE.search(ctx.text, max(0, s - 12), s):
        return False  # "in May"
    b = _CAP_BEFORE.search(ctx.text, max(0, s - 20), s)
    if b and b[1] not in _NOT_NAMES and b[1] not in _MONTH_NAMES:
        before = ctx.text[max(0, b.start() - 3) : b.start()].rstrip()
        if before and not before.endswith((".", "!", "?", '"', "\u201c")):
            return True  # "Prime Minister Theresa May said"
    a = CAP_AFTER.match(ctx.text, e)
    return bool(a and a[1] not in _NOT_NAMES and a[1] not in _MONTH_NAMES)


_DIGIT_NEXT = re.compile(r"\W*\d")
_DIGIT_AFTER = re.compile(r"\.?\s*,?\s*\d")


def _may_is_month(m: re.Match[str], ctx: Ctx, group: str) -> bool:
    """ "May"/"March" are months when a day/year follows or a preposition precedes."""
    s, e = m.span(group)
    if m.end() > e and _DIGIT_NEXT.match(ctx.text[e : m.end()]):
        return True
    after = ctx.text[e : e + 12]
    if _DIGIT_AFTER.match(after):
        return True
    if _MAY_MONTH_BEFORE.search(ctx.text[max(0, s - 12) : s]):
        return True
    if _MAY_VERB_AFTER.match(after):
        return False
    # sentence-initial "May" followed by a word: a modal question or a name, not a date
    before = ctx.text[max(0, s - 3) : s]
    return not (before.strip() == "" or before.rstrip().endswith((".", '"', "\n")))
