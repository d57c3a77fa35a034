"""Fixed data and an app factory for the Pilot and snapshot tests.

The store is built from hand-made records (through the store's public API), not by
running the extractor, so the screens stay the same while the extractor improves.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store import Actor, Article, Event, EventStore, Extraction, Quote, When, article_id
from tui.app import DatelineApp

TODAY = date(2025, 6, 27)

TEXT = """NATO leaders met in The Hague on Tuesday, June 24, 2025, for a two-day summit.
Mark Rutte said on Wednesday that allies agreed. "This is a quantum leap," Rutte told reporters.
Iran launched a missile at a US base in Qatar over the weekend.
Majed Al Ansari said Qatar had been in touch with all sides over the past couple of days.
"This is the time now for President Trump to push for it," Al Ansari said.
More than 55,000 Palestinians have been killed since October 7, 2023.
The [bold]Gaza[/bold] talks were described as \x1b[31mclose\x1b[0m in June 2025."""


def _span(sub: str) -> tuple[int, int]:
    start = TEXT.index(sub)
    return start, start + len(sub)


def _when(text: str, value: str, start: date, end: date | None = None, **kw: object) -> When:
    return When(text=text, value=value, start=start, end=end or start, **kw)


def fixture_records() -> tuple[Article, Extraction]:
    """One article with six events, four actors and two quotes."""
    aid = article_id(TEXT)
    article = Article(
        id=aid,
        title="NATO summit [bold]ends[/bold] with a pledge",
        source="Wire",
        url="https://example.org/nato",
        published=date(2025, 6, 25),
        text=TEXT,
    )
    actors = [
        Actor(id="nato", name="NATO", kind="organization", aliases=["the alliance"]),
        Actor(
            id="mark-rutte",
            name="Mark Rutte",
            kind="person",
            aliases=["Rutte"],
            description="Secretary General of NATO",
        ),
        Actor(id="iran", name="Iran", kind="place"),
        Actor(
            id="majed-al-ansari",
            name="Majed Al Ansari",
            kind="person",
            aliases=["Al Ansari"],
            description="spokesperson for Qatar's Ministry of Foreign Affairs",
        ),
    ]
    q1s = _span("This is a quantum leap")
    q2s = _span("This is the time now for President Trump to push for it")
    quotes = [
        Quote(
            id=f"{aid}-q{q1s[0]}",
            text="This is a quantum leap",
            speaker="mark-rutte",
            cue="told reporters",
            article_id=aid,
            start=q1s[0],
            end=q1s[1],
            event_id=f"{aid}-e{_span('Mark Rutte said')[0]}",
        ),
        Quote(
            id=f"{aid}-q{q2s[0]}",
            text="This is the time now for President Trump to push for it",
            speaker="majed-al-ansari",
            cue="said",
            article_id=aid,
            start=q2s[0],
            end=q2s[1],
            event_id=f"{aid}-e{_span('Majed Al Ansari said')[0]}",
        ),
    ]

    def ev(sentence_start: str, title: str, when: When, actors: list[str], quotes=()) -> Event:
        line = next(line for line in TEXT.splitlines() if line.startswith(sentence_start))
        s = TEXT.index(line)
        return Event(
            id=f"{aid}-e{s}",
            when=when,
            title=title,
            sentence=line,
            actors=actors,
            quotes=list(quotes),
            article_id=aid,
            span=(s, s + len(line)),
        )

    events = [
        ev(
            "NATO leaders",
            "NATO summit opens in The Hague",
            _when("Tuesday, June 24, 2025", "2025-06-24", date(2025, 6, 24)),
            ["nato"],
        ),
        ev(
            "Mark Rutte said",
            "Allies agree to spend more",
            _when("Wednesday", "2025-06-25", date(2025, 6, 25)),
            ["mark-rutte", "nato"],
            [quotes[0].id],
        ),
        ev(
            "Iran launched",
            "Iran fires a missile at a US base in Qatar",
            _when(
                "over the weekend",
                "2025-W25-WE",
                date(2025, 6, 21),
                date(2025, 6, 22),
                granularity="week",
            ),
            ["iran"],
        ),
        ev(
            "Majed Al Ansari said",
            "Qatar in touch with all sides",
            _when(
                "the past couple of days",
                "P2D",
                date(2025, 6, 23),
                date(2025, 6, 25),
                type="DURATION",
                approximate=True,
            ),
            ["majed-al-ansari"],
            [quotes[1].id],
        ),
        ev(
            "More than 55,000",
            "Gaza conflict began",
            _when("October 7, 2023", "2023-10-07", date(2023, 10, 7)),
            [],
        ),
        ev(
            "The [bold]Gaza",
            "The [bold]Gaza[/bold] talks \x1b[31mclose\x1b[0m",
            _when("June 2025", "2025-06", date(2025, 6, 1), date(2025, 6, 30), granularity="month"),
            [],
        ),
    ]
    return article, Extraction(article_id=aid, actors=actors, quotes=quotes, events=events)


def build_store(path: Path) -> Path:
    """A store file holding the fixed records."""
    with EventStore(path, create_dirs=True) as store:
        article, extraction = fixture_records()
        store.add_extraction(article, extraction)
    return path


def make_app(path: Path, today: date = TODAY, *, watch: bool = True) -> DatelineApp:
    """The same factory the CLI uses, with a frozen clock."""
    return DatelineApp(path, today=today, watch=watch)


async def settle(pilot) -> None:
    """Let workers finish and their results reach the screen."""
    app = pilot.app
    for _ in range(5):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if not any(w.is_running for w in app.workers):
            break


async def fill(pilot, text: str) -> None:
    """Type text into the focused input at once (a key press per character is slow)."""
    pilot.app.focused.insert_text_at_cursor(text)
    await pilot.pause()


async def run_palette_command(pilot, text: str) -> None:
    """Open the palette, type `text` and press enter once the palette has gathered its
    hits and highlighted the best. Its search runs in a worker: after a fixed pause, a
    busy machine could still be searching, and enter then ran nothing."""
    from textual.command import CommandList, CommandPalette

    await pilot.press("ctrl+p")
    palette = pilot.app.screen
    assert isinstance(palette, CommandPalette), "ctrl+p opened no command palette"
    await fill(pilot, text)
    commands = palette.query_one(CommandList)
    for _ in range(400):  # a bound, not a delay: each turn waits for the workers
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        searching = any(w.is_running for w in pilot.app.workers)
        if not searching and commands.option_count and commands.highlighted is not None:
            break
        await pilot.pause(0.05)
    else:
        raise AssertionError(f"the command palette found nothing for {text!r}")
    await pilot.press("enter")
    await pilot.pause()


def fixed_tag(text: str, published: date) -> list:
    """A stand-in for store.tag in snapshots: the fixture events' date words, so the
    article view's marks do not change when the real tagger improves."""
    from store import TimeMention

    _, extraction = fixture_records()
    out = []
    for event in extraction.events:
        start = text.find(event.when.text)
        if start >= 0:
            end = start + len(event.when.text)
            w = event.when
            out.append(
                TimeMention(text=w.text, start=start, end=end, type=w.type, value=w.value, when=w)
            )
    return sorted(out, key=lambda m: m.start)
