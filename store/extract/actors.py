"""Actor mentions: capitalised name chunks, their kind, role and place in the text.

A chunk is a run of capitalised words (with "of", "al", "bin"... inside names).
Titles before a name become the person's role ("Secretary General Mark Rutte");
places, demonyms and organisation words come from the gazetteer; a demonym before a
people noun makes a group or a government body ("Qatari officials", "Cuban government").
"""

from __future__ import annotations

import re
from collections.abc import Container

import store.extract.gazetteer as gz
from store.extract.acronyms import paren_acronyms
from store.extract.bodies import described_bodies, named_bodies
from store.extract.chunks import calendar_surnames, chunks
from store.extract.context import (
    dateline_places,
    demonym_group,
    employers,
    looks_like_title,
    metonymic,
    outlets,
    owned_bodies,
    settle_single,
    the_names,
    trailing_nouns,
    uncap,
)
from store.extract.dictionary import common_word
from store.extract.doc import ArticleDoc
from store.extract.kinds import classify, is_title
from store.extract.lexicon import (
    SENTENCE_STARTERS,
)
from store.extract.lower_words import LOWER, LowerWords
from store.extract.mentions import Mention, Tok, bare
from store.extract.names import is_given
from store.extract.people import settle_people
from store.extract.place_shape import shaped_places
from store.extract.products import drop_products, settle_makers
from store.extract.sentences import Sentence
from store.extract.things import drop_things
from store.extract.turns import label_people
from store.extract.word_trie import words_trie
from store.extract.wordlists import alternation, section

__all__ = ["Mention", "bare", "chunks", "classify", "find_mentions"]


_INVERTED_CUES = section("lists_actors", "_INVERTED_CUES")


Raw = tuple[Sentence, list[Tok], bool]  # sentence, chunk, opens its sentence


def find_mentions(doc: ArticleDoc) -> list[Mention]:
    """All actor mentions in body sentences and datelines, in text order."""
    text, sentences, quoted = doc.text, doc.sentences, doc.quoted
    lower = LowerWords(text)  # the words asked about only
    out, raw, mid_caps = _collect(doc)
    title_spans = [
        (qs, qe)
        for qs, qe in quoted
        if looks_like_title(text[qs:qe]) and not gz.place_name(text[qs:qe])
    ]
    titles = {text[qs:qe] for qs, qe in title_spans}
    for sent, c, initial in raw:
        after_the = False
        if initial:
            c, after_the = _trim_initial(c, lower, mid_caps, calendar_surnames(text))
            if not c:
                continue
        cs, ce = c[0][0], c[-1][0] + len(bare(c[-1][2]))
        if text[cs:ce] in titles or any(qs <= cs and ce <= qe for qs, qe in title_spans):
            continue  # a quoted title or nickname, not an actor
        out.extend(_chunk_mentions(text, sent, c, initial, after_the))
    for settle in PASSES:
        settle(text, out)
    out = settle_single(text, drop_products(text, out), mid_caps | _body_openers(text, out))
    shaped_places(text, out)
    out = drop_things(text, settle_makers(text, out))
    out = paren_acronyms(text, out)
    out.extend(_lone_demonyms(text, sentences, out))
    bodies = named_bodies(text, out) + described_bodies(text, out)
    out = [m for m in out if not any(b.start <= m.start and m.end < b.end for b in bodies)]
    out.extend(bodies)  # "the Roe administration said": the body speaks, not Roe
    out = _nicknamed(text, out)
    out.sort(key=lambda m: m.start)
    return out


def _body_openers(text: str, ms: list[Mention]) -> set[str]:
    """Lone unknown words opening a sentence right before a noun only a body has, with no
    "'s" ("Ruricom shares slid 4%", "Ruricom executives said"): names, as if written
    inside a sentence, which the opener rule would drop as capitalised common words.
    Not an ordinary word ("Quarterly profit fell") nor a given name."""
    lower = LowerWords(text)
    return {
        m.surface
        for m in ms
        if m.kind == ""
        and m.initial
        and " " not in m.surface
        and _BODY_NOUN.match(text, m.end)
        and not _ordinary(m.surface, lower)
        and not is_given(m.surface)
    }


_BODY_NOUN = re.compile(rf"\s+{alternation('lists_things', 'possessed')}\b")


_ADJ_PREFIX = re.compile(rf"({alternation('lists_actors', '_ADJ_PREFIXES')})-?([a-z]+)")


def _ordinary(word: str, lower: Container[str]) -> bool:
    """A dictionary word, as it is, inflected ("Elected"), compounded ("Third-period") or
    prefixed ("Pretax") when the text also writes it in lower case ("pretax"): a prefix
    and a dictionary word also make names ("Midcrest shares slid"), so the compound
    alone is no proof."""
    if all(common_word(p) for p in word.split("-")):
        return True
    w = word.lower()
    stems = {"ed": (w[:-2], w[:-1]), "ing": (w[:-3], w[:-3] + "e")}
    prefixed = _ADJ_PREFIX.fullmatch(w)  # "Pretax", "Postwar"
    if prefixed and len(stem := prefixed.group(2)) > 2 and common_word(stem):
        head = prefixed.group(1)
        if f"{head}{stem}" in lower or f"{head}-{stem}" in lower:
            return True
    return any(
        len(s) > 2 and common_word(s)
        for end, forms in stems.items()
        if w.endswith(end)
        for s in forms
    )


# 'Jane "Jay" Roe', "Ernesto ``Che'' Roe": a first name, a quoted nickname, the surname
# ("[A-Z](?<!\w[A-Z])" is "\b[A-Z]" written capital first: the engine skips to capitals)
_NICKNAMED = re.compile(
    r"([A-Z](?<!\w[A-Z])[a-z]+)\s+(?:``|[\"“'‘])[A-Z][\w.-]*(?:''|[\"”'’])\s+([A-Z][\w'’-]*[a-z])"
)


def _nicknamed(text: str, out: list[Mention]) -> list[Mention]:
    """One person for a name broken by a quoted nickname (not a first name and a quote)."""
    for m in _NICKNAMED.finditer(text):
        if not is_given(m.group(1), common=True):
            continue
        out = [o for o in out if o.end <= m.start() or o.start >= m.end()]
        plain = f"{m.group(1)} {m.group(2)}"  # the name without its nickname is canonical
        out.append(Mention(m.start(), m.end(), m.group(), "person", canon=plain))
    return out


def _collect(doc: ArticleDoc) -> tuple[list[Mention], list[Raw], set[str]]:
    """Dateline places, the chunks of the other sentences, and the capitalised words
    seen inside sentences (names, unlike words capitalised only as sentence openers)."""
    text = doc.text
    mid_caps: set[str] = set()
    dated: list[Mention] = []
    raw: list[Raw] = []
    for sent in doc.sentences:
        if sent.kind == "heading":
            continue
        if sent.kind == "dateline":
            dated.extend(dateline_places(text, sent))
            continue
        toks = doc.tokens(sent)
        for c in chunks(text, toks):
            initial = c[0][0] == toks[0][0] or bool(
                _OPENS.search(text[max(0, c[0][0] - 6) : c[0][0]])
            )
            if not initial:
                mid_caps.update(bare(t[2]) for t in c)
            raw.append((sent, c, initial))
    return dated, raw, mid_caps


def _trim_initial(
    c: list[Tok], lower: Container[str], mid_caps: set[str], keep: frozenset[str]
) -> tuple[list[Tok], bool]:
    """A sentence-opening chunk without its opener ("The", "Says", a common word); a
    surname in `keep` ("May added", after "Jane May") stays."""
    after_the = False
    while (
        c
        and c[0][2] not in keep
        and (
            c[0][2] in SENTENCE_STARTERS
            or c[0][2] in _INVERTED_CUES  # "Says Michael Hirsch: ..."
            or _common(c[0][2], lower)
            and not (len(c) > 1 and is_title(bare(c[0][2])))  # "President George Bush"
            or len(c) > 1
            and _ADVERB.fullmatch(c[0][2]) is not None  # "Recently Lantern said"
            or len(c) > 1
            and _opener_word(c[0][2], bare(c[1][2]), mid_caps)  # "Actual Lantern staff"
        )
    ):
        after_the = c[0][2] == "The"
        c = c[1:]
        if after_the and c:
            mid_caps.add(bare(c[0][2]))  # "The Kremlin said": a name after "The"
    return c, after_the


def _chunk_mentions(
    text: str, sent: Sentence, c: list[Tok], initial: bool, after_the: bool
) -> list[Mention]:
    """The mentions one chunk gives, with demonym groups and metonymic capitals."""
    view = text
    if len(c) > 1 and _all_caps(c) and not _ampersand_joined(text, c):
        view, c = uncap(text, c)  # "SECRETARY OF DEFENSE PETE HEGSETH:" (transcripts)
    out = []
    for m in classify(view, c):
        m.subject = m.start == c[0][0] and initial
        if after_the and m.kind == "person" and not m.role and m.start == c[0][0]:
            m.kind = "organization"  # "The Tech Beat compares ...": no person takes "The"
        if m.kind == "place" or m.surface in gz.DEMONYM:
            g = demonym_group(text, m)
            if g is not None:
                out.append(g)
                continue
        if m.kind == "place" and m.surface in gz.CAPITAL and metonymic(text, m):
            m.norm = gz.CAPITAL[m.surface]  # Tehran said -> Iran
        m.initial = initial
        out.append(m)
    return out


def _all_caps(c: list[Tok]) -> bool:
    """Are two or more words of the chunk lettered, and all of those in capitals?"""
    lettered = 0
    for _, _, w in c:
        if any(ch.isalpha() for ch in w):
            if not w.isupper():
                return False  # "Jane": no need to look further
            lettered += 1
    return lettered > 1


def _ampersand_joined(text: str, c: list[Tok]) -> bool:
    """Letters joined by "&" ("AT&T"): an acronym, not a name in capitals."""
    return any(t[2] == "&" and text[t[0] - 1 : t[0]].isalpha() for t in c)


def _lone_demonyms(text: str, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """Demonyms standing alone before a people noun ("Qatari officials")."""
    out = []
    for sent in sentences:
        if sent.kind != "body":
            continue
        if _ANY_DEMONYM.search(sent.text) is None:
            continue  # no demonym written in it at all: no word of it can be one
        for d in _CAPITALISED.finditer(sent.text):
            if d.group(1) in gz.DEMONYM:
                s = sent.start + d.start(1)
                g = demonym_group(text, Mention(s, s + len(d.group(1)), d.group(1), "place"))
                if g is not None and not any(o.start <= s < o.end for o in found + out):
                    out.append(g)
    return out


# a capitalised word ("\b[A-Z]..." written capital first: the regex engine then skips
# straight to capitals instead of trying every position)
_CAPITALISED = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+(?:-[A-Z][a-z]+)?)\b")
# any demonym written anywhere (as a prefix tree where it can be one: only whether one is
# there is asked)
_ANY_DEMONYM = re.compile(
    words_trie(sorted(gz.DEMONYM, key=lambda w: (-len(w), w)))
    or "|".join(re.escape(w) for w in sorted(gz.DEMONYM, key=lambda w: (-len(w), w)))
)

_LOWER = LOWER  # (its old name here)

# passes over all mentions, each settling one question from context
PASSES = (label_people, employers, owned_bodies, trailing_nouns, the_names, settle_people, outlets)


_ADVERB = re.compile(r"[A-Z][a-z]{3,}ly")
_OPENS = re.compile(r"(?:[.!?…:]['\"”’]*\s+|(?:^|\s)[“\"‘`(\[]|(?:^|\s)''|\n)\s*$")


def _opener_word(tok: str, nxt: str, mid_caps: set[str]) -> bool:
    """An ordinary word capitalised only because it opens the sentence, before a name
    the text also writes inside sentences ("Actual Lantern staff ..." after "Lantern")."""
    return (
        tok not in mid_caps
        and tok not in gz.PLACE_FIRST  # "Old Strelsau" is a place's name
        and nxt in mid_caps
        and not common_word(nxt)  # "Lantern Air": "Air" alone is no name
        and tok[1:].islower()
        and not is_given(tok, common=True)
        and common_word(tok)
    )


def _common(tok: str, lower: Container[str]) -> bool:
    """A sentence-initial word the text also uses in lower case ("Speaking", "Extending"),
    unless it is an acronym or a known place ("US" beside "us")."""
    return tok.lower() in lower and not tok.isupper() and not gz.place_name(bare(tok))
