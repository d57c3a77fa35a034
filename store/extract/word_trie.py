"""A word list as a regex prefix tree: `alternation`'s words, tried in the same order.

`wordlists.alternation` writes "(?:spokeswoman|spokesman|spokes|...)": at each place
the engine tries every word in turn. `trie_alternation` writes the same words as a tree
("spokes(?:woman|man)?"), which tries one branch per letter. The two find the same
matches: the words that fit at one place are prefixes of one another, and both forms
try them longest first. Where that could fail (a "\\w+" stem, two spellings of one
prefix that differ only in case and so may both fit under re.I, a non-ASCII word) the
plain alternation is returned.
"""

from __future__ import annotations

import re
from typing import Any

from store.extract.wordlists import alternation, section


def trie_alternation(name: str, key: str) -> str:
    """`alternation(name, key)` as a prefix tree (the same matches, found faster)."""
    words = sorted(section(name, key), key=lambda w: (-len(w), w))
    return words_trie(words) or alternation(name, key)


def word_start_trie(name: str, key: str) -> str:
    """`\\b` + `alternation(name, key)` for words that open with a letter, written first
    letter first ("t(?<!\\wt)he(?:ir)?": the letter, then "no word character before it"),
    so that the engine skips to those letters instead of trying every word boundary."""
    words = sorted(section(name, key), key=lambda w: (-len(w), w))
    if all(w[:1].isascii() and w[:1].isalpha() for w in words):
        tree = words_trie(words, word_start=True)
        if tree is not None:
            return tree
    return r"\b" + alternation(name, key)


def words_trie(words: list[str], word_start: bool = False) -> str | None:
    """The tree of `words` ("_" for a run of spaces), or None where it could try them
    in another order than longest first; `word_start`: each first letter is checked to
    open a word, as a `\\b` before the tree would."""
    if not words or not all(w and w.isascii() and "\\" not in w for w in words):
        return None
    spelled: dict[str, str] = {}
    for w in words:
        for i in range(1, len(w) + 1):
            if spelled.setdefault(w[:i].lower(), w[:i]) != w[:i]:
                return None  # "US"/"us": under re.I both could fit at one place
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(r"\s+" if ch == "_" else re.escape(ch), {})
        node[""] = {}  # a word ends here
    if word_start:  # (no word is empty: the root holds letters only)
        root = {f"{k}(?<!\\w{k})": v for k, v in root.items()}
    return "(?:" + _tree(root) + ")"


def _tree(node: dict[str, Any]) -> str:
    """A node's branches, a longer word before the one ending here ("s(?:aid)?")."""
    branches = [k + _tree(v) for k, v in node.items() if k]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in node else body
