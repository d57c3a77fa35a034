"""Links for plans: an event told as still to come, dated only by its article's day.

"The Zeta 4 is due to start service on the lake" is dated on the day it was printed, but
tells of a happening later. Another article, months on, may tell that happening ("The
Zeta 4 started service with 800 passengers aboard"). Such a plan has no date bucket to be
blocked under (it may be told of any day after its article), so it is compared with the
events of other articles that share an actor or a product and one of its rarest words,
dated no earlier than its article, and it links only on strong evidence as a
back-reference does (store.stories.backref): at least two plain words in common, compared
by stem prefix so that "delivery" meets "delivered", and similar wording. A wrong link
would put a forecast under another day's news: it is conservative on purpose.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from store.stories.backref import MIN_SHARED, MIN_SIM, Plain, shared_plain
from store.stories.model import Ev
from store.stories.text import cosine, narrative

# the sentence's own words say it is still to come (quotes taken out first: a speaker's
# "we will" is what was said, not what the sentence tells)
_FUTURE = re.compile(
    r"(?<![\w’'-])(?P<will>will|shall|won['’]t)\s+(?!have\s+been\b|of\b|to\b)"
    r"|\b(?:is|are)\s+(?:now\s+|still\s+)?(?:expected|due|scheduled|slated|set|planned)\s+to\b"
    r"|\b(?:plans|intends)\s+to\b"
)
# a title-case headline ("Zeta 4 Will Enter Service in May"): a capital "Will" after the
# first word ("Will Roe sailed" is a name)
_TITLE_FUTURE = re.compile(r"(?<=\S\s)(?P<will>Will|Shall|Won['’]t)\s+(?!(?i:have\s+been|of|to)\b)")


_WORD = re.compile(r"[^\W\d_]+")
# the reporting verbs of store.extract (read as a file: importing store.extract would
# load the whole extraction pipeline with `import store`)
_SPEECH = Path(__file__).resolve().parent.parent / "extract" / "data" / "speech_verbs.txt"


def _words(text: str) -> frozenset[str]:
    lines = text.splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    return _words(_SPEECH.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _will_nouns() -> frozenset[str]:
    """Words before "will" that make it the noun: "the will of", "political will"."""
    return _words(files("store.stories").joinpath("will_nouns.txt").read_text(encoding="utf-8"))


def _title_case(text: str) -> bool:
    """A headline in title case: nearly all its words of four letters or more capitalised."""
    long = [w for w in _WORD.findall(text) if len(w) > 3]
    return len(long) >= 2 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def _futures(bare: str) -> list[re.Match[str]]:
    found = list(_FUTURE.finditer(bare))
    if _title_case(bare):
        titled = [f for f in _TITLE_FUTURE.finditer(bare) if _bare_verb_at(bare, f.end())]
        found = sorted([*found, *titled], key=lambda f: f.start())
    return found


def _bare_verb_at(text: str, at: int) -> bool:
    """The word at `at` is a verb's bare form ("Will Enter Service"), not a name ("Actor
    Will Roe Wins"): lemminflect's lexicon, loaded only for such headlines."""
    from lemminflect import getAllLemmas

    word = _WORD.match(text, at)
    low = word.group().lower() if word else ""
    return low in getAllLemmas(low).get("VERB", ())


def tells_plan(text: str) -> bool:
    """Whether the sentence (not its quotes) is told in the future in its own voice.
    "Roe announced that the ferry will sail in May" is not: the announcement is that
    day's news, and it stays on its day."""
    return planned(text) is not None


def planned(text: str) -> str | None:
    """What a plan says is to come: its words after "will" / "is due to" ("The new
    timetable will add crossings": "add crossings"; the timetable is what it is about,
    not what will happen), or None when the sentence tells no plan (tells_plan)."""
    bare = narrative(text)
    for found in _futures(bare):
        before = _WORD.findall(bare[: found.start()])
        if found.group("will") and before and before[-1].lower() in _will_nouns():
            continue
        said = _speech_verbs()
        return None if any(w.lower() in said for w in before) else bare[found.end() :]
    return None


def after_candidates(evs: Sequence[Ev | None], max_block: int, near: int) -> set[tuple[int, int]]:
    """(plan, event) pairs from different articles sharing two rare words and an actor or
    a product, the event (not a plan) dated more than `near` days after the plan's article
    (nearer ones meet as any two events do)."""
    wanted = {f for ev in evs if ev is not None and ev.after for f in ev.rare}
    if not wanted:
        return set()
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for j, ev in enumerate(evs):
        if ev is not None and not ev.before and not ev.after:
            for f in wanted.intersection(ev.rare):
                for a in ev.item.who:
                    index[(a, f)].append(j)
    pairs: set[tuple[int, int]] = set()
    for i, ev in enumerate(evs):
        if ev is None or not ev.after:
            continue
        hits: Counter[int] = Counter()  # how many of its rare words each event shares
        for f in ev.rare:
            found: set[int] = set()
            for a in ev.item.who:
                bucket = index.get((a, f))
                if bucket is not None and len(bucket) <= max_block:
                    found.update(bucket)
            hits.update(found)
        for j, n in hits.items():
            if n < MIN_SHARED:  # one word in common is chance; the test needs two anyway
                continue
            other = evs[j]
            assert other is not None
            if other.item.source != ev.item.source and other.s > ev.e + near:
                pairs.add((min(i, j), max(i, j)))
    return pairs


def strong_plan(a: Ev, b: Ev, plain: Plain) -> float | None:
    """The wording similarity when plan `a` and event `b` share an actor or a product and
    at least two plain words of what `a` plans; else None."""
    if not a.item.who & b.item.who:
        return None
    sim = cosine(a.vector, b.vector)
    if sim < MIN_SIM:
        return None
    # the words after "will" must meet the later telling: a plan's subject alone ("the
    # accord will see ferries delivered" / "signed the accord") is another happening
    pa = plain(f"{a.item.id}\0planned", planned(a.item.text) or a.item.text)
    pb = plain(b.item.id, b.item.text)
    if shared_plain(pa, pb) < MIN_SHARED or shared_plain(pb, pa) < MIN_SHARED:
        return None
    return sim
