"""Capitalised names that are not actors: units, events, products, plurals of models.

Each rule is a small function `(text, mention) -> bool` in `RULES`; a mention any rule
accepts is dropped. Actors are people, organisations, places and groups only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

import pycountry

import store.extract.gazetteer as gz
from store.extract.dictionary import common_word
from store.extract.mentions import Mention, word_uses
from store.extract.names import is_given
from store.extract.products import is_model
from store.extract.thing_uses import sold
from store.extract.wordlists import alternation, phrases, section, words

Rule = Callable[[str, Mention], bool]


@cache
def _currencies() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.currencies)


_MONEY = re.compile(r"\s?\$|\s+(?:dollars?|cents)\b")


_SHORT = re.compile(r"[A-Za-z]{1,6}\d?")
_NON_ACTOR = words("non_actor_acronyms")
_EVENT_HEADS = words("event_heads")
_EVENT_FIRSTS = phrases("event_firsts")
_PRODUCT_HEADS = words("product_heads")


def unit_acronym(text: str, m: Mention) -> bool:
    """'GB', 'USD', 'BST', 'PCs', '16 GB': a unit, currency, format or time zone."""
    w = m.surface.replace(".", "")
    if "-" in w and w.replace("-", "").upper() in _NON_ACTOR:
        return True  # "Wi-Fi"
    if not w[:2].isupper() or len(w) > 7 or not _SHORT.fullmatch(w):
        return False
    up = w.upper()
    if _MONEY.match(text, m.end):
        return True  # "US$ 49", "US $129", "US dollars": a currency
    if up in _NON_ACTOR or up in _currencies():
        return True
    if re.fullmatch(r"[A-Z]{2,5}s", w):
        return True  # "PCs", "SUVs": a plural is a kind of thing
    return bool(re.search(r"\d\s*$", text[max(0, m.start - 8) : m.start]))  # "16 GB"


_TICKER = re.compile(rf"\b{alternation('lists_things', 'ticker_before')}:?\s*\(?\s*$")


def ticker(text: str, m: Mention) -> bool:
    """'Lantern shares (LNTN)', '(NASDAQ: LNTN)': a stock ticker in parentheses."""
    w = m.surface
    if not (w.isupper() and 2 <= len(w) <= 5 and w.isalpha()) or text[m.end : m.end + 1] != ")":
        return False
    before = text[max(0, m.start - 12) : m.start]
    return "(" in before and bool(_TICKER.search(before))


def event(text: str, m: Mention) -> bool:
    """'Worldwide Developers Conference', 'the Summer Games' (not 'Conference of X');
    'Hurricane Zelda', 'Space Shuttle Kestrel': a storm or a craft."""
    if " " not in m.surface:
        return False
    first = m.surface.split(" ", 2)
    if first[0] in _EVENT_FIRSTS or " ".join(first[:2]) in _EVENT_FIRSTS:
        return m.surface.rsplit(" ", 1)[-1] not in gz.ORG_HEADS  # not "HMS Holdings"
    return m.kind != "person" and m.surface.rsplit(" ", 1)[-1] in _EVENT_HEADS


def product(text: str, m: Mention) -> bool:
    """'the Music Store', 'Kestrel OS', 'Lantern TV': a store, system or device inside a
    product."""
    if m.role:
        return False
    parts = m.surface.split(" ")
    if len(parts) > 1 and parts[-1].upper() in _NON_ACTOR:
        return True  # "Lantern TV", "Kestrel OS"
    if len(parts) > 1 and any(p.upper() in _NON_ACTOR for p in parts):  # "OS Kestrel"
        return not any(p in gz.ORG_HEADS for p in parts) and not _acts(text, m.surface)
    if m.kind == "person" and is_given(parts[0], common=True):
        return False  # "Jane Store": a person
    return parts[-1] in _PRODUCT_HEADS  # "Lamp App Store": no common given name before


def model_plural(text: str, m: Mention) -> bool:
    """'two Airbuses', 'the Dreamliners': the plural of a name is a fleet of a model."""
    w = m.surface
    if " " in w or not w.endswith("s") or w.endswith("ss") or m.kind not in ("", "organization"):
        return False
    if w in gz.DEMONYM_PLURALS or w in gz.GROUP_NAMES or gz.place_name(w):
        return False
    stem = w[:-2] if w.endswith("es") else w[:-1]
    return _unpossessed_use(text, stem) or _unpossessed_use(text, w[:-1])


def _unpossessed_use(text: str, word: str) -> bool:
    """Does `word` stand somewhere as a whole word with no apostrophe after it (what the
    regex "\\b" + word + "\\b(?!['’])" finds; str.find instead: a regex made per word cost
    more to compile than to search)? Every place is tried, overlapping ones too."""
    if not word:
        return re.search(r"\b(?!['’])", text) is not None  # (not met: words end in "s")
    head, tail, n, size = _is_w(word[0]), _is_w(word[-1]), len(word), len(text)
    i = text.find(word)
    while i >= 0:
        e = i + n
        before = i > 0 and _is_w(text[i - 1])
        after = e < size and _is_w(text[e])
        if before != head and after != tail and text[e : e + 1] not in ("'", "’"):
            return True
        i = text.find(word, i + 1)
    return False


def _is_w(c: str) -> bool:
    """Is `c` a regex word character (\\w: a letter, a digit or "_")?"""
    return c.isalnum() or c == "_"


_OWNER = re.compile(r"\b([A-Z][\w.&-]*)['’]s\s+(?:new\s+|latest\s+)?$")


def owned_product(text: str, m: Mention) -> bool:
    """A lone guessed name after a company's possessive: 'Kestrel's Lantern browser'."""
    if not m.guess or " " in m.surface:
        return False
    own = _OWNER.search(text[max(0, m.start - 40) : m.start])
    return bool(own) and gz.place_name(own.group(1)) is None and own.group(1) not in gz.DEMONYM


_OWNED_BODY = re.compile(rf"\s+(?:{alternation('lists_things', 'owned_body')})\b")


def owned_name(text: str, m: Mention) -> bool:
    """'Kestrel's KOS', 'Kestrel's Media Lantern': an organisation's name that only ever
    follows another body's possessive, never a unit of it, and never acts, is a thing it
    makes (not 'Kestrel's Lantern unit', a body)."""
    if m.role or m.kind != "organization":
        return False
    return _owned_name(text, m.surface)


@lru_cache(maxsize=1024)
def _owned_name(text: str, w: str) -> bool:
    """`owned_name` for the organisation's name `w` (the same for all its mentions)."""
    if w in gz.KNOWN_ORGS or any(p in gz.ORG_HEADS for p in w.split()):
        return False
    for u in word_uses(text, w):
        own = _OWNER.search(text, max(0, u.start() - 40), u.start())
        if own is None or own.group(1) in gz.DEMONYM or gz.place_name(own.group(1)):
            return False
        given = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, own.start() - 20) : own.start()])
        if given and is_given(given.group(1), common=True):
            return False  # "Jane Roe's Lantern Holdings": a person owns a body
        if _OWNED_BODY.match(text, u.end()):
            return False
    return not _acts(text, w)


_CAMEL = re.compile(r"^(?!Mc|Mac[A-Z]|O'|Le|La|De|Di|Du|Da|Van|Von|Del)[A-Z][a-z]+[A-Z][a-z]")
_SURNAME_CAMEL = re.compile(r"(?:Mc|Mac|O'|Le|La|De|Di|Du|Da|Van|Von|Del)([A-Z][a-z]+)")
_POSSESSED = alternation("lists_things", "possessed")
_CAMEL_ANY = re.compile(r"[A-Z][a-z]+[A-Z][a-z]")
_AGENT = re.compile(
    rf"(?:['’]s\s+{_POSSESSED}|(?:\s+(?:today|yesterday|on\s+[A-Z][a-z]+day))?"
    rf"\s+{alternation('lists_things', 'after')})\b"
)
_SOURCE_BEFORE = re.compile(rf"\b{alternation('lists_things', 'source')}\s+$")
# "X, which hosted the site, closed it", "X is claiming": a camel-case name that acts
_CAMEL_AGENT = re.compile(
    r",\s+which\s+[^,;.!?\"“”]{1,60},\s+[a-z]+ed\b"
    rf"|\s+(?:is|was)\s+{alternation('lists_things', 'doing')}\b"
)


def _camel_name(w: str) -> bool:
    """'GarageBand', or 'PowerBook Pro' (a camel-case brand and ordinary words after it);
    not 'AirLantern Airways' (an organisation word) nor 'MacLeod' alone (a surname)."""
    first, _, rest = w.partition(" ")
    if not rest:
        prefixed = _SURNAME_CAMEL.fullmatch(w)  # "MacLeod" a surname, "MacLamp" a brand
        return bool(_CAMEL.match(w)) or bool(prefixed) and _plain_common(prefixed.group(1))
    if not _CAMEL_ANY.match(first) or is_given(first):
        return False
    return all(_plain_common(x) and x not in gz.ORG_HEADS for x in rest.split(" "))


def camel_product(text: str, m: Mention) -> bool:
    """'GarageBand', 'PowerBook Pro': a brand in camel case is a product unless a body's
    doing follows one of its uses ("Lantern's CEO", "Lantern said")."""
    w = m.surface
    if m.kind not in ("organization", "person") or m.role or not _camel_name(w):
        return False
    uses = word_uses(text, w)
    if any(_AGENT.match(text, u.end()) for u in uses):
        return False
    if any(_CAMEL_AGENT.match(text, u.end()) and _opens_clause(text, u) for u in uses):
        return False  # (not "the TarnPad, which ..., topped", "demand for TarnPad, which")
    return not any(_SOURCE_BEFORE.search(text, max(0, u.start() - 20), u.start()) for u in uses)


_ARTICLE = re.compile(rf"\b{alternation('lists_things', 'article')}\s+$")


def article_thing(text: str, m: Mention) -> bool:
    """'the Macintosh', 'a Skyliner', 'its Lantern': an unknown lone word that takes an
    article or a possessive in every use, and never acts as a body, is a thing."""
    if not m.guess or " " in m.surface:
        return False
    uses = word_uses(text, m.surface)
    if any(_AGENT.match(text, u.end()) for u in uses):
        return False
    return all(_ARTICLE.search(text, max(0, u.start() - 8), u.start()) for u in uses)


_CLAUSE_START = re.compile(
    rf"(?:[.!?;:,\"“”(`']|\b{alternation('lists_things', 'clause_opener')})\s*$"
)


def _opens_clause(text: str, u: re.Match[str]) -> bool:
    """Is the name at `u` the first word of its clause (its subject, not the object of a
    preposition or an article's noun)? At the text's start, after punctuation or a
    conjunction ("Kestrel said that ZorbNet, which ...")."""
    start = u.start()
    if not text[:start].strip():
        return True
    return bool(_CLAUSE_START.search(text, max(0, start - 12), start))


_LOWER_CAMEL = re.compile(r"\b[a-z]{1,3}[A-Z]\w*\s+$")


def product_line(text: str, m: Mention) -> bool:
    """'the iLamp Nano', 'eLantern Pro': a name after a lower-case brand is its model."""
    if m.role or m.kind == "place" or m.start < 3 or not text[m.start - 2].isalnum():
        return False
    return bool(_LOWER_CAMEL.search(text, max(0, m.start - 20), m.start))


_OWNS = re.compile(r"['’]s\s+(?:[A-Z]|[a-z]{1,3}[A-Z])")  # "Kestrel's Lantern", "Kestrel's iLamp"
_AND_NAME = re.compile(r"\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")
_KIND = alternation("lists_things", "kind")
_BODY_APPOSITION = re.compile(rf",\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{_KIND}\b")
_KIND_BEFORE = re.compile(rf"\b{_KIND}\s+$")  # "rival Kestrel", "carrier Lantern Air"
# "Strelsau-owned Kestrel Works", "state-backed Kestrel": only a body is owned or backed
_HELD = re.compile(r"\w-(?:owned|based|backed|controlled)\s+$")
# "Kestrel's worldwide vice-president": a body's people (role nouns of store/extract/roles.py)
_STAFF = re.compile(
    r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}?(?:"
    + "|".join(sorted(map(re.escape, section("lists_roles", "ROLE_NOUNS")), key=len, reverse=True))
    + r")\b"
)


def _acts(text: str, word: str) -> bool:
    """Does some use of `word` show a body's doing ("X said", "X's CEO", "according to X",
    "X's Lantern browser", "X, an anti-war group,")?"""
    for u in word_uses(text, word):
        e = u.end()
        also = _AND_NAME.match(text, e)
        if also and _AGENT.match(text, also.end()):
            return True  # "X and Y agreed"
        if _AGENT.match(text, e) or _OWNS.match(text, e) or _BODY_APPOSITION.match(text, e):
            return True
        if _STAFF.match(text, e):
            return True
        before = max(0, u.start() - 20)
        if _SOURCE_BEFORE.search(text, before, u.start()) or _KIND_BEFORE.search(
            text, before, u.start()
        ):
            return True
        if _HELD.search(text, before, u.start()):
            return True
    return False


def _plain_common(w: str) -> bool:
    """An ordinary word written plainly ('Tiger', not 'NeXT' or 'LifeSavers')."""
    return w[1:].islower() and common_word(w)


def common_noun(text: str, m: Mention) -> bool:
    """'Tiger', 'Safari', 'Spotlight': a lone word of unknown kind that is an ordinary
    English word, and never acts as a body, names a thing (a product, a feature)."""
    if not m.guess or " " in m.surface:
        return False
    return _plain_common(m.surface) and not _acts(text, m.surface)


def common_phrase(text: str, m: Mention) -> bool:
    """'Active Directory', 'Media Center': a name made only of ordinary words, with no
    given name, organisation or place word in it, that never acts, names a thing."""
    if m.role or m.kind not in ("organization", "person") or " " not in m.surface:
        return False
    words = [w for w in m.surface.split() if w not in _SMALL]
    if any(
        w in gz.ORG_HEADS or w in gz.KNOWN_ORGS or gz.place_name(w) or is_given(w, common=True)
        for w in words
    ):
        return False
    if not all(_plain_common(w) for w in words) or _makes(text, m.end):
        return False
    return not _acts(text, m.surface)


def _makes(text: str, end: int) -> bool:
    """A model code or a flight after the name: "Lantern Air Flight 12" is an operator's."""
    nxt = re.match(r"\s+([\w-]+)", text[end : end + 30])
    return bool(nxt) and (is_model(nxt.group(1)) or nxt.group(1) in words("model_words"))


_SMALL = frozenset(("of", "the", "and", "for", "a", "de"))


_AFTER_MODEL = re.compile(r"\b(?:[A-Z]{0,3}\d{2,}[\w-]*)\s+$")


def model_name(text: str, m: Mention) -> bool:
    """'the new 787 Harbinger', 'an A400 Lantern': a lone unknown word after a model code
    is the model's name, unless some use of it acts as a body."""
    if not m.guess or " " in m.surface:
        return False
    uses = word_uses(text, m.surface)
    if not any(_AFTER_MODEL.search(text, max(0, u.start() - 12), u.start()) for u in uses):
        return False
    return not _acts(text, m.surface)


def product_use(text: str, m: Mention) -> bool:
    """'Lantern users', 'the new Lantern': a name used as a product and never as a body."""
    return sold(text, m) and not _acts(text, m.surface)


RULES: tuple[Rule, ...] = (
    unit_acronym,
    ticker,
    event,
    product,
    model_plural,
    owned_product,
    owned_name,
    camel_product,
    product_line,
    article_thing,
    common_noun,
    common_phrase,
    model_name,
    product_use,
)


# the rules that read where a mention stands (the text just before or after it); the
# others read only its words, kind, role and guess, so a name the article repeats is
# decided once for all its mentions alike
_PLACED = (unit_acronym, ticker, owned_product, product_line, common_phrase)
_UNPLACED = tuple(r for r in RULES if r not in _PLACED)


def drop_things(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions no rule marks as a thing."""
    out = []
    decided: dict[tuple[str, str, str, bool], bool] = {}
    for m in ms:
        if _any_rule(_PLACED, text, m):
            continue
        key = (m.surface, m.kind, m.role, m.guess)
        thing = decided.get(key)
        if thing is None:
            thing = decided[key] = _any_rule(_UNPLACED, text, m)
        if not thing:
            out.append(m)
    return out


def _any_rule(rules: tuple[Rule, ...], text: str, m: Mention) -> bool:
    for rule in rules:
        if rule(text, m):
            return True
    return False
