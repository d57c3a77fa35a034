"""More fast paths in extraction that must decide exactly what the plainer code they
replace decided (random texts made of the marks and words each rule looks at)."""

from __future__ import annotations

import dataclasses
import importlib
import re
from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from store.extract import actors, mentions, product_refs, things
from store.extract.doc import ArticleDoc, Spans

_BITS = [
    "Jane", "Roe", "Roes", "Co.", "Corp.", "U.S.", "A.", "AT", "&", "&amp;", "T.", "said",
    "the", "ab", "x", "s", "’s", "'s", "’", "'", "1st", "22nd", "9", "é", "_", "-", ".com",
    ".", ",", "!", "?", ":", ")", "\n", " ", " ", " ",
]  # fmt: skip
texts = st.lists(st.sampled_from(_BITS), max_size=30).map("".join)
settings_ = settings(max_examples=200, database=None)


def _spans(rx: re.Pattern[str], s: str, *at: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in rx.finditer(s, *at)]


_OLD_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|[A-Z][a-z]{0,4}\.(?=[\s,;:)'’-]|$)|&amp;|&"
    r"|[^\W\d_]\w*(?:[-'’]\w+)*(?:\.(?:com|net|org)\b)?(?:(?<=s)[’'](?!\w))?|\d+(?:st|nd|rd|th)\b"
)


@settings_
@given(texts, st.integers(0, 40), st.integers(0, 40))
def test_tokens_as_the_branch_first_pattern_found_them(s: str, a: int, b: int) -> None:
    a, b = min(a, b, len(s)), min(max(a, b), len(s))
    assert _spans(mentions._TOKEN, s, a, b) == _spans(_OLD_TOKEN, s, a, b)


@settings_
@given(texts)
@example("Roe said. the ab")  # after a period and a space: a sentence opener, not counted
def test_lower_words_as_the_boundary_first_pattern_found_them(s: str) -> None:
    old = re.compile(r"(?<![.!?]\s)\b[a-z][a-z-]+\b")
    assert actors._LOWER.findall(s) == old.findall(s)


@settings_
@given(texts, st.sampled_from(["Roe", "Ro", "ab", "s", "’s", "U.S", "Co.", "-", "x_"]))
@example("Roe’s Roe", "Roe")  # a possessive first, then a plain use
@example("Roe's", "Roe")
def test_unpossessed_use_as_the_regex_searched(s: str, word: str) -> None:
    rx = re.compile(rf"\b{re.escape(word)}\b(?!['’])")
    assert things._unpossessed_use(s, word) == (rx.search(s) is not None)


def test_a_shifted_mention_is_what_replace_gives() -> None:
    # every field set away from its default: a field shifted() forgot would differ
    m = mentions.Mention(3, 7, "Roe", "person", "envoy", "Jane Roe", True, "n", True, "c", True)
    got = mentions.shifted(m, 10)
    assert got == dataclasses.replace(m, start=13, end=17) and got is not m
    assert len(dataclasses.fields(mentions.Mention)) == 11  # all of them passed on


def test_a_weak_name_in_a_sentence_with_no_digit_is_still_found() -> None:
    # the second sentence holds no digit nor camel case: its runs are read only once the
    # coded name "Lantern 500" holds one of their words
    text = "Kestrel unveiled the Lantern 500 on Monday. Buyers said the Lantern sold well."
    doc = ArticleDoc.parse(text, date(2025, 6, 25), "a")
    names = product_refs._product_names(doc)
    assert (21, 32, "Lantern 500") in names
    assert (60, 67, "Lantern") in names


def test_no_weak_name_without_a_coded_one() -> None:
    doc = ArticleDoc.parse("Buyers said the Lantern sold well.", date(2025, 6, 25), "a")
    assert product_refs._product_names(doc) == []


def test_office_patterns_built_once_match_as_before() -> None:
    clustering = importlib.import_module("store.extract.cluster")
    for office, rx in clustering._OFFICE_RX.items():
        old = re.compile(rf"(?<!Vice )(?<!Vice-)\b{office}$")
        for role in (office, f"Vice {office}", f"Vice-{office}", f"US {office}", "Envoy"):
            assert (rx.search(role) is None) == (old.search(role) is None)


@settings_
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30))), st.integers(-1, 31))
def test_spans_hold_what_a_walk_over_them_finds(spans: list[tuple[int, int]], at: int) -> None:
    held = Spans(sorted(spans)).holds(at)
    assert held == any(a <= at < b for a, b in spans)


_THING_TEXTS = [
    "Lantern users praised the new Lantern. Kestrel said Lantern sales rose.",
    "Kestrel's Lantern browser ships. The Lantern works. Lantern said nothing.",
    "Two Skylarks flew; the Skylark is Kestrel's. Ruritania Air Skylark 10.4 ships.",
    "The 787 Harbinger and an A400 Lantern flew to Oslo (LNTN) with 16 GB on board.",
    "The XQ said it packs 16 XQ. Kestrel's Lantern and the iLamp Nano ship.",
]


def _old_drop_things(text: str, ms: list[mentions.Mention]) -> list[mentions.Mention]:
    return [m for m in ms if not any(rule(text, m) for rule in things.RULES)]


@settings(max_examples=150, database=None)
@given(
    st.sampled_from(_THING_TEXTS),
    st.lists(
        st.tuples(
            st.sampled_from(["", "person", "organization", "place"]),
            st.sampled_from(["", "CEO"]),
            st.booleans(),
        ),
        min_size=1,
        max_size=12,
    ),
)
def test_things_dropped_as_every_rule_asked_of_every_mention(
    text: str, kinds: list[tuple[str, str, bool]]
) -> None:
    # every capitalised word or code of the text a mention, each kind/role/guess given
    # to several of them: a repeated name is decided once where no rule reads its place
    spots = [(w.start(), w.end(), w.group()) for w in re.finditer(r"[A-Z0-9][\w.]*", text)]
    ms = [
        mentions.Mention(a, b, w, kind, role=role, guess=guess)
        for (a, b, w), (kind, role, guess) in zip(spots, kinds * len(spots), strict=False)
    ]
    assert things.drop_things(text, ms) == _old_drop_things(text, ms)


def test_a_repeated_name_is_still_asked_where_it_stands() -> None:
    text = "The XQ said it packs 16 XQ."  # a unit only after the number
    ms = [
        mentions.Mention(4, 6, "XQ", "organization"),
        mentions.Mention(24, 26, "XQ", "organization"),
    ]
    assert things.drop_things(text, ms) == ms[:1]


def test_every_thing_rule_is_asked() -> None:
    assert sorted(things._PLACED + things._UNPLACED, key=things.RULES.index) == list(things.RULES)


def _old_may_code(run: str) -> bool:
    if product_refs._MAY_CODE.search(run) is None:
        return False
    return " " in run or product_refs._coded([product_refs._unpossessed(run)], 0)


_PRODUCT_BITS = ["Lantern", "500", "A9", "2005", "June", "eReader", "Kestrel's", "16GB", "Pro"]


@settings(max_examples=60, database=None, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PRODUCT_BITS), min_size=1, max_size=4), max_size=6))
def test_product_names_as_when_every_run_with_a_digit_was_read_as_coded(
    runs: list[list[str]],
) -> None:
    text = " ".join(f"Buyers liked the {' '.join(r)} a lot." for r in runs)
    doc = ArticleDoc.parse(text, date(2025, 6, 25), "a")
    new = product_refs._product_names(doc)
    try:
        product_refs._may_code, kept = _old_may_code, product_refs._may_code
        assert new == product_refs._product_names(doc)
    finally:
        product_refs._may_code = kept


_OLD_RUN_TOKEN = r"(?:[A-Z][\w&-]*|[a-z]+[A-Z][\w-]*|\d[\w-]*)"
_OLD_RUN = re.compile(rf"(?<![\w$.,-]){_OLD_RUN_TOKEN}(?: {_OLD_RUN_TOKEN})*(?:[’']s)?")


@settings_
@given(st.lists(st.sampled_from([*_BITS, "eReader", "iPhone", "abC", "A9", "$"]), max_size=30))
def test_product_runs_as_the_backtracking_pattern_found_them(bits: list[str]) -> None:
    s = "".join(bits)
    assert _spans(product_refs._RUN, s) == _spans(_OLD_RUN, s)


@settings_
@given(texts, st.integers(0, 40), st.integers(0, 40), st.sampled_from(["", "é", "’", "\u00a0"]))
def test_tokens_of_ascii_text_as_the_unicode_pattern_found_them(
    s: str, a: int, b: int, outside: str
) -> None:
    s = s.encode("ascii", "ignore").decode()  # the words and marks of plain ASCII text
    a, b = min(a, b, len(s)), min(max(a, b), len(s))
    text = s[:a] + outside + s[a:b] + outside + s[b:]  # other characters only outside it
    a, b = a + len(outside), b + len(outside)
    assert _spans(mentions._TOKEN_ASCII, text, a, b) == _spans(mentions._TOKEN, text, a, b)
