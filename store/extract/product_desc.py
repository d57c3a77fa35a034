"""Products a sentence tells of by a description anywhere in it, for search.

`product_refs` reads a product's subject ("The plane landed"), which also makes the
sentence an event. A reader who searches for the "Northwind A9" also wants "Lantern Air
wants ten more of the jets" and "crowds at Zenda cheered the airliner": a definite
description with a product noun ("the aircraft", "these planes", "its new jet") in any
place of the sentence, while a product was named (or so described) in the sentence or
the few before (the headline counts for the first few). It stands for the most
talked-about of those products in the article (most mentions; the first named on a
tie), not the last one named: an article about the A9 that compares it with "the
Lantern 7" once still means the A9 by "the aircraft"; mentions are counted by the
sentences naming the product. A subject that `product_refs` resolved keeps its product
(the one the sentences just before led with). These names only go to the event's
products (`Event.things`), never to its actors.
"""

from __future__ import annotations

import re
from collections import Counter

from store.extract.doc import ArticleDoc
from store.extract.wordlists import words

_BACK = 3  # sentences back a description looks for a product
# "the aircraft", "these new planes", "its twin-deck airliner's": a determiner, up to
# two lower-case words, the noun (checked against data/product_nouns.txt)
_DESCRIPTION = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hese|[Ii]ts)\s+((?:[a-z-]+\s+){0,2}[a-z]+)\b")
_SUPERLATIVE = re.compile(r"\b(?:most|least|\w{3,}est|other|another|rival)\b")


def described_products(
    doc: ArticleDoc, named: list[tuple[int, str]], referred: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """(offset, product name) for each product description in the body, given where
    the article names its products (`named`: offset, fullest name) and where it refers
    to them otherwise (`referred`: "it", "the plane" as a subject). Only names count
    towards how talked-about a product is."""
    if not named:
        return []
    named = sorted(set(named))
    # sentences naming it ("Northwind 797" and its "797" inside count once)
    count = Counter(n for n, _ in {(n, doc.sentence_at(at)) for at, n in named})
    first: dict[str, int] = {}
    for at, n in named:
        first.setdefault(n, at)
    seen = sorted(named + [(at, n) for at, n in referred if n in count])
    taken = {at for at, _ in referred}
    nouns = words("product_nouns")
    out: list[tuple[int, str]] = []
    body = doc.body
    for i, s in enumerate(body):
        since = body[i - _BACK].start if i >= _BACK else 0  # the headline opens the article
        for m in _DESCRIPTION.finditer(doc.text, s.start, s.end):
            if m.start() in taken:
                continue  # a subject `product_refs` read by the sentences just before
            ws = m.group(1).split()
            head = next((k for k, w in enumerate(ws) if w in nouns), None)
            if head is None or _SUPERLATIVE.search(" ".join(ws[:head])):
                continue
            pool = {n for at, n in seen if since <= at < m.start()}
            if not pool:
                continue
            name = max(pool, key=lambda n: (count[n], -first[n]))
            out.append((m.start(), name))
            seen.append((m.start(), name))
        seen.sort()
    return out
