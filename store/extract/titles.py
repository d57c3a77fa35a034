"""Event titles: one timeline row made from the sentence (subject + verb + object).

Always dropped: parentheticals, appositives after a name ("Jane Roe, a lawyer, said"),
non-restrictive "who/which" clauses, a closing ", the ministry said", manner adverbs
("further", "also") and the marks of short scare quotes. Dropped one kind at a time
while the title is too long: role/age asides, dash and underscore asides, comma asides
(", for over 10 years,"), a bare weekday after a name ("Roe Thursday said"), a leading
adverbial phrase ("At the same time, "), "that" after "said", a prepositional phrase
between a subject and its verb. What is still too long is cut at a phrase boundary
(before a preposition, a conjunction, a comma; "to" only after a noun phrase) that
keeps a verb, never after a function word nor inside an open quote, "while ..." clause
or a that-clause without its verb; only when no boundary fits is it cut at a word with
"…". A quote title ("Roe: ...") keeps the quote's first sentences that fit.
"""

from __future__ import annotations

import re

from store.extract.lexicon import ABBREVIATIONS
from store.extract.roles import ROLE_NOUNS
from store.extract.title_fit import (  # noqa: F401  (TITLE_MAX, _balanced: read from here)
    _MIN_CUT,
    _VERBISH,
    TITLE_MAX,
    _balanced,
    _has_verb,
    fit,
)
from store.extract.word_trie import trie_alternation as alternation
from store.extract.word_trie import word_start_trie
from store.extract.wordlists import section

_PAREN = re.compile(r"\s\([^()]{0,60}\)")
_LEAD = re.compile(r"^[\s\"“”‘’'`(]+")
_CONNECTIVE = re.compile(
    rf"^(?:{alternation('lists_titles', '_CONNECTIVES')}\b,?\s+"
    rf"|{alternation('lists_titles', '_CONNECTIVES_COMMA')}\b,\s+)+"
)
_APPOSITIVE = re.compile(
    r",\s+(?:(?:who|which|whose|including)\b(?:[^,;]|(?<=\d),(?=\d)){0,110},"
    rf"|{alternation('lists_titles', '_APPOSITIVE_HEADS')}\b(?:[^,;]|(?<=\d),(?=\d)){{0,110}}"
    rf"(?:,|(?=\s+{alternation('lists_titles', '_SAID')}\b)))"
)
_TAIL_REPORT = re.compile(
    r",\s+(?!(?:you|I|we)\s)(?:[^,]{0,60}?\s)?"
    + alternation("lists_titles", "_TAIL_VERBS")
    + r"(?:\s+(?:"
    + alternation("lists_titles", "_TAIL_AFTER")
    + r"|[A-Z]\w+)\b"
    r"[^,\"“”]{0,40})?[.!?]?$"
)
# ",\s+(?:cut words|prepositions which)\b|[;—–]|:(?!\S)|\s\(" opening with its marks as one
# class, each branch after it for its mark (the engine skips to the marks)
_CUT = re.compile(
    rf"[,;—–:\s](?:(?<=,)\s+(?:{alternation('lists_titles', '_CUT_WORDS')}"
    rf"|{alternation('lists_titles', '_PREPOSITIONS')}\s+(?:which|whom))\b"
    r"|(?<=[;—–])|(?<=:)(?!\S)|(?<=\s)\()"
)  # a colon ends a clause only before a space: never in "http://" or "10:30"
# the same cuts found at their marks, every branch opening with one (a paren is matched
# itself, its space checked behind it): the engine skips to the marks, past the spaces
_CUT_AT = re.compile(
    rf",\s+(?:{alternation('lists_titles', '_CUT_WORDS')}"
    rf"|{alternation('lists_titles', '_PREPOSITIONS')}\s+(?:which|whom))\b"
    r"|;|—|–|:(?!\S)|\((?<=\s\()"
)


def _cut_at(s: str) -> int:
    """Where `_CUT.search(s)` starts (a paren's space before it), else -1."""
    m = _CUT_AT.search(s)
    if m is None:
        return -1
    return m.start() - 1 if m.group() == "(" else m.start()


# "At the same time, X said": a phrase before the subject, opened by one of these
_LEAD_WORDS = (
    alternation("lists_titles", "_LEAD_WORDS")
    + r"|[A-Z][a-z]+ly|[A-Z][a-z]+ing|[A-Z][a-z]+ed|[\w-]+ (?:days|weeks|months|years) ago"
)
_LEAD_PHRASE = re.compile(
    rf"^(?:{_LEAD_WORDS})\b[^,;:]{{0,110}}?,\s+"
    rf"(?:{alternation('lists_titles', '_LEAD_PREPS')}\b[^,;:]{{0,60}}?,\s+)*"
)
_DASH_ASIDE = re.compile(r"\s(?:--|—|–|-|_)\s[^—–_]{1,80}?\s(?:--|—|–|-|_)(?=\s)")
# "Jane Roe, 44, of Oslo, said", "Jane Roe, the bank's chief economist, said"
# ("{1,80}+": only a comma can follow the aside's words, and they hold none: the longest
# run is the only one that can end at one, as the lazy "{1,80}?" found it)
_ROLE_ASIDE = re.compile(  # the comma first: the engine skips to commas ([A-Za-z.] before it)
    r",(?<=[A-Za-z.],)\s+([^,;:\"“”()]{1,80}+)(?:,\s+of\s+[A-Z][^,;]{0,40})?,(?=\s+[a-z])"
)
_COMMA_ASIDE = re.compile(
    r",\s(?:for|in|on|at|by|with|after|since|over|of)\s(?!which|whom)[^,;]{1,40},(?=\s\D)"
)
_ADVERBS = alternation("lists_titles", "_ADVERBS")
# what each adverb holds ("ly" for "publicly"...): where none is, `_ADVERB` finds nothing
_ADVERB_TAILS = frozenset(
    "ly" if w.endswith("ly") else w for w in section("lists_titles", "_ADVERBS")
)
_ADVERB = re.compile(rf"\s{_ADVERBS}(?=\s(?!(?:and|or|but|as|than|to|the|a|an)\b)[a-z])")
_DAYS = section("lists_titles", "_DAYS")
_DAY_AFTER = section("lists_titles", "_DAY_AFTER")
_DAY_KEEP = section("lists_titles", "_DAY_KEEP")
_BARE_DAY = re.compile(r"(\S+)\s(\w+)(?=\s([a-z]+))")
_ANY_DAY = re.compile(rf"\s{alternation('lists_titles', '_DAYS')}\s")
# what each day word holds ("day" for "Monday"...): where none is, `_ANY_DAY` finds nothing
_DAY_HINTS = frozenset("day" if w.endswith("day") else w for w in _DAYS)


def _drop_dash_aside(s: str) -> str:
    """ "Roe - the ministry's envoy - said": the aside between two dashes goes."""
    if "-" in s or "—" in s or "–" in s or "_" in s:  # no scan without a dash
        return _DASH_ASIDE.sub("", s)
    return s


def _drop_bare_day(s: str) -> str:
    """ "Clinton Thursday condemned", "Castro said Thursday that": the date is the
    event's When, so the bare day after a name or a speech verb goes."""

    if not any(h in s for h in _DAY_HINTS) or not _ANY_DAY.search(s):
        return s  # the common case, without a call per word

    def repl(m: re.Match[str]) -> str:
        before, day, nxt = m.group(1), m.group(2), m.group(3)
        named = before[:1].isupper() and before.lower() not in _NOT_NAMES
        if day in _DAYS and nxt not in _DAY_KEEP and (named or before in _DAY_AFTER):
            return before
        return m.group()

    return _BARE_DAY.sub(repl, s)


_NOT_NAMES = section("lists_titles", "_NOT_NAMES")
_SCARE = re.compile(r"[\"“‘]([^\"“”‘’]{1,30})[\"”’]")
_QUOTE_MARK = re.compile(r"[\"“‘]")  # what a scare quote opens with
_QUOTE_SENTENCE = re.compile(r"(?<=[a-z0-9][.!?])\s+(?=[A-Z\"“])|(?<=…)\s*(?=[A-Z])")


def _drop_tail_report(s: str) -> str:
    """A closing ", X said" goes. No comma can follow its own, so it can only start at the
    last comma: matched there, not tried at every comma (as `_TAIL_REPORT.sub` would)."""
    if not _TAIL_AT_LAST_COMMA:
        return _TAIL_REPORT.sub("", s)
    m = _TAIL_REPORT.match(s, s.rfind(","))
    return s[: m.start()] + s[m.end() :] if m else s


_TAIL_AT_LAST_COMMA = not any(
    "," in w for key in ("_TAIL_VERBS", "_TAIL_AFTER") for w in section("lists_titles", key)
)


def _shorten(s: str) -> str:
    """Drop what a headline can do without: parentheticals, appositives, a closing
    "..., X said" and manner adverbs always; the rest one kind at a time while too long."""
    if "(" in s:  # each pattern needs its mark: no scan where the mark is missing
        s = _PAREN.sub("", s)
    if "," in s:
        s = _APPOSITIVE.sub(_drop_after_name, s)
        s = _drop_tail_report(s)  # "..., the Health Ministry said Wednesday"
    if any(t in s for t in _ADVERB_TAILS):  # (no scan where no adverb can be)
        s = _ADVERB.sub("", s)
    for step in _STEPS:
        if len(s) <= TITLE_MAX:
            break
        s = step(s)
    return s


# "a breakthrough [in the talks between the two sides] may be near": a prepositional
# phrase between a subject noun and its verb
_SUBJECT_PP = re.compile(  # ("++": a word gives no letter back, a space follows it)
    rf"{word_start_trie('lists_titles', '_DETERMINERS')}\s(?:[a-z-]++\s)?[a-z-]++"
    rf"(\s{alternation('lists_titles', '_PLACE_PREPS')}\s"
    rf"{alternation('lists_titles', '_PP_DETERMINERS')}\s[^.,;:\"“”()]{{3,60}}?)"
    rf"(?=\s(?:{alternation('lists_titles', '_AUX_VERBS')}|[a-z]{{3,}}ed)\s)"
)
_CLAUSE_WORDS = section("lists_titles", "_CLAUSE_WORDS")


def _drop_subject_pp(s: str) -> str:
    """Drop the first such phrase when it holds no clause of its own."""
    for m in _SUBJECT_PP.finditer(s):
        if m.start() and not s.endswith(("that ", ", "), 0, m.start()):
            continue  # only a subject: "answered the tariffs [on ...] by raising" is no PP
        words = m.group(1).split()
        if not _CLAUSE_WORDS & set(words) and m.group().split()[1] not in _VERBISH:
            return s[: m.start(1)] + s[m.end(1) :]
    return s


# "said that the ..." -> "said the ...", but not before "while", "if" ...
_THAT = re.compile(
    rf"({word_start_trie('lists_titles', '_THAT_VERBS')})\s+that\s"
    rf"(?!{alternation('lists_titles', '_SUBORDINATORS')}\b)"
)


_SUBJECT_START = re.compile(rf"[A-Z0-9\"“‘]|{alternation('lists_titles', '_SUBJECT_WORDS')}\b")


def _unmark(q: re.Match[str]) -> str:
    """A short quoted phrase inside running text loses its marks (with “all sides”);
    a quoted utterance after "said," or a colon keeps them."""
    words = q.group(1).split()
    before = q.string[: q.start()].rstrip()
    utterance = before.endswith((",", ":"))
    return q.group(1) if len(words) <= 3 and not utterance else q.group()


def _drop_lead_phrase(s: str) -> str:
    """ "At the same time, the ministry said" -> "the ministry said" (a subject follows)."""
    m = _LEAD_PHRASE.match(s)
    if m is None or len(s) - m.end() <= _MIN_CUT or not _SUBJECT_START.match(s, m.end()):
        return s
    if not _has_verb(s[m.end() :].split(",")[0]):
        return s  # "Asked whether the mayor, Jane Roe, would stay ..."
    return s[m.end() :]


_LOWER_WORD = re.compile(r"[a-z][\w-]*")
_AGE = re.compile(r"\d{1,3}")
_OF_PLACE = re.compile(r"of [A-Z][\w.' ]+")
_AND_NAME = re.compile(r"\band [A-Z]")
_SPACES = re.compile(r"\s+")
_CLAUSE_ASIDE = re.compile(r",\s+(?:who|which|whose|including)\b")


def _drop_role_aside(m: re.Match[str]) -> str:
    """Drop ", <age or role>," after a name, the words a reader needs least."""
    before = m.string[: m.start()].split()
    if not before or not before[-1][:1].isupper():
        return m.group()
    inner = m.group(1)
    words = _LOWER_WORD.findall(inner.lower())
    if _AGE.fullmatch(inner) or _OF_PLACE.fullmatch(inner):
        return ""
    if any(w in _VERBISH for w in words) or _AND_NAME.search(inner):
        return m.group()  # a clause or a list ("Norway, Chile and Peru joined"), no aside
    if any(w in ROLE_NOUNS or w.rstrip("s") in ROLE_NOUNS for w in words) and len(words) <= 12:
        return ""
    return m.group()


def _drop_after_name(m: re.Match[str]) -> str:
    """Drop an appositive only when it follows a name ("Majed Al Ansari, spokesperson
    for ..., told"), not a clause ("killed 30 people, the ministry said")."""
    # "According to Jane Roe, the analyst, Acme's share ...": a comma still ends the phrase
    nxt = _SPACES.match(m.string, m.end())
    keep = "," if nxt and _SUBJECT_START.match(m.string, nxt.end()) else ""
    if _CLAUSE_ASIDE.match(m.group()):
        return keep  # a non-restrictive clause: ", which had been expected,"
    before = m.string[: m.start()].split()
    return keep if before and before[-1][:1].isupper() else m.group()


# dropped one kind at a time while too long (a step without its comma or "that" skips)
_STEPS = (
    lambda t: _ROLE_ASIDE.sub(_drop_role_aside, t) if "," in t else t,
    _drop_dash_aside,
    lambda t: _COMMA_ASIDE.sub("", t) if "," in t else t,
    _drop_bare_day,
    _drop_lead_phrase,
    lambda t: _THAT.sub(r"\1 ", t) if "that" in t else t,
    _drop_subject_pp,
)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_WORD_CHAR = re.compile(r"\w")


def make_title(sentence: str, quote_lead: str = "") -> str:
    """A one-row title: the main clause, shortened and cut at a phrase boundary.
    A sentence that opens with a quote becomes "Speaker: quoted words"."""
    if quote_lead:
        s = " ".join(quote_lead.split())
        if len(s.rstrip(" .!?\"”’'")) > TITLE_MAX:  # several sentences: the first that fit
            ends = [
                m.start()
                for m in _QUOTE_SENTENCE.finditer(s)
                if _MIN_CUT <= m.start() <= TITLE_MAX
                and s[: m.start()].rsplit(" ", 1)[-1].strip("{}()[]\"“'.") not in ABBREVIATIONS
            ]
            s = s[: ends[-1]] if ends else s
    else:
        s = " ".join(sentence.split()).replace("``", "“").replace("''", "”")  # as \s+ -> " "
        if _QUOTE_MARK.search(s):
            s = _SCARE.sub(_unmark, s)
        s = _LEAD.sub("", s)
        s = _CONNECTIVE.sub("", s)
        s = _shorten(s)
        at = _cut_at(s)
        if at > 25:
            s = s[:at]  # "..., who said the boy should stay"
    s = s.rstrip(" .,;:\"”’'")
    if s.count('"') % 2 or s.count("“") > s.count("”"):
        s += '"' if s.count('"') % 2 else "”"  # 'Roe said "We will' closes its quote
    s = _ARTICLE.sub("", s)
    s = s[:1].upper() + s[1:]
    if not _WORD_CHAR.search(s):  # everything was dropped: the words as written
        s = re.sub(r"\s+", " ", quote_lead or sentence).strip() or "…"
    return fit(s)


# "On Monday, the council ..." / "Last night, police ...": the sentence opens with its date
_DATE_LEAD = re.compile(r"\s*(?:(?:[Oo]n|[Ii]n|[Dd]uring|[Ee]arly|[Ll]ate)\s+)?")
_AFTER_DATE = re.compile(  # ", on the mayor's orders," may come between it and the subject
    rf",\s+(?:{alternation('lists_titles', '_LEAD_PREPS')}\b[^,;:]{{0,60}}?,\s+)?"
    r"(?=[A-Z\"“]|(?:the|a|an|its|his|her|their)\s)"
)


def title_after_date(sentence: str, start: int, end: int, at: int = 0) -> str:
    """The title of what follows the date opening `sentence` (at start:end of a text in
    which the sentence starts at `at`), or "": the row shows that date in its own
    column, and "last night" said again in the title reads wrong once the night is past."""
    start, end = start - at, end - at
    if not _DATE_LEAD.fullmatch(sentence, 0, start):
        return ""
    after = _AFTER_DATE.match(sentence, end)
    if after is None or len(sentence) - after.end() < _MIN_CUT:
        return ""
    return make_title(sentence[after.end() :])
