"""The article view's status line wraps instead of being cut: at 80 columns "event: no
date words in its sentence → 2024-03-04" was cut to "event: no date", which reads as
if the event had no date at all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import Static

from store import Actor, Article, Event, EventStore, Extraction, When, article_id
from tests.conftest_app import make_app, settle
from tui.panes.timeline import TimelinePane
from tui.screens.article import ArticleView

TEXT = (
    "The Ruritanian parliament voted on Monday to close the border with Graustark.\n\n"
    "Jane Roe, who leads the opposition in Strelsau, called the vote a grave mistake."
)
SENTENCE = TEXT.split("\n\n")[1]


def build(path: Path) -> Event:
    aid = article_id(TEXT)
    article = Article(id=aid, title="Border vote", published=date(2024, 3, 5), text=TEXT)
    start = TEXT.index(SENTENCE)
    # dated from its passage ("on Monday" in the sentence before): no words of its own
    when = When(text="", value="2024-03-04", start=date(2024, 3, 4), end=date(2024, 3, 4))
    event = Event(
        id=f"{aid}-e{start}",
        when=when,
        title="Jane Roe calls the vote a mistake",
        sentence=SENTENCE,
        actors=["jane-roe"],
        article_id=aid,
        span=(start, start + len(SENTENCE)),
    )
    actor = Actor(id="jane-roe", name="Jane Roe", kind="person", description="opposition leader")
    with EventStore(path, create_dirs=True) as store:
        store.add_extraction(
            article, Extraction(article_id=aid, actors=[actor], quotes=[], events=[event])
        )
    return event


def shown(widget: Static) -> str:
    """The text the widget draws, line by line (what a reader sees, cut or not)."""
    return " ".join(widget.render_line(y).text.strip() for y in range(widget.size.height))


async def test_the_status_line_wraps_at_80_columns(tmp_path: Path) -> None:
    event = build(tmp_path / "store.json")
    app = make_app(tmp_path / "store.json", today=date(2024, 3, 6), watch=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.query_one(TimelinePane).select_event(event)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ArticleView)
        status = app.screen.query_one("#article-status", Static)
        text = shown(status)
        assert "actor: Jane Roe" in text  # the current mark: the sentence's first
        assert "no date words in its sentence → 2024-03-04" in text, text
