"""Date labels as precise as the date is known, and the app's reading of typed dates."""

from __future__ import annotations

import re
from datetime import date, timedelta

from store import DateParseError, When

MONTHS = (
    "January February March April May June July August September October November December"
).split()


SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_MOD = re.compile(r"\b(early|mid|late)\b", re.IGNORECASE)
_TIME = re.compile(r"T(\d{2}):(\d{2})")
# TIMEX3 parts of day ("last night" is 2025-06-21TNI)
PARTS_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening",
                "NI": "night", "DT": "daytime"}  # fmt: skip
_PART = re.compile(r"T(MO|MI|AF|EV|NI|DT)$")


def _period(when: When, s: date) -> str | None:
    """Quarter, season, half and week values read as words (2024-Q2 -> Q2 2024)."""
    value = when.value
    if re.fullmatch(r"\d{4}-Q[1-4]", value):
        return f"{value[5:]} {value[:4]}"
    if re.fullmatch(r"\d{4}-H[12]", value):
        return f"{'first' if value[-1] == '1' else 'second'} half of {value[:4]}"
    if re.fullmatch(r"\d{4}-(SP|SU|FA|WI)", value):
        return f"{SEASONS[value[5:]]} {value[:4]}"
    if re.fullmatch(r"\d{4}-W\d{2}", value):
        return f"week of {s.isoformat()}"
    return None


def precise_label(when: When) -> str:
    """2025-06-21, 2025-06-21 – 22, June 2025, Q2 2024, 1990s, ~ mid-2024, before 2025-06."""
    s, e = when.start, when.end
    approx = "~ " if when.approximate else ""
    mod = _MOD.search(when.text) if when.approximate else None
    if mod:
        word = mod.group(1).lower()
        approx += word + ("-" if word == "mid" and when.granularity == "year" else " ")
    if s is None and e is None:
        return approx + when.value
    g = when.granularity
    if s is None:  # known only to end by e, e included ("until 20 June", "before 2020")
        if not _dated(when):  # PAST_REF: some time before the article
            return f"{approx}before {e.isoformat()}"
        return f"{approx}until {_last_day_label(e, g)}"
    if e is None and when.value == "FUTURE_REF":
        return f"{approx}after {s.isoformat()}"
    if (named := _period(when, s)) is not None:
        return approx + named
    if g == "month" and e is not None and (e.year, e.month) == (s.year, s.month):
        return f"{approx}{MONTHS[s.month - 1]} {s.year}"
    if g == "year" and e is not None and e.year == s.year:
        return f"{approx}{s.year}"
    if g == "decade":
        return f"{approx}{s.year // 10 * 10}s"
    if g == "century":
        return f"{approx}{s.year // 100 + 1}th century"
    if e is None or e == s:
        if time := _TIME.search(when.value):
            return f"{approx}{s.isoformat()} {time.group(1)}:{time.group(2)}"
        if part := _PART.search(when.value):
            return f"{approx}{s.isoformat()} {PARTS_OF_DAY[part.group(1)]}"
        return approx + s.isoformat()
    if (s.year, s.month) == (e.year, e.month):
        return f"{approx}{s.isoformat()} – {e.day:02d}"
    return f"{approx}{s.isoformat()} – {e.isoformat()}"


def _dated(when: When) -> bool:
    """A calendar value (2025-06-20, 2025-06), not a vague one (PAST_REF)."""
    return when.granularity != "vague" and when.value[:1].isdigit()


def _last_day_label(e: date, granularity: str) -> str:
    """An open range's last day as its reading knows it: the end of a year or month
    says the year or month ('before 2020' runs until 2019, not 'before 2019-12-31')."""
    if granularity == "year" and (e.month, e.day) == (12, 31):
        return str(e.year)
    if granularity == "month" and (e + timedelta(days=1)).day == 1:
        return f"{MONTHS[e.month - 1]} {e.year}"
    return e.isoformat()


def short_label(when: When, limit: int = 14) -> str:
    """The date in at most `limit` characters, as precise as fits, never cut mid-way:
    2025-06-21–22, Jun–Jul 2025, ~mid-2024, H1 2024, ~2005, …–2005-02-15."""
    for label in _compact_labels(when):
        if len(label) <= limit:
            return label
    return label[: limit - 1] + "…"


def _compact_labels(when: When) -> list[str]:
    """Ever coarser labels of one date (the caller takes the first that fits)."""
    s, e = when.start, when.end
    approx = "~" if when.approximate else ""
    precise = precise_label(when).replace(" – ", "–").replace("~ ", "~")
    labels = [precise]
    if s is None and e is None:
        return labels + [approx + when.value]
    if s is None:  # before a date
        return labels + [
            f"{approx}…–{e.isoformat()}",
            f"{approx}…–{_mon(e)}",
            f"{approx}…–{e.year}",
        ]
    if e is None:  # after a date
        return labels + [
            f"{approx}{s.isoformat()}–…",
            f"{approx}{_mon(s)}–…",
            f"{approx}{s.year}–…",
        ]
    value = when.value
    if re.fullmatch(r"\d{4}-H[12]", value):
        labels.append(f"{approx}{value[5:]} {value[:4]}")
    if re.fullmatch(r"\d{4}-W\d{2}", value):
        labels.append(f"{approx}wk {s.isoformat()}")
    if when.granularity == "century":
        labels.append(f"{approx}{s.year // 100 + 1}th c.")
    if e == s:
        labels.append(approx + s.isoformat())  # a time of day dropped
    else:
        if (s.year, s.month) == (e.year, e.month):
            labels.append(f"{approx}{s.isoformat()}–{e.day:02d}")
        elif s.year == e.year:
            labels.append(f"{approx}{s.isoformat()[:7]}–{e.isoformat()[5:7]}")
            labels.append(f"{approx}{MONTHS[s.month - 1][:3]}–{MONTHS[e.month - 1][:3]} {s.year}")
        else:
            labels.append(f"{approx}{_mon(s)}–{_mon(e)}")
            labels.append(f"{approx}{s.year}–{e.year}")
    if (s.year, s.month) == (e.year, e.month):
        labels.append(f"{approx}{MONTHS[s.month - 1][:3]} {s.year}")
    labels.append(f"{approx}{s.year}" if e.year == s.year else f"{approx}{s.year}–{e.year}")
    return labels


def _mon(d: date) -> str:
    return d.isoformat()[:7]


def span_label(start: date | None, end: date | None) -> str:
    """A calendar range as a reader says it: a whole year "2005", a whole month
    "November 2004", one day "2025-06-21", else "2025-06-21 – 2025-06-22"."""
    if start is None:  # a back-reference's row: some time up to its article's day
        return "undated" if end is None else f"~ before {end.isoformat()}"
    end = end or start
    if end == start:
        return start.isoformat()
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return str(start.year)
    if start.day == 1 and (start.year, start.month) == (end.year, end.month):
        if (end + timedelta(days=1)).day == 1:
            return f"{MONTHS[start.month - 1]} {start.year}"
    return f"{start.isoformat()} – {end.isoformat()}"


def range_label(when: When) -> str:
    s, e = when.start, when.end
    if s is None and e is None:
        return "no calendar range"
    return f"{s.isoformat() if s else '…'} – {e.isoformat() if e else '…'}"


def when_facts(when: When) -> list[str]:
    """The TIMEX3 value and the calendar range, each only where it adds to precise_label:
    a plain day is said once ("2025-06-21"), not three times."""
    s, e, g = when.start, when.end, when.granularity
    if s is None and e is not None and _dated(when):
        # "until 2025-06-20" is the whole range: the value is said only if it adds to it
        said = {e.isoformat(), {"month": e.isoformat()[:7], "year": str(e.year)}.get(g)}
        return [] if when.value in said else [when.value]
    facts = [] if when.value == precise_label(when) else [when.value]
    if s is None or s != e:
        facts.append(range_label(when))
    return facts


def load_tagger() -> None:
    """Load the date tagger (store.timex compiles its rules on import: 0.3-1 s of CPU) in
    a worker, so that the first article view, `g` or event form does not do it on the
    screen's thread, which it would stop as long."""
    import store

    _ = store.parse_when  # store loads the tagger on first use


def read_when(text: str, today: date) -> When:
    """The store's tagger reading a typed date; DateParseError with a reason if it cannot."""
    if not text.strip():
        raise DateParseError("type a date, e.g. 2025-06-21 or last Friday")
    try:
        import store

        parse_when = store.parse_when
    except (ImportError, AttributeError) as exc:  # tagger not installed yet
        raise DateParseError("the date reader is not available") from exc
    return parse_when(text, today)


# two days far apart in month, day and year: a reading that moves only by whole years
# between them names no year of its own ("March", "3 March", "summer", "Christmas")
# mid-year: the tagger refuses a range of month names ("March to May") read against a
# day whose nearest March and May fall in different years
_PROBES = (date(2001, 6, 10), date(2003, 7, 20))
_YEAR = 2005  # a year none of the probes reads as its own
# "this summer" is the one around today, whatever the tagger makes of "this summer 2005"
_THIS = re.compile(r"\b(?:this|these|current)\b", re.IGNORECASE)


def read_near(text: str, today: date, near: date | None) -> When:
    """`g`'s reading of a typed date: words relative to now ("last week", "Friday", "last
    year", "last March") read against today, as `add` reads them; a date that names no
    year ("March", "3 March", "summer") in the year that puts it nearest to `near`, the
    day the timeline's cursor is on, so that on a 2011 story "march" means a March of
    2011, not of this year."""
    when = read_when(text, today)
    if near is None or when.start is None or not _names_no_year(text):
        return when
    base = read_when(text, date(near.year, 7, 1))  # then moved to the nearest year
    shifted = (_shift_years(base, k) for k in (-1, 0, 1))
    return min((w for w in shifted if w is not None), key=lambda w: _distance(w, near))


def _names_no_year(text: str) -> bool:
    """Whether `text` names a day or period but no year. Three readings tell: it moves
    only by whole years between the probes ("Friday", "last week" move by days); read
    again on the day it starts it stays put (a word counting from now moves on: "last
    year", "2 years ago", "last March", "next summer"); and it takes a year ("March
    2005", "the third quarter of 2005"; not "this year", "this March")."""
    try:
        a, b = (read_when(text, probe) for probe in _PROBES)
    except DateParseError:
        return False
    if a.start is None or b.start is None or a.start == b.start:
        return False
    moved = _shift_years(a, b.start.year - a.start.year)
    if moved is None or (moved.start, moved.end) != (b.start, b.end):
        return False
    return not _THIS.search(text) and _stays_put(text, a) and _takes_a_year(text)


def _stays_put(text: str, when: When) -> bool:
    """The reading against the day it starts on starts there too ("March" read on 1
    March is that March; "last March" read then is the March before)."""
    assert when.start is not None
    try:
        again = read_when(text, when.start)
    except DateParseError:
        return False
    return again.start == when.start


def _takes_a_year(text: str) -> bool:
    """ "<text> 2005" or "<text> of 2005" reads as a date in 2005: a word that already
    fixes the year from now ("this year", "this March") takes none."""
    for typed in (f"{text} {_YEAR}", f"{text} of {_YEAR}"):
        try:
            when = read_when(typed, _PROBES[0])
        except DateParseError:
            continue
        if when.start is not None and when.start.year == _YEAR:
            return True
    return False


def _shift_years(when: When, years: int) -> When | None:
    """The same reading `years` later (29 February becomes the 28th); None off the calendar."""

    def move(d: date | None) -> date | None:
        if d is None:
            return None
        try:
            return d.replace(year=d.year + years)
        except ValueError:  # 29 February in a common year
            return d.replace(year=d.year + years, day=28)

    try:
        start, end = move(when.start), move(when.end)
    except ValueError:  # before year 1 or after 9999
        return None
    value = when.value
    if when.start is not None and value[:4] == f"{when.start.year:04d}" and start is not None:
        value = f"{start.year:04d}{value[4:]}"
    return when.model_copy(update={"start": start, "end": end, "value": value})


def _distance(when: When, day: date) -> int:
    """Days from `day` to the reading's range (0 inside it)."""
    start = when.start or day
    end = when.end or start
    if start <= day <= end:
        return 0
    return min(abs((start - day).days), abs((end - day).days))
