"""Links for back-references: an event known only to lie before its article's day.

"The ferry line, busy ever since its launch, ..." tells of a launch the article does not date
(store.extract.back_refs gives it a PAST_REF `when`: no start, ending at publication).
Another article may date that launch. Such an event has no date bucket to be blocked
under, so it is compared with the dated events that share one of its rarest words (at
any date up to its publication), and it links only on strong evidence: an actor in
common AND the same wording about what happened, at least two plain words (not names)
in common ("first introduced the Zeta 4" / "introducing the Zeta 4"), compared by stem
prefix so that a noun meets its verb ("delivery" / "delivered"). A wrong link would put
a remark under another day's happening: it is conservative on purpose.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from importlib.resources import files

from store.stories.model import Ev
from store.stories.text import Stemmer, cosine, narrative

MIN_SHARED = 2  # plain words in common
MIN_PREFIX = 5  # a stem this long meets a longer one it begins ("deliv" / "deliveri")
MIN_SIM = 0.2  # wording similarity (TF-IDF cosine) over all words, names too
_WORD = re.compile(r"[^\W_]+")


def before_candidates(evs: Sequence[Ev | None], max_block: int) -> set[tuple[int, int]]:
    """(before-event, dated event) pairs from different articles that share a rare word
    and an actor, the dated one starting no later than the other's publication."""
    wanted = {f for ev in evs if ev is not None and ev.before and ev.item.ref for f in ev.rare}
    if not wanted:
        return set()
    # (actor, word) -> dated events: only the words back-references have
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for j, ev in enumerate(evs):
        if ev is not None and not ev.before and not ev.after:  # not a plan: forward.py
            for f in wanted.intersection(ev.rare):
                for a in ev.item.who:
                    index[(a, f)].append(j)
    pairs: set[tuple[int, int]] = set()
    for i, ev in enumerate(evs):
        if ev is None or not ev.before or not ev.item.ref:
            continue  # "recently": nothing names the happening to look for
        found: set[int] = set()
        for f in ev.rare:
            for a in ev.item.who:
                bucket = index.get((a, f))
                if bucket is not None and len(bucket) <= max_block:
                    found.update(bucket)
        source, end = ev.item.source, ev.e
        for j in found:
            other = evs[j]
            assert other is not None
            if other.item.source != source and other.s <= end:
                pairs.add((i, j))
    return pairs


@lru_cache(maxsize=1)
def _when_words() -> frozenset[str]:
    text = files("store.stories").joinpath("backref_words.txt").read_text(encoding="utf-8")
    return frozenset(
        w for line in text.splitlines() if not line.startswith("#") for w in line.split()
    )


class Plain:
    """The stems of an event's plain words (those written in small letters: not names),
    cached per event id."""

    def __init__(self) -> None:
        self._stem = Stemmer()
        self._seen: dict[str, frozenset[str]] = {}
        self._named: dict[str, list[str]] = {}

    def __call__(self, eid: str, text: str) -> frozenset[str]:
        got = self._seen.get(eid)
        if got is None:
            got = self._seen[eid] = self.stems(narrative(text))
        return got

    def stems(self, text: str) -> frozenset[str]:
        return frozenset(
            self._stem.tokens(" ".join(w for w in _WORD.findall(text) if w[0].islower()))
        )

    def happening(self, ref: str) -> list[str]:
        """What a back-reference names, its head first ("first unveiled the bridge":
        unveil, bridg), not when ("first") nor whose ("Roe's")."""
        got = self._named.get(ref)
        if got is None:
            when = _when_words()
            small = " ".join(w for w in _WORD.findall(ref) if w[0].islower() and w not in when)
            got = self._named[ref] = self._stem.tokens(small)
        return got


def shared_plain(a: frozenset[str], b: frozenset[str]) -> int:
    """How many of `a`'s stems meet one of `b`'s (equal, or one begins the other)."""
    n = 0
    for x in a:
        if x in b or any(_meets(x, y) for y in b):
            n += 1
    return n


def _meets(x: str, y: str) -> bool:
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return len(short) >= MIN_PREFIX and long.startswith(short)


def strong(a: Ev, b: Ev, plain: Plain) -> float | None:
    """The wording similarity when back-reference `a` and event `b` share an actor and
    enough plain words to be one happening, the word `a` names it by among them; else
    None."""
    if not a.item.who & b.item.who:
        return None
    named = plain.happening(a.item.ref)
    if not named or not shared_plain(frozenset(named), frozenset(b.words)):
        return None  # none of the happening's words, in any case: not it (cheap, first)
    sim = cosine(a.vector, b.vector)
    if sim < MIN_SIM:
        return None
    pa, pb = plain(a.item.id, a.item.text), plain(b.item.id, b.item.text)
    if shared_plain(pa, pb) < MIN_SHARED:
        return None
    if not (shared_plain(frozenset(named[:1]), pb) or shared_plain(frozenset(named), pb) >= 2):
        return None  # "first unveiled the Zeta 4" meets "unveiling the Zeta 4", not "praised"
    return sim
