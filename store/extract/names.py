"""Given names by gender, so "she said" does not go to James and "Best Buy" is no person.

The names come from gender-guesser's name dictionary (Jörg Michael's `nam_dict.txt`,
about 48,000 first names from 55 countries, GFDL), read once on first use; the few
it lacks are in `data/given_extra.txt`. A name not listed leaves the gender unknown,
which never blocks a pronoun.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

from store.extract.dictionary import common_word
from store.extract.wordlists import _lines

_GENDER_CODES = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f", "?": ""}
_HONORIFIC: dict[str, str] = dict(ln.split("|") for ln in _lines("honorifics.txt"))


def _plain(name: str) -> str:
    """'François' -> 'Francois', 'Bronisław' -> 'Bronislaw' (news text often drops accents)."""
    name = name.replace("ł", "l").replace("Ł", "L").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Given name -> 'm', 'f' or '' (used for both); accented and plain spellings. A name
    listed for both genders takes the one far more frequent over the 55 countries."""
    rows: dict[str, list[tuple[str, str]]] = {}
    raw = resources.files("gender_guesser").joinpath("data", "nam_dict.txt")
    with raw.open(encoding="utf-8", errors="replace") as f:
        for line in f:
            code = line[:2].strip()
            if line[0] != "#" and code in _GENDER_CODES:
                name = line[3:29].strip().replace("+", "-")
                rows.setdefault(name, []).append((_GENDER_CODES[code], line[30:85]))
    extra = resources.files("store.extract").joinpath("data", "given_extra.txt")
    for line in extra.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, g = line.split()
            rows.setdefault(name, []).append((g, ""))
    out: dict[str, str] = {}
    _FREQ.clear()
    for name, rs in rows.items():
        _FREQ[name] = "".join(f for _, f in rs)
        g = rs[0][0] if len(rs) == 1 else _dominant(rs)
        out[name] = g
        if not name.isascii():
            out.setdefault(_plain(name), g)
    return out


def _dominant(rows: list[tuple[str, str]]) -> str:
    by = {"m": 0, "f": 0, "": 0}
    for g, freq in rows:
        by[g] += sum(int(c, 16) for c in freq if c in _HEX) or 1
    m, f = by["m"], by["f"]
    if m > 2 * f:
        return "m"
    if f > 2 * m:
        return "f"
    return ""


_HEX = frozenset("123456789ABCD")


_FREQ: dict[str, str] = {}
_TABLE: list[dict[str, str]] = []


def _loaded() -> dict[str, str]:
    _TABLE.append(_table())
    return _TABLE[0]  # name -> its frequency columns (one hex digit a country)


def is_given(word: str, common: bool = False) -> bool:
    """Is `word` a first name ("Jane", "Jean-Paul", "José")? `common` asks for one
    used more than rarely in some country (not "Core", "Beer" or "Mac")."""
    if not word[:1].isupper():
        return False
    table = _TABLE[0] if _TABLE else _loaded()
    name = word if word in table or "-" not in word else word.split("-")[0]
    if name not in table:
        return False
    return not common or _frequent(name)


@lru_cache(maxsize=4096)
def _frequent(name: str) -> bool:
    freq = _FREQ.get(name)
    return freq is None or any(c in _HEX and c != "1" for c in freq)


def gender(name: str, role: str = "") -> str:
    """'m', 'f' or '' for a person's name and the role words before it."""
    for w in reversed(role.split()):
        if w in _HONORIFIC:
            return _HONORIFIC[w]
    first = name.split()[0] if name.split() else ""
    if first in _HONORIFIC:
        return _HONORIFIC[first]
    return _table().get(first, "")


def given_then_surname(words: list[str]) -> bool:
    """'Christian Roe': a common first name before a word no dictionary lists is a person's
    name, though the first word is also an adjective ('Christian Science' is not)."""
    return len(words) == 2 and is_given(words[0], True) and not common_word(words[1])


class _Given:
    """`word in GIVEN` reads the dictionary above (kept for the rules' readability)."""

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and is_given(word)


GIVEN = _Given()
