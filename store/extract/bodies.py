"""Bodies named by a person or a description: "the Roe administration", "Roe's
office", "Jane Roe's government", "the embassy in Oslo", "the finance committee".

Each is an organisation of its own. A body named after a person keys on the person's
surname and the body noun, so "the Roe administration" and "Jane Roe's administration"
are one actor; the person stays an actor too.
"""

from __future__ import annotations

import re

import store.extract.gazetteer as gz
from store.extract.mentions import Mention
from store.extract.wordlists import section

_OWNED = section("lists_bodies", "_OWNED")
_GENERIC_HEADS = section("lists_bodies", "_GENERIC_HEADS")
_DESCRIBED = section("lists_bodies", "_DESCRIBED")
_AFTER_PERSON = re.compile(r"(['’]s)?\s+([a-z]+)\b")
_HEADS = "|".join(sorted(_DESCRIBED))
# "the embassy in Oslo", "the trade mission to Ruritania": the head word comes first in
# the pattern so the scan stays cheap (most texts hold none)
_DESCRIPTION = re.compile(
    rf"\b[Tt]he\s+((?:[a-z]+\s+)?({_HEADS})\s+(?:in|of|for|at|to)\s+"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
)
_ROLE_NOUNS = ("office", "campaign", "government", "administration")
_ROLE_OFFICE = re.compile(
    r"\b[Tt]he\s+([a-z]+)['’]s\s+(office|campaign|government|administration)\b"
)


def named_bodies(text: str, ms: list[Mention]) -> list[Mention]:
    """Bodies after a person's name ("Roe administration", "Roe's office")."""
    out = []
    for m in ms:
        if m.kind != "person":
            continue
        after = _AFTER_PERSON.match(text, m.end)
        if after is None or after.group(2) not in _OWNED:
            continue
        out.append(_owned(text, m, m.start, after.end(), after.group(2)))
    return out + _role_offices(text, ms)


def _owned(text: str, person: Mention, start: int, end: int, noun: str) -> Mention:
    surname = person.surface.split()[-1]
    return Mention(start, end, text[start:end], "organization", norm=f"{surname}|{noun}")


def _role_offices(text: str, ms: list[Mention]) -> list[Mention]:
    """'the minister's office': the office of the person last given that role."""
    out: list[Mention] = []
    if not any(f"s {noun}" in text for noun in _ROLE_NOUNS):
        return out
    for d in _ROLE_OFFICE.finditer(text):
        role = d.group(1)
        holder = [
            m for m in ms if m.kind == "person" and m.end <= d.start() and role in m.role.lower()
        ]
        if holder:
            body = _owned(text, holder[-1], d.start(1), d.end(), d.group(2))
            body.canon = f"{holder[-1].surface}’s {d.group(2)}"  # "Jane Roe’s office"
            out.append(body)
    return out


def described_bodies(text: str, ms: list[Mention]) -> list[Mention]:
    """'the embassy in Oslo', 'the trade mission to Ruritania' (not inside a name)."""
    out = []
    for d in _DESCRIPTION.finditer(text):
        s, e = d.start(1), d.end()
        if any(m.start < e and s < m.end and not (s <= m.start and m.end <= e) for m in ms):
            continue
        out.append(Mention(s, e, text[s:e], "organization"))
    return out


def unit_of(long: str, short: str) -> bool:
    """Does `long` name a unit of the body `short` opens it with ("Zenda Police" /
    "Zenda Police Band", "Norland Navy" / "Norland Navy Press Office")? Only when `short`
    is a whole body name itself (two words or more, ending in a body noun) and the words
    added are more than a generic head ("Zenda Police Department" is the Zenda Police)."""
    sw = short.split()
    if len(sw) < 2 or sw[-1] not in gz.ORG_HEADS or not long.startswith(short + " "):
        return False
    added = long[len(short) + 1 :].split()
    return not all(w in _GENERIC_HEADS for w in added)
