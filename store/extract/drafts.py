"""EventDraft: an event as a sentence's readers make it, before ids and actors."""

from __future__ import annotations

from dataclasses import dataclass

from store.models import When


@dataclass(slots=True)
class EventDraft:
    """What `extract_article` turns into an Event (ids are made there)."""

    start: int
    end: int
    when: When
    title: str
    sentence: str
    # the words of a subject it shares with the clause before ("Roe founded it in 1990
    # and sold it in 2001": "Roe"), whose actors take part in it too
    lent: tuple[int, int] | None = None
