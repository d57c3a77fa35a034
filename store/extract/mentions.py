"""A mention of an actor in the text, and the word tokens names are made of."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

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
    canon: str = ""  # canonical name the context gives ("Qatar's Ministry of Foreign Affairs")
    guess: bool = False  # kind is a default for a lone unknown word, not evidence


def shifted(m: Mention, by: int) -> Mention:
    """A copy of `m` moved `by` characters on (what `dataclasses.replace` gives, at a
    fraction of its cost: every chunk's mentions are copied so)."""
    return Mention(
        m.start + by, m.end + by, m.surface, m.kind, m.role, m.key, m.subject, m.norm,
        m.initial, m.canon, m.guess,
    )  # fmt: skip


Tok = tuple[int, int, str]

# each branch opens with one letter class or literal ("[A-Z]\.(?:[A-Z]\.)+" for
# "(?:[A-Z]\.){2,}", "\d\d*" for "\d+"), which the engine checks before entering it;
# "{0,4}+" gives no letter back: only a period may follow them, never a letter
_TOKEN = re.compile(
    r"[A-Z]\.(?:[A-Z]\.)+|[A-Z][a-z]{0,4}+\.(?=[\s,;:)'’-]|$)|&amp;|&"
    r"|[^\W\d_]\w*(?:[-'’]\w+)*(?:\.(?:com|net|org)\b)?(?:(?<=s)[’'](?!\w))?|\d\d*(?:st|nd|rd|th)\b"
)
# the same pattern for text of ASCII characters only, where its classes mean the same and
# the engine tests them faster (a match reads no character outside the span searched)
_TOKEN_ASCII = re.compile(_TOKEN.pattern, re.ASCII)
_DOTTED = re.compile(r"(?:[A-Z]\.)+")
# what every token ending in a period holds ("U.", "Co."; the two branches of _TOKEN that keep one)
_DOTTED_END = re.compile(r"[A-Z][a-z]{0,4}\.")


def is_cap(tok: str) -> bool:
    c = tok[:1]
    return c.isupper() or c.isdigit()


def tokens(text: str, s: int, e: int) -> list[Tok]:
    """Word tokens between s and e; a period stays on abbreviations ("Co.", "U.S.")."""
    rx = _TOKEN_ASCII if text.isascii() or text[s:e].isascii() else _TOKEN
    out = [(m.start(), m.end(), m.group()) for m in rx.finditer(text, s, e)]
    if _DOTTED_END.search(text, s, e) is None:
        return out  # no token ends with a period: only a capital's short word can
    for i, (start, _, tok) in enumerate(out):
        if tok[-1] != ".":
            continue
        if len(tok) == 2:  # an initial ("S.") keeps its period, the last letter of "AT&T." not
            if i and out[i - 1][2] in ("&", "&amp;") and out[i - 1][1] == start:
                out[i] = (start, start + 1, tok[0])
        elif tok[:-1] not in ABBREVIATIONS and not _DOTTED.fullmatch(tok):
            out[i] = (start, start + len(tok) - 1, tok[:-1])
    return out


def bare(tok: str) -> str:
    """A token without its possessive ending."""
    if len(tok) > 2 and tok[-1] in "s’'" and ("’" in tok[-2:] or "'" in tok[-2:]):
        return tok[:-2] if tok[-1] == "s" else tok[:-1]
    return tok


@dataclass(frozen=True, slots=True)
class Use:
    """One place a word stands in the text (the two methods a regex match has)."""

    at: int
    to: int

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to


def _w(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


@lru_cache(maxsize=256)
def word_uses(text: str, word: str) -> list[Use]:
    """Where `word` stands as a whole word in `text`, as `\\bword\\b` finds it (found with
    str.find: a regex compiled per word cost more than the search; cached, several
    rules ask)."""
    out: list[Use] = []
    if not word:
        return out
    head, tail = _w(word, 0), _w(word, len(word) - 1)
    n, size, find = len(word), len(text), text.find
    i = find(word)
    while i >= 0:
        e = i + n
        # _w(text, i - 1) and _w(text, e), written out: this runs for every hit
        before = i > 0 and ((c := text[i - 1]).isalnum() or c == "_")
        after = e < size and ((c := text[e]).isalnum() or c == "_")
        if before != head and after != tail:
            out.append(Use(i, e))
            i = find(word, e)
        else:
            i = find(word, i + 1)
    return out
