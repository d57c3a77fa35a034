"""A demonym or a country before a people or body noun: "Cuban exiles" (a group),
"the Cuban government" (a body), "Norway's foreign ministry" (a body), "six Sudanese"
(a people), "Ruritanian authorities" (the country speaking)."""

from __future__ import annotations

import re

import store.extract.gazetteer as gz
from store.extract.dictionary import proper_adjective
from store.extract.lexicon import REPORT_VERBS, SPEECH_VERBS
from store.extract.mentions import Mention
from store.extract.wordlists import alternation, section


def _alt(key: str) -> str:
    return alternation("lists_context", key)


def people_noun(text: str, end: int) -> re.Match[str] | None:
    return re.match(r"(?:[’']s)?\s+([a-z]+)\b", text[end : end + 30])


_FOLLOW_OK = section("lists_context", "_FOLLOW_OK")


_COMPOUND_HEADS = section("lists_context", "_COMPOUND_HEADS")
_IRREGULAR = section("lists_context", "_IRREGULAR")
_COUNTRY_VOICES = section("lists_context", "_COUNTRY_VOICES")


# a count, not a year ("In 2003 Chinese and Japanese negotiators met")
_COUNTED = re.compile(rf"\b(?:(?!\d{{4}}\s)\d[\d,]*|{_alt('_COUNTS')})\s+$")
_INVARIANT = re.compile(r"(?:ese|ss)$")  # "Sudanese", "Swiss": the plural is the word
_NOUN_NEXT = re.compile(rf"\s+(?!{_alt('_FOLLOW_OK')}\b)[a-z]")  # "six Sudanese soldiers"
_LIST_NEXT = re.compile(r"(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)([A-Z][a-z]+)\b")


def _list_end(text: str, end: int) -> int:
    """Where a list of demonyms that opens before `end` ends ("Chinese, Japanese and
    Korean"): its noun comes after the whole list."""
    while (nxt := _LIST_NEXT.match(text, end)) and (
        nxt.group(1) in gz.DEMONYM or proper_adjective(nxt.group(1))  # "Korean"
    ):
        end = nxt.end()
    return end


_PORTFOLIO_BODY = re.compile(
    rf"(?:[’']s)?\s+({_alt('_PORTFOLIOS')})\s+(ministry|office|department)\b(?!['’])"
)


def demonym_group(text: str, m: Mention) -> Mention | None:
    """'Cuban exiles' (group), 'Cuban government' (organization) from a demonym/country;
    'six Sudanese and a Turk' (group): a counted demonym whose plural is itself."""
    if _COUNTED.search(text, max(0, m.start - 16), m.start) and _INVARIANT.search(m.surface):
        country = gz.DEMONYM.get(m.surface, "")
        if country in gz.COUNTRIES and not _NOUN_NEXT.match(text, _list_end(text, m.end)):
            return Mention(m.start, m.end, m.surface, "group", norm=f"{country}|people")
    pn = people_noun(text, m.end)
    office = _PORTFOLIO_BODY.match(text, m.end)  # "Norway's foreign ministry"
    country = gz.DEMONYM.get(m.surface) or m.norm or m.surface
    if office and country in gz.COUNTRIES:
        span = text[m.start : m.end + office.end() - m.end]
        # one name for "Norway's foreign ministry" and "the Norwegian foreign ministry"
        owner = f"{country}'" if country.endswith("s") else f"{country}'s"
        canon = f"{owner} {office.group(1)} {office.group(2)}"
        return Mention(m.start, m.start + len(span), span, "organization", canon=canon)
    if not pn or pn.group(1) not in gz.GROUP_NOUNS:
        return None
    nxt = re.match(r"\s+([a-z]+)", text[m.end + pn.end() : m.end + pn.end() + 25])
    w = nxt.group(1) if nxt else ""
    verbish = (
        w in _FOLLOW_OK
        or w.endswith("ed")
        or w in SPEECH_VERBS
        or (w in REPORT_VERBS and not w.endswith("s"))  # "military strikes" is a noun
        or w in _IRREGULAR
    )
    if nxt and not verbish and (w.endswith("s") or w in _COMPOUND_HEADS):
        return None  # "American military strikes": an adjective, not the actor
    country = gz.DEMONYM.get(m.surface) or m.norm or gz.place_name(m.surface)
    if country not in gz.COUNTRIES:
        return None
    noun = pn.group(1)
    end = m.end + pn.end()
    if noun in _COUNTRY_VOICES:  # "Ruritanian authorities": the country speaking
        return Mention(m.start, end, text[m.start : end], "place", norm=country)
    kind = "organization" if noun in gz.ORG_GROUP_NOUNS else "group"
    role = f"{noun} from {country}" if noun == "exiles" else f"{noun} of {country}"
    return Mention(m.start, end, text[m.start : end], kind, role=role, norm=f"{country}|{noun}")
