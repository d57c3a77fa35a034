"""`LowerWords` must answer exactly what the set of `LOWER.findall` matches answers
(random texts made of the marks the pattern looks at: hyphens, sentence ends, spaces)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from store.extract.lower_words import LOWER, LowerWords, holds_any

_BITS = ["ab", "a", "b", "x", "Ab", "-", "--", ".", "!", "?", " ", "\n", "_", "9", "é", "É", "’"]
texts = st.lists(st.sampled_from(_BITS), max_size=24).map("".join)
words = st.sampled_from(["ab", "abab", "ab-ab", "ab-", "a-b", "ba", "xab", "a", "Ab", "é", ""])


@settings(max_examples=600, database=None)
@given(texts, words)
@example("Roe said. ab went", "ab")  # opens a sentence: not counted
@example("well-ab", "ab")  # inside "well-ab" only
@example("well-ab ab", "ab")  # inside "well-ab", then alone
@example("ab- ab", "ab")  # a hyphen given back to the word boundary
@example("abab ab", "ab")  # inside a longer word, then alone
@example("ab_x", "ab")  # "_" is a word character: no boundary
def test_lower_words_answer_what_the_findall_set_answers(text: str, word: str) -> None:
    assert (word in LowerWords(text)) == (word in set(LOWER.findall(text)))


def test_a_word_asked_twice_is_answered_the_same() -> None:
    lw = LowerWords("Speaking of which, speaking softly helps. Speaking")
    assert "speaking" in lw and "speaking" in lw
    assert "softly" in lw and "which" in lw
    assert "helps" in lw and "of" in lw
    assert "Speaking" not in lw  # capitalised: never a match


@settings(max_examples=300, database=None)
@given(
    st.lists(
        st.sampled_from(["Said", "said", "says", "ab", "AB", "x", " ", "-", "é", "É", "9", "."]),
        max_size=12,
    ).map("".join),
    st.sampled_from(
        [frozenset({"said"}), frozenset({"ab", "says"}), frozenset({"é"}), frozenset()]
    ),
)
@example("Roe SAID", frozenset({"said"}))  # lower-cased first
@example("unsaid", frozenset({"said"}))  # a run of letters, not a part of one
def test_holds_any_answers_what_the_set_of_letter_runs_answers(
    text: str, words: frozenset[str]
) -> None:
    assert holds_any(text, words) == bool(set(re.findall(r"[a-z]+", text.lower())) & words)
