"""A mention of an actor in the text, and the word tokens names are made of."""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.extract.lexicon import ABBREVIATIONS


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    surface: str
    kind: str  # person | organization | place | group
    role: str = ""
    key: str = ""  # canonical name once clustered
    subject: bool = False  # starts its sentence (used for pronouns and speakers)
    norm: str = ""  # canonical form proposed by the gazetteer ("U.S." -> "United States")
    initial: bool = False  # first word of its sentence


Tok = tuple[int, int, str]

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|[A-Z][a-z]{0,4}\.(?=[\s,;:)]|$)|&amp;|&"
    r"|[^\W\d_](?:\w|[-'’](?=\w))*(?:[’']s\b|(?<=s)[’'](?!\w))?|\d+(?:st|nd|rd|th)\b"
)


def is_cap(tok: str) -> bool:
    return tok[:1].isupper() or tok[:1].isdigit()


def tokens(text: str, s: int, e: int) -> list[Tok]:
    out = []
    for m in _TOKEN.finditer(text, s, e):
        tok = m.group()
        if tok.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", tok):
            if tok[:-1] not in ABBREVIATIONS and not re.fullmatch(r"[A-Z]\.", tok):
                tok = tok[:-1]
        out.append((m.start(), m.start() + len(tok), tok))
    return out


def bare(tok: str) -> str:
    """A token without its possessive ending."""
    return re.sub(r"[’']s?$", "", tok) if re.search(r"[’']s?$", tok) and len(tok) > 2 else tok
