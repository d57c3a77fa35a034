"""An acronym in brackets right after a name is that name's short form.

"Lantern Aerospace Holdings NV (LAH)" and "Harbour Airlines (HBA)" give one actor each,
whatever letters the short form takes; an acronym after a name that was dropped as a
thing ("Quiet Message Block (QMB)") goes with it.
"""

from __future__ import annotations

import re

from store.extract.mentions import Mention

_ACRONYM = re.compile(r"[A-Z][A-Z&.]{1,7}")
_CAPS_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+[A-Z][\w'’.-]*\s*\(\s*$")


def paren_acronyms(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions with bracketed acronyms tied to the name before them (or dropped
    with it)."""
    ends = {m.end: m for m in ms}
    owners: dict[str, Mention | None] = {}  # acronym -> the name it follows (None: dropped)
    for m in ms:
        if not _ACRONYM.fullmatch(m.surface) or text[m.end : m.end + 1] != ")":
            continue
        gap = re.search(r"\s*\(\s*$", text[max(0, m.start - 4) : m.start])
        owner = ends.get(m.start - len(gap.group())) if gap else None
        if owner is not None and owner.kind == "organization":
            owners.setdefault(m.surface, owner)
        elif owner is None and _CAPS_BEFORE.search(text, max(0, m.start - 60), m.start):
            owners.setdefault(m.surface, None)
    out = []
    for m in ms:
        if m.surface not in owners:
            out.append(m)
        elif (owner := owners[m.surface]) is not None:
            m.kind, m.canon = owner.kind, owner.canon or owner.surface
            out.append(m)
    return out
