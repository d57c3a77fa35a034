"""The first-character sets the engine uses to skip rule attempts must never skip a match."""

from __future__ import annotations

import re
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from store.timex.firstchars import first_chars
from store.timex.rules import RULES


def test_optional_words_then_a_literal():
    got = first_chars(re.compile(r"\b(?:early\s+|late\s+)?May\b", re.I))
    assert got == frozenset("eElLmM")


def test_case_kept_without_ignorecase():
    assert first_chars(re.compile(r"(?:the\s+)?Fall")) == frozenset("tF")


def test_classes_and_categories():
    assert first_chars(re.compile(r"(?<![\w-])\d+\s+days")) == frozenset(string.digits)
    assert first_chars(re.compile(r"[0-3]?\d/")) == frozenset(string.digits)


def test_unknown_or_empty_is_any():
    assert first_chars(re.compile(r"[^a-z]x")) is None  # a negated class
    assert first_chars(re.compile(r"(?:ab)?")) is None  # may match empty
    assert first_chars(re.compile(r".x")) is None


_WORDS = st.sampled_from(
    "the last next early late on in May Friday 5 12 1999 '90s a year ago days weeks "
    "every each of mid- summer fiscal Q3 p.m. noon night later earlier , . -".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=8))
def test_no_rule_matches_where_its_set_says_it_cannot(ws):
    text = " ".join(ws)
    for rule, first in zip(RULES.rules, RULES.first, strict=True):
        if first is None:
            continue
        for i in range(len(text)):
            if text[i] not in first and rule.regex.match(text, i):
                raise AssertionError((rule.name, text, i))
