"""Scans rewritten for speed in session 9 must find exactly what the plainer patterns
they replace found (random texts made of the marks and words each one looks at)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from store.extract import (
    chunks,
    event_things,
    product_refs,
    products,
    roles,
    sentences,
    title_fit,
    titles,
)
from store.extract.wordlists import alternation

settings_ = settings(max_examples=300, database=None)


def _spans(rx: re.Pattern[str], s: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.finditer(s)]


_CODE_BITS = [
    "Northwind", "Kestrel Air", "AB&C", "X-Ray", "797", "797-200", "A9", "2005", "16GB", "’s",
    "'s", " larger", " new", " ", " ", ",", ".", "1", "é", "_",
]  # fmt: skip
_OLD_MAKER_CODE = re.compile(
    rf"([A-Z](?<!\w[A-Z])[\w&-]*(?: [A-Z][\w&-]*)*)"
    rf"(?: |[’']s (?:[a-z-]+ ){{0,2}}?)({event_things._CODE})(?![\w.,]\d)"
)


@settings_
@given(st.lists(st.sampled_from(_CODE_BITS), max_size=16).map("".join))
@example("Kestrel Air’s larger 797 and Northwind 797-200")
def test_maker_codes_as_the_backtracking_pattern_found_them(s: str) -> None:
    assert _spans(event_things._MAKER_CODE, s) == _spans(_OLD_MAKER_CODE, s)


_MAY_BITS = ["ab", "A", "Ab", "eR", "a", "9", "٣", " ", ".", "é", "É"]


@settings_
@given(
    st.lists(st.sampled_from(_MAY_BITS), max_size=12).map("".join),
    st.integers(0, 30),
    st.integers(0, 30),
)
@example("xeR", 1, 3)  # the pair starts at the bound: found
@example("xeR", 2, 3)  # its lower-case half lies before the bound: not found
def test_may_hold_code_as_the_alternation_searched(s: str, a: int, b: int) -> None:
    a, b = min(a, b, len(s)), min(max(a, b), len(s))
    old = product_refs._MAY_CODE.search(s, a, b) is not None
    assert product_refs._may_hold_code(s, a, b) == old
    assert product_refs._may_hold_code(s[a:b]) == (
        product_refs._MAY_CODE.search(s[a:b]) is not None
    )


_TITLE_BITS = [
    "Roe", "said", " ", " ", ",", ", ", "while", "While", "if", "according", "alongside",
    " -- ", " (", "; ", "to", "within", "a", "x",
]  # fmt: skip
titles_ = st.lists(st.sampled_from(_TITLE_BITS), max_size=40).map("".join)


@settings_
@given(titles_, st.integers(0, 60))
@example("Roe said while x, alongside a", 0)
@example("Roe said x according to", 10)  # the longest break word, read from the limit on
def test_breaks_up_to_the_limit_as_a_scan_of_the_whole_title_found_them(s: str, limit: int) -> None:
    whole = [m.span() for m in title_fit._BREAK.finditer(s) if m.start() <= limit]
    assert [m.span() for m in title_fit._breaks(s, limit)] == whole


@settings_
@given(titles_)
@example("While Roe said, x")  # the opener before the last comma: no open clause
@example("Roe said, while x")
def test_an_open_clause_after_the_last_comma_as_a_search_of_the_whole_cut(s: str) -> None:
    whole = title_fit._OPEN_CLAUSE.search(s) is not None
    assert (title_fit._OPEN_CLAUSE.search(s, title_fit._OPEN_FROM(s)) is not None) == whole


_OLD_BOUNDARY = re.compile(r"([.?!]|\.\.\.|…)([\"”’')\]]*|'')\s+(?=[\"“‘'`(\[]*\S)")


@settings_
@given(
    st.lists(
        st.sampled_from([".", "..", "…", "?", "!", "'", "''", "”", ")", " ", "\n", "a", "“"]),
        max_size=20,
    ).map("".join)
)
@example("a... b")  # the three periods: the one-period reading fails first
@example("a.... b")
def test_sentence_boundaries_as_the_alternation_found_them(s: str) -> None:
    assert _spans(sentences._BOUNDARY, s) == _spans(_OLD_BOUNDARY, s)


_BEFORE_BITS = [
    "The",
    "the",
    "Its",
    "its",
    "their",
    "our",
    "a",
    "An",
    "mayor",
    "of",
    "FBI",
    " ",
    " ",
    ",",
    ", ",
    "\n",
    "Roe",
    "Roe's",
    "’s",
    "'",
]
befores = st.lists(st.sampled_from(_BEFORE_BITS), max_size=14).map("".join)


@settings_
@given(befores)
@example("The mayor of Oslo, ")
@example("its chief,\n")
def test_a_role_before_a_comma_as_the_search_found_it(s: str) -> None:
    want = roles._ROLE_COMMA.search(s)
    got = roles._role_comma(s)
    assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


@settings_
@given(befores, st.integers(0, 60))
@example("Roe's new ", 10)
@example("and their ", 10)
@example("four ", 5)  # "our" inside a word: a mark, but no owner
@example("to our ", 7)
def test_an_owner_before_a_name_as_the_search_found_it(s: str, start: int) -> None:
    start = min(start, len(s))
    want = products._OWNER.search(s, max(0, start - 40), start) is not None
    assert products._owned(s, start) == want


_OLD_NAME_BEFORE = re.compile(r"\b([A-Z][A-Za-z-]+)\)?\s+(?:[A-Z]*\d[\w-]*|([a-z]+))\b")


@settings_
@given(
    st.lists(
        st.sampled_from([*_BEFORE_BITS, "Ruricom", "797", "A9", "(", ")", "jets", "x-Ray", "_"]),
        max_size=14,
    ).map("".join)
)
@example("(Ruricom) jets and Ruricom 797")
def test_names_before_a_code_or_noun_as_the_boundary_pattern_found_them(s: str) -> None:
    assert _spans(products._NAME_BEFORE, s) == _spans(_OLD_NAME_BEFORE, s)


_OLD_TITLE_RX = {
    "_CUT": (
        titles,
        rf",\s+(?:{alternation('lists_titles', '_CUT_WORDS')}"
        rf"|{alternation('lists_titles', '_PREPOSITIONS')}\s+(?:which|whom))\b|[;—–]|:(?!\S)|\s\(",
    ),
    "_BREAK": (
        title_fit,
        rf",\s|;\s|\s(?:--|—|–)\s|\s\(|\s(?={alternation('lists_titles', '_BREAK_WORDS')}\s)",
    ),
    "_SUBJECT_PP": (
        titles,
        rf"\b{alternation('lists_titles', '_DETERMINERS')}\s(?:[a-z-]+\s)?[a-z-]+"
        rf"(\s{alternation('lists_titles', '_PLACE_PREPS')}\s"
        rf"{alternation('lists_titles', '_PP_DETERMINERS')}\s[^.,;:\"“”()]{{3,60}}?)"
        rf"(?=\s(?:{alternation('lists_titles', '_AUX_VERBS')}|[a-z]{{3,}}ed)\s)",
    ),
    "_THAT": (
        titles,
        rf"\b({alternation('lists_titles', '_THAT_VERBS')})\s+that\s"
        rf"(?!{alternation('lists_titles', '_SUBORDINATORS')}\b)",
    ),
}
_PP_BITS = [
    "the", "a", "its", "their", "talks", "in", "between", "over", "the two sides", "may", "was",
    "ended", "said", "that", "if", "which", "whom", "by", "according", "to", ":", ";", "—",
    " (", ",", ", ", " -- ", " ", " ", "x", "_", "http://x",
]  # fmt: skip


@settings_
@given(
    st.lists(st.sampled_from(_PP_BITS), max_size=30).map(" ".join),
    st.sampled_from(sorted(_OLD_TITLE_RX)),
)
@example("a breakthrough in the talks between the two sides may be near", "_SUBJECT_PP")
@example("Roe said that if x, according to y; z: w (v)", "_CUT")
@example("Roe said that the x -- y, z; w (v) according to", "_BREAK")
@example("Roe said that the port", "_THAT")
def test_title_patterns_as_the_alternations_found_them(s: str, name: str) -> None:
    module, old = _OLD_TITLE_RX[name]
    new = getattr(module, name)
    assert [(m.span(), m.groups()) for m in new.finditer(s)] == [
        (m.span(), m.groups()) for m in re.finditer(old, s)
    ]


_OLD_GIVEN_CALENDAR = re.compile(
    rf"([A-Z](?<!\w[A-Z])[a-z]+)\s+({'|'.join(sorted(chunks._CALENDAR))})\b(?!\s*\d)"
)


@settings_
@given(
    st.lists(
        st.sampled_from(
            [
                "Jane",
                "May",
                "Mayor",
                "June",
                "Monday",
                "Tom",
                "August",
                " ",
                "  ",
                "\n",
                "5",
                "x",
                "é",
                ",",
            ]
        ),
        max_size=14,
    ).map("".join)
)
@example("Jane May said, Tom August 5 and Jane Mayor")
def test_calendar_surnames_as_the_alphabetic_alternation_found_them(s: str) -> None:
    assert _spans(chunks._GIVEN_CALENDAR, s) == _spans(_OLD_GIVEN_CALENDAR, s)


@settings_
@given(
    st.lists(st.sampled_from(_PP_BITS + ["—", "–", "(", ":", ";", ","]), max_size=20).map("".join)
)
@example("Roe said (in Oslo) x")
@example("Roe said,(x) y")  # a paren after no space: no cut there
def test_the_cut_found_at_its_mark_is_where_the_cut_search_found_it(s: str) -> None:
    m = titles._CUT.search(s)
    assert titles._cut_at(s) == (m.start() if m else -1)


@settings_
@given(
    st.lists(
        st.sampled_from([*_PP_BITS, "publicly", "also", "further", "ly", "rally"]), max_size=20
    ).map(" ".join)
)
def test_no_adverb_is_dropped_where_no_adverb_tail_is(s: str) -> None:
    if not any(t in s for t in titles._ADVERB_TAILS):
        assert titles._ADVERB.sub("", s) == s
