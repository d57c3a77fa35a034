"""Who a sentence is about when it does not name them: "he", "the company", "it".

An actor's timeline holds the sentences in which it acts under another name. Built on
the speaker `Resolver` (salience, gender, "the company" -> the last organisation with
that head word), kept conservative, since a wrong link puts a stranger's news on the
timeline: a subject pronoun ("In 1986 he bought ...", "This, he said, ...") only
outside quoted words, before any person is named in the sentence. (A sentence-opening
"It" for the one organisation named just before lost precision and is not linked.)
"""

from __future__ import annotations

import re
from bisect import bisect_left

from store.extract.doc import ArticleDoc
from store.extract.participants import names_product
from store.extract.resolve import Resolver

_SUBJECT_PRONOUN = re.compile(r"\b(he|she)\b")


def referents(doc: ArticleDoc, res: Resolver) -> dict[int, list[str]]:
    """Body sentence start -> actor keys it refers to without naming them."""
    out: dict[int, list[str]] = {}
    makers = {
        m.start
        for m in doc.mentions
        if m.key in doc.actors
        and doc.actors[m.key].kind == "organization"
        and names_product(doc.text, m.start, m.end)
    }  # "The Northwind A9 is ...": the product's subject, not the maker's
    subjects = sorted(x for x in res.subjects if x[0] not in makers)
    starts = [p for p, _ in subjects]
    for s in doc.body:
        keys = [k for _, k in subjects[bisect_left(starts, s.start) : bisect_left(starts, s.end)]]
        key = _pronoun(doc, res, s.start, s.end)
        if key:
            keys.append(key)
        keys = [k for k in dict.fromkeys(keys) if k in doc.actors]
        if keys:
            out[s.start] = keys
    return out


def _pronoun(doc: ArticleDoc, res: Resolver, start: int, end: int) -> str | None:
    """The person a subject "he"/"she" stands for, if no person is named before it."""
    for m in _SUBJECT_PRONOUN.finditer(doc.text, start, end):
        at = m.start()
        if any(a <= at < b for a, b in doc.quoted):
            continue
        named = [
            x
            for x in doc.mentions_in(start, at)
            if x.key in doc.actors and doc.actors[x.key].kind == "person"
        ]
        if named:
            return None
        return res.pronoun(at, m.group(1))
    return None
