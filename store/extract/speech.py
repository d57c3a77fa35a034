"""Which quoted stretches are speech: scare quotes, labels and titles are not.

Decided by length and cue: four words or more are speech unless Title Cased; one word
only with its cue right after ("Hallelujah," exclaimed Albright); two or three words
unless they label something ("dubbed Ruritania's "harbour queen"", ""bunker buster" bombs").
"""

from __future__ import annotations

import re

from store.extract.doc import ArticleDoc
from store.extract.quotes import Span
from store.extract.resolve import Attribution
from store.extract.wordlists import alternation, section

_LABEL_CUE = re.compile(
    rf"(?:\b{alternation('lists_speech', '_LABEL_VERBS')}"
    r"|\bhis|\bher|\bits|\btheir)\s+(?:(?:the|a|an|his|her|its|their|\w+['’]s)\s+)?$"
)
_DETERMINER = re.compile(r"\b(?:the|a|an|his|her|its|their|\w+['’]s)\s+$", re.I)


def is_speech(text: str, q: Span, attr: Attribution | None) -> bool:
    """Speech, not a scare quote, a label or a title: decided by length and cue."""
    words = text[q.start : q.end].split()
    if _title_case(words):
        return False
    if len(words) >= 4:
        return True
    if len(words) == 1:
        # a complete one-word utterance with its cue right after ("Hallelujah," he said)
        inner = text[q.start : q.close_at].rstrip("”\"'’` ")
        if attr is None or not attr.speaker or inner[-1:] not in ",!?.":
            return False
        # '"Never," Doe said' or 'Doe said: "Never."' (a colon introduces an utterance)
        introduced = text[max(0, q.open_at - 3) : q.open_at].rstrip().endswith(":")
        return attr.where == "after" or attr.where == "before" and introduced
    before = text[max(0, q.open_at - 30) : q.open_at]
    ends = bool(re.search(r"[.!?]$", text[q.start : q.end]))
    if _LABEL_CUE.search(before) and not ends:
        return False  # dubbed the "harbour queen"; what it calls "the ferry services" arm
    if "," in text[q.start : q.end - 1] or " and " in text[q.start : q.end]:
        return True  # condemned the "reckless, cruel and senseless" fires
    after = re.match(r"\s+([a-z]+)", text[q.close_at : q.close_at + 20])
    closed_bare = not re.search(r"[,.!?;:]", text[q.end - 1 : q.close_at])
    if after and closed_bare and after.group(1) not in _FUNCTION:
        return False  # "bunker buster" bombs
    cued = attr is not None and attr.where in ("before", "after")
    if _DETERMINER.search(before) and not cued and not ends:
        return False  # Zenda, the "pearl of the coast" in every brochure: a label, no speaker
    return True


_FUNCTION = section("lists_speech", "_FUNCTION")


def _title_case(words: list[str]) -> bool:
    small = {"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "de"}
    caps = [w for w in words if w not in small and any(ch.isalpha() for ch in w)]
    if len(words) < 2 or len(words) > 6 or any(w[-1] in "!?" for w in words):
        return False
    return bool(caps) and all(w[:1].isupper() or w[1:2].isupper() for w in caps)  # "eFoo OS"


def select(
    doc: ArticleDoc, attrs: list[Attribution | None]
) -> list[tuple[Span, Attribution | None]]:
    """The quoted stretches that are speech, with their attributions."""
    text, spans = doc.text, doc.spans
    out: list[tuple[Span, Attribution | None]] = []
    rejected: Span | None = None
    for q, a in zip(spans, attrs, strict=True):
        if rejected is not None and text[rejected.close_at : q.open_at].strip() in ("and", "or"):
            if len(text[q.start : q.end].split()) <= 3 and text[q.end - 1] not in ".!?":
                rejected = q
                continue  # dubbed the "harbour queen" and "town mascot": both labels
        if not is_speech(text, q, a):
            rejected = q
            continue
        rejected = None
        out.append((q, a))
    return out
