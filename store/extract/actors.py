"""Actor mentions: capitalised name chunks, their kind, role and place in the text.

A chunk is a run of capitalised words (with "of", "al", "bin"... inside names).
Titles before a name become the person's role ("Secretary General Mark Rutte");
places, demonyms and organisation words come from the gazetteer; a demonym before a
people noun makes a group or a government body ("Qatari officials", "Cuban government").
"""

from __future__ import annotations

import re

from store.extract import gazetteer as gz
from store.extract.chunks import chunks
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
from store.extract.kinds import classify, is_title
from store.extract.lexicon import (
    SENTENCE_STARTERS,
)
from store.extract.mentions import Mention, Tok, bare, tokens
from store.extract.people import settle_people
from store.extract.products import drop_products
from store.extract.sentences import Sentence
from store.extract.things import drop_things

__all__ = ["Mention", "bare", "chunks", "classify", "find_mentions"]


_INVERTED_CUES = frozenset("Says Said Adds Added Asks Asked Writes Wrote Recalls Recalled".split())


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
                and not (len(c) > 1 and is_title(bare(c[0][2])))  # "President George Bush"
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
