"""Date labels as precise as the date is known, and the app's reading of typed dates."""

from __future__ import annotations

from datetime import date

from store import DateParseError, When

MONTHS = (
    "January February March April May June July August September October November December"
).split()


def precise_label(when: When) -> str:
    """2025-06-21, 2025-06-21 – 22, June 2025, 2025, 1990s, ~ mid-2024."""
    s, e = when.start, when.end
    approx = "~ " if when.approximate else ""
    if s is None and e is None:
        return approx + when.value
    if s is None:
        return f"{approx}… – {e.isoformat()}"
    g = when.granularity
    if g == "month" and e is not None and (e.year, e.month) == (s.year, s.month):
        return f"{approx}{MONTHS[s.month - 1]} {s.year}"
    if g == "year" and e is not None and e.year == s.year:
        return f"{approx}{s.year}"
    if g == "decade":
        return f"{approx}{s.year // 10 * 10}s"
    if g == "century":
        return f"{approx}{s.year // 100 + 1}th century"
    if e is None or e == s:
        return approx + s.isoformat()
    if (s.year, s.month) == (e.year, e.month):
        return f"{approx}{s.isoformat()} – {e.day:02d}"
    return f"{approx}{s.isoformat()} – {e.isoformat()}"


def short_label(when: When) -> str:
    """At most 12 characters for narrow screens: ~2025-06-21… (… marks a range)."""
    s, e = when.start, when.end
    approx = "~" if when.approximate else ""
    if s is None and e is None:
        return approx + when.value[:11]
    if s is None:
        return f"{approx}…{e.isoformat()}"
    return approx + s.isoformat() + ("…" if e is not None and e != s else "")


def range_label(when: When) -> str:
    s, e = when.start, when.end
    if s is None and e is None:
        return "no calendar range"
    return f"{s.isoformat() if s else '…'} – {e.isoformat() if e else '…'}"


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
