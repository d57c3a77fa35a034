"""Is a two-word capitalised name a person? Only with evidence.

"Best Buy", "Ars Technica" and "Air Lantern" look like "Jane Roe": a run of capitalised
words with no title. A name is kept as a person when its first word is a given name,
when its last word is used alone elsewhere (news refers to people by surname: "Roe
said"), or when a verb only people take follows it; otherwise it is an organisation
(companies speak too: "Lantern Air said" is no evidence of a person).
"""

from __future__ import annotations

import re

import store.extract.gazetteer as gz
from store.extract.dictionary import common_word
from store.extract.mentions import Mention, word_uses
from store.extract.names import GIVEN
from store.extract.wordlists import alternation, section, words

_INITIAL = re.compile(r"^[A-Z]\.$")
_PRODUCT_NOUNS = words("product_nouns")
# "its Del Ray unit", "Ruricom's Tarnby imprint": a company part after an owned name; a
# whole word, so not "Roe chain-smoked" or "gave Roe business leaders' backing"
_BODY_AFTER = re.compile(rf"\s+{alternation('lists_people', '_BODY_AFTER')}(?![-\w'’])")
_OWNER_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|our|the|a|an)|\w['’]s?)\s+$")
_PERSON_AFTER = re.compile(
    rf",?\s+(?:\d{{1,3}},|(?:{alternation('lists_people', '_PERSON_AUX')}\s+)?"
    rf"{alternation('lists_people', '_PERSON_AFTER')}\b|,\s+(?:who|whose)\b)"
)

_ROLES_BEFORE = (section("lists_roles", "ROLE_NOUNS") | section("lists_context", "_KIN")) - section(
    "lists_people", "_SHARED_ROLES"
)
# "Zenlandic premier Tavi Ruwa", "her cousin, Ilvan Ruwa": a person-only role right before
_ROLE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _ROLES_BEFORE), key=len, reverse=True)) + r"),?\s+$"
)


def first_name(words: list[str]) -> str:
    """The first word that is not an initial ("C. Alan Roe" -> "Alan")."""
    for w in words:
        if not _INITIAL.match(w):
            return w
    return ""


def settle_people(text: str, ms: list[Mention]) -> None:
    """Turn untitled, ungiven two-word 'people' with no evidence into organisations
    (a surname with its particles, "van der Berg", stays a person)."""
    families = {  # surnames of people named with a given name ("Zdravko Ruwa")
        m.surface.split()[-1]
        for m in ms
        if m.kind == "person" and " " in m.surface and first_name(m.surface.split()) in GIVEN
    }
    for m in ms:
        if m.kind != "person" or m.role or " " not in m.surface:
            continue
        words = m.surface.split()
        if words[-1].lower() in _PRODUCT_NOUNS or _owned_part(text, m):
            m.kind = "organization"  # "Roe Aircraft", "its Del Ray unit": a body, no person
            continue
        first = first_name(words)
        if first not in GIVEN and first[1:].islower() and common_word(first):
            m.kind = "organization"  # "Actual Lantern", "Silver Lantern": no given name
            continue
        if first in GIVEN or words[0].islower() or _is_person(text, m, words[-1]):
            continue
        if words[-1] in families or _ROLE_BEFORE.search(text, max(0, m.start - 30), m.start):
            continue  # "Ilvan Ruwa" beside "Zdravko Ruwa"; "Zenlandic premier Tavi Ruwa"
        m.kind = "organization"


def _owned_part(text: str, m: Mention) -> bool:
    """Is the name a company part: 'its Del Ray unit', 'the Jane Ross imprint'?"""
    if not _BODY_AFTER.match(text, m.end):
        return False
    return _OWNER_BEFORE.search(text, max(0, m.start - 12), m.start) is not None


def _is_person(text: str, m: Mention, last: str) -> bool:
    if _PERSON_AFTER.match(text, m.end):
        return True
    if len(last) < 3 or gz.place_name(last) or last in gz.ORG_HEADS:
        return False
    alone = sum(1 for u in word_uses(text, last) if _standalone(text, u.start(), u.end()))
    return alone > 0  # "Roe said" after "Kwame Roe" (not "Air" in "Air Canada")


_CAP_BEFORE = re.compile(r"[A-Z][\w'’-]*\s$")
_CAP_AFTER = re.compile(r"\s[A-Z]")


def _standalone(text: str, start: int, end: int) -> bool:
    """A use with no capitalised word right before or after it (not part of a name)."""
    if _CAP_BEFORE.search(text, max(0, start - 30), start):
        return False
    return not _CAP_AFTER.match(text, end)
