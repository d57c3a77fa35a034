"""Back-references: an undated sentence that tells of an earlier happening.

"Ever since its founding, the choir has toured ...", "When Roe first unveiled the bridge,
...", "This was her third term in office": the happening is not on the day the article was
published (nor on the news day its lead names) but some time before it, and the text
does not say when. TimeML would relate such an event BEFORE the document's time; its
`when` here is the same PAST_REF range a "recently" gets (no start, ending at the
publication), so the timeline never shows it as a point on the publication day, and
story grouping may link it to a dated report of that happening in another article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from store.extract.wordlists import alternation
from store.models import When

_DET = alternation("lists_backrefs", "_DETERMINER")
_NOT = alternation("lists_backrefs", "_NOT_HAPPENING")
_PAST = rf"(?:\w+ed|{alternation('lists_clauses', '_PAST')})"  # "began", "opened"
_ORD = alternation("lists_backrefs", "_ORDINAL")
_OWNER = rf"(?:{_DET}|[A-Z][\w.-]*['’]s?)"  # "its", "the", "Roe's"
# the happening's noun: small words up to a determiner or pronoun, which starts a clause
# ("ever since its founding the choir has toured"), "of" and its owner kept ("of Roe's leave")
_NOUN = rf"(?!{_NOT}\b)[a-z][\w-]*(?:\s+(?!{_DET}\b|it\b|he\b|she\b|they\b|we\b)[a-z][\w-]*){{0,2}}"
_OBJECT = r"(?:(?:\s+[\w’'-]+){0,3}?(?=\s*[,.;:!?)]|\s*$))?"  # "first unveiled the Zeta 4,"
# "since its founding", "since the beginning of her leave", "since Roe's arrival"
_SINCE_NOUN = re.compile(
    rf"\b[Ss]ince\s+(?:the\s+(?:beginning|start|outset)\s+of\s+)?{_OWNER}\s+{_NOUN}"
)
# "since it opened", "since he took office", when the main clause is in the perfect
# ("sales have doubled since it opened"); not a causal "since" ("since he refused, ...")
_SINCE_CLAUSE = re.compile(
    rf"\b[Ss]ince\s+(?:it|he|she|they|we)\s+(?:first\s+)?{_PAST}\b(?:\s+[a-z]+){{0,2}}"
)
_PERFECT = re.compile(r"\b(?:has|have|had)\b|['’]ve\b", re.I)
# "when Roe first unveiled the bridge", "after it was first shown"; not in a relative
# clause about someone else ("the paper, which first broke the news"), not "first" as an
# adjective ("the first elected mayor", "its first reported case") nor in a participle
# aside ("Roe, first elected in 2001, ...")
_FIRST = re.compile(rf"(?<!\bwho )(?<!\bwhich )(?<!\bthat )\bfirst\s+{_PAST}\b{_OBJECT}")
_BEFORE_ADJECTIVE = re.compile(rf"(?:\b(?:{_DET}|an?|[A-Z][\w.-]*['’]s?)|,)\s*$")
# "This was his third leave": an ordinal after a pronoun that points back; "The ruling was
# Roe's second defeat" and "the latest in a series" place today's news in a series
_ORDINAL = re.compile(
    rf"(?:(?<=\bThis )|(?<=\bThat )|(?<=\bIt ))(?:was|were)\s+{_OWNER}\s+{_ORD}\s+"
    rf"[a-z][\w-]*{_OBJECT}"
)
# an aside about someone ("Roe, who was first elected ..., resigned") tells of that person
_RELATIVE = re.compile(r",\s*(?:who|which|whose)\b[^,;]*")


# what every rule above needs, checked first: most sentences have none of it
_POINTER = re.compile(r"\b(?:This|That|It) (?:was|were)\b")


def may_refer_back(sentence: str) -> bool:
    """Has the sentence a word without which no rule above matches ("since", "first",
    "This was")? A cheap test that spares the rules most sentences."""
    return "ince" in sentence or "first" in sentence or _POINTER.search(sentence) is not None


def back_reference(sentence: str) -> str:
    """The words by which an undated sentence refers to an earlier happening and name it
    ("since its founding", "first unveiled the bridge"), or "" when it does not."""
    if not may_refer_back(sentence):
        return ""
    sentence = _RELATIVE.sub(lambda m: " " * len(m.group(0)), sentence)
    m = _SINCE_NOUN.search(sentence)
    if m is not None:
        return m.group(0)
    m = _SINCE_CLAUSE.search(sentence)
    if m is not None and _PERFECT.search(sentence[: m.start()] + sentence[m.end() :]):
        return m.group(0)
    for m in _FIRST.finditer(sentence):
        if not _BEFORE_ADJECTIVE.search(sentence, 0, m.start()):
            return m.group(0)
    m = _ORDINAL.search(sentence)
    return m.group(0) if m is not None else ""


def back_when(
    text: str, start: int, end: int, quoted: Sequence[tuple[int, int]], published: date
) -> When | None:
    """The PAST_REF date of the sentence text[start:end] when, outside its quoted words
    (what someone said is not what the sentence tells), it refers back to an earlier
    happening; None when it does not."""
    if not may_refer_back(text[start:end]):
        return None
    chars = list(text[start:end])
    for a, b in quoted:
        for i in range(max(a, start), min(b, end)):
            chars[i - start] = " "
    words = back_reference("".join(chars))
    return before_when(published, words) if words else None


def before_when(published: date, words: str) -> When:
    """Some time before publication: TimeML's PAST_REF, an open span ending that day."""
    return When(
        text=words,
        value="PAST_REF",
        type="DATE",
        start=None,
        end=published,
        granularity="vague",
        approximate=True,
    )
