"""The records dateline keeps: articles, date values, events, actors, quotes.

Ids are deterministic (derived from the article text and char offsets) so that
ingesting the same article twice changes nothing.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from store.textclean import strip_controls

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Granularity = Literal[
    "day", "week", "month", "quarter", "season", "year", "decade", "century", "vague"
]
ActorKind = Literal["person", "organization", "place", "group"]
Origin = Literal["extracted", "manual"]


def normalise_text(text: str) -> str:
    """Text as it is hashed: NFC, unified newlines, trailing space dropped."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def short_hash(*parts: str, size: int = 16) -> str:
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8"))
    return h.hexdigest()[:size]


def article_id(text: str) -> str:
    return short_hash(normalise_text(text))


def slugify(name: str) -> str:
    """Actor ids: ascii slug of the canonical name ("Majed Al Ansari" -> majed-al-ansari)."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^a-zA-Z0-9]+", "-", s.casefold()).strip("-")
    return s or short_hash(name, size=10)


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class When(_Model):
    """The normalised time of a mention or event (TimeML value plus a calendar range)."""

    text: str = ""
    value: str
    type: TimexType = "DATE"
    start: date | None = None
    end: date | None = None
    granularity: Granularity = "day"
    approximate: bool = False
    anchor: str = "published"


class TimeMention(_Model):
    """A temporal expression found in text: where it is and what it means."""

    text: str
    start: int
    end: int
    type: TimexType
    value: str
    when: When
    mod: str = ""  # TimeML TIMEX3 mod: START/MID/END ("early June"), APPROX, MORE_THAN, ...

    @property
    def id(self) -> str:
        return f"t{self.start}"


class Article(_Model):
    id: str
    title: str = ""
    source: str = ""
    url: str = ""
    published: date
    text: str
    ingested_at: datetime | None = None


class Actor(_Model):
    id: str
    name: str
    kind: ActorKind = "person"
    aliases: list[str] = Field(default_factory=list)
    description: str = ""

    @field_validator("name", "description")
    @classmethod
    def _clean(cls, value: str) -> str:
        return strip_controls(value).strip()


class Quote(_Model):
    id: str
    text: str
    speaker: str | None = None
    speaker_mention: str = ""  # the words naming an unnamed source ("an official")
    cue: str = ""
    article_id: str = ""
    start: int = 0
    end: int = 0
    event_id: str | None = None


class Event(_Model):
    id: str
    when: When
    title: str
    sentence: str = ""
    actors: list[str] = Field(default_factory=list)
    quotes: list[str] = Field(default_factory=list)
    article_id: str | None = None
    span: tuple[int, int] | None = None
    # when it was reported: the article's publication date (None for an event typed by
    # hand); `when` is when it happened. Ordering by it is `reporting_order`.
    reported: date | None = None
    origin: Origin = "extracted"
    created: datetime | None = None
    updated: datetime | None = None
    # the products it tells of (not actors), by the article's fullest names for them
    # ("Northwind A9" for "the plane"): search finds the event by these too
    things: list[str] = Field(default_factory=list)

    @field_validator("title")
    @classmethod
    def _clean(cls, value: str) -> str:
        return strip_controls(value)


class Extraction(_Model):
    """What extraction finds in one article, ready to be filed in the store."""

    article_id: str
    mentions: list[TimeMention] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)


def reporting_order(events: Iterable[Event]) -> list[Event]:
    """Events in the order they were reported (publication date, then when they
    happened); an event with no reported date sorts by when it happened."""

    def key(e: Event) -> tuple[date, date, str]:
        happened = e.when.start or e.when.end or date.max
        return (e.reported or happened, happened, e.id)

    return sorted(events, key=key)


def event_id(article: str, start: int) -> str:
    return f"{article}-e{start}"


def quote_id(article: str, start: int) -> str:
    return f"{article}-q{start}"


def manual_event_id(title: str, value: str, created: datetime) -> str:
    return "m-" + short_hash(title, value, created.isoformat(), size=12)
