"""One actor per real entity: mentions grouped under a canonical full name.

Within an article a surname, "President Trump" or an acronym joins the full name
it abbreviates; which actors are one across articles is store.identity's question.
"""

from __future__ import annotations

import re
from functools import lru_cache

import store.extract.gazetteer as gz
from store.extract.actors import Mention
from store.extract.bodies import unit_of
from store.extract.lexicon import TITLE_ACRONYMS
from store.extract.wordlists import alternation, section
from store.models import Actor, slugify

_INSTITUTIONS = section("lists_cluster", "_INSTITUTIONS")  # "the Cabinet met"
_PARTICLES = section("lists_cluster", "_PARTICLES")
# "its unit ZRB Finance Corp.": a name the text gives as a part of another body
_UNIT_BEFORE = re.compile(rf"\b{alternation('lists_cluster', '_UNIT_NOUNS')},?\s+$")


_SUFFIX = re.compile(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)$")


def _name_tails(name: str) -> list[str]:
    """Shorter forms a person's full name is referred to by ("Al Ansari", "Ansari")."""
    words = _SUFFIX.sub("", name).split()
    out = []
    for i in range(1, len(words)):
        tail = " ".join(words[i:])
        if words[i].lower() in _PARTICLES or i == len(words) - 1:
            out.append(tail)
    return out


def cluster(mentions: list[Mention], text: str = "") -> dict[str, Actor]:
    """Assign `key` to every mention and return the actors by key (canonical name);
    `text` (the mentions' text) tells which names it gives as a body's unit."""
    actors: dict[str, Actor] = {}
    keys: dict[str, str] = {}  # group/organisation norm ("Cuba|government") -> key
    long_names = sorted(
        {m.surface for m in mentions if m.kind == "person" and len(m.surface.split()) >= 2},
        key=len,
        reverse=True,
    )
    tails = {n: _name_tails(n) for n in long_names}

    by_slug: dict[str, str] = {}
    guessed: set[str] = set()  # actors whose kind is only a default so far
    slugs: dict[str, str] = {}  # name -> slugify(name), asked for each mention

    def slug(name: str) -> str:
        got = slugs.get(name)
        if got is None:
            got = slugs[name] = slugify(name)
        return got

    def add(key: str, m: Mention) -> None:
        key = by_slug.get(slug(key), key)  # "Nato" and "NATO" are one actor id
        a = actors.get(key)
        if a is None:
            a = actors[key] = Actor(id=slug(key), name=key, kind=m.kind, description=m.role)
            by_slug[a.id] = key
            if m.guess:
                guessed.add(key)
        elif key in guessed and not m.guess and m.kind == "person":
            a.kind = "person"  # "the attack on Roe" guessed; "Roe, 52," is evidence
            guessed.discard(key)
            for o in mentions:
                if o.key == key:
                    o.kind = "person"
        if m.surface != key and m.surface not in a.aliases:
            a.aliases.append(m.surface)
        if m.role and not a.description:
            a.description = m.role
        m.key = key
        m.kind = a.kind

    office = _office_holders(mentions)
    for m in mentions:
        if m.surface in TITLE_ACRONYMS and m.kind == "person":
            # "POTUS": the one person the text gives that office, else the office itself
            holders = office.get(TITLE_ACRONYMS[m.surface], [])
            add(holders[0] if len(holders) == 1 else m.surface, m)
            continue
        if m.canon:
            key = m.canon  # "Qatar's Ministry of Foreign Affairs"
        elif m.kind == "place":
            key = m.norm or m.surface
            if key.isupper() and len(key) > 3:
                key = key.title()
        elif "|" in m.norm:
            key = keys.setdefault(m.norm, m.surface)
        elif m.kind == "person" or len(m.surface.split()) == 1:
            cands = [n for n in long_names if m.surface in tails[n]]
            key = m.surface
            if cands:
                # the most recently mentioned full name wins when several share it
                key = max(cands, key=lambda n: _last_before(mentions, n, m.start))
                m.kind = "person"
        else:
            key = m.surface
        if m.kind == "organization" and len(m.surface.split()) == 1 and key == m.surface:
            alias = _org_head_alias(actors, m.surface)
            if alias is None and m.surface in gz.ORG_HEADS and m.surface not in _INSTITUTIONS:
                m.key = ""
                continue  # a lone "Loan", "Party": a common noun, unless it names one above
            key = alias or key
        add(key, m)
    units = _units(text, mentions)
    if _merge_short_forms(actors, mentions, units):
        # "Kestrel" once "Kestrel-Tarn" joined its Co.
        _merge_short_forms(actors, mentions, units)
    mentions[:] = [m for m in mentions if m.key]  # dropped common nouns are no mentions
    return actors


def unqualified(name: str) -> str:
    """A body's name without the country that owns it ("Norway's Ministry of Health" ->
    "Ministry of Health"); the name itself when it has none."""
    m = re.match(r"(.+?)['’]s\s+(\S.*)$", name)
    if m and m.group(1) in gz.COUNTRIES:
        return m.group(2)
    first, _, rest = name.partition(" ")
    if rest and first in gz.DEMONYM and gz.DEMONYM[first] in gz.COUNTRIES:
        return rest
    return name


# each office's role pattern, built once ("Vice President" holds no presidency)
_OFFICE_RX = {o: re.compile(rf"(?<!Vice )(?<!Vice-)\b{o}$") for o in TITLE_ACRONYMS.values()}


def _office_holders(mentions: list[Mention]) -> dict[str, list[str]]:
    """Office -> names of the people the text gives it ("President Trump")."""
    out: dict[str, list[str]] = {}
    people = [  # only a role can name an office
        m for m in mentions if m.kind == "person" and m.surface not in TITLE_ACRONYMS and m.role
    ]
    for office in TITLE_ACRONYMS.values() if people else ():
        rx = _OFFICE_RX[office]
        for m in people:
            if rx.search(m.role):
                names = out.setdefault(office, [])
                if m.surface not in names and not any(m.surface in n for n in names):
                    names.append(m.surface)
    for office, names in out.items():  # "Trump" and "Donald Trump" are one person
        out[office] = [n for n in names if not any(n != o and n in _name_tails(o) for o in names)]
    return out


_CORP_SUFFIX = re.compile(r"\s+(?:Inc|Corp|Co|Cos|Ltd|PLC|Plc|LLC|Group|Holdings)\.?$")


def _short_form_of(short: Actor, long: Actor) -> bool:
    """Is `short` a shorter name the text uses for `long`?"""
    s, n = short.name, long.name
    if short.kind == "person" and long.kind == "person":
        return _person_short(s, n)
    if long.kind != "organization" or short.kind not in ("organization", "person"):
        return False
    if _ACRONYM.fullmatch(s):
        return _acronym_of(s, n)
    sw, nw = s.split(), n.split()
    if len(sw) == 2 and sw[0] == nw[0] == "The" and sw[-1] == nw[-1]:
        return True  # "The Times" for "The New York Times"
    if short.kind == "organization" and unqualified(n) == s:
        return True  # "Ministry of Health" after "Norway's (or the Norwegian) Ministry of Health"
    core = _CORP_SUFFIX.sub("", n)
    if core != n and (core == s or core.endswith(" " + s)):
        return True  # "Halvorsen" / "Brandt" for "Halvorsen Co." / "Adam Brandt Co."
    if core != n and _capitals_first(n) == s.upper():
        return True  # "Zorbex" for "ZORBEX PRODUCTS Inc." (a name in a headline's capitals)
    if n.startswith(s + " ") or n.startswith(s + "-"):
        # "Reuters" / "Anheuser"; a lone word guessed a person ("Ruricom" / "Ruricom Systems")
        return short.kind == "organization" or core != n or " " not in s
    first = n.split()[0]
    prefixed = gz.place_name(first) is not None or first.replace(".", "").isupper()
    if prefixed and n[len(first) + 1 :] == s:
        return True  # "U.S. X" / "X", "UN Security Council"
    return _placed(n, s) and " " in n[: len(n) - len(s)].strip()


def _capitals_first(name: str) -> str:
    """The first word of a name whose first word is written in capitals ("ZORBEX")."""
    first = name.split()[0]
    return first if len(first) > 3 and first.isupper() else ""


def _person_short(s: str, n: str) -> bool:
    """'Jane Roe', 'Jan Roe' for 'Janet M. Roe'; 'Elias' / 'Juan Pablo' for the full name."""
    sw, nw = s.split(), n.split()
    if len(sw) == 2 and len(nw) >= 2 and sw[-1] == nw[-1] and _same_given(sw[0], nw[0]):
        return len(nw) > 2 or sw[0] != nw[0]
    return n.startswith(s + " ")


def _acronym_of(s: str, n: str) -> bool:
    """Initials, with or without a country or a corporate tail ("KZR" for "Kell Zorbex
    Raine & Co."); a company's first word ("ZRB" for "ZRB Holdings Inc."); "BYD" / "BYD Co"."""
    bare = s.replace(".", "").replace("&", "")
    core = _CORP_SUFFIX.sub("", n)
    if core != n and n.startswith(s + " "):
        return True
    return bare in _initials_all(n) or bare in _initials_all(core) or core == s


def _placed(long: str, short: str) -> bool:
    """Is `long` the name `short` after a place's name ("United States Air Force")?"""
    lead = long[: len(long) - len(short)].strip()
    return long.endswith(" " + short) and gz.place_name(lead) is not None


def _same_given(short: str, full: str) -> bool:
    """'Jane'/'Jane', 'Tim'/'Timothy': the same first name, or a short form of it."""
    return short == full or len(short) >= 3 and full.startswith(short) and full[1:].islower()


@lru_cache(maxsize=4096)
def _initials_all(name: str) -> frozenset[str]:
    words = [w for w in re.findall(r"[A-Za-z][\w'.-]*", name) if w[0].isupper()]
    out = {"".join(w[0] for w in words)}
    if words and gz.place_name(words[0]):
        out.add("".join(w[0] for w in words[1:]))
    return frozenset(out)


_ACRONYM = re.compile(r"[A-Z.&]{2,8}")


def _units(text: str, mentions: list[Mention]) -> frozenset[str]:
    """Names the text gives as a unit of a body ("its unit ZRB Finance Corp.",
    "the subsidiary Tarnby Credit")."""
    return frozenset(
        m.surface for m in mentions if _UNIT_BEFORE.search(text, max(0, m.start - 40), m.start)
    )


def _parent_of_unit(short: str, long: Actor, units: frozenset[str]) -> bool:
    """Is `short` the body whose unit `long` is ("ZRB" / "its unit ZRB Finance Corp.")?
    The unit's own short form ("ZRB Finance") still joins it."""
    if not ({long.name, *long.aliases} & units):
        return False
    return long.name.startswith(short + " ") and _CORP_SUFFIX.sub("", long.name) != short


def _merge_short_forms(
    actors: dict[str, Actor], mentions: list[Mention], units: frozenset[str] = frozenset()
) -> bool:
    """Fold first names, acronyms and company short names into the one full name they
    abbreviate, never a parent into its unit; when two full names fit, nothing is
    merged. Did any fold?"""
    folded = False
    for key in list(actors):
        a = actors.get(key)
        if a is None or a.kind in ("place", "group"):
            continue
        last = a.name.split()[-1] if a.name.split() else a.name
        acronym = _ACRONYM.fullmatch(a.name) is not None
        longs = [
            b
            for b in actors.values()
            if len(b.name) > len(a.name)
            and b.kind != "place"
            and (acronym or last in b.name or last.upper() in b.name)  # shares its last word
            and _short_form_of(a, b)
            and not unit_of(b.name, a.name)  # "Zenda Police Records" is no "Zenda Police"
            and not _parent_of_unit(a.name, b, units)
        ]
        placed = [b for b in longs if _placed(b.name, a.name)]  # not "Air Force Band"
        # "Kestrel" is "Kestrel Corp.", not "Kestrel Tarn Acquisition Corp."
        exact = [b for b in longs if _CORP_SUFFIX.sub("", b.name) == a.name]
        if len(longs) == 1 or len(placed) == 1 or len(exact) == 1:
            _fold(actors, mentions, key, (placed or exact or longs)[0])
            folded = True
    return folded


def _fold(actors: dict[str, Actor], mentions: list[Mention], key: str, b: Actor) -> None:
    """Actor `key` becomes names of `b`: its names turn aliases, its mentions b's."""
    a = actors.pop(key)
    for alias in [a.name, *a.aliases]:
        if alias != b.name and alias not in b.aliases:
            b.aliases.append(alias)
    b.description = b.description or a.description
    for m in mentions:
        if m.key == key:
            m.key = b.name
            m.kind = b.kind


def _org_head_alias(actors: dict[str, Actor], word: str) -> str | None:
    """'the Church' after 'Church of Scientology': the organisation it heads."""
    if word not in gz.ORG_HEADS:
        return None
    for a in reversed(list(actors.values())):
        if a.kind == "organization" and word in a.name.split() and a.name != word:
            return a.name
    return None


def _last_before(mentions: list[Mention], surface: str, pos: int) -> int:
    best = -1
    for m in mentions:
        if m.surface == surface and m.start <= pos:
            best = m.start
    return best
