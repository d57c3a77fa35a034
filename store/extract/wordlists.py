"""Word lists the extraction rules read, kept as data files under `store/extract/data/`.

Each file starts with `#` lines saying what it holds and where it comes from; every
other line holds words separated by spaces (or, for files of phrases, one phrase a line).
"""

from __future__ import annotations

import re
from functools import cache

from store.datafiles import data_lines, data_sections


def _lines(name: str) -> list[str]:
    """The lines of `data/<name>` that are not comments, stripped."""
    return data_lines("store.extract", name)


@cache
def words(name: str) -> frozenset[str]:
    """The words of `data/<name>.txt`, a set."""
    return frozenset(w for ln in _lines(f"{name}.txt") for w in ln.split())


@cache
def word_lines(name: str) -> tuple[frozenset[str], ...]:
    """The words of each line of `data/<name>.txt` (a file whose lines are groups)."""
    return tuple(frozenset(ln.split()) for ln in _lines(f"{name}.txt"))


@cache
def phrases(name: str) -> frozenset[str]:
    """The lines of `data/<name>.txt` (one phrase a line), a set."""
    return frozenset(_lines(f"{name}.txt"))


def section(name: str, key: str) -> frozenset[str]:
    """The words under `[key]` in `data/<name>.txt` (a file of several small lists)."""
    return data_sections("store.extract", name)[key]


def alternation(name: str, key: str) -> str:
    """The words under `[key]` in `data/<name>.txt` as a regex alternation (longest first,
    so "spokeswoman" is tried before "spokes"), for rules that match words in context;
    "according_to" stands for the phrase, "spokes\\w+" for a stem."""
    ws = sorted(section(name, key), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(w if w.endswith(r"\w+") else _escape(w) for w in ws) + ")"


def _escape(w: str) -> str:
    return r"\s+".join(re.escape(p) for p in w.split("_"))
