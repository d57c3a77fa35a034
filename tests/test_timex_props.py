"""Properties of the tagger for any input: it never raises, spans are ordered, disjoint,
inside the text and equal to their text, and every value is TIMEX3 grammar."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.timex import tag
from store.timex.values import VALUE_RE

TOKENS = [
    "January", "Jan.", "May", "march", "Sept. 11", "Friday", "friday", "Sun", "last", "next",
    "this", "week", "weekend", "month", "year", "years", "ago", "later", "earlier", "the",
    "past", "few", "several", "couple of", "days", "quarter", "third", "fiscal", "1998",
    "2023-10-07", "10/07/2023", "'90s", "1990s", "21st century", "mid-", "early", "late",
    "3 p.m.", "noon", "midnight", "every", "daily", "twice a", "now", "recently", "since",
    "to", "-", "\u2013", ",", ".", "\n", " ", "99999999999999999999", "0", "31", "00",
    "9999", "0001", "1/2", "and a half", "two-and-a-half", "hundred", "thousand", "\u00e9t\u00e9",
    "\U0001f600", "\u0130", "\u00df", "year-ago", "year-earlier", "Q3", "H1", "summer",
    "nineteen ninety-six", "two thousand", "tonight", "yesterday", "today's", "Monday's",
    "before", "after", "christmas", "a week", "two months",
    "through", "between", "(0315 GMT)", "6:15 p.m.", "Dec. 28", "decade", "century",
]  # fmt: skip

published = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
token_text = st.lists(st.sampled_from(TOKENS), max_size=40).map(" ".join)
mixed_text = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=8)), max_size=30).map(
    "".join
)
huge_numbers = st.integers(min_value=0, max_value=10**40).map(
    lambda n: f"{n} years ago, in {n}, {n} days later, {n}/{n}/{n}, {n}-{n}"
)


def check(text: str, pub: date) -> None:
    mentions = tag(text, pub)
    last_end = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= last_end, "spans overlap or are out of order"
        last_end = m.end
        assert text[m.start : m.end] == m.text
        assert VALUE_RE.match(m.value), m.value
        assert m.type in ("DATE", "TIME", "DURATION", "SET")
        w = m.when
        assert w.value == m.value and w.type == m.type
        if w.start is not None and w.end is not None:
            assert w.start <= w.end


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text(), published)
def test_any_unicode_text(text, pub):
    check(text, pub)


@SETTINGS
@given(token_text, published)
def test_date_words_in_any_order(text, pub):
    check(text, pub)


@SETTINGS
@given(mixed_text, published)
def test_date_words_glued_to_noise(text, pub):
    check(text, pub)


@SETTINGS
@given(huge_numbers, published)
def test_huge_numbers(text, pub):
    check(text, pub)


@settings(max_examples=5, deadline=None)
@given(token_text, published)
def test_100k_character_line(text, pub):
    line = (text.replace("\n", " ") + " ") * (100_000 // (len(text) + 1) + 1)
    check(line[:100_000], pub)


def test_100k_without_spaces():
    check("9" * 100_000, date(2025, 6, 25))
    check("May" * 40_000, date(2025, 6, 25))
    check("last " * 20_000, date(2025, 6, 25))


@SETTINGS
@given(st.one_of(st.text(max_size=60), token_text), published)
def test_parse_when_raises_only_date_parse_error(text, pub):
    from store.errors import DateParseError
    from store.timex import parse_when

    try:
        w = parse_when(text, pub)
    except DateParseError as exc:
        assert "\n" not in str(exc)
        return
    assert VALUE_RE.match(w.value)
    if w.start is not None and w.end is not None:
        assert w.start <= w.end


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]  # fmt: skip


@SETTINGS
@given(st.sampled_from(MONTHS), st.sampled_from(MONTHS), published)
def test_any_two_months_make_a_forward_range(first, second, pub):
    from store.errors import DateParseError
    from store.timex import parse_when

    try:
        w = parse_when(f"{first} to {second}", pub)
    except DateParseError:
        assert pub.year in (1, 9999)  # only at the calendar's edges may a side fall off it
        return
    assert w.start is not None and w.end is not None and w.start <= w.end


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(mixed_text)
def test_the_trigger_scan_finds_exactly_the_trigger_words(text):
    """The prefix-tree scan finds the same trigger words as looking up every word would."""
    from store.timex import RULES
    from store.timex.engine import _WORD3

    low = text.lower()
    if len(low) != len(text):
        return  # such text takes the word-by-word path
    want = [(m.span(), m.group()) for m in _WORD3.finditer(low) if m.group() in RULES.by_word]
    got = [(m.span(), m.group()) for m in RULES.trigger.finditer(low)]
    assert got == want
