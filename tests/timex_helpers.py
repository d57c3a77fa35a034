"""What the timex rule tables share: the publication day and a one-phrase lookup."""

from __future__ import annotations

from datetime import date

from store.timex import tag

PUB = date(2025, 6, 25)  # a Wednesday


def value_of(text: str, phrase: str, pub: date = PUB) -> tuple[str, str]:
    """(type, value) of `phrase` as tagged in `text`; fails if it is not tagged."""
    found = tag(text, pub)
    hits = [m for m in found if m.text == phrase]
    assert hits, f"{phrase!r} not tagged in {text!r}: {[(m.text, m.value) for m in found]}"
    return hits[0].type, hits[0].value


def row_ids(rows: list[tuple]) -> list[str]:
    """Test ids for guideline rows: the phrase and the sentence's first words."""
    return [f"{r[1]}|{r[0][:30]}" for r in rows]
