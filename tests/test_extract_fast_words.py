"""Scans rewritten for speed in session 9, continued (words, quote marks, products, roles,
tokens): each must find exactly what the plainer pattern it replaces found."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

import store.extract.gazetteer as gz
from store.extract import (
    actors,
    product_refs,
    titles,
)
from store.extract.doc import ArticleDoc

settings_ = settings(max_examples=300, database=None)


@settings_
@given(
    st.lists(
        st.sampled_from(
            [
                "Qatari",
                "Qatar",
                "officials",
                "Afro-",
                "American",
                "Americans",
                "Chinese",
                "x",
                " ",
                "-",
                "é",
            ]
        ),
        max_size=12,
    ).map("".join)
)
@example("Afro-American officials")
def test_a_sentence_with_no_demonym_written_has_no_demonym_word(s: str) -> None:
    if actors._ANY_DEMONYM.search(s) is None:
        assert not any(m.group(1) in gz.DEMONYM for m in actors._CAPITALISED.finditer(s))
    else:
        assert any(w in s for w in gz.DEMONYM)


_OLD_SINGLE = re.compile(r"(?<![\w’'])[‘'](?=[A-Za-z(])(.{2,300}?[\w.!?)…,])[’'](?![A-Za-z])")
_OLD_DOUBLE = re.compile(r"``|''|[“”\"„«»]")
_OLD_SUBJECT_PRONOUN = re.compile(r"\b(he|she)\b")
_MARK_BITS = [
    "'",
    "‘",
    "’",
    "`",
    "``",
    "“",
    "”",
    '"',
    "„",
    "«",
    "»",
    "he",
    "she",
    "the",
    "She",
    "Roe",
    ".",
    " ",
    "x",
    "_",
    "(",
    "9",
]


@settings_
@given(st.lists(st.sampled_from(_MARK_BITS), max_size=24).map("".join), st.integers(0, 30))
@example("x ‘Roe’s  plan’ y", 0)
@example("the she he", 1)  # "he" inside "the", "she": no pronoun there
def test_quote_marks_and_pronouns_as_the_boundary_first_patterns_found_them(
    s: str, at: int
) -> None:
    from store.extract import coref, quotes

    at = min(at, len(s))
    for new, old in (
        (quotes._SINGLE, _OLD_SINGLE),
        (quotes._DOUBLE, _OLD_DOUBLE),
        (coref._SUBJECT_PRONOUN, _OLD_SUBJECT_PRONOUN),
    ):
        assert [(m.span(), m.groups()) for m in new.finditer(s, at)] == [
            (m.span(), m.groups()) for m in old.finditer(s, at)
        ]


@settings_
@given(
    st.lists(st.tuples(st.integers(0, 30), st.sampled_from(["A9", "Skylark", "X2"])), max_size=12),
    st.integers(0, 32),
    st.integers(0, 32),
)
def test_products_named_between_two_places_as_a_scan_found_them(
    recent: list[tuple[int, str]], lo: int, hi: int
) -> None:
    recent.sort()
    got = product_refs._between(recent, lo, hi)
    assert sorted(got) == sorted(x for x in recent if lo <= x[0] < hi)


@settings_
@given(
    st.lists(
        st.tuples(
            st.integers(0, 40), st.integers(1, 6), st.sampled_from(["A9", "Kestrel A9", "X2"])
        ),
        max_size=8,
    ),
    st.integers(0, 45),
    st.integers(0, 45),
)
def test_the_product_opening_a_sentence_as_when_every_name_was_looked_at(
    spans: list[tuple[int, int, str]], start: int, end: int
) -> None:
    text = "x" * 60
    doc = ArticleDoc.parse(text, date(2025, 6, 25), "a")
    named = sorted((a, a + n, name) for a, n, name in spans)
    full = product_refs.fullest([n for _, _, n in named])
    got = product_refs._lead(doc, start, end, named, [a for a, _, _ in named], full, [])
    old = [
        product_refs.ProductRef(a, b, text[a:b], full[n][0])
        for a, b, n in named
        if start <= a < end and len(full[n]) == 1
    ]
    want = next(
        (
            r
            for r in sorted(old, key=lambda r: r.start)
            if product_refs._OPENING.fullmatch(text, start, r.start)
        ),
        None,
    )
    assert got == want


_LAZY_ROLE_ASIDE = re.compile(
    r",(?<=[A-Za-z.],)\s+([^,;:\"“”()]{1,80}?)(?:,\s+of\s+[A-Z][^,;]{0,40})?,(?=\s+[a-z])"
)


@settings_
@given(
    st.lists(
        st.sampled_from(
            ["Roe", ",", ", ", " ", "of Oslo", "44", "x" * 30, ";", "said", "the envoy"]
        ),
        max_size=16,
    ).map("".join)
)
@example("Roe, " + "y" * 80 + ", said")  # an aside of 80 characters: dropped
@example("Roe, " + "y" * 81 + ", said")  # of 81: kept
@example("Roe, 44, of Oslo, said")
def test_role_asides_as_the_lazy_pattern_found_them(s: str) -> None:
    assert [(m.span(), m.groups()) for m in titles._ROLE_ASIDE.finditer(s)] == [
        (m.span(), m.groups()) for m in _LAZY_ROLE_ASIDE.finditer(s)
    ]


def _old_tokens(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    from store.extract.lexicon import ABBREVIATIONS
    from store.extract.mentions import _DOTTED, _TOKEN

    out = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, s, e)]
    for i, (start, _, tok) in enumerate(out):
        if tok[-1] != ".":
            continue
        if len(tok) == 2:
            if i and out[i - 1][2] in ("&", "&amp;") and out[i - 1][1] == start:
                out[i] = (start, start + 1, tok[0])
        elif tok[:-1] not in ABBREVIATIONS and not _DOTTED.fullmatch(tok):
            out[i] = (start, start + len(tok) - 1, tok[:-1])
    return out


@settings_
@given(
    st.lists(
        st.sampled_from(
            [
                "Jane",
                "Roe",
                "Co.",
                "Corp.",
                "U.S.",
                "A.",
                "AT",
                "&",
                "T.",
                "said",
                ".",
                " ",
                "Lantern.",
                "x.",
                "Mr.",
                "é",
            ]
        ),
        max_size=20,
    ).map("".join),
    st.integers(0, 40),
    st.integers(0, 40),
)
@example("joined AT&T. She", 0, 16)
@example("Roe said. Then", 0, 14)
def test_tokens_as_when_every_token_was_checked_for_a_period(s: str, a: int, b: int) -> None:
    from store.extract.mentions import tokens

    a, b = min(a, b, len(s)), min(max(a, b), len(s))
    assert tokens(s, a, b) == _old_tokens(s, a, b)
