"""`LowerWords` must answer exactly what the set of `LOWER.findall` matches answers
(random texts made of the marks the pattern looks at: hyphens, sentence ends, spaces)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from store.extract.lower_words import LOWER, LowerWords

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
