"""Word lists the timex rules read, kept as data files under `store/timex/data/` (the
same layout as store/extract's: `#` lines say what a file holds and where it comes from,
`[NAME]` opens a section, other lines hold words separated by spaces)."""

from __future__ import annotations

from store.datafiles import data_sections


def section(name: str, key: str) -> frozenset[str]:
    """The words under `[key]` in `data/<name>.txt`, lowercase as written."""
    return data_sections("store.timex", name)[key]


def is_listed(word: str, listed: frozenset[str]) -> bool:
    """`word` (lowercase) or its singular ("coats", "boxes") is in `listed`."""
    if word in listed:
        return True
    return (word.endswith("s") and word[:-1] in listed) or (
        word.endswith("es") and word[:-2] in listed
    )
