"""Cues before the opening mark: `X said that "…"`, `X told CNN: "…"`, `…, saying: "…"`,
`according to X, "…"`, `Says Jane Roe: "…"`, and a `Name:` label."""

from __future__ import annotations

import re

from store.extract.cuewords import (
    BETWEEN,
    PARTICIPLES,
    WORD,
    according,
    cue_phrase,
    is_according,
    nounish,
    np_end,
    owner_only,
    writer,
)
from store.extract.lexicon import AUXILIARIES, REPORT_VERBS, SPEECH_VERBS, TITLE_WORDS
from store.extract.mentions import Mention
from store.extract.quotes import Span
from store.extract.resolve import Attribution, Resolver
from store.extract.roles import ROLE_NOUNS
from store.extract.sentences import Sentence
from store.extract.wordlists import alternation, section

Words = list[re.Match[str]]
_PERIPHRASIS = re.compile(
    r"\b(?:went on to|going on to|continued to|was quoted as|were quoted as|is quoted as|"
    r"wanted to|would later|did not|didn't|declined to|refused to|tried to)$"
)
_PASSIVE = section("lists_cue_before", "_PASSIVE")
_VERBISH = re.compile(r"[a-z]+(?:ed|es)$")
_PRONOUN_BEFORE = re.compile(r"\b([Hh]e|[Ss]he)\s+$")
_TEXT_BEARER = re.compile(rf"\b{alternation('lists_cue_before', '_TEXT_BEARERS')}\b")


class _Clause:
    """The words of one sentence before a quote's opening mark."""

    def __init__(
        self,
        text: str,
        q: Span,
        sent: Sentence,
        res: Resolver,
        prev_close: int,
        skip: tuple[int, int] = (0, 0),
    ):
        self.text, self.q, self.sent, self.res = text, q, sent, res
        self.s = max(sent.start, prev_close)
        self.skip = skip  # a quoted stretch inside the clause: its names say nothing
        self.words: Words = list(WORD.finditer(text, self.s, q.open_at))


def before_cue(
    text: str,
    q: Span,
    sent: Sentence,
    res: Resolver,
    prev_close: int,
    prev_open: int | None = None,
) -> Attribution | None:
    """`X said that "…"`, `X told CNN: "…"`, `…, saying: "…"`, `according to X, "…"`.
    The previous stretch of the sentence bounds the clause, unless it had no speaker
    (it opens at `prev_open`) and the verb after it has no subject of its own."""
    c = _Clause(text, q, sent, res, prev_close)
    a = _scan(c)
    if a is None and prev_open is not None and c.s > sent.start and _verb_first(c):
        # 'A note on Ruricom's site, under the words "In Memory", reads: "..."': the
        # stretch before sits inside the subject, which starts the sentence
        a = _scan(_Clause(text, q, sent, res, sent.start, (prev_open, c.s)))
    return a


def _verb_first(c: _Clause) -> bool:
    """Is the first word after the previous stretch a speech verb (no subject of its own)?"""
    first = next((k for k, w in enumerate(c.words) if w.group()[0].isalpha()), None)
    return first is not None and c.words[first].group().lower() in SPEECH_VERBS


def _scan(c: _Clause) -> Attribution | None:
    """The speaker of the last speech verb (or source cue) of the clause that has one."""
    text, res = c.text, c.res
    for k in range(len(c.words) - 1, -1, -1):
        if is_according(c.words, k):
            return according(text, c.words, k, res)
        if not _speech_verb(c, k):
            continue
        found = _at_verb(c, k)
        if found is not _SKIP:
            return found
    return None


_SKIP = Attribution(None, "skip")  # the verb at k is not the speaker's: look further back


def _speech_verb(c: _Clause, k: int) -> bool:
    w = c.words[k]
    if w.group().lower() not in SPEECH_VERBS or nounish(c.words, k):
        return False
    return not w.group()[0].isupper() or w.start() == c.sent.start


def _at_verb(c: _Clause, k: int) -> Attribution | None:
    """The speaker for the speech verb at words[k] (or _SKIP)."""
    words, res = c.words, c.res
    if words[k].start() == c.sent.start and k + 1 < len(words):  # "Says Jane Roe, ...: "
        a = res.noun_phrase(words[k].end(), np_end(c.text, words, k + 1))
        if a is not None:
            a.cue = words[k].group()
        return a
    if k > 0 and words[k - 1].group().lower() in _PASSIVE:
        return _SKIP  # passive ("it was told of ..."): not the speaker's verb
    found = writer(c.text, words[k].end(), c.q.open_at, res)
    if found:
        return found
    if words[k].group().lower() in PARTICIPLES:
        return _participle(c, k)
    return _subject(c, k)


def _participle(c: _Clause, k: int) -> Attribution:
    """`…, saying "…"`: the phrase right before, else the sentence's speaker or subject."""
    words, res = c.words, c.res
    j = k - 1
    while j >= 0 and words[j].group().lower() in BETWEEN:
        j -= 1
    means = j >= 0 and words[j].group().lower() in _MEANS  # "closed the deal with X by saying"
    if j >= 0 and words[j].group()[0].isalpha() and not means:
        a = res.noun_phrase(words[max(0, j - 3)].start(), words[j].end())
        if a and a.speaker:
            a.cue = c.text[words[j + 1].start() : words[k].end()]
            return a
    prev = [x for x in res.speakers if x[0] >= c.sent.start]
    subj = [key for p, key in res.subjects if c.sent.start <= p < c.sent.end]
    key = prev[-1][1] if prev else (subj[0] if subj else None)
    return Attribution(key, words[k].group())


_MEANS = section("lists_cue_before", "_MEANS")


def _subject(c: _Clause, k: int) -> Attribution | None:
    """`X said that "…"`, `X, a spokesman for Y, told CNN: "…"`, `… but said "…"`,
    `X, an expert at Y, who stated "…"`."""
    words = c.words
    j = _subject_end(c, k)
    if j < 0:
        return None
    if words[j].group().lower() == "who":
        return _relative(c, j, k)
    if words[j].group().lower() in ("and", "but"):  # "declined ... but said"
        key = _clause_subject(c.text, c.s, words[j].start(), c.res)
        if key is None and c.s > c.sent.start:  # the stretch before was a nickname, a title
            key = _clause_subject(c.text, c.sent.start, words[j].start(), c.res)
        return Attribution(key, cue_phrase(c.text, words, k)) if key else None
    np_s, np_e = _subject_span(c, j)
    a = c.res.noun_phrase(np_s, np_e)
    if a is None:
        a = _named_last(c, np_s, np_e)
    elif owner_only(c.text, np_s, np_e, a, c.res):  # "Jane Roe's husband said"
        a = Attribution(None, "", c.text[np_s:np_e].strip(" ,"))
    if a:
        a.cue = cue_phrase(c.text, words, k)
    return a


def _named_last(c: _Clause, s: int, e: int) -> Attribution | None:
    """'At the close of the vote Jane Roe said': a phrase opened by a preposition reads
    as no speaker, but a person or body named right before the verb is its subject."""
    ms = [m for m in c.res.in_span(s, e) if m.end == e]
    if ms and c.res.kind(ms[-1].key) in ("person", "organization"):
        return Attribution(ms[-1].key, "")
    return None


def _relative(c: _Clause, j: int, k: int) -> Attribution | None:
    """'X, an expert at Y, who stated': the person the relative clause hangs on (the
    last named before 'who' in the sentence), else the body."""
    ms = [m for m in c.res.in_span(c.sent.start, c.words[j].start()) if c.res.kind(m.key)]
    people = [m for m in ms if c.res.kind(m.key) == "person"]
    pick = people or [m for m in ms if c.res.kind(m.key) == "organization"]
    return Attribution(pick[-1].key, cue_phrase(c.text, c.words, k)) if pick else None


def _subject_end(c: _Clause, k: int) -> int:
    """Index of the last word of the subject: before auxiliaries and periphrases."""
    words = c.words
    j = k - 1
    while j >= 0 and words[j].group().lower() in AUXILIARIES:
        j -= 1
    lead = c.text[c.s : words[j].end()] if j >= 0 else ""
    periphrasis = _PERIPHRASIS.search(lead)
    if periphrasis:  # "She went on to add", "he was quoted as saying"
        while j >= 0 and words[j].start() >= c.s + periphrasis.start():
            j -= 1
    return j


def _subject_span(c: _Clause, j: int) -> tuple[int, int]:
    words, res = c.words, c.res
    bounds = [i for i in range(j + 1) if words[i].group() in ",;:—"]
    if words[j].group() in ",—" and len(bounds) >= 2:
        # an appositive: "Jane Roe, spokesperson for ..., told CNN"
        starts = [i for i in range(j) if words[i].group().lower() in ("that", ";")]
        np_s = words[starts[-1]].end() if starts else c.s
        ms = [
            m
            for m in res.in_span(np_s, words[j].start())
            if res.kind(m.key) != "place" and not c.skip[0] <= m.start < c.skip[1]
        ]
        head = _head_before_comma(c, ms, np_s, bounds)
        if head is not None:
            return head
        people = [m for m in ms if res.kind(m.key) == "person"]
        # "Jane Roe's husband, John Doe, said": the owner is not who speaks
        heads = [m for m in people if c.text[m.end : m.end + 2] not in ("'s", "’s")]
        pick = heads or people or ms
        if pick:
            return pick[0].start, pick[0].end
        return np_s, words[bounds[-2]].start()
    np_s = words[bounds[-1]].end() if bounds else c.s
    named = _named_before_role(c, bounds, j)
    if named is not None:
        return named
    thats = [i for i in range(j) if words[i].group().lower() in ("that", "and", "but")]
    if thats and words[thats[-1]].start() >= np_s:
        np_s = words[thats[-1]].end()
    return np_s, words[j].end()


def _head_before_comma(
    c: _Clause, ms: list[Mention], np_s: int, bounds: list[int]
) -> tuple[int, int] | None:
    """'Kestrel Industries, a group owned by Jane Roe, said': the name before the first
    comma heads the subject, not one inside the apposition; 'Roe's stepmother, who ...,
    said': the unnamed head phrase itself (a relative clause names nobody who speaks)."""
    first = next((c.words[i] for i in bounds if c.words[i].start() >= np_s), None)
    if first is None:
        return None
    end = np_s + len(c.text[np_s : first.start()].rstrip())  # the name ends the phrase
    heads = [m for m in ms if m.end == end]  # (not "Roe's campaign manager, Jane Doe,")
    people = [m for m in heads if c.res.kind(m.key) == "person"]
    if people or heads:
        pick = (people or heads)[-1]
        return pick.start, pick.end
    if _RELATIVE.match(c.text, first.end()) and c.text[np_s : first.start()].strip():
        return np_s, first.start()
    return None


_RELATIVE = re.compile(r"\s*(?:who|whose|which)\b")


def _named_before_role(c: _Clause, bounds: list[int], j: int) -> tuple[int, int] | None:
    """'Jane Roe, president of Lantern Air said, "...': a person right before the comma
    whose description (no name of a person in it, lower-case) runs up to the verb."""
    if not bounds:
        return None
    comma = c.words[bounds[-1]]
    role = c.text[comma.end() : c.words[j].end()].strip()
    last = c.words[j].group()
    ends_in_role = last.lower() in ROLE_NOUNS or last in TITLE_WORDS  # "..., Ruricom's Dean"
    if not (role[:1].islower() or ends_in_role) or any(
        c.res.kind(m.key) == "person" for m in c.res.in_span(comma.end(), c.words[j].end())
    ):
        return None
    before = [m for m in c.res.in_span(max(c.s, comma.start() - 60), comma.start())]
    if before and before[-1].end == comma.start() and c.res.kind(before[-1].key) == "person":
        return before[-1].start, before[-1].end
    return None


def _clause_subject(text: str, start: int, upto: int, res: Resolver) -> str | None:
    """Subject of the first clause from `start` (the sentence, or the words after a quoted
    stretch inside it): the last mention before its first verb-like word ("The party
    daily Tribuna compared ... and said" -> Tribuna)."""
    subj = [key for p, key in res.subjects if start <= p < upto]
    if subj and res.kind(subj[0]) == "person" and text[start:upto].lstrip()[:1] in "HS":
        return subj[0]  # a pronoun subject ("She declined ... but said")
    ms = [m for m in res.in_span(start, upto) if res.kind(m.key) != "place"]
    for w in WORD.finditer(text, start, upto):
        g = w.group()
        if g.islower() and (g in SPEECH_VERBS or g in REPORT_VERBS or _VERBISH.fullmatch(g)):
            pron = _PRONOUN_BEFORE.search(text, max(start, w.start() - 5), w.start())
            if pron:  # "In an interview on ZBC, he declined ... but said"
                return res.pronoun(w.start(), pron.group(1).lower())
            before = [m for m in ms if m.end <= w.start()]
            if before:
                return before[-1].key
            break
    return subj[0] if subj else None


def label(text: str, q: Span, res: Resolver) -> Attribution | None:
    """'Minister Jane Roe: "..."': a name and a colon right before the opening mark."""
    colon = re.search(r":\s*$", text[max(0, q.open_at - 4) : q.open_at])
    if colon is None:
        return None
    end = q.open_at - (4 - colon.start()) if q.open_at >= 4 else colon.start()
    named = [m for m in res.in_span(max(0, end - 80), end) if m.end == end]
    if named and res.kind(named[-1].key) in ("person", "organization"):
        return Attribution(named[-1].key, ":")
    return None


def colon_intro(
    text: str, q: Span, sent: Sentence, res: Resolver, prev_close: int
) -> Attribution | None:
    """'Doe agreed: "..."': a colon right before the opening mark ends a clause with no
    speech verb; its subject (a person or a body) speaks, unless the clause names a thing
    words are written on ('put up a banner: "..."'), whose words nobody speaks."""
    colon = text.rfind(":", max(sent.start, prev_close, q.open_at - 4), q.open_at)
    if colon < 0 or text[colon + 1 : q.open_at].strip():
        return None
    start = max(sent.start, prev_close)
    bearer = _TEXT_BEARER.search(text, start, colon)
    if bearer is not None:  # 'a banner: "..."': the words on a thing; nobody says them,
        return Attribution(None, bearer.group())  # not even the previous speaker
    key = _clause_subject(text, start, colon, res)
    if key is None or res.kind(key) not in ("person", "organization"):
        return None
    last = re.search(r"(\w+)\W*$", text[start:colon])
    return Attribution(key, last.group(1) if last else ":")
