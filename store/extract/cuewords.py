"""The words of a reporting clause: tokens, where a noun phrase ends, the cue phrase
("told CNN", "said in a statement"), and writers named after "a letter signed by"."""

from __future__ import annotations

import re

from store.extract.lexicon import AUXILIARIES, NON_NAMES
from store.extract.resolve import Attribution, Resolver
from store.extract.wordlists import alternation, section


def _alt(key: str) -> str:
    return alternation("lists_cuewords", key)


WORD = re.compile(
    r"(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Rev|St|Sgt|Adm)\."
    r"|(?:Corp|Inc|Co|Cos|Ltd|Jr|Sr|Bros)\.(?=[,\s])|[A-Z]\.(?=\s[A-Z])"
    r"|[\w’'-]+|[,;:.!?—]"
)
PARTICIPLES = section("lists_cuewords", "PARTICIPLES")
STOP_NP = section("lists_cuewords", "STOP_NP")
BETWEEN = AUXILIARIES | section("lists_cuewords", "_BETWEEN_MORE")
_WRITTEN_BY = re.compile(
    r"\s+(?:from|in)\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+)?"
    rf"{_alt('_DOCUMENTS')}\s+{_alt('_SIGNED')}\s+by\s+"
)


_DET = section("lists_cuewords", "_DET")
_COPULA = section("lists_cuewords", "_COPULA")


def nounish(words: list[re.Match[str]], k: int) -> bool:
    """A speech-verb word used as a noun: "the report", "demand was strong"."""
    prev = words[k - 1].group().lower() if k > 0 else ""
    nxt = words[k + 1].group().lower() if k + 1 < len(words) else ""
    return prev in _DET or nxt in _COPULA


def np_end(text: str, words: list[re.Match[str]], k: int) -> int:
    """End of the noun phrase that starts at words[k] (stops at , . in on to ...)."""
    end = words[k - 1].end() if k > 0 else 0
    for w in words[k : k + 10]:
        g = w.group()
        if g in ",;:.!?—" or g in STOP_NP:
            break
        end = w.end()
    return end


_CUE_TAIL = re.compile(
    r"\s+(?:(?:in|on|during|via)\s+(?:a|an|the|his|her|its|their)?\s*"
    rf"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*|{_alt('_CUE_MEDIA')})"
    rf"(?:\s+{_alt('_CUE_MEDIA_TAIL')})?)"
)
_TOLD = re.compile(rf"\s+(?:(?:[Tt]he\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*|{_alt('_AUDIENCE')})")


def cue_phrase(text: str, words: list[re.Match[str]], k: int) -> str:
    """The verb with its auxiliaries and a short complement ("told CNN", "said in a statement")."""
    s = words[k].start()
    j = k - 1
    while j >= 0 and words[j].group().lower() in AUXILIARIES:
        s = words[j].start()
        j -= 1
    e = words[k].end()
    verb = words[k].group().lower()
    m = (_TOLD if verb in ("told", "tell", "tells", "telling") else _CUE_TAIL).match(text, e)
    if m:
        tail = re.split(r"[.,;:]\s", m.group() + " ")[0]  # not past the sentence end
        if not any(w.strip(".,") in NON_NAMES for w in tail.split()):
            e += len(tail)
    return text[s:e].rstrip(".,;: ")


def writer(text: str, after_verb: int, limit: int, res: Resolver) -> Attribution | None:
    """`X read out a note signed by Y` -> Y wrote it."""
    m = _WRITTEN_BY.match(text, after_verb, limit)
    if not m:
        return None
    words = list(WORD.finditer(text, m.end(), limit))
    if not words:
        return None
    np_e = np_end(text, words, 0)
    a = res.noun_phrase(m.end(), np_e)
    if a and a.speaker:
        verb = re.search(r"\S+$", text[max(0, after_verb - 30) : after_verb])
        start = after_verb - (len(verb.group()) if verb else 0)
        a.cue = text[start:np_e].strip()  # "read from a note signed by her aunt"
        return a
    return None


def according(text: str, words: list[re.Match[str]], k: int, res: Resolver) -> Attribution | None:
    """`according to X` (or `as stated on X`) opening at words[k]: X, with that cue."""
    n = _source_words(words, k)
    a = res.noun_phrase(words[k + n - 1].end(), np_end(text, words, k + n))
    if a:
        a.cue = " ".join(w.group().lower() for w in words[k : k + n])
    return a


def is_according(words: list[re.Match[str]], k: int) -> bool:
    return _source_words(words, k) > 0


def _source_words(words: list[re.Match[str]], k: int) -> int:
    """How many words of a source cue open at words[k]: 'according to' (2), 'as stated on'
    or 'as written in' (3), else 0."""
    w = [x.group().lower() for x in words[k : k + 3]]
    if w[:2] == ["according", "to"]:
        return 2
    if len(w) == 3 and w[0] == "as" and w[1] in _AS_STATED and w[2] in ("on", "in", "by"):
        return 3
    return 0


_AS_STATED = section("lists_cuewords", "_AS_STATED")


# "Jane Roe's husband": a person described by whose they are
POSSESSED = re.compile(r"\w['’]s\s+(?:[a-z][\w-]*\s+){0,3}([a-z][\w-]*)\s*$")


_RELATIONS = section("lists_context", "_KIN") | section("lists_cuewords", "_RELATIONS")


def owner_only(text: str, s: int, e: int, a: Attribution | None, res: Resolver) -> bool:
    """Did `a` take the phrase's owner for the speaker ("Jane Roe's husband said" ->
    Jane Roe)? Then the unnamed relative, lawyer or neighbour speaks, not the owner; a
    spokesman, a website or an office speaks for the owner ("Roe's spokesman said")."""
    if a is None or not a.speaker:
        return False
    tail = POSSESSED.search(text, s, e)
    if tail is None or tail.group(1) not in _RELATIONS:
        return False  # "Roe's spokesman", "Roe's website", "Roe's office" speak for Roe
    owners = [m for m in res.in_span(s, e) if m.key == a.speaker]
    return bool(owners) and all(text[m.end : m.end + 2] in ("'s", "’s") for m in owners)


# '," the statement read. It was signed by Jane Roe': a document speaks, its writer is
# named in the next sentence
_DOCUMENT_CUE = re.compile(
    rf"\s*,?\s*(?:the|a|an|its|their|his|her)\s+(?:\w+\s+)?{_alt('_DOCUMENTS')}"
    r"\s+[a-z]+[^.!?\"“”]{0,60}[.!?]"
)
_SIGNED_NEXT = re.compile(
    rf"\s*(?:It|The\s+{_alt('_DOCUMENTS')})\s+(?:was|is)\s+{_alt('_SIGNED')}\s+by\s+"
)


def signed_later(text: str, close: int, res: Resolver) -> Attribution | None:
    """The writer named right after '," the statement read.': "It was signed by X"."""
    cue = _DOCUMENT_CUE.match(text, close)
    if cue is None:
        return None
    by = _SIGNED_NEXT.match(text, cue.end())
    if by is None:
        return None
    words = list(WORD.finditer(text, by.end(), min(len(text), by.end() + 120)))
    if not words:
        return None
    a = res.noun_phrase(by.end(), np_end(text, words, 0))
    return a if a is not None and a.speaker else None
