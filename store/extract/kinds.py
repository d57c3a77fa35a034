"""What one chunk of capitalised words names: a rule table.

`classify` trims role words and document heads from a chunk, then asks each rule of
`RULES` in turn; the first that decides returns the mentions (an empty list drops the
chunk: "Cold War", "Sudanese Minister"). A chunk no rule decides is a lone word of
unknown kind, settled later from its context (`context.settle_single`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

import store.extract.gazetteer as gz
from store.extract.chunk_words import Chunk, is_title, portfolio_split
from store.extract.chunks import MODIFIER, calendar_surnames
from store.extract.dictionary import common_word
from store.extract.lexicon import ADJECTIVES, SENTENCE_STARTERS, TITLE_ACRONYMS, TITLE_WORDS
from store.extract.mentions import Mention, Tok, bare, shifted
from store.extract.names import GIVEN, given_then_surname, is_given
from store.extract.wordlists import section

_DIGIT = re.compile(r"\d")
_CAMEL = re.compile(r"^(?!Mc|Mac|O'|Le|La|De|Di|Du|Da|Van|Von|Del)[A-Z][a-z]+[A-Z][a-z]")
_PORTFOLIO_TAILS = section("lists_kinds", "_PORTFOLIO_TAILS")
_ROYAL = section("lists_kinds", "_ROYAL")
_ROLE_MODIFIERS = section("lists_kinds", "_ROLE_MODIFIERS")
_SMALL = ("of", "the")
_ROLE_NOUNS = section("lists_roles", "ROLE_NOUNS")


Rule = Callable[[Chunk], "list[Mention] | None"]


def classify(text: str, chunk: list[Tok]) -> list[Mention]:
    """Mentions in one chunk: leading place/org and role words, then the name. The rules
    read only the chunk's own characters (and, for one word, whether the text uses it as
    a surname), so a chunk repeated in the text is decided once."""
    if not chunk:
        return []
    cs, ce = chunk[0][0], chunk[-1][1]
    span = text[cs:ce]
    rel = tuple((s - cs, e - cs, t) for s, e, t in chunk)
    surname = len(chunk) == 1 and span in calendar_surnames(text)
    return [shifted(m, cs) for m in _decided(span, rel, surname)]


@lru_cache(maxsize=4096)
def _decided(span: str, rel: tuple[Tok, ...], surname: bool) -> tuple[Mention, ...]:
    """`classify` of one chunk, with offsets counted from the chunk's start."""
    c: Chunk | None = Chunk(span, list(rel), [bare(t) for _, _, t in rel], surname=surname)
    for trim in TRIMS:
        c = trim(c)
        if c is None:
            return ()
        if isinstance(c, list):
            return tuple(c)
    for rule in RULES if len(c.words) > 1 else RULES_ONE_WORD:
        out = rule(c)
        if out is not None:
            return tuple(out)
    return tuple(c.mention(""))  # decided later (surname, org or nothing)


# -- trims: a chunk with its role words or document head taken off -------------------
def _the_title(c: Chunk) -> Chunk:
    """'as The Chairman of the Board will show'."""
    return c.cut(1) if len(c.words) > 2 and c.words[0] == "The" and is_title(c.words[1]) else c


def _office_acronym(c: Chunk) -> Chunk | list[Mention]:
    """'POTUS' alone: a person known by the office."""
    if len(c.words) == 1 and c.words[0] in TITLE_ACRONYMS:
        s = c.start
        return [Mention(s, c.end, c.text[s : c.end], "person", role=TITLE_ACRONYMS[c.words[0]])]
    return c


def _leading_roles(c: Chunk) -> Chunk | None:
    """Role words with nothing of the name yet: 'President of the Church of ...'."""
    w, k = c.words, 0
    while k < len(w) - 1 and (w[k] in TITLE_WORDS or w[k] in _SMALL):
        if w[k + 1] in _SMALL or w[k + 1] in TITLE_WORDS:
            k += 1
            continue
        break
    if not k and w[0] in TITLE_WORDS and "and" in w and "of" in w:
        k = w.index("of")  # "Treasurer and Chief Financial Officer of Lantern Airways"
        if "and" not in w[:k] or any(x in GIVEN for x in w[:k]):
            k = 0
    if not (k and w[k] in _SMALL):
        return c
    c = c.cut(k + 1)
    while c.words and c.words[0] in _SMALL:
        c = c.cut(1)
    return c if c.toks else None


def _document_head(c: Chunk) -> Chunk | None:
    """'US Constitution', 'Patriot Act' go; 'UN Security Council (Resolution)' stays."""
    if len(c.words) > 1 and c.words[-1] in gz.DOC_HEADS:
        if not any(w in gz.ORG_HEADS or w.isupper() for w in c.words[:-1]):
            return None
        return c.cut(0, -1)
    return c


_CONTRACTION = re.compile(r"\w+(?:['’](?:ve|re|ll|d|m)|n['’]t)")


def _contraction(c: Chunk) -> Chunk | None:
    """'We've', 'They'll', 'Couldn't': a pronoun or verb run together with another
    word opens no name (the chunk goes on without it)."""
    while c.words and _CONTRACTION.fullmatch(c.words[0]):
        c = c.cut(1)
    return c if c.toks else None


TRIMS = (_contraction, _the_title, _office_acronym, _leading_roles, _document_head)


# -- rules ---------------------------------------------------------------------------
def known_org(c: Chunk) -> list[Mention] | None:
    return c.mention("organization") if c.name in gz.KNOWN_ORGS else None


def _title_index(words: list[str]) -> int:
    """Index of the last role word before the name (-1: none, or an 'X of' body)."""
    t = max((i for i, w in enumerate(words[:-1]) if is_title(w)), default=-1)
    org_of = any(
        w in gz.ORG_HEADS and i + 1 < len(words) and words[i + 1] == "of"
        for i, w in enumerate(words[:3])
    )
    if org_of and not (words[0] not in gz.ORG_HEADS and words[-1] in GIVEN):
        return -1  # "Ministry of Foreign Affairs", "Qatari Ministry of Foreign Affairs"
    return t


def place_of(c: Chunk) -> list[Mention] | None:
    """'Gulf of X', 'Isle of Y'."""
    w = c.words
    return c.mention("place") if w[0] in gz.PLACE_HEADS and len(w) > 2 and w[1] == "of" else None


def portfolio(c: Chunk) -> list[Mention] | None:
    """'(Minister for) Foreign Affairs': a portfolio, not a name."""
    w = c.words
    return [] if w[-1] in _PORTFOLIO_TAILS and not any(x in gz.ORG_HEADS for x in w) else None


def titled_person(c: Chunk) -> list[Mention] | None:
    """A person after role words: 'US President Jane Roe', 'Secretary of State Roe'."""
    w, t = c.words, _title_index(c.words)
    rest = w[t + 1 :]
    named = bool(rest) and rest[0] in GIVEN
    if rest and rest[0] in _SMALL:
        return None  # "Lantern Lease & Finance of Ruritania": a body, no name after a role
    if t < 0 or not (named or not any(x in gz.ORG_HEADS or x in gz.PLACE_HEADS for x in rest)):
        return None
    if all(x in _ROLE_MODIFIERS or not is_title(x) for x in w[: t + 1]):
        return None  # "Software Development Kit": a portfolio word with no office
    out = _employer(c, t)
    p_s = c.toks[t + 1][0]
    person = c.text[p_s : c.end]
    if person in gz.DEMONYM or gz.place_name(person) or all(is_title(x) for x in rest):
        return out  # "Former Soviet (leader)": no name after the role
    if not named and is_title(rest[-1]) and rest[-1].lower() in _ROLE_NOUNS:
        return out  # "Chief Operating Officer": a role ends it, no name
    if w[t] in _ROYAL:  # "King Hussein" is a name, not Hussein with a role
        p_s = c.toks[t][0]
        person = c.text[p_s : c.end]
    role = c.text[c.start : c.toks[t][0] + len(w[t])]
    return [*out, Mention(p_s, c.end, person, "person", role=role)]


def _employer(c: Chunk, t: int) -> list[Mention]:
    """'Tesla CEO Elon Musk': the words before the role name the employer."""
    lead = [i for i in range(t + 1) if not is_title(c.words[i]) and c.words[i] not in _SMALL]
    if not lead or lead[0] != 0 or len(lead) == 1 and _participle(c.words[0]):
        return []  # "Presiding Judge Jane Roe": a participle, no employer
    j = 0
    while j + 1 < len(lead) and lead[j + 1] == lead[j] + 1:
        j += 1
    out = []
    for lm in classify(c.text, c.toks[: lead[j] + 1]):
        if lm.kind == "":
            lm.kind = "organization"
        if lm.kind != "person":
            out.append(lm)
    return out


def _participle(word: str) -> bool:
    """'Presiding', 'Acting', 'Visiting': an ordinary verb's -ing form ('Boeing' is none)."""
    if not word.endswith("ing") or word[:1].islower() or gz.place_name(word):
        return False
    stem = word[:-3].lower()
    return any(common_word(s) for s in (stem, stem + "e", stem[:-1]) if len(s) > 2)


def bare_role(c: Chunk) -> list[Mention] | None:
    """'Sudanese Minister': a role with no name."""
    w = c.words
    if any(is_title(x) for x in w) and all(
        is_title(x) or x in _SMALL or x in gz.DEMONYM for x in w
    ):
        return []
    return None


def trailing_role(c: Chunk) -> list[Mention] | None:
    """'Ruricom CEO', 'Ruricom Chief Executive', 'Ruritania Energy Minister' with no name
    after: the employer alone (role words never end an organisation's name)."""
    w = c.words
    k = len(w)
    if not (is_title(w[-1]) and (w[-1].lower() in _ROLE_NOUNS or w[-1].isupper())):
        return None
    while k > 1 and is_title(w[k - 1]):
        k -= 1
    if is_title(w[0]) or w[k - 1] in _SMALL or w[0] == "The":
        return None
    lead = classify(c.text, c.toks[:k])
    if any(m.kind == "person" or m.surface.split()[0] in GIVEN for m in lead):
        return None  # "Martin Luther King", "Jane Bishop": a surname, not a role
    if not lead or k == 1 and not lead[0].kind and common_word(w[0]):
        return []  # "Surgeon General": a role of its own, no employer
    return [replace(m, kind=m.kind or "organization") for m in lead if m.kind != "person"]


def not_an_actor(c: Chunk) -> list[Mention] | None:
    """'Memorial Day', 'Cold War', 'B-2 Spirit', 'GBU-57 ...': dates, events, models."""
    w = c.words
    if w[-1] in ("Day", "Eve", "Week") and len(w) > 1:
        return []
    if c.name in gz.EVENT_NAMES or len(c.name) == 1 or _DIGIT.search(w[0]):
        return []
    return None


def person_after_portfolio(c: Chunk) -> list[Mention] | None:
    """'(Secretary for) Roads Jane Roe', '(Secretary of the) Air Force Tom Smith',
    '(Commissioner for) Fisheries Ottilie Roe' (a rarer given name after ordinary words)."""
    split = portfolio_split(c.words) or _ordinary_before_given(c.words)
    if not split:
        return None
    head = [m for m in classify(c.text, c.toks[:split]) if m.kind == "organization"]
    p_s = c.toks[split][0]
    role = c.text[c.start : c.toks[split - 1][0] + len(c.words[split - 1])]
    return [*head, Mention(p_s, c.end, c.text[p_s : c.end], "person", role=role)]


def _ordinary_before_given(words: list[str]) -> int:
    """Index of a given name, however rare, opening a two-word name after ordinary words
    only ("Fisheries Ottilie Roe" -> 1): a portfolio before the person, as no name of a
    body is made of ordinary words and a given name; 0 when the chunk is not so made."""
    if len(words) < 3:
        return 0
    i, last = len(words) - 2, words[-1]
    given = words[i]
    if not is_given(given) or common_word(given) or gz.place_name(given):
        return 0
    if not last[1:].islower() or last in gz.ORG_HEADS or is_title(last):
        return 0
    before = words[:i]
    if not all(w[1:].islower() and common_word(w) and w not in GIVEN for w in before):
        return 0
    return i if not any(w in gz.ORG_HEADS or gz.place_name(w) for w in before) else 0


def known_place(c: Chunk) -> list[Mention] | None:
    name = c.name
    place = gz.place_name(name) or (gz.place_name(name.title()) if name.isupper() else None)
    return c.mention("place", norm=place) if place else None


def headed(c: Chunk) -> list[Mention] | None:
    """'Andrews Air Force Base' (a place head), 'Lantern Holdings' (an organisation head)."""
    w = c.words
    if len(w) > 1 and w[-1] in gz.PLACE_HEADS and w[-1] not in gz.ORG_HEADS:
        return c.mention("place")
    if w[-1] in gz.ORG_HEADS or any(x in gz.ORG_HEADS for x in w[:-1]) and len(w) > 2:
        return c.mention("organization")
    return None


def camel_case(c: Chunk) -> list[Mention] | None:
    """'NetHarbor', 'SkyLantern': a brand."""
    if c.words[0] not in GIVEN and any(_CAMEL.search(w) for w in c.words):
        return c.mention("organization")
    return None


def place_pair(c: Chunk) -> list[Mention] | None:
    """'Iran-Israel ceasefire', 'Israel-Hamas conflict': a modifier."""
    parts = c.name.split("-")
    if (
        len(parts) > 1
        and parts[-1] not in gz.DEMONYM_PLURALS
        and all(gz.place_name(p) or p in gz.DEMONYM for p in parts)
    ):
        return []
    return None


def place_shaped(c: Chunk) -> list[Mention] | None:
    """'Lake Roe', 'Roe Valley'."""
    w = c.words
    if len(w) > 1 and (w[-1] in gz.PLACE_HEADS or w[0] in gz.PLACE_FIRST):
        return c.mention("place")
    return None


def people(c: Chunk) -> list[Mention] | None:
    """'Palestinians', 'Kurds', 'Anglo-Americans': a people or a movement."""
    name, last = c.name, c.name.split("-")[-1]
    if name in gz.DEMONYM_PLURALS or name in gz.GROUP_NAMES or last in gz.DEMONYM_PLURALS:
        norm = f"{gz.DEMONYM[name]}|people" if name in gz.DEMONYM_PLURALS else ""
        return c.mention("group", norm=norm)
    return None


def national_body(c: Chunk) -> list[Mention] | None:
    """A name opening with a demonym or a place: a named militant group, a party."""
    w = c.words
    if len(w) > 1 and (w[0] in gz.DEMONYM or gz.place_name(w[0])):
        return c.mention("organization")
    return None


def modifier(c: Chunk) -> list[Mention] | None:
    """'Iranian', 'Pro-Roe', 'Oslo-based': an adjective, no actor."""
    name = c.name
    if name in gz.DEMONYM or name.split("-")[-1] in gz.DEMONYM or MODIFIER.search(name):
        return []
    return None


def acronym(c: Chunk) -> list[Mention] | None:
    """'NATO', 'U.N.': an organisation known by its initials."""
    name = c.name
    short = name.isupper() and 2 <= len(name.replace(".", "")) <= 6
    return c.mention("organization") if short else None


def multiword(c: Chunk) -> list[Mention] | None:
    """Two or more words: 'Series A' and 'Roman Catholic' are none, 'The Tech Beat' a
    body, anything else a person until `people.settle_people` asks for evidence."""
    w = c.words
    if len(w) >= 2 and len(w[-1]) == 1:
        return []
    if w[-1] in ADJECTIVES or w[0] in ADJECTIVES and not given_then_surname(w):
        return []  # "Roman Catholic", "Christian Science"; not "Christian Roe"
    if len(w) >= 2:
        body = w[0] == "The" or "&" in w or "of" in w  # "Lantern Lease & Finance of Ruritania"
        return c.mention("organization" if body else "person")
    return None


def lone_word(c: Chunk) -> list[Mention] | None:
    """A stray initial, a lone 'New', 'North', 'The' or 'European'."""
    name = c.name
    if len(name) == 2 and name.endswith("."):
        return []
    if c.surname:
        return None  # "May said" where the text names "Jane May"
    if name in gz.PLACE_FIRST or name in SENTENCE_STARTERS or name in ADJECTIVES:
        return []
    return None


RULES: tuple[Rule, ...] = (
    known_org,
    place_of,
    portfolio,
    titled_person,
    bare_role,
    trailing_role,
    not_an_actor,
    person_after_portfolio,
    known_place,
    headed,
    camel_case,
    place_pair,
    place_shaped,
    people,
    national_body,
    modifier,
    acronym,
    multiword,
    lone_word,
)

# rules that can decide a one-word chunk (the others need two words or more)
RULES_ONE_WORD: tuple[Rule, ...] = tuple(
    r
    for r in RULES
    if r not in (place_of, titled_person, person_after_portfolio, place_shaped, national_body)
)
