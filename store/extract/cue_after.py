"""Cues after the closing mark: `," Trump said`, `," said the Church in a statement`,
`," he added`, `," according to X`, and a reporting clause closing the sentence."""

from __future__ import annotations

import re

from store.extract.cuewords import (
    BETWEEN,
    POSSESSED,
    STOP_NP,
    WORD,
    according,
    cue_phrase,
    is_according,
    nounish,
    np_end,
    owner_only,
    writer,
)
from store.extract.lexicon import SPEECH_VERBS
from store.extract.quotes import Span
from store.extract.resolve import Attribution, Resolver
from store.extract.sentences import Sentence
from store.extract.wordlists import alternation

Words = list[re.Match[str]]
_ED_VERB = re.compile(r"[a-z]{3,}ed")
# "said Lantern's President and Chief Executive, Jane Roe": a title before the name
_TITLED = re.compile(rf"\b{alternation('lists_cue_after', '_TITLED')}\b")
_LEAD = re.compile(r"\s*([,—–-])?\s*")
# "the Lantern Times quoted Jane Roe as saying": the words relayed are Roe's
_QUOTED_AS = re.compile(
    r"(?:[^.!?\"“”]|\.(?=\w)){1,60}?\bquoted\s+([^.!?\"“”,]{1,60}?)\s+as\s+(?:saying|telling|stating)\b"
)


def after_cue(text: str, q: Span, limit: int, res: Resolver) -> Attribution | None:
    """`," Roe said` / `," said the Guild in a statement` / `," he added`."""
    lead = _LEAD.match(text, q.close_at, max(q.close_at, limit))
    base = lead.end() if lead else q.close_at
    words = list(WORD.finditer(text, base, limit))
    if not words:
        return None
    if is_according(words, 0):
        return according(text, words, 0, res)
    relayed = _QUOTED_AS.match(text, base, limit)
    if relayed:  # '," the Lantern Times quoted Roe as saying': Roe speaks, not the paper
        a = res.noun_phrase(relayed.start(1), relayed.end(1))
        if a is not None and a.speaker:
            a.cue = relayed.group().strip(" ,")
            return a
    if not _opens_cue(text, q, words, bool(lead and lead.group(1))):
        return None
    k = _verb_index(words)
    if k is None:
        return _odd_verb(text, words, limit, res)
    found = writer(text, words[k].end(), limit, res)
    if found:
        return found
    if k == 0:
        return _inverted(text, words, limit, res)
    return _subject_before(text, words, k, base, res)


def _opens_cue(text: str, q: Span, words: Words, dash_or_comma: bool) -> bool:
    """Can a cue follow? '"...," said', '"...?" she asked', '"... ." he added' (lower case);
    not '"...," and said' (the sentence's subject speaks: see before_cue)."""
    first = words[0].group()
    if first.lower() in ("and", "but", "or"):
        return False
    inner_end = text[q.start : q.close_at].rstrip("”\"'’` ")[-1:]
    if inner_end in (",", "?", "!") or dash_or_comma:
        return True
    return inner_end in (".", "…") and first[0].islower()


def _verb_index(words: Words) -> int | None:
    """Index of the speech verb within the first words, None past a sentence end."""
    for k, w in enumerate(words[:16]):
        lw = w.group().lower()
        if lw in SPEECH_VERBS and w.group()[0].islower() and not nounish(words, k):
            return k
        if k == 0 and _ED_VERB.fullmatch(w.group()) and words[1:2] and words[1].group().istitle():
            return k  # '"...," enthused Jane Roe': any past-tense verb between quote and name
        if lw in ".!?" or (lw in STOP_NP and k < 2):
            return None
    return None


_VERB_FORM = re.compile(r"[a-z]{3,}(?:ed|[^s]s)")


def _odd_verb(text: str, words: Words, limit: int, res: Resolver) -> Attribution | None:
    """'"...," worries former adviser Jane Roe.': a verb no list holds, right after the
    quote, whose subject phrase names a person."""
    if not _VERB_FORM.fullmatch(words[0].group()) or len(words) < 2:
        return None
    end = np_end(text, words, 1)
    a = res.noun_phrase(words[0].end(), end)
    if a is None or not a.speaker or res.kind(a.speaker) != "person":
        return None
    return _inverted(text, words, limit, res)


def _inverted(text: str, words: Words, limit: int, res: Resolver) -> Attribution | None:
    """`said X` / `said the Church in a statement` / `said the agency's head, Jane Roe`."""
    verb = words[0]
    end = np_end(text, words, 1)
    a = res.noun_phrase(verb.end(), end)
    described = (
        a is None
        or a.speaker is None
        or _TITLED.search(text, verb.end(), end)
        or POSSESSED.search(text, verb.end(), end)
    )
    named = _named_after(text, end, limit, res) if described else None
    if named is not None:
        a = Attribution(named, "")
    elif owner_only(text, verb.end(), end, a, res):
        a = Attribution(None, "", text[verb.end() : end].strip(" ,"))
    if a:
        cue = text[verb.start() : end].strip(" ,")
        a.cue = cue if len(cue) <= 60 else verb.group()
    return a


def _subject_before(
    text: str, words: Words, k: int, base: int, res: Resolver
) -> Attribution | None:
    """`X said`, `Jerry Stanton, publisher of X, said`, `the leader, Ana Ruiz, wrote`."""
    commas = [w for w in words[:k] if w.group() in ",;:—"]
    if commas and len(commas) != 2:
        return None
    if commas:
        a = res.noun_phrase(base, commas[0].start())
        if a is None or a.speaker is None or POSSESSED.search(text, base, commas[0].start()):
            inner = res.noun_phrase(commas[0].end(), commas[1].start())
            a = inner if inner is not None and inner.speaker else a
    else:
        j = k - 1
        while j > 0 and words[j].group().lower() in BETWEEN:
            j -= 1
        if j > 11:
            return None
        a = res.noun_phrase(base, words[j].end())
    if owner_only(text, base, words[k].start(), a, res):
        a = Attribution(None, "", text[base : words[k].start()].strip(" ,"))
    if a:
        a.cue = cue_phrase(text, words, k)
    return a


def _named_after(text: str, end: int, limit: int, res: Resolver) -> str | None:
    """', Jane Roe' right after a describing phrase names the speaker it describes."""
    m = re.match(r"\s*,\s+", text[end:limit])
    if not m:
        return None
    at = end + m.end()
    people = [x for x in res.in_span(at, limit) if x.start == at and res.kind(x.key) == "person"]
    return people[0].key if people else None


def tail_cue(text: str, q: Span, sent: Sentence, res: Resolver) -> Attribution | None:
    """`"Long overdue" the bridge was mended, said Piet Tarnby.`: a reporting clause
    closing the sentence the quote sits in."""
    commas = [i for i in range(q.close_at, sent.end) if text[i] == ","]
    for c in reversed(commas[-3:]):
        fake = Span(c, c, c, c)
        a = after_cue(text, fake, sent.end, res)
        if a is not None and (a.speaker or a.mention):
            return a
    return None
