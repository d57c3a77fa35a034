"""From a phrase naming a speaker to an actor: names, pronouns, "the company".

Pronouns go to the most recent compatible person (gender from given names and
honorifics), preferring sentence subjects and earlier speakers; "the company",
"the ministry" to the most recent organisation with that head word; "the statement"
or "the letter" to whoever issued it; an unnamed source ("an official") to None.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from store.extract.actors import Mention
from store.extract.doc import ArticleDoc, Spans
from store.extract.names import gender
from store.extract.sentences import Sentence
from store.extract.wordlists import alternation, section

_STATEMENT = section("lists_resolve", "_STATEMENT")
_ORG_NOUNS = section("lists_resolve", "_ORG_NOUNS")
_PERSON_ROLES = section("lists_resolve", "_PERSON_ROLES")
_UNNAMED = section("lists_resolve", "_UNNAMED")
# "In Havana, the government said ...": a nominal subject after a leading phrase
_NOMINAL = re.compile(
    r"(?:(?:In|On|At|After|Before|During|For|From|With|Meanwhile|But|And|Still)\b[^,]{0,60},\s*)?"
    r"((?:[Tt]he|[Ii]ts)\s+(?:[a-z-]+\s+){0,2}?)([a-z]+)\b"
)
_PREP_BEFORE = re.compile(rf"\b{alternation('lists_resolve', '_OWNER_PREPS')}\s+(?:the\s+)?$")
_TAIL_SAID = re.compile(
    rf",\s*([^,\"“”]{{1,60}}?)\s+{alternation('lists_resolve', '_TAIL_VERBS')}\b"
    r"[^,\"“”]{0,30}[.!?]?[\"”']*$"
)
_TAIL_SAID_AT_LAST_COMMA = not any("," in w for w in section("lists_resolve", "_TAIL_VERBS"))


def _tail_said(s: str) -> re.Match[str] | None:
    """`_TAIL_SAID.search(s)`, tried only at the last comma: no comma can follow the one
    it opens with, so no other comma can start it."""
    if not _TAIL_SAID_AT_LAST_COMMA:
        return _TAIL_SAID.search(s)
    return _TAIL_SAID.match(s, s.rfind(",")) if "," in s else None


_LEAD_WORD = re.compile(r"\W*(\w+)")
_PHRASE_WORD = re.compile(r"[\w’']+")
_HE = {"he": "m", "him": "m", "she": "f", "her": "f"}
_THEY = section("lists_resolve", "_THEY")
_FRONTED = section("lists_resolve", "_FRONTED")


@dataclass(slots=True)
class Attribution:
    speaker: str | None  # canonical actor key
    cue: str
    mention: str = ""  # the phrase naming the speaker when it is not an actor
    where: str = ""  # "after" when the cue follows the closing mark


class Resolver:
    """Maps a span of text naming a speaker to an actor key."""

    def __init__(self, doc: ArticleDoc):
        text, mentions, actors, quoted = doc.text, doc.mentions, doc.actors, doc.quoted
        self.text = text
        self.mentions = mentions
        self.kinds = {k: a.kind for k, a in actors.items()}
        self.names = {n: k for k, a in actors.items() for n in (*a.aliases, a.name)}
        self.gender = {k: gender(a.name, a.description) for k, a in actors.items()}
        for m in mentions:
            if m.kind == "person" and not self.gender.get(m.key):
                self.gender[m.key] = gender(m.surface, m.role)
        self.sentences = doc.body
        self._sentence_starts = [s.start for s in self.sentences]  # in text order
        self.speakers: list[tuple[int, str, str]] = []  # (position, key, cue)
        self.subjects: list[tuple[int, str]] = []
        # sentence start -> who the leading "He"/"She"/"His"/"Her" is
        self.pronoun_subjects: dict[int, str] = {}
        self._starts = [m.start for m in mentions]  # mentions are in text order
        inside = Spans(sorted(quoted))  # a bisection, not a walk over every quote per name
        for s in self.sentences:
            self._note_subject(s, inside)

    def _note_subject(self, s: Sentence, quoted: Spans) -> None:
        """Who one sentence is about: its pronoun subject, "the company", its first name
        outside quotes, and the person a closing "..., Roe said." names."""
        text = self.text
        outside = [
            m
            for m in self.in_span(s.start, s.end, ends=False)
            if m.kind != "place"
            and not quoted.holds(m.start)
            and text[m.end : m.end + 2] not in ("'s", "’s")
        ]
        if self._pronoun_subject(s) or self._nominal_subject(s, outside):
            return
        people = [m for m in outside if self.kinds.get(m.key) == "person"]
        if people or outside:
            first = (people or outside)[0]
            self.subjects.append((first.start, first.key))
        tail = _tail_said(s.text)
        if tail:  # "..., Moskal said.": the reporter of the sentence is salient
            named = [m for m in outside if m.start >= s.start + tail.start(1)]
            if named and self.kinds.get(named[0].key) == "person":
                self.subjects.append((named[0].start, named[0].key))

    def _pronoun_subject(self, s: Sentence) -> bool:
        """A sentence opening with "He"/"She" is about the person it stands for ("His
        mother said": the owner names the title, not the subject)."""
        lead = _LEAD_WORD.match(s.text)
        pron = lead.group(1).lower() if lead else ""
        if pron == "his":
            key = self.pronoun(s.start, "he")
            if key:
                self.pronoun_subjects[s.start] = key
        if pron not in _HE:
            return False
        key = self.pronoun(s.start, pron)
        if key:
            self.subjects.append((s.start, key))
            self.pronoun_subjects[s.start] = key
        return True

    def _nominal_subject(self, s: Sentence, outside: list[Mention]) -> bool:
        """'In Havana, the government said ...': "the government" before any name."""
        nominal = _NOMINAL.match(s.text)
        if not nominal or nominal.group(2).lower() not in _ORG_NOUNS:
            return False
        at = s.start + nominal.start(1)
        if outside and outside[0].start <= at:
            return False
        a = self.noun_phrase(at, s.start + nominal.end(2))
        if a and a.speaker:
            self.subjects.append((at, a.speaker))
            return True
        return False

    def in_span(self, s: int, e: int, ends: bool = True) -> list[Mention]:
        """Mentions starting in [s, e) (and ending by e unless `ends` is False)."""
        lo, hi = bisect_left(self._starts, s), bisect_left(self._starts, e)
        return [m for m in self.mentions[lo:hi] if not ends or m.end <= e]

    def kind(self, key: str | None) -> str:
        return self.kinds.get(key or "", "")

    def _window(self, pos: int, back: int = 3) -> int:
        """Start of the sentence `back` sentences before the one holding `pos` (0 when
        there are not so many)."""
        n = bisect_right(self._sentence_starts, pos)  # sentences starting by pos
        return self._sentence_starts[n - back - 1] if n > back else 0

    def pronoun(self, pos: int, word: str) -> str | None:
        if word in _HE:
            g = _HE[word]

            def ok(k: str) -> bool:
                return self.kind(k) == "person" and self.gender.get(k, "") in ("", g)

            lo = self._window(pos)
            salient = [(p, k) for p, k in self.subjects if p < pos and ok(k)]
            salient += [(p, k) for p, k, _ in self.speakers if p < pos and ok(k)]
            near = [x for x in salient if x[0] >= lo]
            if near:
                return max(near)[1]
            ms = [(m.start, m.key) for m in self.mentions if m.end <= pos and ok(m.key)]
            near = [x for x in ms if x[0] >= lo]
            pool = near or salient or ms
            return max(pool)[1] if pool else None
        orgs = [
            (m.start, m.key)
            for m in self.mentions
            if m.end <= pos and self.kind(m.key) in ("organization", "group")
        ]
        return max(orgs)[1] if orgs else None

    def noun_phrase(self, s: int, e: int) -> Attribution | None:
        """The actor a short phrase before/after a speech verb names."""
        phrase = self.text[s:e].strip(" ,")
        words = [w.lower() for w in _PHRASE_WORD.findall(phrase)]
        if not words or words[0] in ("to", "of", "in", "on", "for", "with", "by", "at"):
            return None
        ms = [m for m in self.in_span(s, e) if self.kind(m.key) != "place" or m.norm != m.surface]
        np = _Phrase(s, e, phrase, words, ms)
        for rule in _PHRASE_RULES:
            a = rule(self, np)
            if a is not None:
                return a
        if phrase in self.names:
            return Attribution(self.names[phrase], "")  # a name whose mention here was dropped
        return Attribution(None, "", phrase)

    def _by_role(self, pos: int, role: str) -> str | None:
        for m in reversed(self.mentions):
            if m.end <= pos and self.kind(m.key) == "person" and role in m.role.lower():
                return m.key
        return None


@dataclass
class _Phrase:
    """A phrase naming a speaker, with its lower-case words and the mentions in it."""

    s: int
    e: int
    phrase: str
    words: list[str]
    ms: list[Mention]

    @property
    def org_word(self) -> str:
        return next((w for w in self.words if w in _ORG_NOUNS), "")

    @property
    def head(self) -> str:
        """The last word; 'a government communique' is the government's, not a text's."""
        head = self.words[-1]
        return self.org_word if head in _STATEMENT and self.org_word else head


def _pronoun(res: Resolver, np: _Phrase) -> Attribution | None:
    """'he', 'they': the most recent compatible actor."""
    w = np.words
    if not np.ms and len(w) <= 2 and (w[-1] in _HE or w[-1] in _THEY):
        return Attribution(res.pronoun(np.s, w[-1]), "")
    if not np.ms and w[-1] in ("he", "she") and len(w) <= 8 and w[0] in _FRONTED:
        return Attribution(res.pronoun(np.e, w[-1]), "")  # "During the talk she (said)"
    return None


def _country(res: Resolver, np: _Phrase) -> Attribution | None:
    """A country speaking as a state ("Cuba predicted", "Iran said"); a place's name that
    is the surname of the one person so named ("Peter Dallas ... Dallas said") is his."""
    if np.ms:
        return None
    places = res.in_span(np.s, np.e)
    said = " ".join(w for w in np.words if w != "the")
    if len(places) == 1 and places[0].surface.lower() == said:
        return Attribution(_surname_of(res, places[0].surface) or places[0].key, "")
    return None


def _surname_of(res: Resolver, word: str) -> str | None:
    """The one person whose name ends in `word` ("Peter Dallas" for "Dallas")."""
    named = [k for k, kind in res.kinds.items() if kind == "person" and k.endswith(" " + word)]
    return named[0] if len(named) == 1 else None


def _named(res: Resolver, np: _Phrase) -> Attribution | None:
    """A phrase with names: its head person ('X executive director Jane Roe', not the
    one in 'Mr. Doyle of Lantern Lane'), else the body ('a Lantern spokesman'); 'an
    official of X' stays unnamed."""
    if not np.ms:
        return None
    if len(np.ms) == 1 and res.kind(np.ms[0].key) == "place" and len(np.words) <= 2:
        key = _surname_of(res, np.ms[0].surface)  # "Lisbon said" after "Ana Lisbon"
        if key:
            return Attribution(key, "")
    people = [m for m in np.ms if res.kind(m.key) == "person"]
    heads = [m for m in people if not _PREP_BEFORE.search(res.text[np.s : m.start])]
    if heads:
        return Attribution(heads[-1].key, "")
    if people:
        return Attribution(people[0].key, "")
    lead = [w for w in np.words if w not in ("the", "a", "an", "its")]
    if any(w.startswith("spokes") for w in lead) or not any(w in _UNNAMED for w in lead):
        return Attribution(np.ms[0].key, "")
    return Attribution(None, "", np.phrase)


def _statement(res: Resolver, np: _Phrase) -> Attribution | None:
    """'the statement said': whoever issued it (a speaker with that cue, else a body)."""
    if np.head not in _STATEMENT:
        return None
    said = [k for _, k, c in res.speakers if np.head in c.lower()] or [
        k for _, k, _ in res.speakers if res.kind(k) == "organization"
    ]
    if not said:  # no one spoke yet: the body last named issued it
        said = [m.key for m in res.mentions if m.end <= np.s and res.kind(m.key) == "organization"]
    return Attribution(said[-1] if said else None, "", "" if said else np.phrase)


def _body(res: Resolver, np: _Phrase) -> Attribution | None:
    """'the company said', 'a company spokesman said': the organisation last named."""
    org_word, words = np.org_word, np.words
    if np.head == org_word and np.words[-1] in _STATEMENT:
        words = ["the", org_word]
    spokes = any(w.startswith("spokes") for w in words)
    if not org_word or not (np.head == org_word and ("the" in words or "its" in words) or spokes):
        return None
    orgs = [m for m in res.mentions if m.end <= np.s and res.kind(m.key) == "organization"]
    named = [m for m in orgs if org_word in m.key.lower()]
    pick = _salient(named or orgs, res.text)
    return Attribution(pick, "", "" if pick else np.phrase)


def _salient(ms: list[Mention], text: str) -> str | None:
    """The body that opens the latest sentence naming one (the passage is about it);
    else the body named most often so far, the latest of those tied ("the company" is
    the one the story is about, not a broker named in passing)."""
    if ms and _OPENS.search(text, 0, ms[-1].start):
        return ms[-1].key
    counts: dict[str, int] = {}
    for m in ms:
        counts[m.key] = counts.get(m.key, 0) + 1
    best = max(counts.values(), default=0)
    return next((m.key for m in reversed(ms) if counts[m.key] == best), None)


_OPENS = re.compile(r"(?:\A|[.!?][\"”’')]*\s+|\n)\s*(?:The\s+)?\Z")  # text up to a sentence's start


def _role(res: Resolver, np: _Phrase) -> Attribution | None:
    """'the president responded': the person last given that role."""
    w = np.words
    if len(w) <= 3 and w[0] == "the" and np.head in _PERSON_ROLES:
        key = res._by_role(np.s, np.head)
        if key:
            return Attribution(key, "")
    return None


_AGED = re.compile(r"the\s+(\d{1,3})-year-old\b(?:\s+([a-z]+))?$")


def _aged(res: Resolver, np: _Phrase) -> Attribution | None:
    """'the 45-year-old (teacher) said': the last person given that age ("Jane Roe, 45,",
    "Roe, a 45-year-old teacher,", "45-year-old Jane Roe"), else the last one given that
    role."""
    m = _AGED.match(np.phrase)
    if not m or np.ms:
        return None
    after = re.compile(rf",\s*(?:an?\s+)?{m.group(1)}\b")
    before = re.compile(rf"\b{m.group(1)}-year-old\s+(?:[a-z]+\s+){{0,2}}$")
    for p in reversed(res.mentions):
        if p.end > np.s or res.kind(p.key) != "person":
            continue
        if after.match(res.text, p.end) or before.search(res.text[max(0, p.start - 40) : p.start]):
            return Attribution(p.key, "")
    key = res._by_role(np.s, m.group(2)) if m.group(2) else None
    return Attribution(key, "") if key else None


_PHRASE_RULES = (_pronoun, _country, _named, _statement, _body, _role, _aged)
