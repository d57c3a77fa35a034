"""Word lists the timex rules read, kept as data files under `store/timex/data/` (the
same layout as store/extract's: `#` lines say what a file holds and where it comes from,
`[NAME]` opens a section, other lines hold words separated by spaces)."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def _sections(name: str) -> dict[str, frozenset[str]]:
    path = resources.files("store.timex").joinpath("data", f"{name}.txt")
    out: dict[str, set[str]] = {}
    current = ""
    for ln in path.read_text(encoding="utf-8").splitlines():
        ln = ln.strip()
        if not ln or ln.startswith("#"):
            continue
        if ln.startswith("[") and ln.endswith("]"):
            current = ln[1:-1]
            out[current] = set()
        else:
            out[current].update(ln.split())
    return {k: frozenset(v) for k, v in out.items()}


def section(name: str, key: str) -> frozenset[str]:
    """The words under `[key]` in `data/<name>.txt`, lowercase as written."""
    return _sections(name)[key]


def is_listed(word: str, listed: frozenset[str]) -> bool:
    """`word` (lowercase) or its singular ("coats", "boxes") is in `listed`."""
    if word in listed:
        return True
    return (word.endswith("s") and word[:-1] in listed) or (
        word.endswith("es") and word[:-2] in listed
    )
