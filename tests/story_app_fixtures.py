"""A small store for the story-row app tests: three invented articles, two of which
tell the same happening on the same day and one a day later (a date conflict), plus an
unrelated event, and an actor known under two names."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store import Actor, Article, Event, EventStore, Extraction, When, article_id

DAM = "Drones struck the Strelsau dam, flooding villages near Zenda, the Ruritanian army said."
PARADE = "The Zenda orchestra opened its spring season with a new symphony by Jane Roe."


def _article(n: int, title: str, source: str, published: date, lines: list[str]) -> Article:
    text = "\n".join(lines) + f"\n(report {n})"
    return Article(id=article_id(text), title=title, source=source, published=published, text=text)


def _event(article: Article, line: str, day: date, words: str, actors: list[str]) -> Event:
    start = article.text.index(line)
    when = When(text=words, value=day.isoformat(), start=day, end=day)
    return Event(
        id=f"{article.id}-e{start}",
        when=when,
        title=line.split(",")[0],
        sentence=line,
        actors=actors,
        article_id=article.id,
        span=(start, start + len(line)),
    )


def build_story_store(path: Path) -> Path:
    ruritania = Actor(id="ruritania", name="Ruritania", kind="place", aliases=["Strelsau"])
    roe = Actor(id="jane-roe", name="Jane Roe", kind="person", aliases=["J. Roe"])
    kingdom = Actor(id="kingdom", name="The Kingdom", kind="organization")
    specs = [
        (1, "Dam struck", "Zenda Courier", date(2031, 3, 16), date(2031, 3, 15), "on Saturday"),
        (
            2,
            "Villages flooded",
            "Strelsau Herald",
            date(2031, 3, 17),
            date(2031, 3, 15),
            "Saturday",
        ),
        (3, "Night raid", "Hentzau Post", date(2031, 3, 17), date(2031, 3, 16), "on Sunday"),
    ]
    with EventStore(path, create_dirs=True) as store:
        for n, title, source, published, day, words in specs:
            art = _article(n, title, source, published, [DAM])
            ev = _event(art, DAM, day, words, ["ruritania"])
            store.add_extraction(
                art, Extraction(article_id=art.id, actors=[ruritania], events=[ev])
            )
        art = _article(4, "Spring season", "Zenda Courier", date(2031, 4, 2), [PARADE])
        ev = _event(art, PARADE, date(2031, 4, 1), "on Tuesday", ["jane-roe", "kingdom"])
        store.add_extraction(art, Extraction(article_id=art.id, actors=[roe, kingdom], events=[ev]))
    return path
