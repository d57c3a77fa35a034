"""Which earlier sentence "The deal ...", "The ceremony ..." goes on telling of.

A story names its happening once with its actors ("Lantern Air has agreed to buy ten
jets from Northwind") and then calls it "the deal", "the sale", "the ceremony": those
sentences belong on the same actors' timelines. A sentence whose subject is "the" or
"this" with a happening noun (data/event_nouns.txt) tells of the last earlier sentence
that used the same noun, else of the story's lead (its first body sentence).
"""

from __future__ import annotations

import re

from store.extract.doc import ArticleDoc
from store.extract.wordlists import words

# the subject, after an optional leading phrase: "The deal", "However, this sale"
_SUBJECT = re.compile(
    r"(?:[^,.;:\"“”]{0,60},\s*)?(?:[Tt]he|[Tt]his)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b"
    r"(?=\s+(?:[a-z]+\s+)?(?:is|was|were|are|has|had|have|will|would|could|should|may|might|"
    r"[a-z]+ed)\b)"
)


def event_antecedents(doc: ArticleDoc) -> dict[int, int]:
    """Body sentence start -> the start of the earlier sentence its happening noun
    goes on telling of."""
    nouns = words("event_nouns")
    body = doc.body
    out: dict[int, int] = {}
    for i, s in enumerate(body):
        if i == 0:
            continue
        m = _SUBJECT.match(doc.text, s.start, s.end)
        if m is None or m.group(1) not in nouns:
            continue
        noun = re.compile(rf"\b{m.group(1)}\b", re.I)
        earlier = [p for p in body[:i] if noun.search(p.text)]
        out[s.start] = (earlier[-1] if earlier else body[0]).start
    return out
