"""`o` toggles the timeline between happening order (the default) and reporting order
(the article's publication date), in the app and in the model under it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store import Article, Event, EventStore, Extraction, When, article_id
from tests.conftest_app import make_app, settle
from tui.model.storeview import StoreView
from tui.panes.timeline import TimelinePane
from tui.screens.help import help_sections
from tui.widgets.footer import DatelineFooter

# invented news: two articles whose publication order differs from what they tell
LATE = "Ruritania held a vote on 20 February 2025. Its border closed on 1 December 2024."
EARLY = "Borduria signed the treaty on 5 January 2025."


def _when(day: date) -> When:
    return When(text=day.isoformat(), value=day.isoformat(), start=day, end=day)


def _article(text: str, published: date, events: list[tuple[str, str, date]]) -> tuple:
    aid = article_id(text)
    article = Article(id=aid, title=text[:20], source="Wire", published=published, text=text)
    found = [
        Event(
            id=f"{aid}-e{text.index(words)}",
            when=_when(day),
            title=title,
            sentence=words,
            article_id=aid,
            span=(text.index(words), text.index(words) + len(words)),
        )
        for words, title, day in events
    ]
    return article, Extraction(article_id=aid, events=found)


@pytest.fixture
def order_store(tmp_path: Path) -> Path:
    path = tmp_path / "store.json"
    with EventStore(path, create_dirs=True) as store:
        store.add_extraction(
            *_article(
                LATE,
                date(2025, 3, 1),
                [
                    ("Ruritania held", "Ruritania votes", date(2025, 2, 20)),
                    ("Its border", "Ruritania closes its border", date(2024, 12, 1)),
                ],
            )
        )
        store.add_extraction(
            *_article(EARLY, date(2025, 1, 10), [("Borduria", "Borduria signs", date(2025, 1, 5))])
        )
        hand = Event(
            id="m1", when=_when(date(2025, 2, 1)), title="Jane Roe resigns", origin="manual"
        )
        store.add_event(hand)  # no article: reported when it happened
    return path


HAPPENED = ["Ruritania closes its border", "Borduria signs", "Jane Roe resigns", "Ruritania votes"]
REPORTED = ["Borduria signs", "Jane Roe resigns", "Ruritania closes its border", "Ruritania votes"]


def test_the_model_lays_out_reporting_order(order_store: Path) -> None:
    data = StoreView(order_store)
    try:
        data.reload()
        happened = data.view()
        reported = data.view(order="reported")
        assert [e.title for e in happened.events] == HAPPENED
        assert [e.title for e in reported.events] == REPORTED
        # per-day counts by reporting day: Jan 10, Feb 1, Mar 1 (two)
        days = [date.fromordinal(d) for d in reported.days.days]
        assert days == [date(2025, 1, 10), date(2025, 2, 1), date(2025, 3, 1)]
        assert reported.days.counts == [1, 1, 2]
        # a filter keeps the order: only Ruritania's events, as reported
        filtered = data.view("ruritania", order="reported")
        assert [e.title for e in filtered.events] == REPORTED[2:]
    finally:
        data.close()


def titles(app) -> list[str]:
    return [e.title for e in app.query_one(TimelinePane).events]


def footer_labels(app) -> list[str]:
    return app.screen.query_one(DatelineFooter).labels


async def test_o_toggles_reporting_order_and_back(order_store: Path) -> None:
    app = make_app(order_store, watch=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        assert titles(app) == HAPPENED
        assert "o As reported" in footer_labels(app)
        timeline = app.query_one(TimelinePane)
        timeline.focus()
        await pilot.press("end")  # the cursor on the last event by happening
        assert app.main.selected_event().title == "Ruritania votes"
        await pilot.press("o")
        await settle(pilot)
        assert app.main.order == "reported"
        assert titles(app) == REPORTED
        assert app.main.selected_event().title == "Ruritania votes"  # the cursor stays on it
        assert "o As happened" in footer_labels(app)
        assert "o As reported" not in footer_labels(app)
        headings = [r.label for r in timeline.rows if not isinstance(r, Event)]
        assert headings == ["January 2025", "February 2025", "March 2025"]
        assert "reported March 2025" in timeline.render_row(timeline.rows[4], 80).plain
        await pilot.press("o")
        await settle(pilot)
        assert titles(app) == HAPPENED
        assert "o As reported" in footer_labels(app)


async def test_the_order_keys_are_in_the_help(order_store: Path) -> None:
    app = make_app(order_store, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        keys = {(b.key, b.description) for _, bs in help_sections(app.main) for b in bs}
        assert {("o", "As reported"), ("o", "As happened")} <= keys
