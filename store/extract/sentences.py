"""Paragraphs and sentences with char offsets.

Headlines and section headings inside the text ("Qatar confirms talks back on"), wire
datelines ("ATLANTA (AP) --") and transcript speaker labels ("QUESTION:", on their own
line or opening a paragraph) are kept apart from the story's sentences, so no event or
quote context is made from them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import store.extract.gazetteer as gz
from store.extract.lexicon import ABBREVIATIONS, SENTENCE_STARTERS, SPEECH_VERBS
from store.extract.names import is_given
from store.extract.wordlists import section


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    kind: str = "body"  # body | heading | dateline | label


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    index: int
    kind: str = "body"


_DATELINE = re.compile(
    r"^[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*(?:,\s+[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    r"(?:,\s+[A-Z][a-z]{2,}\.?\s+\d{1,2})?\s*(?:\([A-Za-z .]+\))?\s*(?:--|—|–|_|-(?=\s))\s*"
)
# A transcript speaker label opening a paragraph or standing on its own line:
# "SECRETARY OF STATE JANE ROE:", "QUESTION:", "Q:" (capitals only, so "Note: ..." and
# "Washington: the ..." stay prose).
_LABEL = re.compile(r"[A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){0,7}:(?:[ \t]+|$)")
# A candidate boundary: terminal punctuation, closing marks, then space.
# "([.?!]|\.\.\.|…)" written as one mark, then "..": tried in the same order (".", then
# "..."), but opening with one character class the engine skips to
_BOUNDARY = re.compile(r"([.?!…](?:(?<=\.)\.\.)??)([\"”’')\]]*|'')\s+(?=[\"“‘'`(\[]*\S)")
_END_PUNCT = re.compile(r"[.!?…:][\"”’')\]]*$|[\"”'']$")


def paragraphs(text: str) -> list[Paragraph]:
    """Blocks of non-empty lines; a single newline ends a paragraph when a line is short
    or ends a sentence (the seed article has one paragraph per line)."""
    out: list[Paragraph] = []
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s >= e:
            continue
        # join hard-wrapped lines: previous line did not end a sentence and this one
        # starts lower-case
        if out and not _ends_sentence(text[out[-1].start : out[-1].end]):
            gap = text[out[-1].end : s]
            if gap.count("\n") == 1 and text[s].islower():
                prev = out.pop()
                out.append(Paragraph(prev.start, e, prev.index))
                continue
        out.append(Paragraph(s, e, len(out)))
    return [Paragraph(p.start, p.end, p.index, _para_kind(text[p.start : p.end])) for p in out]


_LINE = re.compile(r"[^\n]+")
_CLOSERS = "\"”’')]"  # the closing marks `_END_PUNCT` allows after the punctuation


def _ends_sentence(block: str) -> bool:
    """`_END_PUNCT.search(block)`, read from the end instead of tried at every place:
    its `$` holds only at the end or before a closing line break, so the block ends (after
    that break) with closing marks after `.!?…:`, or with a quotation mark."""
    tail = block[:-1] if block.endswith("\n") else block
    return tail.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…", ":") or tail[-1:] in ('"', "”", "'")


def _para_kind(block: str) -> str:
    lab = label_end(block)
    if lab:  # a speaker's turn in a transcript is speech, however short
        return "label" if lab >= len(block.rstrip()) else "body"
    dateline = _DATELINE.match(block)
    if dateline and len(dateline.group(0)) >= len(block) - 1:
        return "dateline"
    # (words counted only when asked: most blocks end a sentence and are no question)
    if not _ends_sentence(block) and len(block.split()) <= 14:
        return "heading"
    if block.endswith("?") and len(block.split()) <= 7 and not _QUOTE_MARK.search(block):
        return "heading"
    return "body"


_QUOTE_MARK = re.compile(r"[\"“”]")


def label_end(block: str) -> int:
    """Length of a transcript speaker label ("QUESTION: ") opening a paragraph, else 0."""
    m = _LABEL.match(block)
    words = m.group().rstrip(": \t").split() if m else []
    if not words or not (any(len(w.strip(".'’-")) > 1 for w in words) or words in (["Q"], ["A"])):
        return 0
    return m.end()


def dateline_end(block: str) -> int:
    """Length of a leading wire dateline ("HAVANA (AP) --") in a paragraph, else 0."""
    m = _DATELINE.match(block)
    return m.end() if m else 0


def split_sentences(
    text: str, protect: Sequence[tuple[int, int]] = (), paras: list[Paragraph] | None = None
) -> list[Sentence]:
    """All sentences of the text, headings and datelines included but marked.

    `protect` holds (open, close) offsets of closed quotations: a quote of several
    sentences stays inside one sentence, with its cue ("A. B," he added).
    """
    out: list[Sentence] = []
    for p in paragraphs(text) if paras is None else paras:
        if p.kind != "body":
            out.append(Sentence(p.start, p.end, text[p.start : p.end], p.index, p.kind))
            continue
        start = p.start
        d = dateline_end(text[p.start : p.end])
        lab = label_end(text[p.start : p.end])
        if lab:
            e = p.start + len(text[p.start : p.start + lab].rstrip())
            out.append(Sentence(p.start, e, text[p.start : e], p.index, "label"))
            start, d = p.start + lab, 0
        if d:
            out.append(
                Sentence(p.start, p.start + d, text[p.start : p.start + d], p.index, "dateline")
            )
            start = p.start + d
        block_end = p.end
        for m in _BOUNDARY.finditer(text, start, block_end):
            cut = m.end()
            if cut >= block_end:
                break
            if not _is_boundary(text, m.start(), cut):
                continue
            if any(a < cut < b for a, b in protect):
                continue
            s_end = m.start(2) + len(m.group(2))
            if s_end > start:
                out.append(Sentence(start, s_end, text[start:s_end], p.index))
            start = cut
        if start < block_end:
            out.append(Sentence(start, block_end, text[start:block_end], p.index))
    return out


_CORP = section("lists_sentences", "_CORP")
_STATES = section("lists_sentences", "_STATES")
_TOWN_COMMA = re.compile(r"[A-Z][\w.'’-]*,\s+$")
_CLITIC = re.compile(r"(?:['’]s)?[,;:]?$")
_ADVERB_COMMA = re.compile(r"[A-Z][a-z]+ly,")
_NEW_START = SENTENCE_STARTERS | section("lists_sentences", "_HONORIFIC_STARTS")


def _is_boundary(text: str, punct: int, nxt: int) -> bool:
    ch = text[punct]
    nxt_word = _NEXT_WORD.match(text, nxt, nxt + 40)
    following = nxt_word.group(1) if nxt_word else ""
    opener = text[nxt] if nxt < len(text) else ""
    if ch != ".":
        # "?" or "!" (or an ellipsis) ends a sentence when the next word starts upper-case,
        # unless a quotation ends there and its cue follows ('"Go!" Jane Roe said.')
        if _QUOTE_CLOSE.search(text, punct + 1, nxt) and _NAMED_CUE.match(text, nxt):
            return _NAMED_CUE.match(text, nxt).group(1) not in SPEECH_VERBS
        return bool(following) and (_capital(following) or opener in '"“‘`')
    if not following or not (_capital(following) or following[0].isdigit() or opener in '"“`'):
        return False
    word = _word_before(text, punct)
    word = word.lstrip("\"“‘'(`")
    if word in _STATES and _TOWN_COMMA.search(text, max(0, punct - 40), punct - len(word)):
        return True  # "in Zenda, Vt. His lawyer said" (mid-sentence: "Zenda, Vt., on Monday")
    if word in ABBREVIATIONS or len(word) == 1 and "A" <= word <= "Z":
        # "... Lawrence Ltd. Mr. Dupont-Lemaire said": an honorific or a pronoun starts anew
        # ("That's even less", "Recently, analysts said": the word without its "'s" or comma)
        bare = _CLITIC.sub("", following.strip("\"“‘'`"))
        return word in _CORP and (
            bare in _NEW_START or _ADVERB_COMMA.fullmatch(following) is not None
        )

    if _DOTTED.fullmatch(word):  # U.S. N.Y. at the end
        following = _CLITIC.sub("", following.strip("\"“‘'`"))  # "That's", "Then,"
        if following in SENTENCE_STARTERS:
            return True
        # a place's short form ("U.S.", not initials as in "F.A.O. Roe") before a surname
        return bool(gz.place_name(word + ".")) and _is_surname(text, following.rstrip(",.;:"))
    return True


def _capital(word: str) -> bool:
    """Does the word start as a sentence may: upper-case, or a name written in camel case
    from a small letter ("iPhone", "eBay")?"""
    return word[0].isupper() or (word[0].islower() and word[1:2].isupper())


# (searched with pos/endpos, which read the text as a slice would: no lookbehind here)
_NEXT_WORD = re.compile(r"[\"“‘'`(\[]*(\S+)")  # the word after a candidate boundary
_WORD_BEFORE = re.compile(r"(\S+)\.$")  # the word a period closes


def _word_before(text: str, punct: int) -> str:
    """The word the period at `punct` closes, within 30 characters before it: what
    `_WORD_BEFORE.search(text, max(0, punct - 30), punct + 1)` finds (its leftmost match
    is the last run of non-spaces before the period), without trying every place."""
    seg = text[max(0, punct - 30) : punct]
    return seg.split()[-1] if seg and not seg[-1].isspace() else ""


_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
# A closing quotation mark, and a cue of capitalised words then a verb after it.
_QUOTE_CLOSE = re.compile(r"[\"”’]|''")
_NAMED_CUE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,4}([a-z]+)\b")


def _is_surname(text: str, word: str) -> bool:
    """Does the article use `word` as a person's surname, right after a first name
    ("... in the U.S. Roe said" when "Jane Roe" is named elsewhere)?"""
    if not word[:1].isupper() or not word[1:].islower():
        return False
    return any(
        g.group(1) not in SENTENCE_STARTERS and is_given(g.group(1), common=True)
        for g in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(word)}\b", text)
    )
