"""Vague references TimeML tags with a token value: now (PRESENT_REF), recently (PAST_REF),
the future (FUTURE_REF). Only the words TimeBank annotates reliably are tagged in prose.
"""

from __future__ import annotations

import re

from .engine import Ctx, Rule
from .patterns import ORD_WORD, rx, words
from .values import Norm

_PRESENT = r"now|current|right\s+now|just\s+now|currently|nowadays|these\s+days|at\s+present|(?<=\bat )the\s+moment|the\s+present|present[-\s]day"  # noqa: E501
_PAST = (r"recently|more\s+recently|recent|lately|then[-\s]current|"
         r"the\s+past(?!\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|few|several|"
         r"couple|many|half|quarter)\b))")  # fmt: skip
_FUTURE = r"(?:(?<=\bat )|(?<=\bto )|(?<=\buntil )|(?<=\bfor ))an?\s+(?:later|future)\s+date|the\s+future|the\s+near\s+future|the\s+near\s+term|the\s+short\s+term|the\s+long\s+term|as\s+soon\s+as\s+possible|soon|shortly"  # noqa: E501


# "Now, he says, ...": opening a sentence and set off by a comma, "now" is a discourse
# marker (like "well,"), not a time; "For now," and "Now officials say" stay PRESENT_REF
# "Now look, ...", "Now for the weather": a turn in the talk, like "Now, ..."
_DISCOURSE_RIGHT = re.compile(
    r"\s+(?:look|listen|then)\b|\s+for\s+(?!(?:the\s+first|the\s+last|\w+s\b))"
)
_DISCOURSE_LEFT = re.compile(r"(?:^|[.!?:\n])\s*[\"'`\u201c]*\s*$")


def h_present(m: re.Match[str], ctx: Ctx) -> Norm | None:
    if (
        ctx.strict
        and m.group(0) == "Now"
        and (ctx.text.startswith(",", m.end()) or _DISCOURSE_RIGHT.match(ctx.text, m.end()))
        and _DISCOURSE_LEFT.search(ctx.text, max(0, m.start() - 6), m.start())
    ):
        return None
    return Norm("DATE", "PRESENT_REF", dated=False)


def h_past(m: re.Match[str], ctx: Ctx) -> Norm | None:
    return Norm("DATE", "PAST_REF", approximate=True, dated=False)


# "the future of the alliance": the prospects of something, not a time
_OF_AFTER = re.compile(r"\s+of\b(?!\s+course\b)")


def h_future(m: re.Match[str], ctx: Ctx) -> Norm | None:
    w = m.group(0).lower()
    if ctx.strict and w.startswith("the") and _OF_AFTER.match(ctx.text, m.end()):
        return None
    if w == "shortly" and ctx.strict:
        return None  # "shortly after the vote": nearly always relative to another event
    if w == "soon" and ctx.strict and not _soon_from_now(m, ctx):
        return None
    return Norm("DATE", "FUTURE_REF", approximate=True, dated=False)


# "as soon as", "how soon", "soon after the vote": a relation to another event, no time
_SOON_BEFORE = re.compile(r"(?i)\b(?:as|how|too|so|was|were|had|did)\s+$")
_SOON_AFTER = re.compile(r"(?i)\s+(?:after|afterwards?|thereafter|as|enough)\b")
# "that soon became a flood", "was soon released": soon after a past event, not after now
_SOON_PAST = re.compile(
    r"(?i),?\s+(?:[a-z]+ed|became|began|came|went|took|made|gave|fell|rose|"
    r"found|left|got|ran|grew|saw|turned|won|lost)\b"
)


_MODAL_NEAR = re.compile(
    r"(?i)\b(?:will|would|shall|may|might|could|should|can|must|to)\b(?:\s+[\w'-]+){0,3}\s+$"
)
_MODAL_AFTER = re.compile(r"(?i)\s+(?:will|would|may|might|could|should|can|must)\b")


def _soon_from_now(m: re.Match[str], ctx: Ctx) -> bool:
    """ "will soon begin", "may soon seek": FUTURE_REF (TIDES); "as soon as", "soon after"
    and "soon became" (soon after a past event) are no time of their own."""
    text = ctx.text
    s, e = m.span()
    if (
        _SOON_BEFORE.search(text, max(0, s - 6), s)
        or _SOON_AFTER.match(text, e)
        or _SOON_PAST.match(text, e)
    ):
        return False
    if _MODAL_NEAR.search(text, max(0, s - 40), s) or _MODAL_AFTER.match(text, e):
        return True
    return ctx.tense(m) not in ("past", "done")


def h_current(m: re.Match[str], ctx: Ctx) -> Norm | None:
    return Norm("DATE", "PRESENT_REF", dated=False)


_APPOSED = re.compile(r"\s*(?:,|--|\u2014)\s*$")
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$")


def h_unknown_day(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "the 40th day of the strike", "the day before the vote": a day an event fixes and
    the text does not write, XXXX-XX-XX (TIDES), never a guessed date. Set off right after
    a written day ("May 4, the eve of the ferry vote") it renames that day."""
    s = m.start("span")
    if (
        _DAY_VALUE.match(ctx.anchor_value)
        and 0 <= s - ctx.anchor_end <= 4
        and _APPOSED.match(ctx.text, ctx.anchor_end, s)
    ):
        n = Norm("DATE", ctx.anchor_value, dated=False)
        n.anchor = ctx.anchor_id
        return n
    return Norm("DATE", "XXXX-XX-XX", dated=False)


_ORD_DAY = r"(?:\d{1,3}(?:st|nd|rd|th)|" + ORD_WORD + r")"
_NOT_PERIOD = (
    r"(?!the\s+(?:month|year|week|quarter|season|decade|century)\b|each\b|every\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|this|next|last)\b)"
)

RULES = [
    Rule(
        "present",
        rx(r"\b(?:" + _PRESENT + r")\b(?!-)"),
        h_present,
        words=words("now", "current", "currently", "nowadays", "days", "present", "moment"),
    ),
    Rule(
        "past_ref",
        rx(r"\b(?:" + _PAST + r")\b(?!-)"),
        h_past,
        words=words("recently", "recent", "lately", "current", "past"),
    ),
    Rule(
        "future_ref",
        rx(r"\b(?:" + _FUTURE + r")\b(?!-)"),
        h_future,
        words=words("future", "term", "possible", "soon", "shortly", "date"),
    ),
    Rule(
        "ordinal_day",
        rx(
            r"\b(?P<span>the\s+"
            + _ORD_DAY
            + r"\s+day)\s+of\s+"
            + _NOT_PERIOD
            + r"(?:the|his|her|their|its|a|an)\s+[a-z]"
        ),
        h_unknown_day,
        anchored=True,
        group="span",
        words=words("day"),
    ),
    Rule(
        "day_before_event",
        rx(
            r"\b(?P<span>the\s+day)\s+(?:before|after)\s+"
            + _NOT_PERIOD
            + r"(?:the|his|her|their|its|a|an)\s+[a-z]"
        ),
        h_unknown_day,
        anchored=True,
        group="span",
        words=words("day"),
    ),
]
