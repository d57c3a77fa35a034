"""Actor mentions: capitalised name chunks, their kind, role and canonical actor.

A chunk is a run of capitalised words (with "of", "al", "bin"... inside names).
Titles before a name become the actor's role ("Secretary General Mark Rutte");
places, demonyms and organisation words come from the gazetteer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.extract import gazetteer as gz
from store.extract.lexicon import (
    ABBREVIATIONS,
    NON_NAMES,
    SENTENCE_STARTERS,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from store.extract.sentences import Sentence


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    surface: str
    kind: str  # person | organization | place | group
    role: str = ""
    key: str = ""  # canonical name once clustered
    subject: bool = False  # starts its clause (used for pronouns and speakers)


@dataclass(slots=True)
class Cluster:
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    role: str = ""
    first: int = 0


_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|[A-Z][a-z]{0,4}\.(?=\s)|[^\W\d_](?:[\w]|[-'’&](?=\w))*(?:[’']s)?|[\d]+(?:st|nd|rd|th)"
)
_CONNECT = frozenset(
    "of de del della da di du la le van von der den al el bin ibn ben abu bint y".split()
)
_OF_LEFT = (
    gz.ORG_HEADS
    | TITLE_WORDS
    | frozenset(
        "Republic Kingdom Gulf Bay Isle Islands Sea Province State City District Strait Cape "
        "Lake Mount Port Duke Prince Princess King Queen Bank University Church".split()
    )
)


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() or tok[:1].isdigit()


def _tokens(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN.finditer(text, s, e):
        tok = m.group()
        if tok.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", tok):
            if tok[:-1] not in ABBREVIATIONS and not re.fullmatch(r"[A-Z]\.", tok):
                tok = tok[:-1]
        out.append((m.start(), m.start() + len(tok), tok))
    return out


def chunks(
    text: str, sent: Sentence, lowercase_words: set[str]
) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised tokens in a sentence, connectors allowed inside."""
    toks = _tokens(text, sent.start, sent.end)
    out: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    for k, (s, e, tok) in enumerate(toks):
        gap = text[cur[-1][1] : s] if cur else " "
        joinable = bool(cur) and gap.strip() in ("", "-") and "\n" not in gap
        if _is_cap(tok) and not tok[:1].isdigit():
            if cur and not joinable:
                out.append(cur)
                cur = []
            cur.append((s, e, tok))
        elif tok in _CONNECT and cur and joinable and k + 1 < len(toks) and _is_cap(toks[k + 1][2]):
            if tok == "of" and cur[-1][2] not in _OF_LEFT:
                out.append(cur)
                cur = []
                continue
            cur.append((s, e, tok))
        elif (
            tok == "the"
            and cur
            and cur[-1][2] == "of"
            and k + 1 < len(toks)
            and _is_cap(toks[k + 1][2])
        ):
            cur.append((s, e, tok))
        else:
            if cur:
                out.append(cur)
            cur = []
        if cur and re.search(r"[’']s$", tok):  # possessive ends a chunk
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    # drop trailing connectors, sentence-initial common words
    cleaned = []
    for c in out:
        while c and c[-1][2] in _CONNECT | {"the"}:
            c.pop()
        while c and (c[0][2] in SENTENCE_STARTERS or c[0][2] in NON_NAMES):
            c.pop(0)
        if c and c[0][0] == _first_word_start(text, sent) and c[0][2].lower() in lowercase_words:
            c.pop(0)
        if c:
            cleaned.append(c)
    return cleaned


def _first_word_start(text: str, sent: Sentence) -> int:
    m = re.search(r"[^\W_]", text[sent.start : sent.end])
    return sent.start + m.start() if m else sent.start


def strip_possessive(tok: str) -> str:
    return re.sub(r"[’']s$", "", tok)


def classify(text: str, chunk: list[tuple[int, int, str]]) -> list[Mention]:
    """Mentions in one chunk: a leading place/org and role words, then the name."""
    words = [strip_possessive(t) for _, _, t in chunk]
    start, end = chunk[0][0], chunk[-1][0] + len(words[-1])
    name = text[start:end]
    mentions: list[Mention] = []
    after = text[end : end + 30]
    # organisation: ends with (or contains) an organisation head word
    if words[-1] in gz.ORG_HEADS or (
        len(words) > 2 and any(w in gz.ORG_HEADS for w in words[1:-1]) and "of" in words
    ):
        return [Mention(start, end, name, "organization")]
    place = gz.place_name(name)
    if place:
        return [Mention(start, end, name, "place")]
    if name in gz.DEMONYM_PLURALS:
        return [Mention(start, end, name, "group")]
    if name in gz.DEMONYM or name in NON_NAMES:
        return []
    # role words before a name
    k = 0
    while k < len(words) - 1 and (
        words[k] in TITLE_WORDS
        or words[k] in ("of", "the")
        or gz.place_name(words[k])
        or words[k] in gz.DEMONYM
        or (words[k].isupper() and len(words[k]) > 1)
    ):
        k += 1
    if 0 < k and any(w in TITLE_WORDS for w in words[:k]):
        role = text[start : chunk[k - 1][1]]
        for j in range(k):
            w = words[j]
            if gz.place_name(w):
                mentions.append(Mention(chunk[j][0], chunk[j][0] + len(w), w, "place"))
            elif w.isupper() and len(w) > 1 and w not in TITLE_WORDS:
                mentions.append(Mention(chunk[j][0], chunk[j][0] + len(w), w, "organization"))
        rest_start = chunk[k][0]
        mentions.append(Mention(rest_start, end, text[rest_start:end], "person", role=role))
        return mentions
    if all(w in TITLE_WORDS for w in words):
        return []
    if name.isupper() and 2 <= len(name) <= 6:
        return [Mention(start, end, name, "organization")]
    if len(words) >= 2:
        return [Mention(start, end, name, "person")]
    kind = "person" if _speech_follows(after) else "organization"
    return [Mention(start, end, name, kind)]


def _speech_follows(after: str) -> bool:
    m = re.match(r"\s*(?:,[^,]{0,60},\s*)?(\w+)", after)
    return bool(m) and m.group(1) in SPEECH_VERBS


def find_mentions(text: str, sentences: list[Sentence]) -> list[Mention]:
    """All actor mentions in body sentences and datelines, in text order."""
    lower = set(re.findall(r"\b[a-z]+\b", text))
    out: list[Mention] = []
    for sent in sentences:
        if sent.kind == "heading":
            continue
        first = _first_word_start(text, sent)
        for c in chunks(text, sent, lower):
            for m in classify(text, c):
                m.subject = m.start == first
                out.append(m)
    return out
