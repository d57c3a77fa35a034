"""The plain data of story grouping: items in, story rows out, and what is compared."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from store.stories.text import vector

DAY, MONTH, YEAR = 0, 1, 2
EARLIER = "told as an earlier happening"  # a back-reference's link (store.stories.backref)
LATER = "told as a plan"  # a plan's link (store.stories.forward)
THING = "product:"  # a product's key among the keys of actors in common


@dataclass(frozen=True, slots=True)
class Item:
    """One event as grouping sees it."""

    id: str
    source: str  # the article it came from ("" for a hand-made event: a source of its own)
    start: date | None
    end: date | None = None
    actors: frozenset[str] = frozenset()  # canonical actor keys
    text: str = ""  # the sentence (or the title)
    worded: bool = True  # dated by its own words, not only by its article's day
    ref: str = ""  # a back-reference's words ("since its launch"): dated only as before `end`
    things: frozenset[str] = frozenset()  # the products it tells of (folded names)
    plan: bool = False  # told as still to come and dated only by its article's day

    @property
    def who(self) -> frozenset[str]:
        """Actors and products: a plan told of a product alone ("the Zeta 4 will be
        delayed") meets its later telling through the product as through an actor."""
        if not self.things:
            return self.actors
        return self.actors | {THING + t for t in self.things}


@dataclass(frozen=True, slots=True)
class Params:
    """Thresholds (tuned on one dev file, checked on the other; see tests/bench)."""

    narrow_days: int = 3  # a range this wide or less is a day date
    near_days: int = 1  # day dates this far apart may still be one happening (flagged)
    # a link's score: wording similarity (TF-IDF cosine), +0.1 per actor in common (up
    # to 3), +0.1 when both sources give the same single day; it must reach
    min_sim: float = 0.1  # wording in common, whatever else agrees
    min_score: float = 0.35  # day dates overlap, an actor in common
    alone_score: float = 0.6  # day dates overlap, no actor in common
    wide_score: float = 0.5  # a month or year date, or days apart: an actor in common too
    rare_words: int = 16  # words per event used as blocking keys (its rarest)
    common_share: float = 0.005  # a word in more events (and more than 50) is no key
    max_block: int = 300  # a key shared by more events is too common to compare under
    support: float = 0.5  # share of two groups' cross-article pairs that must link to join


@dataclass(slots=True)
class Story:
    """A row on the timeline: one happening and every event that reports it."""

    events: list[str]
    sources: list[str]  # distinct article ids, in the order of `events`
    start: date | None
    end: date | None
    conflict: bool = False  # sources give dates that do not overlap
    reasons: list[str] = field(default_factory=list)
    manual: bool = False  # a hand decision shaped this row


@dataclass(slots=True)
class Ev:
    """An item as compared: its day ordinals, date level and stems."""

    item: Item
    s: int  # ordinal range used for comparing ("since 2004" compares as 2004)
    e: int
    level: int
    words: list[str]  # its stems; the TF-IDF vector is made only when it is compared
    rare: list[str]
    idf: dict[str, float]  # the weights of all items' stems (one table, shared)
    vec: dict[str, float] | None = None
    before: bool = False  # only known to lie before its article's day (store.stories.backref)
    after: bool = False  # a plan dated by its article's day: what it plans comes later

    @property
    def vector(self) -> dict[str, float]:
        if self.vec is None:
            self.vec = vector(self.words, self.idf)
        return self.vec


@dataclass(slots=True)
class Link:
    """Evidence that two events tell one happening."""

    score: float
    a: int
    b: int
    how: str  # "same day" | "overlapping dates" | "dates a day apart"
    shared: frozenset[str]
    sim: float
