"""Is a capitalised word an ordinary English word ("Tiger", "Safari", "Windows")?

Brands and products are often common nouns written with a capital ("the new Tiger
release", "web browser Safari"); company names mostly are not ("Verizon", "Qantas").
Webster's Second International (the `web2` list, from the english-words package) keeps
the case of its entries: a word listed in lower case is a common word, a proper noun is
listed capitalised. Read once, on first use.
"""

from __future__ import annotations

import pickle
from functools import cache
from importlib import resources


@cache
def _web2() -> frozenset[str]:
    return frozenset(w for w in _entries() if w.islower())


@cache
def _entries() -> frozenset[str]:
    raw = resources.files("english_words").joinpath("data", "web2.pickle").read_bytes()
    return frozenset(pickle.loads(raw))


def proper_adjective(word: str) -> bool:
    """A word the dictionary lists only capitalised with an adjective's ending ("Slavic",
    "Crimean", "Biblical", "Bavarian"): a proper adjective, not a name."""
    return (
        word[1:].islower()
        and word.endswith(("an", "ic", "al", "ish"))
        and word in _entries()
        and word.lower() not in _web2()
    )


def common_word(word: str) -> bool:
    """A word (any case) whose lower-case form, or its singular, is a dictionary word;
    a word listed only as a proper noun ("Amazon", "Delta" is both) counts when the
    lower-case entry exists."""
    w = word.lower()
    if not w.isalpha():
        return False
    table = _web2()
    if w in table:
        return True
    if w.endswith("ies") and w[:-3] + "y" in table:
        return True
    if w.endswith("es") and w[:-2] in table:
        return True
    return w.endswith("s") and w[:-1] in table
