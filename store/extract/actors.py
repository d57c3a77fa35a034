"""Actor mentions: capitalised name chunks, their kind, role and place in the text.

A chunk is a run of capitalised words (with "of", "al", "bin"... inside names).
Titles before a name become the person's role ("Secretary General Mark Rutte");
places, demonyms and organisation words come from the gazetteer; a demonym before a
people noun makes a group or a government body ("Qatari officials", "Cuban government").
"""

from __future__ import annotations

import re

from store.extract import gazetteer as gz
from store.extract.chunks import MODIFIER, chunks
from store.extract.context import (
    dateline_places,
    demonym_group,
    employers,
    looks_like_title,
    metonymic,
    owned_bodies,
    settle_single,
    the_names,
    trailing_nouns,
    uncap,
)
from store.extract.lexicon import (
    ADJECTIVES,
    SENTENCE_STARTERS,
    TITLE_ACRONYMS,
    TITLE_WORDS,
)
from store.extract.mentions import Mention, Tok, bare, tokens
from store.extract.names import GIVEN, is_given
from store.extract.people import settle_people
from store.extract.products import drop_products
from store.extract.sentences import Sentence
from store.extract.things import drop_things

__all__ = ["Mention", "bare", "chunks", "classify", "find_mentions"]


_DIGIT = re.compile(r"\d")
_INITIAL = re.compile(r"[A-Z]\.$").match
_CAMEL = re.compile(r"^(?!Mc|Mac|O'|Le|La|De|Di|Du|Da|Van|Von|Del)[A-Z][a-z]+[A-Z][a-z]")
_INVERTED_CUES = frozenset("Says Said Adds Added Asks Asked Writes Wrote Recalls Recalled".split())
_PORTFOLIO_TAILS = frozenset("Affairs Relations Policy Matters".split())
_ROYAL = frozenset("King Queen Prince Princess Pope Emperor Empress Sultan Emir Sheikh".split())


def _place(words: list[str], name: str) -> str | None:
    return gz.place_name(name) or (gz.place_name(name.title()) if name.isupper() else None)


def classify(text: str, chunk: list[Tok]) -> list[Mention]:
    """Mentions in one chunk: leading place/org and role words, then the name."""
    words = [bare(t) for _, _, t in chunk]
    if len(words) > 2 and words[0] == "The" and _is_title(words[1]):
        chunk, words = chunk[1:], words[1:]  # "as The Chairman of the Board will show"
    if chunk_title_acronym(words):
        s0, e0 = chunk[0][0], chunk[0][0] + len(words[0])
        return [Mention(s0, e0, text[s0:e0], "person", role=TITLE_ACRONYMS[words[0]])]
    # leading role words with nothing of the name yet ("President of the Church of ...")
    k = 0
    while k < len(words) - 1 and (words[k] in TITLE_WORDS or words[k] in ("of", "the")):
        if words[k + 1] in ("of", "the") or words[k + 1] in TITLE_WORDS:
            k += 1
            continue
        break
    if k and words[k] in ("of", "the"):
        chunk, words = chunk[k + 1 :], words[k + 1 :]
        while words and words[0] in ("of", "the"):
            chunk, words = chunk[1:], words[1:]
        if not chunk:
            return []
    if len(words) > 1 and words[-1] in gz.DOC_HEADS:
        if not any(w in gz.ORG_HEADS or w.isupper() for w in words[:-1]):
            return []  # "US Constitution", "Patriot Act"
        chunk, words = chunk[:-1], words[:-1]  # "UN Security Council (Resolution)"
    start, end = chunk[0][0], chunk[-1][0] + len(words[-1])
    name = text[start:end]
    if name in gz.KNOWN_ORGS:
        return [Mention(start, end, name, "organization")]
    # a person after role words: "US President Donald Trump", "Secretary of State X"
    t = max((i for i, w in enumerate(words[:-1]) if _is_title(w)), default=-1)
    org_of = any(
        w in gz.ORG_HEADS and i + 1 < len(words) and words[i + 1] == "of"
        for i, w in enumerate(words[:3])
    )
    if org_of and not (words[0] not in gz.ORG_HEADS and words[-1] in GIVEN):
        t = -1  # "Ministry of Foreign Affairs", "Qatari Ministry of Foreign Affairs"
    if words[0] in gz.PLACE_HEADS and len(words) > 2 and words[1] == "of":
        return [
            Mention(
                chunk[0][0],
                chunk[-1][0] + len(words[-1]),
                text[chunk[0][0] : chunk[-1][0] + len(words[-1])],
                "place",
            )
        ]
    if words[-1] in _PORTFOLIO_TAILS and not any(w in gz.ORG_HEADS for w in words):
        return []  # "(Minister for) Foreign Affairs": a portfolio, not a name
    rest_words = words[t + 1 :]
    named = bool(rest_words) and rest_words[0] in GIVEN
    if t >= 0 and (named or not any(w in gz.ORG_HEADS or w in gz.PLACE_HEADS for w in rest_words)):
        role_s, role_e = start, chunk[t][0] + len(words[t])
        out: list[Mention] = []
        lead = [
            i for i in range(t + 1) if not _is_title(words[i]) and words[i] not in ("of", "the")
        ]
        if lead and lead[0] == 0:
            j = 0
            while j + 1 < len(lead) and lead[j + 1] == lead[j] + 1:
                j += 1
            sub = chunk[: lead[j] + 1]
            for lm in classify(text, sub):
                if lm.kind == "":
                    lm.kind = "organization"  # "Tesla CEO Elon Musk": the employer
                if lm.kind != "person":
                    out.append(lm)
        rest = chunk[t + 1 :]
        p_s = rest[0][0]
        person = text[p_s:end]
        if (
            person in gz.DEMONYM
            or gz.place_name(person)
            or all(_is_title(w) for w in words[t + 1 :])
        ):
            return out  # "Former Soviet (leader)": no name after the role
        if words[t] in _ROYAL:  # "King Hussein" is a name, not Hussein with a role
            p_s = chunk[t][0]
            person = text[p_s:end]
        out.append(Mention(p_s, end, person, "person", role=text[role_s:role_e]))
        return out
    if any(_is_title(w) for w in words) and all(
        _is_title(w) or w in ("of", "the") or w in gz.DEMONYM for w in words
    ):
        return []  # "Sudanese Minister": a role with no name
    if words[-1] in ("Day", "Eve", "Week") and len(words) > 1:
        return []  # "New Year's Day", "Memorial Day": dates, not actors
    if name in gz.EVENT_NAMES or len(name) == 1 or _DIGIT.search(words[0]):
        return []  # "Cold War", "B-2 Spirit", "GBU-57 ...": not actors
    split = _person_after_portfolio(words)
    if split:  # "(Secretary for) Roads Jane Roe", "(Secretary of the) Air Force Tom Smith"
        head = [m for m in classify(text, chunk[:split]) if m.kind == "organization"]
        p_s = chunk[split][0]
        role = text[start : chunk[split - 1][0] + len(words[split - 1])]
        return head + [Mention(p_s, end, text[p_s:end], "person", role=role)]
    place = _place(words, name)
    if place:
        return [Mention(start, end, name, "place", norm=place)]
    if len(words) > 1 and words[-1] in gz.PLACE_HEADS and words[-1] not in gz.ORG_HEADS:
        return [Mention(start, end, name, "place")]  # "Andrews Air Force Base"
    if words[-1] in gz.ORG_HEADS or any(w in gz.ORG_HEADS for w in words[:-1]) and len(words) > 2:
        return [Mention(start, end, name, "organization")]
    if words[0] not in GIVEN and any(_CAMEL.search(w) for w in words):
        return [Mention(start, end, name, "organization")]  # "NetHarbor", "SkyLantern"
    parts = name.split("-")
    if (
        len(parts) > 1
        and parts[-1] not in gz.DEMONYM_PLURALS
        and all(gz.place_name(p) or p in gz.DEMONYM for p in parts)
    ):
        return []  # "Iran-Israel ceasefire", "Israel-Hamas conflict": a modifier
    place = _place(words, name)
    if place:
        return [Mention(start, end, name, "place", norm=place)]
    if len(words) > 1 and (words[-1] in gz.PLACE_HEADS or words[0] in gz.PLACE_FIRST):
        return [Mention(start, end, name, "place")]
    last = name.split("-")[-1]
    if name in gz.DEMONYM_PLURALS or name in gz.GROUP_NAMES or last in gz.DEMONYM_PLURALS:
        norm = f"{gz.DEMONYM[name]}|people" if name in gz.DEMONYM_PLURALS else ""
        return [Mention(start, end, name, "group", norm=norm)]
    if len(words) > 1 and (words[0] in gz.DEMONYM or gz.place_name(words[0])):
        return [Mention(start, end, name, "organization")]  # e.g. a named militant group
    if name in gz.DEMONYM or name.split("-")[-1] in gz.DEMONYM or MODIFIER.search(name):
        return []
    if name.isupper() and 2 <= len(name.replace(".", "")) <= 6:
        return [Mention(start, end, name, "organization")]
    if len(words) >= 2 and len(words[-1]) == 1:
        return []  # "Series A", "Plan B"
    if words[0] in ADJECTIVES or words[-1] in ADJECTIVES:
        return []  # "Roman Catholic", "Communist Pioneer", "Indiana Republican"
    if len(words) >= 2 and words[0] == "The":
        return [Mention(start, end, name, "organization")]  # "The Tech Beat"
    if len(words) >= 2:
        return [Mention(start, end, name, "person")]
    if len(name) == 2 and name.endswith("."):
        return []  # a stray initial
    if name in gz.PLACE_FIRST or name in SENTENCE_STARTERS or name in ADJECTIVES:
        return []  # a lone "New", "North", "The", "European"
    return [Mention(start, end, name, "")]  # decided later (surname, org or nothing)


def _person_after_portfolio(words: list[str]) -> int:
    """Index of a given name opening a two-word person after words that are no name
    ("Roads Jane Roe" -> 1); 0 when there is none."""
    if len(words) < 3 or words[0] in GIVEN or words[-1] in gz.ORG_HEADS:
        return 0
    for i in range(1, len(words) - 1):
        if (
            is_given(words[i], common=True)
            and not gz.place_name(words[i])
            and words[i + 1][:1].isupper()
            and words[i + 1] not in gz.ORG_HEADS
            and not _is_title(words[i + 1])
            and not words[i + 1].isupper()
            and words[i - 1] not in ("of", "the")
        ):
            return i if all(w not in GIVEN and not _INITIAL(w) for w in words[:i]) else 0
    return 0


def chunk_title_acronym(words: list[str]) -> bool:
    """'POTUS' alone: a person known by the office."""
    return len(words) == 1 and words[0] in TITLE_ACRONYMS


def _is_title(w: str) -> bool:
    return w in TITLE_WORDS or w.endswith("-General") or w.startswith("Vice-")


def find_mentions(
    text: str, sentences: list[Sentence], quoted: list[tuple[int, int]] = ()
) -> list[Mention]:
    """All actor mentions in body sentences and datelines, in text order."""
    lower = set(re.findall(r"(?<![.!?]\s)\b[a-z][a-z-]+\b", text))
    mid_caps: set[str] = set()
    dateline_mentions: list[Mention] = []
    raw: list[tuple[Sentence, list[Tok], bool]] = []
    for sent in sentences:
        if sent.kind == "heading":
            continue
        toks = tokens(text, sent.start, sent.end)
        if sent.kind == "dateline":
            out_d = dateline_places(text, sent)
            raw.append((sent, [], False))
            dateline_mentions.extend(out_d)
            continue
        for c in chunks(text, toks):
            initial = (
                bool(toks)
                and c[0][0] == toks[0][0]
                or bool(_OPENS.search(text[max(0, c[0][0] - 6) : c[0][0]]))
            )
            if not initial:
                mid_caps.update(bare(t[2]) for t in c)
            raw.append((sent, c, initial))
    title_spans = [
        (qs, qe)
        for qs, qe in quoted
        if looks_like_title(text[qs:qe]) and not gz.place_name(text[qs:qe])
    ]
    titles = {text[qs:qe] for qs, qe in title_spans}
    out: list[Mention] = list(dateline_mentions)
    for sent, c, initial in raw:
        if not c:
            continue
        after_the = False
        if initial:
            while c and (
                c[0][2] in SENTENCE_STARTERS
                or c[0][2] in _INVERTED_CUES  # "Says Michael Hirsch: ..."
                or _common(c[0][2], lower)
                and not (len(c) > 1 and _is_title(bare(c[0][2])))  # "President George Bush"
            ):
                after_the = c[0][2] == "The"
                c = c[1:]
                if after_the and c:
                    mid_caps.add(bare(c[0][2]))  # "The Kremlin said": a name after "The"
            if not c:
                continue
        cs, ce = c[0][0], c[-1][0] + len(bare(c[-1][2]))
        if text[cs:ce] in titles or any(qs <= cs and ce <= qe for qs, qe in title_spans):
            continue  # a quoted title or nickname, not an actor
        view = text
        lettered = [t[2] for t in c if any(ch.isalpha() for ch in t[2])]
        if len(lettered) > 1 and all(w.isupper() for w in lettered):
            view, c = uncap(text, c)  # "SECRETARY OF DEFENSE PETE HEGSETH:" (transcripts)
        for m in classify(view, c):
            m.subject = m.start == c[0][0] and initial
            if after_the and m.kind == "person" and not m.role and m.start == c[0][0]:
                m.kind = "organization"  # "The Tech Beat compares ...": no person takes "The"
            if m.kind in ("place",) or m.surface in gz.DEMONYM:
                g = demonym_group(text, m)
                if g is not None:
                    out.append(g)
                    continue
            if m.kind == "place" and m.surface in gz.CAPITAL and sent.kind != "dateline":
                if metonymic(text, m):
                    m.norm = gz.CAPITAL[m.surface]  # Tehran said -> Iran
            m.initial = initial
            out.append(m)
    employers(text, out)
    owned_bodies(text, out)
    trailing_nouns(text, out)
    the_names(text, out)
    settle_people(text, out)
    out = drop_products(text, out)

    out = drop_things(text, settle_single(text, out, mid_caps))
    # demonyms standing alone before a people noun ("Qatari officials")
    for sent in sentences:
        if sent.kind != "body":
            continue
        for d in re.finditer(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b", sent.text):
            if d.group(1) in gz.DEMONYM:
                s = sent.start + d.start(1)
                g = demonym_group(text, Mention(s, s + len(d.group(1)), d.group(1), "place"))
                if g is not None and not any(o.start <= s < o.end for o in out):
                    out.append(g)
    out.sort(key=lambda m: m.start)
    return out


_OPENS = re.compile(r"(?:[.!?…:]['\"”’]*\s+|(?:^|\s)[“\"‘`(\[]|(?:^|\s)''|\n)\s*$")


def _common(tok: str, lower: set[str]) -> bool:
    """A sentence-initial word the text also uses in lower case ("Speaking", "Extending"),
    unless it is an acronym or a known place ("US" beside "us")."""
    return tok.lower() in lower and not tok.isupper() and not gz.place_name(bare(tok))
