"""A chunk of capitalised words as the kind rules (`kinds.py`) see it: its tokens and
bare words, and where a person's name starts after words that are no name."""

from __future__ import annotations

import re
from dataclasses import dataclass

import store.extract.gazetteer as gz
from store.extract.lexicon import TITLE_WORDS
from store.extract.mentions import Mention, Tok
from store.extract.names import GIVEN, is_given

_INITIAL = re.compile(r"[A-Z]\.$").match
_SMALL = ("of", "the")


def is_title(w: str) -> bool:
    return w in TITLE_WORDS or w.endswith("-General") or w.startswith("Vice-")


@dataclass
class Chunk:
    """A chunk's tokens with their bare words, over the text it came from."""

    text: str
    toks: list[Tok]
    words: list[str]
    start: int = 0
    end: int = 0
    name: str = ""
    surname: bool = False  # one word the text uses as a surname ("May" after "Jane May")

    def __post_init__(self) -> None:
        if self.toks:
            self.start = self.toks[0][0]
            self.end = self.toks[-1][0] + len(self.words[-1])
            self.name = self.text[self.start : self.end]

    def cut(self, i: int, j: int | None = None) -> Chunk:
        return Chunk(self.text, self.toks[i:j], self.words[i:j])

    def mention(self, kind: str, norm: str = "") -> list[Mention]:
        return [Mention(self.start, self.end, self.name, kind, norm=norm)]


def portfolio_split(words: list[str]) -> int:
    """Index of a given name opening a two-word person after words that are no name
    ("Roads Jane Roe" -> 1); 0 when there is none."""
    if len(words) < 3 or words[0] in GIVEN or words[-1] in gz.ORG_HEADS:
        return 0
    for i in range(1, len(words) - 1):
        nxt = words[i + 1]
        if (
            is_given(words[i], common=True)
            and not gz.place_name(words[i])
            and nxt[:1].isupper()
            and nxt not in gz.ORG_HEADS
            and not is_title(nxt)
            and not nxt.isupper()
            and words[i - 1] not in _SMALL
        ):
            return i if all(w not in GIVEN and not _INITIAL(w) for w in words[:i]) else 0
    return 0
