"""Word-list data files shared by the tagger and the extraction rules: one reader, so
both packages parse `#` comments and `[NAME]` sections the same way."""

from __future__ import annotations

from functools import cache
from importlib import resources


def data_lines(package: str, name: str) -> list[str]:
    """The lines of `<package>/data/<name>` that are not comments, stripped."""
    text = resources.files(package).joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def data_sections(package: str, name: str) -> dict[str, frozenset[str]]:
    """The words under each `[KEY]` line of `<package>/data/<name>.txt`."""
    out: dict[str, set[str]] = {}
    current = ""
    for ln in data_lines(package, f"{name}.txt"):
        if ln.startswith("[") and ln.endswith("]"):
            current = ln[1:-1]
            out[current] = set()
        else:
            out[current].update(ln.split())
    return {k: frozenset(v) for k, v in out.items()}
