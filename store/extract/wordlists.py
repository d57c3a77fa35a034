"""Word lists the extraction rules read, kept as data files under `store/extract/data/`.

Each file starts with `#` lines saying what it holds and where it comes from; every
other line holds words separated by spaces (or, for files of phrases, one phrase a line).
"""

from __future__ import annotations

from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    """The lines of `data/<name>` that are not comments, stripped."""
    text = resources.files("store.extract").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """The words of `data/<name>.txt`, a set."""
    return frozenset(w for ln in _lines(f"{name}.txt") for w in ln.split())


@cache
def phrases(name: str) -> frozenset[str]:
    """The lines of `data/<name>.txt` (one phrase a line), a set."""
    return frozenset(_lines(f"{name}.txt"))


@cache
def _sections(name: str) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    current = ""
    for ln in _lines(f"{name}.txt"):
        if ln.startswith("[") and ln.endswith("]"):
            current = ln[1:-1]
            out[current] = set()
        else:
            out[current].update(ln.split())
    return {k: frozenset(v) for k, v in out.items()}


def section(name: str, key: str) -> frozenset[str]:
    """The words under `[key]` in `data/<name>.txt` (a file of several small lists)."""
    return _sections(name)[key]
