"""What the extraction tests read of one article: its actors by name, its quotes'
speakers. One copy for every test module (they each had their own)."""

from __future__ import annotations

from datetime import date

from store.extract import extract_article
from store.models import Actor

PUB = date(2025, 6, 25)  # a Wednesday


def actors(text: str, published: date = PUB) -> dict[str, Actor]:
    """The article's actors, by name."""
    return {a.name: a for a in extract_article(text, published).actors}


def speakers(text: str, published: date = PUB) -> list[str | None]:
    """The name of each quote's speaker, in order (None for an unattributed quote)."""
    ex = extract_article(text, published)
    names = {a.id: a.name for a in ex.actors}
    return [names.get(q.speaker) if q.speaker else None for q in ex.quotes]
