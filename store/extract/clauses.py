"""Date words that belong to a part of a sentence, not to the sentence's own event.

"Since the strike began on March 3, 2021, ..." (a background clause), "the mine, opened
three years ago, is to close" (a participial aside between commas), "he sailed to Zenda
in 1998 and settled in Port Vell in 2011" (a second clause with a date of its own),
"between June 13 and June 24" (two mentions that are one span) and "Roe said the port
will open in 2027" (a plan announced: the saying is the event) are read here; events.py
decides what the sentence's events are from them.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from lemminflect import getAllLemmas, getInflection

from store.extract.lexicon import SPEECH_VERBS
from store.extract.titles import make_title
from store.extract.wordlists import alternation, section
from store.models import TimeMention, When
from store.timex.ranges import value_range

BACKGROUND = re.compile(
    r"\b(since|when|after|before|following|until)\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+)?"
    r"[^,;.\"“”`']{0,80}?\b(?:began|begun|started|ended|erupted|broke out|took office|"
    r"was founded|was elected|came to power|opened|closed|died|was killed)\b"
    r"(?:[^;.\"“”`'](?!\b(?:said|says|told|added)\b))*$"
)
# ", opened three years ago,", ", who was born on May 2, 1950,", ", first used in 2009,": a
# past participle right after a comma opens an aside about the noun before it
_PARTICIPLE = re.compile(
    r",\s+(?:(?:which|who)\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?)?"
    rf"(?:{alternation('lists_clauses', '_PARTICIPLE_ADVERB')}\s+)?"
    r"(?:[a-z]+(?:ed|en|un|wn|orn|ilt|ught|ade|ld)|"
    rf"{alternation('lists_clauses', '_PARTICIPLE')})\s"
    r"[^,;:.()\"“”]*$"
)
_CLOSE = re.compile(
    r"\s*,\s+(?:and\s+)?(?:has|have|had|is|are|was|were|will|would|[a-z]+(?:ed|s))\b"
)


# a participle right after a noun, no comma between ("a deal begun last year was ...",
# "follows a timetable drawn up in 2012"): a reduced relative clause about that noun
_DET = frozenset("a an the its his her their this that".split())
_ADVERB = frozenset(section("lists_clauses", "_PARTICIPLE_ADVERB"))
_LISTED = frozenset(w for w in section("lists_clauses", "_PARTICIPLE") if "_" not in w)
_WORDS = re.compile(r"[\w'’-]+")
_STOP = re.compile(r"[,;:.()\"“”]")
_FINITE_NEXT = re.compile(r"\s+(?:has|have|had|is|are|was|were|will|would)\b")
_NOT_PRESENT = frozenset({"is", "was", "has", "as", "this", "thus", "us", "its", "his"})


@lru_cache(maxsize=4096)
def participle(word: str) -> bool:
    """Whether `word` is a verb's past participle ("reached", "drawn", "built"), by the
    lemminflect lexicon: a word ending doesn't tell ("children", "garden", "trade")."""
    if word in _LISTED:
        return True
    lemmas = getAllLemmas(word, upos="VERB").get("VERB", ())
    return any(word in getInflection(lem, tag="VBN", inflect_oov=False) for lem in lemmas)


def _reduced_at(words: list[re.Match[str]], det: int) -> int | None:
    """The index of the participle that follows the noun phrase opened at `det` ("the
    ferry deal begun", "a timetable first drawn"), or None."""
    if words[det].group().lower() not in _DET:
        return None
    for k in range(det + 2, min(det + 6, len(words))):
        w = words[k].group()
        nouns = k - det - 1 - (words[k - 1].group() in _ADVERB)
        if 1 <= nouns <= 3 and w.islower() and participle(w):
            return k
    return None


def _long_before(when: When, published: date | None) -> bool:
    """A date that cannot be a present verb's (a headline's present may tell of last
    Monday): a month or longer ended before publication, or a day more than a month ago."""
    start, end = when.start, when.end
    if published is None or start is None or end is None or end >= published:
        return False
    return (end - start).days >= 27 or (published - end).days > 31


def reduced(
    text: str, sent_start: int, m: TimeMention, published: date | None = None
) -> tuple[int, int] | None:
    """The (start, end) of a reduced relative clause without commas that holds `m`, when
    its date cannot be the sentence's: the sentence's verb follows it ("A deal begun last
    year was signed on Monday") or is in the present before it and the date is long past
    ("The ferry follows a timetable drawn up in 2012"); a past verb before it ("He joined
    the choir led by Roe in 2004") may well be the dated one, and is left alone."""
    head = text[sent_start : m.start]
    words = list(_WORDS.finditer(head))
    if words and not _STOP.search(head) and _FINITE_NEXT.match(text, m.end):
        k = _reduced_at(words, 0)
        if k is not None:
            return sent_start + words[k].start(), m.end
    if not _long_before(m.when, published):
        return None
    stops = list(_STOP.finditer(head))
    words = [w for w in words if not stops or w.start() > stops[-1].start()]
    for i, verb in enumerate(words[:-2]):
        k = _reduced_at(words, i + 1)
        v = verb.group()
        if (
            k is None
            or not re.fullmatch(r"[a-z]+s", v)
            or head[verb.end() : words[i + 1].start()].strip()
        ):
            continue
        if v in _NOT_PRESENT or v.endswith(("ss", "us")) or v in SPEECH_VERBS:
            return None  # "says the firm launched it in 2003": that clause is the news
        return sent_start + words[k].start(), m.end
    return None


def aside(
    text: str, sent_start: int, m: TimeMention, published: date | None = None
) -> tuple[int, int] | None:
    """The (start, end) of the participial aside that holds mention `m` ("the mine, opened
    three years ago, is to close": ", opened three years ago,"), or None. The aside
    must close with a comma before the sentence's verb goes on ("is", "to close"); or it
    is a reduced relative without commas (reduced()). Only a DATE holds an aside."""
    if m.type != "DATE":
        return None
    head = text[sent_start : m.start]
    opened = _PARTICIPLE.search(head)
    if opened is None:
        return reduced(text, sent_start, m, published)
    # the date's own comma ("May 2, 1950,") belongs to the date
    closed = _CLOSE.match(text, m.end)
    if closed is None:
        return reduced(text, sent_start, m, published)
    return sent_start + opened.start() + 1, m.end


_SPAN_OPEN = re.compile(r"\b(between|from)\s+$", re.I)
_SPAN_JOIN = {"between": ("and",), "from": ("to", "until", "till", "through", "-", "–", "—")}


def joined(text: str, main: TimeMention, inside: list[TimeMention]) -> TimeMention:
    """ "between June 13 and June 24", "from 1998 to 2003": one mention spanning both."""
    opened = _SPAN_OPEN.search(text[max(0, main.start - 12) : main.start])
    later = [m for m in inside if m.start >= main.end and m.type == "DATE"]
    if opened is None or not later or main.when.start is None or later[0].when.end is None:
        return main
    other = later[0]
    if text[main.end : other.start].strip().lower() not in _SPAN_JOIN[opened.group(1).lower()]:
        return main
    if other.when.end < main.when.start:
        return main
    words = text[main.start - len(opened.group(0)) : other.end]
    when = main.when.model_copy(update={"text": words, "end": other.when.end})
    return main.model_copy(update={"end": other.end, "when": when})


def point(when: When, published: date) -> When:
    """The clause's own date: "(since) the strike began on March 3, 2021" happened that day,
    even though the tagger widened the mention to a span up to publication."""
    start, end, _ = value_range(when.value, published)
    if start is None or end is None:
        return when
    return when.model_copy(update={"start": start, "end": end})


def aside_title(text: str, sent_start: int, start: int, end: int) -> str:
    """An aside's event titled with the noun it tells of: "Zeta mine opened three years
    ago" (the last words before its comma, back to a comma or "that")."""
    before = re.split(r",|\bthat\b", text[sent_start : start - 1])[-1].split()
    return make_title(" ".join([*before[-6:], text[start:end].strip()]))


_PAST = rf"(?:[a-z]+ed|{alternation('lists_clauses', '_PAST')})"
_AND = re.compile(rf",?\s+and\s+(?:(?:then|later|also)\s+)?(?:(?P<verb>{_PAST})\b|in\s+)")
_FIRST_PAST = re.compile(rf"\b{_PAST}\b")


def second_clause(
    text: str, sent_start: int, sent_end: int, main: TimeMention, inside: list[TimeMention]
) -> tuple[int, TimeMention, str, int] | None:
    """A clause joined by "and" that has a date of its own ("He sailed to Zenda in 1998
    and settled in Port Vell in 2011", "..., and in 1995 the choir won a prize"): where it
    starts, its date, its title (the first clause's subject lent to a bare verb) and where
    that lent subject ends (`sent_start` when none is lent)."""
    later = [
        m
        for m in inside
        if m.start >= main.end and m.type == "DATE" and not m.value.endswith("_REF")
    ]
    for m in later:
        gap = text[main.end : m.start]
        hits = list(_AND.finditer(gap))
        if not hits or re.search(r"[;:\"“”()]", gap):
            continue
        hit = hits[-1]
        if hit.group("verb") is None and hit.end() != len(gap):
            continue  # "and in" must open on the date: "and in 1995 ..."
        start = main.end + hit.start() + gap[hit.start() :].index("and")
        clause = text[start + 4 : sent_end]
        lent = sent_start
        if hit.group("verb") is not None:
            verb = _FIRST_PAST.search(text, sent_start, main.start)
            subject = text[sent_start : verb.start()].strip(" ,") if verb else ""
            if subject and len(subject.split()) <= 6:
                clause = f"{subject} {clause}"
                lent = verb.start()  # type: ignore[union-attr]
        return start, m, make_title(clause), lent
    return None


_DEADLINE = re.compile(r"\b(?:before|by|until)\s+$")


def announced(text: str, start: int, main: TimeMention, published: date) -> bool:
    """Is a later date told by a speech verb before it ("Roe announced that the port
    will open in 2027", "This, she said, will happen next year", a deadline still ahead:
    "Roe demanded that the ferry run again by the end of the month")? Then the sentence's event
    is the announcement; the plan's date stays in its words."""
    w = main.when
    if w.start is None:
        return False
    head = text[start : main.start]
    # a deadline still ahead ("run again by the end of the month") is later too
    ahead = w.end is not None and w.end > published and _DEADLINE.search(head) is not None
    if w.start <= published and not ahead:
        return False
    before = set(re.findall(r"[a-z]+", head.lower()))
    return bool(before & SPEECH_VERBS)
