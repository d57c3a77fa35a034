"""Fast paths in extraction decide exactly what the plainer code they replace decided
(random texts made of the marks and words each rule looks at)."""

from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from store.extract import (
    actors,
    chunks,
    event_things,
    mentions,
    product_refs,
    resolve,
    sentences,
)

_BITS = [
    "Jane", "Roe", "May", "Monday", "said", "says", "noted", "the", "The", "after", "When",
    "A9", "Northwind", "Its", "its", "this", "This", "’s", "'s", "NATO", "OSLO", "“", "”",
    '"', "'", "’", ")", "]", ".",
    ",", ", ", "!", "?", "…", ":", "-", "x", "ab", "797", "``", "\n", " ", " ", " ",
]  # fmt: skip
texts = st.lists(st.sampled_from(_BITS), max_size=30).map("".join)
words = st.lists(st.sampled_from([b for b in _BITS if b.strip()]), max_size=4).map("".join)
settings_ = settings(max_examples=150, database=None)


def _spans(rx: re.Pattern[str], s: str) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in rx.finditer(s)]


@settings_
@given(texts)
def test_capital_first_patterns_find_what_the_boundary_first_ones_found(s: str) -> None:
    cal = "|".join(sorted(chunks._CALENDAR))
    old = {
        actors._CAPITALISED: r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b",
        chunks._GIVEN_CALENDAR: rf"\b([A-Z][a-z]+)\s+({cal})\b(?!\s*\d)",
        actors._NICKNAMED: r"\b([A-Z][a-z]+)\s+(?:``|[\"“'‘])[A-Z][\w.-]*(?:''|[\"”'’])\s+"
        r"([A-Z][\w'’-]*[a-z])",
        event_things._MAKER_CODE: rf"\b([A-Z][\w&-]*(?: [A-Z][\w&-]*)*)"
        rf"(?: |[’']s (?:[a-z-]+ ){{0,2}}?)({event_things._CODE})(?![\w.,]\d)",
        product_refs._DEFINITE: r"\b(?:[Tt]he|[Tt]his|[Ii]ts)(?=\s)",
    }
    for new, pattern in old.items():
        assert _spans(new, s) == _spans(re.compile(pattern), s)


@settings_
@given(texts)
def test_end_of_block_read_from_the_end(s: str) -> None:
    assert sentences._ends_sentence(s) == bool(sentences._END_PUNCT.search(s))


@settings_
@given(texts)
@example("In Oslo, on Monday, Jane Roe said.")  # the second comma opens it, not the first
def test_closing_said_tried_at_the_last_comma_only(s: str) -> None:
    new, old = resolve._tail_said(s), resolve._TAIL_SAID.search(s)
    assert (new and (new.span(), new.groups())) == (old and (old.span(), old.groups()))


@settings_
@given(st.lists(st.sampled_from(_BITS), max_size=90).map("".join), st.integers(0, 200))
def test_a_definite_too_far_in_is_no_subject(s: str, at: int) -> None:
    at = min(at, len(s))
    if product_refs._beyond_subject(s, 0, at):
        assert product_refs._SUBJECT_AT.fullmatch(s, 0, at) is None
    assert not product_refs._beyond_subject(s, 0, min(at, product_refs._SUBJECT_REACH))
    if product_refs._beyond_subject(s, 0, at):  # so is every later place: the loop stops
        assert all(product_refs._beyond_subject(s, 0, later) for later in range(at, len(s) + 1))


@settings_
@given(words)
def test_possessive_dropped_as_the_regex_dropped_it(w: str) -> None:
    assert product_refs._unpossessed(w) == re.sub(r"[’']s$", "", w)


@settings_
@given(st.lists(st.sampled_from(["Jane", "ROE", "NATO", "of", "9", "&", "é", "U.S."]), max_size=4))
def test_all_caps_chunk(ws: list[str]) -> None:
    c = [(i, i + len(w), w) for i, w in enumerate(ws)]
    lettered = [w for w in ws if any(ch.isalpha() for ch in w)]
    assert actors._all_caps(c) == (len(lettered) > 1 and all(w.isupper() for w in lettered))


def _old_clean(c: list[mentions.Tok]) -> list[list[mentions.Tok]]:
    """chunks._clean as it was written before its fast path (no surnames kept)."""
    while c and (c[-1][2] in chunks._CONNECT or c[-1][2] in ("the", "and")):
        c = c[:-1]
    while c and c[0][2] in ("of", "and", "the", "&"):
        c = c[1:]
    counted = bool(c) and c[0][2] in chunks._NUMBER_WORDS
    while c and (c[0][2] in chunks._NUMBER_WORDS or c[0][2] in chunks.NON_NAMES):
        c = c[1:]
    if not c or counted and len(c) == 1 and chunks._nickname(c[0][2]):
        return []
    parts = chunks._split_and(c) if any(t[2] == "and" for t in c) else [c]
    return [p for p in parts if p and (not p[0][2][:1].isdigit() or len(p) > 1)]


_CHUNK_WORDS = ["Jane", "and", "the", "of", "Twelve", "Bank", "Rails", "Ruritania", "9"]


@settings_
@given(st.lists(st.sampled_from(_CHUNK_WORDS), max_size=6))
def test_a_chunk_is_cleaned_and_split_as_before(ws: list[str]) -> None:
    c = [(i * 10, i * 10 + len(w), w) for i, w in enumerate(ws)]
    assert chunks._clean(c) == _old_clean(c)


def _old_word_uses(text: str, word: str) -> list[tuple[int, int]]:
    """mentions.word_uses as it was written before its inner checks were inlined."""

    def w(s: str, i: int) -> bool:
        return 0 <= i < len(s) and (s[i].isalnum() or s[i] == "_")

    out: list[tuple[int, int]] = []
    head, tail = w(word, 0), w(word, len(word) - 1)
    i = text.find(word)
    while i >= 0:
        e = i + len(word)
        if w(text, i - 1) != head and w(text, e) != tail:
            out.append((i, e))
            i = text.find(word, e)
        else:
            i = text.find(word, i + 1)
    return out


@settings_
@given(texts, st.sampled_from(["Roe", "May", "the", "’s", "A9", "-", ", "]))
def test_word_uses_as_before(s: str, word: str) -> None:
    assert [(u.start(), u.end()) for u in mentions.word_uses(s, word)] == _old_word_uses(s, word)


@settings_
@given(texts)
def test_word_a_period_closes_as_the_regex_found_it(s: str) -> None:
    for punct in (i for i, ch in enumerate(s) if ch == "."):
        m = sentences._WORD_BEFORE.search(s, max(0, punct - 30), punct + 1)
        assert sentences._word_before(s, punct) == (m.group(1) if m else "")


def test_each_name_is_slugged_once_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    # the module by import_module: the package's attribute `cluster` is the function
    clustering = importlib.import_module("store.extract.cluster")
    Mention = mentions.Mention

    calls: list[str] = []
    real = clustering.slugify
    monkeypatch.setattr(clustering, "slugify", lambda n: calls.append(n) or real(n))
    ms = [Mention(i * 10, i * 10 + 4, "Roe", "person") for i in range(5)]
    found = clustering.cluster(ms)
    assert list(found) == ["Roe"] and [m.key for m in ms] == ["Roe"] * 5
    assert calls == ["Roe"]
