"""A word list written as a prefix tree must match what its plain alternation matches,
in every context a rule puts it in (random word lists and texts over a few letters)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from store.extract.word_trie import trie_alternation, words_trie
from store.extract.wordlists import _escape, alternation

_WORDS = st.lists(
    st.text(alphabet="abAB_", min_size=1, max_size=4).filter(lambda w: w.strip("_") == w),
    min_size=1,
    max_size=6,
    unique=True,
)
_TEXT = st.text(alphabet="abAB  _.\n", max_size=24)
_CONTEXTS = [r"{}", r"\b{}\b", r"\s{}(?=\s)", r"({})\s+b", r"{}(?:a|B)", r"^(?:{}\s)+", r"{}$"]


def _plain(words: list[str]) -> str:
    return "(?:" + "|".join(_escape(w) for w in words) + ")"


def _found(pattern: str, flags: int, text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in re.compile(pattern, flags).finditer(text)]


@settings(max_examples=400, database=None)
@given(_WORDS, _TEXT, st.sampled_from(_CONTEXTS), st.sampled_from([0, re.I]))
@example(["a", "ab", "abb"], "abb ab a", r"{}(?:a|B)", 0)  # a longer word must be given back
@example(["a_b", "a"], "a  b a", r"\b{}\b", 0)  # a run of spaces inside a phrase
@example(["abxx", "Abb", "ab"], "abb", r"{}", re.I)  # case variants: the plain one is kept
def test_the_tree_matches_what_the_alternation_matches(
    words: list[str], text: str, context: str, flags: int
) -> None:
    ordered = sorted(words, key=lambda w: (-len(w), w))  # as `alternation` orders them
    tree = words_trie(ordered) or _plain(ordered)
    assert _found(context.format(tree), flags, text) == _found(
        context.format(_plain(ordered)), flags, text
    )


def test_case_variants_and_stems_keep_the_plain_alternation() -> None:
    assert words_trie(["US", "us"]) is None
    assert words_trie(["spokes\\w+", "spokesman"]) is None
    assert words_trie(["said", "says", "say"]) == "(?:sa(?:id|y(?:s)?))"


def test_a_data_list_as_a_tree_matches_as_its_alternation() -> None:
    tree = re.compile(rf"\b{trie_alternation('lists_titles', '_BREAK_WORDS')}\b")
    plain = re.compile(rf"\b{alternation('lists_titles', '_BREAK_WORDS')}\b")
    text = "Roe left after the talks, according to aides, and within hours alongside them"
    assert tree.findall(text) == plain.findall(text) != []


@settings(max_examples=300, database=None)
@given(
    _WORDS.map(lambda ws: [w for w in ws if w[0].isalpha()]).filter(bool),
    _TEXT,
    st.sampled_from([0, re.I]),
)
@example(["ab", "a"], "xab ab _a", 0)  # a word inside another or after "_" does not open one
def test_a_word_start_tree_matches_what_a_boundary_and_the_alternation_match(
    words: list[str], text: str, flags: int
) -> None:
    ordered = sorted(words, key=lambda w: (-len(w), w))
    tree = words_trie(ordered, word_start=True)
    if tree is None:
        return  # (case variants: word_start_trie keeps the plain form)
    assert _found(tree + r"\s", flags, text) == _found(rf"\b{_plain(ordered)}\s", flags, text)
