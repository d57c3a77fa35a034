"""Durations (TIMEX3 type DURATION, value P...): "three days", "the past couple of days",
"two-and-a-half years", "several weeks" (PXW), "a decade", the adjectival "10-year".

A duration counted back from now ("the past 18 months") also gets a calendar range.
"""

from __future__ import annotations

import re

from .engine import Ctx, Rule
from .lexicon import word_number
from .patterns import NUMBER, UNIT_WORDS, VAGUE_NUM, rx, words
from .values import Norm, add_days, add_months, duration_value

_UNIT_NORM = {"centurie": "century", "centuries": "century", "millennia": "millennium",
              "nights": "night"}  # fmt: skip
_APPROX = re.compile(r"(?i)\b(?:about|around|roughly|approximately|nearly|almost|some|over|"
                     r"more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|close\s+to|"
                     r"couple|few|several|or\s+so)\b")  # fmt: skip
_BACK = ("past", "last", "previous", "preceding", "latest")
_FWD = ("next", "coming", "following", "remaining")


def unit_of(word: str) -> str:
    w = word.lower()
    w = _UNIT_NORM.get(w, w)
    return w[:-1] if w.endswith("s") and w[:-1] in _UNITS else w


_UNITS = {"second", "minute", "hour", "day", "night", "week", "weekend", "fortnight", "month",
          "quarter", "year", "decade", "century", "millennium"}  # fmt: skip


def span_back(ctx: Ctx, n: float, unit: str) -> tuple:
    """(start, end) of n units up to dct: "the past two days" -> dct-2 .. dct."""
    k = max(1, round(n))
    dct = ctx.dct
    if unit in ("day", "night"):
        return add_days(dct, -k), dct
    if unit == "week":
        return add_days(dct, -7 * k), dct
    if unit == "month":
        return add_months(dct, -k), dct
    if unit == "quarter":
        return add_months(dct, -3 * k), dct
    if unit == "year":
        return add_months(dct, -12 * min(k, 9000)), dct
    return None, dct


def span_fwd(ctx: Ctx, n: float, unit: str) -> tuple:
    s, _ = span_back(ctx, n, unit)
    if s is None:
        return ctx.dct, None
    return ctx.dct, ctx.dct + (ctx.dct - s)


# "Ruritania will one day be ...", "she hopes to one day lead": between a modal (or "to") and its
# verb "one day" means some day ahead, a vague future point (TimeML FUTURE_REF)
_SOMEDAY_LEFT = re.compile(
    r"(?i)\b(?:will|would|could|might|may|can|shall|should|must|to|['\u2019]ll)\s+$"
)
_SOMEDAY_RIGHT = re.compile(
    r"\s+(?!(?:after|before|later|earlier|of|in|on|at|for|to|and|or|the|a|an|per)\b)[a-z]+\b"
)  # the verb: "cut to one day in May" is a duration


def _someday(m: re.Match[str], ctx: Ctx) -> bool:
    """ "will one day lead": a vague future point, not a length of one day."""
    return bool(
        ctx.strict
        and m.group(0).lower() == "one day"
        and _SOMEDAY_LEFT.search(ctx.text, max(0, m.start() - 12), m.start())
        and _SOMEDAY_RIGHT.match(ctx.text, m.end())
    )


def _not_a_length(m: re.Match[str], unit: str) -> bool:
    q = m["num"]
    if unit == "second" and not m["unit"].lower().endswith("s") and q.lower() != "one":
        return True  # "the 1988 second quarter": an ordinal, not a unit
    # "a decades-long battle": the article belongs to the noun
    return bool(q and q.lower() in ("a", "an") and m["unit"].lower().endswith(("s", "ia")))


def _count(m: re.Match[str]) -> tuple[bool, float | None]:
    """(readable, how many units): None for a vague count ("several"), 1.5 for "a year and a
    half"; (False, None) for a number the tagger cannot read or too big to be a length."""
    q = m["num"]
    half = m.groupdict().get("half")
    if not q and half:
        return True, 1.5  # "the past year and a half"
    if not q or VAGUE_RX.match(q):
        return True, None
    n = word_number(q)
    if n is None or n > 100000:
        return False, None
    return True, n + 0.5 if half else n


def _trim_lead(norm: Norm, m: re.Match[str], ctx: Ctx, lead: list[str]) -> list[str]:
    """Where the span starts when a lead word belongs to a verb or a noun; the lead words
    that remain qualifiers of the length."""
    verb = _LAST_VERB.match(m["lead"] or "")
    if verb and _MODAL_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        # "will last three days", "did not last a day": the verb, not "the last three days"
        norm.extra["start"] = m.start("lead") + verb.end()
        lead = lead[1:]
    if not lead and ctx.strict:  # "lasted over a week": "over" is "more than", in the span
        over = _OVER.search(ctx.text, max(0, m.start() - 20), m.start())
        if over and _OVER_MORE.search(ctx.text, max(0, over.start() - 12), over.start()):
            norm.extra["start"] = over.start()
    if m.groupdict().get("noun"):  # "a three-year period", "(its) one-year term"
        if lead and lead[0] in _POSSESSIVES:
            norm.extra["start"] = m.start("lead") + len(m["lead"].split()[0]) + 1
    elif _adjectival(m, ctx) and m["num"] and m.start("num") > m.start():
        norm.extra["start"] = m.start("num")  # "the 23-year occupation": "the" is the noun's
    elif m.group(0).lower().endswith("-long") and (m["num"] or "").lower() in ("a", "an"):
        norm.extra["start"] = m.start("unit")  # "a week-long strike": the article is the noun's
    return lead


def _place(norm: Norm, m: re.Match[str], ctx: Ctx, n: float | None, unit: str,
           lead: list[str]) -> None:  # fmt: skip
    """The calendar range a length covers when its words anchor it to publication."""
    direction = next((w for w in lead if w in _BACK or w in _FWD), "")
    if direction and n is not None:
        try:
            span = span_back if direction in _BACK else span_fwd
            norm.start, norm.end = span(ctx, n, unit)
        except (OverflowError, ValueError):
            norm.start = norm.end = None
    elif "recent" in lead:
        norm.end = ctx.dct  # "recent years": open start, up to publication
    elif lead == ["coming"] and n is None:
        # "in coming months": a length ahead, as "the coming months" (TIDES: PXM)
        norm.start = ctx.dct
    elif n is not None and not _DETERMINERS.intersection(lead):
        # "in three days" lands on a day; "in the first two months" does not
        prep = _PREP_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
        if prep:  # "in three days" -> that day; "within a week" -> up to then
            try:
                _, end = span_fwd(ctx, n, unit)
            except (OverflowError, ValueError):
                end = None
            if end is not None:
                norm.start = end if prep[1].lower() == "in" else ctx.dct
                norm.end = end


def h_duration(m: re.Match[str], ctx: Ctx) -> Norm | None:
    unit = unit_of(m["unit"])
    if unit not in _UNITS:
        return None
    if _someday(m, ctx):
        return Norm("DATE", "FUTURE_REF", approximate=True, dated=False)
    if _not_a_length(m, unit):
        return None
    readable, n = _count(m)
    if not readable:
        return None
    try:
        value = duration_value(n, unit)
    except (KeyError, OverflowError, ValueError):
        return None
    lead = (m["lead"] or "").lower().split()
    if "each" in lead[:1] and n is not None:
        # "each of the eight weeks of the strike": every one of them (TimeML SET, quant EACH)
        return Norm("SET", duration_value(1, unit), dated=False)
    norm = Norm("DURATION", value, dated=False)
    lead = _trim_lead(norm, m, ctx, lead)
    norm.approximate = bool(_APPROX.search(m.group(0))) or n is None or " or " in m.group(0)
    _place(norm, m, ctx, n, unit, lead)
    return norm


def h_ahead(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "the weeks ahead": as long as "the coming weeks" (TIDES: PXW), from publication on."""
    norm = h_duration(m, ctx)
    if norm is not None:
        norm.start = ctx.dct
    return norm


def h_one_long(m: re.Match[str], ctx: Ctx) -> Norm | None:
    unit = unit_of(m["unit"])
    return Norm("DURATION", duration_value(1, unit), dated=False)


def h_duration_range(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "three to five years", "two or three weeks": one DURATION, as TimeBank tags it,
    valued at the lower bound (P3Y) and marked approximate."""
    if m["num"].lower() in ("a", "an") or m["num2"].lower() in ("a", "an"):
        return None
    lo, hi = word_number(m["num"]), word_number(m["num2"])
    if lo is None or hi is None or not 0 < lo < hi <= 100000:
        return None
    unit = unit_of(m["unit"])
    if unit not in _UNITS:
        return None
    try:
        value = duration_value(lo, unit)
    except (KeyError, OverflowError, ValueError):
        return None
    norm = Norm("DURATION", value, approximate=True, dated=False)
    lead = m.group(0)[: m.start("num") - m.start()].lower().split()
    try:  # "the next 9 to 15 months": up to the far bound, approximately
        if set(lead) & set(_BACK):
            norm.start, norm.end = span_back(ctx, hi, unit)
        elif set(lead) & {"next", "coming"}:
            norm.start, norm.end = span_fwd(ctx, hi, unit)
    except (OverflowError, ValueError):
        norm.start = norm.end = None
    return norm


def h_vague_range(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "weeks or months", "days to weeks": one vague DURATION in the smaller unit (PXW)."""
    unit = unit_of(m["u1"])
    if unit not in _UNITS:
        return None
    gran = unit if unit in ("week", "month", "year") else "day"
    return Norm(
        "DURATION", duration_value(None, unit), approximate=True, granularity=gran, dated=False
    )


_POSSESSIVES = frozenset("its their his her our your my".split())
_DETERMINERS = frozenset("the a an its their his her our your my this that under".split())
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:ago|and|or|old|later|earlier|before|after|of|in|on|at|to|for|from|by|with|"
    r"since|until|the|a|an|is|was|are|were|has|had|have)\b)[A-Za-z]"
)


_LAST_VERB = re.compile(r"(?i)last\s+")
_MODAL_BEFORE = re.compile(
    r"(?i)\b(?:to|will|would|could|can|may|might|must|should|shall|not|n't|did|does|do)\s+$"
)


def _adjectival(m: re.Match[str], ctx: Ctx) -> bool:
    """ "a two-year deal", "a five year low", "a 27-year Reuters veteran": number and unit
    joined by a hyphen, or a plural number before a singular unit, before a noun, with no
    qualifier but a determiner (which belongs to the noun, not the duration)."""
    joint = ctx.text[m.end("num") : m.start("unit")]
    if "-" not in joint:
        n = word_number(m["num"]) if m["num"] else None
        if n is None or n == 1 or m["unit"].lower().endswith("s"):
            return False  # "a year", "five years": a duration of its own
    if not _NOUN_AFTER.match(ctx.text, m.end()):
        return False
    return all(w in _DETERMINERS for w in (m["lead"] or "").lower().split())


# "over" is "more than" after a length's verb or preposition ("lasted over a week", "in over
# a decade"), else "during" ("spread over three years") and no part of the span
_OVER = re.compile(r"(?i)(?<![\w-])over\s+$")
_OVER_MORE = re.compile(
    r"(?i)\b(?:for|last|lasted|lasts|lasting|took|take|takes|taken|in|within|of|spent|after|"
    r"than|wait|waited)\s+$"
)
_PREP_BEFORE = re.compile(r"(?i)\b(in|within)\s+$")


VAGUE_RX = re.compile(r"(?i)" + VAGUE_NUM + r"$")

_LEAD = (
    r"(?P<lead>(?:(?:about|around|roughly|approximately|nearly|almost|some|more\s+than|"
    r"no\s+more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|well\s+over|under|"
    r"close\s+to|another|an\s+additional|a\s+further|an\s+extra|the|its|their|his|her|a|an|"
    r"past|last|next|first|final|coming|previous|following|preceding|latest|remaining|"
    r"entire|full|whole|same|better\s+part\s+of\s+the|each\s+of\s+the|"
    r"year-earlier|year-ago|comparable)\s+)*)"
)
_UNIT = (r"(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|"
         r"quarters?|years?|decades?|centur(?:y|ies)|millenni(?:um|a))")  # fmt: skip


def h_part(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "a quarter-century" P25Y, "the past half-century" P50Y (up to publication)."""
    n = {"half": 0.5, "quarter": 0.25}[m["frac"].lower()]
    n *= {"century": 100, "decade": 10}[m["unit"].lower()]
    norm = Norm("DURATION", duration_value(n, "year"), dated=False)
    lead = m["lead"].lower().split()
    if any(w in _BACK for w in lead):
        norm.start, norm.end = span_back(ctx, n, "year")
    elif any(w in _FWD for w in lead):
        norm.start, norm.end = span_fwd(ctx, n, "year")
    return norm


def h_fortnight(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "the past fortnight": two weeks up to publication ("the next": from it), P2W."""
    norm = Norm("DURATION", "P2W")
    ahead = m["lead"].lower().split()[1] in ("next", "coming")
    norm.start, norm.end = (span_fwd if ahead else span_back)(ctx, 2, "week")
    return norm


RULES = [
    Rule("duration", rx(r"\b" + _LEAD + r"(?P<num>" + NUMBER + r"|" + VAGUE_NUM + r")[-\s]+"
                        r"(?:(?:more|additional|extra|further|straight|consecutive|trading|"
                        r"business|working|calendar|full)\s+)?"
                        + _UNIT + r"(?:-long\b)?(?![\w-]*-old\b)(?!-)(?!\s+olds?\b)"
                        r"(?:(?<!quarter)(?<!quarters)|(?!\s+of\b))"
                        r"(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+(?:so|two|three)\b(?![-\s]+[a-z]+s\b))?\b"
                        r"(?P<noun>\s+(?:period|term|span|stretch|stint|interval)\b)?"),
         h_duration,
         words=words(*UNIT_WORDS)),
    Rule("duration_range", rx(r"\b(?:(?:the\s+)?(?:next|past|last|coming|first|previous)\s+)?"
                              r"(?P<num>" + NUMBER + r")\s*(?:to|or|-|\u2013)\s*(?P<num2>"
                              + NUMBER + r")[-\s]+" + _UNIT + r"\b(?!-)(?![\w-]*-old\b)"
                              r"(?!\s+(?:ago|olds?)\b)"),
         h_duration_range, words=words(*UNIT_WORDS)),
    Rule("duration_vague_range", rx(r"(?<![\w-])(?P<u1>minutes|hours|days|weeks|months|years)\s+"
                                    r"(?:or|to)\s+(?:even\s+)?(?P<unit>hours|days|weeks|months|"
                                    r"years|decades)\b(?!\s+(?:ago|earlier|later|before|after)\b)"),
         h_vague_range, words=words(*UNIT_WORDS)),
    # "over the years", "in the early years": an unspecified number of years (PXY)
    Rule("duration_the_years", rx(r"\b(?:over|in|through|throughout|during)\s+(?P<span>the\s+"
                                  r"(?:early\s+|first\s+|later\s+)?(?P<lead>)(?P<num>)"
                                  r"(?P<unit>years|decades))\b(?!\s+(?:of|ago|to|since|before|after|"
                                  r"ahead|between)\b)"),
         h_duration, group="span", words=words("years", "decades")),
    # "in the weeks before the vote": a vague length reaching up to an event (TIDES reads
    # "the coming weeks" so, anchored on publication: PXW)
    Rule("duration_before", rx(r"\b(?:in|during|over|for)\s+(?P<span>the\s+(?:(?:few|several)\s+)?"
                               r"(?P<lead>)(?P<num>)(?P<unit>hours|days|weeks|months|years))\s+"
                               r"(?=(?:before|after|following|leading\s+up\s+to)\b)"),
         h_duration, group="span", words=words("hours", "days", "weeks", "months", "years")),
    Rule("duration_bare", rx(r"\b(?:for|over|within|after|in|lasted|lasts|lasting|took|takes|take|"
                             r"taking|spent|spend|spending|wait|waited|waiting|been)\s+"
                             r"(?P<span>(?P<lead>)(?P<num>)"
                             r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|"
                             r"centuries))\b(?!\s+(?:ago|of|earlier|later|before|after)\b)"
                             # "during the after hours session": the market's time, no length
                             r"(?!(?<=\bafter\shours)\s+(?:trading|session|market|deals?)\b)"),
         h_duration, group="span", words=words(*UNIT_WORDS)),
    # "a matter of days": as long as the bare plural, the words around it included
    Rule("duration_and_half", rx(r"\b(?P<lead>the\s+(?:past|last|next|coming|previous|first)\s+)"
                                 r"(?P<num>)(?P<unit>year|month|week|day|hour)"
                                 r"(?P<half>\s+and\s+a\s+half)\b"),
         h_duration, words=words("half")),
    Rule("duration_matter", rx(r"\ba\s+matter\s+of\s+(?P<lead>)(?P<num>)(?P<unit>seconds|"
                               r"minutes|hours|days|weeks|months|years)\b"),
         h_duration, words=words("matter")),
    # "days of talks", not "the early hours of Sunday" (a time of day, not a length) nor
    # "the days of the Cold War" (an era named by what filled it)
    Rule("duration_of", rx(r"(?<![\w-])(?<!early\s)(?<!small\s)(?<!wee\s)(?<!late\s)(?<!the\s)"
                           r"(?P<lead>)(?P<num>)(?P<unit>hours|days|weeks|months|years|"
                           r"decades|centuries)\b(?=\s+(?:of|that\s+followed)\b)"),
         h_duration, words=words(*UNIT_WORDS)),
    Rule("duration_long", rx(r"\b(?P<lead>)(?P<num>)(?P<unit>hours|days|weeks|months|years|"
                             r"decades|centuries)-long\b"), h_duration, words=words(*UNIT_WORDS)),
    Rule("duration_ahead", rx(r"\b(?P<lead>the\s+(?:(?:next\s+)?few\s+)?)(?P<num>)(?P<unit>"
                              r"hours|days|weeks|months|years|decades)\s+ahead\b"), h_ahead,
         words=words("ahead")),
    # "a day-long meeting", "their year-long strike": one unit, the article the noun's
    Rule("duration_one_long", rx(r"(?<![\w-])(?P<lead>)(?P<num>)(?P<unit>hour|day|week|month|"
                                 r"year|decade|century)-long\b"), h_one_long,
         words=words(*UNIT_WORDS)),
    # "a quarter-century", "the past half-century": a fraction of the unit, in years
    Rule("duration_part", rx(r"\b(?P<lead>(?:(?:about|nearly|almost|more\s+than|a|the|past|"
                             r"last|next|coming)\s+)*)(?P<frac>half|quarter)[-\s]+"
                             r"(?P<unit>century|decade)\b(?!-(?:old|long))"),
         h_part, words=words("century", "decade")),
    # "the past fortnight": two weeks back from now (no calendar fortnight to name)
    Rule("duration_fortnight", rx(r"\b(?P<lead>the\s+(?:past|last|next|coming|previous)\s+)"
                                  r"(?P<num>)(?P<unit>fortnight)\b"),
         h_fortnight, words=words("fortnight")),
    Rule("duration_recent", rx(r"\b(?P<lead>recent\s+|the\s+past\s+|the\s+last\s+|coming\s+|"
                               r"the\s+coming\s+)(?P<num>)(?P<unit>minutes|hours|days|weeks|months|"
                               r"quarters|years|"
                               r"decades)\b(?:\s+and\s+(?:days|weeks|months|years))?"),
         h_duration, words=words(*UNIT_WORDS)),
]  # fmt: skip
