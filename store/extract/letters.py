"""Letters quoted without quote marks: "I" in them is the letter's author.

"The council published Roe's letter, which reads: Friends, at my request ... I will stay
on as chair. I have asked Black to ..." An article often prints a letter, e-mail or
statement after a colon, with no quote marks, to the end of its paragraph; its "I" is
the person whose letter it is, and those sentences are on that person's timeline. The
author is read conservatively: a person named as the owner of the document ("Roe's
e-mail") in the sentence that introduces it with "reads:", "said:" or "wrote:".
"""

from __future__ import annotations

import re

from store.extract.doc import ArticleDoc

_DOCUMENT = re.compile(
    r"['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:e-?mail|letter|memo|statement|note|message)\b"
    r"[^.:;\"“”]{0,40}?\b(?:reads|read|said|says|states|stated|wrote)\s*:"
)
FIRST_PERSON = re.compile(r"\b(?:I|my|me|My)\b")


def letter_authors(doc: ArticleDoc) -> dict[int, str]:
    """Body sentence start -> the actor key of the person whose letter it is part of,
    for the sentences from the introducing colon to the end of its paragraph."""
    out: dict[int, str] = {}
    author: tuple[int, str] | None = None  # (paragraph, key)
    for s in doc.body:
        if author is not None and author[0] != s.paragraph:
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
