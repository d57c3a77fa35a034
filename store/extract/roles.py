"""Roles as the text gives them: "Majed Al Ansari, spokesperson for Qatar's Ministry of
Foreign Affairs," and "spokesman Serge Caron" become the actor's description.
"""

from __future__ import annotations

import re

from store.extract.doc import ArticleDoc
from store.extract.lexicon import SPEECH_VERBS, TITLE_WORDS
from store.extract.wordlists import alternation, section

ROLE_NOUNS = section("lists_roles", "ROLE_NOUNS")
_GLUE = section("lists_roles", "_GLUE")
_HONORIFIC = section("lists_roles", "_HONORIFIC")
_AFTER = re.compile(
    r",\s+((?:[^,.;()\"“”]|(?<=[A-Z])\.|(?<=\d),(?=\d)){3,140}?)(?=,|\.\s|\.$|;|\s+(?:said|says|told)\b)"
)
_BEFORE = re.compile(r"(?:^|[\s(])((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+$")
_ROLE_COMMA = re.compile(
    r"(?:^|\b[Tt]he\s+|\b[Ii]ts\s+|\b[Hh]is\s+|\b[Hh]er\s+|\b[Aa]n?\s+)"
    r"((?:[A-Z]{2,}\s+)?[a-z]+(?:\s+[a-z]+)?(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?)"
    r",\s+$"
)


def _role_comma(before: str) -> re.Match[str] | None:
    """`_ROLE_COMMA.search(before)`, asked only where it can match: `before` ends in a
    comma and spaces (most names follow none, and the search tries every place)."""
    if not (before[-1:].isspace() and before.rstrip().endswith(",")):
        return None
    return _ROLE_COMMA.search(before)


# a capitalised role set off by a dash before the name, honorific between
_DASH_ROLE = re.compile(
    r"(?:^|[.!?]\s+|\n)((?:[A-Z][\w'’.-]*)(?:\s+(?:of|for|the|and|[A-Z][\w'’.-]*))*)"
    r"\s+[-–—]\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sir)\.?\s+)?$"
)
_LEAD = re.compile(rf"^{alternation('lists_roles', '_LEAD')}\s+", re.I)


def _clean(role: str) -> str:
    role = role.strip()
    words = role.split()
    while len(words) > 1 and (words[0].lower() in SPEECH_VERBS or words[0].lower() in _GLUE):
        words = words[1:]  # "said special ambassador" -> "special ambassador"
    role = " ".join(words)
    while _LEAD.match(role):
        role = _LEAD.sub("", role, count=1)
    return role


def _has_role(phrase: str) -> bool:
    words = re.findall(r"[a-z][\w-]*", phrase.lower())
    return any(w in ROLE_NOUNS or w.rstrip("s") in ROLE_NOUNS for w in words[:6])


def describe(doc: ArticleDoc) -> None:
    """Fill `role` of person mentions from an appositive after the name or role words
    before it, when no title gave one (an honorific alone is replaced)."""
    text = doc.text
    for m in doc.mentions:
        if m.kind != "person" or (m.role and m.role.split()[-1] not in _HONORIFIC):
            continue
        after = _AFTER.match(text, m.end)
        if after and _has_role(after.group(1)) and not after.group(1)[:1].isupper():
            parts = re.split(
                r"\s+and\s+(?=(?:reportedly\s+|also\s+)?(?:the|a|an)\s)", after.group(1)
            )
            pick = [p for p in parts if _has_role(p)]
            m.role = _clean(pick[-1] if pick else after.group(1))
            continue
        dashed = _DASH_ROLE.search(text[max(0, m.start - 90) : m.start])
        if dashed and any(w in TITLE_WORDS for w in dashed.group(1).split()):
            m.role = dashed.group(1)  # "Minister for Fisheries - Dr. Jane Roe -"
            continue
        before = _BEFORE.search(text[max(0, m.start - 40) : m.start])
        if before and before.group(1).split()[-1] in ROLE_NOUNS:
            m.role = _clean(before.group(1))
            continue
        lead = _role_comma(text[max(0, m.start - 70) : m.start])
        head = re.split(r"\s+(?:of|for|at)\s+", lead.group(1))[0].split() if lead else []
        if head and head[-1].lower() in ROLE_NOUNS:
            m.role = lead.group(1)  # "The mayor of Springfield, Joe Quimby"
