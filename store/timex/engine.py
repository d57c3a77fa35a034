"""The tagging loop: run every rule, keep the longest non-overlapping spans, normalise in order.

Rules only propose spans and meanings; this module decides which spans survive and feeds
anchored expressions ("two days later") the previous dated mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from store.models import TimeMention, When

from .firstchars import first_chars
from .fiscal import fiscal_year_span
from .mods import mod_of, narrow
from .ranges import duration_granularity, value_range
from .report import Report
from .tense import tense_at
from .values import VALUE_RE, Norm


class Ctx:
    """What a rule may look at: the text, the publication date, tense, the anchor."""

    __slots__ = (
        "text",
        "dct",
        "strict",
        "anchor",
        "anchor_id",
        "anchor_value",
        "anchor_end",
        "report",
        "_tense",
    )

    def __init__(self, text: str, dct: date, strict: bool = True) -> None:
        self.text = text
        self.dct = dct
        self.strict = strict  # running prose (case matters) vs a user-typed expression
        self.anchor: date | None = None  # start of the previous dated mention
        self.anchor_id = "published"
        self.anchor_value = ""
        self.anchor_end = -1  # where the previous dated mention ends in the text
        self.report = Report()  # the period a results story reports on
        self._tense: dict[int, str] = {}

    def tense(self, m: re.Match[str]) -> str:
        if not self.strict:
            return "past"
        t = self._tense.get(m.start())
        if t is None:
            t = self._tense[m.start()] = tense_at(self.text, m.start(), m.end())
        return t

    def ref(self) -> date:
        """Date anchored expressions count from: the previous dated mention, or dct."""
        return self.anchor or self.dct


Handler = Callable[[re.Match[str], Ctx], "Norm | None"]


@dataclass(frozen=True)
class Rule:
    """One pattern and the handler that reads its match (None = not a date after all)."""

    name: str
    regex: re.Pattern[str]
    handler: Handler
    anchored: bool = False  # resolved in text order against the previous mention
    group: str | None = None  # the span is this group, not the whole match
    core: re.Pattern[str] | None = None  # own fast scan for the required part (digits)
    words: tuple[str, ...] = ()  # or: one of these words (lowercase) must occur


_WORD3 = re.compile(r"[A-Za-z]{3,}")  # every trigger word has three letters or more
_WORD_AT = re.compile(r"(?<![\w'])['\w]\w*")
_PATTERN_WORDS = re.compile(r"[a-z]+")
_BACK = 64


class Rules:
    """A compiled rule set: one word scan feeds every word-triggered rule.

    Python's re is fast only for patterns that open with a literal or a character set; the
    rule patterns open with optional modifiers ("early", "the past"), so they are not
    searched through the text but tried anchored at a few word starts before each hit
    of a required word, which one cheap scan over the words of the text finds.
    """

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        # rules with the same trigger words share one list of hits (a family's rules do)
        groups: dict[tuple[str, ...], int] = {}
        self.group_of: dict[int, int] = {}
        self.by_word: dict[str, list[int]] = {}
        for i, r in enumerate(rules):
            for w in r.words:
                if len(w) < 3 or not w.isalpha():
                    raise ValueError(f"trigger word {w!r} of rule {r.name}: want 3+ letters")
            if not r.words:
                continue
            key = tuple(sorted(set(r.words)))
            if key not in groups:
                groups[key] = len(groups)
                for w in key:
                    self.by_word.setdefault(w, []).append(groups[key])
            self.group_of[i] = groups[key]
        # the trigger words as one prefix tree: re finds them without a Python step per word
        self.trigger = re.compile(r"(?<![a-z])(?:" + _trie(self.by_word) + r")(?![a-z])")
        # words a match may open with: every literal word written in some rule pattern
        self.leads = frozenset(
            w for r in rules for w in _PATTERN_WORDS.findall(r.regex.pattern.lower())
        )
        # per rule, the characters its match can begin with (None: any)
        self.first = [first_chars(r.regex) for r in rules]

    def hits(self, text: str) -> dict[int, list[tuple[int, int]]]:
        """Spans of trigger words per rule, in text order (one scan over the words)."""
        got: dict[int, list[tuple[int, int]]] = {}
        by_word = self.by_word
        low = text.lower()
        if len(low) == len(text):
            found = ((m.span(), m.group()) for m in self.trigger.finditer(low))
        else:  # lowercasing changed the length (rare scripts): look words up one by one
            found = ((m.span(), m.group().lower()) for m in _WORD3.finditer(text))
        for span, w in found:
            idx = by_word.get(w)
            if idx:
                for g in idx:
                    got.setdefault(g, []).append(span)
        return {i: got[g] for i, g in self.group_of.items() if g in got}


def _trie(words) -> str:
    """An alternation of lowercase words written as a prefix tree ("day", "days", "decade"
    -> "d(?:ays?|ecade)"): re tries one branch per letter instead of every word."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        alts = [re.escape(ch) + walk(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if ends:
            return ("(?:" + body + ")?") if len(alts) == 1 and len(alts[0]) > 1 else body + "?"
        return body

    return walk(tree)


class _Starts:
    """Word starts shortly before a hit where some rule could open (shared by the rules)."""

    __slots__ = ("text", "leads", "cache", "cores")

    def __init__(self, text: str, leads: frozenset[str]) -> None:
        self.text, self.leads, self.cache = text, leads, {}
        self.cores: dict[re.Pattern[str], list[tuple[int, int]]] = {}  # scans shared by rules

    def before(self, cs: int) -> list[int]:
        got = self.cache.get(cs)
        if got is None:
            lo = max(0, cs - _BACK)
            leads = self.leads
            got = [
                w.start()
                for w in _WORD_AT.finditer(self.text, lo, cs)
                if w.group()[0] in "0123456789'" or w.group().lower() in leads
            ]
            got.append(cs)
            self.cache[cs] = got
        return got


def _anchored(full: re.Pattern[str], text: str, spans, starts: _Starts, first):
    done = -1
    for cs, ce in spans:
        if ce <= done:
            continue
        for st in starts.before(cs):
            if first is not None and text[st] not in first and text[st] < "\x80":
                continue  # the rule cannot begin with this character
            m = full.match(text, st)
            if m is not None and m.end() >= ce:
                done = m.end()
                yield m
                break


def _matches(rule: Rule, text: str, spans, starts: _Starts, first):
    if rule.core is not None:
        got = starts.cores.get(rule.core)
        if got is None:
            got = starts.cores[rule.core] = [m.span() for m in rule.core.finditer(text)]
        yield from _anchored(rule.regex, text, got, starts, first)
    elif rule.words:
        yield from _anchored(rule.regex, text, spans, starts, first)
    else:
        yield from rule.regex.finditer(text)


@dataclass
class _Cand:
    start: int
    end: int
    rule: Rule
    m: re.Match[str]
    norm: Norm | None


def candidates(text: str, ctx: Ctx, rules: Rules) -> list[_Cand]:
    out: list[_Cand] = []
    hits = rules.hits(text)
    starts = _Starts(text, rules.leads)
    first = rules.first
    for i, rule in enumerate(rules.rules):
        spans = hits.get(i)
        if spans is None and rule.words and rule.core is None:
            continue  # none of its words in the text: nothing to try
        for m in _matches(rule, text, spans or (), starts, first[i]):
            s, e = m.span(rule.group) if rule.group else m.span()
            if s >= e:
                continue
            if rule.anchored:
                out.append(_Cand(s, e, rule, m, None))
                continue
            n = rule.handler(m, ctx)
            if n is not None:
                out.append(_Cand(n.extra.get("start", s), n.extra.get("end", e), rule, m, n))
    return out


def select(cands: list[_Cand]) -> list[_Cand]:
    """Longest spans win; among equal lengths the earlier rule wins."""
    order = sorted(cands, key=lambda c: (c.start, -(c.end - c.start)))
    chosen: list[_Cand] = []
    for c in order:
        if chosen and c.start < chosen[-1].end:
            last = chosen[-1]
            if c.end - c.start > last.end - last.start and (
                len(chosen) < 2 or chosen[-2].end <= c.start
            ):
                chosen[-1] = c
            continue
        chosen.append(c)
    return chosen


def run(text: str, dct: date, rules: Rules, strict: bool = True) -> list[TimeMention]:
    ctx = Ctx(text, dct, strict)
    chosen = select(candidates(text, ctx, rules))
    out: list[TimeMention] = []
    for c in chosen:
        if c.rule.anchored:
            c.norm = c.rule.handler(c.m, ctx)
            if c.norm is None:
                continue
            c.start = c.norm.extra.get("start", c.start)
        n = c.norm
        assert n is not None
        if not VALUE_RE.match(n.value):
            continue
        if "fiscal" in n.extra and n.start is None:  # "fiscal 2026": its own months
            end_month = n.extra["fiscal"][1] or ctx.report.fiscal_end
            n.start, n.end = fiscal_year_span(n.value, end_month) or (None, None)
        try:
            mention = _mention(text, c.start, c.end, n, dct)
            ctx.report.note(mention.text, n.type, n.value, n.dated, dct, n.extra.get("fiscal"))
        except (ValueError, OverflowError):
            continue  # a value off the calendar's ends (year 0 from a day in year 1)
        out.append(mention)
        if n.dated and n.type in ("DATE", "TIME") and mention.when.start is not None:
            if n.value not in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
                ctx.anchor = mention.when.start
                ctx.anchor_id = mention.id
                ctx.anchor_value = n.value
                ctx.anchor_end = c.end
    return out


def _mention(text: str, s: int, e: int, n: Norm, dct: date) -> TimeMention:
    if n.type == "DURATION" or n.type == "SET":
        start, end = n.start, n.end
        gran = n.granularity or duration_granularity(n.value)
    else:
        start, end, gran = value_range(n.value, dct)
        if n.start is not None or n.end is not None:
            start, end = n.start or start, n.end or end
        gran = n.granularity or gran
    mod = n.extra.get("mod") or mod_of(text[s:e], n.type)
    if n.extra.get("narrowed"):
        pass  # the rule gave the part's own range ("the first half of the 1990s")
    elif mod in ("START", "MID", "END") and start is not None and end is not None:
        start, end = narrow(start, end, gran, mod)
    approx = n.approximate or n.value in ("PAST_REF", "FUTURE_REF") or bool(mod)
    # built without validation: every field is computed here with its model type, and
    # validating thousands of mentions per article was a tenth of the tagger's time
    when = When.model_construct(
        text=text[s:e],
        value=n.value,
        type=n.type,  # type: ignore[arg-type]
        start=start,
        end=end,
        granularity=gran,  # type: ignore[arg-type]
        approximate=approx,
        anchor=n.anchor,
    )
    return TimeMention.model_construct(
        text=text[s:e], start=s, end=e, type=n.type, value=n.value, when=when, mod=mod
    )
