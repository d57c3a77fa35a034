"""Decisions a mention's surroundings make: lone capitalised words (surname, place,
organisation or nothing), wire datelines, demonym groups ("Qatari officials", in
store.extract.demonyms),
transcript labels in capitals, quoted titles, employers ("an analyst with X"), names
before "airport"/"family", and capitals standing for their state ("with Tehran").
"""

from __future__ import annotations

import re

import store.extract.gazetteer as gz
from store.extract.demonyms import demonym_group  # re-exported: actors and name_kind use it
from store.extract.dictionary import common_word, proper_adjective
from store.extract.lexicon import REPORT_VERBS, SPEECH_VERBS
from store.extract.mentions import Mention, Tok, word_uses
from store.extract.names import GIVEN
from store.extract.place_shape import country_shaped
from store.extract.places import US_STATES
from store.extract.sentences import Sentence
from store.extract.wordlists import alternation, section, words

__all__ = ["demonym_group"]


def _alt(key: str) -> str:
    return alternation("lists_context", key)


def speech_follows(text: str, end: int) -> bool:
    m = re.match(
        r"\s*(?:,[^,]{0,80},\s*)?(?:(?:has|had|also|later)\s+)*(\w+)", text[end : end + 120]
    )
    return bool(m) and m.group(1) in SPEECH_VERBS


def settle_single(text: str, ms: list[Mention], mid_caps: set[str]) -> list[Mention]:
    """Kind of lone capitalised words: a known person's surname or first name, a place
    after "in"/before ", Missouri", an organisation, or (sentence-initial, never seen
    mid-sentence) nothing."""
    long_names = [m.surface.split() for m in ms if m.kind == "person" and " " in m.surface]
    out = []
    for m in ms:
        if m.kind != "":
            out.append(m)
            continue
        w = m.surface
        rel = re.search(r"\b([a-z]+),?\s+$", text[max(0, m.start - 25) : m.start])
        opener = m.initial and w not in mid_caps
        if any(w == n[-1] or w == n[0] for n in long_names):
            m.kind = "person"
        elif _in_place(text, m):
            m.kind = "place"  # "in Everett, Washington": a town, though Everett is a name
        elif w in GIVEN and not (opener and w[1:].islower() and common_word(w)):
            m.kind = "person"  # (not "Men at the club ...": a common word opening a sentence)
        elif rel and rel.group(1) in _KIN:
            m.kind = "person"  # "her husband, Homer"
        elif _PRODUCT.match(text, m.end):
            continue  # "Aurora stealth bombers", "Falcon jets": a product, not an actor
        elif _HUMAN.match(text, m.end) or _HUMAN_OF.search(text, max(0, m.start - 40), m.start):
            m.kind = "person"  # "Smith found out", "Smith, 52,", "the funeral of Smith"
        elif country_shaped(text, w):
            m.kind = "place"  # "Ruritania's government", "in Norland"
        elif opener and not _keeps_initial(text, m.end, w):
            continue  # "Extending the truce ...": a sentence-initial common word
        elif proper_adjective(w) and _LOWER_NEXT.match(text, m.end):
            continue  # "the two Slavic neighbours", "Biblical scripture": an adjective
        elif _DESCRIBED_BODY.match(text, m.end):
            m.kind = "organization"  # "Ruricom, Zenda's biggest carrier, said"
        elif place_context(text, m) or _DESCRIBED_PLACE.match(text, m.end):
            m.kind = "place"
        else:
            _default_kind(text, m)
        out.append(m)
    return out


def _default_kind(text: str, m: Mention) -> None:
    """A lone word with no other evidence: a person when a speech verb follows (not after
    "the": "the Pentagon said" is a body), else an organisation, as a guess."""
    said = speech_follows(text, m.end) and not _body_signs(text, m.surface)
    said = said and not _THE_BEFORE.search(text, max(0, m.start - 5), m.start)
    m.kind = "person" if said else "organization"
    m.guess = m.kind == "organization"  # a default: other evidence may overrule it


# a verb only a person is the subject of, right after a lone capitalised word
_HUMAN = re.compile(rf"\s+(?:{_alt('_HUMAN_AUX')}\s+)?{_alt('_HUMAN_VERBS')}\b|,\s+\d{{1,3}},")
_HUMAN_OF = re.compile(rf"\b{_alt('_HUMAN_OF')}\s+of\s+$")
_PRODUCT = re.compile(rf"\s+(?:{_alt('_PRODUCT_MODS')}\s+)?{_alt('_PRODUCT_NOUNS')}\b")
_NAME = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?"
_LIST = re.compile(rf"{_NAME}(?:, {_NAME})*,? (?:and|or) {_NAME}")
# a verb right after a sentence-initial word makes it a subject ("Wikinews has learned")
_ACTS = re.compile(rf"\s+(?:{_alt('_SUBJECT_VERBS')}|[a-z]+ed)\b")
# "Ruricom, Zenda's biggest carrier, has ...": a description between commas, then a verb
_DESCRIBED_ACTS = re.compile(
    rf",\s+(?:a|an|the|its|which|who|part\s+of|one\s+of|[A-Z][\w.-]*['’]s)\s+"
    rf"[^,;.!?\"“”]{{2,60}},"
    rf"\s+(?:{_alt('_SUBJECT_VERBS')}|[a-z]+ed)\b"
)
# the body noun must head the description: no preposition before it ("the founder of
# the firm", "the base of the carrier" describe a person and a town)
_HEADED = (
    rf",\s+(?:a|an|the|its|[A-Z][\w.-]*['’]s)\s+(?:(?!{_alt('_HEAD_ENDERS')}\b)[\w-]+\s+){{0,4}}"
)
_DESCRIBED_BODY = re.compile(
    rf"{_HEADED}{alternation('lists_things', 'kind')}(?:\s+(?:in|of|for)\s+[^,;.!?]{{2,30}})?,"
)
# "Zenda, the hometown of the firm,": a description headed by a place noun
_DESCRIBED_PLACE = re.compile(
    rf"{_HEADED}{_alt('_PLACE_NOUNS')}(?:\s+(?:in|of|for)\s+[^,;.!?]{{2,30}})?,"
)
_LOWER_NEXT = re.compile(r"\s+[a-z]")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")  # no person's name follows "the"
_PLURAL = re.compile(r"[^su]s$")  # "Protesters gathered", "Planes landed" (not "Kestrelbus")
_SINGULAR_VERB = re.compile(rf"\s+{_alt('_SINGULAR_VERBS')}\b")


# "Ruricom's chief executive", "Ruricom's shares": what only a body has
_OWNS_STAFF = re.compile(
    r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}?(?:"
    + alternation("lists_things", "possessed")
    + "|"
    + "|".join(sorted(map(re.escape, section("lists_roles", "ROLE_NOUNS")), key=len, reverse=True))
    + r")\b"
)


def _keeps_initial(text: str, end: int, w: str) -> bool:
    """A sentence-initial unknown word is a name when a verb follows it, or a body's
    staff or shares ("Ruricom's chief executive"); one that looks plural needs a singular
    verb ("Wikinews has learned", not "Protesters gathered")."""
    if _OWNS_STAFF.match(text, end):
        return True
    if _PLURAL.search(w):
        return _SINGULAR_VERB.match(text, end) is not None
    return _ACTS.match(text, end) is not None or _DESCRIBED_ACTS.match(text, end) is not None


# "carrier Ruricom", "rival Ruricom": a kind of body right before the name
_KIND_BEFORE = re.compile(rf"\b{alternation('lists_things', 'kind')}\s+$")
# "Ruricom say", "Ruricom have": a plural verb after one name (a body, in British usage)
_PLURAL_VERB = re.compile(rf"\s+{alternation('lists_context', '_PLURAL_VERB')}\b")


def _body_signs(text: str, w: str) -> bool:
    """Does some use of the lone word `w` show a body, which 'w said' alone does not
    overrule: its staff, fleet or shares, a kind of body before it, a plural verb?"""
    for u in word_uses(text, w):
        if _OWNS_STAFF.match(text, u.end()) or _PLURAL_VERB.match(text, u.end()):
            return True
        if _KIND_BEFORE.search(text, max(0, u.start() - 20), u.start()):
            return True
    return False


_KIN = section("lists_context", "_KIN")
_STATE_AFTER = re.compile(
    r",\s+([A-Z][a-z]*\.(?:[A-Z]\.)?|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,;:)]|\.?\s|\.?$)"
)
_OF_PLACE = section("lists_context", "_OF_PLACE")
_PLACE_NOUNS = section("lists_context", "_PLACE_NOUNS")


def _in_place(text: str, m: Mention) -> bool:
    """'in Everett, Washington': after a place preposition and before a known place;
    'Marion, Ore.,' / 'in Beverly, Tex. Roe ...': a town before a US state."""
    state = _STATE_AFTER.match(text, m.end)
    if state and gz.place_name(state.group(1)) in US_STATES:
        return True
    before = re.findall(r"\w+", text[max(0, m.start - 12) : m.start])
    nxt = re.match(r",\s+((?:[A-Z][\w.]*\s?)+)", text[m.end : m.end + 30])
    if not (before and before[-1].lower() in ("in", "near", "outside")) or nxt is None:
        return False
    name = nxt.group(1).strip()
    return gz.place_name(name) is not None or gz.place_name(name.rstrip(".")) is not None


def place_context(text: str, m: Mention) -> bool:
    before = re.findall(r"\w+", text[max(0, m.start - 25) : m.start])
    if before and before[-1].lower() in ("in", "near", "outside", "at"):
        return not _OWNS_STAFF.match(text, m.end)  # not "a drop in Zorbex's stock"
    if len(before) > 1 and before[-1] == "of" and before[-2] in _PLACE_NOUNS | _OF_PLACE:
        return True  # "their hometown of Tarnby"
    for lst in _LIST.finditer(text, max(0, m.start - 80), min(len(text), m.end + 80)):
        if lst.start() <= m.start < lst.end():
            items = re.findall(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*", lst.group())
            if any(gz.place_name(i) for i in items):
                return True  # "Zenda, Tarnby and Port Vell", "Manchester and Leeds"
    if _SITE.match(text, m.end) and _OWNER_BEFORE.search(text, max(0, m.start - 20), m.start):
        return not _names_product(text, m.surface)  # "its Tarnby plant": a town
    nxt = re.match(r",\s+((?:[A-Z][\w.]*\s?)+)", text[m.end : m.end + 30])
    return bool(nxt) and gz.place_name(nxt.group(1).strip()) is not None


_SITE = re.compile(rf"\s+{_alt('_SITES')}\b")
# "the Zorbex 9 sedan", "the Lantern scooter": a name before a model code or product noun
_PRODUCT_WORDS = "|".join(sorted(words("product_nouns"), key=len, reverse=True))
_MODEL = re.compile(rf"\s+(?:[A-Z]?\d[\w-]*\s+)?(?:{_PRODUCT_WORDS})\b")


def _names_product(text: str, w: str) -> bool:
    """Does `w` also name a product ("its Zorbex plant ... the Zorbex 9 sedan")?"""
    return any(_MODEL.match(text, u.end()) for u in word_uses(text, w))


_OWNER_BEFORE = re.compile(r"(?:\b(?:its|their|our)|\w['’]s?)\s+$")


def dateline_places(text: str, sent: Sentence) -> list[Mention]:
    """'INDEPENDENCE, Mo. (AP) --' -> Independence and Missouri (the agency is no actor)."""
    head = re.match(r"([A-Z][A-Z.'\- ]*[A-Z.])(?:,\s+([A-Z][\w.]+(?: [A-Z][\w.]+)?))?", sent.text)
    if not head:
        return []
    city = head.group(1)
    s = sent.start + head.start(1)
    name = gz.place_name(city) or gz.place_name(city.title()) or city.title()
    out = [Mention(s, s + len(city), city, "place", norm=name)]
    region = head.group(2)
    if region and gz.place_name(region):  # not "March 12"
        s = sent.start + head.start(2)
        out.append(Mention(s, s + len(region), region, "place", norm=gz.place_name(region)))
    return out


def looks_like_title(quoted: str) -> bool:
    """'Operation Midnight Hammer', 'The Nuremberg Files': every word capitalised."""
    words = quoted.rstrip(".,!?").split()
    small = {"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "de"}
    caps = [w for w in words if w not in small]
    return 0 < len(words) <= 6 and bool(caps) and all(w[:1].isupper() for w in caps)


def uncap(text: str, c: list[Tok]) -> tuple[str, list[Tok]]:
    """Title-case an all-capitals chunk (same length, so offsets hold)."""
    cs, ce = c[0][0], c[-1][1]
    fixed = re.sub(r"['’]S\b", lambda m: m.group().lower(), text[cs:ce].title())
    fixed = re.sub(r"\b(Of|The|And|For|De|Al)\b", lambda m: m.group().lower(), fixed)
    view = text[:cs] + fixed + text[ce:]
    return view, [(s, e, view[s:e]) for s, e, _ in c]


_WORKS_AT = re.compile(rf"\b{_alt('_WORKS_AT')}s?\s+{_alt('_WORKS_AT_PREP')}\s+$")
_POSSESSOR = re.compile(rf"^['’]s\s+{_alt('_POSSESSOR')}")


_NAMED_AS = re.compile(rf"\b{_alt('_NAMED_AS')}\s+$")
_OWNED = re.compile(r"['’]s\s+$")


def employers(text: str, ms: list[Mention]) -> None:
    """Two-word names after "an analyst with" or before "'s Mr." are employers, not
    people ("Baxter Lane", "Northway Communications")."""
    for m in ms:
        if m.kind != "person" or m.role or " " not in m.surface:
            continue
        if m.surface.split()[0] in GIVEN:
            continue
        owner = _OWNED.search(text[max(0, m.start - 40) : m.start])
        owned = owner is not None and any(
            o.kind == "person" and o.end == m.start - len(owner.group()) for o in ms
        )  # "Warren Buffett's Berkshire Hathaway"
        if (
            owned
            or _NAMED_AS.search(text[max(0, m.start - 30) : m.start])
            or _WORKS_AT.search(text[max(0, m.start - 40) : m.start])
            or _POSSESSOR.match(text[m.end : m.end + 20])
        ):
            m.kind = "organization"


def the_names(text: str, ms: list[Mention]) -> None:
    """Two capitalised words after "the" name a thing, not a person ("told the
    Springfield Shopper", "the Beer Marketers Insights newsletter")."""
    for m in ms:
        if m.kind == "person" and not m.role and " " in m.surface:
            if re.search(r"\bthe\s+$", text[max(0, m.start - 5) : m.start]):
                m.kind = "organization"


_TRAILING_NOUN = re.compile(rf"\s+({_alt('_TRAILING_NOUN')})\b")
_GROUP_TAILS = section("lists_context", "_GROUP_TAILS")
_FACILITIES = section("lists_context", "_FACILITIES")


def trailing_nouns(text: str, ms: list[Mention]) -> None:
    """A name before a lower-case place or kin noun names that thing: "Jomo Kenyatta
    airport" (place), "the Tarnby Roe family" (group)."""
    for m in ms:
        if m.kind not in ("person", "organization", "place", "") or m.role:
            continue
        t = _TRAILING_NOUN.match(text, m.end)
        if t is None or m.kind in ("place", "") and t.group(1) not in _FACILITIES:
            continue  # "Lantern airport" is a place of its own; "the Strelsau region" is not
        m.end = t.end()
        m.surface = text[m.start : m.end]
        m.kind = "group" if t.group(1) in _GROUP_TAILS else "place"
        m.norm = ""  # the airport, not the town it is named after


_LITERAL_PREP = section("lists_context", "_LITERAL_PREP")
_WITH_BEFORE = section("lists_context", "_WITH_BEFORE")


def metonymic(text: str, m: Mention) -> bool:
    """A capital standing for its state: "coordination with Tehran", "Tehran said",
    "Tehran's motives" — not "in Tehran" or "the capital, Abuja"."""
    before = re.findall(r"\w+", text[max(0, m.start - 20) : m.start])
    if before and (before[-1].lower() in _LITERAL_PREP or before[-1] == "capital"):
        return False
    after = text[m.end : m.end + 30]
    if re.match(r"['’]s\b", after):
        return True
    verb = re.match(r"\s+[\"“]?(?:has |had |have |will |would |also )?([a-z]+)", after)
    if verb and (verb.group(1) in SPEECH_VERBS or verb.group(1) in REPORT_VERBS):
        return True
    return bool(before) and before[-1].lower() in _WITH_BEFORE


_GOV_HEADS = section("lists_context", "_GOV_HEADS")


def owned_bodies(text: str, ms: list[Mention]) -> None:
    """A ministry or agency after a country's possessive keeps the country in its
    canonical name ("Norway's Ministry of Fisheries"), so two countries' ministries
    never fold into one; the bare name stays an alias."""
    places = {m.end: m for m in ms if m.kind == "place"}
    for m in ms:
        if m.kind != "organization" or not _GOV_HEADS & set(m.surface.split()):
            continue
        own = re.search(r"['’]s\s+$", text[max(0, m.start - 4) : m.start])
        p = places.get(m.start - len(own.group())) if own else None
        if p is None or (p.norm or p.surface) not in gz.COUNTRIES:
            continue
        m.canon = text[p.start : m.end]


_OUTLET = re.compile(rf"\b{_alt('_OUTLET')}\s+$")


def outlets(text: str, ms: list[Mention]) -> None:
    """A name right after "the party daily", "the news agency", "the weekly" is the
    outlet, an organisation, even when a place has the same name."""
    for m in ms:
        if m.role or m.kind == "group":
            continue
        if _OUTLET.search(text, max(0, m.start - 16), m.start):
            m.kind, m.norm = "organization", ""
