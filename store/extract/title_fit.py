"""A title cut to the row's width at a phrase boundary (`fit`).

The cut keeps a whole phrase with a verb: never after a function word, inside an open
quote, an unfinished "while ..." clause or a that-clause without its verb; "to" ends
a title only after a noun phrase. Only when no boundary fits is it cut at a word with "…".
"""

from __future__ import annotations

import re

from store.extract.word_trie import trie_alternation as alternation
from store.extract.wordlists import section

TITLE_MAX = 72
_AIM = 70  # a phrase-boundary cut aims a little under the hard limit
_MIN_CUT = 24  # a phrase-boundary cut keeps at least this many characters
_DANGLING = section("lists_titles", "_DANGLING")
# ",\s|;\s|\s(?:--|—|–)\s|\s\(|\s(?=break word\s)" opening with its marks as one class,
# each branch after it for its mark (the engine skips to the marks)
_BREAK = re.compile(
    r"[,;\s](?:(?<=[,;])\s|(?<=\s)(?:(?:--|—|–)\s|\(|"
    rf"(?={alternation('lists_titles', '_BREAK_WORDS')}\s)))"
)
# how far past its start a break match reads: a space, the longest break word, a space
# (a phrase's "\\s+" reads on without end: then the whole text is scanned)
_BREAK_REACH = (
    2 + max(len(w) for w in section("lists_titles", "_BREAK_WORDS"))
    if all(w.isalpha() for w in section("lists_titles", "_BREAK_WORDS"))
    else 10**9
)
# "sell the older ferries [to ...]": "to" ends a title only after a noun
# phrase opened by a determiner, never after a verb ("it plans [to ...]")
_CONTROL = re.compile(
    rf"\b{alternation('lists_titles', '_CONTROL')}(?:s|ed|d)?\s+"
    rf"(?:{alternation('lists_titles', '_DETERMINERS')}\s+)?[\w-]+(?:\s[\w-]+)?$"
)
_NP_END = re.compile(
    r"\b(?:the|a|an|its|his|her|their|our|all|some|several|many|"
    r"(?!(?:she|he|it|that|there|what|who|let)['’])\w+['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}[\w-]+$",
    re.I,
)


def _balanced(s: str) -> bool:
    opens = s.count("“") + s.count("‘") + s.count("(")
    closes = s.count("”") + s.count("’") + s.count(")")
    if "’" in s:  # an apostrophe ("don’t") closes nothing
        closes -= len(_APOSTROPHE.findall(s))
    return opens <= closes and s.count('"') % 2 == 0


_APOSTROPHE = re.compile(r"\w’\w")
_VERBISH = section("lists_titles", "_VERBISH")
# (no comma may follow an opener, which holds none: a match starts after the last comma)
_OPEN_CLAUSE = re.compile(
    rf"(?:^|\s){alternation('lists_titles', '_CLAUSE_OPENERS')}\s[^,]*$", re.I
)
_OPEN_FROM = (
    (lambda s: s.rfind(",") + 1)
    if not any("," in w for w in section("lists_titles", "_CLAUSE_OPENERS"))
    else (lambda s: 0)
)
# what follows "and"/"or" when they start a new phrase, not join two adjectives
_NEW_PHRASE = re.compile(
    r"(?!(?:and|or)\s)\w+\s|(?:and|or)\s+(?:[A-Z0-9]|"
    + alternation("lists_titles", "_PHRASE_OPENERS")
    + r"\b|\w+(?:ed|s|ing)\b)"
)


def _has_verb(left: str) -> bool:
    """Does a cut keep a verb ("Defense Secretary Jane Roe" alone is no title)?"""
    words = left.split()
    for i, w in enumerate(words):
        w = w.strip("\"“”'’,.")
        if w in _VERBISH:
            return True
        if not w.islower():
            continue  # each test below wants a lower-case word
        if len(w) > 4 and w.endswith("ed") and w.isalpha():
            return True
        if i and w.endswith("s") and words[i - 1][:1].isupper():
            return True  # "Wikinews compares"
        if i and words[i - 1].lower() in _SUBJECT_PRONOUNS:
            return True  # "they require"
    return False


_SUBJECT_PRONOUNS = ("they", "we", "i", "you", "he", "she", "it", "who")


_SECOND_VERB = re.compile(r"\b(?:and|or)\s+[a-z]+ed$")
_THAT_CLAUSE = re.compile(r"\b(?:[a-z]+(?:ed|s)|said|told \w+|say|think)\s+that\s+([^,;]+)$")


def _breaks(s: str, limit: int) -> list[re.Match[str]]:
    """The phrase breaks starting at or before `limit` (the scan ends where the last of
    them reads: no need to scan a long sentence to its end)."""
    out = []
    for m in _BREAK.finditer(s, 0, limit + 1 + _BREAK_REACH):
        if m.start() > limit:
            break
        out.append(m)
    return out


def fit(s: str, limit: int = TITLE_MAX) -> str:
    """`s` cut to `limit` at the last phrase boundary that leaves a whole phrase, else
    at a word with an ellipsis."""
    if len(s) <= limit:
        return s
    best = 0
    for m in reversed(_breaks(s, limit)):  # the longest whole phrase wins: try from the right
        left = s[: m.start()].rstrip(" ,;")
        last = left.rsplit(" ", 1)[-1].lower().strip("\"“”'’(")
        if len(left) < _MIN_CUT or last in _DANGLING or not _balanced(left):
            continue
        if left.endswith(("ed", "ed\n")) and _SECOND_VERB.search(left):
            continue  # "praised the plan and urged": the second verb lacks its object
        clause = _THAT_CLAUSE.search(left) if "that" in left else None
        if clause and not _has_verb(clause.group(1)):
            continue  # "told the board that a merger": the clause lost its verb
        if not _has_verb(left) or _OPEN_CLAUSE.search(left, _OPEN_FROM(left)):
            continue  # only a subject, or an unfinished "while ..." clause
        weak = s.startswith("to ", m.end())
        np = _NP_END.search(left) if weak else None
        if weak and (np is None or _has_verb(np.group().split(None, 1)[-1])):
            continue
        if weak and (_CONTROL.search(left) or left.endswith(" of up")):
            continue  # "did not expect the rebels [to sign]", "of up [to 40 tonnes]"
        joined = _JOINED.match(s, m.end())
        if joined and joined.group(1) in _VERBISH:
            pass  # "condemned the vote [and said ...]": a second verb starts a phrase
        elif m.group().strip() == "" and not _NEW_PHRASE.match(s, m.end()):
            continue  # "after a long [and difficult review]": the "and" joins adjectives
        best = len(left)
        break
    if best:
        return s[:best].rstrip(" ,;:—–-")
    cut = s[: limit - 1]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    return cut.rstrip(" ,;:") + "…"


_JOINED = re.compile(r"(?:and|or)\s+(\w+)")
