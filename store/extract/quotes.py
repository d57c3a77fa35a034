"""Quoted stretches: where the words between quotation marks are.

Handles curly and straight marks, mismatched pairs (opens curly, closes straight),
TeX/AP-style ``...'' and ''...'', single-quoted partial quotes outside double quotes,
and quotes that run over paragraphs (a paragraph ends with no closing mark and the
next opens again). Whether a stretch is speech or a scare quote/title is decided
later (`is_speech`), once the speaker cue is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.extract.sentences import Paragraph


@dataclass(slots=True)
class Span:
    """One quoted stretch: `start`/`end` cover the quoted words (marks excluded)."""

    start: int
    end: int
    open_at: int  # index of the opening mark
    close_at: int  # index just past the closing mark (== end when unclosed)
    closed: bool = True
    continues: bool = False  # the previous paragraph's quote runs on into this one
    single: bool = False  # single marks (‘…’)


_DOUBLE = re.compile(r"``|''|“|”|\"|„|«|»")  # (each mark a literal: the engine skips to them)
# a mark after a number and before a lower-case word is an inch sign ('a 13.3 “widescreen
# display', 'a 15” or 17” screen'), not a quotation mark
_INCH = re.compile(r"(?:\d\s|.\d)(?:``|''|[“”\"])\s?[a-z]")
_OPEN_CTX = set(" \t\n([{—–-/")


def _role(text: str, i: int, tok: str) -> str:
    """'open', 'close' or 'either' for a double mark at i."""
    if tok in ("“", "``", "„", "«"):
        after = text[i + len(tok) : i + len(tok) + 1]
        if tok == "“" and i > 0 and not text[i - 1].isspace() and after in (" ", "\n", ""):
            return "close"  # 'the end.“ Then': a closing mark typed as an opening one
        if tok == "“" and i > 0 and text[i - 1] == " " and after == " " and _closes(text, i):
            return "close"  # 'of Apple. “ Then': the same with a space before it
        return "open"
    if tok in ("”", "»"):
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(tok)] if i + len(tok) < len(text) else " "
    if before in _OPEN_CTX and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]—–-'’\"”"):
        return "close"
    return "either"


def _closes(text: str, i: int) -> bool:
    """A spaced '“' right after sentence-final punctuation inside an open quote."""
    return text[i - 2 : i - 1] in (".", "!", "?", "…")


def find_spans(text: str, paras: list[Paragraph]) -> list[Span]:
    """All quoted stretches in the text, in order."""
    spans: list[Span] = []
    carry = False  # a quote left open at the end of the previous paragraph
    for p in paras:
        if p.kind == "heading":  # a headline's quote repeats the story's, or is a label
            carry = False
            continue
        open_at: int | None = None
        continues = False
        marks = [
            (m.start(), m.group())
            for m in _DOUBLE.finditer(text, p.start, p.end)
            if not _INCH.match(text, max(0, m.start() - 2))
        ]
        for k, (i, tok) in enumerate(marks):
            role = _role(text, i, tok)
            if open_at is None:
                if role == "close" and k == 0 and carry is False and i > p.start:
                    # a closing mark with nothing open: the quote opened unmarked at the
                    # paragraph start is not recoverable; ignore the mark
                    continue
                if role in ("open", "either"):
                    open_at = i
                    continues = carry and i == p.start
                continue
            if role == "open" and tok not in ('"', "''"):
                # two openers in a row: the first ran to here unclosed (a lost paragraph
                # break in wire copy); keep it and start again
                st, en = _trim(text, open_at + len(_mark_at(text, open_at)), i)
                if en > st:
                    spans.append(Span(st, en, open_at, en, False, continues))
                open_at, continues = i, True
                continue
            s, e = _trim(text, open_at + len(_mark_at(text, open_at)), i)
            if e > s:
                spans.append(Span(s, e, open_at, i + len(tok), True, continues))
            open_at = None
        if open_at is not None:
            s, e = _trim(text, open_at + len(_mark_at(text, open_at)), p.end)
            if e > s:
                spans.append(Span(s, e, open_at, e, False, continues))
            carry = True
        else:
            carry = False
        spans.extend(_singles(text, p, spans))
    spans.sort(key=lambda sp: sp.start)
    return spans


def _mark_at(text: str, i: int) -> str:
    return text[i : i + 2] if text[i : i + 2] in ("``", "''") else text[i]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    return s, e


# (the mark first, "no letter or mark before it" after it: the engine skips to the marks)
_SINGLE = re.compile(r"[‘'](?<![\w’'][‘'])(?=[A-Za-z(])(.{2,300}?[\w.!?)…,])[’'](?![A-Za-z])")


def _singles(text: str, p: Paragraph, doubles: list[Span]) -> list[Span]:
    """‘Partial quotes’ in single marks, outside any double-quoted stretch."""
    out: list[Span] = []
    for m in _SINGLE.finditer(text, p.start, p.end):
        if any(d.open_at <= m.start() < d.close_at for d in doubles):
            continue
        if text[max(0, m.start() - 3) : m.start()].endswith((" O ", "\nO ")):
            continue  # "Charles O 'Reilly": an Irish surname's loose apostrophe
        inner = m.group(1)
        if "\n" in inner or re.search(r"[.!?]\s+[A-Z]", inner) and len(inner.split()) > 40:
            continue
        # a possessive s' closing too early ("the Hamas' leaders") is rare enough to accept
        s, e = _trim(text, m.start(1), m.end(1))
        if e > s:
            out.append(Span(s, e, m.start(), m.end(), True, False, True))
    return out
