"""Who a sentence is about when it does not name them: "he", "the company", "it".

An actor's timeline holds the sentences in which it acts under another name. Built on
the speaker `Resolver` (salience, gender, "the company" -> the last organisation with
that head word), kept conservative, since a wrong link puts a stranger's news on the
timeline: a subject pronoun ("In 1986 he bought ...", "This, he said, ...") only
outside quoted words, before any person is named in the sentence. Two checks on the
resolver: "he" prefers a recent subject known to be a man over a name of unknown gender,
and "the company" is never a maker named only for its product ("ten Northwind A9 jets").
(A sentence-opening "It" for the one organisation named just before lost precision and
is not linked.)
"""

from __future__ import annotations

import re
from bisect import bisect_left

from store.extract.doc import ArticleDoc
from store.extract.letters import FIRST_PERSON, letter_authors
from store.extract.participants import names_product
from store.extract.resolve import Resolver

_SUBJECT_PRONOUN = re.compile(r"(h(?<!\wh)e|s(?<!\ws)he)\b")  # "\b(he|she)\b", letter first
_LEAD_PRONOUN = re.compile(r"\W*(He|She)\b")
_BACK = 3  # sentences back a pronoun looks for a person of its gender
_NOUN = re.compile(r"(?:[Tt]he|[Ii]ts)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b")


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
    named_at = {m.start for m in doc.mentions}
    subjects = sorted(
        (p, k if p in named_at else _unnamed(doc, res, p, k, makers))
        for p, k in res.subjects
        if p not in makers
    )
    starts = [p for p, _ in subjects]
    letters = letter_authors(doc)
    for s in doc.body:
        keys = [k for _, k in subjects[bisect_left(starts, s.start) : bisect_left(starts, s.end)]]
        key = _pronoun(doc, res, s.start, s.end)
        if key:
            keys.append(key)
        if s.start in letters and _first_person(doc, s.start, s.end):
            keys.append(letters[s.start])  # "I will stay on as chair" in Roe's letter
        keys = [k for k in dict.fromkeys(keys) if k in doc.actors]
        if keys:
            out[s.start] = keys
    return out


def _first_person(doc: ArticleDoc, start: int, end: int) -> bool:
    """Does "I", "my" or "me" stand in text[start:end] outside quoted words?"""
    return any(
        not any(a <= m.start() < b for a, b in doc.quoted)
        for m in FIRST_PERSON.finditer(doc.text, start, end)
    )


def _unnamed(doc: ArticleDoc, res: Resolver, at: int, key: str, makers: set[int]) -> str:
    """Who a subject the resolver found without a name stands for, checked: "He"
    (`_gendered`), "the company" (`_body`)."""
    he = _LEAD_PRONOUN.match(doc.text, at)
    if he is not None:
        return _gendered(doc, res, at, he.group(1).lower()) or key
    return _body(doc, at, key, makers)


def _body(doc: ArticleDoc, at: int, key: str, makers: set[int]) -> str:
    """'The company said': the organisation named last before it, leaving out a maker
    named for its product ("... ten Northwind A9 jets. The company said": the buyer)."""
    actors = doc.actors
    if key not in actors or actors[key].kind != "organization":
        return key  # "he", or a body the resolver found by its word ("the ministry")
    noun = _NOUN.match(doc.text, at)
    word = noun.group(1).lower() if noun else ""
    orgs = [
        m
        for m in doc.mentions
        if m.end <= at
        and m.start not in makers
        and m.key in actors
        and actors[m.key].kind == "organization"
    ]
    by_word = [m for m in orgs if word and word in m.key.lower()]
    pick = (by_word or orgs)[-1:]
    return pick[0].key if pick else key


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
        return _gendered(doc, res, at, m.group(1))
    return None


def _gendered(doc: ArticleDoc, res: Resolver, at: int, word: str) -> str | None:
    """The resolver's pick for "he"/"she" at `at`, unless its gender is unknown (a
    surname alone, or a lone word taken for a name) and a person known to be "he"/"she"
    was a subject of the last few sentences: that person."""
    key = res.pronoun(at, word)
    if key is None or res.gender.get(key, ""):
        return key
    g = "m" if word == "he" else "f"
    before = [s.start for s in doc.body if s.start <= at]
    since = before[-_BACK - 1] if len(before) > _BACK else 0
    known = [
        (p, k)
        for p, k in res.subjects
        if since <= p < at and res.kind(k) == "person" and res.gender.get(k, "") == g
    ]
    return max(known)[1] if known else key
