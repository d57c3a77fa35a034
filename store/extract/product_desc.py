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
products (`Event.things`), never to its actors. A description fits only a product of
its kind (the lines of data/product_nouns.txt): one the article calls a phone ("the Z5
phone", or "the handset" first) is not "the car"; and "the car of one buyer", "the
engines of a fuel truck" are some other thing's, not a product's.
"""

from __future__ import annotations

import re
from collections import Counter

from store.extract.doc import ArticleDoc
from store.extract.wordlists import word_lines, words

_BACK = 3  # sentences back a description looks for a product
# "the aircraft", "these new planes", "its twin-deck airliner's": a determiner, up to
# two lower-case words, the noun (checked against data/product_nouns.txt)
_DESCRIPTION = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hese|[Ii]ts)\s+((?:[a-z-]+\s+){0,2}[a-z]+)\b")
_SUPERLATIVE = re.compile(r"\w{3,}est")  # "the largest jet": some other product
_OF = re.compile(r"\s+of\b")  # "the car of one buyer": some other thing's
# the lower-case word after a product's name and its codes ("the Z5 phone")
_NOUN_AFTER = re.compile(r"[\w-]+(?:\s+[A-Z\d][\w-]*)*\s+([a-z]+)")


def _other(word: str) -> bool:
    """Does this word before a product noun make it another product ("the other plane",
    "a rival jet", "the largest jet"; data/other_product_words.txt)?"""
    return word in words("other_product_words") or _SUPERLATIVE.fullmatch(word) is not None


def _kinds(noun: str) -> frozenset[int]:
    """The kinds (lines of data/product_nouns.txt) a product noun names."""
    return frozenset(i for i, line in enumerate(word_lines("product_nouns")) if noun in line)


def _fits(doc: ArticleDoc, spots: list[tuple[int, str]]) -> dict[str, frozenset[int]]:
    """Each product's kinds, from the product noun right after its name ("the Z5 phone")
    or at the head of a description `product_refs` gave it ("The handset sold well")."""
    out: dict[str, frozenset[int]] = {}
    for at, n in spots:
        m = _NOUN_AFTER.match(doc.text, at) or _DESCRIPTION.match(doc.text, at)
        if m:
            kinds = next((_kinds(w) for w in m.group(1).split() if _kinds(w)), frozenset())
            out[n] = out.get(n, frozenset()) | kinds
    return out


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
    fits = _fits(doc, named + referred)
    out: list[tuple[int, str]] = []
    body = doc.body
    for i, s in enumerate(body):
        since = body[i - _BACK].start if i >= _BACK else 0  # the headline opens the article
        for m in _DESCRIPTION.finditer(doc.text, s.start, s.end):
            if m.start() in taken:
                continue  # a subject `product_refs` read by the sentences just before
            ws = m.group(1).split()
            head = next((k for k, w in enumerate(ws) if w in nouns), None)
            if head is None or any(_other(p) for w in ws[:head] for p in w.split("-")):
                continue
            end = m.start(1) + len(" ".join(ws[: head + 1]))
            if _OF.match(doc.text, end):
                continue  # "the engines of a fuel truck"
            kinds = _kinds(ws[head])
            pool = {n for at, n in seen if since <= at < m.start()}
            pool = {n for n in pool if not fits.get(n) or fits[n] & kinds}
            if not pool:
                continue
            name = max(pool, key=lambda n: (count[n], -first[n]))
            fits[name] = fits.get(name) or kinds  # the first description tells its kind
            out.append((m.start(), name))
            seen.append((m.start(), name))
        seen.sort()
    return out
