"""Letters quoted without quote marks: "I" in them is the letter's author.

"The council published Roe's letter, which reads: Friends, at my request ... I will stay
on as chair. I have asked Black to ..." An article often prints a letter, e-mail or
statement after a colon, with no quote marks, to the end of its paragraph; its "I" is
the person whose letter it is, and those sentences are on that person's timeline. The
author is read conservatively: a person named as the owner of the document ("Roe's
e-mail") in the sentence that introduces it with "reads:", "said:" or "wrote:". The
letter ends with its paragraph, or before a sentence with a quote mark or with another
actor as the subject of a speech verb ("Mayor John Doe told me ..."): the reporter's own.
"""

from __future__ import annotations

import re

from store.extract.doc import ArticleDoc
from store.extract.lexicon import SPEECH_VERBS
from store.extract.wordlists import alternation

# the documents speakers.py's cue words know too ("in a letter signed by Roe")
_DOCUMENT = re.compile(
    rf"['’]s?\s+(?:[a-z-]+\s+){{0,2}}?{alternation('lists_cuewords', '_DOCUMENTS')}\b"
    r"[^.:;\"“”]{0,40}?\b(?:reads|read|said|says|states|stated|wrote)\s*:"
)
_QUOTE_MARK = re.compile(r"[\"“”]")
_VERB_AFTER = re.compile(r"\s+([a-z]+)(?:\s+([a-z]+))?")  # "told", "has said"
FIRST_PERSON = re.compile(r"\b(?:I|my|me|My)\b")


def letter_authors(doc: ArticleDoc) -> dict[int, str]:
    """Body sentence start -> the actor key of the person whose letter it is part of,
    for the sentences from the introducing colon to the end of its paragraph."""
    out: dict[int, str] = {}
    author: tuple[int, str] | None = None  # (paragraph, key)
    for s in doc.body:
        if author is not None and (
            author[0] != s.paragraph or _new_speaker(doc, s.start, s.end, author[1])
        ):
            author = None
        found = _author(doc, s.start, s.end)
        if found is not None:
            author = (s.paragraph, found)
        if author is not None:
            out[s.start] = author[1]
    return out


def _author(doc: ArticleDoc, start: int, end: int) -> str | None:
    m = _DOCUMENT.search(doc.text, start, end)
    if m is None:
        return None
    for men in doc.mentions:
        if men.end == m.start() and men.key in doc.actors:
            return men.key if doc.actors[men.key].kind == "person" else None
    return None


def _new_speaker(doc: ArticleDoc, start: int, end: int, author: str) -> bool:
    """Is the sentence text[start:end] the reporter's again: a quote mark in it, or another
    actor as the subject of a speech verb ("Mayor John Doe told me he was surprised")?"""
    if _QUOTE_MARK.search(doc.text, start, end):
        return True
    for men in doc.mentions:
        if start <= men.start < end and men.key != author and men.key in doc.actors:
            m = _VERB_AFTER.match(doc.text, men.end, end)
            if m is not None and (m.group(1) in SPEECH_VERBS or m.group(2) in SPEECH_VERBS):
                return True
    return False
