"""Who said each quote, and the cue that says so.

Order of evidence: a cue right after the closing mark ("," Trump said / said Trump /
he added / according to X), a speech verb before the opening mark in the same
sentence (X said that "…", X told CNN: "…"), then continuity (the second half of a
split quote, a quote paragraph following its speaker's sentence). Pronouns resolve to
the most recent salient person; an unnamed source ("an official") stays None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.extract.actors import Mention
from store.extract.lexicon import AUXILIARIES, PRONOUNS_GROUP, PRONOUNS_PERSON, SPEECH_VERBS
from store.extract.quotes import Span
from store.extract.sentences import Sentence

_WORD = re.compile(r"(?:[A-Z]\.){2,}|[\w’'-]+|[,;:.!?]")
_PARTICIPLES = frozenset(
    "saying adding telling calling describing writing noting explaining".split()
)
_STATEMENT = frozenset("statement release letter report communique note message post".split())
_ORG_NOUNS = frozenset(
    "company firm ministry group agency church government department party alliance "
    "organization organisation office committee council bank union court army military "
    "spokesman spokeswoman spokesperson spokespeople".split()
)
_UNNAMED = frozenset(
    "official officials source sources aide aides analyst analysts expert experts "
    "diplomat diplomats observer observers witness witnesses".split()
)


@dataclass(slots=True)
class Attribution:
    speaker: str | None  # canonical actor key
    cue: str
    mention: str = ""  # the phrase naming the speaker when it is not an actor


class Resolver:
    """Maps a span of text naming a speaker to an actor key."""

    def __init__(self, text: str, mentions: list[Mention]):
        self.text = text
        self.mentions = mentions
        self.speakers: list[tuple[int, str, str]] = []  # (position, key, cue) of speakers

    def in_span(self, s: int, e: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= s and m.end <= e]

    def before(self, pos: int, kinds: tuple[str, ...]) -> list[Mention]:
        return [m for m in self.mentions if m.end <= pos and m.kind in kinds]

    def pronoun(self, pos: int, word: str) -> str | None:
        if word in PRONOUNS_PERSON:
            cands = [(m.start, m.key) for m in self.before(pos, ("person",)) if m.subject]
            cands += [(p, k) for p, k, _ in self.speakers if p <= pos and self._kind(k) == "person"]
            if not cands:
                cands = [(m.start, m.key) for m in self.before(pos, ("person",))]
            return max(cands)[1] if cands else None
        cands = [(m.start, m.key) for m in self.before(pos, ("organization", "group"))]
        return max(cands)[1] if cands else None

    def _kind(self, key: str) -> str:
        for m in self.mentions:
            if m.key == key:
                return m.kind
        return ""

    def noun_phrase(self, s: int, e: int) -> Attribution | None:
        """The actor a short phrase before/after a speech verb names."""
        phrase = self.text[s:e].strip(" ,")
        if not phrase:
            return None
        ms = [m for m in self.in_span(s, e) if m.kind != "place" or _metonymic(phrase)]
        words = [w.lower() for w in re.findall(r"[\w’']+", phrase)]
        if not words:
            return None
        if not ms and words[0] in (set(PRONOUNS_PERSON) | PRONOUNS_GROUP) and len(words) <= 2:
            return Attribution(self.pronoun(s, words[0]), "")
        if ms:
            # "X, spokesperson for Y," -> X ; "spokesman for Y" without a name -> Y
            people = [m for m in ms if m.kind == "person"]
            first = people[0] if people else ms[0]
            if not people:
                lead = [w for w in words if w not in ("the", "a", "an")][:3]
                if any(w.startswith("spokes") for w in lead):
                    return Attribution(first.key, "")
                if any(w in _UNNAMED for w in lead):
                    return Attribution(None, "", phrase)
            return Attribution(first.key, "")
        head = words[-1]
        if head in _STATEMENT:
            said = [k for _, k, c in self.speakers if head in c] or [
                k for _, k, _ in self.speakers if self._kind(k) == "organization"
            ]
            return Attribution(said[-1] if said else None, "")
        if head in _ORG_NOUNS and words[0] in ("the", "its"):
            orgs = self.before(s, ("organization",))
            named = [m for m in orgs if head in m.key.lower()]
            pick = (named or orgs)[-1:] if (named or orgs) else []
            return Attribution(pick[0].key if pick else None, "", "" if pick else phrase)
        return Attribution(None, "", phrase)


def _metonymic(phrase: str) -> bool:
    return True


def _verb_at(words: list[re.Match[str]]) -> int:
    for k, w in enumerate(words[:14]):
        lw = w.group().lower()
        if lw in SPEECH_VERBS or lw == "according":
            return k
        if lw in ",;:" and k > 0 and words[k - 1].group().lower() not in SPEECH_VERBS:
            # a comma may close an appositive: keep looking a little
            continue
    return -1


def after_cue(text: str, q: Span, limit: int, res: Resolver) -> Attribution | None:
    """`," Trump said` / `," said the Church in a statement` / `," he added`."""
    seg_start = q.close_at
    seg = text[seg_start:limit]
    m0 = re.match(r"\s*[,—–-]?\s*", seg)
    if not m0 or not seg[m0.end() :]:
        return None
    if text[q.end : q.close_at].rstrip("”\"'’ ").endswith((".", "?", "!")) and not seg[:1] == ",":
        # the quote ended its sentence; a cue still may follow ("Yes." he said.) if lower-case
        nxt = re.match(r"\s*(\w+)", seg)
        if not nxt or not nxt.group(1)[0].islower():
            return None
    base = seg_start + m0.end()
    words = list(_WORD.finditer(text, base, limit))
    k = _verb_at(words)
    if k < 0 or k > 10:
        return None
    verb = words[k]
    if verb.group().lower() == "according":
        if k + 1 < len(words) and words[k + 1].group().lower() == "to":
            np_s = words[k + 1].end()
            np_e = _np_end(text, words, k + 2, limit)
            a = res.noun_phrase(np_s, np_e)
            if a:
                a.cue = "according to"
            return a
        return None
    if k == 0:  # said X
        np_e = _np_end(text, words, 1, limit)
        a = res.noun_phrase(verb.end(), np_e)
        if a:
            a.cue = text[verb.start() : np_e].strip(" ,")
            a.cue = verb.group() if len(a.cue) > 60 else a.cue
        return a
    if any(w.group() in ",;:" for w in words[:k]) and not _appositive(words[:k]):
        return None
    a = res.noun_phrase(base, words[k].start())
    if a:
        a.cue = _cue_phrase(text, words, k, limit)
    return a


def _appositive(ws: list[re.Match[str]]) -> bool:
    return sum(1 for w in ws if w.group() == ",") == 2


def _np_end(text: str, words: list[re.Match[str]], k: int, limit: int) -> int:
    end = words[k - 1].end() if k > 0 else 0
    for w in words[k : k + 10]:
        g = w.group()
        if g in ",;:.!?" or g in (
            "in",
            "on",
            "at",
            "to",
            "during",
            "after",
            "before",
            "when",
            "who",
            "as",
            "that",
        ):
            break
        end = w.end()
    return end


def _cue_phrase(text: str, words: list[re.Match[str]], k: int, limit: int) -> str:
    s = words[k].start()
    j = k - 1
    while j >= 0 and words[j].group().lower() in AUXILIARIES:
        s = words[j].start()
        j -= 1
    e = words[k].end()
    for w in words[k + 1 : k + 6]:
        if w.group() in ",;:.!?" or w.group() in ("that", "the"):
            break
        if w.group()[0].isupper() or w.group() in (
            "in",
            "on",
            "a",
            "reporters",
            "me",
            "him",
            "her",
            "us",
        ):
            e = w.end()
            continue
        break
    return text[s:e]


def before_cue(
    text: str, q: Span, sent_start: int, res: Resolver, prev_close: int
) -> Attribution | None:
    """`X said that "…"`, `X told CNN: "…"`, `…, saying: "…"`."""
    s = max(sent_start, prev_close)
    words = list(_WORD.finditer(text, s, q.open_at))
    for k in range(len(words) - 1, -1, -1):
        lw = words[k].group().lower()
        if lw == "according" and k + 1 < len(words) and words[k + 1].group().lower() == "to":
            a = res.noun_phrase(words[k + 1].end(), _np_end(text, words, k + 2, q.open_at))
            if a:
                a.cue = "according to"
            return a
        if lw not in SPEECH_VERBS:
            continue
        if lw in _PARTICIPLES:
            subj = [m for m in res.in_span(sent_start, words[k].start()) if m.kind != "place"]
            prev = (
                res.speakers[-1][1] if res.speakers and res.speakers[-1][0] >= sent_start else None
            )
            key = prev or (subj[0].key if subj else None)
            return Attribution(key, words[k].group())
        j = k - 1
        while j >= 0 and words[j].group().lower() in AUXILIARIES:
            j -= 1
        if j < 0:
            return None
        np_end = words[j].end()
        if words[j].group() == ",":
            # an appositive: "Majed Al Ansari, spokesperson for …, told CNN"
            opens = [i for i in range(j) if words[i].group() == ","]
            np_s = words[opens[-1]].start() if opens else s
            first = [i for i in range(j) if words[i].group() == ","]
            np_start = s if len(first) <= 1 else words[first[-2]].end()
            np_end = words[first[-1]].start() if first else np_end
            a = res.noun_phrase(np_start, np_end)
            del np_s
        else:
            np_start = s
            commas = [i for i in range(j) if words[i].group() in ",;:"]
            if commas:
                np_start = words[commas[-1]].end()
            for i in range(j, -1, -1):
                if words[i].group().lower() == "that" and i < j:
                    np_start = words[i].end()
                    break
            a = res.noun_phrase(np_start, np_end)
        if a:
            a.cue = _cue_phrase(text, words, k, q.open_at)
        return a
    return None


def subject_of(res: Resolver, sent: Sentence) -> str | None:
    """The actor a sentence starts with (its likely subject)."""
    for m in res.mentions:
        if m.start >= sent.start and m.subject and m.kind in ("person", "organization", "group"):
            return m.key if m.start < sent.end else None
    return None
