"""The article view: opens at the event's sentence (highlighted, its date mention
current and named in the status line), one blank line between paragraphs, and a
tagger failure said once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.containers import VerticalScroll

from store import Actor, Article, Event, EventStore, Extraction, When, article_id
from tests.conftest_app import make_app, settle
from tui.panes.timeline import TimelinePane
from tui.screens.article import ArticleView, Mark, event_mark, line_of, split_paragraphs

FILLER = " ".join(f"Ruritania reported item {n} of the quarterly census." for n in range(200))
SENTENCE = "Jane Roe met the Ruritanian envoy on 3 March 2024 in Strelsau."
TEXT = f"Opening words about Ruritania.\n\n\n{FILLER} {SENTENCE} {FILLER}\n\n\nClosing words."


def build(path: Path) -> Event:
    aid = article_id(TEXT)
    article = Article(
        id=aid, title="Census", source="Gazette", published=date(2024, 3, 5), text=TEXT
    )
    start = TEXT.index(SENTENCE)
    when = When(text="3 March 2024", value="2024-03-03", start=date(2024, 3, 3))
    event = Event(
        id=f"{aid}-e{start}",
        when=when,
        title="Jane Roe meets the envoy",
        sentence=SENTENCE,
        actors=["jane-roe"],
        article_id=aid,
        span=(start, start + len(SENTENCE)),
    )
    actor = Actor(id="jane-roe", name="Jane Roe", kind="person")
    with EventStore(path, create_dirs=True) as store:
        store.add_extraction(
            article, Extraction(article_id=aid, actors=[actor], quotes=[], events=[event])
        )
    return event


async def open_event(pilot, event: Event) -> ArticleView:
    await settle(pilot)
    timeline = pilot.app.query_one(TimelinePane)
    assert timeline.select_event(event)
    await pilot.press("enter")
    await pilot.pause()
    await pilot.pause()
    view = pilot.app.screen
    assert isinstance(view, ArticleView)
    return view


def test_paragraphs_are_runs_of_non_blank_lines() -> None:
    text = "One.\nstill one.\n\n\n  \nTwo.\n\nThree."
    found = [(text.index(p), p) for p in ("One.\nstill one.", "Two.", "Three.")]
    assert split_paragraphs(text) == found


def test_line_of_counts_wrapped_and_hard_lines() -> None:
    text = "word " * 10  # 50 columns: 20 per line at width 20
    assert [line_of(text, i, 20) for i in (0, 19, 20, 45)] == [0, 0, 1, 2]
    assert line_of("ab\ncd", 4, 20) == 1


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_article_opens_at_the_event_sentence(tmp_path: Path, size) -> None:
    event = build(tmp_path / "s.json")
    app = make_app(tmp_path / "s.json", watch=False)
    async with app.run_test(size=size) as pilot:
        view = await open_event(pilot, event)
        box = view.query_one("#article", VerticalScroll)
        i = view._paragraph_of(event.span[0])
        para = view.query_one(f"#para-{i}")
        start, text = view.paragraphs[i]
        row = para.virtual_region.y + line_of(text, event.span[0] - start, para.content_size.width)
        assert box.scroll_y <= row < box.scroll_y + box.scrollable_content_region.height
        # the sentence is highlighted: one span with the event style covers it exactly
        styled = view.paragraph_text(i)
        event_style = view.get_component_rich_style("article--event", partial=True)
        covered = [(s.start, s.end) for s in styled.spans if s.style == event_style]
        assert covered == [(event.span[0] - start, event.span[1] - start)]


async def test_the_event_date_mention_is_current_and_named(tmp_path: Path) -> None:
    event = build(tmp_path / "s.json")
    app = make_app(tmp_path / "s.json", watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_event(pilot, event)
        mark = view.current
        assert mark.kind == "date" and TEXT[mark.start : mark.end] == "3 March 2024"
        status = str(view.query_one("#article-status").render())
        assert status.endswith("(2024-03-03)  · the event's own date")  # its words said once
        await pilot.press("n")
        status = str(view.query_one("#article-status").render())
        assert "event dated by “3 March 2024”" in status  # it stays while n/p walk on


async def test_one_blank_line_between_paragraphs(tmp_path: Path) -> None:
    event = build(tmp_path / "s.json")
    app = make_app(tmp_path / "s.json", watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_event(pilot, event)
        paras = list(view.query(".para"))
        assert len(paras) == 3
        for upper, lower in zip(paras, paras[1:], strict=False):
            assert lower.region.y - upper.region.bottom == 1 or not lower.region


async def test_a_tagger_failure_is_said_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import store

    def broken(text: str, published: date) -> list:
        raise RuntimeError("grammar table missing")

    monkeypatch.setattr(store, "tag", broken, raising=False)
    event = build(tmp_path / "s.json")
    app = make_app(tmp_path / "s.json", watch=False)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        view = await open_event(pilot, event)
        await pilot.press("n", "n", "p")
        await pilot.pause()
        said = [str(t.render()) for t in app.screen.query("Toast")]
        assert len([t for t in said if "tagger failed" in t]) == 1, said
        assert any("grammar table missing" in t for t in said)
        assert {m.kind for m in view.marks} == {"actor"}  # the rest is still marked


async def test_a_long_article_is_marked_off_the_ui_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    import store
    from tui.screens import article as article_screen

    real = store.tag
    threads: list[threading.Thread] = []

    def tag(text: str, published: date) -> list:
        threads.append(threading.current_thread())
        return real(text, published)

    monkeypatch.setattr(store, "tag", tag, raising=False)
    monkeypatch.setattr(article_screen, "SYNC_MARKS", 1_000)  # TEXT is longer: "long"
    event = build(tmp_path / "s.json")
    app = make_app(tmp_path / "s.json", watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_event(pilot, event)
        await settle(pilot)
        assert threads and threading.main_thread() not in threads
        assert not view.marking
        mark = view.current
        assert mark.kind == "date" and TEXT[mark.start : mark.end] == "3 March 2024"
        status = str(view.query_one("#article-status").render())
        assert status.endswith("· the event's own date")  # not its words twice
        await pilot.press("n")  # another mark: the status says what dates the event
        status = str(view.query_one("#article-status").render())
        assert "event dated by “3 March 2024”" in status


def test_the_heading_leaves_out_what_the_article_lacks() -> None:
    from rich.console import Console

    from tui.screens.article import article_heading

    bare = Article(id="a1", title="Ruritania votes", published=date(2025, 6, 2), text="x")
    assert article_heading(bare).plain == "Ruritania votes\n2025-06-02"
    full = bare.model_copy(update={"source": "Gazette", "url": "https://example.org/r"})
    assert (
        article_heading(full).plain
        == "Ruritania votes\nGazette · 2025-06-02\nhttps://example.org/r"
    )
    long = full.model_copy(update={"url": "https://example.org/" + "ruritania-votes-" * 8})
    lines = article_heading(long).wrap(Console(width=60), 60)
    assert not any(line.plain.rstrip().endswith("·") for line in lines)


def test_the_own_date_is_found_when_it_is_the_first_mark() -> None:
    """The event's date words as the article's very first mark (index 0) are its own
    date, said once, as at any other place."""
    text = "Last night the ferry sank. On Tuesday divers came."
    marks = [Mark(0, 10, "date"), Mark(27, 37, "date")]
    assert event_mark(text, marks, (0, 26), "Last night") == (0, True)
    assert event_mark(text, marks, (27, 50), "Tuesday") == (1, False)  # other words
    assert event_mark(text, marks, (27, 50), "") == (1, False)
