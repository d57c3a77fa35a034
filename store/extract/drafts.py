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
