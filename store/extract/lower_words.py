"""Is a word written in lower case somewhere in a text, not as a sentence opener?

`LOWER.findall(text)` answers it for every word at once, but a rule asks only for the
few words that open sentences ("Speaking", "Extending"); `LowerWords` finds just those
with `str.find` and checks each hit the way the pattern would (same answer, a fraction
of the scan).
"""

from __future__ import annotations

import re

# a lower-case word not opening a sentence ("(?<![.!?]\s)\b[a-z][a-z-]+\b" written letter
# first, its two lookbehinds after that letter: the engine then skips to lower-case letters)
LOWER = re.compile(r"[a-z](?<!\w[a-z])(?<![.!?]\s[a-z])[a-z-]+\b")
_SHAPE = re.compile(r"[a-z][a-z-]+")
_LETTERS = re.compile(r"[a-z]+")
_RUN = frozenset("abcdefghijklmnopqrstuvwxyz-")


def _word(c: str) -> bool:
    """A character `\\w` matches (re's Unicode word characters)."""
    return c.isalnum() or c == "_"


class LowerWords:
    """`word in LowerWords(text)` is `word in set(LOWER.findall(text))`."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._known: dict[str, bool] = {}
        self._all: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        got = self._known.get(word)
        if got is None:
            got = self._known[word] = self._find(word)
        return got

    def _find(self, word: str) -> bool:
        if not _SHAPE.fullmatch(word):
            return False  # no match of LOWER is anything else
        text, find = self.text, self.text.find
        i = find(word)
        while i >= 0:
            before = text[i - 1] if i else ""
            if before == "-":  # an earlier match may run on through the hyphen
                return word in self._every()
            if not (before and _word(before)) and not (
                i >= 2 and text[i - 2] in ".!?" and before.isspace()
            ):
                if self._end(i) == i + len(word):
                    return True
            i = find(word, i + 1)
        return False

    def _end(self, i: int) -> int:
        """Where the match of LOWER at `i` ends (`[a-z-]+` as far as it goes, given back
        to the last word boundary), or -1. Nothing before `i` can reach into it: the
        character before is no letter and no hyphen."""
        text, n = self.text, len(self.text)
        j = i + 1
        while j < n and text[j] in _RUN:
            j += 1
        for e in range(j, i + 1, -1):
            if _word(text[e - 1]) != (e < n and _word(text[e])):
                return e
        return -1

    def _every(self) -> set[str]:
        if self._all is None:
            self._all = set(LOWER.findall(self.text))
        return self._all


def holds_any(text: str, words: frozenset[str]) -> bool:
    """Is one of `words` a run of letters a-z in the lower-cased text? (What
    `set(re.findall(r"[a-z]+", text.lower())) & words` tells, without building the set.)"""
    return not words.isdisjoint(_LETTERS.findall(text.lower()))
